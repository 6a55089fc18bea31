"""What the web chat reads and writes in storage beside the core's turns (blocking: use a thread).

`key` is always the person key of a browser session (see security.person_key).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from bot.messages import Reply
from bot.services.outbox import enqueue, held_for
from storage.db import Database
from storage.models import Conversation
from storage.repositories import PersonRepository

PLATFORM = "web"
# Kind of the outbox row that keeps a message for a web person who has no page open.
INBOX_KIND = "web_inbox"


@dataclass(frozen=True)
class WebPerson:
    """The little the web chat needs to know about the person behind a session."""

    id: int
    language: str
    email: str | None


def address(key: str) -> dict[str, str]:
    """The address-book reference of a web session (what WebSender receives)."""
    return {"session": key}


def find_person(database: Database, key: str) -> WebPerson | None:
    """The person of this session, or None before their first message."""
    with database.session() as session:
        person = PersonRepository(session).find_by_identity(PLATFORM, key)
        if person is None:
            return None
        language = person.language
        conversation = session.scalar(
            select(Conversation).where(
                Conversation.platform == PLATFORM, Conversation.conversation_key == key
            )
        )
        if conversation is not None:
            language = conversation.language
        return WebPerson(person.id, language, person.email)


def set_email(database: Database, key: str, email: str | None, language: str) -> None:
    """Store (or with None, remove) the e-mail of this session's person, creating them if new."""
    with database.session() as session:
        people = PersonRepository(session)
        person, _ = people.get_or_create(PLATFORM, key, language=language)
        person.email = email
        # With an e-mail, the person can be reached while no page is open: keep the address.
        people.set_address(person, PLATFORM, address(key))


def take_held(database: Database, key: str) -> list[Reply]:
    """Messages kept for this person until they came back; they count as delivered now."""
    with database.session() as session:
        person = PersonRepository(session).find_by_identity(PLATFORM, key)
        if person is None:
            return []
        return held_for(session, person)


def hold(database: Database, key: str, replies: Sequence[Reply]) -> bool:
    """Keep replies for this person until they open the chat again; False if no such person."""
    with database.session() as session:
        person = PersonRepository(session).find_by_identity(PLATFORM, key)
        if person is None:
            return False
        message = enqueue(session, replies, kind=INBOX_KIND, person_id=person.id)
        message.state = "held"
        message.platform = PLATFORM
        return True
