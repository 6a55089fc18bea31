"""The check-in dispatcher: claims due check-in rows and hands them to the outbox, once.

Exactly-once comes from the rows, not from the scheduler: a due row is claimed with a
conditional UPDATE (state still pending or snoozed, still due) in the same transaction that
queues its outbox message, and on PostgreSQL the candidate rows are locked with
FOR UPDATE SKIP LOCKED so two dispatchers split the work instead of waiting on each other.
A restart, a late start or a second process therefore never sends a check-in twice, and a
downtime sends each overdue check-in once, at the next moment the rules allow.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from bot.domain.calendar import add_working_days
from bot.domain.lifecycle import OPEN_STATUSES, Status
from bot.domain.timeline import Actor, EventKind
from bot.i18n.catalog import supported, t
from bot.messages import Reply
from bot.scheduling.compose import STAFF_LANGUAGE, checkin_reply, digest_reply
from bot.scheduling.rules import ASKING_KINDS, DUE_STATES, CheckinKind, CheckinState, Rules
from bot.services.checkins import OUTBOX_KIND, staff_zone
from bot.services.outbox import enqueue
from storage.db import Database
from storage.models import (
    CheckIn,
    Initiative,
    OutboxMessage,
    Person,
    ProcessedEvent,
    StaffMember,
    TimelineEvent,
    utcnow,
)
from storage.repositories import ProcessedEventRepository, conflict_insert

log = logging.getLogger(__name__)

# Claim keys in processed_event: one check-in message per recipient per local day, one
# digest per staff member per ISO week, one staff note per failed delivery.
DAY_CLAIM = "checkin-day"
DIGEST_CLAIM = "digest"
FAILURE_CLAIM = "checkin-failed"
DIGEST_KIND = "digest"
FAILURE_NOTE_KIND = "checkin.delivery_failed"
# A digest missed on its day (an outage) still goes out this many working days later.
DIGEST_CATCH_UP_DAYS = 1
# Failed deliveries older than this were reported by an earlier pass (or long forgotten).
FAILURE_LOOKBACK = timedelta(days=14)


@dataclass
class DispatchResult:
    """What one pass did, for logs, the CLI and tests."""

    sent: int = 0
    messages: int = 0
    deferred: int = 0
    cancelled: int = 0
    failed: int = 0
    sent_ids: list[int] = field(default_factory=list)

    def add(self, other: DispatchResult) -> None:
        """Fold another batch's counts into this one."""
        self.sent += other.sent
        self.messages += other.messages
        self.deferred += other.deferred
        self.cancelled += other.cancelled
        self.failed += other.failed
        self.sent_ids.extend(other.sent_ids)


@dataclass(frozen=True)
class _Recipient:
    """Who a check-in goes to, how to address them, and where they are."""

    key: str
    person_id: int | None
    staff_id: int | None
    language: str
    zone: ZoneInfo
    name: str | None = None


class CheckinDispatcher:
    """Sends due check-ins and weekly digests; safe to run in several processes at once."""

    def __init__(
        self,
        database: Database,
        rules: Rules,
        *,
        batch_size: int = 500,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.database = database
        self.rules = rules
        self.batch_size = batch_size
        self.clock = clock

    # -- check-ins ----------------------------------------------------------------------

    def run_due(self, now: datetime | None = None) -> DispatchResult:
        """Claim every check-in due at `now` and queue its message; returns what happened."""
        now = now or self.clock()
        total = DispatchResult()
        while True:
            batch = self._batch(now)
            total.add(batch)
            handled = batch.sent + batch.deferred + batch.cancelled + batch.failed
            # A short batch means nothing due is left (rows another process holds are
            # skipped, and deferred rows are no longer due at `now`).
            if handled < self.batch_size:
                break
        if total.sent or total.deferred:
            log.info(
                "check-ins sent=%s messages=%s deferred=%s cancelled=%s",
                total.sent,
                total.messages,
                total.deferred,
                total.cancelled,
            )
        return total

    def _batch(self, now: datetime) -> DispatchResult:
        result = DispatchResult()
        with self.database.session() as session, session.no_autoflush:
            postgres = session.get_bind().dialect.name == "postgresql"
            rows = list(session.scalars(self.due_query(now, postgres=postgres)))
            if not rows:
                return result
            rows += self._rest_of_recipients(session, rows, now)
            initiatives = {
                i.id: i
                for i in session.scalars(
                    select(Initiative).where(Initiative.id.in_({r.initiative_id for r in rows}))
                )
            }
            # Loaded in two queries and kept referenced, so session.get finds them in memory.
            loaded = [
                *session.scalars(select(Person).where(Person.id.in_({r.person_id for r in rows}))),
                *session.scalars(
                    select(StaffMember).where(StaffMember.id.in_({r.staff_id for r in rows}))
                ),
            ]
            open_values = {s.value for s in OPEN_STATUSES if s != Status.PAUSED}
            groups: dict[str, list[CheckIn]] = defaultdict(list)
            recipients: dict[str, _Recipient] = {}
            moot: list[int] = []
            nobody: list[int] = []
            waiting: dict[datetime, list[int]] = defaultdict(list)
            for row in rows:
                initiative = initiatives[row.initiative_id]
                if initiative.status not in open_values:
                    # Closed or paused since it was planned: the question is moot.
                    moot.append(row.id)
                    continue
                recipient = self._recipient(session, row, initiative)
                if recipient is None:
                    log.warning("check-in %s has nobody to go to", row.id)
                    nobody.append(row.id)
                    continue
                if not self.rules.may_send(now, recipient.zone):
                    # Quiet hours, a weekend or a holiday where they are: wait for the morning.
                    waiting[self.rules.next_slot(now, recipient.zone)].append(row.id)
                    continue
                groups[recipient.key].append(row)
                recipients[recipient.key] = recipient
            result.cancelled += self._set(session, moot, now, state=CheckinState.CANCELLED)
            result.failed += self._set(session, nobody, now, state=CheckinState.FAILED)
            for slot, ids in waiting.items():
                result.deferred += self._set(session, ids, now, due_at=slot)
            if groups:
                result.add(self._send(session, recipients, groups, initiatives, now))
            del loaded
        return result

    def due_query(self, now: datetime, *, postgres: bool) -> Select[CheckIn]:
        """The rows due at `now`, oldest first: a range scan of the (state, due_at) index."""
        due = (
            select(CheckIn)
            .where(CheckIn.state.in_(DUE_STATES), CheckIn.due_at <= now)
            .order_by(CheckIn.due_at, CheckIn.id)
            .limit(self.batch_size)
        )
        # Two dispatchers take disjoint rows instead of queueing behind each other's locks.
        return due.with_for_update(skip_locked=True) if postgres else due

    def _rest_of_recipients(
        self, session: Session, rows: Sequence[CheckIn], now: datetime
    ) -> list[CheckIn]:
        """The other due rows of the people in this batch, so each gets all of today's
        questions in one message instead of one now and the rest tomorrow."""
        seen = {row.id for row in rows}
        person_ids = {row.person_id for row in rows if row.person_id is not None}
        staff_ids = {row.staff_id for row in rows if row.staff_id is not None}
        more = select(CheckIn).where(
            CheckIn.state.in_(DUE_STATES),
            CheckIn.due_at <= now,
            or_(CheckIn.person_id.in_(person_ids), CheckIn.staff_id.in_(staff_ids)),
        )
        if session.get_bind().dialect.name == "postgresql":
            more = more.with_for_update(skip_locked=True)
        return [row for row in session.scalars(more) if row.id not in seen]

    def _send(
        self,
        session: Session,
        recipients: dict[str, _Recipient],
        groups: dict[str, list[CheckIn]],
        initiatives: dict[int, Initiative],
        now: datetime,
    ) -> DispatchResult:
        """Claim the due rows, then queue one message per recipient (one a day at most)."""
        result = DispatchResult()
        previous = {row.id: row.state for group in groups.values() for row in group}
        claimed = set(
            session.scalars(
                update(CheckIn)
                .where(
                    CheckIn.id.in_(list(previous)),
                    CheckIn.state.in_(DUE_STATES),
                    CheckIn.due_at <= now,
                )
                .values(state=CheckinState.SENT.value, sent_at=now)
                .returning(CheckIn.id)
                .execution_options(synchronize_session=False)
            )
        )
        if not claimed:
            return result  # another dispatcher got there first
        day_keys = {
            key: f"{key}:{self.rules.local_day(now, recipients[key].zone).isoformat()}"
            for key, group in groups.items()
            if any(row.id in claimed for row in group)
        }
        granted = claim_once(session, DAY_CLAIM, day_keys.values())
        for key, day_key in day_keys.items():
            rows = [row for row in groups[key] if row.id in claimed]
            recipient = recipients[key]
            if day_key not in granted:
                # They already heard from us today: ask tomorrow morning instead.
                morning = self.rules.next_morning(now, recipient.zone)
                for row in rows:
                    session.execute(
                        update(CheckIn)
                        .where(CheckIn.id == row.id)
                        .values(state=previous[row.id], sent_at=None, due_at=morning)
                        .execution_options(synchronize_session=False)
                    )
                result.deferred += len(rows)
                continue
            self._queue(session, recipient, rows, initiatives, now)
            result.sent += len(rows)
            result.messages += 1
            result.sent_ids.extend(row.id for row in rows)
        return result

    def _queue(
        self,
        session: Session,
        recipient: _Recipient,
        rows: Sequence[CheckIn],
        initiatives: dict[int, Initiative],
        now: datetime,
    ) -> None:
        """One outbox message with a reply per check-in, their timeline entries and the
        one gentle follow-up each question gets; all flushed together at commit."""
        replies: list[Reply] = []
        for row in rows:
            # The UPDATE already wrote these; mirror them without a second write.
            set_committed_value(row, "state", CheckinState.SENT.value)
            set_committed_value(row, "sent_at", now)
            initiative = initiatives[row.initiative_id]
            responsible = None
            if row.kind == CheckinKind.STAFF_ESCALATION:
                responsible = initiative.staff.name if initiative.staff else None
                # From now on the row names who was asked, so their buttons work.
                row.staff_id = recipient.staff_id
            replies.append(
                checkin_reply(row, initiative, recipient.language, responsible=responsible)
            )
            # Added by id rather than through InitiativeService.record, which would load the
            # whole timeline of every initiative in the batch; nothing reacts to this entry.
            session.add(
                TimelineEvent(
                    initiative_id=row.initiative_id,
                    kind=EventKind.CHECKIN_SENT.value,
                    actor_kind=Actor.system().role.value,
                    data={"checkin_id": row.id, "kind": row.kind, "follow_up": row.follow_ups},
                    at=now,
                )
            )
            if CheckinKind(row.kind) in ASKING_KINDS and row.follow_ups == 0:
                # One gentle follow-up if nobody answers; after that the bot waits.
                session.add(
                    CheckIn(
                        initiative_id=row.initiative_id,
                        person_id=row.person_id,
                        staff_id=row.staff_id,
                        kind=row.kind,
                        due_at=self.rules.after_working_days(
                            now, self.rules.follow_up_working_days, recipient.zone
                        ),
                        follow_ups=1,
                        state=CheckinState.PENDING.value,
                        created_at=now,
                    )
                )
        message = enqueue(
            session,
            replies,
            kind=OUTBOX_KIND,
            person_id=recipient.person_id,
            staff_id=recipient.staff_id,
            initiative_id=rows[0].initiative_id if len(rows) == 1 else None,
        )
        # The outbox row remembers which check-ins it carries, so a failed delivery can be
        # traced back to them and shown to staff.
        message.payload = {**message.payload, "checkin_ids": sorted(row.id for row in rows)}
        # When the pass ran (an operator's --now may differ from the wall clock); delivery
        # itself is not held back: next_attempt_at stays the wall-clock default.
        message.created_at = now

    def _set(
        self,
        session: Session,
        ids: Sequence[int],
        now: datetime,
        *,
        state: CheckinState | None = None,
        due_at: datetime | None = None,
    ) -> int:
        if not ids:
            return 0
        values: dict[str, object] = {}
        if state is not None:
            values["state"] = state.value
        if due_at is not None:
            values["due_at"] = due_at
        changed = session.scalars(
            update(CheckIn)
            .where(CheckIn.id.in_(list(ids)), CheckIn.state.in_(DUE_STATES), CheckIn.due_at <= now)
            .values(**values)
            .returning(CheckIn.id)
            .execution_options(synchronize_session=False)
        ).all()
        return len(changed)

    def _recipient(
        self, session: Session, row: CheckIn, initiative: Initiative
    ) -> _Recipient | None:
        if row.person_id is not None:
            person = session.get(Person, row.person_id)
            if person is None:
                return None
            return _Recipient(
                key=f"p{person.id}",
                person_id=person.id,
                staff_id=None,
                language=supported(person.language),
                zone=self.rules.zone(person.timezone),
            )
        staff_id = row.staff_id
        if row.kind == CheckinKind.STAFF_ESCALATION:
            lead = escalation_target(session, initiative)
            staff_id = lead.id if lead is not None else None
        if staff_id is None:
            return None
        return _Recipient(
            key=f"s{staff_id}",
            person_id=None,
            staff_id=staff_id,
            language=STAFF_LANGUAGE,
            zone=staff_zone(session, staff_id, self.rules),
        )

    # -- weekly digest ------------------------------------------------------------------

    def send_digests(self, now: datetime | None = None) -> int:
        """Queue this week's digest for every staff member with open initiatives, once per
        staff member per week however many schedulers run; returns how many were queued."""
        now = now or self.clock()
        zone = self.rules.zone(None)
        moment = self.rules.digest_moment(now, zone)
        if moment is None or now < moment or not self.rules.may_send(now, zone):
            return 0
        today = self.rules.local_day(now, zone)
        if today > add_working_days(self.rules.local_day(moment, zone), DIGEST_CATCH_UP_DAYS):
            # Too late for "your week": a digest missed by a long outage is skipped, and
            # someone who joins mid-week gets their first one next week.
            return 0
        week = self.rules.week_key(now, zone)
        open_values = [s.value for s in OPEN_STATUSES]
        queued = 0
        with self.database.session() as session:
            staff_ids = list(
                session.scalars(
                    select(StaffMember.id)
                    .join(Initiative, Initiative.staff_id == StaffMember.id)
                    .where(Initiative.status.in_(open_values), StaffMember.away.is_(False))
                    .distinct()
                )
            )
        for staff_id in staff_ids:
            # One transaction per staff member: the claim and the message commit together.
            with self.database.session() as session:
                if not ProcessedEventRepository(session).first_time(
                    DIGEST_CLAIM, f"{staff_id}:{week}"
                ):
                    continue
                initiatives = list(
                    session.scalars(
                        select(Initiative).where(
                            Initiative.staff_id == staff_id, Initiative.status.in_(open_values)
                        )
                    )
                )
                enqueue(
                    session,
                    [digest_reply(initiatives, today, STAFF_LANGUAGE)],
                    kind=DIGEST_KIND,
                    staff_id=staff_id,
                )
                queued += 1
        return queued

    # -- failed deliveries ----------------------------------------------------------------

    def report_failures(self, now: datetime | None = None) -> int:
        """Mark check-ins whose message finally failed as failed, drop their follow-up, and
        tell the responsible staff member (once per failed message)."""
        now = now or self.clock()
        with self.database.session() as session:
            message_ids = list(
                session.scalars(
                    select(OutboxMessage.id).where(
                        OutboxMessage.state == "failed",
                        OutboxMessage.kind == OUTBOX_KIND,
                        OutboxMessage.created_at >= now - FAILURE_LOOKBACK,
                    )
                )
            )
        reported = 0
        for message_id in message_ids:
            with self.database.session() as session:
                if not ProcessedEventRepository(session).first_time(FAILURE_CLAIM, str(message_id)):
                    continue
                message = session.get(OutboxMessage, message_id)
                assert message is not None
                reported += self._report(session, message)
        return reported

    def _report(self, session: Session, message: OutboxMessage) -> int:
        ids = list((message.payload or {}).get("checkin_ids", []))
        rows = list(session.scalars(select(CheckIn).where(CheckIn.id.in_(ids))))
        for row in rows:
            if row.state == CheckinState.SENT:
                row.state = CheckinState.FAILED.value
            # The gentle follow-up would fail the same way: drop it.
            session.execute(
                update(CheckIn)
                .where(
                    and_(
                        CheckIn.initiative_id == row.initiative_id,
                        CheckIn.kind == row.kind,
                        CheckIn.follow_ups > row.follow_ups,
                        CheckIn.state.in_(DUE_STATES),
                    )
                )
                .values(state=CheckinState.CANCELLED.value)
                .execution_options(synchronize_session=False)
            )
        log.warning("check-in message %s failed for good (%s check-ins)", message.id, len(rows))
        if message.person_id is None:
            return 1
        noted: set[int] = set()
        for row in rows:
            initiative = session.get(Initiative, row.initiative_id)
            if initiative is None or initiative.staff_id is None or initiative.id in noted:
                continue
            noted.add(initiative.id)
            enqueue(
                session,
                [
                    Reply(
                        t(
                            "checkin.delivery_failed_staff",
                            STAFF_LANGUAGE,
                            reference=initiative.reference,
                            title=initiative.title,
                            error=message.last_error or "-",
                        )
                    )
                ],
                kind=FAILURE_NOTE_KIND,
                staff_id=initiative.staff_id,
                initiative_id=initiative.id,
            )
        return 1


def claim_once(session: Session, kind: str, keys: Iterable[str]) -> set[str]:
    """Record claim keys in processed_event in one statement; returns the keys that were new,
    which this transaction now owns (in any process)."""
    values = [{"platform": kind, "event_id": key} for key in sorted(set(keys))]
    if not values:
        return set()
    stmt = conflict_insert(session.get_bind().dialect.name, ProcessedEvent.__table__)
    # Sorted keys: two dispatchers inserting overlapping keys lock them in the same order,
    # so they wait for each other instead of deadlocking.
    stmt = stmt.values(values).on_conflict_do_nothing().returning(ProcessedEvent.event_id)
    return set(session.scalars(stmt))


def escalation_target(session: Session, initiative: Initiative) -> StaffMember | None:
    """The team lead of the responsible staff member (present ones first), else an admin."""
    staff = initiative.staff
    candidates: list[StaffMember] = []
    if staff is not None and staff.team_id is not None:
        candidates = list(
            session.scalars(
                select(StaffMember)
                .where(
                    StaffMember.team_id == staff.team_id,
                    StaffMember.role == "lead",
                    StaffMember.id != staff.id,
                )
                .order_by(StaffMember.away, StaffMember.id)
            )
        )
    if not candidates:
        candidates = list(
            session.scalars(
                select(StaffMember)
                .where(StaffMember.role == "admin")
                .order_by(StaffMember.away, StaffMember.id)
            )
        )
    return candidates[0] if candidates else None
