"""The momentum report's numbers on a seeded data set whose every answer is worked out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.domain.lifecycle import NextStepOwner, Role, Status
from bot.domain.timeline import Actor, EventKind
from bot.services.initiatives import InitiativeService
from bot.services.report import OverdueGroup, build_report, report_to_dict
from storage.db import Database
from storage.models import Initiative
from storage.repositories import PersonRepository, StaffRecord, StaffRepository

SINCE = date(2026, 2, 1)
UNTIL = date(2026, 2, 28)
TODAY = date(2026, 3, 10)
SCRIPT_TITLE = "<script>alert('x')</script> Petanquebane i Ordrup"


def at(month: int, day: int, hour: int = 8, minute: int = 0) -> datetime:
    """A fixed instant in 2026, in UTC."""
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def seed_momentum(database: Database) -> None:
    """Thirteen initiatives in and around February 2026; the expected numbers are in the tests.

    Copenhagen is UTC+1 in February, so 23:30 UTC is already the next local day: L (31 Jan
    23:30 UTC) falls inside the period and K (28 Feb 23:30 UTC) outside it.
    """
    with database.session() as session:
        StaffRepository(session).upsert(
            [
                StaffRecord(name="Mette Lund", email="mette@gentofte.dk", team="Kultur"),
                StaffRecord(name="Jonas Berg", email="jonas@gentofte.dk", team="Kultur"),
                StaffRecord(name="Sofie Holm", email="sofie@gentofte.dk", team="Natur & Miljø"),
                StaffRecord(name="Peter Hansen", email="peter@gentofte.dk"),
            ]
        )
        staff = StaffRepository(session)
        ids = {
            key: member.id
            for key in ("mette", "jonas", "sofie", "peter")
            if (member := staff.by_email(f"{key}@gentofte.dk")) is not None
        }
        person, _ = PersonRepository(session).get_or_create("console", "anna")
        service = InitiativeService(session)
        initiator = Actor(Role.INITIATOR, person.id)

        def submit(
            what: str, now: datetime, category: str, area: str | None, owner: str | None
        ) -> Initiative:
            initiative = service.submit(person, {"what": what}, language="da", now=now)
            # What routing would have done; a system event must not count as a staff answer.
            initiative.category = category
            initiative.area = area
            initiative.staff_id = ids[owner] if owner else None
            service.record(initiative, EventKind.ASSIGNED, Actor.system(), at=now)
            return initiative

        def staff_actor(owner: str) -> Actor:
            return Actor(Role.STAFF, ids[owner])

        def step(
            initiative: Initiative, due: date, actor: Actor, now: datetime, *, by: NextStepOwner
        ) -> None:
            service.set_next_step(initiative, "Møde om næste skridt", due, by, actor, now=now)

        municipality = NextStepOwner.MUNICIPALITY

        # A: answered after 4 hours (status change), a later staff event too; next step later.
        a = submit("Koncert i Hellerup", at(2, 2), "culture", "Hellerup", "mette")
        service.change_status(a, Status.IN_DIALOGUE, staff_actor("mette"), now=at(2, 2, 12))
        step(a, date(2026, 3, 20), staff_actor("mette"), at(2, 3), by=municipality)

        # B: answered after 24 hours; its next step (1 March) has passed: overdue.
        b = submit("Læsekreds for naboer", at(2, 3), "culture", "Hellerup", "jonas")
        service.change_status(b, Status.IN_DIALOGUE, staff_actor("jonas"), now=at(2, 4))
        step(b, date(2026, 3, 1), staff_actor("jonas"), at(2, 4, 9), by=municipality)

        # C: declined after 48 hours.
        c = submit("Blomstereng ved stranden", at(2, 9), "nature", "Ordrup", "sofie")
        service.change_status(
            c,
            Status.DECLINED,
            staff_actor("sofie"),
            reason="Arealet er fredet",
            pointer="Spørg Naturstyrelsen",
            now=at(2, 11),
        )

        # D: never answered; promised answer 17 February: overdue (unanswered).
        submit("Insekthotel i parken", at(2, 10), "nature", None, "sofie")

        # E: unassigned and never answered; promised 23 February: overdue (unanswered).
        submit(SCRIPT_TITLE, at(2, 16), "sport", "Ordrup", None)

        # F: still submitted, but a staff member answered with a next step after 120 hours.
        f = submit("Kor for alle på biblioteket", at(2, 20), "culture", "Hellerup", "mette")
        step(f, date(2026, 3, 30), staff_actor("mette"), at(2, 25), by=municipality)

        # G: withdrawn by the initiator before any answer: closed, not overdue.
        g = submit("Loppemarked på torvet", at(2, 24), "other", None, "mette")
        service.change_status(g, Status.WITHDRAWN, initiator, now=at(2, 25))

        # J: answered after 2 hours, then paused with a passed next step: not overdue.
        j = submit("Padelbane ved skolen", at(2, 5), "sport", "Gentofte", "sofie")
        service.change_status(j, Status.IN_DIALOGUE, staff_actor("sofie"), now=at(2, 5, 10))
        step(j, date(2026, 2, 20), staff_actor("sofie"), at(2, 5, 11), by=municipality)
        service.change_status(j, Status.PAUSED, initiator, now=at(2, 6))

        # L: 1 February local time; answered after 30 hours; open without a next step.
        late_night = at(1, 31, 23, 30)
        ell = submit(
            "Sikker skolevej på Bernstorffsvej", late_night, "traffic", "Gentofte", "jonas"
        )
        service.change_status(ell, Status.IN_DIALOGUE, staff_actor("jonas"), now=at(2, 2, 5, 30))

        # H: received in January (outside the period); next step passed 5 March: overdue.
        h = submit("Fællesspisning i kulturhuset", at(1, 20), "culture", "Hellerup", "mette")
        service.change_status(h, Status.IN_DIALOGUE, staff_actor("mette"), now=at(1, 21))
        service.change_status(h, Status.IN_PROGRESS, staff_actor("mette"), now=at(1, 22))
        step(h, date(2026, 3, 5), staff_actor("mette"), at(1, 22), by=municipality)

        # I: received 2 March (outside); unassigned, promised 9 March: overdue (unanswered).
        submit("Skaterampe ved hallen", at(3, 2), "sport", None, None)

        # K: 1 March local time (outside); promised 6 March and the initiator's own next step
        # of 2 March has passed: overdue for both reasons, counted once.
        k = submit("Legeplads i Ordrup", at(2, 28, 23, 30), "children", "Ordrup", "sofie")
        step(k, date(2026, 3, 2), initiator, at(3, 1), by=NextStepOwner.INITIATOR)

        # N: received in January by a staff member without a team, never answered: overdue.
        submit("Byttecentral i kælderen", at(1, 12), "social", None, "peter")

        # M: received 3 March, promised answer 10 March, which is today: not overdue yet.
        submit("Bænke langs stranden", at(3, 3), "nature", None, "mette")


def test_received_counts_by_status_category_and_area(database: Database) -> None:
    seed_momentum(database)
    with database.session() as session:
        report = build_report(session, SINCE, UNTIL, TODAY)
    assert report.received == 9
    assert report.by_status == {
        "submitted": 3,
        "in_dialogue": 3,
        "agreed": 0,
        "in_progress": 0,
        "realised": 0,
        "declined": 1,
        "paused": 1,
        "withdrawn": 1,
    }
    assert [(g.name, g.count) for g in report.by_category] == [
        ("culture", 3),
        ("nature", 2),
        ("sport", 2),
        ("other", 1),
        ("traffic", 1),
    ]
    assert [(g.name, g.count) for g in report.by_area] == [
        ("Hellerup", 3),
        ("Gentofte", 2),
        ("Ordrup", 2),
        (None, 2),
    ]


def test_time_to_first_staff_answer(database: Database) -> None:
    seed_momentum(database)
    with database.session() as session:
        report = build_report(session, SINCE, UNTIL, TODAY)
    # Answers after 2, 4, 24, 30, 48 and 120 hours; D, E and G have none.
    assert report.answered == 6
    assert report.unanswered == 3
    assert report.first_answer_median_hours == 27.0
    # rank 0.9 * 5 = 4.5: halfway between 48 and 120
    assert report.first_answer_p90_hours == 84.0


def test_share_with_a_dated_next_step(database: Database) -> None:
    seed_momentum(database)
    with database.session() as session:
        report = build_report(session, SINCE, UNTIL, TODAY)
    # Open: A, B, D, E, F, L (J is paused); dated: A, B, F.
    assert (report.open_received, report.open_with_dated_next_step) == (6, 3)
    assert report.dated_next_step_share == 0.5


def test_overdue_by_team_and_staff(database: Database) -> None:
    seed_momentum(database)
    with database.session() as session:
        report = build_report(session, SINCE, UNTIL, TODAY)
    assert report.overdue_total == 7
    assert report.overdue_by_team == [
        OverdueGroup("Kultur", 2, unanswered=0, next_step_late=2),
        OverdueGroup("Natur & Miljø", 2, unanswered=2, next_step_late=1),
        OverdueGroup(None, 2, unanswered=2, next_step_late=0, assigned=False),
        # Peter has no team: his own group, not mixed with the unassigned ones.
        OverdueGroup(None, 1, unanswered=1, next_step_late=0, assigned=True),
    ]
    assert report.overdue_by_staff == [
        OverdueGroup("Sofie Holm", 2, 2, 1, email="sofie@gentofte.dk", team="Natur & Miljø"),
        OverdueGroup(None, 2, 2, 0, assigned=False),
        OverdueGroup("Jonas Berg", 1, 0, 1, email="jonas@gentofte.dk", team="Kultur"),
        OverdueGroup("Mette Lund", 1, 0, 1, email="mette@gentofte.dk", team="Kultur"),
        OverdueGroup("Peter Hansen", 1, 1, 0, email="peter@gentofte.dk", team=None),
    ]
    oldest = [(item.title, item.unanswered, item.next_step_late) for item in report.overdue_oldest]
    assert oldest == [
        ("Byttecentral i kælderen", True, False),  # missed 19 Jan
        ("Insekthotel i parken", True, False),  # 17 Feb
        (SCRIPT_TITLE, True, False),  # 23 Feb
        ("Læsekreds for naboer", False, True),  # 1 Mar
        ("Legeplads i Ordrup", True, True),  # 2 Mar (next step before the answer date)
        ("Fællesspisning i kulturhuset", False, True),  # 5 Mar
        ("Skaterampe ved hallen", True, False),  # 9 Mar
    ]


def test_overdue_moves_with_today(database: Database) -> None:
    seed_momentum(database)
    with database.session() as session:
        report = build_report(session, SINCE, UNTIL, date(2026, 3, 11))
    # A day later M's promised answer date (10 March) has passed too.
    assert report.overdue_total == 8
    assert report.overdue_by_staff[0] == OverdueGroup(
        "Mette Lund", 2, 1, 1, email="mette@gentofte.dk", team="Kultur"
    )


def test_period_days_are_local_days(database: Database) -> None:
    seed_momentum(database)
    with database.session() as session:
        report = build_report(session, SINCE, UNTIL, TODAY, timezone="UTC")
    # In UTC days, L (31 Jan 23:30) falls out and K (28 Feb 23:30) falls in.
    categories = {g.name: g.count for g in report.by_category}
    assert report.received == 9
    assert "traffic" not in categories
    assert categories["children"] == 1


def test_empty_period_has_no_averages(database: Database) -> None:
    seed_momentum(database)
    with database.session() as session:
        report = build_report(session, date(2025, 1, 1), date(2025, 1, 31), TODAY)
    assert report.received == 0
    assert report.first_answer_median_hours is None
    assert report.first_answer_p90_hours is None
    assert report.dated_next_step_share is None
    # Overdue is a snapshot of today, whatever period is asked about.
    assert report.overdue_total == 7


def test_a_period_that_ends_before_it_starts_is_refused(database: Database) -> None:
    with database.session() as session, pytest.raises(ValueError):
        build_report(session, UNTIL, SINCE, TODAY)


def test_report_to_dict_has_stable_keys(database: Database) -> None:
    seed_momentum(database)
    with database.session() as session:
        data = report_to_dict(build_report(session, SINCE, UNTIL, TODAY))
    assert list(data) == [
        "period",
        "today",
        "received",
        "by_status",
        "by_category",
        "by_area",
        "first_answer_hours",
        "dated_next_step",
        "overdue",
    ]
    assert data["period"] == {"since": "2026-02-01", "until": "2026-02-28"}
    assert data["first_answer_hours"] == {
        "median": 27.0,
        "p90": 84.0,
        "answered": 6,
        "unanswered": 3,
    }
    assert data["dated_next_step"] == {"open": 6, "with_date": 3, "share": 0.5}
    assert data["by_area"][-1] == {"name": None, "count": 2}
    assert data["overdue"]["by_team"][2] == {
        "name": None,
        "assigned": False,
        "count": 2,
        "unanswered": 2,
        "next_step_late": 0,
    }
    assert data["overdue"]["oldest"][0]["response_due"] == "2026-01-19"
    assert data["overdue"]["by_staff"][-1]["team"] is None


def test_one_answer_is_its_own_median_and_p90(database: Database) -> None:
    seed_momentum(database)
    with database.session() as session:
        report = build_report(session, date(2026, 2, 2), date(2026, 2, 2), TODAY)
    # Only A (answered after 4 hours) was received on 2 February, Copenhagen time.
    assert (report.received, report.answered) == (1, 1)
    assert (report.first_answer_median_hours, report.first_answer_p90_hours) == (4.0, 4.0)
