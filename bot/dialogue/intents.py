"""Recognise short commands and conversational moves in Danish and English.

`classify` answers "is this a command, a yes/no, a greeting ... or content?".
Commands are matched as *whole* messages (after trimming punctuation, emoji,
politeness and a leading greeting), so an idea that happens to contain "stop"
or "hjælp" stays content.  Only edits ("ret stedet til Gentofte Sø") and
service questions may be long.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from bot.dialogue.language import Folded, fold, fold_plain
from bot.domain.fields import INITIATIVE_FIELDS as FIELDS

__all__ = [
    "Intent",
    "IntentMatch",
    "asked_back_inside",
    "asks_to_withdraw",
    "asks_what_happens",
    "classify",
    "corrected",
    "elsewhere",
    "follows_errand",
    "named_field",
    "named_reference",
    "says_thanks",
    "service_question",
    "without_addition_cue",
]


class Intent(StrEnum):
    """Conversational moves the dialogue engine reacts to."""

    HELP = "help"
    CLARIFY = "clarify"
    THANKS = "thanks"
    SEND_NOW = "send_now"
    WAIT = "wait"
    LATER = "later"
    RESUME = "resume"
    BACK = "back"
    CANCEL = "cancel"
    UNDO = "undo"
    REMOVE = "remove"
    RESTART = "restart"
    MY_INITIATIVES = "my_initiatives"
    SWITCH_LANGUAGE = "switch_language"
    SKIP = "skip"
    YES = "yes"
    NO = "no"
    GREETING = "greeting"
    WANTS_TO_SHARE = "wants_to_share"
    QUESTION = "question"
    EDIT = "edit"
    CHANGE = "change"


@dataclass(frozen=True)
class IntentMatch:
    """A recognised intent, with the field, new value or language it names."""

    intent: Intent
    field: str | None = None
    value: str | None = None
    language: str | None = None


# Commands longer than this are treated as content, whatever words they contain.
_MAX_COMMAND_WORDS = 12


def _f(pattern: str) -> str:
    """Fold Danish letters in a pattern the same way `fold` folds text."""
    return (
        pattern.replace("æ", "ae")
        .replace("ø", "oe")
        .replace("å", "aa")
        .replace("é", "e")
        .replace(" ", r"\s+")
    )


def _full(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?:" + _f(pattern) + r")")


# --------------------------------------------------------------------------- #
# Field names as people say them

# Nominal (definite) forms: safe in "stedet er X" / "the date is X".
_FIELD_NOUNS: dict[str, tuple[str, ...]] = {
    "what": (
        "idéen",
        "ideen",
        "selve idéen",
        "titlen",
        "overskriften",
        "beskrivelsen",
        "the idea",
        "the description",
        "the title",
        "the what",
    ),
    "why": (
        "formålet",
        "grunden",
        "begrundelsen",
        "baggrunden",
        "the reason",
        "the purpose",
        "the motivation",
        "the why",
    ),
    "who_benefits": (
        "målgruppen",
        "modtagerne",
        "the audience",
        "the target group",
        "the beneficiaries",
        "the who",
    ),
    "where": (
        "stedet",
        "adressen",
        "placeringen",
        "lokationen",
        "the place",
        "the location",
        "the address",
        "the venue",
        "the spot",
        "the where",
    ),
    "when": (
        "datoen",
        "tidspunktet",
        "tiden",
        "dagen",
        "klokkeslættet",
        "the date",
        "the time",
        "the day",
        "the when",
    ),
    "brings": (
        "bidraget",
        "vores bidrag",
        "mit bidrag",
        "the contribution",
        "our contribution",
        "my contribution",
    ),
    "help_wanted": (
        "hjælpen",
        "behovet",
        "støtten",
        "hjælpen fra kommunen",
        "the help",
        "the support",
        "the help wanted",
    ),
    "partners": (
        "partnerne",
        "samarbejdspartnerne",
        "partneren",
        "the partners",
        "the partner",
        "the collaborators",
    ),
    "contact": (
        "kontaktoplysningerne",
        "kontaktinfoen",
        "nummeret",
        "telefonnummeret",
        "mailen",
        "mailadressen",
        "e-mailen",
        "e-mailadressen",
        "the contact details",
        "the contact info",
        "the email",
        "the email address",
        "the phone number",
        "the number",
        "my number",
        "my email",
        "mit nummer",
        "min mail",
        "min e-mail",
    ),
}
# Any way of naming a field, including question words ("ret hvor til ...").
_FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "what": _FIELD_NOUNS["what"]
    + ("hvad", "idé", "ide", "titel", "beskrivelse", "what", "idea", "description", "title"),
    "why": _FIELD_NOUNS["why"]
    + ("hvorfor", "formål", "grund", "begrundelse", "why", "reason", "purpose", "motivation"),
    "who_benefits": _FIELD_NOUNS["who_benefits"]
    + (
        "hvem",
        "for hvem",
        "målgruppe",
        "hvem det er for",
        "hvem der har gavn af det",
        "who",
        "who benefits",
        "for whom",
        "audience",
        "target group",
        "beneficiaries",
        "who it is for",
        "who it's for",
    ),
    "where": _FIELD_NOUNS["where"]
    + ("sted", "hvor", "adresse", "placering", "lokation", "place", "location", "where")
    + ("address", "venue"),
    "when": _FIELD_NOUNS["when"]
    + ("dato", "tidspunkt", "tid", "hvornår", "dag", "date", "time", "when", "day")
    # A form's headings: "Tidsplan: foråret 2027", "Timeline: spring".
    + ("tidsplan", "tidsramme", "periode", "timeline", "schedule", "timing", "period"),
    "brings": _FIELD_NOUNS["brings"]
    + (
        "bidrag",
        "eget bidrag",
        "hvad vi bidrager med",
        "hvad jeg bidrager med",
        "hvad vi bringer",
        "hvad jeg bringer",
        "hvad vi kan",
        "hvad jeg kan",
        "hvad vi tilbyder",
        "brings",
        "contribution",
        "what we bring",
        "what i bring",
        "what we offer",
        "what i offer",
    ),
    "help_wanted": _FIELD_NOUNS["help_wanted"]
    + (
        "hjælp",
        "hjælp fra kommunen",
        "hvad vi har brug for",
        "hvad jeg har brug for",
        "behov",
        "støtte",
        "help",
        "help wanted",
        "what we need",
        "what i need",
        "support",
    ),
    "partners": _FIELD_NOUNS["partners"]
    + ("partnere", "samarbejdspartnere", "partner", "partners", "collaborators"),
    "contact": _FIELD_NOUNS["contact"]
    + (
        "kontakt",
        "kontaktoplysninger",
        "kontaktinfo",
        "kontaktinformation",
        "telefon",
        "telefonnummer",
        "nummer",
        "tlf",
        "e-mail",
        "email",
        "mail",
        "mailadresse",
        "contact",
        "contact details",
        "contact info",
        "email address",
        "phone",
        "phone number",
    ),
}
assert set(_FIELD_WORDS) == set(FIELDS)


def _field_alternation(table: dict[str, tuple[str, ...]]) -> tuple[str, dict[str, str]]:
    lookup: dict[str, str] = {}
    for name, words in table.items():
        for w in words:
            lookup[_norm_words(fold_plain(w))] = name
    alt = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lookup, key=len, reverse=True)
    )
    return f"(?:{alt})(?![a-z])", lookup


def _norm_words(text: str) -> str:
    return " ".join(text.split())


_FIELD_ANY, _FIELD_LOOKUP = _field_alternation(_FIELD_WORDS)
_FIELD_LABEL, _ = _field_alternation(
    {
        name: tuple(
            w
            for w in words
            if fold_plain(w) not in {"ide", "idea", "forslag", "hvad", "what", "initiativ"}
        )
        for name, words in _FIELD_WORDS.items()
    }
)
_FIELD_NOUN, _ = _field_alternation(_FIELD_NOUNS)

# --------------------------------------------------------------------------- #
# Whole-message phrases (matched against the trimmed, folded message)

_WRONG = (
    r"(?:forkert|forkerte|galt|fejl|ikke\s+rigtigt?|ikke\s+korrekt|ikke\s+helt\s+rigtigt?|"
    r"wrong|incorrect|not\s+right|not\s+correct|off|a\s+mistake|mistaken)"
)
_WRONG_RE = re.compile(_f(_WRONG))
_WRONG_THEN_RE = re.compile(
    _f(
        _WRONG + r"\s*[,;:.!–-]+\s*(?:(?:men|but)\s+)?(?:(?:(?:det|den|it)\s+(?:er|skal\s+være|"
        r"skulle\s+være|is|should\s+be)|it's)\s+(?:(?:faktisk|actually)\s+)?)?"
    )
)

# An initiative's reference as people type it: "GK-2026-0001", "gk-2026-1".
_REFERENCE = r"[a-z]{1,10}-\d{4}-\d{1,6}"
# "jeg vil gerne trække min idé tilbage", "træk den tilbage", "I want to withdraw my idea",
# "cancel my idea": the idea itself taken back.
_IDEA_NOUN = (
    r"(?:min|mit|vores|den|det|my|our|the|this|that)\s+(?:idé|ide|forslag|initiativ|idea|"
    r"suggestion|initiative|proposal|submission)|idéen|ideen|forslaget|initiativet|" + _REFERENCE
)
_WITHDRAW = (
    r"(?:(?:jeg|vi)\s+(?:vil\s+(?:gerne\s+)?|vil\s+godt\s+|skal\s+)?|(?:kan|må)\s+(?:jeg|vi)\s+|"
    r"(?:kan|vil)\s+du\s+|(?:i|we)\s+(?:want\s+to|would\s+like\s+to|'d\s+like\s+to|need\s+to)\s+|"
    r"(?:can|could|may)\s+(?:i|we|you)\s+|please\s+|bare\s+|just\s+)?"
    r"(?:(?:træk|trække|trækker|tag|tage|tager)\s+(?:den|det|"
    + _IDEA_NOUN
    + r")\s+tilbage(?:\s+igen)?|"
    r"træk\s+tilbage|(?:annuller|annullere|annullér)\s+(?:" + _IDEA_NOUN + r")"
    # "annullere den idé jeg sendte", "cancel the idea I sent"
    r"(?:\s+(?:jeg|vi|i|we)\s+(?:har\s+)?(?:sendte|sendt|sent|submitted))?|"
    r"(?:withdraw|retract|cancel|take\s+back|pull)\s+(?:it|" + _IDEA_NOUN + r")(?:\s+back)?|"
    r"take\s+(?:it|" + _IDEA_NOUN + r")\s+back|withdraw)"
)
_WITHDRAW_RE = re.compile(_f(_WITHDRAW))

# What follows a yes at the read-back: "(yep) looks good", "(jep,) send den", "(ja) det ser
# fint ud", "(perfekt,) tak". Each says yes again; none adds to the idea.
_YES_FILLER = (
    r"(?:send(?:\s+(?:den|det|it|idéen))?(?:\s+(?:afsted|ind|bare|nu|now|off))?|submit(?:\s+it)?|"
    r"go\s+ahead|go\s+for\s+it|(?:det\s+|alt\s+)?(?:er|ser)\s+(?:fint|rigtigt|godt|korrekt|perfekt)"
    r"(?:\s+ud)?|(?:it\s+|that\s+|this\s+|all\s+)?looks?\s+(?:good|great|fine|right|correct|perfect)"
    r"(?:\s+to\s+me)?|(?:that|it)\s*(?:'s|\s+is)\s+(?:right|fine|correct|perfect|good|great)|"
    r"alt\s+er\s+(?:fint|rigtigt|korrekt)|all\s+good|sounds\s+(?:good|right)|lgtm|"
    r"(?:helt\s+)?(?:rigtigt|korrekt)|correct|exactly|præcis|perfekt|perfect|fint|fine|super|great|"
    r"godt|good|ja|yes|tak|thanks|thank\s+you)"
)

# The language of a switch that names none ("skift sprog"): the one not spoken now.
_OTHER_LANGUAGE = "other"

_PHRASES: list[tuple[Intent, str | None, re.Pattern[str]]] = [
    (
        Intent.SWITCH_LANGUAGE,
        "en",
        _full(
            r"(?:(?:in|på|paa)\s+)?english|engelsk|på\s+engelsk|speak\s+english|"
            r"(?:write|answer|reply|talk|continue)\s+in\s+english|"
            r"(?:can|could)\s+(?:you|we)\s+(?:speak|write|talk|continue|do\s+(?:this|it))"
            r"(?:\s+in)?\s+english(?:\s+instead)?|"
            r"do\s+you\s+speak\s+english|taler\s+du\s+engelsk|"
            # "kan vi tage det på engelsk?", "må jeg skrive på engelsk i stedet?"
            r"(?:kan|kunne|må)\s+(?:du|vi|jeg)\s+(?:godt\s+)?(?:tale|skrive|svare|fortsætte|"
            r"tage\s+det|klare\s+det|køre\s+det|snakke|skifte)\s+(?:på\s+|til\s+)?engelsk"
            r"(?:\s+i\s+stedet)?|(?:skriv|tal|svar)\s+(?:på\s+)?engelsk|"
            r"(?:switch|change)\s+(?:the\s+language\s+)?to\s+english|skift\s+til\s+engelsk|"
            r"english\s+version|i\s+(?:don't|do\s+not)\s+speak\s+danish|"
            r"jeg\s+taler\s+ikke\s+dansk|english,?\s+please"
        ),
    ),
    (
        Intent.SWITCH_LANGUAGE,
        "da",
        _full(
            r"(?:(?:in|på|paa)\s+)?(?:dansk|danish)|speak\s+danish|"
            r"(?:write|answer|reply|talk|continue)\s+in\s+danish|"
            r"(?:can|could)\s+(?:you|we|i)\s+(?:speak|write|talk|continue|do\s+(?:this|it))"
            r"(?:\s+in)?\s+danish(?:\s+instead)?|"
            r"do\s+you\s+speak\s+danish|taler\s+du\s+dansk|"
            r"(?:kan|kunne|må)\s+(?:du|vi|jeg)\s+(?:godt\s+)?(?:tale|skrive|svare|fortsætte|"
            r"tage\s+det|klare\s+det|køre\s+det|snakke|skifte)\s+(?:på\s+|til\s+)?dansk"
            r"(?:\s+i\s+stedet)?|(?:skriv|tal|svar)\s+(?:på\s+)?dansk|"
            r"(?:switch|change)\s+(?:the\s+language\s+)?to\s+danish|skift\s+til\s+dansk|"
            r"dansk\s+version"
        ),
    ),
    (
        # "skift sprog", "change language": the other one of the two.
        Intent.SWITCH_LANGUAGE,
        _OTHER_LANGUAGE,
        _full(
            r"(?:(?:kan\s+vi|kan\s+du|jeg\s+vil\s+gerne|can\s+we|can\s+you|i\s*'?d\s+like\s+to|"
            r"please)\s+)?(?:skift|skifte|ændr|ændre|switch|change)\s+(?:sprog|sproget|language|"
            r"the\s+language)|(?:andet|et\s+andet)\s+sprog|(?:other|another)\s+language"
        ),
    ),
    (
        # "bare send den nu", "just send it": no more questions, on to sending.
        Intent.SEND_NOW,
        None,
        _full(
            r"(?:(?:bare|du\s+kan\s+bare|please|can\s+you|could\s+you)\s+)?(?:just\s+)?send\s+"
            r"(?:den|det|idéen|it|the\s+idea)\s+(?:nu|bare|afsted|now|already|off)|"
            r"bare\s+send(?:\s+den|\s+det)?|"
            r"(?:kan|kunne)\s+du\s+(?:ikke\s+)?bare\s+sende\s+(?:den|det|idéen)(?:\s+(?:nu|afsted))?|"
            r"just\s+send(?:\s+it)?|ikke\s+flere\s+spørgsmål|no\s+more\s+questions|"
            r"det\s+var\s+(?:det\s+hele|alt)|that'?s\s+(?:all|everything|it)|"
            r"that\s+is\s+(?:all|everything)|"
            # "det er vist alt", "det var det", "nothing else": nothing more to tell.
            r"det\s+(?:er|var)\s+(?:vist\s+|nok\s+|bare\s+)?(?:alt|det\s+hele)|det\s+var\s+(?:vist\s+)?det|"
            r"nothing\s+(?:else|more)"
        ),
    ),
    (
        # "vent lidt", "ja, men vent": hold on, more is coming.
        Intent.WAIT,
        None,
        _full(
            r"(?:(?:ja|nej|ok|okay|yes|no)[\s,]+)?(?:(?:men|but)[\s,]+)?(?:vent(?:\s+lige)?(?:\s+lidt|"
            r"\s+et\s+øjeblik|\s+et\s+sekund|\s+2\s+sek)?|et\s+øjeblik|øjeblik|wait(?:\s+a\s+(?:sec|"
            r"second|moment|minute))?|hold\s+on|one\s+(?:sec|second|moment)|"
            r"just\s+a\s+(?:sec|second|moment))"
            # "øjeblik, der er nogen ved døren", "hold on, phone is ringing": why, in passing.
            r"(?:[\s,.!–-]+(?:der\s+er\s+nogen\s+ved\s+døren|nogen\s+ved\s+døren|det\s+ringer|"
            r"telefonen\s+ringer|min\s+telefon\s+ringer|babyen\s+græder|(?:the\s+|my\s+)?phone\s+"
            r"(?:is\s+)?ringing|someone\s*'?s\s+at\s+the\s+door|someone\s+at\s+the\s+door|"
            r"(?:the\s+)?doorbell|the\s+baby\s*'?s\s+crying))?"
        ),
    ),
    (
        # "skal af nu, skriv endelig", "gotta run, I'll finish later": leaving for now; what
        # was told is kept and the conversation goes on when they come back.
        Intent.LATER,
        None,
        _full(
            r"(?:(?:ok|okay|nå|hov|undskyld|sorry|beklager|oops)[\s,]+)?(?:"
            r"(?:jeg\s+|vi\s+|i\s+|i\s*'m\s+|we\s+)?(?:skal|må|have\s+to|has\s+to|got\s+to|gotta|"
            r"need\s+to|must)\s+(?:lige\s+)?(?:af(?:\s+bussen|\s+toget)?|gå|løbe|smutte|videre|go|"
            r"run|leave|dash)(?:\s+(?:nu|igen|now))?|brb|be\s+right\s+back|"
            # "skal lige hente børn", "skal lige spørge min nabo om datoen": a short errand.
            r"(?:jeg\s+|vi\s+)?skal\s+lige\s+(?:hente|ringe|spise|handle|lave\s+mad|putte|i\s+bad|"
            r"have\s+fat\s+i|spørge|tjekke|ud|ned|op)(?:\s+[^\s,]+){0,5}|"
            r"(?:jeg\s+|vi\s+)?skal\s+lige\s+noget|"
            r"pause|(?:jeg\s+)?holder\s+(?:lige\s+)?(?:en\s+)?pause|taking\s+a\s+break|"
            r"(?:jeg\s+er\s+)?tilbage\s+om\s+(?:lidt|et\s+øjeblik|\d+\s+min\w*)|back\s+in\s+a\s+(?:bit|"
            r"minute|few)|"
            r"(?:jeg\s+|vi\s+|i\s*'ll\s+|i\s+will\s+|we\s*'ll\s+)?(?:vender\s+tilbage(?:\s+(?:i\s+morgen|"
            r"i\s+aften|senere|på\s+\w+dag))?|fortsætter\s+"
            r"(?:senere|i\s+aften|i\s+morgen)|skriver\s+(?:mere\s+)?senere|continue\s+later|"
            r"finish\s+(?:this\s+|it\s+)?later|be\s+back(?:\s+later)?|come\s+back\s+later|"
            r"write\s+(?:more\s+)?later))"
            r"(?:[\s,.!]+(?:skriv\s+endelig|skriv\s+bare|bare\s+skriv|(?:vi\s+)?snakkes|hej\s+hej|"
            r"hej|farvel|bye|talk\s+later|ttyl|later|tak|thanks|sorry|undskyld|vender\s+tilbage|"
            r"fortsætter\s+(?:senere|i\s+aften|i\s+morgen)|tilbage\s+om\s+(?:lidt|et\s+øjeblik)|"
            r"(?:i\s*'ll\s+|i\s+will\s+|will\s+)?"
            r"(?:(?:be\s+)?back(?:\s+later)?|finish(?:\s+(?:this|it))?\s+(?:later|tonight|tomorrow)|"
            r"continue\s+(?:later|tonight|tomorrow))))*"
        ),
    ),
    (
        # "hvor var vi?", "ok I'm back", "what was the question?": back to where it stopped.
        Intent.RESUME,
        None,
        _full(
            r"(?:(?:hej|hi|hey|ok|okay|så|nå|sorry|undskyld)(?:\s+igen|\s+again)?[\s,!]+)*(?:"
            r"hvor\s+var\s+vi(?:\s+nået\s+til)?|hvad\s+(?:manglede|spurgte)\s+du(?:\s+om)?|"
            r"hvad\s+var\s+spørgsmålet|(?:så\s+er\s+)?jeg\s+(?:er\s+)?tilbage(?:\s+igen)?|"
            r"(?:så\s+)?(?:er\s+)?jeg\s+(?:er\s+)?her\s+igen|"
            r"(?:jeg\s+)?blev\s+afbrudt|where\s+were\s+we|what\s+was\s+the\s+question|"
            r"what\s+did\s+you\s+(?:ask|need)|i\s*'m\s+back(?:\s+again)?|back\s+again|"
            r"(?:i\s+)?got\s+interrupted|where\s+did\s+we\s+(?:stop|leave\s+off))"
        ),
    ),
    (
        # "tilbage", typed for the Back button.
        Intent.BACK,
        None,
        _full(r"tilbage|gå\s+tilbage|back|go\s+back|behold\s+det|keep\s+it|lad\s+det\s+være"),
    ),
    (
        # "tak for hjælpen", "thanks!": politeness, or a goodbye; no idea and no answer.
        Intent.THANKS,
        None,
        _full(
            r"(?:(?:mange|tusind|tusinde|1000)\s+)?tak(?:\s+tak)?(?:\s+for\s+(?:hjælpen|det|nu|"
            r"i\s+dag|snakken))?|tak\s+skal\s+du\s+have|takker|tak\s+og\s+farvel|farvel|"
            r"vi\s+ses|hav\s+en\s+god\s+dag|god\s+weekend|"
            r"(?:thanks|thank\s+you)(?:\s+(?:so\s+much|very\s+much|a\s+lot|again))?"
            r"(?:\s+for\s+(?:the\s+help|your\s+help|that|now|today))?|thx|ty|cheers|many\s+thanks|"
            r"bye|goodbye|bye\s+bye|see\s+you|have\s+a\s+(?:nice|good|great)\s+day"
        ),
    ),
    (
        # "hvad mener du?" asked back: the question was not clear.
        Intent.CLARIFY,
        None,
        _full(
            r"(?:(?:sorry|undskyld|pardon)[\s,]+)?(?:(?:hvad|hvordan)\s+mener\s+du(?:\s+med\s+(?:det|det\s+spørgsmål|spørgsmålet))?|"
            r"hvad\s+betyder\s+det|hvad\s+menes\s+der(?:\s+med\s+det)?|"
            r"(?:jeg\s+)?forstår\s+ikke\s+(?:helt\s+)?(?:spørgsmålet|hvad\s+du\s+mener)|"
            r"(?:jeg\s+)?forstår\s+ikke\s+helt|hvad\s+skal\s+jeg\s+svare(?:\s+på\s+det)?|"
            r"hvad\s+spørger\s+du\s+om|hvad\s+vil\s+du\s+vide|undskyld|hvabehar|"
            # "hvad mener du med hvorfor?", "hvad skal jeg skrive her?"
            r"(?:hvad|hvordan)\s+mener\s+du\s+med\s+\w+(?:\s+\w+)?|"
            r"hvad\s+skal\s+jeg\s+(?:skrive|svare)(?:\s+(?:her|der|nu))?|"
            r"what\s+do\s+you\s+mean\s+by\s+\w+(?:\s+\w+)?|what\s+should\s+i\s+(?:write|put)(?:\s+here)?|"
            r"hvorfor\s+(?:spørger\s+du(?:\s+om\s+det)?|vil\s+du\s+vide\s+det|skal\s+du\s+vide\s+det|"
            r"skal\s+i\s+vide\s+det|vil\s+i\s+vide\s+det|spørger\s+i(?:\s+om\s+det)?)|"
            r"hvad\s+synes\s+du|hvad\s+foreslår\s+du|what\s+do\s+you\s+(?:think|suggest)|"
            r"why\s+do\s+you\s+need\s+that|"
            r"why\s+do\s+you\s+(?:ask|need\s+to\s+know|want\s+to\s+know)(?:\s+that)?|"
            r"why\s+(?:is\s+that|does\s+that\s+matter)|"
            r"what\s+do\s+you\s+mean(?:\s+by\s+that)?|what\s+does\s+that\s+mean|"
            r"i\s+(?:don't|do\s+not)\s+(?:quite\s+)?understand\s+(?:the\s+question|what\s+you\s+mean)|"
            r"what\s+(?:should|do)\s+i\s+(?:answer|say)(?:\s+to\s+that)?|"
            r"what\s+are\s+you\s+asking|what\s+do\s+you\s+want\s+to\s+know|meaning|"
            r"sorry|pardon|come\s+again)"
        ),
    ),
    (
        Intent.HELP,
        None,
        _full(
            r"hjælp|help|hjælp\s+mig|help\s+me|sos|menu|/help|/hjælp|info|vejledning|"
            r"hvad\s+kan\s+du(?:\s+(?:hjælpe\s+med|gøre|bruges\s+til))?|"
            r"hvad\s+kan\s+jeg(?:\s+(?:gøre|skrive|bruge\s+dig\s+til))?|"
            r"hvordan\s+virker\s+(?:det|du|det\s+her|det\s+her\s+)?|hvad\s+gør\s+jeg|"
            r"hvad\s+skal\s+jeg\s+(?:gøre|skrive)|hvad\s+er\s+det\s+her|hvad\s+er\s+du|"
            r"what\s+can\s+you\s+do|what\s+do\s+you\s+do|what\s+are\s+you|"
            r"how\s+does\s+(?:this|it)\s+work|how\s+do\s+i\s+use\s+(?:this|you)|"
            r"what\s+(?:do|should)\s+i\s+(?:do|write)|"
            r"jeg\s+forstår\s+(?:det\s+)?ikke|forstår\s+ikke|i\s+(?:don't|do\s+not)\s+understand|"
            r"hvad|what|huh|hva|hæ|commands|kommandoer|instructions"
        ),
    ),
    (
        # "fortryd" right after dropping a draft brings it back (while drafting, it cancels).
        Intent.UNDO,
        None,
        _full(
            r"(?:(?:hov|ups|oops|åh\s+nej|oh\s+no)[\s,!.]+)?(?:fortryd|fortryd\s+det|fortryd\s+igen|"
            r"undo|undo\s+that|undo\s+it|gendan|gendan\s+den|gendan\s+det|restore|restore\s+it|"
            r"det\s+var\s+ikke\s+meningen|that\s+was\s+a\s+mistake|i\s+didn\s*'?t\s+mean\s+that|"
            # "ups, det var forkert", said alone: the last message was wrong.
            r"det\s+var\s+forkert|det\s+var\s+en\s+fejl|that\s+was\s+wrong|wrong\s+answer|"
            r"forkert\s+svar|"
            r"bring\s+it\s+back|få\s+den\s+tilbage)"
        ),
    ),
    (
        Intent.CANCEL,
        None,
        _full(
            # "no, cancel", "actually, forget it", "nej tak, annuller"
            r"(?:(?:nej|no|nope|nah|faktisk|actually|ok|okay)(?:\s+(?:tak|thanks))?[\s,]+)?"
            r"(?:annuller|annullér|annullere|afbryd|stop|stop\s+det|stop\s+nu|glem\s+det|"
            r"glem\s+det\s+hele|glem\s+det\s+igen|drop\s+det|lad\s+være|jeg\s+fortryder|"
            r"afslut|jeg\s+gider\s+ikke(?:\s+mere)?|ikke\s+mere|cancel|cancel\s+it|"
            r"cancel\s+that|quit|exit|abort|never\s*mind|forget\s+it|forget\s+about\s+it|"
            r"stop\s+it|stop\s+that)|" + _WITHDRAW
        ),
    ),
    (
        Intent.RESTART,
        None,
        _full(
            r"(?:(?:kan\s+vi|lad\s+os|jeg\s+vil|jeg\s+vil\s+gerne)\s+)?(?:start|starte|begynd|"
            r"begynde)\s+(?:forfra|igen|helt\s+forfra|på\s+ny|om)|forfra|helt\s+forfra|"
            r"fra\s+start|nulstil|ny\s+start|"
            r"(?:(?:can\s+we|let's|let\s+us|i\s+want\s+to|i\s+'d\s+like\s+to)\s+)?"
            r"(?:start|begin)\s+(?:over|again|from\s+scratch|afresh)|restart|reset|start\s+fresh"
        ),
    ),
    (
        Intent.MY_INITIATIVES,
        None,
        _full(
            r"(?:(?:vis|se|show|list|see|view|hvad\s+med|what\s+about)\s+)?(?:mine|my|vores|our)\s+"
            r"(?:idéer|ideer|idéerne|ideerne|initiativer|initiativerne|forslag|forslagene|"
            r"indsendelser|ideas|initiatives|suggestions|submissions|proposals)|"
            r"(?:vis|se|show|see|view)\s+(?:min|mit|my|vores|our)\s+(?:idé|ide|initiativ|forslag|"
            r"idea|initiative|suggestion)|"
            r"status|status\s+(?:på|for)\s+(?:(?:min|mit|mine|vores)\s+\w+|" + _REFERENCE + r")|"
            r"status\s+(?:of|on|for)\s+(?:my\s+\w+|" + _REFERENCE + r")|"
            r"what\s*'s\s+the\s+status(?:\s+of\s+(?:my\s+\w+|" + _REFERENCE + r"))?|"
            r"what\s+is\s+the\s+status(?:\s+of\s+(?:my\s+\w+|" + _REFERENCE + r"))?|"
            r"hvad\s+er\s+status(?:(?:sen)?\s+på\s+(?:\w+\s+\w+|" + _REFERENCE + r"))?|"
            r"hvordan\s+går\s+det\s+med\s+(?:(?:min|mit|mine|vores)\s+\w+|" + _REFERENCE + r")|"
            # ("hvad sker der med mine data?" asks about privacy: see `service_question`.)
            r"hvad\s+sker\s+der\s+med\s+(?:min|mit|mine|vores)\s+(?!(?:person)?(?:data|oplysninger))\w+|"
            r"hvad\s+skete\s+der\s+med\s+(?:min|mit|mine|vores)\s+\w+|"
            r"hvor\s+langt\s+er\s+(?:min|mit|mine|vores)\s+\w+|"
            r"har\s+i\s+(?:set|læst|modtaget|fået)\s+(?:min|mit|mine|vores)\s+\w+|"
            r"what\s+happened\s+(?:to|with)\s+my\s+\w+|how\s+is\s+my\s+\w+\s+(?:doing|going)|"
            r"did\s+you\s+(?:get|receive)\s+my\s+\w+|any\s+news\s+(?:on|about)\s+my\s+\w+|"
            # "Hvor kan jeg se mine idéer?", "how do I see my ideas", "where can I see the
            # status of my idea?"
            r"(?:hvor|hvordan)\s+(?:kan\s+jeg|ser\s+jeg|finder\s+jeg)\s+(?:se\s+|finde\s+)?"
            r"(?:status\s+(?:på|for)\s+)?(?:min|mit|mine|vores)\s+\w+|"
            r"(?:where|how)\s+(?:can|do)\s+i\s+(?:see|find|check|view)\s+(?:the\s+status\s+of\s+)?"
            r"my\s+\w+"
        ),
    ),
    (
        Intent.CHANGE,
        None,
        _full(
            r"(?:(?:jeg\s+vil\s+gerne|jeg\s+vil|kan\s+jeg|kan\s+vi|må\s+jeg|lad\s+mig|i\s+want\s+to|"
            r"i\s+'d\s+like\s+to|i\s+would\s+like\s+to|can\s+i|could\s+i|let\s+me)\s+)?"
            r"(?:(?:ret|rette|ændr|ændre|ændré|rediger|redigér|redigere|skift|skifte|opdater|"
            r"opdatere|change|edit|modify|update|amend)"
            r"(?:\s+(?:noget|lidt|det|den|en\s+ting|en\s+detalje|et\s+svar|svaret|et\s+felt|"
            r"something|it|that|a\s+bit|a\s+thing|one\s+thing|a\s+detail|an\s+answer|a\s+field))?"
            r"(?:\s+(?:(?:the|my|our|den|det|min|mit|vores)\s+)?(?P<field>" + _FIELD_ANY + r"))?|"
            r"(?:correct|fix)\s+(?:(?:something|it|that|a\s+thing|one\s+thing|a\s+detail|"
            r"an\s+answer)|(?:(?:the|my|our)\s+)?(?P<field5>" + _FIELD_ANY + r")))|"
            r"(?:(?:nej|no|not\s+quite|ikke\s+helt|ja|yes|næsten|almost|hmm|ok|okay)[\s,]+"
            r"(?:(?:men|but)[\s,]+)?)?"
            r"(?:(?:the|den|det)\s+)?(?P<field2>"
            + _FIELD_ANY
            + r")\s+(?:er|is|'s|var|was|står)\s+(?:helt\s+|lidt\s+|totally\s+|a\s+bit\s+)?"
            + _WRONG
            + r"|(?:noget|something|der|det|there|one\s+thing|en\s+ting)\s+(?:er|is|'s|står)\s+"
            r"(?:helt\s+)?" + _WRONG + r"(?:\s+(?:med|with|i|in)\s+(?:(?:the|den|det)\s+)?"
            r"(?P<field3>" + _FIELD_ANY + r"))?|"
            r"(?:der\s+er\s+en\s+fejl|there\s*'s\s+a\s+mistake|there\s+is\s+a\s+mistake|"
            r"there\s*'s\s+an\s+error|there\s+is\s+an\s+error)(?:\s+(?:i|in)\s+(?:(?:the|den|det)\s+)?"
            r"(?P<field4>" + _FIELD_ANY + r"))?"
        ),
    ),
    (
        Intent.SKIP,
        None,
        _full(
            r"ved\s+ikke|det\s+ved\s+jeg\s+ikke|det\s+ved\s+jeg\s+ikke\s+endnu|ved\s+ikke\s+endnu|"
            r"jeg\s+ved\s+det\s+ikke|jeg\s+ved\s+ikke|aner\s+det\s+ikke|aner\s+ikke|ingen\s+anelse|"
            r"(?:jeg\s+)?ved\s+(?:det\s+)?ikke\s+(?:helt|rigtigt?|lige)(?:\s+endnu)?|"
            # "det ved jeg ikke rigtig", "vi ved det ikke endnu", "svært at sige", "not sure
            # really", "hard to say": not knowing, in more words.
            r"det\s+ved\s+(?:jeg|vi)\s+ikke\s+(?:helt|rigtigt?|lige|så\s+godt)(?:\s+endnu)?|"
            r"(?:det\s+)?ved\s+vi\s+ikke(?:\s+endnu)?|vi\s+ved\s+(?:det\s+)?ikke(?:\s+endnu)?|"
            r"(?:det\s+er\s+)?svært\s+at\s+sige|(?:det\s+er\s+)?ikke\s+til\s+at\s+sige|"
            r"(?:jeg\s+er\s+)?ikke\s+sikker\s+(?:endnu|på\s+det)|"
            r"not\s+sure\s+(?:really|yet)|(?:it\s*'s\s+)?hard\s+to\s+say|we\s+(?:don't|dont)\s+know(?:\s+yet)?|"
            r"ikke\s+noget|intet|ingen|ingen\s+endnu|ikke\s+endnu|nej\s+ikke\s+endnu|"
            r"ikke\s+sikker|er\s+ikke\s+sikker|jeg\s+er\s+ikke\s+sikker|ikke\s+relevant|"
            r"ikke\s+aktuelt|spring\s+over|spring\s+det\s+over|spring\s+den\s+over|"
            r"spring\s+videre|videre|næste|det\s+har\s+jeg\s+ikke|det\s+har\s+vi\s+ikke|"
            r"har\s+ikke\s+nogen|har\s+ingen|ingen\s+idé|ingen\s+ide|måske\s+senere|senere|"
            r"det\s+er\s+lige\s+meget|lige\s+meget|ligegyldigt|"
            r"skip|skip\s+(?:this|it|that|this\s+one|this\s+question)|pass|next|none|nothing|"
            r"nobody|no\s+one|n/?a|i\s+(?:don't|dont|do\s+not)\s+know|(?:don't|dont)\s+know|idk|"
            r"dunno|no\s+idea|not\s+sure|i\s+'m\s+not\s+sure|i\s+am\s+not\s+sure|not\s+yet|"
            r"no,?\s+not\s+yet|maybe\s+later|later|i\s+(?:don't|do\s+not)\s+have\s+any|"
            r"we\s+(?:don't|do\s+not)\s+have\s+any|doesn't\s+matter|whatever|not\s+applicable|"
            # A maybe to a question tells nothing yet.
            r"måske|maybe|perhaps|possibly|kan\s+være|could\s+be|"
            # "hmm", "lol", "det har jeg ikke tænkt over", "ikke noget særligt": nothing told.
            r"h+m+|lol|øh+m*|det\s+har\s+jeg\s+ikke\s+tænkt\s+(?:så\s+meget\s+)?over|"
            r"har\s+ikke\s+tænkt\s+over\s+det|ikke\s+noget\s+særligt|intet\s+særligt|"
            r"not\s+really|nothing\s+(?:special|in\s+particular)|"
            # "det vil jeg helst ikke svare på", "I'd rather not say", "next question please".
            r"det\s+vil\s+jeg\s+(?:helst\s+|hellere\s+)?ikke\s+(?:svare\s+på|sige)|"
            r"(?:det\s+)?vil\s+(?:helst\s+)?ikke\s+svare(?:\s+på\s+det)?|"
            r"i\s*'d\s+rather\s+not(?:\s+(?:say|answer|tell))?|i\s+would\s+rather\s+not(?:\s+say)?|"
            r"rather\s+not\s+say|prefer\s+not\s+to\s+say|"
            r"(?:don\s*'?t|dont|do\s+not)\s+know\s+yet|(?:i\s+)?(?:don\s*'?t|dont)\s+know\s+yet|"
            r"next\s+question|næste\s+spørgsmål|"
            # "ingenting", "ik noget", "nothing really", "ikke noget lige nu": nothing to give.
            r"ingenting|(?:slet\s+)?ik+e?\s+noget(?:\s+(?:lige\s+nu|endnu|rigtigt?))?|"
            r"ikke\s+rigtigt?\s+noget|nada|nul|nothing\s+(?:really|yet|at\s+the\s+moment|right\s+now)|"
            r"not\s+(?:anything|much)(?:\s+really)?|"
            r"(?:i\s+)?(?:haven't|have\s+not)\s+thought\s+about\s+(?:it|that)|"
            r"(?:i\s+)?(?:don't|do\s+not)\s+know\s+really|"
            # "se ovenfor", "as I said": already told (the draft has it, or it is left open).
            r"se\s+ovenfor|se\s+ovenstående|som\s+sagt|det\s+har\s+jeg\s+(?:jo\s+)?(?:skrevet|sagt)|"
            r"jeg\s+har\s+(?:jo\s+)?(?:allerede\s+)?(?:skrevet|sagt)\s+det|see\s+above|as\s+i\s+said|"
            r"i\s+(?:already\s+)?(?:told\s+you|said\s+that)(?:\s+already)?|"
            # "er det ikke jeres job?", "isn't that your job?", "you tell me": the municipality's
            # call, nothing the person adds.
            r"er\s+det\s+ikke\s+(?:jeres|dit|kommunens)\s+(?:job|opgave|arbejde)|det\s+må\s+i\s+vide|"
            r"det\s+må\s+i\s+(?:bestemme|finde\s+ud\s+af)|isn\s*'?t\s+that\s+your\s+job|"
            r"is\s+that\s+not\s+your\s+job|you\s+tell\s+me|that\s*'s\s+(?:up\s+to\s+you|your\s+job)"
        ),
    ),
    (
        Intent.NO,
        None,
        _full(
            r"nej|nej\s+tak|nej\s+nej|nix|næ|næh|nope|nah|no|no\s+thanks|no\s+thank\s+you|"
            r"not\s+quite|ikke\s+helt|ikke\s+rigtigt?|det\s+er\s+ikke\s+rigtigt|"
            r"det\s+er\s+forkert|forkert|wrong|that\s*'s\s+wrong|that\s+is\s+wrong|"
            r"that\s*'s\s+not\s+right|that\s+is\s+not\s+right|incorrect|not\s+right|"
            r"not\s+correct|ikke\s+korrekt|nej,?\s+ikke\s+helt|no,?\s+not\s+quite|no\s+way|"
            r"absolutely\s+not|n|slet\s+ikke|nej\s+det\s+er\s+det\s+ikke|no\s+it\s*'s\s+not"
        ),
    ),
    (
        Intent.YES,
        None,
        _full(
            r"ja|jah|ja+|jo|jep|jeps|jepper|jup|ja\s+gerne|gerne|ja\s+da|jada|"
            r"ja,?\s+(?:det\s+er\s+)?(?:rigtigt|korrekt|fint|godt|perfekt)|"
            r"ja,?\s+send(?:\s+(?:den|det))?(?:\s+(?:afsted|ind))?|"
            r"det\s+er\s+(?:rigtigt|korrekt|fint|godt|perfekt|ok|okay|i\s+orden)(?:\s+alligevel)?|"
            r"(?:nej\s+)?(?:det\s+er\s+)?(?:fint|godt|ok|okay)\s+alligevel(?:,?\s+send\s+(?:den|det)"
            r"(?:\s+bare)?)?|(?:it\s*'s\s+)?fine\s+after\s+all|sounds\s+right|looks\s+right|"
            r"det\s+passer|"
            r"det\s+stemmer|korrekt|rigtigt|helt\s+rigtigt|præcis|ok|okay|okey|oki|okidoki|"
            r"fint|fint\s+nok|super|perfekt|godt|alt\s+er\s+(?:rigtigt|fint|korrekt)|"
            r"(?:det\s+)?ser\s+(?:godt|fint|rigtigt)\s+ud|send|send\s+(?:den|det|it|idéen)|"
            # "det lyder rigtigt", "sounds about right", "send it please"
            r"(?:det\s+)?lyder\s+(?:rigtigt|godt|fint|korrekt)|sounds\s+(?:about\s+)?(?:right|fine|"
            r"great)|send\s+it\s+please|please\s+send(?:\s+it)?|"
            r"send\s+(?:den|det)\s+(?:afsted|ind)|indsend|godkend|godkendt|bekræft|"
            r"selvfølgelig|klart|yes|yeah|yea|yep|yup|ya|y|j|sure|of\s+course|correct|"
            r"that\s*'s\s+(?:right|correct)|that\s+is\s+(?:right|correct)|right|exactly|"
            r"looks\s+(?:good|great|fine|right|correct)|all\s+good|perfect|great|fine|good|"
            r"go\s+ahead|go\s+for\s+it|submit|submit\s+it|confirm|confirmed|"
            r"yes,?\s+(?:that\s*'s\s+right|send\s+it|send|correct)|sounds\s+good|lgtm|"
            r"absolutely|definitely|it\s*'s\s+(?:right|correct|fine)|"
            r"(?:ok|okay|ja|jo|jep|jeps|jup|yes|yep|yeah|yup|sure|super|perfekt|fint|great|perfect|"
            r"godt|good)(?:[\s,!.]+" + _YES_FILLER + r"){1,3}"
        ),
    ),
    (
        Intent.GREETING,
        None,
        _full(
            # "heyy", "hejjj", "hiii", "helloo": a greeting drawn out.
            r"(?:hej+|hejsa|hej\s+hej|hejhej|he+y+|hey\s+there|hi+|hi\s+there|hel+o+|hello\s+there|"
            r"halløj|hallo|davs|dav|goddag|god\s+dag|godmorgen|god\s+morgen|godaften|"
            r"god\s+aften|god\s+eftermiddag|good\s+morning|good\s+afternoon|good\s+evening|"
            r"morning|morn|yo+|howdy|greetings|hejsa\s+med\s+dig|"
            r"(?:har\s+du|have\s+you)\s+(?:got\s+)?(?:et\s+øjeblik|et\s+minut|tid|lige\s+tid|"
            r"a\s+minute|a\s+moment|a\s+sec|a\s+second|time)|(?:got|have)\s+a\s+(?:minute|moment|"
            r"sec|second)|er\s+du\s+der|are\s+you\s+there|anyone\s+there|is\s+anyone\s+there|"
            r"er\s+der\s+nogen|hallo\s+er\s+der\s+nogen|"
            # A letter's salutation: "Kære Gentofte Kommune", "Dear Sir or Madam".
            r"(?:kære|dear)(?:\s+[a-z]+){1,4}|to\s+whom\s+it\s+may\s+concern|"
            r"til\s+rette\s+vedkommende)"
            r"(?:\s+(?:med\s+dig|du|der|alle|jer|there|everyone|all|samskab|bot|"
            r"gentofte(?:\s+kommune)?|kommunen))?(?:\s+(?:igen|again))?"
        ),
    ),
    (
        Intent.WANTS_TO_SHARE,
        None,
        _full(
            r"(?:(?:jeg|vi)\s+(?:har|havde|har\s+fået|har\s+lige\s+fået)\s+)"
            r"(?:en|et|nogle|to|flere|lige\s+en)?\s*(?:god|godt|gode|lille|stor|stort|ny|nyt|"
            r"spændende|sjov|sjovt|fed|fedt|vild|vildt)?\s*"
            r"(?:idé|ide|idéer|ideer|forslag|initiativ|tanke|tanker|drøm|ønske|projekt)"
            r"(?:\s+(?:til|for)\s+(?:jer|dig|kommunen|gentofte(?:\s+kommune)?|byen|kvarteret|"
            r"vores\s+vej|vores\s+kvarter|området|lokalområdet|hellerup|ordrup|charlottenlund|"
            r"vangede|jægersborg|dyssegård|klampenborg|skovshoved))?"
            r"(?:\s+(?:som|der)\s+(?:jeg|vi)\s+(?:gerne\s+)?(?:vil|ville|gerne\s+vil)\s+"
            r"(?:gerne\s+)?(?:dele|foreslå|fortælle\s+om|præsentere|sende|komme\s+med)"
            r"(?:\s+(?:med\s+)?(?:jer|dig|kommunen))?)?|"
            r"(?:jeg|vi)\s+(?:vil|ville|kunne)\s+(?:gerne|godt)\s+(?:dele|komme\s+med|foreslå|"
            r"indsende|sende|fortælle\s+om|præsentere)\s+(?:en\s+idé|en\s+ide|et\s+forslag|"
            r"et\s+initiativ|noget|nogle\s+idéer|nogle\s+ideer|min\s+idé|min\s+ide|vores\s+idé|"
            r"vores\s+ide|en\s+tanke)(?:\s+(?:med\s+)?(?:jer|dig|kommunen))?|"
            r"(?:kan|må|kunne)\s+(?:jeg|vi)\s+(?:komme\s+med|dele|foreslå|indsende|sende|"
            r"fortælle\s+(?:dig\s+|jer\s+)?om|fortælle\s+(?:dig|jer)|præsentere)\s+"
            r"(?:en\s+idé|en\s+ide|et\s+forslag|noget|et\s+initiativ|min\s+idé|min\s+ide|"
            r"vores\s+idé|vores\s+ide)|"
            r"(?:can|may|could)\s+i\s+(?:tell\s+you\s+about|share|pitch|run)\s+(?:an\s+idea|"
            r"something|my\s+idea|an\s+idea\s+by\s+you)|"
            r"(?:jeg|vi)\s+(?:vil|ville)\s+gerne\s+(?:starte|lave|foreslå)\s+(?:et\s+initiativ|"
            r"noget|et\s+projekt)|"
            r"(?:ny|en)\s+(?:idé|ide)|nyt\s+(?:forslag|initiativ)|et\s+forslag|idé|ide|forslag|"
            r"(?:i|we)\s+(?:have|'ve\s+got|have\s+got|got|had)\s+(?:an?|some|another)\s+"
            r"(?:good\s+|great\s+|new\s+|small\s+|little\s+|big\s+|cool\s+)?(?:idea|ideas|"
            r"suggestion|suggestions|proposal|initiative)(?:\s+(?:for|to\s+share\s+with)\s+"
            r"(?:you|the\s+municipality|the\s+council|gentofte|the\s+neighbou?rhood|our\s+street|"
            r"our\s+neighbou?rhood|the\s+area|the\s+community|our\s+area|hellerup|ordrup|"
            r"charlottenlund|vangede|jægersborg|dyssegård|klampenborg|skovshoved))?(?:\s+(?:i|we)\s+(?:would\s+like|"
            r"'d\s+like|want)\s+to\s+share)?|"
            r"(?:i|we)\s+(?:would|'d)\s+(?:like|love)\s+to\s+(?:suggest|propose|share)\s+"
            r"(?:something|an\s+idea|a\s+suggestion|an\s+initiative|my\s+idea|our\s+idea)|"
            r"(?:i|we)\s+(?:would|'d)\s+like\s+to\s+make\s+a\s+suggestion|"
            r"(?:can|could|may)\s+(?:i|we)\s+(?:suggest|propose|share)\s+(?:something|an\s+idea|"
            r"a\s+suggestion)|(?:i|we)\s+want\s+to\s+(?:suggest|share|propose)\s+(?:something|"
            r"an\s+idea|a\s+suggestion)|new\s+idea|new\s+suggestion|an\s+idea|idea|suggestion|"
            # "quick pitch pls", "got a pitch for u", "en hurtig idé": an idea on its way.
            r"(?:(?:(?:i\s+have|i've\s+got|i\s+got|got|have|jeg\s+har)\s+)?(?:an?\s+|en\s+|"
            r"et\s+)?(?:quick|short|small|little|hurtig|hurtigt|kort|lille)\s+(?:idea|pitch|"
            r"suggestion|idé|ide|forslag)|(?:i\s+have|i've\s+got|i\s+got|got)\s+a\s+pitch)"
            r"(?:\s+(?:for\s+(?:you|u|ya)|til\s+(?:jer|dig)))?(?:\s+(?:pls|plz|please|tak))?|"
            # "Hi there, quick question": an announcement, nothing asked yet; listen first.
            r"(?:(?:i|we)\s+(?:have|'ve\s+got|have\s+got|got)\s+)?(?:just\s+)?(?:a|one)?\s*"
            r"(?:quick|small|little|short)?\s*question|(?:jeg|vi)\s+har\s+(?:lige\s+)?"
            r"(?:et|en)\s+(?:hurtigt|lille|kort)?\s*spørgsmål|(?:et\s+)?(?:hurtigt|lille|kort)\s+"
            r"spørgsmål|et\s+spørgsmål|spørgsmål"
        ),
    ),
]

_EDIT_PATTERNS: list[re.Pattern[str]] = [
    # ret stedet til Gentofte Sø / change the date to May / ændr datoen fra X til Y
    re.compile(
        _f(
            # "ja men ret stedet til ...", "no, change the date to ..."
            r"(?:(?:ja|jo|nej|ok|okay|faktisk|yes|no|actually)[\s,]+)?(?:(?:men|but)[\s,]+)?"
            # "no wait, change the date to May", "hov, ret stedet til …"
            r"(?:(?:wait|vent(?:\s+lige)?|hov|ups|oops|sorry|undskyld)[\s,.!]+)?"
            r"(?:(?:kan\s+du|vil\s+du|kunne\s+du|jeg\s+vil\s+gerne|jeg\s+vil|lad\s+os|"
            r"can\s+you|could\s+you|please|i\s+want\s+to|i\s+'d\s+like\s+to|"
            r"i\s+would\s+like\s+to|let's)\s+)?"
            r"(?:ret|rette|ændr|ændre|ændré|skift|skifte|opdater|opdatér|opdatere|sæt|sætte|"
            r"change|set|update|edit|correct|fix|switch|modify|amend)\s+(?:lige\s+)?"
            r"(?:(?:min|mit|mine|vores|den|det|the|my|our)\s+)?"
        )
        + r"(?P<field>"
        + _FIELD_ANY
        + r")"
        # "ret stedet til Ordrup", "ret stedet til: Ordrup", "ret stedet: Ordrup"
        + _f(
            r"(?:\s+(?:fra|from)\s+.+?)?\s*(?:\s(?:til|to|into|as)(?:\s*[:=])?\s+|"
            r"\s(?:til|to|into|as)\s*[:=]\s*|[:=]\s*)(?P<value>.+)"
        )
    ),
    # stedet skal være Ordrup / the date should be 1 May / the why is ...
    re.compile(
        _f(
            r"(?:(?:nej|no|faktisk|actually|ja|yes|ok|okay)[\s,]+(?:(?:men|but)[\s,]+)?"
            r"(?:(?:faktisk|actually)[\s,]+)?)?"
            r"(?:(?:wait|vent(?:\s+lige)?|hov|ups|oops|sorry|undskyld)[\s,.!]+)?"
        )
        + r"(?P<field>"
        + _FIELD_NOUN
        + r")"
        + _f(
            r"\s+(?:skal\s+være|skulle\s+være|skal\s+hedde|skal\s+rettes\s+til|"
            r"skal\s+ændres\s+til|er\s+faktisk|er|should\s+be|must\s+be|ought\s+to\s+be|"
            r"needs\s+to\s+be|is\s+actually|is|'s)\s+(?P<value>.+)"
        )
    ),
    # "hvornår skal være 1. maj", "why should be: ...": a row of the card by its label.
    re.compile(
        r"(?P<field>"
        + _FIELD_ANY
        + r")"
        + _f(r"\s+(?:skal\s+være|skal\s+ændres\s+til|skal\s+rettes\s+til|should\s+be|must\s+be|")
        + _f(r"needs\s+to\s+be)\s*:?\s+(?P<value>[^?]+)")
    ),
    # sted: Gentofte Sø  ("Idé: en bænk ved søen" is how an idea starts, not an edit)
    re.compile(r"(?P<field>" + _FIELD_LABEL + r")\s*[:=]\s*(?P<value>.+)"),
]
# "stedet er ..." / "the date is ..." only reads as an edit while it is short.
_MAX_PLAIN_EDIT_WORDS = 8
# "bigger", "mere ambitiøs", "a bit smaller": a direction, not a value.
_COMPARATIVE = re.compile(
    _f(
        r"(?:(?:a\s+bit|a\s+little|much|lidt|meget|noget)\s+)?(?:bigger|smaller|larger|cheaper|"
        r"longer|shorter|simpler|better|wider|safer|quieter|greener|more\s+\w+|less\s+\w+|"
        r"mere\s+\w+|mindre|større|bedre|længere|kortere|billigere|dyrere|enklere|grønnere)"
    )
)

_QUESTION_START = re.compile(
    _f(
        r"(?:hvornår|hvordan|hvorhenne|hvor|hvad|hvem|hvilke|hvilken|hvilket|hvorfor|"
        r"kan\s+jeg|kan\s+man|må\s+jeg|må\s+man|skal\s+jeg|skal\s+man|er\s+der|er\s+det|"
        r"har\s+i|har\s+kommunen|findes\s+der|ved\s+du|ved\s+i|gælder|koster|"
        r"when|how|where|what|who|which|why|can\s+i|can\s+you|could\s+you|do\s+you|do\s+i|"
        r"does|is\s+there|are\s+there|is\s+it|will|should\s+i|may\s+i|are\s+you|is\s+the|"
        r"are\s+the)\b"
    )
)
_IDEA_CUES = re.compile(
    _f(
        r"(?<![a-z])(?:vil\s+gerne|ville\s+gerne|gerne\s+vil|gerne\s+ville|kunne\s+vi|kan\s+vi\s+ikke|"
        r"kunne\s+man|kan\s+man\s+ikke|lave|starte|etablere|bygge|arrangere|organisere|"
        r"oprette|plante|idé|ide|idéer|ideer|forslag|foreslå|foreslår|initiativ\w*|hvad\s+med|"
        r"hvad\s+hvis|hvorfor\s+ikke|hvorfor\s+har\s+vi\s+ikke|hvorfor\s+er\s+der\s+(?:ingen|ikke)|"
        r"kunne\s+det\s+ikke|ville\s+det\s+ikke|skulle\s+vi\s+ikke|burde|what\s+if|how\s+about|"
        r"what\s+about\s+(?:a|an|some)|"
        r"we\s+could|could\s+we|i\s+'d\s+like\s+to|i\s+would\s+like\s+to|we\s+'d\s+like\s+to|"
        r"we\s+would\s+like\s+to|let's|why\s+not|why\s+don't\s+we|why\s+isn't\s+there|"
        r"why\s+is\s+there\s+no|why\s+are\s+there\s+no|organi[sz]e|arrange|start|build|"
        r"set\s+up|create|plant|suggest|propose|idea|ideas|initiative|"
        r"would\s+it\s+be\s+possible\s+to\s+(?:make|build|have|get|start|create|set\s+up)|"
        r"wouldn't\s+it\s+be|shouldn't\s+we|should\s+we|skal\s+vi\s+ikke|"
        r"(?:kan|kunne|vil|ville|bør|burde)\s+kommunen\s+(?:ikke\s+)?(?!hjælpe\s+mig)|"
        r"(?:could|can|would|will|should)\s+the\s+(?:municipality|council)\s+(?!help\s+me)|"
        r"sætte\s+op|opsætte|put\s+up|install|flere|more\s+(?!information|info|details)|"
        r"ny|nyt|nye|new|bedre|better|bænk\w*|bench\w*|legeplads\w*|playground|"
        r"cykelsti\w*|bike\s+lane|træer|trees|blomster|flowers|"
        r"er\s+det\s+muligt\s+at\s+(?:få|lave|bygge|sætte|starte|holde|male|plante|anlægge|"
        r"etablere|opsætte|arrangere|lukke)|"
        r"is\s+it\s+possible\s+to\s+(?:get|make|build|put|start|hold|have|paint|plant|"
        r"install|set\s+up|create|arrange|organi[sz]e|close\s+off)|"
        r"kunne\s+der\s+(?:ikke\s+)?(?:komme|blive|laves)|could\s+there\s+be|"
        # "our street needs something to slow cars down ... flower boxes??": a place lacking.
        r"(?:needs|trænger\s+til|mangler)\s+(?:something|noget|a|an|some|en|et|nogle))(?![a-z])"
    )
)

# "Et legetøjsbibliotek i Ordrup?" / "A toy library where families borrow toys?": a question
# that asks only by its question mark and names something new (an indefinite article) proposes
# it; a service question names what exists ("Åbningstider på biblioteket?").
_PROPOSED_THING = re.compile(_f(r"(?:en|et|nogle|a|an|some)\s+\S"))

_LEADING_NOISE = re.compile(
    _f(
        r"(?:(?:øh|øhm|hmm+|hm|well|so|nå|nåh|altså|please|venligst|kære\s+bot|"
        r"okay\s+so|ok\s+so)(?![a-z])[\s,.!:;-]*)+"
    )
)
_TRAILING_POLITE = re.compile(
    _f(
        r"(?:[\s,.!:;-]*(?<![a-z])(?:tak|mange\s+tak|tusind\s+tak|tak\s+skal\s+du\s+have|"
        r"på\s+forhånd\s+tak|please|pls|plz|thanks|thank\s+you|thx|ty|tak\s+for\s+det|"
        r"så\s+længe|cheers))+$"
    )
)
_GREETING_PREFIX = re.compile(
    _f(
        r"(?:hej+|hejsa|hej\s+hej|he+y+|hi+|hel+o+|halløj|hallo|davs|goddag|god\s+morgen|"
        r"godmorgen|good\s+morning|good\s+afternoon|good\s+evening|god\s+aften|godaften)"
        r"(?:\s+(?:samskab|bot|gentofte(?:\s+kommune)?|kommunen|there|du|med\s+dig))?"
        r"(?![a-z])[\s,.!:;-]+"
    )
)
# "ja altså jeg har en idé": a leading yes/well says nothing about the intent.
_INTERJECTION_PREFIX = re.compile(
    _f(
        r"(?:(?:ja|jo|nej|nå|nåh|altså|okay|ok|well|yes|yeah|so|øh|øhm|hmm+|men|but|og|and)"
        r"(?![a-z])[\s,.!:;-]*)+"
    )
)
_MARKUP = re.compile(r"<[^<>\n]{0,300}>")
_EDGE_JUNK = " \t\n\r,.;:!?¡¿-–—*_~\"'`()[]{}<>/\\|"

_EMOJI_INTENTS: dict[str, IntentMatch] = {
    "👍": IntentMatch(Intent.YES),
    "👌": IntentMatch(Intent.YES),
    "✅": IntentMatch(Intent.YES),
    "✔": IntentMatch(Intent.YES),
    "☑": IntentMatch(Intent.YES),
    "🙆": IntentMatch(Intent.YES),
    "👎": IntentMatch(Intent.NO),
    "❌": IntentMatch(Intent.NO),
    "✖": IntentMatch(Intent.NO),
    "🙅": IntentMatch(Intent.NO),
    "👋": IntentMatch(Intent.GREETING),
    "❓": IntentMatch(Intent.HELP),
    "❔": IntentMatch(Intent.HELP),
    "🆘": IntentMatch(Intent.HELP),
    "🛑": IntentMatch(Intent.CANCEL),
    "🔄": IntentMatch(Intent.RESTART),
    "🔁": IntentMatch(Intent.RESTART),
    "🇬🇧": IntentMatch(Intent.SWITCH_LANGUAGE, language="en"),
    "🇺🇸": IntentMatch(Intent.SWITCH_LANGUAGE, language="en"),
    "🇩🇰": IntentMatch(Intent.SWITCH_LANGUAGE, language="da"),
    "💡": IntentMatch(Intent.WANTS_TO_SHARE),
    "🤷": IntentMatch(Intent.SKIP),
    "🙏": IntentMatch(Intent.THANKS),
}
# Skin tones, variation selectors and joiners decorate an emoji without changing it.
_EMOJI_DECOR = re.compile("[\U0001f3fb-\U0001f3ff\ufe0f\ufe0e\u200d\u2640\u2642]")


# --------------------------------------------------------------------------- #
# Helpers


def _strip_edges(text: str) -> str:
    """Trim punctuation, whitespace and non-letter symbols (emoji) from both ends."""
    a, b = 0, len(text)
    while a < b and (text[a] in _EDGE_JUNK or not (text[a].isalnum() or text[a] in "/")):
        a += 1
    while b > a and (text[b - 1] in _EDGE_JUNK or not text[b - 1].isalnum()):
        b -= 1
    return text[a:b]


def _core(folded: str) -> str:
    """Reduce a folded message to the words that decide its intent."""
    text = _MARKUP.sub(" ", folded)
    text = re.sub(r"\s+", " ", text)
    text = _strip_edges(text)
    previous = None
    while previous != text:
        previous = text
        m = _LEADING_NOISE.match(text)
        if m and m.end() < len(text):
            text = _strip_edges(text[m.end() :])
        m2 = _TRAILING_POLITE.search(text)
        if m2 and m2.start() > 0:
            text = _strip_edges(text[: m2.start()])
    return text


def _emoji_intent(text: str) -> IntentMatch | None:
    stripped = _EMOJI_DECOR.sub("", text).strip()
    if not stripped:
        return None
    for symbol, match in _EMOJI_INTENTS.items():
        if symbol in stripped and stripped.replace(symbol, "").strip(" !.") == "":
            return match
    return None


def _field_from(match: re.Match[str]) -> str | None:
    for group in ("field", "field2", "field3", "field4", "field5"):
        try:
            value = match.group(group)
        except IndexError:
            continue
        if value:
            return _FIELD_LOOKUP.get(_norm_words(value))
    return None


def _classify_phrase(core: str) -> IntentMatch | None:
    match = _match_phrase(core)
    if match is None:
        # "ja tak, send den": politeness inside a short reply changes nothing.
        bare = _strip_edges(" ".join(_INNER_POLITE.sub(" ", core).split()))
        if bare and bare != core:
            match = _match_phrase(bare)
    return match


_INNER_POLITE = re.compile(_f(r"(?<![a-z])(?:tak|please|pls|thanks|venligst)(?![a-z])"))


def _match_phrase(core: str) -> IntentMatch | None:
    for intent, language, pattern in _PHRASES:
        m = pattern.fullmatch(core)
        if not m:
            continue
        if intent is Intent.SWITCH_LANGUAGE:
            return IntentMatch(intent, language=language)
        if intent is Intent.CHANGE:
            return IntentMatch(intent, field=_field_from(m))
        return IntentMatch(intent)
    return None


def _classify_edit(folded: Folded) -> IntentMatch | None:
    text = folded.text
    # Work on the message without edge punctuation, but keep positions.
    a, b = 0, len(text)
    while a < b and not (text[a].isalnum()):
        a += 1
    while b > a and not (text[b - 1].isalnum() or text[b - 1] in ".)!?\"'"):
        b -= 1
    m_noise = _LEADING_NOISE.match(text, a, b)
    if m_noise and m_noise.end() < b:
        a = m_noise.end()
    for pattern in _EDIT_PATTERNS:
        m = pattern.fullmatch(text, a, b)
        if not m:
            continue
        field = _FIELD_LOOKUP.get(_norm_words(m.group("field")))
        if field is None:
            continue
        va, vb = m.span("value")
        polite = _TRAILING_POLITE.search(text, va, vb)
        if polite and polite.start() > va:
            vb = polite.start()
        instead = _INSTEAD_END.search(text, va, vb)
        if instead and instead.start() > va:
            # "ret stedet til Ordrup Torv i stedet": the value without "instead".
            vb = instead.start()
        while vb > va and text[vb - 1] in " ,.;:!?\"'":
            vb -= 1
        while va < vb and text[va] in " ,;:\"'":
            va += 1
        if vb <= va:
            continue
        value_folded = text[va:vb]
        if _WRONG_RE.fullmatch(value_folded):
            return IntentMatch(Intent.CHANGE, field=field)
        then = _WRONG_THEN_RE.match(value_folded)
        if then is not None and then.end() < len(value_folded):
            # "stedet er forkert, det er Hellerup Torv": the right value follows the verdict.
            va += then.end()
            value_folded = text[va:vb]
        if pattern is _EDIT_PATTERNS[1]:
            if _IDEA_CUES.search(value_folded):
                # "Idéen er at vi vil lave ..." reads as content, not as an edit command.
                continue
            plain = re.match(r"\S+(?:\s+\S+)?\s+(?:er|is|'s)\s", text[m.start("field") : va + 1])
            if plain and len(value_folded.split()) > _MAX_PLAIN_EDIT_WORDS:
                continue
        if field == "what" and _COMPARATIVE.fullmatch(value_folded):
            # "the idea should be bigger": how it should change, not its new words.
            continue
        return IntentMatch(Intent.EDIT, field=field, value=folded.original_text(va, vb).strip())
    return None


def _classify_question(core: str, raw: str) -> IntentMatch | None:
    words = core.split()
    if not words or len(words) > 25:
        return None
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", raw.strip()) if s.strip(" .!?")]
    if len(sentences) > 2:
        # Several sentences around a question mark are an idea being explained.
        return None
    worded = _QUESTION_START.match(core) is not None
    if not (worded or raw.rstrip().endswith("?")):
        return None
    if _IDEA_CUES.search(core):
        return None
    if not worded and sentences and _PROPOSED_THING.match(fold_plain(sentences[-1].strip())):
        return None
    return IntentMatch(Intent.QUESTION)


# --------------------------------------------------------------------------- #
# Public API


# A turn asks about the same text more than once (the service, then the dialogue); the
# answer depends on the text alone, so recent ones are remembered.
@lru_cache(maxsize=512)
def classify(text: str, lang: str) -> IntentMatch | None:
    """Recognise short commands and conversational moves; None when the text is content."""
    match = _classify(text)
    if match is not None and match.language == _OTHER_LANGUAGE:
        return IntentMatch(Intent.SWITCH_LANGUAGE, language="en" if lang == "da" else "da")
    return match


def _classify(text: str) -> IntentMatch | None:
    if not text or not text.strip():
        return None
    if len(text) > 4000:
        # Nobody types a command this long; it is content (or noise).
        return None
    emoji = _emoji_intent(text)
    if emoji is not None:
        return emoji
    folded = fold(text)
    raw = _MARKUP.sub(" ", folded.text)
    core = _core(folded.text)
    if not core:
        stripped = raw.strip()
        if stripped and set(stripped) <= set("?¿ "):
            return IntentMatch(Intent.HELP)
        if stripped and set(stripped) <= set("-–—. "):
            return IntentMatch(Intent.SKIP)
        return None
    edit = _classify_edit(folded)
    if edit is not None:
        return edit
    words = core.split()
    if len(words) <= _MAX_COMMAND_WORDS:
        match = _classify_phrase(core)
        if match is not None:
            return match
        greeting = _GREETING_PREFIX.match(core) or _INTERJECTION_PREFIX.match(core)
        if greeting and greeting.end() < len(core):
            rest = _core(core[greeting.end() :])
            again = _INTERJECTION_PREFIX.match(rest) or _GREETING_PREFIX.match(rest)
            if again and again.end() < len(rest):
                rest = _core(rest[again.end() :])
            if rest:
                match = _classify_phrase(rest)
                if match is not None:
                    return match
                return _classify_question(rest, raw)
    return _classify_question(core, raw)


# "fjern min mail", "slet datoen, vi ved ikke hvornår endnu", "remove my phone number": a part
# of the draft to empty.
_REMOVE_NOUNS: dict[str, tuple[str, ...]] = {
    "contact": (
        "mail",
        "e-mail",
        "email",
        "mailadresse",
        "e-mailadresse",
        "email address",
        "e-mail address",
        "telefonnummer",
        "telefon",
        "nummer",
        "tlf",
        "mobilnummer",
        "kontakt",
        "kontaktoplysninger",
        "kontaktinfo",
        "navn",
        # The definite forms: "fjern telefonnummeret", "slet mailen igen".
        "telefonnummeret",
        "nummeret",
        "mobilnummeret",
        "mailen",
        "e-mailen",
        "mailadressen",
        "navnet",
        "kontaktoplysningerne",
        "phone",
        "phone number",
        "number",
        "contact",
        "contact details",
        "name",
    ),
    # The read-back's own row names too: "fjern hjælp fra kommunen", "slet hvorfor".
    "when": ("dato", "datoen", "tidspunktet", "tidspunkt", "date", "time", "the date", "hvornår"),
    "where": ("stedet", "placeringen", "adressen", "place", "location", "address", "hvor"),
    "partners": ("partnere", "partnerne", "samarbejdspartnere", "partners"),
    "who_benefits": (
        "målgruppen",
        "målgruppe",
        "target group",
        "audience",
        "hvem får glæde af det",
        "who benefits",
    ),
    "brings": (
        "bidraget",
        "vores bidrag",
        "eget bidrag",
        "contribution",
        "det bidrager i med",
        "what you bring",
    ),
    "help_wanted": (
        "ønsket til kommunen",
        "hjælpen",
        "the help",
        "help wanted",
        "hjælp fra kommunen",
        "hjælpen fra kommunen",
    ),
    "why": ("begrundelsen", "grunden", "formålet", "reason", "the reason", "hvorfor", "why"),
}
# "vi har ikke brug for hjælp alligevel", "we don't need any help after all".
_NO_HELP_RE = re.compile(
    _f(
        r"(?:nej[\s,]+)?(?:vi|jeg|we|i)\s+(?:har|have)\s+(?:alligevel\s+)?ikke\s+brug\s+for\s+"
        r"(?:noget\s+|nogen\s+)?hjælp(?:\s+(?:alligevel|fra\s+kommunen))*|(?:we|i)\s+(?:don't|"
        r"do\s+not)\s+need\s+(?:any\s+)?help(?:\s+(?:after\s+all|from\s+the\s+municipality))*"
    )
    + r"[\s.!]*$"
)
_REMOVE_LOOKUP = {fold_plain(w): f for f, words in _REMOVE_NOUNS.items() for w in words}
_REMOVE_NOUN = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_REMOVE_LOOKUP, key=len, reverse=True)
)
_REMOVE_RE = re.compile(
    _f(
        r"(?:(?:kan\s+du|can\s+you|please|venligst|vil\s+du)\s+)?(?:fjern|fjerne|slet|slette|drop|"
        r"remove|delete|clear|take\s+out|tag)\s+(?:venligst\s+|please\s+|lige\s+)?"
    )
    + r"(?P<nouns>(?:(?:min|mit|mine|vores|den|det|my|our|the)\s+)?(?:"
    + _REMOVE_NOUN
    + r")(?:\s*(?:,|og|and|\+|&)\s*(?:(?:min|mit|mine|vores|den|det|my|our|the)\s+)?(?:"
    + _REMOVE_NOUN
    + r")){0,3})(?:\s+(?:igen|again|ud|out|tak|please))?(?=\s*(?:$|[,.;:!?]))"
)
_REMOVE_ONE_RE = re.compile(
    r"(?:(?:min|mit|mine|vores|den|det|my|our|the)\s+)?(?P<noun>" + _REMOVE_NOUN + r")"
)


_SECOND_EDIT_RE = re.compile(
    r"\s*(?:,\s*)?(?:og|and|samt|plus|,)\s+(?:(?:the|den|det|og)\s+)?(?P<field>"
    + _FIELD_ANY
    + r")\s+(?:til|to|=|:)\s+(?P<value>\S.*)$"
)


def split_edits(field: str, value: str) -> list[tuple[str, str]]:
    """ "Ordrup Torv og tidspunktet til maj" (the place) -> place and time, each its value."""
    edits = [(field, value)]
    folded = fold(value)
    m = _SECOND_EDIT_RE.search(folded.text)
    if m is None or m.start() == 0:
        return edits
    other = _FIELD_LOOKUP.get(_norm_words(m.group("field")))
    if other is None or other == field:
        return edits
    first_end = folded.orig_span(0, m.start())[1]
    va, vb = folded.orig_span(m.start("value"), m.end("value"))
    first = value[:first_end].strip(" ,")
    second = value[va:vb].strip(" .")
    if not first or not second:
        return edits
    return [(field, first), *split_edits(other, second)]


# "… og tilføj at vi er 5 naboer", "… and add that the library helps": after a change, an
# addition to other parts in the same message.
_THEN_ADD_RE = re.compile(
    _f(
        r"\s*[,;.]?\s*(?:og|and|samt|plus)\s+(?:så\s+|then\s+|also\s+|også\s+)?"
        r"(?:tilføj|tilføje|husk|skriv\s+også|add|also\s+add|note)(?:\s+(?:lige|også|gerne|also))?"
        r"(?:\s+(?:at|that)\s+|\s*:\s*)(?P<rest>\S.*)$"
    )
)


def split_addition(value: str) -> tuple[str, str | None]:
    """ "Gentofte Sø og tilføj at vi er 5 naboer" -> ("Gentofte Sø", "at vi er 5 naboer"): the
    new words of a change, and what the same message adds (None when it adds nothing)."""
    folded = fold(value)
    m = _THEN_ADD_RE.search(folded.text)
    if m is None or m.start() == 0:
        return value, None
    first = value[: folded.orig_span(0, m.start())[1]].strip(" ,;.")
    rest = value[folded.orig_span(*m.span("rest"))[0] :].strip()
    if not first or not rest:
        return value, None
    return first, rest


# Answered what help they want from the municipality: "nej", "ingenting", "det klarer vi
# selv", "no thanks", "we'll manage ourselves". None is wanted ("ved ikke", "spring over"
# leave the question open instead).
_NOTHING_WANTED_RE = re.compile(
    _f(
        r"(?:(?:nej|nope|no|nah|næh|næ|naa|nej\s+tak|no\s+thanks?|no\s+thank\s+you)[\s,.!]*)?"
        r"(?:nej|nope|no|nah|næh|næ|naa|ingenting|intet|ikke\s+noget|ingen|ingen\s+ting|nothing|"
        r"none|nada|ingen\s+(?:hjælp|ting)|no\s+help|"
        r"ikke\s+(?:noget|nogen)\s+(?:hjælp|behov|særligt)|ikke\s+rigtigt?(?:\s+noget)?|"
        r"egentlig\s+ikke|not\s+really|ikke\s+umiddelbart|ikke\s+(?:lige\s+)?nu|"
        r"not\s+(?:right\s+)?now|not\s+(?:at\s+the\s+moment|for\s+now|yet)|"
        r"det\s+tror\s+jeg\s+ikke|(?:i\s+)?don\s*'t\s+think\s+so|"
        r"(?:der\s+er\s+)?ikke\s+(?:brug|behov)\s+for(?:\s+(?:noget|nogen|hjælp))*|"
        r"not\s+needed|no\s+need|det\s+behøver\s+(?:vi|jeg)\s+ikke|"
        r"(?:vi|jeg)\s+behøver\s+ikke(?:\s+(?:noget|nogen|hjælp))*|"
        r"(?:det|dét)\s+klarer\s+(?:vi|jeg)\s+(?:selv|fint)|(?:vi|jeg)\s+klarer\s+(?:det|os)"
        r"(?:\s+(?:selv|fint))?|(?:det|dét)\s+kan\s+(?:vi|jeg)\s+(?:godt\s+)?(?:klare|gøre)\s+selv|"
        r"(?:we|i)\s*'?(?:ll|will|can)\s+(?:manage|handle\s+it|do\s+it)(?:\s+(?:ourselves|"
        r"myself|on\s+(?:our|my)\s+own|fine))?|we\s*'ve\s+got\s+it\s+covered|"
        r"(?:we\s*'re|we\s+are|i\s*'m|i\s+am)\s+(?:good|fine|ok|okay)|all\s+good|ikke)"
        r"(?:[\s,.!]+(?:tak|thanks|thank\s+you|egentlig|really|at\s+all|overhovedet|i\s+think|"
        r"tror\s+jeg|lige\s+nu|for\s+now|at\s+the\s+moment|right\s+now|da|no|nej|"
        r"i\s+første\s+omgang|foreløbig|so\s+far|særligt))*"
    )
    # "det klarer vi selv 🙂": a smiley or a full stop says no more.
    + r"[\W_]*$"
)


def wants_no_help(text: str) -> bool:
    """Tell whether an answer to "what help do you want from the municipality?" says none
    ("nej", "ingenting", "det klarer vi selv", "no thanks", "we'll manage ourselves")."""
    folded = re.sub(r"\s+", " ", fold(text).text.strip())
    return _NOTHING_WANTED_RE.match(folded) is not None or _NO_HELP_RE.match(folded) is not None


def says_no_help(text: str) -> bool:
    """Tell whether a message says, unasked, that no help is wanted ("vi har ikke brug for
    hjælp alligevel", "we don't need any help")."""
    return _NO_HELP_RE.match(fold(text).text.strip()) is not None


def removed_fields(text: str) -> tuple[str, ...]:
    """The parts a message asks to empty ("fjern min mail" -> ("contact",)), or ()."""
    folded = fold(text).text.strip()
    if _NO_HELP_RE.match(folded):
        return ("help_wanted",)
    m = _REMOVE_RE.match(folded)
    if m is None:
        return ()
    found: list[str] = []
    for one in _REMOVE_ONE_RE.finditer(m.group("nouns")):
        field = _REMOVE_LOOKUP.get(" ".join(one.group("noun").split()))
        if field and field not in found:
            found.append(field)
    return tuple(found)


_PHONE_WORDS_RE = re.compile(
    _f(r"(?<![a-z])(?:telefon\w*|nummer\w*|tlf|mobil\w*|phone|number)(?![a-z])")
)
_MAIL_WORDS_RE = re.compile(_f(r"(?<![a-z])(?:e-?mail\w*|mail\w*)(?![a-z])"))


def removed_contact_kinds(text: str) -> frozenset[str]:
    """Which contact details a removal names: "phone", "email", or all ("kontakt", a name)."""
    folded = fold(text).text
    kinds = set()
    if _PHONE_WORDS_RE.search(folded):
        kinds.add("phone")
    if _MAIL_WORDS_RE.search(folded):
        kinds.add("email")
    return frozenset(kinds) or frozenset({"phone", "email", "name"})


def named_field(text: str) -> str | None:
    """The field a short reply names and nothing more ("hvornår", "stedet", "the date")."""
    core = _core(fold(text).text)
    return _FIELD_LOOKUP.get(_norm_words(core)) if core else None


# "tilføj at vi også har en trailer", "add that we have chairs": what follows is the addition.
_ADDITION_CUE = re.compile(
    _f(
        r"(?:og\s+|and\s+)?(?:tilføj|tilføje|husk|skriv\s+også|skriv|add|also\s+add|"
        r"please\s+add|note)(?:\s+(?:lige|også|venligst|gerne|also))?(?:\s+(?:at|that)\s+|\s*:\s*)"
    )
)


# "som sagt, det er for børnefamilier", "as I said, to stop food waste", "I already told you,
# chess boards": the words after it answer the question.
_REPEAT_CUE = re.compile(
    _f(
        r"(?:(?:som\s+sagt|som\s+jeg\s+(?:sagde|skrev)|det\s+har\s+jeg\s+(?:jo\s+)?(?:skrevet|sagt)|"
        # "det sagde jeg jo, i Lyngby", "I already said, in the park"
        r"det\s+(?:sagde|skrev)\s+jeg\s+(?:jo|da)(?:\s+(?:allerede|lige))?|i\s+already\s+(?:said|wrote)|"
        r"jeg\s+har\s+(?:jo\s+)?(?:allerede\s+)?(?:skrevet|sagt)\s+det|as\s+i\s+(?:said|wrote|mentioned)|"
        r"like\s+i\s+said|i\s+(?:already\s+)?(?:told\s+you|said\s+that|wrote\s+that)(?:\s+already)?)"
        r"[\s,.:;!-]+)+"
    )
)


def _without_lead(text: str, cue: re.Pattern[str]) -> str:
    """`text` without a leading `cue` (the person's words after it), or `text` as it was."""
    folded = fold(text)
    m = cue.match(folded.text)
    if m is None or m.end() >= len(folded.text):
        return text
    return text[folded.orig_span(m.end(), len(folded.text))[0] :].strip()


def without_repeat_cue(text: str) -> str:
    """`text` without a leading "som sagt" / "as I said"."""
    return _without_lead(text, _REPEAT_CUE)


def without_addition_cue(text: str) -> str:
    """`text` without a leading "tilføj at" / "add that"."""
    return _without_lead(text, _ADDITION_CUE)


# "skal løbe, svarer senere", "gotta run, more later": the person is leaving for now, and the
# words tell nothing about the idea.
# Going now: only where a sentence or the message starts ("vi mødes i parken og skal løbe"
# is a plan).
_LEAVING_GO = (
    r"(?:(?:jeg|vi|i|we)\s+)?(?:skal|må|er\s+nødt\s+til\s+at)\s+(?:lige\s+)?(?:løbe|smutte|gå|"
    r"afsted|videre|på\s+arbejde|hente\s+(?:\w+\s+){0,3}?\w+\s+nu|"
    r"hente\s+(?:ungerne|ungen|børnene|poden|de\s+små)|lige\s+hente\s+(?:min|mit|mine|vores)\s+\w+)"
    r"(?:\s+nu)?|"
    r"(?:i\s*(?:'ve|have)\s+)?got(?:ta|\s+to)\s+(?:run|go|dash)(?:\s+now)?|"
    r"(?:have|need)\s+to\s+(?:run|go)(?:\s+now)?|brb"
)
# Answering later: also after "og" ("… og svarer senere").
_LEAVING_LATER = (
    r"(?:jeg\s+|vi\s+)?(?:svarer|skriver|vender|kigger|fortsætter)\s+(?:lige\s+)?(?:mere\s+)?"
    r"(?:tilbage\s+)?(?:på\s+det\s+)?(?:senere|i\s+aften|i\s+morgen|tilbage)(?:\s+i\s+dag)?|"
    r"(?:mere|resten)\s+(?:følger\s+)?senere|"
    r"(?:(?:i|we)\s*'?ll|(?:i|we)\s+will|will)\s+(?:answer|reply|write|get\s+back(?:\s+to\s+you)?|"
    r"finish\s+(?:this|it))\s+later|(?:more|back|talk)\s+later|"
    # "jeg er tilbage om lidt", "I'll be right back", "back in a bit".
    r"(?:jeg\s+|vi\s+)?er\s+tilbage\s+(?:om\s+lidt|om\s+et\s+øjeblik|om\s+\d+\s+min\w*|senere|"
    r"snart)|(?:(?:i|we)\s*'?ll\s+|(?:i|we)\s+will\s+)?be\s+(?:right\s+)?back(?:\s+(?:soon|"
    r"in\s+a\s+(?:bit|minute|sec|moment)))?|back\s+in\s+a\s+(?:bit|minute|sec|moment)"
)
_LEAVING = rf"{_LEAVING_GO}|{_LEAVING_LATER}"
_LEAVING_TAIL_RE = re.compile(
    # (Each branch starts only where a run of marks or spaces starts: long runs stay fast.)
    rf"(?:^(?:(?:og|men|and|but)\s+)?(?:{_LEAVING})|(?<![.!?,;:\s])[.!?,;:\n]\s*(?:{_LEAVING})|"
    rf"(?<!\s)\s+(?:og|men|and|but)\s+(?:{_LEAVING_LATER}))"
    rf"(?:[\s,.!?;:]*(?:og\s+|and\s+)?(?:{_LEAVING}))*"
    r"[\s\W]*$",
    re.IGNORECASE,
)
# A goodbye is short: only the end of a message is searched for it.
_LEAVING_TAIL_CHARS = 160


def without_leaving(text: str) -> str:
    """`text` without a closing "skal løbe, svarer senere" / "gotta run": empty when that is
    all it says."""
    if len(text) > _LEAVING_TAIL_CHARS:
        # The tail alone (a goodbye needs a mark or "og" before it there, not the start).
        start = len(text) - _LEAVING_TAIL_CHARS
        m = _LEAVING_TAIL_RE.search(text[start:])
        if m is None or m.start() == 0:
            return text
        return text[: start + m.start()].rstrip(" ,;:-–—")
    m = _LEAVING_TAIL_RE.search(text)
    if m is None:
        return text
    rest = text[: m.start()].rstrip(" ,;:-–—")
    # "Undskyld, jeg skal lige hente mit barnebarn": the apology goes with the goodbye.
    return "" if _APOLOGY_ONLY_RE.fullmatch(rest) else rest


_APOLOGY_ONLY_RE = re.compile(
    r"[\s,.!]*(?:(?:undskyld|beklager|sorry|hov|ups|oops|åh|ok|okay|nå)[\s,.!]*)+", re.IGNORECASE
)


# "nej, det er i Vangede", "no, it should be in May", "faktisk til efteråret", "undskyld,
# jeg mente 4. maj", "ja men det skal være om søndagen": a correction.
_CORRECTION_CUE = re.compile(
    _f(
        r"(?:(?:"
        # "det var forkert, …", "wrong place, it should be …": the verdict first.
        r"(?:(?:nej|no)[\s,]+)?(?:det\s+(?:var|er)\s+forkert|that\s*'?s\s+wrong|that\s+was\s+wrong|"
        r"(?:forkert|wrong)(?:\s+(?:sted|dato|tidspunkt|dag|place|date|time|day))?)|"
        r"(?:nej|no)[\s,]+(?:vent|wait)|"
        # "wait no, it's Friday", "oh wait, it should be Friday", "hov vent".
        r"(?:(?:oh|åh|hov|og)\s+)?(?:wait|vent)(?:[\s,]+(?:no|nej))?|"
        r"nej|no|nope|faktisk|actually|rettelse|correction|"
        r"sorry|undskyld|hov|ups|oops|"
        r"(?:ja|yes|ok|okay)[\s,]+(?:men|but))[\s,.:!-]+|(?=(?:jeg\s+mente|i\s+meant)\s)|"
        # "flyt det til onsdag", "move it to 10 July": the new day, date or place.
        r"(?:flyt|ryk|move|shift)\s+(?:det|den|it|that)\s+(?:til|to)\s+)"
        r"(?:(?:men|but)\s+)?(?:(?:jeg\s+mente|i\s+meant|i\s+mean|jeg\s+mener)\s+)?"
        r"(?:(?:(?:det|den|it)\s+(?:er|skal\s+være|skulle\s+være|is|should\s+be)|it's)\s+)?"
        r"(?:(?:faktisk|actually)\s+)?"
        # "actually make that Sunday", "change it to May": the new value follows.
        r"(?:(?:make|change)\s+(?:that|it)(?:\s+(?:to|into))?\s+)?"
    )
)
# "..., det er i Ordrup Krat", "– it should be Ordrup": the right value, told last.
_CORRECT_VALUE = re.compile(
    _f(
        r"(?<![a-z])(?:(?:det|den|it)\s+(?:er|skal\s+være|skulle\s+være|is|should\s+be)|it's)\s+"
        r"(?:(?:faktisk|actually)\s+)?(?!ikke|not|wrong|forkert)"
    )
)
# "ja men vi skal også bruge et telt": more, not a correction.
_ALSO_WORD = re.compile(_f(r"(?<![a-z])(?:også|also|too|as\s+well|oveni|derudover)(?![a-z])"))
# "nej juni, undskyld": an apology after the value.
_TRAILING_SORRY = re.compile(
    # (Tried only where a run of marks starts: a long run of spaces stays fast.)
    _f(
        r"(?<![\s,.!–-])[\s,.!–-]+(?:undskyld|sorry|beklager|my\s+bad|min\s+fejl|oops|ups|hov)"
        r"[\s.!]*$"
    )
)
# "Bernstorffsparken would be better", "Ordrup er bedre": a verdict after the value.
_TRAILING_BETTER = re.compile(
    _f(
        r"(?<![\s,])[\s,]{1,20}(?:(?:it|that|this|det|den|der)\s{1,5})?(?:would\s+be|would\s+work|"
        r"will\s+be|is|ville\s+være|vil\s+være|er|passer)\s{1,20}"
        r"(?:(?:much|a\s+lot|even|nok|meget|endnu)\s+)?(?:better|best|nicer|bedre|bedst|pænere)"
        r"(?:\s+(?:i\s+stedet|instead))?[\s.!]*$"
    )
)
# "..., not Hellerup", "..., ikke Bernstorffparken": the value ruled out, after the right one.
# "Charlottenlund not Hellerup" says it without the comma.
_RULED_OUT = re.compile(
    _f(
        r"(?<![\s,;–-])(?:\s*[,;–-]+\s*|\s+)(?:og\s+|and\s+)?(?:ikke|not)\s+(?P<old>[^,;]+)"
        # "…, jeg har lige skiftet job 😅": why they got it wrong, after the correction.
        r"(?:[,;]\s*(?:jeg|vi|i|we|it|det|for|fordi|because|since|sorry|undskyld)\s[^,;]*)?$"
    )
)
# The end of a sentence after a word ("søndag. lørdag d. 6. september"; not "d. 7.").
# "… ikke søndag 🙈 lørdag d. 13. juni": an emoji or a dash ends the sentence as well.
_TOLD_AGAIN = re.compile(_f(r"(?<=[a-zæøå]{3})(?:[.!?]+\s+|\s+[^\w\s.,;:!?]+[.!?]*\s+)(?=\S)"))
# "nej ikke Hellerup, Ordrup": the value ruled out first, then the right one.
_RULED_OUT_FIRST = re.compile(_f(r"(?:ikke|not)\s+(?P<old>[^,;]+)[,;]\s*(?:(?:men|but)\s+)?"))
# "ikke kun børn", "not in Hellerup": the words taken back, without these.
_RULED_OUT_LEAD = re.compile(_f(r"(?:(?:kun|only|i|in)\s+)+"))


# "stedet er Ordrup Skole", "the date should be 4 May": the part named, then its value.
_NAMED_VALUE = re.compile(
    _f(
        r"(?<![a-z])(?:stedet|pladsen|placeringen|adressen|datoen|dagen|tidspunktet|tiden|"
        r"the\s+(?:place|location|address|date|day|time))\s+(?:er|skal\s+være|skulle\s+være|"
        r"is|should\s+be|must\s+be)\s+(?:(?:faktisk|actually)\s+)?"
    )
)
# "egentlig vil jeg hellere lave et byttemarked i stedet for et loppemarked", "we'd rather
# have a swap market instead of a flea market": the idea changed, not added to.
_RATHER_INSTEAD_OF = re.compile(
    _f(
        r"(?:(?:nej|no|hov|undskyld|sorry|egentlig|faktisk|actually|altså|men|but)[\s,]+)*"
        r"(?:(?:(?:jeg|vi)\s+vil|vil\s+(?:jeg|vi))\s+(?:egentlig\s+|faktisk\s+)?(?:hellere|gerne)"
        r"|(?:i|we)\s*(?:'d|would)\s+(?:actually\s+)?(?:rather|prefer\s+to|like\s+to)|"
        r"(?:det|den|it)\s+(?:skal\s+være|skulle\s+være|should\s+be|er|is))\s+"
        r"(?:(?:lave|have|holde|starte|arrangere|make|hold|do|start|organi[sz]e)\s+)?"
        r"(?P<value>[^,;.!?]{1,50}?)\s+(?:i\s+stedet\s+for|instead\s+of|frem\s+for|rather\s+than)"
        r"\s+(?P<old>(?!at\s|to\s)[^,;.!?]{1,40}?)[\s.!]*"
    )
)
_ARTICLE_RE = re.compile(r"(?:en|et|a|an|the|den|det)\s+", re.IGNORECASE)
# "det skal være i maj i stedet", "make it June instead"; "som jeg skrev til sommer", "as I
# said, in May": a value told in place of the one kept (the second form: told once more).
_INSTEAD_END = re.compile(_f(r"(?<![\s,])[\s,]+(?:i\s+stedet|instead)[\s.!]*$"))
_AS_SAID = (
    r"(?:som\s+jeg\s+(?:skrev|sagde)|som\s+sagt|som\s+skrevet|as\s+i\s+(?:said|wrote)|"
    r"like\s+i\s+said)"
)
_AS_SAID_START = re.compile(_f(_AS_SAID + r"(?=[\s,:])"))
_INSTEAD_LEAD = re.compile(
    _f(
        r"(?:(?:nej|no|actually|faktisk|hov|sorry|undskyld)[\s,]+)*(?:"
        + _AS_SAID
        + r")?[\s,:]*(?:(?:(?:nej|no)[\s,]+)?(?:(?:det|den|it)\s+(?:er|skal\s+være|"
        r"skulle\s+være|is|should\s+be)|it's|make\s+it|gør\s+det)\s+)?"
    )
)
# "ikke i marts men i april", "not May but June": the value after the one ruled out.
_NOT_BUT = re.compile(
    _f(
        r"(?<![a-z])(?:ikke|not)\s+(?P<old>[^,;]{1,40}?)\s+(?:men|but)\s+|"
        # "det er ikke kun for ældre, men for alle generationer", "ikke i juni, men i juli":
        # with a comma too, unless a verb follows "ikke" ("der ikke er på Facebook, men …"
        # tells people, not a value taken back).
        r"(?<![a-z])(?:ikke|not)\s+(?P<only>(?!(?:er|var|har|kan|vil|skal|må|bor|går|is|are|was|"
        r"has|have|can|will|do|does|live|go)\s)[^,;]{1,40}?)\s*,\s*(?:men|but)\s+"
    )
)
# "it's for everyone, not only beginners", "det er for alle, ikke kun de ældre": the value
# first, then what it is more than.
_NOT_ONLY = re.compile(
    _f(
        r"(?:(?:it|det|den)\s*(?:'s|is|er|skal\s+være|should\s+be)\s+)(?P<value>[^,;]{1,60}?)"
        r"\s*,?\s+(?:not|ikke)\s+(?:(?:only|just|kun|bare)\s+)?(?P<old>[^,;]{1,40}?)[\s.!]*$"
    )
)
# "it's not in summer, it's in May", "det er ikke til sommer, det er i maj".
_NOT_THEN = re.compile(
    _f(
        r"(?:(?:it|det|den)\s*(?:'s|is|er)\s+)?(?:ikke|not)\s+(?P<old>[^,;]{1,40}?)\s*[,;]\s*"
        r"(?:(?:men|but)\s+)?(?:(?:it|det|den)\s*(?:'s|is|er|should\s+be|skal\s+være)\s+)"
    )
)
# "nej, det er ikke i juni men i juli": "ikke X men Y", right after the correction's lead.
_NOT_BUT_AT = re.compile(_f(r"(?:ikke|not)\s+(?P<old>[^,;]{1,40}?)\s*,?\s+(?:men|but)\s+"))


# "ja", "ja, slet alt", "yes please" / "nej", "fortryd": typed to answer a yes/no question.
_YES_LEAD = re.compile(r"\s*(?:ja|jo|jep|yes|yep|yeah|ok|okay|sure)(?![\w])", re.IGNORECASE)
_NO_LEAD = re.compile(
    r"\s*(?:nej|næ|no|nope|fortryd|annuller|cancel|stop|behold|keep)(?![\w])", re.IGNORECASE
)


def yes_or_no(text: str) -> str | None:
    """ "yes" or "no" for a message that starts by answering a yes/no question, else None."""
    if _NO_LEAD.match(text):
        return "no"
    if _YES_LEAD.match(text):
        return "yes"
    return None


# "fjern det", "slet det", "delete it": asked to change one part, the person empties it.
_CLEAR_IT_RE = re.compile(
    _f(
        r"(?:(?:bare|just|please|venligst)\s+)?(?:fjern|slet|drop|remove|delete|clear|tøm)"
        r"(?:\s+(?:det|den|dem|it|them|that|delen|feltet|the\s+part|the\s+field))?(?:\s+(?:igen|"
        r"helt|again|please|tak))*"
    )
)
# "fjern delen om borde", "remove the part about tables", "vi har ikke brug for borde
# alligevel", "we don't need the tables after all": some words to take out of the draft.
_REMOVE_WORDS_RE = re.compile(
    _f(
        r"(?:(?:(?:kan\s+du|can\s+you|please|venligst)\s+)?(?:fjern|slet|drop|remove|delete|tag)\s+"
        r"(?:(?:delen|det|stykket|the\s+part|the\s+bit|the\s+line|everything|alt)\s+)?"
        r"(?:om|med|about|with|on)\s+(?P<words>.+?)|"
        r"(?:nej[\s,]+)?(?:vi|jeg|we|i)\s+(?:har|have)\s+(?:alligevel\s+)?ikke\s+brug\s+for\s+"
        r"(?P<words2>.+?)(?:\s+alligevel)?|(?:we|i)\s+(?:don\s*'?t|dont|do\s+not)\s+need\s+"
        r"(?P<words3>.+?)(?:\s+after\s+all|\s+anymore|\s+any\s+more)?|"
        # "vi skal ikke have telte med alligevel", "vi har alligevel ikke telte"
        r"(?:nej[\s,]+)?(?:vi|jeg)\s+(?:skal|får)\s+(?:alligevel\s+)?ikke\s+(?:have|bruge)\s+"
        r"(?P<words5>.+?)(?:\s+med)?(?:\s+alligevel)?|"
        r"(?:nej[\s,]+)?(?:vi|jeg)\s+har\s+alligevel\s+ikke\s+(?P<words6>.+?)|"
        # "fjern kaffemaskinen", "drop the coffee machine", "remove tents": a thing named.
        r"(?:(?:kan\s+du|can\s+you|please|venligst)\s+)?(?:fjern|slet|drop|remove|delete)\s+"
        r"(?!(?:det|den|dem|it|them|that|this|alt|everything|idéen|ideen|the\s+idea)(?:\s|$))"
        r"(?:the\s+)?(?P<words4>[^,.!?]{2,40}?))"
    )
    + r"[\s.!]*$"
)


def clears_it(text: str) -> bool:
    """Tell whether a message asks to empty the part being changed ("slet det")."""
    return _CLEAR_IT_RE.fullmatch(_core(fold(text).text)) is not None


def removed_words(text: str) -> str | None:
    """The words a message asks to take out of the draft ("fjern delen om borde" -> "borde"),
    or None."""
    folded = fold(text)
    m = _REMOVE_WORDS_RE.match(folded.text.strip())
    if m is None:
        return None
    group = next(
        g for g in ("words", "words2", "words3", "words4", "words5", "words6") if m.group(g)
    )
    a, b = folded.orig_span(*m.span(group))
    words = text[a:b].strip(" .!,")
    return words or None


_NONE_RE = re.compile(
    _f(
        r"(?:ingen|intet|ingenting|ingen\s+(?:hjælp|ting)|(?:slet\s+)?ik+e?\s+noget|nada|"
        r"none|nothing|nobody|no\s+one|no\s+help|not\s+anything)(?:\s+(?:really|rigtigt?))?"
    )
)


def means_none(text: str) -> bool:
    """Tell whether a message says the answer is nothing ("ingen", "intet", "nothing"), as
    against not knowing ("ved ikke")."""
    return _NONE_RE.fullmatch(_core(fold(text).text)) is not None


def corrected(text: str) -> str | None:
    """The value a correction gives ("nej, det er ikke i X, det er i Y" -> "i Y"), or None
    when `text` is no correction."""
    found = correction(text)
    return found[0] if found else None


def correction(text: str) -> tuple[str, str | None] | None:
    """A correction's value and the words it takes back ("nej, det er et byttemarked, ikke et
    loppemarked" -> ("et byttemarked", "loppemarked")), or None when `text` is none."""
    folded = fold(text)
    rather = _RATHER_INSTEAD_OF.fullmatch(folded.text)
    if rather is not None:
        # "egentlig vil jeg hellere lave et byttemarked i stedet for et loppemarked": the new
        # thing in place of the old, each without its article ("en loppemarked" may be kept).
        (va, vb), (oa, ob) = (
            folded.orig_span(*rather.span("value")),
            folded.orig_span(*rather.span("old")),
        )
        new, gone = text[va:vb].strip(" .!"), text[oa:ob].strip(" .!")
        if _ARTICLE_RE.match(gone):
            new, gone = _ARTICLE_RE.sub("", new, count=1), _ARTICLE_RE.sub("", gone, count=1)
        return (new, gone) if new and gone else None
    instead = _INSTEAD_END.search(folded.text)
    if instead is not None or _AS_SAID_START.match(folded.text):
        # "det skal være i maj i stedet", "som jeg skrev: til sommer": the value, told again.
        lead = _INSTEAD_LEAD.match(folded.text)
        start = lead.end() if lead else 0
        end = instead.start() if instead is not None else len(folded.text)
        if start >= end:
            return None
        a, b = folded.orig_span(start, end)
        value = text[a:b].strip(" .!,:")
        return (value, None) if value else None
    only = _NOT_ONLY.match(folded.text)
    if only is not None:
        # "it's for everyone, not only beginners": everyone, in place of the beginners.
        (va, vb), (oa, ob) = (
            folded.orig_span(*only.span("value")),
            folded.orig_span(*only.span("old")),
        )
        return text[va:vb].strip(" .!"), text[oa:ob].strip(" .!") or None
    m = _CORRECTION_CUE.match(folded.text)
    if m is None or m.end() >= len(folded.text):
        m = (
            _NAMED_VALUE.search(folded.text)
            or _NOT_BUT.search(folded.text)
            or _NOT_THEN.match(folded.text)
        )
        if m is None or m.end() >= len(folded.text):
            return None
    start = m.end()
    old: tuple[int, int] | None = None
    if m.re is _NOT_BUT or m.re is _NOT_THEN:
        # "ikke i juni men i juli": the words before "men" are taken back.
        old = m.span("old") if m.group("old") is not None else m.span("only")
    first = _RULED_OUT_FIRST.match(folded.text, start) or _NOT_BUT_AT.match(folded.text, start)
    if first is not None and first.end() < len(folded.text):
        old, start = first.span("old"), first.end()
    for later in _CORRECT_VALUE.finditer(folded.text, start):
        start = later.end()
    for named in _NAMED_VALUE.finditer(folded.text, start):
        start = named.end()
    end = len(folded.text)
    sorry = _TRAILING_SORRY.search(folded.text, start)
    if sorry is not None and sorry.start() > start:
        # "nej juni, undskyld": the apology is not part of the value.
        end = sorry.start()
    better = _TRAILING_BETTER.search(folded.text, start, end)
    if better is not None and better.start() > start:
        # "Actually Bernstorffsparken would be better": the place, not the verdict.
        end = better.start()
    ruled_out = _RULED_OUT.search(folded.text, start, end)
    if ruled_out is not None:
        end, old = ruled_out.start(), ruled_out.span("old")
        again = _TOLD_AGAIN.search(folded.text, *old)
        told = folded.text[start:end].split()
        if (
            again is not None
            and not any(mark in again.group(0) for mark in ".!?")
            and (not told or not folded.text.startswith(told[0], again.end()))
        ):
            # After an emoji, only the new value told again ("lørdag 🙈 lørdag d. 13. juni"),
            # not a word about it ("Ordrup not Orderup 🙈 autocorrect"): the words taken back
            # end at the emoji.
            old, again = (old[0], again.start()), None
        if again is not None:
            # "det er lørdag ikke søndag. lørdag d. 6. september": the value told whole once
            # more after the sentence, in place of all that was kept.
            a, b = folded.orig_span(again.end(), old[1])
            whole = text[a:b].strip(" .!")
            if whole:
                return whole, None
    if start >= end:
        return None
    a, b = folded.orig_span(start, end)
    value = text[a:b].strip(" .!")
    if not value:
        return None
    if old is None and _ALSO_WORD.search(folded.text, start, end):
        # "ja men vi skal også bruge et telt": more, not instead.
        return None
    taken_back = None
    if old is not None:
        lead = _RULED_OUT_LEAD.match(folded.text, old[0])
        oa, ob = folded.orig_span(lead.end() if lead else old[0], old[1])
        taken_back = text[oa:ob].strip(" .!") or None
    return value, taken_back


# --------------------------------------------------------------------------- #
# Moves around the idea: small talk, an introduction, a question asked back, a keyboard test

_INTRO_RE = re.compile(
    r"(?:(?i:hej|hejsa|hi|hello|goddag|godmorgen|hey|yo|hallo|halløj|dav|davs)[,!.\s]+)?"
    # "jeg hedder mads" (a name after "hedder" may be typed small; after "I'm" it may not:
    # "I'm happy").
    r"(?:(?i:jeg\s+hedder|mit\s+navn\s+er|my\s+name\s+is)\s+(?P<small>[\w-]+)|"
    r"(?i:jeg\s+hedder|mit\s+navn\s+er|my\s+name\s+is|i\s*'?m|i\s+am)\s+"
    r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)?))"
    r"(?:[,\s]+(?i:og\s+|and\s+)?(?i:jeg\s+|i\s+)?(?i:bor|live|går\s+i|er\s+\d+|am\s+\d+|\d+)"
    r"[^.!?]*)?"
    r"[\s.!]*"
)
_PLAN_WORD_RE = re.compile(
    r"\b(?:vil|ville|want|wants|would|idé|ide|idea|forslag|kunne|could|should|skal|gerne|like|"
    r"mangler|savner|ønsker|drømmer|foreslår|need|needs|miss|lack|wish|propose|suggest)\b",
    re.IGNORECASE,
)
_SMALL_TALK_RE = re.compile(
    r"(?:(?:hej|hejsa|hi|hello|hey)(?:\s+(?:med\s+dig|there))?[\s,!.]*)?"
    r"(?:hvad\s+så|hvordan\s+går\s+det(?:\s+med\s+dig)?|hvordan\s+har\s+du\s+det|"
    r"går\s+det\s+godt|how\s+are\s+you(?:\s+doing)?|how\s*'?s\s+it\s+going|what\s*'?s\s+up|"
    r"how\s+are\s+things)[\s?!.]*",
    re.IGNORECASE,
)
_WHAT_IS_THIS_RE = re.compile(
    r"(?:(?:hej|hi|hello)[\s,!.]*)?(?:hvad\s+er\s+(?:det\s+her|dette|det\s+her\s+for\s+noget|"
    r"du|samskab)|hvem\s+er\s+du|hvad\s+kan\s+du(?:\s+hjælpe\s+med)?|what\s+is\s+(?:this|"
    r"samskab)|who\s+are\s+you|what\s+(?:can|do)\s+you\s+do)[\s?!.]*",
    re.IGNORECASE,
)


# "hvad sker der nu?", "what happens next?" before any idea: how it goes from here.
_HOW_IT_WORKS_RE = re.compile(
    r"(?:(?:hej|hejsa|hi|hello|hey|ok|okay|og|and|so|så)[\s,!.]*)?(?:hvad\s+sker\s+der\s+(?:nu|så)|"
    r"hvordan\s+foregår\s+det(?:\s+her)?|hvad\s+(?:skal|gør)\s+jeg\s+nu|hvad\s+nu|"
    r"what\s+happens\s+(?:now|next)|what\s+(?:do\s+i\s+do|now)|how\s+does\s+it\s+go)[\s?!.]*",
    re.IGNORECASE,
)


# "må jeg spørge om noget?", "can I ask you something?": the question is still to come.
_MAY_I_ASK_RE = re.compile(
    r"(?:(?:hej|hejsa|hi|hello|hey)[\s,!.]*)?(?:(?:må|kan)\s+jeg\s+(?:lige\s+)?(?:spørge(?:\s+om\s+"
    r"(?:noget|en\s+ting|lidt))?|stille\s+(?:dig\s+)?et\s+spørgsmål)|jeg\s+har\s+(?:lige\s+)?et\s+"
    r"spørgsmål|(?:can|may|could)\s+i\s+ask\s+(?:you\s+)?(?:something|a\s+question)|"
    r"i\s+have\s+a\s+question)[\s?!.]*",
    re.IGNORECASE,
)


# "er det her det rigtige sted?", "btw is this the right place to ask?"
_RIGHT_PLACE = (
    r"(?:er\s+(?:det\s+her|dette|det|jeg)\s+(?:(?:her\s+)?(?:det\s+)?)?(?:rigtige|rette)\s+"
    r"sted|(?:is\s+this|am\s+i\s+in)\s+the\s+right\s+place|have\s+i\s+come\s+to\s+the\s+right"
    r"\s+place)"
)
# Questions people ask back in the middle of telling an idea, and which answer each gets.
_ASKED_BACK = (
    (
        # "skal jeg svare på alt det?", "do I have to answer all these questions?"
        "must_answer",
        re.compile(
            r"(?:skal|må)\s+jeg\s+(?:virkelig\s+)?svare\s+på\s+(?:alt|alle|det\s+hele)|"
            r"hvor\s+mange\s+spørgsmål|(?:do|must)\s+i\s+(?:really\s+)?(?:have\s+to\s+)?answer\s+"
            r"(?:all|every|everything)|how\s+many\s+(?:more\s+)?questions",
            re.IGNORECASE,
        ),
    ),
    (
        "help",
        re.compile(
            r"(?:men\s+)?hvad\s+(?:kan|vil|plejer)\s+(?:kommunen|i)\s+(?:egentlig\s+|typisk\s+|"
            r"fx\s+)?(?:hjælpe\s+med|gøre|tilbyde)|hvad\s+slags\s+hjælp|hvilken\s+(?:slags\s+)?"
            r"hjælp|what\s+(?:can|does|could|will)\s+(?:the\s+municipality|the\s+council|you)\s+"
            r"(?:actually\s+|usually\s+)?(?:help\s+with|do|offer)|what\s+kind\s+of\s+help",
            re.IGNORECASE,
        ),
    ),
    (
        "cost",
        re.compile(
            r"(?:er\s+det\s+gratis|koster\s+det\s+(?:noget|penge)|skal\s+(?:jeg|vi)\s+(?:selv\s+)?"
            # "hvad koster sådan en skærm?", "how much does a tent cost?"
            r"betale|hvad\s+koster\s+(?:det|sådan|så|en|et|den|de|dem)\b|"
            r"is\s+(?:it|this)\s+free|does\s+(?:it|this)\s+cost|do\s+i\s+(?:have\s+to|need\s+to)\s+pay|"
            r"how\s+much\s+(?:does|would|will|do)\s+(?:it|that|this|a|an|such|one|they)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "time",
        re.compile(
            r"(?:hvor\s+(?:lang\s+tid|længe)|hvornår\s+(?:får|hører)\s+(?:jeg|vi)|how\s+long|"
            r"when\s+(?:will|do)\s+(?:i|we)\s+(?:get|hear))",
            re.IGNORECASE,
        ),
    ),
    (
        # "må man det overhovedet?", "is that allowed?"
        "allowed",
        re.compile(
            r"(?:må\s+(?:man|vi|jeg)\s+(?:det|godt|overhovedet|gerne)|er\s+det\s+(?:overhovedet\s+)?"
            r"(?:tilladt|lovligt|ok|okay)|kræver\s+det\s+(?:en\s+)?tilladelse|"
            r"is\s+(?:it|that|this)\s+(?:even\s+)?(?:allowed|legal|ok|okay)|are\s+we\s+allowed|"
            r"do\s+(?:we|i)\s+need\s+(?:a\s+)?permi(?:t|ssion))",
            re.IGNORECASE,
        ),
    ),
    (
        # "Hvad sker der med min idé bagefter?", "what happens next?"
        "next",
        re.compile(
            r"(?:hvad\s+sker\s+der\s+(?:så|nu|bagefter|derefter|med\s+(?:min|vores|den)|"
            r"når)|hvad\s+så\s+nu|hvem\s+(?:læser|får|ser)\s+(?:den|det|min|vores)|"
            r"what\s+happens\s+(?:next|now|then|after|(?:to|with)\s+(?:my|our|it|the))|"
            r"who\s+(?:reads|gets|sees)\s+(?:it|my|our|this))",
            re.IGNORECASE,
        ),
    ),
    (
        # "hvem bestemmer det egentlig?", "who decides on that by the way?"
        "decides",
        re.compile(
            r"hvem\s+(?:bestemmer|beslutter|afgør)|who\s+(?:decides|makes\s+the\s+decisions?|"
            r"gets\s+to\s+decide|will\s+decide)",
            re.IGNORECASE,
        ),
    ),
    (
        # "Hvad mener I?", "what do you think?": asked alone, not "hvad synes I om en bænk?".
        "opinion",
        re.compile(
            r"^(?:(?:og|men|så|and|but|so)\s+)?(?:hvad\s+(?:mener|synes|tænker)\s+(?:i|du|"
            r"kommunen)|what\s+do\s+you\s+(?:think|say)|what\s+does\s+the\s+(?:municipality|"
            r"council)\s+think)(?:\s+(?:om|of|about)\s+(?:det|den|det\s+her|idéen|ideen|it|that|"
            r"this|the\s+idea))?(?:\s+(?:egentlig|så|actually|then))?[\s?!.]*$",
            re.IGNORECASE,
        ),
    ),
    (
        # "Kan I hjælpe?", "can you help us with that?": not "kan I hjælpe med at male?".
        "can_help",
        re.compile(
            r"^(?:(?:og|men|så|and|but|so)\s+)?(?:(?:kan|vil|kunne)\s+(?:i|kommunen|du)\s+"
            r"(?:måske\s+|ikke\s+)?hjælpe(?:\s+(?:os|mig))?(?:\s+med\s+(?:det|det\s+her))?|"
            r"(?:can|could|will)\s+(?:you|the\s+municipality|the\s+council)\s+help(?:\s+(?:us|"
            r"me))?(?:\s+with\s+(?:that|this|it))?)(?:\s+(?:please|tak))?[\s?!.]*$",
            re.IGNORECASE,
        ),
    ),
    (
        # "sorry, but is this the right place?", "er jeg det rigtige sted?"
        "right_place",
        re.compile(_RIGHT_PLACE, re.IGNORECASE),
    ),
    (
        # "Er du en robot?", "am I talking to a human?"
        "bot",
        re.compile(
            r"(?:er\s+du\s+(?:en\s+)?(?:robot|bot|chatbot|menneske|ai|maskine|computer|rigtig)|"
            r"taler\s+jeg\s+med\s+(?:en\s+)?(?:robot|bot|chatbot|menneske|maskine|computer)|"
            r"are\s+you\s+(?:a\s+)?(?:robot|bot|chatbot|human|real|ai|person|machine)|"
            r"am\s+i\s+(?:talking|chatting|writing)\s+(?:to|with)\s+(?:a\s+)?(?:robot|bot|"
            r"chatbot|human|real\s+person|person|machine))",
            re.IGNORECASE,
        ),
    ),
)


def asked_back(text: str) -> str | None:
    """Which of the questions people ask back `text` is, when it is one (ends with "?")."""
    stripped = text.strip()
    if not stripped.endswith("?") or len(stripped.split()) > 14:
        return None
    for key, pattern in _ASKED_BACK:
        if pattern.search(stripped):
            return key
    return None


# The last sentence of a message, after a full stop, a "!" or a line break.
# (Each split starts where its run of marks starts: long runs stay fast.)
_SENTENCE_SPLIT_RE = re.compile(r"(?<![.!])[.!]+\s+|(?<!\s)\n\s*")
# A question back is short: only the end of a message is searched for it.
_QUESTION_TAIL_CHARS = 300
# "et telt og strøm, hvad koster det?": a question after a comma, told by its first word.
_COMMA_QUESTION_RE = re.compile(
    r",\s*(?=(?:hvad|hvem|hvornår|hvor|hvordan|kan|kunne|må|er|skal|what|who|when|how|can|"
    r"could|is|do|does)\s)",
    re.IGNORECASE,
)


def answer_then_asked_back(text: str) -> tuple[str, str] | None:
    """(the answer, the question's key) when `text` answers first and then asks back in its
    last sentence: "afspærring og tilladelse. hvad koster det egentlig?"."""
    stripped = text.strip()
    if not stripped.endswith("?"):
        return None
    tail = max(0, len(stripped) - _QUESTION_TAIL_CHARS)
    found = next(reversed(list(_SENTENCE_SPLIT_RE.finditer(stripped, tail))), None)
    if found is not None and found.end() >= len(stripped):
        found = None
    start = found.end() if found is not None else tail
    comma = next(reversed(list(_COMMA_QUESTION_RE.finditer(stripped, start))), None)
    if comma is not None and (key := asked_back(stripped[comma.end() :])) is not None:
        # "ved ikke endnu, hvad koster sådan en skærm?": the words before the comma answer.
        before = stripped[: comma.start()].strip()
        return (before, key) if re.search(r"\w", before) else None
    if found is None:
        return None
    before, question = stripped[: found.start()].strip(), stripped[found.end() :]
    key = asked_back(question)
    if key is None or not re.search(r"\w", before):
        return None
    return before, key


# Words that make a question ask for the idea itself ("hvornår får vi en ny legeplads?").
_ASKS_FOR_A_THING = re.compile(
    r"\b(?:en|et|nogle|ny|nyt|nye|a|an|some|new)\s|"
    # "hvad sker der med den gamle legeplads?", "what happens to the old playground?"
    r"\b(?:den|det|de|the|that|this)\s+(?!(?:idé|ide|idéen|ideen|forslag|forslaget|idea|"
    r"proposal)\b)\w+|"
    # "hvor længe har biblioteket åbent?", "how long is the pool open?": opening hours.
    r"\b(?:åbent|åben|lukket|open|closed)\b",
    re.IGNORECASE,
)


def asks_what_happens(text: str) -> str | None:
    """ "next" or "time" when `text` only asks what happens to an idea or when the answer
    comes ("hvad sker der med min idé når jeg har sendt den?", "hvornår får jeg svar?")."""
    stripped = text.strip()
    key = asked_back(stripped)
    if key not in ("next", "time") or len(stripped.split()) > 12:
        return None
    return None if _ASKS_FOR_A_THING.search(stripped) else key


# A short question of its own between two sentences ("… hele aftenen. Hvad mener I? Kunne …").
_INNER_QUESTION_RE = re.compile(r"(?:(?<=[.!?])\s{1,5}|^)(?P<q>[^.!?\n]{1,60}\?)\s{1,5}(?=\S)")


def asked_back_inside(text: str) -> tuple[str, str] | None:
    """(the message without it, the question's key) when `text` asks us "Hvad mener I?" or
    "Kan I hjælpe?" as a sentence of its own inside it; the idea is told around it."""
    for found in _INNER_QUESTION_RE.finditer(text):
        key = asked_back(found.group("q"))
        if key in ("opinion", "can_help"):
            rest = f"{text[: found.start()].rstrip()} {text[found.end() :]}".strip()
            return rest, key
    return None


# Questions about the service itself (what is stored, who sees it, whether one can stay
# anonymous, why we ask, how to reach a person): asked at any moment, answered by the
# service, and never part of the idea. Matched at the start of the message.
_MINE = (
    r"(?:mit|min|mine)\s+(?:navn|nummer|telefonnummer|tlf|mail|e-mail|mailadresse|kontakt\w*|"
    r"adresse)"
)
_MY = r"my\s+(?:name|number|phone(?:\s+number)?|e-?mail(?:\s+address)?|contact\s+\w+|address)"
_SERVICE_QUESTIONS = tuple(
    (key, re.compile(_f(pattern)))
    for key, pattern in (
        (
            # "hvad gemmer I om mig?", "hvad sker der med mine data?", "what do you store?"
            "stored",
            r"hvad\s+(?:gemmer|opbevarer|registrerer|indsamler)\s+(?:i|du|kommunen)|"
            r"hvad\s+sker\s+der\s+(?:så\s+)?med\s+(?:mine|mit|min)\s+(?:data|persondata|oplysninger|"
            r"personoplysninger)|hvilke\s+(?:data|oplysninger)\s+(?:gemmer|bruger|indsamler|får)|"
            r"(?:gemmer|opbevarer|registrerer)\s+(?:i|du)\s+(?:mine|noget|det|hvad|data|oplysninger)|"
            r"hvordan\s+(?:behandler|bruger)\s+(?:i|du)\s+mine\s+(?:data|oplysninger)|"
            r"what\s+(?:do|will)\s+you\s+(?:store|save|keep|collect|record)|"
            r"what\s+happens\s+(?:to|with)\s+my\s+(?:data|information|details|personal\s+\w+)|"
            r"what\s+(?:data|information)\s+do\s+you\s+(?:store|save|keep|collect)|"
            r"(?:do|will)\s+you\s+(?:store|save|keep)\s+(?:my|this|what|anything)|"
            r"how\s+do\s+you\s+(?:use|handle|process)\s+my\s+(?:data|information)",
        ),
        (
            # "hvem kan se det jeg skriver?", "who will read this?"
            "who_sees",
            r"hvem\s+(?:kan|kommer\s+til\s+at|skal|vil|må)\s+(?:se|læse)|hvem\s+har\s+adgang|"
            r"hvem\s+(?:ser|læser)\s+(?:det\s+jeg|hvad\s+jeg|mine|svarene)|"
            r"who\s+(?:will|can|gets\s+to|is\s+going\s+to|would)\s+(?:see|read)|"
            r"who\s+has\s+access|who\s+(?:sees|reads)\s+(?:what\s+i|my\s+answers)",
        ),
        (
            # "bliver mit navn vist offentligt?", "is my name shown publicly?"
            "public",
            r"(?:bliver|er|vises|kommer)\s+(?:mit\s+navn|min\s+idé|idéen|det|den|mine\s+svar)\s+"
            r"(?:\w+\s+){0,3}(?:offentlig\w*|for\s+alle|på\s+nettet|online)|"
            r"(?:bliver|vises)\s+(?:mit\s+navn|min\s+idé|mine\s+svar)\s+(?:vist|delt|synligt?)|"
            r"er\s+det\s+(?:her\s+)?offentligt|kan\s+andre\s+(?:borgere\s+|folk\s+)?(?:se|læse)|"
            r"offentliggør\s+i|is\s+(?:my\s+name|this|it|my\s+idea)\s+(?:\w+\s+){0,2}"
            r"(?:public(?:ly)?|visible|published|displayed)|"
            r"will\s+(?:my\s+name|it|this|my\s+idea)\s+be\s+(?:shown|public|published|visible|shared)|"
            r"can\s+(?:others|other\s+people|anyone|everyone)\s+(?:see|read)|do\s+you\s+publish",
        ),
        (
            # "kan jeg være anonym?", "can I stay anonymous?"
            "anonymous",
            r"(?:kan|må)\s+(?:jeg|man|vi)\s+(?:godt\s+)?(?:være|forblive|skrive|sende\s+den|"
            r"gøre\s+det)\s+anonymt?|er\s+(?:det|jeg)\s+anonymt?|anonym(?:t|ous(?:ly)?)?|"
            r"(?:can|may)\s+(?:i|we)\s+(?:be|stay|remain|do\s+this|write|submit(?:\s+it)?)\s+"
            r"anonymous(?:ly)?|is\s+(?:it|this)\s+anonymous|anonymous(?:ly)?",
        ),
        (
            # "skal I have mit navn og telefonnummer?", "do you need my email?"
            "contact",
            r"(?:skal|vil|behøver|har)\s+(?:i|du|kommunen)\s+(?:have|bruge|brug\s+for)\s+"
            + _MINE
            + "|"
            r"(?:skal|behøver|må|bør)\s+jeg\s+(?:(?:give|oplyse|opgive|skrive|sige|sende)\s+)?"
            r"(?:jer\s+|dig\s+)?" + _MINE + "|"
            r"(?:do|will)\s+you\s+need\s+" + _MY + "|"
            r"(?:do|must)\s+i\s+(?:have|need)\s+to\s+(?:give|provide|share|tell\s+you|write|leave)\s+"
            r"(?:you\s+)?" + _MY + "|"
            r"should\s+i\s+(?:give|write|leave|share)\s+(?:you\s+)?" + _MY,
        ),
        (
            # "hvad skal I bruge det til?", "what do you need this for?"
            "purpose",
            r"hvad\s+(?:skal|vil)\s+(?:i|du|kommunen)\s+(?:egentlig\s+)?bruge\s+(?:\w+\s+){1,3}til|"
            r"hvad\s+bruger\s+(?:i|du|kommunen)\s+(?:\w+\s+){1,3}til|"
            r"hvad\s+skal\s+(?:det|det\s+her|svarene|oplysningerne)\s+bruges\s+til|"
            r"what\s+(?:do|will|would)\s+you\s+(?:need|use)\s+(?:\w+\s+){1,3}for|"
            r"what\s+(?:is|are)\s+(?:this|that|it|my\s+answers|the\s+answers)\s+(?:used\s+)?for|"
            r"what\s+(?:do|will)\s+you\s+do\s+with\s+(?:this|that|it|my\s+answers|the\s+answers)",
        ),
        (
            # "kan jeg ringe til nogen?", "can I talk to a person?"
            "phone",
            r"kan\s+(?:jeg|man|vi)\s+(?:ringe|snakke|tale)\s+(?:til|med)\s+(?:nogen|en\s+person|"
            r"et\s+menneske|en\s+medarbejder|jer|kommunen|en\s+rigtig\s+person)|"
            r"(?:er\s+der|har\s+i)\s+(?:et\s+)?(?:telefonnummer|nummer)|"
            r"hvad\s+er\s+(?:jeres|kommunens)\s+(?:telefonnummer|nummer)|"
            r"can\s+(?:i|we)\s+(?:call|phone|ring|talk\s+to|speak\s+(?:to|with))\s+(?:someone|"
            r"somebody|a\s+person|a\s+human|you|the\s+municipality|a\s+real\s+person|anyone)|"
            r"is\s+there\s+(?:a\s+)?(?:phone\s+)?number|what\s*(?:'s|\s+is)\s+your\s+(?:phone\s+)?"
            r"number",
        ),
    )
)


_CONTACT_TOLD = re.compile(r"\d{4}|\S@\S")


def service_question(text: str) -> str | None:
    """Which question about the service itself `text` asks ("kan jeg være anonym?" ->
    "anonymous"), or None."""
    if _CONTACT_TOLD.search(text):
        # "kan I ringe til mig på 22334455?": contact details told, for the idea.
        return None
    core = _without_lead_words(_core(fold(text).text))
    if not core or len(core.split()) > 14:
        return None
    for key, pattern in _SERVICE_QUESTIONS:
        m = pattern.match(core)
        # The whole message, or a question that starts so: "Anonym kunst ved Ordrup Station"
        # is an idea, "kan jeg være anonym, hvis jeg skriver?" a question.
        if m is not None and (m.end() == len(core) or text.rstrip().endswith("?")):
            return key
    return None


# --------------------------------------------------------------------------- #
# Errands for other desks: questions about the municipality's everyday services and
# complaints, told to the idea bot by mistake.

# What other desks answer: opening hours, waste, parking, papers, day care, a house's permits.
_ELSEWHERE_TOPIC = re.compile(
    _f(
        r"(?<![a-z])(?:genbrugsstation\w*|genbrugspladse\w*|åbningstid\w*|telefontid\w*|"
        r"(?:har|holder)\s+(?:\S+\s+){0,3}?åbent|åbner|lukker|storskrald\w*|skraldespand\w*|"
        r"skraldeafhentning\w*|affaldsordning\w*|renovation\w*|tømning\w*|"
        r"parkeringstilladelse\w*|p-tilladelse\w*|beboerlicens\w*|borgerservice|"
        r"kørekort\w*|pas|sygesikring\w*|sundhedskort\w*|ejendomsskat\w*|byggetilladelse\w*|"
        r"byggesag\w*|vuggestueplads\w*|børnehaveplads\w*|dagplejeplads\w*|pasningsgaranti|"
        r"opening\s+(?:hours|times)|recycling\s+(?:centre|center|station)|"
        r"(?:is|are)\s+(?:the|it|they)\s+(?:\S+\s+){0,2}?open(?!\s+(?:space|spaces|air|area|"
        r"areas|field|mic))|bin\s+collection|parking\s+permit|passport|"
        r"driving\s+licen[cs]e|health\s+(?:card|insurance\s+card)|building\s+permit|"
        r"daycare\s+place|kindergarten\s+place)(?![a-z])"
    )
)
# "genbrugsstationen åbningstider": a short enquiry without a question word or mark.
_HOURS_WORD = re.compile(_f(r"(?<![a-z])(?:åbningstid\w*|telefontid\w*|opening\s+(?:hours|times))"))
# A service whose hours people ask about ("genbrugsstationen åbningstider").
_SERVICE = re.compile(
    _f(
        r"(?<![a-z])(?:genbrugsstation\w*|genbrugsplads\w*|borgerservice|recycling\s+(?:centre|center|station))"
    )
)
# "min nabo larmer hele natten", "my neighbour's dog barks all day": a neighbour complaint.
_NEIGHBOUR_COMPLAINT = re.compile(
    _f(
        r"(?<![a-z])(?:(?:min|mine|vores)\s+nabo(?:er|erne)?|naboen|naboerne|naboens\s+\w+|"
        r"(?:my|our|the)\s+neighbou?rs?(?:\s*'s?\s+\w+)?)\s+(?:(?!og\s|and\s|jeg\s|i\s)\w+\s+){0,2}?"
        r"(?:larmer|støjer|råber|fester|bjæffer|ryger|generer|chikanerer|spiller\s+(?:\w+\s+)?"
        r"højt?|er\s+(?:så\s+|for\s+|meget\s+)?(?:larmende|højlydt|irriterende)|"
        r"(?:is|are)\s+(?:so\s+|too\s+|very\s+|really\s+)?(?:loud|noisy)|"
        r"(?:make|makes|making)\s+(?:so\s+much\s+|a\s+lot\s+of\s+)?noise|barks?|"
        r"(?:play|plays|playing)\s+(?:\w+\s+)?loud|(?:keep|keeps)\s+me\s+awake)(?![a-z])"
    )
)
# "det skal I lave", "kan I ikke ordne det?", "please fix it": a repair asked for.
_FIX_DEMAND = re.compile(
    _f(
        r"(?<![a-z])(?:(?:det|den|dem|hullet|huller\w*|lampen|skiltet)\s+skal\s+i\s+"
        r"(?:\w+\s+)?(?:lave|ordne|fikse|reparere|udbedre|fjerne|rydde|tømme|se\s+på)|"
        r"(?<!vi\s)(?<!jeg\s)(?<!man\s)(?:kan|vil|skal)\s+i\s+(?:ikke\s+)?(?:\w+\s+)?(?:lave|ordne|"
        r"fikse|reparere|udbedre)\s+(?:det|den|dem|hullet|huller\w*|vejen|lampen)|"
        r"(?<!i\s)(?<!we\s)(?<!can\s)(?<!could\s)(?<!will\s)(?<!would\s)(?<!to\s)(?:please\s+)?"
        r"(?:fix|repair)\s+(?:it|this|that|the\s+\w+)|(?:you\s+)?(?:need|have)\s+to\s+(?:fix|"
        r"repair)\s+(?:it|this|that)|"
        # "hvornår gør I noget ved det??", "when will you do something about it?"
        r"(?:hvornår|hvorfor)\s+(?:gør|gøres|sker)\s+(?:i|kommunen|der)\s+(?:ikke\s+)?"
        r"(?:\w+\s+)?noget\s+ved\s+(?:det|dem|den|vejen|vejene|hullerne)|when\s+(?:will|are|do)"
        r"\s+you\s+(?:going\s+to\s+)?(?:do|doing|fix|fixing)\s+(?:(?:something|anything)\s+)?"
        r"(?:about\s+)?(?:it|this|that|them))"
        r"(?![a-z])"
    )
)
_FAULT_WORDS = re.compile(
    _f(
        r"(?<![a-z])(?:hul|huller|revne\w*|i\s+stykker|ødelagt|virker\s+ikke|ikke\s+blevet|"
        r"pothole\w*|hole|broken|not\s+working|(?:hasn't|haven't|has\s+not|have\s+not)\s+been)"
        r"(?![a-z])"
    )
)
# An errand is a sentence or two; an idea told at length is not one.
_ELSEWHERE_MAX_WORDS = 16


def elsewhere(text: str, *, drafting: bool = False) -> str | None:
    """ "question" or "fault" when `text` is an errand for another desk ("hvornår har
    genbrugsstationen åbent?", "min nabo larmer hele natten"), else None.

    While an idea is being told (`drafting`), only what cannot be an answer counts: a question
    with a question word about another service, a neighbour complaint, a repair demanded.
    """
    core = _core(fold(text).text)
    words = core.split()
    if not words or len(words) > _ELSEWHERE_MAX_WORDS:
        return None
    demand = _FIX_DEMAND.search(core)
    # ("det skal I lave" demands a repair; "lave" elsewhere may make an idea.)
    rest = f"{core[: demand.start()]} {core[demand.end() :]}" if demand else core
    if _IDEA_CUES.search(rest):
        return None
    if _NEIGHBOUR_COMPLAINT.search(core):
        return "fault"
    if demand and (_FAULT_WORDS.search(rest) or (len(words) <= 6 and not drafting)):
        return "fault"
    worded = _QUESTION_START.match(_without_lead_words(core)) is not None
    if drafting and not worded and not (_HOURS_WORD.search(core) and _SERVICE.search(core)):
        # "uden for åbningstiden" may answer when; "genbrugsstationen åbningstider" asks.
        return None
    if not _ELSEWHERE_TOPIC.search(core):
        return None
    if worded or text.rstrip().endswith("?"):
        return "question"
    # Said without a question: only a short enquiry about hours ("åbningstider biblioteket").
    return "question" if _HOURS_WORD.search(core) and len(words) <= 6 else None


_THANKS_LEAD = re.compile(
    _f(
        r"(?:ok|okay|oki|fint|super|perfekt|godt|dejligt|great|perfect|cool|nice|alright|fine|"
        r"nå)(?:[\s,!.]+(?:ok|okay|fint|super|godt))?[\s,!.]+"
    )
)


def follows_errand(text: str) -> bool:
    """Tell whether a message, said right after an errand for another desk, tells more of it
    ("jeg skal aflevere en gammel sofa") rather than an idea or a command."""
    core = _core(fold(text).text)
    words = core.split()
    if not words or len(words) > _ELSEWHERE_MAX_WORDS or _IDEA_CUES.search(core):
        return False
    if not (_ERRAND_FOLLOW_UP.search(core) or _ELSEWHERE_TOPIC.search(core)):
        # "en pumptrack til de unge" after asking when the recycling centre opens is an idea.
        return False
    return classify(text.strip(), "da") is None and service_question(text) is None


# What people go on to say about an errand: what they must hand in, get rid of or fetch.
_ERRAND_FOLLOW_UP = re.compile(
    _f(
        r"(?<![a-z])(?:aflever\w*|smide\s+(?:\w+\s+){0,3}?ud|smider\s+(?:\w+\s+){0,3}?ud|"
        r"komme\s+af\s+med|af\s+med|skal\s+hente|afhent\w*|bestill\w*|book\w*|betal\w*|"
        r"ansøg\w*|søge\s+om|drop\s+off|get\s+rid\s+of|throw\s+(?:away|out)|dispose|pick\s+up|"
        r"hand\s+in|apply\s+for|renew|forny\w*|gammel\s+sofa|møbler|haveaffald|storskrald)"
        r"(?![a-z])"
    )
)


def says_thanks(text: str) -> bool:
    """Tell whether a message only thanks or says goodbye ("tak for hjælpen", "ok tak",
    "okay thanks")."""
    match = classify(text.strip(), "da")
    if match is not None and match.intent == Intent.THANKS:
        return True
    folded = fold(text).text.strip()
    lead = _THANKS_LEAD.match(folded)
    if lead is None or lead.end() >= len(folded):
        return False
    rest = classify(folded[lead.end() :], "da")
    return rest is not None and rest.intent == Intent.THANKS


def asks_to_withdraw(text: str) -> bool:
    """Tell whether a message asks to take back an idea ("træk min idé tilbage", "withdraw
    GK-2026-0001")."""
    core = _core(fold(text).text)
    bare = _strip_edges(" ".join(_INNER_POLITE.sub(" ", core).split()))
    return any(
        _WITHDRAW_RE.fullmatch(_without_lead_words(words)) for words in (core, bare) if words
    )


def _without_lead_words(core: str) -> str:
    """`core` without a leading greeting or "ja", "men", "okay" ("men kan jeg være anonym?")."""
    lead = _GREETING_PREFIX.match(core) or _INTERJECTION_PREFIX.match(core)
    if lead is not None and lead.end() < len(core):
        return core[lead.end() :]
    return core


_REFERENCE_RE = re.compile(r"(?<![\w-])" + _REFERENCE + r"(?![\w-])", re.IGNORECASE)


def named_reference(text: str) -> str | None:
    """The initiative reference a message names ("GK-2026-0001"), in capitals, or None."""
    m = _REFERENCE_RE.search(text)
    if m is None:
        return None
    # "gk-2026-1" names GK-2026-0001: references are stored with four digits.
    prefix, _, number = m.group(0).upper().rpartition("-")
    return f"{prefix}-{number.zfill(4)}" if number.isdigit() else m.group(0).upper()


# One word that holds no idea: a keyboard test, a letter, or a word that only joins others.
_NOISE_WORDS = frozenset(
    "test tester testing asdf asdfg qwerty prøve prøver hallo fordi og men eller så at som "
    "because and but or so that the".split()
)


def is_noise(text: str) -> bool:
    """ "asdf", "test", "k", "fordi": typed to try the chat, or half a message."""
    words = re.findall(r"\w+", text.casefold())
    if len(words) != 1:
        return False
    word = words[0]
    return (
        len(word) <= 2
        or word in _NOISE_WORDS
        or not re.search(r"[aeiouyæøå]", word)
        or (len(word) >= 4 and any(word in row for row in _KEY_ROWS))
    )


# "asdfghjkl", "qwert", "zxcvbn": a run of keys along a keyboard row.
_KEY_ROWS = ("qwertyuiopå", "asdfghjklæø", "zxcvbnm", "åpoiuytrewq", "øælkjhgfdsa", "mnbvcxz")


def small_talk(text: str) -> str | None:
    """The message key answering small talk: "small_talk" for "hvad så?" / "how are you?",
    "what_is_this" for "hvad er det her?", "how_it_works" for "hvad sker der nu?"."""
    stripped = text.strip()
    if _SMALL_TALK_RE.fullmatch(stripped):
        return "small_talk"
    if _WHAT_IS_THIS_RE.fullmatch(stripped):
        return "what_is_this"
    if _MAY_I_ASK_RE.fullmatch(stripped):
        return "may_ask"
    if _HOW_IT_WORKS_RE.fullmatch(stripped):
        return "how_it_works"
    return None


def introduction(text: str) -> str | None:
    """The name in "jeg hedder Karen og bor i Ordrup" when that is all the message tells."""
    m = _INTRO_RE.fullmatch(text.strip())
    if m is None or _PLAN_WORD_RE.search(text):
        return None
    name = m.group("name") or m.group("small")
    return name[:1].upper() + name[1:]


# --------------------------------------------------------------------------- #
# Openings that are no idea yet, and remarks about the service told with one

# "Hej,", "ok", "I mean", "altså": words before the remark that change nothing.
_REMARK_LEAD = (
    r"(?:(?:hej|hejsa|hi|hello|hey|heyy|yo|hallo|halløj|goddag|ok|okay|nå|men|but|so|så|og|and|"
    r"sorry|undskyld|"
    r"btw|forresten|altså|i\s+mean|jeg\s+mener)[\s,!.]*)*"
)
# "Jeg bor på Ordrupvej og …", "I'm from Canada and …": who they are, told on the way.
_WHO_CLAUSE = (
    r"(?:(?:jeg|vi|i|we)\s*(?:bor|live|er\s+fra|am\s+from|'m\s+from|er\s+\d+\s+år)\s+"
    r"[^,.!?]{0,40}?(?:,\s*|\s+(?:og|and)\s+))?"
)
_REMARKS = (
    (
        # "jeg har ikke nogen idé endnu", "I do not have an idea yet, I just wanted to know
        # what this is": no idea to take in, and what this is told instead.
        "no_idea_yet",
        r"(?:(?:jeg|vi)\s+har\s+(?:ikke\s+(?:nogen|en|noget)|ingen)\s+(?:idé|ide|idéer|ideer|"
        r"forslag)(?:\s+endnu)?|(?:i|we)\s+(?:do\s+not|don't|dont)\s+have\s+(?:an?\s+|any\s+)?"
        r"(?:idea|ideas)(?:\s+yet)?|(?:no|ingen)\s+(?:idea|idé|ide)\s+(?:yet|endnu))"
        r"(?:[\s,.!]+(?:(?:i|jeg)\s+)?(?:just\s+|bare\s+)?(?:wanted|ville)\s+(?:bare\s+)?(?:to\s+)?"
        r"(?:know|see|høre|se|vide)\s+(?:what|hvad)\s+(?:this|det\s+her|dette|det)(?:\s+is|"
        r"\s+er)?(?:\s+for\s+noget)?)?",
    ),
    (
        # "Hi, I only speak English, sorry!": the language, and what this is.
        "language_ok",
        r"(?:i\s+)?(?:only|just)\s+speak\s+english|i\s+(?:don't|do\s+not|dont|can't|cannot)\s+"
        r"speak\s+danish|(?:jeg\s+)?taler\s+(?:kun|bare)\s+dansk|(?:jeg\s+)?taler\s+ikke\s+engelsk",
    ),
    (
        # "hej, jeg er ny her og ved ikke helt hvordan det virker": how it goes.
        "how_it_works",
        r"(?:(?:jeg\s+er\s+ny\s+her|i\s*'?m\s+new\s+here|i\s+am\s+new\s+here)(?:[\s,]+(?:og|and)"
        r"\s+|[\s,]+)?)?(?:(?:jeg\s+)?ved\s+ikke\s+(?:helt\s+|rigtig\s+|rigtigt\s+)?hvordan\s+"
        r"(?:det\s+(?:her\s+)?|man\s+|tingene\s+)?(?:virker|fungerer|foregår)(?:\s+her)?|"
        r"(?:i\s+)?(?:don't|do\s+not|dont)\s+(?:really\s+)?know\s+how\s+(?:this|it|things)\s+"
        r"works?(?:\s+here)?)|jeg\s+er\s+ny\s+her|i\s*'?m\s+new\s+here|i\s+am\s+new\s+here",
    ),
    (
        # "not sure if this is the right place but here goes", "håber det er det rigtige
        # sted": the idea is still to come, and this is the place for it.
        "right_place.go_on",
        r"(?:(?:i\s*'?m\s+|i\s+am\s+)?not\s+sure\s+(?:if|whether)\s+this\s+is\s+the\s+right\s+"
        r"place|(?:i\s+)?hope\s+this\s+is\s+the\s+right\s+place|(?:jeg\s+)?(?:ved\s+ikke|er\s+"
        r"ikke\s+sikker\s+på)\s+om\s+(?:det\s+her|dette|det)\s+(?:her\s+)?er\s+det\s+(?:rigtige|"
        r"rette)\s+sted|(?:jeg\s+)?håber\s+(?:det\s+her|dette|det)\s+(?:her\s+)?er\s+det\s+"
        r"(?:rigtige|rette)\s+sted)(?:[\s,]+(?:but|men)\s+(?:here\s+goes|here\s+it\s+is|her\s+"
        r"kommer\s+det|jeg\s+prøver))?"
        # "is this the right place to suggest something?", "is this the thing where u can
        # suggest stuff", "er det her man kan foreslå ting?": asked before the idea is told.
        r"|(?:is\s+this|am\s+i\s+in)\s+the\s+right\s+place(?:\s+(?:to|for)\s+(?:suggest|propose|"
        r"share|ideas?|suggestions?)(?:\s+(?:something|stuff|things|an\s+idea|ideas))?)?"
        r"|is\s+(?:this|it\s+here)\s+(?:the\s+(?:thing|place|app|bot|chat)\s+)?where\s+"
        r"(?:u|you|one|people|i|we|ppl)\s+(?:can\s+|could\s+)?(?:suggest|propose|share|send\s+in|"
        r"pitch)(?:\s+(?:stuff|things|ideas|something|an\s+idea))?"
        r"|(?:can|could)\s+(?:i|u|you|one|we)\s+(?:suggest|propose)\s+(?:stuff|things|ideas|"
        r"something)\s+here"
        r"|er\s+det\s+(?:her|herinde)\s+(?:man|jeg|vi|du)\s+(?:kan\s+|må\s+|skal\s+)?(?:foreslå|"
        r"komme\s+med|sende|dele)(?:\s+(?:ting|noget|idéer|ideer|forslag|en\s+idé|en\s+ide|"
        r"et\s+forslag))?"
        r"|(?:kan|må)\s+(?:man|jeg|vi)\s+(?:foreslå|komme\s+med)\s+(?:ting|noget|idéer|ideer|"
        r"forslag)\s+her",
    ),
    (
        # "Jeg bor på Ordrupvej og har tænkt over noget": the idea is still to come.
        "invite.go_on",
        r"(?:(?:jeg|vi)\s+)?(?:har\s+)?(?:tænkt|funderet|gået\s+og\s+tænkt)\s+(?:lidt\s+)?"
        r"(?:over|på)\s+(?:noget|en\s+ting)|(?:jeg|vi)\s+har\s+(?:noget\s+på\s+hjerte|en\s+tanke)|"
        r"i\s*(?:'ve|have)\s+been\s+thinking\s+about\s+something|i\s+have\s+something\s+in\s+mind",
    ),
)
_REMARK_ANY = "|".join(f"(?:{pattern})" for _, pattern in _REMARKS)
_REMARK_RE = re.compile(
    rf"\s*{_REMARK_LEAD}{_WHO_CLAUSE}(?:{_REMARK_ANY})"
    rf"(?:[\s,.!;–-]+(?:og\s+|and\s+)?{_REMARK_LEAD}(?:{_REMARK_ANY}))*"
    r"(?:[\s,!.]*(?:sorry|undskyld|beklager))?[\s!.?:)(]*",
    re.IGNORECASE,
)
_REMARK_KEYS = tuple((key, re.compile(pattern, re.IGNORECASE)) for key, pattern in _REMARKS)


def no_idea_remark(text: str) -> str | None:
    """The message key answering a message that tells no idea but only where they stand
    ("jeg har ikke nogen idé endnu", "I only speak English", "jeg er ny her og ved ikke
    hvordan det virker", "jeg har tænkt over noget"), or None when it tells more."""
    if _REMARK_RE.fullmatch(text) is None:
        return None
    # The first kind named answers: "no idea yet" before "how it works".
    return next(key for key, pattern in _REMARK_KEYS if pattern.search(text))


def announcement(text: str) -> str | None:
    """The words that announce an idea still to come ("har tænkt over noget" in "Jeg bor på
    Ordrupvej og har tænkt over noget"), when that is all the message tells of it."""
    if no_idea_remark(text) != "invite.go_on":
        return None
    found = dict(_REMARK_KEYS)["invite.go_on"].search(text)
    return found.group(0) if found else None


# "I'm from Canada and don't know how things work here": a sentence about the service, said
# beside the idea.
_REMARK_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+")


def without_remarks(text: str) -> tuple[str, str] | None:
    """(the message without them, the key answering them) when sentences of `text` only say
    how they stand with the service, or a question about it ends a sentence ("… in summer -
    btw is this the right place to ask?"); None when there is none."""
    kept: list[str] = []
    key: str | None = None
    for sentence in _REMARK_SENTENCE_RE.split(text.strip()):
        remark = no_idea_remark(sentence)
        if remark in ("how_it_works", "language_ok"):
            # Told beside an idea, how it goes is told without asking for one.
            key = key or ("asked_back.new_here" if remark == "how_it_works" else remark)
            continue
        # Only a question ending the sentence, looked for in its last words (a long run of
        # blanks before it is skipped in one step, not tried from every position).
        place = (
            _RIGHT_PLACE_TAIL_RE.search(sentence, max(0, len(sentence) - _QUESTION_TAIL_CHARS))
            if sentence.rstrip().endswith("?")
            else None
        )
        if place is not None and place.start() > 0:
            key = "asked_back.right_place"
            sentence = sentence[: place.start()].rstrip()
        kept.append(sentence)
    rest = " ".join(kept).strip()
    if key is None or not re.search(r"\w", rest):
        return None
    return rest, key


_RIGHT_PLACE_TAIL_RE = re.compile(
    rf"(?<![\s,])[\s,]*(?:[-–—][\s,]*)?(?:(?:btw|by\s+the\s+way|forresten|men|but|and|og)[\s,]+)*"
    rf"{_RIGHT_PLACE}"
    r"[^.!?]{0,30}\?+\s*$",
    re.IGNORECASE,
)


# "Hvor er biblioteket i Dyssegård forresten?": a question of its own, about something else
# than the idea. "hvad med lørdag?", "måske ved søen?" answer the question asked.
_OTHER_QUESTION_RE = re.compile(
    r"\s*(?:(?:og|men|så|btw|forresten|and|but|so|by\s+the\s+way)[\s,]+)*"
    r"(?:(?:hvor|hvornår|hvordan|hvorfor|hvem|hvad|hvilke|hvilken|where|when|how|why|who|what|"
    r"which)\s+(?!med\b|hvis\b|about\b|if\b)(?:er|var|har|kan|ligger|åbner|lukker|"
    r"gør|finder|is|are|was|does|do|can|will)\b(?!\s+(?:det|den|de|vi|jeg|it|they|we|i)\b)|[^?]*\b(?:forresten|btw|by\s+the\s+way)"
    r"\b)[^?]*\?+\s*",
    re.IGNORECASE,
)


def asks_something_else(text: str) -> bool:
    """Tell whether `text` is a question of its own ("Hvor er biblioteket i Dyssegård
    forresten?") rather than an answer told as a question ("måske ved søen?")."""
    stripped = text.strip()
    return (
        len(stripped.split()) <= 14
        and _OTHER_QUESTION_RE.fullmatch(stripped) is not None
        and not asks_about_the_question(stripped)
    )


def asks_about_the_question(text: str) -> bool:
    """Tell whether `text` asks about the bot's own question ("why is that important?",
    "Hvad er spørgsmålet?"): it is explained and asked again, not turned away or kept."""
    stripped = text.strip()
    return (
        stripped.endswith("?")
        and len(stripped.split()) <= 14
        and _ABOUT_THE_QUESTION_RE.search(fold(stripped).text) is not None
    )


_ABOUT_THE_QUESTION_RE = re.compile(
    _f(
        r"(?<![a-z])(?:spørgsmål(?:et)?|question|mener|mean|means|meant|vigtigt|important|matter|"
        r"skrive|write|svare|answer|best\s+place|bedste\s+sted)(?![a-z])"
    )
)


# "Kan kommunen give penge til en sommerfest?": an idea told as a question for support.
_ASKS_SUPPORT_RE = re.compile(
    _f(
        r"(?:kan|kunne|vil|ville|må)\s+(?:kommunen|i|man)\s+(?:ikke\s+)?(?:give|betale|støtte|"
        r"sponsorere|bevilge|søge\s+om|få)\s+(?:\S+\s+){0,3}?(?:til|for)\s+(?:en|et|vores|"
        r"nogle|vores)\s+\S|(?:can|could|would|will)\s+(?:the\s+(?:municipality|council)|you)\s+"
        r"(?:give|pay|fund|support|sponsor)\s+(?:\S+\s+){0,3}?(?:for|to(?:wards)?)\s+"
        r"(?:a|an|our|some)\s+\S|(?:can|could)\s+(?:i|we)\s+(?:get|apply\s+for)\s+(?:money|"
        r"funding|a\s+grant|support)\s+(?:for|to)\s+(?:a|an|our|some)\s+\S|(?:kan|kunne)\s+"
        r"(?:jeg|vi)\s+(?:få|søge(?:\s+om)?)\s+(?:penge|tilskud|støtte|økonomisk\s+støtte)\s+"
        r"til\s+(?:en|et|vores|nogle)\s+\S"
    )
)


def asks_for_support(text: str) -> bool:
    """Tell whether a question asks the municipality to support a thing of one's own ("Kan
    kommunen give penge til en sommerfest?"): an idea with the help wanted, not an errand."""
    core = _core(fold(text).text)
    return len(core.split()) <= 16 and _ASKS_SUPPORT_RE.search(core) is not None
