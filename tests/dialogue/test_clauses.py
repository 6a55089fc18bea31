"""The learned clause labeller: its data is current, it generalises, it is deterministic."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.dialogue import clauses, understanding
from bot.dialogue.understanding import understand
from tests.dialogue.clause_data import NEVER_READ, TRAINING_CORPORA, build, render


def test_the_committed_data_file_is_built_from_the_current_corpora() -> None:
    current = clauses.DATA_FILE.read_text(encoding="utf-8")
    assert current == render(build()), "run: python -m tests.dialogue.clause_data"


def test_the_honest_held_out_corpus_is_never_training_data() -> None:
    assert not NEVER_READ & set(TRAINING_CORPORA)
    sources = {e["source"].split("/")[0] for e in clauses.load_examples()}
    assert sources <= set(TRAINING_CORPORA)


@pytest.mark.parametrize(
    ("clause", "lang", "field"),
    [
        # None of these sentences is in the training data.
        ("fordi børnene ikke har noget sted at lege om eftermiddagen", "da", "why"),
        ("Vi kan selv tage kaffe og kage med", "da", "brings"),
        ("det er for alle børnefamilier i kvarteret", "da", "who_benefits"),
        ("Spejderne fra 1. Gentofte Trop vil gerne være med", "da", "partners"),
        ("I can bring my own tools and a few friends who know bikes", "en", "brings"),
        ("We would need permission from the council to use the park", "en", "help_wanted"),
    ],
)
def test_an_unseen_clause_gets_its_field(clause: str, lang: str, field: str) -> None:
    probabilities = clauses.model().probabilities(clause, lang)
    assert max(probabilities, key=probabilities.__getitem__) == field, probabilities


def test_training_is_deterministic() -> None:
    examples = clauses.load_examples()
    first = clauses.train(examples)
    second = clauses.train(examples)
    clause = "vi mangler et sted at mødes om aftenen"
    assert first.labels == second.labels
    assert first.probabilities(clause, "da") == second.probabilities(clause, "da")


def test_a_held_out_folder_is_really_left_out() -> None:
    examples = clauses.load_examples()
    without = clauses.train(examples, exclude=["corpus_train"])
    trained = sum(not e["source"].startswith("corpus_train/") for e in examples)
    assert 0 < trained < len(examples)
    assert len(without.vocabulary) < len(clauses.model().vocabulary)


def test_the_model_fills_a_field_the_rules_leave_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "I want to organise a monthly litter pick by the lake, there is so much rubbish after "
        "sunny weekends"
    )
    assert "so much rubbish" in understand(text, "en").fields.get("why", "")
    monkeypatch.setattr(understanding, "MODEL_FILL", 1.1)
    monkeypatch.setattr(understanding, "MODEL_ADD", 1.1)
    monkeypatch.setattr(understanding, "MODEL_SHARE", 1.1)
    assert "why" not in understand(text, "en").fields


def test_importing_the_dialogue_does_not_load_scikit_learn() -> None:
    code = "import sys, bot.dialogue.engine; print('sklearn' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("text", "lang", "why"),
    [
        (
            "I moved here for my job half a year ago and apart from my colleagues I know "
            "nobody. Quiz nights are an easy way to meet people without endless small talk.",
            "en",
            "I know nobody",
        ),
        (
            "Min far på 90 bor alene i Ordrup og taler nogle gange ikke med nogen i flere dage. "
            "Jeg bor i Aarhus, så jeg kan ikke komme ofte.",
            "da",
            "ikke med nogen i flere dage",
        ),
    ],
)
def test_a_further_clause_read_surely_as_a_field_adds_to_it(
    monkeypatch: pytest.MonkeyPatch, text: str, lang: str, why: str
) -> None:
    assert why in understand(text, lang).fields.get("why", "")
    monkeypatch.setattr(understanding, "MODEL_ADD", 1.1)
    monkeypatch.setattr(understanding, "MODEL_SHARE", 1.1)
    assert why not in understand(text, lang).fields.get("why", "")


@pytest.mark.parametrize(
    ("text", "lang"), [("Hej jeg har en idé", "da"), ("I have a small idea", "en")]
)
def test_the_labeller_never_fills_a_field_with_words_that_tell_nothing(
    text: str, lang: str
) -> None:
    assert set(understand(text, lang).fields) <= {"what"}


def test_labelling_all_clauses_at_once_reads_each_as_alone() -> None:
    model = clauses.model()
    texts = [
        "Vi vil gerne lave en loppemarked",
        "fordi folk smider alt ud",
        "zzqx",
        "and we can bake",
    ]
    together = model.label_all(texts, "da")
    for text, probs in zip(texts, together, strict=True):
        alone = model.probabilities(text, "da")
        assert probs.keys() == alone.keys()
        assert all(abs(probs[k] - alone[k]) < 1e-9 for k in probs)
    assert model.label_all([], "da") == []


def test_the_labeller_reads_a_clause_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real = clauses.ClauseModel.label_all

    def spy(self: clauses.ClauseModel, texts: list[str], lang: str) -> list[dict[str, float]]:
        seen.extend(texts)
        return real(self, texts, lang)

    monkeypatch.setattr(clauses.ClauseModel, "label_all", spy)
    understand("Vi vil lave en bænk, men naboerne klager over støj.", "da")
    understand("We want a bench, but the neighbours complain about noise.", "en")
    assert any(t.startswith("men ") for t in seen)
    assert any(t.startswith("but ") for t in seen)


def test_chat_spellings_are_read_as_the_words_they_stand_for() -> None:
    from bot.dialogue.clauses import features

    assert features("can u sort bags pls", "en") >= {"w:you", "w:pleas", "b:can you"}
    assert features("pga trafikken", "da") >= {"w:grund", "b:^ på"}
