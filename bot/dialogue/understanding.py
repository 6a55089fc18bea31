"""Pull initiative fields out of a citizen's free text, in their own words.

Everything is matched on a folded copy of the text (see `bot.dialogue.language.fold`)
and every result is cut from the original string, so the person's spelling,
casing and punctuation survive.  The approach is deliberately simple and
predictable:

* span extractors find places, times, contact details, beneficiaries and
  partners wherever they occur;
* the text is cut into sentences and clauses, and each clause is labelled
  (what / why / brings / help_wanted) from cue words in Danish and English;
* clause labels are combined into fields, and leftover sentences are placed by
  a couple of heuristics.

All regular expressions are bounded so a 20,000 character message stays fast.
"""

from __future__ import annotations

import html
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from bot.dialogue.clauses import FREE_TEXT_FIELDS
from bot.dialogue.clauses import model as clause_model
from bot.dialogue.language import Folded, fold, fold_plain
from bot.dialogue.places import DISTRICTS, PLACE_NAMES
from bot.domain.fields import INITIATIVE_FIELDS, PART_JOIN

__all__ = [
    "FIELDS",
    "PART_JOIN",
    "Understanding",
    "clause_spans",
    "proposes",
    "tells_no_idea_words",
    "told_only_place_or_time",
    "understand",
    "understand_answer",
]

FIELDS = INITIATIVE_FIELDS

_CLAUSE_FIELDS = ("what", "why", "brings", "help_wanted")
_JOIN = PART_JOIN


@dataclass
class Understanding:
    """Fields found in a message, in the person's own words, plus those too vague to use."""

    fields: dict[str, str] = field(default_factory=dict)
    vague: set[str] = field(default_factory=set)
    # True when the words state an idea with a cue ("vi vil gerne lave ...", "Idea: ...").
    idea_told: bool = False
    # An answer that wholly answers another question instead ("ved Gentofte Sø" asked
    # when): that field ("where" or "when"); its words are the only field found.
    answered_instead: str | None = None
    # True when the words only greet or tell how the person writes ("Hej! Sorry, my Danish is
    # bad", "har lige 2 min i bussen"): the idea is still to come.
    only_greets: bool = False
    # Vague fields told only as how things are now ("nærved-ulykker i år"): asked plainly.
    context: set[str] = field(default_factory=set)


# --------------------------------------------------------------------------- #
# Pattern helpers


def _f(pattern: str) -> str:
    """Fold the Danish letters in a pattern so it matches folded text."""
    return (
        pattern.replace("æ", "ae")
        .replace("ø", "oe")
        .replace("å", "aa")
        .replace("é", "e")
        .replace("Æ", "ae")
        .replace("Ø", "oe")
        .replace("Å", "aa")
    )


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(_f(pattern))


def _alt(words: Iterable[str]) -> str:
    """Build a longest-first alternation of folded literal phrases."""
    items = sorted({fold_plain(w).strip() for w in words if w.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


Span = tuple[int, int]

# --------------------------------------------------------------------------- #
# Word lists

_MONTHS_DA = (
    "januar februar marts april maj juni juli august september oktober november december"
).split()
_MONTHS_EN = (
    "january february march april may june july august september october november december"
).split()
_MONTH_ABBR = "jan feb mar apr jun jul aug sep sept okt oct nov dec".split()
_MONTH = _alt(_MONTHS_DA + _MONTHS_EN + _MONTH_ABBR) + r"\b\.?"
_MONTH_RE = _rx(_MONTH)
_MONTH_FULL = _alt(_MONTHS_DA + _MONTHS_EN) + r"\b"

_WEEKDAYS_DA = "mandag tirsdag onsdag torsdag fredag lørdag søndag".split()
_WEEKDAYS_EN = "monday tuesday wednesday thursday friday saturday sunday".split()
_WEEKDAY = (
    "(?:"
    + _alt(_WEEKDAYS_DA)
    + "(?:ene|en|e|s)?|"
    + _alt(_WEEKDAYS_EN)
    + "s?|weekend(?:en|s|erne|er)?|hverdage(?:ne)?|weekdays?|school\\s+days?|skoledag(?:e|en|ene)?"
    # A phone's short days ("hver tors eftermiddag", "fri evenings"); "man", "søn", "sat" and
    # "sun" are words of their own.
    + "|(?:tirs|ons|tors|fre|lør|tues?|thu|thurs|fri)(?![a-zæøå])\\.?)\\b"
)

_NUMBER_WORDS = (
    "to tre fire fem seks syv otte ni ti elleve tolv femten tyve "
    "two three four five six seven eight nine ten eleven twelve fifteen twenty "
    "et par nogle få flere mange a few several many"
).split()

_BEN_WORDS_FOR_SUBJ = (
    "eleverne elever pensionister pensionisterne seniorer familierne forældre forældrene "
    "hundeejere cyklister gæster besøgende teenagere unge ældre dogs owners pupils students "
    "parents seniors pensioners visitors cyclists teenagers elderly older young"
).split()
_SUBJECTS = (
    "vi jeg de du man alle folk flere færre der det den dette kommunen byen kvarteret "
    "området borgerne naboerne beboerne børnene børn unge ældre familier mennesker "
    "vores hele hun han we i they you it there people kids children everyone everybody more "
    "residents neighbours neighbors families the our he she"
).split()
_SUBJ = _alt(_SUBJECTS + _BEN_WORDS_FOR_SUBJ) + r"\b"

# --------------------------------------------------------------------------- #
# Contact

_EMAIL_RE = re.compile(
    r"(?<![a-z0-9._%+\-])[a-z0-9][a-z0-9._%+\-]{0,63}@[a-z0-9][a-z0-9\-]{0,62}"
    r"(?:\.[a-z0-9\-]{1,63}){0,5}\.[a-z]{2,24}(?![a-z0-9\-])"
)
_PHONE_RE = re.compile(
    r"(?<![\d+])(?:(?:\+\s?45|0045)[\s\-]?)?"
    r"(?:\d{8}|\d{2}(?: \d{2}){3}|\d{2}(?:-\d{2}){3}|\d{2}(?:\.\d{2}){3}|\d{4} \d{4})"
    r"(?![\d])(?!\.\d)"
)
_CONTACT_LEAD_RE = _rx(
    r"(?:(?:ring|skriv|sms'?e?|send en sms|send en mail|mail|kontakt|fang)(?:\s+gerne)?"
    r"(?:\s+til)?\s+(?:mig|os)(?:\s+gerne)?(?:\s+(?:på|paa|via|on|at))?"
    r"|(?:jeg|vi)\s+kan\s+(?:kontaktes|fanges|nås|træffes)\s+(?:på|via)"
    # "Kan I ringe til mig på …", "I må gerne skrive til os på …", "can you call me on …"
    r"|(?:(?:kan|vil|kunne)\s+(?:i|du|kommunen|man)\s+(?:ikke\s+)?(?:evt\.?\s+)?|(?:i|du|man)\s+"
    r"(?:kan|må)\s+(?:gerne\s+|bare\s+)?)(?:ringe|skrive|sms'?e|maile|kontakte|fange)"
    r"(?:\s+til)?\s+(?:mig|os)(?:\s+(?:på|paa|via))?"
    r"|(?:(?:can|could|would)\s+you\s+(?:please\s+)?|you\s+(?:can|may)\s+|feel\s+free\s+to\s+)"
    r"(?:call|text|ring|email|e-mail|mail|contact|reach)\s+(?:me|us)(?:\s+(?:on|at|via))?"
    r"|(?:i|we)\s+can\s+be\s+(?:reached|contacted)\s+(?:at|on|via|by)"
    r"|(?:mit|vores)\s+(?:telefon|mobil)?nummer\s+er|(?:min|vores)\s+(?:e-?mail|mail)"
    r"(?:adresse)?\s+er|(?:mit|min|vores)\s+(?:tlf|telefon|mobil)\.?(?:\s*nr\.?)?\s+er"
    r"|(?:tlf|telefon|telefonnummer|mobil|mobilnummer|tel|phone|mobile|"
    r"e-?mail|mail|email|kontakt|kontaktinfo|kontaktoplysninger|contact|contact\s+details)"
    r"\.?\s*:?"
    r"|(?:call|text|ring|email|e-mail|mail|contact|reach)\s+(?:me|us)(?:\s+(?:on|at|via))?"
    # "Ring på 31 41 59 26", "sms til 22 33 44 55", "call 20 30 40 50".
    r"|(?:ring|sms'?e?|text|call)(?:\s+(?:på|paa|til|on))?"
    r"|(?:my|our)\s+(?:phone\s+|mobile\s+)?(?:number|email|e-mail|email\s+address|mobile)\s+is"
    r"|(?:you\s+can\s+)?reach\s+me\s+(?:on|at))\s*$"
)
# A letter's or message's sign-off, the longer forms first ("best" alone would leave
# "regards" unexplained).
_SIGN_OFF = (
    r"(?:med\s+venlig\s+hilsen|venlig\s+hilsen|venligst|mvh\.?|m\.v\.h\.?|de\s+bedste\s+hilsner|"
    r"bedste\s+hilsner|mange\s+hilsner|kærlig\s+hilsen|hilsen|kh|vh|best\s+regards|best\s+wishes|"
    r"kind\s+regards|warm\s+regards|regards|cheers|sincerely|yours\s+(?:faithfully|sincerely|"
    r"truly)|with\s+(?:best|kind|warm)\s+(?:regards|wishes)|all\s+the\s+best)"
)
_CLOSING_RE = _rx(_SIGN_OFF + r"|thx|tnx|ty|tak|thanks|mange\s+tak|tusind\s+tak")
_NAME_LEAD_RE = _rx(
    r"\b(?:jeg\s+hedder|mit\s+navn\s+er|my\s+name\s+is|" + _SIGN_OFF + r")\b[\s,:\-]*"
)
_NAME_INTRO = {"jeg hedder", "mit navn er", "my name is"}
_SELF_NAME_RE = _rx(r"(?<![a-z])(?:i\s+'m|i\s+am|this\s+is|her\s+er|jeg\s+er)\s+")
_NAME_END_RE = _rx(r"\s*(?:[,.!;:\n]|$|-|\s(?:og|and|fra|from|i|in|på|on)\s)")
_NOT_NAMES = {
    fold_plain(w)
    for w in (
        "danish dansk english engelsk retired pensioneret new ny happy glad here her from fra "
        "a an the en et writing skriver the only in i on på hellerup gentofte ordrup "
        "charlottenlund vangede jægersborg dyssegård klampenborg skovshoved"
    ).split()
}
_SLASH_NAME_RE = re.compile(r"(?:(?<=\s)|^)/\s?(?=\w)")

# --------------------------------------------------------------------------- #
# When

_DAYNUM = r"(?<!\d)\d{1,2}(?!\d)(?:\.|st|nd|rd|th)?"
_HOLIDAY = (
    r"(?:pinsedag|pinse|påskedag|påske|juledag|juleaften|nytårsaften|nytårsdag|sankthansaften|"
    r"sankthans|sankt\s+hans|fastelavn|fastelavnssøndag|grundlovsdag|mortensaften|"
    r"kristi\s+himmelfartsdag|store\s+bededag|halloween|christmas\s+eve|christmas\s+day|"
    r"christmas|new\s+year\s*'?s\s+eve|new\s+year\s*'?s\s+day|easter\s+sunday|easter\s+monday|"
    r"easter|boxing\s+day|midsummer\s+eve|midsummer|"
    # Holidays of other faiths: "under ramadanen", "til eid", "at Diwali".
    r"ramadanen|ramadan|eid(?:\s+al-fitr)?|diwali|hanukkah|hanukka|chanukka)"
)
_WHEN_PARTS = [
    # "March-May", "maj–september", "May to September", "maj til september": a span of months.
    rf"{_MONTH_FULL}\s*(?:[-–]|til|to|until|through|thru)\s*{_MONTH_FULL}",
    # "around 7.30", "omkring 7.30", "at 19.30": a clock told with a point, not a price.
    r"(?:at|around|about|omkring|ca\.?|cirka|by|until|indtil)\s+(?<![\d.:])(?:[01]?\d|2[0-3])\.[0-5]\d"
    r"(?![\d.,]?\d)(?!\s?(?:kr|dkk|km|m|%|mio|mia|liter|l)(?![a-z]))"
    r"(?:\s?(?:am|pm))?(?:\s?(?:-|til|to|until)\s?\d{1,2}(?:[.:][0-5]\d)?(?!\d))?",
    # "the Saturday closest to Diwali", "lørdagen op til sankthans": a day told by a holiday.
    rf"(?:(?:on|om|på)\s+)?(?:the\s+)?{_WEEKDAY}\s+(?:closest\s+to|nearest(?:\s+to)?|before|"
    r"after|nærmest|tættest\s+på|før|efter|op\s+til)\s+" + _HOLIDAY + r"(?![a-z])",
    # "2. pinsedag", "til sankthans", "on Christmas Eve", "1. søndag i advent": a holiday, or
    # a numbered day of a week or a season, with its number.
    r"(?:(?:på|til|i|om|on|at|for|before|after|inden|før|efter)\s+)?(?:\d{1,2}\.\s*)?"
    + _HOLIDAY
    # "paint Easter eggs", "Christmas lights": a thing of the holiday, not its time.
    + r"(?![a-zæøå-])(?!\s+(?:eggs?|bunny|bunnies|trees?|lights|decorations?|cards?|crafts?|"
    r"baskets?|jumpers?|sweaters?|ornaments?|wreaths?)(?![a-z]))",
    rf"(?<![\d.])\d{{1,2}}\.\s*(?:{_WEEKDAY}|weekend(?:en)?)(?:\s+(?:i|in|of)\s+(?:{_MONTH_FULL}|"
    r"måneden|hver\s+måned|advent|the\s+month|every\s+month))?",
    # "before the swimming season", "inden badesæsonen", "i julesæsonen": a season of doing.
    r"(?:before|after|during|by|until|for|in|inden|før|efter|i|til|under|hele)\s+"
    r"(?:(?:the|this|next|denne|næste)\s+)?(?:[a-z]{3,12}\s+)?(?:season)(?![a-z])"
    r"|(?:before|after|during|by|until|for|in|inden|før|efter|i|til|under|hele)\s+"
    r"(?:(?:denne|næste)\s+)?[a-zæøå]{3,12}sæson(?:en)?(?![a-zæøå])",
    # "starting at sunset", "ved solnedgang", "når det bliver mørkt": a time of day by the sky.
    r"(?:(?:starting|starter|begynder|from|fra)\s+)?(?:at|ved|around|omkring|after|efter|"
    r"before|før|til|until|by)\s+(?:sunset|sundown|dusk|dawn|sunrise|nightfall|solnedgang|"
    r"solopgang|skumring|skumringen|daggry|mørkets\s+frembrud)(?![a-zæøå])",
    # "en lun sommeraften", "on a warm summer evening": one occasion of a season's day.
    r"(?:(?:on|some)\s+)?(?:en|et|a|an|one)\s+(?:[a-zæøå]{2,12}\s+)?"
    r"(?:sommer|vinter|forårs|efterårs|høst|jule|påske)(?:aften|morgen|eftermiddag|formiddag|"
    r"nat|dag|weekend|søndag|lørdag)(?![a-zæøå])"
    r"|(?:(?:on|some)\s+)?(?:a|an|one)\s+(?:[a-z]{2,12}\s+)?(?:summer|winter|spring|autumn|"
    r"fall|christmas|easter)\s+(?:evening|morning|afternoon|night|day|weekend|sunday|saturday)"
    r"(?![a-z])",
    # 15. marts 2027, den 3. maj, lørdag den 3. maj, the 3rd of May
    rf"(?:{_WEEKDAY},?\s+)?(?:(?:den|d\.|the)\s+)?{_DAYNUM}\s?(?:of\s+)?{_MONTH}"
    r"(?:,?\s+(?<!\d)\d{4}(?!\d))?",
    # May 3rd, 2027
    rf"(?:{_WEEKDAY},?\s+)?{_MONTH_FULL}\s+{_DAYNUM}(?!\d)(?:,?\s+\d{{4}}(?!\d))?",
    # 3/5, 03.05.2027 with a date word or a year
    r"(?:(?:den|d\.|fra|til|from|until|on|the|by|inden|før|efter)\s+)"
    r"(?<!\d)\d{1,2}[./]\d{1,2}(?:[./](?:\d{4}|\d{2}))?(?![\d/])",
    r"(?<![\d.,/])\d{1,2}[./-]\d{1,2}[./-]\d{4}(?!\d)",
    r"(?<![\d.,/])\d{1,2}/\d{1,2}(?![\d/])",
    # i maj, fra maj til september, in early May, maj 2027
    r"(?:(?:i\s+løbet\s+af|i\s+begyndelsen\s+af|i\s+starten\s+af|i\s+slutningen\s+af|"
    r"midt\s+i|sidst\s+i|først\s+i|starten\s+af|slutningen\s+af|start|slut|primo|medio|"
    r"ultimo|hele|omkring|inden|før|efter|fra|til|i|in|from|until|till|by|during|before|"
    r"after|around|through|throughout|early|late|mid|the\s+end\s+of|end\s+of|"
    r"the\s+beginning\s+of|the\s+start\s+of|med\s+start\s+i|of|"
    # "every November", "hver november": each year in that month.
    r"every|each|hver|hvert|hver\s+eneste|every\s+single)\s+){1,3}"
    rf"{_MONTH_FULL}(?:\s+(?<!\d)\d{{4}}(?!\d))?"
    rf"(?:(?:,|\s+og|\s+and|\s+or|\s+eller|\s+til|\s+to|\s*-)\s*{_MONTH_FULL}){{0,3}}",
    rf"{_MONTH_FULL}\s+(?<!\d)\d{{4}}(?!\d)",
    # weekdays: hver anden lørdag, på lørdag, next Saturday, tirsdag aften
    r"(?:(?:på|om|hver|hver\s+anden|hver\s+tredje|hver\s+fjerde|næste|kommende|denne|"
    r"sidste|alle|every|every\s+other|every\s+second|next|this|on|each|coming|most|"
    r"in\s+the|i|til|at|the|den|weekends|i\s+de|første|anden|andet|tredje|fjerde|"
    r"first|second|third|fourth|last|sidste|"
    # "one Sunday in April", "tre fredage i juli", "a few Saturdays", "et par lørdage"
    r"one|a|en|et|two|three|four|five|to|tre|fire|fem|a\s+few|a\s+couple\s+of|several|"
    # "3 fredage i juli", "on 3 Fridays": a count of days told in digits.
    r"some|et\s+par|nogle|flere|udvalgte|selected|\d{1,2}(?=\s+[a-z]+(?:dage|days)(?![a-z])))"
    r"\s+){0,3}"
    rf"{_WEEKDAY}(?:\s+(?:formiddag|eftermiddag|aften|morgen|middag|nat|morning|afternoon|"
    r"evening|night)(?:en|er|e|s)?\b)?"
    r"(?:\s+(?:of\s+(?:every|each|the)\s+month|of\s+advent|i\s+advent|i\s+hver\s+måned|"
    r"i\s+måneden|hver\s+måned|"
    r"in\s+the\s+month|every\s+month|each\s+month|(?:a|per)\s+(?:month|week)|"
    r"om\s+(?:måneden|ugen)|i\s+ugen|hver\s+uge)(?![a-z]))?"
    # "Saturday morning trips", "Friday night sessions": the time names the activity.
    r"(?:\s+(?:trips|walks|runs|rides|swims|dips|sessions|meetings|meetups|meet-ups|classes|"
    r"lessons|workshops|games|matches|dinners|breakfasts|lunches|brunches|markets|practices|"
    r"practice|training|tours|outings|excursions|hikes|paddles|clean-ups|cleanups|screenings|"
    r"concerts|gatherings|events|clubs|cafés|cafes|socials)(?![a-z]))?"
    r"(?:,?\s+(?:(?:fra|from|at|mellem|between)\s+)?(?:(?:kl\.?\s?|klokken\s)(?:ca\.?\s?|cirka\s)?)?"
    r"\d{1,2}(?!\d)" + rf"(?!(?:st|nd|rd|th|\.)?\s?(?:of\s+)?{_MONTH})"
    # "Saturday 14 June": a date, which the date pattern reads whole; not the hour 14.
    r"(?:[.:]\d{2})?"
    r"(?:\s?(?:am|pm))?(?:\s?(?:-|til|to|until)\s?\d{1,2}(?!\d)(?:[.:]\d{2})?"
    r"(?:\s?(?:am|pm))?)?(?![\d.,]\d))?",
    # times: kl 10-14, kl. 17, 10:00-14:00, from 10 to 2, 2 pm
    r"(?:(?:fra|from|mellem|between|omkring|ca\.?|at|around|until|til|indtil|efter|"
    r"before|after|inden|før)\s+)?(?:kl\.?|klokken)\s?(?:ca\.?\s?|cirka\s)?\d{1,2}(?!\d)(?:[.:]\d{2})?"
    r"(?:\s?(?:-|til|to|og|and|until)\s?(?:kl\.?\s?)?\d{1,2}(?!\d)(?:[.:]\d{2})?)?",
    r"(?:(?:fra|from|mellem|between|at|until|til|indtil|around|omkring|efter|after|"
    r"before|inden|før)\s+)?(?<![\d.:])\d{1,2}:\d{2}(?:\s?(?:am|pm))?"
    r"(?:\s?(?:-|til|to|until|og|and)\s?\d{1,2}(?::\d{2})?(?!\d)(?:\s?(?:am|pm))?)?",
    r"(?:(?:fra|from|between|at|until|around|after|before)\s+)?(?<![\d.:])\d{1,2}(?!\d)"
    r"(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)"
    r"(?:\s?(?:-|to|until)\s?\d{1,2}(?!\d)(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)?)?",
    # "når solen går ned", "at sunset": a time of day told by the sky.
    r"(?:når|hvor)\s+solen\s+(?:går\s+ned|står\s+op)|ved\s+(?:solnedgang|solopgang)(?:stid)?|"
    r"i\s+(?:solnedgangen|skumringen|tusmørket)|(?:at|around)\s+(?:sunset|sunrise|dusk|dawn|"
    r"sundown)|when\s+the\s+sun\s+(?:goes\s+down|sets|comes\s+up|rises)",
    r"(?:fra|from|mellem|between)\s+(?<![\d.])\d{1,2}(?:[.:]\d{2})?(?!\d)\s?"
    r"(?:til|to|until|-|og|and)\s?\d{1,2}(?:[.:]\d{2})?(?!\d|\.\d)"
    r"(?!\s?(?:-\s?)?(?:personer|deltagere|børn|år|årige|people|persons|participants|kids|"
    r"children|years|kr|kroner|dkk|%|meter|m\b|km|stk|gange|times|uger|weeks|dage|days|"
    r"måneder|months|timer|hours|minutter|minutes|bede|borde|tables|pladser|"
    # "vi er nogle stykker fra 8 og 9 klasse": school years, not hours.
    r"klasse|klasser|klassetrin|class|classes|grade|grades|\.\s?klasse))",
    # relative and recurring
    _alt(
        [
            "i morgen",
            "i overmorgen",
            "i aften",
            "i eftermiddag",
            "i formiddag",
            "i weekenden",
            "i weekenderne",
            "i weekender",
            "hver weekend",
            "hver anden weekend",
            "i weekend",
            "til weekend",
            "i næste uge",
            "næste uge",
            "i denne uge",
            "om en uge",
            "om en måned",
            "næste måned",
            "i næste måned",
            "næste år",
            "til næste år",
            "i år",
            "til efteråret",
            "til foråret",
            "til sommer",
            "til vinter",
            "til efterår",
            "til forår",
            "til sommeren",
            "til vinteren",
            "i sommer",
            "i vinter",
            "i foråret",
            "i sommeren",
            "i efteråret",
            "i vinteren",
            "om foråret",
            "om sommeren",
            "om efteråret",
            "om vinteren",
            "hen over sommeren",
            "hen over vinteren",
            "over jul",
            "over julen",
            "over påske",
            "over påsken",
            "hen over jul",
            "hen over julen",
            "i løbet af sommeren",
            "i løbet af foråret",
            "i løbet af efteråret",
            "i løbet af vinteren",
            "i løbet af året",
            "i løbet af måneden",
            "i løbet af ugen",
            "i sommerferien",
            "i vinterferien",
            "i efterårsferien",
            "i påskeferien",
            "i juleferien",
            "i skoleferien",
            "i skolernes sommerferie",
            "i ferien",
            "efter sommerferien",
            "før sommerferien",
            "inden sommerferien",
            "i påsken",
            "i advent",
            "til advent",
            "op til advent",
            "i adventstiden",
            "til påske",
            "i julen",
            "til jul",
            "op til jul",
            "efter jul",
            "inden jul",
            "før jul",
            "til nytår",
            "nytårsaften",
            "juleaften",
            "sankthansaften",
            "sankthans",
            "sankt hans",
            "til fastelavn",
            "fastelavn",
            "i pinsen",
            "grundlovsdag",
            "hver dag",
            "hver morgen",
            "hver formiddag",
            "hver eftermiddag",
            "hver aften",
            "every morning",
            "every afternoon",
            "every evening",
            "every night",
            "dagligt",
            "hver uge",
            "ugentligt",
            "hver anden uge",
            "hver tredje uge",
            "hver måned",
            "hver anden måned",
            "månedligt",
            "hvert år",
            "hvert andet år",
            "årligt",
            "en gang om ugen",
            "en gang om måneden",
            "en gang om året",
            "en gang om dagen",
            "en gang i ugen",
            "en gang i måneden",
            "en gang i kvartalet",
            "en gang om året",
            "to gange om ugen",
            "to gange om måneden",
            "to gange om året",
            "tre gange om ugen",
            "2 gange om ugen",
            "2 gange om måneden",
            "et par gange om året",
            "et par gange om måneden",
            "om morgenen",
            "om formiddagen",
            "om eftermiddagen",
            "om aftenen",
            "om aftenerne",
            "efter skole",
            "efter skoletid",
            "efter arbejde",
            "efter arbejdstid",
            "i skoletiden",
            "i dagtimerne",
            "hele dagen",
            "hele året",
            "året rundt",
            "hele sommeren",
            "hurtigst muligt",
            "så hurtigt som muligt",
            "så snart som muligt",
            "snarest",
            "snart",
            "på et tidspunkt",
            "i fremtiden",
            "i det nye år",
            "today",
            "tonight",
            "tomorrow",
            "this weekend",
            "next weekend",
            "at the weekend",
            "at weekends",
            "on weekends",
            "on the weekend",
            "every weekend",
            "every other weekend",
            "on weekdays",
            "next week",
            "this week",
            "next month",
            "this month",
            "next year",
            "this year",
            "this spring",
            "this summer",
            "next spring",
            "next summer",
            "next autumn",
            "next fall",
            "next winter",
            "næste forår",
            "næste sommer",
            "næste efterår",
            "næste vinter",
            "til næste forår",
            "til næste sommer",
            "this autumn",
            "this fall",
            "this winter",
            "next spring",
            "next summer",
            "next autumn",
            "next fall",
            "next winter",
            "in the spring",
            "in the summer",
            "in the autumn",
            "in the fall",
            "in the winter",
            "in spring",
            "in summer",
            "in autumn",
            "in winter",
            "over the summer",
            "during the summer",
            "during the summer holidays",
            "during the summer holiday",
            "during the holidays",
            "in the summer holidays",
            "the summer holidays",
            "the summer holiday",
            "the autumn half-term",
            "the autumn break",
            "autumn break",
            "winter break",
            "spring break",
            "half term",
            "easter holidays",
            "christmas holidays",
            "summer holidays",
            "over the easter holidays",
            "over the christmas holidays",
            "over the summer holidays",
            "over the holidays",
            "over easter",
            "over christmas",
            "the winter break",
            "in the winter break",
            "during the winter break",
            "over the winter break",
            "over the autumn break",
            "over the easter weekend",
            "over the summer",
            "over the weekend",
            "in the autumn break",
            "in the easter holidays",
            "in the christmas holidays",
            "the easter holidays",
            "the christmas holidays",
            "at christmas",
            "before christmas",
            "at easter",
            "on new year's eve",
            "midsummer",
            "every day",
            "daily",
            "every week",
            "weekly",
            "every other week",
            "every two weeks",
            "fortnightly",
            "every month",
            "monthly",
            "every other month",
            "every year",
            "annually",
            "yearly",
            "once a week",
            "once a month",
            "once a year",
            "once a day",
            "twice a week",
            "twice a month",
            "twice a year",
            "a few times a year",
            "in the mornings",
            "in the morning",
            "in the afternoons",
            "in the afternoon",
            "in the evenings",
            "in the evening",
            "after school",
            "after work",
            "all day",
            "all year round",
            "all year",
            "year-round",
            "year round",
            "soon",
            "as soon as possible",
            "asap",
            "someday",
            "some day",
            "at some point",
            "in the future",
        ]
    )
    + r"\b",
    r"(?:en\s+gang\s+|once\s+)?(?:hver|every)\s+(?:\d{1,2}\.?|anden|andet|tredje|fjerde|"
    r"second|other|third|fourth|two|three|four)\s+(?:dag|uge|måned|år|day|days|weeks?|"
    r"months?|years?)(?![a-z])",
    r"(?:(?:i|in|fra|from|til|until|by|inden|before)\s+)?(?:uge|week)\s+\d{1,2}(?!\d)"
    r"(?:\s?(?:-|til|to|og|and)\s?\d{1,2}(?!\d))?",
    r"(?:i|in|fra|from|til|until|by|inden|before|after|efter|foråret|sommeren|efteråret|"
    r"vinteren|spring|summer|autumn|winter|fall)\s+(?<!\d)20\d{2}(?!\d)",
    r"(?:inden|før|efter|til|op\s+til|senest|before|after|by|until|till|around|omkring|"
    r"starting|from|fra)\s+(?:næste\s+|next\s+|this\s+|the\s+|denne\s+)?(?:summer\s+holidays?|"
    r"autumn\s+break|winter\s+break|school\s+holidays?|christmas\s+holidays?|"
    r"easter\s+holidays?|new\s+year|sommerferien|efterårsferien|vinterferien|påskeferien|"
    r"juleferien|skoleferien|sommer(?:en)?|vinter(?:en)?|forår(?:et)?|efterår(?:et)?|jul(?:en)?|"
    r"påske(?:n)?|nytår|ferien|summer|winter|spring|autumn|fall|christmas|easter|holidays|"
    r"half-term)(?![a-z])",
    # "through the summer", "all summer long", "hele vinteren": a whole season.
    r"(?:through|throughout|all\s+through|all)\s+(?:the\s+)?(?:summer|winter|spring|autumn|fall)"
    r"(?:\s+long)?(?![a-z])",
    # "i vinterhalvåret", "before the new school year", "før det bliver mørkt igen"
    r"(?:(?:i|hele|in|during|throughout|all|inden|før|efter|til|before|after|by|until)\s+)"
    r"(?:(?:the|det|næste|next|nye|new)\s+){0,2}(?:vinterhalvåret|sommerhalvåret|skoleåret|"
    r"skoleår|school\s+year|winter\s+half|summer\s+term|autumn\s+term|spring\s+term)(?![a-z])",
    r"(?:før|inden|before)\s+(?:det|it)\s+(?:bliver|gets|is|er)\s+(?:mørkt|dark|koldt|cold|"
    r"lyst|light|varmt|warm)(?:\s+(?:igen|again))?(?![a-z])",
    r"(?:i|for|in)\s+(?:\d{1,2}|en|et|to|tre|fire|a|an|one|two|three|four)\s+"
    r"(?:timer|time|dage|dag|uger|uge|måneder|hours|hour|days|weeks|months)\b",
    # "maybe 2 or 3 days", "måske 2-3 dage", "about a week": how long it goes on.
    r"(?:maybe|perhaps|about|around|roughly|måske|ca\.?|cirka|omkring|over)\s+(?:\d{1,2}|en|et|"
    r"to|tre|fire|fem|a|one|two|three|four|five)(?:\s*(?:or|eller|-|–|til|to)\s*(?:\d{1,2}|to|"
    r"tre|fire|fem|two|three|four|five))?\s+(?:days|dage|weeks|uger|week|uge|weekends|evenings|"
    r"aftener)(?![a-z])",
    # "hvert forår", "every summer", "each Christmas"
    r"(?:hver|hvert|every|each)\s+(?:forår|sommer|efterår|vinter|år|jul|påske|advent|spring|"
    r"summer|autumn|fall|winter|year|christmas|easter|halloween|fastelavn)(?![a-z])",
    # "4 gange om året", "fire gange i måneden", "three times a year", "6 times per month"
    r"(?:\d{1,2}|en|to|tre|fire|fem|seks|et\s+par|nogle|one|two|three|four|five|six|a\s+few|"
    r"several)\s+(?:gange?|times)\s+(?:om|i|a|per|every|each|hver|hvert)\s+(?:the\s+)?(?:året|år|"
    r"måneden|måned|ugen|uge|year|month|week|season|sæson)(?![a-z])",
    # "april er den bedste tid", "May would be best": a month named as the time.
    _MONTH_FULL + r"(?=\s+(?:er|is|would|could|ville|kunne|passer|suits|works)\s)",
    # "Spring would be lovely", "sommeren er bedst", "efteråret passer os": a season so named.
    r"(?:(?:i|til|in)\s+)?(?:foråret|forår|sommeren|sommer|efteråret|efterår|vinteren|vinter|"
    r"spring|summer|autumn|fall|winter)(?=\s+(?:(?:would|could|might|will)\s+be|is|ville\s+"
    r"være|kunne\s+være|vil\s+være|er)\s+(?:(?:nok|probably|really|very|so|rigtig|helt|mest|"
    r"most)\s+)?(?:best|bedst|ideal|ideelt|ideel|lovely|nice|perfect|perfekt|great|good|godt|fint|"
    r"dejligt|oplagt)(?![a-z])|\s+(?:passer|suits|works)(?![a-z]))",
    # "two evenings a week", "to aftener om ugen", "3 mornings per week", "en fast aften om
    # ugen"
    r"(?:\d{1,2}|en|én|et|to|tre|fire|fem|one|two|three|four|five|a\s+couple\s+of|et\s+par)\s+"
    r"(?:(?:fast|faste|fixed|regular)\s+)?(?:evenings?|mornings?|afternoons?|nights?|days?|"
    r"aftener|aften|formiddage|formiddag|eftermiddage|eftermiddag|morgen|dage|dag|nætter|nat)\s+"
    r"(?:om|i|a|per|every|each|hver)\s+(?:the\s+)?(?:ugen|uge|måneden|måned|week|month)(?![a-z])",
    # "i sidste uge af juli", "the first week of August"
    r"(?:(?:i|in|during|the)\s+)?(?:første|anden|tredje|fjerde|sidste|\d\.|first|second|third|"
    r"fourth|last)\s+(?:uge|weekend|week|weekend)\s+(?:af|i|of|in)\s+" + _MONTH_FULL,
    # "i eksamensperioden", "during exam periods", "in the exam season"
    r"(?:i|under|in|during|throughout)\s+(?:the\s+|de\s+)?(?:eksamens(?:perioden|perioder|"
    r"perioderne|tiden|ugerne)|exams|exam\s+(?:periods?|season|time|weeks?))(?![a-z])",
    # "tidligt om morgenen", "early in the morning", "sent om aftenen"
    r"(?:tidligt|sent|early|late)\s+(?:om|i|in)\s+(?:the\s+)?(?:morgenen|formiddagen|"
    r"eftermiddagen|aftenen|morning|afternoon|evening)(?![a-z])",
]
_WHEN_RE = _rx("(?<![a-z])(?=[a-z0-9])(?:" + "|".join(f"(?:{p})" for p in _WHEN_PARTS) + ")")
_WHEN_VAGUE = {
    fold_plain(w)
    for w in (
        "snart",
        "på et tidspunkt",
        "i fremtiden",
        "soon",
        "someday",
        "some day",
        "at some point",
        "in the future",
        "i år",
        "this year",
        "næste år",
        "til næste år",
        "next year",
        "i løbet af året",
    )
}


def adds_a_time_of_day(value: str) -> bool:
    """Tell whether a vague time ("om aftenen", "in the evening") still says something that a
    date told before lacks, unlike "snart" or "next year"."""
    return _DAY_ONLY_RE.fullmatch(fold_plain(value).strip(" .!")) is not None


_WHEN_GAP_RE = _rx(
    r"^[\s,]*(?:(?:og|and|til|to|fra|from|-|eller|or|samt|den|d\.|the|kl\.?|klokken|at|on|"
    r"på|om|mellem|between|fx|f\.eks\.|e\.g\.|typisk|typically|ca\.?|fra\s+kl\.?)[\s,]*){0,3}$"
)
_DATE_NUM_RE = re.compile(r"(\d{1,2})[./-](\d{1,2})")

# --------------------------------------------------------------------------- #
# Where

_PLACE_NAME_RE = _rx(r"\b" + _alt(PLACE_NAMES) + r"(?:s|'s)?\b")
_DISTRICT_LANDMARK_RE = _rx(
    r"\b(?:hellerup|charlottenlund|ordrup|gentofte|jægersborg|vangede|dyssegård|klampenborg|"
    r"skovshoved)\s+(?:library|station|school|church|park|harbour|harbor|lake|beach|marina|"
    r"sports\s+centre|sports\s+center|town\s+hall|high\s+school|bibliotek|skole|kirke|havn|"
    r"strand|sø|hallen|stadion|torv|centret|center|idrætsanlæg|idrætspark|sportsanlæg|bypark|"
    r"svømmehal)\b"
    # "vangede st.", "Hellerup St": a station as people shorten it.
    r"|\b(?:hellerup|charlottenlund|ordrup|gentofte|jægersborg|vangede|dyssegård|klampenborg|"
    r"skovshoved|bernstorffsvej|ermelunden|lyngby)\s+st(?:\.|\b)"
)
# "gentofte rådhusplads", "hellerup torv": a district's square or street written in lower case.
_LOWER_STREET_TAIL_RE = _rx(
    r"\s+[a-zæøå]{2,20}(?:plads|pladsen|torv|torvet|vej|vejen|gade|gaden|allé|alle|alleen|park|"
    r"parken|station|stationen|hallen|skole|skolen|kirke|kirken|bibliotek|biblioteket)(?![a-zæøå])"
    r"|\s+(?:torv|torvet|station|stationen|bibliotek|biblioteket|kirke|kirken|skole|skolen|"
    r"havn|havnen|strand|stranden)(?![a-zæøå])"
)
_PLACE_TAIL_RE = _rx(
    # ("does Gentofte have any kind of tool library?": the verb, not a garden.)
    r"\s+(?:park|parken|have(?!\s+(?:any|a|an|some|the|no|enough|more|lots|plenty|got|been|"
    r"to)(?![a-z]))|haven|plæne|plænen|sognehus|sognehuset|sognegård|sognegården|"
    r"area|grounds|lawn|garden|gardens|beach|strand|stranden|car\s+park|parkering|"
    r"parkeringsplads|parkeringspladsen|sti|stien|path|pier|mole|molen|hall|halls|sal|salen|"
    r"foyer|foyeren|room|rooms|lokale|lokalet|lokaler|gymnastiksal|gymnastiksalen|kitchen|"
    r"køkken|køkkenet|courtyard|yard|gård|gården|square|grounds|"
    # "Jægersborg medborgerhus", "Gentofte town centre": the house or centre of the district.
    r"medborgerhus|medborgerhuset|kulturhus|kulturhuset|forsamlingshus|forsamlingshuset|"
    r"bibliotek|biblioteket|library|bymidte|bymidten|centrum|town\s+cent(?:re|er)|"
    r"city\s+cent(?:re|er)|community\s+cent(?:re|er)|station|stationen)(?![a-z])"
)
_ORG_AFTER_NAME_RE = _rx(
    r"\s+(?:boldklub|bk|fc|if|ik|idrætsforening|idrætsklub|roklub|sejlklub|tennisklub|"
    r"golfklub|skakklub|svømmeklub|gymnastikforening|håndboldklub|badmintonklub|lokalråd|"
    r"grundejerforening|borgerforening|handelsstandsforening|spejder\w*|fdf|kfum|"
    r"menighedsråd\w*|sogn|avis|lokalavis|rotary|lions|kommune\w*|municipality|council|"
    r"frivilligcenter|seniorråd|ældreråd|gruppe|gruppen|team|club|football\s+club|"
    r"scouts?|association|society|church\s+council|"
    # "Jægersborg Pensionistforening", "Ordrup Bridgeklub": a body named after its district.
    r"[a-zæøå]{3,}forening\w*|[a-zæøå]{3,}klub\w*)\b"
)
_STREET_SUFFIXES = (
    "vej",
    "vejen",
    "gade",
    "gaden",
    "alle",
    "alleen",
    "plads",
    "pladsen",
    "straede",
    "straedet",
    "stien",
    "torv",
    "torvet",
    "vaenge",
    "vaenget",
    "boulevard",
)
# Lower-case common nouns with a street ending; they are not addresses.
_STREET_STOP = {
    fold_plain(w)
    for w in (
        "vej vejen gade gaden alle alleen plads pladsen stræde stien torv torvet vænge "
        "omvej omveje hovedvej hovedvejen sidevej sidevejen villavej villavejen cykelvej "
        "skolevej skolevejen boligvej stikvej stikvejen privatvej adgangsvej indkørselsvej "
        "sidegade gågade gågaden hovedgade hovedgaden bygade arbejdsplads arbejdspladsen "
        "parkeringsplads parkeringspladsen p-plads p-pladsen boldplads boldpladsen legeplads "
        "legepladsen byggeplads byggepladsen cykelsti cykelstien gangsti gangstien "
        "markedsplads markedspladsen festplads festpladsen ventesal hjemmeplads "
        "hundeluftningsplads lejrplads bålplads bålpladsen grillplads grillpladsen "
        "opholdsplads siddeplads siddepladser boulevard skraldeplads genbrugsplads "
        "genbrugspladsen studieplads praktikplads fritidsplads institutionsplads "
        "naturlegeplads naturlegepladsen torvedag fodgængerovergang bilvej motorvej "
        "motorvejen landevej landevejen sti mellemrum allé alléen udsigt legegade legegaden "
        "sommergade sommergaden"
    ).split()
}
_NAME_SUFFIXES = tuple(
    fold_plain(w)
    for w in (
        "parken park haven have høj højen toften toft lunden lund bakken bakke gården gård "
        "holm holmen vang vangen hegn hegnet huse husene "
        # Venues: "Gentofte Sportspark", "Tjørnegårdskolen", "Bellevue Strand".
        "skole skolen hallen strand stranden havn havnen station stationen bibliotek "
        "biblioteket centret centeret kirke kirken huset "
        # "Kildegårdshaverne", "Lyngby Storcenter", "Kildegård-området".
        "haverne center området omraadet "
        # "Ermelundskoven", "Bakkegårdskvarteret", "Brobæk Mose", "Hundesøen".
        "skoven skov kvarteret kvarter mosen mose søen engen eng krattet krat"
    ).split()
)
# A capitalised name ending like this is somewhere to be, not somebody to work with.
_VENUE_SUFFIXES = tuple(
    fold_plain(w)
    for w in (
        "park parken strand stranden havn havnen station stationen hallen plads pladsen "
        "stadion stadium sø søen skov skoven"
    ).split()
)
# Lower-case street names need a preposition that introduces an address.
_STREET_PREP_RE = _rx(r"(?<![a-z])(?:på|paa|ved|langs|on|at|along|i|in)\s+$")
_ANY_PLACE_SUFFIX = _STREET_SUFFIXES + _NAME_SUFFIXES
_STREET_PREFIX_WORDS = {
    fold_plain(w)
    for w in "gammel gamle lille store ny nye nørre søndre vestre østre nordre sankt sct".split()
}
_LOC_PREP = (
    # "clean-up at the lake": the "up" of a hyphenated word is no "up at".
    r"(?:(?<!-)(?:lige|helt|ude|henne|oppe|nede|inde|tæt|her|herude|right|just|down|up|over|"
    r"out|here)\s+)?"
    r"(?<!-)(?:for\s+enden\s+af|i\s+enden\s+af|på\s+hjørnet\s+af|i\s+hjørnet\s+af|midt\s+i|"
    # "on the east side of the station", "på østsiden af stationen", "på den anden side af"
    r"on\s+the\s+(?:east|west|north|south|eastern|western|northern|southern|other|far|sunny|"
    r"shady|back|front)\s+side\s+of|at\s+the\s+(?:back|front|rear)\s+of|på\s+(?:øst|vest|nord|"
    r"syd|bag|for|sol|skygge)siden\s+af|på\s+den\s+(?:anden|østlige|vestlige|nordlige|sydlige|"
    r"solrige)\s+side\s+af|"
    r"at\s+the\s+end\s+of|on\s+the\s+corner\s+of|in\s+the\s+middle\s+of|"
    r"i\s+nærheden\s+af|nær\s+ved|bag\s+ved|rundt\s+om|rundt\s+i|over\s+for|uden\s+for|"
    r"ud\s+for|inde\s+i|ude\s+på|tæt\s+på|ved\s+siden\s+af|next\s+to|close\s+to|"
    r"outside\s+of|in\s+front\s+of|across\s+from|near\s+to|på|paa|ved|i|nær|omkring|foran|"
    r"bag|bagved|langs|overfor|mellem|udenfor|fra|til|hos|near|at|by|in|on|around|"
    r"outside|behind|along|opposite|beside|between|inside|from|to|into|onto|through|"
    r"gennem|igennem|across|over)"
)
_LOC_DET = r"(?:(?:den|det|de|vores|vor|min|mit|the|our|my|a|an|et|en)\s+)?"
_LOC_ADJ = (
    r"(?:(?:lille|lille\s+gamle|gamle|nye|lokale|store|grønne|tomme|nedlagte|offentlige|"
    r"kommunale|nærmeste|local|old|new|little|big|empty|public|disused|green|nearby|"
    r"nearest|unused|ubrugte)\s+){0,2}"
)
_LEFT_PREP_RE = _rx(rf"(?<![a-z]){_LOC_PREP}\s+{_LOC_DET}{_LOC_ADJ}$")
# "the station hall", "the school yard garden": a part named after the landmark.
_LANDMARK_HEAD = (
    r"(?:hall|yard|garden|kitchen|room|corner|field|lawn|square|entrance|foyer|basement|roof|"
    r"wall|playground|car\s+park|sal|gård|have|køkken|lokale|hjørne|plæne|indgang|kælder|tag|"
    r"mur|væg|p-plads|parkeringsplads|legeplads|bane|sportsplads|boldbane)"
)
_LANDMARK_DA = (
    "skolen skolegården skolens gård biblioteket stationen banegården søen søerne parken "
    "havnen legepladsen naturlegepladsen stranden skoven torvet pladsen kirken kirkegården "
    "centret centeret butikscentret indkøbscentret hallen sportshallen idrætshallen "
    "idrætsanlægget idrætsparken stadion stadionet boldbanen boldbanerne fodboldbanen "
    "kunstgræsbanen fortovet hjørnet rundkørslen krydset grønningen fællesarealet "
    "fællesarealerne gården baggården plænen engen mosen åen vandkanten kysten molen "
    "badebroen broen tunnelen stien cykelstien villavejen p-pladsen parkeringspladsen "
    "rådhuset plejehjemmet ældrecentret børnehaven vuggestuen sfo'en fritidsklubben "
    "ungdomsklubben medborgerhuset kulturhuset forsamlingshuset beboerhuset fælleshuset "
    "sognegården menighedshuset bymidten centrum hovedgaden gågaden grunden marken "
    "genbrugspladsen busstoppestedet stoppestedet hundeskoven boldburet svømmehallen "
    "grønne område grønne områder det grønne område haven skolehaven bålpladsen "
    "grillpladsen vores vej vores gade vores gård vores have vores opgang vores kælder "
    "vores boligforening vores ejendom vores kvarter min have min gade min vej min opgang "
    "kælderen opgangen gadekæret dammen vandrehjemmet biografen museet teatret caféen "
    "cafeen bageriet hallerne hospitalet musikskolen skolekøkkenet kolonihaverne kolonihaven "
    "gymnastiksalen aktivitetscentret aktivitetscenteret seniorcentret seniorcentrene "
    "p-pladsen p-plads parkeringspladsen plejehjemmet plejehjemet "
    "plejehjemmene plejecentret plejecentrene tunnelen tunnellen foyeren klubhuset "
    "ungdomshuset spejderhytten hytten tennisbanen tennisbanerne petanquebanen "
    "basketbanen multibanen løbebanen atletikbanen"
)
_LANDMARK_EN = (
    "library lake park harbour harbor marina school schoolyard school yard playground "
    "station train station beach woods forest square town square church churchyard "
    "community centre community center sports hall sports centre sports center town hall "
    "city hall field football pitch pitch green corner roundabout pavement sidewalk "
    "bike path cycle path path pier jetty shopping centre shopping center mall "
    "nursing home care home kindergarten courtyard garden common area empty lot "
    "vacant lot bus stop meadow bog stream waterfront coast shore pond swimming pool "
    "street road block building cafe café museum cinema dog park hospital music school "
    "community house culture house parish hall church hall activity centre activity center "
    "youth club lawn tunnel underpass "
    "school kitchen gym allotments car park parking lot basement foyer clubhouse"
)
_LANDMARK_DA_LIST = [
    "skolens gård",
    "grønne område",
    "grønne områder",
    "det grønne område",
    "vores vej",
    "vores gade",
    "vores gård",
    "vores have",
    "vores opgang",
    "vores kælder",
    "vores boligforening",
    "vores ejendom",
    "vores kvarter",
    "min have",
    "min gade",
    "min vej",
    "min opgang",
] + [
    w
    for w in _LANDMARK_DA.split()
    if w not in {"skolens", "gård", "grønne", "område", "områder", "det", "vores", "min"}
    and w not in {"vej", "gade", "have", "opgang", "kælder", "boligforening", "ejendom"}
    and w not in {"kvarter"}
]
_LANDMARK_EN_LIST = [
    "music school",
    "parish hall",
    "church hall",
    "activity centre",
    "activity center",
    "youth club",
    "school kitchen",
    "car park",
    "parking lot",
    "school yard",
    "train station",
    "town square",
    "community centre",
    "community center",
    "sports hall",
    "sports centre",
    "sports center",
    "town hall",
    "city hall",
    "football pitch",
    "bike path",
    "cycle path",
    "shopping centre",
    "shopping center",
    "nursing home",
    "care home",
    "common area",
    "empty lot",
    "vacant lot",
    "bus stop",
    "swimming pool",
    "dog park",
] + [
    w
    for w in _LANDMARK_EN.split()
    if w
    not in {
        "yard",
        "train",
        "town",
        "community",
        "centre",
        "center",
        "sports",
        "hall",
        "city",
        "football",
        "bike",
        "cycle",
        "shopping",
        "nursing",
        "care",
        "home",
        "common",
        "area",
        "empty",
        "vacant",
        "lot",
        "bus",
        "stop",
        "swimming",
        "pool",
        "dog",
        "music",
        "parish",
        "activity",
        "youth",
        "club",
        "kitchen",
        "car",
        "parking",
    }
]
_SPOT_END_RE = _rx(
    r"(?<![a-z])(?:corner|hjørne|hjørnet|lawn|plæne|plænen|tunnel|tunnelen|tunnellen|path|sti|"
    r"stien|wall|mur|muren|væg|væggen|roof|tag|taget|field|mark|marken|area|areal|arealet|spot|"
    r"strip|stykke|stykket|side|siden|end|enden|edge|kant|kanten)$"
)
_SPOT_OF_RE = _rx(
    r"\s+(?:of|under|behind|bag|bagved|under|på|ved|near|by|along|langs|beside|next\s+to|af|"
    r"til)\s+(?:the\s+|den\s+|det\s+|de\s+)?(?:[a-z][a-z'-]*\s+){0,2}?"
    + _alt(_LANDMARK_DA_LIST + _LANDMARK_EN_LIST + ["railway", "jernbanen", "banen", "vejen"])
    + r"(?![a-z])"
)
_LANDMARK_RE = _rx(
    # "fra kirkens kælder", "i skolens gård": a landmark of a named owner.
    # Not after "at": "Vi forestiller os, at parken kan stå færdig" is Danish "that".
    rf"(?<![a-z])(?!at\s){_LOC_PREP}\s+(?:[a-zæøå]{{3,}}s\s+{_LOC_ADJ}{_LANDMARK_HEAD}|"
    rf"{_LOC_ADJ}{_alt(_LANDMARK_DA_LIST)}(?:\s+{_LANDMARK_HEAD})?)(?![a-z])"
    rf"|(?<![a-z]){_LOC_PREP}\s+(?:the|our|my|a|an)\s+(?:[a-z]{{3,}}'s\s+)?{_LOC_ADJ}"
    rf"{_alt(_LANDMARK_EN_LIST)}(?:\s+{_LANDMARK_HEAD})?(?![a-z])"
    # "på ungdomsskolen", "på spejdergrunden", "i medborgerhuset": a compound naming a kind
    # of place by its last part.
    r"|(?<![a-z])(?:på|i|ved|bag|foran|udenfor|inde\s+i)\s+(?:[a-zæøå]{3,}(?:skolen|grunden|hallen|parken|"
    r"pladsen|centret|centeret|banen|stranden|salen)|(?:medborger|kultur|forsamlings|ungdoms|"
    r"klub|menigheds|beboer|fælles)huset)(?![a-zæøå])"
    # "language cafe in library": English without its article, as newcomers write it.
    r"|(?<![a-z])(?:in|at|near)\s+(?:library|park|station|church|kindergarten|town\s+hall|"
    r"community\s+(?:cent(?:re|er)|house|hall)|culture\s+house|sports\s+hall|beach|harbou?r|"
    r"lake)(?![a-z])"
    r"|(?<![a-z])(?:hos\s+(?:mig|os)|hjemme\s+hos\s+(?:mig|os)|at\s+(?:my|our)\s+place"
    r"|at\s+my\s+house|in\s+my\s+garden|in\s+our\s+garden)(?![a-z])"
    # "ved Netto", "outside Rema 1000": a supermarket everyone knows is a landmark.
    r"|(?<![a-z])(?:ved|foran|bag|udenfor|uden\s+for|overfor|near|by|outside|behind|at)\s+"
    r"(?:netto|rema(?:\s+1000)?|føtex|foetex|irma|lidl|meny|coop|superbrugsen|brugsen|kvickly|"
    r"aldi|bilka|7-eleven|lagkagehuset|apoteket)(?![a-z])"
)
_BLOCK_RE = _rx(
    r"(?<![a-z])(?:blok|blokken|opgang|bygning|block|building|tower|tårn)\s+"
    r"(?:\d{1,3}[a-z]?|[a-z])(?![a-z0-9])"
)
# "tunnellen under Lyngbyvej", "the bridge over Strandvejen": the landmark is the place.
_LANDMARK_BEFORE_RE = _rx(
    r"(?<![a-z])(?:"
    # "i et lokale i Jægersborg", "in a container at the station": somewhere of that kind.
    r"(?:i|in|på|on|at|ved|inside)\s+(?:en|et|a|an)\s+(?:(?:lille|little|stort|big|gammelt|"
    r"old|ledigt|tomt|empty)\s+)?|"
    r"(?:(?:under|over|i|in|på|at|on|ved|by|near|nær|langs|along)\s+)?"
    r"(?:(?:the|den|det|vores|our)\s+)?"
    r"(?:(?:nordlige|sydlige|østlige|vestlige|north|south|east|west|northern|southern|"
    r"eastern|western|unused|ubrugte|lille|little|store|big|gamle|old)\s+)?"
    # "en badebro ved Gentofte Sø", "a jetty at the lake": a thing to come, not a spot.
    r"(?<!(?<![a-z])en\s)(?<!(?<![a-z])et\s)(?<!(?<![a-z])a\s)(?<!(?<![a-z])an\s))"
    # "the sports hall at", "the grass field behind", "the old tennis court at".
    r"(?:(?:sports?|grass|tennis|basketball|football|netball|multi|school|community|assembly|"
    r"main|back|front|side|staff|meeting|function|party|bike|car|senior|youth|health|day|"
    r"activity|leisure)\s+)?"
    # "a zebra crossing on Strandvejen": the crossing is the thing proposed.
    r"(?<!zebra\s)(?<!pedestrian\s)"
    r"[a-z]{0,14}(?:tunnel|tunnelen|tunnellen|court|"
    r"underføringen|underføring|viadukten|broen|bro|bridge|underpass|stien|path|muren|væggen|"
    r"wall|pladsen|square|hjørnet|corner|krydset|crossing|junction|rundkørslen|roundabout|"
    r"plænen|lawn|banen|pitch|field|skrænten|bakken|hill|trappen|stairs|indgangen|entrance|"
    r"parkeringspladsen|car\s+park|busstoppestedet|bus\s+stop|fortovet|pavement|"
    # A spot within a place: "gymnastiksalen på Ordrup Skole", "the hall at Gentofte Skole".
    r"kant|kanten|edge|bred|bredden|shore|bank|sal|salen|hall|foyer|foyeren|lobby|lokale|"
    r"beach|stranden|playground|legepladsen|facaden|facade|"
    r"lokalet|room|rum|rummet|container|containeren|boks|boksen|box|kiosk|kiosken|hjørne|"
    r"hjørnet|areal|arealet|area|plæne|haven|garden|gardens|gården|yard|tårn|tårnet|tower|"
    r"køkken|køkkenet|kitchen|kælder|kælderen|basement|gymnastiksal|gymnastiksalen|"
    r"terrasse|terrassen|terrace|bygning|bygninger|building|tag|taget|roof|rooftop|"
    # "græsrabatten langs Ordrupvej", "den nordlige ende af søen", "skovbrynet ved Bellevue",
    # "slæbestedet".
    r"rabat|rabatten|ende|enden|bryn|brynet|slæbested|slæbestedet|mur|vuggestue|"
    r"vuggestuen|"
    # "på den lille plads ved Jægersborg Allé", "the senior centre on Gentoftegade".
    r"(?:(?<=lille\s)|(?<=store\s)|(?<=gamle\s)|(?<=grønne\s)|(?<=tomme\s)|(?<=ledige\s))"
    r"plads|centre|center|centret|centeret|"
    r"buildings)(?:'s|s)?\s+"
    r"(?:under|over|ved|langs|bag|bagved|foran|på|i|mellem|near|by|along|behind|beside|"
    r"across|next\s+to|in\s+front\s+of|at|on|off|af|of|til|to)\s+"
    r"(?:(?:the|den|det)\s+)?$"
)
# "somewhere in Hellerup", "et sted i Vangede": the district told, the spot still open.
_SOMEWHERE_IN = (
    r"(?:et\s+(?:eller\s+andet\s+)?sted|somewhere|anywhere|a\s+place|a\s+spot)\s+"
    r"(?:i|in|på|on|at|ved|near|nær|around|omkring)\s"
)
_SOMEWHERE_BEFORE_RE = _rx(rf"(?<![a-z]){_SOMEWHERE_IN}+$")
_SOMEWHERE_START_RE = _rx(_SOMEWHERE_IN)
_GENERIC_WHERE_RE = _rx(
    r"(?<![a-z])(?:et\s+eller\s+andet\s+sted|et\s+sted(?:\s+i\s+(?:kommunen|gentofte"
    r"(?:\s+kommune)?|byen|nærheden|området|kvarteret))?|somewhere(?:\s+in\s+(?:the\s+"
    r"municipality|gentofte|town|the\s+area|the\s+neighbou?rhood))?|"
    r"(?:rundt\s+)?i\s+(?:hele\s+)?(?:kommunen|gentofte\s+kommune|byen|området|kvarteret|"
    r"nabolaget|lokalområdet|nærheden)|(?:around\s+|across\s+)?(?:in|around|across)\s+"
    r"(?:the\s+)?(?:municipality|town|area|neighbou?rhood|local\s+area)|in\s+gentofte\s+"
    r"municipality|udendørs|udenfor|outdoors|outside|indendørs|indoors)(?![a-z])"
)
_WHERE_GAP_RE = _rx(
    r"^[\s,]*(?:(?:i|in|på|on|ved|by|near|nær|og|and|eller|or|-|ved\s+siden\s+af|"
    r"next\s+to|tæt\s+på|close\s+to|lige\s+ved|mellem|between|nr\.?|nummer|number|"
    r"the|den|det|at|foran|bag|behind|"
    # "stien ned til Dyssegård Station", "the path down to the harbour": a way told by where
    # it leads is one place.
    r"ned|op|hen|ud|down|up|out|mod|towards|toward|til|to)[\s,]*){0,3}$"
)
_POSTCODE_RE = _rx(
    r"(?<!\d)(?:2820|2900|2920|2930|2870|2860)\s+(?=hellerup|gentofte|charlottenlund|"
    r"klampenborg|dyssegård|søborg|vangede|ordrup)"
)
_HOUSE_NO_RE = re.compile(
    r"\s?\d{1,4}(?!\d)(?:\s?[a-z](?![a-z]))?(?:,?\s?\d{1,2}\.?\s?(?:th|tv|mf|sal)\b\.?)?"
)

# --------------------------------------------------------------------------- #
# Who benefits

_BENEFICIARIES = (
    "børn børnene børnenes børns småbørn småbørnene skolebørn skolebørnene "
    "børnefamilier børnefamilierne børnehavebørn dagplejebørn unge ungdommen teenagere "
    "teenagerne teens ældre seniorer seniorerne pensionister pensionisterne familier "
    "familierne forældre forældrene bedsteforældre naboer naboerne nabolaget beboere "
    "beboerne borgere borgerne mennesker menneskerne folk alle enhver voksne elever "
    "eleverne studerende hundeejere cyklister cyklisterne fodgængere bilister motionister "
    "løbere handicappede kørestolsbrugere ensomme nytilkomne tilflyttere flygtninge "
    "kvinder mænd women ladies girls boys mothers fathers dads mums moms danskere "
    "spejdere spejderne scouts turister tourists gæster guests "
    "nydanskere indvandrere immigrants expats internationals udlændinge foreigners "
    "beginners begyndere nybegyndere novices amateurs amatører "
    "gardeners haveejere havefolk kolonihaveejere readers læsere hobbyists "
    "danes swedes brits ukrainere syrere afghanere danskerne ukrainerne "
    "piger drenge mødre fædre babyer småbørnsforældre pendlere gæster besøgende turister "
    "kvinderne mændene pigerne drengene mødrene fædrene "
    "blinde døve svagsynede svagtseende ordblinde demente pårørende enlige enker enkemænd "
    "hjemløse ledige ensomme kørestolsbrugere gangbesværede "
    "skoleklasser skoleklasserne nytilflyttere nytilflytterne nysgerrige interesserede "
    "schoolchildren classes "
    # (Not musicians or artists: more often the people behind an idea.)
    "hundeluftere hundelufterne forbipasserende svømmere vinterbadere sejlere roere "
    "kajakroere skatere skaterne gamere naturelskere fuglekiggere passersby swimmers "
    "sailors rowers kayakers skaters skateboarders gamers birdwatchers dog walkers "
    "blind deaf carers caregivers widows widowers homeless unemployed commuters "
    "lokalsamfundet kvarteret lokalområdet området byen fællesskabet hele kvarteret "
    "hele byen hele vejen hele familien "
    "kids children child youth young people teenagers the elderly elderly older people "
    "older residents seniors pensioners retirees families parents grandparents neighbours "
    "neighbors residents citizens people everyone everybody all adults pupils students "
    "dog owners cyclists pedestrians runners people with disabilities disabled people "
    "lonely people newcomers refugees toddlers babies locals visitors commuters "
    "the community the neighbourhood the neighborhood the local community the whole "
    "neighbourhood the whole neighborhood "
)
_BEN_MULTI = [
    "young people",
    "the elderly",
    "older people",
    "older residents",
    "dog owners",
    "people with disabilities",
    "disabled people",
    "lonely people",
    "the community",
    "the neighbourhood",
    "the neighborhood",
    "the local community",
    "the whole neighbourhood",
    "the whole neighborhood",
    "hele kvarteret",
    "hele byen",
    "hele vejen",
    "hele familien",
    "mennesker med handicap",
    "folk med handicap",
    "people with dementia",
    "mennesker med demens",
    "older men",
    "young men",
    "elderly men",
    "men and women",
    "women and men",
    "young and old",
    "old and young",
    "unge og gamle",
    "unge som gamle",
    "gamle og unge",
    "små og store",
    "store og små",
    "big and small",
    "nye danskere",
    "alle aldre",
    "alle aldersgrupper",
    "all ages",
    # "sammen med andre i samme situation", "others like us": peers of the person.
    "andre i samme situation",
    "andre i samme båd",
    "andre som os",
    "andre ligesom os",
    "andre som mig",
    "andre ligesom mig",
    "others in the same situation",
    "others in the same boat",
    "others like us",
    "others like me",
]
_BEN_SINGLE = [
    w
    for w in _BENEFICIARIES.split()
    if w
    not in {
        "young",
        "the",
        "older",
        "dog",
        "owners",
        "with",
        "disabilities",
        "disabled",
        "lonely",
        "community",
        "neighbourhood",
        "neighborhood",
        "local",
        "whole",
        "hele",
        "vejen",
        "familien",
    }
]
_BEN = (
    "(?:"
    + _alt(_BEN_MULTI + _BEN_SINGLE)
    + r"(?![a-z])|men(?=\s+(?:over|under|aged|who|with|in|of)\s)"
    + r"|(?<!\d)\d{1,2}\s?-\s?\d{1,2}[\s-]?(?:årige|year-olds|year olds)"
    + r"|(?<!\d)\d{1,2}[\s-]?(?:årige|year-olds)"
    # "walking football for over 60s", "for de over 65": people told by an age limit.
    + r"|(?:over|under)[\s-]\d{2}(?:s|'s)(?![a-z])|(?<=de\s)(?:over|under)\s\d{2}(?:\s?år)?(?!\d)"
    + r"|[a-z]{3,12}(?:ians|eans|ese)(?![a-z])"
    # Compounds end in the people they name: "enkemænd", "grundejerne", "job seekers".
    + _f(
        r"|[a-zæøå]{3,14}(?:ejere|ejerne|mænd|mændene|kvinder|kvinderne|børn|børnene|"
        r"forældre|forældrene|elever|eleverne|brugere|brugerne|borgere|borgerne|familier|"
        r"familierne|beboere|beboerne|gæster|gæsterne|søgende|badere|baderne|gængere|"
        r"pensionister|ledige)(?![a-z])"
        r"|(?:[a-z]{2,12}[\s-])?(?:owners|seekers|goers|lovers|walkers|riders|folks|users)(?![a-z])"
    )
    + ")"
)
_BEN_QUANT = (
    r"(?:(?:alle|de|vores|vore|områdets|kvarterets|byens|lokalområdets|gentoftes|mange|flere|"
    r"særligt|især|specielt|primært|både|ensomme|små|mindre|store|yngre|nye|lokale|gamle|"
    r"travle|udsatte|sårbare|syge|hjemmeboende|enlige|nyankomne|aktive|andre|øvrige|"
    r"ældre|unge|the|all|our|local|young|younger|older|elderly|lonely|new|many|more|\d{1,4}|"
    r"especially|particularly|mainly|both|busy|vulnerable|isolated|other|those|roughly|"
    r"about|around|approximately|nearly|almost|over|omkring|cirka|ca\.?|næsten|mindst|"
    r"at\s+least|more\s+than|flere\s+end|op\s+til|up\s+to|"
    r"kvarterets|vejens|gadens|skolens|smaa|alle\s+de|their|deres|"
    # "Ukrainian and Danish people", "danske og ukrainske familier"
    r"[a-z]{3,12}(?:ian|ish|ese|ske)(?:\s+(?:and|og|&)\s+[a-z]{3,12}(?:ian|ish|ese|ske))?)\s+){0,3}"
)
_BEN_QUAL = (
    r"(?:\s+(?:på|on|along)\s+(?:(?:the|vores|our)\s+)?(?:vejen|gaden|street|road))?"
    r"(?:\s+(?:i|fra|ved|in|from|of|around|der\s+bor\s+i|som\s+bor\s+i|"
    r"who\s+live\s+in|living\s+in)\s+(?:(?:det|den|the|vores|our|hele)\s+)?"
    r"(?:kvarteret|området|nabolaget|lokalområdet|byen|kommunen|gentofte(?:\s+kommune)?|"
    r"hellerup|charlottenlund|ordrup|jægersborg|vangede|dyssegård|klampenborg|skovshoved|"
    r"vejen|gaden|neighbou?rhood|area|community|town|street|all\s+ages|alle\s+aldre|"
    r"alle\s+aldersgrupper|bebyggelsen|boligforeningen|boligområdet|blokken|blokkene|opgangen|"
    r"ejendommen|afdelingen|klassen|skolen|institutionen|børnehaven|klubben|foreningen|"
    r"building|estate|block|housing\s+association|school|class|club|kommune|flats|apartments|"
    r"lejlighed(?:erne|er)?|rækkehus(?:ene|e)?|villaerne|houses|"
    r"[a-z]{2,20}(?:vej|gade|parken|gården|byen|skolen|sogn)))?"
    r"(?:\s+(?:på\s+tværs\s+af\s+(?:alder|aldre|generationer|kulturer)|i\s+alle\s+aldre|"
    r"of\s+all\s+ages|across\s+(?:ages|generations|cultures)|young\s+and\s+old|"
    r"unge\s+som\s+gamle|små\s+og\s+store|big\s+and\s+small))?"
    # "elever i 3.-5. klasse", "de mindste fra 0. til 3. klasse", "pupils in 2nd-4th grade"
    r"(?:\s+(?:i|in|fra|from)\s+(?:\d{1,2}(?:\.|st|nd|rd|th)?\s?(?:-|til|to)\s?)?"
    r"\d{1,2}(?:\.|st|nd|rd|th)?\s+(?:klasse|klasser|class|grade|year))?"
    # "drenge fra 8.b", "elever i 3.g": a school class.
    r"(?:\s+(?:i|in|fra|from)\s+\d{1,2}\.\s?[a-z](?![a-z]))?"
    r"(?:\s+(?:i\s+alderen|mellem|fra|under|over|aged|between|from|på)\s+\d{1,2}(?!\d)"
    r"(?:\s?(?:-|til|og|to|and)\s?\d{1,2}(?!\d))?(?:\s?(?:år|årige|years?(?:\s+old)?))?)?"
    r"(?:\s*\(\d{1,2}\s?-\s?\d{1,2}(?:\s?år)?\))?"
    r"(?:\s+(?:med|with|in)\s+(?:barnevogn\w*|prams?|buggies|strollers?|rollator\w*|walkers?|"
    r"kørestol\w*|wheelchairs?|handicap|disabilities|demens|dementia|hund\w*|dogs?|"
    r"små\s+børn|small\s+children|young\s+children|bad\s+knees|dårlige\s+knæ))?"
)
# One free word may qualify a beneficiary ("kindergarten kids", "travle forældre").
_BEN_HEAD = (
    rf"{_BEN_QUANT}(?:(?!(?:hvor|hvis|når|where|when|while|which|that|than|what|with|from|"
    rf"into|også|men|but|som|and|fordi|because|since|mens|selvom|although|though|eller)\s)"
    rf"[a-z'-]{{3,15}}\s+)?{_BEN}{_BEN_QUAL}"
)
_BEN_NP = rf"{_BEN_HEAD}(?:\s*(?:,|og|and|samt|eller|or|&|\+)\s+{_BEN_HEAD}){{0,4}}"
_WHO_PREP_RE = _rx(
    r"(?<![a-z])(?:til\s+glæde\s+for|til\s+gavn\s+for|til\s+fordel\s+for|for\s+the\s+"
    r"benefit\s+of|for\s+both|for\s+(?:os|us)|for|til|aimed\s+at|targeted\s+at|targeting|intended\s+for|"
    r"meant\s+for|designed\s+for|geared\s+towards|henvendt\s+til|målrettet|rettet\s+mod|"
    r"tænkt\s+til|tænkt\s+for|målgruppen\s+er|the\s+target\s+group\s+is|"
    r"henvender\s+sig\s+til|for\s+alle\s+os|især|særligt|specielt|primært|ikke\s+mindst|"
    r"(?<=,\s)også|(?<=,\s)also|"
    r"herunder|inklusive|including|especially|esp\.?|particularly|mainly|primarily|"
    r"not\s+least|"
    r"sammen\s+med|together\s+with)\s+"
    rf"(?:{_BEN_NP})"
)
# "Jeg arbejder med demente og har en drøm om en sansehave", "I work with refugees": the
# people the person works with are whom their idea is for.
_WORKED_WITH = (
    r"(?<![a-z])(?:jeg|vi|i|we)\s+(?:arbejder|work|works|worked|har\s+arbejdet|have\s+worked|"
    r"'ve\s+worked)\s+(?:(?:til\s+daglig|daily|every\s+day|professionally)\s+)?(?:med|with)\s+"
)
_WHO_WORKED_WITH_RE = _rx(_WORKED_WITH + rf"(?P<np>{_BEN_NP})(?![a-z])")
_WORKED_WITH_BEFORE_RE = _rx(_WORKED_WITH + "$")
# "for os over 60", "for dem under 12 år", "for those aged 70 and up": people told by age.
_WHO_BY_AGE_RE = _rx(
    r"(?<![a-z])(?:for|til)\s+(?:os|us|dem|them|those|people|folk|alle|everyone)\s+(?:over|"
    r"under|above|aged|fra|from|mellem|between)\s+\d{1,2}(?:\s*(?:-|–|til|to|og|and)\s*\d{1,2})?"
    r"(?:\s*(?:år|års|years?(?:\s+old)?|s|and\s+up|og\s+op))?(?![a-z0-9])"
)
# "et projekt med min 4. klasse", "for our year 5 class": the teacher's own class.
_WHO_CLASS_RE = _rx(
    r"(?<![a-z])(?:med|for|til|with)\s+(?:min|mine|vores|our|my)\s+(?:(?:\d{1,2}\.?\s?[a-z]?|"
    r"year\s+\d{1,2})\s+)?(?:klasse|klasser|class|grade|elever|pupils)(?![a-z])"
)
# "alle unge under 25 kan skrive sig op", "blinde og svagsynede kan være med", "kids can join":
# the people who may take part.
_WHO_CAN_RE = _rx(
    r"(?<![a-z])(?:kan|må|skal\s+kunne|can|may|could|will\s+be\s+able\s+to)\s+"
    r"(?:(?:også|gerne|sagtens|selv|frit|also|easily|freely|all)\s+)?(?:være\s+med|deltage|"
    r"komme|melde\s+sig|skrive\s+sig\s+op|bruge|låne|cykle|lære|prøve|spille|join|take\s+part|"
    r"come|sign\s+up|use|borrow|participate|learn|try|play|ride|"
    # "en frugtlund hvor alle må plukke", "where anyone can pick": what anyone may do there.
    r"plukke|pick|hente|tage|take|bade|swim|svømme|nyde|enjoy|lege|dyrke|grow|mødes|meet)"
    r"(?![a-z])"
)
_BEN_NP_RE = _rx(_BEN_NP)
# "..., så naboer kan mødes" / "so that neighbours can meet": a purpose, whose people
# _WHO_SO_RE reads; the clause itself is the reason, not who it is for.
_PURPOSE_WORD_RE = _rx(r"(?<![a-z])(?:så|sådan|so|in\s+order)(?:\s+(?:at|that))?\s")
# "fra maj kunne børn fra 8-12 år lære at fiske": the same, told the other way round.
_WHO_CAN_INV_RE = _rx(
    rf"(?<![a-z])(?:kan|kunne|må|skal|could|can)\s+({_BEN_NP})\s+(?:(?:gerne|også|selv|frit|"
    r"also|freely)\s+)?(?:være\s+med|deltage|komme|lære|prøve|spille|bruge|låne|mødes|cykle|"
    r"learn|join|come|try|play|use|borrow|meet|ride|take\s+part)(?![a-z])"
)
# "a huge difference to families like ours", "gøre en stor forskel for de ældre"
_WHO_DIFF_RE = _rx(
    r"(?<![a-z])(?:difference|forskel)\s+(?:to|for)\s+"
    rf"({_BEN_NP}(?:\s+(?:like|som)\s+(?:ours|us|mine|os|vores))?)"
)
# "My daughter wants to play football", "min søn drømmer om at lære at svømme": the
# person's own family member wanting something is who the idea is for.
_WHO_KIN_WANTS_RE = _rx(
    r"(?<![a-z])((?:my|our|min|mit|mine|vores)\s+(?:\d+-?(?:year-old|årige)\s+)?(?:daughters?|"
    r"sons?|kids|children|child|grandchildren|grandkids|mum|mom|dad|mother|father|parents|datter|"
    r"døtre|søn|sønner|børn|barn|børnebørn|barnebarn|mor|far|forældre))\s+"
    r"(?:(?:really|also|så|også|virkelig|rigtig)\s+)?(?:wants?|would\s+(?:like|love)|'d\s+(?:like|"
    r"love)|dreams?\s+of|misses|miss|vil\s+gerne|ville\s+gerne|gerne\s+vil|drømmer\s+om|"
    r"savner|elsker|loves?)(?![a-z])"
)
_HELPED_BEFORE_RE = _rx(
    r"(?<![a-z])(?:hjælpe|hjælper|help|helps|helping|support|supporting|teach|teaching|lære|"
    r"undervise|underviser|besøge|visit|visiting)\s+$"
)
_WHO_VERB_RE = _rx(
    r"(?<![a-z])(?:gavne|gavner|glæde|glæder|hjælpe|hjælper|samle|samler|give|giver|"
    r"benefit|benefits|benefiting|benefitting|help|helps|helping|support|supports|"
    r"bring\s+together|brings\s+together|bringe|forene|invite|invites|inviting|invitere|"
    r"inviterer|welcome|welcomes|welcoming|byde\s+velkommen\s+til|include|includes|"
    r"inkludere|inkluderer|engage|engagere|aktivere|activate|reach|nå\s+ud\s+til|"
    # "lære hørende naboer tegnsprog", "teach older people to use a smartphone".
    r"lære|undervise|underviser|teach|teaches|teaching)\s+"
    rf"({_BEN_NP})"
)
# "Børnene i foreningen vil elske det", "the kids on our street would love it": the people
# who will enjoy the idea (not the association they belong to).
_WHO_LOVE_RE = _rx(
    rf"(?<![a-z])({_BEN_NP}(?:\s+(?:i|in|på|on|at|fra|from)\s+(?:vores\s+|our\s+|the\s+|"
    r"hele\s+)?[a-z-]{3,25})?)\s+(?:vil|ville|will|would|'ll|kommer\s+til\s+at)\s+"
    r"(?:(?:helt\s+sikkert|sikkert|garanteret|bare|really|absolutely|definitely|just|all)\s+)?"
    r"(?:elske|love|adore|nyde|enjoy)(?![a-z])"
)
# "give ordrupperne en grund til at handle lokalt", "give local teens a place to go": whoever
# is given the reason, chance or place.
_WHO_GIVE_RE = _rx(
    r"(?<![a-z])(?:give|giver|gives|giving)\s+("
    r"(?!(?:dem|os|det|ham|hende|mig|dig|jer|them|us|it|him|her|me|you|en|et|a|an|the|"
    r"nogle|some|mere|more|plads|room|adgang|access)\s)"
    r"(?:(?:de|vores|our|the|alle|all|local|lokale|flere|more)\s+)?[a-z-]{3,20}"
    r"(?:\s+(?!(?:en|et|a|an)\s)[a-z-]{3,20})?)\s+(?:(?:en|et|a|an|nogle|some|flere|more|"
    r"new|nye|ny|nyt)\s+)*(?:grund|grunde|mulighed|muligheder|chance|chancen|chancer|sted|"
    r"steder|reason|reasons|opportunity|opportunities|place|places|space)(?![a-z])"
)
_LOVE_IT_RE = _rx(
    r"(?:vil|ville|will|would|'ll|til\s+at)\s+(?:[a-z]+\s+)?(?:elske|love|adore|nyde|enjoy)"
    r"(?![a-z])(?!\s+to\s)"
)


def _fan_spans(text: str) -> list[Span]:
    """The people told to love the idea ("Børnene i foreningen vil elske det")."""
    if not _LOVE_IT_RE.search(text):
        return []
    return [m.span(1) for m in _WHO_LOVE_RE.finditer(text)]


_WHO_SO_RE = _rx(
    # "en sprogcafé hvor danskere og udlændinge kan drikke kaffe": who gets to do it.
    r"(?<![a-z])(?:så|so|hvor|where)\s+(?:at\s+|that\s+)?"
    rf"({_BEN_NP})\s+(?:kan|kunne|får|har|bliver|can|could|will|get|have|would|may|"
    # "so runners and cyclists stop buying plastic bottles", "så børnene slipper for ...".
    r"stop|don't|do\s+not|won't|no\s+longer|avoid|feel|learn|slipper|undgår|behøver|føler|"
    r"lærer|ikke\s+længere|ikke\s+skal)\b"
)
_WHO_MEET_RE = _rx(
    r"(?<![a-z])(?:hvor|where|så|so)\s+"
    rf"({_BEN_NP})\s+(?:(?:can|could|will|kan|kunne|skal)\s+)?(?:meet|mødes|møde|get\s+together|"
    r"come\s+together|mix|samles|ses|lærer|learn|spiser|eat|tal(?:er|k)|snakker)(?![a-z])"
)
# "beginners welcome", "alle er velkomne": costly to try everywhere, so only where "welcome"
# or "velkom..." is written at all.
_WHO_WELCOME_RE = _rx(
    r"(?<![a-z])"
    rf"({_BEN_NP})\s+(?:are\s+|is\s+|er\s+|også\s+|too\s+|also\s+|særligt\s+|"
    r"especially\s+|very\s+|meget\s+|hjertelig\s+|mere\s+end\s+){0,2}(?:welcome|velkomne|"
    r"velkommen)(?![a-z])"
)
_WHO_ALL_RE = _rx(
    r"(?<![a-z])(?:alle|everyone|everybody|all)\s+(?:der\s+bor\s+|who\s+lives?\s+|living\s+)?"
    r"(?:på|i|in|on|along)\s+(?:the\s+|our\s+|vores\s+)?(?:vejen|gaden|kvarteret|området|"
    r"nabolaget|opgangen|blokken|byen|street|road|neighbou?rhood|area|block|building|town)"
    r"(?![a-z])"
    r"|(?<![a-z])(?:alle|dem|folk|everyone|everybody|anyone|those|people)\s+(?:der|som|who|that)\s+"
    r"(?:(?:aldrig|ikke|selv|også|gerne|never|not|also|still|stadig)\s+)?(?:bor|går|sidder|har|er|bruger|kommer|mangler|savner|gerne\s+vil|vil|kan|ikke|"
    r"lives?|walks?|uses?|use|are|is|have|has|want|wants|would\s+like|can't|cannot|don't|"
    r"miss|need|needs|love|likes?|enjoy)\b[^,.;:!?\n]{0,50}"
)
_WHO_MANY_RE = _rx(
    r"(?<![a-z])(?:mange|rigtig\s+mange|så\s+mange|en\s+del|en\s+masse|masser\s+af|"
    r"de\s+fleste|most|nearly\s+all|almost\s+all|næsten\s+alle|"
    r"lots\s+of|loads\s+of|a\s+lot\s+of|so\s+many|many|plenty\s+of|hundreds\s+of|"
    r"dozens\s+of|tons\s+of)\s+(?:af\s+|of\s+)?(?P<np>"
    r"(?:(?!(?:er|var|har|kan|skal|vil|bliver|is|are|was|were|has|have|can|will|der|som|who|"
    r"that|de|the)\s)[a-z][a-z'-]*,?\s+(?:(?:og|and)\s+)?){0,3}?" + _BEN_NP + ")"
)
_WHO_NEED_HELP_RE = _rx(
    r"(?:(?<![a-z])(?:hear|see|know|notice|hører|ser|ved|oplever)\s+(?:jeg\s+|vi\s+)?"
    r"(?:that\s+|at\s+)?|"
    r"(?:^|(?<=[.!?\n]\s)))(?P<np>(?:(?!(?:we|i|vi|jeg|they|de|it|det)\s)[a-zæøå'-]+\s+)"
    r"{0,3}[a-zæøå'-]+(?:\s+(?:og|and)\s+[a-zæøå'-]+(?:\s+[a-zæøå'-]+)?)?)\s+"
    r"(?:are\s+|is\s+)?(?:crying\s+out\s+for|desperate\s+for|desperately\s+need|"
    r"short\s+of|skriger\s+på|mangler|har\s+hårdt\s+brug\s+for)\s+(?:help|volunteers|"
    r"hands|hjælp|frivillige|hænder)(?![a-z])"
)
_WHO_MANY_REL_RE = _rx(
    r"(?<![a-z])(?:mange|rigtig\s+mange|så\s+mange|en\s+del|masser\s+af|lots\s+of|loads\s+of|"
    r"a\s+lot\s+of|so\s+many|many|plenty\s+of|hundreds\s+of|dozens\s+of)\s+(?P<np>"
    r"(?:[a-z][a-z'-]*\s+){0,2}?[a-z-]{3,}(?:\s+(?:in|from|on)\s+[a-z]+(?:\s+and\s+[a-z]+)?)?"
    r"(?=\s+who\s)|(?:[a-zæøå][a-zæøå'-]*\s+){0,2}?[a-zæøå-]{2,}(?:ere|ister|ører)"
    r"(?:\s+(?:i|fra|på)\s+[a-zæøå]+(?:\s+og\s+[a-zæøå]+)?)?(?=\s+(?:der|som)\s))"
)
# "vi ældre skal kunne hvile os", "Vi seniorer mangler ...", "a group of us parents": the
# person names the people as a group they belong to.
_WHO_WE_RE = _rx(
    r"(?<![a-z])(?:vi|os|we|us)\s+(?!(?:alle|all|begge|both|selv|mange|many|andre|other|"
    rf"flere|more)(?![a-z])){_BEN_QUANT}{_BEN}{_BEN_QUAL}"
)
# "every kid at the school", "hvert barn født i Gentofte": each one of the people.
_WHO_EVERY_RE = _rx(
    r"(?<![a-z])(?:every|each|hvert|ethvert|enhver|hver)\s+(?:single\s+|eneste\s+)?"
    r"(?:kid|child|family|resident|pupil|student|citizen|neighbou?r|senior|pensioner|parent|"
    r"barn|familie|beboer|elev|borger|nabo|pensionist|forælder)(?![a-z])"
    r"(?:\s+(?:(?:who\s+is\s+|som\s+er\s+|der\s+er\s+)?(?:born|født)\s+)?(?:at|in|on|from|i|på|fra|ved)\s+"
    r"(?:the\s+|our\s+|vores\s+)?[a-z][a-z-]{2,25})?"
)
# "der er familier der har svært ved ...", "there are kids who never ...": the people a
# problem is told about, named by what follows.
_WHO_THERE_ARE_RE = _rx(
    r"(?<![a-z])(?:der\s+er|er\s+der|there\s+are|there\s+is|there\s+'s)\s+"
    r"(?:(?:også|stadig|nogle|some|also|still)\s+)*"
    rf"(?P<np>{_BEN_NP})(?=\s+(?:der|som|who)\s)"
)
# "there is a big South Asian community in Gentofte", "der er et stort tamilsk miljø": a
# community told as there, the people a problem is told about.
_WHO_COMMUNITY_RE = _rx(
    r"(?<![a-z])(?:there\s+is|there\s+'s|der\s+er|er\s+der)\s+(?P<np>(?:a|an|et|en)\s+"
    r"(?:[a-zæøå-]+\s+){0,3}?(?:community|fællesskab|miljø))(?![a-zæøå])"
)
# "det er godt for os der bader", "good for those of us who swim": the person's own kind.
_WHO_US_WHO_RE = _rx(
    r"(?<![a-z])(?:for|til)\s+(?:(?:alle|those\s+of|all\s+of)\s+)?(?:os|us)(?=\s+(?:der|som|who)\s)"
)
_WHO_BARE_RE = _rx(
    # "alle parkens gæster", "all the park's visitors": whose people they are.
    rf"(?<![a-z])(?:alle|all(?:\s+the)?)\s+[a-z]{{3,15}}(?:ens|ets|'s)\s+{_BEN}{_BEN_QUAL}|"
    r"(?<![a-z])(?:(?:de|alle|mange|flere|især|særligt|the|all|many|more|our|vores|my|min|mine|"
    r"both|både|local|lokale|older|elderly|young)\s+"
    rf"{_BEN_QUANT}{_BEN}{_BEN_QUAL}|(?:børnene|naboerne|beboerne|familierne|forældrene|"
    r"pensionisterne|seniorerne|eleverne|borgerne|teenagerne|børnefamilierne|skolebørnene|"
    rf"småbørnene)(?![a-z]){_BEN_QUAL})"
)
# With nobody else named, the people a story is about: "min datter på 8 skal over vejen", "Min
# nabo Inge er 84" (one person: whom else it is for is still asked), "ser de samme ældre
# mennesker gå alene rundt", "der er så mange der bor alene", "hvor nye i kommunen kan øve
# dansk", "the same group of teenagers sitting on the wall".
_ONE_OF_OURS = (
    r"(?:min|mit|mine|vores|my|our)\s+(?:lille\s+|little\s+|gamle\s+|old\s+)?"
    r"(?:datter|søn|barn|børn|mor|far|mormor|farmor|morfar|farfar|bedstemor|bedstefar|nabo|"
    r"naboer|daughter|son|kid|kids|child|children|mum|mom|dad|mother|father|grandma|grandpa|"
    r"grandmother|grandfather|neighbou?r|neighbou?rs)(?:\s+[a-zæøå]+)?,?\s+(?:på|er|is|who\s+is|"
    r"aged)\s+\d{1,3}(?:\s?(?:år|years?(?:\s+old)?))?(?![0-9])"
)
_ONE_OF_OURS_RE = _rx(_ONE_OF_OURS)
_WHO_STORY_RE = _rx(
    # ("Vores datter på 10 har lavet et projekt … og vil gerne bygge": she is the one doing it.)
    rf"(?<![a-z])(?:{_ONE_OF_OURS}(?!\s+(?:har\s+(?:lavet|fundet\s+på|tænkt)|vil|gerne|wants?|"
    r"would|has\s+(?:made|come\s+up)|is\s+planning|came\s+up)(?![a-z]))|"
    rf"(?:de|the)\s+(?:samme|same)\s+(?:(?:group|bunch|flok|gruppe)\s+(?:of|af)\s+)?{_BEN_QUANT}{_BEN}|"
    r"(?:så\s+|rigtig\s+|so\s+)?(?:mange|many)\s+(?:der|som|who)\s+(?:bor|sidder|går|lives?|sits?)"
    r"\s+(?:alene|alone|hjemme|at\s+home|inde)|"
    r"(?:de\s+)?nye\s+(?:i|til)\s+(?:kommunen|danmark|byen|landet|området|gentofte))(?![a-z])"
)
# "It would mainly benefit families with young kids", "Den er tænkt for enkemænd": after
# these the whole noun phrase names the people, whatever words it uses.
_WHO_FREE_RE = _rx(
    r"(?<![a-z])(?:(?:mainly|mostly|primarily|especially|particularly|især|primært|mest|"
    r"særligt|først\s+og\s+fremmest)\s+)?(?:benefit|benefits|benefiting|gavne|gavner|"
    r"(?:er|is|was|var)\s+(?:\w+\s+)?(?:tænkt|ment|beregnet|intended|meant|designed|aimed)\s+"
    r"(?:for|til|at)|(?P<help>hjælpe|hjælper|help|helps))\s+(?!(?:med|with|to|at|os|us|me|mig|"
    r"them|dem|kommunen|out|til|ham|hende|him|her|you|jer|dig|most|the\s+most|mest|greatly|"
    r"hugely|enormously|a\s+lot|meget|rigtig)(?![a-z]))"
)
# "Newcomers and retirees would benefit most", "Især de ældre vil få glæde af det": the
# people named before the benefit.
_WHO_SUBJ_BENEFIT_RE = _rx(
    r"(?:^|(?<=[.!?\n]\s)|(?<=[.!?]\s\s)|(?<=\n))(?P<np>(?!(?:it|this|that|det|dette|den|der|"
    r"there|we|vi|i|jeg)\s)(?:[a-zæøå'-]+,?\s+){0,4}?[a-zæøå'-]+)\s+(?:would|will|could|can|vil|"
    r"ville|kan|kunne|skal)\s+(?:(?:really|especially|particularly|also|også|især|særligt|"
    r"rigtig|helt\s+sikkert|definitely)\s+)?(?:benefit|gain|få\s+(?:mest\s+|rigtig\s+meget\s+|"
    r"stor\s+|særligt\s+|meget\s+)?glæde|have\s+(?:mest\s+|stor\s+|meget\s+)?gavn|nyde\s+godt)"
    r"(?![a-z])"
)
_WHO_FREE_START_RE = _rx(
    r"(?:alle|all|everyone|everybody|anyone|de|the|vores|our|mange|many|flere|more|især)(?![a-z])"
)
_WHO_FREE_STOP_RE = _rx(
    r"[,.;:!?\n(–]|\s-\s|\s(?:og\s+så|and\s+so|and\s+then|men|but|fordi|because|så|so|hvor|"
    r"where|while|mens|ved\s+at|by)(?![a-z])"
)
# "et kor for alle", "åben for alle", "open to everyone": the whole phrase is the answer.
# "for alle haveglade i kommunen", "for alle interesserede", "for all those interested":
# everyone of a kind, told by a word for them.
_WHO_ALL_KIND_RE = _rx(
    r"(?<![a-z])(?:for|til)\s+alle\s+(?:de\s+)?(?!(?:andre|sammen|slags|mulige)(?![a-z]))"
    rf"[a-zæøå]{{4,}}e(?![a-z']){_BEN_QUAL}"
    r"|(?<![a-z])for\s+(?:all|everyone|anyone)\s+(?:those\s+|who\s+is\s+|who\s+are\s+)?"
    r"interested(?:\s+in\s+[a-z]+)?(?![a-z])"
)
_WHO_OPEN_RE = _rx(
    r"(?:(?:(?<=–\s)|(?<=-\s)|(?<=,\s)|(?<=\())(?:et|en|a|an)\s+[a-z][a-z-]{1,20}|"
    r"(?<![a-z])(?:åben|åbent|open|gratis|free))\s+"
    r"(?:for|to|til)\s+(?:alle|everyone|everybody|all)(?![a-z])"
    # "Open to adults of all levels", "åbent for voksne på alle niveauer".
    rf"|(?<![a-z])(?:åben|åbent|open)\s+(?:for|to)\s+{_BEN_NP}"
)
# "for nybagte forældre – både mødre og fædre –": the aside names them too.
_WHO_ASIDE_RE = _rx(
    r"\s*(?:[–-]\s*(?:både|both|især|especially|e\.g\.|fx)\s[^–\n.;:!?()]{2,60}?\s*(?=[–-]|[,.;:!?]|$)"
    r"|\(\s*(?:både|both|især|especially)?[^()\n]{2,60}\))"
    # "young families, especially those on a tight budget", "de ældre, især dem i kørestol"
    r"|,\s*(?:especially|particularly|above\s+all|især|særligt|specielt|ikke\s+mindst)\s+"
    r"(?:those|them|the\s+ones|dem|de)\s+[^–\n.;:!?(),]{2,50}?(?=\s*(?:[–,.;:!?)\n]|$))"
)
_WHO_FOR_BLOCK = {
    fold_plain(w)
    for w in (
        "brug stå står stod sørge sørger sørg tak takke betale betaler ansvarlig ansvaret "
        "ansvar plads bange glad ked grund need thanks thank responsible pay paid room "
        "space time tid vigtigt vigtig important good godt"
    ).split()
}
# "kvinderne jeg hjælper", "the kids I coach": an object relative without "der"/"who".
_WHO_OBJ_REL_RE = _rx(
    r"\s+(?:jeg|vi|i|we)\s+(?:hjælper|kender|møder|underviser|træner|arbejder\s+med|passer|"
    r"help|know|meet|teach|coach|train|work\s+with|look\s+after)(?![a-z])"
)
_WHO_REL_RE = _rx(
    # "for alle der skriver", "for alle os der går tur", "for everyone who paints": after
    # "der"/"who" any verb tells who they are; "som"/"that" may start something else.
    r"^,?\s+(?:(?:os|us)\s+)?(?:der|who)\s+(?!(?:vil\s+gerne\s+|gerne\s+vil\s+|would\s+like\s+|"
    r"want\s+|wants\s+)(?:lave|starte|holde|arrangere|organi[sz]e|start|run|hold|make)\b)"
    # "for kørestolsbrugere, der er mange høje kantsten": "there are", no relative clause.
    r"(?!er\s+(?:mange|ingen|for\s+mange|altid|flere|nogle|masser|kun|ikke\s+nogen)\b)[a-z]"
    r"|^,?\s+(?:(?:os|us)\s+)?(?:som|that)\s+(?:bor|lives?|sidder|er|are|is|har|have|går|go|want|wants|"
    r"would\s+like|like|likes|love|loves|need|needs|vil|gerne|elsker|kan\s+lide|trænger|"
    r"mangler|savner|miss|lack|feel|føler|ikke|don't|dont|doesn't|doesnt|do\s+not|can't|cant|"
    r"kan\s+ikke|lærer|learn|learns|studerer|study|studies|taler|speak|speaks|arbejder|work|works|"
    r"kommer|come|comes)\b"
)
# "for people in their 20s and 30s": their age.
_WHO_AGE_RE = _rx(
    r"\s+in\s+their\s+(?:early\s+|late\s+|mid\s+)?\d0s(?:\s+(?:and|or|to)\s+\d0s)?(?![a-z0-9])"
)

# --------------------------------------------------------------------------- #
# Partners

_PARTNER_LEAD_RE = _rx(
    r"(?<![a-z])(?:sammen\s+med|i\s+samarbejde\s+med|i\s+samråd\s+med|i\s+partnerskab\s+med|"
    r"i\s+fællesskab\s+med|med\s+hjælp\s+fra|med\s+støtte\s+fra|støttet\s+af|"
    r"sponsoreret\s+af|arrangeret\s+af|arrangeres\s+af|together\s+with|"
    r"in\s+collaboration\s+with|in\s+cooperation\s+with|in\s+co-operation\s+with|"
    r"in\s+partnership\s+with|partnering\s+with|partnered\s+with|teaming\s+up\s+with|"
    r"teamed\s+up\s+with|with\s+help\s+from|with\s+the\s+help\s+of|with\s+support\s+from|"
    r"supported\s+by|sponsored\s+by|co-organi[sz]ed\s+by|hosted\s+by|organi[sz]ed\s+by|"
    r"(?:we\s+'re|we\s+are|i\s+'m|i\s+am)\s+(?:working|partnering)\s+with)\s+"
)
# "vi hører til Charlottenlund Petanqueklub": the club behind the idea is a partner.
_PARTNER_MEMBER_RE = _rx(
    r"(?<![a-z])(?:(?:vi|jeg)\s+(?:hører\s+(?:til|under)|er\s+(?:medlem|medlemmer)\s+af|"
    r"repræsenterer|kommer\s+fra|er\s+fra|er\s+en\s+del\s+af|er\s+med\s+i|sidder\s+i|"
    # "jeg er aktiv i Dansk Handicap Forbund", "jeg er fodboldtræner i Gentofte-Vangede IF"
    r"er\s+(?:aktiv|aktive|frivillig|frivillige|formand|næstformand|leder|medlem|[a-zæøå]*træner|"
    r"[a-zæøå]*leder)\s+(?:i|hos|for|ved))|"
    r"(?:we|i)\s+(?:volunteer|'m\s+active|am\s+active|are\s+active|'re\s+active|sit|coach|"
    r"'m\s+a\s+volunteer|am\s+a\s+volunteer)\s+(?:at|in|with|for|on)|"
    r"(?:we|i)\s+(?:belong\s+to|represent|are\s+members\s+of|am\s+a\s+member\s+of|"
    r"'re\s+members\s+of|'m\s+a\s+member\s+of|are\s+from|'re\s+from|am\s+from|'m\s+from|"
    r"are\s+part\s+of|'re\s+part\s+of|am\s+part\s+of|'m\s+part\s+of)|"
    # "vi er tre elever fra Øregård Gymnasium", "we're a few parents from the kindergarten"
    r"(?:vi|we)\s+(?:er|are|'re)\s+(?:[a-z0-9æøå]+\s+){1,3}?(?:fra|from))\s+"
)
# "vi har snakket med Ordrup Skole om at ...": the whole clause is about the partner.
_PARTNER_TALK_RE = _rx(
    r"(?<![a-z])(?:(?:vi|jeg)\s+har\s+(?:allerede\s+|også\s+|lige\s+)*(?:talt|snakket|aftalt|"
    r"været\s+i\s+kontakt|kontakt|en\s+aftale)\s+med|(?:vi|jeg)\s+(?:samarbejder|arbejder\s+"
    r"sammen)\s+(?:allerede\s+|også\s+)*med|(?:we|i)\s+(?:have|'ve)\s+(?:already\s+|also\s+)*"
    r"(?:talked|spoken|been\s+in\s+touch|agreed|an\s+agreement)\s+(?:to|with)|"
    r"(?:we|i)\s+(?:already\s+)?(?:work|cooperate|collaborate)\s+with)\s+"
)
_NOT_AFTER_VERB_RE = _rx(r"(?:'t|n't|not|ikke|aldrig|never)(?![a-z])")
_TROUBLE_WITH_RE = _rx(
    r"(?<![a-z])(?:struggle|struggles|struggling|trouble|problems?|difficulties|help|hjælp|"
    r"problemer|besvær|bøvl|kæmper|svært)\s*$"
)
_TOGETHER_RE = _rx(r"sammen\s+med|together\s+with")
_NOBODY_IN_PARTICULAR_RE = _rx(
    r"(?:andre|hinanden|nogen|nogle|efter|før|os|dem|mig|jer|ham|hende|en|et|min|mit|mine|"
    r"others|each|someone|somebody|anyone|us|them|me|him|her|a|an|my|after|before)(?![a-z])"
)
_FROM_IN_LEAD_RE = _rx(r"(?<![a-z])(?:fra|from)(?![a-z])")
_GROUP_NAME_RE = _rx(
    r"(?<![a-z])(?:forening|foreningen|klub|klubben|kor|koret|band|bandet|gruppe|gruppen|"
    r"association|club|choir|group|society|team|hold|holdet|klasse)(?![a-z])"
    r"[^().\n]{0,30}\(\s*(?P<name>[^(),\n]{3,50}?)\s*(?:,[^()\n]{0,40})?\)"
)
_PARTNER_WEAK_LEAD_RE = _rx(r"(?<![a-z])(?:med|with|og|and|hos|ved|via)\s+")
_ORG_SUFFIXES = tuple(
    fold_plain(w)
    for w in (
        "forening foreningen foreninger foreningerne klub klubben klubber skole skolen "
        "skoler skolerne bibliotek biblioteket kirke kirken råd rådet spejdere spejderne "
        "spejder spejdergruppe spejdergruppen museum museet teater teatret sogn sognet firma "
        "firmaet virksomhed virksomheden virksomheder butik butikken cafe cafeen café caféen "
        "bageri bageriet plejehjem plejehjemmet fond fonden gymnasium gymnasiet institution "
        "institutionen børnehave børnehaven vuggestue vuggestuen sfo sfo'en center centret "
        "centeret organisation organisationen hjemmeværnet politiet forlag kor koret orkester "
        "orkestret ensemble ældresagen købmand købmanden bager bageren menighed menigheden "
        "boldklub idrætsforening bestyrelse bestyrelsen handler handleren forretning "
        "forretningen sognegård sognegården sognehus sognehuset menighedsråd selskab "
        "selskabet forbund forbundet samfund samfundet arkiv arkivet laug lauget netværk "
        "netværket trop troppen udvalg udvalget"
    ).split()
)
_ORG_SUFFIX_SET = frozenset(_ORG_SUFFIXES)


def _is_org_token(tok: str) -> bool:
    """A word for a body ("klubben", "Sognearkiv", "scouts"); "Kharkiv" only ends like one."""
    if tok in _ORG_WORDS_EN or tok in _ORG_SUFFIX_SET:
        return True
    return tok.endswith(_ORG_SUFFIXES) and any(
        tok.endswith(s) and len(tok) - len(s) >= 3 for s in _ORG_SUFFIXES
    )


_ORG_WORDS_EN = {
    "club",
    "clubs",
    "association",
    "society",
    "scouts",
    "scout",
    "school",
    "schools",
    "library",
    "church",
    "company",
    "companies",
    "business",
    "businesses",
    "shop",
    "shops",
    "store",
    "cafe",
    "bakery",
    "supermarket",
    "kindergarten",
    "home",
    "charity",
    "organisation",
    "organization",
    "foundation",
    "museum",
    "theatre",
    "theater",
    "choir",
    "band",
    "team",
    "parish",
    "council",
    "group",
    "centre",
    "center",
    "ngo",
    "fdf",
    "kfum",
    "dgi",
    "rotary",
    "lions",
    "netto",
    "rema",
    "meny",
    "irma",
    "lidl",
    "føtex",
    "foetex",
    "coop",
    "brugsen",
    "spejderne",
    "board",
    "committee",
    "trust",
    "federation",
    "union",
    "league",
    "troop",
}
_PARTNER_NP_FILL = {
    fold_plain(w)
    for w in (
        "den det de vores vor the our local lokale lokal lokalt og and & i in af of for "
        "fra from på gentofte-afdeling afdeling afdelingen branch nærliggende nearby"
    ).split()
}
_PARTNER_STOP = {
    fold_plain(w)
    for w in (
        "om for til at der som hvor hvis når fordi så men kan vil skal har er var to who "
        "that which where when because so but can will would could should has have is are "
        "was were about on at by with med hvem hvad we vi jeg i they de "
        # "Goddag med Dem": the polite "you", capitalised, is no organisation.
        "dem jer os you them us"
    ).split()
}
_PARTNER_VERB_RE = _rx(
    r"\s+(?:vil\s+gerne|vil\s+også\s+gerne|vil|har\s+lovet\s+at|har\s+sagt\s+ja\s+til\s+at|"
    r"har\s+sagt\s+ja|er\s+klar\s+til\s+at|har\s+tilbudt\s+at|kan\s+godt|kan|er\s+med|"
    r"er\s+også\s+med|står\s+bag|would\s+like\s+to|will|has\s+agreed\s+to|have\s+agreed\s+to|"
    r"has\s+offered\s+to|have\s+offered\s+to|are\s+ready\s+to|is\s+ready\s+to|"
    r"has\s+promised\s+to|have\s+promised\s+to|is\s+involved|are\s+involved|is\s+on\s+board|"
    r"are\s+on\s+board|wants\s+to|want\s+to|er\s+interesseret|is\s+interested|"
    r"are\s+interested|er\s+positiv\w*|bakker\s+(?:os\s+)?op|støtter\s+op|har\s+sagt|"
    r"has\s+said|have\s+said|har\s+givet\s+(?:os\s+)?lov|låner\s+os|lets\s+us|lader\s+os|"
    r"giver\s+os|gives\s+us|lends\s+us|"
    r"har\s+sagt\s+god\s+for|støtter|supports?|backs?|is\s+positive|"
    r"are\s+positive|har\s+givet\s+grønt\s+lys|is\s+keen|are\s+keen|can|could|"
    r"has\s+said\s+yes|have\s+said\s+yes|has\s+agreed|have\s+agreed|leverer|delivers|"
    r"provides|is\s+helping|are\s+helping|hjælper\s+os|has\s+promised|have\s+promised|"
    r"said\s+they(?:\s?'d|\s?'ll|\s+would|\s+will)|sagde\s+de\s+ville|"
    # "Kaffebaren and the juice bar are in already", "the scouts are in too"
    r"(?:are|is|'re)\s+(?:already\s+|also\s+)?in(?=\s*(?:already|too|as\s+well)?\s*"
    r"(?:[,.;:!?)\n]|$|and\s|but\s)))"
    r"(?:\s+(?:gerne|også|also|happy\s+to))?"
    r"(?:\s+(?:være\s+med|hjælpe|deltage|bidrage|støtte|sponsorere|stille|låne|lægge|"
    r"join|help|take\s+part|participate|contribute|support|sponsor|lend|host|provide|"
    r"be\s+part|i\s+at|in\s+))?"
)

# --------------------------------------------------------------------------- #
# Sentences and clauses

_ABBREVIATIONS = {
    fold_plain(w)
    for w in (
        "kl f.eks eks fx bl.a ca nr st tlf mr mrs ms dr etc e.g i.e vs osv m.m mv evt inkl "
        "jf hhv pga ift dvs mht vedr ang att prof no tel approx incl min max gl sdr nr sct "
        "skt ref pkt stk kr esp pr"
    ).split()
}
_MEASURE_THEN_SUBJECT_RE = _rx(
    r".*?\d\s?[a-z]{1,4}\.\s+(?:vi|jeg|we|i|det|der|de|man|it|there|they)\s"
)
_LIST_END_ABBREVIATIONS = {"osv", "etc", "mv", "m.m"}
_NEW_SENTENCE_RE = _rx(
    r"\s+(?:vi|jeg|we|i|det|der|de|man|it|there|they|kan|kunne|vil|skal|må|har|er|hvad|"
    r"hvor|hvordan|hvornår|can|could|will|would|is|are|do|does|what|where|how|when)\s"
)
_SENT_BOUNDARY_RE = re.compile(
    # "(1. Gentofte Trop)": an ordinal opening a bracket ends no sentence.
    r"\n|[!?]+|(?<!\(\d)(?<!\(\d\d)\.{1,3}(?=[\s\"')\]]|$)"
    r"|(?<![\U0001f300-\U0001faff\u2600-\u27bf])[\U0001f300-\U0001faff\u2600-\u27bf]++(?=\s)"
    # "et kor 🎶🎶 i Skovshoved": a place or a time going on is the same sentence.
    r"(?!\s+(?:i|på|paa|ved|til|for|med|in|at|on|by|near|nær|om|hver|every)\s)"
)
# "så børnene kan lege", "so that people can meet": a purpose needs a subject and a verb.
_SO_THAT = (
    rf"(?:så|so)\s+(?:at\s+|that\s+)?(?:(?:alle\s+|all\s+|the\s+|de\s+|vores\s+|our\s+|"
    rf"flere\s+|more\s+|mange\s+|many\s+)?{_SUBJ})\s+"
    # "So I'd like to organise ...", "so we want to ...": a plan, not a purpose.
    r"(?!(?:(?:'d|would|really|just|also|now|then)\s+){0,2}(?:like|love|want|wants|wanted|"
    r"plan|planning|decided|thought|hope|hoping|vil\s+gerne|gerne\s+vil|har\s+tænkt)(?![a-z]))"
    # "so we have a projector", "så jeg har værktøjet": what follows, not a purpose.
    r"(?!(?:(?<=we\s)|(?<=vi\s)|(?<=\bi\s)|(?<=jeg\s))(?:have|har|'ve|already|allerede)(?![a-z]))"
    r"(?:(?:\w+\s+)?(?:kan|kunne|får|"
    r"har|bliver|skal|slipper|undgår|lærer|ved|kender|møder|mødes|kommer|tør|ikke|can|could|"
    r"will|would|get|have|don't|do\s+not|won't|no\s+longer|learn|know|meet|feel|are|is|"
    r"'ll|'d)(?![a-z])|(?:kan|can)\b)"
    # "så mad ikke går til spilde", "so food is not wasted": a thing kept from harm.
    r"|(?:så|so)\s+(?:at\s+|that\s+)?(?!(?:vi|jeg|we|i|man|you|du|det|it|der|there)\s)"
    r"[a-zæøå]{3,}\s+(?:ikke|not|isn\s*'?t|aren\s*'?t|doesn\s*'?t|don\s*'?t|won\s*'?t|"
    r"(?:is|are)\s+not|bliver\s+ikke|kan\s+ikke|can\s*'?t)(?![a-z])"
    # "så vejen bliver pænere", "so the road looks nicer": a thing made better.
    r"|(?:så|so)\s+(?:at\s+|that\s+)?(?:the\s+|den\s+|det\s+)?[a-zæøå]{3,}\s+(?:bliver|blir|"
    r"looks|becomes|gets|feels|seems)\s+(?:lidt\s+|meget\s+|a\s+bit\s+|much\s+|more\s+|mere\s+)?"
    r"[a-zæøå]{3,}"
    # "so pensioners and students can fix things": people joined, and what they can do.
    r"|(?:så|so)\s+(?:that\s+)?(?!(?:vi|jeg|we|i|man|det|der|it|there|you|du)\s)"
    r"(?:[a-zæøå]{3,}\s+(?:og|and)\s+[a-zæøå]{3,}|(?:nye\s+|new\s+|flere\s+|more\s+)?[a-zæøå]{4,})"
    r"\s+(?:kan|can|could|kunne|får|get)(?![a-z])"
)
# "inden der sker en ulykke": the harm to prevent is the reason.
_BEFORE_HARM = (
    r"(?:inden|før|before|until)\s+(?:der|det|nogen|someone|somebody|anyone|something|a\s+child|"
    r"et\s+barn|an\s+accident)\s+(?:sker|går\s+galt|kommer\s+til\s+skade|bliver|gets|"
    r"happens|is|goes|happen|get)"
)
_SPLIT_RE = _rx(
    # ", der er ikke noget for unge" is a sentence of its own (a relative clause would say
    # "der ikke er"); other ", der ..." and ", som ..." describe what comes before.
    r"(?<!\s)(?:\s*[,;:]\s+(?!(?:der(?!\s+(?:er|var|findes)\s+(?:(?:sgu|jo|bare|altså|"
    r"virkelig|simpelthen|faktisk|overhovedet|slet|nærmest|næsten)\s+)?(?:ikke|ik|ikk|ingen|intet)"
    r"(?![a-z]))|som|hvor|hvis|who|which|whose|where|that)\b)"
    r"|\s+[-–]\s+|\s*\(\s*|\s*\)\s*|\s*\.\.\.\s*"
    r"|(?<!brug)(?<!sørge)(?<!sørger)(?<!stå)(?<!står)(?<!tid)(?<!want)(?<!wants)(?<!like)"
    r"(?<!love)(?<!happy)(?<!willing)(?<!need)(?<!able)(?<!going)(?<!trying)(?<!hope)"
    r"(?<!help)(?<!helps)(?<!\bmig)(?<!\bjeg)(?<!\bme)(?<!\bwhat)(?<!\bhvad)"
    # "i stedet for at smide den ud" (instead of): no purpose.
    r"(?<!stedet)"
    # "er der nogen mulighed for at få en hundeskov": the chance asked for is the idea.
    r"(?<!mulighed)(?<!muligheden)(?<!muligheder)(?<!chance)"
    # "Jeg skriver for at foreslå en legeplads": writing to propose is no purpose of the idea.
    r"\s+(?=(?:for\s+at(?!\s+(?:foreslå|spørge|høre|fortælle|dele|præsentere)(?![a-zæøå]))|"
    r"(?:der|som|who)\s+(?:gerne\s+|also\s+|også\s+)?(?:vil|ville|want|wants|would\s+like|"
    r"\'d\s+like|wish|hope|plan)\s|fordi|because|eftersom|idet|so\s+that|in\s+order\s+to|"
    r"(?:cause|cuz|coz)\s+(?:kids|people|the|we|they|there|it|many|our|no|nobody|everyone)\s|"
    # Danish "men" (but), not English "men" ("older men can build", "a Men's Shed").
    r"so\s+as\s+to|men(?!\s?'|\s*[.,;:!?]|\s+(?:can|could|will|would|are|were|who|and|or|of|in|at|"
    r"from|with|to|have|has|had|do|did|like|love|need|get|sit|meet|play|over|under|aged|"
    r"living|only|too|also)\b)|but|hvis|if|(?:og|and|samt|plus)(?=\s+(?:jeg|vi|du|de|han|hun|man|det|der|den|"
    r"i|we|you|they|he|she|it|there|så|so|then|også|also|"
    # "og mange kan komme", not "lån af banen og nogle præmier": people with their verb.
    r"(?:people|folk|alle|mange|nogle|flere)(?:\s+[a-zæøå]+){0,4}?\s+(?:kan|vil|har|er|skal|"
    r"kommer|bor|går|mangler|savner|can|will|have|are|would|come|live|need|miss)(?![a-zæøå])|"
    r"har|have|has|kan|can|vil|will|er|is|are|skal|should|must|'ll|'d|would|could|kunne|ville|"
    r"vores|our|my|min|mit|mine|their|deres|his|her|hans|hendes|naboerne|børnene|the|"
    # "Vi er 8 naboer og mangler sække og handsker": what they lack, after who they are.
    r"mangler|need|lack)\b)|"
    r"as\s+there(?:\s+(?:is|are|was|were)|'s|\s+isn't|\s+aren't)(?![a-z])|"
    r"since\s+(?:there|we|it|they|many|the|our|"
    r"i|no|nobody|people)|da\s+(?:der|det|vi|jeg|de|mange|man|børnene|ingen)|"
    rf"{_SO_THAT}|{_BEFORE_HARM}|"
    r"(?<!nobody\s)(?<!nothing\s)(?<!anyone\s)(?<!someone\s)(?<!no\sone\s)(?<!anything\s)"
    r"(?<!something\s)(?<!nowhere\s)(?<!somewhere\s)(?<!anywhere\s)(?<!no-one\s)"
    r"to\s+(?:connect|tackle|help|give|bring|create|strengthen|reduce|improve|encourage|"
    r"promote|support|"
    r"allow|enable|foster|prevent|combat|fight|counter|make\s+sure|ensure|raise|spread|"
    r"inspire|save|protect|keep|teach|increase|boost|get\s+people|give\s+people))\b))"
)

# --------------------------------------------------------------------------- #
# Clause cues

_HELP_NOUNS = (
    r"(?:tilladelse\w*|lokale|lokaler|lokalet|penge|pengene|støtte|tilskud\w*|økonomisk\w*|"
    r"midler|fondsmidler|pulje\w*|sponsor\w*|finansiering|budget|udstyr\w*|borde|bænke|"
    r"stole|telt\w*|scene|scenen|lydanlæg\w*|strøm|strømmen|adgang|nøgle\w*|container\w*|"
    r"affaldssække|skraldespande?|afspærring\w*|vejafspærring\w*|annoncering|"
    r"markedsføring|reklame|hjælp|assistance|vejledning|rådgivning|forsikring|godkendelse|"
    r"permission|permits?|licen[cs]e|funding|funds|money|grant|grants|sponsorship|financial|"
    r"equipment|tables|benches|chairs|tents?|stage|sound\s+system|electricity|power|access|"
    r"keys?|room|venue|premises|insurance|approval|advertising|promotion|marketing|advice|"
    r"guidance|help|support|assistance|materialer|materials|bins|containers|barriers)\b"
)
_STRONG_HELP_RE = _rx(
    r"(?<![a-z])(?:har\s+brug\s+for|har\s+behov\s+for|behov\s+for|brug\s+for|"
    # "Is there any fund that could cover ...?", "Findes der en pulje til ...?": asking
    # for money.
    r"(?:is|are)\s+there\s+(?:any|a|some)\s+(?:fund|funds|funding|grant|grants|pool|money|"
    r"budget|subsidy)|(?:er|findes)\s+der\s+(?:en|et|nogen|nogle|noget)\s+(?:pulje|puljer|"
    r"fond|fonde|midler|penge|tilskud|støtte)|"
    r"(?:vi|jeg)\s+(?:mangler|søger)|mangler\s+vi|mangler\s+jeg|søger\s+vi|"
    # "men vi har ikke penge til kurven", "we can't afford the insurance": money they lack.
    # ("Vi har ikke råd til hver sin" is why they share; "I can't pay for anything" is no ask.)
    r"(?:vi|jeg)\s+har\s+ikke\s+(?:nogen\s+|nok\s+|de\s+)?(?:penge|midler|budget)\s+til|"
    r"(?:we|i)\s+(?:can't|cannot|can\s+not|couldn't)\s+(?:afford|pay\s+for|pay)\s"
    r"(?!(?:for\s+)?(?:anything|nothing|much|it\s+all)(?![a-z]))|"
    r"(?:we|i)\s+(?:don't|do\s+not)\s+have\s+(?:the\s+|any\s+|enough\s+)?"
    r"(?:money|funds|budget)\s+(?:for|to)\s|"
    r"^(?:og|and)\s+(?:mangler|need|lack)\s+(?!(?:at|to|noget\s+at)\s)|"
    # "we also need a tent", "we'd need permission": what they need for it.
    r"(?:we|i)\s+(?:also\s+|still\s+|really\s+|would\s+|'d\s+|will\s+|'ll\s+)*need\s+"
    r"(?:(?:a|an|some|the|more|extra|two|three|\d+)\s+)?(?:tent|tents|tables?|chairs|permission|"
    r"permits?|room|money|funding|electricity|power|insurance|support|advertising|grant|stage|"
    r"sound\s+system|access|keys?|approval|equipment)(?![a-z])|"
    # "vi savner et lokale" asks for one; "jeg savner det" / "savner min mand" is a longing.
    r"(?:vi|jeg)\s+savner(?!\s+(?:det|dem|ham|hende|min|mit|mine|vores|jer)(?![a-z]))"
    # "vi savner et sted at dyrke grøntsager": a lack told, the reason ("et lokale" asks).
    r"(?!\s+et\s+sted\s+(?:at|til\s+at)\s)"
    r"(?=\s+[a-zæøå0-9])|"
    r"(?:kan|kunne|vil|ville|må|skal)\s+kommunen|kommunen\s+(?:kan|kunne|må|skal|bør|burde|"
    r"vil|ville)\s+(?:måske\s+|gerne\s+|evt\.?\s+|eventuelt\s+|også\s+)?(?:hjælpe|give|betale|"
    r"stille|låne|støtte|sponsorere|godkende|sørge\s+for|bidrage|finansiere|dække|udlåne|"
    r"tage\s+sig\s+af|klare|levere|skaffe|slå|fjerne|rydde|opsætte|sætte\s+op|tømme|"
    r"reklamere|annoncere|dele|hjælp|anlægge|lave|bygge|sætte|opstille|etablere|plante|male)|"
    r"hjælpe\s+os|"
    # "er der ikke nogen steder i kommunen hvor unge kan øve gratis?", "is there anywhere in
    # Gentofte where teens can rehearse?": asking for a place.
    r"(?<![a-z])er\s+der\s+(?:ikke\s+)?(?:nogen\s+steder|noget\s+sted|et\s+sted)\s+"
    r"(?:[a-zæøå]+\s+){0,3}?(?:hvor|som|der)\s|"
    r"(?<![a-z])is\s+there\s+(?:not\s+)?(?:anywhere|any\s+place|a\s+place|somewhere|"
    r"any\s+room|a\s+room)\s+(?:[a-z]+\s+){0,3}?(?:where|that|which|we|i|they|you|people|"
    r"kids|young)\s|"
    # "a free room", "et gratis lokale", "a room for free": a request, unless they have it.
    r"(?<!have\s)(?<!har\s)(?<!got\s)(?<!own\s)(?:a|an|et|en|some|nogle)\s+(?:free|gratis|"
    r"ledigt?|cheap|billigt?)\s+(?:room|rooms|space|venue|hall|lokale|lokaler|sal|rum|plads|"
    r"spot|stand|stade)(?![a-z])|"
    r"(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:lend|give|provide|help|find|fund|"
    r"pay|cover|sponsor|let)|"
    r"(?:vi|jeg)\s+(?:vil|ville)\s+gerne\s+(?:søge|bede\s+om|låne|have\s+lov|få\s+lov)|"
    r"(?:vi|jeg)\s+(?:vil|ville)\s+gerne\s+(?:have|få)\s+(?:\w+\s+){0,3}?"
    + _HELP_NOUNS
    # "just need a room with a kitchen", "mangler bare et lokale", "skal bare bruge et telt":
    # what they need, told in a burst without "we".
    + r"|(?<![a-z])(?:(?:just|only|mainly|really)\s+need|(?:mangler|skal)\s+(?:bare|kun|blot)"
    r"(?:\s+bruge)?)\s+(?:\w+\s+){0,3}?"
    + _HELP_NOUNS
    + r"|(?:have|få|fik|give\s+os|get)\s+lov\s+til|lov\s+til\s+at|tilladelse\s+til|"
    r"permission\s+to|"
    r"(?:vi|jeg)\s+(?:håber|regner\s+med)\s+(?:på|at)\s+(?:kommunen|i|jeres|i\s+kan)|"
    r"(?:vi|jeg)\s+ønsker\s+(?:os\s+)?(?:hjælp|støtte|tilladelse|tilskud|et\s+lokale)|"
    r"(?:må|kan|kunne)\s+(?:vi|jeg)\s+(?:gerne\s+)?(?:få|låne|bruge)\s+(?:\w+\s+){0,3}?"
    + _HELP_NOUNS
    + r"|må\s+(?:vi|jeg)\s+(?:gerne\s+)?(?:bruge|låne|stille|sætte|have|lukke|holde)|"
    r"er\s+det\s+muligt\s+at\s+(?:få|låne|bruge)|må\s+(?:vi|man|jeg)\s+(?:gerne\s+)?det|"
    r"er\s+det\s+(?:tilladt|lovligt|ok|okay|i\s+orden)|is\s+(?:that|it|this)\s+"
    r"(?:allowed|ok|okay|permitted)|are\s+we\s+allowed|(?:kan|kunne|vil|ville)\s+(?:i|du)\s+"
    r"(?:hjælpe|give|låne|stille|sørge|betale|godkende)|"
    # "it'd need a sheltered spot", "det kræver et lokale", "vi skal bare have en aftale"
    r"(?:it|that|this)\s+(?:'d|would|will|'ll)\s+need|it\s+needs|(?:det|den)\s+(?:kræver|vil\s+kræve|"
    r"skal\s+bruge)|(?:vi|jeg)\s+skal\s+(?:bare|kun)\s+(?:have|bruge)\s+(?!lavet|gjort|styr)|"
    r"(?:vi|jeg)\s+skal\s+(?:også\s+)?bruge\s|(?:kan|kunne|må)\s+man\s+(?:evt\.?\s+|måske\s+)?(?:låne|få|bruge)\s|"
    r"(?:we|i)\s+(?:just\s+|only\s+|really\s+|also\s+|still\s+)?(?:need|needs|would\s+need|"
    r"'d\s+need|will\s+need|lack|are\s+missing|'re\s+"
    r"missing|are\s+looking\s+for|'re\s+looking\s+for|would\s+like\s+(?:some\s+)?help|"
    r"'d\s+like\s+(?:some\s+)?help|would\s+love\s+(?:some\s+)?help|hope\s+the\s+"
    r"(?:municipality|council)|would\s+like\s+to\s+(?:borrow|apply|ask)|"
    r"'d\s+like\s+to\s+(?:borrow|apply|ask))|"
    r"(?:could|can|would|will|might)\s+the\s+(?:municipality|council|kommune)|"
    r"(?:could|can|would|will|might)\s+(?:the\s+)?(?:library|libraries|school|park\s+department|"
    r"parks\s+department|city|you|u)\s+(?:please\s+|pls\s+)?(?!help\s+me)\w+|"
    r"(?:kan|kunne|vil|ville|må)\s+(?:biblioteket|skolen|parkvæsenet|vejvæsenet|i|jer)\s+"
    r"(?:ikke\s+|måske\s+|godt\s+)?(?:holde|stille|låne|give|hjælpe|sætte|lave|sørge|åbne|"
    r"betale|rydde|fjerne|male|opsætte|skaffe|levere|sende|udlåne|ordne)|"
    r"the\s+(?:municipality|council)\s+(?:could|can|would|might|should|may)\s+"
    r"(?:help|give|pay|provide|lend|support|sponsor|approve|fund|cover|supply|advertise)|"
    r"(?:could|can|may)\s+(?:we|i)\s+(?:please\s+)?(?:get|borrow|use|have)\s+(?:\w+\s+){0,3}?"
    + _HELP_NOUNS
    + r"|(?:could|can|may)\s+(?:we|i)\s+(?:please\s+)?borrow|"
    r"is\s+it\s+possible\s+to\s+(?:get|borrow|use)|"
    r"(?:kan|kunne)\s+(?:vi|jeg)\s+(?:få|låne)\s+(?:lov|hjælp|støtte|penge|tilladelse))"
)
# Help phrased as a noun ("hjælp til PR", "support from") is a request only when the
# person (or the municipality) is part of the clause and it is not negated.
_NOUNISH_HELP_RE = _rx(
    # "IT-hjælp til ældre" is a kind of help someone gives, not help asked for.
    r"(?<![a-z-])(?:hjælp\s+(?:til|med|fra)|help\s+(?:with|from|to)|support\s+from|"
    r"(?:søge|søger|søgt)\s+(?:om|efter)|ansøge|ansøgning|apply\s+for|støtte\s+til|"
    r"tilskud\s+til|penge\s+til|money\s+for|funding\s+for)"
)
_NEGATED_RE = _rx(r"(?<![a-z])(?:ikke|ingen|aldrig|not|no|never|n't)(?![a-z])")
# A request that the municipality builds something is the idea itself, too.
_MUNI_CREATE_RE = _rx(
    r"(?<![a-z])(?:(?:kan|kunne|vil|ville|må|skal)\s+kommunen|kommunen\s+(?:kan|kunne|må|skal|"
    r"bør|burde|vil|ville)|(?:could|can|would|will|might)\s+the\s+(?:municipality|council)|"
    r"the\s+(?:municipality|council)\s+(?:could|can|would|might|should))\s+"
    r"(?:\w+\s+){0,2}?(?:lave|bygge|sætte|opsætte|opstille|etablere|anlægge|plante|male|"
    r"skabe|åbne|put\s+up|build|make|create|plant|install|set\s+up|open|paint|lay|add)"
    r"(?![a-z])"
)
_WEAK_HELP_RE = _rx(
    r"(?<![a-z])(?!(?:help|hjælp|support|støtte)\b)(?:(?<!\bi\s)(?<!\bin\s)(?<!\bin\sthe\s)"
    r"(?<!\bher\si\s)(?:kommunen|municipality)|låne|borrow|" + _HELP_NOUNS + r")"
)
_PROFESSIONS = (
    "elektriker tømrer snedker murer maler vvs'er smed gartner kok bager pædagog lærer "
    "lektor sygeplejerske læge arkitekt ingeniør designer grafiker fotograf musiker kunstner "
    "journalist advokat revisor økonom programmør udvikler it-konsulent konsulent "
    "projektleder leder chef direktør ejer selvstændig iværksætter frisør mekaniker "
    "cykelmekaniker tekniker landskabsarkitekt biolog skovfoged træner fodboldtræner "
    "instruktør underviser coach psykolog socialrådgiver fysioterapeut ergoterapeut jordemoder "
    "tandlæge dyrlæge landmand fisker håndværker pensionist efterlønner studerende "
    "frivillig formand næstformand kasserer spejderleder præst organist bibliotekar "
    "carpenter electrician plumber painter gardener cook chef baker teacher nurse doctor "
    "architect engineer designer photographer musician artist journalist lawyer "
    "accountant programmer developer consultant manager owner builder mechanic "
    "technician biologist coach trainer instructor psychologist physiotherapist "
    "retired pensioner student volunteer chairman chairwoman chair treasurer scout leader "
    "priest librarian landscaper craftsman handyman woodworker "
    # Crafts and callings one may give time with: "biavler", "turistguide", "amateur
    # astronomer", "ceramicist".
    "avler biavler guide astronom astronomer beekeeper sanger singer danser dancer "
    "skuespiller actor forfatter writer author illustrator tegner keramiker ceramicist "
    "potter syerske tailor hairdresser florist gymnastikinstruktør dj"
)
# Danish compounds ("folkeskolelærer", "cykelmekaniker") end in a profession word.
_PROFESSION = r"[a-z]{0,16}?" + _alt(_PROFESSIONS.split()) + r"(?![a-z])"
# A trade or calling, with its endings ("elektriker", "pædagoger", "carpenters").
_TRADE = (
    _alt(w for w in _PROFESSIONS.split() if w not in ("student", "studerende"))
    + r"(?:e|er|ere|s|r)?"
)
# "I work in IT", "jeg arbejder med computere": a skill.
_WORK_IN_IT = (
    r"(?:work|works|arbejder)\s+(?:in|with|med|i|inden\s+for)\s+(?:it|tech|software|computers|"
    r"computere|data|ict)(?![a-z])"
)
# "Grundejerforeningen har lovet 20 frivillige", "The Indian association in Gentofte has
# promised 30 volunteers", "vores forening står for grillen": what the people behind it give.
_BODY_PROMISE = (
    r"(?:[a-zæøå]*forening(?:en)?|[a-zæøå]*klub(?:ben)?|association|club|society|scouts|spejderne|"
    r"menigheden|congregation|community)(?:\s+(?:i|in|på|at)\s+[a-zæøå]+)?\s+(?:har\s+lovet|has\s+"
    r"promised|have\s+promised|promised|står\s+for|stiller\s+med|sørger\s+for|will\s+(?:make|"
    r"bring|provide|supply|cook|run|lend))\s"
)
# The same from the start of its clause, with the words naming the body.
_BODY_PROMISES_RE = _rx(r"(?:(?:vores|our|the|den|det)\s+)?(?:[a-z]+\s+){0,2}?" + _BODY_PROMISE)
_BRINGS_RE = _rx(
    r"(?<![a-z])(?:"
    # "Foreningen er villig til at stå for beplantning", "we are willing to do the work".
    r"(?:(?:jeg|vi|i|we|foreningen|klubben|gruppen|bestyrelsen|our\s+(?:club|association|"
    r"group))\s+)(?:er|is|are|am|'m|'re)\s+(?:(?:gerne|også|helt|fully|also|more\s+than)\s+)?"
    r"(?:villige?|willing)\s+(?:til\s+at|to)\s|"
    r"(?:i\s*'m|we\s*'re)\s+(?:(?:also|more\s+than)\s+)?willing\s+to\s|"
    # "jeg går selv med", "vi kommer med kage": along, or bringing something.
    r"(?:jeg|vi)\s+(?:går|tager|kommer|hjælper)\s+(?:(?:gerne|selv|også)\s+)*med(?=\s*(?:[.,!]|$))|"
    r"(?:jeg|vi)\s+kommer\s+(?:(?:gerne|selv|også)\s+)*med\s+(?:kage|kaffe|mad|saft|boller|"
    r"musik|borde|stole|telt|grej|værktøj)|"
    # "(en forening) med 30 medlemmer", "a club with 60 members": the people behind it.
    r"(?:med|with)\s+(?:(?:ca\.?|cirka|omkring|over|næsten|about|around|over|almost|nearly)\s+)?"
    r"\d+\s+(?:aktive\s+|active\s+)?(?:medlemmer|members|frivillige|volunteers)(?![a-z])|"
    # "Jeg stiller strøm og toiletter til rådighed", "we'll make our hall available": an offer.
    r"(?:jeg|vi|i|we)\s+(?:(?:'ll|will|kan|vil|gerne|can|could|would|'d|også|also|selv)\s+)*"
    r"(?:stiller|stille|låner\s+gerne|make|makes|provide|offer|tilbyder|tilbyde)\s+"
    r"(?:[^\s.,;:!?]+\s+){1,6}?(?:til\s+rådighed|available)(?![a-z])|"
    # "Vi stiller haven, stole og kaffe", "jeg stiller mit værktøj": what they provide.
    r"(?:jeg|vi)\s+(?:(?:kan|vil|gerne|også)\s+)*stiller\s+(?:vores|min|mit|mine|egne|eget|"
    r"(?!op(?![a-z])|spørgsmål|krav)[a-zæøå]{3,}(?:en|et|ne|erne))(?![a-zæøå])|"
    # "Klubben stiller både og instruktører", "the club provides boats": the people behind
    # the idea give it.
    r"(?:klubben|foreningen|spejderne|grundejerforeningen|menighedsrådet|skolen|kirken|"
    r"the\s+club|the\s+association|the\s+scouts|the\s+school|the\s+church|our\s+club)\s+"
    r"(?:(?:stiller|leverer|låner\s+os|provides|supplies|lends\s+us|will\s+provide|can\s+provide)"
    r"(?:\s+med)?|(?:(?:kan|vil|will|can)\s+(?:gerne\s+|også\s+|also\s+)?)?(?:bidrage|bidrager|"
    r"contribute|contributes|betale|betaler|pay|pays|cover|covers)(?:\s+med)?|afholder\s+selv|"
    r"(?:will|can)\s+pay\s+for)\s|" + _BODY_PROMISE + r"|"
    # "we'd cook ourselves", "vi laver maden selv": the work they do themselves.
    r"(?:we|i)\s*(?:'d|would|'ll|will|can|could)\s+(?:[a-z]+\s+){1,2}?(?:(?:it|them|the\s+food)\s+)?"
    r"(?:ourselves|myself)(?![a-z])|"
    r"(?:vi|jeg)\s+(?:(?:kan|vil|skal)\s+)?(?:laver|lave|bygger|bygge|maler|male|planter|plante|"
    r"bager|bage|betaler|betale|klarer|klare|rydder|rydde|passer|passe|arrangerer|arrangere)\s+"
    r"(?:[a-zæøå]+\s+){0,2}?selv(?![a-zæøå])|"
    # we are 6 neighbours / we are a group of parents
    r"(?:vi|we)\s+(?:er|are|'re)\s+(?:allerede\s+|already\s+)?(?:(?:en|ca\.?|cirka|omkring|"
    r"about|around|roughly|some|like|sådan|vel|nok)\s+)?(?:\d+(?:\s?-\s?\d+)?|"
    + _alt(_NUMBER_WORDS)
    + r"|en\s+(?:gruppe|flok|håndfuld|række|masse|kreds)|a\s+(?:group|bunch|handful|team|"
    r"couple)|nogle|flere|mange|some|several|many|frivillige|volunteers)\b"
    r"|(?:vi|jeg|we|i)\s+(?:er|are|'re|'m|am)\s+(?:selv\s+|also\s+|myself\s+|selv\s+|"
    r"også\s+)?(?:en\s+|an?\s+)?(?:[a-z]+\s+){0,2}?"
    + _PROFESSION
    + r"|(?:vi|jeg|we|i)\s+(?:er|are|'re|'m|am)\s+(?:meget\s+|ret\s+|very\s+|quite\s+|"
    r"pretty\s+|really\s+)?(?:god\s+til|gode\s+til|dygtig\s+til|dygtige\s+til|vant\s+til|"
    r"erfaren|erfarne|praktisk\s+anlagt|handy|skilled|good\s+at|experienced|trained|"
    r"qualified|retired|pensioneret|uddannet|used\s+to)"
    r"|(?:my|min|mit|vores|our)\s+(?:[a-z]+\s+)?(?:husband|wife|partner|son|daughter|"
    r"neighbou?r|friend|brother|sister|dad|father|mum|mom|mother|mand|kone|søn|datter|nabo|"
    r"ven|veninde|bror|søster|far|mor|kæreste|onkel|uncle|tante|aunt|moster|faster|morbror|"
    r"farbror|fætter|kusine|cousin|farfar|morfar|farmor|mormor|grandad|grandpa|grandma|"
    r"granny|svigerfar|svigermor|kollega|colleague|boss|chef)\s+(?:is|er|has|har|can|kan|"
    r"could|kunne|works|arbejder|runs|driver|owns|ejer)\b(?!'t|\s+(?:ikke|not|no|ingen|\d{1,3})\b)"
    # "my husband has a bad knee", "min mor har demens": what they suffer, nothing to give.
    r"(?!\s+(?:(?:a|an|en|et|got|fået|blevet|become)\s+)?(?:bad|dårlig|dårligt|dårlige|ondt|svært|"
    r"trouble|difficulty|problems?|problemer|demens|dementia|autism|autisme|adhd|diabetes|"
    r"cancer|kræft|sclerose|parkinson|alzheimer|sick|ill|syg|handicap|handicappet|disabled|"
    r"blind|deaf|døv|gigt|arthritis|hard|lonely|ensom|alone|alene|hip|hofte|knee|knæ|stroke|"
    r"blodprop|wheelchair|kørestol|walker|rollator)(?![a-zæøå]))"
    r"|(?:a\s+group|en\s+gruppe|en\s+flok|a\s+bunch|a\s+few|et\s+par|a\s+couple)\s+"
    r"(?:af|of)\s+(?:os|us)\b"
    r"|(?:mig|me|jeg|i)\s+(?:og|and)\s+(?:\d+|to|tre|fire|fem|seks|two|three|four|five|six|"
    r"nogle|some|my|mine|min|mit|a\s+few|et\s+par|de\s+andre|the\s+other)\s"
    # "den ene er forhenværende smed", "one of us is a carpenter"
    r"|(?:den\s+ene|en\s+af\s+os|to\s+af\s+os|one\s+of\s+us|two\s+of\s+us)\s+(?:er|is|are)\s"
    # "several of us are keen gardeners who will do the sowing", "flere af os er tømrere"
    r"|(?:several|a\s+few|three|four|flere|tre|fire)\s+(?:of\s+us|af\s+os)\s+(?:er|is|are)\s+"
    r"(?!(?:alone|lonely|alene|ensomme|enker|widows|bored|sick|syge)(?![a-zæøå]))"
    # "our company can donate 10 laptops", "min arbejdsplads vil gerne sponsorere"
    r"|(?:our|my|vores|min|mit)\s+(?:[a-z]+\s+)?(?:company|firm|business|shop|club|school|"
    r"association|firma|virksomhed|butik|klub|forening|arbejdsplads|workplace)\s+(?:can|will|"
    r"could|would|kan|vil|kunne)\s+(?:gerne\s+|happily\s+|also\s+|også\s+)?(?:donate|lend|"
    r"provide|give|sponsor|pay|donere|låne|give|sponsorere|betale|stille)"
    # "Our residents' group (about 30 households) will sow the seeds", "vores grundejerforening
    # vil stå for ...": what the person's own group will do is what they bring.
    r"|(?:our|my|vores|min|mit)\s+(?:[a-z']+\s+){0,2}?(?:group|gruppe|[a-zæøå]*forening|"
    r"association|club|klub|class|klasse|team|hold|trop|troop|netværk|network|committee|"
    r"udvalg|council|råd)(?:\s*\([^()]{0,40}\))?\s+(?:will|'ll|can|kan|vil|skal)\s+"
    r"(?:gladly\s+|happily\s+|also\s+|gerne\s+|også\s+|selv\s+|godt\s+)?"
    r"(?!(?:not|ikke|never|aldrig|have|få|get|like|love|enjoy|appreciate|benefit|be|være|"
    r"gerne|elske|nyde|glæde|få\s+glæde)(?![a-z]))[a-z]"
    # "we've raised 12,000 kr", "three of my fellow students have signed up to help"
    r"|(?:we|i)\s+(?:have|'ve)\s+(?:already\s+)?(?:raised|collected|saved|gathered)\s"
    # "The association has set aside 3,000 kroner for seeds", "foreningen har afsat 5.000 kr."
    r"|(?:have|has|'ve|har)\s+(?:already\s+|allerede\s+)?(?:set\s+aside|put\s+aside|earmarked|"
    r"budgeted|afsat|øremærket|sparet\s+op)\s"
    r"|(?:have|has)\s+(?:already\s+)?(?:signed\s+up|volunteered)|har\s+(?:allerede\s+)?meldt\s+sig"
    # "... og har selv projektor og lydanlæg"
    r"|(?<![a-z])har\s+selv\s+(?!(?:manglet|savnet|oplevet|prøvet|set|hørt|været|haft|ikke)"
    r"(?![a-z]))[a-z]"
    r"|(?<![a-z])(?:har|have|has)\s+(?:[a-z]+\s+){0,2}?(?:erfaring|experience)"
    # "after 30 years in HR", "20 år som pædagog": a working life is what they bring.
    # Not an age: "unge mellem 12 og 18 år på Skovshoved Havn".
    r"|(?<![a-z\d])(?<!og\s)(?<!and\s)(?<![-–])(?:\d{1,2}|mange|many|several|flere)\s+"
    r"(?:års?|years?)\s+(?:erfaring\s+|"
    r"experience\s+)?(?:i|in|som|as|med|with|at|på|inden\s+for|within)\s+[a-z]"
    # "I restore valve radios as a hobby", "jeg reparerer cykler": a skill they have.
    r"|(?:i|jeg)\s+(?:restore|repair|fix|build|bake|sew|knit|paint|teach|restaurerer|"
    r"reparerer|bygger|bager|syr|strikker|maler|underviser)\s+(?!(?:it|them|the|det|den|dem)\b)"
    r"[a-z]" + r"|(?:jeg|i)\s+(?:arbejder|har\s+arbejdet|work|worked|have\s+worked|'ve\s+worked)\s+"
    r"(?:selv\s+|til\s+daglig\s+|professionelt\s+|professionally\s+|also\s+|også\s+)?"
    r"(?:som|as|med|with)\b"
    r"|(?:vi|jeg)\s+har\s+(?>(?:allerede\s+|selv\s+|også\s+|masser\s+af\s+|en\s+masse\s+|"
    r"mange\s+års\s+|lang\s+|stor\s+|god\s+)?)(?!brug|behov|ikke|ingen|desværre|lyst|tænkt|"
    r"aftalt|kontakt|"
    r"(?:en|et)\s+(?:[a-zæøå]+\s+)?(?:id[eé]|forslag|drøm|ønske)|set|hørt|bemærket|oplevet|lagt|savnet|"
    r"talt|snakket|boet|været|haft|fået|længe|tit|ofte|svært|problemer|et\s+problem|"
    r"spurgt|overvejet|prøvet|en\s+fornemmelse|indtryk|ofte|aldrig|endnu|kun|mistet|læst|"
    r"mødt|besøgt|måttet|manglet|ønsket|glemt|"
    # "vi har lært om at bierne forsvinder" (in school): a story, no skill.
    r"lært\s+om|opdaget|fundet\s+ud|"
    r"ideer|idéer|en\s+plan|planer|en\s+vision|et\s+initiativ|startet|lavet|arrangeret)\w"
    r"|(?:i|we)\s+(?:'m|am|'re|are)\s+(?:a|an)\s+(?!(?:big\s+|huge\s+|great\s+)?fan|bit|"
    r"little|lot|resident|citizen|local\s+resident|member\s+of\s+the\s+public|group\s+of\s+"
    r"(?:residents|citizens))[a-z]"
    r"|(?:we|i)\s+(?:have|'ve\s+got|have\s+got|own|already\s+have)\s+"
    r"(?!(?:an?\s+)?(?:[a-z]+\s+)?(?:idea|suggestion|proposal|dream|question|problem|wish|"
    r"thought|plan)\b)"
    r"(?:already\s+|some\s+|"
    r"lots\s+of\s+|plenty\s+of\s+|a\s+lot\s+of\s+|years\s+of\s+|experience|tools|a\s+|an\s+|"
    r"the\s+|\d+\s+|our\s+own|my\s+own|access|contacts|space|materials|equipment|"
    # "we have bags full of clothes", "I've got boxes of books": heaps of things to give.
    r"(?:bags|boxes|piles|stacks|crates|heaps|shelves|drawers|sacks)\s+(?:full\s+)?of\s|"
    r"(?:like|about|around|roughly|approximately|nearly|almost|over|at\s+least|more\s+than|"
    r"loads\s+of|tons\s+of|a\s+couple\s+of|a\s+few|several|two|three|four|five|six|seven|"
    r"eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|a\s+dozen)\s)"
    r"|(?:jeg|vi)\s+(?:kan|vil)\s+(?:godt\s+|gerne\s+|selv\s+|også\s+|sagtens\s+)*(?:stå\s+for|"
    r"tage\s+(?:mig|os)\s+af|sørge\s+for|stille\s+med|hjælpe|bidrage|koordinere|"
    r"undervise|lede|bage|lave\s+mad|skaffe|levere|donere|udlåne|tage\s+ansvar|"
    r"passe|vedligeholde|rydde|holde\s+styr|være\s+tovholder|"
    r"tage\s+initiativ|stå\s+til\s+rådighed|tilbyde|give\s+en\s+hånd|køre|hente|tage\s+billeder)"
    # "jeg kan bygge den", but "jeg vil gerne bygge en bageovn" is the plan itself.
    r"|(?:jeg|vi)\s+kan\s+(?:godt\s+|gerne\s+|selv\s+|også\s+|sagtens\s+)*(?:organisere|"
    # "vi kan bruge vores egne redskaber", but "et skur vi kan bruge" is one they need.
    r"bygge|male|samle|invitere|lægge|bruge\s+(?:vores|min|mit|mine|egne|eget|egen))"
    r"|(?:jeg|vi)\s+vil\s+(?:godt\s+|gerne\s+|også\s+|sagtens\s+)*selv\s+(?:organisere|"
    r"bygge|male|samle|invitere|lægge|bruge)"
    r"|(?:jeg|vi)\s+(?:står|stiller|sørger|bidrager|medbringer|tager|tilbyder|donerer|klarer|"
    r"stiller\s+op|investerer|lægger)\s+(?:selv\s+|gerne\s+|også\s+)?(?:for|med|os\s+af|mig\s+af|"
    r"op|med\s+\w+|\w+\s+med|gerne|selv|det|tid|arbejdskraft|timer)"
    # "vi medbringer grill og musik", "jeg donerer plantekasserne": what they bring along.
    r"|(?:jeg|vi)\s+(?:medbringer|donerer|sponsorerer|tilbyder)\s+(?!ikke)\w"
    r"|(?:jeg|vi)\s+(?:kan|vil)\s+selv|selv\s+stå\s+for|selv\s+(?:betale|finansiere|bygge|"
    r"lave|sørge|skaffe|tage)|(?:vi|jeg)\s+(?:gør|gøre)\s+det\s+(?:frivilligt|gratis|selv)|"
    r"frivillig(?:t|e)?\s+(?:arbejde|kræfter|hænder|hjælpere)|"
    r"(?:i|we)\s+(?:can|could|will|'ll|would\s+be\s+happy\s+to|'d\s+be\s+happy\s+to|am\s+happy\s+"
    r"to|'m\s+happy\s+to|are\s+happy\s+to|'re\s+happy\s+to|am\s+willing\s+to|are\s+willing\s+"
    r"to|can\s+help|offer\s+to|'d\s+happily|would\s+happily|'d\s+gladly|would\s+gladly|"
    r"'ll\s+happily|will\s+happily)\s+(?:also\s+|easily\s+|gladly\s+|happily\s+)?(?:be\s+"
    r"one\s+of|organi[sz]e|"
    r"help|bring|provide|build|run|lead|take\s+care|handle|cook|bake|teach|coordinate|host|"
    r"look\s+after|supply|donate|lend|contribute|do\s+the|make\s+the|set\s+up|paint|fix|"
    r"repair|maintain|invite|spread\s+the\s+word|pay|fund|cover|volunteer|be\s+in\s+charge|"
    r"manage|drive|clean|deliver|sponsor|give|print|design|sew|plant|water|do|offer|share|"
    r"train|coach|mentor|guide|train)"
    r"|(?:i|we)\s+(?:bring|provide|volunteer|contribute|supply|offer|donate)\b"
    # "I can borrow two fruit presses from my allotment", "vi kan låne borde af spejderne"
    r"|(?:i|we|jeg|vi)\s+(?:can|could|kan|kunne)\s+(?:also\s+|easily\s+|også\s+|godt\s+|"
    # "et køkken vi kan låne og ...": the thing comes first; what they want to borrow.
    r"sagtens\s+|nok\s+)?(?:borrow|låne)\s+(?!(?:og|and|eller|or)\s)"
    r"(?!(?:\w+\s+){0,3}?(?:of|af|fra|from)\s+"
    r"(?:the\s+)?(?:kommunen|municipality|council|jer|you)\b)"
    # "det tekniske kan jeg sagtens klare", "lyd og lys kan vi stå for"
    r"|(?<=[a-z]\s)(?:kan|klarer)\s+(?:jeg|vi)\s+(?:(?:godt|sagtens|gerne|selv|også|nok|"
    r"let|fint)\s+)*(?:klare|stå\s+for|tage\s+(?:mig|os)\s+af|sørge\s+for|stille\s+med|"
    r"hjælpe\s+med|bidrage\s+med|bygge|bage|skaffe|levere|donere|låne|sætte\s+(?:\w+\s+){0,3}?op|"
    r"undervise|lede|koordinere|organisere|styre|køre|passe)(?![a-z])"
    # "jeg kan sætte netværket op", "vi kan male og plante"
    r"|(?:jeg|vi)\s+kan\s+(?:(?:godt|gerne|selv|også|sagtens|nemt|let)\s+)*"
    r"(?:sætte\s+(?:\w+\s+){0,3}?op|stille\s+(?:\w+\s+){0,3}?op|klare|plante|vande|reparere|"
    r"designe|tegne|sy|spille|synge|fortælle|vise|lære\s+(?:dem|folk|børnene|andre|fra\s+mig|"
    r"fra\s+os)|dele\s+ud\s+af|"
    r"medbringe|tage\s+\w+\s+med|tage\s+billeder|filme|printe|trykke)(?![a-z])"
    r"|(?:i|we)\s+(?:have|'ve)\s+(?:years\s+of\s+)?experience|as\s+volunteers|"
    r"we\s+(?:will|'ll)\s+do\s+(?:it|the)|"
    r"(?:jeg|vi)\s+har\s+(?:mange\s+års\s+)?erfaring|erfaring\s+med|experience\s+(?:with|in)"
    r"|(?:i|we)\s+(?:run|own|manage|play|sing|paint|teach|coach)\s"
    # "I know she's not the only one" is what they believe, "I know a lot about bees" not.
    r"|(?:i|we)\s+know\s(?!(?:that|she|he|it|they|there|this|what|how|we|you|from|of)\W)"
    # "I work in IT", "jeg arbejder med computere": a skill.
    r"|(?:i|we|jeg|vi)\s+"
    + _WORK_IN_IT
    + r"|(?:jeg|vi)\s+(?:spiller|synger|maler|tegner|syr|strikker|underviser|træner|kender|"
    r"driver|ejer)\s(?!(?:\w+\s+)?(?:ikke|ingen|intet|aldrig|not)(?![a-z]))"
    r"|(?:betaler|finansierer|køber|bygger|laver|står|sponsorerer|donerer)\s+selv"
    r"|(?<![a-z])(?:kan|vil\s+gerne|can|will|could)\s+(?:godt\s+|gerne\s+|også\s+|selv\s+)?"
    r"(?:hjælpe\s+(?:med|til)|help\s+(?:with|to|out)|stå\s+for|sørge\s+for|"
    r"take\s+care\s+of|koordinere|organisere|lede|undervise|coordinate|organi[sz]e|lead|"
    r"teach|run\s+it|host\s+it)"
    r"|(?:want|wants|would\s+like|'d\s+like|are\s+happy|is\s+happy|are\s+ready|"
    r"are\s+willing|vil\s+gerne|vil\s+også\s+gerne|gerne\s+vil|er\s+klar\s+til\s+at|"
    r"er\s+villige\s+til\s+at|har\s+lovet\s+at|have\s+offered|has\s+offered)\s+"
    r"(?:to\s+)?(?:help|hjælpe|lend\s+a\s+hand|give\s+en\s+hånd|pitch\s+in|volunteer))"
)
_WHY_START_RE = _rx(
    r"^(?:og\s+|and\s+|men\s+|but\s+)?(?:fordi|because|eftersom|idet|for\s+at|so\s+that|"
    # A phone's "because": "cause kids are always on their phones", "cuz", "coz", "bc".
    r"'?cause\s|cuz\s|coz\s|bc\s|"
    r"in\s+order\s+to|so\s+as\s+to|"
    # "..., for vi kender ikke hinanden": Danish "for" joining a reason.
    r"for\s+(?:vi|jeg|der|det|de|man|mange|folk|ingen|alle)\s+(?:\w+\s+)?(?:er|har|kender|"
    r"ved|kan|mangler|savner|bor|får|ser|mødes|går|sidder|bliver|skal|vil)(?![a-z])|"
    r"since\s+(?:there|we|it|they|many|the|our|i|no|nobody|people)|"
    r"da\s+(?:der|det|vi|jeg|de|mange|man|børnene|ingen)|"
    # "så kan alle unge komme og spille": what it then does for people.
    r"så\s+(?:kan|får|slipper|undgår|lærer|tør)\s+(?:alle|flere|folk|børnene|børn|de|vi|man|"
    r"naboerne|mange|unge|ældre|familier|beboerne)(?![a-zæøå])|"
    # "så naboer kan mødes", "så folk kan møde hinanden": the same, subject first.
    r"så\s+(?:alle|flere|folk|børnene|børn|de|vi|man|naboerne|naboer|mange|unge|ældre|familier|"
    r"beboerne|borgerne|alle\s+naboer)\s+(?:kan|får|lærer|mødes|ser|bliver|tør|slipper|undgår)"
    r"(?![a-zæøå])|"
    rf"{_SO_THAT}|{_BEFORE_HARM}|"
    # "to meet the neighbours", "to get to know each other": what it is for.
    r"to\s+(?:meet|get\s+to\s+know|make\s+friends|have\s+fun|socialis|socializ)|"
    r"to\s+(?:connect|tackle|help|give|bring|create|strengthen|reduce|improve|encourage|"
    r"promote|support|"
    r"allow|enable|foster|prevent|combat|fight|counter|make\s+sure|ensure|raise|spread|"
    r"inspire|save|protect|keep|teach|increase|boost|get\s+people|give\s+people))(?![a-z])"
)
_WHY_RE = _rx(
    r"(?<![a-z])(?:der\s+mangler|mangler\s+der|der\s+er\s+(?:ikke|ingen|for\s+få|for\s+mange|"
    r"for\s+lidt|kun|mangel|brug|behov|ikke\s+nogen|ingen\s+steder)|der\s+findes\s+(?:ikke|"
    r"ingen)|(?:det|dette|det\s+her)\s+(?:vil|ville|kan|kunne|skal|skulle)\s+"
    r"(?:(?:også|helt\s+sikkert|virkelig|måske|nok)\s+)?(?:give|skabe|gøre|hjælpe|styrke|"
    r"samle|bringe|mindske|forbedre|øge|betyde|løfte|glæde|gavne|bidrage|fremme)|"
    r"det\s+(?:er|var)\s+(?:vigtigt|synd|ærgerligt|trist|et\s+problem|svært|en\s+skam)|"
    # "Det er sjovt, gratis og får folk ned til stranden", "it's fun and healthy": what
    # the idea is good for.
    r"(?:det|it)\s*(?:er|is|'s)\s+(?:(?:så|både|jo|bare|rigtig|virkelig|so|really|just|both)\s+)?"
    r"(?:sjovt|hyggeligt|sundt|godt\s+for|en\s+god\s+måde|fun|healthy|good\s+for|"
    r"a\s+(?:great|good)\s+way)(?![a-zæøå])|"
    # "overskuddet går til lejrskole", "the proceeds go to the school trip": what it is for.
    r"(?:overskuddet|pengene|indtægten|indtægterne|overskud|the\s+proceeds|the\s+profits?|"
    r"the\s+money|all\s+proceeds|all\s+profits?|proceeds|profits?)\s+(?:\w+\s+)?(?:går|gives|"
    r"doneres|skal\s+gå|go|goes|will\s+go|are\s+going)\s+(?:\w+\s+)?(?:til|to)(?![a-zæøå])|"
    # "it's hard to make Danish friends here", "vi vil bare gerne lære hinanden at kende",
    # "der er flyttet mange nye til": a difficulty, getting to know each other, newcomers.
    r"(?:det|it)\s*(?:er|is|'s)\s+(?:(?:so|really|very|pretty|quite|just|honestly)\s+)?(?:hard|"
    r"difficult|tough)\s+to\s|lære\s+hinanden\s+(?:bedre\s+)?at\s+kende|get\s+to\s+know\s+(?:each\s+"
    r"other|one\s+another|(?:the|our)\s+neighbou?rs)|(?:der\s+er|er\s+der)\s+flyttet\s+(?:\w+\s+)?"
    r"(?:mange|flere|en\s+masse|så\s+mange)\s+(?:nye|unge|børnefamilier|familier)|"
    r"problemet\s+er|udfordringen\s+er|grunden\s+er|baggrunden\s+er|formålet\s+er|"
    r"målet\s+er|årsagen\s+er|"
    r"(?:mange|flere|nogle|de\s+fleste|vi|jeg|folk|børnene|børn|naboerne|de\s+ældre|ældre|"
    r"mange\s+af\s+os|flere\s+af\s+os|mange\s+af\s+\w+|de\s+fleste\s+af\s+\w+|mange\s+\w+|"
    r"de\s+unge|unge)\s+(?:savner|mangler|føler\s+sig|er\s+ensomme|er\s+alene|keder\s+sig|"
    r"har\s+aldrig|"
    r"sidder|har\s+ikke|har\s+ingen|kender\s+ikke|ved\s+ikke|kan\s+ikke|mødes\s+ikke|"
    r"ser\s+ikke|bruger\s+ikke|er\s+bekymrede|oplever)|"
    # "for ensomme" names whom it is for.
    r"(?<!for\s)(?<!til\s)ensom\w*|isolation|isolerede|desværre|i\s+dag\s+(?:er|står|ligger|bliver|kører|"
    r"har|mangler|findes|skal|må|kan|går|sker)|lige\s+nu\s+(?:er|står|ligger)|for\s+tiden|"
    r"today\s+(?:there|we|you|people|it|kids)|"
    r"fællesskab\w*|sammenhold\w*|trivsel|bæredygtig\w*|klima\w*|smidt\s+ud|smides\s+ud|"
    r"spild\w*|madspild|thrown\s+away|thrown\s+out|waste\w*|sparer|saves?\s|"
    r"there\s+(?:is|are|'s)\s+(?:no|not|nothing|nowhere|too\s+few|too\s+many|only|a\s+lack)|"
    r"there\s+isn't|there\s+aren't|there's\s+no|theres\s+(?:no|nothing|nowhere|not)|"
    # "nothing to do for teens", "der er intet at lave", "der sker ikke ret meget"
    r"(?:nothing|not\s+much|not\s+a\s+lot|very\s+little|intet|ingenting|ikke\s+noget|"
    r"ikke\s+(?:ret\s+|så\s+|særlig\s+)?meget|meget\s+lidt)\s+(?:to\s+do|at\s+(?:lave|gøre|"
    r"tage\s+sig\s+til|give\s+sig\s+til|tage\s+hen)|going\s+on|happening|happens|for\s+"
    r"(?:(?:the\s+|de\s+)?(?:teens|teenagers|teenagere|kids|children|young|youth|us|them|"
    r"unge|børn|børnene|os|dem)))|"
    r"der\s+sker\s+(?:ikke|intet|ingenting|aldrig|næsten\s+ikke)|nothing\s+ever\s+happens|"
    # "Børnene har ingen steder at lege", "the kids have nowhere to play".
    r"(?:har|have|has)\s+(?:ingen\s+steder|intet\s+sted|ikke\s+noget\s+sted|nowhere|no\s+place)\s+"
    r"(?:at|to|hvor|where)\s|"
    # "it's such a waste", "what a shame", "en god måde at møde naboerne"
    r"(?:such|what)\s+a\s+(?:waste|shame|pity)|sådan\s+et\s+spild|"
    r"(?:a|an|en|et)\s+(?:nice|good|great|easy|lovely|fun|fin|god|hyggelig|nem|sjov)\s+"
    r"(?:way|måde)\s+(?:to|at)\s|"
    r"it\s+(?:would|will|could|can|'d|'ll)\s+(?:(?:also|really|definitely|help|make)\s+)?"
    r"(?:give|create|make|help|bring|strengthen|reduce|improve|increase|mean|benefit|boost|"
    r"foster|encourage|be\s+(?:good|great|nice|wonderful|lovely|fun)\s+for)|"
    r"(?:many|more|some|most|people|kids|children|we|the\s+elderly|older\s+people|"
    r"many\s+of\s+us|most\s+of\s+us|(?:most|many|some|half)\s+of\s+them|many\s+\w+|"
    r"neighbours|neighbors|residents)\s+(?:miss|lack|feel|are\s+lonely|are\s+alone|"
    r"have\s+never|'ve\s+never|"
    r"get\s+bored|don't|do\s+not|can't|cannot|have\s+no|never)|"
    r"lonel\w+|the\s+(?:problem|challenge|reason|purpose|goal|aim|point)\s+is|"
    # "it shows the council takes biodiversity seriously", "det viser at ...": what it means.
    r"(?:det|it|this|that)\s+(?:viser|vil\s+vise|ville\s+vise|signalerer|shows|would\s+show|"
    r"will\s+show|sends\s+a\s+signal|sender\s+et\s+signal)|"
    # "our parents are sick of the noise", "naboerne er trætte af larmen": a complaint.
    r"(?:are|is|'re|'s|am|'m|get|got|er|bliver|blev)\s+(?:(?:so|really|honestly|frankly|just|"
    r"så|helt|ærlig\s+talt|virkelig|simpelthen|altså|godt)\s+){0,2}"
    r"(?:sick\s+of|tired\s+of|fed\s+up\s+with|trætte?\s+af|lede?\s+af)|"
    r"(?:i|we)\s+(?:hate|'m\s+tired\s+of|am\s+tired\s+of|are\s+tired\s+of|"
    r"'re\s+tired\s+of)|(?:jeg|vi)\s+(?:hader|er\s+trætte?\s+af|synes\s+det\s+er\s+synd)|"
    # "music makes kids happy", "musik gør børn glade": what the idea does for people.
    r"(?:makes?|gør|gøre)\s+(?:[a-zæøå]+\s+){1,3}?(?:happy|happier|healthier|stronger|"
    r"smarter|safer|less\s+lonely|glade?|gladere|sundere|stærkere|klogere|tryggere|"
    r"mindre\s+ensomme)(?![a-zæøå])|"
    r"unfortunately|currently|at\s+the\s+moment|right\s+now|nowadays|these\s+days|"
    r"communit(?:y|ies)\s+spirit|sense\s+of\s+community|sustainab\w+|climate)"
)
_WHAT_RE = _rx(
    # ("nogle fra Ordrup Kirke vil gerne med", "… vil gerne være med": joining, no idea.)
    r"(?<![a-z])(?:(?:vil|ville)\s+(?:så\s+|også\s+|rigtig\s+|meget\s+)?gerne"
    r"(?!\s+(?:(?:være\s+)?med|hjælpe|deltage)\s*(?:[.,!?]|$))"
    # "Jeg vil gerne gøre opmærksom på et problem": telling, not proposing.
    r"(?!\s+(?:gøre\s+opmærksom|klage|fortælle|spørge|høre|sige|nævne)(?![a-zæøå]))|"
    r"(?:vi|jeg|man|vi\s+\w+|jeg\s+\w+)\s+gerne\s+(?:vil|ville)|"
    r"gerne\s+(?:vil|ville)\s+(?:\w+\s+)?(?:lave|starte|etablere|bygge|holde|arrangere|oprette|"
    r"anlægge|skabe|åbne|organisere|afholde|plante|indrette|have|ha)(?![a-z])|"
    r"(?:would|'d)\s+(?:like|love)\s+to|"
    r"(?:vi|jeg|man)\s+(?:vil|ville)\s+(?:lave|starte|etablere|bygge|holde|arrangere|oprette|"
    r"plante|male|åbne|skabe|indrette|anlægge|opsætte|sætte|organisere|samle|rydde|invitere|"
    r"have|lægge|lancere|tilbyde|afholde|stable)|"
    r"(?:kunne|ville)\s+(?:godt\s+|rigtig\s+godt\s+|så\s+godt\s+)?tænke\s+(?:mig|os)|"
    # "Vi skal have en hundeskov i Gentofte": what the place ought to get.
    r"^(?:(?:og|men|så)\s+)?(?:vi|man|byen|kvarteret|vejen|området)\s+(?:skal|må|bør|burde)\s+"
    r"(?:altså\s+|bare\s+|simpelthen\s+|virkelig\s+)?(?:have|ha|ha')\s+(?:en|et|nogle|flere|"
    # "vi skal have lys på stien", but "vi skal have lavet/styr på …" is no thing to get.
    r"mere|noget|(?!(?:styr|fat|gang)(?![a-zæøå]))(?![a-zæøå]*t(?![a-zæøå]))[a-zæøå]{3,})\s|"
    # "Gentofte Sø bør have en badebro", "Vangede fortjener en skatepark", "the lake should
    # have a jetty": what a place ought to get.
    r"^(?:(?:og|men|så|and|but|so)\s+)?(?:[a-zæøå][\w-]*\s+){1,3}?(?:bør|burde|should|ought\s+to|"
    r"fortjener|deserves)\s+(?:(?:altså|virkelig|really|definitely)\s+)?(?:(?:have|ha|få|get)\s+)?"
    r"(?:en|et|a|an)\s|"
    # "I'm wondering if the kommune could put a crossing …", "jeg tænker på, om man kunne …"
    r"(?:wondering|wonder|wondered)\s+(?:if|whether)\s+(?:\w+\s+){0,3}?(?:could|can|would|might)\s|"
    r"^(?:if|whether)\s+(?:the\s+)?(?:kommune|kommunen|municipality|council|city)\s+"
    r"(?:could|can|would|might)\s|"
    r"(?:tænker|tænkte|spekulerer|spekulerede|overvejer)\s+(?:lidt\s+)?på,?\s+om\s+(?:\w+\s+){0,2}?"
    r"(?:kunne|kan|ville|vil)\s|"
    r"har\s+lyst\s+til|(?:drømmer|drømt)\s+om|"
    # "har vi snakket om at hænge julelys op", "we've been talking about starting ..."
    r"(?:har|havde)\s+(?:\w+\s+)?(?:snakket|talt|tænkt|overvejet|drømt)\s+om\s+at|"
    r"(?:have|'ve|had|'d)\s+(?:\w+\s+)?(?:been\s+)?(?:talking|thinking|dreaming)\s+about|"
    # "our area would benefit greatly from a small reading circle", "kvarteret ville have
    # glæde af en byttecentral": what would do the place good.
    r"(?:would|could)\s+(?:really\s+|greatly\s+|hugely\s+)?benefit\s+(?:greatly\s+|a\s+lot\s+)?"
    r"from\s+(?:a|an|some|more)\s|(?:ville|kunne)\s+(?:virkelig\s+|have\s+stor\s+|have\s+)?"
    r"(?:glæde|gavn)\s+af\s+(?:en|et|nogle|flere)\s|"
    r"(?:i|we)\s+(?:'m|am|'re|are|was|were)\s+thinking\s+(?:of|about)|"
    # "Vi har tænkt på IT-hjælp til ældre": what they have in mind.
    r"(?:jeg|vi)\s+(?:har\s+)?(?:tænkt|tænker|tænkte)\s+(?:på|over)\s+(?!at\s+spørge)|"
    # "der skal plantes flere træer", "at der opsættes belysning": a wish in the passive.
    r"(?:der|man)\s+(?:skal|skulle|bør|burde|kunne|må)\s+(?:\w+\s+)?[a-z]{3,}es(?![a-z])|"
    r"at\s+der\s+(?:\w+\s+)?(?:opsættes|plantes|laves|bygges|etableres|anlægges|sættes|"
    r"males|indrettes|oprettes|åbnes|holdes)(?![a-z])|"
    # "kunne være nice med en bike repair day", "would be great to have a ..."
    r"(?:kunne|ville|vil)\s+være\s+(?:\w+\s+){0,2}?(?:nice|fedt|godt|dejligt|sjovt|skønt|"
    r"super|fantastisk|rart|oplagt)\s+(?:med|at|hvis)\s|"
    # "I think it would be great med et bordtennisbord" (English with Danish words)
    r"(?:(?:it|that)\s+|^)(?:would|could|'d)\s+be\s+(?:\w+\s+)?(?:great|nice|awesome|amazing|"
    r"cool|lovely|brilliant|fun|good)\s+(?:med|with|if|hvis|to\s+have|at\s+få)\s|"
    # "en lille sauna eller bare et skur ville være sygt nice", "a skate ramp would be awesome"
    r"(?:^|(?<=\s))(?:en|et|a|an|nogle|some)\s++[^\s.!?,][^.!?,]{1,59}?\s(?:ville|would)\s+"
    r"(?:være|be)\s+"
    r"(?:\w+\s+)?(?:nice|fedt|godt|dejligt|sjovt|skønt|super|fantastisk|genialt|great|awesome|"
    r"amazing|cool|lovely|brilliant|fun)(?![a-zæøå])|"
    r"(?:any|a)\s+chance\s+(?:of|to|for|that|the|we|you|u|there|they)\s|er\s+der\s+(?:en\s+)?mulighed\s+for\s+(?:at\s+)?"
    r"(?:få|lave|etablere)|"
    r"foreslår|foreslå|forslag\w*|id[eé](?:en|er|erne)?\s+(?:er|om|til|går\s+ud\s+på)|"
    r"(?:tanken|planen|meningen)\s+(?:er|var|ville\s+være)\s+at|the\s+(?:plan|thought|"
    r"idea)\s+(?:would\s+be|was)\s|"
    r"min\s+id[eé]|vores\s+id[eé]|en\s+id[eé]|kunne\s+(?:vi|man|i|kommunen)|"
    r"(?:vil|ville|skal|kunne|kan)\s+(?:vi|jeg|man)\s+(?:gerne\s+|godt\s+|så\s+)?(?:lave|starte|"
    r"etablere|bygge|holde|arrangere|oprette|plante|anlægge|skabe|åbne|organisere|afholde)|"
    r"(?:jeg|vi)\s+(?:tænker|tænkte|forestiller\s+(?:mig|os))\s+(?:på\s+)?(?:en|et|at)\s|"
    r"(?:vi|man|i)\s+kunne|"
    # "kan vi ikke få en bænk?", but not "det kan vi ikke selv".
    r"kan\s+(?:vi|man)\s+ikke(?!\s+selv(?![a-z])|\s*[.!,]|\s*$)|lad\s+os|hvad\s+med|hvad\s+hvis|"
    r"hvorfor\s+ikke|hvorfor\s+har\s+vi\s+ikke|der\s+(?:burde|bør|skulle|skal)\s+være|"
    # "Den burde være åben", "It should be open at weekends": how a thing ought to be.
    r"^(?:men\s+|but\s+|og\s+|and\s+)?(?:den|det|de|it|they)\s+(?:burde|bør|should|ought\s+to)\s+"
    r"(?:(?:virkelig|altså|bare|really|just|also|også)\s+)?(?:være|blive|stå|holdes|be|stay|"
    r"remain)\s|"
    r"(?:vi|man|kommunen|i)\s+(?:burde|bør|skulle)|"
    # "jeg synes vi skal have natteravne igen", "I think we should have ..."
    r"(?:synes|mener|tænker)\s+(?:at\s+)?(?:vi|man|kommunen|der)\s+(?:skal|bør|burde|skulle)|"
    r"think\s+(?:that\s+)?(?:we|the\s+municipality|there)\s+should|"
    r"det\s+(?:ville|vil|kunne|kan)\s+være\s+"
    r"(?:\w+\s+){0,2}?(?:at|hvis|med)\s|(?:vi|jeg)\s+(?:planlægger|overvejer|håber\s+at|"
    r"ønsker\s+at|ønsker\s+os|vil\s+prøve\s+at)|har\s+tænkt\s+(?:os|mig)|"
    r"(?:vi|jeg)\s+vil\s+(?:gerne\s+)?(?:lave|starte|etablere)|"
    r"^(?:der|som|who|that)\s+(?:(?:gerne|også|really|also)\s+)?(?:vil|ville|want\s+to|"
    r"would\s+like\s+to|'d\s+like\s+to|plan\s+to|hope\s+to)\s+(?:gerne\s+)?(?:lave|starte|"
    r"etablere|bygge|holde|arrangere|oprette|anlægge|skabe|åbne|organisere|afholde|start|"
    r"create|build|set\s+up|organi[sz]e|hold|host|launch|open|run)(?![a-z])|"
    r"(?:i|we)\s+(?:'d|would|want|wanna|wanted|wish|hope|plan|'re\s+planning|are\s+planning|"
    r"am\s+planning|'m\s+planning|'m\s+thinking|am\s+thinking|was\s+thinking|were\s+"
    r"thinking|dream|'d\s+love|would\s+love|'re\s+hoping|are\s+hoping|intend|propose|"
    r"suggest|could|should|might)\b|"
    # "me n my mates wanna run a futsal tourney": whoever says it, a plan.
    r"wanna\s+(?:run|do|make|start|have|build|set\s+up|host|throw|organi[sz]e|hold|open)\s|"
    r"i\s+have\s+an\s+idea|an\s+idea\s+(?:for|to|about)|my\s+idea|our\s+idea|the\s+idea\s+is|"
    r"my\s+suggestion|our\s+suggestion|(?:my|our|the)\s+proposal\s+(?:is|would\s+be)|"
    r"what\s+if|how\s+about|what\s+about|why\s+not|"
    r"why\s+don't\s+we|"
    # "Could someone run pond-dipping sessions?", "Kunne nogen lave en naturvandring?"
    r"(?:could|can|would|kunne|kan|ville|vil)\s+(?:someone|somebody|anyone|anybody|nogen)\s+"
    r"(?:please\s+|maybe\s+|måske\s+|ikke\s+)?(?:run|start|set\s+up|organi[sz]e|make|build|"
    r"hold|host|create|open|plant|put\s+up|lave|starte|arrangere|organisere|bygge|holde|åbne|"
    r"plante|sætte|oprette)(?![a-z])|"
    # "Is there any support for starting a community orchestra?", "Kan man få støtte til at
    # starte et kor?", "I was wondering if there could be a phone friend scheme".
    r"(?:support|funding|help|grants?|støtte|tilskud|hjælp|penge)\s+(?:for|to|til)\s+(?:at\s+)?"
    r"(?:starting|start|setting\s+up|set\s+up|creating|create|running|run|starte|oprette|"
    r"etablere|lave|skabe)(?![a-z])|(?:if|whether)\s+there\s+could\s+be|"
    r"om\s+der\s+(?:kunne|ikke\s+kunne)\s+(?:være|laves|oprettes|startes|etableres)|"
    r"let's|let\s+us|could\s+we|(?:could|can|would)\s+there\s+(?:not\s+)?be|"
    r"(?:kunne|kan|ville)\s+der\s+(?:ikke\s+)?(?:være|komme|blive)|"
    # "men kunne godt bruge nogle træningsredskaber", "we could really use a bench here"
    r"(?:kunne|ku)\s+(?:godt|virkelig|rigtig\s+godt|sagtens)\s+bruge\s+(?:en|et|nogle|"
    r"flere|mere|[a-zæøå]+er)\s|could\s+(?:really\s+)?(?:use|do\s+with)\s+(?:a|an|some|"
    r"more)\s|could\s+the\s+municipality\s+(?:build|make|create|plant|"
    r"set\s+up|install|put)|there\s+should\s+be|we\s+need\s+a\s+(?:new\s+)?"
    r"(?:bench|playground|path|park)|"
    r"it\s+would\s+be\s+(?:\w+\s+){0,2}?(?:to|if)\s|wouldn't\s+it\s+be|"
    r"(?:at|to)\s+(?:lave|starte|etablere|bygge|holde|arrangere|oprette|plante|anlægge|"
    r"start|build|set\s+up|create|organi[sz]e|hold|host|plant|launch|open|make|run)\b)"
)
_PROBLEM_RE = _rx(
    r"(?<![a-z])(?:desværre|ikke|ingen|intet|mangler|problem\w*|svært|ensom\w*|keder|savner|"
    r"alene|farlig\w*|utryg\w*|støj|beskidt|snavset|forfalden|trist|kedelig|uden|ikk|"
    r"for\s+lidt|for\s+få|alt\s+for|hader|træt\s+af|frustrer\w*|bekymre\w*|"
    r"without|too\s+little|too\s+few|too\s+much|too\s+many|hate|tired\s+of|frustrat\w*|"
    r"worried|worry|hardly|barely|knap|næsten\s+ingen|næsten\s+ikke|stadig\s+ingen|"
    r"unfortunately|not|no|nothing|nobody|lack\w*|problem\w*|hard|difficult|lonely|bored|"
    r"miss|alone|dangerous|unsafe|noisy|dirty|run-down|sad|boring|isn't|aren't|don't|"
    r"doesn't|can't|cannot|klager|klage|complain\w*|overfald\w*|assault\w*|snydt|scammed|"
    r"cheated|stressede?|stressed|forgiftet|poisoned|kulsort|bælgmørkt|pitch\s+dark|soaked|"
    r"(?:so|så|very|meget|helt|really)\s+(?:dark|mørkt|mørk)|"
    r"gennemblødte?|smadret|ødelagt|ødelagte|broken|afhængige?|dependent|angst|anxiety|"
    r"isolerede?|isolated|utrygge?|scared|bange|afraid|expensive|dyrt|dyre|"
    # "way too fast", "far too dark": "too" alone may mean "also".
    r"(?:way|far|much)\s+too|too\s+(?:fast|slow|dark|cold|hot|loud|noisy|busy|dangerous|"
    r"small|far|late|early|steep|narrow|crowded|full))(?![a-z])"
)
_LACK_THING_RE = _rx(
    r"(?<![a-z])(?:(?:der|vi|man)\s+mangler|mangler\s+der|savner\s+(?:vi|jeg)|"
    r"(?:vi|jeg)\s+savner|there\s+(?:is|'s|are)\s+no|we\s+(?:lack|miss))\s+"
    r"(?:(?:altså|bare|virkelig|simpelthen|stadig|really|still|just)\s+)?"
    r"(?:en|et|nogle|flere|a|an|any|more)\s+[a-z]"
    # "der mangler cykelstativer ved stationen": things missing, told without an article.
    r"|(?<![a-z])(?:der\s+mangler|mangler\s+der)\s+(?!(?:altid|stadig|også|jo|bare|noget|"
    r"nogen|ikke|tit|ofte|plads|tid|penge|hjælp|hænder|frivillige)(?![a-z]))[a-zæøå]{4,}(?:er|e)"
    r"(?![a-z])|(?<![a-z])there\s+(?:are|is|'s|re)\s+no\s+(?!(?:one|time|money|room|space|"
    r"help|volunteers|way)(?![a-z]))(?:[a-z]+\s+)?[a-z]{3,}s(?![a-z])"
)
# "vi mangler et sted hvor unge kan være", "we lack volunteers": no thing to make yet.
_LACK_NO_THING_RE = _rx(
    r"(?:\w+\s+){1,3}(?:(?:altså|bare|virkelig|simpelthen|stadig|really|still|just)\s+)?"
    r"(?:(?:en|et|nogle|flere|a|an|any|more)\s+)?(?:sted|steder|place|places|frivillige|"
    r"volunteers|folk|people|nogen|hænder|hands)(?![a-z])"
)


def _lacks_a_thing(text: str, a: int, b: int) -> bool:
    """Tell whether text[a:b] complains that a thing is missing ("der mangler cykelstativer")."""
    lack = _LACK_THING_RE.search(text, a, b)
    return lack is not None and _LACK_NO_THING_RE.match(text, lack.start(), b) is None


_CONTRAST_PROBLEM_RE = _rx(
    r"(?:men|but)\s+(?:(?:vi|jeg|de|we|i|they|man|people|folk)\s+)?(?:\w+\s+)?"
    r"(?:savner|mangler|miss|lack|keder|er\s+ensomme|are\s+lonely|feel\s+lonely|føler\s+sig\s+"
    r"ensomme|har\s+ikke|have\s+no|don't\s+have|kan\s+ikke|can't|cannot)(?![a-z])"
)
_CONTRAST_RE = _rx(r"(?:men|but|yet|though|however|dog)\s")
_FIRST_PERSON_START_RE = _rx(
    r"(?:(?:og|and|men|but|så|so|også|also|så\s+kan|then)\s+)?(?:jeg|vi|vores|min|mit|mine|we|our|"
    r"my|i\s+(?:'m|'d|'ll|'ve|am|have|will|want|would|think|hope|can|could))(?![a-z])"
)
_YOU_RE = _rx(r"(?<![a-z])(?:kommunen|municipality|council|jer|you|i\s+kan|i\s+kunne)(?![a-z])")
_RELATIVE_START_RE = _rx(r"(?:der|som|who)\s")
_RELATIVE_WISH_RE = _rx(
    r"(?:der|som|who|that)\s+(?:(?:gerne|også|all|also|really)\s+)?(?:vil|ville|want|wants|"
    r"would\s+like|'d\s+like|would\s+love|'d\s+love|wish|hope|plan)\s+(?:gerne\s+)?(?:to\s+)?"
    r"(?!(?:hjælpe|help|være\s+med|join|be\s+part)(?![a-z]))[a-z]"
)
_PLAN_RE = _rx(
    r"(?<![a-z])(?:vil|ville|skal|kunne|would|'d|want|wants|plan|planning|hope|hoping)\s+"
    r"(?:gerne\s+|så\s+gerne\s+|rigtig\s+gerne\s+|like\s+to\s+|love\s+to\s+|to\s+)?"
    r"(?:lave|starte|etablere|bygge|holde|arrangere|oprette|anlægge|skabe|åbne|organisere|"
    r"afholde|plante|start|create|build|set\s+up|organi[sz]e|hold|open|run|make|host|launch|"
    r"plant|do|have|throw|put\s+on|arrange|try|gøre|prøve|lancere|invitere|invite)(?![a-z])"
)
# "me and my friends want to do ...", "(we) would like to ...": a wish of the person's own,
# also when the subject sits in the clause before.
_VOLITION_RE = _rx(
    r"(?<![a-z])(?:want|wants|wanted|would\s+(?:really\s+)?(?:like|love)|'d\s+(?:really\s+)?"
    r"(?:like|love)|are\s+planning|'re\s+planning|plan|planning|hope|hoping|dream\s+of|"
    r"(?:vil|ville)\s+(?:så\s+|rigtig\s+|også\s+)?gerne|gerne\s+(?:vil|ville)|har\s+lyst\s+til|"
    r"drømmer\s+om|planlægger|håber\s+på|vil|will|'ll)\s+(?:to\s+|at\s+)?"
    r"(?!(?:help|hjælpe|be|være|know|vide|ask|spørge|hear|høre|ikke|not|never|aldrig|bare|just|"
    r"lige|sige|say|tro|think|nok|probably|have\s+brug|need|mangle|miss)(?![a-z]))[a-z]"
)
_ACTIVITY_GOES_ON_RE = _rx(
    r"(?:og|and|hvor|where|then|så)\s+(?:so\s+)?(?:we|vi|man|you|alle|everyone)\s+(?:play|sing|"
    r"paint|run|walk|dance|eat|cook|make|watch|share|swap|trade|press|spiller|synger|maler|"
    r"løber|går|danser|spiser|laver|ser|deler|bytter|presser)(?![a-z])"
)
_WRITES_FOR_RE = _rx(
    r"(?:(?:jeg|vi|i|we)\s+(?:skriver|henvender\s+(?:mig|os)|am\s+writing|'m\s+writing|are\s+"
    r"writing|write)|writing)\s+(?:(?:hermed|til\s+jer|til\s+kommunen|to\s+you)\s+)?"
    r"(?:på\s+vegne\s+af|on\s+behalf\s+of|for(?!\s+(?:at|to)(?![a-z])))\s"
)
_SELF_INTRO_RE = _rx(
    r"(?:(?:og|and|men|but|well|nå)\s+)?(?:(?:jeg|i|vi|we)\s+(?:(?:er|'m|am|are|'re)\s+\d{1,3}(?!\d)|"
    r"bor|live|lived|have\s+lived|'ve\s+lived|'ve\s+been\s+living|har\s+boet|kom|came|moved|"
    r"flyttede|er\s+flyttet|har\s+(?:en|et|to|tre|\d{1,2})\s|have\s+(?:a|an|two|\d{1,2})\s|"
    r"'ve\s+got\s+(?:a|an|two|\d{1,2})\s|arbejder\s+(?:hjemmefra|i|på)|work\s+(?:from\s+home|in|at)|"
    r"was\s+born|er\s+født|går\s+på|study|studerer|er\s+ny|'m\s+new|am\s+new|are\s+new|"
    # "I am from Syria", "jeg kommer fra Polen": where the person comes from.
    r"(?:am|'m|er|kommer)\s+(?:oprindeligt\s+|originally\s+)?(?:fra|from)\s+[A-Za-zæøå]+\s*[.,!]?$|"
    r"come\s+from)|"
    r"im\s+\d{1,3}(?!\d)|been\s+living|originally\s+from|oprindeligt\s+fra|born\s+in|"
    r"født\s+i|jeg\s+hedder|mit\s+navn\s+er|my\s+name\s+is|vi\s+hedder|"
    # "Vi er familien Holm fra Gentofte", "we're the Patel family from Hellerup".
    r"vi\s+er\s+familien|we\s*(?:'re|are)\s+the\s+[a-z]+\s+family)(?![a-z])"
)
# A clause that starts with the people it is about: "my mum can't walk far", "min mor kan ikke".
_OWN_PROBLEM_RE = _rx(
    r"(?:(?:og|and|for|fordi|because|da|as|since)\s+)?(?:my|our|min|mit|mine|vores|the|de|alle|all)\s+"
    r"(?:[a-z]+\s+)?(?:mum|mom|mother|dad|father|parents|kids|children|husband|wife|son|daughter|"
    r"neighbou?rs?|mor|far|forældre|børn|børnene|ungerne|mand|kone|søn|datter|naboer|nabo|"
    r"older\s+people|elderly|ældre|gamle|unge|teenagers|pupils|elever|eleverne)\s"
)


_OFFICE_INTRO_RE = _rx(
    r"(?:(?:og|and)\s+)?(?:jeg|i)\s+(?:er|'m|am)\s+(?:(?:den\s+)?(?:nye|new)\s+)?(?:formand|"
    r"forkvinde|næstformand|kasserer|sekretær|bestyrelsesmedlem|chair|chairman|chairwoman|"
    r"chairperson|treasurer|secretary|board\s+member|vice\s+chair)\s+(?:for|i|af|hos|of|in|at)\s"
)


def _without_hello(seg: str) -> str:
    """ "hej jeg hedder Ali": the words after a hello the clauses did not cut off."""
    hello = _GREETING_RE.match(seg)
    return seg[hello.end() :].lstrip(" ,.!") if hello else seg


_INTRO_GOES_ON_RE = _rx(
    r"(?:og|and|,)\s*(?:(?:jeg|i)\s+)?(?:har|er|bor|arbejder|kommer|driver|ejer|underviser|"
    r"går|have|has|am|'m|live|work|run|own|teach|come)(?![a-z])"
)
_ELABORATION_RE = _rx(
    r"(?:med|with|inklusive|including|altså|dvs\.?|det\s+vil\s+sige|i\.e\.|basically|like|sådan|fx|f\.eks\.|"
    r"for\s+eksempel|for\s+example|e\.g\.|tænk|think|picture|forestil\s+dig|imagine|"
    r"en|et|a|an|one)\s"
)
# "så det tekniske kan jeg sagtens klare": a consequence the person takes on, no purpose.
_INVERTED_ABILITY_RE = _rx(r"(?<=[a-z]\s)(?:kan|klarer)\s+(?:jeg|vi)\s")
_COORDINATED_RE = _rx(r"(?:og|and|samt|plus|eller|or)\s")
_OWN_WISH_PREFIX_RE = _rx(r"^(?:(?:og|and|så|so|men|but|then|også|also|nu|now)\s+)?$")
_FINITE_VERB_RE = _rx(
    r"(?<![a-z])(?:er|var|har|havde|går|bor|kan|vil|skal|is|are|am|was|were|have|has|had|"
    r"live|lives|go|goes|can|will|'m|'re|'ve)(?![a-z])"
)
_HABITUAL_RE = _rx(
    r"(?:hver|every|each)\s+(?:dag|morgen|aften|formiddag|eftermiddag|day|morning|evening|"
    r"afternoon|night)|dagligt|daily|hele\s+dagen|all\s+day"
)
_POINTER_RE = _rx(
    r"(?:se|see|læs|read|check|tjek|kig|find)\s+(?:evt\.?\s+|eventuelt\s+|gerne\s+|also\s+|"
    r"out\s+|mere\s+|more\s+|på\s+|at\s+|her\s+|here\s+|hvad\s+|what\s+)"
)
# "spm:", "PS:", "NB:", "Q:", "edit:": a note's mark before what it says, no part of its own.
_NOTE_MARK_RE = _rx(
    r"(?:p\.?\s?s|p\.?p\.?s|n\.?b|obs|spm|spørgsmål|q|question|edit|update|opdatering|"
    r"tilføjelse|rettelse|correction|fyi|note|bemærk)\.?"
)
_CREATE_RE = _rx(
    r"(?<![a-z])(?:lave|starte|etablere|bygge|arrangere|oprette|anlægge|skabe|åbne|"
    r"organisere|afholde|plante|indrette|start|create|build|set\s+up|organi[sz]e|open|"
    r"run|make|host|launch|plant|"
    # Not "holde vejret hver morgen", "hold my breath": held, nothing made.
    r"holde(?!\s+(?:vejret|øje|op|fast|af|ud)(?![a-z]))|hold(?!\s+(?:my|our|your|their|on|up)"
    r"(?![a-z])))(?![a-z])"
)
# A clause opening with a bare verb of making: "lave kaffe møde", "and run it on Sundays".
_CREATE_START_RE = _rx(
    r"(?:(?:og|and|eller|or|så|so|then|evt\.?|maybe|måske)\s+)?(?:lave|starte|etablere|bygge|"
    r"holde|arrangere|oprette|anlægge|skabe|åbne|organisere|afholde|plante|indrette|start|"
    r"create|build|set\s+up|organi[sz]e|hold|open|run|host|launch|plant)(?![a-z])"
)
_CONSEQUENCE_RE = _rx(r"(?:så|so|then|derfor|therefore|dermed|thus)\s")
# "Må man sætte en bane op i parken?", "Could we get a bench there?": asking whether
# something may be done proposes it; it gives no reason.
_ASKING_RE = _rx(
    r"(?:(?:og|and|men|but|så|so)\s+)?(?:(?:må|kan|kunne|vil|ville|skal|får)\s+(?:man|vi|jeg|i|"
    r"kommunen|der)|er\s+det\s+(?:muligt|tilladt|ok|okay)|(?:could|can|may|would|will|might)\s+"
    r"(?:we|i|you|the\s+(?:municipality|council|city))|(?:is|would)\s+it\s+(?:be\s+)?"
    r"(?:possible|allowed|ok|okay))(?![a-z])"
)
_SPEC_RE = _rx(
    r"(?<![a-z])(?:skal|skulle|should|must|shall|will\s+be|vil\s+være|bliver|"
    r"består\s+af|consists?\s+of|involves?|indebærer)(?![a-z])"
)
_FIRST_PERSON_RE = _rx(
    r"(?<![a-z])(?:jeg|vi|vores|min|mit|mine|we|our|my|us|os)(?![a-z'])"
    r"|(?<![a-z])i\s+(?:'m|'d|'ll|'ve|am|have|will|want|would|think|hope|can|could)(?![a-z])"
)
_GREETING_RE = _rx(
    r"(?:hej(?:\s+hej)?|hejsa|halløj|hallo|davs|dav|goddag|god\s+(?:morgen|dag|aften)|"
    r"godmorgen|godaften|kære|hi+|hel+o+|he+y+|hej+|hiya|yo+|dear|good\s+(?:morning|afternoon|evening)|"
    r"greetings|tak|mange\s+tak|tusind\s+tak|på\s+forhånd\s+tak|tak\s+for\s+(?:nu|det|"
    r"hjælpen|jeres\s+tid|at\s+lytte|læsningen)|thanks|thank\s+you|thanks\s+in\s+advance|"
    # A phone's courtesies, alone at the end: "pls", "plz", "thx", "tak tak".
    r"pls|plz|please|pretty\s+please|thx|tnx|ty|" + _SIGN_OFF + r"|best|"
    # A letter's forms: "Til rette vedkommende", "Dear Sir or Madam".
    r"til\s+rette\s+vedkommende|to\s+whom\s+it\s+may\s+concern|respectfully|"
    # "Til Gentofte Kommune", over a letter.
    r"til(?=\s+(?:gentofte\s+)?kommunen?(?![a-z])))(?![a-z])"
)
# "I hope this message finds you well", "Jeg håber, I har det godt": a letter's courtesy.
_COURTESY_RE = _rx(
    r"(?:i\s+hope\s+(?:this|my)\s+(?:message|e-?mail|letter|note)\s+finds\s+you\s+(?:well|"
    r"all\s+well)|i\s+hope\s+you\s+(?:are|'re)\s+(?:well|doing\s+well)|jeg\s+håber,?\s+"
    r"(?:i|du|alt)\s+(?:har\s+det\s+godt|står\s+vel\s+til|er\s+vel))"
)
_GREETING_REST_OK = {
    fold_plain(w)
    for w in (
        "gentofte kommune kommunen municipality council samskab bot alle der med jer you all "
        "there team everyone sir or madam "
        "venner og for på forhånd så meget in advance again igen much so a lot lot hej hi hey "
        "hello yo there"
    ).split()
}
_LEADING_FILLER_RE = _rx(
    r"(?:(?:hej+(?:\s+hej+)?|hejsa|hel+o+|hi+|he+y+|yo+|halløj|dav|goddag|well|so(?=\s*,|\s+(?:i|we)\s)|"
    r"øh|øhm|hmm|okay|ok|altså|nå|"
    r"nåh|og|and|men|but|samt|plus|også|desuden|derudover|further|furthermore|also|"
    r"additionally|then)(?![a-z'’])[\s,!.:;\-]*)+"
)
_TRAILING_THANKS_RE = _rx(
    r"(?<![\s,.!])(?:[\s,.!]+(?:tak|mange\s+tak|tusind\s+tak|på\s+forhånd\s+tak|please|thanks|"
    r"thank\s+you|thanks\s+in\s+advance))+[\s.!]*$"
)
_LABELS: dict[str, tuple[str, ...]] = {
    "what": (
        "hvad",
        "idé",
        "ide",
        "idéen",
        "ideen",
        "forslag",
        "mit forslag",
        "vores forslag",
        # "We propose:" over a numbered list.
        "vi foreslår",
        "jeg foreslår",
        "we propose",
        "i propose",
        "we suggest",
        "i suggest",
        "min idé",
        "vores idé",
        # "Så tænkte jeg: en strikkeklub hver tirsdag", "so I thought: a running club"
        "så tænkte jeg",
        "tænkte jeg",
        "jeg tænkte",
        "så jeg tænkte",
        "so i thought",
        "i thought",
        # "så mit ønske: et handicapvenligt toilet ved Bellevue"
        "mit ønske",
        "vores ønske",
        "ønske",
        "ønsket",
        # "Jeg har også en anden idé: en skøjtebane …", told after one was sent.
        "en anden idé",
        "min anden idé",
        "jeg har en anden idé",
        "jeg har også en anden idé",
        "en ny idé",
        "ny idé",
        "another idea",
        "one more idea",
        "i have another idea",
        "i also have another idea",
        "initiativ",
        "beskrivelse",
        "titel",
        "indhold",
        "aktivitet",
        "what",
        "idea",
        "the idea",
        "my idea",
        "our idea",
        "proposal",
        "suggestion",
        "description",
        "title",
        "my wish",
        "our wish",
        "wish",
        "content",
        "activity",
    ),
    "why": (
        "hvorfor",
        "formål",
        "baggrund",
        "begrundelse",
        "hvorfor det er vigtigt",
        "why",
        "reason",
        "purpose",
        "why it matters",
        "background",
    ),
    "who_benefits": (
        "for",
        "for hvem",
        "hvem",
        "målgruppe",
        "who",
        "for whom",
        "for who",
        "target group",
        "audience",
        "who benefits",
        "hvem får glæde af det",
        "hvem er det for",
        "hvem gavner det",
        "who it's for",
        "who is it for",
    ),
    "where": ("hvor", "sted", "adresse", "placering", "where", "place", "location", "address"),
    "when": (
        "hvornår",
        "tid",
        "tidspunkt",
        "dato",
        "tidsplan",
        "periode",
        "opstart",
        "when",
        "date",
        "time",
        "timeline",
        "timing",
        "schedule",
    ),
    "brings": (
        "vi bidrager med",
        "vi kan bidrage med",
        "jeg bidrager med",
        "jeg kan bidrage med",
        "det bidrager jeg med",
        "det bidrager vi med",
        "i bring",
        "i can bring",
        "vi bringer",
        "vi stiller med",
        "bidrag",
        "we bring",
        "we can bring",
        "we offer",
        "we provide",
        "we contribute",
        "contribution",
        # "Hvad vi selv gør: ...", "What we'll do: ...": a heading that asks the question.
        "hvad vi selv gør",
        "hvad vi gør",
        "hvad vi kan",
        "hvad vi selv kan",
        "hvad vi bidrager med",
        "hvad jeg kan",
        "hvad jeg selv kan",
        "hvad jeg bidrager med",
        "det gør vi selv",
        "det kan vi",
        "vores bidrag",
        "mit bidrag",
        "what we do",
        "what we'll do",
        "what we can do",
        "what we bring",
        "what i can do",
        "what i bring",
        "our part",
        "our contribution",
        "my contribution",
        # "Vi har: en mobil saunavogn", "We have: a trailer"
        "vi har",
        "vi har allerede",
        "jeg har",
        "we have",
        "we've got",
        "i have",
        "ressourcer",
        "resources",
    ),
    "help_wanted": (
        "vi har brug for",
        "vi mangler",
        "behov",
        "hjælp",
        "ønsker",
        "vi ønsker",
        "we need",
        "need",
        "needs",
        "help needed",
        "help wanted",
        "help",
        "hvad vi har brug for",
        "hvad jeg har brug for",
        "hvad vi mangler",
        "hvad vi ønsker",
        "det har vi brug for",
        "hjælp fra kommunen",
        "ønsker til kommunen",
        "ønske til kommunen",
        "what we need",
        "what i need",
        "what we ask for",
        "help from the municipality",
        "help from the council",
        "our ask",
        "budget",
        "økonomi",
        "finansiering",
        "funding",
    ),
    "partners": ("partnere", "samarbejdspartnere", "partners", "partner"),
    "contact": (
        "kontakt",
        "kontaktoplysninger",
        "kontaktperson",
        "telefon",
        "tlf",
        "mail",
        "e-mail",
        "contact",
        "contact details",
        "contact person",
        "phone",
        "email",
    ),
}
_LABEL_FIELDS = {
    " ".join(fold_plain(label).split()): name
    for name, labels in _LABELS.items()
    for label in labels
}
# Every label, longest first, spaces as any run of white space.
_LABEL_ALT = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_LABEL_FIELDS, key=len, reverse=True)
)
_LABEL_LINE_RE = re.compile(
    r"(?m)^[ \t*_>#•·-]{0,6}(?P<label>"
    + _LABEL_ALT
    # "Hvor: ...", and "Hvor - ..." with a dash between spaces.
    + r")(?:[ \t*_]{0,4}:|[ \t]+[-–—][ \t]+)[ \t*_]*(?P<value>[^\n]{1,2000})"
)
# "## Hvorfor" on a line of its own: a heading, whose lines below (to the next heading) are
# its value.
_LABEL_HEADING_RE = re.compile(
    r"(?m)^[ \t]*#{1,4}[ \t]*(?P<label>"
    + _LABEL_ALT
    + r")[ \t*_:]*\n(?P<value>(?:(?![ \t]*#)[^\n]*(?:\n|\Z)){1,40})"
)
# "Min idé:\n- shelterplads ved Ermelunden\n- til spejderne …": a label ending its line, over
# a list, labels the list's first line (the others tell their own parts).
_LABEL_OVER_LIST_RE = re.compile(
    r"(?m)^[ \t*_>#•·-]{0,6}(?P<label>"
    + _LABEL_ALT
    # (A numbered line's "1." is read as spaces.)
    + r")[ \t*_]*:[ \t*_]*\n[ \t]*(?:[-*•·]+|\d{1,2}[.)]|(?<=\n[ \t][ \t]))[ \t]+"
    r"(?P<value>[^\n]{1,300})"
)
# "... in the same boat. Idea: a gear swap.", "Hey 👋 idé: en gågruppe": a label opening a
# sentence in running text labels that sentence.
_LABEL_AT_RE = re.compile(
    # "så mit ønske: et handicaptoilet", "so my idea: ...": the label after a little lead.
    r"(?:(?:så|saa|so|og|and|men|but|altså|altsaa|anyway)[ \t,]+)?"
    r"(?P<label>" + _LABEL_ALT + r")[ \t*_]{0,4}:[ \t*_]*(?P<value>[^\n]{1,2000})"
)
# A label and its colon right after a full stop: "... kr. Kontaktperson: ...".
_LABEL_AFTER_RE = re.compile(r"\s+(?:" + _LABEL_ALT + r")[ \t*_]{0,4}:")
# "1. juni til ...": a day of the month, not a numbered line.
_DATE_AFTER_RE = _rx(rf"{_MONTH}|{_WEEKDAY}|weekend|{_HOLIDAY}")
_BULLET_RE = re.compile(r"(?:[-*•·>]+|\d{1,2}[.)])\s+")

# Words that carry no idea content; a "what" made only of these is vague.
_FRAME_WORDS = {
    fold_plain(w)
    for w in (
        "jeg vi har en et ide idé idéen ideen idee forslag forslaget initiativ initiativet vil "
        "gerne godt lave gøre noget sjovt sjov nyt ny lille stort stor for til med om det der "
        "klasse klassen elever eleverne pupils på "
        "frivilligt frivillig frivilligprojekt volunteer voluntary volunteering "
        "som at man kunne kan skal i hej the a an we have has had idea suggestion would like "
        "to do make something fun new nice some kind of thing things initiative project "
        "projekt aktivitet aktiviteter activity activities event events arrangement "
        "arrangementer hello hi hey starte start want wants good great cool fedt spændende "
        "exciting interessant interesting kommunen municipality jer you dig eller andet stuff "
        "ting slags sort my min mit vores our is er it this dette denne here her og and lidt "
        "little bit maybe måske også also just bare rigtig really very meget mere more "
        "ville could should skulle gøre doing share dele komme frem op up about omkring "
        "tænkt thought think tænker got fået kom came wanted ønsker ønske wish hope håber "
        "sammen together people folk alle everyone all everybody andre others børn children "
        "kids unge ældre young old være be been being blive ja jo nej altså nå nåh ok okay "
        "yes yeah well so hmm øh øhm tænker tænkte thinking kvarteret neighbourhood "
        "starter begynder starts begin begins mødes meet meets ses "
        "neighborhood området area vejen street byen town quick small short kort hurtig "
        "random crazy wild simple enkel question spørgsmål lige hurtigt "
        # "helst næste sommer", "preferably in May": how much they want it, not what.
        "helst ideelt preferably ideally "
        # "Jeg har også en anden idé", "I have another idea": the next one, not yet told.
        "anden another endnu "
        # "Vi forestiller os hver torsdag på biblioteket": the plan's time and place, framed.
        "forestiller os mig imagine imagining picture envision "
        # "teens obv", "børnene selvfølgelig": said as a matter of course.
        "obv obvs obviously ofc selvfølgelig selvf naturligvis oh åh "
        # "quick one", "one idea", "so basically": a preface to the idea, not the idea.
        "one basically så "
        # "jeg håber det er her man skriver", "hope this is the right place to write".
        "skriver skrive write writing rigtige right correct sted stedet place this "
        "goddag godaften godmorgen dav hejsa "
        # "på plænen ved Gentofte Sø fx": hedges around what is told.
        "fx feks eksempel eksempelvis evt eventuelt perhaps possibly instance example eg"
    ).split()
}
# "ok so halloween", "så jul": an occasion or season named is the topic, not yet the idea.
_OCCASION_WORDS = {
    fold_plain(w)
    for w in (
        "halloween jul julen christmas xmas påske påsken easter fastelavn sankthans midsummer "
        "nytår nytåret sommer sommeren summer vinter vinteren winter forår foråret spring "
        "efterår efteråret autumn fall weekend weekenden"
    ).split()
}
_HELP_FRAME = {
    fold_plain(w)
    for w in (
        "vi jeg har brug for hjælp help we need some lidt noget something kommunen "
        "municipality fra from af the a en et støtte support og and også also gerne would "
        "like meget much lot of a i need needs til with med jeres your"
    ).split()
}
# Beneficiaries this broad tell the municipality nothing yet.
_WHO_FRAME = {
    fold_plain(w)
    for w in (
        "for til the neighbourhood neighborhood kvarteret området byen alle everyone everybody "
        "all people folk hele whole community lokalsamfundet area local lokale vores our "
        "borgerne citizens mennesker os us er are is welcome velkomne velkommen"
    ).split()
}
# A "brings" made only of these names the people, not what they bring.
_BRINGS_FRAME = {
    fold_plain(w)
    for w in (
        "so me and my our friends friend mates buddies we i re m ve are am us of a group bunch "
        "few couple some os mig og jeg vi er mine min mit vores venner vennerne kammerater "
        "nogle en et par flok gruppe af both begge også also too there here her"
    ).split()
}
_IDEA_WORD_RE = _rx(
    r"(?<![a-z])(?:noget|something|id[eé]|idea|forslag|suggestion|initiativ|initiative|"
    r"projekt|project|aktivitet|activity|arrangement|event|tiltag)(?![a-z])"
)
_TOKEN_RE = re.compile(r"\w+(?:['\-]\w+)*")
_SKIP_ANSWER_RE = _rx(
    r"^(?:ved\s+ikke|det\s+ved\s+jeg\s+ikke|aner\s+det\s+ikke|ingen\s+anelse|spring\s+over|"
    r"ikke\s+endnu|nej\s+ikke\s+endnu|(?:i\s+)?(?:don'?t|do\s+not)\s+know|dunno|idk|skip|"
    r"not\s+sure|ved\s+ikke\s+helt|spring\s+det\s+over|skip\s+this|nej|no|nope|"
    r"ikke\s+sikker|pass|none|n/a|na|-+|\.+|\?+|nothing|not\s+yet|no\s+idea|ingen|intet|"
    r"ikke\s+noget)[\s.!]*$"
)


# --------------------------------------------------------------------------- #
# Document model


@dataclass
class _Clause:
    start: int
    end: int
    sentence: int
    label: str | None = None
    strong: bool = False
    span_only: bool = False
    also_what: bool = False
    # "Så min idé er ...": the person said these words are the idea.
    declared: bool = False


# Negations written without their letters: "ikk", "ik" ("kan i ikk sætte lys op"), "dont",
# "cant", "isnt" ("the kids cant play there").
_SLANG_NOT_RE = re.compile(
    # "im a personal trainer": "i'm".
    r"(?<![\w'])i(?=m(?![\w']))|"
    r"(?<![\w'])(?:ikk?(?![\w'])|(?:do|does|did|is|are|was|were|have|has|had|ca|wo|could|would|"
    r"should)n(?=t(?![\w'])))"
)


def _unslang(folded: Folded) -> Folded:
    """Read "ikk" as "ikke" and "dont" as "don't" for matching; the values keep the words."""
    text = folded.text
    if "ik" not in text and "nt" not in text and "im" not in text:
        return folded
    cuts = [m.end() for m in _SLANG_NOT_RE.finditer(text)]
    if not cuts:
        return folded
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    prev = 0
    for pos in cuts:
        pieces.append(text[prev:pos])
        starts.extend(folded.starts[prev:pos])
        ends.extend(folded.ends[prev:pos])
        # The added letters stand where the written ones end.
        missing = (
            " '"
            if text[pos - 1] == "i"
            else "'"
            if text[pos - 1] == "n"
            else "e"
            if text[pos - 2 : pos] == "kk"
            else "ke"
        )
        pieces.append(missing)
        at = folded.ends[pos - 1]
        starts.extend([at] * len(missing))
        ends.extend([at] * len(missing))
        prev = pos
    pieces.append(text[prev:])
    starts.extend(folded.starts[prev:])
    ends.extend(folded.ends[prev:])
    return Folded(folded.original, "".join(pieces), tuple(starts), tuple(ends))


# "en koncert, ikke i Hellerup men i Ordrup", "not in June but in September": the place or
# time taken back is nobody's answer, so it is left out like markup (the words stay in the
# message kept whole).
_RULED_OUT_PLACE_RE = _rx(
    r"(?<![a-z])(?:ikke|not)\s+(?:(?:være|be)\s+)?(?:(?:i|på|ved|til|om|in|at|on|near|by)\s+)"
    r"[^,.;:!?\n]{1,40}?\s*,?\s+(?:men|but)\s+(?:(?:det\s+skal\s+være|it\s+should\s+be)\s+)?"
    r"(?=(?:i|på|ved|til|om|in|at|on|near|by)\s)"
)


def _ruled_out_spans(text: str) -> list[Span]:
    return [m.span() for m in _RULED_OUT_PLACE_RE.finditer(text)]


_BUT_FRAGMENT_RE = _rx(
    r"(?:men|but)\s+(?:(?:også|kun|gerne|also|only|rather)\s+)?(?:med|i|på|om|til|for|af|"
    r"with|in|on|at|by|of)\s"
)
_NEGATION_RE = _rx(r"(?<![a-z])(?:ikke|ik|ikk|aldrig|not|never|cannot|can't|cant|won't)(?![a-z])")
# A subject and its verb in the middle of unpunctuated text, not after a word that
# introduces a clause ("fordi mange sidder", "at vi kan", "og jeg kan" are cut elsewhere).
_RUN_ON_CUT_RE = _rx(
    r"(?<!\bat)(?<!\bsom)(?<!\bder)(?<!\bhvis)(?<!\bfordi)(?<!\bnår)(?<!\bså)(?<!\bog)"
    r"(?<!\bmen)(?<!\beller)(?<!\bhvor)(?<!\bhvad)(?<!\bom)(?<!\bend)(?<!\bda)(?<!\bmens)"
    r"(?<!\bselvom)(?<!\bthat)(?<!\bif)(?<!\band)(?<!\bbut)(?<!\bor)(?<!\bbecause)(?<!\bso)"
    r"(?<!\bwhen)(?<!\bwhere)(?<!\bwho)(?<!\bsynes)(?<!\btror)(?<!\bhåber)(?<!\bthink)"
    r"(?<!\bhope)\s+(?=(?:(?:og|and)\s+)?(?:jeg|vi|det|kommunen|man|de|i|we|it|there|the\s+council|"
    r"the\s+municipality)\s+(?:kan|kunne|vil|ville|har|havde|er|var|skal|skulle|synes|tror|"
    r"håber|mangler|savner|må|bør|can|could|will|would|have|has|am|are|is|was|think|hope|need|"
    r"should|'m|'re|'s)(?![a-zæøå]))"
)


def _is_run_on(piece: str) -> bool:
    """Tell whether a sentence is long and written without any punctuation inside."""
    return len(piece.split()) >= 22 and not re.search(r"[,;:.!?()–]", piece.rstrip(" .!?"))


def _is_shouting(text: str) -> bool:
    """Tell whether a message is written in capitals throughout (and lower case keeps its
    length, so positions still match)."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 20 or len(text.lower()) != len(text):
        return False
    return sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


_ENTITY_RE = re.compile(r"&[a-z]{2,8};|&#\d{1,6};")
_EMPHASIS_RE = re.compile(
    r"(?<![^\W_])(?<![*_~])[*_~]{1,2}(?=[^\W_])|(?<=[^\W_]|[.:!?,)])[*_~]{1,2}(?![^\W_]|[*_~])"
)


# "… - hvorfor: mange bor alene - hvem: …": labelled parts listed on one line with dashes.
_DASHED_LABEL_RE = re.compile(r"\s[-–—•]\s*(?=(?:" + _LABEL_ALT + r")[ \t]*:)")


_LIST_ITEM_RE = re.compile(r"(?m)^[ \t]*(?:\(?\d{1,2}[.)]|[-•*–])[ \t]+(?=\S)")
# "Mit forslag til Gentofte Sø:", "Our ideas:": a line that opens a list of ideas.
_IDEAS_LEAD_RE = _rx(
    r"(?:forslag|idé|ideer|idéer|ønske|ønsker|suggestions?|ideas?|proposals?|wishes|"
    r"kunne\s+(?:være|vaere)|would\s+be)[^\n]{0,60}:\s*$"
)


def _list_of_ideas(doc: _Doc) -> None:
    """ "Mit forslag til Gentofte Sø:\n1. flere bænke langs stien\n2. bedre belysning …":
    the things listed after an idea's lead (or after a first item read as the idea) are all
    the idea, not reasons or help."""
    starts = [m.end() for m in _LIST_ITEM_RE.finditer(doc.raw)]
    if len(starts) < 2:
        return
    items = [c for c in doc.clauses if c.start in starts]
    if len(items) < 2:
        return
    line_start = doc.raw.rfind("\n", 0, starts[0])
    lead_line = doc.raw[: max(line_start, 0)].rstrip().rsplit("\n", 1)[-1]
    led = _IDEAS_LEAD_RE.search(lead_line) is not None
    if not led and (items[0].label != "what" or len(items) < 3):
        return
    for c in items:
        words = doc.text[c.start : c.end]
        if (
            c.label in (None, "why", "help_wanted")
            and (led or not c.strong)
            and len(words.split()) <= 10
            and not _PROBLEM_RE.search(words)
            and not _FINITE_VERB_RE.search(words)
        ):
            c.label = "what"


_LIST_NUMBER_RE = re.compile(r"(?m)^[ \t]*(\(?\d{1,2}[.)])(?=[ \t]+\S)")


class _Doc:
    """A folded, masked, segmented view of one message."""

    def __init__(self, text: str) -> None:
        # "JEG SYNES DER SKAL VÆRE FLERE BÆNKE": capitals everywhere tell no names, so the
        # text is read in lower case; the words given back are still the person's own.
        self.source = text
        self.folded: Folded = _unslang(fold(text.lower() if _is_shouting(text) else text))
        self.raw = self.folded.text
        self.emails = [(m.start(), m.end()) for m in _EMAIL_RE.finditer(self.raw)]
        self.hard = _merge_spans(
            [*self._hard_spans(self.raw), *_ruled_out_spans(self.raw)], self.raw
        )
        soft = [
            (m.start(), m.end())
            for m in re.finditer(r"(?:https?://|www\.)[^\s<>\"|]{1,2000}", self.raw)
        ]
        # "*Hvad:* et *loppemarked*", "_vigtigt_": chat emphasis marks, read past like spaces
        # but kept in the words given back.
        soft += [(m.start(), m.end()) for m in _EMPHASIS_RE.finditer(self.raw)]
        # "1. Formål: …\n2. Sted: …": a list's numbers, read past (two at least: "1. maj"
        # opening a message is a date).
        numbers = [(m.start(1), m.end(1)) for m in _LIST_NUMBER_RE.finditer(self.raw)]
        if len(numbers) >= 2:
            soft += numbers
        self.text = self._mask(self.raw, self.hard + soft + self.emails)
        self.tokens = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(self.text)]
        self.token_ends = [b for _, b in self.tokens]
        self.sentences = self._sentences()
        self.sentence_starts = [a for a, _ in self.sentences]
        self.clauses = self._clauses()
        self.starts = {a for a, _ in self.sentences} | {c.start for c in self.clauses}
        self.clause_starts = [c.start for c in self.clauses]
        self.extra_what: list[Span] = []
        # True when no sentence cues the idea and "what" is only the best guess.
        self.guessed_what = False
        # Fields told only inside the problem or the person's habits (their question is plain).
        self.context_only: set[str] = set()
        # The idea was guessed from a sentence that tells only a problem.
        self.problem_as_idea = False
        # Clause starts whose field the person named with a label ("Hvor: ...").
        self.labelled: set[int] = set()

    # -- preparation ---------------------------------------------------------

    @staticmethod
    def _hard_spans(text: str) -> list[Span]:
        """Markup that is never part of anybody's words: scripts, tags, Slack tokens."""
        spans: list[Span] = []
        pos = 0
        while True:
            a = text.find("<script", pos)
            if a < 0:
                break
            b = text.find("</script", a)
            b = len(text) if b < 0 else (text.find(">", b) + 1 or len(text))
            spans.append((a, b))
            pos = b
        for m in re.finditer(r"<[^<>\n]{0,300}>", text):
            bar = text.find("|", m.start(), m.end())
            if bar > 0 and text[m.start() + 1 : m.start() + 2] in "h#@!mw" and bar < m.end() - 2:
                # "<https://…|Ordrup Krat>", "<#C999|naboskab>": the label is the person's
                # words; only the address around it is markup.
                spans.extend([(m.start(), bar + 1), (m.end() - 1, m.end())])
            else:
                spans.append((m.start(), m.end()))
        spans.extend((m.start(), m.end()) for m in _ENTITY_RE.finditer(text))
        return _merge_spans(spans, text)

    @staticmethod
    def _mask(text: str, spans: Sequence[Span]) -> str:
        if not spans:
            return text
        chars = list(text)
        for a, b in spans:
            for i in range(a, min(b, len(chars))):
                if chars[i] != "\n":
                    chars[i] = " "
        return "".join(chars)

    def _sentences(self) -> list[Span]:
        text = self.text
        out: list[Span] = []
        start = 0
        bounds = sorted(
            [*_SENT_BOUNDARY_RE.finditer(text), *_DASHED_LABEL_RE.finditer(text)],
            key=lambda m: m.start(),
        )
        for m in bounds:
            if m.group(0).startswith(".") and not self._is_period_boundary(m.start(), m.end()):
                continue
            after = _EXCLAIMED_RELATIVE_RE.match(text, m.end())
            if m.group(0).startswith("!") and after and not self.folded.is_upper_at(after.end()):
                # "En skrammellegeplads i Vangede!! hvor ungerne selv må bygge huler": the
                # idea goes on after the exclamation.
                continue
            if m.start() > start:
                out.append((start, m.end()))
            start = m.end()
        if start < len(text):
            out.append((start, len(text)))
        return [s for s in (self._strip(a, b) for a, b in out) if s[1] > s[0]]

    def _is_period_boundary(self, pos: int, end: int) -> bool:
        text = self.text
        if end - pos > 1:
            return True
        if _LABEL_AFTER_RE.match(text, end):
            # "50.000 kr. Kontaktperson: Lone Berg": a labelled part starts after it.
            return True
        j = pos
        while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "."):
            j -= 1
        word = text[j:pos]
        if word in _ABBREVIATIONS and _MEASURE_THEN_SUBJECT_RE.match(text, max(0, j - 6), end + 8):
            # "20 min. vi har et anlæg": a unit after a number, then a new subject.
            return True
        if word in _LIST_END_ABBREVIATIONS and _NEW_SENTENCE_RE.match(text, end):
            # "vi kan lave kaffe osv. kan kommunen ...": the list ends, a new sentence starts.
            return True
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            return False
        if word.isdigit() and len(word) <= 2:
            k = end
            while k < len(text) and text[k] == " ":
                k += 1
            nxt = text[k : k + 12]
            if _MONTH_RE.match(nxt) or nxt[:1].isdigit():
                return False
            if nxt[:1].isalpha() and not self.folded.is_upper_at(k):
                return False
        return True

    def _strip(self, a: int, b: int) -> Span:
        text = self.text
        while a < b and (text[a].isspace() or text[a] in ",;:-"):
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        return a, b

    def _clauses(self) -> list[_Clause]:
        out: list[_Clause] = []
        for idx, (a, b) in enumerate(self.sentences):
            piece = self.text[a:b]
            pos = 0
            cuts = list(_SPLIT_RE.finditer(piece))
            if _is_run_on(piece):
                # "… derhjemme jeg kan selv strikke …": with no punctuation at all, a new
                # subject and its verb start a new clause.
                cuts = sorted([*cuts, *_RUN_ON_CUT_RE.finditer(piece)], key=lambda m: m.start())
            for m in cuts:
                if m.start() < pos:
                    continue
                if m.start() > pos:
                    out.append(_Clause(a + pos, a + m.start(), idx))
                pos = m.end()
            if pos < len(piece):
                out.append(_Clause(a + pos, b, idx))
        result: list[_Clause] = []
        for c in out:
            s, e = self._strip(c.start, c.end)
            if e <= s:
                continue
            c.start, c.end = s, e
            prev = result[-1] if result else None
            if (
                prev is not None
                and prev.sentence == c.sentence
                and _BUT_FRAGMENT_RE.match(self.text, s, e)
                and _NEGATION_RE.search(self.text, prev.start, prev.end)
            ):
                # "Jeg kan ikke bidrage med penge, men med tid": "not this but that" is one
                # statement; "men med tid" alone says nothing.
                prev.end = e
                continue
            result.append(c)
        return result

    # -- output --------------------------------------------------------------

    def words_of(self, spans: Sequence[Span], keep_markup: bool = False) -> str:
        """Cut the original text for the given folded spans."""
        parts: list[str] = []
        gaps_in = self.raw if keep_markup else self.text
        for a, b in _merge_spans(spans, gaps_in, _loose_gap):
            pieces = [(a, b)] if keep_markup else self._without_markup(a, b)
            if not pieces:
                continue
            # Markup cut out of one stretch of words leaves them one part: "ved
            # <https://…|Ordrup Krat>" is "ved Ordrup Krat".
            ca, cb = self._clean_bounds(pieces[0][0], pieces[-1][1])
            if not keep_markup:
                pieces = self._without_markup(ca, cb)
            words = ""
            previous = None
            for pa, pb in pieces:
                w = self._source(max(pa, ca), min(pb, cb)).strip() if pb > ca and pa < cb else ""
                gap = self.raw[previous:pa].strip() if previous is not None else ""
                previous = pb
                if w and words and _ENTITY_RE.fullmatch(gap):
                    # "Tilladelse &amp; beholdere": an escaped character is a character.
                    words += " " + html.unescape(gap)
                if w:
                    # No space before closing punctuation or after an opening bracket.
                    glue = "" if not words or w[0] in ").,;:!?»" or words[-1] in "(«" else " "
                    words += glue + w
            if words and re.search(r"\w", words) and words not in parts:
                parts.append(words)
        return _JOIN.join(parts)

    def _source(self, a: int, b: int) -> str:
        oa, ob = self.folded.orig_span(a, b)
        return self.source[oa:ob]

    def _without_markup(self, a: int, b: int) -> list[Span]:
        pieces: list[Span] = []
        pos = a
        for ha, hb in self.hard:
            if hb <= pos or ha >= b:
                continue
            if ha > pos:
                pieces.append((pos, ha))
            pos = max(pos, hb)
        if pos < b:
            pieces.append((pos, b))
        return pieces

    def _clean(self, a: int, b: int) -> str:
        a, b = self._clean_bounds(a, b)
        if b <= a or not re.search(r"\w", self.raw[a:b]):
            return ""
        return self._source(a, b).strip()

    def _clean_bounds(self, a: int, b: int) -> Span:
        """text[a:b] without edge punctuation, fillers, a closing thanks or half a bracket."""
        text = self.raw
        # A few rounds suffice ("👋 Hej, og ..."); a fixed bound keeps odd input linear.
        for _ in range(3):
            for rx in (_LEADING_FILLER_RE, _BULLET_RE):
                m = rx.match(text, a, b)
                if m and m.end() < b and not _DATE_AFTER_RE.match(text, m.end(), b):
                    a = m.end()
            # Emoji, bullets and stray punctuation at the edges are not part of the words.
            while a < b and not (text[a].isalnum() or text[a] in '("«[+#@'):
                a += 1
            while b > a and not (text[b - 1].isalnum() or text[b - 1] in ')]%€$"»'):
                b -= 1
            b = _drop_trailing_thanks(text, a, b)
        if b < len(text) and text[b] == "." and _ABBREVIATION_END_RE.search(text, max(a, b - 4), b):
            # "outside vangede st.", "kager, kaffe osv.": the point belongs to the word.
            b += 1
        # Keep a closing bracket only when its opening one is kept too, and vice versa.
        if b > a and text[b - 1] == ")" and "(" not in text[a : b - 1]:
            b -= 1
        elif text.count("(", a, b) > text.count(")", a, b):
            # "(se <https://…|vores side>)": the link's end may stand before the bracket.
            close = text.find(")", b, b + 3)
            if close >= 0 and not text[b:close].strip(" \t>"):
                b = close + 1
        for mark in "*_~":
            # "et *loppemarked* på Ordrup Torv": emphasis stays whole, both marks or none.
            if text.count(mark, a, b) % 2:
                if b < len(text) and text[b] == mark:
                    b += 1
                elif a > 0 and text[a - 1] == mark:
                    a -= 1
        return a, b


_ABBREVIATION_END_RE = re.compile(r"(?<![^\W\d_])(?:st|St|ST|etc|osv|mv|m\.m)$")


def _drop_trailing_thanks(text: str, a: int, b: int) -> int:
    """Return a new end for text[a:b] without a closing "tak"/"thanks"."""
    start = max(a, b - 60)
    window = text[start:b]
    if "tak" not in window and "thank" not in window and "please" not in window:
        return b  # the pattern cannot match (most windows hold none of the words)
    polite = _TRAILING_THANKS_RE.search(text, start, b)
    if polite and polite.start() > a:
        return polite.start()
    return b


def _loose_gap(gap: str) -> bool:
    return not gap.strip(" \t\n,;:.!?-–()\"'")


def _merge_spans(
    spans: Iterable[Span], text: str, gap_ok: object = None, max_gap: int = 400
) -> list[Span]:
    """Sort spans and merge those that overlap or are separated only by an allowed gap."""
    ordered = sorted(s for s in spans if s[1] > s[0])
    out: list[Span] = []
    for a, b in ordered:
        if out:
            pa, pb = out[-1]
            if a <= pb:
                out[-1] = (pa, max(pb, b))
                continue
            gap = text[pb:a]
            if callable(gap_ok) and len(gap) <= max_gap and gap_ok(gap):
                out[-1] = (pa, b)
                continue
        out.append((a, b))
    return out


class _SpanSet:
    """Merged, sorted spans with logarithmic containment and overlap tests."""

    def __init__(self, spans: Iterable[Span]) -> None:
        merged = _merge_spans(spans, "")
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def contains(self, span: Span) -> bool:
        i = bisect_right(self.starts, span[0]) - 1
        return i >= 0 and span[1] <= self.ends[i]

    def overlaps(self, span: Span) -> bool:
        i = bisect_right(self.starts, span[1] - 1) - 1
        return i >= 0 and self.ends[i] > span[0]


def _as_set(spans: Iterable[Span] | _SpanSet) -> _SpanSet:
    return spans if isinstance(spans, _SpanSet) else _SpanSet(spans)


def _inside(span: Span, spans: Iterable[Span] | _SpanSet) -> bool:
    return _as_set(spans).contains(span)


def _overlaps(span: Span, spans: Iterable[Span] | _SpanSet) -> bool:
    return span[1] > span[0] and _as_set(spans).overlaps(span)


def _token_at_or_before(doc: _Doc, pos: int) -> str:
    text = doc.text
    j = pos
    while j > 0 and text[j - 1].isspace():
        j -= 1
    k = j
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "'-"):
        k -= 1
    return text[k:j]


# --------------------------------------------------------------------------- #
# Span extractors


def _name_before(doc: _Doc, start: int, at: int) -> int | None:
    """Where a name of one to three capitalised words starts, when nothing else stands
    between the start of the sentence and `at` but it (and a comma)."""
    gap = doc.text[start:at]
    if not re.fullmatch(r"\s*[a-zæøå'-]+(?:\s+[a-zæøå'-]+){0,2}\s*[,–-]?\s*", gap):
        return None
    tokens = [m for m in _TOKEN_RE.finditer(doc.text, start, at)]
    if not tokens or not all(doc.folded.is_upper_at(m.start()) for m in tokens):
        return None
    if _NAME_LEAD_RE.match(doc.text, tokens[0].start()):
        # "Mvh Jens Hansen, 12345678": the sign-off is read on its own.
        return None
    return tokens[0].start()


def _find_contact(doc: _Doc) -> list[Span]:
    text = doc.text
    cores = list(doc.emails)
    cores += [(m.start(), m.end()) for m in _PHONE_RE.finditer(text)]
    out: list[Span] = []
    for a, b in cores:
        i = bisect_right(doc.sentence_starts, a) - 1
        window_start = max(0, a - 60, doc.sentence_starts[i] if i >= 0 else 0)
        lead = _CONTACT_LEAD_RE.search(text, window_start, a)
        # "You can reach me at 20 30 40 50, Peter.": the name signed after the details.
        signed = _NAME_AFTER_DETAILS_RE.match(text, b)
        if signed is not None and all(
            doc.folded.is_upper_at(signed.start(g)) and signed.group(g) not in _NOT_NAMES
            for g in (1, 2)
            if signed.group(g)
        ):
            b = signed.end(2) if signed.group(2) else signed.end(1)
        if lead and lead.end() >= a - 1:
            out.append((lead.start(), b))
        elif (name := _name_before(doc, window_start, a)) is not None:
            # "Mette Hansen, 22334455, mette@example.dk": the name the details belong to.
            out.append((name, b))
        else:
            out.append((a, b))
    for m in _NAME_LEAD_RE.finditer(text):
        intro = " ".join(m.group(0).strip(" ,:-").split()) in _NAME_INTRO
        if not intro:
            # A sign-off must start its own line or sentence.
            before = text[max(0, m.start() - 3) : m.start()]
            if m.start() > 0 and not re.search(r"[\n.!,]\s*$", before):
                continue
        pos = m.end()
        end = pos
        count = 0
        for tok_m in _TOKEN_RE.finditer(text, pos, min(len(text), pos + 80)):
            gap = text[end : tok_m.start()]
            if count and (gap.strip() not in ("", "-") or "\n" in gap):
                break
            if not count and "\n\n" in text[pos : tok_m.start()]:
                break
            tok = tok_m.group(0)
            upper = doc.folded.is_upper_at(tok_m.start())
            if not (upper or (intro and tok not in _PARTNER_STOP and not tok.isdigit())):
                break
            if tok in ("og", "and", "fra", "from", "i", "in", "paa", "på"):
                break
            end = tok_m.end()
            count += 1
            if count >= 3:
                break
        if count:
            out.append((m.start(), end) if intro else (pos, end))
    for m in _SELF_NAME_RE.finditer(text):
        # "Hi, I'm Emma." - a capitalised name closing the phrase, nothing else.
        names = list(_TOKEN_RE.finditer(text, m.end(), min(len(text), m.end() + 40)))[:3]
        end = m.end()
        for tm in names[:2]:
            if text[end : tm.start()].strip() or not doc.folded.is_upper_at(tm.start()):
                break
            if tm.group(0) in _NOT_NAMES or tm.group(0).endswith(("ish", "ian", "ese", "sk")):
                break
            end = tm.end()
        if end > m.end() and _NAME_END_RE.match(text, end):
            out.append((m.start(), end))
    for m in _SLASH_NAME_RE.finditer(text):
        signed = _TOKEN_RE.match(text, m.end())
        if signed and doc.folded.is_upper_at(signed.start()):
            out.append((signed.start(), signed.end()))
    # Gaps are judged on the unmasked text: "a@b.dk|a@b.dk" are two mentions, not one.
    return _merge_spans(out, doc.raw, lambda g: g.strip() in ("", ",", "/", "eller", "or", "og"))


_NAME_AFTER_DETAILS_RE = _rx(
    r"[ \t]*,[ \t]*([a-zæøå][a-zæøå-]+)(?:[ \t]+([a-zæøå][a-zæøå-]+))?[ \t]*[.!]?[ \t]*(?=\n|$)"
)
_DURATION_AFTER_RE = _rx(
    r"(?:(?<=snart)|(?<=nearly)|(?<=almost))\s+(?:\d+|et|en|to|tre|fire|fem|seks|syv|otte|ni|ti|tyve|"
    r"halvandet|a|one|two|three|four|five|six|ten|twenty)\s+(?:år|måneder|måned|uger|uge|dage|"
    r"years?|months?|weeks?|days?)(?![a-zæøå])"
)


def _find_when(doc: _Doc) -> list[Span]:
    text = doc.text
    spans: list[Span] = []
    for m in _WHEN_RE.finditer(text):
        a, b = m.start(), m.end()
        s = m.group(0)
        dm = _DATE_NUM_RE.search(s)
        if (
            dm
            and ("/" in s or re.search(r"\d[.\-]\d", s))
            and not re.search(r"kl|:|am|pm|uge|week", s)
            and not _is_clock_time(dm)
        ):
            day, month = int(dm.group(1)), int(dm.group(2))
            if not (1 <= day <= 31 and 1 <= month <= 12) and not (
                # "søndage 10-16", "hver lørdag 14-17": hours after a day, not a date.
                day < month <= 24 and _DAY_BEFORE_HOURS_RE.search(s, 0, dm.start())
            ):
                continue
        may = re.search(r"(?<![a-z])may(?![a-z])", s)
        if may and not doc.folded.is_upper_at(a + may.start()):
            # "we may 3D print": the English modal verb, not the month.
            continue
        if _DURATION_AFTER_RE.match(text, b):
            # "jeg har boet her i snart fire år": how long, not when.
            continue
        if (
            s.startswith("alle ")
            and doc.folded.is_upper_at(a)
            and text[:a].rstrip()
            and text[:a].rstrip()[-1] not in ".!?:\n"
        ):
            # "på Duntzfelts Allé lørdag den 14. juni": the street's "Allé", not "alle".
            a += len("alle ")
        year = _YEAR_ONLY_RE.fullmatch(s)
        if year and int(year.group(1)) < date.today().year:
            # "sidst var i 2019": a year gone by is history, not a plan.
            continue
        if _MOVED_BEFORE_RE.search(text, max(0, a - 60), a):
            # "We moved to Charlottenlund in August": when they came, not when the idea is.
            continue
        more = _YEAR_AFTER_RE.match(text, b)
        if more:
            b = more.end()
        while b > a and text[b - 1] in " .,":
            b -= 1
        # "start this spring", "ready by May", "a monthly evening": keep the qualifier.
        lead = _WHEN_LEAD_RE.search(text, max(0, a - 30), a)
        if lead and (
            lead.group("ready") or lead.group("from") or not _WHEN_PREP_START_RE.match(text, a)
        ):
            a = lead.start()
        tail = _WHEN_TAIL_RE.match(text, b)
        if tail and text[a:b].endswith(("ly", "ig", "ige")):
            b = tail.end()
        spans.append((a, b))
    for m in _BECOMES_MONTH_RE.finditer(text):
        # "det bliver nok november", "it'll be October": the month named on its own.
        if m.group("month") != "may" or doc.folded.is_upper_at(m.start("month")):
            spans.append(m.span("month"))
    return _merge_spans(spans, text, lambda g: bool(_WHEN_GAP_RE.match(g)), max_gap=30)


_BECOMES_MONTH_RE = _rx(
    r"(?<![a-z])(?:bliver|blir|becomes|be|er|is|'s)\s+(?:(?:nok|probably|maybe|måske|hellere|"
    rf"rather|snarere|først|først\s+i|not\s+until)\s+)?(?P<month>{_MONTH_FULL})"
)
_DAY_BEFORE_HOURS_RE = _rx(rf"{_WEEKDAY}\s*(?:fra\s+|from\s+)?$")


def _plan_times(doc: _Doc, times: list[Span]) -> list[Span]:
    """The times of the plan, when it has its own: "Vi forestiller os, at det kan ske i
    løbet af efteråret 2027" leaves out "i marts" (when a meeting decided) and "i efteråret"
    (when there was a break-in): times told in the past."""

    def clause_of(span: Span) -> _Clause | None:
        return next((c for c in doc.clauses if c.start <= span[0] < c.end), None)

    def background(span: Span) -> bool:
        c = clause_of(span)
        if c is None:
            return False
        # "… hvis det var hver lørdag", "if it was every Tuesday": a wish, not the past.
        return bool(_PAST_RE.search(doc.text, c.start, c.end)) and not _IF_RE.search(
            doc.text, c.start, c.end
        )

    told = [s for s in times if not background(s)]
    if not told or len(told) == len(times):
        # Only background times are left as they are (the corpora's writers file them as
        # when, and the question asks which is meant).
        return times
    return told


_IF_RE = _rx(r"(?<![a-zæøå])(?:hvis|if|som\s+om|as\s+if|ville|would)(?![a-zæøå])")
# A clause told in the past: "blev det besluttet i marts", "there was a break-in in autumn".
_PAST_RE = _rx(
    r"(?<![a-zæøå])(?:blev|var|har\s+(?:\w+\s+)?været|havde|har\s+(?:\w+\s+)?haft|skete|fik|was|"
    r"were|had|happened|has\s+(?:\w+\s+)?been|have\s+(?:\w+\s+)?been)(?![a-zæøå])"
    # "we were thinking friday evenings", "vi havde tænkt os": a plan told politely.
    r"(?!\s+(?:\w+\s+)?(?:thinking|wondering|hoping|planning|tænkt|håbet|planlagt))"
)


_MOVED_BEFORE_RE = _rx(
    r"(?<![a-z])(?:moved|flyttede|flyttet|arrived|ankom|came\s+here|came\s+to|kom\s+hertil|"
    r"kom\s+til\s+danmark|came\s+to\s+denmark)(?:\s+[^\s.!?;]+){0,5}\s+$"
)


# "…i Vangede!! hvor ungerne …": a relative clause in lower case goes on after "!".
_EXCLAIMED_RELATIVE_RE = re.compile(r"\s*(?=(?:hvor|hvilket|where|which)\s)")


def _is_clock_time(m: re.Match[str]) -> bool:
    """ "9.30" in "Wednesday mornings 9.30-11.30" is a time of day, not the 9th of month 30."""
    hour, minutes = m.group(1), m.group(2)
    return "." in m.group(0) and len(minutes) == 2 and int(hour) <= 23 and 12 < int(minutes) < 60


_WHEN_PREP_START_RE = _rx(
    r"(?:fra|from|i|in|til|by|inden|før|before|efter|after|om|on|at|kl|med|with|until|indtil)"
    r"(?![a-z])"
)
_WHEN_LEAD_RE = _rx(
    # "starting in February", "fra og med marts": from when, with its preposition.
    r"(?<![a-z])(?:(?P<from>starting|beginning|commencing|startende|fra\s+og\s+med)|"
    r"(?:start|starte|begin|begynde|launch|kick\s+off|gå\s+i\s+gang|"
    r"komme\s+i\s+gang|en\s+gang|once)|(?P<ready>ready|klar|færdig|finished|done)(?:\s+(?:by|in|for|til|inden|"
    r"før|before|i))?)\s+$"
)
_WHEN_TAIL_RE = _rx(
    r"\s+(?:evenings?|mornings?|afternoons?|nights?|meetings?|"
    r"aftener|aften|formiddage?|eftermiddage?|møder|møde)(?![a-z])"
)


_YEAR_ONLY_RE = re.compile(r"(?:\w+\s+)?(20\d\d)")
_YEAR_AFTER_RE = re.compile(r",?\s(20\d\d)(?!\d)")


def _find_where(doc: _Doc) -> tuple[list[Span], list[Span]]:
    """Return (place spans, generic place spans)."""
    text = doc.text
    cores: list[Span] = []
    generic: list[Span] = []
    for m in _PLACE_NAME_RE.finditer(text):
        rest = text[m.end() : m.end() + 40]
        if _ORG_AFTER_NAME_RE.match(rest):
            continue
        prev_word = _token_at_or_before(doc, m.start() - 1)
        if prev_word and _is_org_token(prev_word) and doc.text[m.start() - 1] == " ":
            # "Grundejerforeningen Skovshoved Nord", "Klubben Ordrup": the body's name.
            continue
        # "Jægersborg Vandtårn", "Dyssegård Kirke's hall": a district or name that goes on
        # as a proper noun names the precise place.
        end = _proper_continuation(doc, m.end())
        # "Charlottenlund Fort park", "Skovshoved Kirkes sognehus": the place goes on.
        tail = _PLACE_TAIL_RE.match(text, end) or _LOWER_STREET_TAIL_RE.match(text, end)
        cores.append((m.start(), tail.end() if tail else end))
    cores += [(m.start(), m.end()) for m in _DISTRICT_LANDMARK_RE.finditer(text)]
    cores += _street_cores(doc)
    for m in _POSTCODE_RE.finditer(text):
        cores.append((m.start(), m.end()))
    cores += [(m.start(), m.end()) for m in _BLOCK_RE.finditer(text) if _is_block(doc, m)]
    cores += [(m.start(), m.end()) for m in _LANDMARK_RE.finditer(text)]
    # "in Bernstorff Park", "at Emiliekilde Beach": a name and the kind of place, in English.
    cores += [
        m.span()
        for m in _NAMED_VENUE_EN_RE.finditer(text)
        if doc.folded.is_upper_at(m.start("name"))
    ]
    for m in _GENERIC_WHERE_RE.finditer(text):
        generic.append((m.start(), m.end()))
    # Extend name cores left over a natural preposition ("på Ordrupvej").
    extended: list[Span] = []
    for a, b in cores:
        before = _PLACE_NOUN_BEFORE_RE.search(text, max(0, a - 30), a)
        if before and doc.folded.is_upper_at(a):
            a = before.start()
        landmark = _LANDMARK_BEFORE_RE.search(text, max(0, a - 50), a)
        lead = (
            landmark
            or _SOMEWHERE_BEFORE_RE.search(text, max(0, a - 40), a)
            or _LEFT_PREP_RE.search(text, max(0, a - 40), a)
        )
        if lead:
            a = lead.start()
        extended.append((a, b))
    # "the unused corner of the schoolyard", "stien bag hospitalet": a spot told by the
    # landmark it belongs to.
    for i, (a, b) in enumerate(extended):
        spot = _SPOT_OF_RE.match(text, b)
        if spot and _SPOT_END_RE.search(text, a, b):
            extended[i] = (a, spot.end())
    for i, (a, b) in enumerate(extended):
        # "on Hellerupvej by the shops", "på Hellerupvej ved bageren": the spot on the street,
        # told by what is there; "the north end of Bellevue Beach": which part of it ("et
        # sted i Vangede" may be the room asked for).
        near = _NEAR_SPOT_RE.match(text, b)
        if near is not None:
            b = near.end("spot")
        part = _PART_OF_RE.search(text, max(0, a - 40), a)
        if part is not None:
            a = part.start()
        extended[i] = (a, b)
    # "på Hyldegårdsvej ved nr 12", "on Ordrupvej by number 40": the house on the street.
    ends = {b for _, b in extended}
    extended += [
        m.span()
        for m in _HOUSE_NUMBER_RE.finditer(text)
        if any(
            end in ends and not text[end : m.start()].strip(" ,")
            for end in range(m.start() - 2, m.start() + 1)
        )
    ]
    specific = _merge_spans(extended, text, lambda g: bool(_WHERE_GAP_RE.match(g)), max_gap=25)
    specific_set = _SpanSet(specific)
    generic = [g for g in generic if not _overlaps(g, specific_set)]
    return specific, generic


_NEAR_SPOT_RE = _rx(
    r",?\s+(?:by|near|next\s+to|opposite|ved|nær|ved\s+siden\s+af|lige\s+ved|overfor|over\s+for)"
    # Not a time ("ved juletiden", "by the weekend").
    r"\s+(?!the\s+(?:time|end|weekend|morning|evening|afternoon|summer|winter|spring|autumn|way|"
    r"municipality|council|kommune|city|people|residents|neighbours|neighbors|kids|children|"
    r"school|volunteers|hour|day|week|month|year)\b)"
    r"(?![a-zæøå]*(?:tiden|ferien|sommeren|vinteren|foråret|efteråret|weekenden|morgenen|"
    r"aftenen|middagen|frokosten)(?![a-zæøå]))"
    r"(?P<spot>the\s+[a-z]{3,}|[a-zæøå]{3,}(?:en|et|ne|erne))"
    r"(?=\s*(?:[.,;:!?)]|$|\s+(?:og|and|so|så|for|hvor|where|because|fordi|men|but)(?![a-zæøå])))"
)
_PART_OF_RE = _rx(
    r"(?<![a-zæøå])(?:(?:the|den)\s+(?:north|south|east|west|"
    r"far|nordlige|sydlige|østlige|vestlige|yderste)\s+(?:end|part|side|corner|ende|del|side|hjørne)"
    r"\s+(?:of|af))\s+$"
)
_HOUSE_NUMBER_RE = _rx(
    r"(?<![\w.])(?:(?:ved|by|near|foran|outside)\s+)?(?:nr\.?|nummer|number|no\.)\s?\d{1,3}[a-z]?"
    r"(?![\w])"
)
_NAMED_VENUE_EN_RE = _rx(
    # "i Bernstorff Park": Danish writers use the English word after a name too.
    r"(?<![a-z])(?:in|at|by|near|on|along|around|behind|outside|i|på|ved|bag|foran|nær)\s+"
    r"(?P<name>[a-zæøå][\w'-]{2,})"
    r"\s+(?:park|beach|library|church|school|station|square|lake|harbour|harbor|gardens|centre|"
    r"center|hall|woods|forest|pond|meadow|common|fort"
    # "ved Bernstorffsminde Skole", "i Skt. Hans Kirke": a name and the Danish kind of place.
    r"|skole|kirke|bibliotek|sø|torv|strand|havn|skov|hallen|centret|børnehave|vuggestue|"
    r"plejehjem|plejecenter|idrætsanlæg)(?![a-z])"
)
# Capitalised words that go on a sentence, not a place name ("in Hellerup I think").
_NOT_PROPER = {"i", "jeg", "vi", "we", "the", "og", "and", "men", "but", "det", "it", "der"}
# "plejecentret Ordruphøj", "the library in": a kind of place told right before its name.
_PLACE_NOUN_BEFORE_RE = _rx(
    r"(?<![a-z])[a-z]{0,14}(?:centret|centeret|hjemmet|skolen|kirken|hallen|biblioteket|"
    r"huset|stationen|sognegården|gården|klubben)\s+$"
)


def _proper_continuation(doc: _Doc, end: int) -> int:
    """The end of a place name that goes on in capitalised words (at most two)."""
    text = doc.text
    for _ in range(2):
        if end >= len(text) or text[end] != " ":
            break
        m = _TOKEN_RE.match(text, end + 1)
        if m is None or not doc.folded.is_upper_at(m.start()) or m.start() in doc.starts:
            break
        word = m.group(0)
        if word in _NOT_PROPER or _ORG_AFTER_NAME_RE.match(text, end):
            break
        end = m.end()
    return end


def _is_block(doc: _Doc, m: re.Match[str]) -> bool:
    """Blok C, building 3: a letter must be written as a capital (not "building a")."""
    tail = m.group(0).split()[-1]
    if tail[0].isdigit():
        return True
    return doc.folded.is_upper_at(m.end() - 1) or m.group(0).startswith(("blok", "opgang"))


def _street_cores(doc: _Doc) -> list[Span]:
    text = doc.text
    out: list[Span] = []
    tokens = doc.tokens
    for idx, (a, b) in enumerate(tokens):
        tok = text[a:b]
        if not tok[0].isalpha() or not tok.endswith(_ANY_PLACE_SUFFIX):
            continue
        if len(tok) < 4 and tok not in _STREET_SUFFIXES:
            # Short words are no street, but "Vej" ends "Krauses Vej".
            continue
        suffix = next((s for s in _STREET_SUFFIXES if tok.endswith(s)), None)
        if suffix is None:
            # Names such as "Hvidegårdsparken" or "Tjørnegården" only when capitalised.
            suffix = next((s for s in _NAME_SUFFIXES if tok.endswith(s)), None)
            if suffix is None or len(tok) - len(suffix) < 3 or not doc.folded.is_upper_at(a):
                continue
            if a in doc.starts and not _LEFT_PREP_RE.search(text, max(0, a - 40), a):
                continue
        upper = doc.folded.is_upper_at(a)
        standalone = len(tok) == len(suffix)
        number = _HOUSE_NO_RE.match(text, b)
        if standalone:
            # "Gammel Kongevej" style names, or "Lille Vej": need a capitalised word before;
            # written small, a name in the genitive after "på" ("på rygårds allé").
            if not (
                idx > 0
                and (
                    (upper and doc.folded.is_upper_at(tokens[idx - 1][0]))
                    or _small_street_name(doc, idx - 1, number is not None)
                )
            ):
                continue
            if text[tokens[idx - 1][1] : a] != " ":
                continue
            a = tokens[idx - 1][0]
            # "Gammel Vartov Vej", "Niels Andersens Vej": the whole capitalised name.
            for pa, pb in reversed(tokens[max(0, idx - 3) : idx - 1]):
                if text[pb:a] != " " or not doc.folded.is_upper_at(pa) or a in doc.starts:
                    break
                if text[pa:pb] in _NOT_PROPER:
                    break
                a = pa
        elif tok in _STREET_STOP:
            continue
        elif not upper:
            prev = _LEFT_PREP_RE.search(text, max(0, a - 40), a)
            near = prev is not None and bool(_STREET_PREP_RE.search(prev.group(0)))
            if not (number or near):
                continue
            if len(tok) - len(suffix) < 3:
                continue
        if idx > 0 and not standalone:
            pa, pb = tokens[idx - 1]
            prefix = text[pb:a] == " " and text[pa:pb] in _STREET_PREFIX_WORDS
            # "Tuborg Havnepark", "Gentofte Sportspark": a capitalised word before the name.
            proper = (
                text[pb:a] == " "
                and upper
                and pa not in doc.starts
                and text[pa:pb] not in _NOT_PROPER
            )
            if (prefix or proper) and doc.folded.is_upper_at(pa):
                a = pa
        end = number.end() if number else b
        out.append((a, end))
    return out


_NOT_A_STREET_NAME = {
    fold_plain(w)
    for w in "hans hendes deres vores jeres dens dets ens nogens hinandens its his".split()
}


def _small_street_name(doc: _Doc, idx: int, numbered: bool) -> bool:
    """ "rygårds" in "på rygårds allé 12": a street's name written without capitals."""
    pa, pb = doc.tokens[idx]
    name = doc.text[pa:pb]
    if len(name) < 5 or not name.endswith("s") or not name.isalpha():
        return False
    if name in _NOT_A_STREET_NAME:
        return False
    return numbered or _STREET_PREP_RE.search(doc.text, max(0, pa - 12), pa) is not None


_OWN_GROUP_BEFORE_RE = _rx(
    r"(?:(?<![a-z])(?:vi|we)\s+(?:er|are|'re)|'re|(?<![a-z])(?:sammen\s+med|med|with|"
    r"together\s+with|along\s+with))"
    r"(?:\s+(?:nogle|et\s+par|flere|par|få|af|de|mine|vores|some|a|few|couple|of|the|my|our|"
    r"andre|other))*\s+$"
)


_OWN_GROUP_RE = _rx(
    r"(?<![a-z])(?:vi|we)\s+(?P<verb>er|are|'re|har|have)\s+(?:(?:nogle|mange|flere|"
    r"en\s+(?:lille\s+|stor\s+)?(?:flok|gruppe)|en\s+masse|en\s+del|"
    r"a\s+(?:small\s+|big\s+|large\s+)?(?:group|bunch)\s+of|a\s+few|some|lots\s+of|"
    r"many|several|ca\.?|cirka|omkring|about|around|over)\s+)*"
    rf"(?P<np>{_BEN_NP}"
    # "vi er en flok fra 9. klasse", "we're a bunch from 8th grade": a school class.
    r"|(?:(?:en|a)\s+(?:lille\s+|small\s+)?(?:flok|gruppe|group|bunch|gang)|nogle\s+stykker|"
    r"some\s+of\s+us)\s+(?:fra|from|i|in)\s+"
    r"(?:\d{1,2}\.?\s?(?:(?:og|,|-|til)\s?\d{1,2}\.?\s?)?(?:klasse|[a-z](?![a-z]))|"
    r"\d{1,2}(?:st|nd|rd|th)\s+(?:grade|class|year)))"
)


# "vi er nogle drenge fra 8.b", "we're a bunch of teenagers": young people asking for a
# place of their own are who it is for; grown-ups telling who they are ("vi er nogle
# forældre", "we are five neighbours") are the ones doing it, and whom it is for is asked.
# Newcomers meeting others and older people are, like the young, among those it is for.
_YOUNG_GROUP_RE = _rx(
    r"(?<![a-z])(?:drenge|piger|unge|teenagere|elever|klasse|skatere|gymnasieelever|boys|girls|"
    r"teens|teenagers|students|pupils|kids|grade|class|year|\d{1,2}\.?\s?[a-z](?![a-z])|"
    # "vi er ukrainske mødre", "we are newcomers": people new here meeting others.
    r"ukrainsk\w*|flygtning\w*|tilflytter\w*|nytilflytte\w*|newcomers|expats|internationals|"
    r"refugees|"
    # "vi er en lille gruppe pensionister der spiller petanque": older people asking for
    # something for their own days.
    r"pensionister|seniorer|ældre|pensioners|seniors|retirees|elderly)"
)


def _own_group(doc: _Doc) -> list[Span]:
    """The people the person counts themself among: "vi er nogle drenge fra 8.b"."""
    out: list[Span] = []
    for m in _OWN_GROUP_RE.finditer(doc.text):
        a, b = m.span("np")
        have = m.group("verb") in ("har", "have")
        if have != m.group("np")[0].isdigit():
            # "vi har børn" is about them, and "vi er 6 naboer" counts helpers; "we have 800
            # students" counts the people a place serves.
            continue
        out.append((a, _extend_postmodifier(doc.text, b)))
    return out


# "til min mor der er dårligt gående", "for my dad who walks badly": someone of the person's
# own family the idea is for.
_FAMILY_FOR_RE = _rx(
    r"(?<![a-z])(?:til|for)\s+(?:min|mit|mine|vores|my|our)\s+(?:gamle\s+|old\s+|elderly\s+)?"
    r"(?:mor|far|forældre|bedstemor|bedstefar|mormor|morfar|farmor|farfar|søn|datter|børn|"
    r"barn|mand|kone|nabo|mum|mom|mother|dad|father|parents|grandma|grandmother|grandpa|"
    r"grandfather|son|daughter|kids|children|husband|wife|neighbour|neighbor)(?![a-z])"
)


def _find_who(doc: _Doc, blocked: Sequence[Span]) -> list[Span]:
    text = doc.text
    spans: list[Span] = [
        (m.start(), _extend_relative(text, m.end())) for m in _FAMILY_FOR_RE.finditer(text)
    ]
    for m in _WHO_PREP_RE.finditer(text):
        a, b = m.start(), m.end()
        if text.startswith("for", a) and _token_at_or_before(doc, a) in _WHO_FOR_BLOCK:
            continue
        if text.startswith("til", a) and _token_at_or_before(doc, a) in ("brug", "lyst", "tid"):
            continue
        spans.append((a, _extend_relative(text, b)))
    for m in _WHO_FREE_RE.finditer(text):
        start = m.end()
        if m.group("help") and not (
            _WHO_FREE_START_RE.match(text, start) or _BEN_NP_RE.match(text[start : start + 80])
        ):
            continue
        limit = min(len(text), start + 90)
        stop = _WHO_FREE_STOP_RE.search(text, start, limit)
        end = stop.start() if stop else limit
        if not stop and limit < len(text):
            end = max(text.rfind(" ", start, limit), start)
        if end > start and _TOKEN_RE.search(text, start, end):
            spans.append((start, end))
    for m in _WHO_SUBJ_BENEFIT_RE.finditer(text):
        spans.append(m.span("np"))
    spans += [(m.start(), m.end()) for m in _WHO_CLASS_RE.finditer(text)]
    # "ældre over 65 der bor alene": the age, and who they are after it.
    spans += [(m.start(), _extend_relative(text, m.end())) for m in _WHO_BY_AGE_RE.finditer(text)]
    spans += [m.span("np") for m in _WHO_WORKED_WITH_RE.finditer(text)]
    for m in _WHO_OPEN_RE.finditer(text):
        spans.append((m.start(), m.end()))
    for m in _WHO_ALL_KIND_RE.finditer(text):
        spans.append((m.start(), m.end()))
    for m in _WHO_ALL_RE.finditer(text):
        end = m.end()
        if end < len(text) and text[end].isalnum():
            # The bounded tail stopped inside a word; end at the last whole word.
            end = max(text.rfind(" ", m.start(), end), m.start())
        spans.append((m.start(), end))
    for rx in (
        _WHO_VERB_RE,
        _WHO_SO_RE,
        _WHO_DIFF_RE,
        _WHO_CAN_INV_RE,
        _WHO_GIVE_RE,
    ):
        for m in rx.finditer(text):
            # "where people can bring their pieces": the place, not who it is for.
            where = rx is _WHO_SO_RE and text.startswith(("h", "w"), m.start())
            if where and _is_vague_who(m.group(1)):
                continue
            spans.append((m.start(1), _extend_relative(text, m.end(1))))
    spans += [(a, _extend_relative(text, b)) for a, b in _fan_spans(text)]
    for m in _WHO_CAN_RE.finditer(text):
        # The people told right before "kan være med": the longest run of words that names them.
        end = m.start()
        while end > 0 and text[end - 1] == " ":
            end -= 1
        last = bisect_left(doc.token_ends, end)
        for ta, _ in doc.tokens[max(0, last - 5) : last + 1]:
            if _BEN_NP_RE.fullmatch(text, ta, end):
                if not _PURPOSE_WORD_RE.search(text, max(0, ta - 12), end):
                    # "alle kan være med": how they put it, with who may take part.
                    spans.append((ta, m.end()))
                break
    for m in _WHO_MEET_RE.finditer(text):
        spans.append((m.start(1), m.end(1)))
    if "welcome" in text or "velkom" in text:
        for m in _WHO_WELCOME_RE.finditer(text):
            # "beginners welcome": the welcome is part of how the person put it.
            spans.append((m.start(1), m.end()))
    blocked_set = _SpanSet(blocked)
    spans = [s for s in spans if not _overlaps(s, blocked_set)]
    for m in _WHO_COMMUNITY_RE.finditer(text):
        s = m.span("np")
        if not _overlaps(s, blocked_set):
            spans.append(s)
    for rx in (_WHO_THERE_ARE_RE, _WHO_US_WHO_RE):
        for m in rx.finditer(text):
            a = m.start("np") if rx is _WHO_THERE_ARE_RE else m.start()
            s = (a, _extend_relative(text, m.end()))
            if s[1] > m.end() and not _overlaps(s, blocked_set):
                spans.append(s)
    for m in _WHO_EVERY_RE.finditer(text):
        s = (m.start(), m.end())
        if not _overlaps(s, blocked_set):
            spans.append(s)
    if not spans:
        for m in _WHO_WE_RE.finditer(text):
            s = (m.start(), _extend_relative(text, m.end()))
            if not _overlaps(s, blocked_set):
                spans.append(s)
    if not spans:
        for m in itertools.chain(_WHO_BARE_RE.finditer(text), _WHO_STORY_RE.finditer(text)):
            s = (m.start(), _extend_relative(text, m.end()))
            if _overlaps(s, blocked_set):
                continue
            before = text[max(0, m.start() - 40) : m.start()]
            if _OWN_GROUP_BEFORE_RE.search(before):
                # "vi er naboer", "med nogle af naboerne": the person's own group, not
                # the people it is for.
                continue
            spans.append(s)
    for m in _WHO_MANY_RE.finditer(text):
        # "mange piger med anden etnisk baggrund stopper ...", "there are so many Spanish-
        # speaking families here": the people a problem is told about.
        s = (m.start(), _extend_relative(text, m.end()))
        if not _overlaps(s, blocked_set) and not _is_vague_who(m.group("np")):
            spans.append(s)
    if not spans:
        for m in _WHO_NEED_HELP_RE.finditer(text):
            # "I hear care homes and sports clubs crying out for help": those who need the
            # hands the idea brings.
            s = m.span("np")
            if not _overlaps(s, blocked_set) and not _FIRST_PERSON_RE.match(m.group("np")):
                spans.append(s)
    if not spans:
        for m in _WHO_MANY_REL_RE.finditer(text):
            # "there are lots of hobby potters who have a wheel at home but no kiln": the
            # people a problem is told about, named by the relative clause that follows.
            s = (m.start(), _extend_relative(text, m.end("np")))
            if not _overlaps(s, blocked_set):
                spans.append(s)
    if not spans:
        # With nobody else named, the family member who wants it is who it is for.
        kin = [m.span(1) for m in _WHO_KIN_WANTS_RE.finditer(text)]
        spans = [s for s in kin if not _overlaps(s, blocked_set)]
    spans = [(a, _extend_noun(text, b)) for a, b in spans]
    spans = [(a, _extend_postmodifier(text, _extend_aside(text, b))) for a, b in spans]
    spans = [(a, _extend_who_tail(text, a, b)) for a, b in spans]
    return _merge_spans(spans, text, lambda g: g.strip() in ("", ",", "og", "and"))


# "for alle beboere i Klampenborg og omegn", "for locals and tourists alike": the words that
# close the group.
_WHO_TAIL_RE = _rx(
    r"\s+(?:(?:og|and)\s+(?:omegn(?:en)?|omkring(?:liggende)?\s+[a-z]+|surroundings|"
    r"the\s+surrounding\s+area)|alike|begge\s+dele)(?![a-z])"
)
# "til glæde for både eleverne", "for both the children": the second half is coming.
_BOTH_RE = _rx(r"(?<![a-z])(?:både|both)\s")
_AND_ONE_MORE_RE = _rx(
    r"\s+(?:og|and)\s+((?:for\s+|til\s+|the\s+|de\s+|deres\s+|their\s+)?[a-zæøå-]{3,})"
    r"(?![a-zæøå-])"
)


def _extend_who_tail(text: str, a: int, b: int) -> int:
    """The end of a group of people, with the words that close it."""
    if _BOTH_RE.search(text, a, b):
        more = _AND_ONE_MORE_RE.match(text, b)
        if more is not None and fold_plain(more.group(1)).split()[-1] not in _NOT_A_NOUN:
            b = more.end()
    tail = _WHO_TAIL_RE.match(text, b)
    b = tail.end() if tail is not None else b
    # "gymnasieelever, pensionister", "families, sailors and dog walkers": the list goes on.
    while (item := _WHO_LIST_ITEM_RE.match(text, b)) is not None:
        b = item.end()
    return b


# One more group in a list of them, ending where the list item does.
_WHO_LIST_ITEM_RE = _rx(
    rf"(?:\s*[,:–]\s*(?:(?:og|and|samt|or|eller)\s+)?|\s+(?:og|and|samt)\s+)"
    # ("fx studerende og enlige forsørgere": examples are read as a whole elsewhere.)
    r"(?!(?:fx|f\.eks|eks|e\.g|eg|like|such|især|especially|særligt|primært|mainly)(?![a-z]))"
    r"(?:[a-zæøå-]+\s+)?"
    rf"{_BEN}(?![a-zæøå'-])(?=\s*(?:[,.;:!?)\n–-]|$|og\s|and\s|samt\s))"
)
# "til unge bands", "for ældre herrer", "one young job seeker": a beneficiary word used as an
# adjective goes on to the people it describes.
_ADJ_BEN_END_RE = _rx(r"(?<![a-z])(?:unge|ældre|young|older|elderly|nye|new)$")
# Plural people nouns by their endings: "bands", "herrer", "spillere", "mødre", "familier".
_NOUN_AFTER_RE = _rx(
    r"\s([a-zæøå][a-zæøå-]{1,20}(?:s|men|ere|rer|ier|dre)|damer|kvinder|mænd|folk|mennesker|"
    r"naboer|borgere)(?![a-zæøå'-])"
)
_NOT_A_NOUN = {
    fold_plain(w)
    for w in (
        "gratis free også also too især mest most hver every her here there nu now igen again "
        "alene alone today idag selv themselves ofte often altid always bare just only kun "
        "gerne really sammen together meget very lidt little mere more"
    ).split()
}


def _extend_noun(text: str, end: int) -> int:
    if not _ADJ_BEN_END_RE.search(text, max(0, end - 8), end):
        return end
    m = _NOUN_AFTER_RE.match(text, end)
    if m is None:
        return end
    word = m.group(1)
    if word in _WHO_POSTMOD_STOP or word in _NOT_A_NOUN or word in _PARTNER_NP_FILL:
        return end
    return m.end(1)


# "kvinder fra andre lande", "all families with small kids", "kids 10-14", "everyone
# walking to the station": who they are goes on after the noun.
_WHO_POSTMOD_LEAD_RE = _rx(
    r"\s+(?:fra|from|med|with|uden|without|i\s+alderen|aged|of|on|(?:[a-z]{3,}ing))\s+"
    r"|\s+(?=\d{1,2}\s?-\s?\d{1,2}(?!\d))"
)
_WHO_POSTMOD_STOP = {
    fold_plain(w)
    for w in (
        "og and men but der som who that which fordi because så so hvor where når when "
        "kan can vil will skal shall er is are har have has hvis if eller or samt plus "
        "jeg i vi we you they de mig me os us in at på ved by til for om "
        "hver every each næste next"
    ).split()
}


def _extend_postmodifier(text: str, end: int) -> int:
    """Take a short phrase after a beneficiary that says more about who they are."""
    lead = _WHO_POSTMOD_LEAD_RE.match(text, end, min(len(text), end + 30))
    if lead is None:
        return end
    pos, taken = lead.end(), 0
    new_end = end
    ing = re.match(
        r"\s+([a-z]{3,}ing)\s+(?:by|past|along|around|forbi)(?![a-z])", text[end : end + 40]
    )
    if ing:
        # "everyone strolling by": the verb and its particle say who they are.
        return end + ing.end()
    last = ""
    for m in _TOKEN_RE.finditer(text, pos, min(len(text), pos + 60)):
        if text[pos : m.start()].strip() or m.group(0) in _WHO_POSTMOD_STOP:
            break
        # "børn fra familier med få penge": a phrase is not cut after "få" or "med".
        if taken >= 3 and (taken == 5 or last not in _DANGLING_WORDS):
            break
        new_end, pos, taken, last = m.end(), m.end(), taken + 1, m.group(0)
    if taken == 1 and lead.group(0).strip() in ("fra", "from", "med", "with"):
        # "elever fra Syrien og Ukraine", "women from Syria and Eritrea", "børn med autisme
        # eller sansefølsomhed": one more origin or need.
        more = _ONE_MORE_ORIGIN_RE.match(text, new_end)
        if more:
            new_end = more.end(1)
    return new_end if taken else end


_DANGLING_WORDS = frozenset(
    fold_plain(w)
    for w in "få mange lidt meget med uden af i på og en et de få few little many with without "
    "of in on and a an the no".split()
)
_ONE_MORE_ORIGIN_RE = _rx(
    r"\s+(?:og|and|eller|or)\s+([a-zæøå-]+)(?=[\s]*(?:[,.;:!?)\n]|$|\s(?:"
    r"i|in|på|on|og|and|der|som|who|that|med|with|til|to|for|kan|can|vil|will|er|are|har|"
    r"have)\s))"
)


def _extend_aside(text: str, end: int) -> int:
    m = _WHO_ASIDE_RE.match(text, end, min(len(text), end + 80))
    if m is None:
        return end
    new_end = m.end()
    while new_end > end and text[new_end - 1] in " ":
        new_end -= 1
    return new_end


def _extend_relative(text: str, end: int) -> int:
    obj = _WHO_OBJ_REL_RE.match(text, end, min(len(text), end + 40)) or _WHO_AGE_RE.match(
        text, end, min(len(text), end + 40)
    )
    if obj:
        return obj.end()
    m = _WHO_REL_RE.match(text[end : end + 40])
    if not m:
        return end
    limit = min(len(text), end + 70)
    stop = re.search(
        r"[,.;:!?\n]|\s(?:og|men|and|but|fordi|because|så|so)\s", text[end + 2 : limit]
    )
    new_end = end + 2 + stop.start() if stop else limit
    if not stop and limit < len(text):
        space = text.rfind(" ", end, limit)
        new_end = space if space > end else limit
    return new_end


def _find_partners(doc: _Doc) -> list[Span]:
    text = doc.text
    spans: list[Span] = []
    for m in _PARTNER_LEAD_RE.finditer(text):
        end = _partner_np_end(doc, m.end(), strong=True)
        cared = _CARED_FOR_RE.match(text, m.end(), min(len(text), m.end() + 40))
        if (
            _TOGETHER_RE.fullmatch(m.group(0).strip())
            and _NOBODY_IN_PARTICULAR_RE.match(text, m.end())
            and not (_has_org_word(doc, m.end(), end) or _has_name(doc, m.end(), end))
        ):
            # "spise sammen med andre", "læse sammen med et ordblindt barn": doing it with
            # people, not working with a body.
            continue
        if end > m.end() and (not cared or _has_name(doc, m.end(), end)):
            spans.append((m.start(), end))
    for m in _PARTNER_MEMBER_RE.finditer(text):
        end = _partner_np_end(doc, m.end(), strong=False)
        # "jeg er frivillig i Dansk Flygtningehjælp": a name after a membership is the body.
        # Not after "fra"/"from": "jeg kommer fra Syrien" is where the person is from.
        named = not _FROM_IN_LEAD_RE.search(m.group(0)) and _starts_with_name(doc, m.end(), end)
        if end > m.end() and (_has_org_word(doc, m.end(), end) or named):
            spans.append((m.start(), end))
    for m in _GROUP_NAME_RE.finditer(text):
        # "en forening af kunstnere (Hellerup Kunstnersammenslutning)": the group's name.
        a, b = m.span("name")
        if _has_name(doc, a, b) or _has_org_word(doc, a, b):
            spans.append((a, b))
    for m in _PARTNER_TALK_RE.finditer(text):
        end = _partner_np_end(doc, m.end(), strong=False)
        if end > m.end():
            spans.append((m.start(), _clause_end(doc, end)))
    strong_set = _SpanSet(spans)
    # Later spans start after earlier ones, so the furthest end so far tells overlap.
    reach = 0
    for m in _PARTNER_WEAK_LEAD_RE.finditer(text):
        if m.start() < reach or _overlaps((m.start(), m.end()), strong_set):
            continue
        end = _partner_np_end(doc, m.end(), strong=False)
        if end <= m.end():
            continue
        cared = _CARED_FOR_RE.match(text, m.end(), min(len(text), m.end() + 40))
        if cared and not _has_name(doc, m.end(), end):
            continue
        lead = m.group(0).strip()
        if lead in ("med", "with") and _TROUBLE_WITH_RE.search(
            text, max(0, m.start() - 30), m.start()
        ):
            # "who struggle with MitID", "hjælp med NemID": what they need help with.
            continue
        if re.match(r"(?:en|et|a|an|nogle|some|noget|something)\s", text[m.end() : m.end() + 10]):
            # Partners are named or definite; "med en klub" describes the idea itself.
            continue
        if lead in ("og", "and", "hos", "ved", "via"):
            # "FDF og Ordrup Boldklub vil gerne hjælpe": only with a verb cue after.
            verb = _PARTNER_VERB_RE.match(text, end)
            if verb is None or verb.end() == end or "\n" in verb.group(0):
                continue
            spans.append((m.end(), _clause_end(doc, end)))
            reach = max(reach, spans[-1][1])
            continue
        spans.append((m.start(), end))
        reach = max(reach, end)
    # Organisations as subject of a helping verb: "FDF Gentofte vil gerne være med".
    earlier = _SpanSet(spans)
    reach = 0
    for a, b in doc.tokens:
        tok = text[a:b]
        if not (doc.folded.is_upper_at(a) or _is_org_token(tok)):
            continue
        if a < reach or _overlaps((a, a + 1), earlier):
            continue
        end = _partner_np_end(doc, a, strong=False)
        if end <= a:
            continue
        # Any later start inside this noun phrase would find the same verb.
        reach = max(reach, end)
        if _token_at_or_before(doc, end).endswith(_VENUE_SUFFIXES):
            continue
        vm = _PARTNER_VERB_RE.match(text, end)
        if not (vm and vm.end() > end + 3):
            # "Dansk Blindesamfund i Gentofte vil gerne hjælpe": where they are comes first.
            place = _PARTNER_PLACE_RE.match(text, end)
            if place and doc.folded.is_upper_at(place.start("name")):
                end = place.end()
                vm = _PARTNER_VERB_RE.match(text, end)
        if vm and "\n" in text[end : vm.end()]:
            # "Hej Gentofte\nKan vi få ...": the verb on the next line is not theirs.
            continue
        if vm and _NOT_AFTER_VERB_RE.match(text, vm.end()):
            # "young people in Hellerup can't afford them", "Skolen kan ikke": no help told.
            continue
        if _CHANCE_BEFORE_RE.search(text, max(0, a - 20), a):
            # "any chance the library could stay open late?": the library is asked, not a
            # partner offering.
            continue
        if vm and (
            (
                vm.group(0).split()[0] in _INVERTING_VERBS
                and _SUBJECT_AFTER_VERB_RE.match(text, vm.end())
            )
            or _ON_BEHALF_RE.search(text, max(0, a - 60), a)
        ):
            # "På vegne af bestyrelsen for Grundejerforeningen X vil jeg hermed …": the person
            # speaks for their own body, and "jeg" does the verb.
            continue
        if vm and _is_outdoor_place(text[a:end]):
            # "Hellerup can ...": a district or park, not a body to work with.
            continue
        if (
            vm
            and _BARE_BODY_START_RE.match(text, a)
            and not _US_RE.search(text, vm.start(), _clause_end(doc, end))
        ):
            # "Foreningen kan bidrage med 15.000 kr.": the body the person speaks for, unnamed
            # (not "Klubben kan låne os omklædningsrum").
            continue
        if vm and vm.end() > end + 3 and re.search(r"\S", vm.group(0)):
            spans.append((_partner_np_start(doc, a), _clause_end(doc, end)))
            reach = spans[-1][1]
    # "vores tennisklub i Jægersborg vil gerne sætte solceller på klubhuset": the person's own
    # club's wish is the idea, not someone to work with ("Vores forældreforening vil arrangere
    # plantedagen", a promise, stays: what they bring).
    spans = [s for s in spans if _OWN_BODY_DOES_RE.match(text, s[0]) is None]
    # "I'm part of a group of international families in Hellerup": the person's own group,
    # unnamed, is nobody else to work with.
    spans = [s for s in spans if _PART_OF_A_GROUP_RE.match(text, s[0]) is None]
    return _merge_spans(spans, text, lambda g: g.strip() in ("", ",", "og", "and", "samt"))


_PART_OF_A_GROUP_RE = _rx(
    r"(?:i\s*'?\s*m|i\s+am|we\s*'?\s*re|we\s+are|jeg\s+er|vi\s+er)\s+(?:(?:a\s+)?part\s+of|en\s+"
    r"del\s+af|(?:a\s+)?members?\s+of|medlem(?:mer)?\s+af|with)\s+(?:a|an|en|et)\s"
)


_OWN_BODY_DOES_RE = _rx(
    r"(?:vores|our)\s+(?:[a-zæøå'-]+\s+){0,2}?[a-zæøå]*(?:forening|foreningen|klub|klubben|"
    r"club|gruppe|gruppen|group|association|trop|troop|hold|team|kor|choir|orkester|orchestra|"
    r"band|netværk|network)(?:\s+(?:i|in|på|at)\s+[a-zæøå-]+)?\s+(?:vil\s+gerne|vil\s+rigtig\s+"
    r"gerne|kunne\s+godt\s+tænke\s+sig|would\s+like|would\s+love|wants?|ønsker|har\s+lyst)"
    r"(?![a-z])"
)
_US_RE = _rx(r"(?<![a-z])(?:os|us)(?![a-z])")
_INVERTING_VERBS = frozenset({"vil", "kan", "skal", "will", "can", "would"})
_SUBJECT_AFTER_VERB_RE = _rx(r"\s*(?:jeg|vi|i|we)(?![a-z])")
_ON_BEHALF_RE = _rx(r"(?<![a-z])(?:på\s+vegne\s+af|on\s+behalf\s+of)(?![a-z])[^.!?\n]*$")
_PARTNER_PLACE_RE = _rx(
    r"\s+(?:i|in|on|på|ved|at)\s+(?:the\s+)?(?P<name>[a-z][a-z'-]*)(?:\s+(?:[a-z][a-z'-]*))?"
    r"(?=\s+(?:vil|har|er|kan|skal|will|has|have|is|are|can|would|could|said|says|supports?|"
    r"leverer|delivers|provides|promised|offered|agreed))"
)
# "the local cycling club", "a local garden centre": words before the organisation noun.
_PARTNER_PRE_STOP = {
    fold_plain(w) for w in "fra from of af og and with med men but to til at i in on på".split()
}


_ORDINAL_BEFORE_RE = re.compile(r"(?<![\w.])\d{1,2}\.\s$")


def _partner_np_start(doc: _Doc, a: int) -> int:
    """Where a partner named by a lowercase noun starts ("the local cycling club")."""
    if doc.folded.is_upper_at(a):
        # "1. Jægersborg Gruppe": the troop's number is part of its name.
        ordinal = _ORDINAL_BEFORE_RE.search(doc.text, max(0, a - 5), a)
        return ordinal.start() if ordinal else a
    idx = bisect_left(doc.token_ends, a + 1)
    start = a
    for back in range(1, 4):
        j = idx - back
        if j < 0:
            break
        ta, tb = doc.tokens[j]
        tok = doc.text[ta:tb]
        gap = doc.text[tb:start]
        if gap.strip() or "\n" in gap or tok in _PARTNER_PRE_STOP or tok in _PARTNER_STOP:
            # A new line starts a new thought ("kort spørgsmål\nvores tennisklub ...").
            break
        start = ta
    return start


# "sammen med børnehavebørn": children and the elderly take part as beneficiaries.
_CARED_FOR_RE = _rx(
    r"(?:[a-z'-]+\s+){0,2}?[a-z]*(?:børn|elever|ældre|seniorer|pensionister|kids|children|pupils|"
    r"elderly|seniors|pensioners|toddlers|babies|teenagers|teenagere|unge|youth|residents)"
    r"(?:ne|en|erne)?(?![a-z])"
    # "sammen med andre i samme situation", "together with others like us": peers, unnamed.
    r"|(?:andre|others|other\s+people)\s+(?:i\s+samme|in\s+the\s+same|som|ligesom|like)\s"
)


def _has_name(doc: _Doc, a: int, b: int) -> bool:
    """Tell whether text[a:b] contains a proper name or an acronym (not just a place name)."""
    places = _SpanSet(
        (m.start(), m.end())
        for m in _PLACE_NAME_RE.finditer(doc.text, a, b)
        if _HOME_PREP_RE.search(doc.text, max(0, m.start() - 6), m.start())
        and not _has_org_word(doc, m.start(), m.end())
    )
    for m in _TOKEN_RE.finditer(doc.text, a, b):
        if places.contains((m.start(), m.end())):
            # "ensomme ældre fra Ordrup": where people live does not make them a partner.
            continue
        orig = doc.folded.original_text(m.start(), m.end())
        if orig[:1].isupper() and m.start() not in doc.starts:
            return True
        if len(orig) >= 2 and orig.isalpha() and orig.isupper():
            return True
    return False


def _starts_with_name(doc: _Doc, a: int, b: int) -> bool:
    """Whether text[a:b] opens with a capitalised name that is not a place name."""
    m = _TOKEN_RE.search(doc.text, a, b)
    if m is None or m.start() != a or _PLACE_NAME_RE.match(doc.text, a, b):
        return False
    return doc.folded.original_text(m.start(), m.end())[:1].isupper() and _has_name(doc, a, b)


def _has_org_word(doc: _Doc, a: int, b: int) -> bool:
    """Tell whether a noun phrase names an organisation rather than a place or people."""
    for m in _TOKEN_RE.finditer(doc.text, a, b):
        tok = m.group(0)
        orig = doc.folded.original_text(m.start(), m.end())
        if _is_org_token(tok):
            return True
        if len(tok) >= 2 and tok.isalpha() and orig.isupper():
            return True
    return False


def _clause_end(doc: _Doc, pos: int) -> int:
    i = bisect_right(doc.clause_starts, pos) - 1
    if i >= 0 and pos <= doc.clauses[i].end:
        return doc.clauses[i].end
    return pos


def _partner_np_end(doc: _Doc, pos: int, strong: bool) -> int:
    """Return where an organisation noun phrase starting at `pos` ends (pos if none)."""
    text = doc.text
    end = pos
    has_org = False
    pending = 0
    prev_end = pos
    tokens = _TOKEN_RE.finditer(text, pos, min(len(text), pos + 160))
    for count, m in enumerate(tokens):
        if count >= 8:
            break
        gap = text[prev_end : m.start()]
        if count and (re.search(r"[.;:!?\n()]", gap) or ("," in gap and not has_org)):
            break
        tok = m.group(0)
        orig = doc.folded.original_text(m.start(), m.end())
        upper = orig[:1].isupper()
        acronym = len(tok) >= 2 and tok.isalpha() and orig.isupper()
        if tok in ("kommunen", "kommune", "kommunens", "municipality") or (
            tok == "council" and not has_org and pending == 0
        ):
            # The municipality is who helps, not a partner.
            return end if has_org else pos
        if tok in _PARTNER_STOP and not acronym:
            if has_org and tok in ("for", "of") and _next_is_upper(doc, m.end()):
                # "forældrerådet for Dyssegårdsskolen", "Friends of Gentofte Library"
                prev_end = m.end()
                continue
            break
        is_org = _is_org_token(tok)
        name = acronym or (upper and (m.start() not in doc.starts or _next_is_upper(doc, m.end())))
        if name and _CALENDAR_WORD_RE.fullmatch(tok):
            # "with Saturday morning trips from May": days and months are not organisations.
            break
        if is_org or name:
            if not is_org and pending and not has_org and not strong:
                break
            has_org = True
            end = m.end()
            pending = 0
        elif tok in _PARTNER_NP_FILL:
            pass
        elif not tok.isdigit() and pending < 2:
            pending += 1
            if strong and not has_org:
                end = m.end()
        else:
            break
        prev_end = m.end()
    if not has_org and not strong:
        return pos
    return end


_HOME_PREP_RE = _rx(r"(?<![a-z])(?:fra|i|from|in)\s+$")
_CALENDAR_WORD_RE = _rx(f"{_WEEKDAY}|{_MONTH_FULL}")
# A weekday or a clock time names a schedule, not just a habit.
# "hver morgen kl. 7.45": a daily time on the clock, a schedule wherever it is told.
_CLOCK_HABIT_RE = _rx(
    r"(?:hver|every|each)\s+(?:dag|morgen|aften|formiddag|eftermiddag|day|morning|evening|"
    r"afternoon|night)\s+(?:kl\.?\s*|at\s+)\d"
)
_SCHEDULE_RE = _rx(rf"{_WEEKDAY}|(?<![a-z])(?:kl\.?|at)\s*\d|\d{{1,2}}[.:]\d{{2}}|\d\s*(?:am|pm)\b")


def _next_is_upper(doc: _Doc, pos: int) -> bool:
    m = _TOKEN_RE.search(doc.text, pos, min(len(doc.text), pos + 30))
    if not m or doc.text[pos : m.start()].strip():
        return False
    return doc.folded.is_upper_at(m.start())


# --------------------------------------------------------------------------- #
# Clause labelling


def _split_mixed_clauses(doc: _Doc) -> None:
    """Cut "Mig og 5 klassekammerater vil gerne lave IT-hjælp" into who brings and what."""
    text = doc.text
    out: list[_Clause] = []
    for c in doc.clauses:
        seg = text[c.start : c.end]
        brings = _BRINGS_RE.search(seg)
        plan = _PLAN_RE.search(seg) if brings else None
        if (
            brings is not None
            and plan is not None
            and brings.end() <= plan.start()
            and not _WHY_START_RE.match(seg)
            and not _STRONG_HELP_RE.search(seg)
        ):
            cut = c.start + plan.start()
            head_end = cut
            while head_end > c.start and text[head_end - 1] in " ,":
                head_end -= 1
            out.append(_Clause(c.start, head_end, c.sentence))
            out.append(_Clause(cut, c.end, c.sentence))
        else:
            out.append(c)
    doc.clauses = out
    doc.clause_starts = [c.start for c in out]
    doc.starts |= set(doc.clause_starts)


def _bracketed_brings(doc: _Doc) -> set[int]:
    """Clause starts of "Our residents' group (about 30 households) will sow the seeds".

    A bracket cuts the sentence into three clauses; read together, they tell what the
    person's group brings.
    """
    text = doc.text
    out: set[int] = set()
    if "(" not in text:
        return out
    clauses = doc.clauses
    for i in range(len(clauses) - 2):
        a, mid, b = clauses[i], clauses[i + 1], clauses[i + 2]
        if a.sentence != b.sentence or "(" not in text[a.end : mid.start + 1]:
            continue
        if ")" not in text[mid.end - 1 : b.start + 1]:
            continue
        m = _BRINGS_RE.search(text, a.start, b.end)
        if m is not None and a.start <= m.start() < a.end and m.end() > mid.end:
            out |= {a.start, mid.start, b.start}
    return out


# Resting on the way: "hvile mig", "sidde ned", "take a break".
_REST = (
    r"(?:hvile\s+(?:mig|os|sig|benene|fødderne)|sidde\s+ned|sætte\s+(?:mig|os|sig)|puste\s+ud|"
    r"rest|sit\s+down|take\s+a\s+(?:rest|break))"
)
_PEOPLE_NEED_RE = _rx(
    r"(?<![a-z])(?:brug\s+for|behov\s+for|need|needs)\s+(?:at|to)\s+(?:komme\s+ud|møde\s+andre|"
    r"mødes|se\s+andre|være\s+sammen|snakke\s+med|grine|bevæge\s+sig|get\s+out|meet\s+"
    r"(?:other|new|people)|see\s+other|be\s+with\s+other|socialise|socialize|move\s+more|"
    # "Som 82-årig har jeg brug for at hvile mig undervejs": the person's own need.
    + _REST
    + r"|catch\s+(?:my|our|their)\s+breath)|"
    # "Jeg er gammel og skal hvile benene undervejs": a rest the person must take.
    r"(?<![a-z])(?:skal|må|er\s+nødt\s+til\s+at|have\s+to|has\s+to|must)\s+(?:lige\s+)?" + _REST
)
_LANGUAGE_APOLOGY_RE = _rx(
    r"(?:(?:sorry|undskyld|excuse|pardon|beklager)[\s,]+(?:for\s+|over\s+)?)?(?:my|mit|min|for\s+my)\s+"
    r"(?:(?:bad|poor|broken|dårlige|rustne|gebrokne)\s+)?(?:danish|english|dansk|engelsk)"
    r"(?:\s+(?:is|er)\s+(?:still\s+|stadig\s+)?(?:(?:not|n't|ikke)\s+(?:so\s+|very\s+|så\s+|"
    r"særlig\s+)?(?:good|great|perfect|god|godt|perfekt)|(?:very\s+|really\s+|so\s+|pretty\s+|"
    r"quite\s+|meget\s+|rigtig\s+|ret\s+)?(?:bad|poor|limited|terrible|dårligt|rustent|elendigt))"
    r"(?:\s+(?:yet|endnu))?)?(?:\s*\([^()]{0,40}\))?[\s.!]*$"
)
_NEWCOMER_RE = _rx(
    r"(?:(?:i\s*'?m|i\s+am|we\s*'?re|we\s+are|jeg\s+er|vi\s+er|i|we|jeg|vi)\s+)?(?:(?:quite|pretty|fairly|"
    r"ret|helt|lidt)\s+)?(?:new|ny|nye|nyflyttet|nyflyttede|nytilflyttet|just\s+moved|"
    r"recently\s+moved|lige\s+flyttet|moved|flyttede|flyttet)\s+(?:in|to|here|til|i|her|hertil)"
    r"(?![a-zæøå])"
)
# "har lige 2 min i bussen", "typing on my phone", "kort fortalt": how the person writes,
# not the idea.
_CHAT_ASIDE_RE = _rx(
    # "sorry skriver fra telefonen mens aftensmaden koger": the apology, and why.
    r"(?:(?:hej|hi|hey|hello|ok|okay|sorry|sry|soz|undskyld|beklager)[\s,!]+)?"
    r"(?:(?:jeg|i|vi|we)\s+)?(?:"
    r"(?:har|have|'ve\s+got|got)\s+(?:kun\s+|lige\s+|bare\s+|only\s+|just\s+)?(?:\d+|to|tre|fem|"
    r"ti|et|en|a|two|three|five|ten|a\s+few|få)\s+(?:min\w*|sek\w*|minutes?|mins?|secs?|"
    r"seconds?)(?:\s+(?:i|på|in|on)\s+(?:the\s+|my\s+)?\w+)?|"
    r"(?:sidder|skriver|er)\s+(?:lige\s+)?(?:i|på|fra)\s+(?:bussen|toget|metroen|s-toget|"
    r"telefonen|mobilen)(?:\s+(?:mens|imens|så)\s+[^.!?]{1,60})?|"
    r"(?:(?:'m|am)\s+)?(?:typing|writing|texting)\s+(?:on|from)\s+(?:the|my)\s+"
    r"(?:bus|train|phone|mobile)(?:\s+(?:while|so)\s+[^.!?]{1,60})?|(?:'m|am)\s+on\s+the\s+(?:bus|train)|kort\s+fortalt|in\s+short|"
    # "Sorry, my Danish is bad (jeg lærer det!)": the apology's own words.
    r"sorry|undskyld|beklager|lærer\s+det|øver\s+mig|(?:'m|am)\s+(?:still\s+)?learning(?:\s+it)?|"
    # "har travlt så kort:", "in a rush, so quickly:": why it is short.
    r"har\s+(?:lidt\s+|meget\s+|mega\s+)?travlt(?:\s+(?:så|,)\s*(?:kort|hurtigt|kort\s+fortalt))?|"
    r"så\s+kort|kort\s+og\s+godt|(?:'m\s+|am\s+)?in\s+a\s+(?:hurry|rush)(?:\s+so\s+(?:quickly|"
    r"briefly))?|quick\s+one|"
    # "hej, kort spm", "quick question": a preface; the idea comes next.
    r"(?:et\s+|a\s+)?(?:lille\s+|kort\s+|hurtigt\s+|quick\s+|short\s+)(?:spm|spørgsmål|question|q)|"
    # "random idea but hear me out", "skør idé, men hør her": the idea is still to come.
    r"(?:(?:a|an|en|et)\s+)?(?:random|crazy|wild|silly|skør|vild|tosset|skæv)\s+(?:idea|thought|"
    r"idé|ide|tanke)(?:[\s,]+(?:but|men)\s+(?:hear\s+me\s+out|hør\s+(?:lige\s+)?(?:her|på)))?|"
    r"(?:but\s+|men\s+)?hear\s+me\s+out|"
    # "hey can u help me", "kan du hjælpe mig med noget?": asking to be heard, the idea to come.
    r"(?:can|could|will)\s+(?:u|you)\s+(?:please\s+)?help\s+(?:me|us)(?:\s+(?:out|with\s+"
    r"something|with\s+sth))?|(?:kan|vil)\s+(?:du|i)\s+(?:lige\s+)?hjælpe\s+(?:mig|os)"
    r"(?:\s+med\s+noget)?)"
)


# "hvis det kan lade sig gøre", "if at all possible": a hedge on what came before, no part
# of its own.
_HEDGE_RE = _rx(
    r"(?:(?:og|and|men|but)\s+)?(?:hvis|om|if)\s+(?:(?:det|that|this|it)(?:'s|\s+is|\s+er)?\s+)?"
    r"(?:overhovedet\s+|at\s+all\s+)?(?:kan\s+lade\s+sig\s+gøre|muligt|possible|ok(?:ay)?|"
    r"works|går|passer)(?:\s+(?:for\s+jer|for\s+you|for\s+kommunen|with\s+you))?"
)


def is_chat_aside(text: str) -> bool:
    """Whether `text` only tells how the person is writing ("har lige 2 min i bussen")."""
    return _CHAT_ASIDE_RE.fullmatch(_without_edges(fold_plain(text))) is not None


# "det er ikke en klage", "this is not a complaint, just an idea", "bare et forslag": what the
# message is not (or is) as a message, no reason and no part of the idea.
_KIND_OF_MESSAGE_RE = _rx(
    r"(?:(?:og|men|and|but|so|så)\s+)?(?:(?:det|dette|det\s+her|this|it)(?:\s+(?:er|is)\s+"
    r"(?:ikke|not)|\s*'s\s+not|\s+isn'?t)\s+(?:nogen\s+|en\s+|et\s+|a\s+)?(?:klage|brok|kritik|sur\s+mail|"
    r"complaint|criticism|rant|moan)(?:[\s,]+(?:men|but))?(?:[\s,]+(?:bare|just|kun|only|simply))?"
    r"(?:[\s,]+(?:en|et|an|a)\s+(?:lille\s+|little\s+|small\s+)?(?:id[eé]|idea|forslag|"
    r"suggestion))?|(?:(?:men|but|bare|just|kun|only|simply)\s+)+(?:en|et|an|a)\s+(?:lille\s+|"
    r"little\s+|small\s+)?(?:id[eé]|idea|forslag|suggestion))"
)


def _without_edges(text: str) -> str:
    """`text` without the punctuation and emoji around its words ("… hear me out 😄")."""
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


_HOME_OR_ORIGIN_RE = _rx(
    r"(?:(?:og|and)\s+)?(?:(?:jeg|i|vi|we)\s+(?:bor|live|kommer\s+fra|come\s+from|am\s+from|"
    r"'m\s+from|er\s+fra|came\s+from|kom\s+fra)|living\s+(?:in|near|on|at|by))\s"
)
# "uni student here", "mum of two here", "pensionist her": who is writing, in a chat's words.
_WHO_HERE_RE = _rx(
    r"(?:[a-z0-9'-]+\s+){0,3}?(?:student|mum|mom|dad|mother|father|parent|teacher|nurse|"
    r"resident|local|neighbou?r|pensioner|retiree|grandma|granny|grandpa|expat|newcomer|"
    r"studerende|pensionist|nabo|lærer|beboer|mor|far)(?:\s+(?:of|til)\s+[a-z0-9]+)?\s+"
    r"(?:here|her)"
)
_CHANCE_BEFORE_RE = _rx(r"(?<![a-z])(?:any|a)\s+chance\s+(?:that\s+)?(?:the\s+)?$")
_FROM_PLACE_RE = _rx(
    r"(?:og\s+|and\s+)?(?:originally\s+|oprindeligt\s+|oprindelig\s+)?(?:from|fra)\s"
)
_IDEA_IS_RE = _rx(
    r"(?:(?:så|og|men|nå\s+men|anyway|so|and|but|basically|well)[\s,]+)?"
    r"(?:min|vores|mit|selve)?\s*(?:id[eé](?:en)?|forslag(?:et)?)\s+(?:er|går\s+ud\s+på)\s"
    # "idéen er at folk får frisk frugt": what it brings about, which may be why.
    r"(?!at\s)|"
    r"(?:(?:so|and|but|anyway|basically|well)[\s,]+)?(?:my|our|the)\s+(?:idea|proposal|"
    r"suggestion)\s+is\s(?!that\s)"
)


_NO_HELP_RE = _rx(
    r"(?:(?:og|men|and|but)\s+)?(?:(?:vi|jeg|we|i)\s+)?(?:behøver|har|skal|do|don't|dont|need)?\s*"
    r"(?:(?:ikke|not|n't)\s+)?(?:behøver\s+ikke|har\s+ikke\s+brug\s+for|skal\s+ikke\s+bruge|"
    r"need\s+no|don'?t\s+need|do\s+not\s+need|no\s+need\s+for)\s+(?:nogen\s+|noget\s+|any\s+|"
    r"anything\s+|mere\s+)?(?:hjælp|støtte|penge|help|support|money|anything)"
    r"(?:\s+(?:fra\s+(?:kommunen|jer|jeres\s+side)|from\s+(?:the\s+(?:municipality|council)|you)))?"
)


_CAN_WE_HAVE_RE = _rx(
    r"\s*(?:(?:hi|hej|hello)[\s,!]+)?(?:can|could)\s+(?:we|i|you)\s+(?:please\s+)?(?:have|get|put\s+up|"
    r"make)\s+(?:a|an|some|more|the)\s"
)
_OFFER_HELP_RE = _rx(
    r"(?:og\s+|and\s+)?(?:(?:jeg|vi|i|we)\s+)?(?:vil\s+(?:gerne|godt)|kan|would\s+(?:like|love)\s+to|"
    r"'d\s+(?:like|love)\s+to|am\s+happy\s+to|'m\s+happy\s+to|can|could)\s+(?:også\s+|gerne\s+|"
    r"also\s+)?(?:hjælpe|hjælpe\s+til|give\s+en\s+hånd|bidrage|help|help\s+out|lend\s+a\s+hand|"
    r"volunteer|pitch\s+in)(?:\s+(?:med\s+det|til|with\s+it|out))?"
)


_READY_BY_RE = _rx(
    r"(?:(?:vi|jeg)\s+(?:forestiller\s+(?:os|mig)|håber|regner\s+med|tænker)|(?:we|i)\s+"
    r"(?:imagine|hope|expect|picture|think))?[\s,]*(?:(?:at|that)\s+)?(?:den|det|it|this|"
    r"(?:the|our|vores)\s+[a-z]+|[a-zæøå]{3,}(?:en|et))\s+(?:kan|skal|vil|kunne|ville|could|can|"
    r"will|would|should)\s+(?:(?:stå|være)\s+(?:færdig|klar|på\s+plads)|be\s+(?:ready|"
    r"finished|done|in\s+place))(?![a-z])"
)


def _ready_by_only(doc: _Doc, sentence: int, covered: _SpanSet) -> bool:
    """Whether a sentence only tells when the idea is ready ("… kan stå færdig til foråret")."""
    if sentence >= len(doc.sentences):
        return False
    a, b = doc.sentences[sentence]
    m = _READY_BY_RE.match(doc.text, a + len(doc.text[a:b]) - len(doc.text[a:b].lstrip()))
    return (
        m is not None
        and m.end() < b
        and _residue_words(doc, m.end(), b, covered) == 0
        and bool(doc.text[m.end() : b].strip(" .!,"))
    )


def _label_clauses(doc: _Doc, span_fields: dict[str, list[Span]]) -> None:
    text = doc.text
    covered = _SpanSet(s for spans in span_fields.values() for s in spans)
    whose = _SpanSet(span_fields["who_benefits"])
    _split_mixed_clauses(doc)
    bracketed = _bracketed_brings(doc)
    prev: _Clause | None = None
    for c in doc.clauses:
        seg = text[c.start : c.end]
        c.span_only = _residue_words(doc, c.start, c.end, covered) == 0
        after_brings = (
            prev is not None
            and prev.label == "brings"
            and prev.sentence == c.sentence
            and _COORDINATED_RE.match(seg) is not None
        )
        prev_label = prev.label if prev is not None else None
        prev_sentence = prev.sentence if prev is not None else -1
        prev = c
        if _NOTE_MARK_RE.fullmatch(seg.strip(" *_")) and text[c.end :].lstrip(" *_")[:1] == ":":
            # "spm: kan kommunen låne os gribetænger?": the mark tells nothing itself.
            c.label = "greeting"
        elif _POINTER_RE.match(seg):
            # "Se evt. hvad vi lavede sidste år: <link>" points elsewhere; no field.
            c.label = "greeting"
        elif _ready_by_only(doc, c.sentence, covered):
            # "Vi forestiller os, at parken kan stå færdig i løbet af efteråret 2027": the
            # time it is ready, told as a wish; the time has its own part.
            c.label = "greeting"
        elif (
            (_NEWCOMER_RE.match(seg) or _HOME_OR_ORIGIN_RE.match(seg)) and len(seg.split()) <= 8
        ) or _WHO_HERE_RE.fullmatch(seg.strip(" .!,:;-")):
            # "new in Gentofte", "we just moved to Hellerup", "I come from Philippines one year
            # ago", "I live in Gentofte near Jægersborg Station": who the person is.
            c.label = "greeting"
        elif (
            _CHAT_ASIDE_RE.fullmatch(_without_edges(seg))
            or _KIND_OF_MESSAGE_RE.fullmatch(_without_edges(seg))
            or _HEDGE_RE.fullmatch(seg.strip(" .!?,:;-()"))
            or _COURTESY_RE.fullmatch(seg.strip(" .!,:;-"))
        ):
            c.label = "greeting"
        elif (_WRITES_FOR_RE.match(seg) or _OFFICE_INTRO_RE.match(seg)) and len(seg.split()) <= 12:
            # "Jeg skriver på vegne af grundejerforeningen Solbakken": who writes, no reason.
            # "jeg er formand for Skovshoved Vinterbadere": an office, no skill they bring.
            c.label = "greeting"
        elif _ASKS_FOR_SOMETHING_RE.fullmatch(_without_edges(seg) + "?"):
            # "Can something be done?": where the idea will stand, still untold (vague, so the
            # idea is asked for), and no reason beside the trouble told before it.
            c.label = "what"
        elif _LANGUAGE_APOLOGY_RE.match(seg):
            # "Sorry my Danish is not so good yet", "undskyld mit dårlige dansk": an apology
            # for the words, not a reason for the idea.
            c.label = "greeting"
        elif c.start in bracketed:
            c.label, c.strong = "brings", True
        elif _OFFER_HELP_RE.fullmatch(seg.strip(" .!,")):
            # "(og) vil gerne hjælpe", "and I'm happy to help": an offer, what they bring.
            c.label, c.strong = "brings", True
        elif _IDEA_IS_RE.match(seg):
            # "Så min idé er et gør-det-selv cykelværksted, hvor man kan få hjælp til ...":
            # the person says which words are the idea, whatever else they mention.
            c.label, c.strong, c.declared = "what", True, True
        elif _WHY_START_RE.match(seg) and not _INVERTED_ABILITY_RE.search(seg):
            c.label, c.strong = "why", True
        elif _PEOPLE_NEED_RE.search(seg):
            # "Vi gamle har også brug for at komme ud af huset": what people need, the reason.
            c.label, c.strong = "why", True
        elif _NO_HELP_RE.fullmatch(seg.strip(" .!,;")):
            # "Behøver ikke hjælp", "we don't need anything from you": the answer to what help
            # they want, in their words.
            c.label, c.strong = "help_wanted", True
        elif _STRONG_HELP_RE.search(seg):
            c.label, c.strong = "help_wanted", True
            c.also_what = bool(_MUNI_CREATE_RE.search(seg))
        elif _CAN_WE_HAVE_RE.match(seg):
            # "Can we have a pedestrian crossing on Ordrupvej?": a request, not what they have.
            c.label, c.strong = "what", True
        elif _BRINGS_RE.search(seg):
            c.label, c.strong = "brings", True
        elif (help_m := _NOUNISH_HELP_RE.search(seg)) and _is_request(seg, help_m.start()):
            c.label, c.strong = "help_wanted", True
        elif (
            (why := _why_outside_people(seg, c.start, whose))
            or _WHAT_RE.search(seg)
            or _own_wish(seg)
        ):
            # When both a reason and a plan are cued, the earlier cue leads the clause.
            what = _WHAT_RE.search(seg) or _own_wish(seg)
            if why and (not what or why.start() < what.start()):
                c.label, c.strong = "why", True
            else:
                c.label, c.strong = "what", True
        elif _RELATIVE_WISH_RE.match(seg):
            # "vi er 7 husstande der gerne vil dele to elbiler": what they want to do (it turns
            # into what they bring below when the idea is stated elsewhere).
            c.label = "what"
        elif _is_greeting(doc, c.start, c.end):
            # "Dear Gentofte Municipality,": a greeting, though it names the municipality.
            c.label = "greeting"
        elif prev_label == "greeting" and prev_sentence == c.sentence and _FROM_PLACE_RE.match(seg):
            # "new in Gentofte, from India": still who they are.
            c.label = "greeting"
        elif (
            _WEAK_HELP_RE.search(seg)
            # "vi kan låne borde og bænke af spejderne": still what they bring.
            and not after_brings
            and not c.span_only
            and not _PROBLEM_RE.search(seg)
            and (_FIRST_PERSON_RE.search(seg) or _YOU_RE.search(seg) or len(seg.split()) <= 6)
        ):
            c.label = "help_wanted"
    _list_goes_on(doc)
    _announced_proposal(doc)
    _idea_described_on(doc)
    _declared_over_colon(doc)


# "På vegne af menighedsrådet vil jeg gerne fremsætte et forslag.", "I'd like to put forward a
# suggestion:": the proposal announced, told in what follows.
_ANNOUNCES_A_PROPOSAL_RE = _rx(
    r"(?<![a-z])(?:fremsætte|fremsætter|komme\s+med|kommer\s+med|give|dele|præsentere|sende|"
    r"put\s+forward|make|submit|share|present|offer|bring)\s+(?:et|en|a|an|nogle|some|mit|min|"
    r"vores|my|our)\s+(?:(?:lille|little|small|nyt|ny|new|konkret|concrete)\s+)?(?:forslag|id[eé]|"
    r"idea|proposal|suggestion)(?:\s+(?:til\s+(?:jer|kommunen|dig)|to\s+(?:you|the\s+"
    r"(?:municipality|council))))?[\s.:!]*$"
)


# "Hvor man kan tale dansk sammen", "Where people can swap books": a sentence of its own that
# says what happens at the thing just named.
_WHERE_PEOPLE_CAN_RE = _rx(
    r"(?:hvor|where)\s+(?:man|folk|people|you|vi|we|alle|everyone|anyone|børn|kids|naboer|"
    r"neighbours|neighbors)\s+(?:kan|kunne|må|can|could|may)\s"
)


def _idea_described_on(doc: _Doc) -> None:
    """A sentence that goes on to describe the idea just told is part of the idea."""
    for prev, c in pairwise(doc.clauses):
        if (
            prev.label == "what"
            and prev.strong
            and c.sentence == prev.sentence + 1
            and not c.strong
            and _WHERE_PEOPLE_CAN_RE.match(doc.text, c.start)
        ):
            c.label, c.strong, c.span_only = "what", True, False


# "Jeg vil gerne gøre opmærksom på et problem", "I'd like to flag a problem": what comes is a
# problem, told to be heard; no plan yet.
_ANNOUNCES_A_PROBLEM_RE = _rx(
    r"(?:(?:hej|hi|hello|so|så)[\s,!]+)?(?:jeg|vi|i|we)\s+(?:vil|ville|would|'d|want\s+to|"
    r"wanted\s+to)\s+(?:gerne\s+|like\s+to\s+|just\s+|bare\s+|lige\s+)*(?:gøre\s+(?:jer\s+|"
    r"kommunen\s+)?opmærksom\s+på|fortælle\s+om|klage\s+over|flag|report|point\s+out|"
    r"raise|tell\s+you\s+about)\s+(?:et|en|a|an|noget|something)\s+(?:(?:stort|alvorligt|"
    r"lille|big|serious|small|real)\s+)?(?:problem|issue|concern|bekymring)[\s.:!]*"
)


def _announced_proposal(doc: _Doc) -> None:
    """A clause that only announces a proposal gives way to the one that tells it; one that
    announces a problem tells no plan at all."""
    for i, c in enumerate(doc.clauses):
        if c.label == "what" and _ANNOUNCES_A_PROBLEM_RE.fullmatch(doc.text, c.start, c.end):
            c.label, c.strong = "greeting", False
            continue
        if (
            c.label == "what"
            and _ANNOUNCES_A_PROPOSAL_RE.search(doc.text, c.start, c.end)
            and any(d.label == "what" and d.strong for d in doc.clauses[i + 1 :])
        ):
            c.label, c.strong = "greeting", False


# Words no bare list of things holds: pronouns, verbs, prepositions, cues of a new thought.
_NOT_IN_A_LIST = frozenset(
    fold_plain(w)
    for w in (
        "jeg vi du de han hun man det der den dem os i we you they he she it there this that "
        "er var har kan vil skal kunne ville skulle bliver is are was were have has can will "
        "would could should be for til fordi because så so hvis if når when hvor where som who "
        "which ved på in at on to fra from med with om about efter after før before men but "
        "ikke not no nej ja yes tak thanks også also bare just gerne please"
    ).split()
)
_LIST_JOINERS = frozenset({"og", "and", "samt", "plus", "eller", "or"})
_LIST_ENDS = frozenset({"osv", "etc", "mm"})


# Where a list of things may go on after its last item: "bænke og kaffe fra caféen", "stole
# og kaffe til rådighed".
_AFTER_A_LIST = frozenset(fold_plain(w) for w in "fra from til to med with af of".split())


def _is_list_tail(doc: _Doc, c: _Clause) -> bool:
    """ "musik og borde", "coffee and chairs", "kaffe osv. med": the rest of a list of
    things begun in the clause before, cut off at its comma."""
    words = _TOKEN_RE.findall(doc.text, c.start, c.end)
    if words and words[-1] == "med":
        # "vi tager kage, kaffe osv. med": the verb's particle.
        words = words[:-1]
    for i, w in enumerate(words):
        if w in _NOT_IN_A_LIST:
            if w not in _AFTER_A_LIST or i < 2 or len(words) - i > 4:
                return False
            # "bænke og kaffe fra caféen": the list ends before what the things come from.
            words = words[:i]
            break
    if not 1 <= len(words) <= 8:
        return False
    joined = any(w in _LIST_JOINERS for w in words[1:-1])
    return joined or words[-1] in _LIST_ENDS


def _list_goes_on(doc: _Doc) -> None:
    """Give a list's tail the label of the clause it was cut from: what they bring or want."""
    for prev, c in pairwise(doc.clauses):
        if (
            c.strong
            or c.sentence != prev.sentence
            or doc.text[prev.end : c.start].strip(" ,")
            or "," not in doc.text[prev.end : c.start]
            or not _is_list_tail(doc, c)
        ):
            continue
        if prev.strong and prev.label in ("brings", "help_wanted"):
            c.label, c.strong, c.span_only = prev.label, True, False
        elif not prev.strong and _BRINGS_RE.search(doc.text[prev.start : c.end].replace(",", " ")):
            # "Vi stiller haven, stole og kaffe til rådighed": what they bring is told only
            # once the list is read whole.
            for part in (prev, c):
                part.label, part.strong, part.span_only = "brings", True, False


def _names_a_thing(doc: _Doc, c: _Clause, whose: _SpanSet) -> bool:
    """A clause of a few words with no verb outside the people it names: a thing."""
    words = [
        doc.text[a:b]
        for a, b in doc.tokens
        if c.start <= a and b <= c.end and not whose.contains((a, b))
    ]
    told = " ".join(words)
    return (
        2 <= len(words) <= 8
        # A thing for someone or somewhere ("… for retired men", "… in Gentofte").
        and bool({"for", "til", "in", "i", "paa", "on", "at", "ved", "by"} & set(words))
        and not {"i", "we", "my", "our", "jeg", "vi", "min", "mit", "vores"} & set(words[:2])
        and not _FINITE_VERB_RE.search(told)
        and not _SITUATION_VERB_RE.search(told)
    )


def _why_outside_people(seg: str, at: int, whose: _SpanSet) -> re.Match[str] | None:
    """The first reason cued in `seg` that is not told of the people it is for: "men's shed
    for retired men who feel lonely" names a thing, and the loneliness is theirs."""
    for m in _WHY_RE.finditer(seg):
        if not whose.contains((at + m.start(), at + m.end())):
            return m
    return None


def _declared_over_colon(doc: _Doc) -> None:
    """ "Så mit forslag er: et fællesskabskøleskab, hvor …": a lead that is all its clause
    names the next clause as the idea."""
    for lead, c in pairwise(doc.clauses):
        if _IDEA_LEAD_ONLY_RE.fullmatch(doc.text[lead.start : lead.end].strip(" :,.-–—")):
            lead.label, lead.strong, lead.declared = "greeting", False, False
            c.label, c.strong, c.declared = "what", True, True


# "Så mit forslag er", "my idea is", told before a colon.
_IDEA_LEAD_ONLY_RE = _rx(
    r"(?:(?:så|og|men|nå\s+men|anyway|so|and|but|basically|well)[\s,]+)?"
    r"(?:min|vores|mit|selve|my|our|the)?\s*(?:id[eé](?:en)?|forslag(?:et)?|idea|proposal|"
    r"suggestion)\s+(?:er|går\s+ud\s+på|is)(?:\s+(?:derfor|altså|simpelthen|egentlig|bare|"
    r"kort\s+sagt|therefore|simply|basically|then))?"
)


# "kunne man starte en?", "man kunne lave den", "could you build one there?": the idea is
# named elsewhere, as what is missing ("der er ingen skakklub", "der mangler en hundeskov").
_PRONOUN_PLAN_RE = _rx(
    r"(?<![a-z])(?:lave|starte|bygge|etablere|oprette|anlægge|åbne|have|få|lave|make|start|"
    r"build|set\s+up|open|get|have|create)\s+(?:den|det|dem|en|et|sådan\s+en|sådan\s+et|it|"
    r"one|them|such\s+a\s+thing|something\s+like\s+that)(?![a-z])|"
    # "Kunne man ikke sætte et op ved busstoppestedet?", "could you put one up there?"
    r"(?<![a-z])(?:sætte|stille|hænge|put|set)\s+(?:den|det|dem|en|et|sådan\s+en|sådan\s+et|it|"
    r"one|them)\s+(?:op|up)(?![a-z])"
)
_LACK_ANY_RE = _rx(
    r"(?<![a-z])(?:der\s+(?:er|findes)\s+(?:ingen|ikke\s+(?:nogen|noget|en|et))|der\s+mangler|"
    r"mangler\s+der|(?:vi|jeg|og)\s+(?:savner|mangler)|there\s+(?:is|are|'s)\s+no|there\s+"
    r"(?:isn't|aren't)\s+(?:a|an|any)|we\s+(?:lack|miss)|nowhere\s+(?:to|for))(?![a-z])"
)


def _refer_back_to_lack(doc: _Doc) -> None:
    """A plan told with a pronoun ("kunne man starte en?") names the missing thing too."""
    text = doc.text
    plans = [
        c
        for c in doc.clauses
        if c.label == "what" and _PRONOUN_PLAN_RE.search(text, c.start, c.end)
    ]
    if not plans:
        return
    first_plan = plans[0].start
    for c in doc.clauses:
        if c.start >= first_plan:
            break
        if c.label != "what" and _LACK_ANY_RE.search(text, c.start, c.end):
            c.also_what = True


def _own_wish(seg: str) -> re.Match[str] | None:
    """A wish whose subject is the person ("me and my friends want to do ...")."""
    m = _VOLITION_RE.search(seg)
    if m is None:
        return None
    prefix = seg[: m.start()]
    if _OWN_WISH_PREFIX_RE.match(prefix) or _FIRST_PERSON_RE.search(prefix):
        return m
    return None


def _previous_content_sentence(doc: _Doc, idx: int) -> int:
    """The index of the closest earlier sentence with words in it (-1 if none)."""
    for j in range(idx - 1, -1, -1):
        a, b = doc.sentences[j]
        if _TOKEN_RE.search(doc.text, a, b):
            return j
    return -1


# "hvor ældre kan få hjælp til", "where seniors can bring their phone and get help with": the
# people the idea is for get the help (a request only when the person's own group does).
_OTHERS_GET_RE = _rx(
    r"(?<![a-z'])(?P<who>[a-zæøå]+)\s+(?:(?:can|could|will|kan|kunne|vil|skal)\s+)?"
    r"(?:[a-zæøå]+\s+){0,8}?(?:and\s+|og\s+)?(?:get|receive|få|modtage)\s+"
    r"(?:some\s+|lidt\s+|noget\s+)?$"
)
_ASKING_SUBJECTS = frozenset({"we", "i", "vi", "jeg", "us", "os", "mig", "me"})


def _help_for_others(text: str) -> bool:
    """Whether a clause's only help is what the idea gives others ("hvor ældre kan få hjælp
    til deres telefoner")."""
    folded = fold_plain(text)
    cues = list(_NOUNISH_HELP_RE.finditer(folded))
    if not cues or _STRONG_HELP_RE.search(folded) or _MUNI_CREATE_RE.search(folded):
        return False
    return all(_others_get(folded, m.start()) for m in cues)


def _others_get(seg: str, cue_at: int) -> bool:
    """Whether the help cued at `cue_at` is what others get ("hvor ældre kan få hjælp til")."""
    got = _OTHERS_GET_RE.search(seg[max(0, cue_at - 40) : cue_at])
    return got is not None and got.group("who") not in _ASKING_SUBJECTS


def _is_request(seg: str, cue_at: int) -> bool:
    """Tell whether a noun-style help cue in `seg` is the person asking for something."""
    if _NEGATED_RE.search(seg[max(0, cue_at - 25) : cue_at]):
        return False
    if _others_get(seg, cue_at):
        # "a drop-in where seniors can … get help with MitID": the help the idea gives.
        return False
    return bool(_FIRST_PERSON_RE.search(seg) or _YOU_RE.search(seg) or len(seg.split()) <= 7)


def _is_greeting(doc: _Doc, a: int, b: int) -> bool:
    text = doc.text
    m = _GREETING_RE.match(text, a, b)
    if not m:
        return False
    if (
        _CLOSING_RE.fullmatch(m.group(0).strip(" ,.!"))
        and not text[b:].strip(" \n.!,")
        and len(_TOKEN_RE.findall(text, m.end(), b)) <= 4
    ):
        # "mvh Grethe 78 år", "thx sara": the message signed off, whatever the name.
        return True
    for tm in _TOKEN_RE.finditer(text, m.end(), b):
        tok = tm.group(0)
        if tok in _GREETING_REST_OK or doc.folded.is_upper_at(tm.start()):
            continue
        return False
    return True


_GLUE_WORDS = frozenset("og and samt men but i in paa on at ved by the den det de".split())
_MODIFIER_LEADS = frozenset(
    "i in paa on at ved by near naer til om fra from hver every each kl til inden before "
    "efter after mellem between omkring around".split()
)


def _only_modifiers(doc: _Doc, a: int, b: int, covered: _SpanSet) -> bool:
    """Tell whether doc.text[a:b] holds nothing but the covered places or times."""
    tokens = [t for t in doc.tokens[bisect_left(doc.token_ends, a + 1) :] if t[0] < b]
    # "Ordrup Hundeklub" is a place's name in a partner's; "på Ordrup Torv" is a place.
    return (
        bool(tokens)
        and doc.text[tokens[0][0] : tokens[0][1]] in _MODIFIER_LEADS
        and all(covered.contains(t) or doc.text[t[0] : t[1]] in _GLUE_WORDS for t in tokens)
    )


def _residue_words(doc: _Doc, a: int, b: int, covered: Sequence[Span] | _SpanSet) -> int:
    count = 0
    cover = _as_set(covered)
    tokens = doc.tokens
    for i in range(bisect_left(doc.token_ends, a + 1), len(tokens)):
        ta, tb = tokens[i]
        if ta >= b:
            break
        if cover.contains((ta, tb)):
            continue
        if doc.text[ta:tb] in _FRAME_WORDS:
            continue
        count += 1
    return count


def _states_plan(doc: _Doc, a: int, b: int, plan_spans: _SpanSet) -> bool:
    """Tell whether unlabelled words say what will be done, not why ("lave kaffe møde")."""
    if _PROBLEM_RE.search(doc.text, a, b):
        return False
    if _CREATE_START_RE.match(doc.text, a, b) or _PLAN_RE.search(doc.text, a, b):
        return True
    # "..., en gang hver måned" and "og vi holder en vejfest en lørdag i juni" name the
    # plan's time; "and garden clippings we throw out every week" goes on with the problem.
    return plan_spans.overlaps((a, b)) and (
        not _COORDINATED_RE.match(doc.text, a, b)
        or bool(_FIRST_PERSON_START_RE.match(doc.text, a, b))
    )


# "Jeg foreslår derfor,", "I would suggest that": the proposal is in the clause that follows.
_PROPOSE_ONLY_RE = _rx(
    r"\s*(?:(?:og|and|så|so)\s+)?(?:jeg|vi|i|we)\s+(?:vil\s+|would\s+|'d\s+)?(?:gerne\s+|like\s+"
    r"to\s+)?(?:foreslår|foreslå|forslår|suggest|propose)(?:\s+(?:derfor|hermed|altså|therefore|"
    r"hereby|also|også))?\s*[,.:]?\s*"
)
_THAT_START_RE = _rx(r"\s*(?:at|that)\s")


def _assign_clause_fields(doc: _Doc, span_fields: dict[str, list[Span]]) -> None:
    """Fill in labels for unlabelled clauses from their neighbours and sentence shape."""
    clauses = doc.clauses
    # A time (not a habit) told outside a problem belongs to the plan: a reason does not
    # spread onto it. Places do not count: the problem is often told where it is.
    plan_spans = _SpanSet(
        s for s in span_fields["when"] if not _HABITUAL_RE.match(doc.text, s[0], s[1])
    )
    by_sentence: dict[int, list[_Clause]] = {}
    for c in clauses:
        by_sentence.setdefault(c.sentence, []).append(c)
    # "vi er nogle fædre der gerne vil rydde sne": when the idea is stated elsewhere,
    # a relative clause hanging off a "brings" clause says what those people will do.
    what_sentences = {c.sentence for c in clauses if c.label == "what" and c.strong}
    for prev_c, c in pairwise(clauses):
        if (
            c.label == "what"
            and prev_c.label == "brings"
            and prev_c.sentence == c.sentence
            and _RELATIVE_START_RE.match(doc.text, c.start)
            and what_sentences - {c.sentence}
            and not _CREATE_RE.search(doc.text, c.start, c.end)
        ):
            c.label = "brings"
    for prev_c, c in pairwise(clauses):
        if (
            prev_c.label == "what"
            and prev_c.sentence == c.sentence
            and _PROPOSE_ONLY_RE.fullmatch(doc.text, prev_c.start, prev_c.end)
            and _THAT_START_RE.match(doc.text, c.start)
        ):
            # "Jeg foreslår derfor, at kommunen udskifter bænkene": what is proposed comes
            # after "at", whatever else it also tells (here the help wanted).
            if c.label in (None, "what"):
                c.label, c.strong = "what", True
            else:
                c.also_what = True
    last_label: dict[int, str | None] = {}
    for c in clauses:
        if (
            c.label == "brings"
            and last_label.get(c.sentence) == "what"
            and _ACTIVITY_GOES_ON_RE.match(doc.text, c.start, c.end)
        ):
            # "... a LAN party, and we play Fortnite all night": what happens at the event.
            c.label = "what"
        if c.label is not None:
            last_label[c.sentence] = c.label
    # "A bench, because there is nowhere to sit": with no plan cued anywhere, the bare
    # phrase opening the first sentence is the idea.
    idea_missing = not any(c.label == "what" or c.also_what for c in clauses)
    if idea_missing:
        # "I'd happily run a homework club at the library": with no other plan told, what
        # the person offers to run is the idea too.
        for c in clauses:
            if (
                c.label == "brings"
                and (
                    _PLAN_RE.search(doc.text, c.start, c.end)
                    or _WHAT_RE.search(doc.text, c.start, c.end)
                )
                # "og vil gerne hjælpe" offers a hand; it names no idea.
                and not _OFFER_HELP_RE.fullmatch(doc.text[c.start : c.end].strip(" .!,"))
            ):
                c.also_what = True
                idea_missing = False

    first_content = next(
        (c for c in clauses if c.label not in ("greeting", "span") and not c.span_only), None
    )
    if idea_missing and (
        first_content is None
        or _tells_a_situation(doc.text[first_content.start : first_content.end])
        # "jeg synes der mangler cykelstativer ved stationen, man kan aldrig finde en plads":
        # the complaint of a missing thing opens the message, and the thing is the idea.
        or _lacks_a_thing(doc.text, first_content.start, first_content.end)
        # "Jeg er 78 år og bor på Ordrupvej. Jeg savner en bænk ved busstoppestedet": who
        # they are, then the thing they miss.
        or _SELF_INTRO_RE.match(doc.text, first_content.start, first_content.end) is not None
    ):
        # "der mangler altså en bænk på stien": with no plan stated, the missing thing is it.
        lack = next(
            (
                c
                for c in clauses
                if (
                    c.label in (None, "why")
                    and _LACK_THING_RE.search(doc.text, c.start, c.end) is not None
                )
                # "Jeg savner en bænk ved busstoppestedet", read as help: the thing missed.
                or (c.label == "help_wanted" and _lacks_a_thing(doc.text, c.start, c.end))
            ),
            None,
        )
        if lack is not None:
            lack.label, lack.strong = "what", True
            idea_missing = False
    for group in by_sentence.values():
        if not any(c.label in _CLAUSE_FIELDS for c in group):
            continue
        prev: str | None = None
        for c in group:
            if c.label in _CLAUSE_FIELDS:
                prev = c.label
            elif c.label is None:
                seg = doc.text[c.start : c.end]
                if (
                    prev is not None
                    and prev != "why"
                    and (
                        _CONTRAST_PROBLEM_RE.match(seg)
                        # "..., men om vinteren er det kulsort", "but it blows over"
                        or (
                            _CONTRAST_RE.match(seg)
                            and _PROBLEM_RE.search(seg)
                            and not _WHAT_RE.search(seg)
                            and not _STRONG_HELP_RE.search(seg)
                        )
                    )
                ):
                    # "Vi er 6 ... men savner det sociale": the contrast tells the need.
                    c.label, c.strong = "why", True
                    prev = "why"
                elif (
                    prev == "what"
                    and _THING_STATE_RE.match(seg)
                    and _PROBLEM_RE.search(seg)
                    and not _WHAT_RE.search(seg)
                    and not _STRONG_HELP_RE.search(seg)
                ):
                    # "vi skal have lys på stien, det er farligt om aftenen": how things are
                    # now, after the plan, is why.
                    c.label, c.strong = "why", True
                    prev = "why"
                elif (
                    prev == "what"
                    and _NOBODY_CAN_RE.match(seg)
                    and not _WHAT_RE.search(seg)
                    and not _STRONG_HELP_RE.search(seg)
                ):
                    # "der mangler cykelstativer, man kan aldrig finde en plads om morgenen":
                    # what nobody can do now, after the plan, is why.
                    c.label, c.strong = "why", True
                    prev = "why"
                elif prev == "why" and _states_plan(doc, c.start, c.end, plan_spans):
                    # "..., fordi vi mangler et sted. Lave kaffe møde, en gang hver måned".
                    if not c.span_only:
                        c.label = prev = "what"
                elif prev is not None:
                    c.label = prev
                elif not c.span_only:
                    # A leading clause describing a problem explains the need, whatever follows
                    # ("ensomme" in "mandeværksted for ensomme pensionister" is the people's).
                    seg = doc.text[c.start : c.end]
                    whose = _SpanSet(span_fields["who_benefits"])
                    if any(
                        not whose.contains((c.start + m.start(), c.start + m.end()))
                        for m in _PROBLEM_RE.finditer(seg)
                    ) and not _FIRST_PERSON_START_RE.match(seg):
                        c.label = "why"
                    elif idea_missing and c is first_content:
                        c.label = "what"
                        doc.guessed_what = True
                    elif c is first_content and _names_a_thing(doc, c, whose):
                        # "men's shed in Gentofte for retired men who feel lonely, we meet
                        # tuesdays, …": a thing named first, with no verb, is the idea.
                        c.label = "what"
                    else:
                        c.label = next(x.label for x in group if x.label in _CLAUSE_FIELDS)
    has_what = any(c.label == "what" or c.also_what for c in clauses)
    problem_as_idea = False
    if not has_what:
        # The first sentence with content states the idea, even when it is phrased
        # as a request ("Can we have more bins in the park?").
        for idx in sorted(by_sentence):
            content = [c for c in by_sentence[idx] if c.label != "greeting" and not c.span_only]
            if not content:
                continue
            labels = {c.label for c in content}
            if labels <= {None, "help_wanted", "why"} and labels & {"help_wanted", "why"}:
                doc.extra_what.append((content[0].start, content[-1].end))
                has_what = True
                told = doc.text[content[0].start : content[-1].end]
                # A question in it may well ask for the idea ("… Kunne man lægge en måtte?"),
                # and one sentence may go on to it ("…, so a café at the library would help").
                problem_as_idea = (
                    labels == {"why"}
                    and len(by_sentence) > 1
                    and "?" not in told
                    # "Da vi flyttede hertil, var der en gammel dame der bankede på …": how
                    # things were, told as a story, is no plan either.
                    and bool(_PROBLEM_RE.search(told) or _tells_a_situation(told))
                )
            break
    if not has_what:
        # "vi spiller fodbold ... men om vinteren er det kulsort. kan I ikke sætte lys op?",
        # "We play there every day, but it floods. Could you put in a drain?": told after the
        # situation, the request to the municipality is the idea.
        for idx in sorted(by_sentence):
            content = [c for c in by_sentence[idx] if c.label != "greeting" and not c.span_only]
            labels = {c.label for c in content}
            if content and labels <= {None, "help_wanted"} and "help_wanted" in labels:
                doc.extra_what.append((content[0].start, content[-1].end))
                has_what = True
                break
    _refer_back_to_lack(doc)
    what_starts = [c.start for c in clauses if c.label == "what" or c.also_what]
    # A problem kept as the idea for want of one starts no idea: what follows it is not the
    # idea's details ("Jeg arbejder i et supermarked" introduces the person).
    what_starts += [a for a, _ in doc.extra_what[1 if problem_as_idea else 0 :]]
    first_what = min(
        (c.sentence for c in clauses if what_starts and c.start >= min(what_starts)),
        default=len(doc.sentences),
    )
    what_sentences = {c.sentence for c in clauses if c.label == "what" or c.also_what}
    for idx in sorted(by_sentence):
        group = by_sentence[idx]
        if any(c.label in _CLAUSE_FIELDS for c in group):
            continue
        content = [c for c in group if c.label is None and not c.span_only]
        if not content:
            whole = [c for c in group if c.label is None]
            seg = doc.text[whole[0].start : whole[-1].end] if whole else ""
            if len(seg.split()) >= 6 and _PROBLEM_RE.search(seg):
                # "for folk der gerne vil snakke om bøger men ikke har nogen": the people
                # are the beneficiaries, and their problem is the reason.
                for c in whole:
                    c.label, c.span_only = "why", False
            continue
        # Phrases already claimed by a span field still belong to the sentence's words.
        content = [c for c in group if c.label is None]
        seg = doc.text[content[0].start : content[-1].end]
        label: str
        if not has_what:
            label = "what"
            has_what = True
            doc.guessed_what = True
            first_what = min(first_what, idx)
        elif (
            what_starts
            and idx < first_what
            and (
                _SELF_INTRO_RE.match(_without_hello(seg))
                # "I'm new in Hellerup (moved from Edinburgh).": the rest of an introduction.
                or any(c.label == "greeting" and c.start < content[0].start for c in group)
                # "jeg hedder Ali og har en butik på Gentoftegade", "Jeg hedder Birthe og er
                # 78": what follows the name in the same breath introduces the person too.
                or (
                    _INTRO_GOES_ON_RE.match(seg) is not None
                    and any(
                        c.start < content[0].start
                        and _SELF_INTRO_RE.match(doc.text, c.start, c.end) is not None
                        for c in group
                    )
                )
            )
            and not _PROBLEM_RE.search(seg)
        ):
            # "Jeg er 34 og arbejder hjemmefra." before the idea introduces the person.
            label = "greeting"
        elif (
            _previous_content_sentence(doc, idx) in what_sentences
            and _ELABORATION_RE.match(seg)
            and not _PROBLEM_RE.search(seg)
        ):
            # "Hvad med en sommerbio? Altså et stort lærred på plænen ...": the idea goes on.
            label = "what"
        elif (
            idx < first_what
            and len(seg.split()) <= 8
            and not _FINITE_VERB_RE.search(seg)
            and not _PROBLEM_RE.search(seg)
            and not _FIRST_PERSON_START_RE.match(seg)
        ):
            # A short headline before the idea is spelled out ("Vinterbadning i Skovshoved
            # Havn! ... kunne man lave en badeklub") names the idea too.
            label = "what"
        elif (
            _ASKING_RE.match(seg)
            and doc.text[slice(*doc.sentences[idx])].rstrip().endswith("?")
            and not _PROBLEM_RE.search(seg)
        ):
            label = "what"
        elif _PROBLEM_RE.search(seg) or _CONSEQUENCE_RE.match(seg):
            label = "why"
            for c in content:
                # A sentence about a problem is a reason, also inside an answer.
                c.strong = True
        elif _SPEC_RE.search(seg) or (_FIRST_PERSON_START_RE.match(seg) and idx > first_what):
            # Plans ("it shall be open to all") and first-person details elaborate the idea;
            # told before it ("We're expecting our second ..."), they are the background.
            label = "what"
        elif _states_plan(doc, content[0].start, content[-1].end, _SpanSet(())):
            # "Lave kaffe møde, en gang hver måned": a sentence told as a plan. A time alone
            # does not make one ("hver gang der kommer et skybrud ... senest i august").
            label = "what"
        else:
            # A statement about how things are now usually explains the need.
            label = "why"
        for c in content:
            c.label = label
            c.span_only = False
        if label == "greeting":
            # "Goddag jeg er 74 og har været gymnastiklærer hele mit liv": the trade in an
            # introduction is what the person brings.
            for c in content:
                if _SKILLED_RE.search(doc.text, c.start, c.end):
                    c.label, c.strong = "brings", True
        if label == "what" and len(content) > 1:
            # "put a bench by the lake, my mum can't walk far": the plan, and after the comma
            # a problem with someone's name on it, the reason.
            for c in content[1:]:
                clause = doc.text[c.start : c.end]
                if _OWN_PROBLEM_RE.match(clause) and _PROBLEM_RE.search(clause):
                    c.label, c.strong = "why", True
        if label == "what":
            what_sentences.add(idx)
    if problem_as_idea and not any(c.label == "what" or c.also_what for c in clauses):
        # "Jeg er træt af at se, hvor meget mad der bliver smidt ud. …" and no plan anywhere:
        # the problem is kept as the idea for want of one, and the idea is asked for.
        doc.guessed_what = doc.problem_as_idea = True
    # "What we lack is a suitable building, for example an unused garage": the example goes
    # on with what the clause before it told.
    for before, after in itertools.pairwise(doc.clauses):
        if (
            after.sentence == before.sentence
            and before.label in _CLAUSE_FIELDS
            and after.label != before.label
            and not after.strong
            and _EXAMPLE_START_RE.match(doc.text, after.start, after.end)
        ):
            after.label, after.span_only = before.label, False


_EXAMPLE_START_RE = _rx(
    r"(?:for\s+example|for\s+instance|e\.g\.?|such\s+as|like|fx|f\.eks\.?|for\s+eksempel|"
    r"eksempelvis|som\s+fx|som\s+f\.eks\.?|gerne|helst|ideally|preferably)\s"
)


# --------------------------------------------------------------------------- #
# Public API


_VENUE_LENT_RE = _rx(
    r"(?<![a-z])(?:lægge|lægger|låne|låner|lend|lends|lent|let\s+us\s+use|lets\s+us\s+use|"
    r"offered|tilbudt)\s+(?:os\s+|us\s+|mig\s+|me\s+)?(?:deres\s+|sin\s+|sit\s+|their\s+|"
    r"its\s+|his\s+|her\s+|hans\s+|hendes\s+|the\s+)?(?P<np>(?:[a-zæøå]{3,14}\s+)?"
    r"[a-zæøå]{0,14}(?:sognegård|"
    r"sognegården|sal|salen|køkken|køkkenet|lokale|lokalet|kælder|kælderen|klubhus|"
    r"klubhuset|hal|hallen|værksted|værkstedet|hall|room|kitchen|clubhouse|basement|"
    r"workshop|premises|café|caféen|cafe|cafeen)(?![a-zæøå]))"
)


_AGE_RANGE_RE = _rx(
    r"(?:mellem|between|fra|from)\s+\d{1,2}\s*(?:og|and|til|to|-)\s*(?P<upper>\d{1,2})"
)


def _is_outdoor_place(words: str) -> bool:
    """A lake, park, beach, harbour, station or district named alone: no one to work with
    (unlike "Hellerup Bibliotek" or "Ordrup Kirke", which can lend a room)."""
    words = words.strip()
    if not _PLACE_NAME_RE.fullmatch(words):
        return False
    return words in _DISTRICT_NAMES or words.endswith(_VENUE_SUFFIXES)


_DISTRICT_NAMES = frozenset(fold_plain(d).lower() for d in DISTRICTS)


_ONLY_FOR_BEFORE_RE = _rx(
    r"(?<![a-z])(?:kun|bare|only|just)\s+(?:er\s+|is\s+|are\s+)?(?:[a-zæøå-]+\s+){1,3}$"
)
_BARE_PLACE_WORD_RE = _rx(
    r"(?:ved\s+|i\s+|på\s+|by\s+the\s+|in\s+the\s+|at\s+the\s+|the\s+)?(?:søen|parken|stranden|"
    r"skolen|biblioteket|havnen|stationen|torvet|pladsen|skoven|mosen|engen|lake|park|beach|"
    r"school|library|harbour|harbor|station|square|woods|forest)"
)
_BARE_PEOPLE_WORDS = frozenset(
    fold_plain(w)
    for w in (
        "ældre børn børnene unge seniorer familier børnefamilier naboer "
        "naboerne pensionister kids children seniors families neighbours neighbors teenagers "
        "elderly"
    ).split()
)


_SIGN_OFF_RE = _rx(r"(?<![a-z])" + _SIGN_OFF + r"(?![a-z])")


def _sign_off_at(doc: _Doc) -> int | None:
    """Where a letter's sign-off ("Med venlig hilsen", "Kind regards") ends, when the
    message ends with one and a signature; None otherwise."""
    last = None
    for m in _SIGN_OFF_RE.finditer(doc.text):
        last = m
    if last is None or last.start() < len(doc.text) // 2:
        return None
    rest = doc.text[last.end() :]
    # A signature is a few short lines (name, address, phone), not more of the idea.
    lines = [line for line in rest.split("\n") if line.strip(" ,.-")]
    if not lines or len(lines) > 5 or any(len(line.split()) > 8 for line in lines):
        return None
    return last.end()


def _analyse(text: str) -> tuple[_Doc, dict[str, list[Span]], set[str]]:
    doc = _Doc(text)
    contact = _find_contact(doc)
    contact_set = _SpanSet(contact)
    when = [s for s in _find_when(doc) if not _overlaps(s, contact_set)]
    # "Børnene i foreningen vil elske det": the association is where the people are.
    fans = _SpanSet(_fan_spans(doc.text))
    partners = [
        s
        for s in _find_partners(doc)
        if not _overlaps(s, contact_set)
        and not _overlaps(s, fans)
        and not _is_outdoor_place(doc.text[s[0] : s[1]])
    ]
    where, generic_where = _find_where(doc)
    partner_set = _SpanSet(partners)
    # "Ejeren af caféen på Strandvejen har sagt at vi må låne den": with no other place told,
    # the partner's own place is where it happens.
    partner_places = [
        s
        for s in where
        if _inside(s, partner_set) and _STREET_PREP_AT_RE.match(doc.text, s[0]) is not None
    ]
    # "Vi i Klampenborg Grundejerforening vil arrangere sankthansbål på Bellevue Strand": the
    # person's own organisation tells the plan, and its places are the idea's.
    foreign = _SpanSet(
        p for p in partners if not _OWN_ORG_BEFORE_RE.search(doc.text, max(0, p[0] - 10), p[0])
    )
    where = [s for s in where if not _inside(s, foreign) and not _overlaps(s, contact_set)]
    sign_off = _sign_off_at(doc)
    if sign_off is not None:
        # "Med venlig hilsen / Knud Erik Jensen / Strandvejen 123, 2900 Hellerup": the address
        # under the name is how to reach the person, not where the idea happens.
        contact += [s for s in where if s[0] > sign_off]
        # "Henrik Lund, formand", "Chair, International Parents Network": every line of the
        # signature is who the person is and how to reach them.
        covered = _SpanSet(contact)
        pos = sign_off
        for line in doc.text[sign_off:].split("\n"):
            a = pos + len(line) - len(line.lstrip(" ,.-"))
            b = pos + len(line.rstrip(" ,.-"))
            pos += len(line) + 1
            if b > a and not _inside((a, b), covered):
                contact.append((a, b))
        contact = _merge_spans(contact, doc.text, _loose_gap)
        contact_set = _SpanSet(contact)
        where = [s for s in where if s[0] <= sign_off]
    who = _find_who(doc, blocked=partners + contact)
    if len(who) > 1:
        # "fordi der kun er legepladser for små børn": the people there is already something
        # for are not who this idea is for, when others are named.
        who = [s for s in who if not _ONLY_FOR_BEFORE_RE.search(doc.text, max(0, s[0] - 40), s[0])]
    # "på Rygårds Allé der gerne vil ...", "til Ryvangs Allé": the street's "Allé" is not
    # "alle" (everyone).
    who = [s for s in who if not any(p[0] <= s[0] < p[1] for p in where)]
    who_set = _SpanSet(who)
    # "unge mellem 14 og 18", "kids between 6 and 12": ages of the people, not hours.
    when = [
        s
        for s in when
        if not (
            (age := _AGE_RANGE_RE.fullmatch(doc.text, s[0], s[1]))
            and (
                _inside(s, who_set)
                or _PEOPLE_BEFORE_RE.search(doc.text, max(0, s[0] - 30), s[0])
                # "unge fyre mellem 18 og 30": no clock has a 30th hour.
                or int(age.group("upper")) > 24
            )
        )
    ]
    generic_where = [g for g in generic_where if not _overlaps(g, who_set)]
    where = [s for s in where if not (_inside(s, who_set) and _is_generic_in_who(doc, s))]
    # Times that are really durations of something else stay out of places.
    when_set = _SpanSet(when)
    where = [s for s in where if not _inside(s, when_set)]
    if not where and partner_places and not any(_is_home_area(doc, p) for p in partner_places):
        where = partner_places
    # "I'm 17 and in the sustainability club at Gammel Hellerup Gymnasium", "jeg arbejder på
    # Ordrup Skole": where the person belongs; with the idea's own place told, not the place.
    own_places = [s for s in where if not _AFFILIATION_RE.search(doc.text, max(0, s[0] - 40), s[0])]
    if own_places:
        where = own_places
    vague: set[str] = set()
    # "Ordrup Kirke vil gerne lægge sognegården til", "the school will lend us its kitchen":
    # the room someone lends is where it happens.
    lent = [m.span("np") for m in _VENUE_LENT_RE.finditer(doc.text)]
    where += [s for s in lent if not _overlaps(s, _SpanSet(where))]
    if not where and generic_where:
        where = generic_where
        vague.add("where")
    if when and all(_is_vague_when(doc, s) for s in when):
        vague.add("when")
    # "bænk. søen. ældre.": a place or people told as a word of their own.
    for a, b in doc.sentences:
        word = doc.text[a:b].strip(" .!,;")
        if _BARE_PLACE_WORD_RE.fullmatch(word) and not where:
            where = [(a, a + len(word))]
        elif word in _BARE_PEOPLE_WORDS and not who:
            who = [(a, a + len(word))]
    span_fields = {
        "contact": contact,
        "when": when,
        "where": where,
        "who_benefits": who,
        "partners": partners,
    }
    _label_clauses(doc, span_fields)
    offices = _SpanSet(
        (c.start, c.end)
        for c in doc.clauses
        if c.label == "greeting" and _OFFICE_INTRO_RE.match(doc.text, c.start, c.end)
    )
    if offices:
        # "formand for Skovshoved Vinterbadere": the association chaired is nobody the idea
        # is for, and no place.
        for name in ("who_benefits", "where"):
            span_fields[name] = [s for s in span_fields[name] if not _overlaps(s, offices)]
        who = span_fields["who_benefits"]
    # Brings/partner clauses are not beneficiaries ("vi er 6 naboer").
    brings_clauses = _SpanSet((c.start, c.end) for c in doc.clauses if c.label == "brings")
    span_fields["who_benefits"] = [
        s
        for s in who
        if not (_inside(s, brings_clauses) and re.match(r"^\w", doc.text[s[0] : s[1]]))
        or doc.text[s[0] : s[1]].startswith(("for ", "til "))
        # "I'd like to volunteer helping older residents": whom the help is given.
        or _HELPED_BEFORE_RE.search(doc.text, max(0, s[0] - 20), s[0]) is not None
        # "Jeg arbejder med demente": whom the person's work is for.
        or _WORKED_WITH_BEFORE_RE.search(doc.text, max(0, s[0] - 40), s[0]) is not None
    ]
    if not span_fields["who_benefits"]:
        # "vi er nogle drenge fra 8.b", "we're a group of parents": with nobody else named,
        # the person's own group is who it is for.
        span_fields["who_benefits"] = [
            s
            for s in _own_group(doc)
            if not _overlaps(s, partner_set)
            and not _overlaps(s, contact_set)
            and _YOUNG_GROUP_RE.search(doc.text, s[0], s[1]) is not None
        ]
    covered = _SpanSet(s for spans in span_fields.values() for s in spans)
    # A clause that is nothing but a contact detail or a partner feeds only that field.
    exclusive = _SpanSet(_merge_spans(partners + contact, doc.text, _loose_gap))
    for c in doc.clauses:
        # "Could you call me on 22334455?": the question mark is no word of its own.
        end = c.end
        while end > c.start and doc.text[end - 1] in "?!.,;: ":
            end -= 1
        definite = _DEFINITE_ORG_RE.match(doc.text, c.start) is not None
        if (
            _inside((c.start, end), exclusive)
            and _OWN_ORG_PROMISE_RE.match(doc.text, c.start, c.end)
            # "Foreningen kan stå for såning" is their own association only when they write
            # on its behalf; "Naturfredningsforeningen vil gerne hjælpe" is a partner.
            and (not definite or _WRITES_FOR_RE.search(doc.text) is not None)
        ):
            # "Our parents' association will organise the day and bring shovels": the
            # person's own organisation promising something is what they bring.
            c.label, c.strong, c.span_only = "brings", True, False
            if definite:
                # Written on the association's behalf, it is no partner of its own.
                span_fields["partners"] = [
                    s for s in span_fields["partners"] if not _overlaps(s, [(c.start, c.end)])
                ]
        elif _inside((c.start, end), exclusive) and _BODY_PROMISES_RE.match(doc.text, c.start):
            # "The Indian association in Gentofte has promised 30 volunteers": a partner, and
            # what it promises is brought to the idea too.
            c.label, c.strong, c.span_only = "brings", True, False
        elif _inside((c.start, end), exclusive):
            c.label, c.strong, c.span_only = "span", False, True
        elif c.label in _CLAUSE_FIELDS and not c.strong:
            c.span_only = _residue_words(doc, c.start, c.end, covered) == 0
    _apply_structure(doc, span_fields)
    _need_as_idea(doc)
    _assign_clause_fields(doc, span_fields)
    _list_of_ideas(doc)
    # "vores børn skal over vejen hver morgen": times inside the reason are context.
    reasons = _SpanSet((c.start, c.end) for c in doc.clauses if c.label == "why")
    span_fields["when"] = [
        s
        for s in span_fields["when"]
        if not (
            _inside(s, reasons)
            and _HABITUAL_RE.match(doc.text, s[0], s[1])
            # "hver morgen kl. 7.45" keeps a clock: a schedule, the plan's.
            and not _CLOCK_HABIT_RE.match(doc.text, s[0], s[1])
        )
    ]
    span_fields["when"] = _plan_times(doc, span_fields["when"])
    if not span_fields["when"]:
        vague.discard("when")
    # "there's nothing to do on friday nights except hanging out at the station": a time or
    # a common place met only inside the problem describes today, not the plan; ask.
    # "vi spiller der hver dag efter skole": a habit of the people behind the idea is how
    # things are today too.
    context = _SpanSet(
        (c.start, c.end)
        for c in doc.clauses
        if c.label in ("brings", "greeting")
        # "Om vinteren går jeg hjem kl 23 ad stien": with no plan told, the guessed idea is
        # how things are; its times are too.
        or (
            c.label == "what"
            and doc.guessed_what
            and not c.strong
            # "Svampetur for begyndere i efteråret": an idea named without a verb, its time;
            # not "Hver morgen cykler børnene ...", a time told first.
            and (
                _SITUATION_VERB_RE.search(doc.text, c.start, c.end) is not None
                or _FINITE_VERB_RE.search(doc.text, c.start, c.end) is not None
                or any(abs(s[0] - c.start) <= 1 for s in span_fields["when"])
            )
        )
    )
    if span_fields["when"] and all(
        not _told_as_plan(doc, s)
        and (
            (_inside(s, reasons) and not _CLOCK_HABIT_RE.match(doc.text, s[0], s[1]))
            # "vi spiller hver tirsdag kl 10-12" is a time the group keeps; "every day" not.
            or (_inside(s, context) and not _SCHEDULE_RE.search(doc.text, s[0], s[1]))
        )
        for s in span_fields["when"]
    ):
        vague.add("when")
        # Told only as how things are today: the plan's time is asked for plainly, not as
        # more of "i år" or "om sommeren".
        doc.context_only.add("when")
    greetings = _SpanSet(
        (c.start, c.end)
        for c in doc.clauses
        if c.label == "greeting"
        and (
            _NEWCOMER_RE.match(doc.text, c.start, c.end) or _FROM_PLACE_RE.match(doc.text, c.start)
        )
    )
    named_elsewhere = [s for s in span_fields["where"] if _is_named_place(doc, s)]
    if any(
        _OUR_STREET_RE.search(doc.text, a, b)
        for a, b in span_fields["where"]
        if (a, b) not in named_elsewhere
    ):
        # "… a shed somewhere on the street": the street they live on is the place after all.
        named_elsewhere = []
    homes = [
        s
        for s in span_fields["where"]
        # "We just moved to Hellerup": where the person came to, told as who they are.
        # "Jeg bor på Hyldegårdsvej … bag Dyssegårdsskolen": the street they live on, with
        # another place named for the idea.
        if (
            (
                _is_home_area(doc, s)
                or (_is_home_street(doc, s) and any(o != s for o in named_elsewhere))
            )
            and not _is_scheme(doc)
        )
        or _inside(s, greetings)
    ]
    if (
        homes
        and len(homes) < len(span_fields["where"])
        # "Vi er en flok naboer i Dyssegård der vil lave en repair cafe i biblioteket": with
        # only a kind of place told for the idea, their district says which one.
        and (
            any(_is_named_place(doc, s) for s in span_fields["where"] if s not in homes)
            or not all(_AREA_ONLY_RE.fullmatch(doc.text, *s) for s in homes)
        )
    ):
        # "Jeg bor i Hellerup ... en strikkeklub på Hellerup Bibliotek": where they live is not
        # where it happens when that is told too.
        span_fields["where"] = [s for s in span_fields["where"] if s not in homes]
    if span_fields["where"] and all(
        (_inside(s, reasons) and not _is_named_place(doc, s))
        or (_is_home_area(doc, s) and not _is_scheme(doc))
        for s in span_fields["where"]
    ):
        vague.add("where")
    return doc, span_fields, vague


_STREET_PREP_AT_RE = _rx(r"(?:på|ved|on|at)\s")
_OWN_ORG_BEFORE_RE = _rx(r"(?<![a-z])(?:vi|we)\s+(?:i|fra|at|from|in)\s+$")
_DEFINITE_ORG_RE = _rx(
    r"(?:(?:og|and|men|but)\s+)?(?:[a-z]*foreningen|klubben|bestyrelsen|the\s+association|"
    r"the\s+club)\s"
)
_OWN_ORG_PROMISE_RE = _rx(
    r"(?:(?:og|and|men|but)\s+)?(?:(?:our|vores|vor|my|min|mit)\s+[^.,;:!?\n]{2,60}?\s"
    # "Foreningen kan stå for såning og pleje", written on the association's behalf.
    r"|(?:[a-z]*foreningen|klubben|bestyrelsen|the\s+association|the\s+club)\s+)"
    r"(?:will|'ll|would|'d|can|vil|kan|skal|står\s+for|sørger\s+for)\s+"
    r"(?:(?:gerne|også|selv|happily|also|gladly)\s+)*(?:organi[sz]e|bring|run|host|provide|"
    r"arrangere|stå|sørge|lave|make|build|bygge|donate|donere|stille|lend|låne|help|hjælpe|"
    # "min spejdertrop vil gerne så og passe den": the work they take on.
    r"passe|plante|vande|vedligeholde|rydde|male|så\s+(?:og|frø|blomst)|look\s+after|"
    r"take\s+care|maintain|plant|sow|water|paint|clean)"
)
# "en lånebedsteforældre-ordning", "a phone friend scheme", "volunteers to walk their dogs":
# people matched with people, wherever they live; the district they live in is the place.
_SCHEME_RE = _rx(
    r"(?<![a-z])(?:[a-zæøå-]*ordning(?:en)?|[a-z-]*schemes?|matche[ds]?|matchet|matching|"
    r"makkerordning|buddy|buddies|mentor(?:er|s|ing)?|besøgsven(?:ner)?|telefonven(?:ner)?|"
    r"phone\s+friends?|volunteers?\s+(?:to|who|that|could|would|can|will)|frivillige\s+"
    r"(?:der|som|kan|kunne|vil|skal|til\s+at))(?![a-z])"
)


def _is_scheme(doc: _Doc) -> bool:
    """Tell whether the idea told is people helping people rather than something at a place."""
    return _SCHEME_RE.search(doc.text) is not None


# "i Gentofte", "her i Jægersborg", "somewhere in Hellerup", "i kommunen": a whole area.
_AREA_ONLY_RE = _rx(
    r"(?:(?:her|herude|out\s+here|up\s+here|somewhere|et\s+sted|rundt|around|all\s+over|"
    r"overalt|hele|whole|the\s+whole\s+of)\s+)*(?:(?:i|in|på|at|around|omkring|across|"
    r"throughout|ud\s+over)\s+)?(?:(?:hele|the|all\s+of|whole)\s+)?(?:"
    + _alt(DISTRICTS)
    + r"|kommunen|the\s+municipality|byen|town|området|the\s+area)(?:\s+kommune|"
    r"\s+municipality)?"
)


_PLACE_NOUN_END_RE = _rx(
    r"(?<![a-z])(?:somewhere|anywhere|et\s+sted|nogen\s+steder?|[a-z]*(?:place|room|space|spot|"
    r"premises|venue|location|lokale|lokaler|sted|plads))\s+$"
)
# "vi er tre elever fra Øregård Gymnasium": where the people come from.
_FROM_RE = _rx(r"(?:fra|from)\s")
# "vi er tre elever fra …", and "unge mellem 12 og 18": people named right before.
_PEOPLE_BEFORE_RE = _rx(rf"(?<![a-z]){_BEN}\s+$")
_RESIDENCE_RE = _rx(
    r"(?<![a-z])(?:bor|boet|bosat|boede|lives?|living|lived|moved|flyttet|flyttede|grew\s+up|"
    r"voksede\s+op|opvokset)(?![a-z])"
)


_AFFILIATION_RE = _rx(
    r"(?<![a-z])(?:(?:jeg|vi)\s+(?:går|arbejder|underviser|studerer|er\s+ansat)"
    r"(?=(?:\s+(?:på|i|ved))?\s*$)|(?:i|we)\s+"
    r"(?:work|study|teach|go\s+to\s+school)|(?:i\s*'m|i\s+am|we\s*'re|we\s+are)\s+(?:\w+\s+){0,6}?"
    r"(?:club|klub|student|students|pupil|pupils|teacher|nurse|volunteer))"
    r"(?:\s+(?!og|and|men|but)[\w'-]+){0,3}?(?:\s+(?:at|på|in|i|ved))?\s*$"
)


_STREET_END_RE = _rx(
    r"(?:vej|vejen|gade|gaden|allé|alle|alléen|stræde|straede|road|street)(?![a-z])"
)
_LIVES_AT_RE = _rx(r"(?<![a-z])(?:bor|boede|live|lives|lived)\s+(?:selv\s+|også\s+)?$")


_OUR_STREET_RE = _rx(
    r"(?<![a-z])(?:the\s+street|the\s+road|our\s+street|our\s+road|vejen|gaden|"
    r"vores\s+vej|vores\s+gade)(?![a-z])"
)


def _is_home_street(doc: _Doc, span: Span) -> bool:
    """ "Jeg bor på Hyldegårdsvej": the street the person lives on (the idea's place only
    when no other is told)."""
    return bool(
        _LIVES_AT_RE.search(doc.text, max(0, span[0] - 16), span[0])
        and _STREET_END_RE.search(doc.text, span[0], span[1])
    )


def _is_home_area(doc: _Doc, span: Span) -> bool:
    """A district, or where people come from, told about them ("jeg bor i Hellerup").

    Named as the home of the people or of the problem, it says where they live, not yet where
    the idea happens (ask: the answer adds the precise place); named with the plan ("en
    strikkecafé i Ordrup") it is the place.
    """
    origin = _FROM_RE.match(doc.text, span[0], span[1]) is not None
    if _LIVES_AT_RE.search(doc.text, max(0, span[0] - 16), span[0]) and re.search(
        r"\d", doc.text[span[0] : span[1]]
    ):
        # "Jeg hedder Jens og bor på Strandvejen 12": the person's address.
        return True
    if not origin and _AREA_ONLY_RE.fullmatch(doc.text, span[0], span[1]) is None:
        return False
    if not origin and (
        _PLACE_NOUN_END_RE.search(doc.text, max(0, span[0] - 30), span[0])
        or _SOMEWHERE_START_RE.match(doc.text, span[0], span[1])
    ):
        # "we need a place in Vangede", "et øvelokale et sted i Hellerup": the district is
        # where the wanted place should be.
        return False
    idx = bisect_right(doc.clause_starts, span[0]) - 1
    if idx < 0:
        return True
    clause = doc.clauses[idx]
    if origin:
        # "vi er nogle unge fra Dyssegård", "students from X", not "fotos fra Vangede".
        before = doc.text[clause.start : span[0]]
        return bool(_IDENTITY_START_RE.match(before) or _PEOPLE_BEFORE_RE.search(before))
    if clause.label != "what":
        return True
    return bool(_RESIDENCE_RE.search(doc.text, clause.start, span[0]))


# "bænkene kunne stå klar til foråret", "ideally it would be ready for next summer",
# "første gang kunne være søndag d. 18. maj": a time told as a wish or a plan.
_PLAN_TIME_RE = _rx(
    r"(?<![a-z])(?:kunne|ville|skal|skulle|vil|kan|would|could|will|should|shall|can|"
    r"ideelt|ideally|gerne|helst|klar|ready|færdig|finished|første\s+gang|first\s+time|"
    r"næste|next|planlægger|plan|planning|håber|hope|hoping|"
    # "Vi forestiller os hver anden torsdag kl. 17-20", "we picture Sunday mornings".
    r"forestiller\s+(?:mig|os)|imagine|imagining|picture|picturing|envision)(?![a-z])"
)


_MAY_AFTER_TIME_RE = _rx(
    r"[\s,]+(?:(?!(?:og|and|men|but|fordi|because)\s)[a-z'-]+\s+){0,3}?(?:kunne|ville|could|would)"
    r"(?![a-z])"
)
_ONE_TIME_RE = _rx(r"(?:en|et|a|an|one|once)\s")
_ACTIVITY_NOUN_RE = _rx(r"\s*(?:og\s+|and\s+)?[a-zæøå]{3,}(?:ning|ningen|ing|else)\s+")


# "lørdag 12. april", "i sommerferien 2027", "søndag d. 4. maj": a dated time is one to come.
_DATED_RE = _rx(
    rf"{_DAYNUM}\s?(?:of\s+)?{_MONTH}|{_MONTH_FULL}\s+{_DAYNUM}(?!\d)|(?<!\d)20[2-9]\d(?!\d)"
)
# "a weekly meetup", "en månedlig café": how often is part of the idea itself.
_FREQUENCY_ADJ_RE = _rx(
    r"(?:weekly|monthly|fortnightly|annual|yearly|ugentlig|ugentligt|ugentlige|månedlig|"
    r"månedligt|månedlige|årlig|årligt|årlige)$"
)
_ARTICLE_BEFORE_RE = _rx(r"(?<![a-z])(?:a|an|en|et|our|vores|the|den|det)\s+$")


def _told_as_plan(doc: _Doc, span: Span) -> bool:
    """Tell whether a time inside a reason is the plan's time, not how things are today."""
    if _HABITUAL_RE.match(doc.text, span[0], span[1]):
        return False
    if _DATED_RE.search(doc.text, span[0], span[1]):
        return True
    if _FREQUENCY_ADJ_RE.search(doc.text, span[0], span[1]) and _ARTICLE_BEFORE_RE.search(
        doc.text, max(0, span[0] - 8), span[0]
    ):
        return True
    if _ONE_TIME_RE.match(doc.text, span[0], span[1]):
        # "en søndag i marts", "en gang om ugen", "once a month": one planned occasion.
        return True
    idx = max(0, bisect_right(doc.clause_starts, span[0]) - 1)
    clause = doc.clauses[idx] if doc.clauses else None
    # The wish comes before the time in its clause: "det ville give ..." after it does not count.
    a = min(clause.start if clause is not None else span[0], span[0])
    if _ACTIVITY_NOUN_RE.fullmatch(doc.text, a, span[0]):
        # "Plantning i november, når træerne er i dvale", "Planting in November": the
        # activity named, then when it is done.
        return True
    if clause is not None and _NOBODY_CAN_RE.match(doc.text, clause.start, span[0]):
        # "man kan aldrig finde en plads om morgenen": when nobody can, today.
        return False
    if _PLAN_TIME_RE.search(doc.text, a, span[1]):
        return True
    # "Hver onsdag kunne børn lære at fiske", "On Saturdays the kids could learn to sail":
    # a time that opens a wish told as "could" / "would" is the plan's time too.
    return bool(_MAY_AFTER_TIME_RE.match(doc.text, span[1]))


def _is_named_place(doc: _Doc, span: Span) -> bool:
    """Tell whether a place span names a place rather than a kind of place ("the station")."""
    a, b = span
    if _PLACE_NAME_RE.search(doc.text, a, b):
        return True
    for m in _TOKEN_RE.finditer(doc.text, a, b):
        if m.start() not in doc.starts and doc.folded.is_upper_at(m.start()):
            return True
        if m.group(0).endswith(_STREET_SUFFIXES) and m.group(0) not in _STREET_STOP:
            return True
    return False


# "der mangler fodboldmål på græsplænen", "Vi trænger til overdækket cykelparkering", "we
# really need a zebra crossing": a thing missing is the thing proposed.
_NEED_THING_RE = _rx(
    r"(?:(?:men|og|but|and|so|så)\s+)?(?:vi|der|man|we|there|this\s+area|the\s+area|området|"
    r"byen|kvarteret|parken|stationen)\s+(?:(?:virkelig|altså|bare|really|just|also|også)\s+)?"
    r"(?:mangler|trænger\s+(?:virkelig\s+)?til|savner|need|needs|lack|lacks|is\s+missing|"
    r"are\s+missing|could\s+use|kunne\s+bruge)\s+"
    r"(?!(?:en\s+|et\s+|a\s+|an\s+|some\s+|nogle\s+|mere\s+|more\s+)?(?:tilladelse|penge|"
    r"tilskud|lokale|hjælp|støtte|frivillige|hjælpere|hænder|folk|mennesker|nogen|tid|ro|"
    r"permission|permit|money|funding|funds|room|help|support|volunteers|people|hands|someone|"
    r"time|peace|at|to|it|det|dem|them|you|jer|os|us|sted|steder|place|places|somewhere|"
    r"noget|something|anything|"
    # What an event needs lent ("we also need a tent") is help to ask for, not the idea.
    r"telt|telte|borde|stole|strøm|scene|udstyr|forsikring|tent|tents|tables?|chairs|"
    r"electricity|power|stage|equipment|insurance)(?![a-zæøå]))"
    r"[a-zæøå0-9]"
)


def _need_as_idea(doc: _Doc) -> None:
    """With no idea told in words of its own, a thing said to be missing is the idea."""
    if any(
        c.label == "what"
        and c.strong
        # "Må man foreslå noget til biblioteket her?" asks leave; it tells no idea.
        and not tells_no_idea_words(doc.text[c.start : c.end])
        for c in doc.clauses
    ):
        return
    asked_leave = any(
        c.label == "what" and tells_no_idea_words(doc.text[c.start : c.end]) for c in doc.clauses
    )
    for c in doc.clauses:
        if c.label in ("greeting", "span") or c.start in doc.labelled:
            continue
        if _NEED_THING_RE.match(doc.text, c.start, c.end) or (
            # "Må man foreslå noget her? Jeg savner en fast stille time": asked leave, the
            # thing missed is what they propose.
            asked_leave and _MISS_A_THING_RE.match(doc.text, c.start, c.end)
        ):
            c.label, c.strong, c.span_only = "what", True, False
            return


_MISS_A_THING_RE = _rx(
    r"(?:(?:og|men|så|and|but|so)\s+)?(?:jeg|vi|i|we)\s+(?:savner|mangler|kunne\s+godt\s+"
    r"bruge|miss|would\s+love|'d\s+love)\s+(?:en|et|nogle|mere|flere|a|an|some|more)\s"
)


def _apply_structure(doc: _Doc, span_fields: dict[str, list[Span]]) -> None:
    """Honour "Hvor: ..." / "*When:* ..." lines: the label says which field the line fills."""
    text = doc.text
    labelled_spans: dict[str, list[Span]] = {}
    headings = list(_LABEL_HEADING_RE.finditer(text))
    line_labels = list(_LABEL_LINE_RE.finditer(text)) + headings
    line_labels += [
        m
        for m in _LABEL_OVER_LIST_RE.finditer(text)
        if _LABEL_FIELDS.get(" ".join(m.group("label").split())) == "what"
    ]
    seen = {m.start("label") for m in line_labels}
    sentence_labels = [
        m
        for a, _ in doc.sentences
        if a not in seen
        and (m := _LABEL_AT_RE.match(text, a)) is not None
        # At the very start only after a lead ("så mit ønske: ..."): a bare label there is a
        # line label, read above.
        and (a > 0 or m.start("label") > a)
    ]
    for m in line_labels + sentence_labels:
        name = _LABEL_FIELDS.get(" ".join(m.group("label").split()))
        if name is None:
            continue
        va, vb = m.span("value")
        # A label on a line of running text covers only its own sentence; a heading covers
        # the lines under it.
        si = bisect_right(doc.sentence_starts, va) - 1
        if si >= 0 and va < doc.sentences[si][1] and m.re is not _LABEL_HEADING_RE:
            vb = min(vb, doc.sentences[si][1])
        while vb > va and text[vb - 1] in " *_~`\n\t":
            vb -= 1
        if vb <= va:
            continue
        first = max(0, bisect_right(doc.clause_starts, m.start()) - 1)
        for c in doc.clauses[first:]:
            if c.start >= vb:
                break
            if c.end <= m.start():
                continue
            if c.end <= va:
                c.label, c.strong, c.span_only = "span", False, True
                continue
            # "*Idea:* a swap market": the label itself is not part of the answer.
            c.start = max(c.start, va)
            doc.labelled.add(c.start)
            if name in _CLAUSE_FIELDS:
                c.label, c.strong, c.span_only = name, True, False
            else:
                c.label, c.strong, c.span_only = "span", False, True
        if name not in _CLAUSE_FIELDS:
            labelled_spans.setdefault(name, []).append((va, vb))
    for name, extra in labelled_spans.items():
        span_fields[name] = _merge_spans([*span_fields[name], *extra], text)
    names = {_LABEL_FIELDS.get(" ".join(m.group("label").split())) for m in line_labels}
    names |= {_LABEL_FIELDS.get(" ".join(m.group("label").split())) for m in sentence_labels}
    names.discard(None)
    if names and "what" not in names:
        # "Seed swap box at Vangede Bibliotek: free seeds. Reason: ... Need: ...": the
        # words before the labelled parts name the idea, as a title does.
        first_label = min(m.start() for m in line_labels + sentence_labels)
        lead = [
            c
            for c in doc.clauses
            if c.end <= first_label and c.label not in ("greeting", "span") and not c.strong
        ]
        if lead and not any(c.label == "what" and c.strong for c in doc.clauses):
            for c in lead:
                if c.sentence == lead[0].sentence:
                    c.label, c.strong = "what", True


def _is_generic_in_who(doc: _Doc, span: Span) -> bool:
    seg = doc.text[span[0] : span[1]]
    return bool(re.search(r"kvarter|omraade|nabolag|byen|kommune|neighbou?rhood|area", seg))


def _is_vague_when(doc: _Doc, span: Span) -> bool:
    seg = re.sub(r"\s+", " ", doc.text[span[0] : span[1]]).strip()
    return seg in _WHEN_VAGUE or _DAY_ONLY_RE.fullmatch(seg) is not None


# "om aftenen", "i weekenden", "søndag", "a Sunday": a day or a time of day, but which one?
# ("hver søndag", "every morning" tell a habit: that is when.)
_DAY_ONLY_RE = _rx(
    r"(?:(?:om|i|på|in|on|at|the|a|an|en|et|til)\s+){0,2}(?:aftenen|morgenen|formiddagen|"
    r"eftermiddagen|weekenden|weekend|the\s+weekend|evening|morning|afternoon|"
    # "i skumringen", "når solen går ned": a time of day, on a day still to be told.
    r"skumringen|tusmørket|solnedgangen|solnedgang|solopgang|sunset|sunrise|dusk|dawn|sundown|"
    r"(?:når|hvor)\s+solen\s+(?:går\s+ned|står\s+op)|when\s+the\s+sun\s+(?:goes\s+down|sets|"
    r"comes\s+up|rises)|"
    + _alt(_WEEKDAYS_DA + _WEEKDAYS_EN)
    # "til halloween", "at Easter": which day, and what time of it?
    + "|"
    + _HOLIDAY
    + ")(?![a-z])"
)


# "der gerne vil ", "som vil ", "who want to ": a relative clause's start before the plan.
_RELATIVE_PLAN_LEAD_RE = _rx(
    r"(?:der|som|who|that)\s+(?:(?:gerne|også|really|also)\s+)*(?:vil|ville|want|wants|"
    r"would\s+like|'d\s+like|would\s+love|'d\s+love)\s+(?:(?:gerne|også|to)\s+)*(?=[a-z])"
)


def _compose(doc: _Doc, span_fields: dict[str, list[Span]], vague: set[str]) -> Understanding:
    result = Understanding()
    covered_by_field = dict(span_fields)
    clause_spans: dict[str, list[Span]] = {k: [] for k in _CLAUSE_FIELDS}
    for c in doc.clauses:
        if c.label in _CLAUSE_FIELDS and (not c.span_only or c.strong):
            clause_spans[c.label].append((c.start, c.end))
    # Trailing places, times, partners and contact details have fields of their own, so
    # they come off "what" and "brings". Beneficiaries stay: "en gågruppe for ældre" is
    # how the person names the idea.
    trimmed: list[Span]
    told_no_plan = False
    modifiers = [s for k in ("where", "when", "partners", "contact") for s in covered_by_field[k]]
    for name in ("what", "brings"):
        trimmed = []
        runs = _clause_runs(doc, name)
        if name == "what":
            declared = [c for c in doc.clauses if c.declared]
            if declared:
                # "Så min idé er et cykelværksted": beside the words said to be the idea,
                # only clauses cued as plans are more of it, not the story around it.
                runs = [
                    (a, b)
                    for a, b in runs
                    if any(c.strong and a <= c.start and c.end <= b for c in doc.clauses)
                ]
            runs += doc.extra_what + [(c.start, c.end) for c in doc.clauses if c.also_what]
        for a, b in runs:
            trimmed.append((a, b) if a in doc.labelled else _trim_tail(doc, a, b, modifiers))
        if name == "what":
            # "Vi starter til foråret" adds nothing to a stated idea; keep the real ones.
            solid = [s for s in trimmed if not _is_vague_what(doc.words_of([s]))]
            trimmed = solid or trimmed
            said = [c for c in doc.clauses if c.label == "what"]
            # "jeg er natur/teknologi-lærer og har en idé til et projekt med min 4. klasse":
            # who they are and that an idea is coming, clause by clause.
            told_no_plan = len(said) > 1 and all(
                _is_vague_what(_without_spans(doc, c, covered_by_field))
                or _tells_a_trade(doc, (c.start, c.end))
                for c in said
            )
            if not trimmed:
                trimmed = _fallback_what(doc, modifiers)
                told_no_plan = bool(trimmed) and _only_frames_and_others(doc, trimmed[0])
        clause_spans[name] = trimmed
    for name in FIELDS:
        spans = clause_spans.get(name) or covered_by_field.get(name) or []
        if not spans:
            continue
        # Contact details may sit inside chat markup (<mailto:a@b.dk|a@b.dk>).
        value = doc.words_of(spans, keep_markup=name == "contact")
        if name == "what":
            # "vi er nogle unge på 16 der vil lave en skatepark": the idea starts at its verb.
            lead = _RELATIVE_PLAN_LEAD_RE.match(value)
            if lead is not None and lead.end() < len(value):
                value = value[lead.end() :]
        if value:
            result.fields[name] = value
    who_need = _WHO_IN_NEED_RE.search(result.fields.get("who_benefits", ""))
    if "why" not in result.fields and who_need is not None:
        # "besøgsven for ældre der er ensomme", "for older people who are lonely": the need
        # of the people it is for is why.
        result.fields["why"] = who_need.group(0)
    result.vague = {v for v in vague if v in result.fields}
    result.context = {f for f in doc.context_only if f in result.vague}
    if "what" in result.fields and (
        told_no_plan
        or _is_vague_what(result.fields["what"])
        or (
            doc.guessed_what
            and (doc.problem_as_idea or _tells_a_situation(result.fields["what"]))
            and not _asks_for_an_idea(doc, result.fields["what"])
        )
    ):
        result.vague.add("what")
    if "help_wanted" in result.fields and _is_vague_help(result.fields["help_wanted"]):
        result.vague.add("help_wanted")
    if "who_benefits" in result.fields and _is_vague_who(result.fields["who_benefits"]):
        result.vague.add("who_benefits")
    if (
        "brings" in result.fields
        and _is_vague_brings(result.fields["brings"])
        and not any(c.label == "brings" and c.start in doc.labelled for c in doc.clauses)
    ):
        # "Vi bidrager med - Arbejdskraft": what the person labelled as their part is that.
        result.vague.add("brings")
    return result


def _asks_for_an_idea(doc: _Doc, what: str) -> bool:
    """Whether the guessed idea holds a thing asked for by its question mark alone.

    "Kids outgrow toys so fast. A toy library in Ordrup where families borrow toys?"
    """
    folded = fold_plain(what)
    for a, b in doc.sentences:
        seg = doc.text[a:b].strip()
        if seg.endswith("?") and _IDEA_NP_START_RE.match(seg):
            head = seg.rstrip("?").strip()
            if head and head[:40] in folded:
                return True
    return False


def _clause_runs(doc: _Doc, label: str) -> list[Span]:
    """Spans of consecutive clauses with `label` inside one sentence."""
    runs: list[Span] = []
    last: _Clause | None = None
    for c in doc.clauses:
        if c.label == label and (not c.span_only or c.strong):
            if last is not None and last.sentence == c.sentence and runs:
                runs[-1] = (runs[-1][0], c.end)
            else:
                runs.append((c.start, c.end))
            last = c
        else:
            last = None
    return runs


# "jeg er natur/teknologi-lærer", "I'm a retired nurse": who they are, in a few words.
_PROFESSION_INTRO_RE = _rx(
    r"(?:(?:hej|hi|hello)[\s,!]+)?(?:jeg|i|vi|we)\s*(?:er|am|'m|are|'re)\s+(?:en\s+|et\s+|a\s+|an\s+|"
    r"nogle\s+)?(?:[\w/-]+\s+){0,2}?[\w/-]*?" + _TRADE
)


def _without_spans(doc: _Doc, c: _Clause, spans: dict[str, list[Span]]) -> str:
    """A clause's words without the people, places and times found in it."""
    cut = sorted(
        s
        for k in ("who_benefits", "where", "when")
        for s in spans.get(k, [])
        if _overlaps(s, [(c.start, c.end)])
    )
    words, at = [], c.start
    for a, b in cut:
        words.append(doc.text[at : max(at, a)])
        at = max(at, b)
    words.append(doc.text[at : c.end])
    return " ".join(words)


def _tells_a_trade(doc: _Doc, span: Span) -> bool:
    return _PROFESSION_INTRO_RE.fullmatch(doc.text[span[0] : span[1]].strip(" ,.!")) is not None


def _only_frames_and_others(doc: _Doc, span: Span) -> bool:
    """ "Vi er tre elever fra 2.g, og vi skal lave et frivilligt projekt": a sentence taken as
    the idea that tells who they are and that a plan is coming, but not the plan.
    """
    inside = [c for c in doc.clauses if span[0] <= c.start < span[1] and c.label != "greeting"]
    return (
        bool(inside)
        and all(
            (c.strong and c.label not in ("what", "span"))
            or _is_vague_what(doc.text[c.start : c.end])
            for c in inside
        )
        and any(_is_vague_what(doc.text[c.start : c.end]) for c in inside)
    )


def _fallback_what(doc: _Doc, modifiers: Sequence[Span]) -> list[Span]:
    """The first sentence as the idea, when it at least says it is one ("noget for børn")."""
    by_sentence: dict[int, list[_Clause]] = {}
    for c in doc.clauses:
        if c.label not in ("greeting", "span"):
            by_sentence.setdefault(c.sentence, []).append(c)
    for idx in sorted(by_sentence):
        group = by_sentence[idx]
        a, b = group[0].start, group[-1].end
        if _IDEA_WORD_RE.search(doc.text, a, b):
            return [_trim_tail(doc, a, b, modifiers)]
        return []
    return []


def _trim_tail(doc: _Doc, a: int, b: int, modifiers: Sequence[Span]) -> Span:
    text = doc.text
    end = b
    end = _drop_trailing_thanks(text, a, b)
    changed = True
    while changed:
        changed = False
        while end > a and text[end - 1] in " ,.;:!?)":
            end -= 1
        for ma, mb in modifiers:
            if a < ma < end and mb >= end - 1 and ma > a and _trimmable(text, a, ma):
                candidate = ma
                while candidate > a and text[candidate - 1] in " ,":
                    candidate -= 1
                if _content_words(text[a:candidate]) >= 1:
                    end = candidate
                    changed = True
                    break
    if end <= a:
        return a, b
    if end < b:
        # "I work in IT and live near Jægersborg Allé": where they live went with the place.
        lives = _LIVES_TAIL_RE.search(text, a, end)
        if lives is not None and _content_words(text[a : lives.start()]) >= 1:
            end = lives.start()
    return a, end


# (Tried only where a run of spaces starts: a long run stays fast.)
_LIVES_TAIL_RE = _rx(r"(?<![\s,])[\s,]+(?:and|og)\s+(?:live|lives|bor)\s*$")


# A place or time that opens with one of these is added to the idea, not part of its name.
_TRIM_LEAD_RE = _rx(
    r"(?:i|på|ved|til|fra|om|hver|hvert|hele|næste|denne|dette|kl\.?|omkring|rundt|mellem|efter|"
    r"før|inden|fra|langs|foran|bag|nede|oppe|ude|inde|hos|sammen|en|et|to|tre|fire|den|d\.|the|"
    r"in|on|at|by|near|from|to|every|each|next|this|around|between|after|before|along|"
    r"behind|outside|inside|down|up|with|a|an|one|two|three|four|some|once|twice|somewhere|"
    r"anywhere|"
    r"monthly|weekly|daily|ugentlig|månedlig|dagligt?|årlig)(?![a-z])"
)


def _trimmable(text: str, a: int, ma: int) -> bool:
    """Tell whether a place or time at the end of an idea can come off it.

    "et syværksted i Charlottenlund" loses the place (it has a field of its own); "en bilfri
    søndag" and '"Kulturnat i Ordrup"' keep it: the words name the idea.
    """
    head = text[a:ma]
    if sum(head.count(q) for q in '"“”«»') % 2:
        return False
    if head.rstrip().endswith((",", "-", "–", ":", ";")):
        return True
    return _TRIM_LEAD_RE.match(text, ma) is not None


def _content_words(seg: str) -> int:
    return sum(1 for t in _TOKEN_RE.findall(seg) if t not in _FRAME_WORDS)


# "idea for sports", "jeg har en idé om pindsvin": an idea about a topic, not the idea yet.
_IDEA_TOPIC_RE = _rx(
    r"(?:.{0,40}?\s)?(?:id[eé]|idea|forslag|suggestion)\s+(?:for|til|om|about|on|regarding|"
    r"angående|vedrørende|med|to\s+do\s+with)\s+(?!(?:en|et|a|an|nogle|some|flere|more|at|to|"
    r"that|hvordan|how)(?![a-z]))[a-z]+(?:\s+[a-z]+)?[\s.!?]*"
    # "Det handler om trafik", "it's about the park": a topic, not yet an idea.
    r"|(?:(?:min|vores|my|our)\s+(?:id[eé]|idea)\s+|det\s+|den\s+|it\s+|this\s+)?"
    r"(?:handler\s+om|drejer\s+sig\s+om|går\s+på|gaar\s+paa|er\s+om|is\s+about|'s\s+about|"
    r"s\s+about|is\s+regarding|angår|angaar)\s+(?!(?:en|et|a|an|at|to|that|hvordan|how)(?![a-z]))"
    r"(?:[a-z]+\s+){0,2}[a-z]+[\s.!?]*"
    # "noget med træer", "something with dogs": the topic, and the idea still to come.
    r"|(?:(?:det\s+er\s+|it'?s\s+|its\s+)?(?:noget|something|sth)\s+(?:med|om|with|about|"
    r"to\s+do\s+with|omkring|around)\s+(?:[a-z]+\s+){0,2}[a-z]+[\s.!?]*)"
)


def tells_no_idea_words(value: str) -> bool:
    """Whether `value` holds nothing but the words around an idea ("jeg har en idé")."""
    return _is_vague_what(value)


# "Kan man ikke gøre noget?", "Må man foreslå noget til biblioteket her?", "can something be
# done about it?": asks whether an idea may come, and names none yet.
_ASKS_FOR_SOMETHING = (
    r"(?:(?:men|but|so|så|og|and)\s+)?(?:(?:kan|må|skal|kunne|burde)\s+(?:man|vi|jeg|i|du|"
    r"kommunen)\s+(?:ikke\s+)?(?:godt\s+)?(?:gøre|foreslå|lave|finde\s+på|ønske|bede\s+om)\s+"
    r"(?:noget|et\s+forslag|en\s+idé)|(?:can|could|may)\s+(?:something|anything)\s+(?:not\s+)?be\s+"
    r"done|(?:can|could|may)\s+(?:i|we|you|one|the\s+municipality)\s+(?:not\s+)?(?:do|suggest|"
    r"propose)\s+(?:something|anything)|is\s+(?:there\s+)?anything\s+(?:to\s+be\s+)?done)"
    r"(?:\s+(?:ved\s+det|ved\s+det\s+her|her|about\s+(?:it|this|that)|here|til\s+[a-z]+(?:\s+her)?|"
    r"for\s+(?:the\s+)?[a-z]+))?[\s.!?]*"
)
_ASKS_FOR_SOMETHING_RE = _rx(_ASKS_FOR_SOMETHING)
# "Cars drive far too fast on Ordrupvej. Can something be done?": a trouble told, and the
# municipality asked to act on it; the idea is still to come, so it is no question to send on.
_ENDS_ASKING_FOR_SOMETHING_RE = _rx(r"(?:^|[.!?\n])\s*" + _ASKS_FOR_SOMETHING + r"$")


def _is_vague_what(value: str) -> bool:
    folded = fold_plain(value)
    if _IDEA_TOPIC_RE.fullmatch(folded.strip()) or _ASKS_FOR_SOMETHING_RE.fullmatch(folded.strip()):
        return True
    tokens = _TOKEN_RE.findall(folded)
    if len(tokens) > 10:
        return False
    occasions = 0
    for i, t in enumerate(tokens):
        if t == "have":
            # English "we have" is a frame; Danish "en have" is a garden.
            if i == 0 or tokens[i - 1] not in _HAVE_AS_VERB:
                return False
        elif t in _OCCASION_WORDS:
            occasions += 1
        elif t not in _FRAME_WORDS and not t.isdigit():
            # "Hello, I'm Margaret, 71": an age is not an idea.
            return False
    return occasions <= 1


# An idea named as a thing starts like one ("En bænk ved søen", "more bins in the park").
_IDEA_NP_START_RE = _rx(
    r"(?:(?:jeg\s+|i\s*'?m\s+|i\s+am\s+)?(?:tænker|tænkte|thinking)\s+(?:på|of|about)\s+)?"
    r"(?:en|et|a|an|nogle|some|flere|more|mere|bedre|better|new|ny|nyt|nye|fælles|shared|"
    r"gratis|free)(?![a-z'])"
)
_SITUATION_VERB_RE = _rx(
    r"(?<![a-z])(?:er|var|har|havde|går|gik|bor|boede|kan|kunne|skal|blev|bliver|fik|får|"
    r"døde|faldt|kom|stod|is|are|am|was|were|have|has|had|live|lives|lived|go|goes|went|"
    r"died|fell|came|got|gets|became|'m|im|'re|'ve|"
    # "My mum can't use MitID, and I know she's not the only one."
    r"can'?t|cannot|couldn'?t|don'?t|doesn'?t|didn'?t|isn'?t|aren'?t|wasn'?t|know|knows|"
    # "bilerne kører som sindssyge", "cars drive way too fast", "der ligger skrald overalt".
    r"kører|drives|ligger|flyder|larmer|roder|parkerer|speeder|speeding|lies|"
    # "speed bumps", "seed swap", "a bike shed": nouns that only look like past tense.
    # "værksted", "mødested" (folded "vaerksted"): a place, no past tense either.
    # "Vangede", "højbede", "fuglerede", "flowerbed": a place or a thing, no past tense either.
    r"(?!(?:speed|seed|need|feed|weed|shed|breed|deed|bleed|greed|hundred|sled|bred|[a-z]*sted|"
    r"vangede|[a-z]*bede|[a-z]*fuglerede|rede|[a-z]*hede|[a-z]*bed)"
    r"(?![a-z]))"
    r"(?:[a-z]{3,}ed|[a-z]{3,}ede))(?![a-z])"
)


# "community fridge outside vangede st. where ppl can leave food", "bytteskab ved stationen
# hvor alle kan stille ting": a thing named by what people can do there.
_THING_FOR_USE_RE = _rx(
    r"(?!(?:the|det|den|der|there|it|vi|we|jeg|i|they|de|my|min|mit|our|vores|he|she|han|hun|"
    r"this|that)\s)(?:[a-zæøå-]+\s+){0,2}?[a-zæøå-]+(?<!ing)\s+(?:(?:outside|at|by|in|on|near|"
    r"next\s+to|ved|på|i|udenfor|uden\s+for|foran|nær)\s+[^,!?\n]{1,40}?,?\s+)?(?:where|hvor)\s+"
    r"(?:people|ppl|folk|man|anyone|everyone|alle|naboer|naboerne|neighbours|neighbors|kids|børn|"
    r"you|u|vi|we)\s+(?:can|could|kan|kunne|må|may)\s"
)


def _tells_a_situation(value: str) -> bool:
    """A guessed "what" that tells how things are ("the trees died"), not what to do."""
    folded = fold_plain(value).strip()
    if _IDEA_NP_START_RE.match(folded) or _CREATE_RE.search(folded):
        return False
    if _THING_FOR_USE_RE.match(folded):
        return False
    if _IDEA_WORD_RE.search(folded) or _PROPOSING_RE.search(folded):
        return False
    if (
        _PROPOSING_QUESTION_RE.search(folded)
        or _ASKS_FOR_A_THING_RE.search(folded)
        or _INTEREST_QUESTION_RE.search(folded)
    ):
        # "Would it be possible to have outdoor fitness equipment at Gentofte Sø?", "kan vi
        # få en hjertestarter"
        return False
    return bool(_SITUATION_VERB_RE.search(folded))


# "Has anyone suggested walking football?", "Proposal from a retired engineer: ...",
# "Jeg vil foreslå ...": the person proposes what follows.
_PROPOSING_RE = _rx(
    r"(?<![a-z])(?:proposal|proposals|propose|proposes|proposed|proposing|suggest|suggests|"
    r"suggested|suggesting|foreslå|foreslår|foreslået|foreslog|pitch)(?![a-z])"
)


_HAVE_AS_VERB = {
    *"i we you they would could to 'd will should can".split(),
    *"gerne vil skal kan maa at kunne ville".split(),
}


# "i år", "sidste år", "siden jul", "for to uger siden", "last year", "lately": when something
# happened, not when anything is to be done.
_TIME_GONE_BY_RE = _rx(
    r"(?<![a-z])(?:i\s+år|sidste\s+år|i\s+fjor|siden|i\s+går|forleden|på\s+det\s+sidste|"
    r"for\s+nylig|this\s+year|last\s+year|ago|since|yesterday|recently|lately)(?![a-z])"
)


def declares_the_idea(text: str) -> bool:
    """Whether `text` starts by saying what follows is the idea ("Så mit forslag er …", "my
    idea is …")."""
    return _IDEA_IS_RE.match(fold_plain(text).strip()) is not None


def only_greets_or_introduces(text: str) -> bool:
    """Whether every clause of a message is a greeting or who is writing ("hey 👋 uni student
    here, living in a dorm near Jægersborg"): no situation the idea answers."""
    doc, _, _ = _analyse(_undictated(text))
    return bool(doc.clauses) and all(c.label == "greeting" for c in doc.clauses)


def tells_time_gone_by(value: str) -> bool:
    """Whether a time kept from the reason tells when something happened ("i år", "last
    year"), not when the idea matters ("om vinteren")."""
    return _TIME_GONE_BY_RE.search(fold_plain(value)) is not None


def names_one_of_ours(value: str) -> bool:
    """Whether whom it is for is only the person's own one ("min datter på 8", "my mum is
    91"): a story's person, and whom else it is for is still to ask."""
    return _ONE_OF_OURS_RE.fullmatch(fold_plain(value).strip(" ,.")) is not None


def _is_vague_who(value: str) -> bool:
    if names_one_of_ours(value):
        # "min datter på 8": the person the story is about; whom else is asked.
        return True
    tokens = _TOKEN_RE.findall(fold_plain(value))
    if {"hele", "whole", "entire"} & set(tokens):
        # "hele kvarteret", "the whole neighbourhood": a community, told as all of it.
        return False
    return bool(tokens) and all(t in _WHO_FRAME for t in tokens)


_WHO_IN_NEED_RE = _rx(
    r"(?<![a-z])(?:der|som|who|that)\s+(?:er|føler\s+sig|sidder|are|feel|sit)\s+(?:\w+\s+)?"
    r"(?:ensomme?|alene|isolerede|lonely|alone|isolated)(?![a-zæøå])(?:\s+(?:\w+\s+){0,3}?"
    r"(?:hjemme|derhjemme|at\s+home))?"
)


# "(børn) der ikke kan få hjælp derhjemme", "(kids) who don't have a garden": what the
# people lack.
_NEED_OF_PEOPLE_RE = _rx(
    r"(?<![a-zæøå])(?:der|som|who|that)\s+(?:(?:ellers|otherwise|often|tit|ofte)\s+)?"
    r"(?:ikke|aldrig|sjældent|never|rarely|can't|cannot|can\s+not|don't|do\s+not|doesn't|"
    r"har\s+ingen|have\s+no|mangler|lack|(?:er|føler\s+sig|sidder|are|feel|sit)\s+(?:\w+\s+)?"
    r"(?:ensomme?|alene|isolerede|lonely|alone|isolated))(?![a-zæøå]).*"
)


def _is_vague_brings(value: str) -> bool:
    """A group named ("me and my friends") says who is behind the idea, not what they bring;
    "vi spiller fodbold", "jeg bor selv alene", "my son reads a lot" say how things are."""
    tokens = _TOKEN_RE.findall(fold_plain(value))
    if bool(tokens) and all(t in _BRINGS_FRAME or t.isdigit() for t in tokens):
        return True
    parts = [p for p in value.split(_JOIN) if p.strip()]
    return bool(parts) and all(
        _tells_only_who(fold_plain(p)) or _tells_no_contribution(fold_plain(p)) for p in parts
    )


def _tells_no_contribution(part: str) -> bool:
    """Tell whether a folded "brings" part says nothing anybody gives, does or has to give."""
    with_ = _WITH_THINGS_RE.search(part)
    if (
        _gives(part)
        or _MORE_CONTRIBUTION_RE.search(part)
        or _COUNT_START_RE.search(part)
        or _SKILLED_RE.search(part)
        or (with_ is not None and not _AID_RE.match(part, with_.end()))
    ):
        return False
    # "mig og min datter", "vi er tre mødre": the people who will do it are what they bring.
    return _GROUP_RE.search(part) is None


# More doing words than `_CONTRIBUTION_RE`: "vi sætter selv skilte op", "I'll paint it";
# not "jeg bor selv alene".
_MORE_CONTRIBUTION_RE = _rx(
    r"(?<![a-z])(?:(?<!bor\s)(?<!har\s)selv|myself|ourselves|sætter|sætte|tager|tage|rydder|"
    r"rydde|maler|male|planter|plante|samler|samle|bager|bage|koger|koge|inviterer|invitere|deler|dele|låner|låne|henter|"
    r"hente|kører|køre|holder|holde|tjekker|designer|tegner|tegne|koordinerer|put|puts|set|"
    r"paint|plant|collect|gather|clean|cook|bake|invite|share|lend|fetch|drive|look\s+after|"
    r"take\s+care|coordinate|design|map|host|donating|offer|offering)(?![a-z])"
)
# "jeg går der hver dag med min rollator", "with my dog", "with our own families": what or
# whom the person goes with, nothing to give.
_AID_RE = _rx(
    r"(?:rollator|kørestol|stok|krykker|barnevogn|klapvogn|hund|wheelchair|walker|cane|"
    r"crutches|pram|buggy|stroller|dog|families|family|familier|familie|familien)(?![a-z])"
)
# Several people named together: "mig og min datter", "me and my friends", "tre mødre";
# not "... and I feel alone".
_GROUP_RE = _rx(
    r"(?<![a-z])(?:mig|me|jeg|i|vi|we)\s+(?:og|and)\s+|(?:og|and)\s+(?:mig|me|jeg|i)(?![a-z])"
    r"(?!\s+(?:føler|feel|savner|miss|bor|live|kender|know|don't|dont|ikke|can't|cant)"
    r"(?![a-z]))|"
    r"(?<![a-z])(?:vi|we)\s+(?:er|are|'re)\s"
)


# "jeg er 15", "vi er nogle drenge fra 8.b", "I'm a mum from Scotland": who the person is.
_IDENTITY_START_RE = _rx(
    r"(?:(?:og|and|så|so|men|but|well|btw)\s+)?(?:jeg|vi|i|we)\s+(?:er|'m|am|are|'re|im)\s+"
    r"(?:(?:selv|also|just|bare|allerede|already|jo|nu|now)\s+)*"
)
# "vi er 6 naboer", "we're about 20 families": a count of helpers is what they bring.
# Not "jeg er 67 og løber stadig" or "en søn på 12" (ages), "8 months ago" (a time) or
# "moved to Hellerup" (Danish "to" is English "to": it counts only after "er", "har", "og",
# "med", "mig" or alone).
_COUNT_START_RE = _rx(
    r"(?:(?:en|ca\.?|cirka|omkring|about|around|roughly|over)\s+)?(?:(?<!på\s)\d+|"
    r"(?:tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|femten|tyve|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?![a-z])|"
    r"(?:^|(?<=er\s)|(?<=har\s)|(?<=og\s)|(?<=med\s)|(?<=mig\s))to(?![a-z]))(?:\s*-\s*\d+)?\s+"
    r"(?!(?:og|and|år|års|years?|måneder|måned|months?|uger|uge|weeks?|dage|dag|days?|timer|"
    r"hours?|minutter|minutes|gange|times|ago|siden)(?![a-z]))[a-z]"
)
_GROUP_COUNT_RE = _rx(
    r"(?<![a-z])(?:group|gruppe|flok|hold|team|bunch|crew)\s+(?:of|på|af)\s+(?:(?:ca\.?|cirka|"
    r"omkring|about|around|over)\s+)?\d+"
)
# Words of doing, having or knowing how: "... og kan bygge", "who'll bring cake", "trained".
_CONTRIBUTION_RE = _rx(
    r"(?<![a-z])(?:kan|kunne|vil|ville|skal|har|have|has|had|'ve|'ll|'d|can|could|will|would|"
    r"got|står|stå|hjælpe|hjælper|help|helps|bring|bringe|medbringe|lave|laver|make|build|"
    r"bygge|bygger|sørge|sørger|handle|run|runs|lead|lede|leder|organi[sz]e|arrangere|"
    r"arrangerer|undervise|underviser|teach|teaches|give|giver|donate|donere|betale|pay|"
    r"skaffe|provide|stille|stiller|rådighed|disposal|passe|uddannet|trained|certified|"
    r"certificate|certifikat|qualified|erfaren|erfarne|hobby|restore|restores|repair|repairs|"
    r"fix|fixes|reparerer|reparere|fikser|fikse|"
    r"experienced|god\s+til|gode\s+til|good\s+at|used\s+to|vant\s+til|pensioneret|"
    r"retired)(?![a-z])"
)


# "har" and "have" that give nothing: a tense ("jeg har klaget før", "I have lived here"), or
# what befalls someone ("min mor har demens", "my son has autism", "jeg har en søn på 12").
_HAVE_GIVES_NOTHING_RE = _rx(
    r"(?:har|have|has|'ve)\s+(?:(?:selv|også|altid|aldrig|længe|lige|jo|ikke|just|always|never|"
    r"also|already|allerede)\s+)*(?:været|fået|haft|klaget|gået|boet|set|hørt|prøvet|tænkt|"
    r"spurgt|skrevet|savnet|oplevet|måttet|fundet|mistet|talt|snakket|læst|bemærket|lagt|been|"
    r"lived|seen|heard|noticed|tried|asked|complained|missed|lost|moved|thought|wondered|"
    r"walked|(?:en|et|to|tre|a|an|two|three)\s+(?:søn|datter|barn|børn|baby|son|daughter|"
    r"child|kids|children|spørgsmål|idé|ide|forslag|question|idea|suggestion))(?![a-z])"
)
# "kan ikke læse længere", "can't walk far": a word of doing, denied.
_DENIED_RE = _rx(r"\s+(?:ikke|not|never|aldrig|no\s+longer)(?![a-z])")
_OF_YOU_BEFORE_RE = _rx(
    r"(?<![a-z])(?:you|u|kommunen|the\s+municipality)(?:\s+guys)?(?:\s+(?:kan|kunne|vil|"
    r"can|could|will|would|please))?\s+$"
)
_OF_YOU_AFTER_RE = _rx(r"\s+(?:you|u|kommunen|the\s+municipality)(?![a-z])")
_BUT_RE = _rx(r"(?<![a-z])(?:men|but)(?![a-z])")
_RELATIVE_HAS_RE = _rx(
    r"(?:min|mit|mine|my|our|vores)\s+(?:[a-z]+\s+)?(?:mor|far|mand|kone|søn|datter|barn|"
    r"børn|mormor|morfar|farmor|farfar|husband|wife|son|daughter|child|kids|children|mother|"
    r"father|mum|mom|dad|grandmother|grandfather|gran|nan)\s+(?:\(\d+\)\s+)?$"
)
_THING_AFTER_HAS_RE = _rx(r"\s+(?:en|et|a|an|\d+|to|tre|two|three|nogle|some)\s")


def _gives(part: str) -> bool:
    """Tell whether a folded part has a word of doing, having or knowing how that gives."""
    for m in _CONTRIBUTION_RE.finditer(part):
        if _HAVE_GIVES_NOTHING_RE.match(part, m.start()):
            continue
        if _OF_YOU_BEFORE_RE.search(part, max(0, m.start() - 20), m.start()) or (
            _OF_YOU_AFTER_RE.match(part, m.end())
        ):
            # "is that something you guys can help with", "can you help": asked of the
            # municipality.
            continue
        if _DENIED_RE.match(part, m.end()) and not _BUT_RE.search(part, m.end()):
            # Not "jeg kan ikke give penge, men tid".
            continue
        if (
            m.group(0) in ("har", "has", "have")
            and _RELATIVE_HAS_RE.search(part, max(0, m.start() - 40), m.start())
            and not _THING_AFTER_HAS_RE.match(part, m.end())
        ):
            # Not "my husband has a van".
            continue
        return True
    return False


def _tells_only_who(part: str) -> bool:
    """Tell whether a folded "brings" part only says who the person is, nothing they give."""
    m = _IDENTITY_START_RE.match(part)
    if m is None:
        return False
    rest = part[m.end() :].strip(" .,!")
    if re.fullmatch(r"\d{1,2}(?:\s+(?:år|years?(?:\s+old)?))?", rest):
        return True
    if _COUNT_START_RE.match(rest) or _gives(rest) or _GROUP_COUNT_RE.search(rest):
        # "vi er 6 naboer", "we're a group of 8 neighbours": the hands they bring.
        return False
    # "I'm an amateur astronomer with two decent telescopes": things they have to give, but
    # not "jeg er mor med to børn".
    with_ = _WITH_THINGS_RE.search(rest)
    if (
        with_ is not None
        and not _BEN_NP_RE.match(rest, with_.end())
        and not _WITH_CHILD_RE.search(rest, with_.start(), with_.end() + 25)
    ):
        return False
    # "et netværk af kunstnere", "I'm a nurse": a trade is something to give.
    return _SKILLED_RE.search(rest) is None


_WITH_THINGS_RE = _rx(
    r"(?<![a-z])(?:med|with)\s+(?:(?:\d+|to|tre|fire|fem|seks|two|three|four|five|six|min|mit|"
    r"mine|vores|egen|eget|egne|my|our|own|a|an|en|et|some|nogle|lots\s+of|masser\s+af|"
    r"a\s+lot\s+of|en\s+masse)\s+)+"
)
# "med vores første", "with a 2 year old": a child, not a thing to give.
_WITH_CHILD_RE = _rx(
    r"(?<![a-z])(?:\d+[\s-]*(?:år|års|year|years|month|months|måneder|mdr)(?![a-z])|første|"
    r"andet|anden|tredje|first|second|third|nyfødt|newborn|baby|babies|toddler)"
)
_SKILLED_RE = _rx(
    r"(?<![a-z])[a-z]{0,16}?" + _TRADE + r"(?![a-z])"
    # "vi er nogle kunststuderende", "we're art students": students of a trade know it.
    r"|(?<![a-z])[a-z]{3,16}studerende(?![a-z])|(?<![a-z])(?:art|music|design|drama|dance|"
    r"architecture|engineering|nursing|medical|medicine|carpentry|film|media)\s+students?(?![a-z])"
    # "I work in IT", "jeg arbejder med computere".
    r"|(?<![a-z])" + _WORK_IN_IT
)


def _is_vague_help(value: str) -> bool:
    tokens = _TOKEN_RE.findall(fold_plain(value))
    if len(tokens) > 8:
        return False
    return sum(1 for t in tokens if t not in _HELP_FRAME) == 0


def _help_asks_nothing(value: str) -> bool:
    """Help read from free text that asks nobody for anything: "the library closes at 7 or
    8", "Jeg savner at synge sammen med andre" (an answer to the question, or a labelled
    line, is a request by being one)."""
    parts = [fold_plain(p) for p in value.split(_JOIN) if p.strip()]
    return bool(parts) and all(_asks_nothing(p) for p in parts)


def _asks_nothing(part: str) -> bool:
    """Tell whether a folded "help wanted" part asks anybody for anything."""
    return not (
        _STRONG_HELP_RE.search(part)
        or _NO_HELP_RE.fullmatch(part.strip(" .!,;"))
        or _NOUNISH_HELP_RE.search(part)
        or _WEAK_HELP_RE.search(part)
        or _MUNI_CREATE_RE.search(part)
        or _REQUEST_WORD_RE.search(part)
    )


# Any asking: "kan I ...", "could you ...", "vi håber ...", "please", "lov", "købe", "pay".
_REQUEST_WORD_RE = _rx(
    r"(?<![a-z])(?:kan|kunne|vil|ville|må|could|can|would|will|may|please|venligst|håber|hope|"
    r"ønsker|wish|want|vil\s+gerne|gerne|need|needs|brug|behov|mangler|lack|missing|lov|allow|"
    r"købe|køber|betale|betaler|buy|buys|pay|pays|sætte|sætter|bygge|bygger|lave|laver|build|"
    r"install|put|fix|repair|reparere|fikse|rydde|clean|åbne|open|give|giver|låne|lend|"
    # "skal vi have byggetilladelse??", "do we need a permit?", "at parkafdelingen holder op
    # med at slå græsset": asking what the municipality requires, or that it stops doing
    # something, asks it.
    r"skal\s+vi|do\s+we\s+need|[a-zæøå]*tilladelse[a-zæøå]*|permits?|permission|"
    r"holder\s+op|holde\s+op|stops?\s+(?:mowing|cutting)|[a-zæøå]*afdelingen|department)(?![a-z])"
)


# "Ville det være muligt at få en cykelpumpe ved stationen?", "could we possibly get a
# drinking fountain ...?": asking for something new to be put up is an idea, not a service
# question.
_PROPOSING_QUESTION_RE = _rx(
    r"(?<![a-z])(?:(?:er|var|ville|vil|kunne|kan)\s+det\s+(?:\w+\s+)?(?:være\s+)?"
    r"(?:muligt|en\s+mulighed)|(?:would|will|could)\s+it\s+(?:\w+\s+){0,2}be\s+possible|is\s+"
    # "er der nogen mulighed for at få en hundeskov i Charlottenlund?"
    r"it\s+(?:\w+\s+){0,2}possible|er\s+der\s+(?:nogen\s+|en\s+)?mulighed\s+for)\s+(?:at|to)\s+"
    r"(?:få|lave|bygge|sætte|opsætte|starte|holde|etablere|"
    r"anlægge|plante|åbne|male|arrangere|get|have|make|build|put|set\s+up|install|start|hold|"
    r"open|plant|paint|arrange|organi[sz]e|create)"
    # "Må man sætte en bane op i Charlottenlund Slotshave?": asking leave to build something.
    r"(?![a-z])|(?<![a-z])(?:må|kan|kunne)\s+(?:man|vi|jeg)\s+(?:godt\s+|gerne\s+|få\s+lov\s+til\s+at\s+)?"
    r"(?:sætte|opsætte|bygge|anlægge|etablere|plante|lave|starte|åbne)\s+(?:en|et|nogle|flere)\s"
    # "is anyone doing outdoor movie nights?", "er der nogen der laver fællesspisning?":
    # asking whether it exists, to have it.
    r"|(?<![a-z])(?:is\s+anyone|does\s+anyone|has\s+anyone|is\s+somebody|is\s+someone)\s+"
    r"(?:already\s+)?(?:doing|running|organi[sz]ing|do|run|organi[sz]e|started|thought\s+of)\s"
    r"|(?<![a-z])er\s+der\s+(?:nogen|nogle)\s+(?:der|som)\s+(?:allerede\s+)?(?:laver|"
    r"arrangerer|står\s+for|holder|driver|har\s+tænkt\s+på)\s"
    # "kan rabatten blive til vild eng?", "could the car park become a garden?": a change.
    r"|(?<![a-z])(?:kan|kunne|må)\s+(?:[a-zæøå-]+\s+){1,6}?blive\s+til\s"
    r"|(?<![a-z])(?:can|could)\s+(?:[a-z'-]+\s+){1,6}?(?:become|be\s+turned\s+into)\s"
)
# "kan vi få en hjertestarter på Kildeskovshallen?", "could we get a bike pump at the
# station?", "hvad med en bænk ved søen?": asking for a thing at a place (unless the thing is
# a service's: a copy, an appointment, a permit).
_ASKS_FOR_A_THING_RE = _rx(
    r"(?<![a-z])(?:kan|kunne|må)\s+(?:vi|man|i|kommunen)\s+(?:ikke\s+)?(?:godt\s+|evt\.?\s+)?"
    r"(?:få|sætte|opsætte|give\s+os)\s+(?:en|et|nogle|flere|mere|nye|nyt|ny|bedre|større)\s|"
    # "må vi holde loppemarked på skolens p-plads?", "kan vi låne scenen i parken?"
    r"(?<![a-z])(?:må|kan|kunne)\s+vi\s+(?:godt\s+|gerne\s+|evt\.?\s+)?"
    r"(?:holde|afholde|låne|bruge|lave|starte|stille\s+op)\s+(?:en\s+|et\s+|nogle\s+|vores\s+)?"
    r"[a-zæøå]{3,}|"
    r"(?<![a-z])(?:can|could|may)\s+we\s+(?:please\s+)?(?:hold|borrow|use|run|organi[sz]e|"
    r"start|put\s+on|host)\s+(?:a|an|some|our|the)\s|"
    r"(?<![a-z])(?:can|could)\s+(?:we|you|the\s+(?:council|municipality))\s+(?:please\s+)?"
    r"(?:get|have|put\s+up|install|set\s+up|build|give\s+us)\s+(?:a|an|some|more)\s|"
    r"^\W*(?:hvad\s+med|what\s+about|how\s+about)\s+(?:en|et|nogle|flere|a|an|some|more)\s"
)
_SERVICE_THING_RE = _rx(
    r"(?<![a-z])(?:kopi|copy|tid\s+hos|appointment|svar|answer|hjælp\s+til|help\s+with|refusion|"
    r"refund|udskrift|nyt\s+pas|passport|sygesikringskort|kørekort|driving\s+licen[cs]e)"
)


# "would anyone be interested in an outdoor chess table?", "er der nogen der kunne være
# interesseret i en strikkeklub?": asking who would join proposes the thing.
_INTEREST_QUESTION_RE = _rx(
    r"(?<![a-z])(?:(?:would|is|are|will)\s+(?:anyone|anybody|people|others|other\s+people)\s+"
    r"(?:else\s+)?(?:here\s+)?(?:be\s+)?interested\s+in|er\s+der\s+(?:nogen|andre|nogle|flere)\s+"
    r"(?:der|som)\s+(?:\w+\s+){0,2}?(?:interesseret|interesserede|lyst)\s+(?:i|til))\s+\w|"
    # "kan man søge om at lukke sin vej for en vejfest?", "can we get permission to close our
    # street for a street party?": asking leave for an event is the event proposed.
    r"(?<![a-z])(?:(?:kan|må|kunne)\s+(?:man|vi|jeg)\s+(?:søge\s+om|få\s+lov|have\s+lov)|"
    r"(?:can|could|may)\s+(?:we|i|one|you)\s+(?:apply|get\s+permission|get\s+a\s+permit|be\s+"
    r"allowed))\s+(?:[^.?!\n]{0,60}?)(?:vejfest|gadefest|loppemarked|sommerfest|byfest|"
    r"julefest|fællesspisning|koncert|marked|street\s+party|block\s+party|flea\s+market|"
    r"summer\s+party|concert|market)(?![a-zæøå])"
)


# "Min skraldespand er ikke blevet tømt", "Der er et stort hul i vejen", "Jeg vil klage over
# min nabo", "My bin hasn't been emptied": a fault or a complaint, for another desk.
_FAULT_RE = _rx(
    r"(?<![a-z])(?:(?:er|har)\s+ikke\s+(?:blevet\s+|været\s+)?(?:tømt|hentet|ryddet|fejet|"
    r"repareret|lavet|saltet|slået)|(?:hul|huller)\s+i\s+(?:vejen|fortovet|asfalten|cykelstien)|"
    r"(?:vil|skal|ønsker\s+at)\s+klage|klage\s+over|anmelde\s+(?:en|et)|"
    r"(?:lampen|gadelampen|lyset|gadelyset|vejlyset)\s+(?:virker\s+ikke|er\s+gået\s+i\s+stykker)|"
    r"(?:has|have|hasn't|haven't)\s+(?:not\s+)?been\s+(?:emptied|collected|cleared|repaired|"
    r"fixed|gritted)|pot\s?holes?|(?:want|like)\s+to\s+complain|complain\s+about|"
    r"(?:street\s?light|lamp)\s+(?:is\s+)?(?:broken|not\s+working|out))(?![a-z])"
)


def _keep_contact_details_in_contact(result: Understanding) -> None:
    """An e-mail or phone number belongs in the contact part only: the other parts may be
    shown to others (a citizen with a similar idea), the contact part never is."""
    for name, value in list(result.fields.items()):
        if name == "contact" or not (_EMAIL_RE.search(value) or _PHONE_RE.search(value)):
            continue
        cleaned = without_contact_details(value).replace("…", "")
        cleaned = re.sub(r"\(\s*\)?|\s+\)", "", cleaned)
        cleaned = re.sub(r"\s{2,}", " ", cleaned).strip(" ,;:-–(")
        if re.search(r"\w", cleaned.replace(_JOIN.strip(), "")):
            result.fields[name] = cleaned
        else:
            del result.fields[name]
            result.vague.discard(name)


def without_contact_details(
    text: str, kinds: frozenset[str] = frozenset({"phone", "email"})
) -> str:
    """`text` with phone numbers and/or e-mail addresses taken out (the person asked us to)."""
    if "email" in kinds:
        text = _EMAIL_RE.sub("…", text)
    if "phone" in kinds:
        text = _PHONE_RE.sub("…", text)
    # "Skriv til … eller ring …": the words that led to the details go with them.
    text = _DETAIL_LEAD_RE.sub("…", text)
    return re.sub(r"…(?:\s*(?:,|eller|or|og|and)\s*…)+", "…", text)


_DETAIL_LEAD_RE = re.compile(
    r"\b(?:ring|sms|skriv|mail|call|text|email|e-mail|kontakt|contact|reach)"
    r"(?:\s+(?:til|på|mig|os|me|us|on|at|to|gerne|via))*(?:\s*:)?\s?…",
    re.IGNORECASE,
)


def reports_a_fault(text: str) -> bool:
    """Tell whether `text` reports a fault or a complaint and proposes nothing."""
    if _FAULT_RE.search(_unslang(fold(text)).text) is None:
        # Most first messages report nothing: told without cutting the message up.
        return False
    doc = _Doc(text)
    if _FAULT_RE.search(doc.text) is None:
        return False
    return not (
        _WHAT_RE.search(doc.text)
        or _STRONG_HELP_RE.search(doc.text)
        or _MUNI_CREATE_RE.search(doc.text)
        or proposes(text)
    )


def proposes(text: str) -> bool:
    """Tell whether a question asks for something new to be put somewhere (an idea).

    "Er det muligt at få hjælp til min ansøgning?" asks the service; the same words asking
    for a thing at a named place propose it.
    """
    doc = _Doc(text)
    if (
        _INTEREST_QUESTION_RE.search(doc.text) is not None
        or _ENDS_ASKING_FOR_SOMETHING_RE.search(doc.text) is not None
    ):
        return True
    if _PROPOSING_QUESTION_RE.search(doc.text) is None:
        if _ASKS_FOR_A_THING_RE.search(doc.text) is not None and not (
            _SERVICE_NOUN_RE.search(doc.text) or _SERVICE_THING_RE.search(doc.text)
        ):
            return bool(_find_where(doc)[0])
        return _names_a_thing_for_people_at_a_place(doc)
    return bool(_find_where(doc)[0])


_QUESTION_WORD_RE = _rx(
    r"(?:hvornår|hvordan|hvor|hvad|hvem|hvilke\w*|hvorfor|om|when|how|where|what|who|which|"
    r"why|whether|if)(?![a-z])"
)


_SERVICE_NOUN_RE = _rx(
    r"(?:tilladelse|permit|kopi|copy|ansøgning|application|åbningstid|opening\s+hours|pris|"
    r"price|gebyr|fee|billet|ticket|takst|rate|licens|licence|license|attest|certificate|"
    r"(?<![a-zæøå])(?:parkering|parking)(?![a-zæøå]))"
)


def _names_a_thing_for_people_at_a_place(doc: _Doc) -> bool:
    """ "board game night for adults in Ordrup?", "en strikkecafé for seniorer i Vangede?":
    a thing named with whom it is for and where, and no verb, is an idea put as a question.
    """
    words = doc.text.strip(" ?!.\n")
    if not words or _QUESTION_WORD_RE.match(words) or _FINITE_VERB_RE.search(words):
        return False
    if len(words.split()) > 12 or any(ch in words for ch in ".?!"):
        return False
    if _SERVICE_NOUN_RE.search(words):
        # "parkeringstilladelse for beboere i Hellerup?" asks the service.
        return False
    if not _find_where(doc)[0]:
        return False
    if _WHO_PREP_RE.search(doc.text):
        return True
    # "skakborde i Øregårdsparken?", "a dog park in Vangede?": a thing named and where, in a
    # few words; "biblioteket i Hellerup?", "the pool in Gentofte?" ask about one that is there.
    head = words.split()[0].casefold()
    return len(words.split()) <= 5 and not (
        head in _DEFINITE_HEADS or (len(head) > 4 and head.endswith(_DEFINITE_ENDINGS))
    )


_DEFINITE_HEADS = frozenset({"the", "den", "det", "de", "min", "mit", "mine", "my", "our", "vores"})
_DEFINITE_ENDINGS = ("en", "et", "ne")


# "hej jeg dikterer det her punktum der burde hænge en hjerte starter ved dyssegård station
# komma den nærmeste ...": punctuation spoken into a phone's dictation, written out as words.
_SPOKEN_MARKS = {
    "punktum": ".",
    "full stop": ".",
    "komma": ",",
    "comma": ",",
    "spørgsmålstegn": "?",
    "question mark": "?",
    "udråbstegn": "!",
    "exclamation mark": "!",
    "ny linje": "\n",
    "nyt afsnit": "\n",
    "new line": "\n",
    "new paragraph": "\n",
}
# The spaces before a mark go with it; tried only from the start of a run of spaces (a run of
# 20,000 spaces tried from each of its positions took 15 seconds).
_SPOKEN_MARK_RE = re.compile(
    r"(?<![ \t])[ \t]*(?<!\w)("
    + "|".join(k.replace(" ", r"\s+") for k in _SPOKEN_MARKS)
    + r")(?!\w)",
    re.IGNORECASE,
)


def _undictated(text: str) -> str:
    """Dictated punctuation as marks: two spoken marks, or one in text with no marks at all
    ("og så punktum!" and "a comma, please" are words)."""
    found = _SPOKEN_MARK_RE.findall(text)
    if not found or (len(found) < 2 and re.search(r"[.,!?]", text)):
        return text
    return _SPOKEN_MARK_RE.sub(lambda m: _SPOKEN_MARKS[" ".join(m.group(1).lower().split())], text)


def understand(text: str, lang: str) -> Understanding:
    """Pull as many initiative fields as possible out of free text."""
    if not text or not text.strip():
        return Understanding()
    text = _undictated(text)
    doc, span_fields, vague = _analyse(text)
    result = _compose(doc, span_fields, vague)
    result.idea_told = any(c.label == "what" and c.strong for c in doc.clauses) or (
        # "kan vi få nye mål", "kan vi få en ny bænk": a thing asked for is the idea.
        "what" in result.fields
        and _ASKS_FOR_A_THING_RE.match(doc.text.strip()) is not None
        and not (_SERVICE_NOUN_RE.search(doc.text) or _SERVICE_THING_RE.search(doc.text))
    )
    if (
        "what" in result.fields
        and len(text) <= _INSTEAD_MAX_CHARS
        and _told_only(doc, span_fields) is not None
    ):
        # "oh and it should be in the evening": a time (or place) put as a wish is no idea.
        del result.fields["what"]
        result.vague.discard("what")
        result.idea_told = False
    if doc.clauses and all(c.label == "greeting" for c in doc.clauses) and not result.fields:
        result.only_greets = True
        return result
    _complete_from_model(doc, result, lang, span_fields)
    if "why" not in result.fields:
        # "Vi er nogle beboere på Ryvangs Allé, der ikke har have": what the people lack is
        # the reason, with no other told.
        for name in ("who_benefits", "brings"):
            need = _NEED_OF_PEOPLE_RE.search(result.fields.get(name, ""))
            if need is not None:
                result.fields["why"] = need.group(0).strip(" .!")
                break
    if result.fields.get("contact"):
        _keep_contact_details_in_contact(result)
    help_wanted = result.fields.get("help_wanted")
    if help_wanted and not doc.labelled and _help_asks_nothing(help_wanted):
        result.vague.add("help_wanted")
    return result


# How sure the clause labeller must be before its reading is used: to fill a field the rules
# left empty or too vague (with a clause they did not use, or one they gave another field),
# and to add a clause to a field the rules already filled. Chosen
# by cross-validation over the corpus folders (tests/dialogue/clause_cv.py).
MODEL_FILL = 0.3
MODEL_SHARE = 0.3
MODEL_ADD = 0.4
MODEL_PARTNER = 0.4
# A clause's words without its closing place or time count as already told only when they
# are this many words (a short title like "Jazz i parken" is not cut down to "Jazz").
_CORE_MIN_WORDS = 2


_WE_ARE_SOME_RE = _rx(
    r"(?:vi|we)\s*(?:er|'re|are)\s+(?:nogle(?:\s+stykker)?|en\s+gruppe|et\s+par|a\s+group|some|"
    r"a\s+few|\d+)(?![a-zæøå])"
)


def _runs_into(part: str, text: str) -> bool:
    """Whether `text` and `part` overlap by two words or more at their ends: the same words,
    read again ("runners, cyclists and beach-goers" and "cyclists and beach-goers stop
    buying"; "Det er for familier" and "for familier, sejlere og hundeluftere")."""
    ends, starts = part.split(), text.split()
    shortest = min(len(ends), len(starts)) + 1
    # Either way round: "Det er for familier" before "for familier, sejlere og hundeluftere".
    return any(ends[-k:] == starts[:k] for k in range(2, shortest)) or any(
        [w.strip(",.;:") for w in starts[-k:]] == [w.strip(",.;:") for w in ends[:k]]
        for k in range(2, shortest)
    )


def _complete_from_model(
    doc: _Doc, result: Understanding, lang: str, span_fields: dict[str, list[Span]]
) -> None:
    """Let the learned clause labeller fill the free-text fields the rules missed.

    A field the rules left empty (or too vague to use) takes the clause the model is surest
    belongs to it; a clause the rules gave to another field must be read a little surer to
    count twice (one clause can say two things: "vi er nogle ældre herrer der savner et
    sted"). Every further clause the model reads surely as a field (its likeliest free-text
    reading) adds to it: a second reason told in another sentence is the person's reason too.
    """
    texts: list[str] = []
    # The labeller reads each clause as it learned them: as written, with its "og"/"men".
    written: list[str] = []
    # Each clause without the place or time at its end, as the rules keep a "what": "kunne
    # godt bruge nogle træningsredskaber" is already told when "… i Dyssegård" ends it.
    cores: dict[str, str] = {}
    modifiers = span_fields["where"] + span_fields["when"]
    modifier_set = _SpanSet(modifiers)
    # "… where seniors get help with MitID, e-Boks and video calls": help others get, and the
    # rest of its list in the next clause, asks nobody for anything.
    others_help: set[str] = set()
    flagged = -1
    for i, c in enumerate(doc.clauses):
        if _help_for_others(doc.text[c.start : c.end]) or (
            flagged >= 0 and flagged == i - 1 and doc.clauses[flagged].sentence == c.sentence
        ):
            others_help.add(doc.words_of([(c.start, c.end)]))
            flagged = i
    for c in doc.clauses:
        if c.label == "greeting" or (c.span_only and c.label == "span"):
            continue
        if _only_modifiers(doc, c.start, c.end, modifier_set):
            # "- på Ordrup Torv" on a line of its own: a place (or time) and nothing else.
            continue
        text = doc.words_of([(c.start, c.end)])
        if text and text not in texts:
            texts.append(text)
            written.append(doc.folded.original_text(c.start, c.end).strip())
            a, b = _trim_tail(doc, c.start, c.end, modifiers)
            core = doc.words_of([(a, b)]) if (a, b) != (c.start, c.end) else text
            if len(core.split()) >= _CORE_MIN_WORDS:
                cores[text] = core
    if not texts:
        return
    # "Så min idé er ...": the person said what these words are.
    declared = {doc.words_of([(c.start, c.end)]) for c in doc.clauses if c.declared}
    readings = clause_model().label_all(written, lang)
    # "jeg har en idé" tells no field anything; "jeg er 13" is who they are, not what they
    # bring (looked at below, only for a clause read as what they bring).
    empty = {t for t in texts if _is_vague_what(t)}
    told = [p for f in FREE_TEXT_FIELDS for p in result.fields.get(f, "").split(_JOIN) if p]
    used = {t for t in texts if any(t in p or p in t for p in told)}
    # What the person brings and what they ask of the municipality are opposites: a clause
    # the rules read as one is not the other too ("Vi kan låne borde af spejderne").
    opposite = {"brings": "help_wanted", "help_wanted": "brings"}
    ruled = {
        name: [p for p in result.fields.get(other, "").split(_JOIN) if p]
        for name, other in opposite.items()
    }
    for name in FREE_TEXT_FIELDS:
        current = result.fields.get(name)
        parts = current.split(_JOIN) if current else []
        # "what" is never missing (the engine falls back to the whole message) and its
        # vagueness is a question to ask, not a gap to guess.
        needed = not current or (name in result.vague and name != "what")
        best: tuple[float, str] | None = None
        extra: list[str] = []
        for text, probs in zip(texts, readings, strict=True):
            # A clause the rules gave to another field must be a surer reading to count twice.
            threshold = MODEL_SHARE if text in used else MODEL_FILL
            if name == "partners":
                # Naming a partner speaks for someone else: the reading must be surer.
                threshold = max(threshold, MODEL_PARTNER)
            if not needed:
                threshold = MODEL_ADD
            # The field must be the clause's likeliest free-text reading; "none" and the
            # rule-owned fields (places, times, contact) do not outvote it. The reading is
            # looked at first: it is cheap, and most clauses are no reading of most fields.
            p = probs.get(name, 0.0)
            if p < threshold and p < MODEL_ADD:
                continue
            if p < max(probs.get(f, 0.0) for f in FREE_TEXT_FIELDS):
                continue
            core = cores.get(text, text)
            if any(
                text in part or part in text or core in part or _runs_into(part, text)
                for part in parts
            ):
                continue
            if text in empty or (
                name == "brings" and (_is_vague_brings(text) or _FEELING_RE.search(text))
            ):
                continue
            if name != "what" and text in declared:
                continue
            if any(text in part or part in text for part in ruled.get(name, ())):
                continue
            if name != "contact" and (_EMAIL_RE.search(text) or _PHONE_RE.search(text)):
                # "Skriv til anna@example.org eller ring 22 33 44 55": how to reach them.
                continue
            if name == "help_wanted" and text in others_help:
                continue
            if name == "partners" and _BARE_BODY_START_RE.match(fold_plain(text)):
                # "Foreningen er villig til at stå for beplantning": the body the person
                # speaks for, not one named to work with.
                continue
            if name == "partners" and _WE_ARE_SOME_RE.match(
                _LEADING_FILLER_RE.sub("", fold_plain(text), count=1)
            ):
                # "yo vi er nogle fra 8.b på Gentofte Skole": the person's own group.
                continue
            if name == "partners" and _is_the_idea_without_names(text, result):
                # "madklub for kvinder i medborgerhuset i Vangede": the idea itself, naming
                # nobody to work with.
                continue
            if name == "partners" and _is_outdoor_place(fold_plain(text)):
                # "Gentofte Sø" told alone is a place, not someone to work with.
                continue
            if name == "who_benefits" and (
                _names_only_people_at_large(text) or not _names_people(text)
            ):
                # "Lots of people walk here every day": nobody in particular; "godt for
                # miljøet og for pengepungen": nobody at all.
                continue
            if p >= MODEL_ADD:
                # Every further clause read surely enough as this field adds to it.
                extra.append(text)
            if p >= threshold and (best is None or p > best[0]):
                best = (p, text)
        if best is None:
            continue
        added = [t for t in texts if t == best[1] or t in extra]
        if name == "what":
            # "Må man foreslå noget til biblioteket her? Jeg savner en fast stille time": once
            # an idea is read, the words that only asked leave way for it.
            parts = [part for part in parts if not _is_vague_what(part)]
        result.fields[name] = _JOIN.join([*parts, *added])
        result.vague.discard(name)
        used.update(added)


# "det synes jeg er rigtig trist", "Jeg må stå og hvile mig op ad et træ", "it's such a shame":
# how the person feels or fares, nothing they give (the labeller's "stå" and "har" mislead it).
_FEELING_RE = _rx(
    r"(?<![a-z])(?:(?:er|var|is|was|'s)\s+(?:(?:så|rigtig|meget|virkelig|bare|so|really|such|"
    r"just)\s+)*(?:trist|synd|ærgerligt|sørgeligt|kedeligt|sad|a\s+shame|a\s+pity)|"
    r"hvile\s+mig|ikke\s+værdigt|not\s+dignified)(?![a-zæøå])"
)


def _is_the_idea_without_names(text: str, result: Understanding) -> bool:
    """`text` is (part of) the idea kept, and no name in it but a district's."""
    ideas = [p for p in result.fields.get("what", "").split(_JOIN) if p]
    if not any(text in p or p in text for p in ideas):
        return False
    words = [w for w in text.split()[1:] if w.strip(",.!?:;()") not in DISTRICTS]
    return not any(w[:1].isupper() for w in words)


_BARE_BODY_START_RE = _rx(
    r"(?:(?:og|and|men|but)\s+)?(?:foreningen|klubben|bestyrelsen|gruppen|laget|"
    r"(?:the|our|vores)\s+(?:club|association|board|group|society|forening|klub))\s+"
    r"(?:er|vil|kan|har|står|sørger|is|are|will|can|has|would)(?![a-z])"
)


# The words for people at large, as written and folded ("området", "omraadet").
_PEOPLE_AT_LARGE = {
    form
    for w in (
        "alle everyone everybody all people folk mennesker borgerne citizens neighbourhood "
        "neighborhood kvarteret området byen community lokalsamfundet area"
    ).split()
    for form in (w, fold_plain(w))
}


def _names_people(text: str) -> bool:
    """Whether a clause may name people: not only "good for" the planet or the wallet."""
    folded = fold_plain(text)
    return not _GOOD_FOR_THINGS_RE.search(folded) or bool(_BEN_NP_RE.search(folded))


# "godt for miljøet og for pengepungen", "good for the environment": good for things.
_GOOD_FOR_THINGS_RE = _rx(
    r"(?<![a-z])(?:godt|bedre|sundt|good|better|great|healthy)\s+for\s+(?:(?:the|our|vores|"
    r"både)\s+)?(?:miljøet|naturen|klimaet|kloden|pengepungen|økonomien|kroppen|helbredet|"
    r"sundheden|sjælen|biodiversiteten|byen|environment|nature|climate|planet|wallet|economy|"
    r"body|health|soul|biodiversity)(?![a-z])"
)


def _names_only_people_at_large(text: str) -> bool:
    """Whether the only people a clause names are people in general ("lots of people")."""
    if not _PEOPLE_AT_LARGE & set(_TOKEN_RE.findall(text.lower())):
        # Without such a word no beneficiary found could be vague (and the search is costly).
        return False
    folded = fold_plain(text)
    found = list(_BEN_NP_RE.finditer(folded))
    # "alle os der cykler": who they are follows.
    return bool(found) and all(
        _is_vague_who(m.group(0)) and _extend_relative(folded, m.end()) == m.end() for m in found
    )


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Where each clause of `text` is, as the rules cut it (original-text positions)."""
    if not text or not text.strip():
        return []
    doc, _, _ = _analyse(text)
    return [doc.folded.orig_span(c.start, c.end) for c in doc.clauses]


# "vi mangler noget at samles om", "we miss a place to meet": what the people lack.
_WE_LACK_RE = _rx(
    r"(?:(?:fordi|because|men|but|og|and)\s+)?(?:vi|jeg|we|i|folk|people|mange|many|de|they|"
    r"børnene|the\s+kids)\s+(?:(?:virkelig|really|bare|just|simpelthen)\s+)?(?:mangler|savner|"
    r"miss|lack|have\s+nowhere|har\s+ingen|har\s+ikke\s+noget|don't\s+have)(?![a-z])"
)
# "… så vi mangler en tilladelse fra kommunen": a request after all.
_ASKS_THE_MUNICIPALITY_RE = _rx(
    r"(?<![a-z])(?:kommunen|jer|the\s+(?:municipality|council|kommune)|tilladelse|permission|"
    r"penge|money|støtte|funding|tilskud)(?![a-z])"
)


# "at I sætter den op", "måske at I maler en rute", "that you put it up", "for the council to
# ask the police": what the municipality is to do. (Matched on the words as typed: "I" is
# "you" in Danish only written with a capital; "at i år …" is a time.)
_YOU_DO_IT_RE = re.compile(
    r"(?i:(?:måske|evt\.?|gerne|bare|kun|just|maybe|perhaps|only)\s+)?"
    r"(?:(?i:at)\s+(?:I|(?i:jer|kommunen))\s+\w"
    r"|(?i:(?:that|for)\s+(?:you|the\s+(?:council|municipality|kommune))\s+(?:to\s+)?\w))"
)
# "jeg kan snakke med naboerne", "I can bake", "we'll bring chairs",
# "jeg kan ikke bidrage med andet": the person's own part.
# How sure the labeller must be that an answer without a time (or place) tells another part.
ANSWER_ELSEWHERE_SURE = 0.5
ANSWER_ELSEWHERE_WORDS = 12
# "når vejret er godt", "hvis det kan lade sig gøre": a condition is a kind of when.
_HEDGED_ANSWER_RE = _rx(
    r"(?<![a-z])(?:når|hvis|if|when|once|as\s+soon|så\s+snart|efter|after)(?![a-z])"
)
_WE_DO_IT_OURSELVES_RE = _rx(
    r"(?:(?:og|and|ja|yes|nej|no)\s*,?\s+)?(?:(?:vi|jeg)\s+(?:[a-zæøå]+\s+){1,3}?selv|"
    r"(?:vi|jeg)\s+(?:tar|tager|har|medbringer)\s+selv|"
    r"(?:we|i)\s*(?:'ll|will)?\s+(?:[a-z]+\s+){1,3}?(?:(?:it|them|that)\s+)?(?:ourselves|myself))"
    r"(?![a-z])"
)
_WE_CAN_RE = _rx(
    r"(?:(?:og|and|men|but|well|nå|ja|yes)\s*,?\s+)?(?:(?:jeg|vi|we)\s+(?:kan|will|'ll|can|"
    r"could|kunne|would\s+be\s+happy\s+to)"
    # English "I can"; Danish "I kan" is "you can", the municipality's part.
    r"|i\s*(?:can|will|'ll|could|would\s+be\s+happy\s+to))\s+(?:(?:godt|selv|også|"
    r"ikke|also|myself|ourselves|not)\s+)*[a-z]"
)
_I_TAKE_A_PART_RE = _rx(
    r"(?:(?:btw|forresten|i\s+øvrigt|og|and|men|but|also|by\s+the\s+way|oh\s+and)\s*,?\s+)?"
    r"(?:jeg|vi|we|i|"
    # "hele klassen vil hjælpe", "the whole class will help".
    r"(?:hele|alle\s+i|the\s+whole|everyone\s+in)\s+(?:klassen|holdet|gruppen|foreningen|"
    r"klubben|class|team|group|club))\s+"
    r"(?:kan|vil|will|'ll|can|could|kunne|would\s+be\s+happy\s+to)\s+"
    r"(?:(?:godt|gerne|selv|også|happily|also|gladly)\s+)*(?:være|be|stå\s+for|lede|run|lead|"
    r"organi[sz]e|arrangere|køre|drive|bage|bake|hjælpe|help)(?![a-z])"
)
# "vi kan godt bruge et lokale", "we could use a room", "vi kunne godt tænke os at kommunen
# stiller borde op": help asked for after all.
_WE_COULD_USE_RE = _rx(
    r"(?<![a-z])(?:bruge|use|få|get|have\s+brug|need|låne|borrow|søge|apply|hjælp|help|"
    r"tilladelse|permission|penge|money|støtte|support|lokale|room|tænke|do\s+with|like|love|"
    r"kommunen|jer|you|the\s+(?:council|municipality|kommune))(?![a-z])"
)


def understand_answer(field: str, text: str, lang: str) -> Understanding:
    """Interpret an answer to a question about `field`, plus any other fields it clearly names."""
    if field not in FIELDS:
        raise ValueError(f"unknown field: {field!r}")
    if not text or not text.strip():
        return Understanding()
    text = _undictated(text)
    if field in ("where", "when"):
        asks = _TRAILING_QUESTION_RE.search(text)
        if asks is not None and text[: asks.start()].strip(" .!"):
            # "Charlottenlund Library would be ideal. Is it still open on weekday evenings?":
            # the question after the answer asks something; it tells no place or time.
            text = text[: asks.start()]
    unsure = _UNSURE_LEAD_RE.match(text)
    if unsure and text[unsure.end() :].strip(" .!?"):
        # "ved ikke endnu, måske til sommer": the answer is what comes after the doubt.
        return understand_answer(field, text[unsure.end() :], lang)
    doc, span_fields, vague = _analyse(text)
    if _SKIP_ANSWER_RE.fullmatch(doc.text.strip()):
        return Understanding()
    short_answer = len(text) <= _INSTEAD_MAX_CHARS
    if (
        field == "why"
        and short_answer
        and _WE_LACK_RE.match(doc.text.strip())
        and not _ASKS_THE_MUNICIPALITY_RE.search(doc.text)
    ):
        # "vi mangler noget at samles om" asked why: what they miss is the reason.
        return Understanding(fields={"why": text.strip(" .!")})
    explains = _EXPLAINS_THE_IDEA_RE.match(text.strip())
    if field in ("why", "who_benefits", "when") and short_answer and explains is not None:
        # "bytteskab", then "altså et skab hvor man kan bytte bøger og ting" asked why: the
        # idea told more plainly; the question stays open.
        explained = text.strip()[explains.end() :].strip(" .!")
        # "altså en vinterbadeklub ved Charlottenlund Strandpark": its place is the place.
        exact = understand(explained, lang)
        fields = {"what": exact.fields.get("what") or explained}
        fields.update({k: v for k, v in exact.fields.items() if k in ("where", "when")})
        return Understanding(fields=fields, answered_instead="what")
    if field == "brings" and short_answer and _YOU_DO_IT_RE.match(text.strip()):
        # "at I sætter den op", "that you put it up" asked what they bring: what the
        # municipality should do; the question stays open.
        return Understanding(
            fields={"help_wanted": text.strip(" .!")}, answered_instead="help_wanted"
        )
    if (
        field == "help_wanted"
        and short_answer
        and _WE_CAN_RE.match(doc.text.strip())
        and not _WE_COULD_USE_RE.search(doc.text)
    ):
        # "jeg kan snakke med naboerne og lave kage", "Jeg kan ikke bidrage med andet end
        # idéen" asked what help they want: what they can (or cannot) give themselves.
        return Understanding(fields={"brings": text.strip(" .!")}, answered_instead="brings")
    if (
        field == "who_benefits"
        and short_answer
        and _I_TAKE_A_PART_RE.match(doc.text.strip())
        and not span_fields.get("who_benefits")
    ):
        # "btw jeg kan godt være voksen-chauffør 2 dage om ugen" asked for whom: the part the
        # person takes, and the question stays open.
        return Understanding(fields={"brings": text.strip(" .!")}, answered_instead="brings")
    if (
        field == "help_wanted"
        and short_answer
        and _WE_DO_IT_OURSELVES_RE.match(doc.text.strip())
        and not _WE_COULD_USE_RE.search(doc.text)
        # "Jeg har selv en masse værktøj … Vi skal bruge hjælp til selve containeren": the
        # help is told too.
        and not any(c.label == "help_wanted" for c in doc.clauses)
        and not _STRONG_HELP_RE.search(doc.text)
        and len(doc.sentences) == 1
        and "?" not in text
        and not _BUT_RE.search(doc.text)
    ):
        # "vi bygger den selv", "vi tar selv kul med", asked what help they want: their part.
        return Understanding(fields={"brings": text.strip(" .!")}, answered_instead="brings")
    instead = _told_only(doc, span_fields) if short_answer else None
    if instead is not None and (
        field in _ANSWERED_INSTEAD[instead[0]]
        # "på Hellerup Torv" asked for whom: a spot, not the people of a district ("i Ordrup").
        # "at Gentofte Library" asked what help is wanted: where ("et mødelokale på Ordrup
        # bibliotek" is a room asked for).
        or (
            instead[0] == "where"
            and field in ("who_benefits", "help_wanted")
            and _SPOT_PREP_RE.match(doc.text) is not None
        )
        # "næste sommer" asked what they bring: a time they cannot give ("hver lørdag" is).
        or (instead[0] == "when" and field == "brings" and not _RECURRING_RE.search(doc.text))
    ):
        # "ved Gentofte Sø" asked when, "til sommer" asked where or what help is wanted:
        # the person's messages and the questions got out of step.
        return Understanding(fields={instead[0]: instead[1]}, answered_instead=instead[0])
    said = [c for c in doc.clauses if c.label != "greeting"]
    if (
        field == "who_benefits"
        and short_answer
        and said
        and said[0].strong
        and said[0].label == "why"
        and _WHY_START_RE.match(doc.text, said[0].start)
        and not span_fields.get("who_benefits")
        and not any(c.strong and c.label != "why" for c in said[1:])
    ):
        # "fordi det er svært at øve dansk. Danskere taler engelsk til mig", asked for whom:
        # the reason, told as one, and whom it is for still to come.
        why = doc.words_of([(c.start, c.end) for c in said])
        return Understanding(fields={"why": why}, answered_instead="why")
    if (
        field == "help_wanted"
        and said
        and all(c.strong and c.label == "brings" for c in said)
        and _WE_HAVE_RE.match(doc.text, said[0].start)
    ):
        # "vi har borde og en kaffemaskine", asked what help they want: what they have.
        return Understanding(fields={"brings": text.strip()}, answered_instead="brings")
    if (
        field in ("when", "where", "who_benefits")
        and len(text) <= _INSTEAD_MAX_CHARS
        and _HELP_LIST_RE.fullmatch(doc.text.strip(" .!"))
    ):
        # "tilladelse + evt afspærring", "money and a permit" asked when: what help they
        # want, and the question stays open.
        return Understanding(fields={"help_wanted": text.strip()}, answered_instead="help_wanted")
    if field == "brings" and _ONLY_THE_MUNICIPALITY_GIVES_RE.fullmatch(doc.text.strip(" .!")):
        # "tilladelse", "penge", asked what they bring: only the municipality gives that.
        return Understanding(fields={"help_wanted": text.strip()}, answered_instead="help_wanted")
    if (
        field == "who_benefits"
        and len(said) == 1
        and said[0].strong
        and said[0].label == "why"
        and span_fields.get("who_benefits")
        and _WHY_RE.search(doc.text, said[0].start, said[0].end)
        and _residue_words(doc, said[0].start, said[0].end, _SpanSet(span_fields["who_benefits"]))
        > 2
    ):
        # "Børnene har ingen steder at lege", asked for whom: the children, and why.
        who = doc.words_of(span_fields["who_benefits"])
        return Understanding(
            fields={"who_benefits": who, "why": doc.words_of([(said[0].start, said[0].end)])}
        )
    whom = _SpanSet(span_fields.get("who_benefits", []))
    reasons = [c for c in said if c.strong and c.label == "why"]
    if (
        field in ("help_wanted", "brings", "where", "when")
        and reasons
        and span_fields.get("who_benefits")
        and not span_fields.get(field)
        and len(text) <= _INSTEAD_MAX_CHARS
        and all(c in reasons or _residue_words(doc, c.start, c.end, whom) == 0 for c in said)
        # The people told in a clause of their own, not only inside the reason ("for at
        # samle byen" is why alone).
        and len(reasons) < len(said)
    ):
        # "for børnene på vejen, så de kan lege sammen" asked what help they want: for whom
        # and why, and that question still open.
        return Understanding(
            fields={
                "who_benefits": doc.words_of(span_fields["who_benefits"]),
                "why": doc.words_of([(c.start, c.end) for c in reasons]),
            },
            answered_instead="who_benefits",
        )
    if (
        field == "who_benefits"
        and not span_fields.get("who_benefits")
        and len(text) <= _INSTEAD_MAX_CHARS
        and _THING_STATE_RE.match(doc.text)
        and _PROBLEM_RE.search(doc.text)
    ):
        # "den er gammel og farlig", "it's broken" asked for whom: what is wrong, the reason.
        return Understanding(fields={"why": text.strip()}, answered_instead="why")
    first = _BEN_NP_RE.match(doc.text)
    people = sorted({*span_fields.get("who_benefits", []), *([first.span()] if first else [])})
    if (
        field == "where"
        and people
        and span_fields.get("where")
        and len(text) <= _INSTEAD_MAX_CHARS
        and not doc.text[: people[0][0]].strip(" ,.-")
        and _residue_words(doc, 0, len(doc.text), _SpanSet([*people, *span_fields["where"]])) == 0
    ):
        # "børn i Gentofte, også flygtningebørn" asked where: the people it is for, and their
        # district; the place is still to be told more precisely.
        place = doc.words_of(span_fields["where"])
        return Understanding(
            fields={"who_benefits": doc.words_of(people), "where": place},
            vague={"where"},
            answered_instead="who_benefits",
        )
    both = span_fields.get("where", []) + span_fields.get("when", [])
    if (
        field in ("why", "who_benefits", "help_wanted", "brings")
        and span_fields.get("where")
        and span_fields.get("when")
        and len(text) <= _INSTEAD_MAX_CHARS
        and _residue_words(doc, 0, len(doc.text), _SpanSet(both)) == 0
    ):
        # "til sommer ved søen" asked why: when and where, and no reason yet.
        places = doc.words_of(span_fields["where"])
        times = doc.words_of(span_fields["when"])
        return Understanding(fields={"where": places, "when": times}, answered_instead="where")
    if (
        field in ("when", "where")
        and short_answer
        and not span_fields.get(field)
        and not _HEDGED_ANSWER_RE.search(doc.text)
        # One short sentence: a longer message sent on tells more than one thing.
        and len(doc.sentences) == 1
        and len(doc.tokens) <= ANSWER_ELSEWHERE_WORDS
    ):
        # "de mangler danske venner", "vi er 5 naboer" asked when: no time at all, and what
        # the labeller reads surely as the reason or their own part is that.
        reading = clause_model().label_all([text.strip()], lang)[0]
        best = max(reading, key=reading.__getitem__)
        if best in ("why", "brings") and reading[best] >= ANSWER_ELSEWHERE_SURE:
            return Understanding(fields={best: text.strip(" .!")}, answered_instead=best)
    base = _compose(doc, span_fields, vague)
    short = len(text) <= _INSTEAD_MAX_CHARS
    elsewhere_field = _told_elsewhere(doc, span_fields, field, base) if short else None
    if elsewhere_field is not None:
        # "Foreningen kan betale for to af bænkene" asked for whom, "Med venlig hilsen, Birthe
        # Holm, tlf 22 33 44 55" asked what they bring: it answers another question.
        found = {elsewhere_field: base.fields[elsewhere_field]}
        need = _NEED_OF_PEOPLE_RE.search(found[elsewhere_field])
        if field == "why" and elsewhere_field == "who_benefits" and need is not None:
            # "for tosprogede børn der ikke kan få hjælp derhjemme" asked why: the people it
            # is for, and what they lack is the reason; the question is answered.
            return Understanding(fields={**found, "why": need.group(0)})
        for name in ("who_benefits", "when", "contact"):
            # "så flere kan komme med, også dem der ikke tør" tells why and for whom.
            if name not in (elsewhere_field, field) and base.fields.get(name):
                found[name] = base.fields[name]
        return Understanding(fields=found, answered_instead=elsewhere_field)
    asked_spans = _SpanSet(span_fields.get(field, []))
    # A place or time the asked question cannot be answered with ("Den 3. maj" asked for
    # whom): a clause that tells only that belongs to the place or time.
    elsewhere = [
        _SpanSet(span_fields[name])
        for name, askers in _ANSWERED_INSTEAD.items()
        if field in askers and span_fields.get(name)
    ]
    own: list[_Clause] = []
    other: list[_Clause] = []
    # Clauses that tell only a place or time the question cannot be answered with.
    placed: list[_Clause] = []
    for c in doc.clauses:
        if c.label == "greeting":
            continue
        if not (c.strong and c.label == field) and any(
            spans.overlaps((c.start, c.end)) and _residue_words(doc, c.start, c.end, spans) == 0
            for spans in elsewhere
        ):
            other.append(c)
            placed.append(c)
        elif _clause_is_other(c, field, asked_spans, first=not own and not other):
            other.append(c)
        elif (
            other
            and (not own or own[-1].start < other[-1].start)
            and other[-1].sentence == c.sentence
            and other[-1].label == c.label
            and _COORDINATED_RE.match(doc.text, c.start, c.end)
            and not asked_spans.overlaps((c.start, c.end))
        ):
            # "we can set up the network and run the tournaments": the "and" goes on.
            other.append(c)
        else:
            own.append(c)
    result = Understanding()
    # Other fields: span fields as found; clause fields only from clauses that
    # clearly belong elsewhere, never from the words that answer the question.
    for name in FIELDS:
        if name == field:
            continue
        if name in _CLAUSE_FIELDS:
            spans = [(c.start, c.end) for c in other if c.label == name]
            if spans:
                result.fields[name] = doc.words_of(spans)
        elif name in base.fields and not (field == "contact" and name == "when"):
            if field == "why" and name in ("where", "when") and own:
                why_spans = [(c.start, c.end) for c in own if c.strong and c.label == "why"]
                kept = [s for s in span_fields[name] if not _inside(s, why_spans)]
                if not kept:
                    # "der sker ikke noget i weekenden", "mange i Ordrup savner det" asked
                    # why: the time or place of the problem, not of the idea.
                    continue
                if len(kept) < len(span_fields[name]):
                    # "every second Thursday. … because nothing goes on in the evenings": the
                    # plan's time, not the one in the reason.
                    result.fields[name] = doc.words_of(kept)
                    continue
            result.fields[name] = base.fields[name]
            if name in base.vague:
                result.vague.add(name)
    if not own and field not in ("what", "help_wanted", "brings"):
        # Words that only tell other things are no answer to the question. Asked what they
        # need or bring, people answer that, though the words may read as the other one
        # ("et køkken vi kan låne", "vi kan låne borde af spejderne"): both keep them.
        return result
    # The answer is the person's own words to the question: the asked field keeps all of
    # it, also the clauses that (as well) tell another field. Asked what the idea is, a
    # request ("kan I lave en basketbane?") is the idea.
    told = own + other
    if not told:
        return result
    opposite = {"help_wanted": "brings", "brings": "help_wanted"}.get(field)
    if opposite and own and any(c.label == opposite and c.strong for c in other):
        # "en tilladelse, og vi kan selv skaffe stole" asked what help they want: what they
        # give has gone to its own part, and is not asked for as well.
        result.fields[field] = doc.words_of([(min(c.start for c in own), max(c.end for c in own))])
        return result
    if (
        field in ("where", "when")
        and own
        and any(c.label in ("brings", "help_wanted") for c in other)
    ):
        # "i maj, og vi er 5 frivillige der står for det hele" asked when: the time is the
        # answer; what they give or ask for has gone to its own part.
        result.fields[field] = doc.words_of([(min(c.start for c in own), max(c.end for c in own))])
        return result
    if (
        field in ("where", "when")
        and len(own) == 1
        and not other
        and own[0].strong
        and own[0].label in ("brings", "help_wanted")
        and asked_spans.overlaps((own[0].start, own[0].end))
        and _residue_words(doc, own[0].start, own[0].end, asked_spans) > 2
    ):
        # "jeg og 3 venner kan være der og hjælpe om onsdagen efter skole" asked when: the
        # time, and what they give told with it.
        result.fields[field] = doc.words_of(span_fields[field])
        result.fields[own[0].label] = doc.words_of([(own[0].start, own[0].end)])
        return result
    # "every second Thursday from 7 to 9 pm. I'd close the café …" asked why: the time
    # told first (or last) is the time's, not part of the answer's words.
    told = sorted(told, key=lambda c: c.start)
    while len(told) > 1 and told[0] in placed:
        told.pop(0)
    while len(told) > 1 and told[-1] in placed:
        told.pop()
    value = doc.words_of([(told[0].start, max(c.end for c in told))])
    if not value:
        return result
    result.fields[field] = value
    if (
        field == "who_benefits"
        and "why" not in result.fields
        and len(said) == 1
        and said[0].strong
        and said[0].label == "why"
    ):
        # "så folk kan bytte bøger gratis" asked for whom: the people, told with the reason
        # for it; both are told.
        result.fields["why"] = value
    vague_checks = {
        "what": _is_vague_what,
        "help_wanted": _is_vague_help,
        "who_benefits": _is_vague_who,
    }
    check = vague_checks.get(field)
    if check is not None and check(value):
        result.vague.add(field)
    elif field in ("where", "when") and field in base.vague:
        covered = _SpanSet(span_fields.get(field, []))
        if _residue_words(doc, 0, len(doc.text), covered) == 0:
            result.vague.add(field)
    return result


# Things only the municipality gives, listed: "tilladelse + evt afspærring", "money and a
# permit", "strøm, borde og en scene".
_HELP_LIST_RE = _rx(
    r"(?:(?:og|and|plus|samt|\+|&|,|eller|or)?\s*(?:evt\.?|eventuelt|måske|maybe|perhaps|"
    r"også|also)?\s*(?:(?:en|et|lidt|noget|nogle|a|an|some|the)\s+)?"
    + _HELP_NOUNS
    + r"(?:\s+(?:fra|from)\s+(?:kommunen|jer|the\s+(?:municipality|council)))?\s*){1,5}"
)
# "man kan aldrig finde en plads", "you can't get through": what nobody can do today.
_NOBODY_CAN_RE = _rx(
    r"\s*(?:og\s+|and\s+|så\s+|so\s+)?(?:man|du|folk|you|people|one)\s+(?:kan|can)\s*"
    r"(?:aldrig|ikke|næsten\s+aldrig|never|not|hardly|n't|'t)(?![a-z])"
)
# "den er gammel", "it's broken", "the bench is rotten": how a thing is, not who it is for.
_THING_STATE_RE = _rx(
    r"\s*(?:den|det|de|stedet|banen|bænken|legepladsen|it|they|its|the\s+[a-z]+)\s*"
    r"(?:er|var|bliver|is|are|was|were|'s|s|'re|gets|got)\s"
)
_SPOT_PREP_RE = _rx(r"\s*(?:på|ved|bag|langs|foran|on|at|by|near|behind|along)\s")
# "altså et skab hvor man kan bytte bøger", "i.e. a cupboard where ...": the idea explained.
_EXPLAINS_THE_IDEA_RE = re.compile(
    r"(?:altså|dvs\.?|det\s+vil\s+sige|i\.e\.?|that\s+is|jeg\s+mener|i\s+mean)[\s,:]+"
    r"(?=(?:en|et|a|an)\s+"
    # ("altså et sted hvor ...", "a room where ...": a place or a room asked for.)
    r"(?!(?:sted|place|spot|lokale|room|rum|hal|hall)\s)\S+(?:\s+\S+){0,2}?\s+(?:hvor|som|der|where|"
    r"that|which|with|med|til|for|ved|på|i|at|in|on|near)\s"
    # "altså lukke for biler en eftermiddag", "I mean close the road to cars": what to do.
    r"|(?:at\s+|to\s+)?(?:lukke|lave|holde|bygge|sætte|male|plante|åbne|starte|lægge|close|"
    r"make|hold|build|put|paint|plant|open|start|turn)\s)",
    re.IGNORECASE,
)
_TRAILING_QUESTION_RE = re.compile(
    r"(?<=[.!])\s+(?:is|are|do|does|can|could|will|would|should|er|har|kan|skal|må|vil|hvad|"
    r"hvordan|hvornår|hvem|what|how|who)\s+(?:it|there|i|we|you|they|det|der|jeg|vi|i|man|de|"
    r"den)\b[^.!?]*\?\s*$|"
    # "... Tides don't matter much here, right?", "... det er vel ok, ikke?": a tag question.
    r"(?<=[.!?])\s+[^.!?]{1,80},\s*(?:right|ikke|ikk|vel|correct|yes|no|eller\s+hvad|or\s+not)"
    r"\?\s*$",
    re.IGNORECASE,
)
_UNSURE_LEAD_RE = re.compile(
    r"\s*(?:ved\s+ikke|det\s+ved\s+jeg\s+ikke|aner\s+det\s+ikke|ikke\s+sikker|i\s+don'?t\s+know|"
    r"not\s+sure|dunno|idk)(?:\s+(?:endnu|helt|rigtigt|yet|really))?\s*[,.;:–-]+\s*|"
    # "idk like in the winter break", "dunno maybe saturdays": the doubt, then the answer.
    r"\s*(?:dunno|idk)\s+(?:(?:like|maybe|probably|prob)\s+)?",
    re.IGNORECASE,
)


# Which questions a bare place or time cannot answer. A place can be what someone needs
# ("et mødelokale på biblioteket") or brings ("vores have"), and "i Ordrup" asked for whom
# means the people there; a time can be what someone gives ("hver lørdag").
_ANSWERED_INSTEAD = {
    "where": ("when", "why"),
    "when": ("where", "why", "who_benefits", "help_wanted"),
}


# The questions an answer telling only this (contact details, the people it is for, what
# the person gives, asks for or why) cannot answer.
_TOLD_ELSEWHERE = {
    "contact": ("what", "why", "who_benefits", "where", "when", "help_wanted", "brings"),
    "who_benefits": ("why", "where", "when", "help_wanted", "brings"),
    "brings": ("who_benefits", "why", "where", "when", "help_wanted"),
    "help_wanted": ("who_benefits", "why", "where", "when", "brings"),
    "why": ("where", "when", "help_wanted", "brings", "who_benefits"),
}
_FOR_LEAD_RE = _rx(r"(?:for|til|to|mostly|mest|især|especially)\s+")
# "vi kan låne borde af spejderne" asked what help they want: borrowing answers either.
_BORROW_RE = _rx(r"(?<![a-z])(?:låne|låner|borrow|borrowing|lend|lån)(?![a-z])")


def _told_elsewhere(
    doc: _Doc, span_fields: dict[str, list[Span]], field: str, base: Understanding
) -> str | None:
    """The one other field a short answer wholly tells instead of the asked `field`."""
    clauses = [c for c in doc.clauses if c.label != "greeting"]
    if not clauses or span_fields.get(field):
        return None
    if any(c.label == field and c.strong for c in clauses):
        # "så folk kan mødes" asked why: a reason cued as one answers, whoever it names.
        return None
    whole = (clauses[0].start, clauses[-1].end)
    for name in ("contact", "who_benefits"):
        spans = span_fields.get(name)
        if (
            spans
            and field in _TOLD_ELSEWHERE[name]
            and name in base.fields
            and _residue_words(doc, whole[0], whole[1], _SpanSet(spans)) == 0
        ):
            return name
    if field in _TOLD_ELSEWHERE["who_benefits"]:
        # "families with kids", "børnefamilier og de ældre": people and nothing more.
        text = doc.text[whole[0] : whole[1]].rstrip(" .!")
        lead = _FOR_LEAD_RE.match(text)
        start = lead.end() if lead else 0
        people = _BEN_NP_RE.match(text, start)
        if (
            people is not None
            and all(
                w in _FRAME_WORDS
                for w in re.findall(r"[\w']+", text[_extend_postmodifier(text, people.end()) :])
            )
        ) or (field != "why" and _PEOPLE_WHO_RE.match(text, start)):
            # "Os der tager bussen", "those who can't drive": people, told by what they do.
            base.fields["who_benefits"] = doc.words_of([whole])
            return "who_benefits"
    # A clause that only names people ("og bedsteforældre kan være med") comes along.
    labels = {c.label for c in clauses if c.label is not None or not c.span_only}
    if (
        len(labels) != 1
        or not clauses[0].strong
        or ("where" in base.fields and "where" not in base.vague)
    ):
        # "måske på Gentofte Kirkevej hvor der er et ledigt lokale?" tells a place as well.
        return None
    label = clauses[0].label
    if label not in _TOLD_ELSEWHERE or label == field or field not in _TOLD_ELSEWHERE[label]:
        return None
    if label not in base.fields or base.fields.get(field):
        return None
    seg = doc.text[whole[0] : whole[1]]
    if (
        label == "brings"
        and field == "help_wanted"
        and (
            _BORROW_RE.search(seg)
            or _STRONG_HELP_RE.search(seg)
            # "Jeg kan stå for opsætning og skaffe borde": what they can do themselves.
            or (_WEAK_HELP_RE.search(seg) and not _OWN_ABILITY_RE.match(seg))
        )
    ):
        return None
    if (
        field == "who_benefits"
        and not _WHY_START_RE.match(seg)
        and (_BEN_NP_RE.search(seg) or _PEOPLE_WORD_RE.search(seg) or _FIRST_PERSON_RE.match(seg))
    ):
        # "så børnene kan lege", "ensomme ældre der bor alene", "dem der ikke tør" asked for
        # whom name them as they tell why ("fordi der ikke er noget for os" is the reason).
        return None
    return label


_OWN_ABILITY_RE = _rx(
    r"(?:og\s+|and\s+)?(?:jeg|vi|i|we)\s+(?:kan|can|could|vil\s+gerne|would\s+like\s+to|'ll|will)\s"
)


_PEOPLE_WHO_RE = _rx(
    r"(?:os|dem|alle|folk|people|those|everyone|anyone|us)\s+(?:der|som|who|that)\s"
    r"(?!.*(?:fordi|because|så\s+(?:vi|de|man)|so\s+(?:we|they)))"
)


# People told of without a beneficiary noun: "dem der ...", "those who ...", "os", "anyone".
_PEOPLE_WORD_RE = _rx(
    r"(?<![a-z])(?:dem|de|os|alle|enhver|nogen|folk|mennesker|personer|people|persons|those|"
    r"everyone|everybody|anyone|anybody|us|them|who|men|women|mænd|kvinder)(?![a-z])"
)


def told_only_place_or_time(text: str) -> tuple[str, str] | None:
    """("where" or "when", its words) when `text` tells a place or a time and nothing else."""
    if not text or len(text) > _INSTEAD_MAX_CHARS:
        return None
    doc, span_fields, _ = _analyse(text)
    return _told_only(doc, span_fields)


_INSTEAD_MAX_CHARS = 200


_WE_HAVE_RE = _rx(
    r"(?:vi|jeg|we|i)\s+(?:har|have|'ve\s+got|ejer|own)\s+(?:selv\s+|allerede\s+|already\s+)?"
)
# What nobody brings to their own idea but the municipality may give.
_ONLY_THE_MUNICIPALITY_GIVES_RE = _rx(
    r"(?:(?:en|et|lidt|noget|nogle|a|an|some|the)\s+)?(?:tilladelse|tilladelser|godkendelse|"
    r"dispensation|tilskud|økonomisk\s+støtte|støttekroner|permission|permit|permits|approval|"
    r"a\s+grant|grant|funding|subsidy)(?:\s+(?:fra|from)\s+(?:kommunen|the\s+municipality|"
    r"jer|you))?"
)


def _told_only(doc: _Doc, span_fields: dict[str, list[Span]]) -> tuple[str, str] | None:
    if any(c.strong and c.label in ("why", "what", "brings", "help_wanted") for c in doc.clauses):
        # "så folk kan mødes i julen": a reason with a time in it tells more than the time;
        # "oh and it should be in the evening" (read as a wish) tells the time only.
        times = _SpanSet(span_fields.get("when", []))
        if span_fields.get("when") and all(
            times.contains((a, b)) or doc.text[a:b] in _TIME_GLUE or doc.text[a:b] in _ASIDE_WORDS
            for a, b in doc.tokens
        ):
            return "when", doc.words_of(span_fields["when"])
        return None
    for name in ("where", "when"):
        spans = span_fields.get(name)
        if spans and _residue_words(doc, 0, len(doc.text), _SpanSet(spans)) == 0:
            return name, doc.words_of(spans)
        if (
            name == "where"
            and spans
            and all(
                doc.text[a:b] in _PLACE_GLUE or _SpanSet(spans).contains((a, b))
                for a, b in doc.tokens
            )
        ):
            # "Den skal ligge i Vangede", "it should be at the library": only where.
            return name, doc.words_of(spans)
        if (
            name == "when"
            and spans
            and all(
                doc.text[a:b] in _TIME_GLUE
                for a, b in doc.tokens
                if not _SpanSet(spans).contains((a, b)) and doc.text[a:b] not in _FRAME_WORDS
            )
        ):
            # "Once a month starting in January": the words between the times join them
            # ("det bliver" before the first one does not).
            return name, doc.words_of([(min(a for a, _ in spans), len(doc.text))])
    whole = doc.text.strip(" .!")
    if _BARE_TIME_RE.fullmatch(whole):
        # "Maj", "lørdag", "March 2027": a month or a day told alone.
        return "when", doc.words_of([(0, len(doc.text))])
    return None


_PLACE_GLUE = frozenset(
    fold_plain(w)
    for w in "den det de skal skulle kan kunne må bør ville være ligge ligger stå står foregå "
    "foregår holdes placeres it they should could would will can be is located placed held "
    "go take place gerne helst ideally preferably".split()
)
_BARE_TIME_RE = _rx(
    rf"(?:{_MONTH_FULL}|{_WEEKDAY})(?:\s+\d{{4}})?"
    # "sommerferien", "efterårsferien", "julen": a holiday told alone.
    r"|(?:sommer|vinter|efterårs|påske|jule|pinse|uge\s?\d{1,2}|skole)ferien|julen|påsken|"
    r"pinsen|weekenden|weekends?|the\s+(?:summer|winter|easter|christmas|autumn)\s+holidays?"
)
_ASIDE_WORDS = frozenset(fold_plain(w) for w in "oh åh og and also også it det den".split())
_TIME_GLUE = frozenset(
    fold_plain(w)
    for w in "starting beginning begynder startende starter from fra until indtil og and then "
    "derefter on at in i på den d "
    # "det bliver hver anden søndag", "it'll be every other Sunday"
    # ("it'll" is read as "it" and "ll")
    "bliver blir vil skal skulle kunne kan will would could should ll gonna going "
    "be være "
    # "en søndag i juni, gerne den første", "a Saturday in May, preferably the last"
    "gerne helst ideally preferably første sidste first last the".split()
)
# "hver lørdag", "every other Sunday", "om tirsdagen", "weekly": a time someone can give.
_RECURRING_RE = _rx(
    r"(?<![a-z])(?:hver|hvert|every|each|weekly|monthly|ugentlig|månedlig|once|twice|"
    r"gang\s+om|gange\s+om|om\s+(?:mandagen|tirsdagen|onsdagen|torsdagen|fredagen|lørdagen|"
    r"søndagen|aftenen|morgenen|weekenden)|(?:mandage|tirsdage|onsdage|torsdage|fredage|lørdage|"
    r"søndage|weekender|weekends|evenings|mornings)(?![a-z]))"
)


def _clause_is_other(c: _Clause, field: str, asked: _SpanSet, first: bool) -> bool:
    """Tell whether a clause of an answer clearly talks about another field than `field`."""
    if asked.overlaps((c.start, c.end)):
        return False
    if c.label == "span":
        # A clause that is only a partner or a contact detail.
        return field not in ("partners", "contact")
    if not c.strong or c.label not in _CLAUSE_FIELDS or c.label == field:
        return False
    if c.label == "what":
        # "vi vil gerne ..." is how people answer any question; it stays with the answer.
        return False
    if c.label == "why" and first:
        return field not in ("why", "what", "who_benefits")
    return True
