"""The pure check-in rules: working days, Danish holidays, quiet hours and time zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from bot.config import Settings
from bot.scheduling.config import CheckinSettings, in_quiet_hours
from bot.scheduling.rules import Rules, parse_moment, zone_named
from tests.scheduling.conftest import CPH, local

RULES = Rules()
NEW_YORK = ZoneInfo("America/New_York")


def cph(moment: datetime | None) -> str:
    assert moment is not None
    return moment.astimezone(CPH).strftime("%a %Y-%m-%d %H:%M")


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        # A working day outside quiet hours: at once.
        ("2027-01-05T13:15", "Tue 2027-01-05 13:15"),
        # Evening: the next working morning at the send time.
        ("2027-01-05T20:00", "Wed 2027-01-06 09:00"),
        ("2027-01-05T23:59", "Wed 2027-01-06 09:00"),
        # Early morning: this morning.
        ("2027-01-06T06:00", "Wed 2027-01-06 09:00"),
        # The quiet hours end at 08:00; between 08:00 and the send time is fine.
        ("2027-01-06T08:00", "Wed 2027-01-06 08:00"),
        # Friday evening and the weekend: Monday.
        ("2027-01-08T21:00", "Mon 2027-01-11 09:00"),
        ("2027-01-09T12:00", "Mon 2027-01-11 09:00"),
        # Christmas Eve, Christmas, Boxing Day, weekend, New Year's Eve and Day are closed.
        ("2026-12-23T20:30", "Mon 2026-12-28 09:00"),
        ("2026-12-30T22:00", "Mon 2027-01-04 09:00"),
        # Easter 2027: Maundy Thursday to Easter Monday.
        ("2027-03-24T20:00", "Tue 2027-03-30 09:00"),
    ],
)
def test_next_slot(moment: str, expected: str) -> None:
    assert cph(RULES.next_slot(local(moment), CPH)) == expected


def test_next_slot_in_the_persons_own_time_zone() -> None:
    # 09:00 in Copenhagen is 03:00 in New York: wait for their morning, 09:00 there.
    slot = RULES.next_slot(local("2027-01-05T09:00"), NEW_YORK)
    assert slot.astimezone(NEW_YORK).strftime("%Y-%m-%d %H:%M") == "2027-01-05 09:00"
    assert cph(slot) == "Tue 2027-01-05 15:00"


def test_due_times() -> None:
    # The send time on a day; a day off moves to the next working day.
    assert cph(RULES.on_day(date(2027, 3, 26), CPH)) == "Tue 2027-03-30 09:00"
    # Two working days later, same time of day, out of quiet hours.
    assert cph(RULES.working_days_later(local("2027-03-04T10:00"), 2, CPH)) == (
        "Mon 2027-03-08 10:00"
    )
    assert cph(RULES.working_days_later(local("2027-03-04T21:30"), 2, CPH)) == (
        "Tue 2027-03-09 09:00"
    )
    assert cph(RULES.after_due_date(date(2027, 3, 11), CPH)) == "Fri 2027-03-12 09:00"
    assert cph(RULES.next_morning(local("2027-01-08T10:00"), CPH)) == "Mon 2027-01-11 09:00"


def test_summer_time_is_respected() -> None:
    # The send time stays 09:00 local on both sides of the switch to summer time.
    assert RULES.on_day(date(2027, 3, 24), CPH).hour == 8  # 09:00 CET = 08:00 UTC
    assert RULES.on_day(date(2027, 3, 31), CPH).hour == 7  # 09:00 CEST = 07:00 UTC


def test_digest_moment_moves_off_a_holiday_monday() -> None:
    assert cph(RULES.digest_moment(local("2027-01-06T12:00"), CPH)) == "Mon 2027-01-04 08:00"
    # Easter Monday 2027 is a holiday: the digest comes on Tuesday.
    assert cph(RULES.digest_moment(local("2027-04-01T12:00"), CPH)) == "Tue 2027-03-30 08:00"
    assert RULES.week_key(local("2027-01-04T08:00"), CPH) == "2027-W01"


def test_quiet_hours_may_span_midnight_or_not() -> None:
    assert in_quiet_hours(time(22), time(20), time(8))
    assert in_quiet_hours(time(7, 59), time(20), time(8))
    assert not in_quiet_hours(time(8), time(20), time(8))
    assert in_quiet_hours(time(13), time(12), time(14))
    assert not in_quiet_hours(time(13), time(13), time(13))


def test_unknown_time_zone_falls_back_to_the_default() -> None:
    assert zone_named("Mars/Olympus_Mons", "Europe/Copenhagen") == CPH
    assert zone_named(None, "Europe/Copenhagen") == CPH


def test_parse_moment_reads_local_time_without_a_zone() -> None:
    assert parse_moment("2027-01-04T09:00", CPH) == datetime(2027, 1, 4, 8, 0, tzinfo=UTC)
    assert parse_moment("2027-01-04T09:00+00:00", CPH) == datetime(2027, 1, 4, 9, tzinfo=UTC)


def test_settings_defaults_and_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    checkins = CheckinSettings(_env_file=None)  # type: ignore[call-arg]
    rules = Rules.from_settings(checkins, settings)
    assert rules.escalation_working_days == settings.response_working_days == 5
    assert rules.reminder_working_days == 2
    assert (rules.quiet_start, rules.quiet_end, rules.send_time) == (time(20), time(8), time(9))
    assert (rules.digest_weekday, rules.digest_time) == (0, time(8))
    assert rules.default_zone == "Europe/Copenhagen"
    monkeypatch.setenv("SAMSKAB_CHECKINS_ESCALATION_WORKING_DAYS", "7")
    monkeypatch.setenv("SAMSKAB_CHECKINS_TIMEZONE", "Europe/London")
    changed = Rules.from_settings(CheckinSettings(_env_file=None), settings)  # type: ignore[call-arg]
    assert (changed.escalation_working_days, changed.default_zone) == (7, "Europe/London")
    with pytest.raises(ValidationError):
        CheckinSettings(send_time=time(21), _env_file=None)  # type: ignore[call-arg]
