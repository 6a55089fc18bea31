"""Bridges: related initiatives and associations are suggested, and introductions need two yeses."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.lifecycle import Status
from bot.i18n.catalog import t
from bot.messages import Reply
from bot.services.associations import AssociationRecord, upsert_associations
from bot.services.bridges import handle_choice, offer_introductions, suggest
from bot.services.initiatives import InitiativeService
from bot.services.routing import route
from storage.db import Database
from storage.models import Initiative, Introduction, OutboxMessage, Person, TimelineEvent
from storage.repositories import PersonRepository

# Until these are in the .po catalogues, the tests put them there for the test's duration.

GARDEN_ORDRUP = {
    "what": "Fælles køkkenhave i gården, hvor beboerne kan dyrke grøntsager og krydderurter",
    "where": "Ordrupvej 80, Ordrup",
}
GARDEN_VANGEDE = {
    "what": "Vi vil lave køkkenhaver på den tomme grund, så familier kan dyrke deres egne "
    "grøntsager",
    "where": "ved Vangede Station",
}
GARDEN_EN = {
    "what": "A community vegetable garden where neighbours grow vegetables together",
    "where": "Charlottenlund",
}
SPEED_ORDRUPVEJ = {
    "what": "Fartbump på Ordrupvej, fordi bilerne kører alt for hurtigt forbi børnehaven",
    "where": "Ordrupvej, Ordrup",
}


def _person(
    session: Session,
    user: str,
    *,
    name: str | None = None,
    email: str | None = None,
    language: str = "da",
) -> Person:
    person, _ = PersonRepository(session).get_or_create(
        "console", user, display_name=name, language=language
    )
    person.email = email
    return person


def _submit(
    session: Session, person: Person, fields: dict[str, str], language: str = "da"
) -> Initiative:
    initiative = InitiativeService(session).submit(person, fields, language=language)
    route(session, initiative)  # sets category and area, as on a real submission
    session.flush()
    return initiative


def _ids(database: Database) -> dict[str, int]:
    """Anna (A) and Bo (B) with related garden ideas, and Carl (C), a bystander; A offered B."""
    with database.session() as session:
        anna = _person(session, "anna", name="Anna Holm", email="anna@example.org")
        bo = _person(session, "bo", name="Bo Berg", email="bo@example.org", language="en")
        carl = _person(session, "carl", name="Carl")
        garden_bo = _submit(session, bo, GARDEN_VANGEDE)
        garden_anna = _submit(session, anna, GARDEN_ORDRUP)
        replies = offer_introductions(session, garden_anna)
        introduction = session.scalars(select(Introduction)).one()
        assert introduction.other_initiative_id == garden_bo.id
        assert [c.value for c in replies[0].choices] == [
            f"bridge:yes:{introduction.id}",
            f"bridge:no:{introduction.id}",
        ]
        return {
            "anna": anna.id,
            "bo": bo.id,
            "carl": carl.id,
            "garden_anna": garden_anna.id,
            "garden_bo": garden_bo.id,
            "introduction": introduction.id,
        }


def _press(database: Database, person_id: int, value: str, language: str = "da") -> list[Reply]:
    with database.session() as session:
        person = session.get(Person, person_id)
        assert person is not None
        replies = handle_choice(session, person, value, language)
        assert replies is not None
        return replies


def _outbox(database: Database, person_id: int) -> list[dict[str, Any]]:
    with database.session() as session:
        return [
            {"kind": m.kind, **m.payload["replies"][0]}
            for m in session.scalars(
                select(OutboxMessage)
                .where(OutboxMessage.person_id == person_id)
                .order_by(OutboxMessage.id)
            )
        ]


def _state(database: Database, introduction_id: int) -> str:
    with database.session() as session:
        introduction = session.get(Introduction, introduction_id)
        assert introduction is not None
        return introduction.state


def _notes(database: Database, initiative_id: int) -> list[TimelineEvent]:
    with database.session() as session:
        return list(
            session.scalars(
                select(TimelineEvent).where(
                    TimelineEvent.initiative_id == initiative_id, TimelineEvent.kind == "note"
                )
            )
        )


def test_suggests_related_ideas_of_other_people_only(database: Database) -> None:
    with database.session() as session:
        anna = _person(session, "anna")
        bo = _person(session, "bo")
        own_earlier = _submit(session, anna, GARDEN_VANGEDE)
        others = _submit(session, bo, GARDEN_EN, "en")
        unrelated = _submit(session, bo, SPEED_ORDRUPVEJ)
        new = _submit(session, anna, GARDEN_ORDRUP)
        suggested = [s.target_id for s in suggest(session, new)]
    assert others.id in suggested
    assert own_earlier.id not in suggested
    assert unrelated.id not in suggested


def test_paused_and_closed_ideas_are_not_suggested(database: Database) -> None:
    with database.session() as session:
        anna = _person(session, "anna")
        bo = _person(session, "bo")
        paused = _submit(session, bo, GARDEN_VANGEDE)
        paused.status = Status.PAUSED.value
        withdrawn = _submit(session, bo, GARDEN_EN)
        withdrawn.status = Status.WITHDRAWN.value
        new = _submit(session, anna, GARDEN_ORDRUP)
        assert suggest(session, new) == []


def test_one_offer_at_a_time(database: Database) -> None:
    with database.session() as session:
        for number in range(5):
            _submit(session, _person(session, f"neighbour{number}"), GARDEN_VANGEDE)
        new = _submit(session, _person(session, "anna"), GARDEN_ORDRUP)
        assert len(suggest(session, new)) == 1
        assert len(offer_introductions(session, new)) == 1


def test_the_offer_shows_the_idea_but_never_the_person(database: Database) -> None:
    with database.session() as session:
        bo = _person(session, "bo", name="Bo Berg", email="bo@example.org")
        _submit(session, bo, GARDEN_VANGEDE)
        new = _submit(session, _person(session, "anna"), GARDEN_ORDRUP)
        (reply,) = offer_introductions(session, new)
    assert "køkkenhaver" in reply.text and "Vangede" in reply.text
    assert "Bo" not in reply.text and "bo@example.org" not in reply.text


def test_offering_twice_does_not_offer_the_same_pair_again(database: Database) -> None:
    ids = _ids(database)
    with database.session() as session:
        initiative = session.get(Initiative, ids["garden_anna"])
        assert initiative is not None
        assert offer_introductions(session, initiative) == []
        assert len(session.scalars(select(Introduction)).all()) == 1


def test_double_opt_in_both_say_yes_and_both_get_contacts(database: Database) -> None:
    ids = _ids(database)
    introduction = ids["introduction"]
    assert _outbox(database, ids["bo"]) == []  # nobody is asked before Anna says yes

    (reply,) = _press(database, ids["anna"], f"bridge:yes:{introduction}")
    assert reply.text == t("bridge.asked", "da")
    assert _state(database, introduction) == "requester_yes"
    (ask,) = _outbox(database, ids["bo"])
    # Bo is asked in his own language, about the idea, without Anna's name or e-mail.
    assert ask["kind"] == "bridge_request"
    assert "Fælles køkkenhave" in ask["text"] and "Someone has an idea" in ask["text"]
    assert "Anna" not in ask["text"] and "anna@example.org" not in ask["text"]
    assert [c["value"] for c in ask["choices"]] == [
        f"bridge:yes:{introduction}",
        f"bridge:no:{introduction}",
    ]
    assert _outbox(database, ids["anna"]) == []

    (connected_bo,) = _press(database, ids["bo"], f"bridge:yes:{introduction}", "en")
    assert _state(database, introduction) == "accepted"
    assert "Anna Holm" in connected_bo.text and "anna@example.org" in connected_bo.text
    (connected_anna,) = _outbox(database, ids["anna"])
    assert connected_anna["kind"] == "bridge_connected"
    assert "Bo Berg" in connected_anna["text"] and "bo@example.org" in connected_anna["text"]
    assert "Så er I koblet sammen" in connected_anna["text"]  # Anna's language
    for initiative_id in (ids["garden_anna"], ids["garden_bo"]):
        (note,) = _notes(database, initiative_id)
        assert note.data["introduction_id"] == introduction


def test_other_says_no_and_no_contact_is_shared(database: Database) -> None:
    ids = _ids(database)
    introduction = ids["introduction"]
    _press(database, ids["anna"], f"bridge:yes:{introduction}")
    (reply,) = _press(database, ids["bo"], f"bridge:no:{introduction}", "en")
    assert reply.text == t("bridge.declined", "en")
    assert _state(database, introduction) == "declined"
    (told,) = _outbox(database, ids["anna"])
    assert told["kind"] == "bridge_declined"
    everything = " ".join(m["text"] for p in ("anna", "bo") for m in _outbox(database, ids[p]))
    for secret in ("Bo Berg", "bo@example.org", "Anna Holm", "anna@example.org"):
        assert secret not in everything and secret not in reply.text
    # A late yes after the no changes nothing.
    (late,) = _press(database, ids["bo"], f"bridge:yes:{introduction}", "en")
    assert late.text == t("bridge.already", "en")
    assert _state(database, introduction) == "declined"
    assert _notes(database, ids["garden_anna"]) == []


def test_initiator_says_no_and_the_other_is_never_asked(database: Database) -> None:
    ids = _ids(database)
    (reply,) = _press(database, ids["anna"], f"bridge:no:{ids['introduction']}")
    assert reply.text == t("bridge.declined", "da")
    assert _state(database, ids["introduction"]) == "declined"
    assert _outbox(database, ids["bo"]) == []


def test_pressing_twice_changes_nothing_the_second_time(database: Database) -> None:
    ids = _ids(database)
    yes = f"bridge:yes:{ids['introduction']}"
    _press(database, ids["anna"], yes)
    (again,) = _press(database, ids["anna"], yes)
    assert again.text == t("bridge.waiting", "da")
    assert len(_outbox(database, ids["bo"])) == 1

    _press(database, ids["bo"], yes, "en")
    (again,) = _press(database, ids["bo"], yes, "en")
    assert again.text == t("bridge.already", "en")
    (again,) = _press(database, ids["anna"], yes)
    assert again.text == t("bridge.already", "da")
    assert len(_outbox(database, ids["anna"])) == 1
    assert len(_notes(database, ids["garden_anna"])) == 1


def test_someone_else_pressing_is_refused(database: Database) -> None:
    ids = _ids(database)
    yes = f"bridge:yes:{ids['introduction']}"
    (refused,) = _press(database, ids["carl"], yes)
    assert refused.text == t("bridge.not_yours", "da")
    # Bo cannot answer before Anna has said yes: he was never asked.
    (refused,) = _press(database, ids["bo"], yes, "en")
    assert refused.text == t("bridge.not_yours", "en")
    assert _state(database, ids["introduction"]) == "offered"
    _press(database, ids["anna"], yes)
    (refused,) = _press(database, ids["carl"], yes)
    assert refused.text == t("bridge.not_yours", "da")
    assert _state(database, ids["introduction"]) == "requester_yes"
    assert _outbox(database, ids["carl"]) == []


def test_choices_that_are_not_bridges_are_left_alone(database: Database) -> None:
    ids = _ids(database)
    with database.session() as session:
        anna = session.get(Person, ids["anna"])
        assert anna is not None
        assert handle_choice(session, anna, "confirm", "da") is None
        for value in ("bridge:maybe:1", "bridge:yes:999999", "bridge:yes:"):
            replies = handle_choice(session, anna, value, "da")
            assert replies == [Reply(t("bridge.unknown", "da"))]


def test_contact_falls_back_to_the_given_contact_then_to_relaying(database: Database) -> None:
    with database.session() as session:
        anna = _person(session, "anna", name=None)
        bo = _person(session, "bo", name="Bo")
        _submit(session, bo, {**GARDEN_VANGEDE, "contact": "ring på 12 34 56 78"})
        new = _submit(session, anna, GARDEN_ORDRUP)
        offer_introductions(session, new)
        introduction_id = session.scalars(select(Introduction.id)).one()
        ids = {"anna": anna.id, "bo": bo.id}
    _press(database, ids["anna"], f"bridge:yes:{introduction_id}")
    (to_bo,) = _press(database, ids["bo"], f"bridge:yes:{introduction_id}")
    assert "en anden borger" in to_bo.text
    assert t("bridge.no_contact", "da") in to_bo.text
    (to_anna,) = _outbox(database, ids["anna"])
    assert "ring på 12 34 56 78" in to_anna["text"]


GARDEN_SOCIETY = AssociationRecord(
    name="Gentofte Haveselskab",
    contact="kontakt@haveselskab.example",
    description="Vi hjælper med køkkenhaver, fælleshaver og højbede og deler frø og viden om "
    "at dyrke grøntsager.",
    categories=["nature"],
    areas=[],
)
FOOTBALL_CLUB = AssociationRecord(
    name="Ordrup Boldklub",
    contact="bold@ordrup.example",
    description="Fodbold for børn og voksne på banerne ved Ordrup.",
    categories=["sport"],
    areas=["Ordrup"],
)


def test_matching_association_is_offered_and_its_contact_given_on_yes(
    database: Database,
) -> None:
    with database.session() as session:
        upsert_associations(session, [GARDEN_SOCIETY, FOOTBALL_CLUB])
        anna = _person(session, "anna")
        new = _submit(session, anna, GARDEN_ORDRUP)
        suggestions = suggest(session, new)
        assert [(s.kind, s.title) for s in suggestions] == [("association", "Gentofte Haveselskab")]
        (offer,) = offer_introductions(session, new)
        assert "Gentofte Haveselskab" in offer.text
        ids = {"anna": anna.id, "initiative": new.id}
        yes = offer.choices[0].value
    (reply,) = _press(database, ids["anna"], yes)
    assert "kontakt@haveselskab.example" in reply.text
    (note,) = _notes(database, ids["initiative"])
    assert "Gentofte Haveselskab" in (note.text or "")
    assert note.actor_kind == "system"
    (again,) = _press(database, ids["anna"], yes)
    assert again.text == t("bridge.already", "da")
    assert len(_notes(database, ids["initiative"])) == 1


def test_association_without_contact_is_not_offered(database: Database) -> None:
    with database.session() as session:
        upsert_associations(
            session,
            [AssociationRecord(**{**GARDEN_SOCIETY.__dict__, "contact": None})],
        )
        new = _submit(session, _person(session, "anna"), GARDEN_ORDRUP)
        assert suggest(session, new) == []
