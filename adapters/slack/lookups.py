"""What the Slack adapter reads from storage itself: App Home lists, "see more" texts, language.

Every function here is synchronous (database work); call it with asyncio.to_thread.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from adapters.slack.render import HomeEntry
from bot.dialogue.engine import describe_initiative
from bot.domain.fields import INITIATIVE_FIELDS
from bot.domain.lifecycle import OPEN_STATUSES, is_overdue
from bot.i18n.catalog import supported, t
from bot.services.conversation import initiative_view
from bot.services.staff_desk import staff_for
from storage.db import Database
from storage.repositories import (
    ConversationRepository,
    InitiativeFilter,
    InitiativeRepository,
    PersonRepository,
)

PLATFORM = "slack"
HOME_LIMIT = 45
_OPEN = frozenset(s.value for s in OPEN_STATUSES)


def person_language(database: Database, user_id: str) -> str | None:
    """The language a known Slack user speaks with the bot, None for a stranger."""
    with database.session() as session:
        person = PersonRepository(session).find_by_identity(PLATFORM, user_id)
        return supported(person.language) if person else None


def home_entries(
    database: Database, user_id: str, fallback_language: str, today: date
) -> tuple[str, list[HomeEntry], list[HomeEntry] | None]:
    """(language, the person's initiatives, their assigned ones if staff, overdue first)."""
    with database.session() as session:
        person = PersonRepository(session).find_by_identity(PLATFORM, user_id)
        language = supported(person.language if person else fallback_language)
        repository = InitiativeRepository(session)
        own: list[HomeEntry] = []
        if person is not None:
            mine = repository.list(InitiativeFilter(initiator_id=person.id, limit=HOME_LIMIT))
            own = [HomeEntry(describe_initiative(initiative_view(i), language)) for i in mine]
        member = staff_for(session, PLATFORM, user_id)
        if member is None:
            return language, own, None
        assigned = repository.list(
            InitiativeFilter(statuses=sorted(_OPEN), staff_email=member.email)
        )
        # Overdue first (the oldest due first), then the rest newest first as listed.
        assigned.sort(key=lambda i: (not is_overdue(i, today), i.next_step_due or date.max))
        entries = [
            HomeEntry(
                describe_initiative(initiative_view(i), language), overdue=is_overdue(i, today)
            )
            for i in assigned[:HOME_LIMIT]
        ]
        return language, own, entries


def _text(key: str, language: str) -> str:
    try:
        return t(key, language)
    except KeyError:
        return key.rsplit(".", 1)[-1]


def _label(field: str, language: str) -> str:
    return _text(f"field.{field}", language)


def full_text(
    database: Database, user_id: str, conversation_id: str, target: str, language: str
) -> tuple[str, list[tuple[str, str]]] | None:
    """The whole text behind a "see more" button (title, labelled rows); None if gone."""
    with database.session() as session:
        if target.startswith("initiative:"):
            initiative = InitiativeRepository(session).by_reference(target.split(":", 1)[1])
            if initiative is None:
                return None
            person = PersonRepository(session).find_by_identity(PLATFORM, user_id)
            is_initiator = person is not None and initiative.initiator_id == person.id
            if not is_initiator and staff_for(session, PLATFORM, user_id) is None:
                return None  # only the initiator and staff may read an initiative in full
            rows = [
                (_label(name, language), str(getattr(initiative, name)))
                for name in INITIATIVE_FIELDS
                if getattr(initiative, name)
            ]
            if initiative.original_text and initiative.original_text != initiative.what:
                rows.append((_text("staff.own_words", language), initiative.original_text))
            return f"{initiative.reference} {initiative.title}", rows
        conversation = ConversationRepository(session).get(PLATFORM, conversation_id)
        if conversation is None:
            return None
        fields: dict[str, Any] = (conversation.state or {}).get("fields") or {}
        rows = [
            (_label(name, language), str(fields[name]))
            for name in INITIATIVE_FIELDS
            if fields.get(name)
        ]
        if not rows:
            return None
        return t("readback.title", language), rows
