"""The Slack channel: a slack-bolt AsyncApp that turns Slack events into turns of the core.

Bolt checks every request's signature, answers url_verification and acknowledges events
at once; the listeners below then run after the acknowledgement (bolt's default
process_before_response=False), so Slack always gets its answer within 3 seconds.
Duplicates (Slack's retries, a second replica, a double click) are dropped by the core,
which records each event id in the same transaction as the turn.
"""

from __future__ import annotations

import asyncio
import logging
import re
import weakref
from datetime import datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.app.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.config import SlackSettings
from adapters.slack.inbound import address, is_direct_channel, plain_text, team_of
from adapters.slack.lookups import full_text, home_entries, person_language
from adapters.slack.pacing import ChannelPacer
from adapters.slack.profiles import ProfileCache
from adapters.slack.render import (
    CHOICE_ACTION_PREFIX,
    SEE_MORE_ACTION,
    consumed,
    render_full_text,
    render_home,
    render_text,
)
from adapters.slack.sender import PLATFORM, SlackPoster, SlackSender
from bot.config import Settings
from bot.dialogue.language import language_from_locale
from bot.i18n.catalog import supported, t
from bot.messages import Incoming
from bot.services.conversation import ConversationService, TurnResult
from storage.db import Database

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
COMMANDS = ("/idea", "/ide")
# Message subtypes that are a person writing; edits, joins and bot posts are not turns.
_PERSON_SUBTYPES = frozenset({None, "file_share", "thread_broadcast"})


class Dispatcher(Protocol):
    """The outbox dispatcher, as far as this adapter needs it."""

    async def dispatch_pending(self) -> int:
        """Deliver queued proactive messages; returns how many went out."""
        ...


class SlackAdapter:
    """Everything the Slack channel holds: the bolt app, the Web API client and the sender."""

    def __init__(
        self,
        database: Database,
        settings: Settings,
        service: ConversationService,
        slack_settings: SlackSettings,
        dispatcher: Dispatcher | None = None,
    ) -> None:
        self.database = database
        self.settings = settings
        self.service = service
        self.slack_settings = slack_settings
        self.dispatcher = dispatcher
        self.client = AsyncWebClient(
            token=slack_settings.bot_token, base_url=slack_settings.api_url
        )
        # 429s are waited out as Slack's Retry-After says (connection errors are retried too).
        self.client.retry_handlers.append(AsyncRateLimitErrorRetryHandler(max_retry_count=3))
        self.poster = SlackPoster(self.client, ChannelPacer(slack_settings.message_interval))
        self.sender = SlackSender(
            self.poster,
            database,
            default_language=settings.default_language,
            staff_channel=slack_settings.staff_channel,
        )
        self.profiles = ProfileCache(self.client, slack_settings.profile_cache_seconds)
        self.app = AsyncApp(
            name="samskab",
            client=self.client,
            signing_secret=slack_settings.signing_secret,
            process_before_response=False,
        )
        self.socket_mode: AsyncSocketModeHandler | None = None
        self._turn_locks: weakref.WeakValueDictionary[str, asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )
        self._register()

    # -- wiring ---------------------------------------------------------------------------

    def _register(self) -> None:
        self.app.event("message")(self.on_message)
        self.app.event("app_mention")(self.on_mention)
        self.app.event("app_home_opened")(self.on_home_opened)
        for command in COMMANDS:
            self.app.command(command)(self.on_command)
        self.app.action(re.compile(rf"^{re.escape(CHOICE_ACTION_PREFIX)}\d+$"))(self.on_choice)
        self.app.action(SEE_MORE_ACTION)(self.on_see_more)

    async def open_http(self, _application: web.Application) -> None:
        """One kept-alive HTTP session for every Web API call of this process.

        Without one, slack_sdk opens (and closes) a connection per call: a TCP and TLS
        handshake with Slack for each message posted.
        """
        if self.client.session is None or self.client.session.closed:
            self.client.session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=self.client.timeout)
            )

    async def close_http(self, _application: web.Application) -> None:
        """Close the kept-alive session at shutdown."""
        session, self.client.session = self.client.session, None
        if session is not None:
            await session.close()

    def mount(self, application: web.Application) -> None:
        """Add POST /slack/events (events, interactivity and slash commands) to the server."""
        application.router.add_post(EVENTS_PATH, self.handle_http)

    async def handle_http(self, request: web.Request) -> web.Response:
        """One HTTP request from Slack, verified and dispatched by bolt."""
        response = await self.app.async_dispatch(await to_bolt_request(request))
        return await to_aiohttp_response(response)

    async def start_socket_mode(self, _application: web.Application) -> None:
        """Connect out to Slack over Socket Mode (no public URL needed)."""
        self.socket_mode = AsyncSocketModeHandler(
            self.app, self.slack_settings.app_token, web_client=self.client
        )
        await self.socket_mode.connect_async()
        log.info("Slack Socket Mode connected")

    async def stop_socket_mode(self, _application: web.Application) -> None:
        """Close the Socket Mode connection."""
        if self.socket_mode is not None:
            await self.socket_mode.close_async()
            self.socket_mode = None

    # -- listeners --------------------------------------------------------------------------

    async def on_message(self, event: dict[str, Any], body: dict[str, Any]) -> None:
        """A direct message to the bot: one turn of the conversation."""
        if (
            event.get("channel_type") != "im"
            or event.get("subtype") not in _PERSON_SUBTYPES
            or event.get("bot_id")
            or not event.get("user")
        ):
            return
        text = plain_text(event.get("text") or "")
        if not text:
            return
        channel = str(event["channel"])
        result = await self.run_turn(
            str(event["user"]),
            channel,
            team_of(body),
            text=text,
            event_id=body.get("event_id"),
            raw=body,
        )
        await self.deliver(channel, result)

    async def on_mention(
        self, event: dict[str, Any], body: dict[str, Any], context: AsyncBoltContext
    ) -> None:
        """A mention in a channel: a note in the thread, and the intake goes on in private."""
        channel = str(event.get("channel") or "")
        user = event.get("user")
        if not user or is_direct_channel(channel):
            return  # in a DM the message event already carries it
        text = plain_text(event.get("text") or "", bot_user_id=context.bot_user_id)
        direct = await self.poster.open_direct(str(user))
        result = await self.run_turn(
            str(user),
            direct,
            team_of(body),
            text=text or None,
            event_id=body.get("event_id"),
            raw=body,
        )
        if not result.replies:
            return
        thread = str(event.get("thread_ts") or event.get("ts"))
        await self._safely(
            self.poster.post(
                channel, render_text(t("slack.moved_to_dm", result.language)), thread_ts=thread
            )
        )
        await self.deliver(direct, result)

    async def on_command(
        self, ack: AsyncAck, command: dict[str, Any], body: dict[str, Any], respond: AsyncRespond
    ) -> None:
        """/idea or /ide: the intake starts (or goes on) in the DM with the bot."""
        await ack()
        user = str(command["user_id"])
        text = plain_text(command.get("text") or "")
        direct = await self.poster.open_direct(user)
        trigger = command.get("trigger_id")
        result = await self.run_turn(
            user,
            direct,
            team_of(body),
            text=text or None,
            event_id=f"command:{trigger}" if trigger else None,
            raw=body,
        )
        if not result.replies:
            return
        if command.get("channel_id") != direct:
            note = render_text(t("slack.moved_to_dm", result.language))
            await self._safely(respond(response_type="ephemeral", **note.payload()))
        await self.deliver(direct, result)

    async def on_choice(self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any]) -> None:
        """A button press: the choice's value goes to the core, once per message."""
        await ack()
        user = str(body["user"]["id"])
        container = body.get("container") or {}
        channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
        message_ts = container.get("message_ts")
        if not channel:
            return
        conversation = (
            channel if is_direct_channel(channel) else await self.poster.open_direct(user)
        )
        # A message's buttons answer once: a double click or a late second click is a duplicate.
        event_id = f"click:{channel}:{message_ts}" if message_ts else None
        result = await self.run_turn(
            user,
            conversation,
            team_of(body),
            choice=str(action.get("value") or ""),
            event_id=event_id,
            raw=body,
        )
        if not result.replies:
            return
        message = body.get("message") or {}
        if message_ts and message.get("blocks"):
            label = str((action.get("text") or {}).get("text") or "")
            await self._safely(
                self.client.chat_update(
                    channel=channel,
                    ts=message_ts,
                    text=str(message.get("text") or ""),
                    blocks=consumed(message["blocks"], label),
                )
            )
        await self.deliver(conversation, result)

    async def on_see_more(
        self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any]
    ) -> None:
        """ "See more" under a cut message: the whole text, in the thread of that message."""
        await ack()
        user = str(body["user"]["id"])
        container = body.get("container") or {}
        channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
        if not channel:
            return
        language = await self._language(user)
        found = await asyncio.to_thread(
            full_text, self.database, user, channel, str(action.get("value") or ""), language
        )
        if found is None:
            log.info("see more: nothing to show (gone or not allowed)")
            return
        title, rows = found
        for message in render_full_text(title, rows):
            await self._safely(
                self.poster.post(channel, message, thread_ts=container.get("message_ts"))
            )

    async def on_home_opened(self, event: dict[str, Any]) -> None:
        """The App Home tab: the person's initiatives, and a staff member's assigned ones."""
        if event.get("tab", "home") != "home" or not event.get("user"):
            return
        user = str(event["user"])
        profile = await self.profiles.get(user)
        fallback = supported(language_from_locale(profile.locale) or self.settings.default_language)
        today = datetime.now(ZoneInfo(self.settings.timezone)).date()
        language, own, assigned = await asyncio.to_thread(
            home_entries, self.database, user, fallback, today
        )
        await self._safely(
            self.client.views_publish(user_id=user, view=render_home(language, own, assigned))
        )

    # -- turns ----------------------------------------------------------------------------

    async def run_turn(
        self,
        user: str,
        conversation: str,
        team: str | None,
        *,
        text: str | None = None,
        choice: str | None = None,
        event_id: str | None = None,
        raw: Any = None,
    ) -> TurnResult:
        """Ask the core: its replies ([] for a duplicate) and the person's language."""
        profile = await self.profiles.get(user)
        incoming = Incoming(
            platform=PLATFORM,
            user_id=user,
            conversation_id=conversation,
            text=text,
            choice=choice,
            locale=profile.locale,
            display_name=profile.display_name,
            timezone=profile.timezone,
            event_id=event_id,
            address=address(team, user, conversation),
            raw=raw,
        )
        opening = text is None and choice is None

        async with self._lock(conversation):
            return await asyncio.to_thread(self.service.turn, incoming, opening=opening)

    async def deliver(self, channel: str, result: TurnResult) -> None:
        """Post the turn's replies, then send whatever the turn queued for others."""
        try:
            await self.poster.post_replies(channel, result.replies, result.language)
        except SlackApiError as error:
            log.error("posting to Slack failed: %s", error.response.get("error"))
        if result.queued:
            await self.dispatch()

    async def dispatch(self) -> None:
        """Deliver pending proactive messages (assignment pings) now, if there is an outbox."""
        if self.dispatcher is None:
            return
        try:
            await self.dispatcher.dispatch_pending()
        except Exception:
            log.exception("outbox dispatch after a Slack turn failed")

    async def _language(self, user: str) -> str:
        known = await asyncio.to_thread(person_language, self.database, user)
        if known:
            return known
        profile = await self.profiles.get(user)
        return supported(language_from_locale(profile.locale) or self.settings.default_language)

    def _lock(self, conversation: str) -> asyncio.Lock:
        # Turns of one conversation run in order within this process (the database orders
        # them across processes); the lock disappears when no turn holds it.
        lock = self._turn_locks.get(conversation)
        if lock is None:
            lock = asyncio.Lock()
            self._turn_locks[conversation] = lock
        return lock

    @staticmethod
    async def _safely(call: Any) -> None:
        try:
            await call
        except SlackApiError as error:
            log.warning("Slack call failed: %s", error.response.get("error"))
        except Exception:
            log.exception("Slack call failed")
