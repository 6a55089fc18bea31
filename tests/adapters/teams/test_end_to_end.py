"""Teams end to end, offline: Activities in on /api/messages, replies out to a fake connector."""

from __future__ import annotations

from typing import Any

import pytest

from adapters.teams import TeamsSettings
from bot.i18n.catalog import catalogue, t
from bot.messages import Reply
from bot.outbound import DeliveryError
from bot.services.outbox import OutboxDispatcher, enqueue
from bot.services.routing import assignment_ping
from storage.db import Database
from storage.models import Address, Initiative, OutboxMessage
from storage.repositories import (
    InitiativeFilter,
    InitiativeRepository,
    PersonRepository,
    StaffRecord,
    StaffRepository,
)
from tests.adapters.teams.conftest import StartBot, anonymous_settings
from tests.adapters.teams.fake_connector import (
    FakeConnector,
    Posted,
    TeamsUser,
    assert_cards_valid,
    wait_for,
)

COMPLETE_DA = (
    "Vi er 6 naboer på Ordrupvej, som gerne vil lave en fælles **køkkenhave** på den tomme "
    "græsplæne ved Ordrup Skole, fordi vi savner et sted at mødes. Den skal være for alle i "
    "kvarteret, også børnene. Vi vil gerne starte til foråret. Vi har brug for tilladelse til "
    "at bruge plænen og et par sække jord."
)


def initiatives(database: Database) -> list[Initiative]:
    with database.session() as session:
        return InitiativeRepository(session).list(InitiativeFilter())


def address_of(database: Database, aad_object_id: str) -> dict[str, Any] | None:
    with database.session() as session:
        person = PersonRepository(session).find_by_identity("teams", aad_object_id)
        if person is None:
            return None
        for address in session.query(Address).filter_by(person_id=person.id, platform="teams"):
            return dict(address.reference)
        return None


def texts(posts: list[Posted]) -> str:
    return "\n".join(p.body.get("text") or "" for p in posts)


def last_card(posts: list[Posted]) -> dict[str, Any]:
    cards = [card for post in posts for card in post.cards]
    assert cards, texts(posts)
    return cards[-1]


def choices(post: Posted) -> list[str]:
    return [a["data"]["choice"] for card in post.cards for a in card.get("actions", [])]


def text_runs(card: dict[str, Any]) -> list[str]:
    return [run["text"] for block in card["body"] for run in block.get("inlines", [])]


async def test_a_whole_intake_over_teams_with_a_card_submit(
    start_bot: StartBot, connector: FakeConnector, anna: TeamsUser, database: Database
) -> None:
    bot = await start_bot()

    # Installing the app sends a conversationUpdate and an installationUpdate: one welcome.
    assert await bot.post(anna.bot_added()) == 202
    assert await bot.post(anna.installs()) == 202
    welcome = connector.to(anna.conversation_id)
    assert len(welcome) == 1 and "egne ord" in texts(welcome)
    stored = address_of(database, "aad-anna")
    assert stored is not None
    assert stored["serviceUrl"] == connector.url
    assert stored["conversation"]["id"] == anna.conversation_id
    assert stored["conversation"]["tenantId"] == "tenant-gentofte"
    assert stored["bot"]["id"] == "28:samskab-bot"
    assert stored["user"]["aadObjectId"] == "aad-anna"
    assert "activityId" not in stored  # per-message ids are not part of the route

    message = anna.says(COMPLETE_DA)
    assert await bot.post(message) == 202
    answer = connector.delivered[-1]
    assert answer.reply_to_id == message["id"]  # a reply, threaded to the message it answers
    assert answer.body["textFormat"] == "plain"
    for _ in range(6):  # answer the follow-up questions until the read-back card comes
        if "confirm" in choices(connector.delivered[-1]):
            break
        assert await bot.post(anna.says("ved ikke")) == 202
    read_back = last_card(connector.delivered)
    assert [a["data"]["choice"] for a in read_back["actions"]] == ["confirm", "change", "cancel"]
    # The person's own words are in the card as typed: plain TextRuns, no markdown surface.
    assert any("**køkkenhave**" in run for run in text_runs(read_back))
    assert all(block["type"] == "RichTextBlock" for block in read_back["body"])
    assert "\\*\\*køkkenhave\\*\\*" in read_back["fallbackText"]
    assert initiatives(database) == []  # nothing stored before the person confirms

    sent_before = len(connector.delivered)
    assert await bot.post(anna.presses(read_back, "confirm")) == 202
    (initiative,) = initiatives(database)
    assert initiative.status == "submitted"
    assert initiative.original_text.startswith("Vi er 6 naboer")
    assert initiative.reference in texts(connector.delivered[sent_before:])

    # A double press of the same button (a new activity id from Teams) is handled once.
    sent_before = len(connector.delivered)
    assert await bot.post(anna.presses(read_back, "confirm")) == 202
    assert len(connector.delivered) == sent_before
    assert len(initiatives(database)) == 1

    # A retried delivery of the same message (same activity id) gets no second answer.
    assert await bot.post(message) == 202
    assert len(connector.delivered) == sent_before

    assert assert_cards_valid(connector.posted) >= 1


async def test_proactive_ping_reaches_staff_on_teams_after_a_restart(
    start_bot: StartBot, connector: FakeConnector, anna: TeamsUser, database: Database
) -> None:
    caseworker = TeamsUser(
        connector.url,
        aad_object_id="aad-lise",
        name="Lise Lund",
        conversation_id="a:1-personal-lise",
    )
    with database.session() as session:
        StaffRepository(session).upsert(
            [StaffRecord(name="Lise Lund", email="lise@gentofte.dk", teams_id="aad-lise")]
        )
    first = await start_bot()
    assert await first.post(caseworker.installs()) == 202  # her Teams address is stored
    await first.client.close()  # the process stops

    # While no process runs, an assignment ping is queued for her (as routing does).
    with database.session() as session:
        staff = StaffRepository(session).by_email("lise@gentofte.dk")
        assert staff is not None
        initiative = Initiative(
            reference="GK-2025-0001",
            title="Fælles køkkenhave ved Ordrup Skole",
            what="En fælles køkkenhave for kvarteret",
            original_text="Vi er 6 naboer [se her](https://evil.example) **nu**",
            language="da",
            status="submitted",
        )
        session.add(initiative)
        session.flush()
        enqueue(session, assignment_ping(initiative), kind="assignment", staff_id=staff.id)

    # A new process: new app, adapter and sender, same database.
    second = await start_bot()
    dispatcher = OutboxDispatcher(database, {"teams": second.channel.sender})  # type: ignore[dict-item]
    assert await dispatcher.dispatch_pending() == 1
    (ping,) = connector.to(caseworker.conversation_id)[-1:]
    assert ping.reply_to_id is None  # proactive: a new message, not a reply
    card = ping.cards[0]
    assert choices(ping)[0] == "staff:accept:GK-2025-0001"
    assert "Vi er 6 naboer [se her](https://evil.example) **nu**" in text_runs(card)
    assert_cards_valid([ping])
    with database.session() as session:
        (queued,) = session.query(OutboxMessage).all()
        assert (queued.state, queued.platform) == ("sent", "teams")


async def test_a_submission_queued_during_a_turn_is_dispatched_by_the_kick(
    start_bot: StartBot, connector: FakeConnector, anna: TeamsUser, database: Database
) -> None:
    """A turn that queued a message (the ping to the assigned staff) kicks the dispatcher;
    a turn that queued nothing does not make it look in the outbox."""
    caseworker = TeamsUser(
        connector.url, aad_object_id="aad-lise", name="Lise Lund", conversation_id="a:lise"
    )
    with database.session() as session:
        StaffRepository(session).upsert(
            [StaffRecord(name="Lise Lund", email="lise@gentofte.dk", teams_id="aad-lise")]
        )
    holder: dict[str, OutboxDispatcher] = {}
    kicks: list[str] = []

    class LateDispatcher:
        def kick(self) -> None:
            kicks.append("kick")
            holder["dispatcher"].kick()

    bot = await start_bot(dispatcher=LateDispatcher())
    holder["dispatcher"] = OutboxDispatcher(database, {"teams": bot.channel.sender})  # type: ignore[dict-item]
    assert await bot.post(caseworker.installs()) == 202  # her Teams address is stored
    assert await bot.post(anna.says(COMPLETE_DA)) == 202
    for _ in range(6):
        if "confirm" in choices(connector.delivered[-1]):
            break
        assert await bot.post(anna.says("ved ikke")) == 202
    assert kicks == []  # nothing was queued yet
    assert await bot.post(anna.presses(last_card(connector.delivered), "confirm")) == 202
    assert kicks == ["kick"]
    await wait_for(lambda: bool(connector.to(caseworker.conversation_id)[1:]))
    (ping,) = connector.to(caseworker.conversation_id)[1:]
    assert choices(ping)[0].startswith("staff:accept:")


async def test_english_locale_gets_an_english_welcome(
    start_bot: StartBot, connector: FakeConnector
) -> None:
    bot = await start_bot()
    jim = TeamsUser(connector.url, aad_object_id="aad-jim", conversation_id="a:jim", locale="en-US")
    assert await bot.post(jim.installs()) == 202
    assert "own words" in texts(connector.to("a:jim"))


async def test_group_chats_point_people_to_a_personal_chat(
    start_bot: StartBot,
    connector: FakeConnector,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(catalogue("da"), "teams.personal_only", "Skriv til mig i en privat chat.")
    bot = await start_bot()
    group = TeamsUser(
        connector.url, conversation_id="19:group@thread.v2", conversation_type="groupChat"
    )
    assert await bot.post(group.bot_added()) == 202
    assert await bot.post(group.says("Vi vil lave en loppemarked")) == 202
    assert texts(connector.to("19:group@thread.v2")).count("privat chat") == 2
    assert address_of(database, "aad-anna") is None  # no intake, no address from a group


async def test_connector_429_and_500_are_retried_for_replies(
    start_bot: StartBot, connector: FakeConnector, anna: TeamsUser
) -> None:
    bot = await start_bot()
    connector.fail_next(429, 503, retry_after="0")
    assert await bot.post(anna.says("hej")) == 202
    assert [p.status for p in connector.posted] == [429, 503, 200]
    assert len(connector.delivered) == 1


async def test_proactive_send_retries_then_reports(
    start_bot: StartBot, connector: FakeConnector, anna: TeamsUser, database: Database
) -> None:
    bot = await start_bot(anonymous_settings(SAMSKAB_TEAMS_RETRY_ATTEMPTS=3))
    assert await bot.post(anna.installs()) == 202
    reference = address_of(database, "aad-anna")
    assert reference is not None and bot.channel.sender is not None
    sender = bot.channel.sender
    sent = len(connector.delivered)

    connector.fail_next(429, 500)
    await sender.send(reference, [Reply("Første")])
    assert len(connector.delivered) == sent + 1

    connector.fail_next(500, 500, 500)
    with pytest.raises(DeliveryError) as transient:
        await sender.send(reference, [Reply("Anden")])
    assert not transient.value.permanent

    connector.fail_next(403)
    with pytest.raises(DeliveryError) as stale:
        await sender.send(reference, [Reply("Tredje")])
    assert stale.value.permanent
    assert [p.status for p in connector.posted[-7:]] == [429, 500, 200, 500, 500, 500, 403]


async def test_with_an_app_id_unauthenticated_requests_get_401(
    start_bot: StartBot, connector: FakeConnector, anna: TeamsUser
) -> None:
    settings = TeamsSettings(
        _env_file=None,  # type: ignore[call-arg]
        CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID="00000000-0000-0000-0000-000000000001",
        CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTSECRET="not-a-secret",
        CONNECTIONS__SERVICE_CONNECTION__SETTINGS__TENANTID="00000000-0000-0000-0000-000000000002",
    )
    bot = await start_bot(settings)
    assert "JWT" in bot.channel.describe
    assert await bot.post(anna.says("hej")) == 401
    assert await bot.post(anna.says("hej"), Authorization="Basic YWJjOmRlZg==") == 401
    assert await bot.post(anna.says("hej"), Authorization="Bearer not-a-jwt") == 401
    assert connector.posted == []  # the bot never ran
    health = await bot.client.get("/healthz")
    assert health.status == 200  # JWT guards /api/messages only


async def test_a_turn_that_breaks_gets_an_apology_not_a_stack_trace(
    start_bot: StartBot, connector: FakeConnector, anna: TeamsUser
) -> None:
    bot = await start_bot()
    broken = anna.says("hej")
    del broken["from"]  # we cannot tell who wrote: our problem, not theirs
    assert await bot.post(broken) == 202
    (apology,) = connector.to(anna.conversation_id)
    assert apology.body["text"] == t("error", "da")
    assert "Exception" not in apology.body["text"]
