"""The listening targets, measured on the corpus: facts captured, no re-asking, few questions."""

from __future__ import annotations

from bot.config import Settings
from storage.db import Database
from tests.dialogue.corpus_runner import run_corpus, summary


def test_corpus_meets_the_listening_targets(database: Database, settings: Settings) -> None:
    results = run_corpus(database, settings)
    numbers = summary(results)
    not_submitted = [r.id for r in results if not r.submitted]
    assert not_submitted == []
    assert numbers["facts_captured_share"] >= 0.90, [m for r in results for m in r.missed]
    assert numbers["reasked"] == 0, [(r.id, r.reasked) for r in results if r.reasked]
    assert numbers["median_questions_complete"] <= 3
    assert numbers["max_questions"] <= settings.max_questions
    wrong = [(r.id, r.answered_in) for r in results if r.answered_in != r.lang]
    assert wrong == [], "answered in the wrong language"
