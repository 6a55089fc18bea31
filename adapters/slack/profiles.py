"""Who a Slack user is (locale, time zone, name) from users.info, kept briefly in memory."""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SlackProfile:
    """What the bot uses from a Slack user's profile."""

    locale: str | None = None
    timezone: str | None = None
    display_name: str | None = None


class ProfileCache:
    """users.info with include_locale, answered from memory for `ttl` seconds."""

    def __init__(
        self,
        client: AsyncWebClient,
        ttl: float = 600.0,
        *,
        max_entries: int = 2000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.ttl = ttl
        self.max_entries = max_entries
        self._clock = clock
        self._entries: OrderedDict[str, tuple[float, SlackProfile]] = OrderedDict()

    async def get(self, user_id: str) -> SlackProfile:
        """The user's profile; an empty one when Slack will not say (the turn goes on)."""
        now = self._clock()
        cached = self._entries.get(user_id)
        if cached is not None and now - cached[0] < self.ttl:
            return cached[1]
        try:
            response = await self.client.users_info(user=user_id, include_locale=True)
        except SlackApiError as error:
            log.warning("users.info failed: %s", error.response.get("error"))
            return cached[1] if cached else SlackProfile()
        except Exception:
            log.warning("users.info failed", exc_info=True)
            return cached[1] if cached else SlackProfile()
        user = response.get("user") or {}
        profile = user.get("profile") or {}
        found = SlackProfile(
            locale=user.get("locale") or None,
            timezone=user.get("tz") or None,
            display_name=profile.get("display_name")
            or profile.get("real_name")
            or user.get("real_name")
            or None,
        )
        self._entries[user_id] = (now, found)
        self._entries.move_to_end(user_id)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
        return found
