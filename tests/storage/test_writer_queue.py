"""SQLite's one writer: threads of a process queue in order on the database's writer lock,
instead of sleeping in SQLite's busy wait; readers do not queue."""

from __future__ import annotations

import threading

import pytest

from storage.db import Database


def test_write_sessions_of_one_process_take_turns(database: Database) -> None:
    if not database.is_sqlite:
        pytest.skip("PostgreSQL has row locks; there is no single writer to queue for")
    inside: list[str] = []
    first_in = threading.Event()
    let_go = threading.Event()

    def first() -> None:
        with database.session():
            inside.append("first in")
            first_in.set()
            let_go.wait(timeout=10)
            inside.append("first out")

    def second() -> None:
        with database.session():
            inside.append("second in")

    def reader() -> None:
        with database.session(read_only=True):
            inside.append("reader")

    one = threading.Thread(target=first)
    one.start()
    assert first_in.wait(timeout=10)
    two = threading.Thread(target=second)
    two.start()
    three = threading.Thread(target=reader)
    three.start()
    three.join(timeout=10)
    two.join(timeout=0.2)  # it waits for the first writer
    assert two.is_alive()
    assert inside == ["first in", "reader"]
    let_go.set()
    one.join(timeout=10)
    two.join(timeout=10)
    assert inside == ["first in", "reader", "first out", "second in"]
