"""Open live connections (server-sent event streams) of this process, by person key."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

# Put on a stream's queue to end it (server shutdown).
CLOSE: dict[str, Any] = {"close": True}


class LiveHub:
    """Which chat pages are open here, so a proactive message can be pushed to them at once."""

    def __init__(self) -> None:
        self._streams: dict[str, set[asyncio.Queue[dict[str, Any]]]] = {}

    def open(self, key: str) -> asyncio.Queue[dict[str, Any]]:
        """Register a new stream for `key`; the caller reads events from the returned queue."""
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self._streams.setdefault(key, set()).add(queue)
        return queue

    def close(self, key: str, queue: asyncio.Queue[dict[str, Any]]) -> None:
        """Forget a stream that ended."""
        streams = self._streams.get(key)
        if streams is None:
            return
        streams.discard(queue)
        if not streams:
            del self._streams[key]

    def is_open(self, key: str) -> bool:
        """True when at least one page of this person is connected to this process."""
        return bool(self._streams.get(key))

    def push(self, key: str, replies: Sequence[dict[str, Any]]) -> int:
        """Queue replies for every open page of `key`; returns how many pages got them."""
        streams = self._streams.get(key, set())
        for queue in streams:
            queue.put_nowait({"replies": list(replies)})
        return len(streams)

    def close_all(self) -> None:
        """End every stream (the server is shutting down; browsers reconnect by themselves)."""
        for streams in self._streams.values():
            for queue in streams:
                queue.put_nowait(CLOSE)

    @property
    def count(self) -> int:
        """Open streams in this process."""
        return sum(len(s) for s in self._streams.values())
