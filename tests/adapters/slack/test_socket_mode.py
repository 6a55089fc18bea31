"""Socket Mode: with SLACK_APP_TOKEN set the app connects out to a (fake) Slack websocket."""

from __future__ import annotations

from aiohttp.test_utils import TestClient, TestServer

from adapters.server import build_app
from adapters.slack import SlackSettings, slack_channel
from bot.config import Settings
from bot.services.conversation import ConversationService
from storage.db import Database
from tests.adapters.slack.fake_slack import FakeSlack
from tests.adapters.slack.payloads import direct_message


async def test_socket_mode_receives_an_event_acks_it_and_answers(
    database: Database, settings: Settings, fake_slack: FakeSlack
) -> None:
    slack_settings = SlackSettings(
        bot_token="xoxb-test-token",
        app_token="xapp-1-test",
        api_url=fake_slack.api_url,
        message_interval=0.0,
        _env_file=None,  # type: ignore[call-arg]
    )
    channel = slack_channel(
        database, settings, ConversationService(database, settings), None, slack_settings
    )
    assert channel is not None and channel.mount is None and "Socket Mode" in channel.describe
    app = build_app(database, settings, channels=[channel])
    async with TestClient(TestServer(app)) as client:
        (opened,) = await fake_slack.wait_for("apps.connections.open")
        assert any(
            c.headers.get("Authorization") == "Bearer xapp-1-test"
            for c in fake_slack.calls
            if c.method == "apps.connections.open"
        ), opened
        await fake_slack.push_envelope(
            {
                "envelope_id": "env-1",
                "type": "events_api",
                "accepts_response_payload": False,
                "retry_attempt": 0,
                "retry_reason": "",
                "payload": direct_message("USOCK", "Hej"),
            }
        )
        ack = await fake_slack.wait_for_ack("env-1")
        assert ack == {"envelope_id": "env-1"} or ack.get("envelope_id") == "env-1"
        answers = await fake_slack.wait_for("chat.postMessage")
        assert answers[0]["channel"] == "DUSOCK"
        # No HTTP route in Socket Mode.
        assert (await client.post("/slack/events", data="{}")).status in (404, 405)
        await fake_slack.settle(0.2)
