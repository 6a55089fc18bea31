"""Round 13 of reading: a note's mark ("spm:", "PS:") before what it says; "det kan vi ikke
selv" is no proposal; a station abbreviated "st."; somewhere in a district; a hall, field or
court named with the word before it."""

from __future__ import annotations

import pytest

from bot.dialogue.understanding import understand, understand_answer


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("spm: kan kommunen låne os gribetænger og sække?", "da"),
        ("PS: kan kommunen låne os gribetænger og sække?", "da"),
        ("Q: can the council lend us grabbers and bags?", "en"),
        ("NB: can the council lend us grabbers and bags?", "en"),
    ],
)
def test_a_marked_request_answered_for_whom_is_the_help_alone(text: str, lang: str) -> None:
    # Asked for whom, a question about help sent on (a burst): the help, and nothing for whom.
    found = understand_answer("who_benefits", text, lang)
    assert "who_benefits" not in found.fields
    assert found.fields["help_wanted"].lower().startswith(("kan kommunen", "can the council"))


def test_what_they_cannot_do_themselves_goes_with_the_help() -> None:
    found = understand_answer(
        "who_benefits", "btw vi har brug for at I sætter hegn op, det kan vi ikke selv", "da"
    )
    assert "who_benefits" not in found.fields
    assert "sætter hegn op" in found.fields["help_wanted"]


def test_can_we_not_have_still_proposes() -> None:
    found = understand("kan vi ikke få en bænk ved søen?", "da")
    assert "bænk" in found.fields["what"]
    assert found.idea_told


@pytest.mark.parametrize(
    ("text", "lang", "where"),
    [
        (
            "community fridge outside vangede st. where ppl can leave food",
            "en",
            "outside vangede st.",
        ),
        ("Vi mødes ved Vangede st.", "da", "ved Vangede st."),
        (
            "vi kunne stå på p-pladsen ved Gentofte St. om lørdagen",
            "da",
            "på p-pladsen ved Gentofte St.",
        ),
    ],
)
def test_a_station_abbreviated_keeps_its_point(text: str, lang: str, where: str) -> None:
    assert understand(text, lang).fields["where"] == where


@pytest.mark.parametrize(
    ("text", "lang", "where"),
    [
        ("maybe somewhere in hellerup", "en", "somewhere in hellerup"),
        ("We need a place in Vangede to fix bikes", "en", "a place in Vangede"),
        ("vi vil gerne have et øvelokale et sted i Hellerup", "da", "et sted i Hellerup"),
    ],
)
def test_somewhere_in_a_district_is_kept_as_said(text: str, lang: str, where: str) -> None:
    found = understand(text, lang)
    assert found.fields["where"] == where
    assert "somewhere" not in found.fields.get("what", "")
    # The district is where the wanted place should be: told, not asked about again.
    assert "where" not in found.vague


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            "we could use the sports hall at Dyssegårdsskolen on rainy days",
            "sports hall at Dyssegårdsskolen",
        ),
        (
            "a cricket net on the grass field behind Kildeskovshallen",
            "grass field behind Kildeskovshallen",
        ),
        (
            "a skate spot on the old tennis court at Bernstorffsparken",
            "old tennis court at Bernstorffsparken",
        ),
    ],
)
def test_a_spot_named_with_the_word_before_it(text: str, where: str) -> None:
    assert where in understand(text, "en").fields["where"]


@pytest.mark.parametrize(
    ("text", "lang", "field", "told"),
    [
        (
            "Vi har styr på mad, musik og borde. Vi vil bare gerne lære hinanden at kende",
            "da",
            "brings",
            "Vi har styr på mad, musik og borde",
        ),
        ("vi har borde, stole og en grill", "da", "brings", "vi har borde, stole og en grill"),
        (
            "We'll bring cake, coffee and chairs",
            "en",
            "brings",
            "We'll bring cake, coffee and chairs",
        ),
    ],
)
def test_a_list_cut_at_its_comma_stays_whole(text: str, lang: str, field: str, told: str) -> None:
    found = understand(text, lang)
    assert found.fields[field] == told
    assert "help_wanted" not in found.fields


def test_a_new_thought_after_the_comma_is_no_list() -> None:
    # What they bring, then what they need: the second clause is no tail of the first.
    found = understand("Vi har borde og stole, men vi mangler en tilladelse og penge", "da")
    assert "tilladelse" not in found.fields["brings"]
    assert "tilladelse" in found.fields["help_wanted"]


@pytest.mark.parametrize(
    ("text", "lang", "when"),
    [
        ("Vi spiller maj til september", "da", "maj til september"),
        ("We play cricket May to September on Sundays", "en", "May to September"),
        ("Vi mødes omkring 7.30 ved skolen", "da", "omkring 7.30"),
        ("We meet at 7.30 by the school", "en", "at 7.30"),
        ("Koncerter 3 fredage i juli", "da", "3 fredage i juli"),
        ("concerts on 3 Fridays in July", "en", "3 Fridays in July"),
        (
            "Chess tables, on Wednesday afternoons throughout the summer",
            "en",
            "Wednesday afternoons throughout the summer",
        ),
    ],
)
def test_a_span_of_months_a_clock_with_a_point_a_count_of_days(
    text: str, lang: str, when: str
) -> None:
    assert when in understand(text, lang).fields["when"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Billetten koster ca. 12.50 kr", "da"), ("It costs about 12.50 kr", "en")],
)
def test_a_price_with_a_point_is_no_clock(text: str, lang: str) -> None:
    assert "when" not in understand(text, lang).fields


@pytest.mark.parametrize(
    ("text", "brings"),
    [
        (
            "Vi stiller haven, stole og kaffe, og vores kirketjener står for det praktiske.",
            "Vi stiller haven, stole og kaffe",
        ),
        ("Vi stiller haven, stole og kaffe til rådighed", "Vi stiller haven, stole og kaffe"),
        (
            "Vi sørger for borde, bænke og kaffe fra caféen. Vi mangler en tilladelse.",
            "Vi sørger for borde, bænke og kaffe",
        ),
        ("jeg stiller mit værktøj og min tid til rådighed", "mit værktøj og min tid"),
    ],
)
def test_what_they_provide_told_as_a_list(text: str, brings: str) -> None:
    found = understand(text, "da")
    assert brings in found.fields["brings"]
    assert "kaffe" not in found.fields.get("help_wanted", "")


def test_people_of_an_age_keep_who_they_are_after_it() -> None:
    found = understand(
        "Vi foreslår derfor et ugentligt spisefællesskab for ældre over 65 der bor alene.", "da"
    )
    assert found.fields["who_benefits"] == "for ældre over 65 der bor alene"


LETTER = (
    "Til Gentofte Kommune\n\n"
    "På vegne af Skovshoved Sogns menighedsråd vil jeg gerne fremsætte et forslag. Mange ældre "
    "er alene i juli, fordi børn og børnebørn er rejst væk.\n\n"
    "Vi foreslår sommerkoncerter i kirkehaven ved Skovshoved Kirke hver torsdag kl. 19 i juli.\n\n"
    "Venlig hilsen\nKirsten Holm"
)


def test_a_proposal_announced_gives_way_to_the_one_told() -> None:
    what = understand(LETTER, "da").fields["what"]
    assert "sommerkoncerter" in what
    assert "fremsætte et forslag" not in what
    assert "Til Gentofte Kommune" not in what


def test_a_proposal_announced_alone_is_still_the_idea_told() -> None:
    # Nothing else is proposed: the words stay, so the idea is asked about, not lost.
    found = understand("Jeg vil gerne komme med et forslag til en ny legeplads.", "da")
    assert "legeplads" in found.fields["what"]


def test_we_propose_over_a_numbered_list_labels_it() -> None:
    text = (
        "Dear Sir or Madam,\n\nWe are a new cricket club.\n\nWe propose:\n"
        "1. Sunday training on the grass field behind Kildeskovshallen.\n"
        "2. A free cricket school for local children aged 8-14.\n\nYours faithfully,\nRajesh"
    )
    what = understand(text, "en").fields["what"]
    assert what.startswith("Sunday training")
    assert "free cricket school" in what


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "Jeg vil gerne lave en sprogcafé. Hvor man kan tale dansk sammen",
            "da",
            "Hvor man kan tale dansk sammen",
        ),
        (
            "I want to set up a book box. Where people can swap books for free.",
            "en",
            "Where people can swap books for free",
        ),
    ],
)
def test_a_sentence_that_describes_the_idea_goes_with_it(text: str, lang: str, said: str) -> None:
    assert said in understand(text, lang).fields["what"]


def test_a_reason_told_as_one_asked_for_whom_is_the_reason() -> None:
    found = understand_answer(
        "who_benefits", "fordi det er svært at øve dansk. Danskere taler engelsk til mig 😅", "da"
    )
    assert found.answered_instead == "why"
    assert found.fields == {
        "why": "fordi det er svært at øve dansk. Danskere taler engelsk til mig"
    }


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        ("fordi mange ældre sidder alene", "da", "mange ældre"),
        ("because the kids have nowhere to play", "en", "the kids"),
    ],
)
def test_a_reason_that_names_the_people_still_answers_for_whom(
    text: str, lang: str, who: str
) -> None:
    found = understand_answer("who_benefits", text, lang)
    assert found.fields["who_benefits"] == who
    assert found.answered_instead is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my husband has a bad knee and can't walk far without a rest", "en"),
        ("min mor har demens og kan ikke gå ud alene", "da"),
    ],
)
def test_what_a_relative_suffers_is_no_contribution(text: str, lang: str) -> None:
    found = understand_answer("why", text, lang)
    assert "brings" not in found.fields
    assert found.fields["why"] == text


@pytest.mark.parametrize(
    ("text", "lang"),
    [("my husband has a van and can drive", "en"), ("min mand har en trailer", "da")],
)
def test_what_a_relative_has_to_give_is_still_brought(text: str, lang: str) -> None:
    assert understand(text, lang).fields["brings"] == text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("bilerne kører som sindssyge om morgenen på Vangedevej", "da"),
        ("cars keep speeding on Ordrupvej every morning", "en"),
    ],
)
def test_traffic_told_as_it_is_is_no_idea_yet(text: str, lang: str) -> None:
    assert "what" in understand(text, lang).vague


@pytest.mark.parametrize(
    ("text", "lang"),
    [("speed bumps on Ordrupvej", "en"), ("en cykelbus der kører hver morgen", "da")],
)
def test_a_thing_that_drives_or_speed_bumps_are_ideas(text: str, lang: str) -> None:
    assert "what" not in understand(text, lang).vague
