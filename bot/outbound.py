"""The one outbound port: how the core reaches a person later, on whatever channel they use."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from bot.messages import Reply


class DeliveryError(Exception):
    """A proactive message could not be delivered.

    `permanent` means retrying is pointless (the address is stale: user gone, bot removed);
    otherwise the dispatcher retries with backoff. `retry_after` is the platform's own hint.
    """

    def __init__(self, reason: str, *, permanent: bool = False, retry_after: float | None = None):
        super().__init__(reason)
        self.permanent = permanent
        self.retry_after = retry_after


class ChannelSender(Protocol):
    """Delivers replies to a stored address on one platform (implemented by each adapter)."""

    platform: str

    async def send(self, reference: Mapping[str, Any], replies: Sequence[Reply]) -> None:
        """Deliver `replies` in order to the address `reference`; raise DeliveryError on failure."""
        ...
