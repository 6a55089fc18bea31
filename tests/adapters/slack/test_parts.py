"""The adapter's small parts: inbound text, pacing, profile cache, delivery errors."""

from __future__ import annotations

from typing import Any

import pytest

from adapters.slack.inbound import is_direct_channel, plain_text
from adapters.slack.pacing import ChannelPacer
from adapters.slack.profiles import ProfileCache
from adapters.slack.sender import SlackPoster, SlackSender
from bot.messages import Reply
from bot.outbound import DeliveryError
from storage.db import Database
from tests.adapters.slack.fake_slack import FakeSlack


def test_plain_text_spells_out_slack_markup() -> None:
    assert plain_text("<@UBOT> hej", bot_user_id="UBOT") == "hej"
    assert plain_text("se <https://a.dk|a.dk> og <https://b.dk|her>") == (
        "se https://a.dk og her (https://b.dk)"
    )
    assert plain_text("<!channel> <!here> <@U1|anna> <#C1|general>") == (
        "@channel @here @anna #general"
    )
    # Typed characters arrive escaped; &amp;lt; is a typed "&lt;", not a "<".
    assert plain_text("a &lt;b&gt; &amp;lt;") == "a <b> &lt;"
    assert is_direct_channel("D123") and not is_direct_channel("C123")


class FakeClock:
    """A clock that moves only when the pacer sleeps."""

    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)


async def test_pacer_spaces_messages_per_channel_only() -> None:
    clock = FakeClock()
    pacer = ChannelPacer(1.0, clock=clock, sleep=clock.sleep)
    await pacer.wait("C1")
    await pacer.wait("C2")
    assert clock.sleeps == []  # first message into each channel goes at once
    await pacer.wait("C1")
    await pacer.wait("C1")
    assert clock.sleeps == [1.0, 2.0]  # booked slots: one second apart
    clock.now += 5
    await pacer.wait("C1")
    assert clock.sleeps == [1.0, 2.0]


async def test_profiles_are_cached_and_a_failure_is_not_fatal(fake_slack: FakeSlack) -> None:
    from slack_sdk.web.async_client import AsyncWebClient

    fake_slack.users["U1"] = {"locale": "en-GB", "tz": "Europe/London", "display_name": "Ann"}
    clock = FakeClock()
    cache = ProfileCache(
        AsyncWebClient(token="xoxb-t", base_url=fake_slack.api_url), 60, clock=clock
    )
    first = await cache.get("U1")
    assert (first.locale, first.timezone, first.display_name) == ("en-GB", "Europe/London", "Ann")
    assert await cache.get("U1") == first
    assert len(fake_slack.calls_to("users.info")) == 1
    clock.now += 61
    fake_slack.fail_next("users.info", 200, body={"ok": False, "error": "missing_scope"})
    assert await cache.get("U1") == first  # stale beats nothing
    fake_slack.fail_next("users.info", 200, body={"ok": False, "error": "user_not_found"})
    assert (await cache.get("U2")).locale is None


@pytest.mark.parametrize(
    ("answer", "permanent", "retry_after"),
    [
        ({"status": 200, "body": {"ok": False, "error": "channel_not_found"}}, True, None),
        ({"status": 200, "body": {"ok": False, "error": "internal_error"}}, False, None),
        ({"status": 429, "retry_after": 7}, False, 7.0),
    ],
)
async def test_sender_tells_the_outbox_whether_to_retry(
    fake_slack: FakeSlack,
    database: Database,
    answer: dict[str, Any],
    permanent: bool,
    retry_after: float | None,
) -> None:
    from slack_sdk.web.async_client import AsyncWebClient

    client = AsyncWebClient(token="xoxb-t", base_url=fake_slack.api_url)  # no retry handler
    sender = SlackSender(SlackPoster(client, ChannelPacer(0)), database)
    fake_slack.fail_next(
        "chat.postMessage",
        answer["status"],
        retry_after=answer.get("retry_after", 1),
        body=answer.get("body"),
    )
    with pytest.raises(DeliveryError) as raised:
        await sender.send({"user": "U1", "channel": "DU1"}, [Reply("Hej")])
    assert raised.value.permanent is permanent
    assert raised.value.retry_after == retry_after


async def test_sender_opens_a_dm_for_staff_and_uses_the_staff_channel_as_fallback(
    fake_slack: FakeSlack, database: Database
) -> None:
    from slack_sdk.web.async_client import AsyncWebClient

    client = AsyncWebClient(token="xoxb-t", base_url=fake_slack.api_url)
    sender = SlackSender(SlackPoster(client, ChannelPacer(0)), database, staff_channel="C0STAFF")
    await sender.send({"user": "USARA"}, [Reply("Ny idé")])
    await sender.send({}, [Reply("Ny idé uden Slack-id")])
    assert [c["channel"] for c in fake_slack.calls_to("chat.postMessage")] == [
        "DUSARA",
        "C0STAFF",
    ]
    with pytest.raises(DeliveryError) as raised:
        await SlackSender(SlackPoster(client, ChannelPacer(0)), database).send({}, [Reply("x")])
    assert raised.value.permanent
