"""Language switches asked as questions, errands for other desks, thanks and "hvad sker der
nu?" (round 8 report)."""

from __future__ import annotations

import pytest

from bot.dialogue.intents import Intent, classify, elsewhere, says_thanks, small_talk


@pytest.mark.parametrize(
    ("text", "lang", "to"),
    [
        ("kan vi tage det på engelsk?", "da", "en"),
        ("Can we speak Danish instead?", "en", "da"),
        ("kan vi skifte til engelsk?", "da", "en"),
        ("må jeg skrive på engelsk i stedet?", "da", "en"),
        ("could we do this in Danish?", "en", "da"),
        ("skift sprog", "da", "en"),
        ("skift sprog", "en", "da"),
        ("change language", "en", "da"),
    ],
)
def test_a_language_switch_asked_as_a_question_switches(text: str, lang: str, to: str) -> None:
    match = classify(text, lang)
    assert match is not None and match.intent == Intent.SWITCH_LANGUAGE
    assert match.language == to


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("genbrugsstationen åbningstider", "question"),
        ("hvornår har genbrugsstationen åbent?", "question"),
        ("when is the recycling centre open?", "question"),
        ("min nabo larmer hele natten", "fault"),
        ("my neighbour is so noisy", "fault"),
        ("der er et hul i vejen på Bernstorffsvej, det skal I lave", "fault"),
    ],
)
def test_errands_for_other_desks_are_recognised(text: str, kind: str) -> None:
    assert elsewhere(text) == kind
    assert elsewhere(text, drafting=True) == kind


@pytest.mark.parametrize(
    "text",
    [
        "der mangler en bænk ved søen",
        "flere skraldespande på stranden?",
        "min nabo og jeg vil starte en løbeklub",
        "vi vil lave en legeplads, det skal I lave",
        "åbningstider for en ny café",
        "Et legetøjsbibliotek i Ordrup?",
    ],
)
def test_ideas_that_mention_a_problem_or_a_service_are_no_errand(text: str) -> None:
    assert elsewhere(text) is None


@pytest.mark.parametrize("text", ["ved genbrugsstationen", "om aftenen?", "hvem ved?"])
def test_answers_to_an_open_question_are_no_errand(text: str) -> None:
    assert elsewhere(text, drafting=True) is None


@pytest.mark.parametrize("text", ["ok tak", "okay thanks", "tak for hjælpen", "fint, tak"])
def test_thanks_is_recognised(text: str) -> None:
    assert says_thanks(text)


@pytest.mark.parametrize("text", ["ja tak", "ok", "ok send den"])
def test_a_yes_is_no_thanks(text: str) -> None:
    assert not says_thanks(text)


@pytest.mark.parametrize("text", ["hvad sker der nu?", "What happens next?", "hvad sker der så"])
def test_what_happens_now_is_answered_with_how_it_works(text: str) -> None:
    assert small_talk(text) == "how_it_works"


@pytest.mark.parametrize(
    "answer",
    [
        "Vi kan i fællesskab lave det",
        "vi kan i weekenden reparere den",
        "I can fix the bikes",
        "I can repair the bikes myself",
        "Min nabo og jeg gør det sammen",
        "uden for åbningstiden",
        "after opening hours",
    ],
)
def test_answers_that_only_look_like_errands_are_answers(answer: str) -> None:
    assert elsewhere(answer, drafting=True) is None


@pytest.mark.parametrize(
    "opening",
    [
        "Min nabo og jeg holder fest for hele vejen hvert år",
        "Are there any open spaces for community gardening?",
    ],
)
def test_ideas_with_a_neighbour_or_open_spaces_are_no_errand(opening: str) -> None:
    assert elsewhere(opening) is None
