"""The quick way of an ordinary turn: the same answers and the same saved state as the ORM
way, its statements on the DB-API cursor, and nothing kept when it cannot finish."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, text

from bot.config import Settings
from bot.messages import Incoming, Reply
from bot.services.conversation import ConversationService
from storage.db import Database
from storage.models import Address, Conversation, Identity, Person, ProcessedEvent
from storage.quick_turn import quick_turn

OPENING = "Jeg vil gerne starte en løbeklub for nybegyndere i Bernstorffsparken"
ANSWER = "fordi mange gerne vil i gang men ikke tør løbe alene"
ADDRESS = {"team": "T1", "user": "U1", "channel": "D1"}


@pytest.fixture
def service(database: Database, settings: Settings) -> Iterator[ConversationService]:
    relaxed = settings.model_copy(update={"messages_per_minute": 1000})
    service = ConversationService(database, relaxed)
    yield service
    service.close()


def send(
    service: ConversationService, message: str, event_id: str, user: str = "U1"
) -> list[Reply]:
    return service.handle(
        Incoming(
            "slack",
            user,
            f"D{user[1:]}",
            text=message,
            event_id=event_id,
            address={**ADDRESS, "user": user, "channel": f"D{user[1:]}"},
        )
    )


def saved_state(database: Database, key: str = "D1") -> dict[str, Any]:
    with database.session(read_only=True) as session:
        conversation = session.query(Conversation).filter_by(conversation_key=key).one()
        return dict(conversation.state)


@contextmanager
def orm_statements(database: Database) -> Iterator[list[str]]:
    """Statements SQLAlchemy's Connection runs meanwhile (the ORM way's, not the quick way's)."""
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        seen.append(statement.split()[0].upper())

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(database.engine, "before_cursor_execute", record)


def test_an_ordinary_answer_goes_the_quick_way_and_is_saved(
    service: ConversationService, database: Database
) -> None:
    send(service, OPENING, "Ev1")  # a newcomer: the ORM way
    before = saved_state(database)
    with orm_statements(database) as seen:
        replies = send(service, ANSWER, "Ev2")
    assert replies and replies[-1].asking
    assert seen == []  # nothing went through the session
    after = saved_state(database)
    assert after["asked"] == [*before["asked"], replies[-1].asking]
    assert ANSWER in after["fields"]["why"]
    with database.session(read_only=True) as session:
        assert session.get(ProcessedEvent, ("slack", "Ev2")) is not None


def test_the_quick_way_answers_as_the_orm_way_would(
    database: Database, settings: Settings, database_url: str
) -> None:
    """One person through the quick way, another (identical) forced the ORM way: the same
    replies and the same saved state, turn by turn."""
    relaxed = settings.model_copy(update={"messages_per_minute": 1000})
    service = ConversationService(database, relaxed)
    messages = [OPENING, ANSWER, "for alle der vil i gang", "hver tirsdag kl 17", "ved ikke"]
    quick: list[list[str]] = []
    for number, message in enumerate(messages):
        quick.append([r.text for r in send(service, message, f"EvQ{number}", user="U1")])
    # The same conversation, every turn the ORM way.
    service._quick_turn = lambda incoming: None  # type: ignore[method-assign]
    orm: list[list[str]] = []
    for number, message in enumerate(messages):
        orm.append([r.text for r in send(service, message, f"EvO{number}", user="U2")])
    service.close()
    assert quick == orm
    quick_state, orm_state = saved_state(database, "D1"), saved_state(database, "D2")
    for state in (quick_state, orm_state):
        state.pop("recent")  # times of the messages
    assert quick_state == orm_state


def test_a_failure_mid_turn_keeps_nothing_and_the_retry_is_answered(
    service: ConversationService, database: Database
) -> None:
    """The database refuses the state's UPDATE after the event id was written: nothing of the
    turn stays (so the platform's retry of the same event is answered, not dropped)."""
    send(service, OPENING, "Ev1")
    before = saved_state(database)
    with refusing_conversation_updates(database):
        failed = send(service, ANSWER, "Ev2")
    assert len(failed) == 1 and "gik noget galt" in failed[0].text
    assert saved_state(database) == before
    retried = send(service, ANSWER, "Ev2")
    assert retried and retried[-1].asking and saved_state(database) != before


@contextmanager
def refusing_conversation_writes(database: Database, event: str, name: str) -> Iterator[None]:
    """A trigger that makes the database itself refuse any `event` (UPDATE, INSERT) of a
    conversation."""
    if database.is_sqlite:
        create = [
            f"CREATE TRIGGER {name} BEFORE {event} ON conversation "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END"
        ]
        drop = [f"DROP TRIGGER {name}"]
    else:
        create = [
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'refused'; END $$",
            f"CREATE TRIGGER {name} BEFORE {event} ON conversation "
            f"FOR EACH ROW EXECUTE FUNCTION {name}()",
        ]
        drop = [f"DROP TRIGGER {name} ON conversation", f"DROP FUNCTION {name}()"]
    with database.engine.begin() as connection:
        for statement in create:
            connection.execute(text(statement))
    try:
        yield
    finally:
        with database.engine.begin() as connection:
            for statement in drop:
                connection.execute(text(statement))


def refusing_conversation_updates(database: Database) -> contextlib.AbstractContextManager[None]:
    """A trigger that makes the database itself refuse any UPDATE of a conversation."""
    return refusing_conversation_writes(database, "UPDATE", "refuse")


def test_the_quick_ways_statements_on_sqlite(
    service: ConversationService, database: Database
) -> None:
    """As SQLite itself sees them: BEGIN, the event id, one read, the state, COMMIT."""
    if not database.is_sqlite:
        pytest.skip("SQLite's own statement trace")
    send(service, OPENING, "Ev1")
    traced: list[str] = []

    def trace(driver: sqlite3.Connection, *_: object) -> None:
        driver.set_trace_callback(lambda statement: traced.append(statement.split()[0].upper()))

    def untrace(driver: sqlite3.Connection, *_: object) -> None:
        driver.set_trace_callback(None)

    event.listen(database.engine, "checkout", trace)
    event.listen(database.engine, "checkin", untrace)
    try:
        assert send(service, ANSWER, "Ev2")
    finally:
        event.remove(database.engine, "checkout", trace)
        event.remove(database.engine, "checkin", untrace)
    # (The checkpointer thread's PRAGMA may come in between.)
    assert [s for s in traced if s != "PRAGMA"] == [
        "BEGIN",
        "INSERT",
        "SELECT",
        "UPDATE",
        "COMMIT",
    ]


def test_nobody_known_behind_an_account_reads_as_none(database: Database) -> None:
    with quick_turn(database) as storage:
        assert storage.first_time("slack", "Ev1")
        assert not storage.first_time("slack", "Ev1")
        assert storage.read("slack", "U404", "D404") is None


def stored_newcomer(database: Database, user: str) -> dict[str, Any]:
    """What is stored about the person behind `user`, without ids and times."""
    with database.session(read_only=True) as session:
        identity = session.query(Identity).filter_by(platform="slack", external_id=user).one()
        person = session.get(Person, identity.person_id)
        assert person is not None
        address = session.query(Address).filter_by(person_id=person.id).one()
        conversation = session.query(Conversation).filter_by(person_id=person.id).one()
        state = dict(conversation.state)
        state.pop("recent")  # times of the messages
        return {
            "person": (person.display_name, person.language, person.timezone, person.email),
            "privacy_notice": person.privacy_notice_at is not None,
            # Their own address, told apart from another newcomer's only by the account.
            "address": (
                address.platform,
                {**address.reference, "user": user, "channel": f"D{user[1:]}"} == address.reference,
                {k: v for k, v in address.reference.items() if k not in ("user", "channel")},
                address.stale_at,
            ),
            "conversation": (conversation.platform, conversation.language, state),
        }


def know_the_staff(service: ConversationService) -> None:
    """One turn the ORM way reads which accounts are staff's; until then every turn goes it."""
    newcomer_says(service, "hej", "U0")


def newcomer_says(
    service: ConversationService, message: str, user: str, **extra: Any
) -> list[Reply]:
    return service.handle(
        Incoming(
            "slack",
            user,
            f"D{user[1:]}",
            text=message,
            event_id=f"Ev{user}",
            display_name="Kim",
            timezone="Europe/Copenhagen",
            address={**ADDRESS, "user": user, "channel": f"D{user[1:]}"},
            **extra,
        )
    )


@pytest.mark.parametrize(
    "first",
    [OPENING, "hej", "I'd like to start a repair café at the library"],
)
def test_a_newcomers_first_message_goes_the_quick_way_and_is_stored_as_the_orm_way_would(
    service: ConversationService, database: Database, first: str
) -> None:
    know_the_staff(service)
    with orm_statements(database) as seen:
        quick = newcomer_says(service, first, "U1")
    assert seen == []  # nothing went through the session
    service._quick_turn = lambda incoming: None  # type: ignore[method-assign]
    orm = newcomer_says(service, first, "U2")
    assert [r.text for r in quick] == [r.text for r in orm]
    assert stored_newcomer(database, "U1") == stored_newcomer(database, "U2")
    with database.session(read_only=True) as session:
        assert session.get(ProcessedEvent, ("slack", "EvU1")) is not None


def test_a_newcomers_question_about_the_service_goes_the_orm_way(
    service: ConversationService, database: Database
) -> None:
    know_the_staff(service)
    with orm_statements(database) as seen:
        assert newcomer_says(service, "hvem kan se min idé?", "U1")
    assert "INSERT" in seen
    assert stored_newcomer(database, "U1")["privacy_notice"]


def test_an_account_taken_in_between_keeps_nothing_of_the_quick_newcomer(
    database: Database,
) -> None:
    """Another process stored the account after the read found nobody: no second identity,
    no person without one, and the caller is told (it goes the ORM way)."""
    with quick_turn(database) as storage:
        assert storage.read("slack", "U1", "D1") is None
        first = storage.create_newcomer(
            "slack",
            "U1",
            "D1",
            state={"lang": "da"},
            display_name=None,
            timezone=None,
            address=None,
        )
        assert first is not None
        taken = storage.create_newcomer(
            "slack",
            "U1",
            "D9",
            state={"lang": "da"},
            display_name=None,
            timezone=None,
            address=None,
        )
    assert taken is None
    with database.session(read_only=True) as session:
        assert session.query(Identity).count() == 1


def test_a_newcomers_failed_first_turn_keeps_nothing_and_the_retry_is_answered(
    service: ConversationService, database: Database
) -> None:
    know_the_staff(service)
    with refusing_conversation_inserts(database):
        failed = newcomer_says(service, OPENING, "U1")
    assert len(failed) == 1 and "gik noget galt" in failed[0].text
    with database.session(read_only=True) as session:
        assert session.query(Person).count() == 1  # U0's
        assert session.get(ProcessedEvent, ("slack", "EvU1")) is None
    retried = newcomer_says(service, OPENING, "U1")
    assert retried and retried[-1].asking
    assert stored_newcomer(database, "U1")["privacy_notice"]


def refusing_conversation_inserts(database: Database) -> contextlib.AbstractContextManager[None]:
    """A trigger that makes the database itself refuse any new conversation."""
    return refusing_conversation_writes(database, "INSERT", "refuse_new")


def test_a_known_persons_first_message_in_a_new_conversation_is_understood_once(
    service: ConversationService, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quick way tells a known person from a newcomer before the intake runs, so the
    message is understood once, whichever way the turn then goes."""
    know_the_staff(service)
    assert newcomer_says(service, OPENING, "U1")  # known from now on, in conversation D1
    intake = service._intake
    runs: list[str | None] = []

    def counted(state: dict[str, Any], port: Any, *, text: str | None, choice: str | None) -> Any:
        runs.append(text)
        return intake(state, port, text=text, choice=choice)

    monkeypatch.setattr(service, "_intake", counted)
    in_a_channel = Incoming(
        "slack",
        "U1",
        "C7",  # a new conversation of theirs
        text="Vi vil gerne lave en bytte-reol i Hellerup",
        event_id="EvC7",
        address={**ADDRESS, "channel": "C7"},
    )
    replies = service.handle(in_a_channel)
    assert replies and "gik noget galt" not in replies[-1].text
    assert runs == [in_a_channel.text]
    with database.session(read_only=True) as session:
        assert session.query(Identity).count() == 2  # U0's and U1's: no second person
        keys = {c.conversation_key for c in session.query(Conversation)}
    assert {"D1", "C7"} <= keys
