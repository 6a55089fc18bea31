"""`samskab serve`: the aiohttp server's health endpoint, in-process and as a real process."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from aiohttp.test_utils import TestClient, TestServer

from adapters.server import STATE_KEY, build_app
from bot.config import Settings
from storage.db import Database


async def test_healthz_reports_database_and_channels(
    database: Database, settings: Settings
) -> None:
    async with TestClient(TestServer(build_app(database, settings))) as client:
        response = await client.get("/healthz")
        assert response.status == 200
        body = await response.json()
        assert body["status"] == "ok" and body["database"] == "ok"


async def test_healthz_says_when_the_language_models_are_loaded(
    database: Database, settings: Settings
) -> None:
    app = build_app(database, settings)
    release = threading.Event()
    app[STATE_KEY]["warm_up_with"] = lambda: release.wait(timeout=30)
    async with TestClient(TestServer(app)) as client:
        assert (await (await client.get("/healthz")).json())["warm"] is False
        release.set()
        await app[STATE_KEY]["warm_up"]
        assert (await (await client.get("/healthz")).json())["warm"] is True


async def test_healthz_is_503_when_the_database_is_gone(tmp_path: Path, settings: Settings) -> None:
    broken = Database(f"sqlite:///{tmp_path / 'no-such-dir' / 'x.db'}")
    async with TestClient(TestServer(build_app(broken, settings))) as client:
        response = await client.get("/healthz")
        assert response.status == 503
        assert (await response.json())["database"] == "down"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_starts_migrates_and_answers_health(tmp_path: Path) -> None:
    port = _free_port()
    url = f"sqlite:///{tmp_path / 'serve.db'}"
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from adapters.cli import main; main()",
            "serve",
            "--port",
            str(port),
            "--database",
            url,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        body = None
        while time.monotonic() < deadline and body is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    body = json.loads(r.read())
            except OSError:
                time.sleep(0.1)
        assert body is not None and body["status"] == "ok"
        assert Database(url).has_schema()
    finally:
        process.terminate()
        out, err = process.communicate(timeout=15)
    assert process.returncode == 0, err
    assert f"http://127.0.0.1:{port}" in out
