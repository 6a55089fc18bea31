"""The listening targets, measured on the corpus: facts captured, no re-asking, few questions."""

from __future__ import annotations

from pathlib import Path

import yaml

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


def test_the_runner_tells_a_question_that_quotes_the_person(
    database: Database, settings: Settings, tmp_path: Path
) -> None:
    # "i Hellerup" told, then "Du skrev „i Hellerup“ – hvor mere præcist?": re-asked, and
    # counted apart as a question quoting the person's words.
    (tmp_path / "da-strikkeklub-hellerup.yaml").write_text(
        yaml.safe_dump(
            {
                "id": "da-strikkeklub-hellerup",
                "lang": "da",
                "kind": "partial",
                "messages": ["Jeg bor i Hellerup og vil gerne starte en strikkeklub"],
                "answers": {"where": "på Hellerup Bibliotek"},
                "expect": {"what": ["strikkeklub"], "where": ["Hellerup"]},
            },
            allow_unicode=True,
        ),
        encoding="utf-8",
    )
    (result,) = run_corpus(database, settings, tmp_path)
    assert result.reasked == ["where"]
    assert result.reasked_quoting == 1
    assert summary([result])["reasked_quoting_the_person"] == 1
