"""Abuse limits: friendly, per person, and nothing is lost when they bite."""

from __future__ import annotations

from bot.config import Settings
from bot.messages import Incoming
from bot.services.conversation import ConversationService
from storage.db import Database
from storage.models import Initiative

IDEA = (
    "Vi vil lave en loppemarked på Vangede Bytorv hver anden lørdag kl 10-14, fordi folk har "
    "for mange ting. Det er for alle i Vangede. Vi er 4 naboer og har borde. Vi har brug for "
    "tilladelse til at bruge pladsen."
)


def test_too_many_messages_a_minute_get_a_friendly_pause(
    database: Database, settings: Settings
) -> None:
    service = ConversationService(database, settings.model_copy(update={"messages_per_minute": 3}))

    def send(user: str, text: str) -> str:
        return "\n".join(r.text for r in service.handle(Incoming("console", user, user, text=text)))

    for _ in range(3):
        assert "hurtigere" not in send("ib", "hej")
    assert "hurtigere" in send("ib", "hej igen")
    assert "hurtigere" not in send("someone-else", "hej")  # the limit is per person


def test_initiatives_per_day_limit_keeps_the_draft(database: Database, settings: Settings) -> None:
    service = ConversationService(database, settings.model_copy(update={"initiatives_per_day": 1}))

    def submit() -> list[str]:
        replies = service.handle(Incoming("console", "ib", "ib", text=IDEA))
        while replies[-1].card is None:
            replies = service.handle(Incoming("console", "ib", "ib", text="ved ikke"))
        return [r.text for r in service.handle(Incoming("console", "ib", "ib", choice="confirm"))]

    assert "nummeret" in submit()[0]
    refused = service.handle(Incoming("console", "ib", "ib", text=IDEA))
    while refused[-1].card is None:
        refused = service.handle(Incoming("console", "ib", "ib", text="ved ikke"))
    refused = service.handle(Incoming("console", "ib", "ib", choice="confirm"))
    assert "det højeste antal" in refused[0].text
    assert refused[-1].card is not None  # still read back: the draft is kept
    with database.session() as session:
        assert session.query(Initiative).count() == 1
