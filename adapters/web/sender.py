"""WebSender: the outbound port for web chat people (live page; else kept, and e-mailed)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from adapters.web import mail, store
from adapters.web.config import WebSettings
from adapters.web.live import LiveHub
from bot.messages import Reply
from bot.outbound import DeliveryError
from storage.db import Database

log = logging.getLogger(__name__)


class WebSender:
    """Delivers a proactive message to a web chat person.

    1. A page of theirs is open in this process: pushed to it at once.
    2. Otherwise the message is kept in their web inbox (an outbox row in state "held"), which
       every open page checks every few seconds (so a page on another replica gets it too)
       and the page shows when they come back; if they gave an e-mail and SMTP is set up,
       they are also told by e-mail, with a link back.

    Keeping it is a successful delivery for the dispatcher: raising DeliveryError for "no
    page open" would only end in "failed" after the retries, and the person would never see
    it. Only a temporary SMTP failure raises (nothing is kept yet, so the retry is clean).
    """

    platform = store.PLATFORM

    def __init__(
        self, database: Database, hub: LiveHub, settings: WebSettings, municipality: str
    ) -> None:
        self.database = database
        self.hub = hub
        self.settings = settings
        self.municipality = municipality

    async def send(self, reference: Mapping[str, Any], replies: Sequence[Reply]) -> None:
        """Deliver `replies` to the session in `reference`; DeliveryError when it may not work."""
        key = str(reference.get("session") or "")
        if not key:
            raise DeliveryError("no web session in the address", permanent=True)
        if self.hub.push(key, [reply.to_dict() for reply in replies]):
            return
        person = await asyncio.to_thread(store.find_person, self.database, key)
        if person is None:
            raise DeliveryError("web session has no person", permanent=True)
        if person.email and self.settings.smtp_configured:
            message = mail.compose(
                replies,
                to=person.email,
                language=person.language,
                settings=self.settings,
                municipality=self.municipality,
            )
            try:
                await mail.send(message, self.settings)
            except DeliveryError as error:
                if not error.permanent:
                    raise
                # A refused address must not make the web address look stale: keep it in chat.
                log.warning("e-mail notice refused person=%s: %s", person.id, error)
        await asyncio.to_thread(store.hold, self.database, key, replies)
