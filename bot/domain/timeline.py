"""What can happen to an initiative, and who did it: the vocabulary of the timeline."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.domain.lifecycle import Role


class EventKind(StrEnum):
    """The kinds of entries on an initiative's timeline."""

    CREATED = "created"
    SUBMITTED = "submitted"
    STATUS_CHANGED = "status_changed"
    FIELD_EDITED = "field_edited"
    ASSIGNED = "assigned"
    NEXT_STEP_SET = "next_step_set"
    MESSAGE_RELAYED = "message_relayed"
    CHECKIN_SENT = "checkin_sent"
    CHECKIN_ANSWERED = "checkin_answered"
    NOTE = "note"


@dataclass(frozen=True)
class Actor:
    """Who did something: the initiator, a staff member or the system itself."""

    role: Role
    id: int | None = None

    @classmethod
    def system(cls) -> Actor:
        """The bot or a scheduled job acting on its own."""
        return cls(Role.SYSTEM)
