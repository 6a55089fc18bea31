"""Fixtures for check-in tests: catalogue texts, staff, an initiator, a dispatcher and a clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.scheduling.dispatcher import CheckinDispatcher
from bot.scheduling.rules import Rules
from bot.services import checkins
from storage.db import Database
from storage.repositories import PersonRepository, StaffRecord, StaffRepository

CPH = ZoneInfo("Europe/Copenhagen")


def local(text: str, zone: ZoneInfo = CPH) -> datetime:
    """A local wall-clock time (ISO, no zone) as aware UTC."""
    return datetime.fromisoformat(text).replace(tzinfo=zone).astimezone(UTC)


@pytest.fixture(autouse=True)
def default_rules() -> Iterator[None]:
    """Each test reads the check-in settings afresh (and none leak into the next)."""
    checkins.current_rules.cache_clear()
    yield
    checkins.current_rules.cache_clear()


@pytest.fixture
def rules() -> Rules:
    """The default rules: Copenhagen, quiet 20-08, send at 09:00, digest Monday 08:00."""
    return checkins.current_rules()


@pytest.fixture
def dispatcher(database: Database, rules: Rules) -> CheckinDispatcher:
    """A check-in dispatcher with a small batch, so batching is exercised too."""
    return CheckinDispatcher(database, rules, batch_size=50)


@pytest.fixture
def staff(database: Database) -> dict[str, int]:
    """Lise (Natur), her lead Per, Ole (Kultur) and an admin: name -> staff id."""
    with database.session() as session:
        repository = StaffRepository(session)
        repository.upsert(
            [
                StaffRecord(
                    "Lise Holm", "lise@gentofte.dk", team="Natur", categories=["nature", "children"]
                ),
                StaffRecord("Per Dam", "per@gentofte.dk", team="Natur", role="lead"),
                StaffRecord("Ole Berg", "ole@gentofte.dk", team="Kultur", categories=["culture"]),
                StaffRecord("Ada Admin", "ada@gentofte.dk", role="admin", away=True),
            ]
        )
        return {member.name.split()[0]: member.id for member in repository.list()}


def make_person(
    database: Database, user: str, *, timezone: str | None = None, language: str = "da"
) -> int:
    """A person on the console channel with a push address on Slack."""
    with database.session() as session:
        people = PersonRepository(session)
        person, _ = people.get_or_create("console", user, language=language)
        person.timezone = timezone
        people.set_address(person, "slack", {"channel": f"D{user}"})
        session.flush()
        return person.id
