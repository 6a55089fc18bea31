"""Round 10 of exploratory testing: openings that are no idea yet, asides, questions of
their own, a change of mind, support asked for, a complaint about roads."""

from __future__ import annotations

import pytest

from bot.dialogue.intents import (
    announcement,
    asked_back,
    asks_for_support,
    asks_something_else,
    correction,
    elsewhere,
    no_idea_remark,
    without_leaving,
    without_remarks,
)

# -- #1: openings that are no idea yet ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Jeg bor på Ordrupvej og har tænkt over noget", "invite.go_on"),
        ("Hi, I only speak English, sorry!", "language_ok"),
        ("hej, jeg er ny her og ved ikke helt hvordan det virker", "how_it_works"),
        ("jeg har ikke nogen idé endnu", "no_idea_yet"),
        ("I mean I do not have an idea yet, I just wanted to know what this is", "no_idea_yet"),
    ],
)
def test_a_remark_that_tells_no_idea_is_told_apart(text: str, key: str) -> None:
    assert no_idea_remark(text) == key


@pytest.mark.parametrize(
    "text",
    [
        "Jeg vil gerne lave en bænk ved søen",
        "Hi, I only speak English - could we get a bench at Bernstorff Slotshave?",
        "jeg er ny her og vil gerne starte en løbeklub",
    ],
)
def test_an_idea_told_with_a_remark_is_no_remark(text: str) -> None:
    assert no_idea_remark(text) is None


def test_the_announcing_words_are_found() -> None:
    assert announcement("Jeg bor på Ordrupvej og har tænkt over noget") == "har tænkt over noget"
    assert announcement("Jeg vil gerne lave en bænk") is None


def test_remarks_about_the_service_are_taken_out_of_an_idea() -> None:
    text = (
        "My kids (7 and 9) would love a play street on Tranegårdsvej on Sunday afternoons in "
        "summer - btw is this the right place to ask? I'm from Canada and don't know how "
        "things work here"
    )
    assert without_remarks(text) == (
        "My kids (7 and 9) would love a play street on Tranegårdsvej on Sunday afternoons in "
        "summer",
        "asked_back.right_place",
    )
    assert without_remarks("Vi vil lave en bænk ved søen. Den skal være grøn.") is None


# -- #2: asides and questions back ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Undskyld, jeg skal lige hente mit barnebarn, jeg er tilbage om lidt",
        "jeg er tilbage om lidt",
        "sorry, be right back",
    ],
)
def test_an_aside_that_they_will_be_back_is_a_goodbye(text: str) -> None:
    assert without_leaving(text) == ""


def test_fetching_in_a_plan_is_no_goodbye() -> None:
    assert without_leaving("vi kan hente borde i skolen") == "vi kan hente borde i skolen"


@pytest.mark.parametrize(
    "text", ["sorry, but is this the right place?", "er jeg det rigtige sted?"]
)
def test_the_right_place_is_a_question_back(text: str) -> None:
    assert asked_back(text) == "right_place"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hvor er biblioteket i Dyssegård forresten?", True),
        ("hvornår åbner svømmehallen?", True),
        ("hvad med lørdag?", False),
        ("måske ved søen?", False),
        ("hvor skal det være?", False),
    ],
)
def test_a_question_of_its_own_is_told_from_an_answer(text: str, expected: bool) -> None:
    assert asks_something_else(text) is expected


# -- #8: a change of mind -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "egentlig vil jeg hellere lave et byttemarked i stedet for et loppemarked",
            ("byttemarked", "loppemarked"),
        ),
        (
            "we would rather have a swap market instead of a flea market",
            ("swap market", "flea market"),
        ),
    ],
)
def test_rather_this_instead_of_that_is_a_correction(text: str, expected: tuple[str, str]) -> None:
    assert correction(text) == expected


def test_instead_of_doing_something_is_no_correction() -> None:
    assert correction("fordi vi hellere vil mødes i parken i stedet for at sidde inde") is None


# -- #9: support asked for, a complaint about roads ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kan kommunen give penge til en sommerfest?", True),
        ("Can the council give money for a summer party?", True),
        ("Hvornår har genbrugsstationen åbent?", False),
    ],
)
def test_support_for_a_thing_of_ones_own_is_told_apart(text: str, expected: bool) -> None:
    assert asks_for_support(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Vejene er fyldt med huller, hvornår gør I noget ved det??",
        "There are potholes everywhere, when will you do something about it?",
    ],
)
def test_a_complaint_about_holes_in_the_road_is_a_fault(text: str) -> None:
    assert elsewhere(text) == "fault"
