"""Use cases on initiatives: submit, change status, set the next step, each on the timeline."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from bot.domain.calendar import add_working_days
from bot.domain.fields import INITIATIVE_FIELDS
from bot.domain.lifecycle import NextStepOwner, Role, Status, check_transition
from bot.domain.timeline import Actor, EventKind
from storage.models import Initiative, Person, TimelineEvent, utcnow
from storage.repositories import InitiativeRepository

TITLE_MAX = 80
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_ABBREVIATION_BEFORE = re.compile(
    r"(?:\b(?:[a-zæøå]|kl|ca|fx|nr|st|tlf|bl\.a|f\.eks|evt|inkl|osv|mv|pga|dvs|ift)|\d)\.$",
    re.IGNORECASE,
)


# "Jeg har også en idé mere: …", "actually I do have an idea: …", "Min idé er at …", "På vegne
# af … vil jeg hermed foreslå …": how the person led in to the idea, not its name.
_TITLE_LEAD = re.compile(
    r"^(?:(?:hej|hi|hello|hey|okay|ok|so|nå|altså|actually|og|and)[,!.]?\s+)*(?:"
    r"(?:jeg|vi|i|we)\s+(?:har|have|do\s+have|'ve\s+got)\s+(?:også\s+|also\s+)?(?:en|et|an?|one)\s+"
    r"(?:ny\s+|anden\s+|new\s+|other\s+)?(?:idé|ide|idè|forslag|idea|suggestion|proposal)"
    r"(?:\s+(?:mere|til\s+jer|for\s+you|more))?\s*[:\-–]\s*"
    r"|(?:min|mit|vores|my|our)\s+(?:idé|ide|idè|forslag|idea|suggestion|proposal)\s+(?:er|is)\b\s*"
    r"(?:[:\-–]\s*)?(?:at\s+|to\s+|that\s+)?"
    r"|(?:på\s+vegne\s+af|on\s+behalf\s+of)\s+[^.!?]{3,120}?\s+(?:vil|would|will)\s+"
    r"(?:jeg|vi|i|we)\s+(?:hermed\s+|herewith\s+|hereby\s+|gerne\s+|like\s+to\s+)*"
    r"(?:fremsætte|fremkomme\s+med|komme\s+med|stille|propose|put\s+forward|submit)\s+"
    r"(?:et\s+|a\s+)?(?:forslag|proposal)\s+(?:om|til|for)\s+)",
    re.IGNORECASE,
)


def make_title(what: str) -> str:
    """A short title in the initiator's own words: the start of what they said the idea is."""
    first_line = " ".join(what.split())
    lead = _TITLE_LEAD.match(first_line)
    if lead is not None and len(first_line) - lead.end() >= 8:
        rest = first_line[lead.end() :]
        first_line = rest[0].upper() + rest[1:]
    for m in _SENTENCE_END.finditer(first_line):
        head = first_line[: m.start() + 1]
        if len(head) >= 12 and not _ABBREVIATION_BEFORE.search(head):
            # "fra d. 1. maj", "ca. 20": an abbreviation or a number, not a sentence's end.
            first_line = head.rstrip(".")
            break
    if len(first_line) <= TITLE_MAX:
        return first_line.rstrip(".!? ")
    cut = first_line[:TITLE_MAX].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:!? ") + " …"


class InitiativeService:
    """Every change to an initiative goes through here, so each writes its timeline entry."""

    def __init__(self, session: Session, *, reference_prefix: str = "GK") -> None:
        self.session = session
        self.repository = InitiativeRepository(session)
        self.reference_prefix = reference_prefix

    def record(
        self,
        initiative: Initiative,
        kind: EventKind,
        actor: Actor,
        *,
        text: str | None = None,
        from_status: str | None = None,
        to_status: str | None = None,
        data: Mapping[str, Any] | None = None,
        at: datetime | None = None,
    ) -> TimelineEvent:
        """Append one event to the initiative's timeline, in the caller's transaction."""
        event = TimelineEvent(
            kind=kind.value,
            actor_kind=actor.role.value,
            actor_id=actor.id,
            from_status=from_status,
            to_status=to_status,
            text=text,
            data=dict(data or {}),
            at=at or utcnow(),
        )
        initiative.timeline.append(event)
        # Late import: the check-in service uses this service for its own timeline entries.
        from bot.services import checkins

        checkins.after_event(self.session, initiative, event)
        return event

    def submit(
        self,
        initiator: Person,
        fields: Mapping[str, str | None],
        *,
        language: str,
        original_text: str = "",
        response_working_days: int = 5,
        now: datetime | None = None,
        before_insert: Callable[[Initiative], object] | None = None,
    ) -> Initiative:
        """Store a confirmed idea as a submitted initiative with a fresh reference.

        `before_insert` may fill in more (routing sets category, area and staff) so that the
        initiative and its first timeline entries go to the database in one flush.
        """
        now = now or utcnow()
        what = (fields.get("what") or "").strip() or original_text.strip()
        if not what:
            raise ValueError("an initiative needs at least a description of what it is")
        initiative = Initiative(
            reference=self.repository.next_reference(self.reference_prefix, now.year),
            title=make_title(what),
            original_text=original_text,
            language=language,
            initiator_id=initiator.id,
            status=Status.DRAFT.value,
            created_at=now,
            timeline=[],  # new: appending events needs no look-up
        )
        for name in INITIATIVE_FIELDS:
            value = fields.get(name)
            setattr(initiative, name, value if value and value.strip() else None)
        initiative.what = what
        self.session.add(initiative)
        actor = Actor(Role.INITIATOR, initiator.id)
        self.record(initiative, EventKind.CREATED, actor, to_status=Status.DRAFT.value, at=now)
        self.change_status(initiative, Status.SUBMITTED, actor, now=now)
        initiative.submitted_at = now
        initiative.response_due = add_working_days(now.date(), response_working_days)
        if before_insert is not None:
            with self.session.no_autoflush:
                before_insert(initiative)
        self.session.flush()
        from bot.services import checkins

        checkins.after_submit(self.session, initiative, now=now)
        return initiative

    def change_status(
        self,
        initiative: Initiative,
        target: Status,
        actor: Actor,
        *,
        reason: str | None = None,
        pointer: str | None = None,
        now: datetime | None = None,
    ) -> bool:
        """Move to `target` if the lifecycle allows it; False when it is already there."""
        if initiative.status == target.value:
            return False
        transition = check_transition(
            initiative.status,
            target,
            actor.role,
            reason=reason,
            pointer=pointer,
            resume_to=initiative.status_before_pause,
        )
        if target == Status.PAUSED:
            initiative.status_before_pause = initiative.status
        elif transition.current == Status.PAUSED:
            initiative.status_before_pause = None
        if target == Status.DECLINED:
            initiative.decline_reason = reason
            initiative.decline_pointer = pointer
        self.record(
            initiative,
            EventKind.SUBMITTED if target == Status.SUBMITTED else EventKind.STATUS_CHANGED,
            actor,
            text=reason,
            from_status=initiative.status,
            to_status=target.value,
            data={"pointer": pointer} if pointer else None,
            at=now,
        )
        initiative.status = target.value
        initiative.updated_at = now or utcnow()
        return True

    def set_next_step(
        self,
        initiative: Initiative,
        text: str,
        due: date | None,
        owner: NextStepOwner,
        actor: Actor,
        *,
        now: datetime | None = None,
    ) -> bool:
        """Set what happens next, by when and whose move it is; False if nothing changed."""
        text = text.strip()
        if not text:
            raise ValueError("a next step needs a description")
        if (
            initiative.next_step == text
            and initiative.next_step_due == due
            and initiative.next_step_owner == owner.value
        ):
            return False
        initiative.next_step = text
        initiative.next_step_due = due
        initiative.next_step_owner = owner.value
        initiative.updated_at = now or utcnow()
        self.record(
            initiative,
            EventKind.NEXT_STEP_SET,
            actor,
            text=text,
            data={"due": due.isoformat() if due else None, "owner": owner.value},
            at=now,
        )
        return True

    def edit_field(self, initiative: Initiative, name: str, value: str, actor: Actor) -> bool:
        """Change one of the initiator's own fields; only the initiator may rewrite their words."""
        if name not in INITIATIVE_FIELDS:
            raise ValueError(f"unknown field {name}")
        if actor.role != Role.INITIATOR:
            raise PermissionError("only the initiator may change the initiative's own words")
        old = getattr(initiative, name)
        if old == value:
            return False
        setattr(initiative, name, value)
        if name == "what":
            initiative.title = make_title(value)
        self.record(initiative, EventKind.FIELD_EDITED, actor, text=value, data={"field": name})
        return True
