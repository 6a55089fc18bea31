"""Proactive messages: queued in the same transaction as their cause, delivered by a dispatcher.

Writing the message as a row first means a crash, a restart or a platform outage never
loses it; the dispatcher claims each row atomically, so two processes never send it twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, or_, select, update
from sqlalchemy.orm import Session

from bot.messages import Reply
from bot.outbound import ChannelSender, DeliveryError
from storage.db import Database
from storage.models import Address, OutboxMessage, Person, StaffMember, utcnow
from storage.repositories import PersonRepository

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
BACKOFF_SECONDS = (30, 120, 600, 1800, 3600)
# A row left in "sending" this long belongs to a process that died mid-send: take it back.
STALE_CLAIM = timedelta(minutes=5)
# Set in a session's info when something was queued in it: the channel knows to deliver.
QUEUED = "samskab.outbox_queued"


def enqueue(
    session: Session,
    replies: Sequence[Reply],
    *,
    kind: str,
    person_id: int | None = None,
    staff_id: int | None = None,
    initiative_id: int | None = None,
) -> OutboxMessage:
    """Queue replies for a person or a staff member, in the caller's transaction."""
    if (person_id is None) == (staff_id is None):
        raise ValueError("a message goes to exactly one person or one staff member")
    message = OutboxMessage(
        person_id=person_id,
        staff_id=staff_id,
        initiative_id=initiative_id,
        kind=kind,
        payload={"replies": [reply.to_dict() for reply in replies]},
    )
    session.add(message)
    session.info[QUEUED] = True
    return message


@dataclass(frozen=True)
class Route:
    """Where one message goes: a platform and the stored address on it."""

    platform: str
    reference: dict[str, Any]
    address_id: int | None = None


def _person_routes(session: Session, person_id: int, platforms: Sequence[str]) -> list[Route]:
    addresses = session.scalars(
        select(Address)
        .where(Address.person_id == person_id, Address.stale_at.is_(None))
        .order_by(Address.updated_at.desc())
    )
    return [
        Route(a.platform, dict(a.reference), a.id) for a in addresses if a.platform in platforms
    ]


def resolve_routes(
    session: Session, message: OutboxMessage, platforms: Sequence[str]
) -> list[Route]:
    """Every way to reach the message's recipient on a platform we can push to, best first."""
    if message.person_id is not None:
        return _person_routes(session, message.person_id, platforms)
    staff = session.get(StaffMember, message.staff_id)
    if staff is None:
        return []
    routes: list[Route] = []
    if staff.slack_id and "slack" in platforms:
        routes.append(Route("slack", {"user": staff.slack_id}))
    if staff.teams_id:
        person = PersonRepository(session).find_by_identity("teams", staff.teams_id)
        if person is not None:
            routes.extend(_person_routes(session, person.id, ["teams"]))
    if staff.person_id is not None:
        routes.extend(
            r for r in _person_routes(session, staff.person_id, platforms) if r not in routes
        )
    return routes


class OutboxDispatcher:
    """Delivers queued messages through the channel senders; safe to run in several processes."""

    def __init__(self, database: Database, senders: Mapping[str, ChannelSender]) -> None:
        self.database = database
        self.senders = dict(senders)
        self._kick: asyncio.Task[int] | None = None

    def kick(self) -> None:
        """Deliver soon, without making the caller wait (after a turn queued something)."""
        if self._kick is None or self._kick.done():
            self._kick = asyncio.get_running_loop().create_task(self.dispatch_pending())

    async def dispatch_pending(self, now: datetime | None = None, limit: int = 200) -> int:
        """Claim due messages and deliver each once; returns how many were delivered."""
        now = now or utcnow()
        claimed = await asyncio.to_thread(self._claim, now, limit)
        if not claimed:
            return 0
        plans = await asyncio.to_thread(self._plan, claimed)
        # Nobody can be pushed to: keep them for when they come back (shown on return).
        nothing: tuple[list[Route], list[Reply]] = ([], [])  # (gone since: erased)
        held = [message_id for message_id in claimed if not plans.get(message_id, nothing)[0]]
        if held:
            await asyncio.to_thread(self._hold, held)
        delivered = 0
        for message_id in claimed:
            routes, replies = plans.get(message_id, nothing)
            if routes and await self._deliver(message_id, routes, replies, now):
                delivered += 1
        return delivered

    def _claim(self, now: datetime, limit: int) -> list[int]:
        with self.database.session() as session:
            due = (
                select(OutboxMessage.id)
                .where(
                    or_(
                        and_(
                            OutboxMessage.state == "pending",
                            OutboxMessage.next_attempt_at <= now,
                        ),
                        and_(
                            OutboxMessage.state == "sending",
                            OutboxMessage.claimed_at < now - STALE_CLAIM,
                        ),
                    )
                )
                .order_by(OutboxMessage.id)
                .limit(limit)
            )
            if session.get_bind().dialect.name == "postgresql":
                due = due.with_for_update(skip_locked=True)
            claimed = session.scalars(
                update(OutboxMessage)
                .where(OutboxMessage.id.in_(due.scalar_subquery()))
                .values(state="sending", claimed_at=now, attempts=OutboxMessage.attempts + 1)
                .returning(OutboxMessage.id)
            ).all()
            return sorted(claimed)

    def _plan(self, message_ids: Sequence[int]) -> dict[int, tuple[list[Route], list[Reply]]]:
        """Each claimed message's routes and replies, read in one go (no write lock)."""
        with self.database.session(read_only=True) as session:
            messages = session.scalars(
                select(OutboxMessage).where(OutboxMessage.id.in_(message_ids))
            ).all()
            platforms = list(self.senders)
            return {
                message.id: (
                    resolve_routes(session, message, platforms),
                    [Reply.from_dict(r) for r in message.payload.get("replies", [])],
                )
                for message in messages
            }

    def _hold(self, message_ids: Sequence[int]) -> None:
        with self.database.session() as session:
            session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id.in_(message_ids))
                .values(state="held", platform=None, last_error="no push address")
                .execution_options(synchronize_session=False)
            )

    async def _deliver(
        self, message_id: int, routes: list[Route], replies: list[Reply], now: datetime
    ) -> bool:
        last_error: DeliveryError | None = None
        for route in routes:
            try:
                await self.senders[route.platform].send(route.reference, replies)
            except DeliveryError as exc:
                log.warning(
                    "delivery failed message=%s platform=%s permanent=%s",
                    message_id,
                    route.platform,
                    exc.permanent,
                )
                last_error = exc
                if exc.permanent and route.address_id is not None:
                    await asyncio.to_thread(self._mark_stale, route.address_id)
                continue
            except Exception as exc:  # a sender bug must not stop the other messages
                log.exception("sender crashed message=%s platform=%s", message_id, route.platform)
                last_error = DeliveryError(type(exc).__name__)
                continue
            await asyncio.to_thread(self._finish, message_id, "sent", route.platform, None)
            return True
        assert last_error is not None
        await asyncio.to_thread(self._retry_or_fail, message_id, now, last_error)
        return False

    def _mark_stale(self, address_id: int) -> None:
        with self.database.session() as session:
            address = session.get(Address, address_id)
            if address is not None:
                address.stale_at = utcnow()

    def _finish(self, message_id: int, state: str, platform: str | None, error: str | None) -> None:
        with self.database.session() as session:
            message = session.get(OutboxMessage, message_id)
            assert message is not None
            message.state = state
            message.platform = platform
            message.last_error = error
            if state == "sent":
                message.sent_at = utcnow()

    def _retry_or_fail(self, message_id: int, now: datetime, error: DeliveryError) -> None:
        with self.database.session() as session:
            message = session.get(OutboxMessage, message_id)
            assert message is not None
            message.last_error = str(error)[:500]
            if error.permanent or message.attempts >= MAX_ATTEMPTS:
                message.state = "failed"
                return
            delay = BACKOFF_SECONDS[min(message.attempts - 1, len(BACKOFF_SECONDS) - 1)]
            if error.retry_after is not None:
                delay = max(delay, int(error.retry_after))
            message.state = "pending"
            message.next_attempt_at = now + timedelta(seconds=delay)


# Looked up on every turn: built once (see storage.repositories).
_HELD_FOR_PERSON = (
    select(OutboxMessage)
    .where(OutboxMessage.person_id == bindparam("person_id"), OutboxMessage.state == "held")
    .order_by(OutboxMessage.id)
)
_HELD_FOR_STAFF = (
    select(OutboxMessage)
    .where(
        or_(
            OutboxMessage.person_id == bindparam("person_id"),
            OutboxMessage.staff_id == bindparam("staff_id"),
        ),
        OutboxMessage.state == "held",
    )
    .order_by(OutboxMessage.id)
)


def held_for(session: Session, person: Person, staff_id: int | None = None) -> list[Reply]:
    """Messages nobody could push to this person (or to the staff member they are), oldest
    first; handing them over marks them sent."""
    if staff_id is None:
        messages = session.scalars(_HELD_FOR_PERSON, {"person_id": person.id}).all()
    else:
        messages = session.scalars(
            _HELD_FOR_STAFF, {"person_id": person.id, "staff_id": staff_id}
        ).all()
    replies: list[Reply] = []
    for message in messages:
        replies.extend(Reply.from_dict(r) for r in message.payload.get("replies", []))
        message.state = "sent"
        message.sent_at = utcnow()
    return replies
