"""The initiator answers a staff member's question; the answer is relayed and on the timeline."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from bot.domain.lifecycle import Role
from bot.domain.timeline import Actor, EventKind
from bot.i18n.catalog import t
from bot.messages import Reply
from bot.services.initiatives import InitiativeService
from bot.services.outbox import enqueue
from storage.models import Person
from storage.repositories import InitiativeRepository

ANSWER_PREFIX = "answer:"


class InitiatorDesk:
    """What an initiator does about their own initiative outside the intake."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.initiatives = InitiativeRepository(session)

    def start_answer(self, person: Person, state: dict[str, Any], value: str) -> list[Reply]:
        """The "answer" button under a staff question: the next text goes back to staff."""
        lang = state.get("lang", "da")
        reference = value.removeprefix(ANSWER_PREFIX)
        initiative = self.initiatives.by_reference(reference)
        if initiative is None or initiative.initiator_id != person.id:
            return [Reply(t("stale_button", lang))]
        state["relay"] = initiative.reference
        staff = initiative.staff.name if initiative.staff else t("staff.someone", lang)
        return [Reply(t("initiator.answer_prompt", lang, staff=staff))]

    def relay(self, person: Person, state: dict[str, Any], text: str) -> list[Reply]:
        """Pass the initiator's answer to the responsible staff member."""
        lang = state.get("lang", "da")
        reference = state.pop("relay", None)
        initiative = self.initiatives.by_reference(reference or "")
        if initiative is None or initiative.initiator_id != person.id:
            return [Reply(t("stale_button", lang))]
        InitiativeService(self.session).record(
            initiative,
            EventKind.MESSAGE_RELAYED,
            Actor(Role.INITIATOR, person.id),
            text=text,
            data={"direction": "to_staff"},
        )
        if initiative.staff_id is not None:
            enqueue(
                self.session,
                [
                    Reply(
                        t("staff.answer_relayed", "da", reference=initiative.reference, text=text),
                    )
                ],
                kind="answer_relayed",
                staff_id=initiative.staff_id,
                initiative_id=initiative.id,
            )
        return [Reply(t("initiator.answer_sent", lang))]
