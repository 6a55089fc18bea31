"""The web chat's HTTP side: the page, its JSON API and the live event stream.

Routes (all under the one `samskab serve` server):
  GET  /, /chat          the chat page (plain HTML/CSS/JS from ./static)
  GET  /chat/static/...  its script and style sheet
  GET  /chat/session     session cookie, CSRF token, language, page texts
  POST /chat/resume      the opening: a welcome, or where we left off, plus kept messages
  POST /chat/send        one message or button press
  POST /chat/email       give or remove an e-mail for notices
  POST /chat/forget      this browser forgets the session
  GET  /chat/events      server-sent events: proactive messages while the page is open
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from aiohttp import web
from email_validator import EmailNotValidError, validate_email

from adapters.server import DISPATCHER_KEY
from adapters.web import security, store
from adapters.web.config import WebSettings
from adapters.web.live import CLOSE, LiveHub
from adapters.web.ratelimit import RateLimiter
from adapters.web.sender import WebSender
from adapters.web.texts import page_texts, text
from bot.config import Settings
from bot.dialogue.language import language_from_locale
from bot.i18n.catalog import LANGUAGES
from bot.messages import Incoming, Reply
from bot.services.conversation import ConversationService, TurnResult
from storage.db import Database

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"
STATIC_TYPES = {"chat.js": "text/javascript", "chat.css": "text/css"}
PAGE_PATHS = ("/", "/chat", "/chat/")
_MESSAGE_ID = re.compile(r"^[A-Za-z0-9-]{8,64}$")
_TIMEZONE = re.compile(r"^[A-Za-z0-9_+\-/]{1,64}$")
MAX_CHOICE_CHARS = 200

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class PendingDispatcher(Protocol):
    """The outbox dispatcher as the web chat sees it (bot.services.outbox.OutboxDispatcher)."""

    def kick(self) -> None:
        """Deliver queued messages soon, without making the caller wait."""
        ...


class Refusal(Exception):
    """A request we turn down with a friendly JSON error: a code and a message in their language."""

    def __init__(self, status: int, code: str, language: str, retry_after: float | None = None):
        super().__init__(code)
        self.status = status
        self.code = code
        self.language = language
        self.retry_after = retry_after

    def response(self) -> web.Response:
        """The JSON error the page shows (it prefers its own text for `error`)."""
        response = web.json_response(
            {"error": self.code, "message": text(f"web.error.{self.code}", self.language)},
            status=self.status,
        )
        if self.retry_after is not None:
            response.headers["Retry-After"] = str(max(1, round(self.retry_after)))
        return response


@dataclass(frozen=True)
class StaticFile:
    """One asset, read once at start."""

    body: bytes
    content_type: str
    etag: str


def _load_static() -> dict[str, StaticFile]:
    files: dict[str, StaticFile] = {}
    for name, content_type in {"index.html": "text/html", **STATIC_TYPES}.items():
        body = (STATIC_DIR / name).read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        files[name] = StaticFile(body, content_type, etag)
    return files


class WebChat:
    """Translates the page's requests into the core's Incoming and renders replies as JSON."""

    def __init__(
        self,
        database: Database,
        settings: Settings,
        service: ConversationService,
        web_settings: WebSettings,
        dispatcher: PendingDispatcher | None = None,
    ) -> None:
        self.database = database
        self.settings = settings
        self.service = service
        self.web_settings = web_settings
        self.dispatcher = dispatcher
        self.hub = LiveHub()
        self.sender = WebSender(database, self.hub, web_settings, settings.municipality_name)
        self.session_limiter = RateLimiter(web_settings.rate_limit_per_minute)
        self.new_session_limiter = RateLimiter(web_settings.new_sessions_per_minute)
        self.static = _load_static()

    # -- wiring -------------------------------------------------------------------------

    def mount(self, app: web.Application) -> None:
        """Add the page, the API and the event stream to the server."""
        router = app.router
        for path in PAGE_PATHS:
            router.add_get(path, self._guarded(self.page))
        router.add_get("/chat/static/{name}", self._guarded(self.asset))
        router.add_get("/chat/session", self._guarded(self.session))
        router.add_post("/chat/resume", self._guarded(self.resume))
        router.add_post("/chat/send", self._guarded(self.send))
        router.add_post("/chat/email", self._guarded(self.email))
        router.add_post("/chat/forget", self._guarded(self.forget))
        router.add_get("/chat/events", self.events)
        # End open event streams first, so a shutdown does not wait for them to time out.
        app.on_shutdown.append(self.close_streams)

    async def close_streams(self, app: web.Application) -> None:
        """Tell every open event stream to end (the server is stopping)."""
        self.hub.close_all()

    def _guarded(self, handler: Handler) -> Handler:
        async def guarded(request: web.Request) -> web.StreamResponse:
            try:
                response = await handler(request)
            except Refusal as refusal:
                response = refusal.response()
            security.add_security_headers(response, self.web_settings)
            return response

        return guarded

    # -- page ---------------------------------------------------------------------------

    async def page(self, request: web.Request) -> web.StreamResponse:
        """The chat page itself."""
        return self._file(request, "index.html")

    async def asset(self, request: web.Request) -> web.StreamResponse:
        """The page's script and style sheet (nothing else is served from the folder)."""
        name = request.match_info["name"]
        if name not in STATIC_TYPES:
            raise web.HTTPNotFound()
        return self._file(request, name)

    def _file(self, request: web.Request, name: str) -> web.StreamResponse:
        asset = self.static[name]
        headers = {"ETag": asset.etag, "Cache-Control": "no-cache"}
        if request.headers.get("If-None-Match") == asset.etag:
            return web.Response(status=304, headers=headers)
        return web.Response(
            body=asset.body, content_type=asset.content_type, charset="utf-8", headers=headers
        )

    # -- API ----------------------------------------------------------------------------

    async def session(self, request: web.Request) -> web.StreamResponse:
        """Start or continue a session: cookie, CSRF token, language and the page's texts."""
        token = request.cookies.get(security.SESSION_COOKIE)
        person: store.WebPerson | None = None
        if token is None or not security.valid_token(token):
            wait = self.new_session_limiter.check(request.remote or "unknown")
            if wait is not None:
                raise Refusal(429, "rate_limited", self._language(request), wait)
            token = security.new_token()
        else:
            key = security.person_key(token)
            person = await asyncio.to_thread(store.find_person, self.database, key)
        language = self._language(request, person.language if person else None)
        response = web.json_response(
            {
                "csrf": security.csrf_token(token),
                "lang": language,
                "texts": page_texts(),
                "maxChars": self.settings.max_message_chars,
                "maxBytes": self.web_settings.max_body_bytes,
                "email": person.email if person else None,
                "emailEnabled": self.web_settings.smtp_configured,
            }
        )
        # Set on every visit, so the cookie lives `session_days` from the last visit.
        security.set_session_cookie(response, token, self.web_settings)
        return response

    async def resume(self, request: web.Request) -> web.StreamResponse:
        """The page opened: a welcome for a newcomer, else where we left off, plus kept messages."""
        token, body = await self._checked(request)
        incoming = self._incoming(token, body)
        result = await asyncio.to_thread(self.service.turn, incoming, opening=True)
        return self._answer(request, result)

    async def send(self, request: web.Request) -> web.StreamResponse:
        """One message or button press; the answer comes back in the response."""
        token, body = await self._checked(request)
        language = self._language(request, body.get("lang"))
        message_id = body.get("id")
        if not isinstance(message_id, str) or not _MESSAGE_ID.match(message_id):
            raise Refusal(400, "bad_request", language)
        message = body.get("text")
        choice = body.get("choice")
        if isinstance(choice, str) and message is None and 0 < len(choice) <= MAX_CHOICE_CHARS:
            incoming = self._incoming(token, body, choice=choice, message_id=message_id)
        elif isinstance(message, str) and choice is None:
            incoming = self._incoming(token, body, text=message, message_id=message_id)
        else:
            raise Refusal(400, "bad_request", language)
        result = await asyncio.to_thread(self.service.turn, incoming)
        return self._answer(request, result)

    async def email(self, request: web.Request) -> web.StreamResponse:
        """Give (or, with an empty string, remove) the e-mail that notices go to."""
        token, body = await self._checked(request)
        language = self._language(request, body.get("lang"))
        if not self.web_settings.smtp_configured:
            # Without SMTP we would never use it: don't keep an address for nothing.
            raise Refusal(404, "bad_request", language)
        given = body.get("email")
        if not isinstance(given, str) or len(given) > 320:
            raise Refusal(400, "invalid_email", language)
        address: str | None = None
        if given.strip():
            try:
                address = validate_email(given.strip(), check_deliverability=False).normalized
            except EmailNotValidError:
                raise Refusal(400, "invalid_email", language) from None
        key = security.person_key(token)
        await asyncio.to_thread(store.set_email, self.database, key, address, language)
        message = (
            text("web.email.saved", language, email=address)
            if address
            else text("web.email.removed", language)
        )
        return web.json_response({"email": address, "message": message})

    async def forget(self, request: web.Request) -> web.StreamResponse:
        """This browser forgets its session; the person's initiatives stay with the municipality."""
        _, body = await self._checked(request, limited=False)
        language = self._language(request, body.get("lang"))
        response = web.json_response({"message": text("web.forget_done", language)})
        security.clear_session_cookie(response, self.web_settings)
        return response

    # -- live events --------------------------------------------------------------------

    async def events(self, request: web.Request) -> web.StreamResponse:
        """Server-sent events: proactive messages for this session while its page is open."""
        token = request.cookies.get(security.SESSION_COOKIE)
        if token is None or not security.valid_token(token):
            refused = Refusal(401, "session", self._language(request)).response()
            security.add_security_headers(refused, self.web_settings)
            return refused
        key = security.person_key(token)
        response = web.StreamResponse(
            headers={
                "Content-Type": "text/event-stream; charset=utf-8",
                # Reverse proxies (nginx) must pass events through at once, not buffer them.
                "X-Accel-Buffering": "no",
            }
        )
        security.add_security_headers(response, self.web_settings)
        await response.prepare(request)
        queue = self.hub.open(key)
        pending: list[dict[str, Any]] = []
        try:
            await response.write(b"retry: 3000\n\n")
            while True:
                try:
                    event = await asyncio.wait_for(
                        queue.get(), timeout=self.web_settings.live_poll_seconds
                    )
                except TimeoutError:
                    # Messages another replica (or an earlier send) kept for this person.
                    held = await asyncio.to_thread(store.take_held, self.database, key)
                    if not held:
                        await response.write(b": ping\n\n")
                        continue
                    event = {"replies": [reply.to_dict() for reply in held]}
                if event is CLOSE:
                    break
                pending = event["replies"]
                data = json.dumps(event, ensure_ascii=False)
                await response.write(f"data: {data}\n\n".encode())
                pending = []
        except ConnectionResetError:
            log.debug("event stream closed by the browser")
        finally:
            self.hub.close(key, queue)
            while not queue.empty():
                leftover = queue.get_nowait()
                if leftover is not CLOSE:
                    pending.extend(leftover["replies"])
            if pending:
                # Pushed to a page that was already gone: keep it for when they come back.
                await self._keep(key, pending)
        return response

    async def _keep(self, key: str, replies: list[dict[str, Any]]) -> None:
        try:
            await asyncio.to_thread(
                store.hold, self.database, key, [Reply.from_dict(r) for r in replies]
            )
        except Exception:
            log.exception("could not keep undelivered web messages")

    # -- helpers ------------------------------------------------------------------------

    def _answer(self, request: web.Request, result: TurnResult) -> web.Response:
        """The turn's replies (held messages first) and the conversation's language after it."""
        dispatcher = self.dispatcher or request.app.get(DISPATCHER_KEY)
        if result.queued and dispatcher is not None:
            # The turn queued proactive messages (e.g. the ping to the assigned staff).
            dispatcher.kick()
        return web.json_response(
            {"replies": [reply.to_dict() for reply in result.replies], "lang": result.language}
        )

    def _incoming(
        self,
        token: str,
        body: dict[str, Any],
        *,
        text: str | None = None,
        choice: str | None = None,
        message_id: str | None = None,
    ) -> Incoming:
        key = security.person_key(token)
        hint = body.get("lang")
        zone = body.get("tz")
        return Incoming(
            platform=store.PLATFORM,
            user_id=key,
            conversation_id=key,
            text=text,
            choice=choice,
            locale=hint if hint in LANGUAGES else None,
            timezone=zone if isinstance(zone, str) and _valid_zone(zone) else None,
            # Scoped to the session, so one browser's ids can never collide with another's.
            event_id=f"{key[:16]}:{message_id}" if message_id else None,
            address=store.address(key),
            raw={"id": message_id, "choice": choice},
        )

    async def _checked(
        self, request: web.Request, *, limited: bool = True
    ) -> tuple[str, dict[str, Any]]:
        """Session, origin, CSRF token, rate limit and body size of a POST; the JSON body."""
        language = self._language(request)
        token = request.cookies.get(security.SESSION_COOKIE)
        if token is None or not security.valid_token(token):
            raise Refusal(401, "session", language)
        if not security.origin_ok(request, self.web_settings) or not security.csrf_ok(
            token, request.headers.get(security.CSRF_HEADER)
        ):
            raise Refusal(403, "session", language)
        if limited:
            wait = self.session_limiter.check(security.person_key(token))
            if wait is not None:
                raise Refusal(429, "rate_limited", language, wait)
        return token, await self._json_body(request, language)

    async def _json_body(self, request: web.Request, language: str) -> dict[str, Any]:
        limit = self.web_settings.max_body_bytes
        if request.content_length is not None and request.content_length > limit:
            raise Refusal(413, "too_large", language)
        if request.content_type != "application/json":
            raise Refusal(415, "bad_request", language)
        data = bytearray()
        # Read in chunks so a body without Content-Length is cut off at the limit too.
        while chunk := await request.content.read(64 * 1024):
            data += chunk
            if len(data) > limit:
                raise Refusal(413, "too_large", language)
        try:
            body = json.loads(data)
        except (ValueError, UnicodeDecodeError):
            raise Refusal(400, "bad_request", language) from None
        if not isinstance(body, dict):
            raise Refusal(400, "bad_request", language)
        return body

    def _language(self, request: web.Request, known: object = None) -> str:
        """The page's language: what it says, else ?lang=, else the browser's, else the default."""
        for candidate in (known, request.query.get("lang")):
            if isinstance(candidate, str) and candidate in LANGUAGES:
                return candidate
        accepted = request.headers.get("Accept-Language", "").split(",")[0].split(";")[0]
        return language_from_locale(accepted.strip()) or self.settings.default_language


def _valid_zone(zone: str) -> bool:
    if not _TIMEZONE.match(zone):
        return False
    try:
        ZoneInfo(zone)
    except (ValueError, KeyError, OSError):
        return False
    return True
