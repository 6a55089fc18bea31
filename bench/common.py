"""What the benchmarks share: percentiles, databases, a `samskab serve` process, the table."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from sqlalchemy import text

from bench.turns import percentile
from bot.domain.routing import DISTRICTS
from storage.db import Database
from storage.repositories import StaffRecord, StaffRepository

REPOSITORY = Path(__file__).resolve().parents[1]
DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"
# Environment variables of ours, Slack's and the Agents SDK's: a bench server sees only its own.
_OWN_PREFIXES = ("SAMSKAB_", "SLACK_", "CONNECTIONS__", "CONNECTIONSMAP__")

__all__ = ["percentile"]


def ms(values: list[float], share: float) -> float:
    """The `share` percentile of `values` (milliseconds in, milliseconds out)."""
    return percentile(values, share) if values else float("nan")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- databases ---------------------------------------------------------------------------


def postgres_version(url: str) -> str | None:
    """The server's version string, or None when nothing answers at `url`."""
    try:
        database = Database(url)
        with database.engine.connect() as connection:
            version = str(connection.execute(text("SHOW server_version")).scalar())
        database.dispose()
        return version
    except Exception:
        return None


@dataclass
class BenchDatabase:
    """A fresh, migrated database of the bench's own; `drop()` removes it."""

    url: str
    database: Database
    _admin: Database | None = None
    _name: str = ""
    _folder: str = ""

    @property
    def backend(self) -> str:
        """sqlite or postgresql."""
        return self.database.url.get_backend_name()

    def drop(self) -> None:
        """Close connections and delete the database (file or PostgreSQL database)."""
        self.database.dispose()
        if self._admin is not None:
            engine = self._admin.engine.execution_options(isolation_level="AUTOCOMMIT")
            with engine.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{self._name}" WITH (FORCE)'))
            self._admin.dispose()
        if self._folder:
            for path in Path(self._folder).glob("*"):
                path.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                Path(self._folder).rmdir()


_counter = iter(range(1, 10**6))

# A municipality's staff as the bench runs with it: each submission is routed, so the
# assignment ping, its timeline entry and the staff's check-in clock are part of the turn.
BENCH_CATEGORIES = ("culture", "sport", "nature", "traffic", "children", "elderly", "social")


def seed_staff(database: Database, count: int = 14) -> None:
    """Staff members spread over the default categories and Gentofte's districts."""
    records = [
        StaffRecord(
            name=f"Medarbejder {number}",
            email=f"staff{number}@bench.gentofte.dk",
            categories=[BENCH_CATEGORIES[number % len(BENCH_CATEGORIES)]],
            areas=[DISTRICTS[number % len(DISTRICTS)]] if number % 2 else [],
        )
        for number in range(count)
    ]
    with database.session() as session:
        StaffRepository(session).upsert(records)


def fresh_database(
    backend: str, postgres_url: str = DEFAULT_POSTGRES, *, with_staff: bool = True
) -> BenchDatabase:
    """A new migrated SQLite file, or PostgreSQL database samskab_bench_<pid>_<n>."""
    if backend == "sqlite":
        folder = tempfile.mkdtemp(prefix="samskab-bench-")
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        database = Database(url)
        database.upgrade()
        if with_staff:
            seed_staff(database)
        return BenchDatabase(url, database, _folder=folder)
    admin = Database(postgres_url)
    name = f"samskab_bench_{os.getpid()}_{next(_counter)}"
    engine = admin.engine.execution_options(isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    database = Database(url)
    database.upgrade()
    if with_staff:
        seed_staff(database)
    return BenchDatabase(url, database, _admin=admin, _name=name)


@contextlib.contextmanager
def bench_database(
    backend: str, postgres_url: str = DEFAULT_POSTGRES, *, with_staff: bool = True
) -> Iterator[BenchDatabase]:
    """fresh_database as a context manager that always drops it."""
    made = fresh_database(backend, postgres_url, with_staff=with_staff)
    try:
        yield made
    finally:
        made.drop()


# -- a `samskab serve` process -------------------------------------------------------------


def clean_environment(**values: str) -> dict[str, str]:
    """This process's environment without any Samskab/Slack/Teams setting, plus `values`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(_OWN_PREFIXES)}
    env["PYTHONPATH"] = os.pathsep.join([str(REPOSITORY), *filter(None, [env.get("PYTHONPATH")])])
    env.update(values)
    return env


def rss_mb(pid: int) -> float:
    """Resident memory of process `pid` in MB (VmRSS from /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for pid {pid}")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time process `pid` has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class ServeProcess:
    """`samskab serve` in its own process on 127.0.0.1 (cwd: a temp folder, so no .env)."""

    database_url: str
    env: dict[str, str] = field(default_factory=dict)
    port: int = 0
    # Another server instead (e.g. ["-m", "bench.bare", ...]); "{port}" is filled in.
    argv: list[str] | None = None
    process: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0
    _log: IO[bytes] | None = None
    _folder: str = ""

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:PORT"""
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        """The server's process id."""
        assert self.process is not None
        return self.process.pid

    def start(self) -> None:
        """Launch the process (returns at once; see wait_healthy)."""
        self.port = self.port or free_port()
        self._folder = tempfile.mkdtemp(prefix="samskab-serve-")
        self._log = open(Path(self._folder) / "serve.log", "w+b")  # noqa: SIM115
        if self.argv is not None:
            command = [sys.executable, *(a.replace("{port}", str(self.port)) for a in self.argv)]
        else:
            command = [
                sys.executable,
                "-c",
                "from adapters.cli import main; main()",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--database",
                self.database_url,
            ]
        self.started_at = time.perf_counter()
        self.process = subprocess.Popen(  # noqa: S603 - our own CLI, fixed arguments
            command,
            cwd=self._folder,
            env=clean_environment(**self.env),
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def wait_healthy(self, timeout: float = 60.0, *, warm: bool = False) -> float:
        """Poll /healthz until it answers 200 (and, with `warm`, says its language models
        are loaded); seconds since start()."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"samskab serve exited early:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/healthz", timeout=2) as answer:  # noqa: S310
                    body = json.loads(answer.read() or b"{}")
                    if answer.status == 200 and (not warm or body.get("warm", True)):
                        return time.perf_counter() - self.started_at
            except OSError:
                pass
            time.sleep(0.01)
        raise RuntimeError(f"samskab serve not healthy in {timeout} s:\n{self.log_tail()}")

    def rss_mb(self) -> float:
        """The server's resident memory in MB."""
        return rss_mb(self.pid)

    def cpu_seconds(self) -> float:
        """CPU seconds the server has used."""
        return cpu_seconds(self.pid)

    def log_tail(self, lines: int = 30) -> str:
        """The end of the server's output."""
        if self._log is None:
            return ""
        self._log.flush()
        content = (Path(self._folder) / "serve.log").read_text(errors="replace")
        return "\n".join(content.splitlines()[-lines:])

    def stop(self, timeout: float = 20.0) -> None:
        """SIGTERM (aiohttp shuts down gracefully), SIGKILL if it does not go in time."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        if self._log is not None:
            self._log.close()
            self._log = None
        if self._folder:
            for path in Path(self._folder).glob("*"):
                path.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                Path(self._folder).rmdir()
            self._folder = ""


@contextlib.contextmanager
def serving(
    database_url: str, env: dict[str, str] | None = None, argv: list[str] | None = None
) -> Iterator[ServeProcess]:
    """A healthy `samskab serve` (or the server `argv` names) for the duration of the block."""
    server = ServeProcess(database_url, dict(env or {}), argv=argv)
    server.start()
    try:
        server.wait_healthy(warm=True)  # measure the running server, not its start-up
        yield server
    finally:
        server.stop()


# -- the table -----------------------------------------------------------------------------


@dataclass
class Row:
    """One line of the results table."""

    measure: str
    result: str
    target: str = ""
    verdict: str = ""


@dataclass
class Table:
    """Rows in the order they were measured, printed as one Markdown table."""

    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, measure: str, result: str, target: str = "", met: bool | None = None) -> None:
        """Add a row; `met` None means there is no target to judge."""
        verdict = "" if met is None else ("ok" if met else "MISSED")
        self.rows.append(Row(measure, result, target, verdict))
        print(f"  {measure}: {result}" + (f"  [{verdict}]" if verdict else ""), flush=True)

    def render(self) -> str:
        """The table as Markdown."""
        header = Row("Measure", "Result", "Target", "")
        widths = [
            max(len(getattr(r, name)) for r in [header, *self.rows])
            for name in ("measure", "result", "target", "verdict")
        ]
        lines = []
        for index, row in enumerate([header, *self.rows]):
            cells = [row.measure, row.result, row.target, row.verdict]
            lines.append(
                "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"
            )
            if index == 0:
                lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        return "\n".join(lines)


def machine_facts(postgres: str | None) -> list[str]:
    """Cores, CPU model, memory, Python, SQLite and PostgreSQL versions."""
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = ""
    with contextlib.suppress(OSError, ValueError, IndexError):
        kb = int(Path("/proc/meminfo").read_text().splitlines()[0].split()[1])
        memory = f"{kb / 1024 / 1024:.1f} GB RAM"
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        f"cores: {cores} ({model})" if model else f"cores: {cores}",
        *([memory] if memory else []),
        f"Python {sys.version.split()[0]} ({sys.platform})",
        f"SQLite {sqlite3.sqlite_version}",
        f"PostgreSQL {postgres}" if postgres else "PostgreSQL: not reachable (skipped)",
    ]
