"""Fixtures for the web chat: the real server with the web channel, a local SMTP server."""

from __future__ import annotations

import socket
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from adapters.server import Channel, build_app
from adapters.web import WebSettings, web_channel
from bot.config import Settings
from bot.services.conversation import ConversationService
from bot.services.outbox import OutboxDispatcher
from storage.db import Database


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_web_settings(**values: Any) -> WebSettings:
    """Web settings from the given values only (no environment, no .env)."""
    return WebSettings(_env_file=None, **values)  # type: ignore[call-arg]


@dataclass
class Mailbox:
    """What the local SMTP server received."""

    messages: list[Message] = field(default_factory=list)
    arrived: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        """aiosmtpd's hook: keep the message."""
        assert isinstance(envelope.content, bytes)
        self.messages.append(message_from_bytes(envelope.content))
        self.arrived.set()
        return "250 OK"


@dataclass
class SmtpServer:
    """A local aiosmtpd server (no TLS, no login) and its mailbox."""

    port: int
    mailbox: Mailbox


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A real SMTP server on 127.0.0.1 at a free port, for the e-mail notices."""
    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield SmtpServer(port, mailbox)
    finally:
        controller.stop()


@dataclass
class WebApp:
    """The server as `samskab serve` builds it with the web channel, and a client for it."""

    client: TestClient[Any, Any]
    channel: Channel
    dispatcher: OutboxDispatcher
    csrf: str = ""

    async def open(self, **query: str) -> dict[str, Any]:
        """GET /chat/session (sets the cookie); remembers the CSRF token."""
        response = await self.client.get("/chat/session", params=query)
        assert response.status == 200, await response.text()
        body: dict[str, Any] = await response.json()
        self.csrf = body["csrf"]
        return body

    async def post(self, path: str, body: Any, **headers: str) -> tuple[int, dict[str, Any]]:
        """POST JSON with the CSRF token; the status and the JSON answer."""
        response = await self.client.post(
            path, json=body, headers={"X-CSRF-Token": self.csrf, **headers}
        )
        return response.status, await response.json()

    async def say(self, text: str, message_id: str) -> list[dict[str, Any]]:
        """Send one text message; the replies."""
        status, body = await self.post("/chat/send", {"id": message_id, "text": text})
        assert status == 200, body
        replies: list[dict[str, Any]] = body["replies"]
        return replies


StartWeb = Callable[..., Awaitable[WebApp]]


@pytest.fixture
async def start_web(database: Database, settings: Settings) -> AsyncIterator[StartWeb]:
    """Start the server with the web channel (settings as given); any number of times."""
    clients: list[TestClient[Any, Any]] = []

    async def start(**values: Any) -> WebApp:
        web_settings = make_web_settings(**values)
        service = ConversationService(database, settings)
        dispatcher = OutboxDispatcher(database, {})
        channel = web_channel(database, settings, service, dispatcher, web_settings)
        assert channel.sender is not None
        dispatcher.senders[channel.sender.platform] = channel.sender
        app = build_app(database, settings, service, [channel], dispatcher)
        client: TestClient[Any, Any] = TestClient(TestServer(app, host="127.0.0.1"))
        await client.start_server()
        clients.append(client)
        return WebApp(client, channel, dispatcher)

    yield start
    for client in clients:
        await client.close()
