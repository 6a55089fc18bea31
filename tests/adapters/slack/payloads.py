"""Signed Slack requests built from the payload shapes Slack really sends."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
from typing import Any
from urllib.parse import urlencode

from tests.adapters.slack.fake_slack import BOT_USER, TEAM

SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
APP_ID = "A0SAMSKAB"
_counter = itertools.count(1)


def signed_headers(
    body: str, *, secret: str = SIGNING_SECRET, timestamp: int | None = None, form: bool = False
) -> dict[str, str]:
    """Headers with Slack's v0 signature of `body`."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    base = f"v0:{stamp}:{body}".encode()
    signature = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": signature,
        "Content-Type": "application/x-www-form-urlencoded" if form else "application/json",
    }


def event_callback(event: dict[str, Any], *, event_id: str | None = None) -> dict[str, Any]:
    """An Events API envelope around `event`."""
    return {
        "token": "legacy-verification-token",
        "team_id": TEAM,
        "api_app_id": APP_ID,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{next(_counter):08d}",
        "event_time": int(time.time()),
        "authorizations": [
            {"enterprise_id": None, "team_id": TEAM, "user_id": BOT_USER, "is_bot": True}
        ],
        "is_ext_shared_channel": False,
        "event_context": "4-eyJldCI6Im1lc3NhZ2UifQ",
    }


def next_ts() -> str:
    """A fresh Slack message timestamp."""
    return f"{int(time.time())}.{next(_counter):06d}"


def direct_message(user: str, text: str, *, event_id: str | None = None) -> dict[str, Any]:
    """message.im: a person writes to the bot in their DM."""
    ts = next_ts()
    return event_callback(
        {
            "type": "message",
            "channel": f"D{user}",
            "user": user,
            "text": text,
            "ts": ts,
            "event_ts": ts,
            "channel_type": "im",
            "client_msg_id": f"c{next(_counter)}",
            "team": TEAM,
        },
        event_id=event_id,
    )


def app_mention(user: str, channel: str, text: str) -> dict[str, Any]:
    """app_mention: a person mentions the bot in a channel."""
    ts = next_ts()
    return event_callback(
        {
            "type": "app_mention",
            "user": user,
            "text": f"<@{BOT_USER}> {text}",
            "ts": ts,
            "channel": channel,
            "event_ts": ts,
            "team": TEAM,
        }
    )


def app_home_opened(user: str) -> dict[str, Any]:
    """app_home_opened on the Home tab."""
    return event_callback(
        {
            "type": "app_home_opened",
            "user": user,
            "channel": f"D{user}",
            "tab": "home",
            "event_ts": next_ts(),
        }
    )


def url_verification(challenge: str) -> dict[str, Any]:
    """The handshake Slack sends when the request URL is saved."""
    return {"token": "legacy", "challenge": challenge, "type": "url_verification"}


def slash_command(command: str, user: str, channel: str, text: str, response_url: str) -> str:
    """A slash command's form body."""
    return urlencode(
        {
            "token": "legacy",
            "team_id": TEAM,
            "team_domain": "samskab-test",
            "channel_id": channel,
            "channel_name": "general",
            "user_id": user,
            "user_name": user.lower(),
            "command": command,
            "text": text,
            "api_app_id": APP_ID,
            "response_url": response_url,
            "trigger_id": f"{next(_counter)}.1.abc",
        }
    )


def block_action(user: str, message: dict[str, Any], button: dict[str, Any], channel: str) -> str:
    """A block_actions form body for a click on `button` in a posted `message`."""
    payload = {
        "type": "block_actions",
        "user": {"id": user, "username": user.lower(), "team_id": TEAM},
        "api_app_id": APP_ID,
        "token": "legacy",
        "container": {
            "type": "message",
            "message_ts": message["ts"],
            "channel_id": channel,
            "is_ephemeral": False,
        },
        "trigger_id": f"{next(_counter)}.1.def",
        "team": {"id": TEAM, "domain": "samskab-test"},
        "channel": {"id": channel, "name": "directmessage"},
        "message": {
            "type": "message",
            "user": BOT_USER,
            "ts": message["ts"],
            "text": message.get("text", ""),
            "blocks": message.get("blocks", []),
        },
        "response_url": "https://hooks.slack.com/actions/T/1/x",
        "actions": [
            {
                "action_id": button["action_id"],
                "block_id": button["block_id"],
                "text": button["text"],
                "value": button.get("value", ""),
                "type": "button",
                "action_ts": next_ts(),
            }
        ],
    }
    return urlencode({"payload": json.dumps(payload)})
