"""Slack payloads in: Slack's markup turned into the plain text the core works with."""

from __future__ import annotations

import re
from typing import Any

_LINK = re.compile(r"<([^<>]*)>")


def _plain_reference(inner: str) -> str:
    target, _, label = inner.partition("|")
    if target.startswith(("@", "#")):  # <@U123|anna>, <#C123|general>
        return f"{target[0]}{label}" if label else target
    if target.startswith("!"):  # <!channel>, <!here>, <!subteam^S1|@team>, <!date^...|label>
        if label:
            return label
        return "@" + target[1:].split("^", 1)[0]
    address = target.removeprefix("mailto:")
    # Slack labels auto-linked text with the text itself ("a.dk" for https://a.dk).
    if label and label not in (target, address) and not target.endswith(f"//{label}"):
        return f"{label} ({address})"
    return address


def plain_text(text: str, *, bot_user_id: str | None = None) -> str:
    """Slack message text as the person meant it: mentions and links spelled out, unescaped."""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(\|[^>]*)?>", " ", text)
    text = _LINK.sub(lambda match: _plain_reference(match.group(1)), text)
    # Slack escapes exactly these three; &amp; last so "&amp;lt;" stays "&lt;".
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return text.strip()


def is_direct_channel(channel_id: str | None) -> bool:
    """True for a direct-message channel (Slack gives those ids starting with D)."""
    return bool(channel_id) and str(channel_id).startswith("D")


def team_of(body: dict[str, Any]) -> str | None:
    """The workspace id of any payload shape (event, action, command)."""
    team = body.get("team_id") or body.get("team")
    if isinstance(team, dict):
        team = team.get("id")
    if team is None and isinstance(body.get("user"), dict):
        team = body["user"].get("team_id")
    return str(team) if team else None


def address(team: str | None, user: str, channel: str) -> dict[str, Any]:
    """What the address book stores to reach a Slack person later (their DM with the bot)."""
    reference: dict[str, Any] = {"user": user, "channel": channel}
    if team:
        reference["team"] = team
    return reference
