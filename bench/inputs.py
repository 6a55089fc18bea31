"""The cost of reading hard input: long and odd messages through the understanding and the
conversation's own checks, and labelling the clauses of an ordinary message.

    python -m bench.inputs

These were timed tests once; timings belong here (bench.run's "inputs" section), and the
tests keep only what the functions must return.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from bot.dialogue import clauses, intents
from bot.dialogue.language import warm_up
from bot.dialogue.understanding import understand, understand_answer

LONG = 20_000
# Messages at the length limit built to make patterns backtrack: runs of spaces, of one word,
# of markup, of digits and dots.
HARD_INPUTS = {
    "spaces": "nej x" + " " * LONG + "y?",
    "one word": "bænk " * (LONG // 5),
    "markup": "<b>" * (LONG // 3),
    "numbers": "1. " * (LONG // 3),
    "letters": "a" * LONG,
    "'og'": "og " * (LONG // 3),
    "commas": ", " * (LONG // 2),
    "a place": "i Hellerup " * (LONG // 11),
    "a time": "hver lørdag " * (LONG // 12),
    "lines": "x\n" * (LONG // 2),
}
ORDINARY = [
    "Jeg vil gerne starte en strikkeklub på biblioteket",
    "fordi mange ældre sidder alene",
    "jeg kan selv tage garn med",
    "vi har brug for et lokale en gang om ugen",
]


def _seconds(call: Callable[[], object], runs: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(runs):
        call()
    return (time.perf_counter() - start) / runs


def measure() -> list[tuple[str, float]]:
    """(what, seconds) for each hard input through each reader, and the labelling."""
    warm_up()
    rows: list[tuple[str, float]] = []
    checks: dict[str, Callable[[str], object]] = {
        "understand": lambda text: understand(text, "da"),
        "understand_answer (when)": lambda text: understand_answer("when", text, "da"),
        "intents (correction, leaving, questions back, errands)": lambda text: (
            intents.correction(text),
            intents.without_leaving(text),
            intents.answer_then_asked_back(text),
            intents.asks_what_happens(text),
            intents.follows_errand(text),
        ),
    }
    for name, text in HARD_INPUTS.items():
        for reader, check in checks.items():
            seconds = _seconds(lambda check=check, text=text: check(text))  # type: ignore[misc]
            rows.append((f"{reader}, {LONG:,} characters of {name}", seconds))
    model = clauses.model()
    model.label_all(ORDINARY, "da")
    samples = [_seconds(lambda: model.label_all(ORDINARY, "da"), runs=50) for _ in range(5)]
    rows.append(("Labelling an ordinary message's 4 clauses", statistics.median(samples)))
    return rows


def main() -> None:
    for what, seconds in measure():
        print(f"{what:<90} {seconds * 1000:9.1f} ms")


if __name__ == "__main__":
    main()
