"""Similarity of initiatives: Danish inflections and compounds, English, places, and precision."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.domain.routing import categorise, find_area
from bot.domain.similarity import (
    Profile,
    SimilarityIndex,
    initiative_profile,
    make_profile,
    places,
    similarity,
)
from bot.services.bridges import (
    INITIATIVE_MIN_SHARED,
    INITIATIVE_THRESHOLD,
    MAX_SUGGESTIONS,
    ONE_SHARED_WORD_THRESHOLD,
)

PAIRS_FILE = Path(__file__).with_name("similarity_pairs.yaml")
TARGET_PRECISION = 0.8


def _terms(text: str, language: str = "da") -> set[str]:
    return set(make_profile([(text, 1.0)], language).terms)


@pytest.mark.parametrize(
    "first, second",
    [
        ("køkkenhave", "køkkenhaver"),
        ("køkkenhaven", "køkkenhaverne"),
        ("legeplads", "legepladsen"),
        ("træ", "træer"),
        ("bi", "bierne"),
    ],
)
def test_danish_inflections_share_a_term(first: str, second: str) -> None:
    assert _terms(first) & _terms(second)


@pytest.mark.parametrize(
    "compound, part",
    [
        ("fælleshave", "haven"),
        ("køkkenhaver", "have"),
        ("affaldsindsamling", "affald"),
        ("hundeskoven", "hunde"),
        ("vinterbadeklubben", "klub"),
    ],
)
def test_danish_compounds_share_their_parts(compound: str, part: str) -> None:
    assert _terms(compound) & _terms(part)


def test_kindergarten_and_sea_are_not_gardens() -> None:
    garden = _terms("køkkenhave")
    assert not garden & _terms("børnehaven")
    assert not garden & _terms("havet")


def test_english_inflections_and_english_to_danish() -> None:
    assert _terms("gardens", "en") & _terms("garden", "en")
    assert _terms("community gardens", "en") & _terms("fælleshaven")


def test_stop_words_and_districts_are_not_content() -> None:
    assert _terms("Vi vil gerne have at det er i Hellerup") == set()
    assert _terms("We would like to have it in Ordrup", "en") == set()


def test_street_names_are_places_not_content() -> None:
    profile = make_profile([("Fartbump på Ordrupvejen", 1.0)], "da")
    assert profile.places == {"ordrupvej"}
    assert not any("ordrup" in term for term in profile.terms)
    assert places("Strandvejen 12 og Hellerup Havn") == {"strandvej", "hellerup havn"}


def test_same_place_only_breaks_a_tie_and_never_makes_a_match() -> None:
    garden = initiative_profile({"what": "Fælles køkkenhave", "where": "Ordrupvej"}, "da")
    same_street = initiative_profile({"what": "Køkkenhaver til alle", "where": "Ordrupvej"}, "da")
    elsewhere = initiative_profile({"what": "Køkkenhaver til alle", "where": "Tuborgvej"}, "da")
    bumps = initiative_profile({"what": "Fartbump for bilerne", "where": "Ordrupvej"}, "da")
    assert similarity(garden, same_street) == similarity(garden, elsewhere) > 0
    assert similarity(garden, bumps) == 0
    index = SimilarityIndex.build([("elsewhere", elsewhere), ("same street", same_street)])
    assert [m.key for m in index.search(garden)] == ["same street", "elsewhere"]


def test_search_returns_the_best_first_within_the_limit() -> None:
    index = SimilarityIndex.build(
        [
            (1, make_profile([("fartbump på vejen", 1.0)], "da")),
            (2, make_profile([("køkkenhave med højbede", 1.0)], "da")),
            (3, make_profile([("køkkenhaver", 1.0)], "da")),
        ]
    )
    matches = index.search(make_profile([("køkkenhaver", 1.0)], "da"), limit=2)
    assert [m.key for m in matches] == [3, 2]
    assert matches[0].score > matches[1].score
    assert index.search(make_profile([("", 1.0)], "da")) == []


def test_who_an_idea_is_for_is_no_evidence_and_one_topic_word_is_thin() -> None:
    index = SimilarityIndex.build([(1, make_profile([("fodbold for børn", 1.0)], "da"))])
    assert index.search(make_profile([("lysfest for børn", 1.0)], "da")) == []
    query = make_profile([("fodbold for voksne på stadion", 1.0)], "da")
    assert [m.key for m in index.search(query)] == [1]
    assert index.search(query, min_shared=2) == []
    assert index.search(query, min_shared=2, fewer_shared_threshold=0.1) != []


def test_english_text_in_a_danish_conversation_is_stemmed_as_english() -> None:
    assert _terms("We want a garden for the neighbours", "da") & _terms("fælleshaver")


def _labelled() -> tuple[dict[str, Profile], dict[frozenset[str], str]]:
    data = yaml.safe_load(PAIRS_FILE.read_text(encoding="utf-8"))
    profiles = {}
    for key, fields in data["initiatives"].items():
        # Category and area as routing sets them on a real submission.
        text = " ".join(fields.get(name) or "" for name in ("what", "why", "who_benefits"))
        profiles[key] = initiative_profile(
            fields,
            fields["language"],
            area=find_area(fields.get("where")),
            category=categorise(text),
        )
    labels = {frozenset((a, b)): label for a, b, label in data["pairs"]}
    return profiles, labels


def _shown(profiles: Mapping[str, Profile]) -> dict[str, list[str]]:
    """What each initiative would be offered, as bridges.suggest offers it."""
    shown = {}
    for key, profile in profiles.items():
        index = SimilarityIndex.build((k, p) for k, p in profiles.items() if k != key)
        matches = index.search(
            profile,
            limit=MAX_SUGGESTIONS,
            threshold=INITIATIVE_THRESHOLD,
            min_shared=INITIATIVE_MIN_SHARED,
            fewer_shared_threshold=ONE_SHARED_WORD_THRESHOLD,
        )
        shown[key] = [str(m.key) for m in matches]
    return shown


def test_the_labelled_set_is_big_and_varied_enough() -> None:
    data: dict[str, Any] = yaml.safe_load(PAIRS_FILE.read_text(encoding="utf-8"))
    pairs = data["pairs"]
    assert len(pairs) >= 40
    assert {label for _, _, label in pairs} == {"related", "unrelated"}
    assert {fields["language"] for fields in data["initiatives"].values()} == {"da", "en"}
    for first, second, _ in pairs:
        assert first in data["initiatives"] and second in data["initiatives"]
    assert len({frozenset((a, b)) for a, b, _ in pairs}) == len(pairs)


def test_precision_of_the_suggestions_shown(capsys: pytest.CaptureFixture[str]) -> None:
    profiles, labels = _labelled()
    shown = _shown(profiles)
    # A suggestion counts as right only if the pair is labelled related; unlabelled pairs
    # count as wrong, so precision is never flattered by what nobody looked at.
    suggestions = [(key, other) for key, others in shown.items() for other in others]
    right = [s for s in suggestions if labels.get(frozenset(s)) == "related"]
    related = [pair for pair, label in labels.items() if label == "related"]
    found = {frozenset(s) for s in right}
    precision = len(right) / len(suggestions)
    recall = len(found) / len(related)
    with capsys.disabled():
        print(
            f"\nsimilarity: {len(suggestions)} suggestions shown, precision {precision:.2f}, "
            f"recall {recall:.2f} ({len(found)} of {len(related)} related pairs found)"
        )
    assert suggestions, "nothing suggested at all"
    assert precision >= TARGET_PRECISION
    for key, others in shown.items():
        assert len(others) <= MAX_SUGGESTIONS, key
