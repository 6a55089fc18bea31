"""Round 11 of exploratory testing: a change and an addition in one message, and no help
wanted from the municipality."""

from __future__ import annotations

import pytest

from bot.dialogue.intents import (
    Intent,
    IntentMatch,
    classify,
    says_no_help,
    split_addition,
    wants_no_help,
)

# -- #1: a change and an addition in one message --------------------------------------------


@pytest.mark.parametrize(
    ("value", "split"),
    [
        ("Gentofte Sø og tilføj at vi er 5 naboer", ("Gentofte Sø", "vi er 5 naboer")),
        ("May and add that the library helps", ("May", "the library helps")),
        ("maj, og husk at vi har en trailer", ("maj", "vi har en trailer")),
        ("Ordrup Torv og tilføj: kaffe og kage", ("Ordrup Torv", "kaffe og kage")),
    ],
)
def test_an_addition_after_a_change_is_split_off(value: str, split: tuple[str, str]) -> None:
    assert split_addition(value) == split


@pytest.mark.parametrize(
    "value",
    [
        "Ordrup Torv og tidspunktet til maj",
        "Anna og Bo fra Vangede",
        "tilføj at vi er 5 naboer",
        "kaffe and additions",
    ],
)
def test_a_value_with_no_addition_is_kept_whole(value: str) -> None:
    assert split_addition(value) == (value, None)


# -- #3: no help wanted ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "nej",
        "Nej.",
        "nej tak",
        "ingenting",
        "ikke noget",
        "det klarer vi selv",
        "Det klarer vi selv 🙂",
        "vi klarer det selv",
        "nej tak, det klarer vi selv",
        "vi har ikke brug for hjælp",
        "ikke brug for noget",
        "no",
        "No thanks!",
        "nothing really",
        "we'll manage ourselves",
        "we don't need any help",
        "nej ikke lige nu",
        "ikke i første omgang",
        "nej, vi klarer os",
        "det behøver vi ikke",
        "nope all good",
        "not at the moment",
        "we're good thanks",
        "we've got it covered",
    ],
)
def test_no_help_wanted_is_recognised(text: str) -> None:
    assert wants_no_help(text)


@pytest.mark.parametrize(
    "text",
    [
        "ved ikke",
        "nej ved ikke",
        "ingen idé",
        "no idea",
        "I don't know",
        "et lokale",
        "nej men et lokale",
        "måske et lokale",
        "vi har brug for hjælp til skilte",
    ],
)
def test_not_knowing_or_help_asked_for_is_not_no_help(text: str) -> None:
    assert not wants_no_help(text)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("vi har ikke brug for hjælp alligevel", True),
        ("we don't need any help after all", True),
        # Said unasked, a bare "nej" is no word about help.
        ("nej", False),
        ("det klarer vi selv", False),
    ],
)
def test_no_help_said_unasked_names_the_help(text: str, says: bool) -> None:
    assert says_no_help(text) is says


# -- exploratory: "det er vist alt" ----------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Det er vist alt", "det var det", "det er det hele", "nothing else"]
)
def test_nothing_more_to_tell_is_send_now(text: str) -> None:
    assert classify(text, "da") == IntentMatch(Intent.SEND_NOW)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("no wait, the place should be Vangede Bygade 45", "where", "Vangede Bygade 45"),
        ("nej vent, stedet skal være Vangede Bygade 45", "where", "Vangede Bygade 45"),
        ("hov, ret datoen til 3. maj", "when", "3. maj"),
    ],
)
def test_a_change_after_wait_is_a_change(text: str, field: str, value: str) -> None:
    assert classify(text, "da") == IntentMatch(Intent.EDIT, field=field, value=value)


@pytest.mark.parametrize("text", ["vent lidt", "wait", "hov"])
def test_wait_alone_is_no_change(text: str) -> None:
    match = classify(text, "da")
    assert match is None or match.intent != Intent.EDIT
