"""The whole check-in schedule of one initiative over six weeks, on a controlled clock.

The clock is moved an hour at a time with time-machine and the dispatcher and the digest
run at every step, as the scheduler would; every message they queue is written down with
its local time, and the list is compared with exactly what should have gone out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import pytest
import time_machine
from sqlalchemy import select

from bot.domain.lifecycle import Status
from bot.messages import Reply
from bot.scheduling.dispatcher import CheckinDispatcher
from bot.services.checkins import CheckinDesk, next_checkin
from bot.services.initiatives import InitiativeService
from bot.services.routing import route
from bot.services.staff_desk import StaffDesk
from storage.db import Database
from storage.models import CheckIn, Initiative, OutboxMessage, Person, StaffMember
from tests.scheduling.conftest import CPH, local, make_person

GARDEN = (
    "Vi er 6 naboer på Ordrupvej, som gerne vil lave en fælles køkkenhave på græsplænen ved "
    "Ordrup Skole, fordi vi savner et sted at mødes."
)


@dataclass
class Sent:
    """One message a dispatcher pass queued."""

    at: str
    to: str
    kind: str
    checkins: list[str]
    text: str
    choices: list[str]


@dataclass
class World:
    """The database, the dispatcher and a clock that only moves forward."""

    database: Database
    dispatcher: CheckinDispatcher
    traveller: Any
    now: datetime
    log: list[Sent] = field(default_factory=list)
    seen: int = 0

    def run_until(self, text: str, step: timedelta = timedelta(hours=1)) -> None:
        """Run the dispatcher and the digest every `step` up to local time `text`."""
        end = local(text)
        while self.now < end:
            # On the hour, as an interval job started on the hour would run.
            hour = self.now.replace(minute=0, second=0, microsecond=0)
            self.now = min(hour + step, end)
            self.traveller.move_to(self.now)
            self.dispatcher.run_due()
            self.dispatcher.send_digests()
            self._collect()

    def at(self, text: str) -> None:
        """Move the clock to local time `text` (passes on the way are run)."""
        self.run_until(text)

    def _collect(self) -> None:
        with self.database.session() as session:
            messages = session.scalars(
                select(OutboxMessage)
                .where(OutboxMessage.id > self.seen, OutboxMessage.kind.in_(["checkin", "digest"]))
                .order_by(OutboxMessage.id)
            ).all()
            for message in messages:
                self.seen = max(self.seen, message.id)
                if message.person_id is not None:
                    person = session.get(Person, message.person_id)
                    to = f"person:{person.display_name if person else '?'}"
                else:
                    staff = session.get(StaffMember, message.staff_id)
                    to = f"staff:{staff.name.split()[0] if staff else '?'}"
                ids = message.payload.get("checkin_ids", [])
                kinds = [
                    row.kind + ("+follow-up" if row.follow_ups else "")
                    for row in session.scalars(select(CheckIn).where(CheckIn.id.in_(ids)))
                ]
                replies = [Reply.from_dict(r) for r in message.payload["replies"]]
                self.log.append(
                    Sent(
                        at=self.now.astimezone(CPH).strftime("%a %Y-%m-%d %H:%M"),
                        to=to,
                        kind=message.kind,
                        checkins=kinds,
                        text=replies[0].text,
                        choices=[c.value for r in replies for c in r.choices],
                    )
                )

    def take(self) -> list[tuple[str, str, str]]:
        """What went out since the last take: (local time, recipient, what)."""
        taken = [
            (s.at, s.to, ",".join(s.checkins) if s.kind == "checkin" else "digest")
            for s in self.log
        ]
        self.log.clear()
        return taken


@pytest.fixture
def world(
    database: Database, dispatcher: CheckinDispatcher, staff: dict[str, int]
) -> Iterator[World]:
    start = local("2027-03-04T21:30")
    with time_machine.travel(start, tick=False) as traveller:
        yield World(database, dispatcher, traveller, start)


def _initiative(database: Database, reference: str) -> Initiative:
    with database.session() as session:
        initiative = session.scalar(select(Initiative).where(Initiative.reference == reference))
        assert initiative is not None
        return initiative


def _staff_press(database: Database, name: str, state: dict[str, Any], value: str) -> list[Reply]:
    with database.session() as session:
        member = session.scalar(select(StaffMember).where(StaffMember.name.startswith(name)))
        assert member is not None
        return StaffDesk(session, today=datetime.now(CPH).date()).on_choice(member, state, value)


def _staff_text(database: Database, name: str, state: dict[str, Any], text: str) -> list[Reply]:
    with database.session() as session:
        member = session.scalar(select(StaffMember).where(StaffMember.name.startswith(name)))
        assert member is not None
        return StaffDesk(session, today=datetime.now(CPH).date()).on_text(member, state, text)


def _anna_press(database: Database, person_id: int, state: dict[str, Any], value: str) -> str:
    with database.session() as session:
        person = session.get(Person, person_id)
        assert person is not None
        return CheckinDesk(session).on_choice(person, None, state, value)[0].text


def _anna_writes(database: Database, person_id: int, state: dict[str, Any], text: str) -> str:
    with database.session() as session:
        person = session.get(Person, person_id)
        assert person is not None
        replies = CheckinDesk(session).on_text(person, None, state, text)
        assert replies is not None, "the text was not taken as a check-in answer"
        return replies[0].text


def _last_checkin_id(database: Database, kind: str) -> int:
    with database.session() as session:
        checkin_id = session.scalar(
            select(CheckIn.id)
            .where(CheckIn.kind == kind, CheckIn.state == "sent")
            .order_by(CheckIn.id.desc())
        )
        assert checkin_id is not None
        return checkin_id


def test_six_weeks_of_one_initiative(world: World, database: Database) -> None:
    anna = make_person(database, "anna")
    with database.session() as session:
        person = session.get(Person, anna)
        assert person is not None
        person.display_name = "Anna"
        # Thursday 4 March 2027, 21:30: submitted in the evening, routed to Lise at once.
        initiative = InitiativeService(session).submit(
            person, {"what": GARDEN}, language="da", response_working_days=5
        )
        member = route(session, initiative)
        assert member is not None and member.name == "Lise Holm"
        reference = initiative.reference
        assert initiative.response_due is not None
        assert initiative.response_due.isoformat() == "2027-03-11"

    # The weekend passes quietly; Monday 08:00 Lise's digest, and the reminder is due two
    # working days after 21:30 on Thursday: Monday 21:30 is quiet, so Tuesday 09:00.
    world.run_until("2027-03-09T12:00")
    assert world.take() == [
        ("Mon 2027-03-08 08:00", "staff:Lise", "digest"),
        ("Tue 2027-03-09 09:00", "staff:Lise", "staff_reminder"),
    ]

    # Nobody answered within the response time (due Thursday 11 March): on Friday morning
    # the team lead hears about it, and Anna is told honestly.
    world.run_until("2027-03-12T12:00")
    sent = world.log[:]
    assert world.take() == [
        ("Fri 2027-03-12 09:00", "person:Anna", "initiator_no_answer"),
        ("Fri 2027-03-12 09:00", "staff:Per", "staff_escalation"),
    ]
    assert "Det er vi kede af" in sent[0].text
    assert "har ikke fået svar" in sent[1].text and "Lise Holm" in sent[1].text

    # Per takes it and sets Anna's next step for Friday 19 March.
    state: dict[str, Any] = {"lang": "da"}
    world.at("2027-03-12T13:00")
    _staff_press(database, "Per", state, f"staff:accept:{reference}")
    _staff_press(database, "Per", state, f"staff:next:{reference}")
    _staff_text(database, "Per", state, "Anna samler underskrifter fra naboerne, 19. marts")
    _staff_press(database, "Per", state, f"staff:owner:initiator:{reference}")
    with database.session() as session:
        assert next_checkin(session, _initiative(database, reference).id, anna) == local(
            "2027-03-19T09:00"
        )

    # Monday digest goes to Per now; Friday 09:00 Anna is asked how it went.
    world.run_until("2027-03-19T12:00")
    asked = world.log[-1]
    assert world.take() == [
        ("Mon 2027-03-15 08:00", "staff:Per", "digest"),
        ("Fri 2027-03-19 09:00", "person:Anna", "initiator_next_step"),
    ]
    checkin_id = _last_checkin_id(database, "initiator_next_step")
    assert asked.choices == [
        f"checkin:{action}:{checkin_id}"
        for action in (
            "done",
            "more_time",
            "help",
            "pause",
            "snooze_day",
            "snooze_week",
            "snooze_date",
            "stop",
        )
    ]

    # She snoozes it a week: Friday 26 March is Good Friday and Monday 29 March Easter
    # Monday, so the question comes back on Tuesday 30 March (the follow-up is dropped).
    anna_state: dict[str, Any] = {"lang": "da", "phase": "listening", "fields": {}}
    reply = _anna_press(database, anna, anna_state, f"checkin:snooze_week:{checkin_id}")
    assert "tirsdag den 30. marts 2027" in reply

    # Nothing in the week of the holiday but the digest (Monday is a holiday: Tuesday).
    world.run_until("2027-03-30T12:00")
    assert world.take() == [
        ("Mon 2027-03-22 08:00", "staff:Per", "digest"),
        ("Tue 2027-03-30 08:00", "staff:Per", "digest"),
        ("Tue 2027-03-30 09:00", "person:Anna", "initiator_next_step"),
    ]

    # No answer: one gentle follow-up three working days later, then the bot waits.
    world.run_until("2027-04-06T09:30")
    log = world.log[:]
    assert world.take() == [
        ("Fri 2027-04-02 09:00", "person:Anna", "initiator_next_step+follow-up"),
        ("Mon 2027-04-05 08:00", "staff:Per", "digest"),
    ]
    assert "Et lille hej igen" in log[0].text

    # Tuesday 6 April she writes back in her own words: the answer moves the next step,
    # lands on the timeline, and Per is told.
    world.at("2027-04-06T10:00")
    answer = "Vi har samlet underskrifterne. Næste skridt: møde med skolen 20. april"
    reply = _anna_writes(database, anna, anna_state, answer)
    assert "tirsdag den 20. april 2027" in reply
    item = _initiative(database, reference)
    assert item.next_step == answer
    assert item.next_step_due is not None and item.next_step_due.isoformat() == "2027-04-20"
    assert item.next_step_owner == "initiator"
    with database.session() as session:
        kinds = [
            e.kind
            for e in InitiativeService(session).repository.by_reference(reference).timeline  # type: ignore[union-attr]
        ]
        assert kinds[-2:] == ["checkin_answered", "next_step_set"]
        told = session.scalars(
            select(OutboxMessage.kind).where(OutboxMessage.kind == "staff.notify_next_step")
        ).all()
        assert told == ["staff.notify_next_step"]

    # On the new date she is asked again, and asks the bot to stop.
    world.run_until("2027-04-20T09:30")
    assert world.take() == [
        ("Mon 2027-04-12 08:00", "staff:Per", "digest"),
        ("Mon 2027-04-19 08:00", "staff:Per", "digest"),
        ("Tue 2027-04-20 09:00", "person:Anna", "initiator_next_step"),
    ]
    checkin_id = _last_checkin_id(database, "initiator_next_step")
    reply = _anna_press(database, anna, anna_state, f"checkin:stop:{checkin_id}")
    assert "stopper med at spørge" in reply

    # After the stop: no follow-up, and a new next step from staff brings no check-in to
    # Anna either; only the Monday digest goes on.
    world.at("2027-04-21T10:00")
    state = {"lang": "da"}
    _staff_press(database, "Per", state, f"staff:next:{reference}")
    _staff_text(database, "Per", state, "Anna inviterer til arbejdsdag 30. april")
    _staff_press(database, "Per", state, f"staff:owner:initiator:{reference}")
    world.run_until("2027-05-04T12:00")
    assert world.take() == [
        ("Mon 2027-04-26 08:00", "staff:Per", "digest"),
        ("Mon 2027-05-03 08:00", "staff:Per", "digest"),
    ]
    with database.session() as session:
        assert next_checkin(session, item.id, anna) is None
        states = dict(
            session.execute(
                select(CheckIn.id, CheckIn.state).where(CheckIn.initiative_id == item.id)
            ).all()
        )
    assert "pending" not in states.values() and "snoozed" not in states.values()


def test_realised_initiative_gets_no_more_checkins(world: World, database: Database) -> None:
    anna = make_person(database, "anna")
    with database.session() as session:
        person = session.get(Person, anna)
        assert person is not None
        initiative = InitiativeService(session).submit(person, {"what": GARDEN}, language="da")
        route(session, initiative)
        reference = initiative.reference
    state: dict[str, Any] = {"lang": "da"}
    world.at("2027-03-05T10:00")
    _staff_press(database, "Lise", state, f"staff:accept:{reference}")
    _staff_press(database, "Lise", state, f"staff:next:{reference}")
    _staff_text(database, "Lise", state, "Kommunen tjekker plænen 10. marts")
    _staff_press(database, "Lise", state, f"staff:owner:municipality:{reference}")
    with database.session() as session:
        pending = session.scalars(select(CheckIn.kind).where(CheckIn.state == "pending")).all()
    assert pending == ["staff_next_step"]
    _staff_press(database, "Lise", state, f"staff:realised:{reference}")
    world.run_until("2027-03-20T12:00")
    assert [entry for entry in world.take() if entry[2] != "digest"] == []
    with database.session() as session:
        assert session.scalars(select(CheckIn.state).distinct()).all() == ["cancelled"]
    assert _initiative(database, reference).status == Status.REALISED
