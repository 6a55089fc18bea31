"""Commands and conversational moves in Danish and English."""

from __future__ import annotations

import pytest

from bot.dialogue.intents import (
    Intent,
    IntentMatch,
    asked_back,
    asks_to_withdraw,
    classify,
    correction,
    means_none,
    named_reference,
    removed_fields,
    removed_words,
    service_question,
    small_talk,
    split_edits,
    without_leaving,
    without_repeat_cue,
)


def _intent(text: str, lang: str = "da") -> Intent | None:
    match = classify(text, lang)
    return None if match is None else match.intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # help
        ("hjælp", Intent.HELP),
        ("Hjælp!", Intent.HELP),
        ("help", Intent.HELP),
        ("?", Intent.HELP),
        ("??", Intent.HELP),
        ("hvad kan du?", Intent.HELP),
        ("Hvad kan du hjælpe med", Intent.HELP),
        ("What can you do?", Intent.HELP),
        ("how does this work?", Intent.HELP),
        ("hjaelp", Intent.HELP),
        ("hjælp tak", Intent.HELP),
        ("<@U123> hjælp", Intent.HELP),
        # cancel
        ("annuller", Intent.CANCEL),
        ("Afbryd", Intent.CANCEL),
        ("STOP!!!", Intent.CANCEL),
        ("stop", Intent.CANCEL),
        ("glem det", Intent.CANCEL),
        ("cancel", Intent.CANCEL),
        ("quit", Intent.CANCEL),
        ("never mind", Intent.CANCEL),
        ("nevermind", Intent.CANCEL),
        # restart
        ("start forfra", Intent.RESTART),
        ("begynd forfra", Intent.RESTART),
        ("forfra", Intent.RESTART),
        ("kan vi starte forfra?", Intent.RESTART),
        ("start over", Intent.RESTART),
        ("restart", Intent.RESTART),
        ("reset", Intent.RESTART),
        # my initiatives
        ("mine idéer", Intent.MY_INITIATIVES),
        ("mine ideer", Intent.MY_INITIATIVES),
        ("mine initiativer", Intent.MY_INITIATIVES),
        ("status", Intent.MY_INITIATIVES),
        ("hvordan går det med min idé?", Intent.MY_INITIATIVES),
        ("hvordan gaar det med min ide", Intent.MY_INITIATIVES),
        ("my ideas", Intent.MY_INITIATIVES),
        ("my initiatives", Intent.MY_INITIATIVES),
        ("status of my idea", Intent.MY_INITIATIVES),
        ("what happened to my idea?", Intent.MY_INITIATIVES),
        # skip
        ("ved ikke", Intent.SKIP),
        ("det ved jeg ikke", Intent.SKIP),
        ("spring over", Intent.SKIP),
        ("videre", Intent.SKIP),
        ("ingen", Intent.SKIP),
        ("nej ikke endnu", Intent.SKIP),
        ("ikke endnu", Intent.SKIP),
        ("i don't know", Intent.SKIP),
        ("I dont know", Intent.SKIP),
        ("dunno", Intent.SKIP),
        ("skip", Intent.SKIP),
        ("not sure", Intent.SKIP),
        ("pass", Intent.SKIP),
        ("none", Intent.SKIP),
        ("n/a", Intent.SKIP),
        ("-", Intent.SKIP),
        ("...", Intent.SKIP),
        ("🤷", Intent.SKIP),
        # yes
        ("ja", Intent.YES),
        ("Ja!", Intent.YES),
        ("jep", Intent.YES),
        ("ja tak", Intent.YES),
        ("JA TAK 😊", Intent.YES),
        ("ja tak, send den", Intent.YES),
        ("det er rigtigt", Intent.YES),
        ("korrekt", Intent.YES),
        ("ok", Intent.YES),
        ("ok, send", Intent.YES),
        ("send", Intent.YES),
        ("yes", Intent.YES),
        ("yep", Intent.YES),
        ("correct", Intent.YES),
        ("that's right", Intent.YES),
        ("That’s right", Intent.YES),
        ("looks good", Intent.YES),
        ("👍", Intent.YES),
        ("👍🏽", Intent.YES),
        # no
        ("nej", Intent.NO),
        ("nej.", Intent.NO),
        ("nej tak", Intent.NO),
        ("no", Intent.NO),
        ("nope", Intent.NO),
        ("not quite", Intent.NO),
        ("👎", Intent.NO),
        # greeting
        ("hej", Intent.GREETING),
        ("Hej!", Intent.GREETING),
        ("hejsa", Intent.GREETING),
        ("goddag", Intent.GREETING),
        ("godmorgen", Intent.GREETING),
        ("hi", Intent.GREETING),
        ("hello", Intent.GREETING),
        ("hey there", Intent.GREETING),
        ("Hej! 👋", Intent.GREETING),
        ("hi, got a minute? 🙂", Intent.GREETING),
        # wants to share
        ("jeg har en idé", Intent.WANTS_TO_SHARE),
        ("jeg har en ide", Intent.WANTS_TO_SHARE),
        ("Jeg har en ide\u0301", Intent.WANTS_TO_SHARE),
        ("jeg\u200b har en idé", Intent.WANTS_TO_SHARE),
        ("hej, jeg har et forslag", Intent.WANTS_TO_SHARE),
        ("ja altså jeg har en idé 🙂", Intent.WANTS_TO_SHARE),
        ("hej, må jeg fortælle om en idé?", Intent.WANTS_TO_SHARE),
        ("I have an idea", Intent.WANTS_TO_SHARE),
        ("I'd like to suggest something", Intent.WANTS_TO_SHARE),
        ("I have an idea for the neighbourhood", Intent.WANTS_TO_SHARE),
        ("Jeg har en god idé til kommunen", Intent.WANTS_TO_SHARE),
    ],
)
def test_commands_and_moves(text: str, intent: Intent | None) -> None:
    assert _intent(text) == intent


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("english", "en"),
        ("English please", "en"),
        ("In English please", "en"),
        ("speak English", "en"),
        ("kan du skrive på engelsk i stedet?", "en"),
        ("🇬🇧", "en"),
        ("på dansk", "da"),
        ("dansk", "da"),
        ("danish", "da"),
        ("skriv på dansk", "da"),
        ("paa dansk tak", "da"),
        ("hej, english please", "en"),
    ],
)
def test_switch_language(text: str, language: str) -> None:
    assert classify(text, "da") == IntentMatch(Intent.SWITCH_LANGUAGE, language=language)


@pytest.mark.parametrize(
    "text",
    [
        "hvornår har genbrugspladsen åbent?",
        "hvordan søger jeg om parkeringstilladelse?",
        "when is the recycling centre open?",
        "what are the library's opening hours?",
        "Hej, hvornår har genbrugspladsen åbent?",
        "Kan man parkere ved stationen?",
        "Is the library open on Sundays?",
        # Asked by a question mark alone about what exists, or "what about" something known.
        "Åbningstider på biblioteket?",
        "Opening hours of the recycling centre?",
        "What about the parking permit I applied for?",
    ],
)
def test_service_questions(text: str) -> None:
    assert _intent(text) is Intent.QUESTION


@pytest.mark.parametrize(
    "text",
    [
        "Kunne vi ikke lave en bænk ved søen?",
        "Hvad med en bænk ved søen?",
        "What if we made a community garden?",
        "Why is there no bench at the lake?",
        "Kan kommunen sætte flere bænke op ved søen?",
        "Hvorfor er der ikke flere skraldespande i Bernstorffsparken?",
        "hvad hvis vi lavede en have?",
        # Proposals asked by a question mark alone, naming something new.
        "What about a small ice rink in front of Gentofte Town Hall in December?",
        "Kids outgrow toys so fast. A toy library in Ordrup where families borrow toys?",
        "Børn vokser så hurtigt fra legetøj. Et legetøjsbibliotek i Ordrup?",
        "Hvad med nogle bænke langs Strandvejen?",
        # A long idea ending in a question is content, not a service question.
        "Hello. I am 79 and I walk every day along Strandvejen from Hellerup towards "
        "Charlottenlund. Between Tuborg Havn and Charlottenlund Fort there is nowhere to sit "
        "down. Could the municipality put up a couple of benches facing the sea?",
    ],
)
def test_ideas_phrased_as_questions_are_content(text: str) -> None:
    assert classify(text, "da") is None


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("ret stedet til Gentofte Sø", "where", "Gentofte Sø"),
        ("Ret stedet til Gentofte Sø, tak", "where", "Gentofte Sø"),
        ("ændr datoen til 1. maj", "when", "1. maj"),
        ("aendr datoen til 2. maj tak", "when", "2. maj"),
        ("stedet skal være Ordrup", "where", "Ordrup"),
        ("change the date to May", "when", "May"),
        ("change the place to the library", "where", "the library"),
        ("the why is that kids need more space", "why", "that kids need more space"),
        ("nej, datoen er 3. maj", "when", "3. maj"),
        ("nej, datoen skal være 5. maj", "when", "5. maj"),
        ("ændr stedet fra Ordrup til Hellerup", "where", "Hellerup"),
        ("ændre hvem til de ældre", "who_benefits", "de ældre"),
        ("ret hvornår til næste lørdag", "when", "næste lørdag"),
        ("sted: Gentofte Sø", "where", "Gentofte Sø"),
        ("ændr min e-mail til lise@example.dk", "contact", "lise@example.dk"),
        ("ret partnerne til FDF Gentofte", "partners", "FDF Gentofte"),
        ("change the title to Repair Café Hellerup", "what", "Repair Café Hellerup"),
        ("ret hjælpen til et lokale og borde", "help_wanted", "et lokale og borde"),
        ("ret formålet til at samle naboerne", "why", "at samle naboerne"),
    ],
)
def test_edit_keeps_the_new_value_in_the_persons_words(text: str, field: str, value: str) -> None:
    assert classify(text, "da") == IntentMatch(Intent.EDIT, field=field, value=value)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("ret", None),
        ("ændr", None),
        ("aendr", None),
        ("ret noget", None),
        ("change", None),
        ("edit", None),
        ("something is wrong", None),
        ("ret stedet", "where"),
        ("nej, stedet er forkert", "where"),
        ("ja, men stedet er forkert", "where"),
        ("change the date", "when"),
        ("fix the date", "when"),
        ("no, the date is wrong", "when"),
        ("jeg vil gerne rette kontaktoplysningerne", "contact"),
        ("ret hvem det er for", "who_benefits"),
    ],
)
def test_change_names_the_field_when_it_can(text: str, field: str | None) -> None:
    assert classify(text, "da") == IntentMatch(Intent.CHANGE, field=field)


@pytest.mark.parametrize(
    "text",
    [
        "Vi vil gerne lave en fælles køkkenhave i Ordrup, men vi har brug for hjælp til at "
        "stoppe ukrudtet og stop affald fra at flyde rundt, så vi tænker at kommunen kunne "
        "hjælpe med containere og måske nogle redskaber, hvis det er muligt i weekenden.",
        "Jeg vil gerne stoppe biltrafikken på Ordrupvej om søndagen",
        "Idéen er at vi vil lave en køkkenhave i Ordrup for børnene",
        "Idé: https://example.org/x?a=1&b=<2> en bænk ved søen <@U123>",
        "Forslag: en bænk ved søen",
        "Stedet er en tom grund ved siden af skolen hvor der tidligere lå en tankstation",
        "jeg har en idé om en køkkenhave",
        "Hellerup",
        "næste lørdag kl 10",
        "😀",
        "",
        "   ",
        "<script>alert(1)</script>",
        "x" * 20000,
    ],
)
def test_content_is_not_a_command(text: str) -> None:
    assert classify(text, "da") is None


@pytest.mark.parametrize(
    "text", ["tak", "Tak for hjælpen!", "mange tak :)", "thanks!", "thank you so much", "bye"]
)
def test_thanks_and_goodbyes_are_politeness(text: str) -> None:
    assert _intent(text) is Intent.THANKS


@pytest.mark.parametrize(("text", "intent"), [("ja tak", Intent.YES), ("nej tak", Intent.NO)])
def test_thanks_with_an_answer_is_the_answer(text: str, intent: Intent) -> None:
    assert _intent(text) is intent


def test_intent_values_are_stable_strings() -> None:
    assert Intent.SWITCH_LANGUAGE == "switch_language"
    assert Intent.MY_INITIATIVES.value == "my_initiatives"
    assert {i.value for i in Intent} >= {"help", "cancel", "edit", "change", "question"}


def test_matching_tolerates_case_punctuation_and_danish_letter_spellings() -> None:
    assert _intent("  HJÆLP?! ") is Intent.HELP
    assert _intent("MINE IDÉER") is Intent.MY_INITIATIVES
    assert _intent("Begynd Forfra.") is Intent.RESTART
    assert _intent("spring over tak") is Intent.SKIP
    assert _intent("ja tak!! 👍") is Intent.YES


@pytest.mark.parametrize(
    "text",
    [
        "Hi there, quick question",
        "quick question",
        "I have a question",
        "hej, jeg har et spørgsmål",
        "et hurtigt spørgsmål",
    ],
)
def test_announcing_a_question_is_an_opening(text: str) -> None:
    match = classify(text, "da")
    assert match is not None and match.intent == Intent.WANTS_TO_SHARE


def test_an_actual_question_is_still_a_question() -> None:
    match = classify("hvornår har genbrugspladsen åbent?", "da")
    assert match is not None and match.intent == Intent.QUESTION


@pytest.mark.parametrize(
    "text", ["fortryd", "hov, fortryd", "undo", "det var ikke meningen", "that was a mistake"]
)
def test_undo_phrases(text: str) -> None:
    match = classify(text, "da")
    assert match is not None and match.intent == Intent.UNDO


@pytest.mark.parametrize("text", ["Kære Gentofte Kommune", "Dear Gentofte Municipality,"])
def test_a_letters_salutation_is_a_greeting(text: str) -> None:
    match = classify(text, "da")
    assert match is not None and match.intent == Intent.GREETING


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("måske", Intent.SKIP),
        ("se ovenfor", Intent.SKIP),
        ("er det ikke jeres job?", Intent.SKIP),
        ("isn't that your job?", Intent.SKIP),
        ("hvorfor skal I vide det?", Intent.CLARIFY),
        ("what do you think?", Intent.CLARIFY),
        ("Hvor kan jeg se mine idéer?", Intent.MY_INITIATIVES),
        ("where can I see the status of my idea?", Intent.MY_INITIATIVES),
    ],
)
def test_push_back_and_questions_about_ones_ideas(text: str, intent: Intent) -> None:
    match = classify(text, "da")
    assert match is not None and match.intent == intent


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("fjern min mail", ("contact",)),
        ("slet datoen, vi ved ikke hvornår endnu", ("when",)),
        ("please remove my email", ("contact",)),
        ("fjern min mail og datoen", ("contact", "when")),
        ("fjern bænken", ()),
    ],
)
def test_removing_a_part(text: str, fields: tuple[str, ...]) -> None:
    assert removed_fields(text) == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("fjern hjælp fra kommunen", ("help_wanted",)),
        ("slet hvorfor", ("why",)),
        ("vi har ikke brug for hjælp alligevel", ("help_wanted",)),
        ("we don't need any help after all", ("help_wanted",)),
    ],
)
def test_the_read_backs_row_names_and_no_help_after_all_empty_a_part(
    text: str, fields: tuple[str, ...]
) -> None:
    assert removed_fields(text) == fields


def test_two_edits_in_one_message_are_both_made() -> None:
    assert split_edits("where", "Ordrup Torv og tidspunktet til maj") == [
        ("where", "Ordrup Torv"),
        ("when", "maj"),
    ]
    assert split_edits("when", "May and the place to Ordrup Torv") == [
        ("when", "May"),
        ("where", "Ordrup Torv"),
    ]
    # "og" inside one value is not a second edit.
    assert split_edits("where", "Ordrup Torv og Hellerup Havn") == [
        ("where", "Ordrup Torv og Hellerup Havn")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("det skal være i maj i stedet", "i maj"),
        ("make it June instead", "June"),
        ("som jeg skrev til sommer", "til sommer"),
        ("as I said, in May", "in May"),
        ("som sagt: på Ordrup Torv", "på Ordrup Torv"),
    ],
)
def test_a_value_told_instead_or_told_again_is_a_correction(text: str, value: str) -> None:
    assert correction(text) == (value, None)


@pytest.mark.parametrize("text", ["i stedet", "instead", "som jeg skrev"])
def test_the_cue_alone_corrects_nothing(text: str) -> None:
    assert correction(text) is None


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("stedet er forkert, det er Hellerup Torv", "where", "Hellerup Torv"),
        ("the date is wrong, it should be 4 May", "when", "4 May"),
        ("tidspunktet er forkert - det skal være i maj", "when", "i maj"),
    ],
)
def test_a_part_called_wrong_and_then_told_is_an_edit(text: str, field: str, value: str) -> None:
    assert classify(text, "da") == IntentMatch(Intent.EDIT, field=field, value=value)


@pytest.mark.parametrize(
    "text",
    [
        "ingenting",
        "ik noget",
        "nothing really",
        "ikke noget lige nu",
        "nada",
        "jeg ved ikke helt",
        "ved ikke rigtig",
    ],
)
def test_nothing_to_give_is_a_skip(text: str) -> None:
    assert classify(text, "da") == IntentMatch(Intent.SKIP)


@pytest.mark.parametrize(
    ("text", "none"),
    [("ingen", True), ("intet", True), ("nothing", True), ("ved ikke", False), ("kage", False)],
)
def test_none_is_told_apart_from_not_knowing(text: str, none: bool) -> None:
    assert means_none(text) is none


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("nej, det er ikke i juni men i juli", ("i juli", "juni")),
        ("ikke i juni men i juli", ("i juli", "juni")),
        ("no, not in May but in June", ("in June", "May")),
        # Without a correction's lead, "ikke …, men" inside a sentence corrects nothing.
        ("især de ældre der ikke er på Facebook, men alle i Jægersborg", None),
    ],
)
def test_not_this_but_that(text: str, found: tuple[str, str] | None) -> None:
    assert correction(text) == found


@pytest.mark.parametrize(
    ("text", "value"), [("nej juni, undskyld", "juni"), ("no, June, sorry", "June")]
)
def test_an_apology_after_a_correction_is_not_part_of_the_value(text: str, value: str) -> None:
    assert correction(text) == (value, None)


@pytest.mark.parametrize(
    "text", ["ja men vi skal også bruge et telt", "nej, and we also need a tent"]
)
def test_more_told_with_also_after_a_correction_cue_is_no_correction(text: str) -> None:
    assert correction(text) is None


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("hvornår skal være 1. maj", "when", "1. maj"),
        ("hvor skal være Hellerup Havn", "where", "Hellerup Havn"),
        ("why should be: more fun", "why", "more fun"),
    ],
)
def test_a_row_named_by_its_label_with_what_it_should_be_is_an_edit(
    text: str, field: str, value: str
) -> None:
    assert classify(text, "da") == IntentMatch(Intent.EDIT, field=field, value=value)
    assert _intent("hvad skal være med?") == Intent.QUESTION


def test_instead_after_an_edits_value_is_not_part_of_it() -> None:
    assert classify("ret stedet til Ordrup Torv i stedet", "da") == IntentMatch(
        Intent.EDIT, field="where", value="Ordrup Torv"
    )


@pytest.mark.parametrize("text", ["må jeg spørge om noget?", "Hi, can I ask you something?"])
def test_asking_leave_to_ask_is_small_talk(text: str) -> None:
    assert small_talk(text) == "may_ask"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "nej det var forkert, det er ikke Ordrup Torv men Hellerup Torv",
            ("Hellerup Torv", "Ordrup Torv"),
        ),
        ("it's not in summer, it's in May", ("in May", "summer")),
        ("wrong place, it should be Skovshoved harbour", ("Skovshoved harbour", None)),
        ("det var forkert, det er i Vangede", ("i Vangede", None)),
    ],
)
def test_a_verdict_before_a_correction_and_not_x_then_y(
    text: str, found: tuple[str, str | None]
) -> None:
    assert correction(text) == found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("drop the coffee machine", "coffee machine"),
        ("fjern kaffemaskinen", "kaffemaskinen"),
        ("vi skal ikke have telte med alligevel", "telte"),
        ("vi har alligevel ikke telte", "telte"),
        ("we dont need tables after all", "tables"),
        ("fjern det", None),
        ("slet idéen", None),
    ],
)
def test_everyday_ways_of_taking_something_out(text: str, words: str | None) -> None:
    assert removed_words(text) == words


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("øjeblik, der er nogen ved døren", Intent.WAIT),
        ("hold on, phone is ringing", Intent.WAIT),
        ("jeg vender tilbage i morgen", Intent.LATER),
        ("jeg skal lige noget, tilbage om lidt", Intent.LATER),
        ("pause", Intent.LATER),
        ("undskyld, jeg er her igen", Intent.RESUME),
        ("vent, det er i Vangede", None),
        ("vi skal lige noget med kommunen først", None),
    ],
)
def test_pauses_in_more_words(text: str, intent: Intent | None) -> None:
    assert _intent(text) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("det vil jeg helst ikke svare på", Intent.SKIP),
        ("I'd rather not say", Intent.SKIP),
        ("next question please", Intent.SKIP),
        ("don't know yet", Intent.SKIP),
        ("ups, det var forkert", Intent.UNDO),
    ],
)
def test_refusals_and_a_bare_that_was_wrong(text: str, intent: Intent) -> None:
    assert _intent(text) == intent


@pytest.mark.parametrize(
    "text", ["skal jeg svare på alt det?", "do I have to answer all these questions?"]
)
def test_asking_whether_everything_must_be_answered(text: str) -> None:
    assert asked_back(text) == "must_answer"


@pytest.mark.parametrize("text", ["the idea should be bigger", "idéen skal være større"])
def test_how_the_idea_should_change_is_not_its_new_words(text: str) -> None:
    assert _intent(text) != Intent.EDIT
    assert classify("ret idéen til loppemarkeder", "da") == IntentMatch(
        Intent.EDIT, field="what", value="loppemarkeder"
    )


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("hvad skal I bruge det til?", "purpose"),
        ("hvad bruger I svarene til?", "purpose"),
        ("what do you need this for?", "purpose"),
        ("hvem kan se det jeg skriver?", "who_sees"),
        ("who will read this?", "who_sees"),
        ("men hvem kan se det?", "who_sees"),
        ("kan jeg være anonym?", "anonymous"),
        ("can I stay anonymous?", "anonymous"),
        ("is my name shown publicly?", "public"),
        ("bliver mit navn vist offentligt?", "public"),
        ("hvad gemmer I om mig?", "stored"),
        ("hvad sker der med mine data?", "stored"),
        ("what happens to my data?", "stored"),
        ("kan jeg ringe til nogen?", "phone"),
        ("can I talk to a person?", "phone"),
        ("skal I have mit navn og telefonnummer?", "contact"),
        ("do you need my email?", "contact"),
    ],
)
def test_questions_about_the_service(text: str, key: str) -> None:
    assert service_question(text) == key


@pytest.mark.parametrize(
    "text",
    [
        # Contact details told with the question are for the idea.
        "Kan I ringe til mig på 22334455?",
        "Skal I have mit nummer? Det er 22334455",
        "Vi vil lave et loppemarked på Hellerup Havn",
        "Kan man parkere ved stationen?",
        "Hvad med en bænk ved søen?",
        "hvem kan hjælpe med borde?",
        "hvor lang tid tager det?",
    ],
)
def test_other_words_are_no_question_about_the_service(text: str) -> None:
    assert service_question(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "yep looks good",
        "ja det ser fint ud",
        "jep, send den",
        "yes that's right",
        "perfekt, tak",
        "yeah, looks good to me",
        "jep det er rigtigt",
        "ok det ser godt ud, send den",
    ],
)
def test_a_yes_with_filler_is_a_yes(text: str) -> None:
    assert _intent(text) is Intent.YES


@pytest.mark.parametrize(
    "text", ["can you just send it already?", "kan du ikke bare sende den?", "just send it"]
)
def test_send_it_already(text: str) -> None:
    assert _intent(text) is Intent.SEND_NOW


def test_status_of_a_reference_is_my_initiatives_and_my_data_is_not() -> None:
    assert _intent("hvad er status på GK-2026-0001?") is Intent.MY_INITIATIVES
    assert _intent("what's the status of GK-2026-0001?") is Intent.MY_INITIATIVES
    assert _intent("hvad sker der med min idé?") is Intent.MY_INITIATIVES
    assert _intent("hvad sker der med mine data?") is not Intent.MY_INITIATIVES


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne trække min idé tilbage",
        "træk den tilbage",
        "ja tak, træk den tilbage",
        "træk GK-2026-0001 tilbage",
        "I want to withdraw my idea",
        "cancel my idea please",
        "withdraw GK-2026-0001",
    ],
)
def test_taking_an_idea_back(text: str) -> None:
    assert asks_to_withdraw(text)
    # While an idea is being told, the same words drop the draft.
    assert _intent(text) is Intent.CANCEL


@pytest.mark.parametrize("text", ["tilbage", "annuller", "vi vil trække folk til havnen"])
def test_other_words_take_no_idea_back(text: str) -> None:
    assert not asks_to_withdraw(text)


@pytest.mark.parametrize(
    ("text", "value", "taken_back"),
    [
        ("wait no, it's Friday not Saturday", "Friday", "Saturday"),
        ("oh wait, it should be Friday", "Friday", None),
        ("actually make that Sunday", "Sunday", None),
        (
            "det er ikke kun for ældre, men for alle generationer",
            "for alle generationer",
            "for ældre",
        ),
        ("it's for everyone, not only beginners", "for everyone", "beginners"),
    ],
)
def test_english_self_corrections_and_not_only(
    text: str, value: str, taken_back: str | None
) -> None:
    assert correction(text) == (value, taken_back)


def test_a_person_who_is_not_on_facebook_is_no_correction() -> None:
    # "ikke … , men …" without "kun" tells people, not a value taken back.
    assert correction("især de ældre der ikke er på Facebook, men alle i Jægersborg") is None


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("det sagde jeg jo, i Lyngby Storcenter", "i Lyngby Storcenter"),
        ("I already said, in Bernstorff Park", "in Bernstorff Park"),
    ],
)
def test_i_said_that_already_is_no_part_of_the_answer(text: str, rest: str) -> None:
    assert without_repeat_cue(text) == rest


@pytest.mark.parametrize(
    ("text", "value", "taken_back"),
    [
        ("flyt det til onsdag", "onsdag", None),
        ("move it to 10 July", "10 July", None),
        ("det skal være torsdag, ikke tirsdag", "torsdag", "tirsdag"),
    ],
)
def test_moving_it_and_it_should_be_x_not_y_are_corrections(
    text: str, value: str, taken_back: str | None
) -> None:
    assert correction(text) == (value, taken_back)


def test_cancelling_the_idea_one_sent_is_withdrawing_it() -> None:
    assert asks_to_withdraw("jeg vil gerne annullere den idé jeg sendte")


def test_after_review_service_questions_anonymous_and_references() -> None:
    assert service_question("Anonymous?") == "anonymous"
    # An idea that starts like a question about the service is an idea.
    assert service_question("Anonym kunst ved Ordrup Station") is None
    assert service_question("Kan man ringe til nogen i kommunen om en vejfest") is None
    assert named_reference("træk gk-2026-1 tilbage") == "GK-2026-0001"
    assert _intent("hvad sker der med mine persondata?") != Intent.MY_INITIATIVES


def test_not_x_comma_but_y_is_a_correction_unless_a_verb_follows_not() -> None:
    assert correction("ikke i juni, men i juli") == ("i juli", "juni")
    assert correction("not in June, but in July") == ("in July", "June")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Skal løbe, svarer senere", ""),
        ("gotta run, more later", ""),
        ("Skal lige hente ungerne. Svarer i aften!", ""),
        ("men jeg skriver mere senere", ""),
        ("søndage 10-16. skal lige hente i børnehaven nu, skriver mere senere 🙈", "søndage 10-16"),
        # Plans that say where people go are no goodbyes.
        ("Vi skal løbe en tur rundt om søen", "Vi skal løbe en tur rundt om søen"),
        ("Forældrene skal hente børnene", "Forældrene skal hente børnene"),
        ("I have to go to the library every week", "I have to go to the library every week"),
    ],
)
def test_leaving_for_now_is_told_apart_from_the_words_before_it(text: str, kept: str) -> None:
    assert without_leaving(text) == kept
