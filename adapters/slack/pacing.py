"""At most about one message a second into one Slack channel, as Slack asks."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable


class ChannelPacer:
    """Spaces out messages per channel; different channels do not wait for each other."""

    def __init__(
        self,
        interval: float = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        max_channels: int = 10_000,
    ) -> None:
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._max_channels = max_channels
        self._next_slot: dict[str, float] = {}

    async def wait(self, channel: str) -> None:
        """Return when a message may go into `channel`, and book the slot after it."""
        now = self._clock()
        slot = max(now, self._next_slot.get(channel, now))
        # Booking before sleeping keeps concurrent senders to one channel in line.
        self._next_slot[channel] = slot + self.interval
        if len(self._next_slot) > self._max_channels:
            self._forget_idle(now)
        if slot > now:
            await self._sleep(slot - now)

    def _forget_idle(self, now: float) -> None:
        for channel, slot in list(self._next_slot.items()):
            if slot <= now:
                del self._next_slot[channel]
