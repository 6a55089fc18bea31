"""A local fake of Slack's Web API (and Socket Mode endpoint) for offline end-to-end tests.

It answers like Slack does, records every call, checks Block Kit limits the way Slack
rejects payloads (invalid_blocks, msg_blocks_too_long), and can answer 429 on demand.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

BOT_USER = "UBOT"
TEAM = "T0SAMSKAB"


@dataclass
class Call:
    """One request the bot made to the fake."""

    method: str
    args: dict[str, Any]
    headers: dict[str, str]
    # The client's (host, port): calls over one kept-alive connection share it.
    peer: tuple[str, int] | None = None


@dataclass
class FakeSlack:
    """The fake server; start() it, point SLACK_API_URL at `api_url`, inspect `calls`."""

    calls: list[Call] = field(default_factory=list)
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    socket_acks: list[dict[str, Any]] = field(default_factory=list)
    _failures: dict[str, list[tuple[int, dict[str, str], dict[str, Any]]]] = field(
        default_factory=dict
    )
    _sockets: list[web.WebSocketResponse] = field(default_factory=list)
    _runner: web.AppRunner | None = None
    _port: int = 0
    _ts: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def url(self) -> str:
        """The server's base URL."""
        return f"http://127.0.0.1:{self._port}"

    @property
    def api_url(self) -> str:
        """What SLACK_API_URL is set to."""
        return f"{self.url}/api/"

    async def start(self) -> None:
        """Listen on 127.0.0.1 on a free port."""
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/respond/{hook}", self._respond)
        app.router.add_get("/socket", self._socket)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self._port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        """Close sockets and the server."""
        for socket in list(self._sockets):
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # -- what tests use --------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        status: int = 429,
        *,
        retry_after: int = 1,
        body: dict[str, Any] | None = None,
    ) -> None:
        """Answer the next call to `method` with an error (429 + Retry-After by default)."""
        headers = {"Retry-After": str(retry_after)} if status == 429 else {}
        answer = body or {"ok": False, "error": "ratelimited"}
        self._failures.setdefault(method, []).append((status, headers, answer))

    def calls_to(self, method: str) -> list[dict[str, Any]]:
        """The arguments of every call to `method`, in order."""
        return [c.args for c in self.calls if c.method == method]

    async def wait_for(
        self, method: str, count: int = 1, *, timeout: float = 15.0
    ) -> list[dict[str, Any]]:
        """Wait (bounded) until `method` was called at least `count` times; returns the calls."""
        deadline = time.monotonic() + timeout
        while len(self.calls_to(method)) < count:
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"{method} called {len(self.calls_to(method))} times, expected {count}; "
                    f"calls so far: {[c.method for c in self.calls]}"
                )
            await asyncio.sleep(0.02)
        return self.calls_to(method)

    async def settle(self, quiet: float = 0.3, *, timeout: float = 15.0) -> None:
        """Wait until no new call came in for `quiet` seconds (background work finished)."""
        deadline = time.monotonic() + timeout
        seen = -1
        while seen != len(self.calls) and time.monotonic() < deadline:
            seen = len(self.calls)
            await asyncio.sleep(quiet)

    async def push_envelope(self, envelope: dict[str, Any], *, timeout: float = 10.0) -> None:
        """Send a Socket Mode envelope to the connected client (waits for it to connect)."""
        deadline = time.monotonic() + timeout
        while not self._sockets:
            if time.monotonic() > deadline:
                raise AssertionError("no Socket Mode client connected")
            await asyncio.sleep(0.02)
        await self._sockets[-1].send_str(json.dumps(envelope))

    async def wait_for_ack(self, envelope_id: str, *, timeout: float = 10.0) -> dict[str, Any]:
        """Wait (bounded) for the client's acknowledgement of an envelope."""
        deadline = time.monotonic() + timeout
        while True:
            for ack in self.socket_acks:
                if ack.get("envelope_id") == envelope_id:
                    return ack
            if time.monotonic() > deadline:
                raise AssertionError(f"envelope {envelope_id} never acknowledged")
            await asyncio.sleep(0.02)

    # -- the fake API ------------------------------------------------------------------------

    async def _arguments(self, request: web.Request) -> dict[str, Any]:
        args: dict[str, Any] = dict(request.query)
        if request.method == "POST" and request.can_read_body:
            if request.content_type == "application/json":
                args.update(await request.json())
            else:
                args.update(dict(await request.post()))
        for key in ("blocks", "view"):
            if isinstance(args.get(key), str):
                args[key] = json.loads(args[key])
        return args

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args = await self._arguments(request)
        peer = request.transport.get_extra_info("peername") if request.transport else None
        self.calls.append(Call(method, args, dict(request.headers), tuple(peer) if peer else None))
        failures = self._failures.get(method)
        if failures:
            status, headers, body = failures.pop(0)
            return web.json_response(body, status=status, headers=headers)
        if not request.headers.get("Authorization", "").startswith("Bearer x"):
            return web.json_response({"ok": False, "error": "not_authed"})
        return web.json_response(self._answer(method, args))

    def _answer(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://samskab-test.slack.com/",
                "team": "Samskab test",
                "user": "samskab",
                "team_id": TEAM,
                "user_id": BOT_USER,
                "bot_id": "BBOT",
                "is_enterprise_install": False,
            }
        if method == "users.info":
            user = str(args.get("user"))
            profile = self.users.get(user, {})
            return {
                "ok": True,
                "user": {
                    "id": user,
                    "team_id": TEAM,
                    "name": user.lower(),
                    "real_name": profile.get("real_name", "Test Person"),
                    "tz": profile.get("tz", "Europe/Copenhagen"),
                    "locale": profile.get("locale", "da-DK"),
                    "profile": {"display_name": profile.get("display_name", "")},
                },
            }
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": f"D{args.get('users')}"}}
        if method in ("chat.postMessage", "chat.update"):
            problem = block_kit_problem(args.get("blocks") or [], message=True)
            if problem:
                return {"ok": False, "error": problem}
            ts = args.get("ts") or f"1700000000.{next(self._ts):06d}"
            args.setdefault("ts", ts)  # so tests can click buttons in the posted message
            return {"ok": True, "channel": args.get("channel"), "ts": ts, "message": args}
        if method in ("views.publish", "views.open"):
            view = args.get("view") or {}
            problem = block_kit_problem(view.get("blocks") or [], message=False)
            if problem:
                return {"ok": False, "error": problem}
            return {"ok": True, "view": {"id": "V1", **view}}
        if method == "apps.connections.open":
            return {"ok": True, "url": f"ws://127.0.0.1:{self._port}/socket"}
        return {"ok": True}

    async def _respond(self, request: web.Request) -> web.Response:
        self.calls.append(Call("response_url", await request.json(), dict(request.headers)))
        return web.Response(text="ok")

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse(autoping=True)
        await socket.prepare(request)
        self._sockets.append(socket)
        await socket.send_str(json.dumps({"type": "hello", "num_connections": 1}))
        try:
            async for message in socket:
                if message.type == WSMsgType.TEXT:
                    self.socket_acks.append(json.loads(message.data))
        finally:
            self._sockets.remove(socket)
        return socket


def texts_of(blocks: list[dict[str, Any]]) -> list[str]:
    """Every text string inside a list of blocks, depth first."""
    found: list[str] = []

    def walk(node: Any, key: str = "") -> None:
        if isinstance(node, dict):
            for name, value in node.items():
                walk(value, name)
        elif isinstance(node, list):
            for item in node:
                walk(item, key)
        elif isinstance(node, str) and key == "text":
            found.append(node)

    walk(blocks)
    return found


def block_kit_problem(blocks: list[dict[str, Any]], *, message: bool) -> str | None:
    """The error Slack would answer for these blocks, or None when it would accept them."""
    if len(blocks) > (50 if message else 100):
        return "invalid_blocks"
    for block in blocks:
        text = block.get("text")
        if isinstance(text, dict) and len(text.get("text", "")) > 3000:
            return "invalid_blocks"
        if block.get("type") == "header" and len(block["text"]["text"]) > 150:
            return "invalid_blocks"
        for element in block.get("elements", []):
            if element.get("type") == "button" and (
                len(element["text"]["text"]) > 75 or len(element.get("value", "")) > 2000
            ):
                return "invalid_blocks"
    if message and sum(len(t) for t in texts_of(blocks)) > 12_000:
        return "msg_blocks_too_long"
    return None
