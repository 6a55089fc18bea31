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

# Words (Danish, then English) that point to a category, matched by their stems so that
# "køkkenhaver" and "gardens" count ("have" alone is also the verb). Each language's words are
# read with that language's stemmer only: "care" is not the English "car" by its Danish stem.
# Words joined by "_" are one phrase: "care home" says elderly, "home" alone says nothing.
# Danish compound words count by their last part as well (see Categoriser.compounds); a word
# ending in "*" counts as the first part of one too ("sankthans*": "sankthansfest"), and one
# starting with "-" as a last part even when short ("-sang": "fællessang", "korsang").
# Sharing, swapping and repairing are neighbours meeting (social); waste and recycling are the
# environment (nature). Light is a festival as often as a lamp: only street lighting is traffic.
_KEYWORDS_DA: dict[str, str] = {
    "culture": (
        "koncert* musik* kunst kunstner kunstnere kunstudstilling kultur* teater* bibliotek "
        "læsekreds læse bog bøger udstilling film -kor -sang fællessang sangaften salmesang "
        "musical opera jazz orkester band poesi digte litteratur forfatter maleri foredrag "
        "festival* historie museum* fotografi keramik sankthans* sankt_hans midsommer* jul "
        "jule* fastelavn* diwali* eid påske* lanterne* lysfest* kulturnat fejring"
    ),
    "sport": (
        "sport løb løbeklub fodbold* petanque padel* svømning vinterbad* vinterbadning cykel "
        "gymnastik yoga* træning motion boldbane bane idræt turnering skate skaterampe rampe "
        "basket basketball basketkurv* håndbold* tennis* fitness"
    ),
    "nature": (
        "køkkenhave fælleshave nyttehave skolehave haveprojekt natur træ træer blomst blomster "
        "bi bier insekt affald* skrald plastik genbrug* miljø klima grøn kompost sø -skov strand "
        "park plante smide_ud oprydning"
    ),
    "traffic": (
        "trafik vej veje cykelsti fortov fodgænger* skolevej parkering bil biler hastighed "
        "overgang belysning gadelys gadelampe* skolepatrulje fartbump fartdæmpning"
    ),
    "children": (
        "børn barn unge ungdom legeplads legegade leg lektie lektiecafé lektiehjælp skole spejder "
        "familie familier baby babyer forældre nybagte_forældre barsel* mødregruppe fædregruppe "
        "forældregruppe småbørn* spædbørn* børnefamilie* legetøj vuggestue børnehave dagpleje "
        "teenager*"
    ),
    "elderly": "ældre senior seniorer pensionist plejehjem gåtur gågruppe besøgsven ensom",
    "social": (
        "ensomhed ensom fællesspisning fællesskab tilflytter nyankomne flygtning integration "
        "frivillig social sundhed trivsel spisning fest vejfest gadefest nabofest naboskab "
        "sprog* danskundervisning lære_dansk tale_dansk nydansker* indvandrer* udlænding* "
        "expat* bytte* loppemarked* reparationscafé reparationscafe reparationsværksted "
        "cykelværksted repair_café repair_cafe repaircafé"
    ),
    "business": (
        "butik butikker erhverv virksomhed handel marked torvedag iværksætter lokal_handel"
    ),
}
_KEYWORDS_EN: dict[str, str] = {
    "culture": (
        "art concert music theatre library reading book exhibition choir singing sing song "
        "sing_along singalong painting history festival film poetry literature museum "
        "orchestra jazz opera celebration diwali eid christmas easter midsummer halloween "
        "carnival lantern light_festival festival_of_lights photography"
    ),
    "sport": (
        "sport running football swimming bathing training exercise pitch tournament skate "
        "yoga padel petanque gymnastics basketball basket hoop tennis"
    ),
    "nature": (
        "garden nature tree flower bee insect litter rubbish plastic recycle recycling "
        "environment climate green compost lake forest beach plant park throw_away "
        "throwing_away waste clean_up cleanup litter_picking"
    ),
    "traffic": (
        "traffic road cycle cycle_lane bike_lane pavement pedestrian crossing parking car speed "
        "street_light street_lamp lamp_post speed_bump"
    ),
    "children": (
        "children child kids young youth playground play homework school scouts family "
        "families teenager baby babies parents new_parents parenting toddler toddlers infant "
        "infants toy toys nursery kindergarten daycare playgroup mums dads"
    ),
    "elderly": (
        "elderly senior pensioner care_home nursing_home walking_group visiting_friend older_people"
    ),
    "social": (
        "loneliness lonely community newcomer newcomers refugee volunteer health wellbeing "
        "dinner street_party block_party party neighbourliness language languages "
        "learn_danish practise_danish practice_danish speak_danish danish_lessons immigrant "
        "immigrants expat expats integration swap swapping repair_café repair_cafe "
        "repair_shop repair_workshop bike_workshop bike_repair fix_it flea_market lending sharing"
    ),
    "business": "shop shops business company market trade entrepreneur",
}

# Everyday words and idioms that share a keyword's stem but say nothing about the topic:
# "i løbet af" (during) is not a run, and "run a café" is not sport. (For the same reason
# "hold", a team, is no keyword: "holde en vejfest", "hold a party" are verbs.)
_NOT_TOPICS = re.compile(r"\b(?:i løbet af|run|runs|ran)\b")

# Words that mostly say where an idea happens, not what it is about: "en vejfest på vores
# vej" is a party, "a concert in the park" culture. They count, but for less.
_PLACE_WORDS = frozenset(
    (
        "vej veje vejen vejene park parken parker road roads street streets bibliotek "
        "biblioteket library skole skolen school strand stranden beach"
    ).split()
)
_PLACE_WEIGHT = 0.5

# Words that say what kind of idea it is, whatever it is about: a swap shelf for books and
# toys is a swap shelf, a repair café for bikes a repair café. They count double.
_DEFINING = re.compile(r"(?:bytte|swap|repair|reparations|loppemarked|flea)\w*")
_DEFINING_WEIGHT = 2.0

# Words that say only that people do something together: a "community garden" is a garden,
# a "løbefællesskab" running. They count, but for less.
_GENERIC = re.compile(r"\w*fællesskab\w*|communit(?:y|ies)")
_GENERIC_WEIGHT = 0.5

# An age said in numbers tells who an idea is for: "mænd over 70", "70+", "for 3-årige",
# "people aged 75". A number after "over" followed by a noun is a count ("over 70 gæster"),
# unless people were named just before it ("mænd over 70 laver mad").
_AGE_END = r"(?=\s*(?:$|[^\w\s]|år\b|årige\b|years?\b|og\b|and\b|der\b|som\b|who\b))"
_PEOPLE = (
    r"(?:mænd|kvinder|folk|personer|borgere|beboere|alle|dem|people|men|women|residents"
    r"|everyone|anyone|those)"
)
_AGE = re.compile(
    rf"\b(?:{_PEOPLE}\s+(?:over|above|aged|på|of)\s+(\d{{1,3}})\b"
    rf"|(?:over|fra|from|above|aged|age)\s+(\d{{1,2}}){_AGE_END}"
    r"|(\d{1,3})\s*(?:\+|-?årige\b|-?years?-olds?\b|år og (?:derover|op)\b))"
)
_AGE_UNDER = re.compile(rf"\b(?:under|op til|up to)\s+(\d{{1,2}}){_AGE_END}")
ELDERLY_FROM = 60
CHILDREN_UNDER = 18

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
def _stems(word: str) -> tuple[tuple[str, str], ...]:
    """(language, stem) for each stemmer."""
    return tuple((language, stemmer.stemWord(word)) for language, stemmer in _STEMMERS.items())


_WORD_RE = re.compile(r"[^\W\d_]{2,}")


def _words(text: str) -> list[str]:
    return [word.replace("_", " ") for word in text.split()]


def _phrase_pattern(phrases: Sequence[str]) -> re.Pattern[str]:
    """Phrases word by word, each word with or without an ending ("care homes")."""
    alternatives = [
        r"(?:\s+|-)".join(rf"{re.escape(word)}\w{{0,3}}" for word in _fold(phrase).split())
        for phrase in sorted(set(phrases))
    ]
    return re.compile(rf"\b(?:{'|'.join(alternatives)})\b")


# Words that end like a keyword but are something else: parents ("forældre") are not elderly
# ("ældre"), grandparents neither.
_NOT_COMPOUNDS = re.compile(r"\w*forældr\w*")

# Words whose categories are kept at most (a municipality's vocabulary fits many times).
_WORDS_KEPT = 50_000

# How much each part of an initiative says about what it is about: the idea itself most;
# why and for whom less ("a midsummer party, for the whole family" is still the party).
CATEGORY_FIELD_WEIGHTS = {"what": 1.0, "why": 0.3, "who_benefits": 0.3}


class Categoriser:
    """Picks a category from an initiative's words, by keyword stems (Danish and English)."""

    def __init__(
        self,
        keywords: Mapping[str, Sequence[str]],
        english: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        """`keywords` in Danish and `english` in English; without `english`, `keywords` may
        be in either language (a municipality's own file) and are read with both stemmers."""
        # "other" is always there: it is what an initiative gets when nothing fits.
        self.categories = tuple(dict.fromkeys([*keywords, *(english or {}), "other"]))
        by_language = {"da": keywords, "en": english} if english is not None else {"": keywords}
        # (stemmer language, stem) -> category; "" for a word read by both stemmers. A
        # keyword as written comes first: "parking" is traffic although it stems to "park".
        self.index: dict[tuple[str, str], str] = {}
        self.exact: dict[str, str] = {}
        phrases: dict[str, list[str]] = {}
        for language, table in by_language.items():
            for category, words in table.items():
                for word in words:
                    word = word.strip().strip("*").lstrip("-")
                    if " " in word:
                        phrases.setdefault(category, []).append(word)
                        continue
                    self.exact.setdefault(_fold(word), category)
                    for stemmer, stem in _stems(_fold(word)):
                        if language in ("", stemmer):
                            self.index.setdefault((stemmer, stem), category)
        self.phrases = {category: _phrase_pattern(told) for category, told in phrases.items()}
        # Danish compounds ("skaterampe", "vinterbadeklub"): a keyword as the last part of a
        # longer word, which is what the word is ("Strandvejen" is a road, not a beach). Short
        # keywords only where marked ("-sang"), after a first part of three letters or more.
        # Keywords marked "sankthans*" also as the first part ("sankthansfest").
        danish = by_language.get("da") or by_language[""]
        self.compounds: dict[str, re.Pattern[str]] = {}
        for category, words in danish.items():
            folded = {_fold(w.strip()) for w in words if " " not in w.strip()}
            heads = sorted(w for w in folded if len(w) >= 5 and w[-1] != "*" and w[0] != "-")
            short = sorted(w[1:] for w in folded if w[0] == "-")
            starts = sorted(w[:-1] for w in folded if w[-1] == "*")
            alternatives = []
            if heads:
                alternatives.append(rf"\w+(?:{'|'.join(map(re.escape, heads))})")
            if short:
                alternatives.append(rf"\w{{3,}}(?:{'|'.join(map(re.escape, short))})")
            if alternatives:
                alternatives = [rf"(?:{'|'.join(alternatives)})(?:e|en|er|erne|et|ene|s|ne)?"]
            if starts:
                alternatives.append(rf"(?:{'|'.join(map(re.escape, starts))})\w+")
            if alternatives:
                self.compounds[category] = re.compile("|".join(alternatives))
        # Each word's categories and weight, as `_word` found them.
        self._words: dict[str, tuple[frozenset[str], float]] = {}

    def categorise(self, text: str) -> str:
        """The best-matching category for the text, or "other"."""
        return self.categorise_parts([(text, 1.0)])

    def categorise_fields(self, fields: Mapping[str, str | None]) -> str:
        """The best-matching category for an initiative's what, why and who benefits."""
        return self.categorise_parts(
            [(fields.get(name), weight) for name, weight in CATEGORY_FIELD_WEIGHTS.items()]
        )

    def categorise_parts(self, parts: Sequence[tuple[str | None, float]]) -> str:
        """The best-matching category for (text, weight) parts in order, or "other"."""
        scores: dict[str, float] = {}
        first: dict[str, int] = {}
        offset = 0
        for text, weight in parts:
            if not text:
                continue
            folded = _NOT_TOPICS.sub(" ", _fold(text))
            for category, (score, at) in self._hits(folded).items():
                scores[category] = scores.get(category, 0) + weight * score
                first.setdefault(category, offset + at)
            offset += len(folded) + 1
        if not scores:
            return "other"
        # Equal scores: what is named first is what the idea is (the text starts with what
        # it is, then why and for whom): "en nabofest med grill og musik" is the party.
        return max(scores, key=lambda c: (scores[c], -first[c], -self.categories.index(c)))

    def _word(self, word: str) -> tuple[frozenset[str], float]:
        """The categories one folded word names, and its weight; kept, since words recur."""
        known = self._words.get(word)
        if known is not None:
            return known
        # Each word counts once for a category, however many of its stems (Danish,
        # English) or parts are known.
        found = {
            category
            for stemmer, stem in _stems(word)
            if (category := self.index.get((stemmer, stem)))
        }
        if word in self.exact:
            found = {self.exact[word]}
        if not _NOT_COMPOUNDS.fullmatch(word):
            found |= {c for c, pattern in self.compounds.items() if pattern.fullmatch(word)}
        weight = _PLACE_WEIGHT if word in _PLACE_WORDS else 1.0
        if _DEFINING.fullmatch(word):
            weight = _DEFINING_WEIGHT
        elif _GENERIC.fullmatch(word):
            weight = _GENERIC_WEIGHT
        if len(self._words) >= _WORDS_KEPT:
            self._words.clear()
        self._words[word] = known = (frozenset(found), weight)
        return known

    def _hits(self, folded: str) -> dict[str, tuple[float, int]]:
        """Each category's score in one folded text, with where it is first named."""
        scores: dict[str, float] = {}
        first: dict[str, int] = {}

        def hit(category: str, weight: float, at: int) -> None:
            scores[category] = scores.get(category, 0) + weight
            first[category] = min(first.get(category, at), at)

        seen: set[str] = set()
        for match in _WORD_RE.finditer(folded):
            word = match.group()
            if word in seen:
                continue
            seen.add(word)
            found, weight = self._word(word)
            for category in found:
                hit(category, weight, match.start())
        for category, pattern in self.phrases.items():
            found_at: dict[str, int] = {}
            for match in pattern.finditer(folded):
                found_at.setdefault(match.group(), match.start())
            for phrase, at in found_at.items():
                defining = any(_DEFINING.fullmatch(word) for word in phrase.split())
                hit(category, _DEFINING_WEIGHT if defining else 1.0, at)
        for category, at in _age_groups(folded).items():
            if category in self.categories:
                hit(category, 1.0, at)
        return {category: (scores[category], first[category]) for category in scores}


def _age_groups(folded: str) -> dict[str, int]:
    """ "elderly" and "children" for the ages named in numbers, with where each is first."""
    groups: dict[str, int] = {}
    for match in _AGE.finditer(folded):
        age = int(next(group for group in match.groups() if group))
        if age >= ELDERLY_FROM:
            groups.setdefault("elderly", match.start())
        elif age < CHILDREN_UNDER:
            groups.setdefault("children", match.start())
    for match in _AGE_UNDER.finditer(folded):
        if int(match.group(1)) <= CHILDREN_UNDER:
            groups["children"] = min(groups.get("children", match.start()), match.start())
    return groups


DEFAULT_CATEGORISER = Categoriser(
    {category: _words(words) for category, words in _KEYWORDS_DA.items()},
    {category: _words(words) for category, words in _KEYWORDS_EN.items()},
)


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
