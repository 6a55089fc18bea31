"""Questions people ask back about the service, confirmations with filler, and taking a sent
idea back by typing: through the real core and a real database."""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.i18n.catalog import t
from bot.messages import Incoming, Reply
from bot.services.conversation import ConversationService
from storage.db import Database
from tests.dialogue.test_conversation import Send, all_text, initiatives, sender

IDEA = {
    "da": "Vi vil lave et loppemarked på Hellerup Havn",
    "en": "We want to hold a flea market at Hellerup Harbour",
}
OTHER_IDEA = {
    "da": "Vi vil plante frugttræer i Ordrup Park",
    "en": "We want to plant fruit trees in Ordrup Park",
}
SEND_NOW = {"da": "bare send den", "en": "just send it"}
YES = {"da": "ja", "en": "yes"}


@pytest.fixture
def service(database: Database, settings: Settings) -> ConversationService:
    return ConversationService(database, settings)


def answer(settings: Settings, key: str, lang: str) -> str:
    """The answer to a question about the service, as the person sees it."""
    return t(
        f"service_question.{key}",
        lang,
        url=settings.privacy_policy_url,
        contact_url=settings.service_contact_url,
    )


def sent_idea(send: Send, database: Database, lang: str, idea: str | None = None) -> str:
    """Tell an idea, skip to the read-back, confirm it; the new reference."""
    assert send(idea or IDEA[lang])[-1].asking is not None
    assert send(SEND_NOW[lang])[-1].card is not None
    send(choice="confirm")
    return initiatives(database)[0].reference  # newest first


def opened(service: ConversationService) -> Send:
    """A sender for a person who has opened the chat (and seen the welcome)."""
    service.start(Incoming(platform="console", user_id="anna", conversation_id="anna"))
    return sender(service)


def choices(reply: Reply) -> list[str]:
    return [c.value for c in reply.choices]


# --------------------------------------------------------------------------- #
# 1. Questions asked back while the bot asks its questions


@pytest.mark.parametrize(
    ("lang", "question", "key"),
    [
        ("da", "hvad skal I bruge det til?", "purpose"),
        ("da", "hvem kan se det jeg skriver?", "who_sees"),
        ("da", "kan jeg være anonym?", "anonymous"),
        ("da", "hvad gemmer I om mig?", "stored"),
        ("da", "hvad bruger I svarene til?", "purpose"),
        ("da", "kan jeg ringe til nogen?", "phone"),
        ("en", "what do you need this for?", "purpose"),
        ("en", "who will read this?", "who_sees"),
        ("en", "is my name shown publicly?", "public"),
        ("en", "can I stay anonymous?", "anonymous"),
    ],
)
def test_a_question_about_the_service_is_answered_and_the_question_asked_again(
    service: ConversationService,
    database: Database,
    settings: Settings,
    lang: str,
    question: str,
    key: str,
) -> None:
    send = sender(service)
    asked = send(IDEA[lang])[-1]
    assert asked.asking is not None
    replies = send(question)
    assert replies[0].text == answer(settings, key, lang)
    assert replies[-1].asking == asked.asking and replies[-1].text == asked.text
    # Nothing of the question is kept: not in the read-back, not in what is sent.
    card = send(SEND_NOW[lang])[-1].card
    assert card is not None
    assert question not in " ".join(value for _, value in card.rows)
    send(choice="confirm")
    (stored,) = initiatives(database)
    assert question not in stored.original_text
    assert stored.why is None


def test_answers_tell_where_to_read_more_and_how_to_reach_a_person(settings: Settings) -> None:
    for lang in ("da", "en"):
        assert settings.privacy_policy_url in answer(settings, "stored", lang)
        assert settings.service_contact_url in answer(settings, "phone", lang)


def test_a_question_about_the_service_at_the_read_back_shows_the_read_back_again(
    service: ConversationService, database: Database, settings: Settings
) -> None:
    send = sender(service)
    send(IDEA["da"])
    before = send(SEND_NOW["da"])[-1].card
    replies = send("kan jeg være anonym?")
    assert replies[0].text == answer(settings, "anonymous", "da")
    assert replies[-1].card == before
    assert initiatives(database) == []


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "can you just send it already?"), ("da", "kan du ikke bare sende den?")],
)
def test_just_send_it_already_goes_to_the_read_back(
    service: ConversationService, lang: str, words: str
) -> None:
    send = sender(service)
    assert send(IDEA[lang])[-1].asking is not None
    replies = send(words)
    assert replies[-1].card is not None
    assert words not in " ".join(value for _, value in replies[-1].card.rows)


# --------------------------------------------------------------------------- #
# 2. Questions about the service before any idea


@pytest.mark.parametrize(
    ("lang", "question", "key"),
    [
        ("da", "skal I have mit navn og telefonnummer?", "contact"),
        ("da", "hvad sker der med mine data?", "stored"),
        ("da", "hvem kan se det jeg skriver?", "who_sees"),
        ("en", "do you need my email?", "contact"),
        ("en", "what happens to my data?", "stored"),
    ],
)
def test_a_question_about_the_service_first_is_answered_not_turned_away(
    service: ConversationService, settings: Settings, lang: str, question: str, key: str
) -> None:
    send = opened(service)
    replies = send(question)
    assert [r.text for r in replies] == [answer(settings, key, lang), t("invite", lang)]
    # The idea told next is read as the opening.
    assert send(IDEA[lang])[-1].asking is not None


def test_a_question_about_the_service_as_the_very_first_message_comes_after_the_welcome(
    service: ConversationService, settings: Settings
) -> None:
    replies = sender(service)("kan jeg være anonym?")
    assert settings.privacy_policy_url in replies[0].text  # the privacy notice
    assert replies[-1].text == answer(settings, "anonymous", "da")


def test_the_status_of_a_reference_lists_the_persons_ideas(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    reference = sent_idea(send, database, "da")
    replies = send(f"hvad er status på {reference}?")
    assert replies[0].text.startswith(t("mine.title", "da"))
    assert reference in replies[0].text
    assert replies[-1].asking is None


# --------------------------------------------------------------------------- #
# 3. Confirmations with filler at the read-back


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("da", "ja det ser fint ud"),
        ("en", "yep looks good"),
        ("da", "jep, send den"),
        ("en", "yes that's right"),
        ("da", "perfekt, tak"),
        ("en", "yeah, looks good to me"),
        ("da", "jep det er rigtigt"),
    ],
)
def test_a_confirmation_with_filler_sends_the_idea(
    service: ConversationService, database: Database, lang: str, words: str
) -> None:
    send = sender(service)
    send(IDEA[lang])
    assert send(SEND_NOW[lang])[-1].card is not None
    replies = send(words)
    (stored,) = initiatives(database)
    assert stored.reference in all_text(replies)


# --------------------------------------------------------------------------- #
# 4. Taking a sent idea back by typing


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("da", "jeg vil gerne trække min idé tilbage"),
        ("da", "træk den tilbage"),
        ("en", "I want to withdraw my idea"),
        ("en", "cancel my idea please"),
    ],
)
def test_withdrawing_by_typing_asks_to_confirm_like_the_button(
    service: ConversationService, database: Database, lang: str, words: str
) -> None:
    send = sender(service)
    reference = sent_idea(send, database, lang)
    replies = send(words)
    assert replies[-1].text == t("own.withdraw_confirm", lang, reference=reference)
    assert f"own:withdraw_yes:{reference}" in choices(replies[-1])
    done = send(YES[lang])
    assert t("status.withdrawn", lang) in all_text(done)
    (stored,) = initiatives(database)
    assert stored.status == "withdrawn"
    assert all(r.asking is None for r in replies + done)  # no new idea was started


def test_withdrawing_with_several_ideas_open_asks_which(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    first = sent_idea(send, database, "da")
    second = sent_idea(send, database, "da", OTHER_IDEA["da"])
    send("tak")
    replies = send("jeg vil gerne trække min idé tilbage")
    assert replies[-1].text == t("withdraw.which", "da")
    assert f"own:withdraw:{first}" in choices(replies[-1])
    assert f"own:withdraw:{second}" in choices(replies[-1])
    confirm = send(choice=f"own:withdraw:{first}")[-1]
    send(choice=f"own:withdraw_yes:{first}")
    assert f"own:withdraw_yes:{first}" in choices(confirm)
    statuses = {i.reference: i.status for i in initiatives(database)}
    assert statuses == {first: "withdrawn", second: "submitted"}
    # Named by its reference, the other one is meant.
    replies = send(f"træk {second} tilbage")
    assert replies[-1].text == t("own.withdraw_confirm", "da", reference=second)


def test_withdrawing_with_nothing_sent_says_so(service: ConversationService) -> None:
    replies = opened(service)("I want to withdraw my idea")
    assert [r.text for r in replies] == [t("withdraw.none", "en")]
    replies = opened(service)("jeg vil gerne trække min idé tilbage")
    assert [r.text for r in replies] == [t("withdraw.none", "da")]


def test_take_it_back_while_telling_an_idea_drops_the_draft_not_a_sent_idea(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    reference = sent_idea(send, database, "da")
    send(OTHER_IDEA["da"])
    replies = send("træk den tilbage")
    assert replies[0].text == t("cancelled", "da")
    (stored,) = initiatives(database)
    assert (stored.reference, stored.status) == (reference, "submitted")


@pytest.mark.parametrize(("lang", "words"), [("da", "fortryd"), ("en", "undo")])
def test_undo_right_after_sending_offers_to_withdraw(
    service: ConversationService, database: Database, lang: str, words: str
) -> None:
    send = sender(service)
    reference = sent_idea(send, database, lang)
    replies = send(words)
    assert replies[0].text == t("undo.sent", lang, reference=reference)
    assert f"own:withdraw_yes:{reference}" in choices(replies[-1])
    send(YES[lang])
    (stored,) = initiatives(database)
    assert stored.status == "withdrawn"
    # Withdrawn, there is nothing more to take back.
    assert send(words)[0].text == t("nothing_to_undo", lang)


# --------------------------------------------------------------------------- #
# 5. Help


@pytest.mark.parametrize(
    ("lang", "words", "undo"), [("da", "hjælp", "„fortryd“"), ("en", "help", "“undo”")]
)
def test_help_mentions_undo(service: ConversationService, lang: str, words: str, undo: str) -> None:
    send = opened(service)
    if lang == "en":
        send("english")
    replies = send(words)
    assert replies[0].text == t("help", lang)
    assert undo in replies[0].text
