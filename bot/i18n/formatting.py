"""Dates and numbers written the way each language writes them."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

_BABEL_LOCALE = {"da": "da_DK", "en": "en_GB"}


def format_day(day: date, language: str) -> str:
    """A weekday and date: 'mandag den 30. november 2026' / 'Monday 30 November 2026'."""
    return format_date(day, format="full", locale=_BABEL_LOCALE.get(language, "da_DK"))
