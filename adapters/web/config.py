"""Web chat settings, read from SAMSKAB_WEB_* environment variables and the optional .env file."""

from __future__ import annotations

from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


def _origin(value: str) -> str:
    """`scheme://host[:port]` of an origin, or ValueError when it is not one."""
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/"):
        raise ValueError(f"not an origin (scheme://host[:port]): {value!r}")
    return f"{parts.scheme}://{parts.netloc}".lower()


class WebSettings(BaseSettings):
    """How the web chat runs: embedding, cookies, limits, and SMTP for e-mail notices."""

    model_config = SettingsConfigDict(
        env_prefix="SAMSKAB_WEB_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        env_ignore_empty=True,
    )

    embed_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Sites that may show the chat in an iframe (comma-separated origins).",
    )
    public_base_url: str = Field(
        default="http://127.0.0.1:3978",
        description="Where people open the chat; the link in e-mails points here.",
    )
    cookie_secure: bool = Field(
        default=False, description="Send cookies over HTTPS only (true in every deployment)."
    )
    cookie_samesite: Literal["lax", "strict", "none"] = Field(
        default="lax",
        description="none is needed when the chat is embedded on another site (needs HTTPS).",
    )
    session_days: int = Field(default=90, ge=1, le=400, description="How long a browser is kept.")
    rate_limit_per_minute: int = Field(
        default=20, ge=1, le=600, description="Requests one chat session may make a minute."
    )
    new_sessions_per_minute: int = Field(
        default=120,
        ge=1,
        le=6000,
        description="New chat sessions one client address (or proxy) may start a minute.",
    )
    max_body_bytes: int = Field(
        default=256 * 1024,
        ge=4 * 1024,
        le=2 * 1024 * 1024,
        description="Larger request bodies get 413 (the core answers long texts politely below).",
    )
    live_poll_seconds: float = Field(
        default=10.0,
        gt=0,
        le=300,
        description="How often an open chat looks for messages held for it (and pings).",
    )
    smtp_host: str = Field(default="", description="SMTP server; e-mail is off while empty.")
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_user: str = ""
    smtp_password: SecretStr = SecretStr("")
    smtp_from: str = Field(default="", description="Sender address, e.g. samskab@gentofte.dk.")
    smtp_starttls: bool = Field(default=True, description="Upgrade the connection with STARTTLS.")
    smtp_ssl: bool = Field(default=False, description="Implicit TLS from the start (port 465).")
    smtp_timeout: float = Field(default=20.0, gt=0, le=120)

    @field_validator("embed_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [part for part in value.replace(" ", ",").split(",") if part]
        return value

    @field_validator("embed_origins")
    @classmethod
    def _check_origins(cls, value: list[str]) -> list[str]:
        return [_origin(item) for item in value]

    @field_validator("public_base_url")
    @classmethod
    def _check_base_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"not an http(s) URL: {value!r}")
        return value.rstrip("/")

    @model_validator(mode="after")
    def _samesite_none_needs_secure(self) -> WebSettings:
        # Browsers drop SameSite=None cookies that are not Secure; fail at start, not in use.
        if self.cookie_samesite == "none" and not self.cookie_secure:
            raise ValueError(
                "SAMSKAB_WEB_COOKIE_SAMESITE=none needs SAMSKAB_WEB_COOKIE_SECURE=true"
            )
        if self.smtp_ssl and self.smtp_starttls:
            self.smtp_starttls = False
        return self

    @property
    def smtp_configured(self) -> bool:
        """True when e-mail notices can be sent."""
        return bool(self.smtp_host and self.smtp_from)
