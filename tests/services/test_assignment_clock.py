"""An assignment starts the staff member's clock (reminder, escalation); a new assignment
replaces the clock of whoever had the initiative before, however the initiative was loaded."""

from __future__ import annotations

import pytest

from bot.domain.timeline import Actor, EventKind
from bot.services.initiatives import InitiativeService
from bot.services.routing import route
from storage.db import Database
from storage.models import CheckIn, Initiative, StaffMember
from storage.repositories import (
    InitiativeRepository,
    PersonRepository,
    StaffRecord,
    StaffRepository,
)


def clocks(database: Database) -> list[tuple[str, str, str]]:
    """(staff name, kind, state) of every staff check-in."""
    with database.session() as session:
        rows = session.query(CheckIn, StaffMember).join(
            StaffMember, CheckIn.staff_id == StaffMember.id
        )
        return sorted((member.name, checkin.kind, checkin.state) for checkin, member in rows)


@pytest.mark.parametrize("timeline_loaded", [False, True])
def test_reassigning_cancels_the_old_clock_and_starts_a_new_one(
    database: Database, timeline_loaded: bool
) -> None:
    with database.session() as session:
        StaffRepository(session).upsert(
            [
                StaffRecord(name="Lise", email="lise@gentofte.dk"),
                StaffRecord(name="Omar", email="omar@gentofte.dk", away=True),
            ]
        )
        person, _ = PersonRepository(session).get_or_create("console", "anna")
        initiative = InitiativeService(session).submit(
            person, {"what": "En fælles køkkenhave"}, language="da"
        )
        assert route(session, initiative) is not None
        reference = initiative.reference
    assert clocks(database) == [
        ("Lise", "staff_escalation", "pending"),
        ("Lise", "staff_reminder", "pending"),
    ]

    with database.session() as session:
        if timeline_loaded:
            found = InitiativeRepository(session).by_reference(reference)
        else:
            found = session.query(Initiative).filter_by(reference=reference).one()
        assert found is not None
        omar = StaffRepository(session).by_email("omar@gentofte.dk")
        assert omar is not None
        found.staff_id = omar.id
        InitiativeService(session).record(
            found, EventKind.ASSIGNED, Actor.system(), data={"staff_id": omar.id}
        )
    assert clocks(database) == [
        ("Lise", "staff_escalation", "cancelled"),
        ("Lise", "staff_reminder", "cancelled"),
        ("Omar", "staff_escalation", "pending"),
        ("Omar", "staff_reminder", "pending"),
    ]
