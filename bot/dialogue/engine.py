"""The listening-first intake conversation: what to say next, given what the person said.

The engine keeps all of its memory in a plain dict (saved by the caller after every turn),
so a restart or another process continues the same conversation.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

from bot.dialogue.intents import (
    Intent,
    IntentMatch,
    announcement,
    answer_then_asked_back,
    asked_back,
    asked_back_inside,
    asks_about_the_question,
    asks_for_support,
    asks_something_else,
    asks_what_happens,
    classify,
    clears_it,
    corrected,
    correction,
    introduction,
    is_noise,
    means_none,
    named_field,
    no_idea_remark,
    removed_contact_kinds,
    removed_fields,
    removed_words,
    says_no_help,
    small_talk,
    split_addition,
    split_edits,
    wants_no_help,
    without_addition_cue,
    without_leaving,
    without_remarks,
    without_repeat_cue,
)
from bot.dialogue.language import detect_language
from bot.domain.fields import INITIATIVE_FIELDS as FIELDS
from bot.domain.fields import PART_JOIN
from bot.i18n.catalog import supported, t
from bot.i18n.formatting import format_day
from bot.messages import Choice, Reply, SummaryCard

if TYPE_CHECKING:
    from bot.dialogue.understanding import Understanding


def _answers_then_asks(text: str, field: str, lang: str) -> bool:
    """ "Autumn break, so week 42. Maybe the Saturday? Tides don't matter much here, right?":
    the sentences before the question tell what was asked, so the question is not about ours."""
    told = " ".join(
        s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if not s.rstrip().endswith("?")
    )
    return bool(told.strip()) and field in _understanding().understand(told, lang).fields


def _understanding() -> ModuleType:
    """The understanding of free text, imported on first use: compiling its patterns takes
    most of a second, which a server spends while warming up, after it answers /healthz
    (see `bot.dialogue.language.warm_up`)."""
    from bot.dialogue import understanding

    return understanding


# The order the bot asks in: the idea itself first, then why and for whom (principle 4:
# how it makes a difference for more people), then the practical parts.
ASK_ORDER = ("what", "why", "who_benefits", "where", "when", "help_wanted", "brings")
# Answered with another part's words ("ved søen" asked why), these are surely asked once
# more at the end; the others if questions are left.
ASK_AGAIN = ("why", "help_wanted")
# Askings answered for another part that do not use up a question (so a person out of step
# is not asked on and on).
MISPLACED_FREE = 2
# An answer this long that tells nothing about the asked field may be a message sent before
# the question was read (see `IntakeDialogue._volunteered`); shorter ones are always answers.
VOLUNTEERED_MIN_WORDS = 6
# Words kept as the idea that tell no plan give way to an idea told later (`_tells_no_idea`).
WEAK_IDEA_WORDS = (6, 20)
# A person telling about themselves tells who they are, not the situation the idea answers.
SELF_WORDS = {
    "da": frozenset({"jeg", "mig", "min", "mit", "mine"}),
    "en": frozenset({"i", "i'm", "i've", "i'd", "me", "my", "mine"}),
}
VOLUNTEERED_CHECKED = ("when", "where")
VOLUNTEERED_IDEA = ("why", "who_benefits")
VOLUNTEERED_MANY = 3
# An answer to "what is the idea?" this long is read as an opening would be.
WHAT_ANSWER_AS_OPENING_WORDS = 30
# A message repeated word for word is taken once when it is at least this long.
DUPLICATE_MIN_WORDS = 4
# The same question asked again this many times in a row, with nothing kept from the
# answers, is left open (see `_unstuck`).
STUCK_TIMES = 3
# An earlier answer sent again later is a repeat when it is at least this long.
REPEAT_LATER_MIN_WORDS = 8
# A correction sent while a question is open is short; longer labelled text is content.
EDIT_WHILE_ASKED_WORDS = 15
# A part longer than this is shortened in the read-back (the stored idea keeps it all).
READBACK_PART_CHARS = 600
# Moves that, as the answer to "did I understand it right?", add nothing to the idea.
_NO_ADDITION = (Intent.SKIP, Intent.GREETING, Intent.WANTS_TO_SHARE, Intent.THANKS, Intent.BACK)


class Phase(StrEnum):
    """Where in the intake the conversation is."""

    NEW = "new"
    LISTENING = "listening"
    ASKING = "asking"
    READBACK = "readback"
    CHOOSE_FIELD = "choose_field"
    EDITING = "editing"


@dataclass(frozen=True)
class Receipt:
    """What the person is told after submitting: the reference and who answers by when."""

    reference: str
    response_due: date
    responder: str | None = None


@dataclass(frozen=True)
class InitiativeView:
    """One of the person's initiatives, as shown in "my initiatives"."""

    reference: str
    title: str
    status: str
    next_step: str | None = None
    next_step_due: date | None = None
    next_step_owner: str | None = None
    response_due: date | None = None
    decline_reason: str | None = None
    staff_name: str | None = None
    next_checkin: date | None = None


class SubmitRefused(Exception):
    """The system will not store this submission now; the person is told why."""

    def __init__(self, message_key: str, **params: Any) -> None:
        super().__init__(message_key)
        self.message_key = message_key
        self.params = params


class IntakePort(Protocol):
    """What the dialogue needs from the rest of the system."""

    def submit(self, fields: dict[str, str], original_text: str, language: str) -> Receipt:
        """Store the confirmed initiative and say who answers by when."""
        ...

    def my_initiatives(self) -> Sequence[InitiativeView]:
        """The person's initiatives, newest first."""
        ...


@dataclass(frozen=True)
class DialogueSettings:
    """The knobs of the intake conversation."""

    max_questions: int = 5
    max_message_chars: int = 20_000
    service_contact_url: str = "https://www.gentofte.dk/kontakt"
    privacy_policy_url: str = "https://www.gentofte.dk/databeskyttelse"
    response_working_days: int = 5


# A message that breaks off where the idea would follow: "... og vi kunne godt tænke os",
# "we would like to", "jeg vil gerne".
_BREAKS_OFF_RE = re.compile(
    r"(?<!\w)(?:tænke\s+(?:os|mig)(?:\s+at)?|(?:vil|ville|kunne|skal|gerne)\s+(?:gerne|godt)(?:\s+at)?|"
    r"(?:would|'d)\s+(?:like|love)(?:\s+to)?|want\s+to|wanted\s+to|(?:was|were)\s+wondering"
    r"(?:\s+if)?|hoping\s+to|planning\s+to|håber\s+på\s+at|drømmer\s+om(?:\s+at)?|"
    r"dreaming\s+of|thinking\s+of|tænker\s+på(?:\s+at)?)[\s,]*$",
    re.IGNORECASE,
)


_BREAK_OFF_SUBJECT_RE = re.compile(
    r"[\s,]*(?:(?:og|and|men|but|så|so)\s+)?(?:(?:vi|jeg|we|i|de|they)\s*)?"
    r"(?:(?:kunne|ville|vil|would|were|was|are|am)\s*)?(?:(?:godt|gerne)\s*)?$",
    re.IGNORECASE,
)


def _breaks_off_before_the_idea(text: str, lang: str) -> bool:
    """Whether `text` breaks off where its idea would follow, and tells none before that
    ("... og vi kunne godt tænke os"; not "We'd like a library box here, and we were
    wondering")."""
    cut = _BREAKS_OFF_RE.search(text)
    if cut is None:
        return False
    head = _BREAK_OFF_SUBJECT_RE.sub("", text[: cut.start()])
    return not head.strip() or not _understanding().understand(head, lang).idea_told


def _tells_no_idea(understood: Understanding, text: str) -> bool:
    """One sentence that tells a situation, not a plan: kept as the idea only for want of one.

    "skaterbanen i Dyssegård bliver kun brugt af drenge", "cars go way too fast here". A
    short name ("løbeklub for nybegyndere") is an idea without a verb, and a long message
    may tell the idea among other things; neither gives way.
    """
    words = len(text.split())
    one_sentence = not re.search(r"[.!?]\s+\S", text.strip())
    what = understood.fields.get("what")
    return not understood.idea_told and (
        (WEAK_IDEA_WORDS[0] <= words <= WEAK_IDEA_WORDS[1] and one_sentence)
        # "jeg sidder i kørestol ..., men der er ikke ét handicaptoilet ...": the words kept as
        # the idea are the very words of the reason, however long.
        or (what is not None and what == understood.fields.get("why"))
    )


def _only_other_parts(understood: Understanding) -> bool:
    """Whether the words read as the idea are only other parts' words ("det er" + a reason)."""
    rest = understood.fields.get("what", "")
    for name, value in understood.fields.items():
        # What is wanted ("we need an accessible playground") may well be the idea too.
        if name not in ("what", "help_wanted", "brings"):
            for part in value.split(PART_JOIN):
                rest = rest.replace(part, " ")
    return set(re.findall(r"[\w']+", rest.lower())) <= _GLUE_WORDS


# Words that only join the parts of a sentence.
_GLUE_WORDS = frozenset("det er den de it is that 's og and så so men but".split())


# Once an idea is being told, a message this short does not change the language.
LANGUAGE_SWITCH_WORDS = 3
# A message this long in the other language switches at once.
LANGUAGE_SWITCH_LONG = 8


# Words that do not say which piece to take out ("the tables", "delen om kaffen").
_REMOVE_WORDS_SKIP = frozenset(
    "the a an den det de en et nogle some any our vores my min mit mine de om about".split()
)
# A part's pieces: its told parts, and within each the items of a list.
_PIECE_SPLIT_RE = re.compile(r"(\s…\s|,\s*|\s+(?:og|and|samt|plus)\s+)")


def _without_pieces(value: str, keys: list[str]) -> str:
    """`value` without the pieces that hold every one of `keys` ("et lokale, borde og et telt"
    without "bord" -> "et lokale, et telt"); empty when every piece holds them."""
    parts = _PIECE_SPLIT_RE.split(value)
    pieces, seps = parts[0::2], ["", *parts[1::2]]
    kept: list[str] = []
    for sep, piece in zip(seps, pieces, strict=True):
        folded = piece.casefold()
        if all(k in folded for k in keys):
            continue
        kept.append((sep if kept else "") + piece)
    return "".join(kept).strip(" ,")


# A place kept after one of these ("i skolehaven på Hellerup Skole") is corrected in place.
_PLACE_PREPS = frozenset(
    {"på", "ved", "i", "at", "in", "on", "by", "near", "til", "fra", "om", "from", "to"}
)


def _no_idea_words(value: str) -> bool:
    """Words kept as the idea that hold none yet ("quick one", "so halloween", "71", "har
    tænkt over noget")."""
    return _understanding().tells_no_idea_words(value) or announcement(value) is not None


def _language_spoken(text: str) -> str:
    """The language a remark on language asks for: "I only speak English" is English, "jeg
    taler kun dansk" Danish."""
    return "en" if re.search(r"\bspeak\b", text, re.IGNORECASE) else "da"


def _keep_as_written(state: dict[str, Any], read: str, written: str) -> None:
    """After part of a message was read (`read`: without its question or goodbye), the idea's
    record keeps the message as written."""
    if state["original"] and state["original"][-1] == read:
        state["original"][-1] = written


def _people_led_by(parts: list[str], old: str) -> int | None:
    """The part whose people are named first by `old` ("for børn i 4.-6. klasse" by "børn"),
    or None."""
    old = _FOR_LEAD_RE.sub("", old.strip(), count=1).casefold()
    for i, part in enumerate(parts):
        head = _FOR_LEAD_RE.sub("", part.strip(), count=1).casefold()
        if old and head.startswith(old) and head[len(old) : len(old) + 1] in ("", " ", ","):
            return i
    return None


def _empty_part(state: dict[str, Any], field: str) -> None:
    """Take a part out of the draft; it is not asked about again."""
    state["fields"].pop(field, None)
    state["vague"] = [f for f in state["vague"] if f != field]
    if field not in state["skipped"]:
        state["skipped"].append(field)


def _tidy_removed(value: str) -> str:
    """ "Mette Hansen, …, mette@example.dk" -> "Mette Hansen, mette@example.dk"."""
    parts = [part.replace("…", "").strip() for part in re.split(r"[,;]", value)]
    return ", ".join(part for part in parts if part)


def _has_letters(text: str) -> bool:
    """ "👍", "!!", ":)" hold no words at all."""
    return _LETTER_RE.search(text) is not None


def _names_no_idea(value: str) -> bool:
    """Words kept as the idea that name none: frame words, or only a place or a time ("til
    Hellerup")."""
    if _no_idea_words(value):
        return True
    # A place and a time alone run to a dozen words at most ("Den skal ligge i Vangede ved
    # stationen, hver anden lørdag i sommerferien"); reading longer ideas for it costs a
    # whole understanding pass at every read-back.
    return (
        len(value.split()) <= _PLACE_OR_TIME_MAX_WORDS
        and _understanding().told_only_place_or_time(value) is not None
    )


_PLACE_OR_TIME_MAX_WORDS = 12


def _tells_situation(text: str, lang: str) -> bool:
    """One sentence that tells no plan, nobody, and nothing offered or wanted: a situation."""
    if _understanding().is_chat_aside(text):
        # "har lige 2 min i bussen": how they write, not how things are.
        return False
    words = set(re.findall(r"[\w']+", text.lower()))
    if words & SELF_WORDS.get(lang, frozenset()):
        # "I paint, and so do my neighbours", "jeg flyttede hertil sidste år": who they are.
        return False
    understood = _understanding().understand(text, lang)
    return set(understood.fields) <= {"what", "where", "when"} and _tells_no_idea(understood, text)


# "også unge studerende", "and also students": more for a part, not instead of it.
_ALSO_RE = re.compile(
    r"\s*(?:og\s+også|også|plus|and\s+also|also|as\s+well\s+as)\s+", re.IGNORECASE
)
# A number alone ("2") answers none of the questions.
_BARE_NUMBER_RE = re.compile(r"\s*\d{1,4}\s*[.!?]?\s*")
# "hellere i juli", "vi vil hellere lave det ved Rådhuset", "rather in July": what a correction
# says in place of the old, without the words that say so.
_RATHER_RE = re.compile(
    r"(?:(?:vi|jeg|we|i)\s+(?:vil|ville|would|'d)\s+(?:hellere|rather)\s+(?:lave|holde|have|gøre|do|"
    r"hold|have|make)\s+(?:det|den|it)\s+|(?<!\w)(?:hellere|rather|instead|i\s+stedet)(?!\w))",
    re.IGNORECASE,
)


def _told_place_or_time(value: str) -> tuple[str, str] | None:
    """A correction's words as a place or a time: all of them ("i juni, første weekend"), or
    what they say without "hellere" ("hellere i juli"), or up to the first comma ("tirsdag og
    søndag morgen, om lørdagen er havnen fuld af både")."""
    rather = _RATHER_RE.sub(" ", value).strip(" ,.!")
    first = re.split(r"[,.;!?]\s|\n", rather, maxsplit=1)[0].strip(" ,.!")
    for words in dict.fromkeys((value, rather, first)):
        told = _understanding().told_only_place_or_time(words) if words else None
        if told is not None:
            return told
    return None


_LETTER_RE = re.compile(r"[^\W\d_]")
_YEAR_RE = re.compile(r"\s*20\d\d\s*[.!]?\s*")
# "I need to change the date of my idea", "kan jeg stadig rette den?": about the idea sent.
_CHANGE_SENT_RE = re.compile(
    r"\b(?:change|ret|rette|ændre|ændr|update|opdatere|add\s+to|tilføje\s+til)\b.{0,40}?\b(?:my|min|mit)"
    r"\s+(?:idea|idé|ide|initiative|initiativ)\b|\b(?:can\s+i|kan\s+jeg|could\s+i|må\s+jeg)\s+"
    r"(?:still\s+|stadig\s+|godt\s+)?(?:change|ret|rette|ændre|edit|add|tilføje)\b",
    re.IGNORECASE,
)
# "åh ja, og …", "ups, …", "p.s. …", "I forgot …": more for what was just told or sent.
_AFTERTHOUGHT_RE = re.compile(
    r"\s*(?:og|and|åh\s+ja|å\s+ja|nå\s+ja|nåh\s+ja|åh\s+vent|nej\s+vent|vent|oh\s+wait|wait|oh\s+and|"
    r"oh,?\s+and|oh\s+yes|ups|hov|oops|p\.?\s?s\.?|"
    r"btw|forresten|by\s+the\s+way|also|desuden|jeg\s+glemte|glemte|i\s+forgot|forgot)\b",
    re.IGNORECASE,
)
# "Jeg har to idéer: …", "I have two ideas: …": two ideas told at once.
_TWO_IDEAS_RE = re.compile(
    r"\s*(?:(?:jeg|vi)\s+har\s+(?:to|2)\s+id[eé](?:er)?|(?:i|we)\s+have\s+(?:two|2)\s+ideas|"
    r"(?:to|2)\s+id[eé]er|two\s+ideas)\s*[:–—-]\s*",
    re.IGNORECASE,
)
# Where the second of two ideas starts: "… og (så) en legeplads", "… and (also) a bench";
# failing that, a new line or sentence.
_SECOND_IDEA_AND_RE = re.compile(
    r",?\s+(?:og|and|samt)(?:\s+(?:så|også|så\s+også|also|then))?\s+"
    r"(?=(?:en|et|nogle|a|an|some|at|to)\s)",
    re.IGNORECASE,
)
_SECOND_IDEA_RE = re.compile(r"\s*(?:[;\n]|\.\s+)\s*")
_FIRST_NUMBER_RE = re.compile(r"\s*(?:1[.)]|\(1\)|-)\s*")
_SECOND_NUMBER_RE = re.compile(
    r"[,;.]?\s*(?:(?:og|and|samt)\s+)?(?:(?<![\d.])2[.)]|\(2\)|\n\s*-)\s*", re.I
)


def _two_ideas(text: str) -> tuple[str, str] | None:
    """The two ideas of "Jeg har to idéer: X og Y", or None."""
    lead = _TWO_IDEAS_RE.match(text)
    if lead is None:
        return None
    rest = text[lead.end() :]
    numbered = _FIRST_NUMBER_RE.match(rest)
    if numbered is not None:
        # "1) en bytte-reol … og 2) en ladestander …": the numbers mark the two.
        rest = rest[numbered.end() :]
    split = (
        (_SECOND_NUMBER_RE.search(rest) if numbered else None)
        or _SECOND_IDEA_AND_RE.search(rest)
        or _SECOND_IDEA_RE.search(rest)
    )
    if split is None:
        return None
    first, second = rest[: split.start()].strip(" .,"), rest[split.end() :].strip(" .,")
    # "… . Og en bytte-reol": the second idea, not an afterthought to the first.
    second = re.sub(r"^(?:og|and|samt)\s+(?:så\s+|også\s+|also\s+)?", "", second, flags=re.I)
    return (first, second) if first and second else None


def _shortened(text: str, limit: int = 80) -> str:
    """The first words of `text`, cut at a word and marked when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    # Words this long have no space to cut at: cut inside them.
    return text[: cut if cut > 0 else limit].rstrip(" ,.;:") + " …"


# "ikke noget, jeg har ikke tid", "nothing, that's the council's job": nothing, and why not.
_NONE_LEAD_RE = re.compile(
    r"\s*(?:(?:desværre|sorry|beklager|ærligt\s+talt|honestly|nej)[\s,]+)?"
    r"(?:ingen|intet|ingenting|ikke\s+noget|slet\s+ikke\s+noget|nothing|none|nada|"
    r"nothing\s+really)\s*[,.;:!–-]++(?!\s*(?:men|but|udover|except|bortset)\b)",
    re.IGNORECASE,
)


def _added_to(lang: str, fields: Iterable[str]) -> str:
    """ "Tak, det har jeg tilføjet under „Hvor“": thanks, and which part took the words."""
    names = [t(f"field.{f}", lang) for f in fields]
    if not names:
        return t("added", lang)
    if len(names) == 1:
        return t("added.field", lang, field=names[0])
    # Each part in its own quotes: „Hvor“ og „Hvornår“.
    open_q, close_q = ("„", "“") if lang == "da" else ("“", "”")
    quoted = [f"{open_q}{name}{close_q}" for name in names]
    both = f"{', '.join(quoted[:-1])} {t('and', lang)} {quoted[-1]}"
    return t("added.fields", lang, fields=both)


def _told_none(text: str) -> bool:
    """Tell whether an answer says "nothing" first, then only why ("ingen, jeg har ikke tid")."""
    return _NONE_LEAD_RE.match(text) is not None


# "tilføj at vi også har en trailer": after "at" the adverb comes before the verb; told on
# its own, "vi har også en trailer".
_SUBORDINATE_ORDER_RE = re.compile(
    r"^(jeg|vi|I|de|han|hun|man|der)\s+((?:også|ikke|gerne|selv|allerede|altid|kun|godt)"
    r"(?:\s+(?:også|ikke|gerne|selv|allerede|altid|kun|godt))?)\s+"
    r"(har|er|kan|vil|skal|må|bor|kommer|laver|står|hjælper|giver|tager|bidrager|medbringer)\b",
    re.IGNORECASE,
)


def _as_main_clause(text: str) -> str:
    """ "vi også har en trailer" (what followed "tilføj at") as said on its own."""
    return _SUBORDINATE_ORDER_RE.sub(r"\1 \3 \2", text, count=1)


_WEEKDAY_RE = re.compile(
    r"\b(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)


def _same_case(old: str, new: str) -> str:
    """`new` written with a capital when `old` has one ("Tirsdag" -> "Torsdag")."""
    return new[:1].upper() + new[1:] if old[:1].isupper() else new[:1].lower() + new[1:]


# "en lørdag", "on a Saturday", "hver lørdag": a weekday told alone, as a new day.
_ONLY_WEEKDAY_RE = re.compile(
    r"(?:(?:på\s+|om\s+|on\s+)?(?:en|a|hver|every)\s+|på\s+|on\s+)?(?P<day>"
    + _WEEKDAY_RE.pattern
    + r")",
    re.IGNORECASE,
)
# Words before a time that make it part of the thing named ("a weekly repair café", "en
# ugentlig strikkeklub"): there the idea keeps its words.
_NAMING_WORDS = frozenset("a an the our my en et vores min mit sin sit".split())
# Words before a time or place that belong to it ("on 12 April", "i juni", "den 14. juni").
_LEAD_WORDS = _PLACE_PREPS | {"den", "the", "during", "under", "hver", "every"}


def _without_phrase(idea: str, part: str) -> str:
    """The idea without `part` (an old place or time), when that leaves a whole sentence:
    "a beach clean-up on 12 April with my class" -> "a beach clean-up with my class"; "a
    weekly repair café" keeps its words, as does an idea where `part` is no phrase of its own."""
    found = re.search(rf"(?<!\w){re.escape(part)}(?!\w)", idea)
    if found is None:
        return idea
    start, end = found.span()
    before = idea[:start].split()
    if before and before[-1].casefold() in _NAMING_WORDS:
        return idea
    while before and before[-1].casefold() in _LEAD_WORDS:
        # The preposition the old words leaned on goes with them, not left dangling.
        start = idea.rfind(before.pop(), 0, start)
    rest = f"{idea[:start].rstrip()} {idea[end:].lstrip()}".strip(" ,")
    if len(rest.split()) < 2:
        return idea
    return re.sub(r"\s{2,}", " ", re.sub(r"\s+([,.!?])", r"\1", rest))


# "måske", "hmm, ved ikke", "maybe": unsure what the idea is yet.
_HESITANT_RE = re.compile(
    r"(?:(?:hmm+|øh+m*|tja|nja|uhm*|ehm*)[\s,.]*)?(?:måske|maybe|perhaps|"
    r"ikke\s+helt\s+sikker|not\s+sure|hmm+|øh+m*|tja)[\s.!?…]*",
    re.IGNORECASE,
)
# "ok back.", "så er jeg tilbage!": back after leaving, before the answer.
_BACK_AGAIN_RE = re.compile(
    r"(?:(?:ok|okay|så|sådan|hej)[\s,]{1,5})?(?:i\s*'?m\s+|jeg\s+er\s+|er\s+)?(?:back|tilbage)"
    r"(?:\s+(?:again|igen))?[.!,:;]{1,5}\s{0,5}",
    re.IGNORECASE,
)
# "ja tak send", "ok, send it", typed while a question is open: no more questions.
_YES_SEND_RE = re.compile(
    r"(?:ja|jo|yes|ok|okay)(?:\s+tak|\s+please)?[\s,]+(?:bare\s+|just\s+)?send"
    r"(?:\s+(?:den|det|idéen|it))?(?:\s+(?:nu|bare|afsted|now))?[\s.!👍]*",
    re.IGNORECASE,
)
# "for unge i udskolingen": who, without the "for" the read-back label already says.
_FOR_LEAD_RE = re.compile(r"^\s*(?:for|til|to)\s+(?=\S)", re.IGNORECASE)
_PLACE_PREP_RE = re.compile(
    r"(?:på|i|ved|hos|til|fra|nær|omkring|langs|on|in|at|by|near|along|around)\s", re.IGNORECASE
)


IDEA_NAME_MAX_WORDS = 5
# A subject says a sentence is told ("I had a baby"), not a thing named.
_SUBJECT_RE = re.compile(
    # English "I" in capitals; Danish "i" is "in".
    r"\bI\b|\b(?i:we|you|they|it|jeg|vi|du|de|man|det|der|den|han|hun|he|she)\b"
)


# "tilføj samarbejdspartner: X", "add my name to contact: X": more for the part named.
_ADD_TO_PART_RE = re.compile(
    r"(?:tilføj|tilføje|add|please\s+add)\s+(?:(?P<what>[^:]{1,40}?)\s+(?:til|to)\s+)?"
    r"(?P<part>[^:]{2,40}?)\s*:\s*(?P<value>\S.*)",
    re.IGNORECASE | re.DOTALL,
)
# "idéen skal bare være: …", "the place should be: …": the part named, told anew.
_PART_IS_RE = re.compile(
    r"(?P<part>[^:]{2,40}?)\s+(?:skal\s+(?:bare\s+|nu\s+|hellere\s+)?(?:være|hedde|lyde)|"
    r"should\s+(?:just\s+|rather\s+|now\s+)?(?:be|say|read))\s*:\s*(?P<value>\S.*)",
    re.IGNORECASE | re.DOTALL,
)
# "fjern hvem der får glæde af det", "remove who benefits": the part named, emptied.
_CLEAR_PART_RE = re.compile(
    r"(?:fjern|slet|remove|delete|clear)\s+(?P<part>.{2,40}?)[\s.!]*", re.IGNORECASE
)
# Words that do not change which part is named ("hvem der får glæde af det").
_LABEL_FILLER = frozenset("der som that who the min mit mine my our vores delen part".split())


def _label_words(words: str) -> list[str]:
    return [w for w in re.findall(r"\w+", words.casefold()) if w not in _LABEL_FILLER]


def _named_part(words: str) -> str | None:
    """The part `words` name: as the person would say it ("stedet") or as the read-back
    labels it ("Hvem får glæde af det", "samarbejdspartner")."""
    named = named_field(words)
    if named is not None:
        return named
    said = _label_words(words)
    if not said:
        return None
    for field in FIELDS:
        for lang in ("da", "en"):
            label = _label_words(t(f"field.{field}", lang))
            if said == label or (
                # "samarbejdspartner", "partner": the label's word in the singular.
                len(said) == len(label) == 1
                and label[0].startswith(said[0])
                and len(label[0]) - len(said[0]) <= 2
            ):
                return field
    return None


def _labelled_edit(text: str) -> tuple[str, str, bool] | None:
    """The part a message names and its new words (empty to remove it), and whether they
    are added to what is kept; None when no part is named this way."""
    found = _ADD_TO_PART_RE.fullmatch(text)
    if found is not None and (field := _named_part(found["part"])) is not None:
        return field, found["value"].strip(), True
    found = _PART_IS_RE.fullmatch(text)
    if found is not None and (field := _named_part(found["part"])) is not None:
        return field, found["value"].strip(), False
    found = _CLEAR_PART_RE.fullmatch(text)
    if found is not None and (field := _named_part(found["part"])) not in (None, "what"):
        # "slet idéen" is no part to empty: without an idea there is nothing to send.
        return str(field), "", False
    return None


def _background_time(state: dict[str, Any]) -> bool:
    """Tell whether the time kept is only how things have been, told with the reason
    ("mange nærved-ulykker i år", "since last summer"), not when the idea is to happen."""
    when = state["fields"].get("when", "")
    if not when or "when" not in state["vague"]:
        return False
    if "when" in state.get("context", []):
        return True
    why = state["fields"].get("why", "").casefold()
    pieces = [piece.strip().casefold() for piece in when.split(PART_JOIN) if piece.strip()]
    return bool(why) and all(piece in why for piece in pieces)


_EMAIL_RE = re.compile(r"\S+@\S+\.\w+")
_PHONE_RE = re.compile(r"(?:\+?\d[\s-]?){8,}")


def _contact_told(kept: str, told: str) -> tuple[str, bool] | None:
    """The contact details once `told` is taken in, and whether it added a kind of detail
    (an e-mail beside a name); None when it tells no e-mail or number (it replaces them)."""
    value = kept
    added = False
    found = False
    for kind in (_EMAIL_RE, _PHONE_RE):
        new = kind.search(told)
        if new is None:
            continue
        found = True
        old = kind.search(value)
        if old is None:
            value = f"{value}{PART_JOIN}{new.group(0).strip()}"
            added = True
        else:
            value = value[: old.start()] + new.group(0).strip() + value[old.end() :]
    return (value, added) if found else None


def _as_sent(state: dict[str, Any]) -> dict[str, str]:
    """The parts as read back and sent: "nej" to the help question reads as no help wanted
    (in the conversation's language at the time), not as a part left open."""
    fields = dict(state["fields"])
    if state.get("no_help") and not fields.get("help_wanted"):
        fields["help_wanted"] = t("help_wanted.none", state["lang"])
    return fields


def _told_new(state: dict[str, Any]) -> list[str]:
    """The parts added (not changed) by the message being answered."""
    told_new = state.get("told_new") or []
    # A conversation saved before several parts were kept: one part, as a string.
    return [told_new] if isinstance(told_new, str) else list(told_new)


def _take_adding(state: dict[str, Any]) -> str | None:
    """Take the words waiting to be placed at the read-back ("Hvor skal det stå?"), if any."""
    state.pop("adding_again", None)
    return state.pop("adding", None)


def _back_to_readback(state: dict[str, Any]) -> None:
    """Leave changing a part (or choosing one) for the read-back, with nothing waiting."""
    state["phase"] = Phase.READBACK.value
    state["asking"] = None
    state.pop("resume_asking", None)
    _take_adding(state)


# "det står jo ovenfor", "see above": the answer is said to be in an earlier message.
_POINTS_BACK_RE = re.compile(
    r"\s*(?:(?:men\s+|but\s+)?(?:det|den|idéen|ideen|it|it's|the\s+idea\s+is)\s+)?"
    r"(?:står|stod|er|is|was)?\s*(?:jo\s+|da\s+|already\s+)?"
    r"(?:(?:skrevet\s+|written\s+)?(?:ovenfor|ovenover|herover|længere\s+oppe|above|up\s+there)|"
    r"se\s+(?:ovenfor|ovenover|herover)|see\s+above|(?:som\s+)?jeg\s+(?:skrev|har\s+skrevet)\s+"
    r"(?:det\s+)?(?:jo\s+)?(?:ovenfor|lige)|i\s+(?:just\s+)?(?:wrote|said)\s+(?:it\s+)?above)"
    r"[\s.!?]*",
    re.IGNORECASE,
)
# "en lille sauna der,", "a sauna there.": the place just told, pointed at.
_THERE_RE = re.compile(r"(?<!\w)(?:der|dér|there)(?=\s*(?:[,.!?]|$))", re.I)
# "og …", "and also …" right after an answer: more of it, when the words do not answer the
# question asked since; longer messages are read as answers.
_CONTINUES_RE = re.compile(r"\s*(?:og|and|samt|plus|også|also|men\s+også|but\s+also)\s", re.I)
CONTINUATION_MAX_WORDS = 15
_LINK_RE = re.compile(r"https?://|www\.", re.IGNORECASE)
# Parts told in sentences, not as a place, a time or a contact.
FREE_TEXT_FIELDS = frozenset({"why", "who_benefits", "brings", "help_wanted"})
# Where "fortryd" takes back the last message (while the idea is first told, it drops the
# draft, which a second "fortryd" brings back).
_UNDOABLE = (Phase.ASKING, Phase.READBACK, Phase.CHOOSE_FIELD, Phase.EDITING)
# Answers that show the question is not working for the person: asked what it means, "👍",
# "tak", "nej", "hjælp", a question back (or words the bot could not place, no move at all).
_STUCK_ON = frozenset(
    {Intent.CLARIFY, Intent.YES, Intent.THANKS, Intent.NO, Intent.HELP, Intent.QUESTION}
)
# What a draft is: kept whole when it is dropped, so "fortryd" can bring it back.
_DRAFT_KEYS = (
    "phase",
    "fields",
    "vague",
    "asked",
    "skipped",
    "reopened",
    "original",
    "asking",
    "no_help",
)
# "Jeg har også en anden idé: ...", "I have another idea": the next idea, not more of this one.
_ANOTHER_IDEA_RE = re.compile(
    r"(?:\b(?:jeg|vi)\s+har\s+(?:også\s+|lige\s+|faktisk\s+)*(?:en\s+)?(?:anden|ny|helt\s+ny)\s+"
    r"id[eé]|\bendnu\s+en\s+id[eé]|\b(?:en\s+)?anden\s+id[eé]\s*:|\b(?:i|we)\s+(?:also\s+)?"
    r"have\s+(?:another|a\s+second|one\s+more|a\s+new)\s+idea|\banother\s+idea\b|"
    r"\bone\s+more\s+idea\b)",
    re.IGNORECASE,
)


# Towns next to Gentofte that lie in other municipalities ("en cykelsti i Lyngby centrum");
# "Lyngbyvej" runs through Gentofte and is not one of them.
_OTHER_MUNICIPALITY_RE = re.compile(
    r"\b(?:Kongens\s+Lyngby|Lyngby|Gladsaxe|Søborg|Bagsværd|Buddinge|Virum|Holte|Nærum|"
    r"Hørsholm|Rungsted|Herlev|Frederiksberg|Østerbro|Nørrebro|Vesterbro|Valby|Taarbæk|Tårbæk)\b",
    re.IGNORECASE,
)


def _questions_put(state: dict[str, Any]) -> int:
    """The questions put so far: one put again at once, after an answer for another part, is
    the same question."""
    asked = state["asked"]
    return sum(1 for i, f in enumerate(asked) if i == 0 or asked[i - 1] != f)


def _other_municipality(fields: dict[str, str]) -> str | None:
    """The town outside Gentofte that the place or the idea names ("en bænk ved søen i
    Lyngby": the place is "ved søen", the town is in the idea's words)."""
    for name in ("where", "what"):
        found = _OTHER_MUNICIPALITY_RE.search(fields.get(name) or "")
        if found is not None:
            return found.group(0)
    return None


# A whole message in brackets: a note told beside the idea.
_BRACKETED_ASIDE_RE = re.compile(r"\([^()]{3,600}\)[.!]?")


def new_state(language: str) -> dict[str, Any]:
    """A conversation that has not started yet."""
    return {
        "phase": Phase.NEW.value,
        "lang": supported(language),
        "lang_locked": False,
        "fields": {},
        "vague": [],
        "asked": [],
        "skipped": [],
        "reopened": [],
        "original": [],
        "asking": None,
        "last_reference": None,
    }


class IntakeDialogue:
    """Decides each reply of the intake conversation; stateless apart from the dict it is given."""

    def __init__(self, settings: DialogueSettings | None = None) -> None:
        self.settings = settings or DialogueSettings()

    # -- entry points -------------------------------------------------------------------

    def start(self, state: dict[str, Any]) -> list[Reply]:
        """The first words when a channel opens: a welcome, or where we left off."""
        if state["phase"] == Phase.NEW:
            state["phase"] = Phase.LISTENING.value
            return [self._welcome(state)]
        if state["phase"] == Phase.LISTENING and not state["fields"]:
            return [Reply(t("welcome_back", state["lang"]), choices=self._menu(state["lang"]))]
        return [Reply(t("resume", state["lang"])), self._prompt(state)]

    def handle(
        self,
        state: dict[str, Any],
        port: IntakePort,
        *,
        text: str | None = None,
        choice: str | None = None,
    ) -> list[Reply]:
        """Answer one message (text) or button press (choice)."""
        replies: list[Reply] = []
        if state["phase"] == Phase.NEW:
            state["phase"] = Phase.LISTENING.value
            if text and not state["lang_locked"]:
                state["lang"] = detect_language(text, state["lang"])
            if choice is None and text is not None and self._is_opening(text, state):
                # A bare "hej" gets the full welcome; an idea straight away gets a short one.
                return [self._welcome(state)]
            replies.append(self._welcome(state, short=True))
        welcomed = bool(replies)
        changing = Phase(state["phase"]) in _UNDOABLE
        before = {key: copy.deepcopy(state.get(key)) for key in _DRAFT_KEYS} if changing else None
        asked_before = (state.get("asking"), len(state["asked"]), dict(state["fields"]))
        if choice is not None:
            replies += self._on_choice(state, port, choice)
        else:
            replies += self._on_text(state, port, text or "")
            replies = self._unstuck(state, replies, asked_before, text or "")
        if state.pop("introduced", False) and welcomed:
            # "Hej, jeg har ikke nogen idé endnu" as the first message: the answer says who the
            # bot is, so the short welcome gives way to it, and the privacy notice follows.
            privacy = t("privacy_notice", state["lang"], url=self.settings.privacy_policy_url)
            replies = [*replies[1:], Reply(privacy)]
        still = Phase(state["phase"]) in _UNDOABLE
        undid = state.pop("undid", False)
        if undid:
            state["undid_last"] = True
        else:
            state.pop("undid_last", None)
        changed = before is not None and any(
            # "nej" to the help question changes no part, but is an answer all the same.
            before[key] != state.get(key)
            for key in ("fields", "no_help", "skipped")
        )
        if changed and still and not undid:
            # "fortryd" right after an answer or a change takes back that message only.
            state["last_change"] = before
        elif not still:
            state.pop("last_change", None)
        return replies

    def _unstuck(
        self,
        state: dict[str, Any],
        replies: list[Reply],
        before: tuple[str | None, int, dict[str, str]],
        text: str,
    ) -> list[Reply]:
        """The same question put a third time in a row with nothing kept from the answers
        ("👍", "hvad mener du?", a word the bot can't place): it is left open rather than
        asked for ever, and the person goes on. Asides, status and a real language switch
        don't count; "hjælp" three times in a row does."""
        field, asked, fields = before
        again = (
            field is not None
            and state["phase"] == Phase.ASKING.value
            and state.get("asking") == field
            and bool(replies)
            and replies[-1].asking == field
            # (The same question put anew, as "what" is when nothing names an idea, is no
            # progress either.)
            and all(f == field for f in state["asked"][asked:])
            and state["fields"] == fields
        )
        if not again:
            state.pop("stuck", None)
            return replies
        match = classify(text.strip(), state["lang"])
        pasted_again = (
            match is None and len(text.split()) >= DUPLICATE_MIN_WORDS and text in state["original"]
        )
        # "Danish" asked again and again for whom, with Danish already spoken: no switch.
        same_language = (
            match is not None
            and match.intent == Intent.SWITCH_LANGUAGE
            and match.language == state["lang"]
        )
        if (match is not None and match.intent not in _STUCK_ON and not same_language) or (
            pasted_again
        ):
            # "hej igen", "vent lidt", the opening pasted again: no trouble with the question.
            return replies
        times = state.get("stuck", [field, 0])
        times = [field, times[1] + 1 if times[0] == field else 1]
        state["stuck"] = times
        if times[1] < STUCK_TIMES:
            return replies
        lang = state["lang"]
        if field == "what" and (
            "what" in state["vague"] or _names_no_idea(state["fields"].get("what", ""))
        ):
            # Without an idea there is nothing to send, so the question stays; but it is not
            # put again and again: the person is told what is needed, and the way out.
            return [Reply(t("what_stuck", lang))]
        state.pop("stuck", None)
        if match is None and _has_letters(text) and text not in state["original"]:
            state["original"].append(text)
        state["skipped"].append(field)
        state["vague"] = [f for f in state["vague"] if f != field]
        state.pop("need_words", None)
        return [Reply(t("left_open", lang)), *self._next_step(state)]

    # -- text ---------------------------------------------------------------------------

    def _is_opening(self, text: str, state: dict[str, Any]) -> bool:
        match = classify(text.strip(), state["lang"])
        return match is not None and match.intent in (Intent.GREETING, Intent.WANTS_TO_SHARE)

    def _on_text(self, state: dict[str, Any], port: IntakePort, text: str) -> list[Reply]:
        lang = state["lang"]
        stripped = text.strip()
        if not stripped:
            return [Reply(t("empty_message", lang)), self._prompt(state)]
        if len(stripped) > self.settings.max_message_chars:
            return [
                Reply(
                    t(
                        "too_long",
                        lang,
                        limit=f"{self.settings.max_message_chars:,}".replace(",", "."),
                        length=f"{len(stripped):,}".replace(",", "."),
                    )
                )
            ]
        phase = Phase(state["phase"])
        if not state["lang_locked"]:
            detected = detect_language(stripped, lang)
            # "yo", "so basically", then "we want a skate ramp": until an idea is told, the
            # first words that tell one are the opening, whatever came before.
            opening = (phase == Phase.LISTENING and not state["fields"]) or (
                phase == Phase.ASKING
                and state["asking"] == "what"
                and _names_no_idea(state["fields"].get("what", ""))
            )
            words = len(stripped.split())
            if detected == lang:
                state.pop("lang_hint", None)
            elif (
                opening
                or words >= LANGUAGE_SWITCH_LONG
                or (words >= LANGUAGE_SWITCH_WORDS and state.get("lang_hint") == detected)
            ):
                # "idk", "yes", "nice" in a Danish conversation are slang, not a new language;
                # one short phrase ("change the date to May") is not yet either: the second
                # in a row, or a longer message, is.
                state["lang"] = detected
                state.pop("lang_hint", None)
            elif words >= LANGUAGE_SWITCH_WORDS:
                state["lang_hint"] = detected
        # "How does this work?" as the first message: the language is read first, so the
        # answer to a command is in it too.
        lang = state["lang"]
        match = classify(stripped, lang)
        if match is not None and (reply := self._on_command(state, port, match)) is not None:
            return reply
        phase = Phase(state["phase"])
        asked = state["asking"] if phase == Phase.ASKING else None
        if (asked == "help_wanted" and wants_no_help(stripped)) or (
            phase != Phase.LISTENING and says_no_help(stripped)
        ):
            # "nej", "det klarer vi selv", asked what help they want; "vi har ikke brug for
            # hjælp alligevel" at the read-back: none is wanted, and staff read so.
            return self._no_help(state, stripped)
        labelled = _labelled_edit(stripped) if phase != Phase.LISTENING else None
        if labelled is not None and not labelled[1] and removed_fields(stripped):
            # "fjern min mail": the removal below knows which details go.
            labelled = None
        if labelled is not None and (labelled[1] or state["fields"].get(labelled[0])):
            # "tilføj samarbejdspartner: X", "idéen skal bare være: …", "fjern hvem der får
            # glæde af det": the part is named, so only that part changes.
            return self._labelled(state, *labelled, stripped)
        gone = [f for f in removed_fields(stripped) if state["fields"].get(f)]
        if gone and phase != Phase.LISTENING:
            # "fjern min mail", "slet datoen": the part is emptied, not added to.
            return self._remove(state, gone, stripped)
        taken_out = removed_words(stripped) if phase != Phase.LISTENING else None
        if taken_out is not None:
            # "fjern delen om borde", "we don't need the tables after all".
            return self._remove_words(state, taken_out)
        if phase == Phase.EDITING and clears_it(stripped) and state["fields"].get(state["asking"]):
            # "slet det", typed where the new words for one part were asked for.
            return self._remove(state, [state["asking"]])
        if phase == Phase.LISTENING:
            return self._on_idea_text(state, stripped, match)
        if phase == Phase.ASKING:
            return self._on_answer(state, stripped, match)
        if phase == Phase.READBACK:
            return self._on_readback_text(state, port, stripped, match)
        if phase == Phase.CHOOSE_FIELD:
            return self._on_choose_field_text(state, port, stripped, match)
        return self._on_edit_value(state, stripped, match)

    def _remove(
        self, state: dict[str, Any], gone: list[str], said: str | None = None
    ) -> list[Reply]:
        """Empty the parts the person asked to remove, then go on where they were."""
        emptied = list(gone)
        if "contact" in gone:
            # Asked to remove their e-mail or number, it goes from their words too; "slet mit
            # nummer" takes the number only, and the name and e-mail stay.
            kinds = removed_contact_kinds(said) if said else frozenset({"phone", "email", "name"})
            details = kinds & {"phone", "email"}
            words = _understanding().without_contact_details
            state["original"] = [words(told, details) for told in state["original"]]
            state["fields"] = {
                name: words(value, details) for name, value in state["fields"].items()
            }
            rest = state["fields"].get("contact", "")
            if "name" not in kinds and re.search(r"\w", rest.replace("…", "")):
                # What is left of the part (the name, the e-mail) stays.
                state["fields"]["contact"] = _tidy_removed(rest)
                emptied.remove("contact")
        for field in emptied:
            _empty_part(state, field)
        if Phase(state["phase"]) in (Phase.CHOOSE_FIELD, Phase.EDITING):
            _back_to_readback(state)
        names = ", ".join(t(f"field.{f}", state["lang"]) for f in gone)
        return [Reply(t("removed", state["lang"], fields=names)), self._prompt(state)]

    def _no_help(self, state: dict[str, Any], said: str) -> list[Reply]:
        """No help is wanted from the municipality: the part is left empty, not asked again,
        and read back (and sent to staff) as no help wanted."""
        lang = state["lang"]
        asked = Phase(state["phase"]) == Phase.ASKING and state["asking"] == "help_wanted"
        had_help = bool(state["fields"].get("help_wanted"))
        _empty_part(state, "help_wanted")
        state["no_help"] = True
        state["original"].append(said)
        if asked:
            return self._next(state)
        if Phase(state["phase"]) in (Phase.CHOOSE_FIELD, Phase.EDITING):
            if (resumed := self._resume_asking(state)) is not None:
                return [Reply(t("no_help.noted", lang)), resumed]
            _back_to_readback(state)
        key = "edited" if had_help else "edited.added"
        if Phase(state["phase"]) == Phase.READBACK:
            return [Reply(t(key, lang, field=t("field.help_wanted", lang))), self._prompt(state)]
        return [Reply(t("no_help.noted", lang)), self._prompt(state)]

    def _labelled(
        self, state: dict[str, Any], field: str, value: str, adds: bool, said: str
    ) -> list[Reply]:
        """Change the one part a message names: added to, told anew, or emptied."""
        if not value:
            return self._remove(state, [field], said)
        current = state["fields"].get(field)
        if adds and current and value.casefold() not in current.casefold():
            value = f"{current}{PART_JOIN}{value}"
        elif adds and current:
            value = current
        self._told(state, field, value, said)
        if adds and value != current:
            # "tilføj samarbejdspartner: X": added, to a part empty or not; "stedet skal være
            # X" is a change, unless the part was empty.
            state["told_new"] = [*_told_new(state), field]
        _take_adding(state)
        phase = Phase(state["phase"])
        if phase in (Phase.CHOOSE_FIELD, Phase.EDITING):
            if (resumed := self._resume_asking(state)) is not None:
                return [self._edited(state, field), resumed]
            _back_to_readback(state)
        if phase == Phase.ASKING and field == state["asking"]:
            state["vague"] = [f for f in state["vague"] if f != field]
            return [self._edited(state, field), *self._next(state)]
        return [self._edited(state, field), self._prompt(state)]

    def _remove_words(self, state: dict[str, Any], words: str) -> list[Reply]:
        """Take the pieces that hold `words` out of every part, or say they are not there."""
        keys = [
            w[: max(4, len(w) - 2)]
            for w in re.findall(r"\w+", words.casefold())
            if w not in _REMOVE_WORDS_SKIP
        ]
        changed: list[str] = []
        for field in FIELDS:
            value = state["fields"].get(field)
            if not value or not keys:
                continue
            kept = _without_pieces(value, keys)
            if kept == value:
                continue
            changed.append(field)
            if kept:
                state["fields"][field] = kept
            else:
                _empty_part(state, field)
        lang = state["lang"]
        if not changed:
            return [Reply(t("remove_words.missing", lang, words=words)), self._prompt(state)]
        if Phase(state["phase"]) in (Phase.CHOOSE_FIELD, Phase.EDITING):
            _back_to_readback(state)
        names = ", ".join(t(f"field.{f}", lang) for f in changed)
        return [Reply(t("remove_words.done", lang, words=words, fields=names)), self._prompt(state)]

    def _on_command(
        self, state: dict[str, Any], port: IntakePort, match: IntentMatch
    ) -> list[Reply] | None:
        """Commands that work anywhere; None when the intent belongs to the current step."""
        intent = match.intent
        if intent == Intent.HELP:
            return [Reply(t("help", state["lang"])), self._prompt(state)]
        if intent == Intent.CLARIFY:
            return self._clarify(state)
        if intent == Intent.WAIT:
            return [Reply(t("wait_ok", state["lang"]))]
        if intent == Intent.RESUME:
            if Phase(state["phase"]) == Phase.LISTENING and not state["fields"]:
                return [Reply(t("invite", state["lang"]))]
            return [Reply(t("resume", state["lang"])), self._prompt(state)]
        if intent == Intent.LATER:
            # Nothing is lost: the state is saved, and the next message goes on from here.
            if Phase(state["phase"]) == Phase.ASKING:
                # The question stays where they will see it when they come back.
                return [Reply(t("later_ok.question", state["lang"])), self._prompt(state)]
            key = "later_ok" if state["fields"] else "later_ok.empty"
            return [Reply(t(key, state["lang"]))]
        if intent == Intent.UNDO:
            last = state.pop("last_change", None)
            if last is not None and self._busy(state):
                # "fortryd" after "ret tidspunktet til maj", or after an answer: as it was
                # before that message, and the question or the read-back again.
                state.update(last)
                state["undid"] = True
                _take_adding(state)
                return [Reply(t("change_undone", state["lang"])), self._prompt(state)]
            if state.get("undid_last") and self._busy(state):
                # "fortryd" once more after one: there is no more to take back, and the draft
                # stays (a third one does not drop it either).
                state["undid"] = True
                return [Reply(t("nothing_to_undo.more", state["lang"])), self._prompt(state)]
            if state["fields"] and state.get("dropped") and not state.get("next_idea"):
                # "start forfra", a new idea, then "fortryd" (at its read-back too): the draft
                # dropped by "start forfra" is brought back, and the new idea is kept.
                return self._undo_restart(state)
            if Phase(state["phase"]) in (Phase.READBACK, Phase.CHOOSE_FIELD, Phase.EDITING):
                # At the read-back "fortryd" means a change; with none made, the draft stays.
                return [Reply(t("nothing_to_undo.change", state["lang"])), self._prompt(state)]
            if state["fields"]:
                # "fortryd" while telling an idea: drop it (it can be brought back).
                return self._cancel(state)
            return self._undo(state)
        if intent == Intent.CANCEL and Phase(state["phase"]) in (Phase.EDITING, Phase.CHOOSE_FIELD):
            # "annuller" while one part is being changed: that change is called off, not the
            # whole idea (which the read-back's own cancel button still drops).
            _back_to_readback(state)
            return [Reply(t("edit_cancelled", state["lang"])), self._readback(state)]
        if intent == Intent.CANCEL:
            return self._cancel(state)
        if intent == Intent.RESTART:
            return self._restart(state)
        if intent == Intent.MY_INITIATIVES:
            return [self._my_initiatives(state, port), *self.prompt_if_busy(state)]
        if intent == Intent.SWITCH_LANGUAGE and match.language:
            return self._switch_language(state, match.language)
        if intent in (Intent.GREETING, Intent.WANTS_TO_SHARE) and self._busy(state):
            return [self._prompt(state)]
        return None

    def _on_idea_text(
        self, state: dict[str, Any], text: str, match: IntentMatch | None
    ) -> list[Reply]:
        lang = state["lang"]
        sent = state.get("last_reference") if not state["fields"] else None
        question = asks_what_happens(text) if not state["fields"] else None
        days = self.settings.response_working_days
        if question is not None and sent:
            # "hvad sker der nu?" right after sending: about the idea just sent.
            return [Reply(t("after_submit.next", lang, reference=sent, days=days))]
        if question is not None:
            # "hvad sker der med min idé, når jeg har sendt den?", "hvornår får jeg svar?"
            # before any idea: how it goes from here; the idea is still to come.
            state.pop("just_sent", None)
            key = "how_it_works.time" if question == "time" else "how_it_works"
            return [Reply(t(key, lang, days=days))]
        remark = no_idea_remark(text) if not state["fields"] else None
        if remark is not None and remark != "invite.go_on":
            # "hej, jeg er ny her og ved ikke helt hvordan det virker", "jeg har ikke nogen idé
            # endnu": no idea to take in; what this is, or an invitation to tell it.
            state.pop("just_sent", None)
            return self._remark(state, remark, text)
        aside = without_remarks(text) if not state["fields"] and not sent else None
        if aside is not None:
            # "… on Sunday afternoons in summer - btw is this the right place to ask? I'm from
            # Canada and don't know how things work here": the idea is read without the
            # remarks about the service, and they are answered in the same turn.
            idea, key = aside
            replies = self._on_idea_text(state, idea, classify(idea, lang))
            _keep_as_written(state, idea, text)
            return [Reply(t(key, lang)), *replies]
        told = answer_then_asked_back(text) if not state["fields"] and not sent else None
        if told is None and not state["fields"] and not sent:
            # "… hele aftenen. Hvad mener I? Kunne man holde dem åbne til kl 21?": the question
            # in between is answered, the idea told around it.
            told = asked_back_inside(text)
        if told is not None:
            # "Vi vil lave en fællesspisning … Hvad koster det egentlig?": the idea is read
            # without the question, and the question is answered in the same turn.
            idea, key = told
            replies = self._on_idea_text(state, idea, classify(idea, lang))
            _keep_as_written(state, idea, text)
            answer = Reply(t(f"asked_back.{key}", lang, days=days))
            return [*replies[:-1], answer, *replies[-1:]]
        just_sent = state.get("just_sent")
        pending = state.get("afterthought") if just_sent and not state["fields"] else None
        if match is not None and match.intent in (Intent.THANKS, Intent.GREETING):
            pending = None
        if pending:
            # Asked whether the change is for the idea just sent, the person wrote on instead
            # of pressing a button: both messages are kept, and the question comes again (a
            # typed "ja"/"nej" answers it like its buttons).
            text = f"{pending}\n\n{text}"
        if (
            just_sent
            and not state["fields"]
            and (
                pending
                or _AFTERTHOUGHT_RE.match(text)
                or corrected(text)
                or (match is not None and match.intent == Intent.EDIT)
                or _CHANGE_SENT_RE.search(text)
            )
        ):
            # "åh ja, og vi har også en trailer", "ups, datoen skal være i april", right after
            # sending: more for the idea just sent, or a new one? Asked, not guessed.
            state["afterthought"] = text
            state["confirming"] = {
                "yes": f"own:add_afterthought:{just_sent}",
                "no": "afterthought:new",
            }
            return [
                Reply(
                    t("afterthought.ask", lang, reference=just_sent),
                    choices=(
                        Choice(t("button.add_to_sent", lang), f"own:add_afterthought:{just_sent}"),
                        Choice(t("button.new_idea", lang), "afterthought:new"),
                    ),
                )
            ]
        if not state["fields"] and is_noise(text):
            # "asdf", "test", "k", "fordi": nothing to thank anyone for yet.
            return [Reply(t("invite", lang))]
        # Anything else is no afterthought: the idea just sent is left as sent.
        state.pop("just_sent", None)
        two = _two_ideas(text) if not state["fields"] else None
        if two is not None:
            # "Jeg har to idéer: en bænk ved søen og en legeplads i Vangede": one at a time,
            # the second kept for when the first is sent.
            first, second = two
            state["next_idea"] = second
            return [
                Reply(t("two_ideas", lang, first=first)),
                *self._on_idea_text(state, first, None),
            ]
        name = introduction(text) if not state["fields"] else None
        if name is not None:
            # "jeg hedder Karen og bor i Ordrup": hello to Karen, and the idea is still to come.
            # The words are kept: who they are is read with the idea when it comes.
            state["original"].append(text)
            return [Reply(t("intro.hello", lang, name=name))]
        talk = small_talk(text) if not state["fields"] else None
        if talk is not None:
            # "hvad så?", "hvordan går det?", "hvad er det her?": a friendly word back.
            return [Reply(t(talk, lang))]
        if match is not None:
            if match.intent in (Intent.GREETING, Intent.WANTS_TO_SHARE) or (
                match.intent == Intent.QUESTION and _understanding().is_chat_aside(text)
            ):
                # "kan du hjælpe mig med noget?": yes, with the idea that is still to come.
                return [Reply(t("invite", lang))]
            if match.intent == Intent.THANKS:
                # "tak for hjælpen" after sending an idea is a goodbye, not a new idea.
                sent = state.get("last_reference") and not state["fields"]
                return [Reply(t("thanks.after_submit" if sent else "thanks.before", lang))]
            if match.intent == Intent.QUESTION and not state["fields"] and asks_for_support(text):
                # "Kan kommunen give penge til en sommerfest?": an idea with the help it needs.
                # Kept, the words are read again with the idea when it is told.
                state["original"].append(text)
                return [Reply(t("support_question", lang))]
            if match.intent == Intent.QUESTION and not _understanding().proposes(text):
                # "Why buy a drill you use twice a year?" may open an idea: kept, it is read
                # again with the idea when that comes.
                state["original"].append(text)
                return [Reply(t("not_an_idea", lang, url=self.settings.service_contact_url))]
            if match.intent in (
                Intent.YES,
                Intent.NO,
                Intent.SKIP,
                Intent.CHANGE,
                Intent.EDIT,
                Intent.SEND_NOW,
                Intent.BACK,
            ) and not (match.intent == Intent.EDIT and match.field and match.value):
                # ("Sted: ved Gentofte Station", "Formål: …" as the first words are the idea
                # told as a form, read below.)
                return [Reply(t("invite", lang))]
        if not state["fields"] and _understanding().reports_a_fault(text):
            # "Min skraldespand er ikke blevet tømt": a fault or a complaint, not an idea.
            return [Reply(t("not_an_idea.fault", lang, url=self.settings.service_contact_url))]
        understood = _understanding().understand(text, lang)
        if understood.only_greets and not state["fields"]:
            # "hej har lige 2 min i bussen", "Hi! Sorry, my Danish is bad": the idea is still
            # to come. The words are kept with the rest.
            state["original"].append(text)
            return [Reply(t("invite", lang))]
        announced = announcement(text) if remark == "invite.go_on" else None
        if announced:
            # "Jeg bor på Ordrupvej og har tænkt over noget": no idea yet, whatever else it
            # tells; the idea is asked for, and the rest is kept.
            understood.fields["what"] = announced
            understood.vague.add("what")
        if "what" not in understood.fields:
            understood.fields["what"] = text
            # "Hi, quick idea!", "hej vi er nogle drenge fra 8.b": a short message, or one that
            # tells other things than the idea, is no idea yet; the next words may be.
            if len(text.split()) < 6 or len(understood.fields) > 1 or _no_idea_words(text):
                understood.vague.add("what")
        elif _breaks_off_before_the_idea(text, lang):
            # "Vi er en spejdergruppe fra Jægersborg og vi kunne godt tænke os": the idea is in
            # the message still being typed.
            understood.vague.add("what")
        self._give_way(state, understood)
        vague_idea = "what" in state["vague"] or not state["fields"].get("what")
        old_idea = state["fields"].get("what", "") if vague_idea else ""
        state["original"].append(text)
        self._merge(state, understood, replace={"what"})
        state["idea_weak"] = _tells_no_idea(understood, text)
        if vague_idea:
            self._reread(state, old_idea)
        return self._next(state, acknowledge=True)

    def _remark(self, state: dict[str, Any], remark: str, text: str) -> list[Reply]:
        """Answer a message that says where the person stands, not what the idea is."""
        days = self.settings.response_working_days
        if remark in ("language_ok", "no_idea_yet"):
            # Both answers say who the bot is (see `handle`).
            state["introduced"] = True
        if remark == "language_ok":
            # "Hi, I only speak English, sorry!": that language from here on, and what this is.
            state["lang"] = _language_spoken(text)
            state["lang_locked"] = True
            lang = state["lang"]
            return [Reply(t("language_ok", lang)), Reply(t("what_is_this", lang))]
        return [Reply(t(remark, state["lang"], days=days))]

    def _remark_while_asked(
        self, state: dict[str, Any], remark: str, text: str
    ) -> list[Reply] | None:
        """A remark about where the person stands, sent while a question is open; None when
        it answers the question ("jeg har ingen idé" asked when: they don't know)."""
        lang = state["lang"]
        what = state["fields"].get("what", "")
        if remark == "no_idea_yet" and _names_no_idea(what):
            # "I do not have an idea yet, I just wanted to know what this is": there is no
            # idea to ask about. The words kept so far go, and "fortryd" brings them back.
            self._drop_draft(state)
            return [Reply(t("no_idea_yet", lang))]
        if remark == "language_ok":
            return self._switch_language(state, _language_spoken(text))
        if remark == "how_it_works" and re.search(r"hvordan|how", text, re.IGNORECASE):
            # "jeg er ny her og ved ikke hvordan det virker": how it goes, and the question
            # ("jeg er ny her" alone may well be why).
            return [Reply(t("asked_back.new_here", lang)), self._prompt(state)]
        return None

    def _on_answer(
        self, state: dict[str, Any], text: str, match: IntentMatch | None
    ) -> list[Reply]:
        field = state["asking"]
        # "som sagt, det er for børnefamilier": the answer is what follows.
        text = without_repeat_cue(text)
        back = _BACK_AGAIN_RE.match(text)
        if back is not None and back.end() < len(text):
            # "ok back. money mostly" after "gotta run, brb": the answer is what follows.
            text = text[back.end() :]
        answer = without_leaving(text)
        if answer != text:
            # "skal løbe, svarer senere": the question waits for them. Said after an answer
            # ("søndage 10-16. skal lige hente i børnehaven nu"), the answer is kept.
            lang = state["lang"]
            if not answer:
                return [Reply(t("leaving.waits", lang)), self._prompt(state)]
            replies = self._on_answer(state, answer, classify(answer, lang))
            _keep_as_written(state, answer, text)
            return [Reply(t("leaving.kept", lang)), *replies]
        remark = no_idea_remark(text)
        if remark is not None:
            handled = self._remark_while_asked(state, remark, text)
            if handled is not None:
                return handled
            if remark == "no_idea_yet":
                # "jeg har ingen idé", asked when: they don't know yet.
                match = IntentMatch(Intent.SKIP)
        repeated = bool(
            state["original"]
            and text == state["original"][-1]
            and len(text.split()) >= DUPLICATE_MIN_WORDS
        )
        if repeated or self._told_before(state, text):
            # The same message again (sent twice, or pasted again), or an earlier one (the
            # opening) sent again later: what it tells is kept already, and it answers nothing
            # asked since. Short ones ("ved ikke") may well answer two questions.
            if (
                repeated and state.get("reopened_by") == text and field in state.get("reopened", ())
            ) or (
                state.pop("duplicate_of", None) == [field, text]
                # The message the idea was kept from is never the answer to another question.
                and not self._tells_the_idea(state, text)
            ):
                # Read as sent before the question, it comes again when the question does; or
                # sent once more after "I have that one already": the person means it as the
                # answer (not the same question again and again). What it tells this question
                # is kept, and it is not asked again.
                taken = Reply(t("duplicate.taken", state["lang"]))
                return [taken, *self._insisted(state, field, text)]
            state["duplicate_of"] = [field, text]
            return [Reply(t("duplicate", state["lang"])), self._prompt(state)]
        if (
            match is not None
            and match.intent == Intent.EDIT
            and match.field
            and match.value
            and len(text.split()) <= EDIT_WHILE_ASKED_WORDS
        ):
            # "ret stedet til Gentofte Sø" between two questions: a correction, not an answer
            # (unless it corrects the very thing asked). "Why: there's not much to do ..." is
            # a message told in parts, read as one.
            # Words added that fit no part stay in the message kept with the idea's text.
            changed, _ = self._edit_parts(state, match.field, match.value, text)
            if changed == [field]:
                return self._next(state)
            others = [f for f in changed if f != field]
            replies = [self._edited_all(state, others)]
            if field in changed:
                return [*replies, *self._next(state)]
            return [*replies, self._prompt(state)]
        if (
            match is not None
            and match.intent == Intent.CHANGE
            and match.field
            and match.field != field
            and state["fields"].get(match.field)
        ):
            # "stedet er forkert" while asked for whom: the place is asked for anew, and then
            # the open question again.
            state["resume_asking"] = field
            return self._start_edit(state, match.field)
        if field == "what" and _POINTS_BACK_RE.fullmatch(text):
            # "det står jo ovenfor", asked what the idea is: the words above told no idea
            # this bot could find; kept as the idea, they would be sent as one.
            state.setdefault("reopened", []).append("what")
            state["asked"].append("what")
            return [Reply(t("what_points_back", state["lang"])), self._question(state, "what")]
        if field != "what" and (match is None or match.intent != Intent.SKIP) and _told_none(text):
            # "ikke noget, jeg har ikke tid", asked what they bring: nothing, and why not. The
            # words stay with the idea's own text; the part stays open.
            state["original"].append(text)
            match = IntentMatch(Intent.SKIP)
        if match is not None and match.intent in (Intent.SKIP, Intent.NO):
            if field == "what" and _names_no_idea(state["fields"].get("what", "")):
                # "🌳🌳🌳" and then "spring over": without an idea there is nothing to send.
                # Every other part may stay open; this one is asked again, with examples.
                state.setdefault("reopened", []).append("what")
                state["asked"].append("what")
                # "jeg tænkte" / "måske": unsure, not refusing; a kind word, not a rule.
                key = "what_hesitant" if _HESITANT_RE.fullmatch(text) else "what_needed"
                return [Reply(t(key, state["lang"])), self._question(state, "what")]
            if (
                field == "when"
                and _background_time(state)
                and _understanding().tells_time_gone_by(state["fields"].get("when", ""))
            ):
                # "Der har været mange nærved-ulykker i år", asked when, and "ved ikke": "i år"
                # told when things went wrong; kept, it would be sent as the plan's time.
                # "Om vinteren er det helt mørkt på stien" tells when it matters: it stays.
                state["fields"].pop("when", None)
            state["skipped"].append(field)
            state["vague"] = [f for f in state["vague"] if f != field]
            return self._next(state)
        added = _as_main_clause(without_addition_cue(text))
        if added != text and added.strip():
            # "tilføj at vi også har en trailer", "add that it's for the whole family" while a
            # question is open: more for the parts it tells; the question stays open unless
            # that is what it answers.
            more = _understanding().understand(added, state["lang"])
            more.fields.pop("what", None)
            if more.fields:
                state["original"].append(text)
                self._merge(state, more, replace=set())
                if field in more.fields:
                    return self._next(state)
                return [Reply(_added_to(state["lang"], more.fields)), self._prompt(state)]
            text = added
        corrected_field = self._correct(state, text)
        if corrected_field is None and field not in ("when", "where"):
            # "nej vent, det bliver nok november pga byggetiden", sent as the bot asked for
            # whom: the kept time is corrected, as at the read-back, not stored as whom.
            corrected_field = self._correct(state, text, any_part=True, kept_only=True)
        if corrected_field == field:
            return self._next(state)
        if corrected_field is not None:
            # "undskyld, jeg mente 4. maj", sent as the next question came: the date is
            # corrected, and the question is still open.
            return [self._edited(state, corrected_field), self._prompt(state)]
        if match is not None and match.intent == Intent.YES and _YES_SEND_RE.fullmatch(text):
            match = IntentMatch(Intent.SEND_NOW)
        if match is not None and match.intent == Intent.SEND_NOW and state["fields"].get("what"):
            # "bare send den nu": no more questions; the read-back still comes first.
            state["skipped"].extend(f for f in ASK_ORDER if f not in state["skipped"])
            return self._next(state)
        another = _ANOTHER_IDEA_RE.search(text)
        if another is not None and state["fields"].get("what"):
            # "jeg har en anden idé" while asked why: not the answer. It is kept and taken up
            # once this one is sent (or dropped).
            state["next_idea"] = text[another.end() :].lstrip(" :;,.-–—")
            return [Reply(t("next_idea.kept", state["lang"])), self._prompt(state)]
        told = answer_then_asked_back(text)
        question = told[1] if told is not None else asked_back(text)
        if question is not None:
            # "hvad kan kommunen egentlig hjælpe med?", "is it free?": the person asks us; an
            # answer, and the question stays open.
            lang = state["lang"]
            days = self.settings.response_working_days
            if told is not None:
                # "afspærring og tilladelse. hvad koster det egentlig?": the answer is kept,
                # and the question it ends with answered before the conversation goes on.
                answer, question = told
                replies = self._on_answer(state, answer, classify(answer, lang))
                _keep_as_written(state, answer, text)
                return [Reply(t(f"asked_back.{question}", lang, days=days)), *replies]
            return [Reply(t(f"asked_back.{question}", lang, days=days)), self._prompt(state)]
        if asks_about_the_question(text) and not _answers_then_asks(text, field, state["lang"]):
            # "Hvad er spørgsmålet?", "why is that important?": the question explained.
            return self._clarify(state)
        if asks_something_else(text) and not _understanding().proposes(text):
            # "Hvor er biblioteket i Dyssegård forresten?": not ours to answer, and no answer
            # to the question asked, which comes again. The words are kept with the rest.
            state["original"].append(text)
            url = self.settings.service_contact_url
            return [Reply(t("not_an_idea.asking", state["lang"], url=url)), self._prompt(state)]
        if (
            match is not None
            and match.intent in (Intent.YES, Intent.THANKS, Intent.BACK)
            and (field != "what" or not _has_letters(text))
        ) or (
            # "2027", asked when: a year is an answer.
            _BARE_NUMBER_RE.fullmatch(text) and not (field == "when" and _YEAR_RE.fullmatch(text))
        ):
            # "ja", "tak" or a bare "2" is no answer to an open question: ask again, kindly,
            # and a second "👍" in a row gets the way on ("spring over", "send den nu").
            mark = [field, len(state["original"]), len(state["asked"])]
            again = state.pop("need_words", None) == mark
            if not again:
                state["need_words"] = mark
            key = "need_words.again" if again else "need_words"
            if field == "what" and _names_no_idea(state["fields"].get("what", "")):
                # "👍" asked what the idea is: there is no skipping that one.
                key = "need_words.what"
            return [Reply(t(key, state["lang"])), self._prompt(state)]
        state["original"].append(text)
        if (
            field != "what"
            and _LINK_RE.search(text)
            and _understanding().understand(text, state["lang"]).only_greets
        ):
            # "se evt. vores facebookgruppe https://…": kept with the idea, and no answer to
            # the question, which stays open.
            return [Reply(t("noted_aside", state["lang"])), self._prompt(state)]
        if field != "what" and _understanding().is_chat_aside(text):
            # "sorry skriver fra telefonen mens aftensmaden koger 😅": no answer; the question
            # stays open, kindly.
            return [Reply(t("aside_ok", state["lang"])), self._prompt(state)]
        previous = state.pop("last_answered", None)
        if previous and previous != field and self._goes_on(state, previous, field, text):
            # "der er mange hunde her", then "og ingen steder de kan løbe frit" as the next
            # question came: more of the last answer, and the question stays open.
            state["fields"][previous] = f"{state['fields'][previous]}{PART_JOIN}{text}"
            lang = state["lang"]
            return [
                Reply(t("noted_other", lang, field=t(f"field.{previous}", lang))),
                self._prompt(state),
            ]
        volunteered = self._volunteered(state, field, text)
        if volunteered is not None:
            # Sent before the question was read: what it tells goes to its own fields, and
            # the question stays open.
            old_idea = state["fields"].get("what", "") if self._give_way(state, volunteered) else ""
            if (
                "what" in volunteered.fields
                and not old_idea
                and not volunteered.idea_told
                and _only_other_parts(volunteered)
            ):
                # "det er for at skabe liv i gaden": a reason, not more words for the idea.
                volunteered.fields.pop("what")
            told_idea = state["fields"].get("what") and "what" not in state["vague"]
            what = volunteered.fields.get("what")
            others = [v for k, v in volunteered.fields.items() if k != "what"]
            if what and not old_idea and told_idea and what in others:
                # "Vi håber på penge til redskaber", sent after the idea: the help they want,
                # not more words for the idea as well.
                volunteered.fields.pop("what")
            before = dict(state["fields"])
            self._merge(state, volunteered, replace={"what"})
            if old_idea:
                state["idea_weak"] = False
                self._reread(state, old_idea)
            state.setdefault("reopened", []).append(field)
            state["reopened_by"] = text
            changed = [f for f in FIELDS if f != "what" and state["fields"].get(f) != before.get(f)]
            if old_idea:
                changed = ["what"]
            if changed and field not in changed:
                # "Det skal være på Gentofte Rådhusplads", asked when: said where it went, and
                # the question once more.
                lang = state["lang"]
                return [
                    Reply(t("noted_other", lang, field=t(f"field.{changed[0]}", lang))),
                    *self._next(state),
                ]
            return self._next(state)
        told_only = (
            _understanding().told_only_place_or_time(text)
            if field == "what"
            and state["fields"].get("what")
            and not _no_idea_words(state["fields"]["what"])
            else None
        )
        if told_only is not None:
            # "Loppemarked", asked for more, then "Hellerup": the idea stands as told, and the
            # answer is where (or when) it happens.
            other, value = told_only
            self._merge(state, _understanding().Understanding(fields={other: value}), replace=set())
            state["vague"] = [f for f in state["vague"] if f not in ("what", other)]
            return self._next(state)
        understood = _understanding().understand_answer(field, text, state["lang"])
        if understood.answered_instead is not None:
            # "ved Gentofte Sø" asked when: the answer to another question (the person's
            # messages and the questions got out of step). Kept there, and on to the next
            # question: asking this one again would put the person's next message, already
            # on its way, out of step once more.
            other = understood.answered_instead
            self._merge(state, understood, replace=set())
            state["vague"] = [f for f in state["vague"] if f != other]
            lang = state["lang"]
            noted = Reply(t("noted_other", lang, field=t(f"field.{other}", lang)))
            if field in ASK_AGAIN and state["asked"].count(field) < 2:
                # "ved søen" asked why: what staff most need. The asking that went to another
                # part does not use up the questions left, so it surely comes back.
                state["misplaced"] = state.get("misplaced", 0) + 1
            # Asked once more at the end, when nothing else is left to ask.
            state.setdefault("deferred", []).append(field)
            return [noted, *self._next(state)]
        if field == "what":
            # Asked what the idea is, people tell it the way they would have opened: the
            # whole answer is the idea, and its other parts go to their own fields.
            full = _understanding().understand(text, state["lang"])
            if (
                len(text.split()) >= WHAT_ANSWER_AS_OPENING_WORDS
                and full.idea_told
                and full.fields.get("what")
            ):
                # A whole letter told in answer is read as one: its idea, not all of it.
                understood.fields["what"] = full.fields["what"]
                for name in full.fields:
                    if name != "what":
                        understood.fields[name] = full.fields[name]
                understood.vague = set(full.vague)
            for name, value in full.fields.items():
                if name != "what" and name not in understood.fields:
                    understood.fields[name] = value
                    if name in full.vague:
                        understood.vague.add(name)
                elif name != "what" and name in full.vague:
                    # "vi er nogle unge fra Dyssegård" read as what they bring says who they
                    # are, not what they bring, in an answer as in an opening.
                    told = understood.fields[name]
                    if told in value or value in told:
                        understood.vague.add(name)
        if not understood.fields:
            # Nothing recognised at all: keep the words under the question asked. When the
            # answer clearly names other fields, trust that reading instead.
            understood.fields[field] = text
        vague_idea = field == "what"
        old_idea = state["fields"].get("what", "") if vague_idea else ""
        named_a_thing = (
            bool(old_idea)
            # A few words naming a thing ("Loppemarked", "cykelværksted for unge"), not a
            # situation or an introduction kept for want of an idea.
            and len(old_idea.split()) <= IDEA_NAME_MAX_WORDS
            and not _SUBJECT_RE.search(old_idea)
            and not _tells_situation(old_idea, state["lang"])
            and not state.get("idea_weak")
            and not _no_idea_words(old_idea)
            and not _understanding().tells_no_idea_words(old_idea)
        )
        if field == "when" and understood.fields.get("when") and _background_time(state):
            # "i år" told with the reason, then "inden skolestart i august": the plan's time.
            state["fields"].pop("when", None)
        if field != "what" and field not in understood.fields:
            # "vi vil så i april", asked for whom: the answer told other parts and left the
            # question open, so it comes back once the others are asked.
            state.setdefault("deferred", []).append(field)
        self._merge(state, understood, replace={field})
        told = state["fields"].get("what", "")
        if (
            vague_idea
            and old_idea
            and told
            and not named_a_thing
            and not state["fields"].get("why")
            and old_idea.casefold() not in told.casefold()
        ):
            # "bilerne kører som sindssyge om morgenen", then asked for the idea, "vi vil lave
            # en cykelbus": the situation kept until the idea came is why.
            before = _understanding().understand(old_idea, state["lang"])
            if "what" in before.vague and before.fields.get("why"):
                state["fields"]["why"] = before.fields["why"]
                state["vague"] = [f for f in state["vague"] if f != "why"]
        if (
            vague_idea
            and named_a_thing
            and told
            and old_idea.casefold() not in told.casefold()
            and told.casefold() not in old_idea.casefold()
        ):
            # "Loppemarked", asked for more, then "folk kan sælge deres gamle ting": the
            # flea market stays the idea, and the answer says more about it.
            state["fields"]["what"] = f"{old_idea}{PART_JOIN}{told}"
        if state["fields"].get(field):
            state["last_answered"] = field
        if vague_idea:
            state["idea_weak"] = _tells_no_idea(full, text)
            if "where" in state["vague"] and _THERE_RE.search(text):
                # "fra molen i Skovshoved Havn" told about the swimming, then "en lille sauna
                # der": the place already told is the idea's.
                state["vague"] = [f for f in state["vague"] if f != "where"]
        state["vague"] = [f for f in state["vague"] if f != field]
        if vague_idea:
            self._reread(state, old_idea)
            if _no_idea_words(state["fields"].get("what", "")) and "what" not in state.get(
                "reopened", []
            ):
                # "noget sjovt": still no idea to send; asked once more, with examples.
                state["vague"] = sorted({*state["vague"], "what"})
                state.setdefault("reopened", []).append("what")
        return self._next(state)

    @staticmethod
    def _tells_the_idea(state: dict[str, Any], text: str) -> bool:
        """Whether `text` is the message the idea was kept from (its words hold the idea)."""
        idea = " ".join(state["fields"].get("what", "").split()).casefold()
        return bool(idea) and idea in " ".join(text.split()).casefold()

    def _told_before(self, state: dict[str, Any], text: str) -> bool:
        """Whether `text` repeats a message already taken in: the opening sent again, or an
        earlier message (not the last one, which the duplicate rule above reads)."""
        opening = self._tells_the_idea(state, text)
        # Short stock answers ("det ved jeg ikke helt") may well answer two questions.
        if len(text.split()) < (DUPLICATE_MIN_WORDS if opening else REPEAT_LATER_MIN_WORDS):
            return False
        said = " ".join(text.split()).casefold()
        earlier = state["original"] if opening else state["original"][:-1]
        if said == " ".join(str(state.get("reopened_by", "")).split()).casefold():
            # Read as sent before the question: sent again, it is the answer (see above).
            return False
        return any(" ".join(told.split()).casefold() == said for told in earlier)

    def _goes_on(self, state: dict[str, Any], previous: str, field: str, text: str) -> bool:
        """Whether `text` ("og ingen steder de kan løbe frit") continues the answer to the
        question before, rather than answering the one asked now."""
        if not state["fields"].get(previous) or _CONTINUES_RE.match(text) is None:
            return False
        if len(text.split()) > CONTINUATION_MAX_WORDS:
            return False
        free = _understanding().understand(text, state["lang"])
        return field not in free.fields or field in free.vague

    def _insisted(self, state: dict[str, Any], field: str, text: str) -> list[Reply]:
        """Take what a message sent again tells the question it was not first read for."""
        state.pop("reopened_by", None)
        value = _understanding().understand_answer(field, text, state["lang"]).fields.get(field)
        if value:
            self._merge(
                state, _understanding().Understanding(fields={field: value}), replace={field}
            )
        elif field not in state["skipped"]:
            state["skipped"].append(field)
        state["vague"] = [f for f in state["vague"] if f != field]
        return self._next(state)

    def _give_way(self, state: dict[str, Any], understood: Understanding) -> bool:
        """Let an idea told now replace words kept as the idea that told none.

        "der ligger så meget skrald langs Strandvejen" and then "vi vil arrangere en
        affaldsindsamling": the first words were kept as the idea for want of one; once an
        idea is told, it takes their place, and they are read again for the reason.
        """
        if not (state.get("idea_weak") and understood.idea_told and "what" in understood.fields):
            return False
        if not state["fields"].get("what") or "what" in state["vague"]:
            return False
        state["vague"] = sorted({*state["vague"], "what"})
        return True

    def _reread(self, state: dict[str, Any], old_idea: str = "") -> None:
        """Once the idea is told, read every message so far again as one.

        "Min far bor alene i Charlottenlund ..." and then "en telefonven-ordning": the place
        told first is enough for the idea told after it, and a reason told before the idea
        is the reason for it.
        """
        if len(state["original"]) < 2 or "what" in state["vague"]:
            return
        whole = _understanding().understand("\n\n".join(state["original"]), state["lang"])
        for field in list(state["vague"]):
            if field in whole.fields and field not in whole.vague:
                state["vague"].remove(field)
        idea = state["fields"].get("what", "").casefold()
        for field, value in whole.fields.items():
            if field != "what" and not state["fields"].get(field) and field not in whole.vague:
                if field in FREE_TEXT_FIELDS and value.casefold() in idea:
                    # "har en idé" and then "hundeskov i Vangede": the idea is not its reason.
                    continue
                state["fields"][field] = value
        if not old_idea or old_idea in state["fields"].get("what", ""):
            return
        introduced = _understanding().only_greets_or_introduces(old_idea)
        if introduced:
            # "uni student here, living in a dorm near Jægersborg", then "a running club in
            # Bernstorffsparken": where the person lives is not where the idea happens.
            places = state["fields"].get("where", "").split(PART_JOIN)
            own = [p for p in places if p not in old_idea]
            if own and len(own) < len(places):
                state["fields"]["where"] = PART_JOIN.join(own)
        # "Cars go way too fast along Kystvejen" was kept as the idea until the idea came;
        # what those words tell now goes to its own fields.
        kept = " ".join(state["fields"].values())
        for field, value in whole.fields.items():
            if field == "what" or field in whole.vague or (introduced and field == "where"):
                continue
            for part in value.split(PART_JOIN):
                if part in old_idea and part not in kept:
                    current = state["fields"].get(field)
                    if current and current in part:
                        # The same words, told more fully: one copy.
                        state["fields"][field] = part
                    else:
                        state["fields"][field] = f"{current}{PART_JOIN}{part}" if current else part
        kept = " ".join(state["fields"].values())
        if old_idea not in kept and _tells_situation(old_idea, state["lang"]) and not introduced:
            # "skaterbanen i Dyssegård bliver kun brugt af drenge" and then "jeg vil lave
            # skatekursus for piger": the situation told before the idea is why (beside a
            # reason told with it: "Vi har kun en hullet grusplads … Sidste uge faldt en").
            why = state["fields"].get("why")
            state["fields"]["why"] = f"{old_idea}{PART_JOIN}{why}" if why else old_idea

    def _on_readback_text(
        self, state: dict[str, Any], port: IntakePort, text: str, match: IntentMatch | None
    ) -> list[Reply]:
        lang = state["lang"]
        if match is not None:
            if match.intent in (Intent.YES, Intent.SEND_NOW):
                return self._submit(state, port)
            if match.intent == Intent.EDIT and match.field and match.value:
                # "ret stedet til Ordrup Torv og tidspunktet til maj": both parts.
                changed, unplaced = self._edit_parts(state, match.field, match.value, text)
                told = self._edited_all(state, changed)
                if unplaced is not None:
                    # "… og tilføj at vi har kaffe": more, but to which part? Asked.
                    state["adding"] = unplaced
                    # Said after a change, "that" would not say which words: they are quoted.
                    state["adding_again"] = True
                    state["phase"] = Phase.CHOOSE_FIELD.value
                    return [told, self._prompt(state)]
                return [told, self._readback(state)]
            if match.intent in (Intent.EDIT, Intent.CHANGE) and match.field:
                return self._start_edit(state, match.field)
            if match.intent in (Intent.CHANGE, Intent.NO):
                return self._choose_field(state)
            if match.intent in _NO_ADDITION:
                # "ved ikke" or "jeg har en idé" asked whether we understood: unsure, not
                # more to the idea.
                return [Reply(t("readback_unclear", lang)), self._readback(state)]
        question = asked_back(text)
        if question is not None:
            # "hvornår får jeg svar?" asked at the read-back: an answer, and the read-back.
            days = self.settings.response_working_days
            return [Reply(t(f"asked_back.{question}", lang, days=days)), self._readback(state)]
        if asks_about_the_question(text):
            return self._clarify(state)
        if asks_something_else(text) and not _understanding().proposes(text):
            # "Hvor er biblioteket i Dyssegård forresten?" at the read-back: a question of its
            # own, not a place for the idea. Kept with the rest, and the read-back again.
            state["original"].append(text)
            url = self.settings.service_contact_url
            return [Reply(t("not_an_idea.asking", lang, url=url)), self._readback(state)]
        if _BRACKETED_ASIDE_RE.fullmatch(text.strip()):
            # "(det er ikke mig der har skrevet opslaget, men jeg er med i gruppen …)": a
            # note beside the idea, in no part of it. Kept in the record staff read.
            state["original"].append(text)
            return [Reply(t("readback_aside", lang)), self._readback(state)]
        another = _ANOTHER_IDEA_RE.search(text)
        if another is not None:
            # "Jeg har også en anden idé: et cykelværksted": not more of this idea. It is kept
            # and taken up once this one is sent (or dropped).
            rest = text[another.end() :].lstrip(" :;,.-–—")
            state["next_idea"] = rest
            return [Reply(t("next_idea.kept", lang)), self._readback(state)]
        field = self._correct(state, text, any_part=True)
        if field is not None:
            # "nej, det er i Vangede", "no, it should be in May": the place or time instead.
            return [self._edited(state, field), self._readback(state)]
        added = _as_main_clause(without_addition_cue(text))
        understood = _understanding().understand(added, lang)
        if set(understood.fields) - {"what"} and (added != text or not understood.idea_told):
            # "tilføj at vi også har borde", "a room and some tools" (an answer sent late):
            # an addition to the parts it names, not to the idea.
            understood.fields.pop("what", None)
        if (
            not understood.fields
            # Only vague words ("jeg har en idé"); "så har vi også en trailer", read as a
            # vague idea, still tells something: it is asked where it belongs.
            or (
                set(understood.fields) <= understood.vague
                and _understanding().tells_no_idea_words(added)
            )
            # "hvad nu?": a question that tells nothing but itself. One that asks for
            # something ("kan kommunen hjælpe med et rum?") tells what they need.
            or (
                match is not None
                and match.intent == Intent.QUESTION
                and set(understood.fields) == {"what"}
                and not _understanding().proposes(text)
            )
        ):
            return [Reply(t("readback_unclear", lang)), self._readback(state)]
        if set(understood.fields) == {"what"} and not understood.idea_told:
            # "Mad og kaffe til indvielsen": more, but to which part? Asked, not guessed
            # (the idea is the title staff see first).
            state["adding"] = added
            state["phase"] = Phase.CHOOSE_FIELD.value
            return [self._prompt(state)]
        state["original"].append(text)
        already = []
        for field, value in understood.fields.items():
            current = state["fields"].get(field)
            if not current:
                state["fields"][field] = value
            elif value.casefold() not in current.casefold():
                state["fields"][field] = f"{current}{PART_JOIN}{value}"
            else:
                already.append(field)
        if already and len(already) == len(understood.fields):
            # "skraldespande", already in the help asked for: nothing new, and said so.
            where = t(f"field.{already[0]}", lang)
            return [Reply(t("added.already", lang, field=where)), self._readback(state)]
        added_to = [f for f in understood.fields if f not in already]
        return [Reply(_added_to(lang, added_to)), self._readback(state)]

    def _on_choose_field_text(
        self, state: dict[str, Any], port: IntakePort, text: str, match: IntentMatch | None
    ) -> list[Reply]:
        if match is not None and match.field:
            if match.intent == Intent.EDIT and match.value:
                _take_adding(state)
                state["fields"][match.field] = match.value
                state["phase"] = Phase.READBACK.value
                return [self._readback(state)]
            return self._start_edit(state, match.field)
        if match is not None and match.intent in (
            Intent.NO,
            Intent.SKIP,
            Intent.YES,
            Intent.THANKS,
            Intent.BACK,
            Intent.SEND_NOW,
        ):
            _take_adding(state)
            state["phase"] = Phase.READBACK.value
            return [self._readback(state)]
        named = named_field(text)
        if named is not None:
            # "hvornår", "stedet": the part to change, typed instead of pressed.
            return self._start_edit(state, named)
        pending = _take_adding(state)
        if pending is not None:
            # Asked where an addition belongs, the person wrote something new instead ("tilføj
            # at vi har en trailer"): it is read as at the read-back, and then the first one
            # is asked about again, by its words, so nothing is lost.
            state["phase"] = Phase.READBACK.value
            replies = self._on_readback_text(state, port, text, match)
            if state["phase"] == Phase.READBACK.value and replies and replies[-1].card:
                state["adding"] = pending
                state["adding_again"] = True
                state["phase"] = Phase.CHOOSE_FIELD.value
                return [*replies[:-1], self._prompt(state)]
            return replies
        if without_addition_cue(text) != text:
            # "tilføj at vi også har kaffe", asked which part to change: more to the idea,
            # read as at the read-back.
            state["phase"] = Phase.READBACK.value
            return self._on_readback_text(state, port, text, match)
        understood = _understanding().understand(text, state["lang"])
        told = set(understood.fields) - {"what"} - understood.vague
        if len(told) == 1 and "what" not in understood.fields:
            # "første søndag i juni kl 10-16": the new value of the one part it is about.
            _take_adding(state)
            (field,) = told
            self._told(state, field, understood.fields[field], text)
            state["phase"] = Phase.READBACK.value
            return [self._edited(state, field), self._readback(state)]
        return [Reply(t("choose_field_unclear", state["lang"])), self._prompt(state)]

    def _on_edit_value(
        self, state: dict[str, Any], text: str, match: IntentMatch | None
    ) -> list[Reply]:
        field = state["asking"]
        if field != "what" and state["fields"].get(field) and means_none(text):
            # "ingen", asked what the help from the municipality should say: none.
            return self._remove(state, [field])
        if match is not None and match.intent in (
            Intent.BACK,
            Intent.SKIP,
            Intent.NO,
            Intent.THANKS,
            Intent.SEND_NOW,
        ):
            # "tilbage", "ved ikke": the part stays as it was.
            if (resumed := self._resume_asking(state)) is not None:
                return [resumed]
            state["phase"] = Phase.READBACK.value
            state["asking"] = None
            return [self._readback(state)]
        also = _ALSO_RE.match(text)
        current = state["fields"].get(field)
        if also is not None and current and also.end() < len(text):
            # "også unge studerende": added to the part, not put in its place.
            self._told(state, field, f"{current}{PART_JOIN}{text[also.end() :].strip()}", text)
        else:
            # "nej, det er ved Bernstorff Slotshave": the new value without the lead-in.
            self._told(state, field, corrected(text) or text, text)
        if (resumed := self._resume_asking(state)) is not None:
            return [self._edited(state, field), resumed]
        state["phase"] = Phase.READBACK.value
        state["asking"] = None
        return [self._edited(state, field), self._readback(state)]

    def _resume_asking(self, state: dict[str, Any]) -> Reply | None:
        """The question that was open when a part was changed in between, asked again."""
        field = state.pop("resume_asking", None)
        if field is None:
            return None
        state["phase"] = Phase.ASKING.value
        state["asking"] = field
        return self._question(state, field)

    # -- buttons ------------------------------------------------------------------------

    def _on_choice(self, state: dict[str, Any], port: IntakePort, choice: str) -> list[Reply]:
        lang = state["lang"]
        phase = Phase(state["phase"])
        if choice == "help":
            return [Reply(t("help", lang)), self._prompt(state)]
        if choice == "mine":
            return [self._my_initiatives(state, port), *self.prompt_if_busy(state)]
        if choice == "afterthought:new":
            # Not more for the idea just sent: a new idea, read as it was told.
            told = state.pop("afterthought", None)
            state.pop("just_sent", None)
            if told and phase == Phase.LISTENING and not state["fields"]:
                return self._on_idea_text(state, told, classify(told, lang))
            return [Reply(t("stale_button", lang))]
        if choice == "restart":
            return self._restart(state)
        if choice.startswith("lang:"):
            return self._switch_language(state, choice.removeprefix("lang:"))
        if choice == "cancel":
            return self._cancel(state)
        if choice == "confirm" and phase == Phase.READBACK:
            return self._submit(state, port)
        if choice == "confirm" and phase == Phase.CHOOSE_FIELD and not state.get("adding"):
            # The send button on the card above, pressed while a part was being chosen: the
            # draft as shown is sent.
            _back_to_readback(state)
            return self._submit(state, port)
        if choice == "confirm" and phase in (Phase.CHOOSE_FIELD, Phase.EDITING):
            # Words wait to be placed, or new words for a part were asked for (perhaps after
            # "fortryd"): the card's send button is older than that, and sending now would
            # lose them or send another draft than the one shown.
            return [Reply(t("stale_button", lang)), self._prompt(state)]
        if choice == "confirm" and state["last_reference"] and not state["fields"]:
            # The same "send" pressed twice: the first press already stored it.
            return [Reply(t("already_sent", lang, reference=state["last_reference"]))]
        if choice == "change" and phase == Phase.READBACK:
            return self._choose_field(state)
        if choice.startswith("field:") and phase in (Phase.CHOOSE_FIELD, Phase.READBACK):
            field = choice.removeprefix("field:")
            if field in FIELDS:
                return self._start_edit(state, field)
        if choice == "skip" and phase == Phase.ASKING:
            return self._on_answer(state, "", IntentMatch(Intent.SKIP))
        if choice.startswith("skip:") and phase == Phase.ASKING:
            if choice == self._skip_value(state, state["asking"]):
                return self._on_answer(state, "", IntentMatch(Intent.SKIP))
            # The skip button of a question already skipped (tapped twice): the question
            # asked since is not skipped with it.
            return [Reply(t("stale_button", lang)), self._prompt(state)]
        if choice == "back" and phase in (Phase.CHOOSE_FIELD, Phase.EDITING):
            _back_to_readback(state)
            return [self._readback(state)]
        return [Reply(t("stale_button", lang)), self._prompt(state)]

    # -- steps --------------------------------------------------------------------------

    def _volunteered(self, state: dict[str, Any], field: str, text: str) -> Understanding | None:
        """Read an answer that does not answer `field` but tells other things as free text.

        People often send a second or third message before they have read the question.
        Such a message is no answer when the full reading finds nothing for the asked field
        and something for others; short answers ("ved ikke", "i weekenden", "hos os") are
        always answers. A question stays open this way only once.
        """
        if field == "what" or field in state.get("reopened", ()):
            return None
        short = len(text.split()) < VOLUNTEERED_MIN_WORDS
        if short and not state.get("idea_weak"):
            return None
        full = _understanding().understand(text, state["lang"])
        if short and not (full.idea_told and set(full.fields) <= {"what", "help_wanted"}):
            # Short answers are answers, except a short idea ("Vi vil have bump") after
            # words that told none.
            return None
        if (
            state.get("idea_weak")
            and full.idea_told
            # Asked where or when too: "vi vil gerne have et ungdomsrum med sofaer", "could
            # there be a rehearsal room somewhere in Vangede?" (its place answers as well).
            # Asked anything, "Så mit forslag er en gå-bus …" says it is the idea.
            and (
                field in (*VOLUNTEERED_IDEA, *VOLUNTEERED_CHECKED)
                or _understanding().declares_the_idea(text)
            )
        ):
            # Asked why after "nobody uses the old tennis court", "we want to turn it into a
            # basketball court" is the idea, sent before the question was read.
            return full
        others = set(full.fields) - {field, "what"}
        if not others or (field in full.fields and len(others) < VOLUNTEERED_MANY):
            # An answer may tell another thing or two on the way; one that tells three
            # other things besides was written before the question was read.
            return None
        if field in full.fields:
            return full
        if field in VOLUNTEERED_CHECKED:
            return full
        # The free-text fields are read from cue words an answer need not have. Asked why or
        # for whom (the first questions, often crossing the person's next message), an idea
        # told anew ("Så vi vil starte et mandeværksted ...") was sent before the question
        # was read; asked what they bring or need, "vi vil gerne ..." is how people answer.
        return full if field in VOLUNTEERED_IDEA and full.idea_told else None

    def _merge(self, state: dict[str, Any], understood: Understanding, replace: set[str]) -> None:
        """Take new facts in the person's words; never overwrite what they already told us."""
        fields: dict[str, str] = state["fields"]
        vague = set(state["vague"])
        for field, value in understood.fields.items():
            value = value.strip()
            if not value:
                continue
            current = fields.get(field)
            if current and field != "what" and field in replace and field in vague:
                # "i Hellerup", asked where: the answer tells the precise place, and the
                # area told first stays too. A vague idea gives way to the real one.
                if value not in current and current not in value:
                    fields[field] = f"{current}{PART_JOIN}{value}"
                else:
                    fields[field] = value if current in value else current
                vague.discard(field)
                continue
            if not current or (field in replace and field in vague) or current in value:
                # "alle i Ordrup" told after "en cykeldag i Ordrup": the same place, said
                # again about people, does not unsettle the place already told.
                settled = bool(current) and field not in vague
                fields[field] = value
                if field in understood.vague and not settled:
                    vague.add(field)
                else:
                    vague.discard(field)
            elif value in current:
                continue
            elif (
                field in understood.vague
                and field not in vague
                and field not in replace
                # "in the evening" after "on Friday 14 June" says which part of the day.
                and not (field == "when" and _understanding().adds_a_time_of_day(value))
            ):
                # "et sted" said in passing adds nothing to "ved Skovshoved Havn".
                continue
            elif field in replace:
                fields[field] = f"{current} {value}"
            else:
                # Said unprompted, or in an answer to another question: it adds to what was
                # told before, in the person's words, and a clear addition settles a vague one.
                fields[field] = f"{current}{PART_JOIN}{value}"
                if field not in understood.vague:
                    vague.discard(field)
        state["vague"] = sorted(vague)
        # A time told only as how things are now ("nærved-ulykker i år") is asked for plainly.
        context = set(state.get("context", [])) | understood.context
        state["context"] = sorted(f for f in context if f in vague)

    def _next(self, state: dict[str, Any], *, acknowledge: bool = False) -> list[Reply]:
        """Ask about the next missing thing, or read back when nothing (askable) is missing;
        first, once, a word when the place lies outside Gentofte."""
        steps = self._next_step(state, acknowledge=acknowledge)
        place = _other_municipality(state["fields"]) if not state.get("outside_noted") else None
        if place is None:
            return steps
        # "en cykelsti i Lyngby centrum": said kindly, once; the person may still mean
        # Gentofte's side, so the idea goes on as told.
        state["outside_noted"] = True
        note = Reply(t("outside_gentofte", state["lang"], place=place))
        return [*steps[:-1], note, *steps[-1:]]

    def _next_step(self, state: dict[str, Any], *, acknowledge: bool = False) -> list[Reply]:
        lang = state["lang"]
        for field in ASK_ORDER:
            if _questions_put(state) >= self.settings.max_questions:
                break
            times = 1 + state.get("reopened", []).count(field)
            if field in state["skipped"] or state["asked"].count(field) >= times:
                continue
            if not state["fields"].get(field) or field in state["vague"]:
                state["phase"] = Phase.ASKING.value
                state["asking"] = field
                state["asked"].append(field)
                # "quick one", "Hi, I'm Margaret, 71", "Jeg er en ældre dame på 82 år": asked
                # what the idea is, no thanks for sharing one.
                told = field != "what"
                intro = [Reply(t("thanks_listening", lang))] if acknowledge and told else []
                return [*intro, self._question(state, field)]
        for field in state.pop("deferred", []):
            # "three Fridays in July" answered what help they want: once everything else is
            # asked, that question comes back (once), in case the answer is still to come.
            # Askings of why and help answered for another part are not counted (a few at
            # most): those questions come back.
            spare = min(state.get("misplaced", 0), MISPLACED_FREE) if field in ASK_AGAIN else 0
            if (
                _questions_put(state) < self.settings.max_questions + spare
                and field not in state["skipped"]
                and (not state["fields"].get(field) or field in state["vague"])
                and state["asked"].count(field) < 2
            ):
                state["phase"] = Phase.ASKING.value
                state["asking"] = field
                state["asked"].append(field)
                return [self._question(state, field)]
        what = state["fields"].get("what", "")
        if not what or _names_no_idea(what):
            # Only "til april" or "i Hellerup" kept as the idea: there is nothing to send
            # yet, so the idea is asked for again rather than read back empty.
            state["phase"] = Phase.ASKING.value
            state["asking"] = "what"
            state["asked"].append("what")
            state.setdefault("reopened", []).append("what")
            return [Reply(t("what_needed", lang)), self._question(state, "what")]
        state["phase"] = Phase.READBACK.value
        state["asking"] = None
        intro = [Reply(t("got_it_all", lang))] if acknowledge else []
        return [*intro, self._readback(state)]

    def _question(self, state: dict[str, Any], field: str) -> Reply:
        lang = state["lang"]
        text = t(f"ask.{field}", lang)
        if field == "what" and state["fields"].get("what"):
            told = not _names_no_idea(state["fields"]["what"])
            key = "ask.what_more" if told else "ask.what_go_on"
            if not told and "what" in state.get("reopened", []):
                key = "ask.what_example"
            text = t(key, lang)
        elif field == "when" and state["fields"].get("when") and not _background_time(state):
            # "søndag", "om aftenen": told, but which one?
            text = t("ask.when_more", lang, told=state["fields"]["when"])
        elif field == "where" and state["fields"].get("where"):
            # "i Charlottenlund": told, but where in it?
            text = t("ask.where_more", lang, told=state["fields"]["where"])
        elif field == "who_benefits" and state["fields"].get("who_benefits"):
            # "for alle", "for everybody": told; asked plainly again, it reads as not heard.
            # "min datter på 8": one person the story is about, so whom else.
            told = state["fields"]["who_benefits"]
            one = _understanding().names_one_of_ours(told)
            text = t("ask.who_others" if one else "ask.who_more", lang, told=told)
        if field == "what" and _names_no_idea(state["fields"].get("what", "")):
            # The idea is the one part that cannot be left open.
            return Reply(text, asking=field)
        skip = Choice(t("button.skip", lang), self._skip_value(state, field))
        return Reply(text, choices=(skip,), asking=field)

    @staticmethod
    def _skip_value(state: dict[str, Any], field: str) -> str:
        """The skip button of this asking of `field`: a tap on an older one is told apart."""
        return f"skip:{field}:{len(state['asked'])}"

    def _readback(self, state: dict[str, Any]) -> Reply:
        lang = state["lang"]
        told = _as_sent(state)
        rows = tuple(
            (t(f"field.{field}", lang), self._shown(told[field], lang))
            for field in FIELDS
            if told.get(field)
        )
        return Reply(
            t("readback.question", lang),
            choices=(
                Choice(t("button.confirm", lang), "confirm"),
                Choice(t("button.change", lang), "change"),
                Choice(t("button.cancel", lang), "cancel"),
            ),
            card=SummaryCard(t("readback.title", lang), rows, t("readback.footer", lang)),
        )

    @staticmethod
    def _shown(value: str, lang: str) -> str:
        """A part as the read-back shows it: a very long one is cut, and said to be kept whole
        (a card that long is unreadable, and chat platforms limit a block's length)."""
        if len(value) <= READBACK_PART_CHARS:
            return value
        return f"{_shortened(value, READBACK_PART_CHARS)} {t('readback.kept_whole', lang)}"

    def _choose_field(self, state: dict[str, Any]) -> list[Reply]:
        state["phase"] = Phase.CHOOSE_FIELD.value
        return [self._prompt(state)]

    def _correct(
        self, state: dict[str, Any], text: str, *, any_part: bool = False, kept_only: bool = False
    ) -> str | None:
        """Take a place or time told as a correction ("nej, det er i Vangede", "sorry, I
        meant 4 May") in place of the one kept; the field corrected, or None. With
        `kept_only`, a correction read as one part counts only for a place or a time
        already kept."""
        found = correction(text)
        if found is None:
            return None
        value, old = found
        if old:
            changed: list[str] = []
            for field in FIELDS:
                kept = state["fields"].get(field, "")
                at = kept.casefold().find(old.casefold())
                if at < 0:
                    continue
                # "nej, det er et byttemarked, ikke et loppemarked": the words the person
                # takes back are replaced where they stand ("i Hellerup" -> "i Ordrup").
                before = kept[:at].split()
                words = value.split()
                end = at + len(old)
                after = kept[end:].split()
                if after and len(words) > 1 and words[-1].casefold() == after[0].casefold():
                    # "det er Ordrup Skole ikke Hellerup" with "Hellerup Skole" kept: the
                    # name's last word is told again.
                    end = kept.casefold().find(after[0].casefold(), end) + len(after[0])
                # "jeg mente tirsdag ikke torsdag" in "torsdag den 10. juni": a bare word takes
                # the place of the one taken back; a value with its own preposition is whole.
                bare = words[0].casefold() not in _PLACE_PREPS
                lead = [w.casefold() for w in before[-3:-1]]
                if field in ("where", "when") and not bare:
                    # "nej det er ikke i Gentofte Sø, det er i Ordrup Krat": the new place.
                    state["fields"][field] = value
                elif (
                    field == "who_benefits"
                    and (hit := _people_led_by(kept.split(PART_JOIN), old)) is not None
                ):
                    # "det er ikke for børn, det er for unge i udskolingen" with "for børn i
                    # 4.-6. klasse" kept: what told the old people goes with them ("unge, ikke
                    # ældre" in "for børn og ældre" swaps the one word, below).
                    parts = kept.split(PART_JOIN)
                    parts[hit] = _FOR_LEAD_RE.sub("", value, count=1)
                    state["fields"][field] = PART_JOIN.join(parts)
                elif len(words) > 1 and words[0].casefold() in lead:
                    # "jeg mente hver tirsdag, ikke torsdag" with "hver anden torsdag": the new
                    # words take the place from "hver" on, not only of "torsdag".
                    from_word = kept.casefold().rfind(words[0].casefold(), 0, at)
                    state["fields"][field] = kept[:from_word] + value + kept[end:]
                else:
                    # "i skolehaven på Hellerup Skole" -> "i skolehaven på Ordrup Skole".
                    if (
                        before
                        and len(words) > 1
                        and (
                            words[0].casefold() == before[-1].casefold()
                            # "i Vangede" for "Dyssegård" in "ved Dyssegård station": the
                            # idea's own preposition stays.
                            or (
                                words[0].casefold() in _PLACE_PREPS
                                and before[-1].casefold() in _PLACE_PREPS
                            )
                        )
                    ):
                        words = words[1:]
                    state["fields"][field] = kept[:at] + " ".join(words) + kept[end:]
                state["vague"] = [f for f in state["vague"] if f != field]
                changed.append(field)
            if changed:
                state["original"].append(text)
                state.pop("told_new", None)
                # "Rettet: Hvor", though the idea's words named the place too.
                return next((f for f in changed if f != "what"), changed[0])
        told = _told_place_or_time(value)
        if told is None and any_part:
            # "nej, det er for de ældre": at the read-back, a correction that tells one part
            # only is that part's new words.
            read = _understanding().understand(value, state["lang"])
            # "nej vent, det bliver nok november": a month or a district told as a correction
            # is the new time or place, however vague it would be as an answer.
            parts = {f for f in read.fields if f != "what"} - (read.vague - {"when", "where"})
            if kept_only and len(parts) == 2 and "why" in parts:
                # "wait no, it'll be November because of the building work": the reason is
                # for the change, not for the idea.
                parts.discard("why")
            if len(parts) == 1 and (not read.idea_told or "what" not in read.fields):
                (part,) = parts
                if not kept_only or (part in ("when", "where") and state["fields"].get(part)):
                    told = part, read.fields[part]
            elif (
                not kept_only and not parts and read.fields.get("what") and "what" not in read.vague
            ):
                # "nej vent, jeg vil hellere lave en vinterbadeklub", "make it a chess club
                # instead": the idea itself, told anew.
                told = "what", read.fields["what"]
        if told is None:
            return None
        field, new_words = told
        if field in ("where", "when") and PART_JOIN in new_words and len(value.split()) <= 12:
            # "it's Ordrup Skole's small playground on Fortunvej": one place, told whole, is
            # kept whole, not as the pieces that name it.
            new_words = value
        self._told(state, field, new_words, text)
        return field

    def _edit_parts(
        self, state: dict[str, Any], field: str, value: str, said: str
    ) -> tuple[list[str], str | None]:
        """Make the changes one message names ("ret stedet til Gentofte Sø og tidspunktet til
        maj og tilføj at vi er 5 naboer"): the parts changed or added to, in order, and the
        words added that fit no part (None when all found their place)."""
        value, addition = split_addition(value)
        edits = split_edits(field, value)
        joined = []
        for part, words in edits:
            current = state["fields"].get(part, "")
            contact = _contact_told(current, words) if part == "contact" and current else None
            if contact is not None:
                # "my email is priya@example.com" with "My name is Priya" kept: the e-mail
                # joins the name; a new e-mail takes the old one's place, and the name stays.
                words, added = contact
                if added:
                    joined.append(part)
            self._told(state, part, words, said)
        if joined:
            state["told_new"] = [*_told_new(state), *joined]
        # The message is kept once, however many parts it changes.
        del state["original"][len(state["original"]) - len(edits) + 1 :]
        changed = [part for part, _ in edits]
        if addition is None:
            return changed, None
        more = _understanding().understand(_as_main_clause(addition), state["lang"])
        more.fields.pop("what", None)
        if not more.fields:
            return changed, addition
        told_new = _told_new(state)
        for part, words in more.fields.items():
            current = state["fields"].get(part)
            if current and words.casefold() in current.casefold():
                continue
            state["fields"][part] = f"{current}{PART_JOIN}{words}" if current else words
            state["vague"] = [f for f in state["vague"] if f != part]
            # Words joined to a part are added to it, whether it had words or not.
            told_new.append(part)
            changed.append(part)
        state["told_new"] = told_new
        return changed, None

    @staticmethod
    def _told(state: dict[str, Any], field: str, value: str, said: str) -> None:
        """`value` is now `field`, from the person's message `said` (kept with the rest)."""
        old = _as_sent(state).get(field) or ""
        idea = state["fields"].get("what") or ""
        day = _ONLY_WEEKDAY_RE.fullmatch(value.strip(" .!"))
        if field == "when" and day and len(_WEEKDAY_RE.findall(old)) == 1:
            # "ændr dagen til torsdag" with "hver tirsdag eftermiddag" kept, "det skal være en
            # lørdag" with "en fredag i juni": the day changes, "hver", "i juni" stay.
            value = _WEEKDAY_RE.sub(lambda m: _same_case(m.group(0), day.group("day")), old)
        if field in ("where", "when") and old and idea:
            # "stedet skal være Ordrup Kirke": the idea's words no longer name the old place
            # (staff read the idea first; it must not say otherwise than the parts).
            for part in old.split(PART_JOIN):
                part = part.strip()
                if (
                    part
                    and part not in value
                    and idea.strip() != part
                    # "den tomme græsplæne ved Ordrup Skole" names the thing itself; "på
                    # Duntzfelts Allé" only says where it is.
                    and (field == "when" or _PLACE_PREP_RE.match(part))
                ):
                    idea = _without_phrase(idea, part)
            state["fields"]["what"] = idea
        if field == "help_wanted" and wants_no_help(value):
            # "ret hjælpen til ingenting": no help wanted, read back as such, not as "ingenting".
            _empty_part(state, field)
            state["no_help"] = True
        else:
            state["fields"][field] = value
            if field == "help_wanted":
                state["no_help"] = False
        state["original"].append(said)
        state["vague"] = [f for f in state["vague"] if f != field]
        # "ja men kontakt mig på 22334455": a part that was not there is added, not changed.
        # Each part told in one message is labelled for itself ("ret stedet til Gentofte Sø
        # og tidspunktet til maj" with no time yet: the place changed, the time added).
        told_new = [f for f in _told_new(state) if f != field]
        state["told_new"] = told_new if old else [*told_new, field]

    @staticmethod
    def _edited(state: dict[str, Any], field: str) -> Reply:
        lang = state["lang"]
        told_new = _told_new(state)
        state.pop("told_new", None)
        key = "edited.added" if field in told_new else "edited"
        return Reply(t(key, lang, field=t(f"field.{field}", lang)))

    @staticmethod
    def _edited_all(state: dict[str, Any], fields: list[str]) -> Reply:
        """ "Rettet: Hvor. Tilføjet: Hvornår.": each part changed by one message, labelled
        for itself (added when it was empty, changed when it had words), in one reply."""
        lang = state["lang"]
        told_new = _told_new(state)
        state.pop("told_new", None)
        named: dict[str, list[str]] = {"edited": [], "edited.added": []}
        for field in dict.fromkeys(fields):
            named["edited.added" if field in told_new else "edited"].append(field)
        said = []
        # "Rettet: Hvor. Tilføjet: Hvornår." in the order the person named them.
        for key in sorted(named, key=lambda k: fields.index(named[k][0]) if named[k] else 99):
            if named[key]:
                names = [t(f"field.{f}", lang) for f in named[key]]
                both = (
                    f"{', '.join(names[:-1])} {t('and', lang)} {names[-1]}"
                    if len(names) > 1
                    else names[0]
                )
                said.append(t(key, lang, field=both))
        return Reply(" ".join(said))

    def _clarify(self, state: dict[str, Any]) -> list[Reply]:
        """ "Hvad mener du?": say what the question is after, then ask it again."""
        lang = state["lang"]
        phase = Phase(state["phase"])
        if phase in (Phase.ASKING, Phase.EDITING) and state["asking"]:
            return [Reply(t(f"clarify.{state['asking']}", lang)), self._prompt(state)]
        if phase == Phase.READBACK:
            return [Reply(t("readback_unclear", lang)), self._readback(state)]
        if phase == Phase.CHOOSE_FIELD:
            return [Reply(t("choose_field_unclear", lang)), self._prompt(state)]
        return [Reply(t("invite", lang))]

    def _start_edit(self, state: dict[str, Any], field: str) -> list[Reply]:
        adding = _take_adding(state)
        if adding:
            # The part chosen for words told at the read-back: they join it.
            current = state["fields"].get(field)
            self._told(state, field, f"{current}{PART_JOIN}{adding}" if current else adding, adding)
            state["phase"] = Phase.READBACK.value
            state["asking"] = None
            return [Reply(_added_to(state["lang"], [field])), self._readback(state)]
        state["phase"] = Phase.EDITING.value
        state["asking"] = field
        return [self._prompt(state)]

    def _submit(self, state: dict[str, Any], port: IntakePort) -> list[Reply]:
        lang = state["lang"]
        fields = {k: v for k, v in _as_sent(state).items() if v}
        if not fields.get("what", "").strip():
            # An idea with no words for the idea itself is not sent; it is asked for.
            state["phase"] = Phase.ASKING.value
            state["asking"] = "what"
            state["asked"].append("what")
            return [Reply(t("what_needed", lang)), self._question(state, "what")]
        try:
            receipt = port.submit(fields, "\n\n".join(state["original"]), lang)
        except SubmitRefused as refusal:
            # Nothing is lost: the draft stays, read back, for when the limit has passed.
            return [Reply(t(refusal.message_key, lang, **refusal.params)), self._readback(state)]
        next_idea = state.pop("next_idea", None)
        self._clear_draft(state)
        # A draft dropped before this one was sent is gone: "fortryd" no longer brings it back.
        state.pop("dropped", None)
        state["last_reference"] = receipt.reference
        state["just_sent"] = receipt.reference
        key = "submitted.named" if receipt.responder else "submitted"
        sent = Reply(
            t(
                key,
                lang,
                reference=receipt.reference,
                date=format_day(receipt.response_due, lang),
                responder=receipt.responder or "",
            ),
            choices=(Choice(t("button.mine", lang), "mine"),),
        )
        if next_idea is None:
            return [sent]
        if not next_idea:
            # "Jeg har også en anden idé" without telling it: now is the time.
            return [sent, Reply(t("next_idea.tell", lang))]
        # The other idea told at the read-back is taken up now, as if just told.
        now = Reply(t("next_idea.now", lang, idea=_shortened(next_idea)))
        # Taken up by the bot itself: no question whether it belongs to the idea just sent.
        state.pop("just_sent", None)
        return [sent, now, *self._on_idea_text(state, next_idea, None)]

    def _drop_draft(self, state: dict[str, Any]) -> bool:
        """Clear the draft, kept (if there is one) so that "fortryd" can bring it back."""
        had_draft = bool(state["fields"])
        if had_draft:
            # Kept until the next draft is dropped or sent.
            state["dropped"] = {key: state.get(key) for key in _DRAFT_KEYS}
        self._clear_draft(state)
        return had_draft

    def _restart(self, state: dict[str, Any]) -> list[Reply]:
        # "start forfra" at the read-back: a finished draft is not lost to one message.
        had_draft = self._drop_draft(state)
        return [Reply(t("restarted.kept" if had_draft else "restarted", state["lang"]))]

    def _cancel(self, state: dict[str, Any]) -> list[Reply]:
        lang = state["lang"]
        next_idea = state.pop("next_idea", None)
        had_draft = self._drop_draft(state)
        dropped = Reply(t("cancelled" if had_draft else "nothing_to_cancel", lang))
        if next_idea:
            # This one dropped, the other idea told at its read-back is taken up.
            return [
                dropped,
                Reply(t("next_idea.now", lang, idea=_shortened(next_idea))),
                *self._on_idea_text(state, next_idea, None),
            ]
        return [dropped]

    def _undo(self, state: dict[str, Any]) -> list[Reply]:
        """Bring back the draft dropped last ("fortryd", "undo"), as it was."""
        lang = state["lang"]
        dropped = state.pop("dropped", None)
        if not dropped:
            return [Reply(t("nothing_to_undo", lang))]
        state.update(dropped)
        return [Reply(t("undone", lang)), self._prompt(state)]

    def _undo_restart(self, state: dict[str, Any]) -> list[Reply]:
        """Bring back the draft dropped before this one; this one is taken up once it is sent."""
        lang = state["lang"]
        kept = "\n\n".join(state["original"])
        kept_idea = state["fields"].get("what") or kept
        dropped = state.pop("dropped")
        self._clear_draft(state)
        state.update(dropped)
        state["next_idea"] = kept
        state["undid"] = True
        back = _shortened(state["fields"].get("what", ""), 60)
        told = Reply(t("undo.back_and_kept", lang, back=back, kept=_shortened(kept_idea, 60)))
        return [told, self._prompt(state)]

    def _switch_language(self, state: dict[str, Any], language: str) -> list[Reply]:
        state["lang"] = supported(language)
        state["lang_locked"] = True
        return [Reply(t("language_switched", state["lang"])), self._prompt(state)]

    def _my_initiatives(self, state: dict[str, Any], port: IntakePort) -> Reply:
        lang = state["lang"]
        initiatives = port.my_initiatives()
        if not initiatives:
            # In the middle of telling one, "tell me about one!" would puzzle.
            return Reply(t("mine.none_busy" if self._busy(state) else "mine.none", lang))
        lines = [t("mine.title", lang)]
        for view in initiatives:
            lines.append(describe_initiative(view, lang))
        # The newest few get a button to open them: status, timeline and the owner's actions.
        choices = tuple(
            Choice(t("button.open", lang, reference=view.reference), f"own:show:{view.reference}")
            for view in initiatives[:3]
        )
        return Reply("\n".join(lines), choices=choices)

    def _clear_draft(self, state: dict[str, Any]) -> None:
        state.update(
            phase=Phase.LISTENING.value,
            fields={},
            vague=[],
            asked=[],
            skipped=[],
            reopened=[],
            original=[],
            asking=None,
            no_help=False,
        )
        _take_adding(state)
        for key in (
            "next_idea",
            "deferred",
            "reopened_by",
            "idea_weak",
            "last_answered",
            "resume_asking",
            "duplicate_of",
            "misplaced",
            "outside_noted",
        ):
            state.pop(key, None)

    # -- prompts ------------------------------------------------------------------------

    def _busy(self, state: dict[str, Any]) -> bool:
        return state["phase"] != Phase.LISTENING or bool(state["fields"])

    def prompt_if_busy(self, state: dict[str, Any]) -> list[Reply]:
        """The open question (or read-back) again, when a draft is under way."""
        return [self._prompt(state)] if self._busy(state) else []

    def _prompt(self, state: dict[str, Any]) -> Reply:
        """Repeat what the conversation is waiting for, so no message is a dead end."""
        lang = state["lang"]
        phase = Phase(state["phase"])
        if phase == Phase.ASKING:
            return self._question(state, state["asking"])
        if phase == Phase.READBACK:
            return self._readback(state)
        if phase == Phase.CHOOSE_FIELD:
            told = [f for f in FIELDS if state["fields"].get(f)]
            # Every part can be filled in here, also those never asked about (partners, how to
            # reach the person).
            open_parts = [f for f in (*ASK_ORDER, *FIELDS) if f not in told]
            fields = told + list(dict.fromkeys(open_parts))
            adding = state.get("adding")
            text = t("add_where", lang) if adding else t("choose_field", lang)
            if adding and state.get("adding_again"):
                text = t("add_where_again", lang, words=adding)
            return Reply(
                text,
                choices=(
                    *(Choice(t(f"field.{f}", lang), f"field:{f}") for f in fields),
                    Choice(t("button.back", lang), "back"),
                ),
            )
        if phase == Phase.EDITING:
            field = state["asking"]
            current = state["fields"].get(field)
            key = "edit.replace" if current else "edit.new"
            return Reply(
                t(
                    key,
                    lang,
                    field=t(f"field.{field}", lang),
                    current=self._shown(current or "", lang),
                ),
                choices=(Choice(t("button.back", lang), "back"),),
                asking=field,
            )
        return Reply(t("invite", lang), choices=self._menu(lang))

    def _menu(self, lang: str) -> tuple[Choice, ...]:
        other = "en" if lang == "da" else "da"
        return (
            Choice(t("button.mine", lang), "mine"),
            Choice(t("button.help", lang), "help"),
            Choice(t(f"button.lang_{other}", lang), f"lang:{other}"),
        )

    def _welcome(self, state: dict[str, Any], *, short: bool = False) -> Reply:
        lang = state["lang"]
        privacy = t("privacy_notice", lang, url=self.settings.privacy_policy_url)
        if short:
            return Reply(f"{t('welcome_short', lang)}\n{privacy}")
        return Reply(f"{t('welcome', lang)}\n\n{privacy}", choices=self._menu(lang))


def describe_initiative(view: InitiativeView, lang: str) -> str:
    """One line about an initiative: status in plain words and what happens next."""
    parts = [f"• {view.reference} {view.title}: {t(f'status.{view.status}', lang)}."]
    if view.staff_name:
        parts.append(t("mine.responsible", lang, name=view.staff_name))
    if view.status == "declined" and view.decline_reason:
        parts.append(t("mine.declined", lang, reason=view.decline_reason))
    elif view.next_step:
        owner = t(f"owner.{view.next_step_owner or 'municipality'}", lang)
        if view.next_step_due:
            parts.append(
                t(
                    "mine.next_step_due",
                    lang,
                    step=view.next_step,
                    date=format_day(view.next_step_due, lang),
                    owner=owner,
                )
            )
        else:
            parts.append(t("mine.next_step", lang, step=view.next_step, owner=owner))
    elif view.status == "submitted" and view.response_due:
        parts.append(t("mine.answer_by", lang, date=format_day(view.response_due, lang)))
    if view.next_checkin:
        parts.append(t("checkin.next_checkin", lang, date=format_day(view.next_checkin, lang)))
    return " ".join(parts)
