"""In-process dialogue turn latency: read, understand, decide, save; p50/p99 over whole intakes.

    python -m bench.turns [--intakes 1000] [--database URL]

Uses the corpus conversations (tests/dialogue/corpus) round-robin, each as a new person.
"""

from __future__ import annotations

import argparse
import gc
import logging
import statistics
import tempfile
import time
from pathlib import Path

from bot.config import Settings
from bot.dialogue.language import warm_up
from bot.messages import Incoming, Reply
from bot.services.conversation import ConversationService
from storage.db import Database
from tests.dialogue.corpus_runner import DONT_KNOW, load_corpus


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of the sorted values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def run(database: Database, intakes: int) -> list[float]:
    """Play `intakes` complete intakes; returns each turn's wall time in milliseconds."""
    settings = Settings(
        database_url="sqlite://",
        messages_per_minute=10**6,
        _env_file=None,  # type: ignore[call-arg]
    )
    warm_up()  # as `samskab serve` does before it takes turns: models loaded, patterns built
    # As `samskab serve` runs it: introductions are found after the turn, off its path.
    service = ConversationService(database, settings, background_bridges=True)
    corpus = load_corpus()
    timings: list[float] = []

    def turn(user: str, text: str | None = None, choice: str | None = None) -> list[Reply]:
        incoming = Incoming("console", user, user, text=text, choice=choice)
        started = time.perf_counter()
        replies = service.handle(incoming)
        timings.append((time.perf_counter() - started) * 1000)
        return replies

    for number in range(intakes):
        convo = corpus[number % len(corpus)]
        user = f"bench-{number}"
        replies: list[Reply] = []
        for message in convo["messages"]:
            replies = turn(user, message)
        for _ in range(10):
            last = replies[-1]
            if last.card is not None:
                turn(user, choice="confirm")
                break
            answer = convo.get("answers", {}).get(last.asking or "") or DONT_KNOW[convo["lang"]]
            replies = turn(user, answer)
    service.wait_for_background()
    return timings


def main() -> None:
    """Print p50/p99 per turn for the chosen database."""
    from bench.common import seed_staff  # bench.common imports this module

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--intakes", type=int, default=1000)
    parser.add_argument("--database", default=None, help="default: a fresh SQLite file")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory() as folder:
        url = args.database or f"sqlite:///{Path(folder) / 'bench.db'}"
        database = Database(url)
        database.upgrade()
        seed_staff(database)
        run(database, 5)  # warm the caches
        gc.collect()
        gc.freeze()  # as `samskab serve` does after its warm-up
        timings = run(database, args.intakes)
        database.dispose()
    print(
        f"{database.url.get_backend_name():<10} intakes={args.intakes} turns={len(timings)} "
        f"p50={statistics.median(timings):.2f}ms p99={percentile(timings, 0.99):.2f}ms "
        f"max={max(timings):.2f}ms"
    )


if __name__ == "__main__":
    main()
