"""The initiator stays the owner: sees everything, sets their next step, adds, pauses, withdraws."""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.messages import Reply
from bot.services.conversation import ConversationService
from storage.db import Database
from storage.repositories import StaffRecord, StaffRepository
from tests.services.test_staff_desk import as_user, load, outbox, submit_idea, texts


@pytest.fixture
def service(database: Database, settings: Settings) -> ConversationService:
    with database.session() as session:
        StaffRepository(session).upsert(
            [StaffRecord("Lise Holm", "lise@gentofte.dk", team="Natur", categories=["nature"])]
        )
    return ConversationService(database, settings)


def card_rows(reply: Reply) -> dict[str, str]:
    assert reply.card is not None
    return dict(reply.card.rows)


def test_my_initiatives_names_the_responsible_and_opens_the_timeline(
    service: ConversationService, database: Database
) -> None:
    reference = submit_idea(service)
    anna = as_user(service, "anna")
    listing = anna(choice="mine")[-1]
    assert "Ansvarlig: Lise Holm" in listing.text
    assert listing.choices[0].value == f"own:show:{reference}"
    shown = anna(choice=f"own:show:{reference}")[-1]
    rows = card_rows(shown)
    assert rows["Ansvarlig i kommunen"] == "Lise Holm"
    # "Her er alt om …" shows what was sent too, in the person's words.
    stored = load(database, reference)
    assert rows["Idéen"] == stored.what and rows["Hvor"] == stored.where
    assert shown.card is not None
    events = [value for _, value in shown.card.rows]
    assert any(value.startswith("Oprettet (dig)") for value in events)
    assert any(value.startswith("Ansvarlig fundet (Samskab)") for value in events)
    assert f"own:withdraw:{reference}" in [c.value for c in shown.choices]


def test_nobody_else_can_open_or_act_on_it(service: ConversationService) -> None:
    reference = submit_idea(service)
    eve = as_user(service, "eve")
    for action in ("show", "pause", "withdraw", "next"):
        assert "kun den, der har sendt" in texts(eve(choice=f"own:{action}:{reference}"))
    # Withdrawing without its question first is an old button, whoever presses it.
    assert "tidligere besked" in texts(eve(choice=f"own:withdraw_yes:{reference}"))


def test_owner_sets_next_step_and_adds_information_and_staff_hear_of_it(
    service: ConversationService, database: Database
) -> None:
    reference = submit_idea(service)
    anna = as_user(service, "anna")
    anna(choice=f"own:next:{reference}")
    assert "gemt" in texts(anna("Finde fem frivillige inden 15. januar"))
    initiative = load(database, reference)
    assert initiative.next_step == "Finde fem frivillige inden 15. januar"
    assert initiative.next_step_owner == "initiator"
    assert initiative.next_step_due is not None and initiative.next_step_due.day == 15
    anna(choice=f"own:add:{reference}")
    anna("Vi har fået lov af skolen til at bruge deres vandhane.")
    notes = [e.text for e in load(database, reference).timeline if e.kind == "note"]
    assert notes == ["Vi har fået lov af skolen til at bruge deres vandhane."]
    kinds = [m.kind for m in outbox(database) if m.staff_id is not None]
    assert kinds == ["assignment", "staff.notify_next_step", "staff.notify_added"]


def test_pause_resume_and_withdraw_with_confirmation(
    service: ConversationService, database: Database
) -> None:
    reference = submit_idea(service)
    anna = as_user(service, "anna")
    anna(choice=f"own:pause:{reference}")
    assert load(database, reference).status == "paused"
    assert "intet er ændret" in texts(anna(choice=f"own:pause:{reference}"))
    anna(choice=f"own:resume:{reference}")
    assert load(database, reference).status == "submitted"
    confirm = anna(choice=f"own:withdraw:{reference}")[-1]
    assert load(database, reference).status == "submitted"  # nothing happens before yes
    assert f"own:withdraw_yes:{reference}" in [c.value for c in confirm.choices]
    anna(choice=f"own:withdraw_yes:{reference}")
    assert load(database, reference).status == "withdrawn"
    shown = anna(choice=f"own:show:{reference}")[-1]
    assert shown.choices == ()  # a closed initiative offers no actions
    assert "ikke lade sig gøre" in texts(anna(choice=f"own:pause:{reference}"))


@pytest.mark.parametrize(("typed", "status"), [("ja", "withdrawn"), ("nej tak", "submitted")])
def test_withdrawing_can_be_confirmed_in_words(
    service: ConversationService, database: Database, typed: str, status: str
) -> None:
    reference = submit_idea(service)
    anna = as_user(service, "anna")
    anna(choice=f"own:withdraw:{reference}")
    anna(typed)
    assert load(database, reference).status == status


def test_cancel_while_writing_changes_nothing(
    service: ConversationService, database: Database
) -> None:
    reference = submit_idea(service)
    anna = as_user(service, "anna")
    anna(choice=f"own:next:{reference}")
    assert "droppet" in texts(anna("annuller"))
    assert load(database, reference).next_step is None


def test_a_withdraw_button_without_its_question_withdraws_nothing(
    service: ConversationService, database: Database
) -> None:
    reference = submit_idea(service)
    anna = as_user(service, "anna")
    anna(choice=f"own:withdraw:{reference}")
    anna(choice="own:cancel:-")
    anna(choice=f"own:withdraw_yes:{reference}")  # the earlier question's button
    assert load(database, reference).status == "submitted"
