"""Teams settings (the Agents SDK's variable names), when the channel runs, and how it says so."""

from __future__ import annotations

import logging

import pytest

from adapters.teams import TeamsConfigError, TeamsSettings, teams_channel
from bot.config import Settings
from bot.services.conversation import ConversationService
from storage.db import Database
from tests.adapters.teams.conftest import StartBot

CLIENT_ID = "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID"
CLIENT_SECRET = "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTSECRET"
TENANT_ID = "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__TENANTID"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (CLIENT_ID, CLIENT_SECRET, TENANT_ID, "SAMSKAB_TEAMS_ENABLED"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("SAMSKAB_TEAMS_ANONYMOUS", raising=False)


def read() -> TeamsSettings:
    return TeamsSettings(_env_file=None)  # type: ignore[call-arg]


def test_reads_the_agents_sdk_variable_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CLIENT_ID, "app-1")
    monkeypatch.setenv(CLIENT_SECRET, "s3cret")
    monkeypatch.setenv(TENANT_ID, "tenant-1")
    monkeypatch.setenv("CONNECTIONS__SERVICE_CONNECTION__SETTINGS__AUTHTYPE", "ClientSecret")
    settings = read()
    assert settings.authenticated and settings.is_active()
    assert "s3cret" not in repr(settings)
    assert settings.sdk_configuration()["CONNECTIONS"] == {
        "SERVICE_CONNECTION": {
            "SETTINGS": {
                "CLIENTID": "app-1",
                "CLIENTSECRET": "s3cret",
                "TENANTID": "tenant-1",
                "AUTHTYPE": "ClientSecret",
            }
        }
    }


def test_generic_variable_names_are_not_mistaken_for_ours(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ENABLED", "ANONYMOUS", "CLIENT_ID", "CLIENTID"):
        monkeypatch.setenv(name, "1")
    settings = read()
    assert not settings.is_active()
    assert settings.client_id is None and not settings.anonymous


def test_off_unless_configured_and_anonymous_only_when_asked(
    monkeypatch: pytest.MonkeyPatch, database: Database, settings: Settings
) -> None:
    service = ConversationService(database, settings)
    assert teams_channel(database, settings, service, teams_settings=read()) is None

    monkeypatch.setenv("SAMSKAB_TEAMS_ENABLED", "true")
    with pytest.raises(TeamsConfigError, match="SAMSKAB_TEAMS_ANONYMOUS"):
        read().is_active()

    monkeypatch.setenv("SAMSKAB_TEAMS_ANONYMOUS", "true")
    channel = teams_channel(database, settings, service, teams_settings=read())
    assert channel is not None and "anonymous" in channel.describe

    monkeypatch.setenv("SAMSKAB_TEAMS_ENABLED", "false")
    assert teams_channel(database, settings, service, teams_settings=read()) is None


async def test_anonymous_mode_warns_loudly_when_the_server_starts(
    start_bot: StartBot, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="adapters.teams"):
        await start_bot()
    warnings = [r.getMessage() for r in caplog.records if r.name.startswith("adapters.teams")]
    assert any("ANONYMOUS mode" in message for message in warnings)


def test_empty_values_from_a_copied_env_example_count_as_unset(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SAMSKAB_TEAMS_ENABLED", "")
    monkeypatch.setenv(CLIENT_ID, "")
    settings = read()
    assert settings.enabled is None and not settings.authenticated
    assert not settings.is_active()
