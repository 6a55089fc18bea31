"""Language detection and the text folding shared by the understanding modules.

Matching happens on a *folded* copy of the text (lower case, NFC, æ/ø/å spelled
ae/oe/aa, accents dropped, invisible format characters removed) so that "Søen",
"soeen" and "SØEN" look alike.  Every folded character remembers which slice of
the original text it came from, so callers can cut the person's own words out
of the original string.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bot.dialogue.clauses import warm as warm_clause_labeller

__all__ = [
    "Folded",
    "detect_language",
    "fold",
    "fold_plain",
    "language_from_locale",
]

# Letters that Danish users type in several ways; folding them all to the ASCII
# spelling lets one pattern cover "æ", "ae" and a German keyboard's "ä".
_LETTER_FOLDS: dict[str, str] = {
    "æ": "ae",
    "ä": "ae",
    "ø": "oe",
    "ö": "oe",
    "å": "aa",
    "ß": "ss",
    "œ": "oe",
    "ð": "d",
    "þ": "th",
    "ł": "l",
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "`": "'",
    "´": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "«": '"',
    "»": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\r": " ",
    "\t": " ",
    "\v": "\n",
    "\f": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
}


@lru_cache(maxsize=4096)
def _fold_cluster(cluster: str) -> str:
    """Fold one base character plus its combining marks."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", cluster):
        low = ch.lower()
        for c in low:
            mapped = _LETTER_FOLDS.get(c)
            if mapped is not None:
                out.append(mapped)
                continue
            cat = unicodedata.category(c)
            if cat == "Cf" or cat == "Mn" or cat == "Me":
                # Zero-width spaces, bidi controls, soft hyphens and emoji
                # variation selectors only get in the way of matching.
                continue
            if cat == "Zs":
                out.append(" ")
                continue
            if c.isascii():
                out.append(c)
                continue
            decomposed = unicodedata.normalize("NFD", c)
            base = "".join(d for d in decomposed if not unicodedata.combining(d))
            out.append(base if base.isascii() and base else c)
    return "".join(out)


@dataclass(frozen=True)
class Folded:
    """A folded copy of `original` with a map from folded positions back to it."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Translate a folded [start, end) range into an original-text range."""
        if end <= start or start >= len(self.text):
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def original_text(self, start: int, end: int) -> str:
        """Return the original text behind folded [start, end)."""
        a, b = self.orig_span(start, end)
        return self.original[a:b]

    def is_upper_at(self, pos: int) -> bool:
        """Tell whether the original character behind folded `pos` is upper case."""
        if pos >= len(self.starts):
            return False
        return self.original[self.starts[pos]].isupper()


# ASCII runs that are not followed by a combining mark (which would belong to
# their last letter) can skip the per-character work.
_ASCII_RUN_RE = re.compile(
    r"((?:[\x00-\x7f](?![\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff"
    r"\ufe20-\ufe2f\ufe0f]))+)|(?:[\x00-\x7f]|[^\x00-\x7f]+)"
)


def _fold_slow(
    text: str, i: int, n: int, chars: list[str], starts: list[int], ends: list[int]
) -> None:
    combining = unicodedata.combining
    limit = len(text)
    while i < n:
        j = i + 1
        while j < limit and (combining(text[j]) or text[j] == "\ufe0f"):
            j += 1
        for c in _fold_cluster(text[i:j]):
            chars.append(c)
            starts.append(i)
            ends.append(j)
        i = j


def fold(text: str) -> Folded:
    """Fold `text` for matching, keeping a position map back to the original."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for run in _ASCII_RUN_RE.finditer(text):
        a, b = run.span()
        if run.group(1) is not None:
            # Plain ASCII maps one to one; do it in bulk.
            chars.append(run.group(1).lower().replace("\r", " ").replace("\t", " "))
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))
            continue
        _fold_slow(text, a, b, chars, starts, ends)
    folded = "".join(chars)
    if "'" in folded:
        # Split English contractions ("we'll" -> "we 'll") so patterns can treat
        # "'ll", "'d", "'m", "'re" and "'ve" as words of their own.
        cuts = [m.start() for m in _CONTRACTION_RE.finditer(folded)]
        if cuts:
            new_starts: list[int] = []
            new_ends: list[int] = []
            pieces: list[str] = []
            prev = 0
            for pos in cuts:
                pieces.append(folded[prev:pos])
                pieces.append(" ")
                new_starts.extend(starts[prev:pos])
                new_ends.extend(ends[prev:pos])
                new_starts.append(starts[pos])
                new_ends.append(starts[pos])
                prev = pos
            pieces.append(folded[prev:])
            new_starts.extend(starts[prev:])
            new_ends.extend(ends[prev:])
            folded, starts, ends = "".join(pieces), new_starts, new_ends
    return Folded(text, folded, tuple(starts), tuple(ends))


_CONTRACTION_RE = re.compile(r"(?<=[a-z])'(?=(?:ll|d|m|re|ve)(?![a-z]))")


# Below U+0300 no character is a combining mark, so text made only of them (Danish, most of
# Europe's Latin letters) folds one character at a time, in C.
_BELOW_MARKS = "\u0300"
_FOLDS_BELOW_MARKS = {code: _fold_cluster(chr(code)) for code in range(ord(_BELOW_MARKS))}


def fold_plain(text: str) -> str:
    """Fold `text` without keeping a position map (for word lists and patterns)."""
    if text.isascii():
        folded = text.lower().replace("\r", " ").replace("\t", " ")
    elif max(text) < _BELOW_MARKS:
        folded = text.translate(_FOLDS_BELOW_MARKS)
    else:
        folded = "".join(_fold_cluster(c) for c in _clusters(text))
    if "'" in folded:
        folded = _CONTRACTION_RE.sub(" '", folded)
    return folded


def _clusters(text: str) -> list[str]:
    out: list[str] = []
    for ch in text:
        if out and unicodedata.combining(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


# --------------------------------------------------------------------------- #
# Language detection

_DA_WORDS = frozenset(
    fold_plain(w)
    for w in (
        "ja jo jep jeps nej nix næ tak hej hejsa goddag godmorgen godaften halløj davs dav "
        "og jeg vi du de det der er ikke har vil kan skal med til fra på af en et den "
        "hvad hvor hvem hvorfor hvornår hvordan gerne også men fordi måske nok lidt "
        "mange noget ingen hjælp forfra videre dansk engelsk okay selvfølgelig klart "
        "godt fint super perfekt korrekt rigtigt ret ændr annuller afbryd mine status "
        "kære venlig hilsen hilsner mvh vh kommune"
    ).split()
)
_EN_WORDS = frozenset(
    (
        "yes yeah yep yup no nope nah thanks thank hello hi hey the and i we you they it "
        "is are not have will can should with to from on of a an what where who why when "
        "how please also but because maybe sure fine great perfect correct right wrong "
        "help restart cancel skip english danish my ideas dear kind regards best sincerely "
        "wishes municipality council want wants wanted would could like everyone everybody "
        "people our us this that there need needs some more new near just really "
        # Nouns ideas are made of that Danish spells otherwise ("a dog park in Vangede").
        "dog dogs garden gardens bench benches playground playgrounds street streets school "
        "schools children kids neighbours neighbors neighbourhood neighborhood library club "
        "clubs community party lake beach harbour harbor trees flowers idea"
    ).split()
)
# One-word replies where the word alone settles the language.
_DA_SOLO = frozenset(
    fold_plain(w)
    for w in (
        "ja jep jeps nej nix næ tak hej hejsa goddag godmorgen godaften halløj davs "
        "hjælp forfra videre dansk selvfølgelig mvh hilsen annuller afbryd ændr idé"
    ).split()
)
_EN_SOLO = frozenset(
    ("yes yeah yep yup nope nah thanks hello hi hey please english dunno idk").split()
)
# Words that are the same (or meaningless) in both languages; they say nothing. Danes type
# "skip", "cancel" and "restart" too: alone, they do not switch the conversation to English.
_NEUTRAL = frozenset(
    [
        *"ok okay status stop start send reset hmm mm aha super".split(),
        *"skip cancel restart sure cheers".split(),
        *"hellerup gentofte ordrup charlottenlund vangede klampenborg".split(),
    ]
)

_WORD_RE = re.compile(r"[a-z']+")
# Words spelled alike in both languages say nothing on their own.
_AMBIGUOUS = frozenset("i a to man by under over of on in is be den her send hand".split())
# A lower-case word with æ/ø/å is Danish; capitalised ones may be quoted place names
# ("a bench at Gentofte Sø").
_DA_WORD_RE = re.compile(r"(?<![^\W\d_])[a-zæøå]*[æøå][a-zæøå]*")


# A capitalised word that does not start a sentence: a name.
_NAME_INSIDE_RE = re.compile(
    r"(?<=[^\W\d_])(?<![.!?])\s+[A-ZÆØÅ][\w-]*|(?<=[,;:])\s*[A-ZÆØÅ][\w-]*"
)


def _has_danish_word(text: str) -> bool:
    return _DA_WORD_RE.search(unicodedata.normalize("NFC", text)) is not None


_IDENT_LOCK = threading.Lock()
_IDENT: Any = None
_THRESHOLD = 0.9


def warm_up() -> None:
    """Load the language model and train the clause labeller now (a server does this at
    start, off the first turn's path), and compile the patterns of the understanding."""
    import bot.dialogue.understanding  # noqa: F401 - compiled on import

    _identifier()
    warm_clause_labeller()


def _identifier() -> Any:
    global _IDENT
    if _IDENT is None:
        with _IDENT_LOCK:
            if _IDENT is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                ident.set_languages(["da", "en"])
                _IDENT = ident
    return _IDENT


# Said in English about one's Danish.
_WRITES_ENGLISH_FOR_DANISH_RE = re.compile(
    r"\bmy\s+danish\b|\bi\s*(?:don'?t|do\s+not|can'?t|cannot)\s+(?:speak|write|read)\s+"
    r"(?:much\s+|very\s+much\s+|any\s+)?danish\b|\blearning\s+danish\b|\bi\s+speak\s+english\b|"
    r"\bin\s+english\s+please\b"
)


@lru_cache(maxsize=512)  # a turn may ask twice about the same text
def detect_language(text: str, current: str | None = None) -> str:
    """Return 'da' or 'en' for this text; fall back to `current` (or 'da') when unclear."""
    fallback = current if current in ("da", "en") else "da"
    if not text or not text.strip():
        return fallback
    sample = text[:2000]
    folded = fold_plain(sample)
    words = _WORD_RE.findall(folded)
    meaningful = [w for w in words if w not in _NEUTRAL]
    da_hits = sum(1 for w in meaningful if w in _DA_WORDS and w not in _AMBIGUOUS)
    en_hits = sum(1 for w in meaningful if w in _EN_WORDS and w not in _AMBIGUOUS)
    if _WRITES_ENGLISH_FOR_DANISH_RE.search(folded):
        # "Sorry, my Danish is still very bad (jeg lærer det!)": English, whatever Danish
        # words come with it.
        return "en"
    if _has_danish_word(sample) and not (
        en_hits >= 2 and en_hits >= 3 * da_hits and len(words) >= 6
    ):
        # "a Christmas market with gløgg and æbleskiver" is English with Danish words in it,
        # and so is a paragraph that asks "the kommune" for a room for a "fællesspisning".
        return "da"
    if not words or not meaningful:
        return fallback
    if len(words) < 3:
        da = da_hits + sum(1 for w in meaningful if w in _DA_SOLO)
        en = en_hits + sum(1 for w in meaningful if w in _EN_SOLO)
        if da and not en:
            return "da"
        if en and not da:
            return "en"
        return fallback
    if len(words) <= 5 and (da_hits == 0) != (en_hits == 0):
        # Short sentences: function words are a steadier signal than n-grams.
        if da_hits >= 2:
            return "da"
        if en_hits >= 2:
            return "en"
        if en_hits and not _has_danish_word(sample):
            # "a dog park in Vangede": one English word and nothing Danish.
            return "en"
    try:
        # "hi we want a fælleshave at Brogårdsvej near Gentofte Rådhus": names of places say
        # nothing about the language the person writes in.
        lang, prob = _identifier().classify(_NAME_INSIDE_RE.sub(" ", sample) or sample)
    except Exception:  # pragma: no cover - the model is a soft dependency
        return fallback
    if lang in ("da", "en") and float(prob) >= _THRESHOLD:
        return str(lang)
    return fallback


_LOCALE_RE = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_.@].*)?\s*$")


def language_from_locale(locale: str | None) -> str | None:
    """Map a locale such as 'da-DK' or 'en_GB' to 'da' or 'en'; None for anything else."""
    if not locale:
        return None
    m = _LOCALE_RE.match(locale)
    if not m:
        return None
    code = m.group(1).lower()
    if code in ("da", "dan"):
        return "da"
    if code in ("en", "eng"):
        return "en"
    return None
