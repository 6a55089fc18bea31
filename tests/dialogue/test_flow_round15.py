"""Round 15 of the conversation: the same question put again at once, after an answer that
told another part, is one question, not two, when the questions left are counted."""

from __future__ import annotations

import pytest

from tests.dialogue.engine_chat import Chat


def test_a_question_put_again_at_once_is_counted_once() -> None:
    # Messages typed on a phone run ahead of the questions: "ungerne har …" answers why while
    # when is asked, so when is put again. Counting that as a second question used up the
    # five before what they bring was ever asked.
    chat = Chat("da")
    for message in (
        "hej! kan vi lave legegade på vores vej",
        "altså lukke for biler en eftermiddag",
        "vi bor på Ellebækvej i Dyssegård",
        "ungerne har ingen steder at cykle i fred, der kører biler igennem hele tiden",
        "tænkte en søndag eftermiddag i juni, fx kl 14-18",
    ):
        replies = chat(message)
    assert chat.state["asked"].count("when") == 2
    assert replies[-1].asking == "help_wanted"
    replies = chat("vi skal vel have tilladelse til at lukke vejen?")
    assert replies[-1].asking == "brings"
    chat("vi forældre sørger for kage og kridt")
    assert chat.fields["brings"] == "vi forældre sørger for kage og kridt"


def test_the_count_still_stops_at_five_questions() -> None:
    # Five different questions, each answered with nothing: the read-back follows.
    chat = Chat("da")
    replies = chat("Vi vil gerne lave en loppemarked")
    asked: list[str] = []
    while replies[-1].asking and len(asked) < 9:
        asked.append(replies[-1].asking)
        replies = chat("hmm")
    assert len(set(asked)) <= 5, asked
    assert replies[-1].card is not None


def test_a_date_told_whole_after_an_emoji_replaces_the_time() -> None:
    chat = Chat("da")
    chat("Vi vil lave gratis sommerkoncerter på Hellerup Havn")
    chat("vi tænker søndag d. 14. juni kl 19")
    chat("nej vent, det er lørdag ikke søndag 🙈 lørdag d. 13. juni")
    assert chat.fields["when"] == "lørdag d. 13. juni"


def test_a_word_after_the_emoji_is_no_new_value() -> None:
    # "I meant Ordrup not Orderup 🙈 autocorrect": the misspelt word is put right where it
    # stands; "autocorrect" is not the place.
    chat = Chat("en")
    chat("Hello, I'd like to suggest a zebra crossing on Jægersborg Allé near the Orderup turnoff")
    chat("sorry, I meant Ordrup not Orderup 🙈 autocorrect")
    assert chat.fields["what"].endswith("on Jægersborg Allé near the Ordrup turnoff")
    assert chat.fields["where"] == "on Jægersborg Allé"


@pytest.mark.parametrize(
    ("lang", "intro", "idea", "where"),
    [
        (
            "en",
            "hey 👋 uni student here, living in a dorm near Jægersborg",
            "would it be possible to set up a free social running club? 5k loops in"
            " Bernstorffsparken, every Sunday morning at 9",
            "in Bernstorffsparken",
        ),
        (
            "en",
            "Hi! I come from Philippines one year ago. I live in Gentofte",
            "could we have a Filipino cooking evening at Gentofte Hovedbibliotek?",
            "at Gentofte Hovedbibliotek",
        ),
    ],
)
def test_who_is_writing_is_no_idea_and_their_home_no_place(
    lang: str, intro: str, idea: str, where: str
) -> None:
    # Told before the idea, the introduction is neither the idea, whom it is for, nor why;
    # the district the person lives in gives way to the idea's own place.
    chat = Chat(lang)
    replies = chat(intro)
    assert replies[-1].asking == "what"
    chat(idea)
    assert chat.fields["where"] == where
    assert "student" not in chat.fields.get("who_benefits", "")
    assert intro not in chat.fields.get("why", "")
