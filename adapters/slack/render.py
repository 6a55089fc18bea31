"""Replies and views as Block Kit: every piece of text escaped, every Slack limit respected.

Slack rejects a payload outright when a limit is broken (3,000 characters in a section,
75 in a button label, 2,000 in a button value, 50 blocks in a message, 100 in a view, and an
undocumented cumulative limit of about 12,000 characters of block text per message). So text
is cut here, and a cut message gets a "see more" button that shows the whole text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot.i18n.catalog import t
from bot.messages import Reply

log = logging.getLogger(__name__)

SECTION_LIMIT = 3000
FIELD_LIMIT = 2000
HEADER_LIMIT = 150
BUTTON_LABEL_LIMIT = 75
BUTTON_VALUE_LIMIT = 2000
BUTTONS_PER_BLOCK = 25
MESSAGE_BLOCK_LIMIT = 50
VIEW_BLOCK_LIMIT = 100
# Slack's cumulative block-text limit is undocumented (~12,000 and lower in reports): stay under.
MESSAGE_TEXT_BUDGET = 9000
FALLBACK_LIMIT = 1000
ELLIPSIS = " …"
HEADING_LIMIT = 100
MIN_PIECE = 40
# Home lines are summaries; a view has its own (undocumented) total, so keep them short.
HOME_ENTRY_LIMIT = 600

CHOICE_ACTION_PREFIX = "samskab.choice."
CHOICE_BLOCK_PREFIX = "samskab.choices"
SEE_MORE_ACTION = "samskab.see_more"
SEE_MORE_BLOCK = "samskab.more"
PRIMARY_CHOICES = frozenset({"confirm"})

_URL = re.compile(r"https?://[^\s<>|]+")
_REFERENCE = re.compile(r"\b[A-Z]{1,5}-\d{4}-\d{4,}\b")
_TRAILING_PUNCTUATION = ".,;:!?)]}'\""


def escape(text: str) -> str:
    """Text with Slack's three control characters escaped, so it is shown, never parsed."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mrkdwn(text: str) -> str:
    """Escaped text with bare web addresses made into links (verbatim text links nothing)."""

    def link(match: re.Match[str]) -> str:
        url = match.group(0)
        stripped = url.rstrip(_TRAILING_PUNCTUATION)
        return f"<{stripped}>{url[len(stripped) :]}"

    return _URL.sub(link, escape(text))


def fit(text: str, limit: int) -> tuple[str, bool]:
    """`text` as mrkdwn of at most `limit` characters; True when it had to be cut."""
    whole = mrkdwn(text)
    if len(whole) <= limit:
        return whole, False
    # Escaping and links make the output longer than the input: find the longest prefix that fits.
    low, high = 0, min(len(text), limit)
    while low < high:
        middle = (low + high + 1) // 2
        if len(mrkdwn(text[:middle].rstrip() + ELLIPSIS)) <= limit:
            low = middle
        else:
            high = middle - 1
    prefix = text[:low]
    space = prefix.rfind(" ", max(0, low - 80))
    if space > low // 2:
        prefix = prefix[:space]
    return mrkdwn(prefix.rstrip() + ELLIPSIS), True


BLANK = "–"


def plain(text: str, limit: int) -> str:
    """Plain text (labels, headers: never parsed by Slack) cut to `limit` characters."""
    text = " ".join(text.split()) or BLANK  # Slack rejects an empty label or header
    if len(text) <= limit:
        return text
    return text[: limit - len(ELLIPSIS)].rstrip() + ELLIPSIS


@dataclass
class SlackMessage:
    """One chat.postMessage worth of content: blocks and the notification fallback text."""

    text: str
    blocks: list[dict[str, Any]]
    cut: bool = False

    def payload(self) -> dict[str, Any]:
        """Keyword arguments for chat.postMessage / chat.update."""
        return {"text": self.text, "blocks": self.blocks}


def share(lengths: Sequence[int], budget: int) -> list[int]:
    """Character limits for pieces of these lengths: short ones whole, the rest share fairly."""
    limits = [0] * len(lengths)
    remaining = budget
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    for position, index in enumerate(order):
        fair = remaining // (len(lengths) - position)
        limits[index] = min(lengths[index], fair, SECTION_LIMIT)
        remaining -= limits[index]
    return limits


def choice_buttons(reply: Reply) -> list[ActionsBlock]:
    """The reply's choices as buttons, at most 25 to an actions block."""
    buttons: list[ButtonElement] = []
    for index, choice in enumerate(reply.choices):
        if len(choice.value) > BUTTON_VALUE_LIMIT:
            log.error("choice value too long for a Slack button, left out (index %s)", index)
            continue
        buttons.append(
            ButtonElement(
                text=PlainTextObject(text=plain(choice.label, BUTTON_LABEL_LIMIT), emoji=True),
                action_id=f"{CHOICE_ACTION_PREFIX}{index}",
                value=choice.value,
                style="primary" if choice.value in PRIMARY_CHOICES else None,
            )
        )
    return [
        ActionsBlock(
            block_id=f"{CHOICE_BLOCK_PREFIX}.{number}",
            elements=buttons[start : start + BUTTONS_PER_BLOCK],
        )
        for number, start in enumerate(range(0, len(buttons), BUTTONS_PER_BLOCK))
    ]


def see_more_target(reply: Reply) -> str:
    """What "see more" shows: the initiative the reply is about, else the person's draft."""
    for text in (reply.card.title if reply.card else "", reply.text):
        match = _REFERENCE.search(text)
        if match:
            return f"initiative:{match.group(0)}"
    return "draft"


def see_more_block(target: str, language: str) -> ActionsBlock:
    """The "see more" button that shows the whole text of a cut message."""
    return ActionsBlock(
        block_id=SEE_MORE_BLOCK,
        elements=[
            ButtonElement(
                text=PlainTextObject(
                    text=plain(t("slack.see_more", language), BUTTON_LABEL_LIMIT), emoji=True
                ),
                action_id=SEE_MORE_ACTION,
                value=target[:BUTTON_VALUE_LIMIT],
            )
        ],
    )


def render_reply(reply: Reply, language: str) -> SlackMessage:
    """One Reply as one Slack message: read-back card, text, buttons, and "see more" if cut."""
    buttons = choice_buttons(reply)
    card = reply.card
    # (heading, text) pieces that become sections, in the order they are shown.
    pieces: list[tuple[str | None, str]] = list(card.rows) if card else []
    if reply.text:
        pieces.append((None, reply.text))
    fixed = len(buttons) + 1 + (2 if card else 0)  # buttons, see more, header, footer
    room = MESSAGE_BLOCK_LIMIT - fixed
    cut = len(pieces) > room
    if cut:  # keep the reply's own text (the question), drop the last rows
        pieces = pieces[: room - 1] + pieces[-1:] if reply.text else pieces[:room]
    footer = fit(card.footer, FALLBACK_LIMIT)[0] if card and card.footer else ""
    title = plain(card.title, HEADER_LIMIT) if card else ""
    labels = sum(len(plain(c.label, BUTTON_LABEL_LIMIT)) for c in reply.choices)
    fixed_chars = len(footer) + len(title) + labels + BUTTON_LABEL_LIMIT
    heads = [f"*{mrkdwn(plain(h, HEADING_LIMIT))}*\n" if h else "" for h, _ in pieces]
    # Every piece shows at least a little; rows that cannot are dropped (see more has them).
    while len(pieces) > 1 and (
        fixed_chars + sum(map(len, heads)) + MIN_PIECE * len(pieces) > MESSAGE_TEXT_BUDGET
    ):
        drop = len(pieces) - 2 if reply.text else len(pieces) - 1
        del pieces[drop], heads[drop]
        cut = True
    budget = MESSAGE_TEXT_BUDGET - fixed_chars - sum(map(len, heads))
    limits = share([len(mrkdwn(text)) for _, text in pieces], budget)

    blocks: list[Block] = []
    if card is not None:
        blocks.append(HeaderBlock(text=PlainTextObject(text=title)))
    for head, (_, text), limit in zip(heads, pieces, limits, strict=True):
        body, was_cut = fit(text, max(min(limit, SECTION_LIMIT - len(head)), len(ELLIPSIS) + 1))
        cut = cut or was_cut
        section = head + body if (head + body).strip() else BLANK
        blocks.append(SectionBlock(text=MarkdownTextObject(text=section, verbatim=True)))
    if footer:
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=footer, verbatim=True)]))
    blocks.extend(buttons)
    if cut:
        blocks.append(see_more_block(see_more_target(reply), language))
    fallback_source = reply.text or (card.title if card else "")
    fallback, _ = fit(fallback_source, FALLBACK_LIMIT)
    return SlackMessage(text=fallback, blocks=[b.to_dict() for b in blocks], cut=cut)


def render_text(text: str) -> SlackMessage:
    """A plain notice (no buttons), cut to one section."""
    body, was_cut = fit(text, SECTION_LIMIT)
    block = SectionBlock(text=MarkdownTextObject(text=body, verbatim=True))
    fallback, _ = fit(text, FALLBACK_LIMIT)
    return SlackMessage(text=fallback, blocks=[block.to_dict()], cut=was_cut)


def chunks(text: str, size: int) -> list[str]:
    """`text` in pieces whose mrkdwn is at most `size` characters, split at spaces if possible."""
    pieces: list[str] = []
    rest = text
    while rest:
        if len(mrkdwn(rest)) <= size:
            pieces.append(rest)
            break
        low, high = 1, min(len(rest), size)
        while low < high:
            middle = (low + high + 1) // 2
            if len(mrkdwn(rest[:middle])) <= size:
                low = middle
            else:
                high = middle - 1
        space = rest.rfind(" ", 0, low)
        cut = space if space > low // 2 else low
        pieces.append(rest[:cut])
        rest = rest[cut:].lstrip()
    return pieces


def render_full_text(title: str, rows: Sequence[tuple[str, str]]) -> list[SlackMessage]:
    """Whole texts, however long, as as many messages as it takes (the "see more" answer)."""
    messages: list[SlackMessage] = []
    blocks: list[Block] = [HeaderBlock(text=PlainTextObject(text=plain(title, HEADER_LIMIT)))]
    used = 0
    piece_size = SECTION_LIMIT - 250  # room for the bold label in front

    def flush() -> None:
        nonlocal blocks, used
        if blocks:
            fallback, _ = fit(title, FALLBACK_LIMIT)
            messages.append(SlackMessage(text=fallback, blocks=[b.to_dict() for b in blocks]))
        blocks, used = [], 0

    for label, value in rows:
        for number, piece in enumerate(chunks(value, piece_size)):
            head = f"*{mrkdwn(plain(label, HEADING_LIMIT))}*\n" if number == 0 else ""
            text = head + mrkdwn(piece)
            if len(blocks) >= MESSAGE_BLOCK_LIMIT or used + len(text) > MESSAGE_TEXT_BUDGET:
                flush()
            blocks.append(SectionBlock(text=MarkdownTextObject(text=text, verbatim=True)))
            used += len(text)
    flush()
    return messages


def consumed(blocks: Iterable[dict[str, Any]], chosen_label: str) -> list[dict[str, Any]]:
    """A message's blocks after a button was pressed: the choices give way to what was chosen."""
    kept: list[dict[str, Any]] = []
    replaced = False
    for block in blocks:
        if block.get("type") == "actions" and str(block.get("block_id", "")).startswith(
            CHOICE_BLOCK_PREFIX
        ):
            if not replaced:
                note = MarkdownTextObject(
                    text=f"✓ {mrkdwn(plain(chosen_label, 200))}", verbatim=True
                )
                kept.append(ContextBlock(elements=[note]).to_dict())
                replaced = True
            continue
        kept.append(block)
    return kept


@dataclass(frozen=True)
class HomeEntry:
    """One initiative line on the App Home tab."""

    text: str
    overdue: bool = False


def render_home(
    language: str,
    own: Sequence[HomeEntry],
    assigned: Sequence[HomeEntry] | None,
) -> dict[str, Any]:
    """The App Home view: the person's initiatives and, for staff, their assigned ones."""
    # Half the view's blocks for each list, so a long staff list never hides the own list.
    per_list = (VIEW_BLOCK_LIMIT - 6) // 2
    blocks: list[Block] = [
        HeaderBlock(text=PlainTextObject(text=plain(t("slack.home_title", language), 150)))
    ]
    if own:
        blocks.extend(_entry_block(entry) for entry in own[:per_list])
    else:
        blocks.append(_entry_block(HomeEntry(t("slack.home_empty", language))))
    if assigned is not None:
        blocks.append(DividerBlock())
        title = plain(t("slack.home_staff_title", language), HEADER_LIMIT)
        blocks.append(HeaderBlock(text=PlainTextObject(text=title)))
        blocks.extend(_entry_block(entry) for entry in assigned[:per_list])
    return {"type": "home", "blocks": [b.to_dict() for b in blocks]}


def _entry_block(entry: HomeEntry) -> SectionBlock:
    body, _ = fit(entry.text, HOME_ENTRY_LIMIT)
    prefix = "⚠️ " if entry.overdue else ""
    return SectionBlock(text=MarkdownTextObject(text=prefix + body, verbatim=True))
