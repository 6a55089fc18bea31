"""Whole intake conversations through the real core and a real database."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from sqlalchemy import event

from bot.config import Settings
from bot.domain.fields import PART_JOIN
from bot.i18n.catalog import t
from bot.messages import Incoming, Reply
from bot.services.conversation import ConversationService
from storage.db import Database
from storage.models import Conversation, Initiative
from storage.repositories import InitiativeFilter, InitiativeRepository

COMPLETE_DA = (
    "Vi er 6 naboer på Ordrupvej, som gerne vil lave en fælles køkkenhave på den tomme "
    "græsplæne ved Ordrup Skole, fordi vi savner et sted at mødes. Den skal være for alle i "
    "kvarteret, også børnene. Vi vil gerne starte til foråret. Vi har brug for tilladelse til "
    "at bruge plænen og et par sække jord."
)

Send = Callable[..., list[Reply]]


@pytest.fixture
def service(database: Database, settings: Settings) -> ConversationService:
    return ConversationService(database, settings)


def sender(service: ConversationService, user: str = "anna", **extra: str) -> Send:
    """A function that sends text or a choice as `user` and returns the bot's replies."""

    def send(
        text: str | None = None, choice: str | None = None, event_id: str | None = None
    ) -> list[Reply]:
        return service.handle(
            Incoming(
                platform="console",
                user_id=user,
                conversation_id=user,
                text=text,
                choice=choice,
                event_id=event_id,
                **extra,
            )
        )

    return send


def initiatives(database: Database) -> list[Initiative]:
    with database.session() as session:
        return InitiativeRepository(session).list(InitiativeFilter(with_timeline=True))


def all_text(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def finish(send: Send, replies: list[Reply], answer: str = "ved ikke") -> list[Reply]:
    """Answer every question with `answer` until the read-back shows."""
    for _ in range(10):
        if replies[-1].card is not None:
            return replies
        assert replies[-1].asking, all_text(replies)
        replies = send(answer)
    raise AssertionError("never reached the read-back")


def test_greeting_invites_the_idea_without_a_list_of_questions(
    service: ConversationService,
) -> None:
    opening = service.start(Incoming(platform="console", user_id="a", conversation_id="a"))
    assert "egne ord" in all_text(opening)
    assert "gentofte.dk" in all_text(opening)  # privacy notice with its link
    replies = sender(service, "a")("hej")
    assert replies[-1].asking is None and replies[-1].card is None
    replies = sender(service, "a")("jeg har en idé")
    assert "egne ord" in all_text(replies)


def test_complete_opening_goes_straight_to_read_back_and_submits(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    replies = send(COMPLETE_DA)
    asked = []
    while replies[-1].card is None:
        asked.append(replies[-1].asking)
        replies = send("ved ikke")
    assert len(asked) <= 2, asked
    card = replies[-1].card
    assert card is not None
    rows = dict(card.rows)
    assert "køkkenhave" in rows["Idéen"]
    assert "Ordrup" in rows["Hvor"]
    assert [c.value for c in replies[-1].choices] == ["confirm", "change", "cancel"]
    assert initiatives(database) == []  # nothing is stored before the person confirms

    receipt = send(choice="confirm")
    (stored,) = initiatives(database)
    assert stored.reference in all_text(receipt)
    assert stored.status == "submitted"
    assert "6 naboer" in (stored.brings or "")
    assert stored.original_text.startswith("Vi er 6 naboer")
    assert [e.kind for e in stored.timeline] == ["created", "submitted"]


def test_button_pressed_twice_stores_once(service: ConversationService, database: Database) -> None:
    send = sender(service)
    finish(send, send(COMPLETE_DA))
    first = send(choice="confirm")
    second = send(choice="confirm")
    assert len(initiatives(database)) == 1
    reference = initiatives(database)[0].reference
    assert reference in all_text(first) and reference in all_text(second)
    assert "allerede" in all_text(second)


def test_message_delivered_twice_is_answered_once(service: ConversationService) -> None:
    send = sender(service)
    first = send("Vi vil lave en loppemarked i Vangede", event_id="Ev42")
    again = send("Vi vil lave en loppemarked i Vangede", event_id="Ev42")
    assert first and again == []


def test_a_known_persons_answer_the_orm_way_reads_once_and_writes_event_and_state(
    service: ConversationService, database: Database
) -> None:
    """Ordinary answers go the quick way (tests/storage/test_quick_turn.py); when the quick
    way is not open, the ORM way costs no more statements."""
    service._quick_turn = lambda incoming: None  # type: ignore[method-assign]
    send = sender(service)
    send("Jeg vil gerne starte en løbeklub for nybegyndere", event_id="Ev1")
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        statements.append(statement.split()[0].upper())

    event.listen(database.engine, "before_cursor_execute", seen)
    try:
        replies = send("fordi mange gerne vil i gang men ikke tør løbe alene", event_id="Ev2")
    finally:
        event.remove(database.engine, "before_cursor_execute", seen)
    assert replies
    # The event id (deduplication), one read of person, address, conversation and held
    # messages, and the saved state: nothing more on the path of an ordinary answer.
    assert [s for s in statements if s not in {"BEGIN", "COMMIT"}] == [
        "INSERT",
        "SELECT",
        "UPDATE",
    ]


def test_unknown_answers_are_accepted_and_never_reasked(service: ConversationService) -> None:
    send = sender(service)
    replies = send("Jeg vil gerne starte en løbeklub for nybegyndere")
    asked = []
    while replies[-1].card is None:
        asked.append(replies[-1].asking)
        replies = send(choice="skip") if len(asked) % 2 else send("spring over")
    assert len(asked) == len(set(asked)) <= 5
    assert "what" not in asked  # the idea was clear enough


def test_edit_one_field_by_words_and_by_buttons(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    finish(send, send(COMPLETE_DA))
    replies = send("Ret stedet til Gentofte Sø")
    card = replies[-1].card
    assert card is not None and dict(card.rows)["Hvor"] == "Gentofte Sø"
    replies = send(choice="change")
    assert "field:when" in [c.value for c in replies[-1].choices]
    replies = send(choice="field:when")
    assert replies[-1].asking == "when"
    replies = send("hver anden lørdag kl 10-14")
    card = replies[-1].card
    assert card is not None and dict(card.rows)["Hvornår"] == "hver anden lørdag kl 10-14"
    send("ja")
    (stored,) = initiatives(database)
    assert (stored.where, stored.when) == ("Gentofte Sø", "hver anden lørdag kl 10-14")


def test_english_conversation_and_change_by_words(
    service: ConversationService, database: Database
) -> None:
    send = sender(service, "tom")
    replies = send(
        "Hi! I'd like to organise a repair café at Hellerup Library once a month, because so "
        "many things get thrown away that could be fixed. I'm an electrician and a few "
        "neighbours can sew."
    )
    assert "Thanks" in all_text(replies)
    replies = finish(send, replies, "I don't know")
    assert replies[-1].card is not None and replies[-1].card.title.startswith("Your idea")
    replies = send("change the date to May")
    assert replies[-1].card is not None and dict(replies[-1].card.rows)["When"] == "May"
    send(choice="confirm")
    (stored,) = initiatives(database)
    assert stored.language == "en" and stored.when == "May"
    assert "Hellerup" in (stored.where or "")


def test_a_service_question_is_not_stored(service: ConversationService, database: Database) -> None:
    replies = sender(service)("Hvornår har genbrugspladsen åbent?")
    assert "gentofte.dk/kontakt" in all_text(replies)
    assert initiatives(database) == []


def test_cancel_restart_help_and_my_initiatives(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    assert "ikke sendt nogen" in all_text(send("mine idéer"))
    send("Vi vil lave et bytte-marked på Gentofte Hovedbibliotek")
    assert "egne ord" in all_text(send("start forfra"))
    replies = send("Vi vil lave legegade på Hvidørevej om sommeren")
    question = replies[-1].asking
    help_replies = send("hjælp")
    assert "mine idéer" in all_text(help_replies)
    assert help_replies[-1].asking == question  # help never derails the question
    assert "droppet" in all_text(send("annuller"))
    assert initiatives(database) == []
    finish(send, send(COMPLETE_DA))
    send(choice="confirm")
    listing = all_text(send(choice="mine"))
    assert initiatives(database)[0].reference in listing
    assert "venter på" in listing


def test_language_switch_keeps_the_place(service: ConversationService) -> None:
    send = sender(service)
    replies = send("Vi vil gerne lave en bænk ved Gentofte Sø")
    field = replies[-1].asking
    replies = send("english please")
    assert replies[-1].asking == field
    assert "English" in all_text(replies)
    replies = send(choice="lang:da")
    assert "dansk" in all_text(replies)


def test_state_is_saved_after_every_turn_and_survives_a_restart(
    database: Database, settings: Settings
) -> None:
    first = ConversationService(database, settings)
    replies = sender(first)("Jeg vil starte en strikkeklub for ældre på Ordrup Bibliotek")
    question = replies[-1].asking
    assert question
    with database.session() as session:
        saved = session.query(Conversation).one()
        assert saved.state["asking"] == question
    second = ConversationService(Database(str(database.url.render_as_string(False))), settings)
    resumed = second.start(Incoming(platform="console", user_id="anna", conversation_id="anna"))
    assert resumed[-1].asking == question


@pytest.mark.parametrize(
    "nasty",
    [
        "<!channel> vi vil lave en <script>alert(1)</script> sommerfest i Hellerup 🎉🎉",
        "Idé: https://example.org/x?a=1&b=<2> en bænk ved søen <@U123>",
        "Vi vil lave en bänk ved Ordrup Krat\u200b\u202e med fællesspisning",
        "Vi vil gerne lave en idé\u0301 med mixed English words, a BBQ i parken",
    ],
)
def test_odd_input_is_stored_verbatim(
    service: ConversationService, database: Database, nasty: str
) -> None:
    send = sender(service)
    finish(send, send(nasty))
    send(choice="confirm")
    (stored,) = initiatives(database)
    assert stored.original_text == nasty
    # the person's own words survive unescaped (escaping is each renderer's job); markup
    # cut out of a sentence leaves its words joined by a space
    plain = " ".join(re.sub(r"<script>.*?</script>|<[^<>]*>", " ", nasty).split())
    for part in stored.what.split(" … "):
        assert " ".join(part.split()) in plain


def test_very_long_message_is_kept_whole_or_refused_with_the_limit(
    service: ConversationService, database: Database, settings: Settings
) -> None:
    send = sender(service)
    long_idea = ("Vi vil lave en fælles have ved Gentofte Sø. " * 500)[: settings.max_message_chars]
    finish(send, send(long_idea))
    send(choice="confirm")
    (stored,) = initiatives(database)
    assert stored.original_text == long_idea.strip()
    too_long = send("x" * (settings.max_message_chars + 1))
    assert "20.000" in all_text(too_long) and "20.001" in all_text(too_long)
    assert len(initiatives(database)) == 1


def test_empty_line_gets_a_friendly_reprompt(service: ConversationService) -> None:
    send = sender(service)
    send("Vi vil lave en petanquebane i Bernstorffsparken")
    replies = send("   ")
    assert "ikke nogen tekst" in all_text(replies)
    assert replies[-1].asking  # the question is repeated


def test_stale_button_is_explained(service: ConversationService) -> None:
    send = sender(service)
    replies = send(choice="field:where")
    assert "tidligere besked" in all_text(replies)


def test_platform_locale_sets_the_first_language(service: ConversationService) -> None:
    replies = sender(service, "eva", locale="en-GB")("hi")
    assert "idea" in all_text(replies)


@pytest.mark.parametrize(
    ("user", "opening", "unsure", "kept_idea"),
    [
        ("da", COMPLETE_DA, ["ved ikke", "hvad nu?", "jeg har en idé", "hej"], "køkkenhave"),
        (
            "en",
            "We'd like a repair café at Hellerup Library once a month, because so much gets "
            "thrown away. I'm an electrician and we need a room.",
            ["I don't know", "no idea", "what now?"],
            "repair café",
        ),
    ],
)
def test_unsure_words_at_the_read_back_ask_again_and_add_nothing(
    service: ConversationService, user: str, opening: str, unsure: list[str], kept_idea: str
) -> None:
    send = sender(service, user)
    card = finish(send, send(opening), "ved ikke" if user == "da" else "I don't know")[-1].card
    assert card is not None
    before = dict(card.rows)
    assert kept_idea in next(iter(before.values()))
    for words in unsure:
        replies = send(words)
        assert replies[-1].card is not None, words
        assert dict(replies[-1].card.rows) == before, words
        assert t("added.field", user, field=t("field.brings", user)) not in all_text(replies)
    assert t("readback_unclear", user) in all_text(send(unsure[0]))
    # Something that does tell more is still added.
    replies = send("Vi har også en trailer" if user == "da" else "We also have a trailer")
    # Said with the part that took the words.
    assert t("added.field", user, field=t("field.brings", user)) in all_text(replies)
    assert dict(replies[-1].card.rows) != before  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("lang", "opening", "puzzled"),
    [
        ("da", "Vi vil gerne have en legegade på Tranegårdsvej en søndag i juni", "hvad mener du?"),
        ("en", "We'd like a play street on Tranegårdsvej one Sunday in June", "what do you mean?"),
    ],
)
def test_what_do_you_mean_explains_the_question_and_asks_it_again(
    service: ConversationService, lang: str, opening: str, puzzled: str
) -> None:
    send = sender(service, lang)
    question = send(opening)[-1]
    field = question.asking
    assert field is not None
    replies = send(puzzled)
    assert replies[0].text == t(f"clarify.{field}", lang)
    assert replies[-1].asking == field and replies[-1].text == question.text
    # Nothing was kept as the answer: the real answer is.
    answer = "så børnene kan lege sikkert" if lang == "da" else "so the children can play safely"
    card = finish(send, send(answer), "ved ikke" if lang == "da" else "I don't know")[-1].card
    assert card is not None
    values = " ".join(value for _, value in card.rows)
    assert puzzled.rstrip("?") not in values


def test_a_correction_sent_while_a_question_is_open_is_made_and_the_question_stays(
    service: ConversationService,
) -> None:
    send = sender(service)
    question = send("Vi vil gerne have en legegade på Tranegårdsvej en søndag i juni")[-1]
    assert question.asking not in (None, "where")
    replies = send("ja men ret stedet til Tranegårdsvej 12-40")
    assert replies[0].text == t("edited", "da", field=t("field.where", "da"))
    assert replies[-1].asking == question.asking
    card = finish(send, replies)[-1].card
    assert card is not None
    rows = dict(card.rows)
    assert rows["Hvor"] == "Tranegårdsvej 12-40"
    assert all("ret stedet" not in value for value in rows.values())


def test_the_part_to_change_can_be_typed_by_name_or_by_its_new_value(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    finish(send, send(COMPLETE_DA))
    send("nej")
    replies = send("hvornår")
    assert replies[-1].text.startswith("Under „Hvornår“ står der nu")
    replies = send("første søndag i juni kl 10-16")
    assert dict(replies[-1].card.rows)["Hvornår"] == "første søndag i juni kl 10-16"  # type: ignore[union-attr]
    send(choice="change")
    replies = send("på Ordrupvej 12")
    assert replies[0].text == t("edited", "da", field=t("field.where", "da"))
    assert dict(replies[-1].card.rows)["Hvor"] == "på Ordrupvej 12"  # type: ignore[union-attr]
    send(choice="confirm")
    (stored,) = initiatives(database)
    assert (stored.when, stored.where) == ("første søndag i juni kl 10-16", "på Ordrupvej 12")


def test_add_that_at_the_read_back_adds_to_the_part_it_names_not_to_the_idea(
    service: ConversationService,
) -> None:
    send = sender(service)
    before = dict(finish(send, send(COMPLETE_DA))[-1].card.rows)  # type: ignore[union-attr]
    replies = send("tilføj at vi har en trailer og masser af skovle")
    assert t("added.field", "da", field=t("field.brings", "da")) in all_text(replies)
    after = dict(replies[-1].card.rows)  # type: ignore[union-attr]
    assert after["Idéen"] == before["Idéen"]
    assert "trailer" in after[t("field.brings", "da")]
    assert all("tilføj" not in value for value in after.values())


@pytest.mark.parametrize(("user", "thanks"), [("da", "Tak for hjælpen!"), ("en", "thanks!")])
def test_thanks_after_sending_is_a_goodbye_not_a_new_idea(
    service: ConversationService, database: Database, user: str, thanks: str
) -> None:
    send = sender(service, user, locale="da-DK" if user == "da" else "en-GB")
    assert t("thanks.before", user) in all_text(send(thanks))
    opening = (
        COMPLETE_DA
        if user == "da"
        else "We'd like a repair café at Hellerup Library once a month, because so much gets "
        "thrown away. I'm an electrician and we need a room."
    )
    finish(send, send(opening), "ved ikke" if user == "da" else "I don't know")
    send(choice="confirm")
    replies = send(thanks)
    assert [r.text for r in replies] == [t("thanks.after_submit", user)]
    assert replies[-1].asking is None
    # Nothing new was started: the next words are a new idea again, read as one.
    assert len(initiatives(database)) == 1
    assert t("thanks.after_submit", user) in all_text(send(thanks))


def test_an_answer_sent_late_at_the_read_back_goes_to_its_part_not_to_the_idea(
    service: ConversationService,
) -> None:
    send = sender(service, "tom")
    replies = send(
        "Hi, I'd like to start a repair café at Hellerup Library once a month because too "
        "many things get thrown away. I'm an electrician and my neighbour can sew."
    )
    before = dict(finish(send, replies, "I don't know")[-1].card.rows)  # type: ignore[union-attr]
    replies = send("a room and some tools")
    after = dict(replies[-1].card.rows)  # type: ignore[union-attr]
    assert after["The idea"] == before["The idea"]
    assert after["Help wanted"].endswith("a room and some tools")
    replies = send("we also need tables")
    assert dict(replies[-1].card.rows)["Help wanted"] == (  # type: ignore[union-attr]
        f"{after['Help wanted']}{PART_JOIN}we also need tables"
    )


def test_an_answer_to_another_question_is_kept_there_and_the_talk_goes_on(
    service: ConversationService,
) -> None:
    send = sender(service)
    replies = send("bænk ved søen")
    asked = []
    while replies[-1].asking not in ("when", None):
        asked.append(replies[-1].asking)
        replies = send("ved ikke")
    assert replies[-1].asking == "when"
    # The person answers the question before: a place, asked when.
    replies = send("ved Gentofte Sø")
    assert replies[0].text == t("noted_other", "da", field=t("field.where", "da"))
    assert replies[-1].asking not in ("when", "where")
    # Asked what help is wanted, a room somewhere is the help, not only a place.
    while replies[-1].asking not in ("help_wanted", None):
        replies = send("ved ikke")
    assert replies[-1].asking == "help_wanted"
    replies = send("et mødelokale på Vangede Bibliotek")
    rows = dict(finish(send, replies)[-1].card.rows)  # type: ignore[union-attr]
    assert rows["Hvor"].startswith("ved søen … ved Gentofte Sø")
    assert "Hvornår" not in rows  # not the place, wrongly, and not asked twice
    assert rows["Hjælp fra kommunen"] == "et mødelokale på Vangede Bibliotek"


@pytest.mark.parametrize(
    ("user", "correction", "label", "value"),
    [
        ("da", "nej, det er i Vangede", "Hvor", "i Vangede"),
        ("da", "faktisk til efteråret", "Hvornår", "til efteråret"),
        ("en", "no, it should be in May", "When", "in May"),
    ],
)
def test_a_correction_at_the_read_back_replaces_the_place_or_time(
    service: ConversationService, user: str, correction: str, label: str, value: str
) -> None:
    send = sender(service, user)
    opening = (
        COMPLETE_DA
        if user == "da"
        else "Hi! I'd like to organise a repair café at Hellerup Library once a month, because "
        "so many things get thrown away. I'm an electrician and a few neighbours can sew."
    )
    before = dict(
        finish(send, send(opening), "ved ikke" if user == "da" else "I don't know")[-1].card.rows
    )  # type: ignore[union-attr]
    replies = send(correction)
    assert replies[0].text == t("edited", user, field=label)
    after = dict(replies[-1].card.rows)  # type: ignore[union-attr]
    assert after[label] == value
    assert {k: v for k, v in after.items() if k != label} == {
        k: v for k, v in before.items() if k != label
    }


BENCH_DA = [
    "Vi vil gerne have en bænk ved Gentofte Sø",
    "Så man kan hvile sig",
    "Ældre på gåtur",
    "til sommer",
    "En tilladelse",
    "Vi kan male den",
]


def _bench_card(send: Send) -> dict[str, str]:
    replies: list[Reply] = []
    for line in BENCH_DA:
        replies = send(line)
    assert replies[-1].card is not None
    return dict(replies[-1].card.rows)


@pytest.mark.parametrize("words", ["no, cancel", "actually, forget it", "nej tak, annuller"])
def test_no_cancel_cancels_in_both_languages(service: ConversationService, words: str) -> None:
    send = sender(service)
    _bench_card(send)
    assert "intet er sendt" in all_text(send(words))


@pytest.mark.parametrize(
    ("correction", "label", "value"),
    [
        ("nej det er ikke i Gentofte Sø, det er i Ordrup Krat", "Hvor", "i Ordrup Krat"),
        ("ja men det skal være om søndagen", "Hvornår", "om søndagen"),
        ("nej, det er i Ordrup, ikke ved søen", "Hvor", "i Ordrup"),
        # Told "instead", or told again "as I wrote": the value in place of the one kept.
        ("det skal være i maj i stedet", "Hvornår", "i maj"),
        ("som jeg skrev til sommer", "Hvornår", "til sommer"),
        # A verdict first, then the right value.
        ("stedet er forkert, det er Ordrup Krat", "Hvor", "Ordrup Krat"),
        # "ikke X men Y" after the lead: X is taken back, Y told.
        ("nej, det er ikke til sommer men til efteråret", "Hvornår", "til efteråret"),
        # A correction that tells one other part only: that part's new words.
        (
            "nej, det er for børnefamilierne, ikke de ældre",
            "Hvem får glæde af det",
            "for børnefamilierne",
        ),
        # "ret X til: Y", with a colon, as without one.
        ("ret stedet til: Ordrup Krat", "Hvor", "Ordrup Krat"),
    ],
)
def test_a_correction_replaces_and_the_value_ruled_out_is_gone(
    service: ConversationService, correction: str, label: str, value: str
) -> None:
    send = sender(service)
    before = _bench_card(send)
    after = dict(send(correction)[-1].card.rows)  # type: ignore[union-attr]
    assert after[label] == value
    assert {k: v for k, v in after.items() if k != label} == {
        k: v for k, v in before.items() if k != label
    }


def test_a_late_correction_of_the_date_corrects_it_and_keeps_the_question_open(
    service: ConversationService,
) -> None:
    send = sender(service)
    for line in BENCH_DA[:3]:
        replies = send(line)
    assert replies[-1].asking == "when"
    asked_next = send("Den 3. maj")[-1].asking
    replies = send("undskyld, jeg mente 4. maj")
    assert replies[0].text == t("edited", "da", field=t("field.when", "da"))
    assert replies[-1].asking == asked_next
    rows = dict(finish(send, replies)[-1].card.rows)  # type: ignore[union-attr]
    assert rows["Hvornår"] == "4. maj"
    assert all("undskyld" not in value for value in rows.values())


def test_asides_are_no_answers_and_send_now_skips_the_rest(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    question = send(BENCH_DA[0])[-1]
    for aside in ("Hvorfor spørger du om det?", "hej igen", "🙏", "vent lidt"):
        replies = send(aside)
        assert replies[-1].asking in (None, question.asking), aside
    card = send("bare send den nu")[-1].card
    assert card is not None
    assert dict(card.rows) == {"Idéen": "Vi vil gerne have en bænk", "Hvor": "ved Gentofte Sø"}
    send("send den nu")
    (stored,) = initiatives(database)
    assert stored.why is None and stored.who_benefits is None


def test_back_and_dont_know_in_the_field_editor_keep_the_value(
    service: ConversationService,
) -> None:
    send = sender(service)
    before = _bench_card(send)
    send(choice="change")
    assert dict(send("tilbage")[-1].card.rows) == before  # type: ignore[union-attr]
    send(choice="change")
    send(choice="field:when")
    assert dict(send("tilbage")[-1].card.rows) == before  # type: ignore[union-attr]
    send(choice="change")
    send("hvem")
    assert dict(send("ved ikke")[-1].card.rows) == before  # type: ignore[union-attr]
    send(choice="change")
    send("hvor")
    rows = dict(send("nej, det er ved Bernstorff Slotshave")[-1].card.rows)  # type: ignore[union-attr]
    assert rows["Hvor"] == "ved Bernstorff Slotshave"


def test_words_added_at_the_read_back_that_fit_no_part_are_asked_where_they_belong(
    service: ConversationService,
) -> None:
    send = sender(service)
    before = _bench_card(send)
    replies = send("Mad og kaffe til indvielsen")
    assert replies[-1].text == t("add_where", "da") and replies[-1].card is None
    assert "field:brings" in [c.value for c in replies[-1].choices]
    replies = send(choice="field:brings")
    after = dict(replies[-1].card.rows)  # type: ignore[union-attr]
    assert after["Idéen"] == before["Idéen"]
    assert (
        after[t("field.brings", "da")] == f"Vi kan male den{PART_JOIN}Mad og kaffe til indvielsen"
    )
    # Typed, the part's name works too; and "og så har vi ..." is not lost.
    assert send("og så har vi også en trailer")[-1].text == t("add_where", "da")
    rows = dict(send("hvad vi bidrager med")[-1].card.rows)  # type: ignore[union-attr]
    assert rows[t("field.brings", "da")].endswith("og så har vi også en trailer")
    # Back leaves everything as it was.
    send("en lille ting mere")
    assert dict(send(choice="back")[-1].card.rows) == rows  # type: ignore[union-attr]


def test_my_initiatives_in_the_middle_of_an_intake_says_the_draft_is_not_sent_yet(
    service: ConversationService,
) -> None:
    send = sender(service)
    send("Vi vil lave en løbeklub for nybegyndere")
    replies = send("mine idéer")
    assert replies[0].text == t("mine.none_busy", "da")
    assert replies[-1].asking is not None


def test_skip_typed_in_a_danish_conversation_keeps_it_danish(
    service: ConversationService,
) -> None:
    send = sender(service)
    send(BENCH_DA[0])
    assert send("skip")[-1].text.startswith("Hvem")


def test_a_message_sent_twice_is_not_the_answer_to_the_next_question(
    service: ConversationService,
) -> None:
    send = sender(service)
    send(BENCH_DA[0])
    first = send("Så man kan hvile sig")[-1].asking
    replies = send("Så man kan hvile sig")
    assert replies[0].text == t("duplicate", "da") and replies[-1].asking == first
    rows = dict(finish(send, replies)[-1].card.rows)  # type: ignore[union-attr]
    assert list(rows.values()).count("Så man kan hvile sig") == 1


def test_an_answer_that_tells_a_date_and_a_need_asked_for_whom_goes_to_those(
    service: ConversationService,
) -> None:
    send = sender(service)
    send("Vi vil holde en vejfest på Hyldegårdsvej")
    replies = send("For at hygge os")
    assert replies[-1].asking == "who_benefits"
    replies = send("Den 3. maj, og vi skal bruge en tilladelse")
    rows = dict(finish(send, replies)[-1].card.rows)  # type: ignore[union-attr]
    assert rows["Hvornår"] == "Den 3. maj"
    assert rows["Hjælp fra kommunen"] == "vi skal bruge en tilladelse"
    assert "Hvem får glæde af det" not in rows


@pytest.mark.parametrize(
    ("preface", "lang"),
    [("quick one", "en"), ("ok so halloween", "en"), ("ok så jul", "da")],
)
def test_a_preface_is_met_with_go_ahead_not_thanks_for_the_idea(
    service: ConversationService, preface: str, lang: str
) -> None:
    send = sender(service, locale="da-DK" if lang == "da" else "en-GB")
    replies = send(preface)
    # "quick one" only says how the person writes: the invitation; "ok so halloween" names a
    # topic: go on. Neither is thanked for as an idea.
    go_on = (t("ask.what_go_on", lang), "what")
    invite = (t("invite", lang), None)
    assert (replies[-1].text, replies[-1].asking) == (invite if preface == "quick one" else go_on)
    assert t("thanks_listening", lang) not in all_text(replies)
    replies = send(
        "I'd like to start a borrow-a-grandparent scheme in Ordrup"
        if lang == "en"
        else "Vi vil gerne lave et julemarked på Vangede Bygade"
    )
    dont_know = "ved ikke" if lang == "da" else "I don't know"
    rows = dict(finish(send, replies, dont_know)[-1].card.rows)  # type: ignore[union-attr]
    idea = rows[t("field.what", lang)]
    assert "scheme" in idea or "julemarked" in idea
    assert preface not in idea


def test_an_idea_sent_while_asked_where_after_a_situation_is_the_idea(
    service: ConversationService,
) -> None:
    send = sender(service)
    send("jeg er 16 og bor i dyssegård")
    replies = send(
        "der er virkelig intet sted for unge at være om aftenen herude, ungdomsklubben lukker kl 18"
    )
    assert replies[-1].asking == "where"
    replies = send("vi vil gerne have et ungdomsrum med sofaer og et lille musikrum")
    assert replies[-1].asking == "where"  # still open: that was no place
    replies = send("i kælderen under Dyssegård Bibliotek")
    rows = dict(finish(send, replies)[-1].card.rows)  # type: ignore[union-attr]
    assert rows["Idéen"] == "vi vil gerne have et ungdomsrum med sofaer og et lille musikrum"
    assert "Dyssegård Bibliotek" in rows["Hvor"]
    why = rows["Hvorfor"]
    assert why.count("intet sted for unge") == 1


def test_an_idea_that_answers_where_too_replaces_a_situation_kept_as_the_idea(
    service: ConversationService,
) -> None:
    send = sender(service, locale="en-GB")
    send("hey so me and my friends have a band and we have literally nowhere to rehearse")
    replies = send("our parents are sick of the noise lol")
    assert replies[-1].asking == "where"
    replies = send("could there be a rehearsal room for teen bands somewhere in Vangede?")
    rows = dict(finish(send, replies, "I don't know")[-1].card.rows)  # type: ignore[union-attr]
    assert rows["The idea"] == "could there be a rehearsal room for teen bands"
    assert rows["Where"] == "somewhere in Vangede"
    assert "sick of the noise" in rows["Why"]


def test_a_day_told_without_which_is_asked_about_with_the_words_told(
    service: ConversationService,
) -> None:
    send = sender(service)
    replies = send("Vi vil lave bilfri søndag på Ordrupvej, så børnene kan lege på vejen")
    assert replies[-1].text == t("ask.when_more", "da", told="søndag")
    rows = dict(finish(send, send("en søndag i september"))[-1].card.rows)  # type: ignore[union-attr]
    assert rows["Hvornår"] == "en søndag i september"


def test_text_typed_where_an_addition_belongs_is_read_and_the_addition_asked_about_again(
    service: ConversationService,
) -> None:
    send = sender(service)
    send(COMPLETE_DA)
    assert send("Mad og kaffe til indvielsen")[-1].text == t("add_where", "da")
    replies = send("tilføj at vi har en trailer")
    assert replies[0].text == t("added.field", "da", field=t("field.brings", "da"))
    assert replies[-1].text == t("add_where_again", "da", words="Mad og kaffe til indvielsen")
    rows = dict(send(choice="field:brings")[-1].card.rows)  # type: ignore[union-attr]
    assert rows[t("field.brings", "da")].startswith("Vi er 6 naboer")
    assert "vi har en trailer" in rows[t("field.brings", "da")]
    assert "Mad og kaffe til indvielsen" in rows[t("field.brings", "da")]


@pytest.mark.parametrize(
    ("correction", "row", "value"),
    [
        ("ikke til foråret men til efteråret", "Hvornår", "til efteråret"),
        ("ja næsten, stedet er Ordrup Krat", "Hvor", "Ordrup Krat"),
        ("nej stop det er forkert, stedet er Gentofte Sø", "Hvor", "Gentofte Sø"),
    ],
)
def test_a_named_or_ruled_out_correction_replaces_the_place_or_time(
    service: ConversationService, correction: str, row: str, value: str
) -> None:
    send = sender(service)
    send(COMPLETE_DA)
    replies = send(correction)
    assert replies[0].text.startswith("Rettet")
    assert dict(replies[-1].card.rows)[row] == value  # type: ignore[union-attr]


def test_another_idea_at_the_read_back_is_kept_for_after_this_one_is_sent(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    send(COMPLETE_DA)
    replies = send("Jeg har også en anden idé: et cykelværksted for unge på Gentofte Hovedgade")
    assert replies[0].text == t("next_idea.kept", "da")
    rows = dict(replies[-1].card.rows)  # type: ignore[union-attr]
    assert "cykelværksted" not in " ".join(rows.values())
    replies = send(choice="confirm")
    assert [r.text for r in replies[1:3]] == [
        t("next_idea.now", "da", idea="et cykelværksted for unge på Gentofte Hovedgade"),
        t("thanks_listening", "da"),
    ]
    assert len(initiatives(database)) == 1
    rows = dict(finish(send, replies)[-1].card.rows)  # type: ignore[union-attr]
    assert "cykelværksted" in rows["Idéen"]
    assert rows["Hvor"] == "på Gentofte Hovedgade"


def test_a_dropped_draft_comes_back_with_fortryd(service: ConversationService) -> None:
    send = sender(service)
    before = dict(send(COMPLETE_DA)[-1].card.rows)  # type: ignore[union-attr]
    assert "fortryd" in all_text(send("stop"))
    replies = send("fortryd")
    assert replies[0].text == t("undone", "da")
    assert dict(replies[-1].card.rows) == before  # type: ignore[union-attr]
    # Back at the read-back, "undo" means a change: with none made, the draft stays.
    again = send("undo")
    assert again[0].text == t("nothing_to_undo.change", "da")
    assert dict(again[-1].card.rows) == before  # type: ignore[union-attr]
    assert send(choice="cancel")[0].text == t("cancelled", "da")
    send("Vi vil lave en loppemarked på Vangede Bygade")
    send("annuller")
    assert send("fortryd")[-1].asking  # the newest draft, still asking its question


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Min skraldespand er ikke blevet tømt i to uger", "da"),
        ("Der er et stort hul i vejen på Ordrupvej", "da"),
        ("My bin has not been emptied for two weeks", "en"),
    ],
)
def test_a_fault_report_gets_a_pointer_and_starts_no_intake(
    service: ConversationService, text: str, lang: str
) -> None:
    send = sender(service, locale="da-DK" if lang == "da" else "en-GB")
    replies = send(text)
    assert replies[-1].text == t("not_an_idea.fault", lang, url="https://www.gentofte.dk/kontakt")
    assert replies[-1].asking is None and replies[-1].card is None


def test_push_back_and_bare_numbers_are_no_answers(service: ConversationService) -> None:
    send = sender(service)
    replies = send("Vi vil lave en loppemarked på Vangede Bygade for børnefamilier")
    asked = replies[-1].asking
    replies = send("2")
    assert replies[0].text == t("need_words", "da") and replies[-1].asking == asked
    send("se ovenfor")  # already told: left open, on to the next question
    replies = send("som sagt, det er for at skabe liv i gaden")
    rows = dict(finish(send, replies)[-1].card.rows)  # type: ignore[union-attr]
    assert "se ovenfor" not in " ".join(rows.values())
    assert "som sagt" not in " ".join(rows.values())
    assert rows["Hvorfor"] == "for at skabe liv i gaden"
    assert rows["Idéen"] == "Vi vil lave en loppemarked på Vangede Bygade for børnefamilier"


def test_where_can_i_see_my_ideas_lists_them(service: ConversationService) -> None:
    send = sender(service)
    assert "ikke sendt nogen" in all_text(send("Hvor kan jeg se mine idéer?"))


def test_a_part_can_be_removed_and_a_removed_email_leaves_the_words_too(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    send(COMPLETE_DA + " Skriv til anna@example.org eller ring 22 33 44 55.")
    replies = send("fjern min mail og mit telefonnummer")
    assert replies[0].text == t("removed", "da", fields="Kontakt")
    rows = dict(replies[-1].card.rows)  # type: ignore[union-attr]
    assert "Kontakt" not in rows
    replies = send("slet datoen, vi ved ikke hvornår endnu")
    assert "Hvornår" not in dict(replies[-1].card.rows)  # type: ignore[union-attr]
    send(choice="confirm")
    stored = initiatives(database)[0]
    assert not stored.contact and not stored.when
    told = [stored.original_text, *(getattr(stored, f) or "" for f in ("what", "why", "brings"))]
    assert not [said for said in told if "anna@example.org" in said or "22 33 44 55" in said]


def test_a_place_told_again_about_the_people_is_not_asked_for(
    service: ConversationService,
) -> None:
    send = sender(service)
    send("Vi vil lave en cykelreparationsdag i Ordrup")
    send("så folk kan få repareret deres cykler gratis")
    replies = send("alle i Ordrup")
    assert replies[-1].asking == "when"


def test_an_idea_still_without_words_is_asked_once_more_with_examples(
    service: ConversationService,
) -> None:
    send = sender(service)
    send("Vi vil lave noget")
    replies = send("noget sjovt")
    assert replies[-1].text == t("ask.what_example", "da") and replies[-1].asking == "what"
    # Still nothing to send: every other part may stay open, the idea may not. The person is
    # told so, and how to stop instead.
    replies = send("ved ikke")
    assert replies[0].text == t("what_needed", "da")
    assert replies[-1].asking == "what"
    assert "intet er sendt" in all_text(send("stop"))


def test_also_in_the_field_editor_adds_to_the_part(service: ConversationService) -> None:
    send = sender(service)
    before = dict(send(COMPLETE_DA)[-1].card.rows)["Hvem får glæde af det"]  # type: ignore[union-attr]
    send(choice="change")
    send(choice="field:who_benefits")
    rows = dict(send("også unge studerende")[-1].card.rows)  # type: ignore[union-attr]
    assert rows["Hvem får glæde af det"] == f"{before}{PART_JOIN}unge studerende"
    send(choice="change")
    assert send("nej det er fint alligevel, send den bare")[-1].card is not None


def test_an_afterthought_right_after_sending_can_be_added_to_the_sent_idea(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    send(COMPLETE_DA)
    send(choice="confirm")
    reference = initiatives(database)[0].reference
    replies = send("åh ja, og vi har også en trailer vi kan låne ud")
    assert replies[-1].text == t("afterthought.ask", "da", reference=reference)
    assert [c.value for c in replies[-1].choices] == [
        f"own:add_afterthought:{reference}",
        "afterthought:new",
    ]
    assert send(choice=f"own:add_afterthought:{reference}")[-1].text == t("own.added", "da")
    notes = [e.text for e in initiatives(database)[0].timeline if e.kind == "note"]
    assert notes == ["åh ja, og vi har også en trailer vi kan låne ud"]
    # The same words the other way: a new idea, read as told.
    send("Vi vil også lave en loppemarked på Vangede Bygade")
    send("annuller")
    replies = send("og så vil vi lave et julemarked på Ordrup Torv")  # no idea just sent
    assert replies[-1].text != t("afterthought.ask", "da", reference=reference)


def test_an_afterthought_can_be_a_new_idea_instead(service: ConversationService) -> None:
    send = sender(service)
    send(COMPLETE_DA)
    send(choice="confirm")
    send("og så vil vi lave et julemarked på Ordrup Torv")
    replies = send(choice="afterthought:new")
    assert replies[-1].asking
    rows = dict(finish(send, replies)[-1].card.rows)  # type: ignore[union-attr]
    assert "julemarked" in rows["Idéen"]


def test_two_ideas_at_once_are_taken_one_at_a_time(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    replies = send("Jeg har to idéer: en bænk ved Gentofte Sø og en legeplads i Vangede")
    assert t("two_ideas", "da", first="en bænk ved Gentofte Sø") in all_text(replies)
    rows = dict(finish(send, replies)[-1].card.rows)  # type: ignore[union-attr]
    assert (rows["Idéen"], rows["Hvor"]) == ("en bænk", "ved Gentofte Sø")
    replies = send(choice="confirm")
    assert t("next_idea.now", "da", idea="en legeplads i Vangede") in all_text(replies)
    rows = dict(finish(send, replies)[-1].card.rows)  # type: ignore[union-attr]
    assert (rows["Idéen"], rows["Hvor"]) == ("en legeplads", "i Vangede")
    send(choice="confirm")
    assert len(initiatives(database)) == 2


@pytest.mark.parametrize("skip", ["spring over", "ved ikke", None])
def test_the_idea_is_the_one_part_that_cannot_be_skipped(
    service: ConversationService, skip: str | None
) -> None:
    send = sender(service)
    asked = send("🌳🌳🌳")
    assert asked[-1].asking == "what"
    assert asked[-1].choices == ()  # no "Spring over" for the idea
    replies = send(choice="skip") if skip is None else send(skip)
    assert replies[0].text == t("what_needed", "da")
    assert replies[-1].asking == "what"
    replies = send("en skovhave i Dyssegård")
    assert replies[-1].asking != "what"
    replies = finish(send, replies)
    assert dict(replies[-1].card.rows)["Idéen"] == "en skovhave i Dyssegård"  # type: ignore[union-attr]


def test_none_typed_as_a_part_s_new_words_removes_the_part(service: ConversationService) -> None:
    send = sender(service)
    finish(send, send(COMPLETE_DA))
    send(choice="change")
    send(choice="field:help_wanted")
    replies = send("ingen")
    assert replies[0].text == t("removed", "da", fields="Hjælp fra kommunen")
    assert "Hjælp fra kommunen" not in dict(replies[-1].card.rows)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("Er du en robot?", "asked_back.bot"),
        ("Hvad sker der med min idé bagefter?", "asked_back.next"),
        ("skal jeg selv betale for den?", "asked_back.cost"),
        ("må man det overhovedet?", "asked_back.allowed"),
        ("Hvad mener du med hvorfor?", "clarify.why"),
        ("Hvad skal jeg skrive her?", "clarify.why"),
    ],
)
def test_a_question_to_the_bot_while_asked_is_answered_and_nothing_is_stored(
    service: ConversationService, question: str, key: str
) -> None:
    send = sender(service)
    assert send("Jeg vil lave en legegruppe i Vangede")[-1].asking == "why"
    replies = send(question)
    assert replies[0].text == t(key, "da", days=5)
    assert replies[-1].asking == "why"
    replies = finish(send, send("Fordi børnene mangler legekammerater"))
    rows = dict(replies[-1].card.rows)  # type: ignore[union-attr]
    assert rows["Hvorfor"] == "Fordi børnene mangler legekammerater"
    assert question.rstrip("?") not in " ".join(rows.values())


def test_when_the_answer_comes_can_be_asked_at_the_read_back(
    service: ConversationService,
) -> None:
    send = sender(service)
    finish(send, send(COMPLETE_DA))
    replies = send("hvornår får jeg svar?")
    assert replies[0].text == t("asked_back.time", "da", days=5)
    assert replies[-1].card is not None


def test_a_request_to_be_called_is_contact_not_the_idea(service: ConversationService) -> None:
    send = sender(service)
    send("Jeg vil lave en legegruppe i Vangede")
    send("Fordi børnene mangler legekammerater")
    replies = finish(send, send("Kan I ringe til mig på 22334455?"))
    rows = dict(replies[-1].card.rows)  # type: ignore[union-attr]
    assert rows["Idéen"] == "Jeg vil lave en legegruppe"
    assert "22334455" in rows["Kontakt"]


@pytest.mark.parametrize("words", ["annuller", "cancel"])
def test_cancel_while_changing_one_part_keeps_the_idea(
    service: ConversationService, words: str
) -> None:
    send = sender(service)
    before = dict(finish(send, send(COMPLETE_DA))[-1].card.rows)  # type: ignore[union-attr]
    send(choice="change")
    send(choice="field:when")
    replies = send(words)
    assert replies[0].text == t("edit_cancelled", "da")
    assert dict(replies[-1].card.rows) == before  # type: ignore[union-attr]
    # The read-back's own cancel still drops the draft.
    assert "intet er sendt" in all_text(send("annuller"))


def test_a_topic_then_a_situation_then_a_short_idea_in_several_messages(
    service: ConversationService,
) -> None:
    send = sender(service)
    send("Hej")
    send("Jeg har en idé")
    # A topic is no idea yet: asked for more, not taken as the idea and the reason.
    assert send("Det handler om trafik")[-1].asking == "what"
    send("Der kører for stærkt på Ordrupvej ved skolen")
    # A short idea after words that told none takes their place; they become the reason.
    replies = finish(send, send("Vi vil have bump"))
    rows = dict(replies[-1].card.rows)  # type: ignore[union-attr]
    assert rows["Idéen"] == "Vi vil have bump"
    assert rows["Hvorfor"] == "Der kører for stærkt på Ordrupvej ved skolen"
    assert "Hvem får glæde af det" not in rows


def test_a_place_sent_while_asked_when_is_noted_where_it_went(
    service: ConversationService,
) -> None:
    send = sender(service)
    send("Jeg vil lave et julemarked i Gentofte")
    send("fordi det er hyggeligt")
    assert send("Alle borgere")[-1].asking == "when"
    replies = send("Det skal være på Gentofte Rådhusplads")
    # Not the same question again without a word: where it went, then the question.
    assert replies[0].text == t("noted_other", "da", field="Hvor")
    assert replies[-1].asking == "when"


def test_one_short_phrase_in_english_does_not_switch_a_danish_read_back(
    service: ConversationService,
) -> None:
    send = sender(service)
    finish(send, send(COMPLETE_DA))
    replies = send("change the date to May")
    assert replies[0].text == t("edited", "da", field="Hvornår")  # still Danish
    # A second English message in a row is the person's language: it switches.
    replies = send("and the place should be Ordrup Krat")
    assert replies[0].text == t("edited", "en", field="Where")


def test_a_question_answered_with_something_else_comes_back_once_at_the_end(
    service: ConversationService,
) -> None:
    send = sender(service, "mia")
    send(
        "Vi vil lave en loppemarked på Ordrup Torv, fordi naboerne ikke kender hinanden. Det er "
        "for alle på vejen, og vi er 8 naboer med borde."
    )
    replies = send("ved ikke")  # the time
    assert replies[-1].asking == "help_wanted"
    replies = send("hver lørdag i maj")  # a time, sent as the help question came
    assert replies[0].text == t("noted_other", "da", field="Hvornår")
    # Nothing else to ask: the help question once more, before the read-back.
    assert replies[-1].asking == "help_wanted"
    replies = send("en tilladelse")
    assert dict(replies[-1].card.rows)["Hjælp fra kommunen"] == "en tilladelse"  # type: ignore[union-attr]


def test_a_district_told_is_asked_about_by_its_words(service: ConversationService) -> None:
    send = sender(service)
    replies = send(
        "Vi vil gerne tilbyde dans for seniorer i Charlottenlund, så ældre kan holde sig i form."
    )
    assert replies[-1].asking == "where"
    # Not "Hvor skal det foregå?" as if nothing was said: what was said, and more precisely?
    assert replies[-1].text == t("ask.where_more", "da", told="i Charlottenlund")


@pytest.mark.parametrize(
    ("words", "idea"),
    [
        (
            "Nej vent, jeg vil hellere lave en vinterbadeklub",
            "jeg vil hellere lave en vinterbadeklub",
        ),
        ("nej, det skal være en vinterbadeklub i stedet", "en vinterbadeklub"),
    ],
)
def test_the_idea_itself_told_anew_at_the_read_back_replaces_it(
    service: ConversationService, words: str, idea: str
) -> None:
    send = sender(service)
    before = dict(finish(send, send(COMPLETE_DA))[-1].card.rows)  # type: ignore[union-attr]
    replies = send(words)
    assert replies[0].text == t("edited", "da", field="Idéen")
    after = dict(replies[-1].card.rows)  # type: ignore[union-attr]
    assert after["Idéen"] == idea
    assert {k: v for k, v in after.items() if k != "Idéen"} == {
        k: v for k, v in before.items() if k != "Idéen"
    }


@pytest.mark.parametrize(
    ("message", "first", "second"),
    [
        (
            "Jeg har to idéer: en hundeskov i Bernstorffsparken og så en bytte-reol på "
            "biblioteket i Gentofte",
            "en hundeskov i Bernstorffsparken",
            "en bytte-reol på biblioteket i Gentofte",
        ),
        (
            "I have two ideas: a dog park in Ordrup and also a book swap shelf at Gentofte "
            "library. Both would help neighbours meet.",
            "a dog park in Ordrup",
            "a book swap shelf at Gentofte library. Both would help neighbours meet",
        ),
    ],
)
def test_two_ideas_joined_by_og_saa_or_and_also_are_split_there(
    service: ConversationService, message: str, first: str, second: str
) -> None:
    send = sender(service)
    replies = send(message)
    lang = "en" if message.startswith("I ") else "da"
    assert t("two_ideas", lang, first=first) in all_text(replies)
    finish(send, replies, "ved ikke" if lang == "da" else "I don't know")
    assert t("next_idea.now", lang, idea=second) in all_text(send(choice="confirm"))


@pytest.mark.parametrize(
    ("leaving", "lang"),
    [("skal af nu, skriv endelig", "da"), ("gotta run, I'll finish later", "en")],
)
def test_leaving_mid_intake_keeps_everything_and_the_question_waits(
    service: ConversationService, database: Database, leaving: str, lang: str
) -> None:
    send = sender(service)
    opening = {
        "da": "Vi vil lave et julemarked i skolegården på Dyssegårdsskolen",
        "en": "We want to hold a Christmas market in the schoolyard at Dyssegårdsskolen",
    }[lang]
    asked = send(opening)[-1].asking
    assert asked is not None
    replies = send(leaving)
    # The goodbye is no answer: the same question is asked again, nothing is stored for it.
    assert t("later_ok.question", lang) in all_text(replies)
    assert replies[-1].asking == asked
    replies = send("første lørdag i december" if lang == "da" else "the first Saturday in December")
    finish(send, replies, "ved ikke" if lang == "da" else "I don't know")
    send(choice="confirm")
    (stored,) = initiatives(database)
    assert "julemarked" in stored.what.lower() or "christmas market" in stored.what.lower()
    assert leaving not in " ".join(
        str(getattr(stored, f) or "") for f in ("why", "who_benefits", "when", "brings")
    )


def test_a_chat_aside_before_the_idea_is_not_the_idea_or_its_reason(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    replies = send("hej har lige 2 min i bussen")
    assert all_text(replies).endswith(t("invite", "da"))
    assert replies[-1].asking is None
    replies = send("vi i forældrerådet vil lave julemarked på dyssegårdsskolen")
    finish(send, replies)
    send(choice="confirm")
    (stored,) = initiatives(database)
    assert "bussen" not in " ".join(str(getattr(stored, f) or "") for f in ("what", "why"))


def test_a_street_that_needs_something_with_a_double_question_mark_is_an_idea(
    service: ConversationService,
) -> None:
    send = sender(service)
    replies = send(
        "our street in Skovshoved needs something to slow cars down. like flower boxes or "
        "something??"
    )
    assert t("not_an_idea", "en", url=service.settings.service_contact_url) not in all_text(replies)
    assert replies[-1].asking is not None or replies[-1].card is not None


def test_an_apology_for_ones_danish_is_answered_in_english_and_waits_for_the_idea(
    service: ConversationService,
) -> None:
    send = sender(service)
    replies = send("Hej! Sorry, my Danish is still very bad (jeg lærer det!)")
    assert all_text(replies).endswith(t("invite", "en"))
    replies = send("Could there be a weekly meetup for international parents at the library?")
    assert replies[-1].asking is not None and replies[-1].asking != "what"


def test_asking_leave_to_build_something_at_a_place_is_an_idea(
    service: ConversationService,
) -> None:
    send = sender(service)
    replies = send(
        "Vi er en lille flok pensionister som gerne ville spille krolf. Må man sætte en bane "
        "op i Charlottenlund Slotshave?"
    )
    assert replies[-1].asking is not None or replies[-1].card is not None


def _to_readback(send: Send) -> list[Reply]:
    replies = send("Vi vil lave et loppemarked på Ordrup Torv første lørdag i juni")
    answers = {
        "why": "så naboer kan mødes",
        "who_benefits": "alle i kvarteret",
        "brings": "vi står for boderne",
        "help_wanted": "vi vil gerne låne borde og et telt",
    }
    for _ in range(8):
        if replies[-1].card is not None:
            return replies
        replies = send(answers.get(replies[-1].asking or "", "ved ikke"))
    raise AssertionError("never reached the read-back")


def test_removing_the_phone_number_by_its_definite_name_removes_it(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    _to_readback(send)
    send("mit nummer er 22334455")
    replies = send("fjern telefonnummeret")
    assert replies[-1].card is not None
    send(choice="confirm")
    (stored,) = initiatives(database)
    assert not stored.contact
    assert "22334455" not in (stored.original_text or "")


@pytest.mark.parametrize(
    "removal", ["fjern delen om borde", "vi har ikke brug for borde alligevel"]
)
def test_removing_the_part_about_something_takes_out_only_that_piece(
    service: ConversationService, database: Database, removal: str
) -> None:
    send = sender(service)
    _to_readback(send)
    replies = send(removal)
    assert "borde" in replies[0].text
    send(choice="confirm")
    (stored,) = initiatives(database)
    assert "bord" not in stored.help_wanted
    assert "et telt" in stored.help_wanted


def test_removing_words_that_are_not_there_says_so_and_changes_nothing(
    service: ConversationService,
) -> None:
    send = sender(service)
    before = _to_readback(send)[-1].card
    replies = send("remove the part about fireworks")
    assert t("remove_words.missing", "da", words="fireworks") == replies[0].text
    assert replies[-1].card == before


def test_slet_det_while_changing_one_part_empties_it(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    _to_readback(send)
    send(choice="change")
    send(choice="field:when")
    replies = send("slet det")
    assert replies[-1].card is not None
    assert all(label != t("field.when", "da") for label, _ in replies[-1].card.rows)


@pytest.mark.parametrize(
    ("pause", "back", "lang"),
    [
        ("skal lige hente børn", "hej igen, hvor var vi?", "da"),
        ("brb", "så er jeg tilbage", "da"),
        ("I have to go now, will finish tonight", "hi, where were we?", "en"),
    ],
)
def test_a_pause_and_the_return_store_nothing_and_the_question_comes_back(
    service: ConversationService, database: Database, pause: str, back: str, lang: str
) -> None:
    send = sender(service)
    opening = {
        "da": "jeg vil gerne lave en legeplads i Jægersborg",
        "en": "I want to start a running club for seniors in Bernstorffsparken",
    }[lang]
    asked = send(opening)[-1].asking
    assert send(pause)[-1].asking == asked
    replies = send(back)
    assert replies[0].text == t("resume", lang)
    assert replies[-1].asking == asked
    finish(send, replies, "ved ikke" if lang == "da" else "I don't know")
    send(choice="confirm")
    (stored,) = initiatives(database)
    told = " ".join(str(getattr(stored, f) or "") for f in ("what", "why", "who_benefits", "when"))
    assert pause not in told and back not in told


def test_english_with_danish_names_and_words_is_answered_in_english(
    service: ConversationService,
) -> None:
    send = sender(service)
    replies = send("hi we want a fælleshave at Brogårdsvej near Gentofte Rådhus")
    assert replies[-1].asking is not None
    assert replies[-1].text == t(f"ask.{replies[-1].asking}", "en")


def test_fortryd_after_a_change_at_the_read_back_takes_back_that_change_only(
    service: ConversationService,
) -> None:
    send = sender(service)
    before = dict(send(COMPLETE_DA)[-1].card.rows)  # type: ignore[union-attr]
    changed = send("ret tidspunktet til 1. juni")[-1].card
    assert changed is not None and dict(changed.rows) != before
    replies = send("fortryd")
    assert replies[0].text == t("change_undone", "da")
    assert dict(replies[-1].card.rows) == before  # type: ignore[union-attr]
    # A second "fortryd" has no change left to take back, nor has a third; the draft is kept.
    assert send("fortryd")[0].text == t("nothing_to_undo.more", "da")
    replies = send("fortryd")
    assert replies[0].text == t("nothing_to_undo.more", "da")
    assert dict(replies[-1].card.rows) == before  # type: ignore[union-attr]


def test_right_after_sending_what_happens_now_is_answered_and_an_afterthought_still_offered(
    service: ConversationService,
) -> None:
    send = sender(service)
    send(COMPLETE_DA)
    send(choice="confirm")
    (reference,) = re.findall(r"GK-\d{4}-\d{4}", all_text(send("mine idéer")))[:1]
    replies = send("hvad sker der nu?")
    assert replies[0].text == t(
        "after_submit.next", "da", reference=reference, days=service.settings.response_working_days
    )
    replies = send("åh vent, vi skal også bruge et telt")
    assert replies[0].text == t("afterthought.ask", "da", reference=reference)


@pytest.mark.parametrize(
    ("first", "idea"),
    [("har en idé", "hundeskov i Vangede"), ("jeg har tænkt på noget", "en bænk ved Gentofte Sø")],
)
def test_an_idea_told_after_an_announcement_is_not_its_own_reason(
    service: ConversationService, first: str, idea: str
) -> None:
    send = sender(service)
    assert send(first)[-1].asking == "what"
    assert send(idea)[-1].asking == "why"


def test_og_right_after_an_answer_adds_to_it_and_the_next_question_stays_open(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    assert send("vi vil lave en hundeskov i Vangede")[-1].asking == "why"
    asked = send("der er mange hunde her")[-1].asking
    assert asked == "who_benefits"
    replies = send("og ingen steder de kan løbe frit")
    assert replies[-1].asking == asked
    replies = send("hundeejerne i Vangede")
    finish(send, replies)
    send(choice="confirm")
    (stored,) = initiatives(database)
    assert "ingen steder de kan løbe frit" in stored.why
    assert "løbe frit" not in (stored.who_benefits or "")
    assert "hundeejerne" in stored.who_benefits


def test_the_cards_send_button_still_sends_while_a_part_is_being_chosen(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    send(COMPLETE_DA)
    assert send(choice="change")[-1].card is None
    replies = send(choice="confirm")
    assert "GK-" in all_text(replies)
    assert len(initiatives(database)) == 1


def test_a_burst_of_one_line_statements_lands_each_in_its_part(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    for line in (
        "Vi vil lave en legeplads.",
        "Den skal ligge i Vangede.",
        "Børnene har ingen steder at lege.",
        "Det er til alle børnefamilier.",
        "Vi kan hjælpe med at bygge.",
    ):
        replies = send(line)
    replies = send("Vi håber på penge til redskaber.")
    finish(send, replies)
    send(choice="confirm")
    (stored,) = initiatives(database)
    assert stored.what == "Vi vil lave en legeplads"
    assert stored.where == "i Vangede"
    assert stored.why == "Børnene har ingen steder at lege"
    assert "børnefamilier" in stored.who_benefits
    assert stored.brings == "Vi kan hjælpe med at bygge"
    assert stored.help_wanted == "Vi håber på penge til redskaber"


def test_a_place_alone_is_no_idea_to_thank_for_and_the_idea_is_asked_for(
    service: ConversationService,
) -> None:
    send = sender(service)
    replies = send("til Hellerup")
    assert t("thanks_listening", "da") not in all_text(replies)
    assert replies[-1].text == t("ask.what_go_on", "da")
    replies = send("en vinterbadeklub")
    assert replies[-1].asking == "why"


def test_asked_what_the_idea_is_there_is_no_thanks_for_sharing_one(
    service: ConversationService,
) -> None:
    send = sender(service)
    replies = send("Jeg er en ældre dame på 82 år")
    assert replies[-1].asking == "what"
    assert t("thanks_listening", "da") not in all_text(replies)


def test_fortryd_between_questions_takes_back_the_last_answer_only(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    assert send("vi vil lave et loppemarked på Ordrup Torv")[-1].asking == "why"
    send("for hyggens skyld")
    replies = send("fortryd")
    assert replies[0].text == t("change_undone", "da")
    assert replies[-1].asking == "why"
    finish(send, send("så naboerne lærer hinanden at kende"))
    send(choice="confirm")
    (stored,) = initiatives(database)
    assert stored.why == "så naboerne lærer hinanden at kende"


@pytest.mark.parametrize(
    "follow_up",
    [
        "nåh ja, vi kan også låne en grill af spejderne",
        "I need to change the date of my idea to June 12th",
    ],
)
def test_follow_ups_after_sending_are_offered_to_the_idea_sent_again_and_again(
    service: ConversationService, follow_up: str
) -> None:
    send = sender(service)
    send(COMPLETE_DA)
    send(choice="confirm")
    reference = re.findall(r"GK-\d{4}-\d{4}", all_text(send("mine idéer")))[0]
    replies = send(follow_up)
    assert replies[0].choices[0].value == f"own:add_afterthought:{reference}"
    send(choice=f"own:add_afterthought:{reference}")
    replies = send("btw we can also bring a grill")
    assert replies[0].choices[0].value == f"own:add_afterthought:{reference}"


def test_removing_the_number_keeps_the_name_and_the_email(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    _to_readback(send)
    send("Mette Hansen, 22334455, mette@example.dk")
    replies = send("slet mit nummer")
    assert replies[-1].card is not None
    send(choice="confirm")
    (stored,) = initiatives(database)
    assert stored.contact == "Mette Hansen, mette@example.dk"
    assert "22334455" not in (stored.original_text or "")
    assert "mette@example.dk" in (stored.original_text or "")


def test_a_link_pointed_to_between_questions_is_kept_and_the_question_stays_open(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    asked = send("vi vil lave et loppemarked på Ordrup Torv")[-1].asking
    replies = send("se evt. vores facebookgruppe https://facebook.com/groups/x")
    assert replies[0].text == t("noted_aside", "da")
    assert replies[-1].asking == asked
    finish(send, replies)
    send(choice="confirm")
    (stored,) = initiatives(database)
    assert "facebook" not in (stored.why or "")
    assert "facebook.com" in (stored.original_text or "")


def test_we_also_need_a_tent_at_the_read_back_is_help_wanted(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    replies = send("We want to hold a street party on Hyldegårdsvej in June")
    answers = {"why": "so neighbours meet", "brings": "we bring food", "help_wanted": "permission"}
    for _ in range(8):
        if replies[-1].card is not None:
            break
        replies = send(answers.get(replies[-1].asking or "", "I don't know"))
    send("yes but we also need a tent")
    send(choice="confirm")
    (stored,) = initiatives(database)
    assert "tent" in stored.help_wanted
    assert "tent" not in stored.what


def test_a_long_answer_that_answers_the_question_and_more_is_not_said_to_go_elsewhere(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    send(
        "Vi vil gerne starte en reparationscafé, så folk kan få lavet deres ting i stedet for "
        "at smide dem ud."
    )
    replies = send(
        "Vi forestiller os hver anden tirsdag kl. 16-19 på Dyssegård Bibliotek, hvis det kan "
        "lade sig gøre. Vi er allerede seks frivillige, bl.a. en tidligere cykelsmed, og vi har "
        "selv værktøj. Det er for alle i Dyssegård, men især dem der ikke har råd til en ny "
        "cykel. Fra kommunen har vi brug for et lokale."
    )
    # The question (for whom) is answered among the rest: no "noted under why", the read-back.
    assert "skrevet under" not in all_text(replies)
    assert replies[-1].card is not None
    send(choice="confirm")
    stored = initiatives(database)[0]
    assert stored.when == "hver anden tirsdag kl. 16-19"
    assert "Dyssegård Bibliotek" in (stored.where or "")
    assert "forestiller" not in (stored.why or "")


@pytest.mark.parametrize(
    ("opening", "addition", "part", "stored"),
    [
        (
            "Vi vil lave et loppemarked på Hellerup Havn",
            "tilføj at vi også har en trailer",
            "brings",
            "vi har også en trailer",
        ),
        (
            "Vi vil lave et loppemarked på Hellerup Havn",
            "skriv at det er for hele familien",
            "who_benefits",
            "for hele familien",
        ),
        (
            "We want to hold a flea market at Hellerup Havn",
            "add that we also have a trailer",
            "brings",
            "we also have a trailer",
        ),
    ],
)
def test_an_addition_told_while_a_question_is_open_goes_to_its_part(
    service: ConversationService, opening: str, addition: str, part: str, stored: str
) -> None:
    send = sender(service)
    asked = send(opening)[-1].asking
    assert asked == "why"
    replies = send(addition)
    # Added where it belongs, and the same question is still open.
    assert replies[-1].asking == "why"
    rows = dict(finish(send, replies)[-1].card.rows)  # type: ignore[union-attr]
    lang = "en" if opening.startswith("We") else "da"
    assert stored in rows[t(f"field.{part}", lang)]
    assert addition not in rows.get(t("field.why", lang), "")


def test_a_part_said_to_be_wrong_while_a_question_is_open_is_changed_then_the_question_resumes(
    service: ConversationService,
) -> None:
    send = sender(service)
    assert send("Vi vil lave et loppemarked på Hellerup Havn")[-1].asking == "why"
    replies = send("stedet er forkert")
    assert replies[-1].asking == "where"
    replies = send("Ordrup Kirke")
    assert replies[0].text == t("edited", "da", field=t("field.where", "da"))
    assert replies[-1].asking == "why"
    rows = dict(finish(send, replies)[-1].card.rows)  # type: ignore[union-attr]
    assert rows["Hvor"] == "Ordrup Kirke"
    assert "stedet er forkert" not in "\n".join(rows.values())


@pytest.mark.parametrize(
    "answer", ["ikke noget, jeg har ikke tid", "ingenting, det er jo kommunens opgave"]
)
def test_nothing_and_why_not_leaves_the_part_open_and_tells_no_reason(
    service: ConversationService, answer: str
) -> None:
    send = sender(service)
    replies = send("Vi vil lave et loppemarked på Hellerup Havn, fordi folk har for mange ting.")
    for _ in range(6):
        if replies[-1].asking == "brings":
            break
        replies = send("ved ikke")
    assert replies[-1].asking == "brings"
    rows = dict(finish(send, send(answer))[-1].card.rows)  # type: ignore[union-attr]
    assert t("field.brings", "da") not in rows
    assert "tid" not in rows["Hvorfor"] and "opgave" not in rows["Hvorfor"]


def test_start_over_at_the_read_back_can_be_undone(service: ConversationService) -> None:
    send = sender(service)
    before = dict(send(COMPLETE_DA)[-1].card.rows)  # type: ignore[union-attr]
    assert send("start forfra")[0].text == t("restarted.kept", "da")
    replies = send("fortryd")
    assert dict(replies[-1].card.rows) == before  # type: ignore[union-attr]
    # With nothing told yet, starting over says so plainly.
    send("annuller")
    assert send("start forfra")[0].text == t("restarted", "da")


def test_a_dropped_draft_does_not_come_back_after_another_idea_is_sent(
    service: ConversationService,
) -> None:
    send = sender(service)
    finish(send, send("Vi vil lave et loppemarked på Hellerup Havn"))
    send("annuller")
    finish(send, send(COMPLETE_DA))
    send(choice="confirm")
    send("tak")
    assert send("fortryd")[0].text != t("undone", "da")


def test_an_english_self_correction_and_an_afterthought_about_the_time(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    send(
        "We'd like to hold a street party on Saturday 14 June on Baunegårdsvej for all the "
        "neighbours"
    )
    assert send("wait no, it's Friday not Saturday")[0].text == t(
        "edited", "en", field=t("field.when", "en")
    )
    send("oh and it should be in the evening")
    finish(send, send("I don't know"), "I don't know")
    send(choice="confirm")
    stored = initiatives(database)[0]
    assert stored.when == f"on Friday 14 June{PART_JOIN}in the evening"
    assert "wait" not in (stored.help_wanted or "") + (stored.why or "") + (stored.brings or "")
    assert "should be" not in stored.what


def test_the_same_answer_sent_a_third_time_is_taken_as_the_answer(
    service: ConversationService,
) -> None:
    send = sender(service)
    first = send("Vi vil lave et loppemarked på Hellerup Havn")[-1].asking
    answer = "for at folk kan komme af med deres gamle ting og møde naboerne"
    second = send(answer)[-1].asking
    assert second != first
    replies = send(answer)
    assert replies[0].text == t("duplicate", "da")
    replies = send(answer)
    assert replies[0].text == t("duplicate.taken", "da")
    assert replies[-1].asking != second


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("hey can u help me", "en"),
        ("kan du hjælpe mig med noget?", "da"),
        ("asdfghjkl", "da"),
        ("noget med træer", "da"),
    ],
)
def test_an_opening_that_holds_no_idea_yet_is_invited_or_asked_what(
    service: ConversationService, text: str, lang: str
) -> None:
    send = sender(service)
    replies = send(text)
    said = all_text(replies)
    assert t("thanks_listening", lang) not in said
    assert replies[-1].text == t("invite", lang) or replies[-1].asking == "what"
    # The idea told next is the idea.
    idea = "vi vil plante frugttræer på skolevejen ved Tjørnegårdsskolen"
    rows = dict(finish(send, send(idea))[-1].card.rows)  # type: ignore[union-attr]
    assert "frugttræer" in rows[t("field.what", "da")]
    assert text not in rows[t("field.what", "da")]


def test_changing_the_place_and_date_at_the_read_back_keeps_the_idea_from_naming_the_old_ones(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    replies = send("Vi vil holde en vejfest på Duntzfelts Allé lørdag den 14. juni for alle naboer")
    finish(send, replies)
    send("stedet skal være Ordrup Kirke")
    send("ret datoen til 2. maj")
    send(choice="confirm")
    stored = initiatives(database)[0]
    assert stored.where == "Ordrup Kirke" and stored.when == "2. maj"
    assert "Duntzfelts" not in stored.what and "14. juni" not in stored.what
    assert "vejfest" in stored.what


@pytest.mark.parametrize(
    ("opening", "edit", "when", "lang"),
    [
        (
            "Vi vil starte en strikkeklub på Dyssegård Bibliotek hver tirsdag eftermiddag",
            "ændr datoen til torsdag",
            "hver torsdag eftermiddag",
            "da",
        ),
        (
            "We'd like to start a running group in Bernstorffsparken every Sunday morning at 9",
            "change the day to Saturday",
            "every Saturday morning at 9",
            "en",
        ),
    ],
)
def test_changing_only_the_day_keeps_how_often_and_the_time_of_day(
    service: ConversationService, database: Database, opening: str, edit: str, when: str, lang: str
) -> None:
    send = sender(service)
    finish(send, send(opening), "ved ikke" if lang == "da" else "I don't know")
    assert send(edit)[0].text == t("edited", lang, field=t("field.when", lang))
    send(choice="confirm")
    assert initiatives(database)[0].when == when


def test_words_already_in_the_read_back_are_not_said_to_be_added(
    service: ConversationService,
) -> None:
    send = sender(service)
    opening = (
        "Kan kommunen ikke sætte flere skraldespande op ved Charlottenlund Fort? Der flyder med "
        "affald hver weekend om sommeren."
    )
    before = dict(finish(send, send(opening))[-1].card.rows)  # type: ignore[union-attr]
    replies = send("skraldespande")
    assert replies[0].text.startswith("Det står der allerede")
    assert dict(replies[-1].card.rows) == before  # type: ignore[union-attr]


def test_two_numbered_ideas_are_taken_one_at_a_time(service: ConversationService) -> None:
    send = sender(service)
    replies = send(
        "Jeg har to idéer: 1) en bytte-reol på Vangede Bibliotek og 2) en fælles ladestander til "
        "elcykler ved Vangede Station."
    )
    said = all_text(replies)
    assert t("two_ideas", "da", first="en bytte-reol på Vangede Bibliotek") in said
    rows = dict(finish(send, replies)[-1].card.rows)  # type: ignore[union-attr]
    assert rows["Idéen"] == "en bytte-reol"
    assert "ladestander" not in "\n".join(rows.values())


def test_contact_and_partners_can_be_added_from_the_change_menu(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    finish(send, send(COMPLETE_DA))
    choices = [c.value for c in send(choice="change")[-1].choices]
    assert "field:contact" in choices and "field:partners" in choices
    send(choice="field:contact")
    send("Inge Lund, 22 33 44 55")
    send(choice="confirm")
    assert initiatives(database)[0].contact == "Inge Lund, 22 33 44 55"


@pytest.mark.parametrize("words", ["send it", "det lyder rigtigt", "sounds about right"])
def test_more_ways_of_saying_send_at_the_read_back(
    service: ConversationService, database: Database, words: str
) -> None:
    send = sender(service)
    finish(send, send(COMPLETE_DA))
    send(words)
    assert len(initiatives(database)) == 1


@pytest.mark.parametrize("text", ["How does this work?", "help", "what can you do?"])
def test_an_english_command_as_the_first_message_is_answered_in_english(
    service: ConversationService, text: str
) -> None:
    said = all_text(sender(service)(text))
    assert t("help", "en") in said
    assert t("help", "da") not in said


def test_an_email_or_phone_number_stays_in_the_contact_part_only(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    replies = send(
        "Vi vil lave en fælleshave på Ordrupvej, fordi vi savner grønt. Skriv til mig på "
        "anna@mail.dk hvis I har spørgsmål, eller ring 22 33 44 55."
    )
    finish(send, replies)
    send(choice="confirm")
    stored = initiatives(database)[0]
    assert "anna@mail.dk" in (stored.contact or "") and "22 33 44 55" in (stored.contact or "")
    others = [stored.what, stored.why, stored.who_benefits, stored.where, stored.help_wanted]
    assert not any("anna@mail.dk" in (v or "") or "22 33 44 55" in (v or "") for v in others)


@pytest.mark.parametrize(
    ("opening", "more", "thing"),
    [
        ("Loppemarked i Vangede", "folk kan sælge deres gamle ting", "Loppemarked"),
        ("Aktiviteter i Vangede", "unge kan lære at reparere cykler", "Aktiviteter"),
    ],
)
def test_more_told_about_a_short_idea_adds_to_it(
    service: ConversationService, opening: str, more: str, thing: str
) -> None:
    send = sender(service)
    assert send(opening)[-1].asking == "what"
    rows = dict(finish(send, send(more))[-1].card.rows)  # type: ignore[union-attr]
    assert rows["Idéen"] == f"{thing}{PART_JOIN}{more}" or (
        rows["Idéen"].startswith(thing) and more in rows["Idéen"]
    )


def test_moving_the_day_at_the_read_back_keeps_the_rest_of_the_time(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    finish(send, send("Vi vil starte en strikkeklub på Dyssegård Bibliotek hver mandag formiddag"))
    assert send("flyt det til onsdag")[0].text == t("edited", "da", field="Hvornår")
    send(choice="confirm")
    stored = initiatives(database)[0]
    assert stored.when == "hver onsdag formiddag"
    assert "mandag" not in stored.what


def test_sorry_nothing_asked_what_they_bring_leaves_it_open(service: ConversationService) -> None:
    send = sender(service)
    replies = send("Vi vil lave et loppemarked på Hellerup Havn, fordi folk har for mange ting.")
    for _ in range(6):
        if replies[-1].asking == "brings":
            break
        replies = send("ved ikke")
    rows = dict(finish(send, send("desværre intet, har ikke overskud"))[-1].card.rows)  # type: ignore[union-attr]
    assert "overskud" not in "\n".join(rows.values())


def test_a_problem_told_first_then_the_proposal_makes_the_proposal_the_idea(
    service: ConversationService, database: Database
) -> None:
    send = sender(service)
    replies = send(
        "Jeg er ærlig talt træt af at se, hvor meget mad der bliver smidt ud. Jeg arbejder i et "
        "supermarked, og hver aften ryger kasser med brød i containeren. Det hænger simpelthen "
        "ikke sammen."
    )
    # Only a problem: the idea is asked for, not who it is for.
    assert replies[-1].asking == "what"
    replies = send(
        "Så mit forslag er: et fællesskabskøleskab, hvor butikker og private kan stille "
        "overskudsmad, og hvor alle kan tage."
    )
    rows = dict(finish(send, replies)[-1].card.rows)  # type: ignore[union-attr]
    assert rows["Idéen"].startswith("et fællesskabskøleskab")
    assert "træt af" in rows["Hvorfor"]
    assert "fællesskabskøleskab" not in rows["Hvorfor"]
