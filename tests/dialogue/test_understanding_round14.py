"""Round 14 of reading: help told as a question or a worry ("skal vi have byggetilladelse??",
"vi har ikke penge til kurven", "we can't afford the insurance"), and the thing proposed in
"a zebra crossing on Strandvejen"."""

from __future__ import annotations

import pytest

from bot.dialogue.understanding import understand


@pytest.mark.parametrize(
    ("text", "lang", "help_wanted"),
    [
        (
            "vi vil gerne sætte et lille omklædningsskur op fra oktober til marts. vi har en der"
            " er arkitekt. men skal vi have byggetilladelse??",
            "da",
            "skal vi have byggetilladelse",
        ),
        (
            "Vi har selv midler til frø. Vi vil dog bede om kommunens accept, samt at"
            " parkafdelingen holder op med at slå græsset på det pågældende stykke.",
            "da",
            "holder op med at slå græsset",
        ),
    ],
)
def test_help_asked_as_a_question_is_not_too_vague(text: str, lang: str, help_wanted: str) -> None:
    found = understand(text, lang)
    assert help_wanted in found.fields["help_wanted"]
    assert "help_wanted" not in found.vague


@pytest.mark.parametrize(
    ("text", "lang", "help_wanted"),
    [
        (
            "vi kan selv feje og holde det rent. men vi har ikke penge til kurven den koster 5000",
            "da",
            "ikke penge til kurven",
        ),
        ("we can't afford the insurance ourselves", "en", "afford the insurance"),
        ("We don't have the money for a new net", "en", "money for a new net"),
    ],
)
def test_money_they_lack_is_help_wanted(text: str, lang: str, help_wanted: str) -> None:
    assert help_wanted in understand(text, lang).fields["help_wanted"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I can't pay for anything, but I can count how many bikes are parked there", "en"),
        ("Vi har ikke råd til hver sin ladcykel til 30.000 kr, så vi vil dele en", "da"),
    ],
)
def test_no_money_without_an_ask_is_no_help(text: str, lang: str) -> None:
    found = understand(text, lang)
    assert "pay for anything" not in found.fields.get("help_wanted", "")
    assert "hver sin" not in found.fields.get("help_wanted", "")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("we need a zebra crossing on Strandvejen", "on Strandvejen"),
        ("a pedestrian crossing at the school would help", "at the school"),
        ("the crossing at Jægersborg Allé is dangerous, we need lights", "Jægersborg Allé"),
    ],
)
def test_a_zebra_crossing_is_the_thing_not_the_place(text: str, where: str) -> None:
    found = understand(text, "en")
    assert where in found.fields["where"]
    assert not found.fields["where"].startswith("crossing")


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        (
            "der er så mange der bor alene her i opgangene, man hilser ikke på hinanden",
            "da",
            "bor alene",
        ),
        (
            "Jeg går i parken hver morgen og ser de samme ældre mennesker gå alene rundt",
            "da",
            "de samme ældre mennesker",
        ),
        (
            "I keep noticing the same group of teenagers sitting on the wall outside the station",
            "en",
            "the same group of teenagers",
        ),
        (
            "Jeg vil starte en sprogcafé på biblioteket hvor nye i kommunen kan øve dansk",
            "da",
            "nye i kommunen",
        ),
    ],
)
def test_the_people_a_story_is_about_are_whom_it_is_for(text: str, lang: str, who: str) -> None:
    found = understand(text, lang)
    assert who in found.fields["who_benefits"]
    assert "who_benefits" not in found.vague


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        (
            "Hver morgen holder jeg vejret når min datter på 8 skal over vejen",
            "da",
            "min datter på 8",
        ),
        ("Min nabo Inge er 84, og hun kommer næsten aldrig ud mere", "da", "Min nabo Inge er 84"),
        ("my mum is 91 and has nobody to sing with", "en", "my mum is 91"),
    ],
)
def test_one_of_their_own_is_whom_it_is_for_and_whom_else_is_asked(
    text: str, lang: str, who: str
) -> None:
    found = understand(text, lang)
    assert found.fields["who_benefits"] == who
    assert "who_benefits" in found.vague


def test_one_of_theirs_among_others_is_not_the_story_person() -> None:
    # Others named: they are whom it is for, and nothing is left vague.
    found = understand("en legeplads for børn i alle aldre, min søn på 4 elsker at klatre", "da")
    assert "børn i alle aldre" in found.fields["who_benefits"]
    assert "who_benefits" not in found.vague


@pytest.mark.parametrize(
    ("text", "lang", "what"),
    [
        (
            "Så tænkte jeg: en strikkeklub hver tirsdag eftermiddag, hvor folk kommer ind og"
            " strikker med beboerne.",
            "da",
            "en strikkeklub",
        ),
        ("So I thought: a running club for newcomers at Gentofte Station", "en", "a running club"),
    ],
)
def test_i_thought_over_an_idea_labels_it(text: str, lang: str, what: str) -> None:
    found = understand(text, lang)
    assert found.fields["what"].startswith(what)
    assert found.idea_told


@pytest.mark.parametrize(
    "text", ["nogle fra Ordrup Kirke vil gerne med", "og naboerne vil gerne være med."]
)
def test_joining_in_is_no_idea(text: str) -> None:
    assert not understand(text, "da").idea_told


def test_a_wish_to_make_something_is_still_an_idea() -> None:
    found = understand("Vi vil gerne lave en vejfest på Ryvangs Allé", "da")
    assert found.idea_told
    assert "who_benefits" not in found.fields


def test_a_story_of_how_things_were_is_no_plan() -> None:
    found = understand(
        "Da vi flyttede til Ryvangs Allé for fire år siden, var der en gammel dame der bankede"
        " på med boller og sagde velkommen. Hun døde sidste år, og siden har ingen rigtig kendt"
        " hinanden.",
        "da",
    )
    assert "what" in found.vague
    assert "Ryvangs Allé" not in found.fields.get("who_benefits", "")


def test_any_chance_the_library_could_is_the_idea_not_a_partner() -> None:
    found = understand(
        "any chance the library could stay open late during exam season? so students have"
        " somewhere quiet to study",
        "en",
    )
    assert found.fields["what"].startswith("any chance the library could stay open late")
    assert found.idea_told
    assert "partners" not in found.fields


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("vi vil plante blomster i græsrabatten langs Ordrupvej", "i græsrabatten langs Ordrupvej"),
        ("kunst i skovbrynet ved Bellevue", "i skovbrynet ved Bellevue"),
        ("et kajakstativ ved slæbestedet på Hellerup Havn", "ved slæbestedet på Hellerup Havn"),
    ],
)
def test_a_spot_named_before_its_place_is_part_of_it(text: str, where: str) -> None:
    assert understand(text, "da").fields["where"] == where


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Hej 🌼 Vi er familien Holm fra Gentofte", "da"), ("Hi, we're the Patel family", "en")],
)
def test_a_family_introducing_itself_tells_no_reason(text: str, lang: str) -> None:
    found = understand(text, lang)
    assert "why" not in found.fields
    assert "brings" not in found.fields


def test_ones_own_who_makes_the_plan_is_not_whom_it_is_for() -> None:
    found = understand(
        "Vores datter på 10 har lavet et projekt i skolen om bier og vil gerne bygge"
        " insekthoteller ved Gentofte Sø",
        "da",
    )
    assert "datter" not in found.fields.get("who_benefits", "")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("does Gentofte have any kind of tool library?", "Gentofte"),
        ("does Hellerup have a skate park", "Hellerup"),
    ],
)
def test_have_after_a_district_in_english_is_the_verb(text: str, where: str) -> None:
    assert understand(text, "en").fields["where"] == where


@pytest.mark.parametrize(
    ("text", "lang", "where"),
    [
        (
            "vi vil give koncerter på den lille plads ved Jægersborg Allé",
            "da",
            "på den lille plads ved Jægersborg Allé",
        ),
        (
            "We could do Wednesdays at the senior centre on Gentoftegade",
            "en",
            "at the senior centre on Gentoftegade",
        ),
    ],
)
def test_a_square_or_centre_named_before_its_street_is_part_of_it(
    text: str, lang: str, where: str
) -> None:
    assert understand(text, lang).fields["where"] == where


def test_a_square_to_come_is_still_the_idea() -> None:
    found = understand("Vi vil lave en plads ved Jægersborg Allé", "da")
    assert found.fields["where"] == "ved Jægersborg Allé"


@pytest.mark.parametrize(
    ("text", "lang", "when"),
    [
        ("we want to run it over the winter break", "en", "over the winter break"),
        ("a garden party over the Easter weekend", "en", "over the Easter weekend"),
        ("vi vil pynte op over julen", "da", "over julen"),
    ],
)
def test_over_a_holiday_is_the_time(text: str, lang: str, when: str) -> None:
    assert understand(text, lang).fields["when"] == when


@pytest.mark.parametrize(
    ("text", "lang", "when"),
    [
        (
            "we could plant the trees on a school day in November",
            "en",
            "on a school day in November",
        ),
        ("vi kan plante træerne en skoledag i november", "da", "en skoledag i november"),
    ],
)
def test_a_school_day_is_a_day(text: str, lang: str, when: str) -> None:
    assert understand(text, lang).fields["when"] == when
