"""Fixtures for the Slack adapter: the fake Slack API and the real app behind aiohttp."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient, TestServer

from adapters.server import build_app
from adapters.slack import SlackSettings, slack_channel
from bot.config import Settings
from bot.services.conversation import ConversationService
from bot.services.outbox import OutboxDispatcher
from storage.db import Database
from tests.adapters.slack.fake_slack import FakeSlack
from tests.adapters.slack.payloads import SIGNING_SECRET, signed_headers


@pytest.fixture
async def fake_slack() -> AsyncIterator[FakeSlack]:
    """A running fake Slack Web API on 127.0.0.1."""
    fake = FakeSlack()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
def slack_settings(fake_slack: FakeSlack) -> SlackSettings:
    """HTTP-mode settings pointing the real client at the fake (no pacing wait in tests)."""
    return SlackSettings(
        bot_token="xoxb-test-token",
        signing_secret=SIGNING_SECRET,
        api_url=fake_slack.api_url,
        message_interval=0.0,
        _env_file=None,  # type: ignore[call-arg]
    )


class SlackTestClient:
    """Posts signed requests to /slack/events of the real app, like Slack does."""

    def __init__(self, client: TestClient[Any, Any], fake: FakeSlack) -> None:
        self.client = client
        self.fake = fake

    async def event(
        self, body: dict[str, Any], headers: dict[str, str] | None = None
    ) -> ClientResponse:
        """POST an Events API payload, signed."""
        raw = json.dumps(body)
        return await self.client.post(
            "/slack/events", data=raw, headers={**signed_headers(raw), **(headers or {})}
        )

    async def form(self, raw: str) -> ClientResponse:
        """POST a form-encoded payload (slash command, interactivity), signed."""
        return await self.client.post(
            "/slack/events", data=raw, headers=signed_headers(raw, form=True)
        )


@pytest.fixture
async def slack(
    database: Database, settings: Settings, slack_settings: SlackSettings, fake_slack: FakeSlack
) -> AsyncIterator[SlackTestClient]:
    """The real server app with the Slack channel and an outbox dispatcher, under test."""
    service = ConversationService(database, settings)
    dispatcher = OutboxDispatcher(database, {})
    channel = slack_channel(database, settings, service, dispatcher, slack_settings)
    assert channel is not None and channel.sender is not None
    dispatcher.senders["slack"] = channel.sender
    app = build_app(database, settings, service, channels=[channel])
    async with TestClient(TestServer(app)) as client:
        yield SlackTestClient(client, fake_slack)
        await fake_slack.settle(0.2)
