"""Staff act from Slack: the assigned staff member's button works; a citizen's or an
unrelated colleague's press of the same button is refused and changes nothing."""

from __future__ import annotations

from typing import Any

from storage.db import Database
from storage.models import Initiative
from storage.repositories import StaffRecord, StaffRepository
from tests.adapters.slack.conftest import SlackTestClient
from tests.adapters.slack.payloads import block_action
from tests.adapters.slack.test_http import IDEA_DA, all_text, button, posted_to, submit_idea


async def wait_for_post(slack: SlackTestClient, channel: str, count: int) -> list[dict[str, Any]]:
    """The messages in `channel` once there are at least `count` (bounded wait)."""
    posts: list[dict[str, Any]] = []
    for _ in range(80):
        await slack.fake.settle(0.05)
        posts = posted_to(slack.fake, channel)
        if len(posts) >= count:
            break
    return posts


def status_of(database: Database) -> str:
    with database.session() as session:
        (initiative,) = session.query(Initiative).all()
        return initiative.status


async def test_only_the_responsible_staff_member_can_act_from_slack(
    slack: SlackTestClient, database: Database
) -> None:
    with database.session() as session:
        StaffRepository(session).upsert(
            [
                StaffRecord("Sara Sagsbehandler", "sara@gentofte.dk", slack_id="USARA"),
                StaffRecord(
                    "Ole Kultur",
                    "ole@gentofte.dk",
                    slack_id="UOLE",
                    team="Kultur",
                    categories=["culture"],
                ),
            ]
        )
    await submit_idea(slack, "UANNA", IDEA_DA)
    (ping,) = await wait_for_post(slack, "DUSARA", 1)
    with database.session() as session:
        reference = session.query(Initiative).one().reference
    message, accept = button([ping], f"staff:accept:{reference}")

    # The citizen forges a press of the staff button: refused in their own DM.
    before = len(posted_to(slack.fake, "DUANNA"))
    await slack.form(block_action("UANNA", message, accept, "DUANNA"))
    refused = (await wait_for_post(slack, "DUANNA", before + 1))[before:]
    assert "kun kommunens medarbejdere" in all_text(refused)
    # An unrelated colleague presses it: refused, naming who is responsible.
    await slack.form(block_action("UOLE", message, accept, "DUOLE"))
    (colleague,) = await wait_for_post(slack, "DUOLE", 1)
    assert "tildelt Sara Sagsbehandler" in all_text([colleague])
    assert status_of(database) == "submitted"

    # The responsible staff member takes it; the citizen is told at once.
    await slack.form(block_action("USARA", message, accept, "DUSARA"))
    answers = await wait_for_post(slack, "DUSARA", 2)
    assert "Du har taget" in all_text(answers[1:])
    assert status_of(database) == "in_dialogue"
    told = await wait_for_post(slack, "DUANNA", before + 2)
    assert "Sara Sagsbehandler" in all_text(told[before + 1 :])
