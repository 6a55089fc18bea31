"""Check-ins from initiative events, and the answers people give to them.

Every change to an initiative passes `after_event` (called from InitiativeService.record),
so a status change or a new next step cancels or reschedules the check-ins it makes moot.
`CheckinDesk` handles the check-in buttons ("checkin:<action>:<id>") and free-text answers.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from bot.config import get_settings
from bot.domain.dates import find_date
from bot.domain.lifecycle import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    IllegalTransition,
    NextStepOwner,
    Role,
    Status,
)
from bot.domain.timeline import Actor, EventKind
from bot.i18n.catalog import t
from bot.i18n.formatting import format_day
from bot.messages import Choice, Reply
from bot.scheduling.compose import CHECKIN_PREFIX, STAFF_LANGUAGE, checkin_button
from bot.scheduling.config import CheckinSettings
from bot.scheduling.rules import (
    AWAITING_STAFF_KINDS,
    DUE_STATES,
    NEXT_STEP_KINDS,
    CheckinKind,
    CheckinState,
    Rules,
)
from bot.services.outbox import enqueue
from storage.models import CheckIn, Initiative, OutboxMessage, Person, StaffMember, TimelineEvent
from storage.models import utcnow as _utcnow

log = logging.getLogger(__name__)

OUTBOX_KIND = "checkin"
# A free-text message counts as the answer to a check-in only this soon after it was sent.
FREE_TEXT_WINDOW = timedelta(days=7)
# Events after which a staff member's reminder or escalation may be waiting.
_STARTS_STAFF_CLOCK = frozenset({EventKind.ASSIGNED.value, EventKind.STATUS_CHANGED.value})
_IGNORED_EVENTS = frozenset(
    {
        EventKind.CREATED,
        EventKind.SUBMITTED,
        EventKind.CHECKIN_SENT,
        EventKind.CHECKIN_ANSWERED,
        EventKind.NOTE,
        EventKind.FIELD_EDITED,
    }
)


@lru_cache(maxsize=1)
def current_rules() -> Rules:
    """The check-in rules as configured for this process (read once)."""
    return Rules.from_settings(CheckinSettings(), get_settings())


# -- time zones ---------------------------------------------------------------------------


def person_zone(session: Session, person_id: int | None, rules: Rules) -> ZoneInfo:
    """The person's own time zone where the platform told us, else the default."""
    person = session.get(Person, person_id) if person_id is not None else None
    return rules.zone(person.timezone if person is not None else None)


def staff_zone(session: Session, staff_id: int | None, rules: Rules) -> ZoneInfo:
    """A staff member's time zone: that of their chat account where known."""
    staff = session.get(StaffMember, staff_id) if staff_id is not None else None
    return person_zone(session, staff.person_id if staff is not None else None, rules)


# -- creating, cancelling and rescheduling rows --------------------------------------------


def _stopped(initiative: Initiative, person_id: int | None, staff_id: int | None) -> bool:
    """True when this recipient asked for no more check-ins about this initiative."""
    for event in initiative.timeline:
        data = event.data or {}
        if event.kind != EventKind.CHECKIN_ANSWERED or data.get("action") != "stop":
            continue
        if (person_id is not None and data.get("person_id") == person_id) or (
            staff_id is not None and data.get("staff_id") == staff_id
        ):
            return True
    return False


def schedule(
    session: Session,
    initiative: Initiative,
    kind: CheckinKind,
    due_at: datetime,
    *,
    person_id: int | None = None,
    staff_id: int | None = None,
    follow_ups: int = 0,
    now: datetime | None = None,
) -> CheckIn | None:
    """Add one pending check-in, unless its recipient asked us to stop."""
    if (person_id is None) == (staff_id is None):
        raise ValueError("a check-in goes to exactly one person or one staff member")
    if _stopped(initiative, person_id, staff_id):
        return None
    checkin = CheckIn(
        initiative_id=initiative.id,
        person_id=person_id,
        staff_id=staff_id,
        kind=kind.value,
        due_at=due_at,
        follow_ups=follow_ups,
        state=CheckinState.PENDING.value,
        created_at=now or _utcnow(),
    )
    session.add(checkin)
    return checkin


def close(
    session: Session,
    initiative_id: int,
    kinds: Iterable[CheckinKind] | None = None,
    *,
    answered: bool = False,
    now: datetime | None = None,
    person_id: int | None = None,
    staff_id: int | None = None,
) -> int:
    """Cancel waiting check-ins (and mark sent ones answered when `answered`); returns how
    many rows changed. Narrowed to `kinds` and to one recipient when given."""
    now = now or _utcnow()
    conditions = [CheckIn.initiative_id == initiative_id]
    if kinds is not None:
        conditions.append(CheckIn.kind.in_([k.value for k in kinds]))
    if person_id is not None:
        conditions.append(CheckIn.person_id == person_id)
    if staff_id is not None:
        conditions.append(CheckIn.staff_id == staff_id)
    # RETURNING counts reliably on both databases (rowcount does not on every driver).
    changed = list(
        session.scalars(
            update(CheckIn)
            .where(*conditions, CheckIn.state.in_(DUE_STATES))
            .values(state=CheckinState.CANCELLED.value)
            .returning(CheckIn.id)
            .execution_options(synchronize_session="fetch")
        )
    )
    if answered:
        changed += session.scalars(
            update(CheckIn)
            .where(*conditions, CheckIn.state == CheckinState.SENT.value)
            .values(state=CheckinState.ANSWERED.value, answered_at=now)
            .returning(CheckIn.id)
            .execution_options(synchronize_session="fetch")
        ).all()
    return len(changed)


def schedule_next_step(
    session: Session,
    initiative: Initiative,
    now: datetime,
    *,
    status: Status | str | None = None,
    rules: Rules | None = None,
) -> CheckIn | None:
    """The check-in on the next step's due date, to whoever owns the step."""
    rules = rules or current_rules()
    status = Status(status or initiative.status)
    if status not in OPEN_STATUSES or status == Status.PAUSED:
        return None
    if initiative.next_step_due is None or initiative.next_step_owner is None:
        return None
    if initiative.next_step_owner == NextStepOwner.INITIATOR:
        if initiative.initiator_id is None:
            return None
        zone = person_zone(session, initiative.initiator_id, rules)
        recipient: dict[str, int] = {"person_id": initiative.initiator_id}
        kind = CheckinKind.INITIATOR_NEXT_STEP
    else:
        if initiative.staff_id is None:
            return None
        zone = staff_zone(session, initiative.staff_id, rules)
        recipient = {"staff_id": initiative.staff_id}
        kind = CheckinKind.STAFF_NEXT_STEP
    due = rules.on_day(initiative.next_step_due, zone)
    if due <= now:
        # A step due today that is set this afternoon is not asked about an hour later.
        due = rules.next_morning(now, zone)
    return schedule(session, initiative, kind, due, now=now, **recipient)


def schedule_staff_clock(
    session: Session, initiative: Initiative, staff_id: int, now: datetime, rules: Rules
) -> None:
    """The reminder to a newly responsible staff member, and the escalation if the answer
    is still missing when the response time runs out."""
    zone = staff_zone(session, staff_id, rules)
    schedule(
        session,
        initiative,
        CheckinKind.STAFF_REMINDER,
        rules.working_days_later(now, rules.reminder_working_days, zone),
        staff_id=staff_id,
        now=now,
    )
    submitted = initiative.submitted_at or now
    schedule(
        session,
        initiative,
        CheckinKind.STAFF_ESCALATION,
        max(
            rules.after_working_days(submitted, rules.escalation_working_days + 1, zone),
            rules.next_morning(now, zone),
        ),
        staff_id=staff_id,
        now=now,
    )


def after_submit(session: Session, initiative: Initiative, *, now: datetime | None = None) -> None:
    """Plan the honest word to the initiator if no staff answer arrives in time."""
    now = now or _utcnow()
    if initiative.initiator_id is None or initiative.response_due is None:
        return
    rules = current_rules()
    zone = person_zone(session, initiative.initiator_id, rules)
    schedule(
        session,
        initiative,
        CheckinKind.INITIATOR_NO_ANSWER,
        rules.after_due_date(initiative.response_due, zone),
        person_id=initiative.initiator_id,
        now=now,
    )


def _may_have_staff_clock(initiative: Initiative, event: TimelineEvent) -> bool:
    """False only when the whole timeline is in memory (as on a new submission) and shows
    nothing that starts a staff clock before `event`: then there is nothing to cancel."""
    if "timeline" in sa_inspect(initiative).unloaded:
        return True
    return any(
        earlier is not event and earlier.kind in _STARTS_STAFF_CLOCK
        for earlier in initiative.timeline
    )


def after_event(session: Session, initiative: Initiative, event: TimelineEvent) -> None:
    """Cancel or reschedule the check-ins a timeline event makes moot (or newly needed)."""
    kind = EventKind(event.kind)
    if kind in _IGNORED_EVENTS or initiative.id is None:
        return
    rules = current_rules()
    now = event.at or _utcnow()
    by_staff = event.actor_kind == Role.STAFF
    if kind == EventKind.ASSIGNED:
        if _may_have_staff_clock(initiative, event):
            close(
                session, initiative.id, {CheckinKind.STAFF_REMINDER, CheckinKind.STAFF_ESCALATION}
            )
        staff_id = (event.data or {}).get("staff_id") or initiative.staff_id
        if initiative.status == Status.SUBMITTED and staff_id is not None:
            schedule_staff_clock(session, initiative, int(staff_id), now, rules)
        if initiative.next_step_owner == NextStepOwner.MUNICIPALITY:
            close(session, initiative.id, {CheckinKind.STAFF_NEXT_STEP})
            schedule_next_step(session, initiative, now, rules=rules)
        return
    if kind == EventKind.MESSAGE_RELAYED and by_staff:
        # A question from staff is an answer to the initiator: no reminder, no escalation.
        close(session, initiative.id, AWAITING_STAFF_KINDS, answered=True, now=now)
        return
    if kind == EventKind.STATUS_CHANGED and event.to_status:
        target = Status(event.to_status)
        if by_staff:
            close(session, initiative.id, AWAITING_STAFF_KINDS, answered=True, now=now)
        if target in CLOSED_STATUSES or target == Status.PAUSED:
            close(session, initiative.id, now=now)
        elif event.from_status == Status.PAUSED:
            # Resumed: ask again about the next step, and restart the clock for a first answer.
            close(session, initiative.id, NEXT_STEP_KINDS, now=now)
            schedule_next_step(session, initiative, now, status=target, rules=rules)
            if target == Status.SUBMITTED and initiative.staff_id is not None:
                schedule_staff_clock(session, initiative, initiative.staff_id, now, rules)
        return
    if kind == EventKind.NEXT_STEP_SET:
        if by_staff:
            close(session, initiative.id, AWAITING_STAFF_KINDS, answered=True, now=now)
        close(session, initiative.id, NEXT_STEP_KINDS, answered=True, now=now)
        schedule_next_step(session, initiative, now, rules=rules)


def next_checkin(session: Session, initiative_id: int, person_id: int) -> datetime | None:
    """When this person will next be asked about this initiative (aware UTC), if planned."""
    return session.scalar(
        select(CheckIn.due_at)
        .where(
            CheckIn.initiative_id == initiative_id,
            CheckIn.person_id == person_id,
            CheckIn.state.in_(DUE_STATES),
        )
        .order_by(CheckIn.due_at)
        .limit(1)
    )


# -- answering a check-in ---------------------------------------------------------------------


# Asked on many turns, so built once (see storage.repositories).
_LATEST_SENT_NEXT_STEP = (
    select(CheckIn)
    .where(
        CheckIn.person_id == bindparam("person_id"),
        CheckIn.kind == CheckinKind.INITIATOR_NEXT_STEP.value,
        CheckIn.state == CheckinState.SENT.value,
        CheckIn.sent_at >= bindparam("since"),
    )
    .order_by(CheckIn.sent_at.desc(), CheckIn.id.desc())
    .limit(1)
)
_LAST_OUTBOX_MESSAGE = (
    select(OutboxMessage)
    .where(OutboxMessage.person_id == bindparam("person_id"))
    .order_by(OutboxMessage.id.desc())
    .limit(1)
)


class CheckinDesk:
    """The person's side of a check-in: buttons, the date or text they ask for, free text."""

    def __init__(
        self, session: Session, *, now: datetime | None = None, rules: Rules | None = None
    ) -> None:
        self.session = session
        self.now = now or _utcnow()
        self.rules = rules or current_rules()

    # -- entry points -------------------------------------------------------------------

    def on_choice(
        self, person: Person, staff: StaffMember | None, state: dict[str, Any], value: str
    ) -> list[Reply]:
        """A check-in button: "checkin:<action>:<check-in id>"."""
        lang = state.get("lang", "da")
        action, _, raw_id = value.removeprefix(CHECKIN_PREFIX).partition(":")
        if action == "cancel":
            state.pop("checkin_pending", None)
            return [Reply(t("staff.cancelled", lang))]
        checkin = self._mine(person, staff, raw_id)
        if checkin is None:
            return [Reply(t("stale_button", lang))]
        initiative = self.session.get(Initiative, checkin.initiative_id)
        assert initiative is not None
        if Status(initiative.status) in CLOSED_STATUSES:
            state.pop("checkin_pending", None)
            return [Reply(t("checkin.closed", lang, title=initiative.title))]
        if checkin.person_id is None and action in ("done", "more_time", "help", "pause"):
            # These belong to the initiator's own next step; staff have their own buttons.
            return [Reply(t("stale_button", lang))]
        if action == "no_date":
            return self._no_date(person, checkin, initiative, state, lang)
        if checkin.state in (CheckinState.ANSWERED, CheckinState.CANCELLED) and action != "stop":
            return [Reply(t("checkin.already_answered", lang))]
        if action in ("snooze_day", "snooze_week"):
            return self._snooze(checkin, initiative, action, None, lang)
        if action == "stop":
            return self._stop(checkin, initiative, lang)
        if action in ("done", "more_time", "snooze_date"):
            if action != "snooze_date":
                self._answered(checkin, initiative, action, None)
            state["checkin_pending"] = {"action": action, "checkin": checkin.id}
            return [
                Reply(
                    t(f"checkin.{action}_prompt", lang),
                    choices=(Choice(t("button.cancel_action", lang), f"{CHECKIN_PREFIX}cancel:-"),),
                )
            ]
        if action == "help":
            return self._help(checkin, initiative, lang)
        if action == "pause":
            return self._pause(checkin, initiative, lang)
        return [Reply(t("stale_button", lang))]

    def on_text(
        self, person: Person, staff: StaffMember | None, state: dict[str, Any], text: str
    ) -> list[Reply] | None:
        """The date or next step a button asked for, or a free-text answer to a check-in
        that was just sent; None when the text is not about a check-in."""
        lang = state.get("lang", "da")
        pending = state.get("checkin_pending")
        if pending:
            checkin = self._mine(person, staff, str(pending.get("checkin", "")))
            initiative = self.session.get(Initiative, checkin.initiative_id) if checkin else None
            if checkin is None or initiative is None:
                state.pop("checkin_pending", None)
                return [Reply(t("stale_button", lang))]
            return self._pending_text(person, checkin, initiative, state, pending, text, lang)
        if staff is not None or not idle(state):
            return None
        checkin = self._awaiting_answer(person)
        if checkin is None:
            return None
        initiative = self.session.get(Initiative, checkin.initiative_id)
        assert initiative is not None
        self._answered(checkin, initiative, "text", text)
        return self._next_step_from_text(person, checkin, initiative, state, text, lang)

    # -- what each answer does ---------------------------------------------------------

    def _pending_text(
        self,
        person: Person,
        checkin: CheckIn,
        initiative: Initiative,
        state: dict[str, Any],
        pending: dict[str, Any],
        text: str,
        lang: str,
    ) -> list[Reply]:
        action = pending.get("action")
        if action == "done":
            state.pop("checkin_pending", None)
            return self._next_step_from_text(person, checkin, initiative, state, text, lang)
        if action == "when":
            due = self._later_date(text, lang, checkin)
            if due is None:
                return [
                    Reply(t("checkin.no_date", lang), choices=self._no_date_button(checkin, lang))
                ]
            state.pop("checkin_pending", None)
            return self._set_step(person, initiative, pending.get("step", text), due, lang)
        due = self._later_date(text, lang, checkin)
        if due is None:
            return [Reply(t("checkin.no_date", lang))]
        state.pop("checkin_pending", None)
        if action == "snooze_date":
            return self._snooze(checkin, initiative, action, due, lang)
        # more_time: the same step, a new date.
        step = initiative.next_step or text
        return self._set_step(person, initiative, step, due, lang, moved=True)

    def _next_step_from_text(
        self,
        person: Person,
        checkin: CheckIn,
        initiative: Initiative,
        state: dict[str, Any],
        text: str,
        lang: str,
    ) -> list[Reply]:
        due = self._later_date(text, lang, checkin)
        if due is None:
            state["checkin_pending"] = {"action": "when", "checkin": checkin.id, "step": text}
            return [Reply(t("checkin.ask_when", lang), choices=self._no_date_button(checkin, lang))]
        return self._set_step(person, initiative, text, due, lang)

    def _no_date(
        self,
        person: Person,
        checkin: CheckIn,
        initiative: Initiative,
        state: dict[str, Any],
        lang: str,
    ) -> list[Reply]:
        pending = state.get("checkin_pending") or {}
        if pending.get("action") != "when" or pending.get("checkin") != checkin.id:
            return [Reply(t("stale_button", lang))]
        state.pop("checkin_pending", None)
        return self._set_step(person, initiative, pending.get("step", ""), None, lang)

    def _set_step(
        self,
        person: Person,
        initiative: Initiative,
        step: str,
        due: Any,
        lang: str,
        *,
        moved: bool = False,
    ) -> list[Reply]:
        from bot.services.initiatives import InitiativeService

        step = step.strip() or (initiative.next_step or "")
        if not step:
            return [Reply(t("stale_button", lang))]
        service = InitiativeService(self.session)
        # The initiator stays the owner of the step they describe (principle 6).
        service.set_next_step(
            initiative,
            step,
            due,
            NextStepOwner.INITIATOR,
            Actor(Role.INITIATOR, person.id),
            now=self.now,
        )
        due_text = (
            t("due_phrase", STAFF_LANGUAGE, date=format_day(due, STAFF_LANGUAGE)) if due else ""
        )
        self._tell_staff(initiative, "staff.notify_next_step", step=step, due=due_text)
        if due is None:
            return [Reply(t("checkin.next_set_no_date", lang, step=step))]
        if moved:
            return [Reply(t("checkin.new_date", lang, date=format_day(due, lang)))]
        return [Reply(t("checkin.next_set", lang, step=step, date=format_day(due, lang)))]

    def _help(self, checkin: CheckIn, initiative: Initiative, lang: str) -> list[Reply]:
        self._answered(checkin, initiative, "help", None)
        if initiative.staff is None:
            return [Reply(t("checkin.help_no_staff", lang))]
        self._tell_staff(
            initiative,
            "checkin.staff_help",
            title=initiative.title,
            step=initiative.next_step or "-",
        )
        return [
            Reply(t("checkin.help_sent", lang, staff=initiative.staff.name, title=initiative.title))
        ]

    def _pause(self, checkin: CheckIn, initiative: Initiative, lang: str) -> list[Reply]:
        from bot.services.initiatives import InitiativeService

        assert checkin.person_id is not None
        self._answered(checkin, initiative, "pause", None)
        try:
            InitiativeService(self.session).change_status(
                initiative, Status.PAUSED, Actor(Role.INITIATOR, checkin.person_id), now=self.now
            )
        except IllegalTransition:
            return [Reply(t("own.not_now", lang, status=t(f"status.{initiative.status}", lang)))]
        self._tell_staff(
            initiative, "staff.notify_status", status=t("status.paused", STAFF_LANGUAGE)
        )
        return [Reply(t("checkin.paused", lang, title=initiative.title))]

    def _snooze(
        self, checkin: CheckIn, initiative: Initiative, action: str, day: Any, lang: str
    ) -> list[Reply]:
        zone = self._zone(checkin)
        if action == "snooze_day":
            due = self.rules.next_morning(self.now, zone)
        elif action == "snooze_week":
            due = self.rules.on_day(self.rules.local_day(self.now, zone) + timedelta(days=7), zone)
        else:
            due = self.rules.on_day(day, zone)
            if due <= self.now:
                due = self.rules.next_morning(self.now, zone)
        # The snoozed question replaces its own follow-up: it is asked again, once.
        self._close_siblings(checkin, answered=False)
        checkin.state = CheckinState.SNOOZED.value
        checkin.due_at = due
        local = due.astimezone(zone).date()
        return [Reply(t("checkin.snoozed", lang, date=format_day(local, lang)))]

    def _stop(self, checkin: CheckIn, initiative: Initiative, lang: str) -> list[Reply]:
        from bot.services.initiatives import InitiativeService

        self._close_siblings(checkin, answered=False)
        checkin.state = CheckinState.CANCELLED.value
        close(
            self.session,
            initiative.id,
            person_id=checkin.person_id,
            staff_id=checkin.staff_id,
            now=self.now,
        )
        actor = (
            Actor(Role.INITIATOR, checkin.person_id)
            if checkin.person_id is not None
            else Actor(Role.STAFF, checkin.staff_id)
        )
        InitiativeService(self.session).record(
            initiative,
            EventKind.CHECKIN_ANSWERED,
            actor,
            data={
                "action": "stop",
                "checkin_id": checkin.id,
                "person_id": checkin.person_id,
                "staff_id": checkin.staff_id,
            },
            at=self.now,
        )
        return [Reply(t("checkin.stopped", lang, title=initiative.title))]

    # -- helpers --------------------------------------------------------------------------

    def _answered(
        self, checkin: CheckIn, initiative: Initiative, action: str, text: str | None
    ) -> None:
        """Mark this check-in (and its follow-up) answered and put the answer on the timeline."""
        from bot.services.initiatives import InitiativeService

        if checkin.state in (CheckinState.ANSWERED, CheckinState.CANCELLED):
            return
        self._close_siblings(checkin, answered=True)
        checkin.state = CheckinState.ANSWERED.value
        checkin.answered_at = self.now
        actor = (
            Actor(Role.INITIATOR, checkin.person_id)
            if checkin.person_id is not None
            else Actor(Role.STAFF, checkin.staff_id)
        )
        InitiativeService(self.session).record(
            initiative,
            EventKind.CHECKIN_ANSWERED,
            actor,
            text=text,
            data={"action": action, "checkin_id": checkin.id},
            at=self.now,
        )

    def _close_siblings(self, checkin: CheckIn, *, answered: bool) -> None:
        """The other rows of the same question to the same recipient (original, follow-up)."""
        rows = self.session.scalars(
            select(CheckIn).where(
                CheckIn.initiative_id == checkin.initiative_id,
                CheckIn.kind == checkin.kind,
                CheckIn.id != checkin.id,
                CheckIn.person_id == checkin.person_id
                if checkin.person_id is not None
                else CheckIn.staff_id == checkin.staff_id,
                CheckIn.state.in_([*DUE_STATES, CheckinState.SENT.value]),
            )
        )
        for row in rows:
            if row.state == CheckinState.SENT and answered:
                row.state = CheckinState.ANSWERED.value
                row.answered_at = self.now
            elif row.state != CheckinState.SENT:
                row.state = CheckinState.CANCELLED.value

    def _mine(self, person: Person, staff: StaffMember | None, raw_id: str) -> CheckIn | None:
        if not raw_id.isdigit():
            return None
        checkin = self.session.get(CheckIn, int(raw_id))
        if checkin is None:
            return None
        if checkin.person_id is not None and checkin.person_id == person.id:
            return checkin
        if staff is not None and checkin.staff_id == staff.id:
            return checkin
        return None

    def _awaiting_answer(self, person: Person) -> CheckIn | None:
        """The initiator's check-in still waiting for an answer, if it is the last thing the
        bot said to them, so an unrelated message is not mistaken for an answer."""
        checkin = self.session.scalar(
            _LATEST_SENT_NEXT_STEP,
            {"person_id": person.id, "since": self.now - FREE_TEXT_WINDOW},
        )
        if checkin is None:
            return None
        last = self.session.scalar(_LAST_OUTBOX_MESSAGE, {"person_id": person.id})
        if last is None or last.kind != OUTBOX_KIND:
            return None
        if checkin.id not in (last.payload or {}).get("checkin_ids", []):
            return None
        return checkin

    def _tell_staff(self, initiative: Initiative, key: str, **params: Any) -> None:
        if initiative.staff_id is None:
            return
        enqueue(
            self.session,
            [Reply(t(key, STAFF_LANGUAGE, reference=initiative.reference, **params))],
            kind=key,
            staff_id=initiative.staff_id,
            initiative_id=initiative.id,
        )

    def _zone(self, checkin: CheckIn) -> ZoneInfo:
        if checkin.person_id is not None:
            return person_zone(self.session, checkin.person_id, self.rules)
        return staff_zone(self.session, checkin.staff_id, self.rules)

    def _today(self, checkin: CheckIn) -> Any:
        return self.rules.local_day(self.now, self._zone(checkin))

    def _later_date(self, text: str, lang: str, checkin: CheckIn) -> date | None:
        """A date after today in the text; words like "nu" read as today do not count, as
        a step or a question due today is no date to come back on."""
        today = self._today(checkin)
        found = find_date(text, lang, today)
        return found if found is not None and found > today else None

    def _no_date_button(self, checkin: CheckIn, lang: str) -> tuple[Choice, ...]:
        return (checkin_button("no_date", "no_date", checkin.id, lang),)


def idle(state: dict[str, Any]) -> bool:
    """Not in the middle of telling a new idea or of another action."""
    busy = ("staff_pending", "own_pending", "relay")
    return (
        state.get("phase") in ("new", "listening")
        and not state.get("fields")
        and not any(state.get(key) for key in busy)
    )
