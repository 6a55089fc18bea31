"""`samskab report`: text, JSON and HTML output of the momentum report, and bad input."""

from __future__ import annotations

import base64
import json
import re
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from adapters import cli
from adapters.report_cli import report
from adapters.report_html import LABELS
from storage.db import Database
from tests.services.test_report import SCRIPT_TITLE, seed_momentum

runner = CliRunner()
PERIOD = ("--since", "2026-02-01", "--until", "2026-02-28", "--today", "2026-03-10")


def _app() -> typer.Typer:
    """A command line with `report` registered the way adapters/cli.py registers it."""
    app = typer.Typer(pretty_exceptions_enable=False, add_completion=False)

    @app.callback()
    def root() -> None:
        """Samskab (test)."""

    app.command("report")(report)
    return app


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(_app(), ["report", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def seeded(database: Database, database_url: str) -> str:
    seed_momentum(database)
    return database_url


def test_json_output_has_the_numbers(seeded: str) -> None:
    code, out, _ = _run(*PERIOD, "--format", "json", "--database", seeded)
    assert code == 0
    data = json.loads(out)
    assert data["received"] == 9
    assert data["by_status"]["submitted"] == 3
    assert data["by_category"][0] == {"name": "culture", "count": 3}
    assert data["first_answer_hours"] == {
        "median": 27.0,
        "p90": 84.0,
        "answered": 6,
        "unanswered": 3,
    }
    assert data["dated_next_step"]["share"] == 0.5
    assert data["overdue"]["total"] == 7
    assert [g["name"] for g in data["overdue"]["by_staff"]] == [
        "Sofie Holm",
        None,
        "Jonas Berg",
        "Mette Lund",
        "Peter Hansen",
    ]


def test_text_output_in_danish_and_english(seeded: str) -> None:
    code, out, _ = _run(*PERIOD, "--database", seeded)
    assert code == 0
    assert "Modtagne initiativer: 9" in out
    assert "Median: 27,0 timer" in out
    assert "90. percentil: 84,0 timer" in out
    assert "50 % (3 af 6)" in out
    assert re.search(r"Natur & Miljø\s+2 \(2/1\)", out)
    assert "Forsinkede initiativer (forsinkelser opgjort pr. 2026-03-10): 7" in out
    # Per team: unassigned initiatives apart from those of staff without a team.
    assert re.search(r"\(ikke fordelt\)\s+2 \(2/0\)", out)
    assert re.search(r"\(intet team\)\s+1 \(1/0\)", out)

    code, out, _ = _run(*PERIOD, "--lang", "en", "--database", seeded)
    assert code == 0
    assert "Initiatives received: 9" in out
    assert "Median: 27.0 hours" in out
    assert "50% (3 of 6)" in out
    assert re.search(r"\(unassigned\)\s+2 \(2/0\)", out)


def test_default_period_is_the_last_30_days_up_to_today(seeded: str) -> None:
    code, out, _ = _run("--today", "2026-03-02", "--format", "json", "--database", seeded)
    assert code == 0
    data = json.loads(out)
    assert data["period"] == {"since": "2026-02-01", "until": "2026-03-02"}
    # February's nine, and I received on 2 March (K is 1 March in Copenhagen).
    assert data["received"] == 11


def test_html_page_is_self_contained_with_charts_and_escaped_text(
    seeded: str, tmp_path: Path
) -> None:
    page_path = tmp_path / "report.html"
    code, _, err = _run(*PERIOD, "--html", str(page_path), "--format", "json", "--database", seeded)
    assert code == 0
    assert str(page_path) in err
    page = page_path.read_text(encoding="utf-8")
    images = re.findall(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    # status, category, area, overdue by team and by staff member
    assert len(images) == 5
    assert all(base64.b64decode(image).startswith(b"\x89PNG") for image in images)
    assert "http://" not in page and "https://" not in page
    assert "<script" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Petanquebane i Ordrup" in page
    assert SCRIPT_TITLE not in page
    assert "Natur &amp; Miljø" in page
    assert '<html lang="da">' in page and "Længst forsinkede" in page


def test_html_page_in_english(seeded: str, tmp_path: Path) -> None:
    page_path = tmp_path / "report.html"
    code, _, _ = _run(*PERIOD, "--html", str(page_path), "--lang", "en", "--database", seeded)
    assert code == 0
    page = page_path.read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "Longest overdue" in page and "(unassigned)" in page


def test_empty_database_reports_zeroes_without_charts(database_url: str, tmp_path: Path) -> None:
    page_path = tmp_path / "report.html"
    code, out, _ = _run(*PERIOD, "--html", str(page_path), "--database", database_url)
    assert code == 0
    assert "Modtagne initiativer: 0" in out and "Intet er forsinket." in out
    page = page_path.read_text(encoding="utf-8")
    # Every status row is zero, so no chart is drawn; the page says so instead.
    assert "data:image/" not in page and "Ingen data i perioden." in page


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--since", "1. februar"), "--since: '1. februar' is not a date; use YYYY-MM-DD."),
        (("--until", "2026-02-30"), "--until: '2026-02-30' is not a date; use YYYY-MM-DD."),
        (("--today", "igår"), "--today: 'igår' is not a date; use YYYY-MM-DD."),
        (
            ("--since", "2026-03-01", "--until", "2026-02-01"),
            "--since 2026-03-01 is after --until 2026-02-01.",
        ),
    ],
)
def test_bad_dates_give_one_clear_line(
    args: tuple[str, ...],
    message: str,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Through main(), as an operator runs it: one line on stderr and exit code 1.
    monkeypatch.setattr(cli, "app", _app())
    monkeypatch.setattr(sys, "argv", ["samskab", "report", *args, "--database", database_url])
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    assert exit_info.value.code == 1
    captured = capsys.readouterr()
    assert captured.err == f"samskab: {message}\n"
    assert captured.out == ""


def test_every_label_exists_in_both_languages() -> None:
    assert set(LABELS["da"]) == set(LABELS["en"])
    assert all(LABELS["da"].values()) and all(LABELS["en"].values())
