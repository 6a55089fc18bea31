"""Round 15 of reading: the work the person's own group takes on ("min spejdertrop vil gerne
så og passe den") is what they bring."""

from __future__ import annotations

import pytest

from bot.dialogue.understanding import understand


@pytest.mark.parametrize(
    ("text", "lang", "brings"),
    [
        (
            "Vi vil lave en blomstereng i Bernstorffsparken. Min spejdertrop vil gerne så og"
            " passe den",
            "da",
            "Min spejdertrop vil gerne så og passe den",
        ),
        (
            "Vi drømmer om frugttræer ved skolen. Vores grundejerforening vil gerne plante og"
            " vande dem",
            "da",
            "Vores grundejerforening vil gerne plante og vande dem",
        ),
        (
            "We would like a community garden on Hyldegårdsvej. Our scout troop will look after"
            " the beds",
            "en",
            "Our scout troop will look after the beds",
        ),
    ],
)
def test_the_work_ones_own_group_takes_on_is_brought(text: str, lang: str, brings: str) -> None:
    found = understand(text, lang)
    assert found.fields.get("brings") == brings
    assert found.fields["what"] not in brings
