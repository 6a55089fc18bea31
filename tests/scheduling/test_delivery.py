"""A check-in whose delivery fails: retried with backoff against the local fake Slack (500,
then 429, then 500s), finally marked failed, shown in `samskab checkins list`, and the
responsible staff member is told."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
import typer
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy import select
from typer.testing import CliRunner

from adapters.checkins_cli import checkins_app
from adapters.slack.pacing import ChannelPacer
from adapters.slack.sender import SlackPoster, SlackSender
from bot.scheduling.dispatcher import CheckinDispatcher
from bot.services.outbox import BACKOFF_SECONDS, MAX_ATTEMPTS, OutboxDispatcher
from storage.db import Database
from storage.models import CheckIn, OutboxMessage
from tests.adapters.slack.fake_slack import FakeSlack
from tests.scheduling.conftest import local, make_person
from tests.scheduling.test_dispatcher import add_checkin, make_initiative


@pytest.fixture
async def fake_slack() -> AsyncIterator[FakeSlack]:
    fake = FakeSlack()
    await fake.start()
    yield fake
    await fake.stop()


def _message(database: Database) -> OutboxMessage:
    with database.session() as session:
        message = session.scalar(select(OutboxMessage).where(OutboxMessage.kind == "checkin"))
        assert message is not None
        return message


async def test_failed_delivery_is_retried_then_failed_and_shown(
    database: Database,
    database_url: str,
    dispatcher: CheckinDispatcher,
    staff: dict[str, int],
    fake_slack: FakeSlack,
) -> None:
    anna = make_person(database, "anna")
    initiative = make_initiative(database, anna, staff_id=staff["Lise"])
    checkin = add_checkin(database, initiative, local("2027-01-04T09:00"), person_id=anna)
    assert dispatcher.run_due(local("2027-01-04T09:00")).sent == 1

    client = AsyncWebClient(token="xoxb-test", base_url=fake_slack.api_url)
    sender = SlackSender(SlackPoster(client, ChannelPacer(0.0)), database)
    outbox = OutboxDispatcher(database, {"slack": sender})
    fake_slack.fail_next("chat.postMessage", 500, body={"ok": False, "error": "internal_error"})
    fake_slack.fail_next("chat.postMessage", 429, retry_after=1)
    for _ in range(MAX_ATTEMPTS - 2):
        fake_slack.fail_next("chat.postMessage", 500, body={"ok": False, "error": "internal_error"})

    moment = _message(database).next_attempt_at
    delays = []
    for attempt in range(1, MAX_ATTEMPTS + 1):
        assert await outbox.dispatch_pending(now=moment) == 0
        message = _message(database)
        assert message.attempts == attempt
        if message.state == "failed":
            break
        assert message.state == "pending"
        delays.append(message.next_attempt_at - moment)
        # Not retried before its backoff has passed.
        assert await outbox.dispatch_pending(now=moment + timedelta(seconds=1)) == 0
        moment = message.next_attempt_at
    assert _message(database).state == "failed"
    assert len(fake_slack.calls_to("chat.postMessage")) == MAX_ATTEMPTS
    assert delays == [timedelta(seconds=s) for s in (*BACKOFF_SECONDS[: MAX_ATTEMPTS - 1],)]

    # The next dispatcher pass notes it: the check-in is failed, its follow-up dropped, and
    # Lise is told so she can reach Anna another way.
    assert dispatcher.report_failures(local("2027-01-04T12:00")) == 1
    assert dispatcher.report_failures(local("2027-01-04T12:05")) == 0  # told once
    with database.session() as session:
        rows = {r.id: r for r in session.scalars(select(CheckIn))}
        assert rows[checkin].state == "failed"
        assert [r.state for r in rows.values() if r.follow_ups] == ["cancelled"]
        notes = session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "checkin.delivery_failed")
        ).all()
        assert [n.staff_id for n in notes] == [staff["Lise"]]
        assert "internal_error" in notes[0].payload["replies"][0]["text"]

    root = typer.Typer()
    root.add_typer(checkins_app, name="checkins")
    listing = CliRunner().invoke(root, ["checkins", "list", "--database", database_url])
    assert listing.exit_code == 0, listing.output
    line = next(x for x in listing.output.splitlines() if x.split()[0] == str(checkin))
    assert "failed" in line and "DELIVERY FAILED: slack: internal_error" in line
    assert "1 failed" in listing.output.splitlines()[-1]
