"""Round 13 of the conversation: a newcomer's idea told in short sentences, its reason sent on
while the bot asks for whom."""

from __future__ import annotations

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
