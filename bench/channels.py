"""Each channel's path, ours against its bare framework's echo, in the same run.

Slack: a signed message.im event POSTed to /slack/events, timed until the first
chat.postMessage of the answer reaches a local fake Slack Web API. Teams: a message Activity
POSTed to /api/messages (anonymous mode), timed until the first reply reaches a local fake
Bot Connector. Ours is a real `samskab serve` process (web, Slack and Teams channels, a
SQLite file), the bare echo bots run in another process (bench/bare.py); the fakes and the
client run in this process. Events go one at a time, alternating ours and bare, so both
see the same machine; each simulated person has their own DM channel / conversation.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web
from aiohttp.test_utils import TestServer
from sqlalchemy import bindparam, literal, select, update
from sqlalchemy.dialects import sqlite

from bench.common import ServeProcess, ms
from bot.config import Settings
from bot.dialogue.language import warm_up
from bot.messages import Incoming
from bot.services.conversation import ConversationService
from storage.db import Database
from storage.models import Conversation, Identity, Person, ProcessedEvent
from storage.quick_turn import quick_turn
from storage.repositories import (
    ConversationRepository,
    PersonRepository,
    ProcessedEventRepository,
)
from tests.adapters.slack.fake_slack import FakeSlack
from tests.adapters.slack.payloads import SIGNING_SECRET, direct_message, signed_headers
from tests.adapters.teams.fake_connector import FakeConnector, TeamsUser
from tests.dialogue.corpus_runner import DONT_KNOW, load_corpus

SLACK_TOKEN = "xoxb-bench-token"  # noqa: S105 - a fake token for the local fake Slack
EVENT_TIMEOUT = 15.0
# How long a path waits with nothing new at the fake before it sends the next event.
QUIET = 0.025


class TimedSlack(FakeSlack):
    """The fake Slack API, noting when each chat.postMessage arrives, per channel."""

    waiting: dict[str, asyncio.Future[float]]

    async def _api(self, request: web.Request) -> web.Response:
        arrived = time.perf_counter()
        response = await super()._api(request)
        # FakeSlack appends the call and returns without awaiting: calls[-1] is this one.
        call = self.calls[-1]
        if call.method == "chat.postMessage":
            future = self.waiting.pop(str(call.args.get("channel")), None)
            if future is not None and not future.done():
                future.set_result(arrived)
        if len(self.calls) > 10_000:
            del self.calls[:5_000]
        return response


class TimedConnector(FakeConnector):
    """The fake Bot Connector, noting when each activity arrives, per conversation."""

    waiting: dict[str, asyncio.Future[float]]

    async def _activity(self, request: web.Request) -> web.Response:
        arrived = time.perf_counter()
        response = await super()._activity(request)
        future = self.waiting.pop(self.posted[-1].conversation_id, None)
        if future is not None and not future.done():
            future.set_result(arrived)
        if len(self.posted) > 10_000:
            del self.posted[:5_000]
        return response


def messages(count: int) -> list[tuple[int, str]]:
    """`count` (person number, text) pairs: people playing corpus intakes, about 6 turns each."""
    corpus = load_corpus()
    found: list[tuple[int, str]] = []
    person = 0
    while len(found) < count:
        convo = corpus[person % len(corpus)]
        texts = [*convo["messages"], *[DONT_KNOW[convo["lang"]]] * 4]
        found.extend((person, text) for text in texts)
        person += 1
    return found[:count]


def core_turns(database_url: str, events: int, gap: float = QUIET) -> list[float]:
    """The same people and messages as the Slack path, straight into the core in this
    process (event ids and addresses as Slack's adapter sends them): what of a channel's
    latency is the turn itself, milliseconds per turn.

    Turns are `gap` seconds apart, as on the paths (which wait for quiet between events):
    a turn after an idle pause runs on cold CPU caches and costs up to twice as much as
    one in a back-to-back loop (1.9 against 1.1 ms p50 on the bench machine).
    """
    settings = Settings(
        database_url=database_url,
        messages_per_minute=10**6,
        _env_file=None,  # type: ignore[call-arg]
    )
    warm_up()  # as the server does before it takes turns
    database = Database(database_url)
    service = ConversationService(database, settings, background_bridges=True)
    timings: list[float] = []
    try:
        for label, items in (("W", messages(max(6, events // 10))), ("R", messages(events))):
            for number, (person, text) in enumerate(items):
                user = f"U{label}C{person:06d}"
                incoming = Incoming(
                    platform="slack",
                    user_id=user,
                    conversation_id=f"D{user}",
                    text=text,
                    locale="da-DK",
                    event_id=f"Ev{label}{number:08d}",
                    address={"team": "T0BENCH", "user": user, "channel": f"D{user}"},
                )
                time.sleep(gap)
                started = time.perf_counter()
                service.turn(incoming)
                if label == "R":
                    timings.append((time.perf_counter() - started) * 1000)
    finally:
        service.close()
        database.dispose()
    return timings


def layer_costs(database_url: str, rounds: int, gap: float = QUIET) -> dict[str, list[float]]:
    """Milliseconds for a turn's transaction without the turn (SQLite: BEGIN IMMEDIATE, the
    event id, one read of person and conversation, the state saved, COMMIT), `gap` seconds
    apart, through the ORM session (the way of turns that need more than their state),
    through SQLAlchemy Core, and through the DB-API cursor underneath both as an ordinary
    turn does (`storage.quick_turn`): what each layer costs on a cold CPU."""
    database = Database(database_url)
    user, key = f"U{uuid.uuid4().hex}", f"D{uuid.uuid4().hex}"
    with database.session() as session:
        person, _ = PersonRepository(session).get_or_create("slack", user)
        ConversationRepository(session).get_or_create("slack", key, person, "da")
    conversations: Any = Conversation.__table__
    core_read = (
        select(Person.__table__.c.id, conversations.c.id, conversations.c.state)
        .select_from(
            Identity.__table__.join(Person.__table__).join(
                conversations,
                (conversations.c.platform == Identity.__table__.c.platform)
                & (conversations.c.conversation_key == bindparam("key")),
            )
        )
        .where(
            Identity.__table__.c.platform == bindparam("platform"),
            Identity.__table__.c.external_id == bindparam("external_id"),
        )
    )
    core_event = (
        sqlite.insert(ProcessedEvent.__table__).on_conflict_do_nothing().returning(literal("1"))
    )
    save = (
        update(conversations)
        .where(conversations.c.id == bindparam("conversation_id"))
        .values(state=bindparam("state"), language=bindparam("language"))
    )
    events = itertools.count()

    def orm() -> None:
        with database.session() as session:
            ProcessedEventRepository(session).first_time("slack", f"Ev{next(events)}")
            rows = ConversationRepository(session).for_turn("slack", user, key)
            assert rows is not None and rows.conversation is not None
            state = {**rows.conversation.state, "turn": next(events)}
            values = {"conversation_id": rows.conversation.id, "state": state, "language": "da"}
            session.execute(save, values)

    def core() -> None:
        with database.engine.begin() as connection:
            connection.execute(core_event, {"platform": "slack", "event_id": f"Ev{next(events)}"})
            row = connection.execute(
                core_read, {"platform": "slack", "external_id": user, "key": key}
            ).one()
            state = {**row[2], "turn": next(events)}
            connection.execute(save, {"conversation_id": row[1], "state": state, "language": "da"})

    def dbapi() -> None:
        # The quick way of an ordinary turn (storage.quick_turn), as the turns use it.
        with quick_turn(database) as storage:
            storage.first_time("slack", f"Ev{next(events)}")
            rows = storage.read("slack", user, key)
            assert rows is not None and rows.conversation_id is not None and rows.state is not None
            state = {**rows.state, "turn": next(events)}
            storage.save_state(rows.conversation_id, state, "da")

    timings: dict[str, list[float]] = {"ORM session": [], "Core": [], "DB-API": []}
    try:
        for _ in range(rounds):
            for name, transaction in (("ORM session", orm), ("Core", core), ("DB-API", dbapi)):
                time.sleep(gap)
                started = time.perf_counter()
                transaction()
                timings[name].append((time.perf_counter() - started) * 1000)
    finally:
        database.dispose()
    return timings


@dataclass
class PathResult:
    """Latencies (ms) of one path, ours and bare, and the problems seen."""

    ours: list[float] = field(default_factory=list)
    bare: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def ratio(self, share: float) -> float:
        """ours / bare at this percentile."""
        return ms(self.ours, share) / ms(self.bare, share)


async def _timed(
    waiting: dict[str, asyncio.Future[float]],
    key: str,
    post: Callable[[], Awaitable[int]],
    accepted: tuple[int, ...],
) -> float:
    """POST, then wait (bounded) for the fake to receive the answer; milliseconds."""
    future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
    waiting[key] = future
    started = time.perf_counter()
    status = await post()
    if status not in accepted:
        waiting.pop(key, None)
        raise RuntimeError(f"HTTP {status}")
    try:
        arrived = await asyncio.wait_for(future, EVENT_TIMEOUT)
    finally:
        waiting.pop(key, None)
    return (arrived - started) * 1000


async def _quiet(seen: Callable[[], int], quiet: float = QUIET, limit: float = 3.0) -> None:
    """Wait until the fake saw nothing new for `quiet` seconds: the turn is over."""
    deadline = time.monotonic() + limit
    before = -1
    while before != seen() and time.monotonic() < deadline:
        before = seen()
        await asyncio.sleep(quiet)


async def slack_path(ours_url: str, bare_url: str, fake: TimedSlack, events: int) -> PathResult:
    """Signed DMs to both servers, alternating; time to the first chat.postMessage."""
    result = PathResult()
    timeout = aiohttp.ClientTimeout(total=EVENT_TIMEOUT)
    async with aiohttp.ClientSession(timeout=timeout) as http:

        async def one(base: str, prefix: str, person: int, text: str) -> float:
            user = f"U{prefix}{person:06d}"
            raw = json.dumps(direct_message(user, text))

            async def post() -> int:
                async with http.post(
                    f"{base}/slack/events", data=raw, headers=signed_headers(raw)
                ) as response:
                    await response.read()
                    return response.status

            latency = await _timed(fake.waiting, f"D{user}", post, (200,))
            await _quiet(lambda: len(fake.calls))
            return latency

        warm = messages(max(6, events // 10))
        plan = messages(events)
        for label, items, keep in (("warm", warm, False), ("run", plan, True)):
            for person, text in items:
                prefix = "W" if label == "warm" else "R"
                for base, sink, kind in (
                    (ours_url, result.ours, "O"),
                    (bare_url, result.bare, "B"),
                ):
                    try:
                        latency = await one(base, prefix + kind, person, text)
                    except Exception as error:
                        result.failures.append(f"slack {kind}: {type(error).__name__} {error}")
                        continue
                    if keep:
                        sink.append(latency)
    return result


async def teams_path(
    ours_url: str, bare_url: str, connector: TimedConnector, events: int
) -> PathResult:
    """Message Activities to both servers, alternating; time to the first reply activity."""
    result = PathResult()
    timeout = aiohttp.ClientTimeout(total=EVENT_TIMEOUT)
    users: dict[str, TeamsUser] = {}
    async with aiohttp.ClientSession(timeout=timeout) as http:

        async def one(base: str, prefix: str, person: int, text: str) -> float:
            key = f"{prefix}{person:06d}"
            user = users.get(key)
            if user is None:
                user = users[key] = TeamsUser(
                    connector.url,
                    aad_object_id=f"aad-{key}",
                    name=f"Person {key}",
                    conversation_id=f"a:personal-{key}",
                )
            activity = user.says(text)

            async def post() -> int:
                async with http.post(f"{base}/api/messages", json=activity) as response:
                    await response.read()
                    return response.status

            latency = await _timed(connector.waiting, user.conversation_id, post, (200, 202))
            await _quiet(lambda: len(connector.posted))
            return latency

        warm = messages(max(6, events // 10))
        plan = messages(events)
        for label, items, keep in (("warm", warm, False), ("run", plan, True)):
            for person, text in items:
                prefix = "W" if label == "warm" else "R"
                for base, sink, kind in (
                    (ours_url, result.ours, "O"),
                    (bare_url, result.bare, "B"),
                ):
                    try:
                        latency = await one(base, prefix + kind, person, text)
                    except Exception as error:
                        result.failures.append(f"teams {kind}: {type(error).__name__} {error}")
                        continue
                    if keep:
                        sink.append(latency)
    return result


async def measure(database_url: str, events: int) -> tuple[PathResult, PathResult]:
    """Start the fakes, `samskab serve` (ours) and bench.bare; measure Slack, then Teams."""
    fake = TimedSlack()
    fake.waiting = {}
    await fake.start()
    connector = TimedConnector()
    connector.waiting = {}
    connector.server = TestServer(connector.app(), host="127.0.0.1")
    await connector.server.start_server()
    ours = ServeProcess(
        database_url,
        {
            "SLACK_BOT_TOKEN": SLACK_TOKEN,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": fake.api_url,
            # Slack asks for ~1 message/s per channel; the bench turns pacing off (interval 0).
            "SLACK_MESSAGE_INTERVAL": "0",
            "SAMSKAB_TEAMS_ANONYMOUS": "true",
            "SAMSKAB_TEAMS_RETRY_BASE_SECONDS": "0",
            "SAMSKAB_MESSAGES_PER_MINUTE": "1000000",
        },
    )
    bare = ServeProcess(
        "",
        argv=[
            "-m",
            "bench.bare",
            "--port",
            "{port}",
            "--slack-api-url",
            fake.api_url,
            "--signing-secret",
            SIGNING_SECRET,
        ],
    )
    try:
        ours.start()
        bare.start()
        # Measure the running server, not its start-up: until `/healthz` says warm, a thread
        # trains the clause labeller and compiles patterns beside the turns (start-up has
        # its own row). The bare echo has nothing to warm.
        await asyncio.to_thread(ours.wait_healthy, warm=True)
        await asyncio.to_thread(bare.wait_healthy)
        slack = await slack_path(ours.base_url, bare.base_url, fake, events)
        teams = await teams_path(ours.base_url, bare.base_url, connector, events)
        return slack, teams
    finally:
        ours.stop()
        bare.stop()
        await connector.server.close()
        await fake.stop()
