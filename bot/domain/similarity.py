"""How alike two initiatives (or an initiative and an association) are, in Danish and English.

Texts become weighted stem profiles: Snowball stems; Danish compounds split into their parts
("køkkenhaver" counts as itself, as "have" and as "køkken"); English words also mapped onto
the Danish word for the same thing, so a Danish and an English idea can meet. Profiles are
compared by TF-IDF cosine over the candidate set, then boosted when they share a place or a
category. Place names are kept out of the content terms on purpose: two ideas on the same
street but about different things must not look alike, while the same idea on the same
street should rank first.
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer

from bot.domain.routing import DISTRICTS

# How much a shared place or category multiplies the content score. Multiplying (not adding)
# means a shared place can lift a related idea above another, but never makes unrelated
# texts look alike.
PLACE_BOOST = 0.35
AREA_BOOST = 0.15
CATEGORY_BOOST = 0.15

# Weights of the terms a word contributes: the whole stem counts most; each part of a
# compound less. Head and modifier weigh the same: in "hundeskov" and "affaldsindsamling"
# it is the modifier that says what the idea is about.
WHOLE_WEIGHT = 1.0
PART_WEIGHT = 0.5
CONCEPT_WEIGHT = 0.7
# A prior number of documents in the IDF, so that scores in a tiny pool (a new installation
# with three initiatives) are on the same scale as in a large one and one threshold fits both.
IDF_PRIOR_DOCUMENTS = 20

_DANISH_STOP = set(
    """
    af alle allerede alt altid andet andre at bare begge blev blive bliver da de dem den denne
    der deres det dette dig din dine disse dit du efter eller en end er et får fik for fordi
    fra få gerne god godt gør gøre går ham han hans har havde hende hendes her hos hun hvad
    hvem hver hvilke hvis hvor hvordan hvorfor i igen ikke ind ingen jeg jer jo kan kom komme
    kommer kun kunne lang lidt lige lille man mange med meget men mere mig min mine mit mod
    måske ned noget nogle nok nu når og også om op os over på rigtig sammen selv sig sin sine
    sit skal skulle som store stor så således tid til tit ud under var vi via vil ville vores
    været være være alle hele både lave laver lavet start starte startet gang gange hjælp
    hjælpe ide idé ideen idéen ideer idéer initiativ initiativet kommune kommunen borger borgere
    folk mennesker nogen ønsker ønske synes tænker tænkte give giver dag uge år måned fx evt
    etc ca osv gerne kunne måtte få ny nye nyt flere fleste mest ved hver uge ugen ugentlig
    sommer sommeren hverdag weekend weekenden morgen morgenen gratis ting brug bruge voksen
    voksne
    """.split()
)
_ENGLISH_STOP = set(
    """
    a about after again all also am an and any are as at be because been before being both
    but by can could did do does doing done for from get got had has have having he her here
    him his how i if in into is it its just like make many me more most my no not now of on
    once only or other our ours out over own same she should so some such than that the their
    them then there these they this those through to too under up us very was we were what
    when where which while who whom why will with would you your yours want wants wanted
    would idea ideas initiative council municipality people help start started new let lets
    maybe really get every each week weeks year years day days one two three lot lots e g
    monthly weekly summer morning mornings saturday sunday free things use adult adults
    """.split()
)
_PLACE_STOP = {unicodedata.normalize("NFC", d).casefold() for d in DISTRICTS} | {
    "kommune",
    "gentofte",
}

# Danish words that often end a compound; the head of a compound names what it is
# ("fælleshave" is a "have"). Kept to the vocabulary of local ideas on purpose: a short
# list splits reliably, a general dictionary would split "strandvejen" into nonsense.
_DANISH_HEADS = """
    have haver køkken plads bane sti vej bænk klub hold gruppe café cafe marked fest aften tur
    rampe hus hotel bad badning spisning koncert kor sang løb cykel skole børn unge ældre
    bibliotek bog træ blomst bi sø skov strand park affald indsamling bytte reparation
    værksted musik teater film kunst yoga gymnastik fodbold tennis padel petanque hund lys
    belysning kompost leg nabo fællesskab læsning lektie gåtur tøj legetøj mad måltid sauna
    vand kajak båd hav drivhus bed grøntsag frugt insekt eng vildblomst skrald plast sport
    motion dans fortov overgang bump trafik parkering bil lampe kultur historie stade felt
    begrænsning rensning patrulje
""".split()

# English words mapped onto the Danish word for the same thing, so that "community garden"
# and "fælleshave" share a term. Only words that appear in local ideas, one meaning each.
_ENGLISH_TO_DANISH = {
    "garden": "have",
    "gardens": "have",
    "gardening": "have",
    "allotment": "have",
    "vegetable": "grøntsag",
    "grow": "dyrke",
    "growing": "dyrke",
    "plot": "bed",
    "plots": "bed",
    "community": "fælles",
    "shared": "fælles",
    "cook": "mad",
    "cooked": "mad",
    "cooking": "mad",
    "food": "mad",
    "vegetables": "grøntsag",
    "kitchen": "køkken",
    "bee": "bi",
    "bees": "bi",
    "beehive": "bi",
    "flower": "blomst",
    "flowers": "blomst",
    "wildflower": "vildblomst",
    "wildflowers": "vildblomst",
    "meadow": "eng",
    "meadows": "eng",
    "insect": "insekt",
    "insects": "insekt",
    "tree": "træ",
    "trees": "træ",
    "playground": "legeplads",
    "bench": "bænk",
    "benches": "bænk",
    "library": "bibliotek",
    "book": "bog",
    "books": "bog",
    "reading": "læsning",
    "homework": "lektie",
    "elderly": "ældre",
    "seniors": "ældre",
    "senior": "ældre",
    "pensioners": "ældre",
    "lonely": "ensom",
    "loneliness": "ensom",
    "isolated": "ensom",
    "dinner": "spisning",
    "dinners": "spisning",
    "meal": "måltid",
    "meals": "måltid",
    "choir": "kor",
    "singing": "sang",
    "music": "musik",
    "concert": "koncert",
    "concerts": "koncert",
    "theatre": "teater",
    "bike": "cykel",
    "bikes": "cykel",
    "bicycle": "cykel",
    "bicycles": "cykel",
    "cycling": "cykel",
    "cycle": "cykel",
    "road": "vej",
    "traffic": "trafik",
    "speed": "fart",
    "car": "bil",
    "cars": "bil",
    "pedestrian": "fodgænger",
    "clean": "rense",
    "cleaning": "rense",
    "crossing": "overgang",
    "pavement": "fortov",
    "school": "skole",
    "schools": "skole",
    "children": "børn",
    "kids": "børn",
    "child": "børn",
    "youth": "unge",
    "teenagers": "unge",
    "skate": "skate",
    "skateboard": "skate",
    "skatepark": "skate",
    "repair": "reparation",
    "repairs": "reparation",
    "fix": "reparation",
    "swap": "bytte",
    "exchange": "bytte",
    "litter": "affald",
    "rubbish": "affald",
    "trash": "affald",
    "waste": "affald",
    "plastic": "plast",
    "beach": "strand",
    "lake": "sø",
    "forest": "skov",
    "woods": "skov",
    "compost": "kompost",
    "dog": "hund",
    "dogs": "hund",
    "running": "løb",
    "walk": "gåtur",
    "walks": "gåtur",
    "walking": "gåtur",
    "swimming": "svømning",
    "winter": "vinter",
    "bathing": "badning",
    "sauna": "sauna",
    "football": "fodbold",
    "neighbours": "nabo",
    "neighbors": "nabo",
    "neighbour": "nabo",
    "clothes": "tøj",
    "toys": "legetøj",
    "lighting": "belysning",
    "lights": "lys",
    "parking": "parkering",
    "dance": "dans",
    "dancing": "dans",
    "kayak": "kajak",
    "greenhouse": "drivhus",
}

# Street and place names: a capitalised word ending like a Danish street or park name
# ("Ordrupvej", "Bernstorffsparken"), or a district followed by a landmark ("Hellerup Havn").
_STREET = re.compile(
    r"\b([A-ZÆØÅ][a-zæøåé]{2,}(?:vej|gade|allé|alle|stræde|vænge|boulevard|parken|park|torv)"
    r"(?:en|et|n|t)?)\b"
)
_STREET_ENDING = re.compile(r"(?<=vej|ade|lle|llé|æde|nge|ard|ark|orv)(en|et|n|t)$")
_LANDMARK = re.compile(
    r"\b("
    + "|".join(DISTRICTS)
    + r")\s+(havn|strand|sø|station|skov|fort|stadion|bibliotek|kirke|torv|idrætspark)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{2,}")

_STEMMERS = {
    "da": snowballstemmer.stemmer("danish"),
    "en": snowballstemmer.stemmer("english"),
}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


# Danish forms whose Snowball stem would collide with an unrelated word: "have" (garden)
# and "hav" (sea) both stem to "hav". Listed forms get their own term.
_DANISH_FORMS = {
    "have": "have",
    "haven": "have",
    "haver": "have",
    "haverne": "have",
    "havens": "have",
    "havernes": "have",
}
# Danish words for the same thing in local ideas, mapped onto one term.
_DANISH_SYNONYMS = {
    "senior": "ældre",
    "seniorer": "ældre",
    "pensionist": "ældre",
    "pensionister": "ældre",
    "skrald": "affald",
    "skraldet": "affald",
    "plastik": "plast",
    "plastic": "plast",
    "hastighed": "fart",
    "hastigheden": "fart",
}
# Words that look like compounds of a known head but mean something else: a "børnehave"
# is a kindergarten, not a garden.
_UNSPLIT = {"børnehav", "børnehavn"}
# Nouns that say where, not what: ideas in the same library are not alike for that alone.
_PLACE_NOUNS = {
    "bibliotek",
    "medborgerhus",
    "station",
    "kælder",
    "gård",
    "område",
    "sted",
    "strand",
    "park",
    "havn",
    "sø",
    "skov",
    # English stems of the same
    "librari",
    "beach",
    "harbour",
    "lake",
    "forest",
    "wood",
    "area",
    "place",
}
PLACE_NOUN_WEIGHT = 0.3


@lru_cache(maxsize=200_000)
def _danish_term(word: str) -> str:
    """The term for one folded Danish word (or compound part): its stem, tidied."""
    word = _DANISH_SYNONYMS.get(word, word)
    if word in _DANISH_FORMS:
        return _DANISH_FORMS[word]
    stem = str(_STEMMERS["da"].stemWord(word))
    # Snowball leaves some plurals, definite forms and verbal nouns apart ("træer"/"træ",
    # "legepladsen"/"legeplad", "spisning"/"spise"); folding these endings joins them.
    if len(stem) > 6 and stem.endswith("ning"):
        stem = stem[:-4]
    if len(stem) > 4 and stem.endswith("ern"):
        stem = stem[:-3]
    if len(stem) > 3 and stem.endswith("er"):
        stem = stem[:-2]
    if len(stem) > 4 and stem.endswith("s"):
        stem = stem[:-1]
    return _DANISH_SYNONYMS.get(stem, stem)


@lru_cache(maxsize=200_000)
def _english_stem(word: str) -> str:
    return str(_STEMMERS["en"].stemWord(word))


@lru_cache(maxsize=1)
def _head_terms() -> frozenset[str]:
    return frozenset(_danish_term(_fold(w)) for w in _DANISH_HEADS)


def _split_compound(word: str, depth: int = 0) -> list[tuple[str, float]]:
    """The weighted terms of the parts of a Danish compound word; [] if it is not one."""
    heads = _head_terms()
    if _danish_term(word) in _UNSPLIT:
        return []
    # The longest known head wins ("fællesspisning" is a "spisning", not an "ning").
    for start in range(3, len(word) - 1):
        head = _danish_term(word[start:])
        if len(head) < 2 or head not in heads:
            continue
        modifier = word[:start]
        # The linking "s" or "e" of Danish compounds ("affalds-", "lege-") belongs to neither.
        if modifier[-1] in "se" and len(modifier) > 4:
            modifier = modifier[:-1]
        parts = [(head, PART_WEIGHT)]
        inner = _split_compound(modifier, depth + 1) if depth == 0 else []
        parts.extend((part, weight * PART_WEIGHT) for part, weight in inner)
        parts.append((_danish_term(modifier), PART_WEIGHT))
        return parts
    return []


def _weighted(term: str, weight: float) -> tuple[str, float]:
    return term, weight * PLACE_NOUN_WEIGHT if term in _PLACE_NOUNS else weight


@lru_cache(maxsize=200_000)
def _word_terms(word: str, language: str) -> tuple[tuple[str, float], ...]:
    """The weighted terms one folded word contributes, cached: vocabularies repeat a lot."""
    if word in _PLACE_STOP:
        return ()
    if language == "en":
        if word in _ENGLISH_STOP:
            return ()
        terms = [(_english_stem(word), WHOLE_WEIGHT)]
        danish = _ENGLISH_TO_DANISH.get(word)
        if danish is not None:
            terms.append((_danish_term(danish), CONCEPT_WEIGHT))
        return tuple(_weighted(t, w) for t, w in terms)
    if word in _DANISH_STOP:
        return ()
    terms = [(_danish_term(word), WHOLE_WEIGHT), *_split_compound(word)]
    return tuple(_weighted(t, w) for t, w in terms)


def _place_spans(text: str) -> list[tuple[int, int, str]]:
    """Where street and landmark names are in a text, with their normalised names."""
    spans = []
    for match in _STREET.finditer(text):
        before = text[: match.start()].rstrip()
        # "Skateparken ..." at the start of a sentence is a park, not the name of one.
        if "park" in match.group(1)[-6:] and (not before or before[-1] in ".!?:;\"'("):
            continue
        name = _STREET_ENDING.sub("", _fold(match.group(1)))
        spans.append((match.start(), match.end(), name))
    for match in _LANDMARK.finditer(text):
        spans.append(
            (match.start(), match.end(), f"{_fold(match.group(1))} {_fold(match.group(2))}")
        )
    return spans


def places(text: str | None) -> frozenset[str]:
    """Street and landmark names in a text, normalised ("Ordrupvejen" -> "ordrupvej")."""
    return frozenset(name for _, _, name in _place_spans(text)) if text else frozenset()


# "Vi vil gerne have en legeplads": after these words "have" is the verb, not a garden.
_BEFORE_VERB_HAVE = {
    "at",
    "vil",
    "ville",
    "gerne",
    "skal",
    "skulle",
    "kan",
    "kunne",
    "må",
    "måtte",
    "burde",
    "godt",
    "bare",
    "også",
    "ikke",
    "jo",
    "nok",
}


def _is_verb_have(words: Sequence[str], position: int) -> bool:
    return words[position] == "have" and position > 0 and words[position - 1] in _BEFORE_VERB_HAVE


def _language_of(words: Sequence[str], declared: str) -> str:
    """The declared language, unless the words are plainly the other one.

    People write English in a Danish conversation and the other way round; stemming English
    with the Danish stemmer would lose the match, so the stop words decide.
    """
    danish = sum(1 for word in words if word in _DANISH_STOP)
    english = sum(1 for word in words if word in _ENGLISH_STOP)
    if declared == "en":
        return "da" if danish >= 2 and danish > 2 * english else "en"
    return "en" if english >= 2 and english > 2 * danish else "da"


@dataclass(frozen=True)
class Profile:
    """What a text is about (weighted terms) and where and in which field it belongs."""

    terms: Mapping[str, float]
    places: frozenset[str] = frozenset()
    areas: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()


def make_profile(
    texts: Iterable[tuple[str | None, float]],
    language: str,
    *,
    areas: Iterable[str | None] = (),
    categories: Iterable[str | None] = (),
) -> Profile:
    """A profile from (text, weight) parts in `language` ("da" or "en"), with place and field."""
    counts: dict[str, float] = defaultdict(float)
    found_places: set[str] = set()
    for text, weight in texts:
        if not text:
            continue
        # Street names stay out of the content terms: the place boost accounts for them.
        for start, end, name in reversed(_place_spans(text)):
            found_places.add(name)
            text = text[:start] + " " + text[end:]
        words = _WORD.findall(_fold(text))
        text_language = _language_of(words, language)
        for position, word in enumerate(words):
            if text_language == "da" and _is_verb_have(words, position):
                continue
            for term, term_weight in _word_terms(word, text_language):
                counts[term] += weight * term_weight
    # log1p damps repetition: saying "have" five times does not make it five times a garden.
    terms = {term: math.log1p(count) for term, count in counts.items() if count > 0}
    return Profile(
        terms=terms,
        places=frozenset(found_places),
        areas=frozenset(a for a in areas if a),
        # "other" says nothing about what two ideas share.
        categories=frozenset(c for c in categories if c and c != "other"),
    )


@dataclass(frozen=True)
class Match:
    """One candidate's score against the query: content alone, and with place/field boosts."""

    key: Hashable
    score: float
    content: float


@dataclass
class SimilarityIndex:
    """Candidates indexed for fast scoring: an inverted index, so only overlapping ones count."""

    keys: list[Hashable] = field(default_factory=list)
    profiles: list[Profile] = field(default_factory=list)
    _postings: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    _norms: list[float] = field(default_factory=list)

    @classmethod
    def build(cls, candidates: Iterable[tuple[Hashable, Profile]]) -> SimilarityIndex:
        """Index (key, profile) candidates; keys come back in the matches."""
        index = cls()
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for key, profile in candidates:
            position = len(index.keys)
            index.keys.append(key)
            index.profiles.append(profile)
            for term, weight in profile.terms.items():
                postings[term].append((position, weight))
        index._postings = dict(postings)
        squares = [0.0] * len(index.keys)
        for term, entries in index._postings.items():
            idf = index.idf(term)
            for position, weight in entries:
                squares[position] += (weight * idf) ** 2
        index._norms = [math.sqrt(s) for s in squares]
        return index

    def idf(self, term: str) -> float:
        """Inverse document frequency of a term over the candidates (with a prior)."""
        frequency = len(self._postings.get(term, ()))
        return math.log(1 + (len(self.keys) + IDF_PRIOR_DOCUMENTS) / (frequency + 1))

    def search(
        self, query: Profile, limit: int = 10, threshold: float = 0.0, min_shared: int = 1
    ) -> list[Match]:
        """The best `limit` candidates scoring at least `threshold`, best first.

        `min_shared` asks for at least that many terms in common: one shared word ("børn")
        between two short texts gives a high cosine but is thin evidence.
        """
        weighted = {term: weight * self.idf(term) for term, weight in query.terms.items()}
        query_norm = math.sqrt(sum(w * w for w in weighted.values()))
        if query_norm == 0:
            return []
        dots: dict[int, float] = defaultdict(float)
        shared: dict[int, int] = defaultdict(int)
        for term, query_weight in weighted.items():
            entries = self._postings.get(term)
            if not entries:
                continue
            idf = self.idf(term)
            for position, weight in entries:
                dots[position] += query_weight * weight * idf
                shared[position] += 1
        matches = []
        for position, dot in dots.items():
            if shared[position] < min_shared:
                continue
            content = dot / (query_norm * self._norms[position])
            score = content * boost(query, self.profiles[position])
            if score >= threshold:
                matches.append(Match(self.keys[position], score, content))
        # nlargest is stable: on a tie the candidate indexed first wins.
        return heapq.nlargest(limit, matches, key=lambda m: m.score)


def boost(query: Profile, candidate: Profile) -> float:
    """The factor a shared place, area or category multiplies the content score by."""
    factor = 1.0
    if query.places & candidate.places:
        factor += PLACE_BOOST
    elif query.areas & candidate.areas:
        factor += AREA_BOOST
    if query.categories & candidate.categories:
        factor += CATEGORY_BOOST
    return factor


def similarity(first: Profile, second: Profile, pool: Sequence[Profile] = ()) -> float:
    """The boosted similarity of two profiles, with IDF taken over `pool` and the second."""
    index = SimilarityIndex.build([(i, p) for i, p in enumerate([*pool, second])])
    matches = index.search(first, limit=len(pool) + 1)
    return next((m.score for m in matches if m.key == len(pool)), 0.0)


# How much each field of an initiative says about what it is. "where" adds places only:
# the place boost accounts for it, so a shared street never makes two ideas alike by itself.
FIELD_WEIGHTS = {
    "what": 1.0,
    "why": 0.6,
    "who_benefits": 0.5,
    "help_wanted": 0.5,
    "brings": 0.4,
    "where": 0.0,
}


def initiative_profile(
    fields: Mapping[str, str | None],
    language: str,
    *,
    area: str | None = None,
    category: str | None = None,
) -> Profile:
    """The profile of an initiative from its structured fields (what, why, where, ...)."""
    return make_profile(
        ((fields.get(name), weight) for name, weight in FIELD_WEIGHTS.items()),
        language,
        areas=[area],
        categories=[category],
    )
