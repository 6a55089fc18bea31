"""When the initiator adds to a sent idea or sets their next step, the bot claims no
notification that is not sent: with nobody responsible yet, nobody is told."""

from __future__ import annotations

import re

import pytest

from bot.config import Settings
from bot.i18n.catalog import t
from bot.messages import Incoming, Reply
from bot.services.conversation import ConversationService
from storage.db import Database
from storage.models import Initiative, OutboxMessage
from storage.repositories import InitiativeRepository
from tests.services.ideas import DONT_KNOW, IDEAS

NEXT_STEP = {
    "da": "Finde fem frivillige inden 15. januar",
    "en": "Find five volunteers by 15 January",
}
MORE = {"da": "Vi har også en trailer", "en": "We also have a trailer"}
# What a claim of a sent notification looks like, in either language.
CLAIM = re.compile(r"fået besked|får besked|been told|is told|notified", re.IGNORECASE)


@pytest.fixture
def service(database: Database, settings: Settings) -> ConversationService:
    return ConversationService(database, settings)  # no staff: nobody can be responsible


def sender(service: ConversationService):
    def send(text: str | None = None, choice: str | None = None) -> list[Reply]:
        return service.handle(Incoming("web", "ulla", "ulla", text=text, choice=choice))

    return send


def submitted(service: ConversationService, database: Database, lang: str) -> Initiative:
    send = sender(service)
    replies = send(IDEAS[lang])
    while replies[-1].card is None:
        replies = send(DONT_KNOW[lang])
    send(choice="confirm")
    with database.session() as session:
        (initiative,) = InitiativeRepository(session).list()
        assert initiative.staff_id is None
        session.expunge(initiative)
        return initiative


def nothing_sent_to_staff(database: Database) -> bool:
    with database.session() as session:
        return not session.query(OutboxMessage).filter(OutboxMessage.staff_id.isnot(None)).count()


def test_an_afterthought_to_an_unassigned_idea_claims_no_notification(
    service: ConversationService, database: Database
) -> None:
    reference = submitted(service, database, "da").reference
    send = sender(service)
    asked = send("åh ja, og vi har også en trailer vi kan låne ud")[-1]
    assert f"own:add_afterthought:{reference}" in [c.value for c in asked.choices]
    reply = send(choice=f"own:add_afterthought:{reference}")[-1].text
    assert reply == t("own.added", "da")
    assert not CLAIM.search(reply), reply
    assert nothing_sent_to_staff(database)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_adding_and_setting_a_next_step_claim_no_notification(
    service: ConversationService, database: Database, lang: str
) -> None:
    reference = submitted(service, database, lang).reference
    send = sender(service)
    prompt = send(choice=f"own:add:{reference}")[-1].text
    assert prompt == t("own.add_prompt", lang, reference=reference)
    added = send(MORE[lang])[-1].text
    assert added == t("own.added", lang)
    send(choice=f"own:next:{reference}")
    step = send(NEXT_STEP[lang])[-1].text
    assert step.startswith(t("own.next_set", lang, step=NEXT_STEP[lang], due="")[:20])
    for said in (prompt, added, step):
        assert not CLAIM.search(said), said
    assert nothing_sent_to_staff(database)
    # What is said instead is true: it is kept with the idea.
    with database.session() as session:
        initiative = InitiativeRepository(session).by_reference(reference)
        assert initiative is not None
        assert MORE[lang] in [event.text for event in initiative.timeline]
        assert initiative.next_step == NEXT_STEP[lang]


def test_the_catalogue_keeps_the_told_texts_for_when_someone_is_responsible() -> None:
    for lang in ("da", "en"):
        told = t("own.added_told", lang, staff="Lise Holm")
        assert "Lise Holm" in told and CLAIM.search(told)
        assert CLAIM.search(t("own.next_set_told", lang, step="x", due="", staff="Lise Holm"))
