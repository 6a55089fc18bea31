"""Staff act on initiatives from the chat: accept, ask, set the next step, decline, and more.

Every action is checked (only the responsible staff member, their team lead or an admin),
idempotent (a second press changes nothing), lands on the timeline, and is told to the
initiator at once in their own language.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.dates import find_date
from bot.domain.lifecycle import IllegalTransition, NextStepOwner, Role, Status
from bot.domain.timeline import Actor, EventKind
from bot.i18n.catalog import t
from bot.i18n.formatting import format_day
from bot.messages import Choice, Reply
from bot.services.initiatives import InitiativeService
from bot.services.initiator_desk import ANSWER_PREFIX
from bot.services.outbox import enqueue
from bot.services.routing import assignment_ping
from bot.services.templates import KINDS, set_template, templates_for
from storage.models import AnswerTemplate, Initiative, Person, StaffMember
from storage.repositories import InitiativeRepository, StaffRepository

log = logging.getLogger(__name__)

STAFF_PREFIX = "staff:"
# Status changes a staff member can make with one button, and the verb each button carries.
STATUS_ACTIONS = {
    "progress": Status.IN_PROGRESS,
    "realised": Status.REALISED,
    "pause": Status.PAUSED,
    "resume": Status.IN_DIALOGUE,
}


# Typed staff commands ("tag GK-2026-0042", "decline GK-2026-0042") for channels without
# buttons at hand, such as the console: each maps to the button it stands for.
_COMMAND_WORDS = {
    "accept": "accept",
    "tag": "accept",
    "ask": "ask",
    "spørg": "ask",
    "next": "next",
    "næste": "next",
    "decline": "decline",
    "afvis": "decline",
    "progress": "progress",
    "igang": "progress",
    "realised": "realised",
    "gennemført": "realised",
    "pause": "pause",
    "resume": "resume",
    "genoptag": "resume",
    "reassign": "reassign",
    "overdrag": "reassign",
}
_COMMAND = re.compile(r"^\s*/?(\w+)\s+([A-Za-z]{1,5}-\d{4}-\d{4,})\s*$")


_TEMPLATE = re.compile(
    r"^\s*/?(?:skabelon|template)\s+(ask|decline|spørg|afvis)?\s*([\w-]{1,60})\s*:\s*(.+)$",
    re.DOTALL | re.IGNORECASE,
)


def edit_template(session: Session, staff: StaffMember, text: str, lang: str) -> Reply | None:
    """ "skabelon [ask|decline] KEY: text" saves a template in the staff member's language."""
    match = _TEMPLATE.match(text)
    if match is None:
        return None
    kind = {"spørg": "ask", "afvis": "decline"}.get((match.group(1) or "").casefold())
    kind = kind or (match.group(1) or "").casefold() or None
    try:
        template = set_template(
            session, match.group(2), lang, match.group(3), kind=kind, staff_id=staff.id
        )
    except ValueError as problem:
        return Reply(str(problem))
    return Reply(t("staff.template_saved", lang, name=template.key))


def staff_command(text: str) -> str | None:
    """The button value a typed staff command stands for, or None for any other text."""
    match = _COMMAND.match(text)
    if match is None:
        return None
    action = _COMMAND_WORDS.get(match.group(1).casefold())
    return f"{STAFF_PREFIX}{action}:{match.group(2).upper()}" if action else None


def staff_column(platform: str) -> Any:
    """The staff member's column holding their account id on `platform` (None: staff are
    not known there)."""
    return {
        "slack": StaffMember.slack_id,
        "teams": StaffMember.teams_id,
        "console": StaffMember.email,
        "web": StaffMember.email,
    }.get(platform)


def staff_for(session: Session, platform: str, user_id: str) -> StaffMember | None:
    """The staff member behind a platform account, if the account belongs to one."""
    column = staff_column(platform)
    if column is None or user_id not in StaffRepository(session).account_ids(column):
        return None
    return session.scalar(select(StaffMember).where(column == user_id))


def may_act(staff: StaffMember, initiative: Initiative) -> bool:
    """The responsible staff member, their team lead or an admin (anyone, if unassigned)."""
    if staff.role == "admin" or initiative.staff_id in (None, staff.id):
        return True
    owner = initiative.staff
    return staff.role == "lead" and owner is not None and owner.team_id == staff.team_id


class StaffDesk:
    """Handles staff buttons and the follow-up text some actions ask for."""

    def __init__(self, session: Session, *, today: date | None = None) -> None:
        self.session = session
        self.initiatives = InitiativeRepository(session)
        self.service = InitiativeService(session)
        self.today = today or date.today()

    # -- entry points -------------------------------------------------------------------

    def on_choice(self, staff: StaffMember, state: dict[str, Any], value: str) -> list[Reply]:
        """A staff button: "staff:<action>:<reference>" (or with an extra argument)."""
        lang = state.get("lang", "da")
        parts = value.removeprefix(STAFF_PREFIX).split(":")
        action, reference = parts[0], parts[-1]
        argument = parts[1] if len(parts) == 3 else None
        if action == "cancel":
            state.pop("staff_pending", None)
            return [Reply(t("staff.cancelled", lang))]
        initiative = self.initiatives.by_reference(reference)
        if initiative is None:
            return [Reply(t("staff.unknown_reference", lang, reference=reference))]
        if not may_act(staff, initiative):
            return [self._refusal(initiative, lang)]
        actor = Actor(Role.STAFF, staff.id)
        if action == "accept":
            return self._accept(staff, initiative, actor, lang)
        if action in ("ask", "next", "decline"):
            state["staff_pending"] = {"action": action, "reference": initiative.reference}
            key = {"ask": "staff.ask_prompt", "next": "staff.next_prompt"}.get(
                action, "staff.decline_reason_prompt"
            )
            return [
                Reply(
                    t(key, lang, reference=initiative.reference),
                    choices=(
                        *self._template_choices(action, lang, initiative),
                        *self._cancel(lang),
                    ),
                )
            ]
        if action == "use" and argument and argument.isdigit():
            template = self.session.get(AnswerTemplate, int(argument))
            pending = state.get("staff_pending") or {}
            if template is None or pending.get("action") != template.kind:
                return [Reply(t("stale_button", lang))]
            return self.on_text(staff, state, template.text)
        if action == "owner" and argument in ("initiator", "municipality"):
            return self._finish_next_step(state, staff, initiative, NextStepOwner(argument), lang)
        if action in STATUS_ACTIONS:
            return self._set_status(initiative, STATUS_ACTIONS[action], actor, lang)
        if action == "reassign":
            return [self._reassign_menu(staff, initiative, lang)]
        if action == "to" and argument and argument.isdigit():
            return self._reassign(initiative, int(argument), actor, lang)
        if action == "team" and argument and argument.isdigit():
            member_id = self._least_loaded_in_team(int(argument), initiative)
            if member_id is None:
                return [Reply(t("staff.team_nobody", lang))]
            return self._reassign(initiative, member_id, actor, lang)
        return [Reply(t("stale_button", lang))]

    def on_text(self, staff: StaffMember, state: dict[str, Any], text: str) -> list[Reply]:
        """Text that answers the question an action asked (the question, the reason, ...)."""
        lang = state.get("lang", "da")
        pending = state.get("staff_pending") or {}
        initiative = self.initiatives.by_reference(pending.get("reference", ""))
        if initiative is None or not may_act(staff, initiative):
            state.pop("staff_pending", None)
            return [Reply(t("staff.cancelled", lang))]
        actor = Actor(Role.STAFF, staff.id)
        action = pending.get("action")
        if action == "ask":
            state.pop("staff_pending", None)
            return self._relay_question(staff, initiative, actor, text, lang)
        if action == "next":
            due = find_date(text, lang, self.today)
            state["staff_pending"] = {
                "action": "next_owner",
                "reference": initiative.reference,
                "step": text,
                "due": due.isoformat() if due else None,
            }
            reference = initiative.reference
            return [
                Reply(
                    t("staff.next_owner", lang),
                    choices=(
                        Choice(
                            t("button.owner_initiator", lang), f"staff:owner:initiator:{reference}"
                        ),
                        Choice(
                            t("button.owner_municipality", lang),
                            f"staff:owner:municipality:{reference}",
                        ),
                        *self._cancel(lang),
                    ),
                )
            ]
        if action == "decline":
            state["staff_pending"] = {
                "action": "decline_pointer",
                "reference": initiative.reference,
                "reason": text,
            }
            return [Reply(t("staff.decline_pointer_prompt", lang), choices=self._cancel(lang))]
        if action == "decline_pointer":
            state.pop("staff_pending", None)
            return self._decline(initiative, actor, pending.get("reason", ""), text, lang)
        state.pop("staff_pending", None)
        return [Reply(t("staff.cancelled", lang))]

    # -- actions --------------------------------------------------------------------------

    def _accept(
        self, staff: StaffMember, initiative: Initiative, actor: Actor, lang: str
    ) -> list[Reply]:
        if initiative.status != Status.SUBMITTED:
            owner = initiative.staff.name if initiative.staff else staff.name
            return [
                Reply(
                    t("staff.already_accepted", lang, reference=initiative.reference, owner=owner)
                )
            ]
        if initiative.staff_id != staff.id:
            self._assign(initiative, staff, actor)
        self.service.change_status(initiative, Status.IN_DIALOGUE, actor)
        self._tell_initiator(
            initiative, "notify.accepted", staff=staff.name, title=initiative.title
        )
        return [
            Reply(
                t("staff.accepted", lang, reference=initiative.reference),
                choices=self._follow_ups(initiative, lang),
            )
        ]

    def _relay_question(
        self, staff: StaffMember, initiative: Initiative, actor: Actor, question: str, lang: str
    ) -> list[Reply]:
        self.service.record(
            initiative,
            EventKind.MESSAGE_RELAYED,
            actor,
            text=question,
            data={"direction": "to_initiator", "staff_id": staff.id},
        )
        initiator_lang = self._initiator_language(initiative)
        self._tell_initiator(
            initiative,
            "notify.question",
            staff=staff.name,
            question=question,
            choices=(
                Choice(
                    t("button.answer", initiator_lang), f"{ANSWER_PREFIX}{initiative.reference}"
                ),
            ),
        )
        return [Reply(t("staff.question_sent", lang))]

    def _finish_next_step(
        self,
        state: dict[str, Any],
        staff: StaffMember,
        initiative: Initiative,
        owner: NextStepOwner,
        lang: str,
    ) -> list[Reply]:
        pending = state.get("staff_pending") or {}
        if (
            pending.get("action") != "next_owner"
            or pending.get("reference") != initiative.reference
        ):
            return [Reply(t("stale_button", lang))]
        state.pop("staff_pending", None)
        due = date.fromisoformat(pending["due"]) if pending.get("due") else None
        actor = Actor(Role.STAFF, staff.id)
        self.service.set_next_step(initiative, pending["step"], due, owner, actor)
        if initiative.status == Status.IN_DIALOGUE:
            self.service.change_status(initiative, Status.AGREED, actor)
        initiator_lang = self._initiator_language(initiative)
        self._tell_initiator(
            initiative,
            "notify.next_step",
            step=pending["step"],
            due=self._due_phrase(due, initiator_lang),
            owner=t(f"owner.{owner.value}", initiator_lang),
        )
        return [
            Reply(
                t(
                    "staff.next_set",
                    lang,
                    reference=initiative.reference,
                    step=pending["step"],
                    due=self._due_phrase(due, lang),
                ),
                choices=self._follow_ups(initiative, lang),
            )
        ]

    def _decline(
        self, initiative: Initiative, actor: Actor, reason: str, pointer: str, lang: str
    ) -> list[Reply]:
        try:
            changed = self.service.change_status(
                initiative, Status.DECLINED, actor, reason=reason, pointer=pointer
            )
        except IllegalTransition:
            return [self._illegal(initiative, lang)]
        if not changed:
            return [Reply(t("staff.nothing_changed", lang, reference=initiative.reference))]
        self._tell_initiator(
            initiative, "notify.declined", title=initiative.title, reason=reason, pointer=pointer
        )
        return [Reply(t("staff.declined", lang, reference=initiative.reference))]

    def _set_status(
        self, initiative: Initiative, target: Status, actor: Actor, lang: str
    ) -> list[Reply]:
        if target == Status.IN_DIALOGUE and initiative.status == Status.PAUSED:
            target = Status(initiative.status_before_pause or Status.IN_DIALOGUE)
        try:
            changed = self.service.change_status(initiative, target, actor)
        except IllegalTransition:
            return [self._illegal(initiative, lang)]
        if not changed:
            return [Reply(t("staff.nothing_changed", lang, reference=initiative.reference))]
        initiator_lang = self._initiator_language(initiative)
        self._tell_initiator(
            initiative, "notify.status", status=t(f"status.{target.value}", initiator_lang)
        )
        return [
            Reply(
                t(
                    "staff.status_set",
                    lang,
                    reference=initiative.reference,
                    status=t(f"status.{target.value}", lang),
                ),
                choices=self._follow_ups(initiative, lang),
            )
        ]

    def _reassign_menu(self, staff: StaffMember, initiative: Initiative, lang: str) -> Reply:
        colleagues = [
            member
            for member in StaffRepository(self.session).list()
            if member.id != initiative.staff_id and not member.away
        ]
        teams = sorted({m.team.id: m.team.name for m in colleagues if m.team}.items())
        return Reply(
            t("staff.reassign_prompt", lang, reference=initiative.reference),
            choices=(
                *(
                    Choice(
                        t("button.staff_team", lang, team=name),
                        f"staff:team:{team_id}:{initiative.reference}",
                    )
                    for team_id, name in teams[:10]
                ),
                *(
                    Choice(member.name, f"staff:to:{member.id}:{initiative.reference}")
                    for member in colleagues[:20]
                ),
                *self._cancel(lang),
            ),
        )

    def _least_loaded_in_team(self, team_id: int, initiative: Initiative) -> int | None:
        """The present member of a team with the fewest open initiatives (not the current one)."""
        repository = StaffRepository(self.session)
        counts = repository.open_counts()
        members = [
            m
            for m in repository.list()
            if m.team_id == team_id and not m.away and m.id != initiative.staff_id
        ]
        if not members:
            return None
        return min(members, key=lambda m: (counts.get(m.id, 0), m.id)).id

    def _reassign(
        self, initiative: Initiative, staff_id: int, actor: Actor, lang: str
    ) -> list[Reply]:
        target = self.session.get(StaffMember, staff_id)
        if target is None:
            return [Reply(t("stale_button", lang))]
        if initiative.staff_id == target.id:
            return [Reply(t("staff.nothing_changed", lang, reference=initiative.reference))]
        self._assign(initiative, target, actor)
        enqueue(
            self.session,
            assignment_ping(initiative),
            kind="assignment",
            staff_id=target.id,
            initiative_id=initiative.id,
        )
        return [
            Reply(t("staff.reassigned", lang, reference=initiative.reference, owner=target.name))
        ]

    # -- helpers --------------------------------------------------------------------------

    def _assign(self, initiative: Initiative, staff: StaffMember, actor: Actor) -> None:
        initiative.staff_id = staff.id
        initiative.staff = staff
        self.service.record(initiative, EventKind.ASSIGNED, actor, data={"staff_id": staff.id})

    def _initiator_language(self, initiative: Initiative) -> str:
        person = (
            self.session.get(Person, initiative.initiator_id) if initiative.initiator_id else None
        )
        return person.language if person is not None else initiative.language

    def _tell_initiator(
        self,
        initiative: Initiative,
        key: str,
        *,
        choices: tuple[Choice, ...] = (),
        **params: Any,
    ) -> None:
        """Queue a message to the initiator, in their language, on the channel they use."""
        if initiative.initiator_id is None:
            return
        lang = self._initiator_language(initiative)
        enqueue(
            self.session,
            [Reply(t(key, lang, reference=initiative.reference, **params), choices=choices)],
            kind=key,
            person_id=initiative.initiator_id,
            initiative_id=initiative.id,
        )

    def _due_phrase(self, due: date | None, lang: str) -> str:
        return t("due_phrase", lang, date=format_day(due, lang)) if due else ""

    def _follow_ups(self, initiative: Initiative, lang: str) -> tuple[Choice, ...]:
        reference = initiative.reference
        return (
            Choice(t("button.staff_ask", lang), f"staff:ask:{reference}"),
            Choice(t("button.staff_next_step", lang), f"staff:next:{reference}"),
            Choice(t("button.staff_progress", lang), f"staff:progress:{reference}"),
            Choice(t("button.staff_realised", lang), f"staff:realised:{reference}"),
            Choice(t("button.staff_reassign", lang), f"staff:reassign:{reference}"),
            Choice(t("button.staff_decline", lang), f"staff:decline:{reference}"),
        )

    def _template_choices(
        self, action: str, lang: str, initiative: Initiative
    ) -> tuple[Choice, ...]:
        """Saved answers for this kind of action: one press fills in the text."""
        if action not in KINDS:
            return ()
        return tuple(
            Choice(
                template.text if len(template.text) <= 60 else template.text[:57] + "...",
                f"staff:use:{template.id}:{initiative.reference}",
            )
            for template in templates_for(self.session, action, lang)
        )

    def _cancel(self, lang: str) -> tuple[Choice, ...]:
        return (Choice(t("button.cancel_action", lang), "staff:cancel:-"),)

    def _refusal(self, initiative: Initiative, lang: str) -> Reply:
        owner = initiative.staff.name if initiative.staff else "-"
        return Reply(t("staff.not_yours", lang, reference=initiative.reference, owner=owner))

    def _illegal(self, initiative: Initiative, lang: str) -> Reply:
        return Reply(
            t(
                "staff.illegal",
                lang,
                reference=initiative.reference,
                status=t(f"status.{initiative.status}", lang),
            )
        )
