"""The Slack channel's `slack_channel(...)`: the Channel `samskab serve` mounts."""

from __future__ import annotations

from adapters.server import Channel
from adapters.slack.app import EVENTS_PATH, Dispatcher, SlackAdapter
from adapters.slack.config import SlackSettings
from bot.config import Settings
from bot.services.conversation import ConversationService
from storage.db import Database


def slack_channel(
    database: Database,
    settings: Settings,
    service: ConversationService,
    dispatcher: Dispatcher | None = None,
    slack_settings: SlackSettings | None = None,
) -> Channel | None:
    """The Slack channel for `samskab serve`: HTTP on /slack/events, or Socket Mode."""
    slack_settings = slack_settings or SlackSettings()
    if not slack_settings.configured:
        return None
    adapter = SlackAdapter(database, settings, service, slack_settings, dispatcher)
    if slack_settings.socket_mode:
        return Channel(
            name="slack",
            describe="Slack (Socket Mode)",
            on_startup=[adapter.open_http, adapter.start_socket_mode],
            on_cleanup=[adapter.stop_socket_mode, adapter.close_http],
            sender=adapter.sender,
        )
    return Channel(
        name="slack",
        describe=f"Slack (POST {EVENTS_PATH})",
        mount=adapter.mount,
        on_startup=[adapter.open_http],
        on_cleanup=[adapter.close_http],
        sender=adapter.sender,
    )
