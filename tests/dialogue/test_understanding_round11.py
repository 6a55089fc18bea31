"""Round 11 of reading: a thing asked for at a place is an idea ("kan vi få en hjertestarter på
Kildeskovshallen?"), also without æøå; a service's thing asked for is not."""

from __future__ import annotations

import pytest

from bot.dialogue.understanding import proposes, understand


@pytest.mark.parametrize(
    ("text", "what", "where"),
    [
        ("kan vi få en hjertestarter på Kildeskovshallen?", "hjertestarter", "Kildeskovshallen"),
        ("kan vi faa en hjertestarter paa Kildeskovshallen?", "hjertestarter", "Kildeskovshallen"),
        ("could we get a bike pump at Dyssegård station?", "bike pump", "Dyssegård station"),
        ("hvad med en bænk ved Gentofte Sø?", "bænk", "Gentofte Sø"),
    ],
)
def test_a_thing_asked_for_at_a_place_is_an_idea(text: str, what: str, where: str) -> None:
    assert proposes(text)
    understood = understand(text, "en" if text.startswith("could") else "da")
    assert what in understood.fields["what"]
    assert "what" not in understood.vague
    assert where in understood.fields["where"]


@pytest.mark.parametrize(
    "text",
    [
        "kan man få en kopi af sit sygesikringskort på rådhuset?",
        "kan vi få en tid hos borgerservice i Gentofte?",
        "could we get an appointment at the town hall?",
        "kan vi få en tilladelse til at parkere på Hellerupvej?",
    ],
)
def test_a_service_thing_asked_for_is_no_idea(text: str) -> None:
    assert not proposes(text)
