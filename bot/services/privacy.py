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
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from bot.domain.fields import INITIATIVE_FIELDS
from bot.domain.lifecycle import CLOSED_STATUSES, Role
from bot.domain.timeline import EventKind
from bot.i18n.catalog import catalogue, supported, t
from bot.i18n.formatting import format_day
from bot.services.bridges import IntroductionState
from bot.services.export import initiative_to_dict
from storage.models import (
    Address,
    Association,
    CheckIn,
    Conversation,
    Identity,
    Initiative,
    Introduction,
    OutboxMessage,
    Person,
    TimelineEvent,
    utcnow,
)
from storage.repositories import InitiativeFilter, InitiativeRepository

log = logging.getLogger(__name__)

ERASED = "[slettet]"

# Plain-words requests, Danish and English, each with the language it is said in (a first
# message may be only this, and it is answered in that language). Kept strict: an idea that
# mentions "data" or "slet" must never be taken as a request to erase someone.
_END = r"[\s?.!]*$"
_ERASE_END = r"[\s?.!]*( tak| please)?[\s?.!]*$"
_REQUESTS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    (
        "export",
        "da",
        re.compile(
            r"^(hvad ved (du|i) om mig|hvilke (oplysninger|data) har (du|i) (gemt )?om mig"
            r"|hvad har (du|i) gemt om mig"
            r"|vis (mig )?(mine data|alt om mig|hvad (du|i) har gemt om mig)"
            r"|(send|eksporter|udlever) mine (data|oplysninger))" + _END
        ),
    ),
    (
        "export",
        "en",
        re.compile(
            r"^(what do you know about me|(show|export|send|download) (me )?my "
            r"(data|personal data|information)"
            r"|what (data|information) do you (have|hold|store) (on|about) me)" + _END
        ),
    ),
    (
        "erase",
        "da",
        re.compile(
            r"^((jeg vil have )?slet (alle )?mine (data|oplysninger)|glem mig|slet mig)"
            + _ERASE_END
        ),
    ),
    (
        "erase",
        "en",
        re.compile(
            r"^((please )?(delete|erase|remove) (all )?my (data|personal data|information)"
            r"|forget me|delete me)" + _ERASE_END
        ),
    ),
)


def _request(text: str) -> tuple[str, str] | None:
    folded = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    for request, language, pattern in _REQUESTS:
        if pattern.match(folded):
            return request, language
    return None


def privacy_request(text: str) -> str | None:
    """ "export" or "erase" when the text asks for one of them in plain words, else None."""
    found = _request(text)
    return found[0] if found is not None else None


def privacy_request_language(text: str) -> str | None:
    """ "da" or "en": the language a privacy request is said in; None for any other text.

    Read from the request's own words, which says more than a language guess on three
    words ("forget me" has nothing a detector can go on)."""
    found = _request(text)
    return found[1] if found is not None else None


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
        "introductions": [
            {
                "your_initiative": consent.initiative,
                "with_initiative": consent.other_initiative,
                "with_association": consent.association,
                "you_said_yes": consent.said_yes,
                "state": consent.state,
            }
            for consent in introductions_of(session, initiatives)
        ],
    }


@dataclass(frozen=True)
class IntroductionConsent:
    """An offer to connect one of the person's initiatives with another idea or association,
    seen from the person's side."""

    initiative: str
    other_initiative: str | None
    association: str | None
    state: str
    said_yes: bool


def introductions_of(
    session: Session, initiatives: Sequence[Initiative]
) -> list[IntroductionConsent]:
    """Every introduction offered about the person's initiatives, and whether they said yes."""
    mine = {i.id for i in initiatives}
    if not mine:
        return []
    asking, asked = aliased(Initiative), aliased(Initiative)
    rows = session.execute(
        select(Introduction, asking.reference, asked.reference, Association.name)
        .join(asking, asking.id == Introduction.initiative_id)
        .outerjoin(asked, asked.id == Introduction.other_initiative_id)
        .outerjoin(Association, Association.id == Introduction.association_id)
        .where(
            or_(Introduction.initiative_id.in_(mine), Introduction.other_initiative_id.in_(mine))
        )
        .order_by(Introduction.id)
    ).all()
    consents = []
    for introduction, asking_reference, asked_reference, association in rows:
        if introduction.initiative_id in mine:
            # Their idea was offered the introduction: they answer first.
            said_yes = introduction.state in (
                IntroductionState.REQUESTER_YES,
                IntroductionState.ACCEPTED,
            )
            yours, other = asking_reference, asked_reference
        else:
            said_yes = introduction.state == IntroductionState.ACCEPTED
            yours, other = asked_reference, asking_reference
        consents.append(
            IntroductionConsent(
                initiative=yours,
                other_initiative=other,
                association=association,
                state=introduction.state,
                said_yes=said_yes,
            )
        )
    return consents


def describe_person(session: Session, person: Person, language: str, *, contact_url: str) -> str:
    """What is stored about a person, in plain words for the chat: their details, their
    ideas in their own words, the consents they gave, and how to get the full copy.

    The full copy (`export_person`) also holds the conversation's bookkeeping; that is for
    the municipality to hand over on request, not for reading in a chat."""
    lang = supported(language)
    initiatives = InitiativeRepository(session).list(
        InitiativeFilter(initiator_id=person.id, with_timeline=True)
    )
    lines = [t("privacy.export_intro", lang), "", t("privacy.summary_about_you", lang)]
    if person.display_name:
        lines.append(_item(t("privacy.summary_name", lang), person.display_name))
    if person.email:
        lines.append(_item(t("privacy.summary_email", lang), person.email))
    lines.append(
        _item(
            t("privacy.summary_language", lang),
            t(f"button.lang_{supported(person.language)}", lang),
        )
    )
    for identity in person.identities:
        channel = catalogue(lang).get(f"privacy.platform_{identity.platform}") or identity.platform
        since = format_day(identity.created_at.date(), lang)
        lines.append(
            _item(
                t("privacy.summary_channel", lang),
                t("privacy.summary_since", lang, channel=channel, date=since),
            )
        )
    lines += ["", t("privacy.summary_ideas", lang)]
    if not initiatives:
        lines.append(f"• {t('privacy.summary_no_ideas', lang)}")
    for initiative in initiatives:
        status = t(f"status.{initiative.status}", lang)
        lines.append(
            "• "
            + t(
                "privacy.summary_idea",
                lang,
                reference=initiative.reference,
                title=initiative.title,
                status=status,
            )
        )
        lines += [
            f"  {t(f'field.{name}', lang)}: {value}"
            for name in INITIATIVE_FIELDS
            if (value := getattr(initiative, name))
        ]
        lines += [
            f"  {t('privacy.summary_added', lang)}: {event.text}"
            for event in initiative.timeline
            if event.actor_kind == Role.INITIATOR and event.kind == EventKind.NOTE and event.text
        ]
    draft = _draft_fields(session, person)
    if draft:
        lines += ["", t("privacy.summary_draft", lang)]
        lines += [f"• {t(f'field.{name}', lang)}: {value}" for name, value in draft]
    consents = introductions_of(session, initiatives)
    lines += ["", t("privacy.summary_consents", lang)]
    given = [c for c in consents if c.said_yes]
    if not given:
        lines.append(f"• {t('privacy.summary_no_consents', lang)}")
    for consent in given:
        if consent.association:
            said = t(
                "privacy.summary_consent_association",
                lang,
                reference=consent.initiative,
                name=consent.association,
            )
        else:
            said = t(
                "privacy.summary_consent_idea",
                lang,
                reference=consent.initiative,
                other=consent.other_initiative or "",
            )
        lines.append(f"• {said}")
    planned = session.scalar(
        select(func.count())
        .select_from(CheckIn)
        .where(CheckIn.person_id == person.id, CheckIn.state == "pending")
    )
    if planned:
        lines += ["", t("privacy.summary_checkins", lang, count=planned)]
    lines += ["", t("privacy.summary_full_copy", lang, url=contact_url)]
    return "\n".join(lines)


def _item(label: str, value: str) -> str:
    return f"• {label}: {value}"


def _draft_fields(session: Session, person: Person) -> list[tuple[str, str]]:
    """The parts of an idea being told but not sent yet, in the person's words."""
    told: list[tuple[str, str]] = []
    for state in session.scalars(
        select(Conversation.state).where(Conversation.person_id == person.id)
    ):
        fields = (state or {}).get("fields") or {}
        told += [(name, fields[name]) for name in INITIATIVE_FIELDS if fields.get(name)]
    return told


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
