"""In chat: errands for other desks, thanks and a repeated "jeg har en idé" (round 8 report)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.config import Settings
from bot.i18n.catalog import catalogue, t
from bot.messages import Incoming, Reply
from bot.services.conversation import ConversationService
from storage.db import Database
from storage.models import Conversation
from storage.repositories import InitiativeFilter, InitiativeRepository

IDEA = "Vi vil gerne plante frugttræer langs cykelstien på Ryvangs Allé, så alle kan plukke æbler"


@pytest.fixture
def service(database: Database, settings: Settings) -> ConversationService:
    return ConversationService(database, settings)


def sender(service: ConversationService, user: str = "jane") -> Callable[..., list[Reply]]:
    def send(text: str | None = None, choice: str | None = None) -> list[Reply]:
        return service.handle(Incoming("web", user, user, text=text, choice=choice))

    return send


def state_of(database: Database) -> dict[str, Any]:
    with database.session() as session:
        return dict(session.query(Conversation).one().state)


def texts(replies: list[Reply]) -> str:
    return "\n".join(reply.text for reply in replies)


@pytest.mark.parametrize(
    ("errand", "key"),
    [
        ("hvornår har genbrugsstationen åbent?", "not_an_idea.asking"),
        ("der er et hul i vejen på Bernstorffsvej, det skal I lave", "not_an_idea.fault.asking"),
        ("min nabo larmer hele natten", "not_an_idea.fault.asking"),
    ],
)
def test_an_errand_while_a_question_is_open_is_pointed_elsewhere_and_nothing_is_stored(
    service: ConversationService, database: Database, settings: Settings, errand: str, key: str
) -> None:
    send = sender(service)
    send("hej")
    asked = send(IDEA)[-1]
    assert asked.asking
    before = state_of(database)
    replies = send(errand)
    assert replies[0].text == t(key, "da", url=settings.service_contact_url)
    # The open question again, and the draft as it was.
    assert replies[-1].text == asked.text and replies[-1].asking == asked.asking
    after = state_of(database)
    assert after["fields"] == before["fields"]
    assert errand not in " ".join(after["original"])


@pytest.mark.parametrize(
    ("first", "key"),
    [
        ("genbrugsstationen åbningstider", "not_an_idea"),
        ("min nabo larmer hele natten", "not_an_idea.fault"),
    ],
)
def test_an_errand_without_a_question_mark_starts_no_draft(
    service: ConversationService, database: Database, settings: Settings, first: str, key: str
) -> None:
    replies = sender(service)(first)
    assert replies[-1].text == t(key, "da", url=settings.service_contact_url)
    state = state_of(database)
    assert state["fields"] == {} and state["phase"] == "listening"


def test_an_idea_that_names_a_problem_is_still_taken_in(
    service: ConversationService, database: Database
) -> None:
    sender(service)("der mangler en bænk ved søen")
    assert state_of(database)["fields"].get("what")


def test_skift_sprog_switches_the_language_and_starts_no_draft(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    send("hej")
    send("skift sprog")
    state = state_of(database)
    assert state["lang"] == "en" and state["fields"] == {}


def test_a_language_switch_asked_as_a_question_switches_in_the_middle_of_an_idea(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    send(IDEA)
    send("kan vi tage det på engelsk?")
    state = state_of(database)
    assert state["lang"] == "en" and "engelsk" not in " ".join(state["fields"].values())


@pytest.mark.parametrize("thanks", ["ok tak", "tak for hjælpen"])
def test_thanks_with_nothing_under_way_gets_you_are_welcome(
    service: ConversationService, thanks: str
) -> None:
    send = sender(service)
    send("hej")
    assert texts(send(thanks)) == t("thanks.before", "da")


def test_ok_tak_after_sending_is_a_goodbye(service: ConversationService) -> None:
    send = sender(service)
    send("Jeg vil gerne lave en bogkasse ved Ordrup Station, så naboerne kan dele bøger")
    for _ in range(8):
        if send("spring over")[-1].card is not None:
            break
    send(choice="confirm")
    assert texts(send("ok tak")) == t("thanks.after_submit", "da")


def test_what_happens_now_before_any_idea_explains_how_it_works(
    service: ConversationService,
) -> None:
    send = sender(service)
    send("hej")
    assert texts(send("hvad sker der nu?")) == t("how_it_works", "da")


def test_i_have_an_idea_said_twice_is_not_answered_word_for_word_the_same(
    service: ConversationService,
) -> None:
    send = sender(service)
    send("hej")
    first = texts(send("jeg har en ide"))
    second = texts(send("jeg har en ide"))
    assert first == t("invite", "da")
    assert second != first


def _garden_at_its_read_back_after_a_related_one(
    service: ConversationService,
) -> Callable[..., list[Reply]]:
    """Someone sent a kitchen-garden idea; another person's garden idea is at its read-back
    (so sending it offers an introduction to the first)."""
    bo = sender(service, "bo")
    bo("Vi vil lave køkkenhaver på den tomme grund ved Vangede Station, så familier kan dyrke")
    for _ in range(8):
        if bo("spring over")[-1].card is not None:
            break
    bo(choice="confirm")
    send = sender(service)
    send("Fælles køkkenhave i gården på Ordrupvej 80, hvor beboerne kan dyrke grøntsager")
    for _ in range(8):
        if send("spring over")[-1].card is not None:
            break
    return send


def test_an_introduction_offer_comes_before_the_next_question_and_a_typed_yes_answers_it(
    service: ConversationService, database: Database
) -> None:
    send = _garden_at_its_read_back_after_a_related_one(service)
    send("jeg har også en anden idé: en bænk ved Gentofte Sø, så de ældre kan hvile sig")
    replies = send(choice="confirm")
    offers = [i for i, r in enumerate(replies) if r.choices and "bridge:" in r.choices[0].value]
    asked = [i for i, r in enumerate(replies) if r.asking]
    assert len(offers) == 1 and asked, [r.text for r in replies]
    assert offers[0] < asked[0]
    question = replies[asked[0]]
    answered = send("ja")
    assert answered[0].text == t("bridge.asked", "da")
    assert answered[-1].asking == question.asking and answered[-1].text == question.text


def _quoted(language: str) -> list[str]:
    return [text for text in catalogue(language).values() if '"' in text]


def test_bot_texts_quote_one_way_per_language() -> None:
    assert _quoted("da") == [] and _quoted("en") == []
    assert not [text for text in catalogue("da").values() if "”" in text]
    assert not [text for text in catalogue("en").values() if "„" in text]


def test_the_contribution_label_fits_one_person_and_a_group() -> None:
    assert " I " not in f" {t('field.brings', 'da')} "


def test_a_typed_yes_with_the_next_read_back_open_sends_that_idea(
    service: ConversationService, database: Database
) -> None:
    send = _garden_at_its_read_back_after_a_related_one(service)
    send(
        "jeg har også en anden idé: en bænk ved Gentofte Sø hver sommer, så de ældre kan hvile "
        "sig, for alle ældre i Gentofte, jeg kan male den, og kommunen kan stille den op"
    )
    replies = send(choice="confirm")
    if replies[-1].card is None:
        for _ in range(8):
            if send("spring over")[-1].card is not None:
                break
    send("ja")
    with database.session() as session:
        assert len(InitiativeRepository(session).list(InitiativeFilter())) == 3
