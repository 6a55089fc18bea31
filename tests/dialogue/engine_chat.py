"""One person talking to the intake engine, for the exploratory-testing round tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from bot.dialogue.engine import InitiativeView, IntakeDialogue, Receipt, new_state
from bot.messages import Reply


class Port:
    """Keeps what was sent, as the real port stores it."""

    def __init__(self) -> None:
        self.sent: list[dict[str, str]] = []
        self.original: list[str] = []

    def submit(self, fields: dict[str, str], original_text: str, language: str) -> Receipt:
        self.sent.append(dict(fields))
        self.original.append(original_text)
        return Receipt(f"GK-{len(self.sent)}", date(2030, 1, 1))

    def my_initiatives(self) -> Sequence[InitiativeView]:
        return []


class Chat:
    """One person talking to the engine: text, or a button as `choice`."""

    def __init__(self, lang: str = "da") -> None:
        self.state: dict[str, Any] = new_state(lang)
        self.dialogue = IntakeDialogue()
        self.port = Port()

    def __call__(self, text: str | None = None, choice: str | None = None) -> list[Reply]:
        return self.dialogue.handle(self.state, self.port, text=text, choice=choice)

    @property
    def fields(self) -> dict[str, str]:
        return dict(self.state["fields"])

    def to_readback(self, replies: list[Reply]) -> list[Reply]:
        """Skip every question (with the skip button shown) until the read-back."""
        return self.until(replies, None)

    def until(self, replies: list[Reply], field: str | None) -> list[Reply]:
        """Skip questions until `field` is asked (None: until the read-back)."""
        for _ in range(10):
            if replies[-1].asking == field and (field or replies[-1].card is not None):
                return replies
            (skip,) = replies[-1].choices
            replies = self(choice=skip.value)
        raise AssertionError(f"never asked {field}" if field else "never reached the read-back")
