"""The Slack app manifest asks for exactly what the adapter uses."""

from __future__ import annotations

from pathlib import Path

import yaml

from adapters.slack.app import COMMANDS, EVENTS_PATH

MANIFEST = Path(__file__).parents[3] / "slack" / "manifest.yaml"


def test_manifest_matches_the_adapter() -> None:
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    settings = manifest["settings"]
    assert set(settings["event_subscriptions"]["bot_events"]) == {
        "message.im",
        "app_mention",
        "app_home_opened",
    }
    assert settings["interactivity"]["is_enabled"]
    assert settings["interactivity"]["request_url"].endswith(EVENTS_PATH)
    commands = manifest["features"]["slash_commands"]
    assert sorted(c["command"] for c in commands) == sorted(COMMANDS)
    assert all(c["url"].endswith(EVENTS_PATH) for c in commands)
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == {
        "chat:write",
        "im:history",
        "im:read",
        "im:write",
        "app_mentions:read",
        "users:read",
        "commands",
    }
    home = manifest["features"]["app_home"]
    assert home["home_tab_enabled"] and home["messages_tab_enabled"]
