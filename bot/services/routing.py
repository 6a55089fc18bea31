"""Routing a submitted initiative to a staff member, and the assignment ping they get."""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from bot.domain.fields import INITIATIVE_FIELDS
from bot.domain.routing import (
    CATEGORY_FIELD_WEIGHTS,
    DEFAULT_CATEGORISER,
    Categoriser,
    choose_staff,
    find_area,
)
from bot.domain.timeline import Actor, EventKind
from bot.i18n.catalog import catalogue, supported, t
from bot.i18n.formatting import format_day
from bot.messages import Choice, Reply, SummaryCard
from bot.services.initiatives import InitiativeService
from bot.services.outbox import enqueue
from storage.models import Initiative, StaffMember
from storage.repositories import StaffRepository

log = logging.getLogger(__name__)

STAFF_LANGUAGE = "da"


def assignment_ping(initiative: Initiative, language: str = STAFF_LANGUAGE) -> list[Reply]:
    """What a staff member sees when an initiative lands with them, with its actions."""
    rows = tuple(
        (t(f"field.{name}", language), value)
        for name in INITIATIVE_FIELDS
        if (value := getattr(initiative, name))
    )
    due = format_day(initiative.response_due, language) if initiative.response_due else "-"
    reference = initiative.reference
    return [
        Reply(
            t(
                "staff.assigned",
                language,
                reference=reference,
                title=initiative.title,
                category=category_label(initiative.category or "other", language),
                date=due,
            ),
            card=SummaryCard(
                f"{reference} · {initiative.title}",
                (*rows, (t("staff.own_words", language), initiative.original_text)),
                t("staff.suggested_next_step", language),
            ),
            choices=(
                Choice(t("button.staff_accept", language), f"staff:accept:{reference}"),
                Choice(t("button.staff_ask", language), f"staff:ask:{reference}"),
                Choice(t("button.staff_next_step", language), f"staff:next:{reference}"),
                Choice(t("button.staff_decline", language), f"staff:decline:{reference}"),
            ),
        )
    ]


def category_label(category: str, language: str) -> str:
    """A category in words; a municipality's own categories are shown by their name."""
    return catalogue(supported(language)).get(f"category.{category}") or category


def route(
    session: Session, initiative: Initiative, categoriser: Categoriser = DEFAULT_CATEGORISER
) -> StaffMember | None:
    """Set category and area, assign the best present staff member and queue their ping."""
    member = choose(session, initiative, categoriser)
    if member is not None:
        announce(session, initiative, member)
    return member


def choose(
    session: Session, initiative: Initiative, categoriser: Categoriser = DEFAULT_CATEGORISER
) -> StaffMember | None:
    """Set category, area and the best present staff member, without writing anything else.

    Works on an initiative not yet inserted, so a new submission is stored in one INSERT.
    """
    initiative.category = categoriser.categorise_fields(
        {name: getattr(initiative, name) for name in CATEGORY_FIELD_WEIGHTS}
    )
    initiative.area = find_area(initiative.where) or find_area(initiative.original_text)
    with session.no_autoflush:  # the initiative is counted once it is stored, not before
        candidates = StaffRepository(session).routing_candidates()
        chosen_id = choose_staff(candidates, initiative.category, initiative.area)
        if chosen_id is None:
            log.warning("no staff member for initiative reference=%s", initiative.reference)
            return None
        member = session.get(StaffMember, chosen_id)
    assert member is not None
    initiative.staff_id = member.id
    return member


def announce(session: Session, initiative: Initiative, member: StaffMember) -> None:
    """The assignment on the timeline (which starts the staff's clock) and the ping to them."""
    InitiativeService(session).record(
        initiative,
        EventKind.ASSIGNED,
        Actor.system(),
        data={"staff_id": member.id, "category": initiative.category, "area": initiative.area},
    )
    enqueue(
        session,
        assignment_ping(initiative),
        kind="assignment",
        staff_id=member.id,
        initiative_id=initiative.id,
    )
