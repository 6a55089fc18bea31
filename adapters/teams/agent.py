"""The Teams bot: each activity becomes one call to the core, each reply one Teams message."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Protocol

from microsoft_agents.activity import Activity, ChannelAccount, TurnContextProtocol
from microsoft_agents.hosting.core import ActivityHandler

from adapters.teams import render, translate
from adapters.teams.delivery import RetryPolicy, send_all
from bot.dialogue.language import language_from_locale
from bot.i18n.catalog import t
from bot.messages import Incoming, Reply
from bot.outbound import DeliveryError
from bot.services.conversation import ConversationService

log = logging.getLogger(__name__)


class PendingDispatcher(Protocol):
    """The outbox dispatcher as the adapter sees it (bot.services.outbox.OutboxDispatcher)."""

    def kick(self) -> None:
        """Deliver queued messages soon, without making the caller wait."""
        ...


def _language(activity: Activity, default: str) -> str:
    return language_from_locale(translate.locale(activity)) or default


class TeamsAgent(ActivityHandler):
    """Runs the intake in 1:1 chats; in group chats and channels it points people to a 1:1 chat."""

    def __init__(
        self,
        service: ConversationService,
        policy: RetryPolicy,
        dispatcher: PendingDispatcher | None = None,
    ) -> None:
        self.service = service
        self.policy = policy
        self.dispatcher = dispatcher

    async def on_message_activity(self, turn_context: TurnContextProtocol) -> None:
        """A typed message or an Adaptive Card button press."""
        activity = turn_context.activity
        if not translate.is_personal(activity):
            await self._point_to_personal_chat(turn_context)
            return
        await self._turn(turn_context, translate.incoming_message(activity), opening=False)

    async def on_members_added_activity(
        self, members_added: list[ChannelAccount], turn_context: TurnContextProtocol
    ) -> None:
        """The bot or a person joined: welcome in a 1:1 chat, a pointer to it elsewhere."""
        activity = turn_context.activity
        bot_id = activity.recipient.id if activity.recipient else None
        if translate.is_personal(activity):
            await self._turn(turn_context, translate.incoming_opening(activity), opening=True)
        elif any(member.id == bot_id for member in members_added):
            await self._point_to_personal_chat(turn_context)

    async def on_installation_update_add(self, turn_context: TurnContextProtocol) -> None:
        """The app was installed (or upgraded) for the person: the same welcome, once."""
        if translate.is_personal(turn_context.activity):
            incoming = translate.incoming_opening(turn_context.activity)
            await self._turn(turn_context, incoming, opening=True)

    async def _turn(
        self, turn_context: TurnContextProtocol, incoming: Incoming, *, opening: bool
    ) -> None:
        result = await asyncio.to_thread(self.service.turn, incoming, opening=opening)
        await self._send(turn_context, result.replies)
        if result.queued and self.dispatcher is not None:
            # The turn queued proactive messages (e.g. a ping to the assigned staff).
            self.dispatcher.kick()

    async def _point_to_personal_chat(self, turn_context: TurnContextProtocol) -> None:
        language = _language(turn_context.activity, self.service.settings.default_language)
        await self._send(turn_context, [Reply(t("teams.personal_only", language))])

    async def _send(self, turn_context: TurnContextProtocol, replies: Sequence[Reply]) -> None:
        if not replies:
            return
        try:
            await send_all(turn_context.send_activity, render.Rendered(replies), self.policy)
        except DeliveryError as error:
            # The turn's state is saved; the person just did not see this answer.
            conversation = turn_context.activity.conversation
            log.error(
                "teams reply not delivered conversation=%s: %s",
                conversation.id if conversation else None,
                error,
            )
