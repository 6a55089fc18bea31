"""Check-in dispatch cost: 10,000 initiatives, 50,000 pending check-ins, 5,000 of them due.

    python -m bench.checkins [--database URL] [--initiatives 10000] [--checkins 50000]
                             [--due 5000]

Times one dispatch pass that claims every due check-in and hands it to the outbox (the
fake channel here: nothing leaves the machine), a pass with nothing due, and a delivery
of the queued outbox through a sender that does nothing. Prints the query plan of the
due query on the database used (EXPLAIN QUERY PLAN on SQLite, EXPLAIN ANALYZE on
PostgreSQL), which must use the (state, due_at) index rather than scan every row.
A PostgreSQL URL gets a fresh database of its own (samskab_bench), dropped afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text
from sqlalchemy.dialects import postgresql, sqlite

from bot.messages import Reply
from bot.scheduling.dispatcher import CheckinDispatcher
from bot.scheduling.rules import Rules
from bot.services.outbox import OutboxDispatcher
from storage.db import Database
from storage.models import Address, CheckIn, Initiative, Person

NOW = datetime(2027, 1, 4, 9, 0, tzinfo=UTC)  # a Monday morning in Copenhagen


class NullSender:
    """A channel that accepts everything instantly (the network is not what we measure)."""

    platform = "slack"

    async def send(self, reference: Mapping[str, Any], replies: Sequence[Reply]) -> None:
        """Accept the message."""
        return None


def fresh_database(url: str | None) -> tuple[Database, Any]:
    """A new, migrated database; returns it and a function that removes it."""
    if url and url.startswith(("postgresql", "postgres")):
        admin = Database(url)
        engine = admin.engine.execution_options(isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text('DROP DATABASE IF EXISTS "samskab_bench" WITH (FORCE)'))
            connection.execute(text('CREATE DATABASE "samskab_bench"'))
        bench_url = admin.url.set(database="samskab_bench").render_as_string(hide_password=False)
        database = Database(bench_url)

        def drop() -> None:
            database.dispose()
            with engine.connect() as connection:
                connection.execute(text('DROP DATABASE IF EXISTS "samskab_bench" WITH (FORCE)'))
            admin.dispose()

        database.upgrade()
        return database, drop
    folder = tempfile.mkdtemp(prefix="samskab-bench-")
    database = Database(url or f"sqlite:///{Path(folder) / 'bench.db'}")
    database.upgrade()
    return database, database.dispose


def load(database: Database, initiatives: int, checkins: int, due: int) -> None:
    """Bulk-insert people with a push address, their initiatives and the check-ins."""
    with database.session() as session:
        session.execute(
            insert(Person),
            [
                {"id": i, "language": "da", "display_name": f"P{i}"}
                for i in range(1, initiatives + 1)
            ],
        )
        session.execute(
            insert(Address),
            [
                {"person_id": i, "platform": "slack", "reference": {"channel": f"D{i}"}}
                for i in range(1, initiatives + 1)
            ],
        )
        session.execute(
            insert(Initiative),
            [
                {
                    "id": i,
                    "reference": f"GK-2027-{i:05d}",
                    "title": f"Idé nummer {i}",
                    "what": "En fælles køkkenhave",
                    "initiator_id": i,
                    "status": "agreed",
                    "next_step": "Samle underskrifter",
                    "next_step_due": date(2027, 1, 4),
                    "next_step_owner": "initiator",
                }
                for i in range(1, initiatives + 1)
            ],
        )
        rows = []
        for number in range(checkins):
            initiative = number % initiatives + 1
            if number < due:
                due_at = NOW - timedelta(minutes=1 + number % 600)
            else:
                due_at = NOW + timedelta(days=1 + number % 60, hours=number % 9)
            rows.append(
                {
                    "initiative_id": initiative,
                    "person_id": initiative,
                    "kind": "initiator_next_step",
                    "due_at": due_at,
                    "state": "pending",
                    "follow_ups": 0,
                    "created_at": NOW - timedelta(days=7),
                }
            )
        for start in range(0, len(rows), 10_000):
            session.execute(insert(CheckIn), rows[start : start + 10_000])
    with database.engine.begin() as connection:
        connection.execute(text("ANALYZE"))


def explain(database: Database, dispatcher: CheckinDispatcher) -> str:
    """The plan of the dispatcher's own due query, as the database will run it."""
    postgres = not database.is_sqlite
    query = dispatcher.due_query(NOW, postgres=postgres)
    dialect = postgresql.dialect() if postgres else sqlite.dialect()
    compiled = query.compile(dialect=dialect, compile_kwargs={"literal_binds": True})
    # literal_binds renders the UTC column as its naive storage form on both databases.
    sql = str(compiled).replace("+00:00", "")
    with database.engine.begin() as connection:
        lines: Iterable[str]
        if postgres:
            lines = connection.execute(text(f"EXPLAIN (ANALYZE, COSTS OFF) {sql}")).scalars()
        else:
            lines = (
                " | ".join(str(v) for v in row)
                for row in connection.execute(text(f"EXPLAIN QUERY PLAN {sql}"))
            )
        plan = "\n    ".join(lines)
        connection.rollback()
    return plan


def main() -> None:
    """Load, dispatch, report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="SQLite or PostgreSQL URL (default: a temp SQLite)")
    parser.add_argument("--initiatives", type=int, default=10_000)
    parser.add_argument("--checkins", type=int, default=50_000)
    parser.add_argument("--due", type=int, default=5_000)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    database, remove = fresh_database(args.database)
    try:
        started = time.perf_counter()
        load(database, args.initiatives, args.checkins, args.due)
        loaded = time.perf_counter() - started
        dispatcher = CheckinDispatcher(database, Rules(), batch_size=args.batch)
        backend = database.url.get_backend_name()
        print(
            f"{backend}: {args.initiatives} initiatives, {args.checkins} pending check-ins, "
            f"{args.due} due (loaded in {loaded:.1f} s)"
        )
        print(f"  due query plan (nothing claimed yet):\n    {explain(database, dispatcher)}")

        started = time.perf_counter()
        result = dispatcher.run_due(NOW)
        busy = time.perf_counter() - started
        print(
            f"  dispatch pass, {result.sent} due: {busy * 1000:.0f} ms "
            f"({busy / max(1, result.sent) * 1e6:.0f} µs per check-in; "
            f"{result.messages} outbox messages, {result.deferred} deferred)"
        )
        assert result.sent == args.due, result

        timings = []
        for _ in range(20):
            started = time.perf_counter()
            idle = dispatcher.run_due(NOW)
            timings.append(time.perf_counter() - started)
            assert idle.sent == 0
        timings.sort()
        print(
            f"  dispatch pass, nothing due: median {timings[10] * 1000:.2f} ms, "
            f"max {timings[-1] * 1000:.2f} ms (20 passes)"
        )
        print(f"  due query plan (nothing due):\n    {explain(database, dispatcher)}")

        outbox = OutboxDispatcher(database, {"slack": NullSender()})
        started = time.perf_counter()
        delivered = 0
        while True:
            count = asyncio.run(outbox.dispatch_pending(limit=500))
            delivered += count
            if count == 0:
                break
        spent = time.perf_counter() - started
        print(
            f"  outbox delivery to a no-op channel: {delivered} messages in {spent * 1000:.0f} ms"
        )
    finally:
        remove()


if __name__ == "__main__":
    main()
