"""The Slack channel end to end over HTTP: signed requests in, the fake Slack API out."""

from __future__ import annotations

import json
import time
from typing import Any

from adapters.slack.render import SEE_MORE_ACTION
from bot.messages import Reply
from storage.db import Database
from storage.models import Initiative, ProcessedEvent
from storage.repositories import (
    InitiativeFilter,
    InitiativeRepository,
    StaffRecord,
    StaffRepository,
)
from tests.adapters.slack.conftest import SlackTestClient
from tests.adapters.slack.fake_slack import FakeSlack, block_kit_problem, texts_of
from tests.adapters.slack.payloads import (
    app_home_opened,
    app_mention,
    block_action,
    direct_message,
    signed_headers,
    slash_command,
    url_verification,
)

# Typed literally, Slack sends "<", ">" and "&" escaped like this.
IDEA_WITH_MARKUP = "Vi vil lave en legeplads i parken &lt;!channel&gt; &lt;@U999&gt; &amp; mere"
IDEA_DA = (
    "Vi er 6 naboer på Ordrupvej, som gerne vil lave en fælles køkkenhave på den tomme "
    "græsplæne ved Ordrup Skole, fordi vi savner et sted at mødes. Den skal være for alle i "
    "kvarteret, også børnene. Vi vil gerne starte til foråret. Vi har brug for tilladelse til "
    "at bruge plænen og et par sække jord."
)


def posted_to(fake: FakeSlack, channel: str) -> list[dict[str, Any]]:
    """Every chat.postMessage into `channel`, in order."""
    return [c for c in fake.calls_to("chat.postMessage") if c["channel"] == channel]


def all_text(messages: list[dict[str, Any]]) -> str:
    """Every text in the messages' blocks, joined."""
    return "\n".join(t for m in messages for t in texts_of(m.get("blocks", [])))


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    """The message's buttons, each with the block_id of its actions block."""
    found = []
    for block in message.get("blocks", []):
        if block.get("type") == "actions":
            for element in block["elements"]:
                found.append({**element, "block_id": block["block_id"]})
    return found


def button(messages: list[dict[str, Any]], value: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The last message with a button of this value, and that button."""
    for message in reversed(messages):
        for candidate in buttons(message):
            if candidate.get("value") == value:
                return message, candidate
    raise AssertionError(f"no button {value!r} in {[buttons(m) for m in messages]}")


def stored(database: Database) -> list[Initiative]:
    with database.session() as session:
        return InitiativeRepository(session).list(InitiativeFilter())


def processed_events(database: Database) -> int:
    with database.session() as session:
        return session.query(ProcessedEvent).count()


async def converse(slack: SlackTestClient, user: str, text: str) -> list[dict[str, Any]]:
    """Send a DM and return the bot's messages that answer it (after background work ends)."""
    before = len(posted_to(slack.fake, f"D{user}"))
    posts = len(slack.fake.calls_to("chat.postMessage"))  # before: the answer may beat the ack
    response = await slack.event(direct_message(user, text))
    assert response.status == 200
    await slack.fake.wait_for("chat.postMessage", posts + 1)
    await slack.fake.settle()
    return posted_to(slack.fake, f"D{user}")[before:]


async def test_url_verification_answers_the_challenge(slack: SlackTestClient) -> None:
    response = await slack.event(
        url_verification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P")
    )
    assert response.status == 200
    assert (await response.json())["challenge"].startswith("3eZbrw1a")


async def test_bad_signature_and_stale_timestamp_are_401_without_side_effects(
    slack: SlackTestClient, database: Database
) -> None:
    body = json.dumps(direct_message("UANNA", "Hej, jeg har en idé"))
    forged = signed_headers(body, secret="not-the-secret")
    stale = signed_headers(body, timestamp=int(time.time()) - 10 * 60)
    for headers in (forged, stale):
        response = await slack.client.post("/slack/events", data=body, headers=headers)
        assert response.status == 401
    unsigned = await slack.client.post("/slack/events", data=body)
    assert unsigned.status == 401
    await slack.fake.settle()
    assert slack.fake.calls_to("chat.postMessage") == []
    assert processed_events(database) == 0


async def test_a_direct_message_is_answered_in_the_dm_with_locale_and_time_zone(
    slack: SlackTestClient, database: Database
) -> None:
    slack.fake.users["UERIK"] = {"locale": "en-US", "tz": "America/New_York"}
    messages = await converse(slack, "UERIK", "Hello")
    assert messages, "the bot did not answer"
    assert slack.fake.calls_to("users.info")[0]["include_locale"] in (True, "true", "1")
    with database.session() as session:
        from storage.repositories import PersonRepository

        person = PersonRepository(session).find_by_identity("slack", "UERIK")
        assert person is not None
        assert person.timezone == "America/New_York"
        assert person.language == "en"


async def test_web_api_calls_share_one_kept_alive_connection(slack: SlackTestClient) -> None:
    await converse(slack, "UKAREN", "Hej")
    await converse(slack, "UKAREN", "Vi vil gerne plante frugttræer ved Gentofte Sø")
    peers = {call.peer for call in slack.fake.calls if call.method != "response_url"}
    assert len(slack.fake.calls) >= 3
    assert len(peers) == 1, peers


async def test_a_retried_event_is_handled_once(slack: SlackTestClient) -> None:
    body = direct_message("UANNA", "Hej", event_id="Ev0RETRY0001")
    first = await slack.event(body)
    assert first.status == 200
    await slack.fake.wait_for("chat.postMessage")
    await slack.fake.settle()
    answered = len(slack.fake.calls_to("chat.postMessage"))
    retry = await slack.event(
        body, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    )
    assert retry.status == 200
    again = await slack.event(body, headers={"X-Slack-Retry-Num": "2"})
    assert again.status == 200
    await slack.fake.settle()
    assert len(slack.fake.calls_to("chat.postMessage")) == answered


async def test_complete_intake_over_slack_ends_with_a_staff_ping_with_buttons(
    slack: SlackTestClient, database: Database
) -> None:
    with database.session() as session:
        StaffRepository(session).upsert(
            [StaffRecord("Sara Sagsbehandler", "sara@gentofte.dk", slack_id="USARA")]
        )
    user, dm = "UANNA", "DUANNA"
    messages = await converse(slack, user, IDEA_DA)
    for _ in range(8):  # answer the questions until the read-back card shows
        if any(b.get("type") == "header" for b in messages[-1]["blocks"]):
            break
        messages = await converse(slack, user, "ved ikke")
    readback = messages[-1]
    assert "køkkenhave" in all_text([readback])
    message, confirm = button(messages, "confirm")
    assert confirm["style"] == "primary"

    click = await slack.form(block_action(user, message, confirm, dm))
    assert click.status == 200
    await slack.fake.wait_for("chat.update")
    await slack.fake.settle()
    (initiative,) = stored(database)
    # The ping went to the staff member's DM, opened with conversations.open.
    pings = []
    for _ in range(50):
        await slack.fake.settle(0.1)
        pings = posted_to(slack.fake, "DUSARA")
        if pings:
            break
    assert pings, slack.fake.calls
    assert {"users": "USARA"} in [
        {"users": c["users"]} for c in slack.fake.calls_to("conversations.open")
    ]
    values = [b["value"] for b in buttons(pings[0])]
    assert f"staff:accept:{initiative.reference}" in values
    assert initiative.status == "submitted"
    # The receipt with the reference reached the citizen, and the clicked message lost its buttons.
    assert initiative.reference in all_text(posted_to(slack.fake, dm))
    (update,) = slack.fake.calls_to("chat.update")
    assert update["ts"] == message["ts"]
    assert not [b for b in update["blocks"] if b["type"] == "actions"]


async def test_a_double_click_submits_once(slack: SlackTestClient, database: Database) -> None:
    user, dm = "UBO", "DUBO"
    messages = await converse(slack, user, IDEA_DA)
    for _ in range(8):
        if any(b.get("value") == "confirm" for m in messages for b in buttons(m)):
            break
        messages = await converse(slack, user, "ved ikke")
    message, confirm = button(messages, "confirm")
    before = len(posted_to(slack.fake, dm))
    first = await slack.form(block_action(user, message, confirm, dm))
    second = await slack.form(block_action(user, message, confirm, dm))
    assert first.status == second.status == 200
    await slack.fake.wait_for("chat.update")
    await slack.fake.settle()
    assert len(stored(database)) == 1
    assert len(slack.fake.calls_to("chat.update")) == 1
    receipts = posted_to(slack.fake, dm)[before:]
    assert len(receipts) == 1, all_text(receipts)


async def submit_idea(slack: SlackTestClient, user: str, idea: str) -> list[dict[str, Any]]:
    """A whole intake by DM up to the confirm click; returns the messages in the DM."""
    messages = await converse(slack, user, idea)
    for _ in range(8):
        if any(b.get("value") == "confirm" for m in messages for b in buttons(m)):
            break
        messages = await converse(slack, user, "ved ikke")
    message, confirm = button(messages, "confirm")
    updates = len(slack.fake.calls_to("chat.update"))
    await slack.form(block_action(user, message, confirm, f"D{user}"))
    await slack.fake.wait_for("chat.update", updates + 1)
    await slack.fake.settle()
    return posted_to(slack.fake, f"D{user}")


async def test_a_channel_ping_in_an_idea_is_posted_escaped(
    slack: SlackTestClient, database: Database
) -> None:
    with database.session() as session:
        StaffRepository(session).upsert(
            [StaffRecord("Sara Sagsbehandler", "sara@gentofte.dk", slack_id="USARA")]
        )
    await submit_idea(slack, "UCARL", IDEA_WITH_MARKUP)
    (initiative,) = stored(database)
    assert "<!channel>" in initiative.original_text  # stored as the person typed it
    (ping,) = [m for m in posted_to(slack.fake, "DUSARA") if initiative.reference in m["text"]]
    shown = all_text([ping])
    assert "&lt;!channel&gt;" in shown and "&lt;@U999&gt;" in shown and "&amp; mere" in shown
    everything = slack.fake.calls_to("chat.postMessage")
    raw = all_text(everything) + "".join(m["text"] for m in everything)
    assert "<!channel>" not in raw and "<@U999>" not in raw


async def test_a_25000_character_message_gets_a_friendly_answer_and_valid_blocks(
    slack: SlackTestClient,
) -> None:
    long_text = ("Vi vil gerne have flere bænke ved søen, " * 700)[:25_000]
    messages = await converse(slack, "UDORA", long_text)
    assert messages
    for message in slack.fake.calls_to("chat.postMessage"):
        assert block_kit_problem(message["blocks"], message=True) is None
        assert len(message["blocks"]) <= 50
        assert all(len(t) <= 3000 for t in texts_of(message["blocks"]))
    # Every post was accepted by the (strict) fake, and the answer is a real sentence.
    assert all(len(m["text"]) <= 3000 for m in messages)
    assert len(all_text(messages)) > 20


async def test_a_long_idea_is_cut_with_a_see_more_that_shows_all_of_it(
    slack: SlackTestClient, database: Database
) -> None:
    with database.session() as session:
        StaffRepository(session).upsert(
            [StaffRecord("Sara Sagsbehandler", "sara@gentofte.dk", slack_id="USARA")]
        )
    ending = "SLUTORD"
    long_idea = (
        "Vi vil lave en køkkenhave ved Ordrup Skole for naboerne. "
        + "Der skal være plads til alle & til <mange> bede. " * 380
        + ending
    )
    typed = long_idea.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    await submit_idea(slack, "UEVA", typed)  # escaped, the way Slack sends typed text
    (initiative,) = stored(database)
    pings = await slack.fake.wait_for("chat.postMessage")
    (ping,) = [m for m in pings if m["channel"] == "DUSARA"]
    assert all_text([ping]).count("&lt;mange&gt;") < 380  # the person's own words were cut
    assert block_kit_problem(ping["blocks"], message=True) is None
    message, more = button([ping], f"initiative:{initiative.reference}")
    assert more["action_id"] == SEE_MORE_ACTION

    before = len(posted_to(slack.fake, "DUSARA"))
    # Counted before the click: its posts may land before the ack's response does.
    posts = len(slack.fake.calls_to("chat.postMessage"))
    response = await slack.form(block_action("USARA", message, more, "DUSARA"))
    assert response.status == 200
    await slack.fake.wait_for("chat.postMessage", posts + 1)
    await slack.fake.settle()
    whole = posted_to(slack.fake, "DUSARA")[before:]
    assert len(whole) >= 2 and all(m.get("thread_ts") == message["ts"] for m in whole)
    assert ending in all_text(whole)
    # Split into sections at spaces: join without white space to count every occurrence.
    joined = "".join(all_text(whole).split())
    assert joined.count("&amp;til&lt;mange&gt;bede.") >= 380

    # Someone who is neither the initiator nor staff gets nothing from the same button.
    before = len(slack.fake.calls_to("chat.postMessage"))
    await slack.form(block_action("USTRANGER", message, more, "DUSTRANGER"))
    await slack.fake.settle()
    assert len(slack.fake.calls_to("chat.postMessage")) == before


async def test_a_mention_answers_in_the_thread_and_moves_the_intake_to_the_dm(
    slack: SlackTestClient,
) -> None:
    response = await slack.event(app_mention("UFRIDA", "C0GENERAL", "Jeg har en idé til en bænk"))
    assert response.status == 200
    await slack.fake.wait_for("chat.postMessage", 2)
    await slack.fake.settle()
    (note,) = posted_to(slack.fake, "C0GENERAL")
    assert note["thread_ts"]
    assert "privat" in all_text([note])
    assert posted_to(slack.fake, "DUFRIDA"), "the intake did not continue in the DM"
    assert "bænk" not in all_text([note])


async def test_slash_commands_start_the_intake_in_the_dm(slack: SlackTestClient) -> None:
    for command, user in (("/idea", "UGUS"), ("/ide", "UHANS")):
        body = slash_command(
            command, user, "C0GENERAL", "", response_url=f"{slack.fake.url}/respond/{user}"
        )
        response = await slack.form(body)
        assert response.status == 200
        await slack.fake.wait_for("response_url", 1 if user == "UGUS" else 2)
        await slack.fake.settle()
        assert posted_to(slack.fake, f"D{user}")
    notes = slack.fake.calls_to("response_url")
    assert all(n["response_type"] == "ephemeral" for n in notes)


async def test_app_home_lists_the_persons_and_the_staff_members_initiatives(
    slack: SlackTestClient, database: Database
) -> None:
    with database.session() as session:
        StaffRepository(session).upsert(
            [StaffRecord("Sara Sagsbehandler", "sara@gentofte.dk", slack_id="USARA")]
        )
    user, dm = "UIDA", "DUIDA"
    messages = await converse(slack, user, IDEA_DA)
    for _ in range(8):
        if any(b.get("value") == "confirm" for m in messages for b in buttons(m)):
            break
        messages = await converse(slack, user, "ved ikke")
    message, confirm = button(messages, "confirm")
    await slack.form(block_action(user, message, confirm, dm))
    await slack.fake.wait_for("chat.update")
    (initiative,) = stored(database)

    await slack.event(app_home_opened(user))
    (home,) = await slack.fake.wait_for("views.publish")
    assert home["user_id"] == user and home["view"]["type"] == "home"
    assert initiative.reference in "\n".join(texts_of(home["view"]["blocks"]))

    await slack.event(app_home_opened("USARA"))
    published = await slack.fake.wait_for("views.publish", 2)
    staff_home = "\n".join(texts_of(published[1]["view"]["blocks"]))
    assert "ansvar for" in staff_home and initiative.reference in staff_home


async def test_a_429_is_waited_out_and_the_message_still_arrives(
    slack: SlackTestClient,
) -> None:
    slack.fake.fail_next("chat.postMessage", 429, retry_after=0)
    response = await slack.event(direct_message("UJENS", "Hej"))
    assert response.status == 200
    first, retried = (await slack.fake.wait_for("chat.postMessage", 2))[:2]
    assert retried["blocks"] == first["blocks"], "the retry must resend the same message"


def test_replies_round_trip_used_by_the_sender() -> None:
    reply = Reply("Hej")
    assert Reply.from_dict(reply.to_dict()) == reply
