"""The momentum report: how fast and how visibly the municipality moves citizens' initiatives.

Every number is computed with SQL aggregates (group by, count, min), so the report stays quick
with many initiatives; only the grouped rows and a handful of single values reach Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from fractions import Fraction
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from bot.domain.lifecycle import Role, Status
from storage.models import Initiative, StaffMember, Team, TimelineEvent

# Paused initiatives are left out on purpose: a pause means nobody is expected to act.
ACTIVE_STATUSES = (Status.SUBMITTED, Status.IN_DIALOGUE, Status.AGREED, Status.IN_PROGRESS)
# Every status an initiative can have once it has been submitted (drafts are never received).
RECEIVED_STATUSES = tuple(s for s in Status if s != Status.DRAFT)
OVERDUE_LIST_LIMIT = 50
MEDIAN = Fraction(1, 2)
P90 = Fraction(9, 10)


@dataclass(frozen=True)
class GroupCount:
    """How many received initiatives fall in one category or area (None: not known)."""

    name: str | None
    count: int


@dataclass(frozen=True)
class OverdueGroup:
    """Overdue initiatives of one team or one staff member.

    name is None for the unassigned ones (assigned False) and, per team, for staff members
    without a team (assigned True).
    """

    name: str | None
    count: int
    # Still waiting for a first answer after the promised answer date.
    unanswered: int
    # The dated next step has passed (an initiative can be both).
    next_step_late: int
    email: str | None = None
    team: str | None = None
    assigned: bool = True


@dataclass(frozen=True)
class OverdueInitiative:
    """One overdue initiative, for the list of the longest overdue."""

    reference: str
    title: str
    status: str
    staff: str | None
    team: str | None
    response_due: date | None
    next_step_due: date | None
    unanswered: bool
    next_step_late: bool


@dataclass(frozen=True)
class MomentumReport:
    """The numbers of the momentum report for one period, as of one day."""

    since: date
    until: date
    today: date
    received: int
    by_status: dict[str, int]
    by_category: list[GroupCount]
    by_area: list[GroupCount]
    answered: int
    first_answer_median_hours: float | None
    first_answer_p90_hours: float | None
    open_received: int
    open_with_dated_next_step: int
    overdue_total: int
    overdue_by_team: list[OverdueGroup] = field(default_factory=list)
    overdue_by_staff: list[OverdueGroup] = field(default_factory=list)
    overdue_oldest: list[OverdueInitiative] = field(default_factory=list)

    @property
    def unanswered(self) -> int:
        """Initiatives received in the period with no staff answer yet."""
        return self.received - self.answered

    @property
    def dated_next_step_share(self) -> float | None:
        """Share of the open initiatives received in the period that have a dated next step."""
        if not self.open_received:
            return None
        return self.open_with_dated_next_step / self.open_received


def period_bounds(since: date, until: date, timezone: str) -> tuple[datetime, datetime]:
    """The period as UTC instants [start, end): whole local days, `until` included."""
    zone = ZoneInfo(timezone)
    start = datetime.combine(since, time.min, tzinfo=zone).astimezone(UTC)
    end = datetime.combine(until + timedelta(days=1), time.min, tzinfo=zone).astimezone(UTC)
    return start, end


def build_report(
    session: Session,
    since: date,
    until: date,
    today: date,
    *,
    timezone: str = "Europe/Copenhagen",
) -> MomentumReport:
    """Compute the momentum report for initiatives received from `since` to `until`."""
    if since > until:
        raise ValueError("the period starts after it ends")
    start, end = period_bounds(since, until, timezone)
    in_period = and_(Initiative.submitted_at >= start, Initiative.submitted_at < end)

    by_status = dict.fromkeys((s.value for s in RECEIVED_STATUSES), 0)
    for status, count in session.execute(
        select(Initiative.status, func.count()).where(in_period).group_by(Initiative.status)
    ):
        by_status[status] = by_status.get(status, 0) + count

    first_answer = _first_answers(in_period)
    hours = _hours_between(session, Initiative.submitted_at, first_answer.c.first_at)
    durations = (
        select(hours.label("hours"))
        .select_from(Initiative)
        .join(first_answer, first_answer.c.initiative_id == Initiative.id)
        .subquery()
    )
    answered, (median, p90) = _percentiles(session, durations.c.hours, (MEDIAN, P90))

    active = Initiative.status.in_([s.value for s in ACTIVE_STATUSES])
    open_received, open_dated = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((Initiative.next_step_due.is_not(None), 1), else_=0)), 0),
        ).where(in_period, active)
    ).one()

    overdue_groups = _overdue_groups(session, today)
    return MomentumReport(
        since=since,
        until=until,
        today=today,
        received=sum(by_status.values()),
        by_status=by_status,
        by_category=_group_counts(session, Initiative.category, in_period),
        by_area=_group_counts(session, Initiative.area, in_period),
        answered=answered,
        first_answer_median_hours=median,
        first_answer_p90_hours=p90,
        open_received=open_received,
        open_with_dated_next_step=int(open_dated),
        overdue_total=sum(group.count for group in overdue_groups["team"]),
        overdue_by_team=overdue_groups["team"],
        overdue_by_staff=overdue_groups["staff"],
        overdue_oldest=_overdue_oldest(session, today),
    )


def _first_answers(in_period: ColumnElement[bool]) -> Any:
    """Per initiative received in the period: when a staff member first acted after submission."""
    return (
        select(
            TimelineEvent.initiative_id.label("initiative_id"),
            func.min(TimelineEvent.at).label("first_at"),
        )
        .join(Initiative, Initiative.id == TimelineEvent.initiative_id)
        .where(
            in_period,
            TimelineEvent.actor_kind == Role.STAFF.value,
            TimelineEvent.at >= Initiative.submitted_at,
        )
        .group_by(TimelineEvent.initiative_id)
        .subquery()
    )


def _hours_between(session: Session, earlier: Any, later: Any) -> ColumnElement[Any]:
    """The hours from `earlier` to `later` as a SQL expression; each database spells it its way."""
    if session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", later - earlier) / 3600.0
    # SQLite keeps datetimes as text; julianday() turns them into fractional days.
    return (func.julianday(later) - func.julianday(earlier)) * 24.0


def _percentiles(
    session: Session, column: Any, fractions: Sequence[Fraction]
) -> tuple[int, list[float | None]]:
    """How many values `column` has, and its percentiles with linear interpolation.

    Interpolates as PostgreSQL's percentile_cont does. Portable on purpose: SQLite has no
    percentile function, so one query numbers the sorted values and returns only the two
    neighbours of each percentile's rank, never the whole column.
    """
    ranked = select(
        column.label("value"),
        func.row_number().over(order_by=column).label("position"),
        func.count().over().label("total"),
    ).subquery()
    # Integer division on both databases: the 0-based index just below each rank.
    lowers = [(f.numerator * (ranked.c.total - 1)) // f.denominator for f in fractions]
    wanted = [ranked.c.position - 1 == lower + step for lower in lowers for step in (0, 1)]
    rows = session.execute(
        select(ranked.c.value, ranked.c.position, ranked.c.total).where(or_(*wanted))
    ).all()
    total = rows[0].total if rows else 0
    values = {position - 1: float(value) for value, position, _ in rows}
    results: list[float | None] = []
    for fraction in fractions:
        if total == 0:
            results.append(None)
            continue
        rank = fraction * (total - 1)
        lower = int(rank)
        weight = rank - lower
        low = values[lower]
        high = values[lower + 1] if weight else low
        results.append(round(low + (high - low) * float(weight), 2))
    return total, results


def _group_counts(
    session: Session, column: Any, in_period: ColumnElement[bool]
) -> list[GroupCount]:
    """Received initiatives counted per value of `column`, largest group first."""
    rows = session.execute(select(column, func.count()).where(in_period).group_by(column))
    groups = [GroupCount(name, count) for name, count in rows]
    return sorted(groups, key=lambda g: (-g.count, g.name is None, g.name or ""))


def _overdue_conditions(today: date) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """(still unanswered after the promised date, dated next step passed) as SQL conditions."""
    staff_answered = exists().where(
        TimelineEvent.initiative_id == Initiative.id,
        TimelineEvent.actor_kind == Role.STAFF.value,
        TimelineEvent.at >= Initiative.submitted_at,
    )
    unanswered = and_(
        Initiative.status == Status.SUBMITTED.value,
        Initiative.response_due < today,
        ~staff_answered,
    )
    step_late = Initiative.next_step_due < today
    return unanswered, step_late


def _overdue_groups(session: Session, today: date) -> dict[str, list[OverdueGroup]]:
    """Overdue open initiatives (any submission date) per team and per staff member."""
    unanswered, step_late = _overdue_conditions(today)
    overdue = select(
        Initiative.id.label("id"),
        Initiative.staff_id.label("staff_id"),
        case((unanswered, 1), else_=0).label("unanswered"),
        case((step_late, 1), else_=0).label("step_late"),
    ).where(
        Initiative.status.in_([s.value for s in ACTIVE_STATUSES]),
        or_(unanswered, step_late),
    )
    rows = overdue.subquery()
    staff = aliased(StaffMember)
    team = aliased(Team)
    sums = (func.count(), func.sum(rows.c.unanswered), func.sum(rows.c.step_late))
    assigned_expr = case((rows.c.staff_id.is_(None), 0), else_=1)

    by_team = [
        OverdueGroup(name, count, int(late_answer), int(late_step), assigned=bool(assigned))
        for name, assigned, count, late_answer, late_step in session.execute(
            select(team.name, assigned_expr, *sums)
            .select_from(rows)
            .outerjoin(staff, staff.id == rows.c.staff_id)
            .outerjoin(team, team.id == staff.team_id)
            # Unassigned initiatives are a group of their own, apart from staff without a team.
            .group_by(team.name, assigned_expr)
        )
    ]
    by_staff = [
        OverdueGroup(
            name,
            count,
            int(late_answer),
            int(late_step),
            email=email,
            team=team_name,
            assigned=staff_id is not None,
        )
        for staff_id, name, email, team_name, count, late_answer, late_step in session.execute(
            select(rows.c.staff_id, staff.name, staff.email, team.name, *sums)
            .select_from(rows)
            .outerjoin(staff, staff.id == rows.c.staff_id)
            .outerjoin(team, team.id == staff.team_id)
            # Grouping by id too keeps two staff members with the same name apart.
            .group_by(rows.c.staff_id, staff.name, staff.email, team.name)
        )
    ]

    def order(group: OverdueGroup) -> tuple[int, bool, bool, str]:
        return (-group.count, group.name is None, not group.assigned, group.name or "")

    return {"team": sorted(by_team, key=order), "staff": sorted(by_staff, key=order)}


def _overdue_oldest(session: Session, today: date) -> list[OverdueInitiative]:
    """The longest overdue initiatives, oldest missed date first, at most OVERDUE_LIST_LIMIT."""
    unanswered, step_late = _overdue_conditions(today)
    staff = aliased(StaffMember)
    team = aliased(Team)
    # The date that was missed first: the promised answer date or the next step's date.
    missed = case(
        (
            and_(
                unanswered,
                or_(
                    Initiative.next_step_due.is_(None),
                    Initiative.response_due <= Initiative.next_step_due,
                ),
            ),
            Initiative.response_due,
        ),
        else_=Initiative.next_step_due,
    )
    rows = session.execute(
        select(
            Initiative.reference,
            Initiative.title,
            Initiative.status,
            staff.name,
            team.name,
            Initiative.response_due,
            Initiative.next_step_due,
            unanswered,
            step_late,
        )
        .outerjoin(staff, staff.id == Initiative.staff_id)
        .outerjoin(team, team.id == staff.team_id)
        .where(
            Initiative.status.in_([s.value for s in ACTIVE_STATUSES]),
            or_(unanswered, step_late),
        )
        .order_by(missed, Initiative.id)
        .limit(OVERDUE_LIST_LIMIT)
    )
    return [
        OverdueInitiative(
            reference=reference,
            title=title,
            status=status,
            staff=staff_name,
            team=team_name,
            response_due=response_due,
            next_step_due=next_step_due,
            unanswered=bool(late_answer),
            next_step_late=bool(late_step),
        )
        for (
            reference,
            title,
            status,
            staff_name,
            team_name,
            response_due,
            next_step_due,
            late_answer,
            late_step,
        ) in rows
    ]


def report_to_dict(report: MomentumReport) -> dict[str, Any]:
    """The report as plain JSON-ready data with stable keys (dates as ISO strings)."""
    share = report.dated_next_step_share

    def group(g: OverdueGroup, *, with_staff: bool) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": g.name,
            "assigned": g.assigned,
            "count": g.count,
            "unanswered": g.unanswered,
            "next_step_late": g.next_step_late,
        }
        if with_staff:
            data["email"] = g.email
            data["team"] = g.team
        return data

    return {
        "period": {"since": report.since.isoformat(), "until": report.until.isoformat()},
        "today": report.today.isoformat(),
        "received": report.received,
        "by_status": dict(report.by_status),
        "by_category": [{"name": g.name, "count": g.count} for g in report.by_category],
        "by_area": [{"name": g.name, "count": g.count} for g in report.by_area],
        "first_answer_hours": {
            "median": report.first_answer_median_hours,
            "p90": report.first_answer_p90_hours,
            "answered": report.answered,
            "unanswered": report.unanswered,
        },
        "dated_next_step": {
            "open": report.open_received,
            "with_date": report.open_with_dated_next_step,
            "share": round(share, 4) if share is not None else None,
        },
        "overdue": {
            "total": report.overdue_total,
            "by_team": [group(g, with_staff=False) for g in report.overdue_by_team],
            "by_staff": [group(g, with_staff=True) for g in report.overdue_by_staff],
            "oldest": [
                {
                    "reference": item.reference,
                    "title": item.title,
                    "status": item.status,
                    "staff": item.staff,
                    "team": item.team,
                    "response_due": _iso(item.response_due),
                    "next_step_due": _iso(item.next_step_due),
                    "unanswered": item.unanswered,
                    "next_step_late": item.next_step_late,
                }
                for item in report.overdue_oldest
            ],
        },
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
