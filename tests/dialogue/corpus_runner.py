"""Plays the intake corpus through the real core and measures how well the bot listens.

Run `python -m tests.dialogue.corpus_runner` for the report; tests/dialogue/test_corpus.py
asserts the targets.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.config import Settings
from bot.messages import Incoming, Reply
from bot.services.conversation import ConversationService
from storage.db import Database
from storage.models import Initiative
from storage.repositories import InitiativeFilter, InitiativeRepository, PersonRepository

CORPUS_DIR = Path(__file__).parent / "corpus"
# Written by people who never read the understanding code. The first and second held-out
# sets were later used to improve it (so they became development sets too); the third was
# never looked at by anyone working on the understanding: the honest measure of listening.
HELDOUT_DIR = Path(__file__).parent / "corpus_heldout"
HELDOUT2_DIR = Path(__file__).parent / "corpus_heldout2"
HELDOUT3_DIR = Path(__file__).parent / "corpus_heldout3"
# Written to train the clause labeller (bot/dialogue/clauses.py); its numbers here are on
# data the labeller learned from (tests/dialogue/clause_cv.py measures it held out).
TRAIN_DIR = Path(__file__).parent / "corpus_train"
# A second training set, written for variety (plans and what people bring in one sentence,
# partners without a cue word, extra messages, very long and very short openings).
TRAIN2_DIR = Path(__file__).parent / "corpus_train2"
# A third, written for variety of people and style (slang, several short messages, lists,
# questions back); measured once before training on it: 77.9 % of facts, 49 re-asked.
TRAIN3_DIR = Path(__file__).parent / "corpus_train3"
# A fourth, written as people type in Slack or Teams (several short messages, corrections,
# afterthoughts, abbreviations); measured once before training on it: 74.8 % of facts, 19
# re-asked.
TRAIN4_DIR = Path(__file__).parent / "corpus_train4"
# Three more, written on 2026-11-28 by helpers who read neither the bot's code nor the other
# sets, each measured once before training on it: the fifth (how people say whom it is for, why
# and what they bring) 80.3 % of 234 facts, 9 re-asked; the sixth (chat bursts, afterthoughts,
# corrections, abbreviations) 62.5 % of 256, 8 re-asked, 29 of 30 sent; the seventh (letters,
# chairs, institutions, problems turned proposals) 74.3 % of 249, 5 re-asked.
TRAIN5_DIR = Path(__file__).parent / "corpus_train5"
TRAIN6_DIR = Path(__file__).parent / "corpus_train6"
TRAIN7_DIR = Path(__file__).parent / "corpus_train7"
# An eighth, written on 2026-11-28 by a helper who read neither the bot's code nor the other sets,
# as people type in a chat app on their phone (bursts, afterthoughts, corrections, answers that
# tell more than asked, abbreviations, Danish without æ, ø and å); played once before anything
# learned from it (see the README).
TRAIN8_DIR = Path(__file__).parent / "corpus_train8"
# A ninth and a tenth, written on 2026-11-28 by helpers who read neither the bot's code nor the
# other sets: the ninth tells whom it is for, why, what they bring and what help they want in
# indirect, everyday ways (stories, feelings, plans, worries); the tenth is many kinds of people
# and styles (letters, lists, chairs of associations, teachers, teenagers, newcomers,
# corrections). Each was played once before anything learned from it (see the README).
TRAIN9_DIR = Path(__file__).parent / "corpus_train9"
TRAIN10_DIR = Path(__file__).parent / "corpus_train10"
# An eleventh, written the same day to the brief of the nineteenth held-out set (ordinary
# residents writing in every way) by another helper who read neither, to learn from while the
# nineteenth stays blind; played once before anything learned from it (see the README).
TRAIN11_DIR = Path(__file__).parent / "corpus_train11"
# A twelfth, written on 2026-11-28 to the twentieth held-out set's brief (ordinary residents of
# every age and walk of life) by another helper who read neither, to learn from while the
# twentieth stays blind; played once before anything learned from it: 83.6 % of 214 facts,
# 7 re-asked, 30 of 30 sent (see the README).
TRAIN12_DIR = Path(__file__).parent / "corpus_train12"
# Written by someone who never read the bot's code. The fourth was measured once as a blind
# set, then trained on; the fifth is today's honest measure of listening: nobody working on
# the understanding reads it, and the report prints only its totals. Once it is used to
# improve the bot, write a new one.
HELDOUT4_DIR = Path(__file__).parent / "corpus_heldout4"
HELDOUT5_DIR = Path(__file__).parent / "corpus_heldout5"
# The sixth was written after the fifth had been measured (totals only) many times: a second,
# fresh blind set for the same purpose.
HELDOUT6_DIR = Path(__file__).parent / "corpus_heldout6"
# The seventh was written for variety of people and style (letters, lists, slang, several short
# chat messages) and measured blind once, before anything learned from it: 75.6 % of 242
# facts, 5 re-asked. It has been used for development since.
HELDOUT7_DIR = Path(__file__).parent / "corpus_heldout7"
# The eighth was written the same day as the seventh, to the same brief, and nobody working
# on the understanding reads it: a fresh blind set for the day's work.
HELDOUT8_DIR = Path(__file__).parent / "corpus_heldout8"
# The ninth was written to the same brief on 2026-11-27 (the eighth staying blind), measured
# blind once before anything learned from it (66.5 % of 248 facts, 3 re-asked, 29 of 30
# submitted), and used for development since.
HELDOUT9_DIR = Path(__file__).parent / "corpus_heldout9"
# The tenth was written to the same brief on 2026-11-27 by someone who read neither the bot's
# code nor the other sets, measured blind before anything learned from it (65.0 % of 274
# facts, 0 re-asked, 29 of 30 submitted), and used for development since 2026-11-27.
HELDOUT10_DIR = Path(__file__).parent / "corpus_heldout10"
# The eleventh was written on 2026-11-27 to a variety brief (letters, slang, bursts of short
# messages, lists, markup, corrections, questions back) by someone who read neither the bot's
# code nor the other sets, measured blind before anything learned from it (79.9 % of 239
# facts, 7 re-asked, 30 of 30 submitted), and used for development since 2026-11-27.
HELDOUT11_DIR = Path(__file__).parent / "corpus_heldout11"
# The twelfth was written on 2026-11-27 to the same variety brief by someone who read neither
# the bot's code nor the other sets, measured blind at the start and end of a round (78.3 % of
# 263 facts, 5 re-asked, both times), and used for development since 2026-11-27.
HELDOUT12_DIR = Path(__file__).parent / "corpus_heldout12"
# The thirteenth was written on 2026-11-27 to a brief of everyday voices (phones, bursts of
# short messages, older and newer Danish speakers, a chairman, a rambling story, a complaint
# turned proposal) by someone who read neither the bot's code nor the other sets, measured
# blind at the start and end of a round (83.1 % of 254 facts, 3 re-asked, both times), and
# used for development since 2026-11-28.
HELDOUT13_DIR = Path(__file__).parent / "corpus_heldout13"
# The fourteenth was written on 2026-11-28 to a brief of voices (dictation without punctuation,
# quick parents, Danish as a second language, pasted minutes and posts, teenagers, a retiree,
# problem-first stories, expats, answers that carry more or correct) by someone who read
# neither the bot's code nor the other sets, measured blind at the start and end of a round
# and at the start of the next (81.3 % / 5 re-asked, then 83.1 % / 3 of 267 facts), and used
# for development since 2026-11-28.
HELDOUT14_DIR = Path(__file__).parent / "corpus_heldout14"
# The fifteenth was written on 2026-11-28 to a brief of people who are not yet in any set
# (association chairs, shop owners, teachers, people with disabilities and their helpers,
# climate and sports people, short answerers and over-sharers) by someone who read neither
# the bot's code nor the other sets, measured blind at the start and end of a round (84.1 %
# of 252 facts, 5 re-asked, both times), and used for development since 2026-11-28.
HELDOUT15_DIR = Path(__file__).parent / "corpus_heldout15"
# The sixteenth was written on 2026-11-28 to a brief of voices not yet heard (phones without
# capitals or æøå, seasonal and calendar ideas, practical asks, a teenager, a night nurse, a
# precise retiree, newcomers in simple English, corrections and one-word answers) by someone
# who read neither the bot's code nor the other sets, measured blind (totals only) at the
# start and end of two rounds (74.2 % / 26 re-asked, then 74.7 % / 13, then 76.0 % / 13 of
# 221 facts), and used for development since 2026-11-28.
HELDOUT16_DIR = Path(__file__).parent / "corpus_heldout16"
# The seventeenth was written on 2026-11-28 to a brief of voices and topics less heard (a
# grandfather dictating, simple Danish of a newcomer, bursts from a busy parent, a backstory
# before the idea, bullet lists, hobby groups, a kolonihave chairman, a wheelchair user, a
# self-correction; expats, a formal researcher, Danish words in English) by someone who read
# neither the bot's code nor the other sets: the fresh blind set, totals only.
HELDOUT17_DIR = Path(__file__).parent / "corpus_heldout17"
# The eighteenth was written on 2026-11-28 to a brief of how people really write in chat (a
# parent in a hurry, a teenager's bursts, Danes writing without æ, ø and å, dictated text
# without punctuation, corrections, a question to the bot before the idea, bullet lists,
# newcomers' English with Danish place names) by someone who read neither the bot's code nor
# the other sets: the fresh blind set, totals only.
HELDOUT18_DIR = Path(__file__).parent / "corpus_heldout18"
# The nineteenth was written on 2026-11-28 to a brief of ordinary residents writing in every
# way (one long message or a burst, careful or hurried, stories, questions before the idea,
# corrections) by someone who read neither the bot's code nor the other sets: a fresh blind
# set, totals only.
HELDOUT19_DIR = Path(__file__).parent / "corpus_heldout19"
# The twentieth was written on 2026-11-28 to a like brief (ordinary residents of every age
# and walk of life; stories, questions, bursts, indirect whom and why, answers that tell
# more than asked) by someone who read neither the bot's code nor the other sets: a fresh
# blind set, totals only.
HELDOUT20_DIR = Path(__file__).parent / "corpus_heldout20"
BLIND = frozenset(
    {
        HELDOUT5_DIR.name,
        HELDOUT6_DIR.name,
        HELDOUT8_DIR.name,
        HELDOUT17_DIR.name,
        HELDOUT18_DIR.name,
        HELDOUT19_DIR.name,
        HELDOUT20_DIR.name,
    }
)
DONT_KNOW = {"da": "ved ikke", "en": "I don't know"}
# The opening quote mark of the bot's questions that quote the person ("Du skrev „…“",
# "You wrote “…”").
_QUOTE_MARK = ("„", "“")
MAX_TURNS = 15


def load_corpus(folder: Path = CORPUS_DIR) -> list[dict[str, Any]]:
    """Every conversation in a corpus folder, sorted by id."""
    return [
        yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.yaml"))
    ]


@dataclass
class ConversationResult:
    """What happened in one corpus conversation."""

    id: str
    lang: str
    kind: str
    submitted: bool
    questions: list[str]
    facts: int
    captured: int
    missed: list[str] = field(default_factory=list)
    reasked: list[str] = field(default_factory=list)
    answered_in: str = ""  # the language the initiative was taken in
    # Of the re-asked, those put as "Du skrev „i Hellerup“ – hvor mere præcist?": the
    # person's words quoted, and more asked for (still counted as re-asked).
    reasked_quoting: int = 0


def _said_before_asked(convo: dict[str, Any], field_name: str) -> bool:
    opening = " ".join(convo["messages"]).lower()
    return any(s.lower() in opening for s in convo.get("expect", {}).get(field_name, []))


def play(
    service: ConversationService, database: Database, convo: dict[str, Any]
) -> ConversationResult:
    """Drive one conversation to submission, answering only what the bot asks."""
    user = f"corpus-{convo['id']}"

    def send(text: str | None = None, choice: str | None = None) -> list[Reply]:
        return service.handle(
            Incoming(
                platform="console", user_id=user, conversation_id=user, text=text, choice=choice
            )
        )

    service.start(Incoming(platform="console", user_id=user, conversation_id=user))
    replies: list[Reply] = []
    for message in convo["messages"]:
        replies = send(message)
    questions: list[str] = []
    quoting: list[bool] = []
    submitted = False
    for _ in range(MAX_TURNS):
        last = replies[-1]
        if last.card is not None:
            send(choice="confirm")
            submitted = True
            break
        if last.asking is None:
            break
        questions.append(last.asking)
        quoting.append(any(mark in last.text for mark in _QUOTE_MARK))
        answer = convo.get("answers", {}).get(last.asking) or DONT_KNOW[convo["lang"]]
        replies = send(answer)

    stored: Initiative | None = None
    with database.session() as session:
        person = PersonRepository(session).find_by_identity("console", user)
        if person is not None:
            rows = InitiativeRepository(session).list(InitiativeFilter(initiator_id=person.id))
            stored = rows[0] if rows else None
    facts = captured = 0
    missed: list[str] = []
    for field_name, snippets in convo.get("expect", {}).items():
        value = (getattr(stored, field_name) or "") if stored else ""
        for snippet in snippets:
            facts += 1
            if snippet.lower() in value.lower():
                captured += 1
            else:
                missed.append(f"{field_name}: {snippet!r} (stored: {value[:80]!r})")
    again = [i for i, f in enumerate(questions) if _said_before_asked(convo, f)]
    again += [i for i, f in enumerate(questions) if f in questions[:i]]
    reasked = [questions[i] for i in again]
    return ConversationResult(
        convo["id"],
        convo["lang"],
        convo["kind"],
        submitted and stored is not None,
        questions,
        facts,
        captured,
        missed,
        reasked,
        stored.language if stored else "",
        sum(quoting[i] for i in again),
    )


def run_corpus(
    database: Database, settings: Settings, folder: Path = CORPUS_DIR
) -> list[ConversationResult]:
    """Play every conversation of a corpus folder against one database."""
    service = ConversationService(database, settings)
    return [play(service, database, convo) for convo in load_corpus(folder)]


def summary(results: list[ConversationResult]) -> dict[str, float]:
    """The headline numbers of a corpus run."""
    facts = sum(r.facts for r in results)
    complete = [len(r.questions) for r in results if r.kind == "complete"]
    return {
        "conversations": len(results),
        "submitted": sum(r.submitted for r in results),
        "facts": facts,
        "facts_captured_share": sum(r.captured for r in results) / facts if facts else 0.0,
        "reasked": sum(len(r.reasked) for r in results),
        "reasked_quoting_the_person": sum(r.reasked_quoting for r in results),
        "median_questions": statistics.median(len(r.questions) for r in results),
        "median_questions_complete": statistics.median(complete) if complete else 0.0,
        "max_questions": max(len(r.questions) for r in results),
        "wrong_language": sum(r.submitted and r.answered_in != r.lang for r in results),
    }


def main(argv: list[str] | None = None) -> None:
    """Print the corpus report; `--details` also shows each conversation of the blind set."""
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument(
        "--details", action="store_true", help="print the blind set's conversations too"
    )
    args.add_argument("--only", help="report one corpus folder, e.g. corpus_train2")
    options = args.parse_args(argv)
    logging.disable(logging.WARNING)
    for name, corpus in (
        ("development corpus", CORPUS_DIR),
        ("first held-out corpus (since used for development)", HELDOUT_DIR),
        ("second held-out corpus (since used for development)", HELDOUT2_DIR),
        ("third held-out corpus (since used to train the clause labeller)", HELDOUT3_DIR),
        ("fourth held-out corpus (measured blind once, since trained on)", HELDOUT4_DIR),
        ("seventh held-out corpus (measured blind once, since used for development)", HELDOUT7_DIR),
        ("ninth held-out corpus (measured blind once, since used for development)", HELDOUT9_DIR),
        ("tenth held-out corpus (measured blind once, since used for development)", HELDOUT10_DIR),
        (
            "eleventh held-out corpus (measured blind once, since used for development)",
            HELDOUT11_DIR,
        ),
        (
            "twelfth held-out corpus (measured blind, since used for development)",
            HELDOUT12_DIR,
        ),
        (
            "thirteenth held-out corpus (measured blind, since used for development)",
            HELDOUT13_DIR,
        ),
        (
            "fourteenth held-out corpus (measured blind, since used for development)",
            HELDOUT14_DIR,
        ),
        (
            "fifteenth held-out corpus (measured blind, since used for development)",
            HELDOUT15_DIR,
        ),
        ("training corpus of the clause labeller", TRAIN_DIR),
        ("second training corpus of the clause labeller", TRAIN2_DIR),
        ("third training corpus of the clause labeller", TRAIN3_DIR),
        ("fourth training corpus of the clause labeller", TRAIN4_DIR),
        ("fifth training corpus of the clause labeller", TRAIN5_DIR),
        ("sixth training corpus of the clause labeller", TRAIN6_DIR),
        ("seventh training corpus of the clause labeller", TRAIN7_DIR),
        ("eighth training corpus (chat on a phone)", TRAIN8_DIR),
        ("ninth training corpus (whom, why, what they bring, told indirectly)", TRAIN9_DIR),
        ("tenth training corpus (many kinds of people and styles)", TRAIN10_DIR),
        ("eleventh training corpus (ordinary residents, the nineteenth's brief)", TRAIN11_DIR),
        ("twelfth training corpus (ordinary residents, the twentieth's brief)", TRAIN12_DIR),
        ("fifth held-out corpus (never used for development; totals only)", HELDOUT5_DIR),
        ("sixth held-out corpus (never used for development; totals only)", HELDOUT6_DIR),
        ("eighth held-out corpus (never used for development; totals only)", HELDOUT8_DIR),
        (
            "sixteenth held-out corpus (measured blind, since used for development)",
            HELDOUT16_DIR,
        ),
        ("seventeenth held-out corpus (never used for development; totals only)", HELDOUT17_DIR),
        ("eighteenth held-out corpus (never used for development; totals only)", HELDOUT18_DIR),
        ("nineteenth held-out corpus (never used for development; totals only)", HELDOUT19_DIR),
        ("twentieth held-out corpus (never used for development; totals only)", HELDOUT20_DIR),
    ):
        if options.only and corpus.name != options.only:
            continue
        print(f"== {name} ({corpus.name})")
        report(corpus, details=options.details or corpus.name not in BLIND)


def report(corpus: Path, *, details: bool = True) -> None:
    """Play one corpus on a fresh SQLite file and print the summary (and each conversation)."""
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/corpus.db"
        database = Database(url)
        database.upgrade()
        settings = Settings(database_url=url, _env_file=None)  # type: ignore[call-arg]
        results = run_corpus(database, settings, corpus)
        database.dispose()
    for result in results if details else ():
        status = "ok " if result.submitted else "NOT SUBMITTED"
        print(
            f"{status} {result.id:<40} q={len(result.questions)} "
            f"facts={result.captured}/{result.facts} asked={','.join(result.questions)}"
        )
        for miss in result.missed:
            print(f"      missed {miss}")
        for field_name in result.reasked:
            print(f"      RE-ASKED {field_name}")
        if result.submitted and result.answered_in != result.lang:
            print(f"      ANSWERED IN {result.answered_in!r}, written in {result.lang!r}")
    for key, value in summary(results).items():
        print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}")


if __name__ == "__main__":
    main()
