"""Fixtures for the Teams adapter: a fake Bot Connector and the real server hosting the bot."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from adapters.server import Channel, build_app
from adapters.teams import TeamsSettings, teams_channel
from bot.config import Settings
from bot.services.conversation import ConversationService
from storage.db import Database
from tests.adapters.teams.fake_connector import FakeConnector, TeamsUser


def anonymous_settings(**overrides: Any) -> TeamsSettings:
    """Local-development Teams settings: no app id, no tokens, no waiting between retries."""
    values: dict[str, Any] = {
        "SAMSKAB_TEAMS_ANONYMOUS": True,
        "SAMSKAB_TEAMS_RETRY_BASE_SECONDS": 0,
        **overrides,
    }
    return TeamsSettings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
async def connector() -> AsyncIterator[FakeConnector]:
    """The fake Bot Connector on 127.0.0.1 at a random port."""
    fake = FakeConnector()
    fake.server = TestServer(fake.app(), host="127.0.0.1")
    await fake.server.start_server()
    try:
        yield fake
    finally:
        await fake.server.close()


class TeamsBot:
    """The server as `samskab serve` builds it, with the Teams channel, driven over HTTP."""

    def __init__(self, client: TestClient[Any, Any], channel: Channel) -> None:
        self.client = client
        self.channel = channel

    async def post(self, activity: dict[str, Any], **headers: str) -> int:
        """POST one Activity to /api/messages; the HTTP status."""
        response = await self.client.post("/api/messages", json=activity, headers=headers)
        await response.read()
        return response.status


StartBot = Callable[..., Awaitable[TeamsBot]]


@pytest.fixture
async def start_bot(database: Database, settings: Settings) -> AsyncIterator[StartBot]:
    """Start a fresh server process's worth of objects on the same database; any number of times."""
    clients: list[TestClient[Any, Any]] = []

    async def start(
        teams_settings: TeamsSettings | None = None, dispatcher: Any = None
    ) -> TeamsBot:
        service = ConversationService(database, settings)
        channel = teams_channel(
            database, settings, service, dispatcher, teams_settings or anonymous_settings()
        )
        assert channel is not None
        client: TestClient[Any, Any] = TestClient(
            TestServer(build_app(database, settings, service, [channel]))
        )
        await client.start_server()
        clients.append(client)
        return TeamsBot(client, channel)

    yield start
    for client in clients:
        await client.close()


@pytest.fixture
def anna(connector: FakeConnector) -> TeamsUser:
    """A Danish Teams user in a 1:1 chat with the bot."""
    return TeamsUser(connector.url)
