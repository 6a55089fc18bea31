"""Builds the clause labeller's training data from the dialogue corpora.

Run `python -m tests.dialogue.clause_data` after a corpus changes; it rewrites
bot/dialogue/data/clauses.jsonl, and tests/dialogue/test_clauses.py checks the file is current.

Each `answers` entry is one example labelled with the field it answers. Each clause of the
opening `messages` (cut the way the rules cut them) is labelled with the field whose expected
snippet it overlaps most, free-text fields first; clauses with no snippet are "none".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from bot.dialogue.clauses import DATA_FILE, FREE_TEXT_FIELDS, NONE
from bot.dialogue.understanding import clause_spans

HERE = Path(__file__).parent
# The corpora the labeller learns from. corpus_heldout5, 6, 8 and 17 are the honest
# test sets: they must never be read here, so the folders are named, not globbed.
TRAINING_CORPORA = (
    "corpus",
    "corpus_heldout",
    "corpus_heldout2",
    "corpus_heldout3",
    "corpus_heldout4",
    "corpus_heldout7",
    "corpus_heldout9",
    "corpus_heldout10",
    "corpus_heldout11",
    "corpus_heldout12",
    "corpus_heldout13",
    "corpus_heldout14",
    "corpus_heldout15",
    "corpus_heldout16",
    "corpus_train",
    "corpus_train2",
    "corpus_train3",
    "corpus_train4",
    "corpus_train5",
    "corpus_train6",
    "corpus_train7",
    "corpus_train8",
    "corpus_train9",
    "corpus_train10",
    "corpus_train11",
)
NEVER_READ = frozenset(
    {
        "corpus_heldout5",
        "corpus_heldout6",
        "corpus_heldout8",
        "corpus_heldout17",
        "corpus_heldout18",
        "corpus_heldout19",
        "corpus_heldout20",
    }
)
# Answers that mean "nothing to add" teach nothing about a field.
_SKIP_ANSWERS = {"ved ikke", "det ved jeg ikke", "spring over", "i don't know", "skip", "no idea"}


def _snippet_spans(message: str, expect: dict[str, list[str]]) -> list[tuple[str, int, int]]:
    lowered = message.lower()
    spans: list[tuple[str, int, int]] = []
    for field_name, snippets in expect.items():
        for snippet in snippets:
            at = lowered.find(snippet.lower())
            if at >= 0:
                spans.append((field_name, at, at + len(snippet)))
    return spans


def _clause_label(a: int, b: int, snippets: list[tuple[str, int, int]]) -> str:
    overlap: dict[str, int] = {}
    for field_name, sa, sb in snippets:
        shared = min(b, sb) - max(a, sa)
        if shared > 0:
            overlap[field_name] = overlap.get(field_name, 0) + shared
    if not overlap:
        return NONE
    free = {k: v for k, v in overlap.items() if k in FREE_TEXT_FIELDS}
    pool = free or overlap
    return max(sorted(pool), key=lambda k: pool[k])


def conversation_examples(convo: dict[str, Any], source: str) -> list[dict[str, str]]:
    """The labelled examples of one corpus conversation."""
    lang = convo["lang"]
    expect = convo.get("expect", {})
    examples: list[dict[str, str]] = []
    for message in convo["messages"]:
        snippets = _snippet_spans(message, expect)
        for a, b in clause_spans(message):
            text = message[a:b].strip()
            if text:
                examples.append(
                    {"text": text, "lang": lang, "label": _clause_label(a, b, snippets)}
                )
    for field_name, answer in convo.get("answers", {}).items():
        if answer and answer.strip().lower().rstrip(".!") not in _SKIP_ANSWERS:
            examples.append({"text": answer.strip(), "lang": lang, "label": field_name})
    for example in examples:
        example["source"] = source
    return examples


def build() -> list[dict[str, str]]:
    """Every training example, in a stable order."""
    examples: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for folder in TRAINING_CORPORA:
        assert folder not in NEVER_READ
        for path in sorted((HERE / folder).glob("*.yaml")):
            convo = yaml.safe_load(path.read_text(encoding="utf-8"))
            for example in conversation_examples(convo, f"{folder}/{path.stem}"):
                key = (example["text"], example["label"])
                if key not in seen:
                    seen.add(key)
                    examples.append(example)
    return examples


def render(examples: list[dict[str, str]]) -> str:
    """The data file's text: one JSON object a line."""
    return "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in examples)


def main() -> None:
    """Rewrite the committed data file from the corpora."""
    examples = build()
    DATA_FILE.parent.mkdir(parents=True, exist_ok=True)
    DATA_FILE.write_text(render(examples), encoding="utf-8")
    counts: dict[str, int] = {}
    for e in examples:
        counts[e["label"]] = counts.get(e["label"], 0) + 1
    print(f"wrote {len(examples)} examples to {DATA_FILE}: {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
