"""Language detection, locale mapping and the text folding the understanding modules share."""

from __future__ import annotations

import pytest

from bot.dialogue.language import detect_language, fold, fold_plain, language_from_locale


@pytest.mark.parametrize(
    "text",
    [
        "Vi vil gerne lave en fælles køkkenhave på Ordrupvej",
        "Hej! Vi er 6 naboer som gerne vil lave noget for børnene",
        "jeg har en ide",
        "Kan vi lave en bænk ved søen",
        "ved ikke",
        "det er fint",
        "ja",
        "nej tak",
        "hej",
        "tak",
        "start forfra",
        "Det vil give de aeldre et sted at moedes",
    ],
)
def test_danish_is_recognised_whatever_the_current_language(text: str) -> None:
    assert detect_language(text, "en") == "da"


@pytest.mark.parametrize(
    "text",
    [
        "I would like to start a repair café at the library",
        "We want a bench near Gentofte Sø for the elderly",
        "i have an idea",
        "that is fine",
        "yes",
        "thanks",
        "hello",
        "what can you do",
        "Hello, my name is Lise",
        "I want a bench by the lake in Hellerup",
    ],
)
def test_english_is_recognised_whatever_the_current_language(text: str) -> None:
    assert detect_language(text, "da") == "en"


@pytest.mark.parametrize(
    "text", ["ok", "Hellerup", "status", "12345678", "👍", "", "   ", "<@U123>", "?", "super"]
)
@pytest.mark.parametrize("current", ["da", "en"])
def test_unclear_text_keeps_the_current_language(text: str, current: str) -> None:
    assert detect_language(text, current) == current


def test_without_a_current_language_unclear_text_is_danish() -> None:
    assert detect_language("ok") == "da"
    assert detect_language("ok", None) == "da"
    assert detect_language("ok", "de") == "da"


def test_detection_survives_markup_and_odd_unicode() -> None:
    assert detect_language("<script>alert(1)</script>", "en") == "en"
    assert detect_language("\u202evi vil gerne lave en køkkenhave\u202c", "en") == "da"
    assert detect_language("x" * 20000, "en") == "en"
    assert detect_language("We would like to organise a street party " * 500, "da") == "en"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("da-DK", "da"),
        ("da", "da"),
        ("DA", "da"),
        ("dan", "da"),
        ("da_DK.UTF-8", "da"),
        ("en-US", "en"),
        ("en_GB", "en"),
        ("en", "en"),
        ("eng", "en"),
        ("de-DE", None),
        ("sv", None),
        ("e", None),
        ("", None),
        (None, None),
        ("not a locale", None),
    ],
)
def test_language_from_locale(locale: str | None, expected: str | None) -> None:
    assert language_from_locale(locale) == expected


def test_fold_spells_danish_letters_out_and_maps_back_to_the_original() -> None:
    folded = fold("Søen ved Jægersborg, Åen")
    assert folded.text == "soeen ved jaegersborg, aaen"
    start = folded.text.index("jaegersborg")
    assert folded.original_text(start, start + len("jaegersborg")) == "Jægersborg"


def test_fold_composes_nfd_and_drops_invisible_characters() -> None:
    folded = fold("ide\u0301 i\u200bHellerup")
    assert folded.text == "ide ihellerup"
    assert folded.original_text(0, 3) == "ide\u0301"


def test_fold_splits_english_contractions_but_not_danish_words() -> None:
    assert fold("We’ll bring it, I'm sure").text == "we 'll bring it, i 'm sure"
    assert fold_plain("i'd like to") == "i 'd like to"
    assert fold_plain("don't") == "don't"


def test_fold_keeps_emoji_and_handles_empty_text() -> None:
    assert fold("").text == ""
    folded = fold("hej 👍🏽")
    assert folded.text.startswith("hej ")
    assert folded.original_text(0, len(folded.text)) == "hej 👍🏽"


@pytest.mark.parametrize("word", ["skip", "cancel", "restart"])
def test_a_command_word_danes_type_too_does_not_switch_the_language(word: str) -> None:
    assert detect_language(word, "da") == "da"
    assert detect_language(word, "en") == "en"


def test_english_with_danish_food_words_in_it_is_english() -> None:
    text = (
        "Hi, I would like to suggest a Christmas market at Gentofte Rådhus, with gløgg and "
        "æbleskiver"
    )
    assert detect_language(text, "da") == "en"
    assert detect_language("gløgg og æbleskiver", "en") == "da"


def test_english_that_borrows_a_danish_word_the_kommune_uses_is_english() -> None:
    text = (
        "We moved here last year and I'd love to start a monthly fællesspisning for families. "
        "What we'd need from the kommune is a room with a kitchen."
    )
    assert detect_language(text, "da") == "en"
    # Danish with a few English words in it stays Danish.
    assert detect_language("vi vil gerne lave en fællesspisning for the kids i kommunen") == "da"


@pytest.mark.parametrize(
    "text",
    ["Hej! Sorry, my Danish is still very bad (jeg lærer det!)", "hej, I don't speak Danish yet"],
)
def test_saying_in_english_that_ones_danish_is_poor_is_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("a dog park in Vangede", "en"),
        ("hej, undskyld mit dårlige dansk, I speak English better", "en"),
        ("en hundeskov i Vangede", "da"),
    ],
)
def test_short_english_with_a_danish_place_name(text: str, lang: str) -> None:
    assert detect_language(text) == lang
