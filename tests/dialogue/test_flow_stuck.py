"""A question is never put for ever: answers the bot can't use ("👍", "hvad mener du?", "hjælp")
leave it open after a few tries, "det ved jeg ikke rigtig" is not knowing, and a year answers
when."""

from __future__ import annotations

import pytest

from bot.dialogue.engine import STUCK_TIMES
from bot.dialogue.intents import Intent, classify
from bot.i18n.catalog import t
from bot.messages import Reply
from tests.dialogue.engine_chat import Chat

_IDEA = {
    "da": "Vi vil gerne lave en petanquebane ved Kildeskovshallen for pensionister",
    "en": "We'd like to build a petanque court by Kildeskovshallen for pensioners",
}


def _asked(lang: str, field: str) -> tuple[Chat, list[Reply]]:
    """A chat told the idea, then skipped on until `field` is asked."""
    chat = Chat(lang)
    return chat, chat.until(chat(_IDEA[lang]), field)


def _texts(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies]


@pytest.mark.parametrize(
    ("lang", "answer"),
    [("da", "👍"), ("da", "hvad mener du?"), ("da", "hjælp"), ("en", "👍"), ("en", "what?")],
)
def test_an_answer_the_bot_cannot_use_leaves_the_question_open_after_a_few_tries(
    lang: str, answer: str
) -> None:
    chat, replies = _asked(lang, "when")
    for _ in range(STUCK_TIMES - 1):
        replies = chat(answer)
        assert replies[-1].asking == "when"
    replies = chat(answer)
    assert t("left_open", lang) in _texts(replies)
    assert replies[-1].asking != "when"
    assert "when" not in chat.fields
    # Asked for nothing more after the read-back's open parts: it is not asked again.
    for _ in range(8):
        if replies[-1].asking is None:
            break
        assert replies[-1].asking != "when"
        (skip,) = replies[-1].choices
        replies = chat(choice=skip.value)
    assert replies[-1].card is not None


def test_a_real_answer_between_unclear_ones_starts_the_count_again() -> None:
    chat, replies = _asked("da", "when")
    replies = chat("👍")
    replies = chat("hvad mener du?")
    assert replies[-1].asking == "when"
    # A question answered for another part is progress: "when" is asked on.
    replies = chat("det skal være ved Kildeskovshallen")
    replies = chat("👍")
    assert t("left_open", "da") not in _texts(replies)


def test_help_and_status_between_do_not_count_but_repeated_help_does() -> None:
    chat, replies = _asked("da", "why")
    replies = chat("mine idéer")
    replies = chat("mine idéer")
    replies = chat("mine idéer")
    assert replies[-1].asking == "why"
    assert t("left_open", "da") not in _texts(replies)


def test_without_an_idea_the_question_stays_but_is_not_put_again_and_again() -> None:
    chat = Chat("da")
    replies = chat("Jeg bor i Vangede")
    if replies[-1].asking != "what":
        replies = chat("hvad mener du?")
    asked = 0
    for _ in range(6):
        replies = chat("👍")
        asked += replies[-1].asking == "what"
    assert asked < 6
    assert t("what_stuck", "da") in _texts(replies)
    # The idea told at last is taken as usual.
    replies = chat("en bænk ved Vangede Station, så de ældre kan hvile sig")
    assert "bænk" in chat.fields["what"]


@pytest.mark.parametrize(
    "text",
    [
        "det ved jeg ikke rigtig",
        "vi ved det ikke endnu",
        "svært at sige",
        "det ved vi ikke",
        "not sure really",
        "hard to say",
        "we don't know yet",
    ],
)
def test_not_knowing_in_more_words_is_a_skip(text: str) -> None:
    match = classify(text, "da")
    assert match is not None and match.intent == Intent.SKIP


def test_not_knowing_in_more_words_is_never_stored() -> None:
    chat, replies = _asked("da", "why")
    replies = chat("det ved jeg ikke rigtig")
    assert "why" not in chat.fields
    assert replies[-1].asking not in (None, "why")
    # The same words to the next question are not knowing again, not a message sent twice.
    field = replies[-1].asking
    replies = chat("det ved jeg ikke rigtig")
    assert field not in chat.fields
    assert replies[-1].asking != field


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_year_answers_when(lang: str) -> None:
    chat, replies = _asked(lang, "when")
    replies = chat("2027")
    assert chat.fields["when"] == "2027"
    assert replies[-1].asking != "when"


def test_a_bare_number_is_still_no_answer_to_why() -> None:
    chat, replies = _asked("da", "why")
    replies = chat("2")
    assert replies[-1].asking == "why"
    assert "why" not in chat.fields


@pytest.mark.parametrize("answer", ["👍", "what do you mean?"])
def test_questions_after_one_left_open_are_left_open_too(answer: str) -> None:
    # What was kept with the idea's words once must not count as "sent before" later.
    chat = Chat("en")
    chat("hej hej")
    chat("I'm a musician from Brazil living in Charlottenlund")
    replies = chat("I'd like to teach ukulele to kids for free, music makes kids happy")
    asked = 0
    for _ in range(20):
        if replies[-1].asking is None:
            break
        asked += 1
        replies = chat(answer)
    assert replies[-1].card is not None
    assert asked <= 5 * STUCK_TIMES


def test_a_word_that_names_no_idea_is_not_asked_for_again_and_again() -> None:
    chat = Chat("da")
    chat(
        "Vi har ingen hjertestarter hos os i tennisklubben ved Ordrup Jagtvej, og den "
        "nærmeste sidder på Ordrup Station."
    )
    put = 0
    for _ in range(12):
        replies = chat("en")
        put += replies[-1].asking == "what"
    assert put < 12


def test_the_language_already_spoken_named_again_and_again_is_no_switch() -> None:
    chat, replies = _asked("da", "why")
    for _ in range(STUCK_TIMES):
        replies = chat("Danish")
    assert t("left_open", "da") in _texts(replies)
    assert replies[-1].asking != "why"
