"""Finding a date in a person's words ("3. december", "næste tirsdag", "on 5 January")."""

from __future__ import annotations

from datetime import date, datetime


def find_date(text: str, language: str, today: date) -> date | None:
    """The first date the text names, read as today or later; None when it names none."""
    # dateparser takes a noticeable part of a second to import: load it on first use.
    from dateparser.search import search_dates

    base = datetime(today.year, today.month, today.day)
    found = search_dates(
        text,
        languages=[language, "en" if language == "da" else "da"],
        settings={"PREFER_DATES_FROM": "future", "RELATIVE_BASE": base},
    )
    if not found:
        return None
    for _, moment in found:
        if moment.date() >= today:
            return moment.date()
    return None
