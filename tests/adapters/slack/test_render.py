"""Block Kit rendering: escaping and Slack's limits, whatever the core hands over."""

from __future__ import annotations

from adapters.slack.render import (
    SEE_MORE_ACTION,
    HomeEntry,
    consumed,
    escape,
    fit,
    mrkdwn,
    render_full_text,
    render_home,
    render_reply,
)
from bot.messages import Choice, Reply, SummaryCard
from tests.adapters.slack.fake_slack import block_kit_problem, texts_of


def test_escape_and_links() -> None:
    assert escape("a <!channel> & <@U1>") == "a &lt;!channel&gt; &amp; &lt;@U1&gt;"
    assert mrkdwn("see https://gentofte.dk/kontakt.") == "see <https://gentofte.dk/kontakt>."
    assert mrkdwn("x https://a.dk/?q=1&r=2") == "x <https://a.dk/?q=1&amp;r=2>"
    # A link can never smuggle a label or a mention in.
    assert "<!here>" not in mrkdwn("https://a.dk/|<!here>")


def test_fit_never_exceeds_the_limit_even_when_escaping_grows_the_text() -> None:
    for text in ("<" * 5000, "&" * 4000, "ord " * 2000, "x" * 2999 + "<"):
        shown, cut = fit(text, 3000)
        assert len(shown) <= 3000
        assert cut
        assert "<" not in shown.replace("<http", "")


def test_a_huge_card_stays_a_valid_message_with_see_more() -> None:
    rows = tuple((f"Felt {i} " + "x" * 200, "<b>" * 9000) for i in range(60))
    reply = Reply(
        "Har jeg forstået det rigtigt? " * 200,
        choices=tuple(Choice("Et meget langt knap-navn " * 10, f"v{i}") for i in range(30)),
        card=SummaryCard("T" * 400, rows, "footer " * 1000),
    )
    message = render_reply(reply, "da")
    assert block_kit_problem(message.blocks, message=True) is None
    assert len(message.blocks) <= 50
    assert sum(len(t) for t in texts_of(message.blocks)) <= 12_000
    assert len(message.text) <= 1000
    assert message.cut
    more = message.blocks[-1]["elements"][0]
    assert more["action_id"] == SEE_MORE_ACTION and more["value"] == "draft"
    # All 30 buttons are there, in blocks of at most 25, in order.
    values = [
        e["value"]
        for b in message.blocks
        if b.get("block_id", "").startswith("samskab.choices")
        for e in b["elements"]
    ]
    assert values == [f"v{i}" for i in range(30)]
    # The question (the reply's own text) is kept even when rows had to go.
    assert any("Har jeg forstået" in t for t in texts_of(message.blocks))


def test_a_short_reply_is_not_cut_and_has_no_see_more() -> None:
    reply = Reply("Hvor skal det være?", choices=(Choice("Spring over", "skip"),))
    message = render_reply(reply, "da")
    assert not message.cut
    assert [b["type"] for b in message.blocks] == ["section", "actions"]
    assert message.blocks[0]["text"]["verbatim"] is True


def test_see_more_points_at_the_initiative_a_staff_ping_is_about() -> None:
    reply = Reply(
        "Ny idé GK-2026-0042",
        card=SummaryCard("GK-2026-0042 · Bænke", (("Med egne ord", "bænk " * 5000),)),
    )
    message = render_reply(reply, "da")
    assert message.blocks[-1]["elements"][0]["value"] == "initiative:GK-2026-0042"


def test_full_text_is_split_over_messages_without_losing_a_word() -> None:
    words = [f"ord{i}" for i in range(8000)]
    messages = render_full_text("Titel", [("Idéen", " ".join(words)), ("Hvor", "<parken>")])
    assert len(messages) > 1
    for message in messages:
        assert block_kit_problem(message.blocks, message=True) is None
    shown = " ".join(t for m in messages for t in texts_of(m.blocks)).split()
    assert [w for w in shown if w.startswith("ord")] == words
    assert "&lt;parken&gt;" in shown


def test_consumed_replaces_the_choices_with_what_was_chosen() -> None:
    message = render_reply(
        Reply("Send?", choices=(Choice("Ja <send>", "confirm"), Choice("Nej", "cancel"))), "da"
    )
    blocks = consumed(message.blocks, "Ja <send>")
    assert [b["type"] for b in blocks] == ["section", "context"]
    assert "Ja &lt;send&gt;" in blocks[1]["elements"][0]["text"]


def test_home_view_stays_within_the_view_limits() -> None:
    entries = [
        HomeEntry("• GK-2026-0001 <idé> " + "x" * 5000, overdue=i % 2 == 0) for i in range(80)
    ]
    view = render_home("da", entries, entries)
    assert view["type"] == "home"
    assert block_kit_problem(view["blocks"], message=False) is None
    assert any(t.startswith("⚠️") for t in texts_of(view["blocks"]))
    empty = render_home("en", [], None)
    assert len(empty["blocks"]) == 2
