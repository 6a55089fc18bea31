"""Reply -> Teams rendering: Adaptive Cards 1.5 that validate, people's words shown as typed."""

from __future__ import annotations

import re
from typing import Any, cast

import pytest

from adapters.teams.render import Rendered, adaptive_card, escape_markdown, plain_text, render
from bot.messages import Choice, Reply, SummaryCard
from tests.adapters.teams.fake_connector import card_errors

NASTY = (
    "**fed** _kursiv_ [klik](https://evil.example) # Overskrift\n> citat\n- punkt\n"
    "1. nr `kode` <at>x</at> ~~s~~ | a | ![b](c)"
)

READ_BACK = Reply(
    "Passer det her? Så sender jeg det.",
    choices=(Choice("Send", "confirm"), Choice("Ret", "change"), Choice("Drop det", "cancel")),
    card=SummaryCard("Din idé", (("Idéen", NASTY), ("Hvor", "Ordrup Skole")), "Du kan rette alt."),
)


def elements(card: dict[str, Any]) -> list[dict[str, Any]]:
    return list(card["body"])


def test_markdown_characters_are_escaped_so_they_show_literally() -> None:
    escaped = escape_markdown(NASTY)
    # No markdown-significant character is left without its backslash.
    assert not re.search(r"(?<!\\)[*_\[\]()#>`~|<!]", escaped)
    assert "\\- punkt" in escaped and "1\\. nr" in escaped
    assert escape_markdown("Vej 3, 2820 Gentofte - godt.") == "Vej 3, 2820 Gentofte - godt."
    assert escape_markdown("a\\b") == "a\\\\b"


def test_read_back_card_shows_the_persons_words_as_plain_text_runs() -> None:
    card = adaptive_card(READ_BACK, "card-1")
    assert card["version"] == "1.5"
    # Only RichTextBlock/TextRun carry text: the spec renders TextRun without markdown.
    assert {e["type"] for e in elements(card)} == {"RichTextBlock"}
    runs = [run["text"] for e in elements(card) for run in e["inlines"]]
    assert NASTY in runs and "Din idé" in runs and "Du kan rette alt." in runs
    assert escape_markdown(NASTY) in card["fallbackText"]
    assert NASTY not in card["fallbackText"]
    assert [a["data"] for a in card["actions"]] == [
        {"choice": "confirm", "card": "card-1"},
        {"choice": "change", "card": "card-1"},
        {"choice": "cancel", "card": "card-1"},
    ]
    assert card_errors(card) == []


def test_choices_without_a_card_become_buttons_and_text_stays_in_the_message() -> None:
    reply = Reply("Hvor skal det foregå?", choices=(Choice("Spring over", "skip"),), asking="where")
    (activity,) = render([reply], card_id=lambda: "c2")
    assert activity.text == "Hvor skal det foregå?" and activity.text_format == "plain"
    (attachment,) = activity.attachments or []
    assert attachment.content_type == "application/vnd.microsoft.card.adaptive"
    card = cast(dict[str, Any], attachment.content)
    assert card["body"] == []
    assert card["actions"][0]["title"] == "Spring over"
    assert card_errors(card) == []


def test_plain_replies_are_plain_messages() -> None:
    activities = render([Reply("Hej **du**"), Reply("Tak!")])
    assert [a.text for a in activities] == ["Hej **du**", "Tak!"]
    assert all(a.attachments is None and a.text_format == "plain" for a in activities)


def test_rendered_builds_each_activity_when_read_in_reply_order_like_render() -> None:
    replies = [Reply("Hej"), READ_BACK, Reply("Vælg", choices=(Choice("Ja", "yes"),))]
    ids = iter(["c1", "c2"])
    lazy = Rendered(replies, card_id=lambda: next(ids))
    assert len(lazy) == 3 and lazy._built == []
    assert lazy[0].text == "Hej" and len(lazy._built) == 1
    # Reading a later one builds those before it first, so card ids follow the replies.
    assert lazy[-1] is lazy[2] and len(lazy._built) == 3
    counter = iter(["c1", "c2"])
    eager = render(replies, card_id=lambda: next(counter))
    dump = [a.model_dump(by_alias=True, exclude_none=True) for a in lazy]
    assert dump == [a.model_dump(by_alias=True, exclude_none=True) for a in eager]
    assert lazy[1:] == [lazy[1], lazy[2]]
    with pytest.raises(IndexError):
        lazy[3]


def test_plain_text_fallback_numbers_the_choices() -> None:
    assert plain_text(READ_BACK).splitlines()[-3:] == ["1. Send", "2. Ret", "3. Drop det"]


@pytest.mark.parametrize(
    "broken",
    [
        {"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlok", "text": "x"}]},
        {"type": "AdaptiveCard", "version": "1.5", "actions": [{"type": "Action.Submit", "x": 1}]},
        {"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "RichTextBlock"}]},
    ],
)
def test_the_schema_check_rejects_broken_cards(broken: dict[str, Any]) -> None:
    assert card_errors(broken) != []
