"""Round 9 of exploratory testing: questions about what happens, questions asked back at the
end of an answer, corrections that replace, "ja tak send", errands told on, the opening."""

from __future__ import annotations

from typing import Any

import pytest

from bot.config import Settings
from bot.dialogue.engine import IntakeDialogue
from bot.i18n.catalog import t
from bot.messages import Incoming, Reply
from bot.services.conversation import ConversationService
from storage.db import Database
from tests.dialogue.engine_chat import Chat


def _texts(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies]


@pytest.fixture
def service(database: Database, settings: Settings) -> ConversationService:
    return ConversationService(database, settings)


def _sender(service: ConversationService, user: str = "r9") -> Any:
    def send(text: str | None = None, choice: str | None = None) -> list[Reply]:
        return service.handle(
            Incoming(
                platform="console", user_id=user, conversation_id=user, text=text, choice=choice
            )
        )

    return send


# -- #3: what happens to an idea, asked before there is one ------------------------------


@pytest.mark.parametrize(
    ("question", "lang", "key"),
    [
        ("hvad sker der så bagefter med min ide?", "da", "how_it_works"),
        ("hvad sker der med min idé når jeg har sendt den?", "da", "how_it_works"),
        ("hvad sker der bagefter?", "da", "how_it_works"),
        ("hvornår får jeg svar?", "da", "how_it_works.time"),
        ("what happens after I send my idea?", "en", "how_it_works"),
        ("what happens to my idea afterwards?", "en", "how_it_works"),
    ],
)
def test_what_happens_asked_before_an_idea_is_answered(
    service: ConversationService, settings: Settings, question: str, lang: str, key: str
) -> None:
    send = _sender(service)
    service.start(Incoming(platform="console", user_id="r9", conversation_id="r9"))
    replies = send(question)
    days = settings.response_working_days
    assert _texts(replies) == [t(key, lang, days=days)]


def test_the_idea_told_after_asking_what_happens_is_the_idea() -> None:
    chat = Chat()
    chat("Hej")
    chat("hvad sker der så bagefter med min ide?")
    assert not chat.fields
    chat("ok. jeg vil foreslå flere skraldespande langs strandvejen ved Hellerup havn")
    assert "skraldespande" in chat.fields["what"]
    assert "sker der" not in " ".join(chat.fields.values())
    assert "skraldespande" not in chat.fields.get("where", "")


def test_an_english_idea_told_after_two_questions_is_the_idea() -> None:
    chat = Chat("en")
    chat("what happens after I send my idea?")
    chat("what happens to my idea afterwards?")
    assert not chat.fields
    chat("ok, my idea is a bike repair station at Charlottenlund Station")
    assert "bike repair station" in chat.fields["what"]
    assert "happens" not in " ".join(chat.fields.values())


def test_hvad_saa_nu_right_after_sending_is_about_the_idea_sent() -> None:
    chat = Chat()
    chat.until(chat("Vi vil gerne lave en bogbytte-reol ved Vangede bibliotek"), None)
    chat(choice="confirm")
    replies = chat("hvad så nu?")
    days = IntakeDialogue().settings.response_working_days
    assert _texts(replies) == [t("after_submit.next", "da", reference="GK-1", days=days)]


# -- #2: a question to the municipality at the end of an answer ---------------------------


def _at(field: str, lang: str = "da") -> Chat:
    chat = Chat(lang)
    idea = (
        "Vi vil gerne lave en bogbytte-reol ved Vangede bibliotek"
        if lang == "da"
        else "We'd like to build a book swap shelf at Hellerup Station"
    )
    chat.until(chat(idea), field)
    return chat


def _answer(key: str, lang: str = "da") -> str:
    return t(f"asked_back.{key}", lang, days=IntakeDialogue().settings.response_working_days)


def test_a_cost_question_after_a_comma_is_answered_not_kept_as_help() -> None:
    chat = _at("help_wanted")
    replies = chat("ved ikke endnu, hvad koster sådan en skærm?")
    assert _answer("cost") in _texts(replies)
    assert "koster" not in chat.fields.get("help_wanted", "")


def test_who_decides_is_answered_and_the_answer_kept() -> None:
    chat = _at("help_wanted", "en")
    replies = chat("money mostly, who decides on that by the way?")
    assert _answer("decides", "en") in _texts(replies)
    assert "decides" not in chat.fields.get("help_wanted", "")
    assert "money" in chat.fields["help_wanted"]


def test_back_after_leaving_is_not_kept_with_the_answer() -> None:
    chat = _at("help_wanted", "en")
    chat("gotta run, brb")
    chat("ok back. money mostly, who decides on that by the way?")
    assert chat.fields["help_wanted"] == "money mostly"


def test_what_happens_after_the_bring_answer_is_answered() -> None:
    chat = _at("brings")
    replies = chat(
        "Vi er allerede 6 kvinder. Vi mangler bare et køkken. Hvad sker der når jeg har sendt det?"
    )
    assert _answer("next") in _texts(replies)
    assert "Hvad sker" not in " ".join(chat.fields.values())


def test_kan_i_hjaelpe_is_answered_and_the_words_before_are_the_help() -> None:
    chat = _at("help_wanted")
    replies = chat("Jeg savner et sted om eftermiddagen. Kan I hjælpe?")
    assert _answer("can_help") in _texts(replies)
    assert chat.fields["help_wanted"] == "Jeg savner et sted om eftermiddagen"


@pytest.mark.parametrize(
    ("question", "lang"), [("Hvad mener I?", "da"), ("What do you think?", "en")]
)
def test_what_do_you_think_is_answered_not_kept_as_the_reason(question: str, lang: str) -> None:
    chat = _at("why", lang)
    reason = "der er ingen steder at bytte bøger" if lang == "da" else "books are wasted"
    replies = chat(f"{reason}. {question}")
    assert _answer("opinion", lang) in _texts(replies)
    assert question.rstrip("?") not in " ".join(chat.fields.values())


def test_a_question_ending_the_opening_is_answered_and_not_kept_in_the_idea() -> None:
    chat = Chat()
    replies = chat(
        "Vi vil lave en fællesspisning for ensomme ældre i Vangede hver anden torsdag. "
        "Hvad koster det egentlig?"
    )
    assert _answer("cost") in _texts(replies)
    assert "koster" not in " ".join(chat.fields.values())
    assert "fællesspisning" in chat.fields["what"]
    # The next question comes last, and "why" is still asked.
    assert replies[-1].asking == "why"
    # The record keeps the message as written.
    assert "Hvad koster det egentlig?" in chat.state["original"][-1]


def test_what_do_you_think_inside_the_opening_is_answered_and_left_out() -> None:
    chat = Chat()
    replies = chat(
        "Der er ingen offentlige toiletter ved Bellevue Strand om sommeren, kun de der lukker "
        "kl 17. Mange ældre bliver der hele aftenen. Hvad mener I? Kunne man holde dem åbne "
        "til kl 21 i juli og august?"
    )
    assert _answer("opinion") in _texts(replies)
    assert "mener" not in " ".join(chat.fields.values())
    assert "Hvad mener I?" in chat.state["original"][-1]


def test_a_question_that_asks_for_the_idea_itself_stays_part_of_it() -> None:
    chat = Chat()
    replies = chat(
        "Jeg vil lave fodbold for børn i weekenden. Mange børn keder sig. Hvor kan vi spille?"
    )
    answers = {_answer(key) for key in ("cost", "decides", "next", "opinion", "can_help")}
    assert not answers & set(_texts(replies))


# -- #6: corrections that replace --------------------------------------------------------


def test_a_corrected_day_replaces_the_words_it_takes_back() -> None:
    chat = Chat()
    chat("Vi vil lave en fællesspisning for ensomme ældre i Vangede hver anden torsdag")
    chat("nej jeg mente hver tirsdag, ikke torsdag")
    assert chat.fields["when"] == "hver tirsdag"


def test_corrected_people_replace_the_people_taken_back() -> None:
    chat = Chat()
    chat.until(chat("Vi vil lave lektiecafé på Stolpegård, hver onsdag"), "who_benefits")
    chat("for børn i 4.-6. klasse")
    chat("nej, det er ikke for børn, det er for unge i udskolingen")
    assert chat.fields["who_benefits"] == "unge i udskolingen"


PLAYGROUND = "We want a new playground at Ordrup Skole, because the old one is broken"


def test_a_place_corrected_at_the_read_back_is_kept_whole() -> None:
    chat = Chat("en")
    chat.until(
        chat("We want a new playground at Ordrup Skole, because the old one is broken"), None
    )
    chat("no, the place is wrong, it's Ordrup Skole's small playground on Fortunvej")
    assert chat.fields["where"] == "Ordrup Skole's small playground on Fortunvej"


def test_a_new_place_told_with_would_be_better_keeps_the_place_only() -> None:
    chat = Chat("en")
    chat.until(
        chat("We want a new playground at Ordrup Skole, because the old one is broken"), None
    )
    chat(choice="change")
    chat(choice="field:where")
    chat("Actually Bernstorffsparken would be better")
    assert chat.fields["where"] == "Bernstorffsparken"


# -- #11: "ja tak send" and 👍 while a question is open -----------------------------------


def test_ja_tak_send_at_an_open_question_goes_to_the_read_back() -> None:
    chat = _at("why")
    replies = chat("ja tak send")
    assert replies[-1].card is not None
    assert not chat.port.sent  # the read-back comes first


def test_a_thumbs_up_twice_is_not_answered_with_the_same_words() -> None:
    chat = _at("why")
    first = chat("👍")
    second = chat("👍")
    assert first[0].text == t("need_words", "da")
    assert second[0].text != first[0].text
    assert second[-1].asking == "why" and first[-1].asking == "why"
    assert "why" not in chat.fields


# -- #13: an errand told on --------------------------------------------------------------


def test_an_errand_told_on_is_the_same_errand(service: ConversationService) -> None:
    send = _sender(service)
    send("hvornår har genbrugsstationen åbent?")
    replies = send("jeg skal aflevere en gammel sofa")
    assert all(reply.asking is None for reply in replies)
    assert "gentofte.dk" in " ".join(_texts(replies))
    # An idea after an errand is still an idea.
    replies = send("jeg vil gerne foreslå en bænk ved søen")
    assert replies[-1].asking is not None


# -- #15: the opening ------------------------------------------------------------------------


def test_maybe_after_i_was_thinking_gets_a_kind_word() -> None:
    chat = Chat()
    chat("hej")
    chat("jeg tænkte")
    replies = chat("måske")
    assert replies[0].text == t("what_hesitant", "da")
    assert replies[-1].asking == "what"


def test_i_have_an_idea_after_hello_is_not_the_same_prompt_again(
    service: ConversationService,
) -> None:
    service.start(Incoming(platform="console", user_id="r9", conversation_id="r9"))
    send = _sender(service)
    first = send("hej")
    second = send("jeg har en ide")
    assert _texts(first) != _texts(second)
    assert "egne ord" in " ".join(_texts(second))
