"""Privacy: export, erasure that leaves no trace of the person, retention, and clean logs."""

from __future__ import annotations

import json
import logging
from datetime import timedelta

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from adapters.cli import app
from bot.config import Settings
from bot.domain.lifecycle import Role, Status
from bot.domain.timeline import Actor
from bot.i18n.catalog import t
from bot.messages import Incoming, Reply
from bot.services.conversation import ConversationService
from bot.services.initiatives import InitiativeService
from bot.services.privacy import ERASED, privacy_request, run_retention
from storage.db import Database
from storage.models import Base, Conversation, Initiative, Person, utcnow
from storage.repositories import InitiativeRepository, StaffRecord, StaffRepository

NAME = "Mette Kragelund"
EMAIL = "mette.kragelund@example.org"
SLACK_ID = "U0METTE42"
IDEA = (
    f"Hej, jeg hedder {NAME}. Vi vil lave en fælles køkkenhave på Ordrupvej ved Ordrup Skole, "
    "fordi vi savner et sted at mødes. Den er for alle i kvarteret, og vi vil starte til "
    f"foråret. Vi har brug for tilladelse. Skriv til mig på {EMAIL}"
)


@pytest.fixture
def service(database: Database, settings: Settings) -> ConversationService:
    with database.session() as session:
        StaffRepository(session).upsert(
            [StaffRecord("Lise Holm", "lise@gentofte.dk", categories=["nature"])]
        )
    return ConversationService(database, settings)


def send(
    service: ConversationService, text: str | None = None, choice: str | None = None
) -> list[Reply]:
    return service.handle(
        Incoming(
            "slack",
            SLACK_ID,
            "D0METTE",
            text=text,
            choice=choice,
            display_name=NAME,
            address={"team": "T1", "user": SLACK_ID, "channel": "D0METTE"},
        )
    )


def submit(service: ConversationService, database: Database) -> str:
    replies = send(service, IDEA)
    while replies[-1].card is None:
        replies = send(service, "ved ikke")
    send(service, choice="confirm")
    with database.session() as session:
        person = session.query(Person).one()
        person.email = EMAIL
        (initiative,) = InitiativeRepository(session).list()
        InitiativeService(session).change_status(
            initiative, Status.IN_DIALOGUE, Actor(Role.STAFF, 1)
        )
        return initiative.reference


def dump_everything(database: Database) -> str:
    """Every value in every table, as one string to search."""
    parts = []
    with database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in connection.execute(text(f'SELECT * FROM "{table.name}"')):
                parts.append(" ".join(str(value) for value in row))
    return "\n".join(parts)


@pytest.mark.parametrize(
    ("words", "request_kind"),
    [
        ("Hvad ved du om mig?", "export"),
        ("what do you know about me", "export"),
        ("Send mine data", "export"),
        ("slet mine data", "erase"),
        ("Please delete my data", "erase"),
        ("glem mig", "erase"),
        ("Vi vil slette graffiti og samle data om fugle", None),
        ("Jeg har en idé om data for ældre", None),
    ],
)
def test_privacy_requests_in_plain_words(words: str, request_kind: str | None) -> None:
    assert privacy_request(words) == request_kind


def test_export_in_chat_and_cli_holds_all_their_data(
    service: ConversationService, database: Database, database_url: str
) -> None:
    reference = submit(service, database)
    (summary,) = send(service, "Hvad ved du om mig?")
    # In chat: readable, in their language, without the dialogue's bookkeeping.
    for shown in (NAME, EMAIL, "Slack", reference, t("privacy.summary_about_you", "da")):
        assert shown in summary.text, shown
    assert '"phase"' not in summary.text and "recent" not in summary.text
    # The full copy, for operators, keeps everything.
    result = CliRunner().invoke(
        app, ["privacy", "export", f"slack:{SLACK_ID}", "--database", database_url]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["person"]["email"] == EMAIL
    assert data["identities"] == [
        {"platform": "slack", "id": SLACK_ID, "since": data["identities"][0]["since"]}
    ]
    assert data["initiatives"][0]["reference"] == reference
    assert data["conversations"][0]["state"]["phase"]


def test_erasure_in_chat_leaves_no_trace_but_keeps_anonymous_facts(
    service: ConversationService, database: Database
) -> None:
    reference = submit(service, database)
    send(service, "Vi har fået lov af skolen")  # more of their words in conversation state
    confirm = send(service, "slet mine data")[-1]
    with database.session() as session:
        assert session.query(Person).count() == 1  # nothing happens before they confirm
    assert [c.value for c in confirm.choices] == ["privacy:erase", "privacy:keep"]
    assert "slettet" in send(service, choice="privacy:erase")[-1].text

    everything = dump_everything(database)
    for trace in (NAME, "Mette", EMAIL, SLACK_ID, "D0METTE", "køkkenhave", "Ordrupvej"):
        assert trace not in everything, trace
    with database.session() as session:
        initiative = InitiativeRepository(session).by_reference(reference)
        assert initiative is not None
        assert (initiative.title, initiative.status, initiative.category) == (
            ERASED,
            "in_dialogue",
            "nature",
        )
        assert initiative.initiator_id is None
        assert [e.to_status for e in initiative.timeline if e.to_status] == [
            "draft",
            "submitted",
            "in_dialogue",
        ]
    # the same account can start afresh
    assert send(service, "hej")


def test_cli_erase(service: ConversationService, database: Database, database_url: str) -> None:
    submit(service, database)
    runner = CliRunner()
    result = runner.invoke(app, ["privacy", "erase", EMAIL, "--yes", "--database", database_url])
    assert result.exit_code == 0, result.output
    assert "1 initiatives anonymised" in result.stdout
    assert EMAIL not in dump_everything(database)
    missing = runner.invoke(
        app, ["privacy", "erase", "nobody@x.dk", "--yes", "--database", database_url]
    )
    assert missing.exit_code != 0


def test_retention_drops_old_drafts_and_anonymises_old_closed_initiatives(
    service: ConversationService, database: Database
) -> None:
    reference = submit(service, database)
    send(service, "Vi vil også lave en bænk ved søen")  # a new draft, never submitted
    with database.session() as session:
        initiative = InitiativeRepository(session).by_reference(reference)
        assert initiative is not None
        for target in (Status.IN_PROGRESS, Status.REALISED):
            InitiativeService(session).change_status(initiative, target, Actor(Role.STAFF, 1))
    now = utcnow()
    with database.session() as session:
        assert run_retention(session, now) == {"drafts_dropped": 0, "initiatives_anonymised": 0}
    with database.session() as session:
        assert run_retention(session, now + timedelta(days=31)) == {
            "drafts_dropped": 1,
            "initiatives_anonymised": 0,
        }
        (conversation,) = session.query(Conversation).all()
        assert conversation.state["fields"] == {}
    with database.session() as session:
        assert run_retention(session, now + timedelta(days=800))["initiatives_anonymised"] == 1
        initiative = session.query(Initiative).one()
        assert initiative.title == ERASED and initiative.status == "realised"


def test_logs_of_a_full_intake_hold_no_personal_data(
    service: ConversationService, database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    submit(service, database)
    send(service, "mine idéer")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "initiative submitted" in logged  # the logs do say what happened
    for secret in (NAME, EMAIL, SLACK_ID, "køkkenhave", "Ordrupvej", "savner et sted"):
        assert secret not in logged


@pytest.mark.parametrize(
    ("typed", "erased"),
    [("ja, slet alt", True), ("ja", True), ("nej", False), ("fortryd", False)],
)
def test_the_erasure_can_be_confirmed_or_kept_in_words(
    service: ConversationService, database: Database, typed: str, erased: bool
) -> None:
    submit(service, database)
    send(service, "slet mine data")
    reply = send(service, typed)[-1].text
    with database.session() as session:
        assert session.query(Person).count() == (0 if erased else 1)
    assert reply == t("privacy.erased" if erased else "privacy.kept", "da")


def test_other_words_after_the_erasure_question_erase_nothing(
    service: ConversationService, database: Database
) -> None:
    submit(service, database)
    send(service, "slet mine data")
    send(service, "hvad er klokken")
    send(service, "ja")  # the question was not answered, so a later "ja" is no answer to it
    with database.session() as session:
        assert session.query(Person).count() == 1


def test_an_erase_button_from_an_earlier_prompt_erases_nothing(
    service: ConversationService, database: Database
) -> None:
    submit(service, database)
    send(service, "slet mine data")
    kept = send(service, choice="privacy:keep")
    assert kept[0].text == t("privacy.kept", "da")
    # The old prompt's erase button, pressed later, is stale; so is one never offered.
    assert send(service, choice="privacy:erase")[-1].text == t("stale_button", "da")
    with database.session() as session:
        assert session.query(Person).count() == 1


def test_keeping_the_data_mid_draft_shows_the_open_question_again(
    service: ConversationService,
) -> None:
    asked = send(service, "Jeg vil lave en skraldeindsamling på Hellerup Strand")[-1]
    send(service, "slet mine data")
    replies = send(service, choice="privacy:keep")
    assert replies[-1].text == asked.text
