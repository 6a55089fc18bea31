"""Cross-validation of the clause labeller by corpus folder, played through the real core.

`python -m tests.dialogue.clause_cv` trains the labeller without one corpus folder, plays
that folder with the corpus runner, and prints its numbers; then the next folder.
"""

from __future__ import annotations

import argparse
import logging
import tempfile

from bot.config import Settings
from bot.dialogue import clauses, understanding
from storage.db import Database
from tests.dialogue.clause_data import HERE, TRAINING_CORPORA
from tests.dialogue.corpus_runner import ConversationResult, run_corpus, summary


def play_folder(folder: str) -> list[ConversationResult]:
    """Play one corpus folder on a fresh SQLite file with whatever model is in use."""
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/corpus.db"
        database = Database(url)
        database.upgrade()
        settings = Settings(database_url=url, _env_file=None)  # type: ignore[call-arg]
        results = run_corpus(database, settings, HERE / folder)
        database.dispose()
    return results


def main() -> None:
    """Print, per held-out folder, facts captured, re-asked and median questions."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--fill", type=float, default=understanding.MODEL_FILL)
    parser.add_argument("--share", type=float, default=understanding.MODEL_SHARE)
    parser.add_argument("--add", type=float, default=understanding.MODEL_ADD)
    parser.add_argument("--folders", nargs="*", default=list(TRAINING_CORPORA))
    parser.add_argument("--verbose", action="store_true")

    args = parser.parse_args()
    understanding.MODEL_FILL, understanding.MODEL_ADD = args.fill, args.add
    understanding.MODEL_SHARE = args.share
    logging.disable(logging.WARNING)
    examples = clauses.load_examples()
    for folder in args.folders:
        if not any((HERE / folder).glob("*.yaml")):
            continue
        clauses.use(clauses.train(examples, exclude=[folder]))
        results = play_folder(folder)
        numbers = summary(results)
        print(
            f"{folder:<16} facts={numbers['facts_captured_share']:.3f} "
            f"reasked={numbers['reasked']} median_q={numbers['median_questions']}"
        )
        if args.verbose:
            for r in results:
                for miss in r.missed:
                    print(f"    {r.id}: missed {miss}")
                for name in r.reasked:
                    print(f"    {r.id}: RE-ASKED {name}")
    clauses.use(None)


if __name__ == "__main__":
    main()
