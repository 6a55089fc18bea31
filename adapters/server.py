"""`samskab serve`: one aiohttp server for every HTTP channel, plus /healthz."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from sqlalchemy import text

from bot.config import Settings
from bot.dialogue.language import warm_up
from bot.outbound import ChannelSender
from bot.services.conversation import ConversationService
from bot.services.outbox import OutboxDispatcher
from storage.db import Database

log = logging.getLogger(__name__)

# A channel plugs itself in by adding routes and, optionally, start/stop hooks.
Hook = Callable[[web.Application], Awaitable[None]]


@dataclass
class Channel:
    """One channel mounted on the server: its routes, start/stop hooks and outbound sender."""

    name: str
    describe: str
    mount: Callable[[web.Application], None] | None = None
    on_startup: list[Hook] = field(default_factory=list)
    on_cleanup: list[Hook] = field(default_factory=list)
    sender: ChannelSender | None = None


DATABASE_KEY = web.AppKey("database", Database)
SERVICE_KEY = web.AppKey("conversation_service", ConversationService)
SETTINGS_KEY = web.AppKey("settings", Settings)
CHANNELS_KEY = web.AppKey("channels", list)
STATE_KEY = web.AppKey("state", dict)
DISPATCHER_KEY = web.AppKey("outbox_dispatcher", OutboxDispatcher)


async def healthz(request: web.Request) -> web.Response:
    """Database reachable and which parts run; 503 when the database does not answer."""
    database = request.app[DATABASE_KEY]

    def probe() -> None:
        with database.engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    warming = request.app[STATE_KEY].get("warm_up")
    body: dict[str, Any] = {
        "channels": [c.name for c in request.app[CHANNELS_KEY]],
        "scheduler": request.app[STATE_KEY].get("scheduler", "off"),
        # False while the language models still load: turns work, the first ones slower.
        "warm": warming is not None and warming.done(),
    }
    try:
        await asyncio.to_thread(probe)
    except Exception:
        log.warning("health check: database unreachable")
        return web.json_response({**body, "status": "unhealthy", "database": "down"}, status=503)
    return web.json_response({**body, "status": "ok", "database": "ok"})


def freeze_after_warm_up() -> None:
    """Warm up, then keep what is loaded by now (it lives as long as the process) out of
    the garbage collector's full passes, which otherwise walk it all: a pause of about
    100 ms in the middle of a turn. For a server process; tests keep the plain warm-up."""
    warm_up()
    gc.collect()
    gc.freeze()


async def _warm_up(app: web.Application) -> None:
    """Load the language model in the background, so no person's first message waits for it."""
    work = app[STATE_KEY].get("warm_up_with", warm_up)
    app[STATE_KEY]["warm_up"] = asyncio.get_running_loop().run_in_executor(None, work)


async def _connect_outbox(app: web.Application) -> None:
    """Work queued outside a turn (introductions found in a worker thread) is sent at once."""
    loop = asyncio.get_running_loop()
    dispatcher = app[DISPATCHER_KEY]

    def queued() -> None:
        loop.call_soon_threadsafe(dispatcher.kick)

    app[SERVICE_KEY].on_queued = queued


async def _finish_background(app: web.Application) -> None:
    """Let work started by finished turns complete before the process exits."""
    await asyncio.to_thread(app[SERVICE_KEY].close)


def build_app(
    database: Database,
    settings: Settings,
    service: ConversationService | None = None,
    channels: list[Channel] | None = None,
    dispatcher: OutboxDispatcher | None = None,
) -> web.Application:
    """The aiohttp application with /healthz and every channel that was handed in."""
    app = web.Application(client_max_size=2 * 1024 * 1024)
    app[DATABASE_KEY] = database
    app[SETTINGS_KEY] = settings
    app[SERVICE_KEY] = service or ConversationService(database, settings)
    app[CHANNELS_KEY] = list(channels or [])
    app[STATE_KEY] = {}
    app[DISPATCHER_KEY] = dispatcher or OutboxDispatcher(
        database, {c.sender.platform: c.sender for c in app[CHANNELS_KEY] if c.sender}
    )
    app.router.add_get("/healthz", healthz)
    app.on_startup.append(_connect_outbox)
    app.on_startup.append(_warm_up)
    app.on_cleanup.append(_finish_background)
    for channel in app[CHANNELS_KEY]:
        if channel.mount is not None:
            channel.mount(app)
        app.on_startup.extend(channel.on_startup)
        app.on_cleanup.extend(channel.on_cleanup)
    return app
