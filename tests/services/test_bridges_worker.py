"""The bridges worker process (offers of introductions after a submission) never outlives
the server that started it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

# A server stand-in: a ConversationService with its background worker started, killed
# without any chance to shut the worker down.
HOLDER = """
import os, sys, time
from bot.config import Settings
from bot.services.conversation import ConversationService
from storage.db import Database

url = sys.argv[1]
service = ConversationService(
    Database(url), Settings(database_url=url, _env_file=None), background_bridges=True
)
print(service._bridges.submit(os.getpid).result(), flush=True)  # started on first use
time.sleep(120)
"""


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is gone in all but name.
    status = Path(f"/proc/{pid}/stat")
    return status.exists() and status.read_text().split(") ")[-1][:1] != "Z"


def test_the_worker_exits_when_its_server_is_killed(database_url: str) -> None:
    root = Path(__file__).resolve().parents[2]
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, database_url],
        cwd=root,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        line = holder.stdout.readline()
        workers = [int(pid) for pid in line.split()]
        assert workers and all(alive(pid) for pid in workers)
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        deadline = time.monotonic() + 15
        while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = [pid for pid in workers if alive(pid)]
        for pid in left:  # do not leave them behind for the rest of the suite
            os.kill(pid, signal.SIGKILL)
        assert left == []
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


if sys.platform != "linux":  # pragma: no cover - /proc is read to tell zombies apart
    pytestmark = pytest.mark.skip("reads /proc")


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no Unix priorities here")
def test_the_worker_yields_the_cpu_to_the_turns(database_url: str) -> None:
    from bot.config import Settings
    from bot.services.conversation import BRIDGES_WORKER_NICE, ConversationService
    from storage.db import Database

    service = ConversationService(
        Database(database_url),
        Settings(database_url=database_url, _env_file=None),  # type: ignore[call-arg]
        background_bridges=True,
    )
    try:
        assert service._bridges is not None
        worker = service._bridges.submit(os.nice, 0).result(timeout=60)
        assert worker == min(19, os.nice(0) + BRIDGES_WORKER_NICE)  # 19: the lowest
    finally:
        service.close()
