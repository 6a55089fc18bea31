"""Queries and writes the rest of Samskab uses; each takes the caller's session (unit of work)."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, bindparam, exists, func, literal_column, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, selectinload

from bot.domain.lifecycle import OPEN_STATUSES
from bot.domain.routing import Candidate
from storage.models import (
    Address,
    Conversation,
    Identity,
    Initiative,
    OutboxMessage,
    Person,
    ProcessedEvent,
    ReferenceCounter,
    StaffMember,
    Team,
)

# Statements on every turn's path are built once, with their values bound at execution:
# building a statement costs more than running it on SQLite (about 0.1 ms each).
_IGNORING_CONFLICTS: dict[tuple[str, str], Any] = {}


def conflict_insert(dialect: str, table: Any) -> Any:
    """An INSERT that can say ON CONFLICT, for the database in use (PostgreSQL or SQLite)."""
    if dialect == "postgresql":
        return postgresql.insert(table)
    if dialect == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(dialect)  # pragma: no cover - only these two are supported


def _insert_ignoring_conflicts(session: Session, table: Any, values: dict[str, Any]) -> bool:
    """INSERT that does nothing on a unique conflict; True when the row was new."""
    dialect = session.get_bind().dialect.name
    stmt = _IGNORING_CONFLICTS.get((dialect, table.name))
    if stmt is None:
        # RETURNING tells reliably whether a row went in (rowcount is -1 on some drivers).
        stmt = _IGNORING_CONFLICTS[(dialect, table.name)] = (
            conflict_insert(dialect, table).on_conflict_do_nothing().returning(literal_column("1"))
        )
    return session.execute(stmt, values).first() is not None


_NEXT_NUMBER: dict[str, Any] = {}
_PERSON_BY_IDENTITY = (
    select(Person)
    .join(Identity)
    .where(
        Identity.platform == bindparam("platform"),
        Identity.external_id == bindparam("external_id"),
    )
)
_ADDRESS = select(Address).where(
    Address.person_id == bindparam("person_id"), Address.platform == bindparam("platform")
)
_CONVERSATION = select(Conversation).where(
    Conversation.platform == bindparam("platform"),
    Conversation.conversation_key == bindparam("key"),
)
_CONVERSATION_LOCKED = _CONVERSATION.with_for_update()


# Everything a turn of a known person reads, in one query: the person, their address on the
# platform, the conversation and whether messages wait for them (held: no channel could push).
# `columns` before the held flag: the entities (ORM) or some of their columns (quick_turn).
def turn_statement(*columns: Any, known_conversation: bool) -> Any:
    """The turn's read, selecting `columns` and then whether messages are held."""
    return (
        select(
            *columns,
            exists()
            .where(OutboxMessage.person_id == Person.id, OutboxMessage.state == "held")
            .label("held"),
        )
        .select_from(Person)
        .join(Identity, Identity.person_id == Person.id)
        .outerjoin(
            Address, (Address.person_id == Person.id) & (Address.platform == Identity.platform)
        )
        .join(
            Conversation,
            (Conversation.platform == Identity.platform)
            & (Conversation.conversation_key == bindparam("key")),
            isouter=not known_conversation,
        )
        .where(
            Identity.platform == bindparam("platform"),
            Identity.external_id == bindparam("external_id"),
        )
    )


_ENTITIES = (Person, Address, Conversation)
_TURN = turn_statement(*_ENTITIES, known_conversation=False)
# PostgreSQL: two replicas must take turns with one conversation, so its row and the person's
# are locked. A row read beside a locked one is not re-read when the lock is granted, so
# both are locked, which FOR UPDATE cannot do on the nullable side of an outer join: the
# usual turn (a conversation that exists) joins it, and a new conversation is a second query.
_TURN_LOCKED = turn_statement(*_ENTITIES, known_conversation=True).with_for_update(
    of=(Person, Conversation)
)
_PERSON_LOCKED = turn_statement(*_ENTITIES, known_conversation=False).with_for_update(of=Person)


@dataclass(frozen=True)
class TurnRows:
    """What `ConversationRepository.for_turn` read."""

    person: Person
    address: Address | None
    conversation: Conversation | None
    held: bool


class PersonRepository:
    """People and their platform identities."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def find_by_identity(self, platform: str, external_id: str) -> Person | None:
        """The person behind a platform account, if known."""
        return self.session.scalar(
            _PERSON_BY_IDENTITY, {"platform": platform, "external_id": external_id}
        )

    def get_or_create(
        self,
        platform: str,
        external_id: str,
        *,
        display_name: str | None = None,
        language: str = "da",
        privacy_notice_at: datetime | None = None,
        known_new: bool = False,
    ) -> tuple[Person, bool]:
        """The person for this account, created on first contact; True when new.

        `known_new`: the caller looked in this transaction and found nobody."""
        person = None if known_new else self.find_by_identity(platform, external_id)
        if person is not None:
            return person, False
        person = Person(
            display_name=display_name, language=language, privacy_notice_at=privacy_notice_at
        )
        self.session.add(person)
        self.session.flush()
        if not _insert_ignoring_conflicts(
            self.session,
            Identity.__table__,
            {"person_id": person.id, "platform": platform, "external_id": external_id},
        ):
            # Another process created the identity between our read and write: use theirs.
            self.session.delete(person)
            self.session.flush()
            existing = self.find_by_identity(platform, external_id)
            assert existing is not None
            return existing, False
        return person, True

    def set_address(
        self,
        person: Person,
        platform: str,
        reference: dict[str, Any],
        *,
        known: Address | None = None,
        looked_up: bool = False,
    ) -> None:
        """Remember how to reach `person` on `platform` later (proactive messages).

        With `looked_up`, `known` is their address there as just read (None: none yet)."""
        address = (
            known
            if looked_up
            else self.session.scalar(_ADDRESS, {"person_id": person.id, "platform": platform})
        )
        if address is None:
            self.session.add(Address(person_id=person.id, platform=platform, reference=reference))
            return
        if address.reference != reference:
            address.reference = reference
        if address.stale_at is not None:
            address.stale_at = None


class ConversationRepository:
    """Saved conversation state."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, platform: str, conversation_key: str) -> Conversation | None:
        """The conversation, locked for update on PostgreSQL so two replicas take turns."""
        locked = self.session.get_bind().dialect.name == "postgresql"
        return self.session.scalar(
            _CONVERSATION_LOCKED if locked else _CONVERSATION,
            {"platform": platform, "key": conversation_key},
        )

    def for_turn(self, platform: str, external_id: str, conversation_key: str) -> TurnRows | None:
        """A known person's turn in one query (None: nobody known behind this account)."""
        values = {"platform": platform, "external_id": external_id, "key": conversation_key}
        if self.session.get_bind().dialect.name == "postgresql":
            row = self.session.execute(_TURN_LOCKED, values).first()
            if row is None:
                row = self.session.execute(_PERSON_LOCKED, values).first()
        else:
            row = self.session.execute(_TURN, values).first()
        if row is None:
            return None
        return TurnRows(row[0], row[1], row[2], bool(row[3]))

    def get_or_create(
        self,
        platform: str,
        conversation_key: str,
        person: Person,
        language: str,
        *,
        new_person: bool = False,
    ) -> tuple[Conversation, bool]:
        """The conversation, created empty on first contact; True when new.

        A person created in this transaction has no conversation yet (a platform's
        conversation key belongs to one account), so theirs is added without looking.
        """
        if new_person:
            fresh = Conversation(
                platform=platform,
                conversation_key=conversation_key,
                person_id=person.id,
                language=language,
                state={},
            )
            self.session.add(fresh)
            return fresh, True
        conversation = self.get(platform, conversation_key)
        if conversation is not None:
            return conversation, False
        created = _insert_ignoring_conflicts(
            self.session,
            Conversation.__table__,
            {
                "platform": platform,
                "conversation_key": conversation_key,
                "person_id": person.id,
                "language": language,
                "state": {},
            },
        )
        conversation = self.get(platform, conversation_key)
        assert conversation is not None
        return conversation, created


@dataclass
class InitiativeFilter:
    """What `InitiativeRepository.list` narrows by."""

    statuses: Sequence[str] = ()
    staff_email: str | None = None
    overdue_on: date | None = None
    initiator_id: int | None = None
    limit: int | None = None
    offset: int = 0
    with_timeline: bool = False


class InitiativeRepository:
    """Initiatives and their references."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, initiative: Initiative) -> Initiative:
        """Store a new initiative."""
        self.session.add(initiative)
        self.session.flush()
        return initiative

    def by_reference(self, reference: str) -> Initiative | None:
        """The initiative with this reference (case-insensitive), timeline loaded."""
        return self.session.scalar(
            select(Initiative)
            .where(Initiative.reference == reference.strip().upper())
            .options(selectinload(Initiative.timeline), selectinload(Initiative.staff))
        )

    def list(self, criteria: InitiativeFilter | None = None) -> list[Initiative]:
        """Initiatives matching `criteria`, newest first (overdue: oldest due date first)."""
        criteria = criteria or InitiativeFilter()
        stmt = select(Initiative).options(selectinload(Initiative.staff))
        if criteria.with_timeline:
            stmt = stmt.options(selectinload(Initiative.timeline))
        if criteria.statuses:
            stmt = stmt.where(Initiative.status.in_(list(criteria.statuses)))
        if criteria.staff_email:
            stmt = stmt.join(StaffMember, Initiative.staff_id == StaffMember.id).where(
                func.lower(StaffMember.email) == criteria.staff_email.lower()
            )
        if criteria.initiator_id is not None:
            stmt = stmt.where(Initiative.initiator_id == criteria.initiator_id)
        if criteria.overdue_on is not None:
            open_values = [s.value for s in OPEN_STATUSES]
            stmt = stmt.where(
                Initiative.status.in_(open_values),
                (Initiative.next_step_due < criteria.overdue_on)
                | (
                    (Initiative.status == "submitted")
                    & (Initiative.response_due < criteria.overdue_on)
                ),
            ).order_by(Initiative.next_step_due.asc().nulls_first(), Initiative.id)
        else:
            stmt = stmt.order_by(Initiative.id.desc())
        if criteria.offset:
            stmt = stmt.offset(criteria.offset)
        if criteria.limit is not None:
            stmt = stmt.limit(criteria.limit)
        return list(self.session.scalars(stmt))

    def next_reference(self, prefix: str, year: int) -> str:
        """A new reference like GK-2026-0042, unique even with several processes."""
        # One upsert: the year's first reference starts the counter, later ones count on.
        # The row lock it takes orders concurrent submissions on PostgreSQL.
        dialect = self.session.get_bind().dialect.name
        stmt = _NEXT_NUMBER.get(dialect)
        if stmt is None:
            table: Any = ReferenceCounter.__table__
            stmt = _NEXT_NUMBER[dialect] = (
                conflict_insert(dialect, table)
                .values(year=bindparam("year"), last_number=1)
                .on_conflict_do_update(
                    index_elements=[table.c.year], set_={"last_number": table.c.last_number + 1}
                )
                .returning(table.c.last_number)
            )
        number = self.session.scalar(stmt, {"year": year})
        assert number is not None
        return f"{prefix}-{year}-{number:04d}"


@dataclass
class StaffRecord:
    """One staff member as read from an import file."""

    name: str
    email: str
    slack_id: str | None = None
    teams_id: str | None = None
    team: str | None = None
    role: str = "staff"
    areas: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    away: bool = False


# Which accounts belong to staff, per database and id column, re-read at most every
# STAFF_IDS_TTL seconds: most turns are citizens', and finding that out should cost no query.
# An import in this process is seen at once; one in another process within the TTL.
STAFF_IDS_TTL = 30.0
_staff_ids: dict[tuple[str, str], tuple[float, frozenset[str]]] = {}


def cached_account_ids(engine: Engine, column: Any) -> frozenset[str] | None:
    """The staff ids of `column` as last read, if still fresh (None: they must be read);
    no column (a platform staff cannot use) has none."""
    if column is None:
        return frozenset()
    cached = _staff_ids.get((str(engine.url), str(column)))
    if cached is None or time.monotonic() - cached[0] >= STAFF_IDS_TTL:
        return None
    return cached[1]


def forget_staff_accounts() -> None:
    """Read staff accounts afresh on next use."""
    _staff_ids.clear()


_OPEN_LOAD = (
    select(func.count())
    .where(
        Initiative.staff_id == StaffMember.id,
        Initiative.status.in_([s.value for s in OPEN_STATUSES]),
    )
    .correlate(StaffMember)
    .scalar_subquery()
)
_CANDIDATES = select(
    StaffMember.id, StaffMember.categories, StaffMember.areas, StaffMember.away, _OPEN_LOAD
).order_by(StaffMember.name)


class StaffRepository:
    """Staff members and teams."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def account_ids(self, column: Any) -> frozenset[str]:
        """Every non-empty value of a staff id column (slack_id, teams_id, email), cached."""
        key = (str(self.session.get_bind().engine.url), str(column))
        now = time.monotonic()
        cached = _staff_ids.get(key)
        if cached is not None and now - cached[0] < STAFF_IDS_TTL:
            return cached[1]
        ids = frozenset(i for i in self.session.scalars(select(column)) if i)
        _staff_ids[key] = (now, ids)
        return ids

    def team_named(self, name: str) -> Team:
        """The team with this name, created when new."""
        team = self.session.scalar(select(Team).where(Team.name == name))
        if team is None:
            team = Team(name=name)
            self.session.add(team)
            self.session.flush()
        return team

    def upsert(self, records: Iterable[StaffRecord]) -> tuple[int, int]:
        """Create or update staff by e-mail; returns (created, updated)."""
        created = updated = 0
        for record in records:
            member = self.by_email(record.email)
            if member is None:
                member = StaffMember(email=record.email.lower())
                self.session.add(member)
                created += 1
            else:
                updated += 1
            member.name = record.name
            member.slack_id = record.slack_id
            member.teams_id = record.teams_id
            member.role = record.role
            member.areas = list(record.areas)
            member.categories = list(record.categories)
            member.away = record.away
            member.team = self.team_named(record.team) if record.team else None
        self.session.flush()
        forget_staff_accounts()
        return created, updated

    def by_email(self, email: str) -> StaffMember | None:
        """The staff member with this e-mail (case-insensitive)."""
        return self.session.scalar(
            select(StaffMember).where(func.lower(StaffMember.email) == email.strip().lower())
        )

    def list(self) -> list[StaffMember]:
        """Every staff member, by name."""
        return list(
            self.session.scalars(
                select(StaffMember)
                .options(selectinload(StaffMember.team))
                .order_by(StaffMember.name)
            )
        )

    def routing_candidates(self) -> Sequence[Candidate]:
        """Every staff member as routing sees them, open load included, in one query."""
        return [
            Candidate(staff_id, list(categories or []), list(areas or []), bool(away), count)
            for staff_id, categories, areas, away, count in self.session.execute(_CANDIDATES)
        ]

    def open_counts(self) -> dict[int, int]:
        """Open initiatives per staff member id."""
        rows = self.session.execute(
            select(Initiative.staff_id, func.count())
            .where(
                Initiative.staff_id.is_not(None),
                Initiative.status.in_([s.value for s in OPEN_STATUSES]),
            )
            .group_by(Initiative.staff_id)
        )
        return {staff_id: count for staff_id, count in rows if staff_id is not None}


class ProcessedEventRepository:
    """Platform event ids already handled (deduplication of retries)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def first_time(self, platform: str, event_id: str) -> bool:
        """Record the event id; True only the first time it is seen, in any process."""
        return _insert_ignoring_conflicts(
            self.session, ProcessedEvent.__table__, {"platform": platform, "event_id": event_id}
        )


__all__ = [
    "ConversationRepository",
    "InitiativeFilter",
    "InitiativeRepository",
    "PersonRepository",
    "ProcessedEventRepository",
    "StaffRecord",
    "StaffRepository",
    "TurnRows",
    "cached_account_ids",
    "turn_statement",
]
