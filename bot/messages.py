"""The platform-neutral shapes of what comes in and what goes out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Incoming:
    """One message or button press from a person, translated at the adapter's edge."""

    platform: str
    user_id: str
    conversation_id: str
    text: str | None = None
    choice: str | None = None
    locale: str | None = None
    display_name: str | None = None
    timezone: str | None = None
    event_id: str | None = None
    address: dict[str, Any] | None = None
    raw: Any = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class Choice:
    """A button (or numbered option) the person can pick instead of typing."""

    label: str
    value: str


@dataclass(frozen=True)
class SummaryCard:
    """A read-back or status card: a title and labelled rows of the person's own words."""

    title: str
    rows: tuple[tuple[str, str], ...]
    footer: str | None = None


@dataclass(frozen=True)
class Reply:
    """One message from the bot; each adapter renders it for its platform."""

    text: str
    choices: tuple[Choice, ...] = ()
    card: SummaryCard | None = None
    asking: str | None = None  # the initiative field this message asks about, if any

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON channels (console --json, web chat)."""
        data: dict[str, Any] = {
            "text": self.text,
            "choices": [{"label": c.label, "value": c.value} for c in self.choices],
        }
        if self.card is not None:
            data["card"] = {
                "title": self.card.title,
                "rows": [{"label": label, "value": value} for label, value in self.card.rows],
                "footer": self.card.footer,
            }
        if self.asking is not None:
            data["asking"] = self.asking
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reply:
        """The inverse of to_dict, for replies stored in the outbox."""
        card = data.get("card")
        return cls(
            text=data["text"],
            choices=tuple(Choice(c["label"], c["value"]) for c in data.get("choices", [])),
            card=SummaryCard(
                card["title"],
                tuple((row["label"], row["value"]) for row in card["rows"]),
                card.get("footer"),
            )
            if card
            else None,
            asking=data.get("asking"),
        )
