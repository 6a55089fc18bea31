"""The benchmark script still runs end to end (tiny counts, SQLite only); timings are not judged."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]


def test_bench_runs_and_prints_its_table() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SAMSKAB_", "SLACK_"))}
    env["PYTHONPATH"] = str(REPOSITORY)
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--quick", "--skip-slow"],
        cwd=REPOSITORY,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    out = done.stdout
    assert "| Measure" in out and "Machine: cores:" in out
    for measure in (
        "In-process turn, sqlite",
        "Slack path, ours / bare",
        "Teams path, ours / bare",
        "Channel paths: the same messages as in-process turns",
        "Slack path, p50 ours - bare - turn",
        "A turn's transaction without the turn, 25 ms apart, SQLite: ORM session (other "
        "turns) / Core / DB-API (ordinary turns, storage.quick_turn)",
        "Throughput, sqlite",
        "Memory after",
        "Start-up to healthy /healthz",
        "my initiatives (one person, newest 20), sqlite",
        "My ideas via web chat, sqlite",
    ):
        assert measure in out, out[-3000:]
    # Every simulated person's turns went through, on every path.
    assert "failed events" not in out, out[-3000:]
    assert ", 0 errors" in out and "FULL SCAN" not in out, out[-3000:]
