"""GDPR: what we know about a person (export), forgetting them (erasure), and retention.

Erasure deletes the person and everything that points to them (identities, addresses,
conversation state, queued messages, check-ins) and blanks their own words in the
initiatives they authored. What the municipality must keep stays as anonymised facts: the
initiative's existence, reference, category, area and status history.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from bot.domain.fields import INITIATIVE_FIELDS
from bot.domain.lifecycle import CLOSED_STATUSES
from bot.services.export import initiative_to_dict
from storage.models import (
    Address,
    CheckIn,
    Conversation,
    Identity,
    Initiative,
    OutboxMessage,
    Person,
    TimelineEvent,
    utcnow,
)
from storage.repositories import InitiativeFilter, InitiativeRepository

log = logging.getLogger(__name__)

ERASED = "[slettet]"

# Plain-words requests, Danish and English. Kept strict: an idea that mentions "data" or
# "slet" must never be taken as a request to erase someone.
_EXPORT = re.compile(
    r"^(hvad ved du om mig|hvilke (oplysninger|data) har (du|i) om mig|vis (mine data|alt om mig)"
    r"|(send|eksporter|udlever) mine (data|oplysninger)|what do you know about me"
    r"|(show|export|send|download) (me )?my (data|personal data|information)"
    r"|what (data|information) do you (have|hold|store) (on|about) me)[\s?.!]*$"
)
_ERASE = re.compile(
    r"^((jeg vil have )?slet (alle )?mine (data|oplysninger)|glem mig|slet mig"
    r"|(please )?(delete|erase|remove) (all )?my (data|personal data|information)"
    r"|forget me|delete me)[\s?.!]*( tak| please)?[\s?.!]*$"
)


def privacy_request(text: str) -> str | None:
    """ "export" or "erase" when the text asks for one of them in plain words, else None."""
    folded = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    if _EXPORT.match(folded):
        return "export"
    if _ERASE.match(folded):
        return "erase"
    return None


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def export_person(session: Session, person: Person) -> dict[str, Any]:
    """Everything stored about one person, as plain data."""
    initiatives = InitiativeRepository(session).list(
        InitiativeFilter(initiator_id=person.id, with_timeline=True)
    )
    conversations = session.scalars(
        select(Conversation).where(Conversation.person_id == person.id)
    ).all()
    messages = session.scalars(
        select(OutboxMessage).where(OutboxMessage.person_id == person.id)
    ).all()
    checkins = session.scalars(select(CheckIn).where(CheckIn.person_id == person.id)).all()
    return {
        "person": {
            "id": person.id,
            "display_name": person.display_name,
            "email": person.email,
            "language": person.language,
            "timezone": person.timezone,
            "created_at": _iso(person.created_at),
            "privacy_notice_at": _iso(person.privacy_notice_at),
        },
        "identities": [
            {"platform": i.platform, "id": i.external_id, "since": _iso(i.created_at)}
            for i in person.identities
        ],
        "addresses": [{"platform": a.platform, "reference": a.reference} for a in person.addresses],
        "conversations": [
            {"platform": c.platform, "state": c.state, "updated_at": _iso(c.updated_at)}
            for c in conversations
        ],
        "initiatives": [initiative_to_dict(i) for i in initiatives],
        "messages_to_you": [
            {"kind": m.kind, "state": m.state, "replies": m.payload.get("replies", [])}
            for m in messages
        ],
        "check_ins": [
            {"kind": c.kind, "due_at": _iso(c.due_at), "state": c.state} for c in checkins
        ],
    }


def anonymise_initiative(session: Session, initiative: Initiative) -> None:
    """Blank the initiator's own words and unlink them; keep the facts and the history."""
    for name in INITIATIVE_FIELDS:
        setattr(initiative, name, None)
    initiative.what = ERASED
    initiative.title = ERASED
    initiative.original_text = ""
    if initiative.next_step_owner == "initiator":
        initiative.next_step = ERASED if initiative.next_step else None
    initiator_id = initiative.initiator_id
    initiative.initiator_id = None
    # Their words on the timeline (answers, notes, edits) go too; staff entries stay.
    session.execute(
        update(TimelineEvent)
        .where(
            TimelineEvent.initiative_id == initiative.id,
            or_(
                TimelineEvent.actor_kind == "initiator",
                TimelineEvent.kind == "field_edited",
            ),
        )
        .values(text=None, data={})
    )
    if initiator_id is not None:
        log.info("initiative anonymised id=%s", initiative.id)


def erase_person(session: Session, person: Person) -> int:
    """Forget a person everywhere; returns how many initiatives were anonymised."""
    initiatives = session.scalars(
        select(Initiative).where(Initiative.initiator_id == person.id)
    ).all()
    for initiative in initiatives:
        anonymise_initiative(session, initiative)
    # Messages to them, and messages about their initiatives (a staff ping quotes their
    # words), are copies of what was said: they go too.
    ids = [i.id for i in initiatives]
    session.execute(
        delete(OutboxMessage).where(
            or_(OutboxMessage.person_id == person.id, OutboxMessage.initiative_id.in_(ids))
        )
    )
    session.execute(delete(CheckIn).where(CheckIn.person_id == person.id))
    session.execute(delete(Conversation).where(Conversation.person_id == person.id))
    session.execute(delete(Address).where(Address.person_id == person.id))
    session.execute(delete(Identity).where(Identity.person_id == person.id))
    person_id = person.id
    session.delete(person)
    session.flush()
    log.info("person erased id=%s initiatives=%s", person_id, len(initiatives))
    return len(initiatives)


def find_person(session: Session, key: str) -> Person | None:
    """A person by id, "platform:external id" or e-mail, as operators name them."""
    key = key.strip()
    if key.isdigit():
        return session.get(Person, int(key))
    if "@" in key and ":" not in key:
        return session.scalar(select(Person).where(Person.email == key.lower()))
    platform, _, external_id = key.partition(":")
    return session.scalar(
        select(Person)
        .join(Identity)
        .where(Identity.platform == platform, Identity.external_id == external_id)
    )


def run_retention(
    session: Session,
    now: datetime | None = None,
    *,
    draft_days: int = 30,
    closed_months: int = 24,
) -> dict[str, int]:
    """Drop drafts never submitted after `draft_days`; anonymise closed initiatives after
    `closed_months`. Safe to run as often as wanted."""
    now = now or utcnow()
    stale = now - timedelta(days=draft_days)
    dropped = 0
    for conversation in session.scalars(
        select(Conversation).where(Conversation.updated_at < stale)
    ):
        state = dict(conversation.state or {})
        if state.get("fields") or state.get("original"):
            state.update(fields={}, original=[], vague=[], asked=[], skipped=[], asking=None)
            state["phase"] = "listening"
            conversation.state = state
            dropped += 1
    cutoff = now - timedelta(days=round(closed_months * 30.44))
    anonymised = 0
    for initiative in session.scalars(
        select(Initiative).where(
            Initiative.status.in_([s.value for s in CLOSED_STATUSES]),
            Initiative.updated_at < cutoff,
            Initiative.title != ERASED,
        )
    ):
        anonymise_initiative(session, initiative)
        anonymised += 1
    log.info("retention drafts_dropped=%s initiatives_anonymised=%s", dropped, anonymised)
    return {"drafts_dropped": dropped, "initiatives_anonymised": anonymised}
