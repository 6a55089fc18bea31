"""Working days in Denmark: weekends and Danish public holidays are not working days."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=32)
def _danish_holidays(year: int) -> holidays.HolidayBase:
    # The optional days (Christmas Eve, New Year's Eve, Constitution Day, 1 May) are days
    # the town hall is closed too, so nobody should be expected to answer on them.
    return holidays.country_holidays("DK", years=year, categories=("public", "optional"))


def is_working_day(day: date) -> bool:
    """True on Monday to Friday unless it is a Danish public holiday."""
    return day.weekday() < 5 and day not in _danish_holidays(day.year)


def add_working_days(start: date, days: int) -> date:
    """The date `days` working days after `start` (start itself does not count)."""
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current
