"""Posting activities to the Bot Connector with retries, and what its errors mean for us."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

import aiohttp
from microsoft_agents.activity import Activity

from bot.outbound import DeliveryError

log = logging.getLogger(__name__)

# The conversation is gone for us: the user blocked or removed the bot, or it never existed.
PERMANENT_STATUSES = frozenset({400, 403, 404, 410})
TRANSIENT_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a send is retried on 429 and transient 5xx."""

    attempts: int = 4
    base_seconds: float = 1.0
    max_wait_seconds: float = 20.0

    def wait(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to wait before attempt `attempt + 1`: the connector's hint, else backoff."""
        if retry_after is not None:
            return retry_after
        return float(self.base_seconds * 2 ** (attempt - 1))


def _retry_after(error: aiohttp.ClientResponseError) -> float | None:
    value = error.headers.get("Retry-After") if error.headers else None
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None  # an HTTP date: fall back to our own backoff


def classify(error: BaseException) -> DeliveryError:
    """The DeliveryError for an exception raised while talking to the connector."""
    if isinstance(error, DeliveryError):
        return error
    if isinstance(error, aiohttp.ClientResponseError):
        status = error.status
        reason = f"teams connector answered {status}"
        if status in PERMANENT_STATUSES:
            return DeliveryError(reason, permanent=True)
        return DeliveryError(reason, permanent=False, retry_after=_retry_after(error))
    if isinstance(error, aiohttp.ClientError | asyncio.TimeoutError | OSError):
        return DeliveryError(f"teams connector unreachable ({type(error).__name__})")
    return DeliveryError(f"teams send failed ({type(error).__name__})")


def _transient(error: DeliveryError, cause: BaseException) -> bool:
    if error.permanent:
        return False
    if isinstance(cause, aiohttp.ClientResponseError):
        return cause.status in TRANSIENT_STATUSES
    return isinstance(cause, aiohttp.ClientError | asyncio.TimeoutError | OSError)


async def send_all(
    send: Callable[[Activity], Awaitable[object]],
    activities: Sequence[Activity],
    policy: RetryPolicy,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> None:
    """Send `activities` in order, retrying each on 429/5xx; raise DeliveryError when it fails.

    Only the activity that failed is retried, so the person never gets one twice.
    """
    for index, activity in enumerate(activities):
        attempt = 0
        while True:
            attempt += 1
            try:
                await send(activity)
                break
            except Exception as cause:
                error = classify(cause)
                if not _transient(error, cause) or attempt >= policy.attempts:
                    if index:
                        error.args = (f"{error} after {index} of {len(activities)} sent",)
                    raise error from cause
                wait = policy.wait(attempt, error.retry_after)
                if wait > policy.max_wait_seconds:
                    raise error from cause  # let the outbox come back later instead
                log.info("teams send retry attempt=%s wait=%.1fs (%s)", attempt, wait, error)
                await sleep(wait)
