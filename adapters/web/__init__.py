"""The web chat: the bot in a browser, on the same server as every other channel.

`web_channel(...)` gives `samskab serve` a Channel that is always on (the embedded default):
the page on /, its API under /chat/, and WebSender for proactive messages.
"""

from __future__ import annotations

from pydantic import ValidationError

from adapters.server import Channel
from adapters.web.chat import PendingDispatcher, WebChat
from adapters.web.config import WebSettings
from adapters.web.sender import WebSender
from bot.config import ConfigurationError, Settings
from bot.services.conversation import ConversationService
from storage.db import Database


class WebConfigError(ConfigurationError, ValueError):
    """A SAMSKAB_WEB_* setting is wrong; said in one line."""


def load_settings() -> WebSettings:
    """The web settings from the environment, or WebConfigError naming what is wrong."""
    try:
        return WebSettings()
    except ValidationError as error:
        problems = "; ".join(
            f"SAMSKAB_WEB_{'_'.join(str(p) for p in e['loc']).upper()}: {e['msg']}"
            if e["loc"]
            else e["msg"]
            for e in error.errors()
        )
        raise WebConfigError(f"web chat settings: {problems}") from None


def web_channel(
    database: Database,
    settings: Settings,
    service: ConversationService,
    dispatcher: PendingDispatcher | None = None,
    web_settings: WebSettings | None = None,
) -> Channel:
    """The web chat channel for `samskab serve`: GET / is the chat page."""
    web_settings = web_settings or load_settings()
    chat = WebChat(database, settings, service, web_settings, dispatcher)
    mail = ", e-mail notices by SMTP" if web_settings.smtp_configured else ""
    return Channel(
        name="web",
        describe=f"web chat (GET /{mail})",
        mount=chat.mount,
        sender=chat.sender,
    )


__all__ = ["WebChat", "WebConfigError", "WebSender", "WebSettings", "load_settings", "web_channel"]
