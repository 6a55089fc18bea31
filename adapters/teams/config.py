"""Teams settings: the Agents SDK's own variable names for the app registration, plus ours.

The SDK reads its connections from environment variables shaped like
CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID (see `load_configuration_from_env`);
we read the same names so one .env serves both, and add SAMSKAB_TEAMS_* switches.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.config import ConfigurationError

SERVICE_CONNECTION = "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__"
# Further SDK settings (certificates, managed identity, a connections map) pass straight through.
SDK_PREFIXES = ("CONNECTIONS__", "CONNECTIONSMAP__")


class TeamsConfigError(ConfigurationError, ValueError):
    """Teams is switched on but cannot run as configured."""


class TeamsSettings(BaseSettings):
    """How the Teams channel runs: app registration, authentication switches, retries."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    enabled: bool | None = Field(
        default=None,
        validation_alias="SAMSKAB_TEAMS_ENABLED",
        description="On when an app id is set (or anonymous mode is on); false switches it off.",
    )
    anonymous: bool = Field(
        default=False,
        validation_alias="SAMSKAB_TEAMS_ANONYMOUS",
        description="Local development only: accept unauthenticated requests, send no tokens.",
    )
    client_id: str | None = Field(
        default=None,
        validation_alias=SERVICE_CONNECTION + "CLIENTID",
    )
    client_secret: SecretStr | None = Field(
        default=None,
        validation_alias=SERVICE_CONNECTION + "CLIENTSECRET",
    )
    tenant_id: str | None = Field(
        default=None,
        validation_alias=SERVICE_CONNECTION + "TENANTID",
    )
    retry_attempts: int = Field(
        default=4,
        ge=1,
        le=10,
        validation_alias="SAMSKAB_TEAMS_RETRY_ATTEMPTS",
    )
    retry_base_seconds: float = Field(
        default=1.0,
        ge=0,
        le=60,
        validation_alias="SAMSKAB_TEAMS_RETRY_BASE_SECONDS",
    )

    @property
    def authenticated(self) -> bool:
        """True when requests are checked and replies signed (an app id is configured)."""
        return bool(self.client_id)

    def is_active(self) -> bool:
        """Whether the Teams channel should run; raises when switched on without a way to."""
        if self.enabled is False:
            return False
        if self.authenticated or self.anonymous:
            return True
        if self.enabled:
            raise TeamsConfigError(
                "SAMSKAB_TEAMS_ENABLED is set but there is no app id "
                f"({SERVICE_CONNECTION}CLIENTID); set one, or SAMSKAB_TEAMS_ANONYMOUS=true "
                "for local development"
            )
        return False

    def sdk_configuration(self, environ: Mapping[str, str] | None = None) -> dict[str, Any]:
        """The Agents SDK configuration (CONNECTIONS, CONNECTIONSMAP) for MsalConnectionManager."""
        source = os.environ if environ is None else environ
        variables = {k: v for k, v in source.items() if k.startswith(SDK_PREFIXES)}
        if self.client_id:
            variables[SERVICE_CONNECTION + "CLIENTID"] = self.client_id
        if self.client_secret is not None:
            variables[SERVICE_CONNECTION + "CLIENTSECRET"] = self.client_secret.get_secret_value()
        if self.tenant_id:
            variables[SERVICE_CONNECTION + "TENANTID"] = self.tenant_id
        from microsoft_agents.activity import load_configuration_from_env  # only when used

        return load_configuration_from_env(variables)
