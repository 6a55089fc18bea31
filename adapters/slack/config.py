"""Slack settings, read from SLACK_* environment variables and the optional .env file."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class SlackSettings(BaseSettings):
    """How to reach Slack; the channel stays off until a bot token is set."""

    model_config = SettingsConfigDict(
        env_prefix="SLACK_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    bot_token: str = Field(default="", description="Bot User OAuth Token (xoxb-...).")
    signing_secret: str = Field(
        default="", description="Signing Secret, checks that HTTP requests come from Slack."
    )
    app_token: str = Field(
        default="", description="App-level token (xapp-...); when set, Socket Mode is used."
    )
    api_url: str = Field(
        default="https://slack.com/api/",
        description="Web API base URL (GovSlack and tests use another).",
    )
    staff_channel: str = Field(
        default="",
        description="Channel id for assignment pings to staff who have no Slack id.",
    )
    message_interval: float = Field(
        default=1.0,
        ge=0.0,
        le=10.0,
        description="Seconds between two messages into one channel (Slack allows about one).",
    )
    profile_cache_seconds: float = Field(
        default=600.0, ge=0.0, description="How long a users.info answer is reused."
    )

    @property
    def socket_mode(self) -> bool:
        """True when the app connects out over Socket Mode instead of receiving HTTP."""
        return bool(self.app_token)

    @property
    def configured(self) -> bool:
        """True when there is enough to run: a bot token and a way to receive events."""
        return bool(self.bot_token) and (self.socket_mode or bool(self.signing_secret))
