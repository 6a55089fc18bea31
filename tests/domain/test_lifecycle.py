"""The status lifecycle: every allowed transition, and a sample of illegal ones."""

from __future__ import annotations

import pytest

from bot.domain.lifecycle import (
    CLOSED_STATUSES,
    RESUMABLE,
    TRANSITIONS,
    IllegalTransition,
    Role,
    Status,
    allowed_targets,
    check_transition,
)


@pytest.mark.parametrize(("move", "roles"), sorted(TRANSITIONS.items()))
def test_every_allowed_transition_passes_for_its_roles_only(
    move: tuple[Status, Status], roles: frozenset[Role]
) -> None:
    current, target = move
    extra = {"reason": "Det ligger uden for kommunens opgaver", "pointer": "Kontakt Lokaludvalget"}
    for role in Role:
        if role in roles:
            transition = check_transition(current, target, role, **extra)
            assert (transition.current, transition.target) == (current, target)
        else:
            with pytest.raises(IllegalTransition, match="only"):
                check_transition(current, target, role, **extra)


@pytest.mark.parametrize("closed", sorted(CLOSED_STATUSES))
@pytest.mark.parametrize("target", [Status.SUBMITTED, Status.IN_PROGRESS, Status.PAUSED])
def test_closed_initiatives_stay_closed(closed: Status, target: Status) -> None:
    with pytest.raises(IllegalTransition, match="closed"):
        check_transition(closed, target, Role.STAFF)


@pytest.mark.parametrize(
    ("current", "target", "role"),
    [
        (Status.DRAFT, Status.IN_PROGRESS, Role.INITIATOR),
        (Status.SUBMITTED, Status.REALISED, Role.STAFF),
        (Status.SUBMITTED, Status.WITHDRAWN, Role.STAFF),
        (Status.IN_DIALOGUE, Status.WITHDRAWN, Role.SYSTEM),
        (Status.SUBMITTED, Status.DRAFT, Role.INITIATOR),
    ],
)
def test_illegal_transitions_are_refused(current: Status, target: Status, role: Role) -> None:
    with pytest.raises(IllegalTransition):
        check_transition(current, target, role, reason="x", pointer="y")


def test_staff_can_never_withdraw_the_initiators_initiative() -> None:
    for current in Status:
        assert Status.WITHDRAWN not in allowed_targets(current, Role.STAFF)


def test_decline_needs_reason_and_pointer() -> None:
    with pytest.raises(IllegalTransition, match="reason"):
        check_transition(Status.SUBMITTED, Status.DECLINED, Role.STAFF, pointer="Lokaludvalget")
    with pytest.raises(IllegalTransition, match="reason"):
        check_transition(Status.SUBMITTED, Status.DECLINED, Role.STAFF, reason="  ", pointer="x")
    with pytest.raises(IllegalTransition, match="pointer"):
        check_transition(Status.SUBMITTED, Status.DECLINED, Role.STAFF, reason="Ingen plads")
    assert (
        check_transition(
            Status.SUBMITTED,
            Status.DECLINED,
            Role.STAFF,
            reason="Ingen plads",
            pointer="Foreningen",
        ).target
        == Status.DECLINED
    )


def test_resume_goes_back_to_where_it_was() -> None:
    assert (
        check_transition(
            Status.PAUSED, Status.IN_PROGRESS, Role.INITIATOR, resume_to=Status.IN_PROGRESS
        ).target
        == Status.IN_PROGRESS
    )
    with pytest.raises(IllegalTransition, match="before"):
        check_transition(Status.PAUSED, Status.AGREED, Role.STAFF, resume_to=Status.SUBMITTED)
    with pytest.raises(IllegalTransition, match="initiator or staff"):
        check_transition(Status.PAUSED, Status.SUBMITTED, Role.SYSTEM)
    assert set(RESUMABLE) <= set(allowed_targets(Status.PAUSED, Role.INITIATOR))


def test_same_status_is_refused_with_a_clear_reason() -> None:
    with pytest.raises(IllegalTransition, match="already"):
        check_transition(Status.SUBMITTED, Status.SUBMITTED, Role.STAFF)


def test_overdue_means_open_and_past_a_promised_date() -> None:
    from dataclasses import dataclass
    from datetime import date

    from bot.domain.lifecycle import is_overdue

    @dataclass
    class Dates:
        status: str
        next_step_due: date | None = None
        response_due: date | None = None

    today = date(2026, 12, 1)
    assert is_overdue(Dates("submitted", response_due=date(2026, 11, 30)), today)
    assert not is_overdue(Dates("submitted", response_due=today), today)
    assert is_overdue(Dates("agreed", next_step_due=date(2026, 11, 1)), today)
    assert not is_overdue(Dates("in_dialogue", response_due=date(2026, 11, 1)), today)
    assert not is_overdue(Dates("realised", next_step_due=date(2026, 11, 1)), today)
