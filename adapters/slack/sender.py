"""Posting to Slack: paced, rendered replies for answers, and SlackSender for proactive messages."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.lookups import person_language
from adapters.slack.pacing import ChannelPacer
from adapters.slack.render import SlackMessage, render_reply
from bot.i18n.catalog import supported
from bot.messages import Reply
from bot.outbound import DeliveryError
from storage.db import Database

log = logging.getLogger(__name__)

PLATFORM = "slack"
# Errors that will not go away by trying again: the address or the installation is gone.
PERMANENT_ERRORS = frozenset(
    {
        "account_inactive",
        "channel_not_found",
        "cannot_dm_bot",
        "invalid_auth",
        "is_archived",
        "missing_scope",
        "no_permission",
        "not_authed",
        "not_in_channel",
        "restricted_action",
        "token_revoked",
        "user_disabled",
        "user_not_found",
        "users_not_found",
    }
)


class SlackPoster:
    """Sends rendered messages into channels, at most one a second per channel."""

    def __init__(self, client: AsyncWebClient, pacer: ChannelPacer) -> None:
        self.client = client
        self.pacer = pacer

    async def post(
        self, channel: str, message: SlackMessage, *, thread_ts: str | None = None
    ) -> str | None:
        """Post one message; returns its ts."""
        await self.pacer.wait(channel)
        extra: dict[str, Any] = {"thread_ts": thread_ts} if thread_ts else {}
        response = await self.client.chat_postMessage(
            channel=channel, unfurl_links=False, unfurl_media=False, **message.payload(), **extra
        )
        ts = response.get("ts")
        return str(ts) if ts else None

    async def post_replies(self, channel: str, replies: Sequence[Reply], language: str) -> None:
        """Post the core's replies in order, one message each."""
        for reply in replies:
            await self.post(channel, render_reply(reply, language))

    async def open_direct(self, user: str) -> str:
        """The id of the bot's direct-message channel with `user`, opened if need be."""
        response = await self.client.conversations_open(users=user)
        channel = response.get("channel") or {}
        return str(channel["id"])


class SlackSender:
    """The outbound port for Slack: delivers proactive messages to a stored Slack address.

    A reference is what the adapter stored for a person ({"team", "user", "channel"}), or
    {"user": U} for a staff member (a DM is opened first), or {"channel": C}; an empty
    reference goes to the configured staff channel, if there is one.
    """

    platform = PLATFORM

    def __init__(
        self,
        poster: SlackPoster,
        database: Database,
        *,
        default_language: str = "da",
        staff_channel: str = "",
    ) -> None:
        self.poster = poster
        self.database = database
        self.default_language = default_language
        self.staff_channel = staff_channel

    async def send(self, reference: Mapping[str, Any], replies: Sequence[Reply]) -> None:
        """Deliver `replies` in order; raise DeliveryError saying whether to try again."""
        try:
            channel = await self._channel(reference)
            language = self.default_language
            if reference.get("user"):
                known = await asyncio.to_thread(
                    person_language, self.database, str(reference["user"])
                )
                language = known or language
            await self.poster.post_replies(channel, replies, supported(language))
        except SlackApiError as error:
            raise _delivery_error(error) from error
        except (aiohttp.ClientError, TimeoutError) as error:
            raise DeliveryError(f"network: {type(error).__name__}") from error

    async def _channel(self, reference: Mapping[str, Any]) -> str:
        if reference.get("channel"):
            return str(reference["channel"])
        if reference.get("user"):
            return await self.poster.open_direct(str(reference["user"]))
        if self.staff_channel:
            return self.staff_channel
        raise DeliveryError("no Slack user, channel or staff channel to send to", permanent=True)


def _delivery_error(error: SlackApiError) -> DeliveryError:
    response = error.response
    code = str(response.get("error") or "")
    if response.status_code == 429:
        retry_after = response.headers.get("retry-after") or response.headers.get("Retry-After")
        seconds = float(retry_after[0] if isinstance(retry_after, list) else retry_after or 1)
        return DeliveryError("rate limited", retry_after=seconds)
    return DeliveryError(
        f"slack: {code or response.status_code}", permanent=code in PERMANENT_ERRORS
    )
