"""The `samskab` command line: each command, and clear one-line errors for bad input."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adapters.cli import app
from bot.services.initiatives import InitiativeService
from storage.db import Database
from storage.repositories import PersonRepository

runner = CliRunner()


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _samskab(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The installed entry point, as an operator runs it (errors go through main())."""
    return subprocess.run(
        [sys.executable, "-c", "from adapters.cli import main; main()", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
    )


def _seed(database: Database) -> str:
    with database.session() as session:
        person, _ = PersonRepository(session).get_or_create("console", "anna")
        initiative = InitiativeService(session).submit(
            person,
            {"what": "=Fælles køkkenhave", "where": "på Ordrupvej", "brings": "vi er 6 naboer"},
            language="da",
        )
        return initiative.reference


def test_help_lists_every_command() -> None:
    code, out, _ = _run("--help")
    assert code == 0
    for name in (
        "db",
        "initiatives",
        "staff",
        "privacy",
        "associations",
        "report",
        "chat",
        "serve",
    ):
        assert name in out
    for group in ("db", "initiatives", "staff", "privacy", "associations"):
        code, out, _ = _run(group, "--help")
        assert code == 0 and "Usage" in out


def test_db_upgrade_creates_the_schema(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    code, out, _ = _run("db", "upgrade", "--database", url)
    assert code == 0 and "up to date" in out
    assert Database(url).has_schema()


def test_list_show_and_export(database: Database, database_url: str) -> None:
    reference = _seed(database)
    code, out, _ = _run("initiatives", "list", "--database", database_url)
    assert code == 0 and reference in out and "submitted" in out
    code, out, _ = _run("initiatives", "list", "--status", "declined", "--database", database_url)
    assert code == 0 and reference not in out
    code, out, _ = _run("initiatives", "show", reference.lower(), "--database", database_url)
    assert code == 0 and "på Ordrupvej" in out and "draft -> submitted" in out

    code, out, _ = _run("initiatives", "export", "--format", "json", "--database", database_url)
    assert code == 0
    (exported,) = json.loads(out)
    assert exported["reference"] == reference
    assert exported["brings"] == "vi er 6 naboer"
    assert exported["status"] == "submitted"
    assert [event["kind"] for event in exported["timeline"]] == ["created", "submitted"]

    code, out, _ = _run("initiatives", "export", "--format", "csv", "--database", database_url)
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert row["where"] == "på Ordrupvej"
    assert row["what"] == "'=Fælles køkkenhave"  # no formula when opened in a spreadsheet


def test_staff_import_yaml_and_csv_then_list(tmp_path: Path, database_url: str) -> None:
    yaml_file = tmp_path / "staff.yaml"
    yaml_file.write_text(
        "staff:\n"
        "  - name: Lise Holm\n    email: lise@gentofte.dk\n    team: Natur og miljø\n"
        "    areas: [Hellerup, Ordrup]\n    categories: [nature]\n    slack_id: U01\n"
        "  - name: Per Dam\n    email: per@gentofte.dk\n    role: lead\n    away: true\n",
        encoding="utf-8",
    )
    code, out, _ = _run("staff", "import", str(yaml_file), "--database", database_url)
    assert code == 0 and "2 new" in out
    csv_file = tmp_path / "staff.csv"
    csv_file.write_text(
        "name,email,teams_id,areas,categories\n"
        "Lise Holm,LISE@gentofte.dk,29:lise,Hellerup;Vangede,nature|culture\n",
        encoding="utf-8",
    )
    code, out, _ = _run("staff", "import", str(csv_file), "--database", database_url)
    assert code == 0 and "0 new, 1 updated" in out
    code, out, _ = _run("staff", "list", "--database", database_url)
    assert code == 0
    assert "Hellerup,Vangede" in out and "nature,culture" in out
    assert "Per Dam" in out and "(away)" in out


@pytest.mark.parametrize(
    ("content", "suffix", "message"),
    [
        ("- name: A\n  email: not-an-email\n", ".yaml", "entry 1, email"),
        ("- name: A\n  email: a@b.dk\n  role: boss\n", ".yaml", "role must be one of"),
        ("staff: [1, 2]\n", ".yaml", "entry 1"),
        ("name: [unclosed\n", ".yml", "not valid YAML"),
        ("just,columns\n1,2\n", ".csv", "header row"),
        ("- {name: A, email: a@b.dk}\n- {name: B, email: A@B.dk}\n", ".yaml", "appears twice"),
    ],
)
def test_malformed_staff_file_gets_one_clear_line(
    tmp_path: Path, database_url: str, content: str, suffix: str, message: str
) -> None:
    path = tmp_path / f"staff{suffix}"
    path.write_text(content, encoding="utf-8")
    result = _samskab("staff", "import", str(path), "--database", database_url)
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_unknown_reference_and_unreachable_database_are_one_line(
    database_url: str, tmp_path: Path
) -> None:
    result = _samskab("initiatives", "show", "GK-1999-0001", "--database", database_url)
    assert result.returncode == 1
    assert result.stderr.strip() == "samskab: No initiative with reference 'GK-1999-0001'."
    for url, needle in [
        ("postgresql://nobody:secret@127.0.0.1:1/none", "Cannot reach database"),
        ("nosuchdb://x", "Cannot use database"),
        (f"sqlite:///{tmp_path / 'missing-dir' / 'x.db'}", "Cannot reach database"),
    ]:
        result = _samskab("initiatives", "list", "--database", url)
        assert result.returncode == 1, result.stderr
        assert needle in result.stderr
        assert "secret" not in result.stderr
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_list_on_an_empty_file_asks_for_upgrade(tmp_path: Path) -> None:
    result = _samskab("initiatives", "list", "--database", f"sqlite:///{tmp_path / 'e.db'}")
    assert result.returncode == 1
    assert "samskab db upgrade" in result.stderr
