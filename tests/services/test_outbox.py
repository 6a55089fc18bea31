"""The outbox: queued with its cause, claimed once, retried with backoff, never silently lost."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any

from bot.messages import Choice, Reply
from bot.outbound import DeliveryError
from bot.services.outbox import MAX_ATTEMPTS, OutboxDispatcher, enqueue, held_for
from storage.db import Database
from storage.models import Address, OutboxMessage, Person, utcnow
from storage.repositories import PersonRepository, StaffRecord, StaffRepository


class RecordingSender:
    """A channel at the network edge that records what it was asked to deliver."""

    def __init__(self, platform: str, failures: list[DeliveryError] | None = None) -> None:
        self.platform = platform
        self.sent: list[tuple[dict[str, Any], list[Reply]]] = []
        self.failures = list(failures or [])

    async def send(self, reference: Mapping[str, Any], replies: Sequence[Reply]) -> None:
        await asyncio.sleep(0)
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append((dict(reference), list(replies)))


def _person_with_address(database: Database, platform: str = "slack") -> int:
    with database.session() as session:
        people = PersonRepository(session)
        person, _ = people.get_or_create(platform, "U1")
        people.set_address(person, platform, {"channel": "D1"})
        return person.id


def _queue(database: Database, person_id: int, text: str = "Hej") -> int:
    with database.session() as session:
        message = enqueue(
            session, [Reply(text, choices=(Choice("OK", "ok"),))], kind="test", person_id=person_id
        )
        session.flush()
        return message.id


def _message(database: Database, message_id: int) -> OutboxMessage:
    with database.session() as session:
        message = session.get(OutboxMessage, message_id)
        assert message is not None
        return message


async def test_delivered_once_through_the_persons_channel(database: Database) -> None:
    person_id = _person_with_address(database)
    message_id = _queue(database, person_id, "Din idé er modtaget")
    sender = RecordingSender("slack")
    dispatcher = OutboxDispatcher(database, {"slack": sender})
    assert await dispatcher.dispatch_pending() == 1
    assert await dispatcher.dispatch_pending() == 0
    assert sender.sent == [
        ({"channel": "D1"}, [Reply("Din idé er modtaget", (Choice("OK", "ok"),))])
    ]
    stored = _message(database, message_id)
    assert (stored.state, stored.platform, stored.attempts) == ("sent", "slack", 1)


async def test_two_dispatchers_at_once_send_each_message_once(database: Database) -> None:
    person_id = _person_with_address(database)
    for number in range(20):
        _queue(database, person_id, f"besked {number}")
    sender = RecordingSender("slack")
    first = OutboxDispatcher(database, {"slack": sender})
    second = OutboxDispatcher(database, {"slack": sender})
    counts = await asyncio.gather(first.dispatch_pending(), second.dispatch_pending())
    assert sum(counts) == 20
    texts = sorted(replies[0].text for _, replies in sender.sent)
    assert texts == sorted(f"besked {n}" for n in range(20))


async def test_transient_failure_is_retried_later_and_permanent_one_fails(
    database: Database,
) -> None:
    person_id = _person_with_address(database)
    message_id = _queue(database, person_id)
    sender = RecordingSender("slack", [DeliveryError("429", retry_after=90)])
    dispatcher = OutboxDispatcher(database, {"slack": sender})
    now = utcnow()
    assert await dispatcher.dispatch_pending(now=now) == 0
    stored = _message(database, message_id)
    assert stored.state == "pending"
    assert stored.next_attempt_at >= now + timedelta(seconds=90)
    assert await dispatcher.dispatch_pending(now=now + timedelta(seconds=10)) == 0  # not yet due
    assert await dispatcher.dispatch_pending(now=now + timedelta(minutes=5)) == 1

    gone = _queue(database, person_id)
    dispatcher = OutboxDispatcher(
        database, {"slack": RecordingSender("slack", [DeliveryError("404", permanent=True)])}
    )
    await dispatcher.dispatch_pending()
    assert _message(database, gone).state == "failed"
    assert _message(database, gone).last_error == "404"
    # the stale address is marked and skipped, until the person shows up there again
    later = _queue(database, person_id)
    await dispatcher.dispatch_pending()
    assert _message(database, later).state == "held"
    _person_with_address(database)
    with database.session() as session:
        address = session.query(Address).one()
        assert address.stale_at is None


async def test_gives_up_after_the_last_try_and_marks_failed(database: Database) -> None:
    person_id = _person_with_address(database)
    message_id = _queue(database, person_id)
    sender = RecordingSender("slack", [DeliveryError("500")] * (MAX_ATTEMPTS + 2))
    dispatcher = OutboxDispatcher(database, {"slack": sender})
    moment = utcnow()
    for _ in range(MAX_ATTEMPTS + 2):
        await dispatcher.dispatch_pending(now=moment)
        moment += timedelta(days=1)
    stored = _message(database, message_id)
    assert (stored.state, stored.attempts) == ("failed", MAX_ATTEMPTS)


async def test_without_a_push_channel_the_message_is_held_until_they_return(
    database: Database,
) -> None:
    person_id = _person_with_address(database, platform="console")
    message_id = _queue(database, person_id, "Svar fra kommunen")
    await OutboxDispatcher(database, {"slack": RecordingSender("slack")}).dispatch_pending()
    assert _message(database, message_id).state == "held"
    with database.session() as session:
        person = session.get(Person, person_id)
        assert person is not None
        assert [r.text for r in held_for(session, person)] == ["Svar fra kommunen"]
        assert held_for(session, person) == []


async def test_staff_are_reached_by_their_slack_id(database: Database) -> None:
    with database.session() as session:
        StaffRepository(session).upsert([StaffRecord(name="Lise", email="l@g.dk", slack_id="U9")])
        staff = StaffRepository(session).by_email("l@g.dk")
        assert staff is not None
        enqueue(session, [Reply("Ny idé")], kind="assignment", staff_id=staff.id)
    sender = RecordingSender("slack")
    assert await OutboxDispatcher(database, {"slack": sender}).dispatch_pending() == 1
    assert sender.sent[0][0] == {"user": "U9"}
