"""The Teams channel on the shared aiohttp server: POST /api/messages, hosted by the Agents SDK."""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass

from aiohttp import web
from aiohttp.web_exceptions import NotAppKeyWarning
from microsoft_agents.activity import Activity, ActivityTypes
from microsoft_agents.authentication.msal import MsalConnectionManager
from microsoft_agents.hosting.aiohttp import CloudAdapter, jwt_authorization_decorator
from microsoft_agents.hosting.core import (
    AgentAuthConfiguration,
    OutboundHostValidator,
    TurnContext,
)

from adapters.server import Channel
from adapters.teams.agent import PendingDispatcher, TeamsAgent
from adapters.teams.config import TeamsSettings
from adapters.teams.delivery import RetryPolicy
from adapters.teams.sender import TeamsSender
from adapters.teams.translate import locale
from bot.config import Settings
from bot.dialogue.language import language_from_locale
from bot.i18n.catalog import t
from bot.services.conversation import ConversationService
from storage.db import Database

log = logging.getLogger(__name__)

ROUTE = "/api/messages"
# The key the SDK's JWT check looks up on the aiohttp application (a plain string there).
SDK_AUTH_CONFIGURATION_KEY = "agent_configuration"

ANONYMOUS_WARNING = (
    "\n" + "!" * 78 + "\n"
    "!! Teams runs in ANONYMOUS mode (SAMSKAB_TEAMS_ANONYMOUS=true): /api/messages accepts\n"
    "!! requests from anyone and replies go unsigned to whatever serviceUrl they name.\n"
    "!! Local development only. Set CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID\n"
    "!! (and CLIENTSECRET, TENANTID) to turn Bot Framework JWT validation on.\n" + "!" * 78
)


@dataclass
class TeamsRuntime:
    """The SDK objects behind the channel, built once per process."""

    settings: TeamsSettings
    adapter: CloudAdapter
    agent: TeamsAgent
    sender: TeamsSender
    auth_configuration: AgentAuthConfiguration | None

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """POST /api/messages: one Activity in, replies out through the connector."""
        response = await self.adapter.process(request, self.agent)
        return response if response is not None else web.Response(status=202)


def build_runtime(
    service: ConversationService,
    teams_settings: TeamsSettings,
    dispatcher: PendingDispatcher | None = None,
) -> TeamsRuntime:
    """The adapter (JWT and signed replies with an app id, anonymous otherwise), agent, sender."""
    policy = RetryPolicy(
        attempts=teams_settings.retry_attempts, base_seconds=teams_settings.retry_base_seconds
    )
    auth_configuration: AgentAuthConfiguration | None
    if teams_settings.authenticated:
        if teams_settings.anonymous:
            log.warning("SAMSKAB_TEAMS_ANONYMOUS is ignored: an app id is configured")
        connections = MsalConnectionManager(**teams_settings.sdk_configuration())
        auth_configuration = connections.get_default_connection_configuration()
        # Only accept activities whose serviceUrl is a Microsoft host (no posting elsewhere).
        validator = OutboundHostValidator(enabled=True)
    else:
        connections = MsalConnectionManager(
            connections_configurations={
                "SERVICE_CONNECTION": AgentAuthConfiguration(anonymous_allowed=True)
            }
        )
        auth_configuration = None
        validator = OutboundHostValidator(enabled=False)
    adapter = CloudAdapter(connection_manager=connections, host_validator=validator)
    default_language = service.settings.default_language

    async def on_turn_error(context: TurnContext, error: Exception) -> None:
        # Our fault: log ids only, tell the person we'll look into it (never the exception text).
        conversation = context.activity.conversation
        log.error(
            "teams turn failed conversation=%s",
            conversation.id if conversation else None,
            exc_info=error,
        )
        language = language_from_locale(locale(context.activity)) or default_language
        try:
            await context.send_activity(
                Activity(type=ActivityTypes.message, text=t("error", language), text_format="plain")
            )
        except Exception:
            log.warning("teams error notice not delivered", exc_info=True)

    adapter.on_turn_error = on_turn_error
    return TeamsRuntime(
        settings=teams_settings,
        adapter=adapter,
        agent=TeamsAgent(service, policy, dispatcher),
        sender=TeamsSender(adapter, teams_settings.client_id, policy),
        auth_configuration=auth_configuration,
    )


def mount(runtime: TeamsRuntime, app: web.Application) -> None:
    """Add POST /api/messages; JWT-checked (SDK decorator) whenever an app id is configured."""
    if runtime.auth_configuration is not None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NotAppKeyWarning)
            app[SDK_AUTH_CONFIGURATION_KEY] = runtime.auth_configuration
        app.router.add_post(ROUTE, jwt_authorization_decorator(runtime.handle))
    else:
        app.router.add_post(ROUTE, runtime.handle)


def teams_channel(
    database: Database,
    settings: Settings,
    service: ConversationService,
    dispatcher: PendingDispatcher | None = None,
    teams_settings: TeamsSettings | None = None,
) -> Channel | None:
    """The Teams channel for `samskab serve`, or None when Teams is not configured.

    `database` and `settings` are the server's own; the turn work goes through `service`.
    Raises TeamsConfigError when Teams is switched on without an app id or anonymous mode.
    """
    del database, settings  # the service carries both
    teams_settings = teams_settings or TeamsSettings()
    if not teams_settings.is_active():
        return None
    runtime = build_runtime(service, teams_settings, dispatcher)

    async def announce(app: web.Application) -> None:
        if runtime.auth_configuration is None:
            log.warning(ANONYMOUS_WARNING)
        else:
            log.info("Teams on %s with JWT validation for app %s", ROUTE, teams_settings.client_id)

    mode = "anonymous, local development only" if runtime.auth_configuration is None else "JWT"
    return Channel(
        name="teams",
        describe=f"Microsoft Teams on POST {ROUTE} ({mode})",
        mount=lambda app: mount(runtime, app),
        on_startup=[announce],
        sender=runtime.sender,
    )
