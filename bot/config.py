"""Configuration from environment variables and an optional .env file."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ConfigurationError(Exception):
    """A setting the operator must fix, explained in one line (no traceback)."""


class Settings(BaseSettings):
    """Every setting Samskab reads; all have defaults so the bot runs with none set."""

    model_config = SettingsConfigDict(
        env_prefix="SAMSKAB_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    database_url: str = Field(
        default="sqlite:///samskab.db",
        description="SQLAlchemy URL; a SQLite file in the working directory by default.",
    )
    default_language: str = Field(default="da", pattern="^(da|en)$")
    timezone: str = "Europe/Copenhagen"
    municipality_name: str = "Gentofte Kommune"
    reference_prefix: str = Field(default="GK", pattern="^[A-Z]{1,5}$")
    response_working_days: int = Field(default=5, ge=1, le=60)
    max_message_chars: int = Field(default=20_000, ge=500)
    max_questions: int = Field(default=5, ge=0, le=10)
    messages_per_minute: int = Field(default=20, ge=1)
    initiatives_per_day: int = Field(default=5, ge=1)
    categories_file: str | None = Field(
        default=None, description="YAML: category -> keywords; replaces the built-in list."
    )
    privacy_policy_url: str = "https://www.gentofte.dk/databeskyttelse"
    service_contact_url: str = "https://www.gentofte.dk/kontakt"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
