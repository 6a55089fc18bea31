"""What a person is shown about their own data: a readable summary in their language, the
full export for operators with the consents in it, and the language a request is said in."""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.dialogue.language import detect_language
from bot.domain.lifecycle import Role
from bot.domain.timeline import Actor, EventKind
from bot.i18n.catalog import t
from bot.messages import Incoming, Reply
from bot.services.conversation import ConversationService
from bot.services.initiatives import InitiativeService
from bot.services.privacy import (
    describe_person,
    export_person,
    privacy_request,
    privacy_request_language,
)
from storage.db import Database
from storage.models import Association, Initiative, Introduction, Person
from storage.repositories import InitiativeRepository
from tests.services.ideas import DONT_KNOW, IDEAS

URL = "https://www.gentofte.dk/databeskyttelse"
EMAIL = "mette.kragelund@example.org"


@pytest.fixture
def service(database: Database, settings: Settings) -> ConversationService:
    return ConversationService(database, settings)


def send(service: ConversationService, text: str | None = None, choice: str | None = None):
    return service.handle(
        Incoming("web", "mette", "mette", text=text, choice=choice, display_name="Mette K")
    )


def submit(service: ConversationService, database: Database, lang: str) -> Initiative:
    """An idea sent in `lang`, with a note added afterwards, an e-mail and two consents."""
    replies: list[Reply] = send(service, IDEAS[lang])
    while replies[-1].card is None:
        replies = send(service, DONT_KNOW[lang])
    send(service, choice="confirm")
    with database.session() as session:
        person = session.query(Person).one()
        person.email = EMAIL
        (initiative,) = InitiativeRepository(session).list()
        InitiativeService(session).record(
            initiative,
            EventKind.NOTE,
            Actor(Role.INITIATOR, person.id),
            text="Vi har også en trailer",
            data={"added": True},
        )
        other = Initiative(reference="GK-2026-0999", title="Bænke ved søen", what="Bænke")
        association = Association(name="Ordrup Haveforening")
        session.add_all([other, association])
        session.flush()
        session.add_all(
            [
                Introduction(
                    initiative_id=initiative.id,
                    other_initiative_id=other.id,
                    state="accepted",
                ),
                Introduction(
                    initiative_id=initiative.id,
                    association_id=association.id,
                    state="accepted",
                ),
                # Offered, never answered: no consent.
                Introduction(initiative_id=other.id, other_initiative_id=initiative.id),
            ]
        )
        session.expunge(initiative)
        return initiative


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_summary_says_in_plain_words_what_is_stored(
    service: ConversationService, database: Database, lang: str
) -> None:
    initiative = submit(service, database, lang)
    send(service, IDEAS[lang].split(",")[0].replace("køkkenhave", "bænk"))  # a new draft
    with database.session() as session:
        person = session.query(Person).one()
        summary = describe_person(session, person, lang, contact_url=URL)
        stored = InitiativeRepository(session).by_reference(initiative.reference)
        assert stored is not None
        status = t(f"status.{stored.status}", lang)
        what = stored.what
    # Their details, their idea with reference, title, status and the parts they told.
    for shown in (
        "Mette K",
        EMAIL,
        t(f"button.lang_{lang}", lang),
        t("privacy.platform_web", lang),
        t(
            "privacy.summary_idea",
            lang,
            reference=initiative.reference,
            title=initiative.title,
            status=status,
        ),
        f"{t('field.what', lang)}: {what}",
        f"{t('privacy.summary_added', lang)}: Vi har også en trailer",
        t("privacy.summary_draft", lang),
        t(
            "privacy.summary_consent_idea",
            lang,
            reference=initiative.reference,
            other="GK-2026-0999",
        ),
        t(
            "privacy.summary_consent_association",
            lang,
            reference=initiative.reference,
            name="Ordrup Haveforening",
        ),
        t("privacy.summary_full_copy", lang, url=URL),
    ):
        assert shown in summary, shown
    assert summary.count("GK-2026-0999") == 1  # the offer they never answered is no consent
    # No dialogue bookkeeping and no raw data.
    for internal in ('"phase"', "recent", "last_change", "vague", "{", "}"):
        assert internal not in summary, internal
    # Written in the asked language: the other language's headings are not there.
    other = "en" if lang == "da" else "da"
    assert t("privacy.summary_about_you", other) not in summary


def test_a_person_with_nothing_stored_but_the_contact_is_told_so(
    service: ConversationService, database: Database
) -> None:
    send(service, "hej")
    with database.session() as session:
        summary = describe_person(session, session.query(Person).one(), "en", contact_url=URL)
    assert t("privacy.summary_no_ideas", "en") in summary
    assert t("privacy.summary_no_consents", "en") in summary
    assert t("privacy.summary_draft", "en") not in summary


def test_the_full_export_keeps_everything_and_adds_the_consents(
    service: ConversationService, database: Database
) -> None:
    initiative = submit(service, database, "da")
    with database.session() as session:
        data = export_person(session, session.query(Person).one())
    # The operators' full copy still holds the conversation as stored.
    assert data["conversations"][0]["state"]["phase"]
    assert data["initiatives"][0]["reference"] == initiative.reference
    assert data["introductions"] == [
        {
            "your_initiative": initiative.reference,
            "with_initiative": "GK-2026-0999",
            "with_association": None,
            "you_said_yes": True,
            "state": "accepted",
        },
        {
            "your_initiative": initiative.reference,
            "with_initiative": None,
            "with_association": "Ordrup Haveforening",
            "you_said_yes": True,
            "state": "accepted",
        },
        {
            "your_initiative": initiative.reference,
            "with_initiative": "GK-2026-0999",
            "with_association": None,
            "you_said_yes": False,
            "state": "offered",
        },
    ]


@pytest.mark.parametrize(
    ("words", "kind", "language"),
    [
        ("what data do you store about me?", "export", "en"),
        ("Show my data", "export", "en"),
        ("delete my data", "erase", "en"),
        ("forget me", "erase", "en"),
        ("delete me", "erase", "en"),
        ("vis mine data", "export", "da"),
        ("Hvad ved du om mig?", "export", "da"),
        ("glem mig", "erase", "da"),
        ("slet mine data tak", "erase", "da"),
        ("Vi vil slette graffiti", None, None),
    ],
)
def test_a_request_knows_the_language_it_is_said_in(
    words: str, kind: str | None, language: str | None
) -> None:
    assert privacy_request(words) == kind
    assert privacy_request_language(words) == language


def test_short_english_requests_are_too_short_for_the_language_guess() -> None:
    # Why the request's own words decide: the guess reads these as Danish.
    assert {detect_language(words, "da") for words in ("forget me", "delete me")} == {"da"}


@pytest.mark.parametrize("text", ["vis mig hvad I har gemt om mig", "hvad ved I om mig?"])
def test_more_danish_ways_of_asking_what_is_stored(text: str) -> None:
    assert privacy_request(text) == "export"
    assert privacy_request_language(text) == "da"
