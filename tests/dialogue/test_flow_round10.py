"""Round 10 of exploratory testing: openings that are no idea yet, asides and questions back
while asked, answers to another question, a change of mind at the read-back, support asked
for, a complaint about roads, and a part added at the read-back."""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.dialogue.engine import IntakeDialogue
from bot.i18n.catalog import t
from bot.messages import Incoming, Reply
from bot.services.conversation import ConversationService
from storage.db import Database
from tests.dialogue.engine_chat import Chat

_URL = IntakeDialogue().settings.service_contact_url
_FLEA_MARKET = (
    "Vi vil gerne lave en loppemarked på Vangede Bygade i maj, så naboerne mødes. Alle i "
    "kvarteret får glæde af det. Vi står selv for boderne og vil gerne have lov til at lukke "
    "vejen."
)


def _texts(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies]


def _started(lang: str = "da") -> Chat:
    """A chat whose welcome was shown, so the first message gets no short welcome."""
    chat = Chat(lang)
    chat.dialogue.start(chat.state)
    return chat


# -- #1: openings that are no idea yet -------------------------------------------------------


def test_an_announced_idea_is_asked_for_and_the_place_kept() -> None:
    chat = Chat()
    replies = chat("Jeg bor på Ordrupvej og har tænkt over noget")
    assert replies[-1].asking == "what"
    assert _texts(replies)[-1] == t("ask.what_go_on", "da")
    chat("en bænk ved busstoppestedet, for vi ældre kan ikke stå så længe")
    assert "bænk" in chat.fields["what"]
    assert "tænkt" not in " ".join(chat.fields.values())


def test_only_speaking_english_is_answered_with_what_this_is() -> None:
    chat = _started()
    replies = chat("Hi, I only speak English, sorry!")
    assert _texts(replies) == [t("language_ok", "en"), t("what_is_this", "en")]
    assert chat.state["lang"] == "en"
    assert not chat.fields


def test_no_idea_yet_is_explained_and_nothing_stored() -> None:
    chat = Chat("en")
    chat("Hi, I only speak English, sorry!")
    replies = chat("I mean I do not have an idea yet, I just wanted to know what this is")
    assert _texts(replies) == [t("no_idea_yet", "en")]
    assert not chat.fields
    assert chat.state["phase"] == "listening"


def test_new_here_is_told_how_it_works_and_no_idea_yet_stores_nothing() -> None:
    chat = _started()
    replies = chat("hej, jeg er ny her og ved ikke helt hvordan det virker")
    days = IntakeDialogue().settings.response_working_days
    assert _texts(replies) == [t("how_it_works", "da", days=days)]
    replies = chat("jeg har ikke nogen idé endnu")
    assert _texts(replies) == [t("no_idea_yet", "da")]
    assert not chat.fields


def test_no_idea_yet_while_asked_what_the_idea_is_drops_the_words_kept() -> None:
    chat = Chat()
    chat("har en idé")
    replies = chat("jeg har ikke nogen idé endnu")
    assert _texts(replies) == [t("no_idea_yet", "da")]
    assert not chat.fields
    # The words are not lost: "fortryd" brings them back.
    chat("fortryd")
    assert chat.fields


def test_no_idea_asked_when_is_not_knowing() -> None:
    chat = Chat()
    chat.until(chat("Vi vil gerne lave en bogbytte-reol ved Vangede bibliotek"), "when")
    chat("jeg har ingen idé")
    assert "when" not in chat.fields
    assert "when" in chat.state["skipped"]


# -- #2: asides and questions back -------------------------------------------------------------


def test_an_aside_that_they_will_be_back_is_not_the_reason() -> None:
    chat = Chat()
    replies = chat("Jeg vil gerne lave en kunstudstilling i Øregaard Park med lokale kunstnere")
    assert replies[-1].asking == "why"
    replies = chat("Undskyld, jeg skal lige hente mit barnebarn, jeg er tilbage om lidt")
    assert _texts(replies)[0] == t("leaving.waits", "da")
    assert replies[-1].asking == "why"
    assert "why" not in chat.fields
    assert "barnebarn" not in " ".join(chat.fields.values())


def test_is_this_the_right_place_is_answered_and_not_kept_as_a_part() -> None:
    chat = _started("en")
    replies = chat(
        "My kids (7 and 9) would love a play street on Tranegårdsvej on Sunday afternoons in "
        "summer - btw is this the right place to ask? I'm from Canada and don't know how "
        "things work here"
    )
    assert _texts(replies)[0] == t("asked_back.right_place", "en")
    asked = replies[-1].asking
    replies = chat("sorry, but is this the right place?")
    assert _texts(replies)[0] == t("asked_back.right_place", "en")
    assert replies[-1].asking == asked
    kept = " ".join(chat.fields.values())
    assert "right place" not in kept
    assert "how things work" not in kept
    assert "play street" in chat.fields["what"]
    # The person's words are all kept with the idea.
    assert "right place" in "\n".join(chat.state["original"])


def test_a_question_of_its_own_at_the_read_back_is_not_a_place() -> None:
    chat = Chat()
    chat.to_readback(chat(_FLEA_MARKET))
    where = chat.fields["where"]
    replies = chat("Hvor er biblioteket i Dyssegård forresten?")
    assert _texts(replies)[0] == t("not_an_idea.asking", "da", url=_URL)
    assert replies[-1].card is not None
    assert chat.fields["where"] == where


def test_a_question_of_its_own_while_asked_is_not_the_answer() -> None:
    chat = Chat()
    chat.until(chat("Vi vil gerne lave en bogbytte-reol ved Vangede bibliotek"), "why")
    replies = chat("Hvornår åbner svømmehallen forresten?")
    assert _texts(replies)[0] == t("not_an_idea.asking", "da", url=_URL)
    assert replies[-1].asking == "why"
    assert "why" not in chat.fields


# -- #4: an answer to another question -----------------------------------------------------------


def test_the_why_question_comes_again_after_an_answer_for_where() -> None:
    chat = Chat()
    assert chat("bænk")[-1].asking == "why"
    replies = chat("ved søen")
    assert _texts(replies)[0] == t("noted_other", "da", field=t("field.where", "da"))
    assert "søen" in chat.fields["where"]
    for answer in ("gamle mennesker", "hurtigst muligt", "at I sætter den op", "ingenting"):
        replies = chat(answer)
    # Five questions asked, one of them answered for another part: the why comes back.
    assert replies[-1].asking == "why"
    chat("så de ældre kan hvile sig på gåturen")
    assert "hvile" in chat.fields["why"]


def test_the_help_question_comes_again_after_an_answer_for_when() -> None:
    chat = Chat()
    for text in (
        "hej",
        "jeg har en ide",
        "det handler om hundeluftning",
        "altså en hundeskov",
        "i Ermelundskoven eller deromkring",
        "der er ingen steder hunde må løbe frit",
        "hundeejere",
    ):
        replies = chat(text)
    assert replies[-1].asking == "help_wanted"
    replies = chat("gerne til sommer")
    assert "sommer" in chat.fields["when"]
    # The five questions are asked, but the one answered for another part did not count.
    assert replies[-1].asking == "help_wanted"
    chat("et hegn rundt om")
    assert chat.fields["help_wanted"] == "et hegn rundt om"


# -- #8: a change of mind at the read-back -------------------------------------------------------


def test_a_change_of_mind_at_the_read_back_replaces_the_idea() -> None:
    chat = Chat()
    chat.to_readback(chat(_FLEA_MARKET))
    replies = chat("egentlig vil jeg hellere lave et byttemarked i stedet for et loppemarked")
    assert _texts(replies)[0] == t("edited", "da", field=t("field.what", "da"))
    assert "byttemarked" in chat.fields["what"]
    assert "loppemarked" not in chat.fields["what"]
    assert replies[-1].card is not None


# -- #9: support asked for, a complaint about roads ----------------------------------------------


def test_a_question_for_support_invites_the_idea() -> None:
    chat = _started()
    replies = chat("Kan kommunen give penge til en sommerfest?")
    assert _texts(replies) == [t("support_question", "da")]
    assert "Godt spørgsmål" not in replies[0].text
    chat("Vi vil holde en sommerfest for hele vejen på Hyldegårdsvej i august")
    assert "sommerfest" in chat.fields["what"]
    assert "penge" in "\n".join(chat.state["original"])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vejene er fyldt med huller, hvornår gør I noget ved det??", "da"),
        ("There are potholes everywhere, when will you do something about it?", "en"),
    ],
)
def test_a_complaint_about_the_roads_is_pointed_to_where_complaints_go(
    database: Database, settings: Settings, text: str, lang: str
) -> None:
    service = ConversationService(database, settings)
    start = Incoming(platform="console", user_id="r10", conversation_id="r10")
    service.start(start)
    replies = service.handle(
        Incoming(platform="console", user_id="r10", conversation_id="r10", text=text)
    )
    url = settings.service_contact_url
    assert [reply.text for reply in replies] == [t("not_an_idea.fault", lang, url=url)]


# -- #13: a part added at the read-back ---------------------------------------------------------


def test_a_contact_added_at_the_read_back_is_added_not_changed() -> None:
    chat = Chat()
    chat.to_readback(chat(_FLEA_MARKET))
    assert "contact" not in chat.fields
    replies = chat("ja men kontakt mig på 22334455")
    assert _texts(replies)[0] == t("edited.added", "da", field=t("field.contact", "da"))
    assert "22334455" in chat.fields["contact"]
    # Changed once more, it is changed.
    replies = chat("ja men kontakt mig på 33445566")
    assert _texts(replies)[0] == t("edited", "da", field=t("field.contact", "da"))


# -- #12: a place outside Gentofte ---------------------------------------------------------


def test_a_place_in_another_municipality_gets_a_kind_note_once() -> None:
    chat = Chat()
    replies = chat("Jeg vil gerne lave en cykelsti i Lyngby centrum")
    note = t("outside_gentofte", "da", place="Lyngby")
    assert note in _texts(replies)
    assert replies[-1].asking == "why"
    assert note not in _texts(chat("så børnene kan cykle sikkert i skole"))


def test_a_road_named_after_a_town_is_no_other_municipality() -> None:
    replies = Chat()("Jeg vil gerne have en cykelsti langs Lyngbyvej")
    assert not any("Gentofte Kommune" in text for text in _texts(replies))


def test_no_idea_asked_for_more_of_a_real_idea_keeps_it() -> None:
    chat = Chat()
    chat("Loppemarked")
    assert chat.state["asking"] == "what"
    chat("jeg har ingen idé")
    assert chat.fields["what"] == "Loppemarked"


def test_new_here_told_beside_the_idea_is_welcomed_and_the_idea_read() -> None:
    chat = _started()
    replies = chat("Jeg er ny her. Jeg vil gerne starte en løbeklub i Hellerup for nybegyndere")
    assert _texts(replies)[0] == t("asked_back.new_here", "da")
    assert "løbeklub" in chat.fields["what"]
    assert "ny her" not in " ".join(chat.fields.values())


def test_new_here_given_as_the_reason_is_the_reason() -> None:
    chat = Chat()
    chat.until(chat("Vi vil gerne lave en bogbytte-reol ved Vangede bibliotek"), "why")
    chat("jeg er ny her")
    assert chat.fields.get("why") == "jeg er ny her"


# -- Review of round 10 -----------------------------------------------------------------------


@pytest.mark.parametrize("question", ["Hvad er spørgsmålet?", "why is that important?"])
def test_a_question_about_the_question_is_explained_and_not_kept(question: str) -> None:
    chat = _started()
    chat("Vi vil gerne lave en bænk ved søen")
    assert chat.state["asking"] == "why"
    replies = chat(question)
    assert _texts(replies)[0] == t("clarify.why", "da")
    assert replies[-1].asking == "why"
    assert "why" not in chat.fields


def test_a_question_about_the_question_at_the_read_back_reads_back_again() -> None:
    chat = _started()
    chat(_FLEA_MARKET)
    chat("ved ikke")
    while chat.state["phase"] != "readback":
        chat("ved ikke")
    before = dict(chat.fields)
    replies = chat("Hvad er spørgsmålet?")
    assert _texts(replies)[0] == t("readback_unclear", "da")
    assert chat.fields == before


def test_the_town_in_the_idea_is_noted_when_the_place_is_a_spot() -> None:
    replies = Chat()("Vi vil gerne lave en bænk ved søen i Lyngby")
    assert t("outside_gentofte", "da", place="Lyngby") in _texts(replies)


def test_no_idea_yet_as_the_very_first_message_introduces_the_bot_once() -> None:
    replies = Chat()("Hej, jeg har ikke nogen idé endnu")
    assert sum("Samskab" in text for text in _texts(replies)) == 1
    # The privacy notice is still shown at the first contact.
    assert any("Kontaktoplysninger er frivillige" in text for text in _texts(replies))


def test_a_note_in_brackets_at_the_read_back_is_kept_beside_the_idea() -> None:
    chat = _started()
    chat(_FLEA_MARKET)
    while chat.state["phase"] != "readback":
        chat("ved ikke")
    before = dict(chat.fields)
    note = "(det er ikke mig der har skrevet opslaget, men jeg er med i gruppen)"
    replies = chat(note)
    assert _texts(replies)[0] == t("readback_aside", "da")
    assert replies[-1].card is not None
    assert chat.fields == before
    assert note in chat.state["original"]
