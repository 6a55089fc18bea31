"""Answering a check-in: each button, the date or step it asks for, and free text."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import time_machine
from sqlalchemy import select

from bot.messages import Reply
from bot.scheduling.dispatcher import CheckinDispatcher
from bot.services.checkins import CheckinDesk, next_checkin
from bot.services.outbox import enqueue
from storage.db import Database
from storage.models import CheckIn, Initiative, OutboxMessage, Person
from tests.scheduling.conftest import local, make_person
from tests.scheduling.test_dispatcher import add_checkin, make_initiative


@dataclass
class Asked:
    """Anna was asked about her next step on Monday 4 January 2027 at 09:00."""

    database: Database
    person_id: int
    initiative_id: int
    checkin_id: int
    state: dict[str, Any]

    def press(self, action: str, checkin_id: int | None = None) -> list[Reply]:
        with self.database.session() as session:
            person = session.get(Person, self.person_id)
            assert person is not None
            value = f"checkin:{action}:{checkin_id or self.checkin_id}"
            return CheckinDesk(session).on_choice(person, None, self.state, value)

    def write(self, text: str) -> list[Reply] | None:
        with self.database.session() as session:
            person = session.get(Person, self.person_id)
            assert person is not None
            return CheckinDesk(session).on_text(person, None, self.state, text)

    def initiative(self) -> Initiative:
        with self.database.session() as session:
            initiative = session.get(Initiative, self.initiative_id)
            assert initiative is not None
            return initiative

    def rows(self) -> list[tuple[str, str, int]]:
        with self.database.session() as session:
            return [
                (r.kind, r.state, r.follow_ups)
                for r in session.scalars(select(CheckIn).order_by(CheckIn.id))
            ]

    def staff_messages(self) -> list[str]:
        with self.database.session() as session:
            return list(
                session.scalars(
                    select(OutboxMessage.kind)
                    .where(OutboxMessage.staff_id.is_not(None))
                    .order_by(OutboxMessage.id)
                )
            )


@pytest.fixture
def asked(
    database: Database, dispatcher: CheckinDispatcher, staff: dict[str, int]
) -> Iterator[Asked]:
    anna = make_person(database, "anna")
    initiative = make_initiative(database, anna, staff_id=staff["Lise"])
    checkin = add_checkin(database, initiative, local("2027-01-04T09:00"), person_id=anna)
    with time_machine.travel(local("2027-01-04T09:00"), tick=False) as traveller:
        assert dispatcher.run_due().sent == 1
        traveller.move_to(local("2027-01-04T10:00"))
        yield Asked(database, anna, initiative, checkin, {"lang": "da", "phase": "new"})


def test_done_then_the_next_step_in_own_words(asked: Asked) -> None:
    assert "næste skridt" in asked.press("done")[0].text
    replies = asked.write("Vi holder et møde med skolen 14. januar")
    assert replies is not None and "torsdag den 14. januar 2027" in replies[0].text
    item = asked.initiative()
    assert item.next_step == "Vi holder et møde med skolen 14. januar"
    assert item.next_step_due is not None and item.next_step_due.isoformat() == "2027-01-14"
    assert ("initiator_next_step", "answered", 0) in asked.rows()
    assert ("initiator_next_step", "cancelled", 1) in asked.rows()  # the follow-up
    assert asked.rows()[-1] == ("initiator_next_step", "pending", 0)
    with asked.database.session() as session:
        assert next_checkin(session, item.id, asked.person_id) == local("2027-01-14T09:00")
    assert asked.staff_messages() == ["staff.notify_next_step"]


def test_more_time_moves_the_date_and_keeps_the_step(asked: Asked) -> None:
    asked.press("more_time")
    assert asked.write("det ved jeg ikke")[0].text.startswith("Jeg kunne ikke finde en dato")  # type: ignore[index]
    replies = asked.write("1. februar")
    assert replies is not None and "mandag den 1. februar 2027" in replies[0].text
    item = asked.initiative()
    assert item.next_step == "Samle underskrifter"
    assert item.next_step_due is not None and item.next_step_due.isoformat() == "2027-02-01"


def test_help_tells_the_responsible_staff_member(asked: Asked) -> None:
    assert "Lise Holm" in asked.press("help")[0].text
    assert asked.staff_messages() == ["checkin.staff_help"]
    assert asked.press("help")[0].text == "Tak, den er allerede klaret."


def test_pause_pauses_and_cancels_what_is_planned(asked: Asked) -> None:
    assert "pause" in asked.press("pause")[0].text
    assert asked.initiative().status == "paused"
    assert [state for _, state, _ in asked.rows()] == ["answered", "cancelled"]
    assert asked.staff_messages() == ["staff.notify_status"]


def test_snooze_to_a_chosen_date(asked: Asked) -> None:
    asked.press("snooze_date")
    replies = asked.write("næste fredag")
    assert replies is not None and "fredag den 8. januar 2027" in replies[0].text
    with asked.database.session() as session:
        row = session.get(CheckIn, asked.checkin_id)
        assert row is not None and (row.state, row.due_at) == ("snoozed", local("2027-01-08T09:00"))
        assert next_checkin(session, asked.initiative_id, asked.person_id) == local(
            "2027-01-08T09:00"
        )


def test_snooze_a_day_on_a_friday_means_monday(asked: Asked) -> None:
    with time_machine.travel(local("2027-01-08T15:00"), tick=False):
        assert "mandag den 11. januar 2027" in asked.press("snooze_day")[0].text


def test_free_text_needs_a_date_or_a_no_date_press(asked: Asked) -> None:
    replies = asked.write("Vi har fået 30 underskrifter og skal nu tale med skolen")
    assert replies is not None and "Hvornår" in replies[0].text
    no_date = replies[0].choices[0].value
    assert no_date == f"checkin:no_date:{asked.checkin_id}"
    assert "Uden en dato" in asked.press("no_date")[0].text
    item = asked.initiative()
    assert item.next_step == "Vi har fået 30 underskrifter og skal nu tale med skolen"
    assert item.next_step_due is None
    assert [state for _, state, _ in asked.rows()] == ["answered", "cancelled"]


def test_free_text_is_not_taken_mid_intake_or_after_other_news(asked: Asked) -> None:
    asked.state.update(phase="asking", fields={"what": "En bænk"})
    assert asked.write("ved Ordrup Skole") is None
    asked.state.update(phase="listening", fields={})
    with asked.database.session() as session:
        # Something else reached her after the check-in: her next words may be about that.
        enqueue(session, [Reply("Nyt om din idé")], kind="notify.status", person_id=asked.person_id)
    assert asked.write("Fint, tak") is None


def test_buttons_of_others_or_of_closed_initiatives(asked: Asked, database: Database) -> None:
    other = make_person(database, "bo")
    with database.session() as session:
        person = session.get(Person, other)
        assert person is not None
        reply = CheckinDesk(session).on_choice(
            person, None, {"lang": "da"}, f"checkin:done:{asked.checkin_id}"
        )
        assert reply[0].text.startswith("Den knap hører til en tidligere besked")
        session.get(Initiative, asked.initiative_id).status = "realised"  # type: ignore[union-attr]
    assert "er afsluttet" in asked.press("done")[0].text
    assert asked.press("done", checkin_id=999_999)[0].text.startswith("Den knap")
