"""Round 9 of exploratory testing: questions asked back, corrections, errands told on."""

from __future__ import annotations

import pytest

from bot.dialogue.intents import (
    answer_then_asked_back,
    asked_back,
    asked_back_inside,
    asks_what_happens,
    correction,
    follows_errand,
    without_leaving,
)

# -- #3: what happens to an idea, asked before there is one ------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("hvad sker der så bagefter med min ide?", "next"),
        ("hvad sker der med min idé når jeg har sendt den?", "next"),
        ("hvad sker der bagefter?", "next"),
        ("hvad så nu?", "next"),
        ("what happens after I send my idea?", "next"),
        ("what happens to my idea afterwards?", "next"),
        ("hvornår får jeg svar?", "time"),
    ],
)
def test_questions_about_what_happens_to_an_idea(text: str, key: str) -> None:
    assert asks_what_happens(text) == key


@pytest.mark.parametrize(
    "text",
    [
        "Hvornår får vi en ny legeplads i Vangede?",
        "what happens to the old playground when the new one is built next to the school?",
        "Vi vil lave en bænk ved søen",
    ],
)
def test_a_question_that_asks_for_something_is_not_about_what_happens(text: str) -> None:
    assert asks_what_happens(text) is None


# -- #2: a question to the municipality at the end of a message ----------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("hvad koster sådan en skærm?", "cost"),
        ("how much does a tent cost?", "cost"),
        ("who decides on that by the way?", "decides"),
        ("hvem bestemmer det egentlig?", "decides"),
        ("Hvad sker der når jeg har sendt det?", "next"),
        ("Hvad mener I?", "opinion"),
        ("what do you think?", "opinion"),
        ("Kan I hjælpe?", "can_help"),
        ("can you help us with that?", "can_help"),
    ],
)
def test_questions_asked_back(text: str, key: str) -> None:
    assert asked_back(text) == key


@pytest.mark.parametrize(
    "text",
    [
        "Kunne man holde dem åbne til kl 21?",
        "Hvor kan vi spille?",
        "Kan I hjælpe med at sætte en bænk op ved søen?",
        "Hvad synes I om en bænk ved søen?",
    ],
)
def test_a_question_that_asks_for_the_idea_itself_is_not_asked_back(text: str) -> None:
    assert asked_back(text) is None
    assert answer_then_asked_back(f"Der mangler noget for børn. {text}") is None


@pytest.mark.parametrize(
    ("text", "answer", "key"),
    [
        ("ved ikke endnu, hvad koster sådan en skærm?", "ved ikke endnu", "cost"),
        ("et telt og strøm, hvad koster det egentlig?", "et telt og strøm", "cost"),
        ("money mostly, who decides on that by the way?", "money mostly", "decides"),
        (
            "Vi er allerede 6 kvinder. Vi mangler bare et køkken. Hvad sker der når jeg har "
            "sendt det?",
            "Vi er allerede 6 kvinder. Vi mangler bare et køkken",
            "next",
        ),
        (
            "Jeg savner et sted om eftermiddagen. Kan I hjælpe?",
            "Jeg savner et sted om eftermiddagen",
            "can_help",
        ),
        (
            "Vi vil lave en fællesspisning for ensomme ældre i Vangede hver anden torsdag. "
            "Hvad koster det egentlig?",
            "Vi vil lave en fællesspisning for ensomme ældre i Vangede hver anden torsdag",
            "cost",
        ),
    ],
)
def test_the_answer_and_the_question_it_ends_with(text: str, answer: str, key: str) -> None:
    assert answer_then_asked_back(text) == (answer, key)


def test_a_question_of_its_own_inside_a_message() -> None:
    assert asked_back_inside("Der er for lidt. Hvad mener I? Kunne man lave mere?") == (
        "Der er for lidt. Kunne man lave mere?",
        "opinion",
    )
    assert asked_back_inside("Der er for lidt. Hvor kan vi spille? Vi er mange.") is None


# -- #6: a verdict after the new value is not part of it -----------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Actually Bernstorffsparken would be better", "Bernstorffsparken"),
        ("nej, Ordrup Krat er bedre", "Ordrup Krat"),
    ],
)
def test_a_correction_without_the_verdict_after_it(text: str, value: str) -> None:
    assert correction(text) == (value, None)


# -- #13: an errand told on ----------------------------------------------------------------


def test_more_words_about_an_errand_follow_it() -> None:
    assert follows_errand("jeg skal aflevere en gammel sofa")
    assert not follows_errand("jeg vil gerne foreslå en bænk ved søen")
    assert not follows_errand("jeg har en idé")
    assert not follows_errand("tak")


# -- bounded patterns -----------------------------------------------------------------------


def test_a_long_run_of_spaces_is_read_whole() -> None:
    # How long this takes is measured in bench/inputs.py; here, what comes back.
    text = "nej x" + " " * 20_000 + "y?"
    assert without_leaving(text) == text
    assert answer_then_asked_back(text) is None
    assert not asks_what_happens(text)
    found = correction(text)
    assert found is None or "y" in found[0]


# Review of the round's change: what the new readings must leave alone.


def test_an_idea_after_an_errand_is_no_more_of_the_errand() -> None:
    assert follows_errand("jeg skal aflevere en gammel sofa")
    assert not follows_errand("en pumptrack til de unge")
    assert not follows_errand("mere lys på stien ved skolen")


@pytest.mark.parametrize(
    "text",
    [
        "Hvor længe har Hovedbiblioteket åbent om lørdagen?",
        "how long is the swimming pool in Gentofte open on Sundays?",
        "hvad sker der med den gamle legeplads i Vangede?",
        "what happens to the old playground in Vangede?",
    ],
)
def test_questions_about_places_and_things_are_not_about_the_idea(text: str) -> None:
    assert asks_what_happens(text) is None


def test_a_goodbye_is_told_apart_from_plans_and_long_runs() -> None:
    assert without_leaving("vi mødes i parken og skal løbe") == "vi mødes i parken og skal løbe"
    assert without_leaving("hver onsdag og svarer senere") == "hver onsdag"
    text = "hver onsdag" + "\n" * 8000
    assert without_leaving(text) == text
    assert answer_then_asked_back("!" * 20_000 + "?") is None


def test_a_verdict_with_its_subject_is_left_out_of_a_correction() -> None:
    found = correction("no, at the beach, it would be nicer")
    assert found is not None and found[0] == "at the beach"
