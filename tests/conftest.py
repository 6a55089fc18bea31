"""Shared fixtures: a migrated database per test, on SQLite by default or on PostgreSQL.

Set SAMSKAB_TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test to run the whole
suite against PostgreSQL (.ci/run does both).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.config import Settings
from storage.db import Database, wal_checkpoint
from storage.models import Base
from storage.repositories import forget_staff_accounts

TEST_DATABASE_URL = os.environ.get("SAMSKAB_TEST_DATABASE_URL", "")


def _is_postgres() -> bool:
    return TEST_DATABASE_URL.startswith(("postgresql", "postgres"))


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Migrate once per test session; each test then gets a clean copy or truncated tables."""
    if _is_postgres():
        # A database of our own per test run, so parallel runs on one server never collide.
        admin = Database(TEST_DATABASE_URL)
        name = f"samskab_test_{os.getpid()}"
        admin_engine = admin.engine.execution_options(isolation_level="AUTOCOMMIT")
        with admin_engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        url = admin.url.set(database=name).render_as_string(hide_password=False)
        database = Database(url)
        database.upgrade()
        database.dispose()
        yield url
        with admin_engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    else:
        path = tmp_path_factory.mktemp("template") / "template.db"
        database = Database(f"sqlite:///{path}")
        database.upgrade()
        wal_checkpoint(database.engine, "TRUNCATE")
        database.dispose()
        yield str(path)


@pytest.fixture
def database_url(_migrated_template: str, tmp_path: Path) -> str:
    """A URL of a freshly migrated, empty database for this test."""
    if _is_postgres():
        database = Database(_migrated_template)
        tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        with database.engine.begin() as connection:
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        database.dispose()
        return _migrated_template
    target = tmp_path / "samskab.db"
    shutil.copyfile(_migrated_template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    """A migrated, empty database for this test."""
    forget_staff_accounts()  # the same URL is reused between tests on PostgreSQL
    db = Database(database_url)
    yield db
    db.dispose()


@pytest.fixture
def settings(database_url: str) -> Settings:
    """Settings pointing at this test's database, ignoring any .env on the machine."""
    return Settings(database_url=database_url, _env_file=None)  # type: ignore[call-arg]
