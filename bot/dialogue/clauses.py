"""A learned clause labeller: which initiative field a clause of the person's words talks about.

The rules in `understanding` are precise on the text they were tuned on and brittle on
fresh text; this model generalises from examples instead. It is a multinomial logistic
regression over word uni- and bigrams of Snowball stems plus character n-grams, trained at
first use from bot/dialogue/data/clauses.jsonl (built from the test corpora by
`python -m tests.dialogue.clause_data`). scikit-learn is needed only to train; labelling
a clause is a few array look-ups, so one message costs well under a millisecond.
"""

from __future__ import annotations

import json
import math
import re
import threading
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import snowballstemmer

__all__ = [
    "DATA_FILE",
    "FREE_TEXT_FIELDS",
    "NONE",
    "ClauseModel",
    "features",
    "load_examples",
    "model",
    "train",
    "warm",
]

DATA_FILE = Path(__file__).parent / "data" / "clauses.jsonl"
NONE = "none"
# The fields told in free sentences; places, times and contact details are left to the rules.
FREE_TEXT_FIELDS = ("what", "why", "who_benefits", "brings", "help_wanted", "partners")
# Inverse regularisation strength, chosen by cross-validation over the corpus folders.
_C = 4.0

_WORD_RE = re.compile(r"[^\W_]+")
_STEMMERS = {
    "da": snowballstemmer.stemmer("danish"),
    "en": snowballstemmer.stemmer("english"),
}
# Stemming costs ~13 µs a word; each word is stemmed once. The bound keeps memory flat.
_STEM_CACHE: dict[tuple[str, str], str] = {}
_STEM_CACHE_MAX = 50_000


def _stem(word: str, lang: str) -> str:
    key = (lang, word)
    stem = _STEM_CACHE.get(key)
    if stem is None:
        stemmer = _STEMMERS.get(lang, _STEMMERS["da"])
        stem = stemmer.stemWord(word)
        if len(_STEM_CACHE) < _STEM_CACHE_MAX:
            _STEM_CACHE[key] = stem
    return stem


# Chat spellings read as the words they stand for ("can u sort bags?", "pga trafikken").
_CHAT_WORDS = {
    "u": ("you",),
    "ur": ("your",),
    "wanna": ("want", "to"),
    "gonna": ("going", "to"),
    "gotta": ("got", "to"),
    "pls": ("please",),
    "plz": ("please",),
    "thx": ("thanks",),
    "cuz": ("because",),
    "coz": ("because",),
    "bc": ("because",),
    "pga": ("på", "grund", "af"),
    "ift": ("i", "forhold", "til"),
    "mht": ("med", "hensyn", "til"),
    "evt": ("eventuelt",),
    "vh": ("venlig", "hilsen"),
}


def _words(text: str) -> list[str]:
    words: list[str] = []
    for word in _WORD_RE.findall(text.lower()):
        words.extend(_CHAT_WORDS.get(word, (word,)))
    return words


def features(text: str, lang: str) -> set[str]:
    """The binary features of one clause: stem uni/bigrams, char 4-grams, a length bucket."""
    words = _words(text)
    stems = [_stem(w, lang) for w in words]
    out = {f"w:{s}" for s in stems}
    # "^" marks the clause start: "fordi ..." and "vi kan ..." say most in first position.
    out.update(f"b:{a} {b}" for a, b in pairwise(["^", *stems]))
    # Character 4-grams reach inside compounds ("billardkøer", "fuglekasser").
    for word in words:
        out.update(_grams(word))
    out.add(f"n:{min(len(words), 24) // 4}")
    return out


# A word's 4-grams, kept like its stem (words recur from message to message); at most
# about 12 MB for the most words kept.
_GRAM_CACHE: dict[str, tuple[str, ...]] = {}
_GRAM_CACHE_MAX = 20_000


def _grams(word: str) -> tuple[str, ...]:
    grams = _GRAM_CACHE.get(word)
    if grams is None:
        padded = f" {word} "
        grams = tuple(f"c:{padded[i : i + 4]}" for i in range(len(padded) - 3))
        if len(_GRAM_CACHE) < _GRAM_CACHE_MAX:
            _GRAM_CACHE[word] = grams
    return grams


@dataclass(frozen=True)
class ClauseModel:
    """Trained weights: feature name → row of per-label scores."""

    labels: tuple[str, ...]
    vocabulary: dict[str, int]
    weights: Any  # numpy array, features × labels
    bias: Any  # numpy array, labels

    def probabilities(self, text: str, lang: str) -> dict[str, float]:
        """The probability of each label for one clause."""
        return self.label_all([text], lang)[0]

    def label_all(self, texts: Sequence[str], lang: str) -> list[dict[str, float]]:
        """Probabilities for each of a message's clauses (one array pass for all of them)."""
        import numpy as np

        if not texts:
            return []
        vocabulary = self.vocabulary
        rows: list[int] = []
        starts: list[int] = []
        scale = np.zeros(len(texts))
        for k, text in enumerate(texts):
            feats = features(text, lang)
            # Most features are unknown to the model: find the known ones in one C pass.
            found = [vocabulary[f] for f in vocabulary.keys() & feats]
            starts.append(len(rows))
            rows.extend(found)
            if found:
                scale[k] = 1.0 / math.sqrt(len(feats))
        scores = np.tile(self.bias, (len(texts), 1))
        filled = [k for k in range(len(texts)) if scale[k]]
        if filled:
            # One sum of feature rows per clause that has any known feature.
            summed = np.add.reduceat(self.weights[rows], [starts[k] for k in filled])
            scores[filled] += summed * scale[filled, None]
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        exp /= exp.sum(axis=1, keepdims=True)
        return [dict(zip(self.labels, row, strict=True)) for row in exp.tolist()]


def load_examples(path: Path = DATA_FILE) -> list[dict[str, str]]:
    """The labelled clauses the model learns from."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def train(examples: Iterable[dict[str, str]], exclude: Iterable[str] = ()) -> ClauseModel:
    """Fit the model; `exclude` drops examples whose source starts with one of these folders."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    skipped = tuple(f"{folder}/" for folder in exclude)
    rows = [e for e in examples if not e["source"].startswith(skipped)] if skipped else examples
    vocabulary: dict[str, int] = {}
    indptr, indices, values, targets = [0], [], [], []
    for example in rows:
        feats = sorted(features(example["text"], example["lang"]))
        for f in feats:
            indices.append(vocabulary.setdefault(f, len(vocabulary)))
        values.extend([1.0 / math.sqrt(len(feats))] * len(feats))
        indptr.append(len(indices))
        targets.append(example["label"])
    matrix = csr_matrix(
        (np.array(values), np.array(indices), np.array(indptr)),
        shape=(len(targets), len(vocabulary)),
    )
    # saga stops early on this small, sparse problem: ~0.05 s where lbfgs takes seconds.
    classifier = LogisticRegression(
        C=_C, solver="saga", max_iter=50, tol=1e-3, class_weight="balanced", random_state=0
    )
    with warnings.catch_warnings():
        # Stopping before full convergence is the point; the warning says only that.
        warnings.simplefilter("ignore")
        classifier.fit(matrix, targets)
    return ClauseModel(
        labels=tuple(str(label) for label in classifier.classes_),
        vocabulary=vocabulary,
        weights=np.ascontiguousarray(classifier.coef_.T),
        bias=classifier.intercept_.copy(),
    )


_LOCK = threading.Lock()
_MODEL: ClauseModel | None = None


def model() -> ClauseModel:
    """The shared model, trained from the committed data file at first use."""
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None:
                _MODEL = train(load_examples())
    return _MODEL


def use(replacement: ClauseModel | None) -> None:
    """Swap the shared model (cross-validation trains one without a corpus); None retrains."""
    global _MODEL
    with _LOCK:
        _MODEL = replacement


def warm() -> None:
    """Train the model now (a server does this at start, off the first turn's path)."""
    model()
