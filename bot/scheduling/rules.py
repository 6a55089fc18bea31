"""Check-in rules, pure: kinds and states, due times, working days, quiet hours, time zones.

Nothing here reads the clock or the database; every function is given `now` or a date, so
the whole schedule can be tested by handing in moments.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.config import Settings
from bot.domain.calendar import add_working_days, is_working_day
from bot.scheduling.config import CheckinSettings, in_quiet_hours

log = logging.getLogger(__name__)


class CheckinKind(StrEnum):
    """Why a check-in is sent, and so to whom and with which buttons."""

    STAFF_REMINDER = "staff_reminder"
    STAFF_ESCALATION = "staff_escalation"
    STAFF_NEXT_STEP = "staff_next_step"
    INITIATOR_NEXT_STEP = "initiator_next_step"
    INITIATOR_NO_ANSWER = "initiator_no_answer"


class CheckinState(StrEnum):
    """Where one check-in row stands."""

    PENDING = "pending"
    SNOOZED = "snoozed"
    SENT = "sent"
    ANSWERED = "answered"
    CANCELLED = "cancelled"
    FAILED = "failed"


# Rows the dispatcher sends when their time has come.
DUE_STATES = (CheckinState.PENDING.value, CheckinState.SNOOZED.value)
# Kinds that ask a question: these get one gentle follow-up when nobody answers.
ASKING_KINDS = frozenset({CheckinKind.INITIATOR_NEXT_STEP, CheckinKind.STAFF_NEXT_STEP})
STAFF_KINDS = frozenset(
    {CheckinKind.STAFF_REMINDER, CheckinKind.STAFF_ESCALATION, CheckinKind.STAFF_NEXT_STEP}
)
NEXT_STEP_KINDS = frozenset({CheckinKind.INITIATOR_NEXT_STEP, CheckinKind.STAFF_NEXT_STEP})
# Kinds that wait for a first answer from staff; any staff action makes them moot.
AWAITING_STAFF_KINDS = frozenset(
    {CheckinKind.STAFF_REMINDER, CheckinKind.STAFF_ESCALATION, CheckinKind.INITIATOR_NO_ANSWER}
)


@lru_cache(maxsize=256)
def zone_named(name: str | None, fallback: str) -> ZoneInfo:
    """The time zone called `name`; the fallback when it is unknown or not given."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            # A platform may hand us a zone name the tz database does not know.
            log.warning("unknown time zone %r, using %s", name, fallback)
    return ZoneInfo(fallback)


@dataclass(frozen=True)
class Rules:
    """The check-in calendar: working days, quiet hours, send and digest times."""

    default_zone: str = "Europe/Copenhagen"
    quiet_start: time = time(20, 0)
    quiet_end: time = time(8, 0)
    send_time: time = time(9, 0)
    digest_weekday: int = 0
    digest_time: time = time(8, 0)
    reminder_working_days: int = 2
    escalation_working_days: int = 5
    follow_up_working_days: int = 3

    @classmethod
    def from_settings(cls, checkins: CheckinSettings, settings: Settings) -> Rules:
        """The rules as configured."""
        return cls(
            default_zone=checkins.zone_name(settings),
            quiet_start=checkins.quiet_start,
            quiet_end=checkins.quiet_end,
            send_time=checkins.send_time,
            digest_weekday=checkins.digest_weekday,
            digest_time=checkins.digest_time,
            reminder_working_days=checkins.reminder_working_days,
            escalation_working_days=checkins.escalation_days(settings),
            follow_up_working_days=checkins.follow_up_working_days,
        )

    def zone(self, name: str | None = None) -> ZoneInfo:
        """The person's own time zone where known, else the default."""
        return zone_named(name, self.default_zone)

    def local_day(self, moment: datetime, zone: ZoneInfo) -> date:
        """The calendar day `moment` falls on where the person is."""
        return moment.astimezone(zone).date()

    def may_send(self, moment: datetime, zone: ZoneInfo) -> bool:
        """True on a working day outside quiet hours, in the person's time zone."""
        local = moment.astimezone(zone)
        return is_working_day(local.date()) and not in_quiet_hours(
            local.time(), self.quiet_start, self.quiet_end
        )

    def on_day(self, day: date, zone: ZoneInfo) -> datetime:
        """The send time on `day` (or the next working day after it), in UTC."""
        while not is_working_day(day):
            day += timedelta(days=1)
        return datetime.combine(day, self.send_time, tzinfo=zone).astimezone(UTC)

    def next_slot(self, moment: datetime, zone: ZoneInfo) -> datetime:
        """The first moment at or after `moment` when a message may go out.

        A check-in that falls due in the evening, at night or on a day off waits for the
        send time of the next working morning instead of waking anybody.
        """
        if self.may_send(moment, zone):
            return moment
        local = moment.astimezone(zone)
        # Before the quiet hours end it is still "tonight": this morning is the next one.
        early = in_quiet_hours(local.time(), self.quiet_start, self.quiet_end) and (
            local.time() < self.quiet_end
        )
        day = local.date() if early else local.date() + timedelta(days=1)
        slot = self.on_day(day, zone)
        return slot if slot > moment else self.on_day(day + timedelta(days=1), zone)

    def next_morning(self, moment: datetime, zone: ZoneInfo) -> datetime:
        """The send time on the working day after `moment`'s local day."""
        return self.on_day(self.local_day(moment, zone) + timedelta(days=1), zone)

    def after_working_days(self, moment: datetime, days: int, zone: ZoneInfo) -> datetime:
        """The send time `days` working days after `moment`'s local day."""
        return self.on_day(add_working_days(self.local_day(moment, zone), days), zone)

    def working_days_later(self, moment: datetime, days: int, zone: ZoneInfo) -> datetime:
        """The same local time of day `days` working days later, moved out of quiet hours."""
        local = moment.astimezone(zone)
        day = add_working_days(local.date(), days)
        target = datetime.combine(day, local.time(), tzinfo=zone).astimezone(UTC)
        return self.next_slot(target, zone)

    def after_due_date(self, due: date, zone: ZoneInfo) -> datetime:
        """The send time on the first working day after a promised date has passed."""
        return self.on_day(add_working_days(due, 1), zone)

    def digest_moment(self, moment: datetime, zone: ZoneInfo) -> datetime | None:
        """When this ISO week's digest is due: the digest weekday (or the first working day
        after it in the same week) at the digest time; None if the week has no such day."""
        local = moment.astimezone(zone).date()
        day = local - timedelta(days=local.weekday() - self.digest_weekday)
        while not is_working_day(day):
            day += timedelta(days=1)
            if day.isocalendar()[:2] != local.isocalendar()[:2]:
                return None
        return datetime.combine(day, self.digest_time, tzinfo=zone).astimezone(UTC)

    def week_key(self, moment: datetime, zone: ZoneInfo) -> str:
        """The ISO week `moment` falls in, like 2027-W01."""
        year, week, _ = moment.astimezone(zone).isocalendar()
        return f"{year}-W{week:02d}"


def parse_moment(text: str, zone: ZoneInfo) -> datetime:
    """An ISO date-time from an operator; a time without zone is read in `zone`."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC)
