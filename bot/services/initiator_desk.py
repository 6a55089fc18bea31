"""The initiator stays the owner: they see everything about their initiative, answer staff,
set their own next step, add information, pause, resume or withdraw it."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from bot.domain.dates import find_date
from bot.domain.fields import INITIATIVE_FIELDS
from bot.domain.lifecycle import (
    OPEN_STATUSES,
    IllegalTransition,
    NextStepOwner,
    Role,
    Status,
)
from bot.domain.timeline import Actor, EventKind
from bot.i18n.catalog import t
from bot.i18n.formatting import format_day
from bot.messages import Choice, Reply, SummaryCard
from bot.services.initiatives import InitiativeService
from bot.services.outbox import enqueue
from storage.models import Initiative, Person, TimelineEvent
from storage.repositories import InitiativeFilter, InitiativeRepository

ANSWER_PREFIX = "answer:"
OWN_PREFIX = "own:"
TIMELINE_SHOWN = 8
# A typed "træk min idé tilbage" with several ideas open: this many are offered as buttons.
WITHDRAW_CHOICES = 5


class InitiatorDesk:
    """What an initiator does about their own initiative outside the intake."""

    def __init__(self, session: Session, *, today: date | None = None) -> None:
        self.session = session
        self.initiatives = InitiativeRepository(session)
        self.service = InitiativeService(session)
        self.today = today or date.today()

    def start_answer(self, person: Person, state: dict[str, Any], value: str) -> list[Reply]:
        """The "answer" button under a staff question: the next text goes back to staff."""
        lang = state.get("lang", "da")
        reference = value.removeprefix(ANSWER_PREFIX)
        initiative = self.initiatives.by_reference(reference)
        if initiative is None or initiative.initiator_id != person.id:
            return [Reply(t("stale_button", lang))]
        state["relay"] = initiative.reference
        return [Reply(t("initiator.answer_prompt", lang, staff=self._staff_name(initiative, lang)))]

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

    # -- the owner's own actions ("own:<action>:<reference>") ---------------------------

    def on_choice(self, person: Person, state: dict[str, Any], value: str) -> list[Reply]:
        """Open an initiative, or act on it as its owner."""
        lang = state.get("lang", "da")
        action, _, reference = value.removeprefix(OWN_PREFIX).partition(":")
        if action == "cancel":
            state.pop("own_pending", None)
            return [Reply(t("staff.cancelled", lang))]
        initiative = self.initiatives.by_reference(reference)
        if initiative is None or initiative.initiator_id != person.id:
            return [Reply(t("own.not_yours", lang))]
        actor = Actor(Role.INITIATOR, person.id)
        if action == "show":
            return [self.show(initiative, lang)]
        if action == "add_afterthought":
            # Sent right after the idea ("åh ja, og vi har også en trailer"): added to it.
            told = state.pop("afterthought", None)
            if not told:
                return [Reply(t("stale_button", lang))]
            self.service.record(initiative, EventKind.NOTE, actor, text=told, data={"added": True})
            return [self._added(initiative, lang, told)]
        if action in ("next", "add"):
            state["own_pending"] = {"action": action, "reference": initiative.reference}
            return [
                Reply(
                    t(f"own.{action}_prompt", lang, reference=initiative.reference),
                    choices=(Choice(t("button.cancel_action", lang), "own:cancel:-"),),
                )
            ]
        if action == "withdraw":
            state["confirming"] = {"yes": f"own:withdraw_yes:{reference}", "no": "own:cancel:-"}
            return [
                Reply(
                    t("own.withdraw_confirm", lang, reference=initiative.reference),
                    choices=(
                        Choice(t("button.withdraw_yes", lang), f"own:withdraw_yes:{reference}"),
                        Choice(t("button.cancel_action", lang), "own:cancel:-"),
                    ),
                )
            ]
        targets = {"pause": Status.PAUSED, "withdraw_yes": Status.WITHDRAWN}
        if action == "resume":
            target = Status(initiative.status_before_pause or Status.SUBMITTED)
        elif action in targets:
            target = targets[action]
        else:
            return [Reply(t("stale_button", lang))]
        try:
            changed = self.service.change_status(initiative, target, actor)
        except IllegalTransition:
            return [Reply(t("own.not_now", lang, status=t(f"status.{initiative.status}", lang)))]
        if not changed:
            return [Reply(t("staff.nothing_changed", lang, reference=initiative.reference))]
        self._tell_staff(initiative, "staff.notify_status", status=t(f"status.{target}", "da"))
        return [
            Reply(t("own.status_set", lang, status=t(f"status.{target}", lang))),
            self.show(initiative, lang),
        ]

    def withdraw(
        self, person: Person, state: dict[str, Any], reference: str | None = None
    ) -> list[Reply]:
        """A typed "træk min idé tilbage": the withdraw button's confirmation for the idea
        meant (the one named, the one just sent, or the only one open); asked which, when
        several are open."""
        lang = state.get("lang", "da")
        if reference is not None:
            return self.on_choice(person, state, f"{OWN_PREFIX}withdraw:{reference}")
        open_ones = self.initiatives.list(
            InitiativeFilter(
                initiator_id=person.id,
                statuses=sorted(OPEN_STATUSES),
                limit=20,
            )
        )
        if not open_ones:
            return [Reply(t("withdraw.none", lang))]
        just_sent = [i for i in open_ones if i.reference == state.get("just_sent")]
        if just_sent or len(open_ones) == 1:
            meant = (just_sent or open_ones)[0].reference
            return self.on_choice(person, state, f"{OWN_PREFIX}withdraw:{meant}")
        return [
            Reply(
                t("withdraw.which", lang),
                choices=(
                    *(
                        Choice(
                            f"{i.reference} · {_shortened(i.title)}",
                            f"{OWN_PREFIX}withdraw:{i.reference}",
                        )
                        for i in open_ones[:WITHDRAW_CHOICES]
                    ),
                    Choice(t("button.cancel_action", lang), f"{OWN_PREFIX}cancel:-"),
                ),
            )
        ]

    def undo_sent(self, person: Person, state: dict[str, Any]) -> list[Reply] | None:
        """ "fortryd" right after sending: a sent idea is not undone, but it can be withdrawn
        (the withdraw button's confirmation); None when nothing was just sent."""
        initiative = self.initiatives.by_reference(state.get("just_sent") or "")
        if (
            initiative is None
            or initiative.initiator_id != person.id
            or initiative.status not in OPEN_STATUSES
        ):
            return None
        lang = state.get("lang", "da")
        return [
            Reply(t("undo.sent", lang, reference=initiative.reference)),
            *self.on_choice(person, state, f"{OWN_PREFIX}withdraw:{initiative.reference}"),
        ]

    def on_text(self, person: Person, state: dict[str, Any], text: str) -> list[Reply]:
        """The new next step, or the information to add, that an action asked for."""
        lang = state.get("lang", "da")
        pending = state.pop("own_pending", None) or {}
        initiative = self.initiatives.by_reference(pending.get("reference", ""))
        if initiative is None or initiative.initiator_id != person.id:
            return [Reply(t("own.not_yours", lang))]
        actor = Actor(Role.INITIATOR, person.id)
        if pending.get("action") == "next":
            due = find_date(text, lang, self.today)
            self.service.set_next_step(initiative, text, due, NextStepOwner.INITIATOR, actor)
            due_text = t("due_phrase", lang, date=format_day(due, lang)) if due else ""
            if self._tell_staff(initiative, "staff.notify_next_step", step=text, due=due_text):
                staff = self._staff_name(initiative, lang)
                return [Reply(t("own.next_set_told", lang, step=text, due=due_text, staff=staff))]
            return [Reply(t("own.next_set", lang, step=text, due=due_text))]
        self.service.record(initiative, EventKind.NOTE, actor, text=text, data={"added": True})
        return [self._added(initiative, lang, text)]

    def _added(self, initiative: Initiative, lang: str, text: str) -> Reply:
        """Tell the responsible staff member, if there is one, and say truly who knows."""
        if self._tell_staff(initiative, "staff.notify_added", text=text):
            return Reply(t("own.added_told", lang, staff=self._staff_name(initiative, lang)))
        return Reply(t("own.added", lang))

    @staticmethod
    def _staff_name(initiative: Initiative, lang: str) -> str:
        return initiative.staff.name if initiative.staff else t("staff.someone", lang)

    def show(self, initiative: Initiative, lang: str) -> Reply:
        """Everything about one initiative: status, who, what was sent, next step, the latest
        timeline."""
        rows: list[tuple[str, str]] = [
            (t("own.row_status", lang), t(f"status.{initiative.status}", lang)),
            (
                t("own.row_responsible", lang),
                initiative.staff.name if initiative.staff else t("own.nobody_yet", lang),
            ),
        ]
        # What the person sent, in their words, as the read-back showed it.
        rows += [
            (t(f"field.{name}", lang), value)
            for name in INITIATIVE_FIELDS
            if (value := getattr(initiative, name))
        ]
        if initiative.next_step:
            due = (
                t("due_phrase", lang, date=format_day(initiative.next_step_due, lang))
                if initiative.next_step_due
                else ""
            )
            owner = t(f"owner.{initiative.next_step_owner or 'municipality'}", lang)
            rows.append((t("own.row_next_step", lang), f"{initiative.next_step}{due} ({owner})"))
        if initiative.decline_reason:
            rows.append((t("field.decline_reason", lang), initiative.decline_reason))
            rows.append((t("field.decline_pointer", lang), initiative.decline_pointer or ""))
        for event in initiative.timeline[-TIMELINE_SHOWN:]:
            rows.append((format_day(event.at.date(), lang), describe_event(event, lang)))
        reference = initiative.reference
        status = Status(initiative.status)
        choices: list[Choice] = []
        if status not in (Status.REALISED, Status.DECLINED, Status.WITHDRAWN):
            choices += [
                Choice(t("button.own_next", lang), f"own:next:{reference}"),
                Choice(t("button.own_add", lang), f"own:add:{reference}"),
            ]
            if status == Status.PAUSED:
                choices.append(Choice(t("button.own_resume", lang), f"own:resume:{reference}"))
            else:
                choices.append(Choice(t("button.own_pause", lang), f"own:pause:{reference}"))
            choices.append(Choice(t("button.own_withdraw", lang), f"own:withdraw:{reference}"))
        return Reply(
            t("own.shown", lang, reference=reference),
            card=SummaryCard(f"{reference} · {initiative.title}", tuple(rows)),
            choices=tuple(choices),
        )

    def _tell_staff(self, initiative: Initiative, key: str, **params: Any) -> bool:
        """Queue a message to the responsible staff member; False when nobody is responsible."""
        if initiative.staff_id is None:
            return False
        enqueue(
            self.session,
            [Reply(t(key, "da", reference=initiative.reference, **params))],
            kind=key,
            staff_id=initiative.staff_id,
            initiative_id=initiative.id,
        )
        return True


def _shortened(title: str, limit: int = 40) -> str:
    """A title short enough for a button."""
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def describe_event(event: TimelineEvent, lang: str) -> str:
    """One timeline entry in plain words."""
    if event.to_status and event.kind in (EventKind.STATUS_CHANGED, EventKind.SUBMITTED):
        text = t(f"status.{event.to_status}", lang)
    else:
        text = t(f"timeline.{event.kind}", lang)
    who = t(f"timeline.by_{event.actor_kind}", lang)
    detail = f": {event.text}" if event.text and event.kind != EventKind.FIELD_EDITED else ""
    return f"{text} ({who}){detail}"
