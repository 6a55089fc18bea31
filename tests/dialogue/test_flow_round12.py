"""Round 12 of the conversation: an answer that ends with a question of its own is still the
answer, and a season named as the wish answers "when"."""

from __future__ import annotations

import pytest

from bot.dialogue.understanding import proposes
from bot.i18n.catalog import t
from tests.dialogue.engine_chat import Chat

_KAYAK = (
    "Hi there, my kids are obsessed with kayaking. Every time we paddle around Hellerup Havn we "
    "see plastic bottles floating between the boats. I'd love to organise a kayak clean-up of "
    "the harbour with other families."
)
_BOOK_BOX = (
    "I have lived in Skovshoved since 1971. I should very much like a little library where you "
    "take a book and leave a book, by the harbour perhaps."
)


def _asked_when(opening: str) -> Chat:
    chat = Chat("en")
    chat.until(chat(opening), "when")
    return chat


def test_a_time_with_a_question_of_its_own_after_it_is_the_answer() -> None:
    chat = _asked_when(_KAYAK)
    replies = chat(
        "Autumn break, so week 42. Maybe the Saturday? Tides don't matter much here, right?"
    )
    assert t("clarify.when", "en") not in [r.text for r in replies]
    assert replies[-1].asking != "when"
    assert "week 42" in chat.fields["when"]
    assert "Tides" not in chat.fields["when"]


def test_a_question_about_the_question_is_still_explained() -> None:
    chat = _asked_when(_KAYAK)
    replies = chat("Sorry, I'm not sure what you mean. Is that important?")
    assert replies[0].text == t("clarify.when", "en")
    assert replies[-1].asking == "when"
    assert "when" not in chat.fields


def test_a_season_wished_for_answers_when() -> None:
    chat = _asked_when(_BOOK_BOX)
    replies = chat("Whenever suits. Spring would be lovely.")
    assert replies[-1].asking != "when"
    assert "Spring would be lovely" in chat.fields["when"]
    assert "Spring" not in chat.fields.get("why", "")


def test_quick_pitch_announces_an_idea_and_the_idea_follows() -> None:
    chat = Chat("en")
    chat("hey! quick pitch pls 🙏")
    assert "what" not in chat.fields
    chat("community fridge outside vangede st. where ppl can leave food they dont need")
    replies = chat(
        "me + 3 friends from gym can clean it every day. we'd start asap, like next month"
    )
    assert chat.fields["what"].startswith("community fridge")
    assert replies[-1].asking != "what"


def test_a_long_trouble_gives_way_to_the_wish_told_after_it() -> None:
    chat = Chat("da")
    chat(
        "jeg sidder i kørestol og elsker at komme på Bellevue Strand om sommeren, men der er "
        "ikke ét handicaptoilet jeg kan bruge i nærheden, så jeg må køre hjem efter 2 timer"
    )
    chat("så mit ønske: et handicapvenligt offentligt toilet ved Bellevue")
    assert chat.fields["what"] == "et handicapvenligt offentligt toilet ved Bellevue"
    assert "kørestol" in chat.fields["why"]
    assert "handicapvenligt" not in chat.fields.get("who_benefits", "")


def test_a_message_that_breaks_off_before_the_idea_asks_for_it_and_the_rest_is_the_idea() -> None:
    chat = Chat("da")
    replies = chat("Vi er en spejdergruppe fra Jægersborg og vi kunne godt tænke os")
    assert replies[-1].asking == "what"
    chat("at bygge en shelter og en bålplads i Ermelundsskoven som vores spejdere kan bruge")
    assert "bygge en shelter og en bålplads" in chat.fields["what"]
    assert "tænke os" not in chat.fields["what"]
    assert "bålplads" not in chat.fields.get("why", "")


def test_a_whole_idea_ending_in_a_wish_is_not_asked_for_again() -> None:
    chat = Chat("en")
    replies = chat(
        "We want to build a little library box by the harbour in Skovshoved and we were wondering"
    )
    assert replies[-1].asking != "what"


def test_a_month_told_as_a_correction_at_the_read_back_replaces_the_time() -> None:
    chat = Chat("da")
    replies = chat(
        "vi vil gerne have en lille sauna ved Skovshoved Havn til vinterbaderne, vi betaler selv "
        "halvdelen, vi mangler en tilladelse, fordi vi fryser"
    )
    replies = chat.until(replies, "when")
    replies = chat("til oktober")
    replies = chat.to_readback(replies)
    replies = chat("nej vent, det bliver nok november pga byggetiden")
    assert replies[-1].card is not None
    assert chat.fields["when"] == "november"


def test_not_sure_this_is_the_right_place_gets_a_yes_and_the_idea_is_waited_for() -> None:
    chat = Chat("en")
    replies = chat("Hi! not sure if this is the right place but here goes")
    assert t("right_place.go_on", "en") in [r.text for r in replies]
    assert chat.fields == {}
    chat("we'd love to host a monthly fællesspisning in Hellerup")
    assert "fællesspisning" in chat.fields["what"]
    assert "right place" not in " ".join(chat.fields.values())


def test_the_idea_explained_when_asked_why_goes_to_the_idea_and_why_stays_open() -> None:
    chat = Chat("da")
    chat("hej")
    replies = chat("bytteskab")
    assert replies[-1].asking == "why"
    replies = chat("altså et skab hvor man kan bytte bøger og ting")
    assert "et skab hvor man kan bytte bøger og ting" in chat.fields["what"]
    assert "why" not in chat.fields
    chat.to_readback(replies)
    assert chat.state["asked"].count("why") == 2


def test_a_place_explained_when_asked_where_stays_the_place() -> None:
    chat = Chat("da")
    replies = chat(
        "Vi vil gerne lave en fællesspisning for naboerne, fordi vi ikke kender hinanden"
    )
    replies = chat.until(replies, "where")
    chat("altså et sted hvor der er et stort køkken")
    assert "et stort køkken" in chat.fields["where"]
    assert "køkken" not in chat.fields["what"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hej, kan man søge om at lukke sin vej for en vejfest?", "da"),
        ("can we get permission to close our street for a street party?", "en"),
    ],
)
def test_asking_leave_for_an_event_is_the_event_proposed(text: str, lang: str) -> None:
    chat = Chat(lang)
    replies = chat(text)
    assert "fest" in chat.fields["what"] or "party" in chat.fields["what"]
    assert replies[-1].asking not in (None, "what")


def test_asking_leave_for_a_service_is_still_not_an_idea() -> None:
    assert not proposes("kan man søge om et sygesikringskort?")
