"""Proactive messages to Teams: continue a stored conversation reference and post replies."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from microsoft_agents.activity import TurnContextProtocol
from microsoft_agents.hosting.core import (
    AuthenticationConstants,
    ChannelServiceAdapter,
    ClaimsIdentity,
)
from pydantic import ValidationError

from adapters.teams import render, translate
from adapters.teams.delivery import RetryPolicy, classify, send_all
from bot.messages import Reply
from bot.outbound import DeliveryError

log = logging.getLogger(__name__)


class TeamsSender:
    """The ChannelSender for Teams; needs only the stored reference, so it works after a restart."""

    platform = translate.PLATFORM

    def __init__(
        self, adapter: ChannelServiceAdapter, app_id: str | None, policy: RetryPolicy
    ) -> None:
        self.adapter = adapter
        self.app_id = app_id
        self.policy = policy

    async def send(self, reference: Mapping[str, Any], replies: Sequence[Reply]) -> None:
        """Deliver `replies` to the conversation in `reference`; DeliveryError on failure.

        403/404 (bot removed, conversation gone) are permanent; 429/5xx are retried here
        with backoff, then reported as temporary so the outbox tries again later.
        """
        if not replies:
            return
        try:
            continuation = translate.reference_from_address(dict(reference))
            activity = continuation.get_continuation_activity()
            # Without an id the SDK posts a new message instead of a reply to a made-up one.
            activity.id = None
        except (ValidationError, TypeError, ValueError) as error:
            raise DeliveryError("unusable teams reference", permanent=True) from error
        if not activity.service_url or activity.conversation is None:
            raise DeliveryError("teams reference without service url", permanent=True)

        failure: list[Exception] = []

        async def deliver(turn_context: TurnContextProtocol) -> None:
            # Errors are caught here: the adapter's turn-error handler must not swallow them.
            try:
                await send_all(turn_context.send_activity, render.Rendered(replies), self.policy)
            except Exception as error:
                failure.append(error)

        try:
            if self.app_id:
                await self.adapter.continue_conversation(self.app_id, activity, deliver)
            else:  # anonymous local development: no token is requested or sent
                await self.adapter.continue_conversation_with_claims(
                    ClaimsIdentity(), activity, deliver, AuthenticationConstants.AGENTS_SDK_SCOPE
                )
        except Exception as error:  # token fetch or connector set-up failed
            failure.append(error)
        if failure:
            delivery_error = classify(failure[0])
            log.warning(
                "teams proactive send failed conversation=%s permanent=%s: %s",
                activity.conversation.id,
                delivery_error.permanent,
                delivery_error,
            )
            raise delivery_error from failure[0]
