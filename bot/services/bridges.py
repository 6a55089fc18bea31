"""Bridges between people: related initiatives and associations, and introductions with consent.

An introduction to another initiative is double opt-in: the initiator is offered it, the
other initiator is asked only after the first said yes, and names and contacts are shared
only when both said yes. Until then each side sees the other's idea, never who is behind it.
Associations are public bodies: their contact is given as soon as the initiator says yes.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from sqlalchemy import or_, select, true, update
from sqlalchemy.orm import Session

from bot.domain.lifecycle import Status
from bot.domain.similarity import (
    Match,
    Profile,
    SimilarityIndex,
    initiative_profile,
    make_profile,
)
from bot.domain.timeline import Actor, EventKind
from bot.i18n.catalog import supported, t
from bot.messages import Choice, Reply
from bot.services.initiatives import InitiativeService
from bot.services.outbox import enqueue
from storage.models import Association, Initiative, Introduction, Person, utcnow

log = logging.getLogger(__name__)

# One offer at a time: two yes/no prompts at once confuse, and the best is the likeliest yes.
MAX_SUGGESTIONS = 1
# Two ideas are related when they share topic words (see bot.domain.similarity.is_topic):
# two of them, or one that carries the match on its own. Measured on
# tests/domain/similarity_pairs.yaml with one offer per idea: 23 of the 24 offers right,
# 44% of the related pairs found (with any one shared word enough: 0.83 right, 59% found).
INITIATIVE_THRESHOLD = 0.12
INITIATIVE_MIN_SHARED = 2
ONE_SHARED_WORD_THRESHOLD = 0.3
# Association descriptions are general and the directory small, so one shared word
# says little: an association must share two topic terms with the idea (or one that
# carries the match on its own), as an initiative must.
ASSOCIATION_THRESHOLD = 0.15
ASSOCIATION_MIN_SHARED = 2
# Ideas whose initiator is still working on them; paused and closed ones are left alone.
ACTIVE_STATUSES = (Status.SUBMITTED, Status.IN_DIALOGUE, Status.AGREED, Status.IN_PROGRESS)
CHOICE_PREFIX = "bridge:"
_CHOICE = re.compile(r"bridge:(yes|no):(\d+)")
_TEXT_FIELDS = ("what", "why", "who_benefits", "help_wanted", "brings", "where")
# Twice the candidate pool (RELATED_POOL + NEWEST_POOL), so the pool stays warm.
_CACHE_LIMIT = 4_000
_ID_CHUNK = 500


class IntroductionState(StrEnum):
    """Where an introduction stands in the double opt-in."""

    OFFERED = "offered"
    REQUESTER_YES = "requester_yes"
    ACCEPTED = "accepted"
    DECLINED = "declined"


@dataclass(frozen=True)
class Suggestion:
    """A related initiative or association worth an introduction, without anyone's identity."""

    kind: Literal["initiative", "association"]
    target_id: int
    score: float
    title: str
    area: str | None = None
    description: str = ""

    @property
    def introduction_targets(self) -> dict[str, int | None]:
        """The introduction's columns naming what is offered: another initiative or an
        association."""
        initiative = self.kind == "initiative"
        return {
            "other_initiative_id": self.target_id if initiative else None,
            "association_id": None if initiative else self.target_id,
        }


# Profiles of stored initiatives, keyed by id and last change: texts are only re-read and
# re-analysed when an initiative changed, which keeps a search over thousands fast.
_profiles: dict[int, tuple[datetime, Profile]] = {}


def _remember(initiative_id: int, updated_at: datetime, profile: Profile) -> None:
    if len(_profiles) >= _CACHE_LIMIT:
        _profiles.clear()
    _profiles[initiative_id] = (updated_at, profile)


def profile_of(initiative: Initiative) -> Profile:
    """The similarity profile of an initiative, from its structured fields."""
    return initiative_profile(
        {name: getattr(initiative, name) for name in _TEXT_FIELDS},
        initiative.language,
        area=initiative.area,
        category=initiative.category,
    )


def association_profile(association: Association) -> Profile:
    """The similarity profile of an association: its name and description, fields and areas."""
    return make_profile(
        [(association.name, 0.5), (association.description, 1.0)],
        "da",
        areas=association.areas or (),
        categories=association.categories or (),
    )


def _already_paired(session: Session, initiative: Initiative) -> set[int]:
    rows = session.execute(
        select(Introduction.initiative_id, Introduction.other_initiative_id).where(
            or_(
                Introduction.initiative_id == initiative.id,
                Introduction.other_initiative_id == initiative.id,
            )
        )
    )
    return {a if b == initiative.id else b for a, b in rows if a is not None and b is not None}


RELATED_POOL = 1500
NEWEST_POOL = 500


def _candidate_profiles(session: Session, initiative: Initiative) -> list[tuple[int, Profile]]:
    """Active initiatives of other people, as profiles (from the cache where unchanged)."""
    skip = _already_paired(session, initiative)
    active = (
        Initiative.status.in_([s.value for s in ACTIVE_STATUSES]),
        Initiative.initiator_id.is_not(None),
        Initiative.initiator_id != initiative.initiator_id,
        Initiative.id != initiative.id,
    )
    # A bounded pool, so a submission costs the same with 100 or 100,000 initiatives stored:
    # the newest of the same category or district (the likeliest relatives), and the newest
    # of all (a relative filed under another category).
    related = or_(
        Initiative.category == initiative.category,
        Initiative.area == initiative.area,
    )
    rows: dict[int, Any] = {}
    for condition, limit in ((related, RELATED_POOL), (true(), NEWEST_POOL)):
        for row_id, updated in session.execute(
            select(Initiative.id, Initiative.updated_at)
            .where(*active, condition)
            .order_by(Initiative.id.desc())
            .limit(limit)
        ):
            rows[row_id] = updated
    # Oldest first, so that on equal scores the longer-waiting idea is suggested.
    wanted = [(i, rows[i]) for i in sorted(rows) if i not in skip]
    stale = [i for i, updated in wanted if _profiles.get(i, (None,))[0] != updated]
    columns = [getattr(Initiative, name) for name in _TEXT_FIELDS]
    for start in range(0, len(stale), _ID_CHUNK):
        chunk = stale[start : start + _ID_CHUNK]
        for row in session.execute(
            select(
                Initiative.id,
                Initiative.updated_at,
                Initiative.language,
                Initiative.area,
                Initiative.category,
                *columns,
            ).where(Initiative.id.in_(chunk))
        ):
            fields = dict(zip(_TEXT_FIELDS, row[5:], strict=True))
            _remember(
                row.id,
                row.updated_at,
                initiative_profile(fields, row.language, area=row.area, category=row.category),
            )
    return [(i, _profiles[i][1]) for i, _ in wanted if i in _profiles]


def suggest(session: Session, initiative: Initiative) -> list[Suggestion]:
    """The related active initiative of another person, or association, most worth offering
    (at most MAX_SUGGESTIONS, best first); nothing when none shares the idea's topic."""
    query = profile_of(initiative)
    initiative_matches = SimilarityIndex.build(_candidate_profiles(session, initiative)).search(
        query,
        limit=MAX_SUGGESTIONS,
        threshold=INITIATIVE_THRESHOLD,
        min_shared=INITIATIVE_MIN_SHARED,
        fewer_shared_threshold=ONE_SHARED_WORD_THRESHOLD,
    )
    offered = set(
        session.scalars(
            select(Introduction.association_id).where(
                Introduction.initiative_id == initiative.id,
                Introduction.association_id.is_not(None),
            )
        )
    )
    associations = {
        a.id: a
        for a in session.scalars(select(Association).where(Association.contact.is_not(None)))
        if a.id not in offered
    }
    association_matches = SimilarityIndex.build(
        (a.id, association_profile(a)) for a in associations.values()
    ).search(
        query,
        limit=MAX_SUGGESTIONS,
        threshold=ASSOCIATION_THRESHOLD,
        min_shared=ASSOCIATION_MIN_SHARED,
        fewer_shared_threshold=ONE_SHARED_WORD_THRESHOLD,
    )
    ranked: list[tuple[Match, str]] = [(m, "initiative") for m in initiative_matches]
    ranked += [(m, "association") for m in association_matches]
    ranked.sort(key=lambda pair: pair[0].rank, reverse=True)
    suggestions = []
    for match, kind in ranked[:MAX_SUGGESTIONS]:
        assert isinstance(match.key, int)
        if kind == "association":
            association = associations[match.key]
            suggestions.append(
                Suggestion(
                    "association",
                    association.id,
                    match.score,
                    association.name,
                    description=association.description,
                )
            )
        else:
            other = session.get(Initiative, match.key)
            assert other is not None
            suggestions.append(
                Suggestion("initiative", other.id, match.score, other.title, area=other.area)
            )
    return suggestions


def _buttons(introduction_id: int, language: str) -> tuple[Choice, ...]:
    return (
        Choice(t("bridge.button.yes", language), f"bridge:yes:{introduction_id}"),
        Choice(t("bridge.button.no", language), f"bridge:no:{introduction_id}"),
    )


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def offer(
    session: Session, initiative: Initiative, suggestions: Sequence[Suggestion], language: str
) -> list[Reply]:
    """Store an offered introduction for the best suggestion and ask the initiator, with yes/no
    buttons: one offer at a time, however many suggestions are given."""
    replies = []
    for suggestion in suggestions[:MAX_SUGGESTIONS]:
        introduction = Introduction(
            initiative_id=initiative.id,
            state=IntroductionState.OFFERED.value,
            **suggestion.introduction_targets,
        )
        session.add(introduction)
        session.flush()
        replies.append(offer_reply(suggestion, introduction.id, language))
    if replies:
        log.info("introductions offered initiative=%s count=%s", initiative.id, len(replies))
    return replies


def offer_reply(suggestion: Suggestion, introduction_id: int, language: str) -> Reply:
    """The question that offers one stored introduction, with its yes/no buttons."""
    if suggestion.kind == "association":
        text = t(
            "bridge.offer.association",
            language,
            name=suggestion.title,
            description=_short(suggestion.description),
        )
    else:
        key = "bridge.offer.initiative_area" if suggestion.area else "bridge.offer.initiative"
        text = t(key, language, title=suggestion.title, area=suggestion.area or "")
    return Reply(text, choices=_buttons(introduction_id, language))


def offer_introductions(
    session: Session, initiative: Initiative, language: str | None = None
) -> list[Reply]:
    """Find related initiatives and associations for a new initiative and offer introductions."""
    return offer(
        session,
        initiative,
        suggest(session, initiative),
        supported(language or initiative.language),
    )


def _advance(
    session: Session,
    introduction: Introduction,
    expected: IntroductionState,
    target: IntroductionState,
    **values: Any,
) -> bool:
    """Move the introduction on only if it is still where we saw it: a second press of the
    same button, even at the same moment in another process, changes nothing."""
    moved = session.execute(
        update(Introduction)
        .where(Introduction.id == introduction.id, Introduction.state == expected.value)
        .values(state=target.value, updated_at=utcnow(), **values)
        .returning(Introduction.id)
        .execution_options(synchronize_session=False)
    ).first()
    session.expire(introduction)
    return moved is not None


def _contact_line(person: Person | None, initiative: Initiative, language: str) -> str:
    """How to reach someone who agreed to be introduced: e-mail, the contact they gave, or us."""
    if person is not None and person.email:
        return person.email
    if initiative.contact:
        return initiative.contact
    return t("bridge.no_contact", language)


def _name(person: Person | None, language: str) -> str:
    if person is not None and person.display_name:
        return person.display_name
    return t("bridge.unnamed", language)


def _language_of(person: Person | None, initiative: Initiative) -> str:
    return supported(person.language if person is not None else initiative.language)


def handle_choice(
    session: Session, person: Person, choice_value: str, language: str
) -> list[Reply] | None:
    """Answer a press of an introduction button; None when the value is not a bridge choice."""
    if not choice_value.startswith(CHOICE_PREFIX):
        return None
    language = supported(language)
    parsed = _CHOICE.fullmatch(choice_value)
    introduction = session.get(Introduction, int(parsed.group(2))) if parsed else None
    if parsed is None or introduction is None:
        return [Reply(t("bridge.unknown", language))]
    yes = parsed.group(1) == "yes"
    requester_initiative = session.get(Initiative, introduction.initiative_id)
    other_initiative = (
        session.get(Initiative, introduction.other_initiative_id)
        if introduction.other_initiative_id is not None
        else None
    )
    assert requester_initiative is not None
    is_requester = requester_initiative.initiator_id == person.id
    is_other = other_initiative is not None and other_initiative.initiator_id == person.id
    state = IntroductionState(introduction.state)
    if not (is_requester or is_other):
        log.info("bridge choice refused introduction=%s person=%s", introduction.id, person.id)
        return [Reply(t("bridge.not_yours", language))]
    if state in (IntroductionState.ACCEPTED, IntroductionState.DECLINED):
        return [Reply(t("bridge.already", language))]
    if is_requester and state == IntroductionState.OFFERED:
        return _requester_answers(session, introduction, requester_initiative, yes, language)
    if is_requester:
        return [Reply(t("bridge.waiting", language))]
    if state == IntroductionState.REQUESTER_YES:
        assert other_initiative is not None
        return _other_answers(
            session, introduction, requester_initiative, other_initiative, yes, language
        )
    # The other initiator was never asked (the initiator has not said yes): not theirs yet.
    return [Reply(t("bridge.not_yours", language))]


def _requester_answers(
    session: Session,
    introduction: Introduction,
    initiative: Initiative,
    yes: bool,
    language: str,
) -> list[Reply]:
    now = utcnow()
    offered = IntroductionState.OFFERED
    if not yes:
        if not _advance(
            session, introduction, offered, IntroductionState.DECLINED, requester_answered_at=now
        ):
            return [Reply(t("bridge.already", language))]
        return [Reply(t("bridge.declined", language))]
    if introduction.association_id is not None:
        association = session.get(Association, introduction.association_id)
        if association is None or not _advance(
            session, introduction, offered, IntroductionState.ACCEPTED, requester_answered_at=now
        ):
            return [Reply(t("bridge.already", language))]
        InitiativeService(session).record(
            initiative,
            EventKind.NOTE,
            Actor.system(),
            text=t("bridge.timeline.association", initiative.language, name=association.name),
            data={"introduction_id": introduction.id, "association_id": association.id},
        )
        return [
            Reply(
                t(
                    "bridge.association_contact",
                    language,
                    name=association.name,
                    contact=association.contact or "",
                )
            )
        ]
    other_initiative = session.get(Initiative, introduction.other_initiative_id)
    other_person = (
        session.get(Person, other_initiative.initiator_id)
        if other_initiative is not None and other_initiative.initiator_id is not None
        else None
    )
    if other_initiative is None or other_person is None:
        # The other initiative's owner is gone: there is nobody left to ask.
        _advance(session, introduction, offered, IntroductionState.DECLINED)
        return [Reply(t("bridge.gone", language))]
    if not _advance(
        session, introduction, offered, IntroductionState.REQUESTER_YES, requester_answered_at=now
    ):
        return [Reply(t("bridge.already", language))]
    other_language = _language_of(other_person, other_initiative)
    enqueue(
        session,
        [
            Reply(
                t(
                    "bridge.ask_other",
                    other_language,
                    title=initiative.title,
                    own_title=other_initiative.title,
                ),
                choices=_buttons(introduction.id, other_language),
            )
        ],
        kind="bridge_request",
        person_id=other_person.id,
        initiative_id=other_initiative.id,
    )
    return [Reply(t("bridge.asked", language))]


def _other_answers(
    session: Session,
    introduction: Introduction,
    requester_initiative: Initiative,
    other_initiative: Initiative,
    yes: bool,
    language: str,
) -> list[Reply]:
    now = utcnow()
    asked = IntroductionState.REQUESTER_YES
    target = IntroductionState.ACCEPTED if yes else IntroductionState.DECLINED
    if not _advance(session, introduction, asked, target, other_answered_at=now):
        return [Reply(t("bridge.already", language))]
    requester = (
        session.get(Person, requester_initiative.initiator_id)
        if requester_initiative.initiator_id is not None
        else None
    )
    other = session.get(Person, other_initiative.initiator_id)
    requester_language = _language_of(requester, requester_initiative)
    if not yes:
        if requester is not None:
            enqueue(
                session,
                [
                    Reply(
                        t("bridge.other_declined", requester_language, title=other_initiative.title)
                    )
                ],
                kind="bridge_declined",
                person_id=requester.id,
                initiative_id=requester_initiative.id,
            )
        return [Reply(t("bridge.declined", language))]
    if requester is not None:
        enqueue(
            session,
            [
                Reply(
                    t(
                        "bridge.connected",
                        requester_language,
                        title=other_initiative.title,
                        name=_name(other, requester_language),
                        contact=_contact_line(other, other_initiative, requester_language),
                    )
                )
            ],
            kind="bridge_connected",
            person_id=requester.id,
            initiative_id=requester_initiative.id,
        )
    service = InitiativeService(session)
    for own, partner in _both_ways(requester_initiative, other_initiative):
        service.record(
            own,
            EventKind.NOTE,
            Actor.system(),
            text=t("bridge.timeline.connected", own.language, reference=partner.reference),
            data={"introduction_id": introduction.id, "other_initiative_id": partner.id},
        )
    log.info("introduction accepted id=%s", introduction.id)
    # The person who just said yes is in the conversation: they get the contact right here.
    return [
        Reply(
            t(
                "bridge.connected",
                language,
                title=requester_initiative.title,
                name=_name(requester, language),
                contact=_contact_line(requester, requester_initiative, language),
            )
        )
    ]


def _both_ways(first: Initiative, second: Initiative) -> Iterable[tuple[Initiative, Initiative]]:
    return ((first, second), (second, first))
