"""Many people talking to a `samskab serve` process at once through the web chat's HTTP API.

Each simulated person is a browser: GET /chat/session (no cookie: a new session, its cookie
and CSRF token), POST /chat/resume, then POST /chat/send for each message and button press,
exactly as the page does. Every POST is one turn of the core.
"""

from __future__ import annotations

import asyncio
import itertools
import random
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from adapters.web.security import SESSION_COOKIE
from bot.i18n.catalog import t
from tests.dialogue.corpus_runner import DONT_KNOW, load_corpus

REQUEST_TIMEOUT = 60.0
# Sessions are limited per client address (SAMSKAB_WEB_NEW_SESSIONS_PER_MINUTE, at most
# 6,000); the simulated browsers connect from several loopback addresses, like many homes.
SOURCE_ADDRESSES = tuple(f"127.0.0.{n}" for n in range(1, 9))


def _refusals() -> set[str]:
    """Reply texts that mean the turn did not go through: our error, a rate limit."""
    texts = set()
    for lang in ("da", "en"):
        texts.add(t("error", lang))
        texts.add(t("limit.messages", lang))
    return texts


@dataclass
class LoadStats:
    """What the simulated people saw."""

    latencies: list[float] = field(default_factory=list)  # ms, turns finished in the window
    turns: int = 0
    sessions: int = 0
    intakes: int = 0
    submitted: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    window: float = 0.0

    @property
    def error_count(self) -> int:
        """All errors together."""
        return sum(self.errors.values())


class Browser:
    """One person's browser session against the server."""

    _ids = itertools.count(1)

    def __init__(self, http: aiohttp.ClientSession, base_url: str, stats: LoadStats) -> None:
        self.http = http
        self.base_url = base_url
        self.stats = stats
        self.cookie = ""
        self.csrf = ""
        self.refusals = _refusals()
        self.counting_until = float("inf")

    async def open(self, token: str | None = None) -> None:
        """GET /chat/session: a new session (or the given one), its CSRF token."""
        headers = {"Cookie": f"{SESSION_COOKIE}={token}"} if token else {}
        async with self.http.get(f"{self.base_url}/chat/session", headers=headers) as answer:
            if answer.status != 200:
                raise TurnError(f"session HTTP {answer.status}")
            body = await answer.json()
            morsel = answer.cookies.get(SESSION_COOKIE)
        self.cookie = morsel.value if morsel is not None else token or ""
        self.csrf = body["csrf"]
        self.stats.sessions += 1

    async def turn(self, path: str, body: dict[str, Any]) -> list[dict[str, Any]]:
        """One POST (one turn of the core); its replies. Counts it and its latency."""
        started = time.perf_counter()
        if started >= self.counting_until:
            raise TimeUp
        async with self.http.post(
            f"{self.base_url}{path}",
            json=body,
            headers={"Cookie": f"{SESSION_COOKIE}={self.cookie}", "X-CSRF-Token": self.csrf},
        ) as answer:
            payload = await answer.json(content_type=None)
            status = answer.status
        finished = time.perf_counter()
        if status != 200:
            raise TurnError(f"{path} HTTP {status} {payload.get('error', '')}")
        replies: list[dict[str, Any]] = payload["replies"]
        if any(reply.get("text") in self.refusals for reply in replies):
            raise TurnError(f"{path} answered with an error or limit text")
        if finished <= self.counting_until:
            self.stats.turns += 1
            self.stats.latencies.append((finished - started) * 1000)
        return replies

    async def send(self, *, text: str | None = None, choice: str | None = None) -> Any:
        """POST /chat/send with a fresh message id."""
        body: dict[str, Any] = {"id": f"bench-{next(self._ids):010d}"}
        if text is not None:
            body["text"] = text
        else:
            body["choice"] = choice
        return await self.turn("/chat/send", body)


class TurnError(Exception):
    """A turn that did not go through (HTTP error, our error text, a limit)."""


class TimeUp(Exception):
    """The measuring window is over: no new turn is started."""


async def intake(browser: Browser, convo: dict[str, Any]) -> bool:
    """A whole intake: open, resume, tell the idea, answer what is asked, confirm."""
    await browser.open()
    await browser.turn("/chat/resume", {})
    replies: list[dict[str, Any]] = []
    for message in convo["messages"]:
        replies = await browser.send(text=message)
    for _ in range(12):
        if not replies:
            return False
        last = replies[-1]
        if last.get("card"):
            replies = await browser.send(choice="confirm")
            return True
        asking = last.get("asking")
        if asking is None:
            return False
        answer = convo.get("answers", {}).get(asking) or DONT_KNOW[convo["lang"]]
        replies = await browser.send(text=answer)
    return False


def _connectors(limit: int) -> list[aiohttp.TCPConnector]:
    per = max(1, limit // len(SOURCE_ADDRESSES))
    return [
        aiohttp.TCPConnector(limit=per, local_addr=(address, 0), force_close=False)
        for address in SOURCE_ADDRESSES
    ]


def _sessions(connectors: Sequence[aiohttp.TCPConnector]) -> list[aiohttp.ClientSession]:
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)
    return [
        aiohttp.ClientSession(
            connector=c,
            timeout=timeout,
            cookie_jar=aiohttp.DummyCookieJar(),
            raise_for_status=False,
        )
        for c in connectors
    ]


async def throughput(base_url: str, people: int, seconds: float, warm_intakes: int) -> LoadStats:
    """`people` people doing intakes back to back (no think time) for `seconds`."""
    corpus = load_corpus()
    stats = LoadStats()
    sessions = _sessions(_connectors(people + 8))
    try:
        # Warm up: the first turns load what the process loads lazily.
        warm = LoadStats()
        warmers = [Browser(sessions[i % len(sessions)], base_url, warm) for i in range(10)]

        async def warm_one(index: int) -> None:
            await intake(warmers[index % 10], corpus[index % len(corpus)])

        for start in range(0, warm_intakes, 10):
            await asyncio.gather(
                *(warm_one(i) for i in range(start, min(warm_intakes, start + 10))),
                return_exceptions=True,
            )

        started = time.perf_counter()
        deadline = started + seconds

        async def person(number: int) -> None:
            browser = Browser(sessions[number % len(sessions)], base_url, stats)
            browser.counting_until = deadline
            rng = random.Random(number)  # noqa: S311 - picking corpus conversations
            for _ in range(100_000):
                if time.perf_counter() >= deadline:
                    return
                try:
                    stats.intakes += 1
                    if await intake(browser, corpus[rng.randrange(len(corpus))]):
                        stats.submitted += 1
                except TimeUp:
                    return
                except TurnError as error:
                    stats.errors[str(error)] += 1
                except (aiohttp.ClientError, TimeoutError) as error:
                    stats.errors[type(error).__name__] += 1

        await asyncio.wait_for(
            asyncio.gather(*(person(n) for n in range(people))), seconds + REQUEST_TIMEOUT + 30
        )
        stats.window = seconds
        return stats
    finally:
        for session in sessions:
            await session.close()


async def short_conversations(base_url: str, count: int, concurrency: int = 40) -> LoadStats:
    """`count` new people each opening the chat and saying one or two things."""
    corpus = load_corpus()
    stats = LoadStats()
    sessions = _sessions(_connectors(concurrency + 8))
    numbers = iter(range(count))
    try:

        async def worker(index: int) -> None:
            for number in numbers:
                browser = Browser(sessions[(index + number) % len(sessions)], base_url, stats)
                convo = corpus[number % len(corpus)]
                try:
                    await browser.open()
                    await browser.turn("/chat/resume", {})
                    for message in convo["messages"][: 1 + number % 2]:
                        await browser.send(text=message)
                except TurnError as error:
                    stats.errors[str(error)] += 1
                except (aiohttp.ClientError, TimeoutError) as error:
                    stats.errors[type(error).__name__] += 1

        await asyncio.gather(*(worker(i) for i in range(concurrency)))
        return stats
    finally:
        for session in sessions:
            await session.close()


async def my_initiatives(base_url: str, tokens: Sequence[str]) -> LoadStats:
    """Known people (session tokens) come back and press "My ideas"."""
    stats = LoadStats()
    sessions = _sessions(_connectors(16))
    try:
        for number, token in enumerate(tokens):
            browser = Browser(sessions[number % len(sessions)], base_url, stats)
            try:
                await browser.open(token)
                replies = await browser.send(choice="mine")
                if not any("GK-" in reply.get("text", "") for reply in replies):
                    stats.errors["no initiatives listed"] += 1
            except TurnError as error:
                stats.errors[str(error)] += 1
        return stats
    finally:
        for session in sessions:
            await session.close()
