"""Nothing lost, nothing done twice: a failing database, and one person's messages at once."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from bot.config import Settings
from bot.messages import Incoming, Reply
from bot.services.conversation import ConversationService
from storage.db import Database
from storage.models import Conversation, Initiative

APOLOGY = "gik noget galt"


class FlakyDatabase:
    """Makes every statement fail while switched on, as a database that went away would."""

    def __init__(self, database: Database) -> None:
        self.failing = False
        event.listen(database.engine, "before_cursor_execute", self._maybe_fail)
        # Ordinary turns run their statements on the DB-API cursor (storage.quick_turn),
        # past SQLAlchemy's statement events: a connection cannot be had either.
        event.listen(database.engine, "checkout", self._maybe_fail)

    def _maybe_fail(self, *_: Any) -> None:
        if self.failing:
            raise OperationalError("SELECT 1", {}, Exception("server closed the connection"))


@pytest.fixture
def service(database: Database, settings: Settings) -> ConversationService:
    relaxed = settings.model_copy(update={"messages_per_minute": 1000})
    return ConversationService(database, relaxed)


def send(service: ConversationService, text: str, user: str = "ib") -> list[Reply]:
    return service.handle(Incoming("console", user, user, text=text))


def state_of(database: Database, user: str = "ib") -> dict[str, Any]:
    with database.session() as session:
        conversation = session.query(Conversation).filter_by(conversation_key=user).one()
        return dict(conversation.state)


def test_database_down_mid_turn_apologises_and_loses_nothing(
    service: ConversationService, database: Database
) -> None:
    flaky = FlakyDatabase(database)
    question = send(service, "Vi vil lave en strikkeklub for ældre på Ordrup Bibliotek")[-1]
    assert question.asking
    before = state_of(database)

    flaky.failing = True
    failed = send(service, "Hver tirsdag eftermiddag")
    flaky.failing = False
    assert len(failed) == 1 and APOLOGY in failed[0].text
    assert state_of(database) == before  # no half-written state

    again = send(service, "Hver tirsdag eftermiddag")
    assert APOLOGY not in again[-1].text
    assert state_of(database)["asked"] != before["asked"] or again[-1].card is not None


def test_failure_while_submitting_stores_nothing_and_the_retry_stores_once(
    service: ConversationService, database: Database
) -> None:
    flaky = FlakyDatabase(database)
    replies = send(
        service,
        "Vi er 5 naboer, som vil lave en fælles have på Vangedevej til foråret, fordi vi "
        "savner grønt. Den er for alle på vejen. Vi har brug for tilladelse.",
    )
    while replies[-1].card is None:
        replies = send(service, "ved ikke")
    flaky.failing = True
    assert APOLOGY in service.handle(Incoming("console", "ib", "ib", choice="confirm"))[0].text
    flaky.failing = False
    with database.session() as session:
        assert session.query(Initiative).count() == 0
    receipt = service.handle(Incoming("console", "ib", "ib", choice="confirm"))
    assert "nummeret" in receipt[0].text
    with database.session() as session:
        assert session.query(Initiative).count() == 1


@pytest.fixture
def many_threads() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(max_workers=8) as pool:
        yield pool


def test_messages_from_one_person_at_once_are_taken_one_after_the_other(
    service: ConversationService, database: Database, many_threads: ThreadPoolExecutor
) -> None:
    send(service, "hej")
    texts = [f"Vi vil lave idé nummer {n} med en bænk ved Gentofte Sø" for n in range(8)]
    results = list(many_threads.map(lambda text: send(service, text), texts))
    assert all(replies and APOLOGY not in replies[-1].text for replies in results)
    # Each turn records its arrival in the saved state: a turn that overwrote another's
    # (read the same old state, saved on top) would leave fewer than all of them.
    assert len(state_of(database)["recent"]) == 1 + len(texts)
