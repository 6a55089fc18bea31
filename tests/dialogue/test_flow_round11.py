"""Round 11 of exploratory testing: several changes in one message at the read-back, a partner
added by its label, "nej" to the help question, and "ved ikke" after a time told only with
the reason."""

from __future__ import annotations

import pytest

from bot.dialogue.understanding import understand
from bot.i18n.catalog import t
from bot.messages import Reply
from tests.dialogue.engine_chat import Chat

_BOOK_SHELF = "Vi vil gerne lave en bogbytte-reol ved Vangede bibliotek"
_REPAIR_CAFE = "We want to start a repair cafe at Gentofte library"


def _texts(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies]


def _label(key: str, field: str, lang: str) -> str:
    return t(key, lang, field=t(f"field.{field}", lang))


def _asked(opening: str, field: str, lang: str = "da") -> Chat:
    chat = Chat(lang)
    chat.until(chat(opening), field)
    return chat


# -- #1: several changes in one message, each labelled for itself --------------------------


def test_a_place_changed_and_a_time_added_are_each_labelled() -> None:
    chat = Chat()
    chat.to_readback(chat(_BOOK_SHELF))
    assert "when" not in chat.fields
    replies = chat("ret stedet til Gentofte Sø og tidspunktet til maj")
    changed = _label("edited", "where", "da")
    added = _label("edited.added", "when", "da")
    assert _texts(replies)[0] == f"{changed} {added}"
    assert chat.fields["where"] == "Gentofte Sø"
    assert chat.fields["when"] == "maj"
    assert replies[-1].card is not None


def test_a_change_and_an_addition_in_one_message_are_both_made() -> None:
    chat = Chat()
    chat.to_readback(chat(_BOOK_SHELF))
    replies = chat("ret stedet til Gentofte Sø og tilføj at vi er 5 naboer")
    assert chat.fields["where"] == "Gentofte Sø"
    assert "5 naboer" in chat.fields["brings"]
    assert "tilføj" not in " ".join(chat.fields.values())
    changed = _label("edited", "where", "da")
    added = _label("edited.added", "brings", "da")
    assert _texts(replies)[0] == f"{changed} {added}"
    # The message is kept once with the idea's own words.
    assert (
        chat.state["original"].count("ret stedet til Gentofte Sø og tilføj at vi er 5 naboer") == 1
    )


def test_a_date_added_and_words_with_no_part_are_asked_about_by_their_words() -> None:
    chat = Chat("en")
    chat.to_readback(chat(_REPAIR_CAFE))
    replies = chat("change the date to May and add that the library helps")
    assert _texts(replies)[0] == _label("edited.added", "when", "en")
    assert chat.fields["when"] == "May"
    assert _texts(replies)[-1] == t("add_where_again", "en", words="the library helps")
    chat(choice="field:partners")
    assert chat.fields["partners"] == "the library helps"


def test_a_change_while_asked_also_takes_the_addition() -> None:
    chat = _asked(_BOOK_SHELF, "why")
    replies = chat("ret stedet til Gentofte Sø og tilføj at vi er 5 naboer")
    assert chat.fields["where"] == "Gentofte Sø"
    assert "5 naboer" in chat.fields["brings"]
    assert replies[-1].asking == "why"


# -- #2: a partner added by its label --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "partner", "lang"),
    [
        ("tilføj samarbejdspartner: Gentofte Bibliotekerne", "Gentofte Bibliotekerne", "da"),
        ("add partner: the Red Cross", "the Red Cross", "en"),
    ],
)
def test_a_partner_added_where_there_was_none_is_added(text: str, partner: str, lang: str) -> None:
    chat = Chat(lang)
    chat.to_readback(chat(_BOOK_SHELF if lang == "da" else _REPAIR_CAFE))
    assert "partners" not in chat.fields
    replies = chat(text)
    assert _texts(replies)[0] == _label("edited.added", "partners", lang)
    assert chat.fields["partners"] == partner
    assert (t("field.partners", lang), partner) in replies[-1].card.rows  # type: ignore[union-attr]
    chat(choice="confirm")
    assert chat.port.sent[-1]["partners"] == partner


def test_a_second_partner_is_added_to_the_first() -> None:
    chat = Chat()
    chat.to_readback(chat(_BOOK_SHELF))
    chat("tilføj samarbejdspartner: Gentofte Bibliotekerne")
    replies = chat("tilføj samarbejdspartner: Røde Kors")
    assert _texts(replies)[0] == _label("edited.added", "partners", "da")
    assert "Gentofte Bibliotekerne" in chat.fields["partners"]
    assert "Røde Kors" in chat.fields["partners"]


# -- #3: no help wanted ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        ("nej", "da"),
        ("ingenting", "da"),
        ("det klarer vi selv", "da"),
        ("nej tak, det klarer vi selv 🙂", "da"),
        ("vi har ikke brug for hjælp", "da"),
        ("no", "en"),
        ("nothing", "en"),
        ("no thanks, we'll manage ourselves", "en"),
    ],
)
def test_no_help_wanted_is_read_back_as_such_and_never_asked_again(answer: str, lang: str) -> None:
    chat = _asked(_BOOK_SHELF if lang == "da" else _REPAIR_CAFE, "help_wanted", lang)
    replies = chat(answer)
    assert "help_wanted" not in chat.fields
    assert replies[-1].asking != "help_wanted"
    replies = chat.to_readback(replies)
    row = (t("field.help_wanted", lang), t("help_wanted.none", lang))
    assert row in replies[-1].card.rows  # type: ignore[union-attr]
    assert "help_wanted" not in chat.state["asked"][chat.state["asked"].index("help_wanted") + 1 :]
    chat(choice="confirm")
    assert chat.port.sent[-1]["help_wanted"] == t("help_wanted.none", lang)


def test_i_dont_know_to_the_help_question_leaves_it_open() -> None:
    chat = _asked(_BOOK_SHELF, "help_wanted")
    replies = chat.to_readback(chat("ved ikke"))
    shown = dict(replies[-1].card.rows)  # type: ignore[union-attr]
    assert t("field.help_wanted", "da") not in shown


def test_no_help_follows_a_change_of_language() -> None:
    chat = _asked(_BOOK_SHELF, "help_wanted")
    chat.to_readback(chat("nej"))
    replies = chat("skift til engelsk")
    row = (t("field.help_wanted", "en"), t("help_wanted.none", "en"))
    assert row in replies[-1].card.rows  # type: ignore[union-attr]


def test_help_told_after_no_help_is_the_help_wanted() -> None:
    chat = _asked(_BOOK_SHELF, "help_wanted")
    chat.to_readback(chat("nej"))
    replies = chat("ret hjælpen til en nøgle til lokalet")
    assert chat.fields["help_wanted"] == "en nøgle til lokalet"
    shown = dict(replies[-1].card.rows)  # type: ignore[union-attr]
    assert shown[t("field.help_wanted", "da")] == "en nøgle til lokalet"


def test_no_help_said_at_the_read_back_replaces_the_help_kept() -> None:
    chat = Chat()
    chat.to_readback(
        chat("Vi vil lave en bogbytte-reol ved Vangede bibliotek og har brug for en tilladelse")
    )
    assert chat.fields.get("help_wanted")
    replies = chat("vi har ikke brug for hjælp alligevel")
    assert _texts(replies)[0] == _label("edited", "help_wanted", "da")
    shown = dict(replies[-1].card.rows)  # type: ignore[union-attr]
    assert shown[t("field.help_wanted", "da")] == t("help_wanted.none", "da")


@pytest.mark.parametrize(
    ("answer", "lang"),
    [("nej", "da"), ("ingenting", "da"), ("no", "en"), ("nothing", "en"), ("nope", "en")],
)
def test_nothing_brought_leaves_the_part_open_and_unasked(answer: str, lang: str) -> None:
    chat = _asked(_BOOK_SHELF if lang == "da" else _REPAIR_CAFE, "brings", lang)
    replies = chat(answer)
    assert "brings" not in chat.fields
    assert "brings" in chat.state["skipped"]
    replies = chat.to_readback(replies)
    assert t("field.brings", lang) not in dict(replies[-1].card.rows)  # type: ignore[union-attr]


# -- #4: "ved ikke" after a time told only with the reason ---------------------------------


@pytest.mark.parametrize(
    ("opening", "answer", "lang"),
    [
        (
            "Der har været mange nærved-ulykker i år, så vi vil gerne have en fodgængerovergang "
            "på Ordrupvej",
            "ved ikke",
            "da",
        ),
        (
            "There have been lots of near misses this year, so we would like a pedestrian "
            "crossing on Ordrupvej",
            "I don't know",
            "en",
        ),
    ],
)
def test_a_time_told_with_the_reason_is_not_kept_as_when_after_i_dont_know(
    opening: str, answer: str, lang: str
) -> None:
    chat = Chat(lang)
    replies = chat.until(chat(opening), "when")
    # Asked plainly: the time told was not when the idea is to happen.
    assert _texts(replies)[-1] == t("ask.when", lang)
    chat(answer)
    assert "when" not in chat.fields
    assert "when" in chat.state["skipped"]


def test_a_time_told_with_the_reason_gives_way_to_the_answer() -> None:
    chat = _asked(
        "Der har været mange nærved-ulykker i år, så vi vil gerne have en fodgængerovergang "
        "på Ordrupvej",
        "when",
    )
    chat("gerne inden skolestart i august")
    assert "i år" not in chat.fields["when"]
    assert "august" in chat.fields["when"]


def test_i_dont_know_after_a_time_of_the_plan_keeps_it() -> None:
    chat = _asked("Vi vil lave et loppemarked på Vangede Bygade en søndag", "when")
    told = chat.fields.get("when")
    chat("ved ikke")
    assert chat.fields.get("when") == told


# -- exploratory: an e-mail told beside a name, an idea told after a few words --------------


def test_an_email_told_at_the_read_back_joins_the_name_kept() -> None:
    chat = Chat("en")
    chat.to_readback(
        chat(
            "Hello! My name is Priya. I'd love to start an international parents' coffee "
            "morning at Charlottenlund library"
        )
    )
    assert "Priya" in chat.fields["contact"]
    replies = chat("my email is priya@example.com")
    assert _texts(replies)[0] == _label("edited.added", "contact", "en")
    assert "Priya" in chat.fields["contact"]
    assert "priya@example.com" in chat.fields["contact"]
    # A new e-mail takes the old one's place; the name stays.
    replies = chat("my email is priya2@example.com")
    assert _texts(replies)[0] == _label("edited", "contact", "en")
    assert "Priya" in chat.fields["contact"]
    assert "priya@example.com" not in chat.fields["contact"]
    assert "priya2@example.com" in chat.fields["contact"]


def test_the_first_words_that_tell_an_idea_set_the_language() -> None:
    chat = Chat()
    chat("yo")
    assert chat("so basically")[-1].asking == "what"
    replies = chat("we want a skate ramp")
    assert chat.state["lang"] == "en"
    assert _texts(replies)[-1] == t("ask.why", "en")


def test_an_addition_while_asked_which_part_to_change_is_added() -> None:
    chat = Chat()
    chat.to_readback(chat(_BOOK_SHELF))
    chat("nej")
    assert chat.state["phase"] == "choose_field"
    replies = chat("tilføj at vi har 200 bøger til at starte med")
    assert _texts(replies)[0] != t("choose_field_unclear", "da")
    assert "200 bøger" in " ".join(chat.fields.values())
    assert replies[-1].card is not None


@pytest.mark.parametrize(
    "text", ["ret hjælpen til ingenting", "hjælp fra kommunen skal være: ingen"]
)
def test_help_changed_to_nothing_reads_as_no_help(text: str) -> None:
    chat = Chat()
    chat.to_readback(
        chat("Vi vil lave en bogbytte-reol ved Vangede bibliotek og har brug for en tilladelse")
    )
    replies = chat(text)
    assert _texts(replies)[0] == _label("edited", "help_wanted", "da")
    assert "help_wanted" not in chat.fields
    shown = dict(replies[-1].card.rows)  # type: ignore[union-attr]
    assert shown[t("field.help_wanted", "da")] == t("help_wanted.none", "da")
    # Help told after that is the help wanted, and changed, not added.
    replies = chat("hjælp fra kommunen skal være: en nøgle til lokalet")
    assert _texts(replies)[0] == _label("edited", "help_wanted", "da")
    assert chat.fields["help_wanted"] == "en nøgle til lokalet"


def test_nothing_more_to_change_goes_back_to_the_read_back() -> None:
    chat = Chat()
    chat.to_readback(chat(_BOOK_SHELF))
    chat("nej tak")
    replies = chat("Det er vist alt")
    assert _texts(replies) == [t("readback.question", "da")]
    assert replies[-1].card is not None


@pytest.mark.parametrize("answer", ["nej", None])
def test_undo_right_after_no_help_or_a_skip_asks_again(answer: str | None) -> None:
    chat = Chat()
    replies = chat.until(chat(_BOOK_SHELF), "help_wanted")
    if answer is None:
        (skip,) = replies[-1].choices
        chat(choice=skip.value)
    else:
        chat(answer)
    replies = chat("fortryd")
    assert _texts(replies)[0] == t("change_undone", "da")
    assert replies[-1].asking == "help_wanted"
    assert chat.fields.get("what")
    assert not chat.state.get("no_help")


@pytest.mark.parametrize(
    ("lang", "opening", "part"),
    [
        ("da", _BOOK_SHELF, "btw jeg kan godt være den der passer reolen hver lørdag"),
        ("en", _REPAIR_CAFE, "oh and I can be the one who runs it twice a month"),
    ],
)
def test_the_part_the_person_takes_told_when_asked_for_whom_is_what_they_bring(
    lang: str, opening: str, part: str
) -> None:
    chat = _asked(opening, "who_benefits", lang)
    replies = chat(part)
    assert chat.fields["brings"] == part
    assert "who_benefits" not in chat.fields
    asked_after = []
    for _ in range(6):
        if replies[-1].card is not None:
            break
        asked_after.append(replies[-1].asking)
        (skip,) = replies[-1].choices
        replies = chat(choice=skip.value)
    assert replies[-1].card is not None
    # Whom it is for is still asked; what they bring is not asked for again.
    assert "who_benefits" in asked_after
    assert "brings" not in asked_after


def test_a_thing_asked_for_after_a_trouble_is_the_idea_not_the_people() -> None:
    chat = Chat()
    chat("hej vi er nogle mødre fra vejen")
    chat("legepladsen ved Dyssegårdsskolen har ingen gynger mere de er rustne")
    replies = chat("kan vi få nye gynger")
    assert chat.fields["what"] == "kan vi få nye gynger"
    assert "gynger" not in chat.fields.get("who_benefits", "")
    assert "rustne" in chat.fields["why"]
    assert _texts(replies)[0] == t("noted_other", "da", field=t("field.what", "da"))


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("kan vi få en ny bænk", True),
        ("kan vi få nye gynger", True),
        ("kan vi få en kopi af vores skøde", False),
        ("kan jeg få en tid hos borgerservice", False),
    ],
)
def test_a_thing_asked_for_tells_an_idea_and_a_service_errand_does_not(
    text: str, told: bool
) -> None:
    assert understand(text, "da").idea_told is told
