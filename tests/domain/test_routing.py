"""Category, area and staff choice for routing."""

from __future__ import annotations

import pytest

from bot.domain.routing import Candidate, categorise, choose_staff, find_area


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Vi vil lave en fælles køkkenhave med højbede", "nature"),
        ("Køkkenhaver til hele vejen", "nature"),
        ("Affaldsindsamling ved havnen, der flyder med plastik", "nature"),
        ("A repair café where neighbours fix things instead of throwing them away", "social"),
        ("Koncert i parken med lokale musikere", "culture"),
        ("A reading circle at the library", "culture"),
        ("En løbeklub for nybegyndere", "sport"),
        ("Vinterbadning ved Charlottenlund Søbad", "sport"),
        ("Legegade for børnene på vejen", "children"),
        ("Homework café for young people", "children"),
        ("En gågruppe for ældre på plejehjemmet", "elderly"),
        ("Fællesspisning mod ensomhed for tilflyttere", "social"),
        ("Sikker skolevej med en ny fodgængerovergang", "traffic"),
        ("Hvad med noget helt andet?", "other"),
    ],
)
def test_categorise_in_danish_and_english(text: str, category: str) -> None:
    assert categorise(text) == category


def test_find_area_prefers_the_district_named() -> None:
    assert find_area("på Ordrupvej i Ordrup") == "Ordrup"
    assert find_area("near the harbour in Hellerup") == "Hellerup"
    assert find_area("ved Gentofte Sø") == "Gentofte"
    assert find_area("i Jægersborg Dyrehave") == "Jægersborg"
    assert find_area("et sted i byen") is None
    assert find_area(None) is None


def _c(
    id: int, cats: list[str], areas: list[str], open_count: int = 0, away: bool = False
) -> Candidate:
    return Candidate(id, cats, areas, away, open_count)


def test_choose_staff_by_category_then_area_then_load() -> None:
    staff = [
        _c(1, ["nature"], [], open_count=4),
        _c(2, ["nature"], ["Hellerup"], open_count=9),
        _c(3, ["nature"], [], open_count=1),
        _c(4, [], [], open_count=0),
        _c(5, ["culture"], ["Hellerup"], open_count=0),
    ]
    assert choose_staff(staff, "nature", "Hellerup") == 2  # category and area beat load
    assert choose_staff(staff, "nature", "Ordrup") == 3  # fewest open among the category
    assert choose_staff(staff, "sport", None) == 4  # the generalist
    assert choose_staff(staff[:3], "sport", None) is None


def test_away_staff_are_skipped() -> None:
    staff = [_c(1, ["nature"], [], away=True), _c(2, ["nature"], [], open_count=7)]
    assert choose_staff(staff, "nature", None) == 2
    assert choose_staff([_c(1, ["nature"], [], away=True)], "nature", None) is None


def test_load_ties_break_on_the_earliest_staff_member() -> None:
    assert choose_staff([_c(8, ["sport"], []), _c(3, ["sport"], [])], "sport", None) == 3


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "have" is also the verb; "Strandvejen" is a road, whatever it starts with.
        (
            "En sommerfest på Strandvejen, vi vil gerne have hjælp til at lukke vejen",
            "traffic",
        ),
        ("Vi vil gerne have en ny legeplads", "children"),
        ("Vi vil lave en fælles køkkenhave", "nature"),
        ("En skaterampe i Vangede", "sport"),
    ],
)
def test_words_that_only_look_like_a_category_do_not_count(text: str, category: str) -> None:
    assert categorise(text) == category
