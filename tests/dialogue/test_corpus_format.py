"""Format checks for the dialogue test corpora in tests/dialogue/corpus*.

Each YAML file is one conversation: what the person writes on their own (`messages`),
how they answer if asked about a field (`answers`), and the short verbatim snippets that
must end up in each field of the stored initiative (`expect`). These tests only check
that the corpus is well formed and internally consistent; they do not run the bot.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

HERE = Path(__file__).parent
# Each corpus and its minimum size: files, Danish, English, complete openings.
CORPORA = {
    "corpus": (30, 20, 10, 10),
    "corpus_heldout": (15, 10, 5, 5),
    "corpus_heldout2": (20, 13, 7, 6),
    "corpus_heldout3": (24, 16, 8, 8),
    "corpus_train": (60, 40, 20, 20),
    "corpus_heldout4": (30, 20, 10, 10),
    "corpus_train2": (80, 50, 30, 25),
    "corpus_heldout5": (30, 20, 10, 10),
    "corpus_heldout6": (30, 20, 10, 10),
    "corpus_train3": (90, 55, 35, 30),
    "corpus_train4": (60, 40, 20, 20),
    "corpus_heldout7": (30, 20, 10, 10),
    "corpus_heldout8": (30, 20, 10, 10),
    "corpus_heldout9": (30, 20, 10, 10),
    "corpus_heldout10": (30, 20, 10, 10),
    "corpus_heldout11": (30, 20, 10, 10),
    "corpus_heldout12": (30, 20, 10, 10),
    "corpus_heldout13": (30, 20, 10, 10),
    "corpus_heldout14": (30, 20, 10, 10),
    "corpus_heldout15": (30, 20, 10, 10),
    "corpus_heldout16": (30, 20, 10, 10),
    "corpus_heldout17": (30, 20, 10, 10),
    "corpus_heldout18": (30, 20, 10, 10),
    "corpus_heldout19": (30, 20, 10, 10),
    "corpus_heldout20": (30, 20, 10, 10),
    "corpus_train5": (30, 20, 10, 10),
    "corpus_train6": (30, 20, 10, 10),
    "corpus_train7": (30, 20, 10, 10),
    "corpus_train8": (30, 20, 10, 10),
    "corpus_train9": (30, 20, 10, 10),
    "corpus_train10": (30, 20, 10, 10),
    "corpus_train11": (30, 20, 10, 10),
    "corpus_train12": (30, 20, 10, 10),
}
ALL_FILES = sorted(path for name in CORPORA for path in (HERE / name).glob("*.yaml"))

# Written independently of bot/ on purpose: the corpus checks its own field list.
FIELDS = (
    "what",
    "why",
    "who_benefits",
    "where",
    "when",
    "brings",
    "help_wanted",
    "partners",
    "contact",
)
CORE_FIELDS = ("what", "why", "who_benefits", "where", "when", "brings", "help_wanted")
LANGS = {"da", "en"}
KINDS = {"complete", "partial", "minimal"}
REQUIRED_KEYS = {"id", "lang", "kind", "messages", "answers", "expect"}

# Answers that mean "nothing to add"; a field answered this way must not be expected.
SKIP_ANSWERS = {
    "ved ikke",
    "det ved jeg ikke",
    "spring over",
    "ingen anelse",
    "i don't know",
    "i dont know",
    "don't know",
    "dont know",
    "skip",
    "no idea",
}

MAX_QUESTIONS = 5
MAX_SNIPPET_WORDS = 6
MIN_FACTS, MAX_FACTS = 3, 10


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _is_skip(answer: str) -> bool:
    return _norm(answer).strip().rstrip(".!").replace("\u2019", "'") in SKIP_ANSWERS


def _load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, dict), f"{path.name}: top level must be a mapping"
    return data


def _found_in_messages(snippet: str, messages: list[str]) -> bool:
    return any(_norm(snippet) in _norm(m) for m in messages)


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_corpus_dir_has_files(corpus: str) -> None:
    folder = HERE / corpus
    assert folder.is_dir(), f"missing {folder}"
    assert not list(folder.glob("*.yml")), "use the .yaml extension"
    files = list(folder.glob("*.yaml"))
    assert len(files) >= CORPORA[corpus][0], f"only {len(files)} conversations"


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_conversation_schema(path: Path) -> None:
    data = _load(path)
    name = path.name

    missing_keys = REQUIRED_KEYS - data.keys()
    assert not missing_keys, f"{name}: missing keys {sorted(missing_keys)}"
    extra_keys = data.keys() - REQUIRED_KEYS
    assert not extra_keys, f"{name}: unknown keys {sorted(extra_keys)}"

    assert data["id"] == path.stem, f"{name}: id {data['id']!r} != file stem"
    assert data["lang"] in LANGS, f"{name}: bad lang {data['lang']!r}"
    assert data["kind"] in KINDS, f"{name}: bad kind {data['kind']!r}"

    messages = data["messages"]
    assert isinstance(messages, list) and messages, f"{name}: messages must be a non-empty list"
    for m in messages:
        assert isinstance(m, str) and m.strip(), f"{name}: every message must be a non-empty string"
    if data["kind"] == "minimal":
        assert len(messages) >= 2, f"{name}: minimal needs a greeting and then the idea"
        assert len(messages[0].split()) <= 8, f"{name}: minimal must open with a short greeting"

    answers = data["answers"] or {}
    assert isinstance(answers, dict), f"{name}: answers must be a mapping"
    for field, answer in answers.items():
        assert field in FIELDS, f"{name}: unknown answer field {field!r}"
        assert isinstance(answer, str) and answer.strip(), f"{name}: answer {field} must be text"

    expect = data["expect"]
    assert isinstance(expect, dict) and expect, f"{name}: expect must be a non-empty mapping"
    n_facts = 0
    for field, snippets in expect.items():
        assert field in FIELDS, f"{name}: unknown expect field {field!r}"
        assert isinstance(snippets, list) and snippets, f"{name}: expect.{field} must be a list"
        for snippet in snippets:
            assert isinstance(snippet, str) and snippet.strip(), f"{name}: bad snippet in {field}"
            assert len(snippet.split()) <= MAX_SNIPPET_WORDS, (
                f"{name}: snippet {snippet!r} is too long; keep it short and distinctive"
            )
            in_answer = field in answers and _norm(snippet) in _norm(answers[field])
            assert in_answer or _found_in_messages(snippet, messages), (
                f"{name}: expect.{field} snippet {snippet!r} is neither in the messages "
                f"nor in answers.{field}"
            )
            n_facts += 1
        if field in answers:
            assert not _is_skip(answers[field]) or all(
                _found_in_messages(s, messages) for s in snippets
            ), f"{name}: answers.{field} is a skip answer, so expect nothing new for {field}"
    assert MIN_FACTS <= n_facts <= MAX_FACTS, f"{name}: {n_facts} expected facts"

    # Core fields the opening does not cover: the bot has to ask about them, so each
    # needs an answer, and there can be no more of them than the bot may ask questions.
    not_in_messages = [
        f
        for f in CORE_FIELDS
        if not any(_found_in_messages(s, messages) for s in expect.get(f, []))
    ]
    unanswered = [f for f in not_in_messages if f not in answers]
    assert not unanswered, f"{name}: no answer for fields missing from the messages: {unanswered}"
    assert len(not_in_messages) <= MAX_QUESTIONS, (
        f"{name}: {len(not_in_messages)} core fields missing from the messages "
        f"(the bot asks at most {MAX_QUESTIONS} questions): {not_in_messages}"
    )
    if data["kind"] == "complete":
        assert len(not_in_messages) <= 1, (
            f"{name}: a complete opening should state nearly every core field, "
            f"missing {not_in_messages}"
        )


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_corpus_balance(corpus: str) -> None:
    min_files, min_da, min_en, min_complete = CORPORA[corpus]
    docs = [_load(p) for p in sorted((HERE / corpus).glob("*.yaml"))]
    langs = Counter(d.get("lang") for d in docs)
    kinds = Counter(d.get("kind") for d in docs)
    assert len(docs) >= min_files
    assert langs["da"] >= min_da, f"only {langs['da']} Danish conversations"
    assert langs["en"] >= min_en, f"only {langs['en']} English conversations"
    assert kinds["complete"] >= min_complete, f"only {kinds['complete']} complete openings"
    assert kinds["partial"] >= 1 and kinds["minimal"] >= 1
    ids = [d.get("id") for d in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
