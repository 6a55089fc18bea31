"""A small in-process sliding-window rate limiter, keyed by chat session or client address."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class RateLimiter:
    """At most `limit` events per `window` seconds for each key.

    In-process on purpose: each replica limits its own share, which is enough to stop one
    browser (or script) from flooding the bot; nothing has to be shared or cleaned up.
    """

    def __init__(
        self,
        limit: int,
        window: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 50_000,
    ) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self.max_keys = max_keys
        self._events: dict[str, deque[float]] = {}

    def check(self, key: str) -> float | None:
        """Count one event for `key`; None when allowed, else seconds until it would be."""
        now = self.clock()
        events = self._events.get(key)
        if events is None:
            if len(self._events) >= self.max_keys:
                self._forget_idle(now)
            events = self._events[key] = deque()
        while events and events[0] <= now - self.window:
            events.popleft()
        if len(events) >= self.limit:
            return max(events[0] + self.window - now, 0.0)
        events.append(now)
        return None

    def _forget_idle(self, now: float) -> None:
        # Keys whose newest event left the window hold no information any more.
        idle = [k for k, v in self._events.items() if not v or v[-1] <= now - self.window]
        for key in idle:
            del self._events[key]
        if len(self._events) >= self.max_keys:
            # Still full of active keys: drop the oldest half rather than grow without bound.
            for key in list(self._events)[: self.max_keys // 2]:
                del self._events[key]
