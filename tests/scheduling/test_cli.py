"""`samskab checkins run-due --now ...` and `samskab checkins list`, through typer."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from adapters.checkins_cli import checkins_app
from storage.db import Database
from tests.scheduling.conftest import local, make_person
from tests.scheduling.test_dispatcher import add_checkin, make_initiative


def samskab() -> typer.Typer:
    """The checkins sub-app mounted as adapters/cli.py mounts it."""
    root = typer.Typer()
    root.add_typer(checkins_app, name="checkins")
    return root


def test_run_due_at_a_given_time_then_list(database: Database, database_url: str) -> None:
    anna, bo = make_person(database, "anna"), make_person(database, "bo")
    # Due on Sunday: the first working morning is Monday 09:00.
    due = add_checkin(
        database,
        make_initiative(database, anna, number=1),
        local("2027-01-03T10:00"),
        person_id=anna,
    )
    later = add_checkin(
        database,
        make_initiative(database, bo, number=2),
        local("2027-01-05T09:00"),
        person_id=bo,
    )
    runner = CliRunner()
    early = runner.invoke(
        samskab(), ["checkins", "run-due", "--now", "2027-01-04T07:00", "--database", database_url]
    )
    assert early.exit_code == 0, early.output
    assert "0 check-ins queued" in early.output and "1 deferred" in early.output

    result = runner.invoke(
        samskab(), ["checkins", "run-due", "--now", "2027-01-04T09:00", "--database", database_url]
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("At 2027-01-04 09:00 CET: 1 check-ins queued in 1 messages")

    again = runner.invoke(
        samskab(), ["checkins", "run-due", "--now", "2027-01-04T09:00", "--database", database_url]
    )
    assert "0 check-ins queued" in again.output

    listing = runner.invoke(samskab(), ["checkins", "list", "--database", database_url])
    assert listing.exit_code == 0, listing.output
    lines = {line.split()[0]: line for line in listing.output.splitlines()[:-1]}
    assert "sent" in lines[str(due)] and "GK-2027-0001" in lines[str(due)]
    assert "2027-01-04 09:00" in lines[str(due)] and "delivering (try 0)" in lines[str(due)]
    assert "pending" in lines[str(later)] and "2027-01-05 09:00" in lines[str(later)]
    # Plus the planned gentle follow-up of the sent one.
    assert any("(follow-up)" in line for line in lines.values())

    only = runner.invoke(
        samskab(), ["checkins", "list", "--state", "pending", "--database", database_url]
    )
    assert str(due) not in [line.split()[0] for line in only.output.splitlines()]


def test_run_due_rejects_a_bad_time(database_url: str) -> None:
    result = CliRunner().invoke(
        samskab(), ["checkins", "run-due", "--now", "next tuesday", "--database", database_url]
    )
    assert result.exit_code != 0
    assert "not an ISO date-time" in result.output
