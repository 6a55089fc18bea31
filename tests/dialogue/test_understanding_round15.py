"""Round 15 of reading: the work the person's own group takes on ("min spejdertrop vil gerne
så og passe den") is what they bring."""

from __future__ import annotations

import pytest

from bot.dialogue.understanding import understand, understand_answer


@pytest.mark.parametrize(
    ("text", "lang", "brings"),
    [
        (
            "Vi vil lave en blomstereng i Bernstorffsparken. Min spejdertrop vil gerne så og"
            " passe den",
            "da",
            "Min spejdertrop vil gerne så og passe den",
        ),
        (
            "Vi drømmer om frugttræer ved skolen. Vores grundejerforening vil gerne plante og"
            " vande dem",
            "da",
            "Vores grundejerforening vil gerne plante og vande dem",
        ),
        (
            "We would like a community garden on Hyldegårdsvej. Our scout troop will look after"
            " the beds",
            "en",
            "Our scout troop will look after the beds",
        ),
    ],
)
def test_the_work_ones_own_group_takes_on_is_brought(text: str, lang: str, brings: str) -> None:
    found = understand(text, lang)
    assert found.fields.get("brings") == brings
    assert found.fields["what"] not in brings


def test_a_chance_asked_for_is_the_idea_and_its_district_the_place() -> None:
    # "mulighed for at få …" is no purpose: the dog park is the idea, Charlottenlund its place.
    found = understand(
        "hej, er der nogen mulighed for at få en indhegnet hundeskov i Charlottenlund? vi har"
        " fået en hvalp og der er ingen steder hvor hun kan løbe frit uden snor",
        "da",
    )
    assert found.fields["what"] == "er der nogen mulighed for at få en indhegnet hundeskov"
    assert found.fields["where"] == "i Charlottenlund"
    assert "hundeskov" not in found.fields["why"]
    assert not found.vague & {"what", "where"}


def test_holding_ones_breath_makes_nothing() -> None:
    # A complaint about the morning crossing is no plan: the idea is still to be told.
    found = understand(
        "Jeg er ærlig talt træt af at stå og holde vejret hver morgen, når min søn på 8 skal"
        " over Ordrupvej på vej til Ordrup Skole. Bilerne kører alt for stærkt.",
        "da",
    )
    assert "what" in found.vague


@pytest.mark.parametrize(
    ("text", "lang", "when", "brings"),
    [
        (
            "jeg og 3 venner kan være der og hjælpe om onsdagen efter skole",
            "da",
            "om onsdagen efter skole",
            "jeg og 3 venner kan være der og hjælpe om onsdagen efter skole",
        ),
        (
            "we can help out on Saturdays at the library",
            "en",
            "on Saturdays",
            "we can help out on Saturdays at the library",
        ),
    ],
)
def test_what_they_give_told_with_the_time_asked_for(
    text: str, lang: str, when: str, brings: str
) -> None:
    found = understand_answer("when", text, lang)
    assert found.fields["when"] == when
    assert found.fields["brings"] == brings


def test_a_time_alone_stays_the_answer() -> None:
    assert understand_answer("when", "vi kan hjælpe om lørdagen", "da").fields == {
        "when": "vi kan hjælpe om lørdagen"
    }


@pytest.mark.parametrize(
    ("text", "lang", "brings"),
    [
        (
            "We would like to turn the lawn on Gentoftegade into a wildflower meadow. The"
            " association has set aside 3,000 kroner for seeds and plants.",
            "en",
            "The association has set aside 3,000 kroner for seeds and plants",
        ),
        (
            "Vi vil lave en skolehave ved Ordrup Skole. Flere af os er uddannede gartnere.",
            "da",
            "Flere af os er uddannede gartnere",
        ),
    ],
)
def test_money_set_aside_and_skills_among_us_are_brought(text: str, lang: str, brings: str) -> None:
    assert understand(text, lang).fields.get("brings") == brings


def test_a_feeling_shared_by_several_of_us_is_not_brought() -> None:
    found = understand(
        "Vi vil gerne starte en strikkecafé i Dyssegård. Flere af os er enker og keder os.", "da"
    )
    assert "enker" not in found.fields.get("brings", "")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("hele klassen vil hjælpe og vores lærer siger vi kan gøre det i natur og teknik", "da"),
        ("the whole class will help", "en"),
    ],
)
def test_the_whole_class_helping_is_brought_when_asked_for_whom(text: str, lang: str) -> None:
    found = understand_answer("who_benefits", text, lang)
    assert found.answered_instead == "brings"
    assert found.fields == {"brings": text}


def test_helping_named_people_is_whom_it_is_for() -> None:
    found = understand_answer("who_benefits", "vi vil hjælpe de ældre", "da")
    assert found.fields == {"who_benefits": "vi vil hjælpe de ældre"}


@pytest.mark.parametrize(
    "text",
    [
        "vi har lært om at bierne og insekterne forsvinder og det synes jeg er rigtig trist",
        "Jeg går tur rundt om Gentofte Sø hver morgen med min rollator, og der er for langt"
        " mellem bænkene. Jeg må stå og hvile mig op ad et træ. Det er ikke værdigt.",
    ],
)
def test_what_was_learnt_or_felt_is_not_brought(text: str) -> None:
    # Learning about the bees in school, or having to rest against a tree, gives nothing.
    assert "brings" not in understand(text, "da").fields


def test_a_skill_learnt_is_still_brought() -> None:
    assert understand("jeg har lært at svejse", "da").fields.get("brings") == (
        "jeg har lært at svejse"
    )
