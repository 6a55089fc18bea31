"""Which category and area an initiative belongs to, and which staff member should take it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import snowballstemmer
import yaml

CATEGORIES = (
    "culture",
    "sport",
    "nature",
    "traffic",
    "children",
    "elderly",
    "social",
    "business",
    "other",
)

# Word stems (Danish and English) that point to a category. Stems, not words, so that
# "køkkenhaver" and "gardens" count ("have" alone is also the verb). Compound Danish words by
# their last part as well (see Categoriser.compounds).
_KEYWORDS: dict[str, list[str]] = {
    "culture": (
        "koncert musik kunst kultur teater bibliotek læsekreds læse bog bøger udstilling "
        "film kor sang maleri foredrag festival art concert music theatre library reading "
        "book exhibition choir singing painting history historie"
    ).split(),
    "sport": (
        "sport løb løbeklub fodbold petanque padel svømning vinterbad vinterbadning cykel "
        "gymnastik yoga træning motion boldbane bane idræt hold turnering running football "
        "swimming bathing training exercise pitch tournament skate skaterampe rampe"
    ).split(),
    "nature": (
        "køkkenhave fælleshave nyttehave skolehave haveprojekt natur træ træer blomst blomster "
        "bi bier insekt affald skrald plastik "
        "genbrug bytte byttemarked miljø klima grøn kompost sø skov strand park plante "
        "garden nature tree flower bee insect litter rubbish plastic recycle reuse swap "
        "environment climate green compost lake forest beach plant repair reparation"
    ).split(),
    "traffic": (
        "trafik vej veje cykelsti fortov fodgænger skolevej parkering bil biler hastighed "
        "overgang lys belysning traffic road cycle lane pavement pedestrian crossing parking "
        "car speed lighting bump"
    ).split(),
    "children": (
        "børn barn unge ungdom legeplads legegade leg lektie lektiecafé skole spejder "
        "familie familier baby children child kids young youth playground play homework "
        "school scouts family families teenager"
    ).split(),
    "elderly": (
        "ældre senior seniorer pensionist plejehjem gåtur gågruppe besøgsven ensom "
        "elderly senior pensioner care home walking visiting"
    ).split(),
    "social": (
        "ensomhed ensom fællesspisning fællesskab tilflytter nyankomne flygtning integration "
        "frivillig social sundhed trivsel loneliness lonely community newcomer newcomers "
        "refugee volunteer health wellbeing dinner spisning"
    ).split(),
    "business": (
        "butik butikker erhverv virksomhed handel marked torvedag iværksætter lokal handel "
        "shop shops business company market trade entrepreneur"
    ).split(),
}

DISTRICTS = (
    "Hellerup",
    "Charlottenlund",
    "Ordrup",
    "Jægersborg",
    "Vangede",
    "Dyssegård",
    "Klampenborg",
    "Skovshoved",
    "Gentofte",
)

_STEMMERS = {
    "da": snowballstemmer.stemmer("danish"),
    "en": snowballstemmer.stemmer("english"),
}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


@lru_cache(maxsize=20_000)
def _stems(word: str) -> tuple[str, ...]:
    return tuple(stemmer.stemWord(word) for stemmer in _STEMMERS.values())


_WORD_RE = re.compile(r"[^\W\d_]{2,}")


class Categoriser:
    """Picks a category from an initiative's words, by keyword stems (Danish and English)."""

    def __init__(self, keywords: Mapping[str, Sequence[str]]) -> None:
        # "other" is always there: it is what an initiative gets when nothing fits.
        self.categories = tuple(dict.fromkeys([*keywords, "other"]))
        self.index: dict[str, str] = {}
        for category, words in keywords.items():
            for word in words:
                for stem in _stems(_fold(word)):
                    self.index.setdefault(stem, category)
        # Danish compounds ("skaterampe", "vinterbadeklub"): a keyword as the last part of a
        # longer word, which is what the word is ("Strandvejen" is a road, not a beach).
        self.compounds: dict[str, re.Pattern[str]] = {}
        for category, words in keywords.items():
            long_words = "|".join(re.escape(_fold(w)) for w in sorted(set(words)) if len(w) >= 5)
            if long_words:
                self.compounds[category] = re.compile(
                    rf"\w(?:{long_words})(?:e|en|er|erne|et|ene|s|ne)?\b"
                )

    def categorise(self, text: str) -> str:
        """The best-matching category for the text, or "other"."""
        scores: dict[str, int] = {}
        folded = _fold(text)
        for word in set(_WORD_RE.findall(folded)):
            # Each word counts once, however many of its stems (Danish, English) are known.
            for category in {c for stem in _stems(word) if (c := self.index.get(stem))}:
                scores[category] = scores.get(category, 0) + 1
        for category, pattern in self.compounds.items():
            found = len(set(pattern.findall(folded)))
            if found:
                scores[category] = scores.get(category, 0) + found
        if not scores:
            return "other"
        order = self.categories
        return max(order, key=lambda c: (scores.get(c, 0), -order.index(c)))


DEFAULT_CATEGORISER = Categoriser(_KEYWORDS)


def categorise(text: str) -> str:
    """The best-matching default category for an initiative's text, or "other"."""
    return DEFAULT_CATEGORISER.categorise(text)


class CategoriesFileError(Exception):
    """A categories file that cannot be used, said in one line."""


def load_categories(path: Path) -> Categoriser:
    """A categoriser from a YAML file mapping each category to its keywords."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CategoriesFileError(f"cannot read categories file {path}: {exc}") from exc
    if not isinstance(data, dict) or not data:
        raise CategoriesFileError(f"{path}: expected a mapping of category: [keywords]")
    keywords: dict[str, list[str]] = {}
    for category, words in data.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise CategoriesFileError(f"{path}: {category!r} needs a list of keywords")
        keywords[str(category)] = words
    return Categoriser(keywords)


def find_area(text: str | None) -> str | None:
    """The first Gentofte district named in the text ("Gentofte" last, being also the town)."""
    if not text:
        return None
    folded = _fold(text)
    for district in DISTRICTS:
        if re.search(rf"\b{re.escape(_fold(district))}", folded):
            return district
    return None


@dataclass(frozen=True)
class Candidate:
    """A staff member as routing sees them."""

    id: int
    categories: Sequence[str]
    areas: Sequence[str]
    away: bool
    open_count: int


def choose_staff(candidates: Sequence[Candidate], category: str, area: str | None) -> int | None:
    """The best present staff member: the closest match on category and area, then least load."""

    def fit(candidate: Candidate) -> int | None:
        by_category = category in candidate.categories
        by_area = area is not None and area in candidate.areas
        general_category = not candidate.categories
        general_area = not candidate.areas
        if not (by_category or general_category) or not (by_area or general_area):
            return None
        return (2 if by_category else 0) + (1 if by_area else 0)

    ranked = [
        (score, -c.open_count, -c.id, c.id)
        for c in candidates
        if not c.away and (score := fit(c)) is not None
    ]
    return max(ranked)[3] if ranked else None
