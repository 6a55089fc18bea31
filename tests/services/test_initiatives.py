"""Initiative use cases: every change lands on the timeline, in the same transaction."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.domain.lifecycle import IllegalTransition, NextStepOwner, Role, Status
from bot.domain.timeline import Actor, EventKind
from bot.services.initiatives import InitiativeService, make_title
from storage.db import Database
from storage.models import Initiative, TimelineEvent
from storage.repositories import InitiativeRepository, PersonRepository

MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def _submit(database: Database, **fields: str) -> tuple[str, int]:
    with database.session() as session:
        person, _ = PersonRepository(session).get_or_create("console", "anna")
        initiative = InitiativeService(session).submit(
            person, fields or {"what": "Repair café på biblioteket"}, language="da", now=MONDAY
        )
        return initiative.reference, person.id


def _load(database: Database, reference: str) -> Initiative:
    with database.session() as session:
        initiative = InitiativeRepository(session).by_reference(reference)
        assert initiative is not None
        return initiative


def test_submit_stores_fields_reference_and_two_timeline_events(database: Database) -> None:
    reference, person_id = _submit(
        database, what="Repair café på biblioteket", where="Hellerup Bibliotek", why="  "
    )
    initiative = _load(database, reference)
    assert reference.startswith(f"GK-{MONDAY.year}-")
    assert initiative.status == Status.SUBMITTED
    assert initiative.where == "Hellerup Bibliotek"
    assert initiative.why is None  # blank answers are left open, not stored as spaces
    assert initiative.initiator_id == person_id
    # five working days from Monday 23 November 2026 is Monday 30 November
    assert initiative.response_due == date(2026, 11, 30)
    kinds = [(e.kind, e.from_status, e.to_status, e.actor_kind) for e in initiative.timeline]
    assert kinds == [
        ("created", None, "draft", "initiator"),
        ("submitted", "draft", "submitted", "initiator"),
    ]


def test_submit_without_any_description_is_refused(database: Database) -> None:
    with database.session() as session:
        person, _ = PersonRepository(session).get_or_create("console", "x")
        with pytest.raises(ValueError, match="what it is"):
            InitiativeService(session).submit(person, {"what": "  "}, language="da")


def test_status_change_is_recorded_once_even_when_repeated(database: Database) -> None:
    reference, _ = _submit(database)
    staff = Actor(Role.STAFF, 7)
    for _ in range(2):
        with database.session() as session:
            initiative = InitiativeRepository(session).by_reference(reference)
            assert initiative is not None
            InitiativeService(session).change_status(initiative, Status.IN_DIALOGUE, staff)
    initiative = _load(database, reference)
    changes = [e for e in initiative.timeline if e.kind == EventKind.STATUS_CHANGED]
    assert [(e.to_status, e.actor_id) for e in changes] == [("in_dialogue", 7)]


def test_illegal_change_writes_nothing(database: Database) -> None:
    reference, _ = _submit(database)
    with pytest.raises(IllegalTransition), database.session() as session:
        initiative = InitiativeRepository(session).by_reference(reference)
        assert initiative is not None
        InitiativeService(session).change_status(initiative, Status.WITHDRAWN, Actor(Role.STAFF, 1))
    initiative = _load(database, reference)
    assert initiative.status == Status.SUBMITTED
    assert len(initiative.timeline) == 2


def test_decline_keeps_reason_and_pointer(database: Database) -> None:
    reference, _ = _submit(database)
    with database.session() as session:
        initiative = InitiativeRepository(session).by_reference(reference)
        assert initiative is not None
        InitiativeService(session).change_status(
            initiative,
            Status.DECLINED,
            Actor(Role.STAFF, 3),
            reason="Arealet er fredet",
            pointer="Spørg Naturstyrelsen",
        )
    initiative = _load(database, reference)
    assert (initiative.decline_reason, initiative.decline_pointer) == (
        "Arealet er fredet",
        "Spørg Naturstyrelsen",
    )
    assert initiative.timeline[-1].text == "Arealet er fredet"
    assert initiative.timeline[-1].data == {"pointer": "Spørg Naturstyrelsen"}


def test_pause_and_resume_return_to_previous_status(database: Database) -> None:
    reference, person_id = _submit(database)
    initiator = Actor(Role.INITIATOR, person_id)
    with database.session() as session:
        initiative = InitiativeRepository(session).by_reference(reference)
        assert initiative is not None
        service = InitiativeService(session)
        service.change_status(initiative, Status.IN_DIALOGUE, Actor(Role.STAFF, 1))
        service.change_status(initiative, Status.PAUSED, initiator)
        with pytest.raises(IllegalTransition):
            service.change_status(initiative, Status.IN_PROGRESS, initiator)
        service.change_status(initiative, Status.IN_DIALOGUE, initiator)
        assert initiative.status_before_pause is None
    assert _load(database, reference).status == Status.IN_DIALOGUE


def test_next_step_is_set_once_and_on_the_timeline(database: Database) -> None:
    reference, person_id = _submit(database)
    actor = Actor(Role.INITIATOR, person_id)
    with database.session() as session:
        initiative = InitiativeRepository(session).by_reference(reference)
        assert initiative is not None
        service = InitiativeService(session)
        due = date(2026, 12, 3)
        assert service.set_next_step(
            initiative, "Finde frivillige", due, NextStepOwner.INITIATOR, actor
        )
        assert not service.set_next_step(
            initiative, "Finde frivillige", due, NextStepOwner.INITIATOR, actor
        )
    initiative = _load(database, reference)
    assert (initiative.next_step, initiative.next_step_due, initiative.next_step_owner) == (
        "Finde frivillige",
        date(2026, 12, 3),
        "initiator",
    )
    events = [e for e in initiative.timeline if e.kind == EventKind.NEXT_STEP_SET]
    assert len(events) == 1 and events[0].data == {"due": "2026-12-03", "owner": "initiator"}


def test_only_the_initiator_rewrites_their_words(database: Database) -> None:
    reference, _ = _submit(database)
    with database.session() as session:
        initiative = InitiativeRepository(session).by_reference(reference)
        assert initiative is not None
        service = InitiativeService(session)
        with pytest.raises(PermissionError):
            service.edit_field(initiative, "where", "Rådhuset", Actor(Role.STAFF, 2))
        assert service.edit_field(
            initiative, "what", "Repair café hver måned", Actor(Role.INITIATOR)
        )
        assert initiative.title == "Repair café hver måned"
    with database.session() as session:
        assert session.query(TimelineEvent).filter_by(kind="field_edited").count() == 1


@pytest.mark.parametrize(
    ("what", "title"),
    [
        ("En bænk ved søen.", "En bænk ved søen"),
        (
            "Vi vil lave en legegade på Hvidørevej. Det vil give børnene plads.",
            "Vi vil lave en legegade på Hvidørevej",
        ),
        ("ord " * 40, ("ord " * 20).strip() + " …"),
        # An abbreviation or an ordinal is no sentence's end.
        (
            "Morgenløb fra d. 1. maj kl 10 ved Gentofte Sø. Alle er velkomne.",
            "Morgenløb fra d. 1. maj kl 10 ved Gentofte Sø",
        ),
        ("Vi vil lave ca. 20 fuglekasser. Og mere.", "Vi vil lave ca. 20 fuglekasser"),
        # How the person led in to the idea is not its name.
        ("jeg har også en idé mere: en bænk ved Gentofte Sø", "En bænk ved Gentofte Sø"),
        (
            "actually I do have an idea: a shared cargo bike for our street",
            "A shared cargo bike for our street",
        ),
        ("my idea is diwali light festival on the square", "Diwali light festival on the square"),
        ("Min idé er at lave en byttereol i Vangede", "Lave en byttereol i Vangede"),
        (
            "På vegne af bestyrelsen for Grundejerforeningen Skovshoved Nord vil jeg hermed "
            "fremsætte et forslag om etablering af en lille lommepark på hjørnet.",
            "Etablering af en lille lommepark på hjørnet",
        ),
        ("Mit forslag er at plante frugttræer", "Plante frugttræer"),
        # "erstatter", "isolates": a word that starts like "er"/"is" is no lead.
        ("Min idé erstatter de gamle skraldespande", "Min idé erstatter de gamle skraldespande"),
        # Nothing left after the lead: the words stay.
        ("Jeg har en idé: bænk", "Jeg har en idé: bænk"),
    ],
)
def test_title_is_the_start_of_the_persons_own_words(what: str, title: str) -> None:
    assert make_title(what) == title
    assert len(make_title(what)) <= 82
