"""Round 8 of exploratory testing: stale buttons, repeats and edits that change one part only."""

from __future__ import annotations

from typing import Any

import pytest

from bot.config import Settings
from bot.i18n.catalog import t
from bot.messages import Incoming, Reply
from bot.services.conversation import ConversationService
from storage.db import Database
from storage.repositories import InitiativeFilter, InitiativeRepository
from tests.dialogue.engine_chat import Chat

GRILL = (
    "Jeg vil gerne lave en fælles grill-aften i gården på Lindevangen",
    "fordi vi ikke kender hinanden",
    "alle beboerne",
    "en fredag i juni",
    "grill og kul",
    "jeg arrangerer",
)


def _grill_readback() -> tuple[Chat, list[Reply]]:
    chat = Chat()
    replies: list[Reply] = []
    for message in GRILL:
        replies = chat(message)
    assert replies[-1].card is not None
    return chat, replies


# -- #10: the card's send button, pressed while something else is waited for -------------


def test_an_old_send_button_does_not_send_while_words_wait_to_be_placed() -> None:
    chat, _ = _grill_readback()
    assert chat("Mad og kaffe til indvielsen")[-1].text == t("add_where", "da")
    replies = chat(choice="confirm")
    assert replies[0].text == t("stale_button", "da")
    assert replies[-1].text == t("add_where", "da")
    assert chat.port.sent == []
    # The words are still waiting, and go where they are put.
    chat(choice="field:brings")
    assert "Mad og kaffe" in chat.fields["brings"]


def test_an_old_send_button_does_not_send_while_new_words_for_a_part_are_asked_for() -> None:
    chat, _ = _grill_readback()
    chat(choice="change")
    chat(choice="field:when")
    chat("hver lørdag morgen")
    # "fortryd" takes the change back, and the new words are asked for again.
    assert chat("fortryd")[-1].asking == "when"
    replies = chat(choice="confirm")
    assert replies[0].text == t("stale_button", "da")
    assert chat.port.sent == []


# -- #11: the opening sent again later -----------------------------------------------------


@pytest.mark.parametrize("times", [1, 2, 3])
def test_the_opening_sent_again_later_is_a_repeat_not_an_answer(times: int) -> None:
    chat = Chat("en")
    opening = "We want a community fridge at Gentofte Library so food is not wasted"
    chat(opening)
    asked = chat("for everyone in the area")[-1].asking
    before = chat.fields
    for _ in range(times):
        replies = chat(opening)
        assert replies[0].text == t("duplicate", "en")
        assert replies[-1].asking == asked
    assert chat.fields == before


def test_the_opening_sent_back_to_back_three_times_is_never_taken_as_an_answer() -> None:
    chat = Chat()
    opening = "vi skal have flere bænke i Bernstorffsparken"
    chat(opening)
    for _ in range(3):
        replies = chat(opening)
        assert replies[0].text == t("duplicate", "da")
    assert "why" not in chat.fields


# -- #7: a changed time or place leaves the idea's words whole --------------------------


def test_changing_the_date_while_a_question_is_open_leaves_no_broken_idea() -> None:
    chat = Chat("en")
    chat(
        "I'd like to organise a beach clean-up at Charlottenlund Strand on 12 April with my "
        "school class"
    )
    chat("change the date to May")
    assert chat.fields["when"] == "May"
    what = chat.fields["what"]
    assert " on with" not in what and "12 April" not in what
    assert what.endswith("at Charlottenlund Strand with my school class")


def test_changing_the_date_keeps_a_time_that_names_the_thing_itself() -> None:
    chat = Chat("en")
    replies = chat(
        "I'd like to suggest a weekly repair café at Gentofte Library where neighbours fix "
        "things together"
    )
    chat.to_readback(replies)
    idea = chat.fields["what"]
    chat("change the date to every Saturday from March")
    assert chat.fields["when"] == "every Saturday from March"
    assert chat.fields["what"] == idea


# -- #8: only the weekday replaced --------------------------------------------------------


def test_a_weekday_told_as_a_correction_keeps_the_month() -> None:
    chat, _ = _grill_readback()
    chat("hov vent, det skal være en lørdag")
    assert chat.fields["when"] == "en lørdag i juni"


# -- #9 and #14: the part named is the part changed ----------------------------------------


def test_adding_a_partner_adds_it_to_the_partners_only() -> None:
    chat, _ = _grill_readback()
    chat("ret stedet til Ordruplund plejehjem")
    replies = chat("tilføj samarbejdspartner: Gentofte Harmoniorkester")
    # Partners were empty: added, not changed (round 11).
    assert replies[0].text == t("edited.added", "da", field=t("field.partners", "da"))
    assert chat.fields["partners"] == "Gentofte Harmoniorkester"
    assert chat.fields["where"] == "Ordruplund plejehjem"


def test_the_idea_told_anew_with_skal_bare_vaere_replaces_it() -> None:
    chat, _ = _grill_readback()
    chat("idéen skal bare være: fællesspisning for ældre en gang om måneden")
    assert chat.fields["what"] == "fællesspisning for ældre en gang om måneden"
    assert chat.fields["who_benefits"] == "alle beboerne"


def test_a_name_added_to_contact_goes_to_contact_without_asking_where() -> None:
    chat, _ = _grill_readback()
    replies = chat("add my name to contact: Jessica Miller")
    assert replies[-1].card is not None
    assert chat.fields["contact"] == "Jessica Miller"


def test_a_part_named_by_its_read_back_label_is_removed() -> None:
    chat, _ = _grill_readback()
    replies = chat("fjern hvem der får glæde af det")
    assert replies[0].text == t("removed", "da", fields=t("field.who_benefits", "da"))
    assert "who_benefits" not in chat.fields
    assert replies[-1].card is not None


# -- #23: the skip button tapped twice ----------------------------------------------------


def test_the_skip_button_tapped_twice_skips_one_question() -> None:
    chat = Chat()
    replies = chat("Vi vil lave et loppemarked på Hellerup Havn")
    first = replies[-1].asking
    (skip,) = replies[-1].choices
    second = chat(choice=skip.value)[-1].asking
    assert second != first
    replies = chat(choice=skip.value)
    assert replies[0].text == t("stale_button", "da")
    assert replies[-1].asking == second
    assert second not in chat.state["skipped"]


# -- #19: "fortryd" after "start forfra" and a new idea -----------------------------------


def test_undo_after_starting_over_brings_back_the_first_draft_and_keeps_the_new_one() -> None:
    chat = Chat()
    chat("jeg vil lave et julemarked ved Gentofte Kirke")
    chat("start forfra")
    chat("en lektiecafé på Hellerup Skole")
    replies = chat("fortryd")
    assert "julemarked" in replies[0].text and "lektiecafé" in replies[0].text
    assert t("cancelled", "da") not in [r.text for r in replies]
    assert "julemarked" in chat.fields["what"]
    # Once the first is sent, the new idea is taken up.
    replies = chat.to_readback(replies)
    replies = chat(choice="confirm")
    assert "julemarked" in chat.port.sent[0]["what"]
    assert "lektiecafé" in chat.fields["what"]


# -- #24: a very long part in the read-back ------------------------------------------------


def test_a_very_long_part_is_shortened_in_the_read_back_and_sent_whole() -> None:
    chat = Chat()
    story = " ".join(["Vi har ventet længe på et sted at mødes i kvarteret."] * 300)
    replies = chat(f"Vi vil lave en strikkeklub på Gentofte Hovedbibliotek, fordi {story}")
    replies = chat.to_readback(replies)
    rows = dict(replies[-1].card.rows)  # type: ignore[union-attr]
    assert max(len(value) for value in rows.values()) < 1_000
    assert any(value.endswith(t("readback.kept_whole", "da")) for value in rows.values())
    # Asked what a part should say instead, the old words are shortened too.
    longest = max(chat.fields, key=lambda name: len(chat.fields[name]))
    chat(choice="change")
    assert len(chat(choice=f"field:{longest}")[-1].text) < 1_000
    chat(choice="back")
    chat(choice="confirm")
    assert max(len(value) for value in chat.port.sent[0].values()) > 10_000


# -- #17: no idea, nothing to read back ----------------------------------------------------


def test_only_a_time_kept_as_the_idea_cannot_be_skipped_to_the_read_back() -> None:
    chat = Chat()
    chat("til april")
    for _ in range(6):
        replies = chat("spring over")
        assert replies[-1].card is None
    assert replies[-1].asking == "what"


def test_pointing_back_at_earlier_words_is_not_kept_as_the_idea() -> None:
    chat = Chat()
    assert chat("vi er nogle naboer fra Ordrup")[-1].asking == "what"
    replies = chat("det står jo ovenfor")
    assert replies[0].text == t("what_points_back", "da")
    assert replies[-1].asking == "what"
    assert "ovenfor" not in chat.fields.get("what", "")


# -- #16: typed on instead of answering "for the idea just sent?" --------------------------


@pytest.fixture
def service(database: Database, settings: Settings) -> ConversationService:
    return ConversationService(database, settings)


def _sender(service: ConversationService, user: str = "t52") -> Any:
    def send(text: str | None = None, choice: str | None = None) -> list[Reply]:
        return service.handle(
            Incoming(
                platform="console", user_id=user, conversation_id=user, text=text, choice=choice
            )
        )

    return send


def _send_one(send: Any) -> None:
    replies = send(
        "We'd like to start a book swap shelf at Hellerup Station, because books are wasted"
    )
    for _ in range(10):
        if replies[-1].card is not None:
            break
        replies = send("skip")
    send(choice="confirm")


def test_a_change_after_sending_is_not_lost_when_the_person_writes_on(
    service: ConversationService, database: Database
) -> None:
    send = _sender(service)
    _send_one(send)
    asked = send("change the place to Gentofte Central Library")
    assert asked[-1].choices, "asked whether it is for the idea just sent"
    replies = send("actually we also have a sponsor now: Hellerup Boghandel")
    # Asked again, with both messages kept; a typed "yes" adds them to the idea sent.
    assert [c.value for c in replies[-1].choices] == [c.value for c in asked[-1].choices]
    send("yes")
    with database.session() as session:
        (stored,) = InitiativeRepository(session).list(InitiativeFilter(with_timeline=True))
        notes = " ".join(str(event.text) for event in stored.timeline)
    assert "Gentofte Central Library" in notes and "Hellerup Boghandel" in notes


def _asked_for_help() -> Chat:
    """A street party told, every question skipped until the one about help."""
    chat = Chat()
    replies = chat(
        "Vi vil lave en gadefest på Callisensvej for hele vejen, fordi vi ikke kender hinanden"
    )
    for _ in range(6):
        if replies[-1].asking == "help_wanted":
            return chat
        (skip,) = replies[-1].choices
        replies = chat(choice=skip.value)
    raise AssertionError("the help question was never asked")


@pytest.mark.parametrize(
    ("answer", "none_wanted"), [("nej", True), ("ingenting egentlig", True), ("ved ikke", False)]
)
def test_no_help_wanted_is_kept_as_told_and_i_dont_know_leaves_it_open(
    answer: str, none_wanted: bool
) -> None:
    chat = _asked_for_help()
    chat(answer)
    # Round 11: "nej" is not kept as the help wanted; it is read back as no help wanted.
    assert "help_wanted" not in chat.fields
    assert bool(chat.state.get("no_help")) is none_wanted


def test_everybody_told_as_who_is_asked_about_as_told_not_as_unheard() -> None:
    chat = Chat()
    replies = chat(
        "Vi vil gerne plante frugttræer langs cykelstien på Ryvangs Allé, så alle kan plukke æbler"
    )
    assert replies[-1].asking == "who_benefits"
    assert replies[-1].text == t("ask.who_more", "da", told="alle")


def test_the_idea_cannot_be_removed_by_name_nor_sent_empty() -> None:
    chat = Chat()
    chat.to_readback(chat("Vi vil lave en gadefest på Callisensvej for hele vejen"))
    chat("slet idéen")
    assert chat.fields.get("what")
    chat(choice="back")
    chat.state["fields"]["what"] = ""
    replies = chat(choice="confirm")
    assert chat.port.sent == []
    assert replies[-1].asking == "what"


def test_a_no_with_more_to_it_is_not_kept_as_the_help_wanted() -> None:
    chat = _asked_for_help()
    chat("nej – og stedet skal være Hyldegårdsvej i stedet")
    assert "stedet skal være" not in chat.fields.get("help_wanted", "")


def test_parts_added_together_are_each_quoted() -> None:
    from bot.dialogue.engine import _added_to

    assert _added_to("da", ["where", "when"]) == (
        "Tak, det har jeg tilføjet under „Hvor“ og „Hvornår“."
    )


def test_undo_after_starting_over_works_at_the_new_ideas_read_back() -> None:
    chat = Chat()
    chat.to_readback(chat("Vi vil lave et julemarked ved Gentofte Kirke for hele byen"))
    chat("start forfra")
    chat.to_readback(
        chat(
            "Vi vil starte en lektiecafé på Hellerup Skole hver tirsdag, fordi mange børn mangler "
            "hjælp, for børn i 4.-6. klasse, jeg er lærer, og vi har brug for et lokale"
        )
    )
    chat("fortryd")
    assert "julemarked" in chat.fields["what"]
