"""Repositories against a real database (SQLite or PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.domain.lifecycle import Role, Status
from bot.domain.timeline import Actor
from bot.services.initiatives import InitiativeService
from storage.db import Database
from storage.models import Address, OutboxMessage, Person
from storage.repositories import (
    ConversationRepository,
    InitiativeFilter,
    InitiativeRepository,
    PersonRepository,
    ProcessedEventRepository,
    StaffRecord,
    StaffRepository,
    TurnRows,
)


def test_person_is_created_once_per_identity(database: Database) -> None:
    with database.session() as session:
        people = PersonRepository(session)
        first, created = people.get_or_create("slack", "T1:U1", display_name="Mette")
        again, created_again = people.get_or_create("slack", "T1:U1")
        other, _ = people.get_or_create("teams", "29:abc")
        assert created and not created_again
        assert first.id == again.id != other.id
        assert people.find_by_identity("slack", "T1:U2") is None


def test_address_book_keeps_one_address_per_platform(database: Database) -> None:
    with database.session() as session:
        people = PersonRepository(session)
        person, _ = people.get_or_create("teams", "29:abc")
        people.set_address(person, "teams", {"conversation": "a:1"})
        people.set_address(person, "teams", {"conversation": "a:2"})
        people.set_address(person, "email", {"email": "a@example.org"})
    with database.session() as session:
        stored = session.get(Person, person.id)
        assert stored is not None
        references = {a.platform: a.reference for a in stored.addresses}
        assert references == {"teams": {"conversation": "a:2"}, "email": {"email": "a@example.org"}}
        assert session.query(Address).count() == 2


def test_a_turn_reads_person_address_conversation_and_held_messages_at_once(
    database: Database,
) -> None:
    with database.session() as session:
        people, conversations = PersonRepository(session), ConversationRepository(session)
        assert conversations.for_turn("slack", "U1", "D1") is None
        person, _ = people.get_or_create("slack", "U1")
        rows = conversations.for_turn("slack", "U1", "D1")
        assert rows == TurnRows(person, None, None, held=False)
        people.set_address(person, "teams", {"conversation": {"id": "a:1"}})
        people.set_address(person, "slack", {"channel": "D1"})
        conversation, _ = conversations.get_or_create("slack", "D1", person, "da")
        conversations.get_or_create("slack", "D2", person, "da")
        session.flush()
        rows = conversations.for_turn("slack", "U1", "D1")
        assert rows is not None and not rows.held
        assert (rows.person, rows.conversation) == (person, conversation)
        assert rows.address is not None
        assert (rows.address.platform, rows.address.reference) == ("slack", {"channel": "D1"})
        # An address read with the person is updated in place, not added twice.
        rows.address.stale_at = datetime(2026, 1, 1, tzinfo=UTC)
        people.set_address(person, "slack", {"channel": "D2"}, known=rows.address, looked_up=True)
        session.add(OutboxMessage(person_id=person.id, kind="note", state="held"))
        session.flush()
        assert [(a.reference, a.stale_at) for a in person.addresses if a.platform == "slack"] == [
            ({"channel": "D2"}, None)
        ]
        assert session.query(Address).filter_by(person_id=person.id).count() == 2
        rows = conversations.for_turn("slack", "U1", "D1")
        assert rows is not None and rows.held
        # Someone else's account sees neither.
        assert conversations.for_turn("teams", "U1", "D1") is None


def test_conversation_state_survives_sessions(database: Database) -> None:
    with database.session() as session:
        person, _ = PersonRepository(session).get_or_create("console", "me")
        conversation, created = ConversationRepository(session).get_or_create(
            "console", "me", person, "da"
        )
        assert created
        conversation.state = {"phase": "asking", "fields": {"what": "En bænk"}}
    with database.session() as session:
        loaded = ConversationRepository(session).get("console", "me")
        assert loaded is not None
        assert loaded.state["fields"]["what"] == "En bænk"


def test_references_count_up_per_year(database: Database) -> None:
    with database.session() as session:
        repository = InitiativeRepository(session)
        refs = [repository.next_reference("GK", 2026) for _ in range(3)]
        assert refs == ["GK-2026-0001", "GK-2026-0002", "GK-2026-0003"]
        assert repository.next_reference("GK", 2027) == "GK-2027-0001"


def test_processed_events_are_seen_once(database: Database) -> None:
    with database.session() as session:
        events = ProcessedEventRepository(session)
        assert events.first_time("slack", "Ev1")
        assert not events.first_time("slack", "Ev1")
        assert events.first_time("teams", "Ev1")
    with database.session() as session:
        assert not ProcessedEventRepository(session).first_time("slack", "Ev1")


def _submit(database: Database, what: str, external_id: str = "me") -> str:
    with database.session() as session:
        person, _ = PersonRepository(session).get_or_create("console", external_id)
        initiative = InitiativeService(session).submit(person, {"what": what}, language="da")
        return initiative.reference


def test_list_filters_by_status_staff_and_overdue(database: Database) -> None:
    first = _submit(database, "Fælles køkkenhave på Ordrupvej")
    second = _submit(database, "Bænk ved Gentofte Sø")
    with database.session() as session:
        StaffRepository(session).upsert(
            [StaffRecord(name="Lise Holm", email="lise@gentofte.dk", team="Natur")]
        )
        staff = StaffRepository(session).by_email("LISE@gentofte.dk")
        assert staff is not None
        repository = InitiativeRepository(session)
        one = repository.by_reference(first.lower())
        assert one is not None
        one.staff_id = staff.id
        InitiativeService(session).change_status(one, Status.IN_DIALOGUE, Actor(Role.STAFF))
        one.next_step_due = date(2026, 1, 5)
    with database.session() as session:
        repository = InitiativeRepository(session)
        assert [i.reference for i in repository.list()] == [second, first]
        assert [i.reference for i in repository.list(InitiativeFilter(statuses=["submitted"]))] == [
            second
        ]
        assert [
            i.reference for i in repository.list(InitiativeFilter(staff_email="lise@gentofte.dk"))
        ] == [first]
        overdue = repository.list(InitiativeFilter(overdue_on=date(2026, 2, 1)))
        assert [i.reference for i in overdue] == [first]
        assert repository.list(InitiativeFilter(overdue_on=date(2026, 1, 5))) == []
        assert StaffRepository(session).open_counts() == {one_id(repository, first): 1}


def one_id(repository: InitiativeRepository, reference: str) -> int:
    initiative = repository.by_reference(reference)
    assert initiative is not None and initiative.staff_id is not None
    return initiative.staff_id


def test_staff_upsert_updates_by_email(database: Database) -> None:
    with database.session() as session:
        repository = StaffRepository(session)
        assert repository.upsert(
            [StaffRecord(name="Ole", email="ole@gentofte.dk", areas=["Hellerup"], team="Kultur")]
        ) == (1, 0)
        assert repository.upsert(
            [StaffRecord(name="Ole Berg", email="OLE@gentofte.dk", role="lead", away=True)]
        ) == (0, 1)
        (member,) = repository.list()
        assert (member.name, member.role, member.away, member.team) == (
            "Ole Berg",
            "lead",
            True,
            None,
        )


def test_timestamps_come_back_timezone_aware(database: Database) -> None:
    moment = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    with database.session() as session:
        person, _ = PersonRepository(session).get_or_create("console", "tz")
        reference = (
            InitiativeService(session).submit(
                person, {"what": "Loppemarked"}, language="da", now=moment
            )
        ).reference
    with database.session() as session:
        initiative = InitiativeRepository(session).by_reference(reference)
        assert initiative is not None
        assert initiative.submitted_at == moment
        assert initiative.created_at.tzinfo is not None
