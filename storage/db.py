"""Engine, sessions and migrations for SQLite (default) and PostgreSQL."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# How long a SQLite connection waits for another process's write lock before it gives up.
SQLITE_BUSY_TIMEOUT_S = 10.0


class DatabaseError(Exception):
    """A database problem explained in one line, safe to show an operator."""


def normalise_url(url: str) -> str:
    """Use psycopg 3 for plain postgresql:// URLs."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # We issue BEGIN ourselves (see _sqlite_begin), so the driver must not.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
    # Checkpoints copy the WAL into the database file and fsync; left to SQLite they run
    # inside whichever turn crosses 1,000 pages. The Checkpointer thread does them instead.
    cursor.execute("PRAGMA wal_autocheckpoint=0")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    # Every turn reads the conversation and then writes it. A deferred transaction would fail
    # ("database is locked") when another writer committed in between; taking the write lock
    # at BEGIN makes two turns of one person run one after the other instead. Long read-only
    # work asks for a deferred BEGIN, so it never holds the write lock that turns wait for.
    mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    connection.exec_driver_sql(f"BEGIN {'DEFERRED' if mode == 'DEFERRED' else 'IMMEDIATE'}")


def wal_checkpoint(engine: Engine, mode: str = "PASSIVE") -> tuple[int, int, int]:
    """Run a WAL checkpoint outside any transaction (SQLite refuses one inside)."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(f"PRAGMA wal_checkpoint({mode})")
        row = cursor.fetchone()
        cursor.close()
    finally:
        raw.close()
    assert row is not None
    return int(row[0]), int(row[1]), int(row[2])


class Checkpointer:
    """Moves SQLite's WAL checkpoints off the request path, into a background thread."""

    def __init__(self, engine: Engine, every_seconds: float = 2.0) -> None:
        self.engine = engine
        self.every_seconds = every_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sqlite-checkpoint", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.every_seconds):
            self.checkpoint()

    def checkpoint(self) -> tuple[int, int, int] | None:
        """Copy what is in the WAL into the database without blocking readers or writers;
        returns SQLite's (busy, frames in the WAL, frames checkpointed)."""
        try:
            return wal_checkpoint(self.engine, "PASSIVE")
        except Exception:  # a busy or vanished database: the next round tries again
            log.debug("checkpoint skipped", exc_info=True)
            return None

    def stop(self) -> None:
        """Stop the thread after one last checkpoint."""
        self._stop.set()
        self._thread.join(timeout=5)
        self.checkpoint()


class Database:
    """One database: its engine, a session factory and its migrations."""

    def __init__(self, url: str) -> None:
        try:
            parsed = make_url(normalise_url(url))
        except ArgumentError as exc:
            raise DatabaseError(f"Not a database URL: {redact(url)}") from exc
        self.url = parsed
        kwargs: dict[str, Any] = {"future": True}
        if parsed.get_backend_name() == "sqlite":
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_S}
        else:
            kwargs["pool_pre_ping"] = True
            kwargs["connect_args"] = {"connect_timeout": 5}
        try:
            self.engine: Engine = create_engine(parsed, **kwargs)
        except Exception as exc:  # missing driver, bad options
            raise DatabaseError(f"Cannot use database {redact(url)}: {exc}") from exc
        self._checkpointer: Checkpointer | None = None
        self._wants_checkpointer = self.is_sqlite and parsed.database not in (None, "", ":memory:")
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # SQLite has one writer at a time. Threads of this process queue here for it: a
        # lock hands over the moment the writer commits, where SQLite's own busy wait
        # sleeps in steps of up to 100 ms. (Other processes still meet SQLite's wait.)
        self._writer = threading.RLock() if self.is_sqlite else None

    @property
    def is_sqlite(self) -> bool:
        """True for the embedded SQLite default."""
        return self.url.get_backend_name() == "sqlite"

    @contextmanager
    def session(self, *, read_only: bool = False) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on any error.

        `read_only` work (it must not write) does not take SQLite's write lock."""
        self._start_checkpointer()
        writer = None if read_only else self._writer
        if writer is not None:
            writer.acquire()
        try:
            session = self._sessions()
            if read_only and self.is_sqlite:
                session.connection(execution_options={"sqlite_begin": "DEFERRED"})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()
        finally:
            if writer is not None:
                writer.release()

    @contextmanager
    def cursor_transaction(self) -> Iterator[Any]:
        """A write transaction on the DB-API cursor underneath SQLAlchemy, for the few
        statements of an ordinary turn (see `storage.quick_turn`): committed when the block
        ends, rolled back on any error. The same pool, write lock and BEGIN as `session`."""
        self._start_checkpointer()
        if self._writer is not None:
            self._writer.acquire()
        try:
            raw = self.engine.raw_connection()
            try:
                cursor = raw.cursor()
                if self.is_sqlite:
                    cursor.execute("BEGIN IMMEDIATE")  # see _sqlite_begin
                try:
                    yield cursor
                    raw.commit()
                except BaseException:
                    raw.rollback()
                    raise
                finally:
                    cursor.close()
            finally:
                raw.close()  # back to the pool
        finally:
            if self._writer is not None:
                self._writer.release()

    def _start_checkpointer(self) -> None:
        if self._wants_checkpointer and self._checkpointer is None:
            self._checkpointer = Checkpointer(self.engine)

    def alembic_config(self) -> Config:
        """Alembic configured for this database, without an alembic.ini on disk."""
        # Imported here: Alembic (with Mako) is a fifth of a second of every command's start,
        # and only migrations need it.
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["engine"] = self.engine
        return config

    def check_reachable(self) -> None:
        """Raise DatabaseError with a clear line when the database cannot be reached."""
        try:
            with self.engine.connect():
                pass
        except OperationalError as exc:
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "no answer"
            raise DatabaseError(f"Cannot reach database {redact(str(self.url))}: {reason}") from exc

    def upgrade(self) -> None:
        """Migrate the schema to the newest revision."""
        from alembic import command

        self.check_reachable()
        command.upgrade(self.alembic_config(), "head")

    def ensure_schema(self) -> None:
        """Migrate on first start (or after an update), so nobody runs a migration by hand."""
        self.upgrade()

    def has_schema(self) -> bool:
        """True when the migrations have been applied at least once."""
        return inspect(self.engine).has_table("alembic_version")

    def dispose(self) -> None:
        """Stop background work and close every pooled connection."""
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer = None
        self._wants_checkpointer = False
        self.engine.dispose()


def redact(url: str) -> str:
    """The URL with any password hidden, for messages and logs."""
    try:
        return make_url(normalise_url(url)).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid URL>"
