"""The dispatcher: each due check-in is sent exactly once, across restarts, catch-ups and
two dispatchers at once (threads, and two real processes)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.scheduling import dispatcher as dispatcher_module
from bot.scheduling.dispatcher import CheckinDispatcher, escalation_target
from bot.scheduling.rules import CheckinKind, Rules
from bot.services.checkins import schedule
from bot.services.outbox import enqueue as real_enqueue
from storage.db import Database
from storage.models import CheckIn, Initiative, OutboxMessage, Person
from tests.scheduling.conftest import CPH, local, make_person

ROOT = Path(__file__).resolve().parents[2]


def make_initiative(
    database: Database,
    person_id: int | None,
    *,
    staff_id: int | None = None,
    status: str = "agreed",
    number: int = 1,
) -> int:
    with database.session() as session:
        initiative = Initiative(
            reference=f"GK-2027-{number:04d}",
            title=f"Idé {number}",
            what="En fælles køkkenhave",
            initiator_id=person_id,
            staff_id=staff_id,
            status=status,
            next_step="Samle underskrifter",
            next_step_due=date(2027, 1, 4),
            next_step_owner="initiator",
            response_due=date(2027, 1, 4),
        )
        session.add(initiative)
        session.flush()
        return initiative.id


def add_checkin(
    database: Database,
    initiative_id: int,
    due: datetime,
    *,
    person_id: int | None = None,
    staff_id: int | None = None,
    kind: CheckinKind = CheckinKind.INITIATOR_NEXT_STEP,
) -> int:
    with database.session() as session:
        initiative = session.get(Initiative, initiative_id)
        assert initiative is not None
        row = schedule(session, initiative, kind, due, person_id=person_id, staff_id=staff_id)
        assert row is not None
        session.flush()
        return row.id


def sent_ids(database: Database) -> Counter[int]:
    """How often each check-in id was put into an outbox message."""
    with database.session() as session:
        counts: Counter[int] = Counter()
        for payload in session.scalars(
            select(OutboxMessage.payload).where(OutboxMessage.kind == "checkin")
        ):
            counts.update(payload.get("checkin_ids", []))
        return counts


def states(database: Database) -> dict[int, str]:
    with database.session() as session:
        return {
            row_id: state for row_id, state in session.execute(select(CheckIn.id, CheckIn.state))
        }


def many(database: Database, people: int, due: datetime, *, per_person: int = 1) -> list[int]:
    """Due check-ins for `people` people, `per_person` initiatives each."""
    ids = []
    number = 0
    for person in range(1, people + 1):
        person_id = make_person(database, f"p{person}")
        for _ in range(per_person):
            number += 1
            initiative_id = make_initiative(database, person_id, number=number)
            ids.append(add_checkin(database, initiative_id, due, person_id=person_id))
    return ids


def assert_sent_exactly_once(database: Database, rules: Rules, ids: list[int]) -> None:
    """Every row in one message, marked sent, with exactly one follow-up planned; and the
    next days bring nothing but those follow-ups."""
    # Two dispatchers may split one person's rows between them; the second half then
    # waits for the next morning (one message a day), and is sent then, once.
    CheckinDispatcher(database, rules).run_due(local("2027-01-05T09:00"))
    assert sent_ids(database) == dict.fromkeys(ids, 1)
    with database.session() as session:
        rows = list(session.scalars(select(CheckIn)))
        per_day = Counter(
            (message.person_id, message.created_at.date())
            for message in session.scalars(select(OutboxMessage))
        )
    assert set(per_day.values()) == {1}
    assert {r.id: r.state for r in rows if r.id in ids} == dict.fromkeys(ids, "sent")
    follow_ups = [r for r in rows if r.follow_ups == 1]
    assert len(follow_ups) == len(ids) and all(r.state == "pending" for r in follow_ups)
    assert CheckinDispatcher(database, rules).run_due(local("2027-01-06T12:00")).sent == 0


def test_sent_once_across_two_dispatcher_instances(
    database: Database, dispatcher: CheckinDispatcher, rules: Rules
) -> None:
    person = make_person(database, "anna")
    checkin = add_checkin(
        database, make_initiative(database, person), local("2027-01-04T09:00"), person_id=person
    )
    first = dispatcher.run_due(local("2027-01-04T09:00"))
    # A restart: a new dispatcher (as in a new process) runs again, and later again.
    second = CheckinDispatcher(database, rules).run_due(local("2027-01-04T09:05"))
    third = CheckinDispatcher(database, rules).run_due(local("2027-01-05T10:00"))
    assert (first.sent, second.sent) == (1, 0)
    # The only thing the third pass may send is the one gentle follow-up (not yet due).
    assert third.sent == 0
    assert sent_ids(database) == {checkin: 1}
    assert states(database)[checkin] == "sent"


def test_a_crash_mid_pass_loses_nothing(
    database: Database, rules: Rules, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = make_person(database, "anna")
    checkin = add_checkin(
        database, make_initiative(database, person), local("2027-01-04T09:00"), person_id=person
    )

    def crash(*args: object, **kwargs: object) -> OutboxMessage:
        raise RuntimeError("the process died here")

    monkeypatch.setattr(dispatcher_module, "enqueue", crash)
    with pytest.raises(RuntimeError):
        CheckinDispatcher(database, rules).run_due(local("2027-01-04T09:00"))
    # The claim rolled back with the message: still pending, nothing queued.
    assert states(database)[checkin] == "pending"
    assert sent_ids(database) == {}
    monkeypatch.setattr(dispatcher_module, "enqueue", real_enqueue)
    assert CheckinDispatcher(database, rules).run_due(local("2027-01-04T09:01")).sent == 1
    assert sent_ids(database) == {checkin: 1}


def test_two_dispatchers_at_once_send_each_checkin_once(
    database_url: str, database: Database, rules: Rules
) -> None:
    ids = many(database, 40, local("2027-01-04T09:00"), per_person=3)
    # Two dispatchers with their own engines (connection pools), as two processes have.
    engines = [Database(database_url), Database(database_url)]
    start = threading.Barrier(2)
    results = []
    errors: list[BaseException] = []

    def run(db: Database) -> None:
        try:
            start.wait()
            results.append(
                CheckinDispatcher(db, rules, batch_size=20).run_due(local("2027-01-04T09:00"))
            )
        except BaseException as exc:  # surfaced below, with the thread's own error
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(db,)) for db in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for db in engines:
        db.dispose()
    assert not errors, errors
    assert sum(r.sent + r.deferred for r in results) == len(ids)
    assert_sent_exactly_once(database, rules, ids)


def test_two_processes_send_each_checkin_once(
    database_url: str, database: Database, rules: Rules
) -> None:
    ids = many(database, 30, local("2027-01-04T09:00"), per_person=2)
    command = [
        sys.executable,
        "-c",
        "from adapters.checkins_cli import checkins_app; checkins_app()",
        "run-due",
        "--now",
        "2027-01-04T09:00",
        "--database",
        database_url,
    ]
    env = {**os.environ, "SAMSKAB_CHECKINS_BATCH_SIZE": "10"}
    processes = [
        subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outputs = [process.communicate(timeout=180) for process in processes]
    assert [p.returncode for p in processes] == [0, 0], outputs
    queued = sum(int(out.split(": ")[1].split(" ")[0]) for out, _ in outputs)
    assert 0 < queued <= len(ids)
    assert_sent_exactly_once(database, rules, ids)


def test_downtime_catch_up_sends_each_once_in_the_morning(
    database: Database, dispatcher: CheckinDispatcher
) -> None:
    anna, bo = make_person(database, "anna"), make_person(database, "bo")
    first = make_initiative(database, anna, number=1)
    second = make_initiative(database, anna, number=2)
    third = make_initiative(database, bo, number=3)
    # Due during a downtime from Friday evening to Monday early morning.
    a1 = add_checkin(database, first, local("2027-01-08T09:00"), person_id=anna)
    a2 = add_checkin(database, second, local("2027-01-08T15:00"), person_id=anna)
    b1 = add_checkin(database, third, local("2027-01-08T09:00"), person_id=bo)
    # Back up on Monday at 06:30: quiet hours, so everything waits for the morning.
    early = dispatcher.run_due(local("2027-01-11T06:30"))
    assert (early.sent, early.deferred) == (0, 3)
    assert sent_ids(database) == {}
    assert dispatcher.run_due(local("2027-01-11T08:30")).sent == 0
    morning = dispatcher.run_due(local("2027-01-11T09:00"))
    # Each overdue check-in once; Anna's two come together in one message, not a flood.
    assert (morning.sent, morning.messages) == (3, 2)
    assert dispatcher.run_due(local("2027-01-11T09:01")).sent == 0
    assert sent_ids(database) == {a1: 1, a2: 1, b1: 1}
    with database.session() as session:
        message = session.scalar(select(OutboxMessage).where(OutboxMessage.person_id == anna))
        assert message is not None and len(message.payload["replies"]) == 2


def test_at_most_one_checkin_a_day_per_person(
    database: Database, dispatcher: CheckinDispatcher
) -> None:
    anna = make_person(database, "anna")
    morning = add_checkin(
        database,
        make_initiative(database, anna, number=1),
        local("2027-01-04T09:00"),
        person_id=anna,
    )
    afternoon = add_checkin(
        database,
        make_initiative(database, anna, number=2),
        local("2027-01-04T14:00"),
        person_id=anna,
    )
    assert dispatcher.run_due(local("2027-01-04T09:00")).sent == 1
    later = dispatcher.run_due(local("2027-01-04T14:00"))
    assert (later.sent, later.deferred) == (0, 1)
    with database.session() as session:
        row = session.get(CheckIn, afternoon)
        assert row is not None and row.state == "pending"
        assert row.due_at == local("2027-01-05T09:00")
    assert dispatcher.run_due(local("2027-01-05T09:00")).sent == 1
    assert sent_ids(database) == {morning: 1, afternoon: 1}


def test_the_persons_own_time_zone(database: Database, dispatcher: CheckinDispatcher) -> None:
    jo = make_person(database, "jo", timezone="America/New_York")
    checkin = add_checkin(
        database, make_initiative(database, jo), local("2027-01-04T09:00"), person_id=jo
    )
    # 09:00 in Copenhagen is 03:00 in New York: wait for 09:00 there (15:00 here).
    assert dispatcher.run_due(local("2027-01-04T09:00")).sent == 0
    assert dispatcher.run_due(local("2027-01-04T14:59")).sent == 0
    assert dispatcher.run_due(local("2027-01-04T15:00")).sent == 1
    assert sent_ids(database) == {checkin: 1}


def test_paused_or_closed_initiatives_are_not_asked(
    database: Database, dispatcher: CheckinDispatcher
) -> None:
    anna = make_person(database, "anna")
    paused = add_checkin(
        database,
        make_initiative(database, anna, status="paused", number=1),
        local("2027-01-04T09:00"),
        person_id=anna,
    )
    closed = add_checkin(
        database,
        make_initiative(database, anna, status="declined", number=2),
        local("2027-01-04T09:00"),
        person_id=anna,
    )
    result = dispatcher.run_due(local("2027-01-04T09:00"))
    assert (result.sent, result.cancelled) == (0, 2)
    assert states(database) == {paused: "cancelled", closed: "cancelled"}


def test_escalation_goes_to_the_team_lead_else_an_admin(
    database: Database, dispatcher: CheckinDispatcher, staff: dict[str, int]
) -> None:
    anna = make_person(database, "anna")
    natur = make_initiative(database, anna, staff_id=staff["Lise"], status="submitted", number=1)
    kultur = make_initiative(database, anna, staff_id=staff["Ole"], status="submitted", number=2)
    with database.session() as session:
        for initiative_id, lead in ((natur, "Per"), (kultur, "Ada")):
            initiative = session.get(Initiative, initiative_id)
            assert initiative is not None
            target = escalation_target(session, initiative)
            assert target is not None and target.name.startswith(lead)
    escalation = add_checkin(
        database,
        natur,
        local("2027-01-04T09:00"),
        staff_id=staff["Lise"],
        kind=CheckinKind.STAFF_ESCALATION,
    )
    assert dispatcher.run_due(local("2027-01-04T09:00")).sent == 1
    with database.session() as session:
        message = session.scalar(select(OutboxMessage).where(OutboxMessage.kind == "checkin"))
        assert message is not None and message.staff_id == staff["Per"]
        row = session.get(CheckIn, escalation)
        # From now on the row names the lead, so the lead's buttons work on it.
        assert row is not None and row.staff_id == staff["Per"]


def test_weekly_digest_once_per_staff_member_per_week(
    database: Database, rules: Rules, staff: dict[str, int]
) -> None:
    anna = make_person(database, "anna")
    make_initiative(database, anna, staff_id=staff["Lise"], number=1)
    make_initiative(database, anna, staff_id=staff["Lise"], status="realised", number=2)
    with database.session() as session:
        overdue = Initiative(
            reference="GK-2027-0003",
            title="Overdue",
            what="x",
            initiator_id=anna,
            staff_id=staff["Lise"],
            status="in_progress",
            next_step="Møde",
            next_step_due=date(2026, 12, 1),
            next_step_owner="municipality",
        )
        session.add(overdue)
    first, second = CheckinDispatcher(database, rules), CheckinDispatcher(database, rules)
    assert first.send_digests(local("2027-01-04T07:59")) == 0  # not yet
    assert first.send_digests(local("2027-01-04T08:00")) == 1
    assert second.send_digests(local("2027-01-04T08:00")) == 0
    assert second.send_digests(local("2027-01-05T10:00")) == 0
    assert second.send_digests(local("2027-01-11T08:00")) == 1  # next week
    with database.session() as session:
        digest = session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "digest").order_by(OutboxMessage.id)
        ).first()
        assert digest is not None and digest.staff_id == staff["Lise"]
        card = digest.payload["replies"][0]["card"]
        labels = [row["label"] for row in card["rows"]]
        assert labels == ["GK-2027-0003 · Overdue", "GK-2027-0001 · Idé 1"]  # overdue first
        assert "over tid" in card["rows"][0]["value"]


def test_digest_missed_for_a_long_outage_is_skipped(
    database: Database, rules: Rules, staff: dict[str, int]
) -> None:
    anna = make_person(database, "anna")
    make_initiative(database, anna, staff_id=staff["Lise"])
    dispatcher = CheckinDispatcher(database, rules)
    assert dispatcher.send_digests(local("2027-01-06T09:00")) == 0  # Wednesday: too late
    assert dispatcher.send_digests(local("2027-01-05T09:00")) == 1  # Tuesday: caught up


def test_person_record_is_used_for_language(
    database: Database, dispatcher: CheckinDispatcher
) -> None:
    jo = make_person(database, "jo", language="en")
    add_checkin(database, make_initiative(database, jo), local("2027-01-04T09:00"), person_id=jo)
    dispatcher.run_due(local("2027-01-04T09:00"))
    with database.session() as session:
        message = session.scalar(select(OutboxMessage).where(OutboxMessage.kind == "checkin"))
        assert message is not None
        assert message.payload["replies"][0]["text"].startswith("Hi! Today was the day")
        assert session.get(Person, jo) is not None
    assert CPH.key == "Europe/Copenhagen"
