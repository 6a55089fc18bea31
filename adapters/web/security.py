"""The web chat's session cookie, CSRF token, origin check and security headers.

The cookie holds a random token that only the browser knows. The server stores nothing
of it: the person's key (their identity in the address book) and the CSRF token are
keyed hashes of it, so a leaked database gives neither a session nor a valid token.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable
from urllib.parse import urlsplit

from aiohttp import web

from adapters.web.config import WebSettings

SESSION_COOKIE = "samskab_session"
CSRF_HEADER = "X-CSRF-Token"
_TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{43}$")


def new_token() -> str:
    """A fresh session token (256 random bits)."""
    return secrets.token_urlsafe(32)


def valid_token(token: str | None) -> bool:
    """True when `token` has the shape `new_token` makes (anything else is ignored)."""
    return token is not None and bool(_TOKEN_PATTERN.match(token))


def _derive(token: str, purpose: bytes) -> str:
    return hmac.new(token.encode("ascii"), purpose, hashlib.sha256).hexdigest()


def person_key(token: str) -> str:
    """The stable id of this browser's person and conversation in storage."""
    return _derive(token, b"samskab-web-person")


def csrf_token(token: str) -> str:
    """The token the page must echo in the X-CSRF-Token header of every POST."""
    return _derive(token, b"samskab-web-csrf")


def csrf_ok(token: str, presented: str | None) -> bool:
    """True when the presented CSRF token belongs to this session (constant time)."""
    return presented is not None and hmac.compare_digest(csrf_token(token), presented)


def origin_ok(request: web.Request, settings: WebSettings) -> bool:
    """False when the browser says the request comes from a foreign page.

    Browsers send Origin on every POST; a missing one (old clients, curl) is left to the
    CSRF token alone. Our own page may be reached through its public URL or directly.
    """
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    host = urlsplit(origin).netloc.lower()
    own = {request.host.lower(), urlsplit(settings.public_base_url).netloc.lower()}
    return host in own


def set_session_cookie(response: web.StreamResponse, token: str, settings: WebSettings) -> None:
    """Give the browser its session cookie: HttpOnly, SameSite as configured, long-lived."""
    # Written by hand: Python 3.11's http.cookies rejects the Partitioned attribute.
    attributes = [
        f"{SESSION_COOKIE}={token}",
        f"Max-Age={settings.session_days * 24 * 3600}",
        "Path=/",
        "HttpOnly",
        f"SameSite={settings.cookie_samesite.capitalize()}",
    ]
    if settings.cookie_secure:
        attributes.append("Secure")
    if settings.cookie_samesite == "none":
        # Inside a cross-site iframe, browsers only keep cookies partitioned per top site.
        attributes.append("Partitioned")
    response.headers.add("Set-Cookie", "; ".join(attributes))


def clear_session_cookie(response: web.StreamResponse, settings: WebSettings) -> None:
    """Make the browser forget its session (the conversation itself stays in storage)."""
    response.del_cookie(
        SESSION_COOKIE,
        path="/",
        secure=settings.cookie_secure,
        httponly=True,
        samesite=settings.cookie_samesite.capitalize(),
    )


def content_security_policy(embed_origins: Iterable[str]) -> str:
    """Our CSP: only our own scripts, styles and connections; framing by the allow-list only."""
    ancestors = " ".join(["'self'", *embed_origins])
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            f"frame-ancestors {ancestors}",
        ]
    )


def add_security_headers(response: web.StreamResponse, settings: WebSettings) -> None:
    """Headers every web chat response carries."""
    response.headers["Content-Security-Policy"] = content_security_policy(settings.embed_origins)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers.setdefault("Cache-Control", "no-store")
