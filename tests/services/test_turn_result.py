"""What a turn tells its channel besides the replies: the language after it, and whether it
queued messages for others (so the channel knows to deliver, and otherwise need not look)."""

from __future__ import annotations

from bot.config import Settings
from bot.messages import Incoming
from bot.services.conversation import ConversationService
from storage.db import Database
from storage.repositories import StaffRecord, StaffRepository

COMPLETE_EN = (
    "We are 6 neighbours on Ordrupvej and would like to start a shared vegetable garden on the "
    "empty lawn by Ordrup School, because we miss a place to meet. It is for everyone in the "
    "neighbourhood, the children too. We would like to start in the spring. We need "
    "permission to use the lawn and a few bags of soil."
)


def incoming(text: str | None = None, choice: str | None = None, **extra: str) -> Incoming:
    return Incoming("console", "jo", "jo", text=text, choice=choice, **extra)


def test_the_language_after_the_turn_comes_with_the_replies(
    database: Database, settings: Settings
) -> None:
    service = ConversationService(database, settings)
    opened = service.turn(incoming(), opening=True)
    assert opened.language == "da" and opened.replies
    answered = service.turn(incoming(COMPLETE_EN, event_id="m1"))
    assert answered.language == "en"
    # A retried delivery gets no second answer, and still the person's language.
    again = service.turn(incoming(COMPLETE_EN, event_id="m1"))
    assert (again.replies, again.language) == ([], "en")


def test_only_a_turn_that_queued_something_says_so(database: Database, settings: Settings) -> None:
    with database.session() as session:
        StaffRepository(session).upsert([StaffRecord(name="Lise Lund", email="lise@gentofte.dk")])
    service = ConversationService(database, settings)
    results = [service.turn(incoming(COMPLETE_EN))]
    for _ in range(6):
        if results[-1].replies[-1].card is not None:
            break
        results.append(service.turn(incoming("I don't know")))
    assert not any(result.queued for result in results)
    submitted = service.turn(incoming(choice="confirm"))
    assert submitted.queued  # the assignment ping to Lise waits in the outbox
