"""Introduction offers prepared after a submission (a server's bridges worker) are written by
the server itself, queued on its writer lock like a turn: a busy write lock delays them, it
never loses them."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from sqlalchemy import select

import storage.db
from bot.config import Settings
from bot.messages import Incoming, Reply
from bot.services import conversation
from bot.services.associations import upsert_associations
from bot.services.conversation import ConversationService
from storage.db import Database
from storage.models import Initiative, Introduction, OutboxMessage
from tests.services.ideas import DONT_KNOW, IDEAS
from tests.services.test_bridges import GARDEN_SOCIETY

BUSY_TIMEOUT_S = 0.1
# The lock is held ten times as long as a waiting connection of another process would wait.
HELD_S = 1.0


@pytest.fixture
def service(
    database: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ConversationService]:
    """A server's service whose bridges worker is a thread of this process (so the test can
    step in), with a database of its own as the worker process has."""
    monkeypatch.setattr(storage.db, "SQLITE_BUSY_TIMEOUT_S", BUSY_TIMEOUT_S)
    monkeypatch.setattr(
        ConversationService,
        "_new_bridges_pool",
        staticmethod(lambda: ThreadPoolExecutor(max_workers=1)),
    )
    worker_databases: dict[str, Database] = {}
    monkeypatch.setattr(conversation, "_worker_databases", worker_databases)
    relaxed = settings.model_copy(update={"messages_per_minute": 1000})
    service = ConversationService(database, relaxed, background_bridges=True)
    yield service
    service.close()
    for worker_database in worker_databases.values():
        worker_database.dispose()


def submit_idea(service: ConversationService) -> list[Reply]:
    def send(text: str | None = None, choice: str | None = None) -> list[Reply]:
        return service.handle(Incoming("web", "ulla", "ulla", text=text, choice=choice))

    replies = send(IDEAS["da"])
    while replies[-1].card is None:
        replies = send(DONT_KNOW["da"])
    return send(choice="confirm")


def test_offers_wait_for_a_busy_write_lock_and_are_not_lost(
    service: ConversationService, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.session() as session:
        upsert_associations(session, [GARDEN_SOCIETY])
    holding = threading.Event()
    holders: list[threading.Thread] = []

    def hold_the_write_lock() -> None:
        # A turn of this process writing, for longer than another process would wait.
        with database.session() as session:
            session.connection()  # BEGIN (IMMEDIATE on SQLite: the write lock is taken)
            holding.set()
            time.sleep(HELD_S)

    real_suggest = conversation.suggest

    def suggest_then_lock(session: Any, initiative: Initiative) -> Any:
        found = real_suggest(session, initiative)
        holder = threading.Thread(target=hold_the_write_lock)
        holders.append(holder)
        holder.start()
        assert holding.wait(timeout=10)
        return found  # the offers are written while the lock is held

    monkeypatch.setattr(conversation, "suggest", suggest_then_lock)

    submit_idea(service)
    service.wait_for_background()
    for holder in holders:
        holder.join(timeout=30)

    assert holding.is_set()  # the lock was busy when the offers were written
    with database.session(read_only=True) as session:
        (initiative,) = session.scalars(select(Initiative))
        introductions = list(session.scalars(select(Introduction)))
        offers = list(
            session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "bridge_offer"))
        )
    assert [i.initiative_id for i in introductions] == [initiative.id]
    assert introductions[0].association_id is not None
    assert [m.person_id for m in offers] == [initiative.initiator_id]


def test_the_worker_process_finds_what_the_server_offers(
    database: Database, settings: Settings
) -> None:
    with database.session() as session:
        upsert_associations(session, [GARDEN_SOCIETY])
    relaxed = settings.model_copy(update={"messages_per_minute": 1000})
    service = ConversationService(database, relaxed, background_bridges=True)
    queued = threading.Event()
    service.on_queued = queued.set
    try:
        submit_idea(service)
        service.wait_for_background()
    finally:
        service.close()
    assert queued.is_set()  # the dispatcher is told, as after a turn
    with database.session(read_only=True) as session:
        offers = list(
            session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "bridge_offer"))
        )
        (introduction,) = session.scalars(select(Introduction))
    assert len(offers) == 1
    (reply,) = offers[0].payload["replies"]
    assert "Gentofte Haveselskab" in reply["text"]
    # The buttons answer the stored offer; the message waits to be sent now.
    values = [choice["value"] for choice in reply["choices"]]
    assert values == [f"bridge:yes:{introduction.id}", f"bridge:no:{introduction.id}"]
    assert (introduction.state, offers[0].state, offers[0].attempts) == ("offered", "pending", 0)
    assert offers[0].initiative_id == introduction.initiative_id


def test_done_offers_leave_no_trail_in_a_long_running_server(
    service: ConversationService, database: Database
) -> None:
    with database.session() as session:
        upsert_associations(session, [GARDEN_SOCIETY])
    done = threading.Event()
    service.on_queued = done.set
    submit_idea(service)
    assert done.wait(timeout=30)
    # Once the offers are queued, nothing about them is held in memory, though nobody waited
    # for them (a server only waits at shutdown).
    give_up = time.monotonic() + 30
    while service._pending_bridges and time.monotonic() < give_up:
        time.sleep(0.01)
    assert service._pending_bridges == []
