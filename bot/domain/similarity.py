"""How alike two initiatives (or an initiative and an association) are, in Danish and English.

Texts become weighted stem profiles: Snowball stems; Danish compounds split into their parts
("køkkenhaver" counts as itself, as "have" and as "køkken"); English words also mapped onto
the Danish word for the same thing, so a Danish and an English idea can meet. Profiles are
compared by TF-IDF cosine over the candidate set. Two ideas are related only when they share
a topic word: who an idea is for ("børn", "naboer"), what form it takes ("café", "klub") and
where it is ("stranden") weigh little and never count as that evidence, so football for
children and a coding club for children are not alike. A shared category lifts the score a
little; a shared place only orders near-equal candidates. Place names are kept out of the
content terms on purpose: two ideas on the same street but about different things must not
look alike, while the same idea on the same street should rank first.
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

# How much a shared category multiplies the content score. Multiplying (not adding) means a
# shared category never makes unrelated texts look alike, and it counts less than any word.
CATEGORY_BOOST = 0.15
# A shared street or landmark, or district, only orders candidates whose scores are nearly
# equal: it is added to the rank, never to the score the threshold is measured against.
PLACE_TIE_BREAK = 0.02
AREA_TIE_BREAK = 0.01

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
    voksne gammel gamle langs mellem står stå stod
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
    near nearby close outside inside along between around
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
    rampe hus hotel bad badning kurv spisning koncert kor sang løb cykel skole børn unge ældre
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
    "mend": "reparation",
    "workshop": "værksted",
    "song": "sang",
    "songs": "sang",
    "sing": "sang",
    "runners": "løb",
    "runner": "løb",
    "jogging": "løb",
    "party": "fest",
    "festival": "festival",
    "language": "sprog",
    "danish": "dansk",
    "knitting": "strik",
    "coding": "kode",
    "programming": "program",
    "basketball": "basket",
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
    "cykling": "cykel",
    # Verbs onto the noun of the same activity (by stem): "reparere" and "fikse" are what a
    # "reparationscafé" does, "synge" what a "kor" and "fællessang" are about.
    "repar": "reparation",
    "fiks": "reparation",
    "syng": "sang",
    "cykl": "cykel",
    "caf": "café",
}
# Words that look like compounds of a known head but mean something else: a "børnehave"
# is a kindergarten, not a garden.
_UNSPLIT = {"børnehav", "børnehavn", "værktøj"}
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
    "skol",
    "kæld",
    # English stems of the same
    "librari",
    "beach",
    "harbour",
    "school",
    "lake",
    "forest",
    "wood",
    "area",
    "place",
}
PLACE_NOUN_WEIGHT = 0.3

# Words that say who an idea is for, what form it takes or that people meet, not what it is
# about: football for children and a coding club for children share "børn", a midsummer party
# and a runners' group share "lære naboerne at kende", a repair café and a language café share
# "café". They weigh as little as place nouns and are never the evidence that two ideas are
# related.
_GENERIC_DANISH = """
    børn barn unge ungdom teenager familie familier børnefamilie nabo naboer beboer beboere
    ældre alle enhver café cafe klub gruppe hold aften mødested fællesskab fælles hinanden
    mødes møde mødte kende lære låne sted område kvarter aktivitet aktiviteter arrangement
    projekt tilbud hygge socialt
""".split()
_GENERIC_ENGLISH = """
    children child kids kid young youth teenagers teenager families family neighbours
    neighbors neighbour neighbor residents everyone everybody elderly seniors senior
    community shared club group team cafe café evening meet meeting know learn together
    activity activities event events project place area neighbourhood run borrow
""".split()
GENERIC_WEIGHT = 0.3


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
def _english_concepts_by_stem() -> dict[str, str]:
    """The Danish word for an English stem, so "repairing" and "fixed" meet "repair" and "fix"
    (not for stems of two meanings: "run a café" is no running, "parking" no park)."""
    by_stem: dict[str, str] = {}
    for english, danish in _ENGLISH_TO_DANISH.items():
        stem = _english_stem(english)
        if stem not in _NO_CONCEPT_STEMS:
            by_stem.setdefault(stem, danish)
    return by_stem


_NO_CONCEPT_STEMS = {"run", "park"}


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


@lru_cache(maxsize=1)
def _generic_terms() -> frozenset[str]:
    danish = {_danish_term(_fold(w)) for w in _GENERIC_DANISH}
    english = {_english_stem(w) for w in _GENERIC_ENGLISH}
    concepts = {_danish_term(d) for e, d in _ENGLISH_TO_DANISH.items() if e in _GENERIC_ENGLISH}
    return frozenset(danish | english | concepts)


def is_topic(term: str) -> bool:
    """Whether a term says what an idea is about (not who for, in what form or where)."""
    return term not in _PLACE_NOUNS and term not in _generic_terms()


def _weighted(term: str, weight: float) -> tuple[str, float]:
    if term in _PLACE_NOUNS:
        return term, weight * PLACE_NOUN_WEIGHT
    if term in _generic_terms():
        return term, weight * GENERIC_WEIGHT
    return term, weight


@lru_cache(maxsize=200_000)
def _word_terms(word: str, language: str) -> tuple[tuple[str, float], ...]:
    """The weighted terms one folded word contributes, cached: vocabularies repeat a lot."""
    if word in _PLACE_STOP:
        return ()
    if language == "en":
        if word in _ENGLISH_STOP:
            return ()
        stem = _english_stem(word)
        terms = [(stem, WHOLE_WEIGHT)]
        danish = _ENGLISH_TO_DANISH.get(word) or _english_concepts_by_stem().get(stem)
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
    """One candidate against the query: content alone, with a shared category, and its rank
    (the score with a shared place as tie-breaker)."""

    key: Hashable
    score: float
    content: float
    rank: float = 0.0


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
        self,
        query: Profile,
        limit: int = 10,
        threshold: float = 0.0,
        min_shared: int = 1,
        fewer_shared_threshold: float | None = None,
    ) -> list[Match]:
        """The best `limit` candidates scoring at least `threshold`, best first.

        A candidate must share at least `min_shared` topic terms with the query (see
        `is_topic`): shared words for whom ("børn") or in what form ("café") are no evidence,
        and one shared word between two short texts gives a high cosine but is thin evidence.
        With `fewer_shared_threshold`, a candidate sharing fewer (but at least one) topic
        terms is kept when it scores that much.
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
            topic = is_topic(term)
            for position, weight in entries:
                dots[position] += query_weight * weight * idf
                shared[position] += topic
        matches = []
        for position, dot in dots.items():
            if shared[position] < 1:
                continue
            candidate = self.profiles[position]
            content = dot / (query_norm * self._norms[position])
            score = content * boost(query, candidate)
            needed = threshold
            if shared[position] < min_shared:
                if fewer_shared_threshold is None:
                    continue
                needed = max(threshold, fewer_shared_threshold)
            if score >= needed:
                rank = score + tie_break(query, candidate)
                matches.append(Match(self.keys[position], score, content, rank))
        # nlargest is stable: on a tie the candidate indexed first wins.
        return heapq.nlargest(limit, matches, key=lambda m: m.rank)


def boost(query: Profile, candidate: Profile) -> float:
    """The factor a shared category multiplies the content score by."""
    return 1.0 + CATEGORY_BOOST if query.categories & candidate.categories else 1.0


def tie_break(query: Profile, candidate: Profile) -> float:
    """What a shared street or landmark (or else district) adds to a candidate's rank."""
    if query.places & candidate.places:
        return PLACE_TIE_BREAK
    if query.areas & candidate.areas:
        return AREA_TIE_BREAK
    return 0.0


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
