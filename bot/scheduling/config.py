"""Check-in settings, read from SAMSKAB_CHECKINS_* environment variables (or .env)."""

from __future__ import annotations

from datetime import time

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.config import Settings


class CheckinSettings(BaseSettings):
    """When check-ins, reminders, escalations and digests go out; every value has a default."""

    model_config = SettingsConfigDict(
        env_prefix="SAMSKAB_CHECKINS_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    enabled: bool = True
    reminder_working_days: int = Field(default=2, ge=1, le=30)
    # None means "the response time": the escalation comes when the promised answer is late.
    escalation_working_days: int | None = Field(default=None, ge=1, le=60)
    follow_up_working_days: int = Field(default=3, ge=1, le=30)
    quiet_start: time = time(20, 0)
    quiet_end: time = time(8, 0)
    send_time: time = time(9, 0)
    digest_weekday: int = Field(default=0, ge=0, le=6)  # Monday
    digest_time: time = time(8, 0)
    # None means the bot's own time zone (SAMSKAB_TIMEZONE).
    timezone: str | None = None
    dispatch_interval_seconds: int = Field(default=60, ge=5, le=3600)
    outbox_interval_seconds: int = Field(default=30, ge=5, le=3600)
    # A job that could not start on time still runs if it is at most this late (APScheduler's
    # own default of 1 second would silently drop a run after a busy moment or a pause).
    misfire_grace_seconds: int = Field(default=3600, ge=1)
    batch_size: int = Field(default=500, ge=1, le=10_000)

    @model_validator(mode="after")
    def _send_times_outside_quiet_hours(self) -> CheckinSettings:
        for name in ("send_time", "digest_time"):
            if in_quiet_hours(getattr(self, name), self.quiet_start, self.quiet_end):
                raise ValueError(f"{name} must lie outside the quiet hours")
        return self

    def escalation_days(self, settings: Settings) -> int:
        """Working days after submission before the team lead hears about a missing answer."""
        return self.escalation_working_days or settings.response_working_days

    def zone_name(self, settings: Settings) -> str:
        """The default time zone for people whose own zone is unknown."""
        return self.timezone or settings.timezone


def in_quiet_hours(moment: time, start: time, end: time) -> bool:
    """True when a local time of day lies in the quiet hours (which may span midnight)."""
    if start == end:
        return False
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end
