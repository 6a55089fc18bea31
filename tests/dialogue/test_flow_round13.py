"""Round 13 of the conversation: a newcomer's idea told in short sentences, its reason sent on
while the bot asks for whom."""

from __future__ import annotations

import pytest

from bot.i18n.catalog import t
from tests.dialogue.engine_chat import Chat


def test_the_idea_described_in_a_sentence_of_its_own_leaves_why_to_ask() -> None:
    chat = Chat("da")
    chat("Hej. Jeg hedder Amal")
    chat("Jeg er ny i Danmark. Jeg bor i Vangede.")
    replies = chat("Jeg vil gerne lave en sprogcafé. Hvor man kan tale dansk sammen")
    assert "Hvor man kan tale dansk sammen" in chat.fields["what"]
    assert replies[-1].asking == "why"
    replies = chat("fordi det er svært at øve dansk. Danskere taler engelsk til mig 😅")
    assert "svært at øve dansk" in chat.fields["why"]
    assert "who_benefits" not in chat.fields
    assert replies[-1].asking == "who_benefits"


def test_an_earlier_message_sent_again_and_again_does_not_loop() -> None:
    # Asked why, the person tells what they bring (kept there, why asked again at the end);
    # asked why again, they send the same words: "I have that one", then, sent once more, it
    # is taken as their answer instead of the same question forever.
    ours = "vi kan selv male bænkene og holde dem rene hele året rundt"
    answers = {
        "why": ours,
        "who_benefits": "ældre og folk med rollator",
        "where": "langs Ordrup Jagtvej ved stationen",
        "when": "inden foråret",
        "brings": ours,
        "help_wanted": "at I sætter dem op",
    }
    chat = Chat("da")
    chat("hej")
    replies = chat("flere bænke i Ordrup tak")
    asked: list[str] = []
    for _ in range(15):
        field = replies[-1].asking
        if field is None:
            break
        asked.append(field)
        replies = chat(answers.get(field, "ved ikke"))
    assert replies[-1].card is not None, asked
    assert asked.count("why") <= 3, asked


@pytest.mark.parametrize(
    ("opening", "lang"),
    [
        ("is this the right place to suggest something?", "en"),
        ("yo is this the thing where u can suggest stuff", "en"),
        ("er det her man kan foreslå ting?", "da"),
        ("hej, kan man foreslå ting her?", "da"),
    ],
)
def test_asking_whether_this_is_the_place_waits_for_the_idea(opening: str, lang: str) -> None:
    chat = Chat(lang)
    replies = chat(opening)
    assert replies[-1].text == t("right_place.go_on", lang)
    assert "what" not in chat.fields
    chat("we need a skate ramp in jægersborg" if lang == "en" else "en skaterampe i Jægersborg")
    assert "skate" in chat.fields["what"]


def test_the_situation_kept_until_the_idea_came_is_the_reason() -> None:
    chat = Chat("da")
    chat("hej")
    replies = chat("bilerne kører som sindssyge om morgenen på Vangedevej")
    # How things are, not an idea yet: the idea is asked for.
    assert replies[-1].asking == "what"
    replies = chat(
        "vi forældre vil lave en gå-bus, altså hvor vi skiftes til at følge en flok børn i skole"
    )
    assert "gå-bus" in chat.fields["what"]
    assert chat.fields["why"].startswith("bilerne kører som sindssyge")
    assert replies[-1].asking != "why"
