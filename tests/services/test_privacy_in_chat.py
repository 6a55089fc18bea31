"""In chat: a privacy request is answered in the language it is asked in, with a readable
summary; and an addition to an idea tells the responsible staff member by name."""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.i18n.catalog import t
from bot.messages import Incoming, Reply
from bot.services.conversation import ConversationService
from storage.db import Database
from storage.models import OutboxMessage, Person
from storage.repositories import InitiativeRepository, StaffRecord, StaffRepository


def sender(service: ConversationService):
    def send(text: str | None = None, choice: str | None = None) -> list[Reply]:
        return service.handle(Incoming("web", "jane", "jane", text=text, choice=choice))

    return send


@pytest.fixture
def service(database: Database, settings: Settings) -> ConversationService:
    return ConversationService(database, settings)


@pytest.mark.parametrize(
    ("first", "lang"),
    [("what data do you store about me?", "en"), ("Show my data", "en"), ("vis mine data", "da")],
)
def test_the_first_message_asking_for_the_data_gets_a_summary_in_its_language(
    service: ConversationService, database: Database, first: str, lang: str
) -> None:
    replies = sender(service)(first)
    text = "\n".join(reply.text for reply in replies)
    assert t("privacy.summary_about_you", lang) in text
    assert t("privacy.summary_no_ideas", lang) in text
    for internal in ('"phase"', "recent", "last_change", "{"):
        assert internal not in text, internal
    with database.session() as session:
        assert session.query(Person).one().language == lang


@pytest.mark.parametrize(
    ("first", "lang"), [("delete my data", "en"), ("forget me", "en"), ("slet mine data", "da")]
)
def test_the_first_message_asking_to_be_forgotten_is_answered_in_its_language(
    service: ConversationService, database: Database, first: str, lang: str
) -> None:
    send = sender(service)
    assert send(first)[-1].text == t("privacy.erase_confirm", lang)
    assert send(choice="privacy:erase")[-1].text == t("privacy.erased", lang)
    with database.session() as session:
        assert session.query(Person).count() == 0


def test_an_addition_tells_the_responsible_staff_member_and_says_so(
    service: ConversationService, database: Database
) -> None:
    with database.session() as session:
        StaffRepository(session).upsert([StaffRecord("Lise Holm", "lise@gentofte.dk")])
    send = sender(service)
    replies = send(
        "Vi vil lave en fælles køkkenhave på Ordrupvej ved Ordrup Skole, fordi vi savner et "
        "sted at mødes. Den er for alle i kvarteret, og vi vil starte til foråret. Vi har brug "
        "for tilladelse til at bruge plænen."
    )
    while replies[-1].card is None:
        replies = send("ved ikke")
    send(choice="confirm")
    with database.session() as session:
        (initiative,) = InitiativeRepository(session).list()
        reference = initiative.reference
        assert initiative.staff_id is not None
    send(choice=f"own:add:{reference}")
    assert send("Vi har også en trailer")[-1].text == t("own.added_told", "da", staff="Lise Holm")
    send(choice=f"own:next:{reference}")
    step = send("Finde fem frivillige")[-1].text
    assert step == t(
        "own.next_set_told", "da", step="Finde fem frivillige", due="", staff="Lise Holm"
    )
    with database.session() as session:
        kinds = [
            m.kind for m in session.query(OutboxMessage).filter(OutboxMessage.staff_id.isnot(None))
        ]
    assert "staff.notify_added" in kinds and "staff.notify_next_step" in kinds
