"""Round 14 of the conversation: a question left open by an answer about something else comes
back; a correction sent while another question is open corrects what it names; a question
that proposes a thing is an idea, not a question for the service."""

from __future__ import annotations

import pytest

from tests.dialogue.engine_chat import Chat


def _play(chat: Chat, messages: list[str]) -> list[str]:
    """Send the messages one after another; the fields asked, in order."""
    asked: list[str] = []
    for message in messages:
        replies = chat(message)
        if replies[-1].asking:
            asked.append(replies[-1].asking)
    return asked


def test_a_question_answered_with_another_part_comes_back() -> None:
    # Asked for whom, "vi vil så i april" tells when they sow: whom is asked again once the
    # rest is asked, instead of never.
    answers = {
        "help_wanted": "at kommunen holder op med at slå græsset der",
        "brings": "vi har frø og vi er 8-10 voksne der kan hjælpe",
        "who_benefits": "insekterne, og børnene på vejen",
    }
    chat = Chat("da")
    chat("Hej. Vi er nogle naboer på Hyldegårdsvej der vil lave en blomstereng på græsset")
    replies = chat("for bierne og sommerfuglene, der er næsten ingen blomster tilbage")
    assert replies[-1].asking == "who_benefits"
    replies = chat("vi vil så i april")
    assert chat.fields["when"] == "i april"
    asked: list[str] = []
    while replies[-1].asking and len(asked) < 8:
        asked.append(replies[-1].asking)
        replies = chat(answers[asked[-1]])
    assert "who_benefits" in asked, asked
    assert chat.fields["who_benefits"] == answers["who_benefits"]


@pytest.mark.parametrize(
    ("lang", "messages", "when"),
    [
        (
            "da",
            [
                "hej vi er en vinterbadeklub på ca 40 medlemmer og vil gerne have en lille sauna"
                " ved Skovshoved Havn",
                "det er fordi vi fryser og der er ingen steder at varme sig efter badet",
                "vi kan selv betale halvdelen af saunaen, og vi har en tømrer i klubben",
                "mangler bare en plads og en tilladelse",
                "til oktober når sæsonen starter",
                "nej vent, det bliver nok november pga byggetiden",
            ],
            "november",
        ),
        (
            "en",
            [
                "hi we are a winter swimming club of 40 members and would like a small sauna at"
                " Skovshoved Harbour",
                "because we freeze and there's nowhere to warm up after a swim",
                "we can pay half of the sauna ourselves and we have a carpenter in the club",
                "we just need a spot and a permit",
                "in October when the season starts",
                "wait no, it'll probably be November because of the building work",
            ],
            "November",
        ),
    ],
)
def test_a_time_corrected_while_asked_for_whom_is_the_new_time(
    lang: str, messages: list[str], when: str
) -> None:
    chat = Chat(lang)
    asked = _play(chat, messages)
    assert asked[-1] == "who_benefits"
    assert chat.fields["when"] == when
    assert "who_benefits" not in chat.fields
    assert "building" not in chat.fields["why"]


@pytest.mark.parametrize(
    ("answer", "lang"),
    [("nej, ingen penge", "da"), ("no, just a permit", "en")],
)
def test_a_no_while_asked_is_no_new_idea(answer: str, lang: str) -> None:
    chat = Chat(lang)
    opening = (
        "Vi vil lave en vejfest på Callisensvej i juni"
        if lang == "da"
        else "We want to hold a street party on Callisensvej in June"
    )
    chat(opening)
    chat("fordi vi ikke kender hinanden" if lang == "da" else "because nobody knows each other")
    idea = chat.fields["what"]
    chat(answer)
    assert chat.fields["what"] == idea
    assert chat.fields["when"] in ("i juni", "in June")


@pytest.mark.parametrize(
    ("messages", "lang", "what", "where"),
    [
        (
            ["Hi, quick question", "Is it possible to paint a zebra crossing on Strandvejen?"],
            "en",
            "paint a zebra crossing",
            "on Strandvejen",
        ),
        (
            [
                "Hej, et hurtigt spørgsmål",
                "Er det muligt at male en fodgængerovergang på Strandvejen?",
            ],
            "da",
            "male en fodgængerovergang",
            "på Strandvejen",
        ),
    ],
)
def test_asking_whether_a_thing_can_be_made_is_an_idea(
    messages: list[str], lang: str, what: str, where: str
) -> None:
    chat = Chat(lang)
    for message in messages:
        replies = chat(message)
    assert what in chat.fields["what"]
    assert chat.fields["where"] == where
    assert replies[-1].asking == "why"


def test_asking_whether_one_can_book_a_room_is_still_a_question() -> None:
    chat = Chat("en")
    replies = chat("is it possible to book a room at the library?")
    assert not chat.fields
    assert replies[-1].asking is None


@pytest.mark.parametrize(
    ("lang", "opening", "question"),
    [
        (
            "da",
            "Kunne vi lave en forældrepatrulje ved Gentofte Skole? Min datter på 8 skal over"
            " vejen hver morgen og bilerne drøner forbi.",
            "Du nævnte „Min datter på 8“ – hvem ellers vil få glæde af det?",
        ),
        (
            "en",
            "Could we set up a parent patrol at Gentofte School? My daughter aged 8 crosses the"
            " road there every morning and the cars race past.",
            "You mentioned “My daughter aged 8” – who else would it make a difference for?",
        ),
    ],
)
def test_whom_else_is_asked_after_a_story_about_ones_own(
    lang: str, opening: str, question: str
) -> None:
    chat = Chat(lang)
    replies = chat(opening)
    assert replies[-1].asking == "who_benefits"
    assert replies[-1].text == question
    others = "alle skolebørnene der skal over vejen" if lang == "da" else "all the school kids"
    chat(others)
    assert chat.fields["who_benefits"].startswith(("Min datter på 8", "My daughter aged 8"))
    assert others in chat.fields["who_benefits"]


@pytest.mark.parametrize(("greeting", "lang"), [("heyy", "en"), ("hiii", "en"), ("hejjj", "da")])
def test_a_drawn_out_greeting_is_a_greeting(greeting: str, lang: str) -> None:
    chat = Chat(lang)
    chat(greeting)
    assert not chat.fields
    idea = (
        "so me n my mates wanna run a futsal tourney at Kildeskovshallen"
        if lang == "en"
        else "vi vil gerne lave en fodboldturnering i Kildeskovshallen"
    )
    chat(idea)
    assert chat.fields["what"] in idea
    assert chat.fields["where"].endswith("Kildeskovshallen")


def test_a_later_answer_does_not_take_the_place_of_a_slangy_idea() -> None:
    # "wanna run a futsal tourney" is the idea told; "we'd do mixed teams" in an answer later
    # says how, and the idea stays.
    chat = Chat("en")
    chat("heyy")
    chat("so me n my mates wanna run a futsal tourney at Kildeskovshallen")
    chat("like 3v3 or 5v5 idk")
    chat("over the winter break bc theres literally nothing to do")
    chat("we got no money for the hall lol")
    chat("we can do the brackets and ref ourselves")
    chat("anyone 13 to 17 tbh, girls too, we'd do mixed teams")
    assert chat.fields["what"] == "so me n my mates wanna run a futsal tourney"


@pytest.mark.parametrize(
    ("intro", "lang"),
    [
        (
            "Hello. I am new in Denmark, I come from Philippines one year ago. I live in Gentofte"
            " near Jægersborg Station.",
            "en",
        ),
        ("Hej. Jeg er ny i Danmark. Jeg kommer fra Syrien. Jeg bor i Vangede.", "da"),
    ],
)
def test_an_introduction_alone_is_no_idea(intro: str, lang: str) -> None:
    chat = Chat(lang)
    replies = chat(intro)
    assert replies[-1].asking == "what"
    idea = (
        "I want to make a big picnic for new people like me in Bernstorffsparken."
        if lang == "en"
        else "Jeg vil gerne lave en stor picnic for nye danskere i Bernstorffsparken."
    )
    chat(idea)
    assert "picnic" in chat.fields["what"]
    assert "picnic" not in chat.fields.get("who_benefits", "")


@pytest.mark.parametrize(
    ("lang", "opening", "correction", "when"),
    [
        (
            "da",
            "vi vil gerne holde et loppemarked foran Ordrup Station søndag d. 7. september",
            "nej vent, det er lørdag ikke søndag. lørdag d. 6. september",
            "lørdag d. 6. september",
        ),
        (
            "en",
            "we'd like to hold a flea market outside Ordrup Station on Sunday 7 September",
            "wait, it's Saturday not Sunday. Saturday 6 September",
            "Saturday 6 September",
        ),
    ],
)
def test_a_correction_told_whole_again_replaces_the_time(
    lang: str, opening: str, correction: str, when: str
) -> None:
    chat = Chat(lang)
    chat(opening)
    chat(correction)
    assert chat.fields["when"] == when


def test_the_idea_told_after_a_story_takes_its_place() -> None:
    chat = Chat("da")
    replies = chat(
        "Da vi flyttede til Ryvangs Allé for fire år siden, var der en gammel dame der bankede"
        " på med boller og sagde velkommen. Hun døde sidste år, og siden har ingen rigtig kendt"
        " hinanden."
    )
    assert replies[-1].asking == "what"
    chat("Så jeg vil gerne holde en vejfest lørdag den 23. august, med langborde midt på vejen.")
    assert "vejfest" in chat.fields["what"]
    assert chat.fields["when"] == "lørdag den 23. august"
    assert "gammel dame" in chat.fields["why"]


def test_others_joining_in_do_not_take_the_ideas_place() -> None:
    chat = Chat("da")
    chat("Hejsa!")
    chat("Min mor bor på plejecentret i Ordrup, og hun siger at dagene er så lange.")
    chat("Så tænkte jeg: en strikkeklub hver tirsdag eftermiddag, hvor folk strikker med beboerne.")
    chat("Jeg har en masse garn i kælderen, og nogle fra Ordrup Kirke vil gerne med.")
    assert "en strikkeklub" in chat.fields["what"]
    assert "Ordrup Kirke" not in chat.fields["what"]


@pytest.mark.parametrize(
    ("lang", "opening", "dont_know", "when"),
    [
        (
            "da",
            "Om vinteren er det helt mørkt på stien gennem Maglemosen, og jeg tør ikke gå der"
            " efter kl 16. Kunne man få lys på stien?",
            "ved ikke",
            "Om vinteren",
        ),
        (
            "en",
            "In winter the path through Maglemosen is pitch dark and I don't dare walk there"
            " after 4. Could we get lights on the path?",
            "I don't know",
            "In winter",
        ),
    ],
)
def test_a_season_told_with_the_reason_stays_when_no_other_time_comes(
    lang: str, opening: str, dont_know: str, when: str
) -> None:
    chat = Chat(lang)
    replies = chat(opening)
    replies = chat.until(replies, "when")
    chat(dont_know)
    assert chat.fields["when"].startswith(when)


def test_a_time_gone_by_told_with_the_reason_is_still_dropped() -> None:
    chat = Chat("da")
    replies = chat(
        "Der har været mange nærved-ulykker i år ved Ordrup Skole. Vi vil gerne have en"
        " skolepatrulje."
    )
    replies = chat.until(replies, "when")
    chat("ved ikke")
    assert "when" not in chat.fields


def test_a_problem_announced_then_a_proposal_declared_makes_the_proposal_the_idea() -> None:
    chat = Chat("da")
    replies = chat(
        "Jeg vil gerne gøre opmærksom på et problem. Mellem 7.45 og 8.05 er der det rene kaos"
        " ved Bernstorffsvej Station, og de små på cykel bliver klemt."
    )
    assert replies[-1].asking == "what"
    chat("Der har været to nærved-ulykker bare siden jul.")
    chat(
        "Så mit forslag er en 'gå-bus', hvor voksne frivillige følger børnene i samlet flok fra"
        " stationen til skolen hver morgen."
    )
    assert "gå-bus" in chat.fields["what"]
    assert "gå-bus" not in chat.fields.get("help_wanted", "")


@pytest.mark.parametrize(
    ("lang", "name", "restated", "what", "where"),
    [
        (
            "da",
            "vinterbadning",
            "altså en vinterbadeklub ved Charlottenlund Strandpark",
            "en vinterbadeklub",
            "ved Charlottenlund Strandpark",
        ),
        (
            "en",
            "winter swimming",
            "I mean a winter swimming club at Charlottenlund Beach Park",
            "a winter swimming club",
            "at Charlottenlund Beach Park",
        ),
    ],
)
def test_an_idea_told_more_exactly_goes_with_its_name(
    lang: str, name: str, restated: str, what: str, where: str
) -> None:
    chat = Chat(lang)
    chat("hej" if lang == "da" else "hi")
    replies = chat(name)
    assert replies[-1].asking == "why"
    chat(restated)
    assert chat.fields["what"].endswith(what)
    assert chat.fields["where"] == where
    assert "why" not in chat.fields


@pytest.mark.parametrize(
    ("lang", "opening", "aside", "reply"),
    [
        (
            "da",
            "hej! kan vi lave legegade på Ellebækvej, ungerne har ingen steder at cykle i fred",
            "sorry skriver fra telefonen mens aftensmaden koger 😅",
            "Helt i orden – tag dig god tid.",
        ),
        (
            "en",
            "hi! could we make a play street on Ellebækvej, the kids have nowhere to ride",
            "sorry typing on my phone while cooking",
            "No problem – take your time.",
        ),
    ],
)
def test_a_chat_aside_is_no_answer_and_the_question_stays(
    lang: str, opening: str, aside: str, reply: str
) -> None:
    chat = Chat(lang)
    replies = chat(opening)
    asked = replies[-1].asking
    before = chat.fields
    replies = chat(aside)
    assert replies[0].text == reply
    assert replies[-1].asking == asked
    assert chat.fields == before


def test_the_idea_explained_by_what_to_do_goes_with_the_idea() -> None:
    chat = Chat("da")
    replies = chat("hej! kan vi lave legegade på vores vej")
    assert replies[-1].asking == "why"
    chat("altså lukke for biler en eftermiddag")
    assert chat.fields["what"].endswith("lukke for biler en eftermiddag")
    assert "why" not in chat.fields


@pytest.mark.parametrize(
    ("lang", "situation", "idea"),
    [
        (
            "da",
            "Hej! Vi er en lille flok, der bader hver morgen fra molen i Skovshoved Havn",
            "Vi kunne godt tænke os en lille sauna der, så flere får lyst til at være med",
        ),
        (
            "en",
            "Hi! We're a small group who swim every morning from the pier at Skovshoved Harbour",
            "We'd love a small sauna there, so more people feel like joining",
        ),
    ],
)
def test_an_idea_pointing_at_the_place_told_does_not_ask_where(
    lang: str, situation: str, idea: str
) -> None:
    chat = Chat(lang)
    chat(situation)
    replies = chat(idea)
    assert "Skovshoved" in chat.fields["where"]
    asked: list[str] = []
    while replies[-1].asking and len(asked) < 8:
        asked.append(replies[-1].asking)
        (skip,) = replies[-1].choices
        replies = chat(choice=skip.value)
    assert "where" not in asked, asked
