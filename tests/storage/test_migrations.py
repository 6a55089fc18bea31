"""The migrations produce exactly the models' schema, and the database is set up as promised."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from storage.db import Database
from storage.models import Base


def test_migrations_match_models_without_drift(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_every_model_table_exists(database: Database) -> None:
    tables = set(inspect(database.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_upgrade_twice_is_harmless(database: Database) -> None:
    database.upgrade()
    database.upgrade()
    assert database.has_schema()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    database = Database(f"sqlite:///{tmp_path / 'fresh.db'}")
    database.upgrade()
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        # checkpoints happen in the background thread, never inside a turn
        assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
    with database.session() as session:
        session.execute(
            text("INSERT INTO person (language, created_at) VALUES ('da', '2026-01-01')")
        )
    assert database._checkpointer is not None
    result = database._checkpointer.checkpoint()
    assert result is not None
    busy, frames, copied = result
    assert busy == 0 and frames > 0 and copied == frames
    database.dispose()
