"""Answer templates staff reuse and edit; a municipality's own categories; staff away."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from adapters.cli import app
from bot.config import ConfigurationError, Settings
from bot.services.conversation import ConversationService
from storage.db import Database
from storage.repositories import InitiativeRepository, StaffRecord, StaffRepository
from tests.services.test_staff_desk import as_user, load, submit_idea, texts


@pytest.fixture
def service(database: Database, settings: Settings) -> ConversationService:
    with database.session() as session:
        StaffRepository(session).upsert(
            [StaffRecord("Lise Holm", "lise@gentofte.dk", categories=["nature"])]
        )
    return ConversationService(database, settings)


def test_a_template_fills_in_the_decline_reason(
    service: ConversationService, database: Database
) -> None:
    reference = submit_idea(service)
    lise = as_user(service, "lise@gentofte.dk")
    prompt = lise(choice=f"staff:decline:{reference}")[-1]
    budget = next(c for c in prompt.choices if "ikke penge" in c.label)
    assert budget.value.startswith("staff:use:")
    lise(choice=budget.value)  # the reason, now the pointer is asked for
    lise("Søg Gentofte Kommunes Lokalpulje")
    initiative = load(database, reference)
    assert initiative.status == "declined"
    assert initiative.decline_reason is not None and "ikke penge" in initiative.decline_reason
    # pressed again, when nothing waits for a reason any more, it does nothing
    assert "tidligere besked" in texts(lise(choice=budget.value))
    assert load(database, reference).decline_pointer == "Søg Gentofte Kommunes Lokalpulje"


def test_staff_edit_templates_in_chat_and_on_the_cli(
    service: ConversationService, database_url: str
) -> None:
    lise = as_user(service, "lise@gentofte.dk")
    assert "gemt" in texts(lise("skabelon afvis vejret: Det er for vådt på arealet om vinteren."))
    result = CliRunner().invoke(
        app, ["templates", "set", "budget", "Ingen midler i år.", "--database", database_url]
    )
    assert result.exit_code == 0, result.output
    listing = CliRunner().invoke(app, ["templates", "list", "--database", database_url]).stdout
    assert "vejret" in listing and "Ingen midler i år." in listing
    reference = submit_idea(service)
    prompt = lise(choice=f"staff:decline:{reference}")[-1]
    labels = [c.label for c in prompt.choices]
    assert "Det er for vådt på arealet om vinteren." in labels
    assert "Ingen midler i år." in labels
    bad = CliRunner().invoke(app, ["templates", "set", "ny", "x", "--database", database_url])
    assert bad.exit_code != 0  # a new key needs its kind


def test_a_municipalitys_own_categories(
    database: Database, settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "categories.yaml"
    path.write_text("havebrug: [køkkenhave, højbed, kompost]\nfest: [gadefest, fest]\n")
    own = ConversationService(database, settings.model_copy(update={"categories_file": str(path)}))
    reference = submit_idea(own)
    with database.session() as session:
        initiative = InitiativeRepository(session).by_reference(reference)
        assert initiative is not None and initiative.category == "havebrug"
    path.write_text("- not a mapping\n")
    with pytest.raises(ConfigurationError, match="mapping"):
        ConversationService(database, settings.model_copy(update={"categories_file": str(path)}))


def test_staff_away_is_skipped_until_back(
    service: ConversationService, database: Database, database_url: str
) -> None:
    runner = CliRunner()
    assert (
        "away"
        in runner.invoke(
            app, ["staff", "away", "lise@gentofte.dk", "--database", database_url]
        ).stdout
    )
    first = submit_idea(service)
    assert load(database, first).staff_id is None
    runner.invoke(app, ["staff", "away", "lise@gentofte.dk", "--back", "--database", database_url])
    second = submit_idea(service)
    staff = load(database, second).staff
    assert staff is not None and staff.name == "Lise Holm"
    missing = runner.invoke(app, ["staff", "away", "nobody@x.dk", "--database", database_url])
    assert missing.exit_code != 0
