"""Staff act from the chat: every action, refusals, double presses and what the initiator hears."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from bot.config import Settings
from bot.messages import Incoming, Reply
from bot.services.conversation import ConversationService
from storage.db import Database
from storage.models import Initiative, OutboxMessage
from storage.repositories import InitiativeRepository, StaffRecord, StaffRepository

GARDEN = (
    "Vi er 6 naboer på Ordrupvej, som gerne vil lave en fælles køkkenhave på græsplænen ved "
    "Ordrup Skole, fordi vi savner et sted at mødes. Den er for alle i kvarteret. Vi vil starte "
    "til foråret og har brug for tilladelse til at bruge plænen."
)
Send = Callable[..., list[Reply]]


@pytest.fixture
def service(database: Database, settings: Settings) -> ConversationService:
    with database.session() as session:
        StaffRepository(session).upsert(
            [
                StaffRecord("Lise Holm", "lise@gentofte.dk", team="Natur", categories=["nature"]),
                StaffRecord("Per Dam", "per@gentofte.dk", team="Natur", role="lead", away=True),
                StaffRecord("Ole Berg", "ole@gentofte.dk", team="Kultur", categories=["culture"]),
                StaffRecord("Ada Admin", "ada@gentofte.dk", role="admin", away=True),
            ]
        )
    return ConversationService(database, settings)


def as_user(service: ConversationService, user: str) -> Send:
    def send(text: str | None = None, choice: str | None = None) -> list[Reply]:
        return service.handle(Incoming("console", user, user, text=text, choice=choice))

    return send


def submit_idea(service: ConversationService, text: str = GARDEN) -> str:
    anna = as_user(service, "anna")
    replies = anna(text)
    while replies[-1].card is None:
        replies = anna("ved ikke")
    receipt = anna(choice="confirm")[0].text
    return receipt.split("nummeret ")[1].split(".")[0]


def load(database: Database, reference: str) -> Initiative:
    with database.session() as session:
        initiative = InitiativeRepository(session).by_reference(reference)
        assert initiative is not None
        return initiative


def outbox(database: Database, kind: str | None = None) -> list[OutboxMessage]:
    with database.session() as session:
        query = select(OutboxMessage).order_by(OutboxMessage.id)
        if kind:
            query = query.where(OutboxMessage.kind == kind)
        return list(session.scalars(query))


def texts(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def test_routing_names_the_responsible_person_and_pings_them(
    service: ConversationService, database: Database
) -> None:
    anna = as_user(service, "anna")
    replies = anna(GARDEN)
    while replies[-1].card is None:
        replies = anna("ved ikke")
    receipt = texts(anna(choice="confirm"))
    assert "Lise Holm" in receipt
    reference = receipt.split("nummeret ")[1].split(".")[0]
    initiative = load(database, reference)
    assert (initiative.category, initiative.area) == ("nature", "Ordrup")
    (ping,) = outbox(database, "assignment")
    values = [c["value"] for c in ping.payload["replies"][0]["choices"]]
    assert values == [f"staff:{a}:{reference}" for a in ("accept", "ask", "next", "decline")]
    assert "Ordrupvej" in str(ping.payload)  # the citizen's own words travel with the ping


def test_accept_is_refused_to_others_and_idempotent(
    service: ConversationService, database: Database
) -> None:
    reference = submit_idea(service)
    assert "kun kommunens medarbejdere" in texts(
        as_user(service, "anna")(choice=f"staff:accept:{reference}")
    )
    refusal = texts(as_user(service, "ole@gentofte.dk")(choice=f"staff:accept:{reference}"))
    assert "tildelt Lise Holm" in refusal
    assert load(database, reference).status == "submitted"

    lise = as_user(service, "lise@gentofte.dk")
    assert "har taget" in texts(lise(choice=f"staff:accept:{reference}"))
    assert "allerede taget" in texts(lise(choice=f"staff:accept:{reference}"))
    initiative = load(database, reference)
    assert initiative.status == "in_dialogue"
    assert [e.kind for e in initiative.timeline].count("status_changed") == 1
    (notice,) = outbox(database, "notify.accepted")
    assert "Lise Holm" in notice.payload["replies"][0]["text"]
    assert notice.person_id == initiative.initiator_id


def test_question_and_answer_are_relayed_and_on_the_timeline(
    service: ConversationService, database: Database
) -> None:
    reference = submit_idea(service)
    lise = as_user(service, "lise@gentofte.dk")
    lise(choice=f"staff:accept:{reference}")
    assert "spørgsmål" in texts(lise(choice=f"staff:ask:{reference}"))
    assert "sendt" in texts(lise("Hvor mange kvadratmeter har I brug for?"))
    (question,) = outbox(database, "notify.question")
    reply = question.payload["replies"][0]
    assert "kvadratmeter" in reply["text"]
    assert reply["choices"] == [{"label": "Svar", "value": f"answer:{reference}"}]

    anna = as_user(service, "anna")
    assert "Lise Holm" in texts(anna(choice=f"answer:{reference}"))
    assert "sendt videre" in texts(anna("Omkring 40 m2"))
    (answer,) = outbox(database, "answer_relayed")
    assert "40 m2" in answer.payload["replies"][0]["text"]
    relayed = [e for e in load(database, reference).timeline if e.kind == "message_relayed"]
    assert [(e.actor_kind, e.text) for e in relayed] == [
        ("staff", "Hvor mange kvadratmeter har I brug for?"),
        ("initiator", "Omkring 40 m2"),
    ]
    # someone else cannot answer in the initiator's name
    assert "tidligere besked" in texts(as_user(service, "eve")(choice=f"answer:{reference}"))


def test_next_step_with_date_and_owner_then_progress_and_realised(
    service: ConversationService, database: Database
) -> None:
    reference = submit_idea(service)
    lise = as_user(service, "lise@gentofte.dk")
    lise(choice=f"staff:accept:{reference}")
    lise(choice=f"staff:next:{reference}")
    owner_question = lise("Møde på rådhuset 3. december")
    values = [c.value for c in owner_question[-1].choices]
    assert f"staff:owner:municipality:{reference}" in values
    done = texts(lise(choice=f"staff:owner:municipality:{reference}"))
    assert "Møde på rådhuset" in done
    initiative = load(database, reference)
    assert initiative.next_step == "Møde på rådhuset 3. december"
    assert initiative.next_step_due is not None
    assert (initiative.next_step_due.month, initiative.next_step_due.day) == (12, 3)
    assert (initiative.next_step_owner, initiative.status) == ("municipality", "agreed")
    # pressing the owner button again is stale, not a second next step
    assert "tidligere besked" in texts(lise(choice=f"staff:owner:municipality:{reference}"))
    assert "I gang" in texts(lise(choice=f"staff:progress:{reference}"))
    assert "intet er ændret" in texts(lise(choice=f"staff:progress:{reference}"))
    lise(choice=f"staff:realised:{reference}")
    assert load(database, reference).status == "realised"
    kinds = [m.kind for m in outbox(database) if m.person_id is not None]
    assert kinds == ["notify.accepted", "notify.next_step", "notify.status", "notify.status"]


def test_decline_needs_reason_and_pointer_and_tells_the_initiator(
    service: ConversationService, database: Database
) -> None:
    reference = submit_idea(service)
    lise = as_user(service, "lise@gentofte.dk")
    assert "begrundelse" in texts(lise(choice=f"staff:decline:{reference}"))
    assert "i stedet" in texts(lise("Plænen er udlagt til regnvandsbassin fra næste år."))
    assert "afvist" in texts(lise("Prøv Gentofte Fællesjord, der har ledige lodder."))
    initiative = load(database, reference)
    assert initiative.status == "declined"
    assert initiative.decline_reason == "Plænen er udlagt til regnvandsbassin fra næste år."
    assert initiative.decline_pointer == "Prøv Gentofte Fællesjord, der har ledige lodder."
    (notice,) = outbox(database, "notify.declined")
    text = notice.payload["replies"][0]["text"]
    assert "regnvandsbassin" in text and "Fællesjord" in text
    # the initiator sees the reason in "my initiatives"
    assert "regnvandsbassin" in texts(as_user(service, "anna")(choice="mine"))


def test_cancel_mid_action_changes_nothing(
    service: ConversationService, database: Database
) -> None:
    reference = submit_idea(service)
    lise = as_user(service, "lise@gentofte.dk")
    lise(choice=f"staff:decline:{reference}")
    assert "droppet" in texts(lise("annuller"))
    assert load(database, reference).status == "submitted"
    lise(choice=f"staff:ask:{reference}")
    assert "droppet" in texts(lise(choice="staff:cancel:-"))
    assert outbox(database, "notify.question") == []


def test_team_lead_and_admin_may_act_and_reassign_pings_the_new_owner(
    service: ConversationService, database: Database
) -> None:
    reference = submit_idea(service)
    per = as_user(service, "per@gentofte.dk")
    menu = per(choice=f"staff:reassign:{reference}")[-1]
    ole_id = next(c.value for c in menu.choices if c.label == "Ole Berg")
    assert "Ole Berg" in texts(per(choice=ole_id))
    assert load(database, reference).staff is not None
    assert load(database, reference).staff.name == "Ole Berg"  # type: ignore[union-attr]
    assert len(outbox(database, "assignment")) == 2
    # Per leads Natur, and the initiative now belongs to Kultur: he may no longer act
    assert "tildelt Ole Berg" in texts(per(choice=f"staff:accept:{reference}"))
    assert "har taget" in texts(
        as_user(service, "ada@gentofte.dk")(choice=f"staff:accept:{reference}")
    )


def test_reassign_to_a_team_picks_its_least_loaded_present_member(
    service: ConversationService, database: Database
) -> None:
    reference = submit_idea(service)
    lise = as_user(service, "lise@gentofte.dk")
    menu = lise(choice=f"staff:reassign:{reference}")[-1]
    kultur = next(c.value for c in menu.choices if "Kultur" in c.label)
    assert kultur.startswith("staff:team:")
    assert "Ole Berg" in texts(lise(choice=kultur))
    staff = load(database, reference).staff
    assert staff is not None and staff.name == "Ole Berg"


def test_unknown_reference_is_explained(service: ConversationService) -> None:
    reply = texts(as_user(service, "lise@gentofte.dk")(choice="staff:accept:GK-1999-0001"))
    assert "GK-1999-0001" in reply
