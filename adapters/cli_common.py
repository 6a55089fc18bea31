"""What every `samskab` command shares: the database option, operator errors, languages."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from bot.config import get_settings
from storage.db import Database

DatabaseOption = Annotated[
    str | None,
    typer.Option("--database", help="Database URL (default: SAMSKAB_DATABASE_URL or samskab.db)."),
]


class CliError(Exception):
    """A problem the operator caused or can fix, shown as one line."""


def open_database(url: str | None, *, migrate: bool = False) -> Database:
    """The configured database, reachable, and migrated when asked."""
    database = Database(url or get_settings().database_url)
    if migrate:
        database.ensure_schema()
    else:
        database.check_reachable()
        if not database.has_schema():
            raise CliError("The database has no schema yet: run `samskab db upgrade` first.")
    return database


class Language(StrEnum):
    """Languages the bot speaks."""

    da = "da"
    en = "en"
