"""Reply -> Teams: Adaptive Cards 1.5 for choices and read-backs, plain text for the rest.

People's own words reach the card only inside RichTextBlock/TextRun elements, which the
Adaptive Cards spec renders without markdown, so "**x**" or "[a](b)" shows as typed. The
card's fallbackText may be rendered as markdown by a host, so it is escaped instead; the
activity text is sent with textFormat "plain".
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Any, overload

from microsoft_agents.activity import Activity, ActivityTypes, Attachment

from bot.messages import Reply, SummaryCard

ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
ADAPTIVE_CARD_VERSION = "1.5"  # the highest version Teams renders
ADAPTIVE_CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"

# Characters with a meaning in the markdown subset hosts apply to TextBlock and fallbackText.
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]()#>~|<{}!])")
_LIST_BULLET = re.compile(r"^(\s*)([-+])(?=\s)")
_LIST_NUMBER = re.compile(r"^(\s*\d+)([.)])(?=\s)")


def escape_markdown(text: str) -> str:
    """`text` with every markdown-significant character escaped, so it shows literally."""
    lines = []
    for line in text.split("\n"):
        line = _MARKDOWN_INLINE.sub(r"\\\1", line)
        line = _LIST_BULLET.sub(r"\1\\\2", line)
        line = _LIST_NUMBER.sub(r"\1\\\2", line)
        lines.append(line)
    return "\n".join(lines)


def _text_run(text: str, **style: Any) -> dict[str, Any]:
    return {"type": "TextRun", "text": text, **style}


def _rich_text(*runs: dict[str, Any], **props: Any) -> dict[str, Any]:
    return {"type": "RichTextBlock", "inlines": list(runs), **props}


def _summary_body(card: SummaryCard) -> list[dict[str, Any]]:
    body = [_rich_text(_text_run(card.title, weight="Bolder", size="Medium"))]
    for label, value in card.rows:
        body.append(
            _rich_text(
                _text_run(f"{label}: ", weight="Bolder"),
                _text_run(value),
                spacing="Small",
            )
        )
    if card.footer:
        body.append(_rich_text(_text_run(card.footer, isSubtle=True, size="Small")))
    return body


def plain_text(reply: Reply) -> str:
    """The whole reply as plain text: card, message and numbered choices."""
    lines: list[str] = []
    if reply.card is not None:
        lines.append(reply.card.title)
        lines.extend(f"{label}: {value}" for label, value in reply.card.rows)
        if reply.card.footer:
            lines.append(reply.card.footer)
        lines.append("")
    lines.append(reply.text)
    lines.extend(f"{number}. {choice.label}" for number, choice in enumerate(reply.choices, 1))
    return "\n".join(lines)


def adaptive_card(reply: Reply, card_id: str) -> dict[str, Any]:
    """The Adaptive Card for a reply's read-back and buttons; `card_id` tags its submits."""
    body = _summary_body(reply.card) if reply.card is not None else []
    card: dict[str, Any] = {
        "type": "AdaptiveCard",
        "$schema": ADAPTIVE_CARD_SCHEMA,
        "version": ADAPTIVE_CARD_VERSION,
        "fallbackText": escape_markdown(plain_text(reply)),
        "body": body,
    }
    if reply.choices:
        card["actions"] = [
            {
                "type": "Action.Submit",
                "title": choice.label,
                "data": {"choice": choice.value, "card": card_id},
            }
            for choice in reply.choices
        ]
    return card


def new_card_id() -> str:
    """A fresh id for one sent card, so a second press of its button is recognised."""
    return uuid.uuid4().hex


def reply_activity(reply: Reply, card_id: Callable[[], str] = new_card_id) -> Activity:
    """The message activity for one reply; with choices or a card it carries an Adaptive Card."""
    message = Activity(type=ActivityTypes.message, text=reply.text, text_format="plain")
    if reply.card is not None or reply.choices:
        message.attachments = [
            Attachment(
                content_type=ADAPTIVE_CARD_CONTENT_TYPE,
                content=adaptive_card(reply, card_id()),
            )
        ]
    return message


def render(replies: Iterable[Reply], card_id: Callable[[], str] = new_card_id) -> list[Activity]:
    """One message activity per reply; those with choices or a card carry an Adaptive Card."""
    return [reply_activity(reply, card_id) for reply in replies]


class Rendered(Sequence[Activity]):
    """`render(replies)`, each activity built when first read (always in reply order).

    Sending reads them one at a time, so the first message goes out without waiting for
    the ones after it to be built.
    """

    def __init__(self, replies: Iterable[Reply], card_id: Callable[[], str] = new_card_id):
        self._replies = tuple(replies)
        self._card_id = card_id
        self._built: list[Activity] = []

    def __len__(self) -> int:
        return len(self._replies)

    @overload
    def __getitem__(self, index: int) -> Activity: ...

    @overload
    def __getitem__(self, index: slice) -> list[Activity]: ...

    def __getitem__(self, index: int | slice) -> Activity | list[Activity]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        while len(self._built) <= index:
            self._built.append(reply_activity(self._replies[len(self._built)], self._card_id))
        return self._built[index]
