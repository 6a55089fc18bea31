"""A local fake of the Bot Connector REST API, and Teams Activity JSON to send the bot.

The real Agents SDK posts replies to the serviceUrl named in each incoming Activity; pointing
that at this server keeps every test offline while the SDK's own HTTP code runs.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from jsonschema import Draft6Validator

BOT = {"id": "28:samskab-bot", "name": "Samskab"}
TENANT = "tenant-gentofte"
CARD_TYPE = "application/vnd.microsoft.card.adaptive"
SCHEMA_NAME = "adaptive-card-1.5.json"


@dataclass
class Posted:
    """One request the bot made to the connector."""

    conversation_id: str
    reply_to_id: str | None
    body: dict[str, Any]
    status: int

    @property
    def cards(self) -> list[dict[str, Any]]:
        """The Adaptive Cards attached to this activity."""
        return [
            a["content"]
            for a in self.body.get("attachments", [])
            if a.get("contentType") == CARD_TYPE
        ]


@dataclass
class FakeConnector:
    """Records POST /v3/conversations/{id}/activities[/{replyToId}]; fails on demand."""

    posted: list[Posted] = field(default_factory=list)
    failures: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    server: TestServer | None = None
    _ids: Any = field(default_factory=lambda: count(1))

    @property
    def url(self) -> str:
        """The serviceUrl to put in activities."""
        assert self.server is not None
        return str(self.server.make_url("/"))

    def fail_next(self, *statuses: int, retry_after: str | None = None) -> None:
        """Answer the next requests with these statuses (e.g. 429, 500, 403)."""
        headers = {"Retry-After": retry_after} if retry_after is not None else {}
        self.failures.extend((status, headers) for status in statuses)

    @property
    def delivered(self) -> list[Posted]:
        """The requests that were accepted (status 200)."""
        return [p for p in self.posted if p.status == 200]

    def to(self, conversation_id: str) -> list[Posted]:
        """Accepted activities sent to one conversation."""
        return [p for p in self.delivered if p.conversation_id == conversation_id]

    async def _activity(self, request: web.Request) -> web.Response:
        body = await request.json()
        status, headers = self.failures.pop(0) if self.failures else (200, {})
        self.posted.append(
            Posted(
                request.match_info["conversation_id"],
                request.match_info.get("reply_to_id"),
                body,
                status,
            )
        )
        if status != 200:
            return web.json_response(
                {"error": {"code": "Fake", "message": f"fake {status}"}},
                status=status,
                headers=headers,
            )
        return web.json_response({"id": f"sent-{next(self._ids)}"})

    def app(self) -> web.Application:
        """The aiohttp app with the two connector routes the bot uses."""
        app = web.Application()
        base = "/v3/conversations/{conversation_id}/activities"
        app.router.add_post(base, self._activity)
        app.router.add_post(base + "/{reply_to_id}", self._activity)
        return app


async def wait_for(condition: Callable[[], bool], attempts: int = 200) -> None:
    """Poll a condition a bounded number of times (for background deliveries)."""
    for _ in range(attempts):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not met in time")


@dataclass
class TeamsUser:
    """A Teams user in a 1:1 chat with the bot; builds the Activities Teams would send."""

    service_url: str
    aad_object_id: str = "aad-anna"
    name: str = "Anna Hansen"
    conversation_id: str = "a:1-personal-anna"
    locale: str = "da-DK"
    conversation_type: str = "personal"
    _ids: Any = field(default_factory=lambda: count(1000))

    def _base(self, kind: str, **extra: Any) -> dict[str, Any]:
        activity = {
            "type": kind,
            "id": f"{next(self._ids)}",
            "timestamp": "2025-03-03T09:00:00.000Z",
            "channelId": "msteams",
            "serviceUrl": self.service_url,
            "from": {
                "id": f"29:{self.aad_object_id}",
                "name": self.name,
                "aadObjectId": self.aad_object_id,
            },
            "conversation": {
                "id": self.conversation_id,
                "conversationType": self.conversation_type,
                "tenantId": TENANT,
            },
            "recipient": dict(BOT),
            "locale": self.locale,
            "entities": [
                {"type": "clientInfo", "locale": self.locale, "timezone": "Europe/Copenhagen"}
            ],
            "channelData": {"tenant": {"id": TENANT}},
        }
        activity.update(extra)
        return activity

    def says(self, text: str) -> dict[str, Any]:
        """A typed message."""
        return self._base("message", text=text, textFormat="plain")

    def presses(self, card: dict[str, Any], choice: str) -> dict[str, Any]:
        """An Action.Submit press on a card the bot sent: Teams posts the action's data."""
        (action,) = [a for a in card.get("actions", []) if a["data"]["choice"] == choice]
        return self._base("message", value=dict(action["data"]), replyToId="sent-card")

    def installs(self) -> dict[str, Any]:
        """The app was installed for this user."""
        return self._base("installationUpdate", action="add")

    def bot_added(self) -> dict[str, Any]:
        """The conversationUpdate Teams sends when the bot joins the conversation."""
        return self._base("conversationUpdate", membersAdded=[dict(BOT)])


def schema_path() -> Path:
    """The shared Adaptive Cards 1.5 schema: ../shared next to the repository, else /work/shared."""
    repository = Path(__file__).resolve().parents[3]
    for shared in (repository.parent / "shared", Path("/work/shared")):
        path = shared / "schemas" / SCHEMA_NAME
        if path.is_file():
            return path
    pytest.fail(f"{SCHEMA_NAME} not found in ../shared/schemas or /work/shared/schemas")


@cache
def card_validator() -> Draft6Validator:
    """A draft-06 validator for the Adaptive Cards 1.5 schema."""
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    Draft6Validator.check_schema(schema)
    return Draft6Validator(schema)


def card_errors(card: dict[str, Any]) -> list[str]:
    """Every schema violation in `card`, as readable strings."""
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in card_validator().iter_errors(card)
    ]


def assert_cards_valid(posted: list[Posted]) -> int:
    """Fail if any card the bot sent breaks the schema of the version it declares (1.5)."""
    checked = 0
    for post in posted:
        for card in post.cards:
            assert card["version"] == "1.5"
            assert card_errors(card) == [], json.dumps(card, ensure_ascii=False)[:2000]
            checked += 1
    return checked


def new_id() -> str:
    """A unique id for test data."""
    return uuid.uuid4().hex[:8]
