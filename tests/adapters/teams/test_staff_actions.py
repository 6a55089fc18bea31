"""Staff act from Teams cards: the responsible staff member's press works; a citizen's or an
unrelated colleague's press of the same card action is refused and changes nothing."""

from __future__ import annotations

from bot.services.outbox import OutboxDispatcher
from storage.db import Database
from storage.models import Initiative
from storage.repositories import StaffRecord, StaffRepository
from tests.adapters.teams.conftest import StartBot
from tests.adapters.teams.fake_connector import FakeConnector, TeamsUser
from tests.adapters.teams.test_end_to_end import COMPLETE_DA, choices, last_card, texts


def status_of(database: Database) -> str:
    with database.session() as session:
        return session.query(Initiative).one().status


async def test_only_the_responsible_staff_member_can_act_from_teams(
    start_bot: StartBot, connector: FakeConnector, anna: TeamsUser, database: Database
) -> None:
    lise = TeamsUser(
        connector.url,
        aad_object_id="aad-lise",
        name="Lise Lund",
        conversation_id="a:1-personal-lise",
    )
    ole = TeamsUser(
        connector.url, aad_object_id="aad-ole", name="Ole Berg", conversation_id="a:1-personal-ole"
    )
    with database.session() as session:
        StaffRepository(session).upsert(
            [
                StaffRecord("Lise Lund", "lise@gentofte.dk", teams_id="aad-lise"),
                StaffRecord(
                    "Ole Berg",
                    "ole@gentofte.dk",
                    teams_id="aad-ole",
                    team="Kultur",
                    categories=["culture"],
                ),
            ]
        )
    bot = await start_bot()
    for person in (lise, ole, anna):
        assert await bot.post(person.installs()) == 202
    assert await bot.post(anna.says(COMPLETE_DA)) == 202
    for _ in range(6):
        if "confirm" in choices(connector.delivered[-1]):
            break
        assert await bot.post(anna.says("ved ikke")) == 202
    assert await bot.post(anna.presses(last_card(connector.delivered), "confirm")) == 202
    dispatcher = OutboxDispatcher(database, {"teams": bot.channel.sender})  # type: ignore[dict-item]
    await dispatcher.dispatch_pending()
    ping = connector.to(lise.conversation_id)[-1]
    card = ping.cards[0]
    accept = choices(ping)[0]
    assert accept.startswith("staff:accept:")

    anna_before = len(connector.to(anna.conversation_id))
    assert await bot.post(anna.presses(card, accept)) == 202
    assert "kun kommunens medarbejdere" in texts(connector.to(anna.conversation_id)[anna_before:])
    assert await bot.post(ole.presses(card, accept)) == 202
    assert "tildelt Lise Lund" in texts(connector.to(ole.conversation_id)[-1:])
    assert status_of(database) == "submitted"

    assert await bot.post(lise.presses(card, accept)) == 202
    assert "Du har taget" in texts(connector.to(lise.conversation_id)[-1:])
    assert status_of(database) == "in_dialogue"
    await dispatcher.dispatch_pending()
    assert "Lise Lund" in texts(connector.to(anna.conversation_id)[-1:])
