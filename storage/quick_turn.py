"""The statements of an ordinary turn (someone in the middle of telling an idea), run on the
DB-API cursor underneath SQLAlchemy.

Such a turn records the event id, reads one row and saves the conversation state. A
newcomer's first message is one too: the event id, the read that finds nobody, and the
person, their identity, address and conversation inserted with the state the turn ends in.
Through the ORM session such statements cost three to four times what they cost on the cursor,
most of it on a cold CPU between messages (`python -m bench.run --only channels`, the "layer
costs" row). The statements here are still SQLAlchemy Core, built from the models, compiled
once per database and given SQLAlchemy's own type processing (JSON, UTC times); only their
execution skips the session and Connection layers. Every other turn (staff, a submission,
buttons of the desks) goes through the ORM session, see
`bot.services.conversation.ConversationService`. The introductions offered after a submission,
written by a background thread beside the turns, use the same way (`initiator_of`,
`add_introduction`, `enqueue`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, literal_column, select, update
from sqlalchemy.engine import Dialect

from storage.db import Database
from storage.models import (
    Address,
    Conversation,
    Identity,
    Initiative,
    Introduction,
    OutboxMessage,
    Person,
    ProcessedEvent,
    utcnow,
)
from storage.repositories import conflict_insert, turn_statement

_GIVEN = object()  # marks a value the caller gives at execution


class Prepared:
    """A Core statement compiled for one dialect, executed on a DB-API cursor with the bind
    and result processing SQLAlchemy would apply."""

    def __init__(self, statement: Any, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)
        self.sql = compiled.string
        self.positional = dialect.positional
        names = list(compiled.positiontup or ()) if dialect.positional else list(compiled.binds)
        # (name, the value a statement holds itself such as 'held', its processor)
        self._binds = [
            (
                name,
                _GIVEN if compiled.binds[name].required else compiled.binds[name].value,
                compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect),
            )
            for name in names
        ]
        # A SELECT's columns, or what an INSERT returns.
        types = [column.type for column in getattr(statement, "selected_columns", ())] or [
            column["type"] for column in getattr(statement, "returning_column_descriptions", ())
        ]
        self._results = [
            kind.dialect_impl(dialect).result_processor(dialect, None) for kind in types
        ]

    def execute(self, cursor: Any, values: Mapping[str, Any]) -> Any:
        """Run with `values` by bind name; returns the cursor."""
        processed = []
        for name, own, process in self._binds:
            value = values[name] if own is _GIVEN else own
            processed.append((name, process(value) if process else value))
        if self.positional:
            cursor.execute(self.sql, tuple(value for _, value in processed))
        else:
            cursor.execute(self.sql, dict(processed))
        return cursor

    def first(self, cursor: Any, values: Mapping[str, Any]) -> tuple[Any, ...] | None:
        """The first row, its values processed as SQLAlchemy would (None: no row)."""
        row = self.execute(cursor, values).fetchone()
        if row is None:
            return None
        return tuple(
            process(value) if process else value
            for process, value in zip(self._results, row, strict=True)
        )


@dataclass(frozen=True)
class QuickRows:
    """What an ordinary turn reads about the person and the conversation, in one query."""

    person_id: int
    person_language: str
    timezone: str | None
    address: dict[str, Any] | None  # their address on this platform (None: none stored)
    address_stale: bool
    conversation_id: int | None  # None: no conversation under this key yet
    state: dict[str, Any] | None
    held: bool  # messages wait for them (see `bot.services.outbox.held_for`)


_CONVERSATION: Any = Conversation.__table__
_PERSON: Any = Person.__table__
_IDENTITY: Any = Identity.__table__
_ADDRESS: Any = Address.__table__
_INTRODUCTION: Any = Introduction.__table__
_OUTBOX: Any = OutboxMessage.__table__


def _insert(table: Any, *columns: str) -> Any:
    """INSERT of `columns`, each bound by its own name (no column defaults: a Prepared
    statement runs without SQLAlchemy's execution context, which would compute them)."""
    return table.insert().values({name: bindparam(name) for name in columns})


_TURN_COLUMNS = (
    Person.id,
    Person.language,
    Person.timezone,
    Address.reference,
    Address.stale_at.is_not(None),
    Conversation.id,
    Conversation.state,
)


class _Statements:
    """The quick turn's statements for one dialect."""

    def __init__(self, dialect: Dialect) -> None:
        events = (
            conflict_insert(dialect.name, ProcessedEvent.__table__)
            .values(
                platform=bindparam("platform"),
                event_id=bindparam("event_id"),
                processed_at=bindparam("now"),
            )
            .on_conflict_do_nothing()
            .returning(literal_column("1"))
        )
        # On PostgreSQL the person's and the conversation's rows are locked, as on the ORM path.
        read = turn_statement(*_TURN_COLUMNS, known_conversation=dialect.name == "postgresql")
        # PostgreSQL cannot lock the nullable side of an outer join, so its read finds no row
        # for a known person without this conversation; this second read tells them from a
        # newcomer (nothing locked: such a turn goes the ORM way, which locks them).
        self.read_person: Prepared | None = None
        if dialect.name == "postgresql":
            read = read.with_for_update(of=(_PERSON, _CONVERSATION))
            person_only = turn_statement(*_TURN_COLUMNS, known_conversation=False)
            self.read_person = Prepared(person_only, dialect)
        save = (
            update(_CONVERSATION)
            .where(_CONVERSATION.c.id == bindparam("conversation_id"))
            .values(
                state=bindparam("state"),
                language=bindparam("language"),
                updated_at=bindparam("now"),
            )
        )
        language = (
            update(_PERSON)
            .where(_PERSON.c.id == bindparam("person_id"))
            .values(language=bindparam("language"))
        )
        # A newcomer: the person (their id back), the identity (nothing back when another
        # process took the account first), the address and the conversation.
        person = _insert(
            _PERSON, "display_name", "language", "timezone", "privacy_notice_at", "created_at"
        ).returning(_PERSON.c.id)
        identity = (
            conflict_insert(dialect.name, _IDENTITY)
            .values(
                person_id=bindparam("person_id"),
                platform=bindparam("platform"),
                external_id=bindparam("external_id"),
                created_at=bindparam("created_at"),
            )
            .on_conflict_do_nothing()
            .returning(literal_column("1"))
        )
        address = _insert(_ADDRESS, "person_id", "platform", "reference", "updated_at")
        conversation = _insert(
            _CONVERSATION,
            "platform",
            "conversation_key",
            "person_id",
            "language",
            "state",
            "created_at",
            "updated_at",
        )
        # Offered introductions, written after a submission by the bridges thread: the
        # initiator (none: erased or withdrawn meanwhile), each offer, and the message.
        initiator = select(Initiative.initiator_id).where(
            Initiative.id == bindparam("initiative_id")
        )
        introduction = _insert(
            _INTRODUCTION,
            "initiative_id",
            "other_initiative_id",
            "association_id",
            "state",
            "created_at",
            "updated_at",
        ).returning(_INTRODUCTION.c.id)
        message = _insert(
            _OUTBOX,
            "person_id",
            "initiative_id",
            "kind",
            "payload",
            "state",
            "attempts",
            "next_attempt_at",
            "created_at",
        )
        self.initiator = Prepared(initiator, dialect)
        self.introduction = Prepared(introduction, dialect)
        self.message = Prepared(message, dialect)
        self.event = Prepared(events, dialect)
        self.person = Prepared(person, dialect)
        self.identity = Prepared(identity, dialect)
        self.address = Prepared(address, dialect)
        self.conversation = Prepared(conversation, dialect)
        self.read = Prepared(read, dialect)
        self.save = Prepared(save, dialect)
        self.language = Prepared(language, dialect)


_STATEMENTS: dict[str, _Statements] = {}


class QuickTurn:
    """One ordinary turn's statements, inside its transaction."""

    def __init__(self, cursor: Any, statements: _Statements) -> None:
        self._cursor = cursor
        self._statements = statements

    def first_time(self, platform: str, event_id: str) -> bool:
        """Record the event id; True only the first time it is seen, in any process."""
        values = {"platform": platform, "event_id": event_id, "now": utcnow()}
        return self._statements.event.execute(self._cursor, values).fetchone() is not None

    def read(self, platform: str, external_id: str, conversation_key: str) -> QuickRows | None:
        """The person behind the account and their conversation (None: nobody known; a known
        person without this conversation: `conversation_id` None)."""
        values = {"platform": platform, "external_id": external_id, "key": conversation_key}
        row = self._statements.read.first(self._cursor, values)
        if row is None and self._statements.read_person is not None:
            row = self._statements.read_person.first(self._cursor, values)
        if row is None:
            return None
        person_id, language, timezone, address, stale, conversation_id, state, held = row
        return QuickRows(
            person_id, language, timezone, address, bool(stale), conversation_id, state, bool(held)
        )

    def save_state(self, conversation_id: int, state: dict[str, Any], language: str) -> None:
        """Store the conversation's state and language."""
        values = {
            "conversation_id": conversation_id,
            "state": state,
            "language": language,
            "now": utcnow(),
        }
        self._statements.save.execute(self._cursor, values)

    def create_newcomer(
        self,
        platform: str,
        external_id: str,
        conversation_key: str,
        *,
        state: dict[str, Any],
        display_name: str | None,
        timezone: str | None,
        address: dict[str, Any] | None,
    ) -> int | None:
        """Store a newcomer as their first turn leaves them: the person (in the state's
        language, shown the privacy notice now), their identity, their address on the
        platform and the conversation. Their person id; None when the account was taken in
        between (the caller rolls back and goes the ORM way, which finds it)."""
        now = utcnow()
        language = state["lang"]
        person = self._statements.person.first(
            self._cursor,
            {
                "display_name": display_name,
                "language": language,
                "timezone": timezone,
                "privacy_notice_at": now,
                "created_at": now,
            },
        )
        assert person is not None
        person_id = int(person[0])
        identity = {
            "person_id": person_id,
            "platform": platform,
            "external_id": external_id,
            "created_at": now,
        }
        if self._statements.identity.execute(self._cursor, identity).fetchone() is None:
            return None
        if address:
            values = {
                "person_id": person_id,
                "platform": platform,
                "reference": address,
                "updated_at": now,
            }
            self._statements.address.execute(self._cursor, values)
        self._statements.conversation.execute(
            self._cursor,
            {
                "platform": platform,
                "conversation_key": conversation_key,
                "person_id": person_id,
                "language": language,
                "state": state,
                "created_at": now,
                "updated_at": now,
            },
        )
        return person_id

    def initiator_of(self, initiative_id: int) -> int | None:
        """The person behind an initiative (None: erased, or withdrawn meanwhile)."""
        row = self._statements.initiator.first(self._cursor, {"initiative_id": initiative_id})
        return None if row is None or row[0] is None else int(row[0])

    def add_introduction(
        self,
        initiative_id: int,
        state: str,
        *,
        other_initiative_id: int | None,
        association_id: int | None,
    ) -> int:
        """Store an introduction to offer the initiative's person; its id."""
        now = utcnow()
        row = self._statements.introduction.first(
            self._cursor,
            {
                "initiative_id": initiative_id,
                "other_initiative_id": other_initiative_id,
                "association_id": association_id,
                "state": state,
                "created_at": now,
                "updated_at": now,
            },
        )
        assert row is not None
        return int(row[0])

    def enqueue(
        self, person_id: int, initiative_id: int, kind: str, payload: dict[str, Any]
    ) -> None:
        """Queue a message for a person, as `bot.services.outbox.enqueue` does (the model's
        defaults: pending, no attempts yet, due now)."""
        now = utcnow()
        self._statements.message.execute(
            self._cursor,
            {
                "person_id": person_id,
                "initiative_id": initiative_id,
                "kind": kind,
                "payload": payload,
                "state": "pending",
                "attempts": 0,
                "next_attempt_at": now,
                "created_at": now,
            },
        )

    def set_language(self, person_id: int, language: str) -> None:
        """Remember the language the person now speaks with us."""
        self._statements.language.execute(
            self._cursor, {"person_id": person_id, "language": language}
        )


@contextmanager
def quick_turn(database: Database) -> Iterator[QuickTurn]:
    """An ordinary turn's transaction: committed when the block ends, rolled back when it
    raises (the turn then goes the ORM way, nothing of this one kept)."""
    dialect = database.engine.dialect
    statements = _STATEMENTS.get(dialect.name)
    if statements is None:
        statements = _STATEMENTS[dialect.name] = _Statements(dialect)
    with database.cursor_transaction() as cursor:
        yield QuickTurn(cursor, statements)
