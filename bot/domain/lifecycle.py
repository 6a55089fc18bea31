"""The initiative's status lifecycle: every allowed transition and who may make it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol


class Status(StrEnum):
    """Where an initiative stands."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    IN_DIALOGUE = "in_dialogue"
    AGREED = "agreed"
    IN_PROGRESS = "in_progress"
    REALISED = "realised"
    DECLINED = "declined"
    PAUSED = "paused"
    WITHDRAWN = "withdrawn"


class Role(StrEnum):
    """Who is acting on an initiative."""

    INITIATOR = "initiator"
    STAFF = "staff"
    SYSTEM = "system"


class NextStepOwner(StrEnum):
    """Who owns the next step: the initiator stays the owner of their initiative."""

    INITIATOR = "initiator"
    MUNICIPALITY = "municipality"


OPEN_STATUSES = frozenset(
    {Status.SUBMITTED, Status.IN_DIALOGUE, Status.AGREED, Status.IN_PROGRESS, Status.PAUSED}
)
CLOSED_STATUSES = frozenset({Status.REALISED, Status.DECLINED, Status.WITHDRAWN})

_I, _S, _Y = Role.INITIATOR, Role.STAFF, Role.SYSTEM

# (from, to) -> roles allowed to make the move. Withdrawing is the initiator's alone;
# declining is the municipality's alone and needs a reason (checked below).
TRANSITIONS: dict[tuple[Status, Status], frozenset[Role]] = {
    (Status.DRAFT, Status.SUBMITTED): frozenset({_I}),
    (Status.DRAFT, Status.WITHDRAWN): frozenset({_I}),
    (Status.SUBMITTED, Status.IN_DIALOGUE): frozenset({_S}),
    (Status.SUBMITTED, Status.DECLINED): frozenset({_S}),
    (Status.SUBMITTED, Status.PAUSED): frozenset({_I, _S}),
    (Status.SUBMITTED, Status.WITHDRAWN): frozenset({_I}),
    (Status.IN_DIALOGUE, Status.AGREED): frozenset({_I, _S}),
    (Status.IN_DIALOGUE, Status.IN_PROGRESS): frozenset({_I, _S}),
    (Status.IN_DIALOGUE, Status.DECLINED): frozenset({_S}),
    (Status.IN_DIALOGUE, Status.PAUSED): frozenset({_I, _S}),
    (Status.IN_DIALOGUE, Status.WITHDRAWN): frozenset({_I}),
    (Status.AGREED, Status.IN_PROGRESS): frozenset({_I, _S}),
    (Status.AGREED, Status.REALISED): frozenset({_I, _S}),
    (Status.AGREED, Status.DECLINED): frozenset({_S}),
    (Status.AGREED, Status.PAUSED): frozenset({_I, _S}),
    (Status.AGREED, Status.WITHDRAWN): frozenset({_I}),
    (Status.IN_PROGRESS, Status.REALISED): frozenset({_I, _S}),
    (Status.IN_PROGRESS, Status.PAUSED): frozenset({_I, _S}),
    (Status.IN_PROGRESS, Status.WITHDRAWN): frozenset({_I}),
    (Status.PAUSED, Status.WITHDRAWN): frozenset({_I}),
    (Status.PAUSED, Status.DECLINED): frozenset({_S}),
}
# Resuming goes back to where the initiative was before the pause.
RESUMABLE = frozenset({Status.SUBMITTED, Status.IN_DIALOGUE, Status.AGREED, Status.IN_PROGRESS})


class IllegalTransition(Exception):
    """A status change the lifecycle does not allow, with the reason in plain words."""

    def __init__(self, current: Status, target: Status, why: str) -> None:
        super().__init__(f"Cannot go from {current.value} to {target.value}: {why}")
        self.current = current
        self.target = target
        self.why = why


@dataclass(frozen=True)
class Transition:
    """An allowed status change, ready to apply."""

    current: Status
    target: Status
    role: Role


def check_transition(
    current: Status | str,
    target: Status | str,
    role: Role,
    *,
    reason: str | None = None,
    pointer: str | None = None,
    resume_to: Status | str | None = None,
) -> Transition:
    """Return the transition when `role` may move an initiative from `current` to `target`."""
    current, target = Status(current), Status(target)
    if current == target:
        raise IllegalTransition(current, target, "it already has that status")
    if current == Status.PAUSED and target in RESUMABLE:
        if resume_to is not None and Status(resume_to) != target:
            raise IllegalTransition(current, target, f"it was {Status(resume_to).value} before")
        if role not in (Role.INITIATOR, Role.STAFF):
            raise IllegalTransition(current, target, "only the initiator or staff can resume")
        return Transition(current, target, role)
    allowed = TRANSITIONS.get((current, target))
    if allowed is None:
        if current in CLOSED_STATUSES:
            raise IllegalTransition(current, target, "the initiative is closed")
        raise IllegalTransition(current, target, "that step is not part of the lifecycle")
    if role not in allowed:
        who = ", ".join(sorted(r.value for r in allowed))
        raise IllegalTransition(current, target, f"only {who} may do that")
    if target == Status.DECLINED:
        if not (reason and reason.strip()):
            raise IllegalTransition(current, target, "a decline needs a reason")
        if not (pointer and pointer.strip()):
            raise IllegalTransition(
                current, target, "a decline needs a pointer to where else to go"
            )
    return Transition(current, target, role)


def allowed_targets(current: Status | str, role: Role) -> list[Status]:
    """Every status `role` may move an initiative to from `current`, for menus and help."""
    current = Status(current)
    targets = [to for (frm, to), roles in TRANSITIONS.items() if frm == current and role in roles]
    if current == Status.PAUSED and role in (Role.INITIATOR, Role.STAFF):
        targets.extend(sorted(RESUMABLE))
    return targets


class HasDueDates(Protocol):
    """What deciding "overdue" needs to know about an initiative."""

    status: str
    next_step_due: date | None
    response_due: date | None


def is_overdue(initiative: HasDueDates, today: date) -> bool:
    """Open and past its next step's date, or still waiting for a first answer past the date
    the initiator was promised one."""
    if initiative.status not in OPEN_STATUSES:
        return False
    if initiative.next_step_due is not None and initiative.next_step_due < today:
        return True
    return (
        initiative.status == Status.SUBMITTED
        and initiative.response_due is not None
        and initiative.response_due < today
    )
