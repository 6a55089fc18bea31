"""Many stored initiatives: bulk loading, the list and "my initiatives" queries, their plans.

The initiatives are inserted with SQLAlchemy Core in bulk: 5 per person, statuses spread
over the whole life cycle (40 % still active), half assigned to staff, dates over 10 years.
The first `web_people` people are web chat people whose session tokens we know, so the
bench can come back as them and press "My ideas" through the real server.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import event, insert, text

from adapters.web.security import new_token, person_key
from bench.common import clean_environment
from storage.db import Database
from storage.models import Identity, Initiative, Person, StaffMember
from storage.repositories import InitiativeFilter, InitiativeRepository

PER_PERSON = 5
STATUSES = (
    "submitted",
    "in_dialogue",
    "agreed",
    "in_progress",
    "realised",
    "realised",
    "declined",
    "declined",
    "withdrawn",
    "paused",
)
TODAY = date(2026, 6, 1)


@dataclass
class Loaded:
    """What was put in the database."""

    initiatives: int
    people: int
    seconds: float
    tokens: list[str] = field(default_factory=list)  # web people's session tokens


def load(database: Database, initiatives: int, web_people: int = 200) -> Loaded:
    """Bulk-insert people, 20 staff and `initiatives` initiatives; returns web people's tokens."""
    started = time.perf_counter()
    people = max(1, initiatives // PER_PERSON)
    tokens = [new_token() for _ in range(min(web_people, people))]
    now = datetime.now(UTC)
    with database.session() as session:
        session.execute(
            insert(StaffMember),
            [
                {"id": n, "name": f"Medarbejder {n}", "email": f"staff{n}@bench.invalid"}
                for n in range(1, 21)
            ],
        )
        for first in range(1, people + 1, 10_000):
            rows = range(first, min(people, first + 9_999) + 1)
            session.execute(
                insert(Person),
                [{"id": p, "language": "da", "display_name": f"Borger {p}"} for p in rows],
            )
        session.execute(
            insert(Identity),
            [
                {"person_id": n + 1, "platform": "web", "external_id": person_key(token)}
                for n, token in enumerate(tokens)
            ],
        )
        for first in range(1, initiatives + 1, 10_000):
            batch: list[dict[str, Any]] = []
            for number in range(first, min(initiatives, first + 9_999) + 1):
                status = STATUSES[number % len(STATUSES)]
                created = now - timedelta(days=number % 3650, minutes=number % 1440)
                batch.append(
                    {
                        "id": number,
                        "reference": f"GK-{2015 + number % 10}-{number:06d}",
                        "title": f"Fælles køkkenhave nummer {number}",
                        "what": "En fælles køkkenhave på den tomme græsplæne ved skolen",
                        "why": "Vi savner et sted at mødes i kvarteret",
                        "where": f"Vej nummer {number % 400}",
                        "original_text": "Vi vil gerne lave en fælles køkkenhave.",
                        "category": ("natur", "kultur", "idræt", "fællesskab")[number % 4],
                        "language": "da",
                        "initiator_id": (number - 1) % people + 1,
                        "staff_id": (number % 20) + 1 if status != "submitted" else None,
                        "status": status,
                        "next_step": "Møde med forvaltningen",
                        "next_step_due": TODAY + timedelta(days=number % 120 - 60),
                        "next_step_owner": ("municipality", "initiator")[number % 2],
                        "response_due": TODAY + timedelta(days=number % 30 - 15),
                        "created_at": created,
                        "updated_at": created,
                        "submitted_at": created,
                    }
                )
            session.execute(insert(Initiative), batch)
    with database.engine.begin() as connection:
        if not database.is_sqlite:
            # The ids were given explicitly: move PostgreSQL's sequences past them.
            for table in ("person", "identity", "initiative", "staff_member"):
                connection.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
                        f"(SELECT max(id) FROM {table}))"
                    )
                )
        connection.execute(text("ANALYZE"))
    return Loaded(initiatives, people, time.perf_counter() - started, tokens)


@dataclass
class QueryResult:
    """One query: its median time, the rows it gave, its plan and whether it avoids full scans."""

    name: str
    median_ms: float
    rows: int
    plan: str
    indexed: bool


def _plan(database: Database, statement: str, parameters: Any) -> tuple[str, bool]:
    """EXPLAIN QUERY PLAN (SQLite) / EXPLAIN ANALYZE (PostgreSQL) of the statement as sent."""
    with database.engine.connect() as connection:
        if database.is_sqlite:
            rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            lines = [str(row[-1]) for row in rows]
            # A rowid walk in ORDER BY id order that stops at LIMIT is fine; a scan that has
            # to sort all rows first (temp B-tree) or reads the table unordered is not.
            scans = [
                line
                for line in lines
                if line.startswith("SCAN initiative")
                and "USING" not in line
                and any("TEMP B-TREE" in other for other in lines)
            ]
            indexed = not scans
        else:
            rows = connection.exec_driver_sql(
                f"EXPLAIN (ANALYZE, COSTS OFF) {statement}", parameters
            )
            lines = [str(row[0]) for row in rows]
            indexed = not any("Seq Scan on initiative" in line for line in lines)
        connection.rollback()
    return " / ".join(line.strip() for line in lines if "Planning" not in line), indexed


def _capture(database: Database, call: Callable[[], int]) -> tuple[int, str, Any]:
    """Run `call`, returning its row count and the first SQL statement it sent."""
    seen: list[tuple[str, Any]] = []

    def before(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", before)
    try:
        count = call()
    finally:
        event.remove(database.engine, "before_cursor_execute", before)
    statement, parameters = next(s for s in seen if "FROM initiative" in s[0])
    return count, statement, parameters


def queries(database: Database, loaded: Loaded, repeats: int = 20) -> list[QueryResult]:
    """Time `samskab initiatives list`'s and "my initiatives"' queries; show their plans."""
    people = loaded.people

    def listing(criteria: InitiativeFilter) -> Callable[[], int]:
        def run() -> int:
            with database.session() as session:
                return len(InitiativeRepository(session).list(criteria))

        return run

    cases: list[tuple[str, Callable[[int], Callable[[], int]]]] = [
        ("initiatives list (newest 100)", lambda _: listing(InitiativeFilter(limit=100))),
        (
            "initiatives list --status submitted",
            lambda _: listing(InitiativeFilter(statuses=["submitted"], limit=100)),
        ),
        (
            "initiatives list --overdue",
            lambda _: listing(InitiativeFilter(overdue_on=TODAY, limit=100)),
        ),
        (
            "my initiatives (one person, newest 20)",
            # The query ConversationService's port runs for "mine".
            lambda n: listing(InitiativeFilter(initiator_id=(n * 7919) % people + 1, limit=20)),
        ),
    ]
    results = []
    for name, make in cases:
        count, statement, parameters = _capture(database, make(0))
        timings = []
        for n in range(repeats):
            run = make(n + 1)
            started = time.perf_counter()
            run()
            timings.append((time.perf_counter() - started) * 1000)
        plan, indexed = _plan(database, statement, parameters)
        results.append(QueryResult(name, statistics.median(timings), count, plan, indexed))
    return results


def cli_list(database_url: str, *extra: str) -> tuple[float, int]:
    """Wall time of `samskab initiatives list` as an operator runs it; seconds and lines."""
    command = [
        sys.executable,
        "-c",
        "from adapters.cli import main; main()",
        "initiatives",
        "list",
        "--database",
        database_url,
        *extra,
    ]
    started = time.perf_counter()
    done = subprocess.run(  # noqa: S603 - our own CLI, fixed arguments
        command,
        cwd=tempfile.gettempdir(),
        env=clean_environment(),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return time.perf_counter() - started, len(done.stdout.splitlines())


def cli_startup(repeats: int = 3) -> float:
    """Median wall time of `samskab --help`: what any CLI command pays before its query."""
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", "from adapters.cli import main; main()", "--help"],
            cwd=tempfile.gettempdir(),
            env=clean_environment(),
            capture_output=True,
            timeout=60,
            check=True,
        )
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)
