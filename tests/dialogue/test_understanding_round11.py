"""Round 11 of reading: a thing asked for at a place is an idea ("kan vi få en hjertestarter på
Kildeskovshallen?"), also without æøå; a service's thing asked for is not."""

from __future__ import annotations

import pytest

from bot.dialogue.understanding import (
    proposes,
    tells_no_idea_words,
    understand,
    understand_answer,
)
from tests.dialogue.engine_chat import Chat


@pytest.mark.parametrize(
    ("text", "what", "where"),
    [
        ("kan vi få en hjertestarter på Kildeskovshallen?", "hjertestarter", "Kildeskovshallen"),
        ("kan vi faa en hjertestarter paa Kildeskovshallen?", "hjertestarter", "Kildeskovshallen"),
        ("could we get a bike pump at Dyssegård station?", "bike pump", "Dyssegård station"),
        ("hvad med en bænk ved Gentofte Sø?", "bænk", "Gentofte Sø"),
    ],
)
def test_a_thing_asked_for_at_a_place_is_an_idea(text: str, what: str, where: str) -> None:
    assert proposes(text)
    understood = understand(text, "en" if text.startswith("could") else "da")
    assert what in understood.fields["what"]
    assert "what" not in understood.vague
    assert where in understood.fields["where"]


@pytest.mark.parametrize(
    "text",
    [
        "kan man få en kopi af sit sygesikringskort på rådhuset?",
        "kan vi få en tid hos borgerservice i Gentofte?",
        "could we get an appointment at the town hall?",
        "kan vi få en tilladelse til at parkere på Hellerupvej?",
        # What one may do at a service is no idea either.
        "kan man bruge sit sundhedskort på biblioteket?",
        "kan jeg låne en bog på biblioteket i Hellerup?",
    ],
)
def test_a_service_thing_asked_for_is_no_idea(text: str) -> None:
    assert not proposes(text)


@pytest.mark.parametrize(
    ("text", "lang", "expected", "absent"),
    [
        # A name and what follows it in the same breath introduce the person.
        (
            "hej jeg hedder Ali og har en butik på Gentoftegade. jeg vil gerne lave fastelavn "
            "for børnene i gaden søndag d. 14. feb",
            "da",
            {"what": "fastelavn", "who_benefits": "børnene"},
            ("why",),
        ),
        (
            "Hej. Jeg hedder Birthe og er 78. Jeg savner en bænk ved busstoppestedet på Ordrupvej",
            "da",
            {"what": "bænk", "where": "busstoppestedet"},
            ("why",),
        ),
        # An office is who they are; the association chaired is no beneficiary and no place.
        (
            "Hej, jeg er formand for Skovshoved Vinterbadere (ca. 140 medlemmer). Vi vil gerne "
            "stille en mobil saunavogn op på Skovshoved Havn",
            "da",
            {"what": "saunavogn", "where": "Skovshoved Havn"},
            ("brings", "who_benefits"),
        ),
        # A trade told in the introduction is what they bring; the age is not a reason.
        (
            "Goddag jeg er 74 og har været gymnastiklærer hele mit liv. jeg vil gerne starte "
            "gymnastik for ældre udendørs ved Gentofte Sø om formiddagen. mange af mine venner "
            "sidder alene hjemme og får ikke rørt sig",
            "da",
            {"brings": "gymnastiklærer", "why": "sidder alene"},
            (),
        ),
        # Someone's problem after the plan is the reason, not what they bring.
        (
            "please put a bench by the lake, my mum can't walk far",
            "en",
            {"what": "bench", "why": "can't walk far", "where": "by the lake"},
            ("brings",),
        ),
        (
            "sæt en bænk ved søen, min mor kan ikke gå så langt",
            "da",
            {"what": "bænk", "why": "kan ikke gå så langt"},
            ("brings",),
        ),
        # Peoples joined by "and"; a place without its article, as newcomers write.
        (
            "I want make language cafe for Ukrainian and Danish people in library.",
            "en",
            {"who_benefits": "Ukrainian and Danish people", "where": "in library"},
            (),
        ),
        # A sign-off with a name and an age, or a phone's "thx sara", is no reason.
        (
            "jeg vil gerne lav en strikke klub på plejehjemet hver tors eftermiddag. mvh Grethe "
            "78 år",
            "da",
            {"where": "plejehjemet", "when": "hver tors eftermiddag", "contact": "Grethe"},
            ("why",),
        ),
        ("we want a bench by the lake for the old people. thx sara", "en", {}, ("why",)),
        # A place of one's school told with its owner.
        ("vi vil holde loppemarked på skolens p-plads", "da", {"where": "skolens p-plads"}, ()),
        # A phone's "pls" at the end is courtesy, no reason.
        (
            "der mangler en cykelpumpe ved Dyssegård station, kunne i sætte en op? pls",
            "da",
            {"what": "cykelpumpe"},
            ("why",),
        ),
    ],
)
def test_round11_readings(
    text: str, lang: str, expected: dict[str, str], absent: tuple[str, ...]
) -> None:
    fields = understand(text, lang).fields
    for name, words in expected.items():
        assert words in fields.get(name, ""), (name, fields)
    for name in absent:
        assert name not in fields, (name, fields)


def test_a_numbered_form_is_read_without_its_numbers() -> None:
    fields = understand(
        "1. Formål: at etablere en delecykelstation\n2. Sted: ved Gentofte Station\n"
        "3. Målgruppe: pendlere og studerende\n4. Tidsplan: foråret 2027",
        "da",
    ).fields
    assert fields["what"] == "at etablere en delecykelstation"
    assert fields["where"] == "ved Gentofte Station"
    assert fields["who_benefits"] == "pendlere og studerende"
    assert fields["when"] == "foråret 2027"
    assert not any(ch.isdigit() for ch in fields.get("why", ""))


def test_one_number_opening_a_message_is_a_date() -> None:
    assert understand("1. maj holder vi loppemarked på Vangede Bygade", "da").fields["when"] == (
        "1. maj"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Mit forslag til Gentofte Sø:\n1. flere bænke langs stien\n2. bedre belysning om "
        "aftenen\n3. flere skraldespande\nDet er for alle der går tur, især ældre.",
        "Vores ønsker:\n- flere bænke langs stien\n- bedre belysning om aftenen\n"
        "- flere skraldespande",
    ],
)
def test_a_list_of_ideas_is_all_the_idea(text: str) -> None:
    fields = understand(text, "da").fields
    for item in ("flere bænke", "bedre belysning", "flere skraldespande"):
        assert item in fields["what"]
    assert "help_wanted" not in fields
    assert "why" not in fields


@pytest.mark.parametrize(
    ("text", "lang", "what"),
    [
        # The loneliness is the people's, not the reason the thing is named for.
        (
            "mandeværksted for ensomme pensionister i Vangede, vi mødes tirsdage, vi har "
            "værktøj, vi vil gerne låne et lokale af kommunen",
            "da",
            "mandeværksted for ensomme pensionister",
        ),
        # "men's" is no Danish "men" (but), and the thing named first is the idea.
        (
            "men's shed in Gentofte for retired men who feel lonely, we meet tuesdays, we have "
            "tools, would love a room from the municipality",
            "en",
            "men's shed in Gentofte",
        ),
        # "værksted" is a place, not a verb in the past.
        ("cykelværksted for unge i Gentofte", "da", "cykelværksted for unge"),
    ],
)
def test_a_thing_named_first_is_the_idea(text: str, lang: str, what: str) -> None:
    understood = understand(text, lang)
    assert understood.fields["what"].startswith(what)
    assert "what" not in understood.vague


@pytest.mark.parametrize(
    "text",
    [
        "må vi holde loppemarked på skolens p-plads?",
        "kan vi holde en koncert i Bernstorffsparken?",
        "kan vi låne en hal på Hellerup Skole til en turnering?",
    ],
)
def test_asking_leave_for_something_at_a_place_is_an_idea(text: str) -> None:
    assert proposes(text)


@pytest.mark.parametrize(
    ("field", "text", "instead"),
    [
        # Asked what help they want, their own part.
        ("help_wanted", "vi bygger den selv", "brings"),
        ("help_wanted", "vi tar selv kul med", "brings"),
        ("help_wanted", "we will build it ourselves", "brings"),
        # Asked when or where, no time or place at all: a reason, or who they are.
        ("when", "de mangler danske venner", "why"),
        ("when", "vi er 5 naboer", "brings"),
        ("where", "der er ingen steder at mødes", "why"),
    ],
)
def test_an_answer_that_tells_another_part(field: str, text: str, instead: str) -> None:
    understood = understand_answer(field, text, "da")
    assert understood.answered_instead == instead
    assert understood.fields[instead] == text


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("when", "når vejret er godt"),
        ("when", "hele året"),
        ("where", "hjemme hos mig"),
        ("help_wanted", "penge til materialer"),
    ],
)
def test_an_answer_to_its_own_question_stays(field: str, text: str) -> None:
    understood = understand_answer(field, text, "da")
    assert understood.answered_instead is None
    assert understood.fields[field] == text


@pytest.mark.parametrize(
    ("text", "lang", "why"),
    [
        ("vi vil plante blomster på Hyldegårdsvej så vejen bliver pænere", "da", "så vejen"),
        ("we want to plant flowers on the street so the road looks nicer", "en", "so the road"),
        (
            "we want a repair cafe so pensioners and students can fix things cheaply",
            "en",
            "so pensioners and students",
        ),
    ],
)
def test_a_purpose_of_a_thing_or_of_people_joined_is_the_reason(
    text: str, lang: str, why: str
) -> None:
    assert understand(text, lang).fields["why"].startswith(why)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("skakklub på ungdomsskolen", "på ungdomsskolen"),
        ("bålaften på spejdergrunden", "på spejdergrunden"),
        ("madklub for kvinder i medborgerhuset i Vangede", "i medborgerhuset i Vangede"),
    ],
)
def test_a_compound_kind_of_place_is_the_place_and_no_partner(text: str, where: str) -> None:
    fields = understand(text, "da").fields
    assert fields["where"] == where
    assert "partners" not in fields


def test_a_named_club_is_still_a_partner() -> None:
    fields = understand("vi vil lave en skakturnering sammen med Hellerup Skakklub", "da").fields
    assert "Hellerup Skakklub" in fields["partners"]


def test_a_newcomers_origin_is_no_reason_and_a_community_house_is_a_place() -> None:
    fields = understand(
        "Hello. I am from Syria. I live in Gentofte 2 years. I want make cooking club for women "
        "from many country. We cook and talk danish. Maybe in community house. I need kitchen.",
        "en",
    ).fields
    assert "why" not in fields
    assert "in community house" in fields["where"]
    assert "cooking club" in fields["what"]


def test_a_background_venue_is_no_place_of_the_idea() -> None:
    # "værtshuset" where they used to play is no kind of public house to hold the club in.
    fields = understand("vi spillede billard på værtshuset hver uge", "da").fields
    assert "where" not in fields


def test_their_own_part_with_help_in_the_same_answer_keeps_both() -> None:
    understood = understand_answer(
        "help_wanted",
        "Jeg har selv en masse værktøj jeg vil donere. Vi skal bruge hjælp til selve "
        "containeren og et lille budget til hylder og lås",
        "da",
    )
    assert understood.answered_instead is None
    assert "selve containeren" in understood.fields["help_wanted"]


@pytest.mark.parametrize(
    ("text", "lang", "field", "words"),
    [
        (
            "vi vil lave en fodboldturnering ved Bernstorffsminde Skole for de små",
            "da",
            "where",
            "ved Bernstorffsminde Skole",
        ),
        (
            "vi vil lave sprogcafé på biblioteket så nye danskere kan øve dansk",
            "da",
            "why",
            "så nye danskere kan øve dansk",
        ),
        (
            "we want a chess club at the library cause kids are always on their phones",
            "en",
            "why",
            "cause kids are always on their phones",
        ),
        ("vi vil holde iftar for naboerne under ramadanen i Vangede", "da", "when", "ramadanen"),
    ],
)
def test_round11_more_readings(text: str, lang: str, field: str, words: str) -> None:
    assert words in understand(text, lang).fields[field]


@pytest.mark.parametrize(
    ("text", "lang", "what"),
    [
        (
            "det er ikke en klage, men en idé: vi vil gerne have en bænk ved Gentofte Sø",
            "da",
            "vi vil gerne have en bænk",
        ),
        ("Det er ikke en klage. Vi vil gerne have en bænk ved Gentofte Sø", "da", "Vi vil gerne"),
        ("bare et forslag: flere skraldespande i Ordrup", "da", "flere skraldespande"),
        ("this is not a complaint, just an idea: a bench by the lake", "en", "a bench"),
        ("This isn't a complaint, but we need more bins in Ordrup Krat", "en", "we need more"),
        ("It's not a complaint, just an idea: a bench by the lake", "en", "a bench"),
    ],
)
def test_what_kind_of_message_it_is_is_no_reason_and_no_idea(
    text: str, lang: str, what: str
) -> None:
    understood = understand(text, lang)
    assert understood.fields["what"].startswith(what)
    assert "why" not in understood.fields
    for words in ("klage", "forslag", "complaint", "idé", "idea"):
        assert words not in understood.fields["what"]


@pytest.mark.parametrize(
    "text",
    [
        "Kan man ikke gøre noget?",
        "Kan man foreslå noget",
        "Må man foreslå noget til biblioteket her?",
        "kan man gøre noget ved det",
        "Can something be done?",
        "could we suggest something here?",
    ],
)
def test_asking_whether_an_idea_may_come_names_none(text: str) -> None:
    assert tells_no_idea_words(text)


def test_asking_whether_one_may_suggest_is_not_kept_as_the_idea() -> None:
    chat = Chat("da")
    replies = chat(
        "Hej. Må man foreslå noget til biblioteket her? Jeg savner en fast stille time om "
        "formiddagen"
    )
    # The thing missed is the idea (a rule since the round of 2026-11-28's evening: the
    # labeller's reading of it changed with each training set); the question whether one may
    # suggest is no part of it, and the time of day is when.
    assert chat.fields["what"].startswith("Jeg savner en fast stille time")
    assert "foreslå" not in chat.fields["what"]
    assert replies[-1].asking != "what"


def test_the_idea_is_asked_for_after_asking_whether_one_may_suggest() -> None:
    chat = Chat("da")
    replies = chat("Hej. Må man foreslå noget til biblioteket her?")
    assert replies[-1].asking == "what"


@pytest.mark.parametrize(
    ("text", "lang", "why"),
    [
        ("Cars drive far too fast on Ordrupvej. Can something be done?", "en", "Cars drive"),
        (
            "Bilerne kører alt for stærkt på Ordrupvej, og børnene går i skole der. Kan man ikke "
            "gøre noget?",
            "da",
            "Bilerne kører",
        ),
    ],
)
def test_a_trouble_with_a_call_to_act_is_heard_and_the_idea_asked_for(
    text: str, lang: str, why: str
) -> None:
    assert proposes(text)
    chat = Chat(lang)
    replies = chat(text)
    assert replies[-1].asking == "what"
    assert chat.state["fields"]["why"].startswith(why)
    assert "Ordrupvej" in chat.state["fields"]["where"]


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        ("En sprogcafé for kvinder som lærer dansk", "da", "for kvinder som lærer dansk"),
        ("En lektiecafé for børn som taler arabisk derhjemme", "da", "børn som taler arabisk"),
        ("A meetup for people in their 20s and 30s in Hellerup", "en", "in their 20s and 30s"),
        ("A walking group for women in their late 60s", "en", "women in their late 60s"),
    ],
)
def test_who_they_are_after_the_people_stays_with_them(text: str, lang: str, who: str) -> None:
    assert who in understand(text, lang).fields["who_benefits"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Jeg bor selv alene og det er trist at spise alene. Jeg vil gerne lave fællesspisning "
            "en gang om måneden.",
            "da",
        ),
        ("Jeg er 71 og cykler stadig. Vi skal have en cykelpumpe ved Vangede Station.", "da"),
        (
            "Jeg går tur ved søen hver dag med min rollator. Der skal være flere bænke langs "
            "stien.",
            "da",
        ),
        (
            "I moved to Hellerup for work 5 months ago and I know nobody. I'd like a running group "
            "for newcomers.",
            "en",
        ),
        (
            "My wife works late and I feel alone with the twins. Could there be a dads' group in "
            "Ordrup?",
            "en",
        ),
        (
            "Min far har parkinson og kan ikke gå langt længere. Der mangler bænke på stien rundt "
            "om Gentofte Sø.",
            "da",
        ),
        (
            "Jeg har skrevet til kommunen før uden svar. Vi skal have en fodgængerovergang på "
            "Hellerupvej.",
            "da",
        ),
        (
            "Jeg har et spørgsmål og en idé. Kunne der være svømning kun for kvinder i "
            "Kildeskovshallen?",
            "da",
        ),
        (
            "Eleverne har selv fundet på det efter et emne om insekter. Vi vil gerne sætte "
            "insekthoteller op ved Munkegårdsskolen.",
            "da",
        ),
        (
            "Every year we celebrate Diwali with our own families. This year we'd like a big "
            "Diwali evening for everyone at Vangede Bibliotek.",
            "en",
        ),
        (
            "My daughter has severe asthma. I'd like car-free Sundays on Strandvejen.",
            "en",
        ),
    ],
)
def test_how_the_person_lives_is_not_what_they_bring(text: str, lang: str) -> None:
    understood = understand(text, lang)
    assert "brings" not in understood.fields or "brings" in understood.vague
    chat = Chat(lang)
    chat.until(chat(text), "brings")  # raises if brings is never asked


@pytest.mark.parametrize(
    ("text", "lang", "brings"),
    [
        (
            "Jeg er pensioneret tømrer. Jeg foreslår en reparationscafé i Vangede hver anden "
            "lørdag. Jeg stiller mit værktøj og min tid til rådighed.",
            "da",
            "mit værktøj",
        ),
        (
            "Vi vil lave en skolehave ved Ordrup Skole. Vi er 6 naboer der kan grave.",
            "da",
            "6 naboer",
        ),
        (
            "I'd like walking football at Kildeskovshallen on Wednesdays. I hold a coaching "
            "certificate from the FA.",
            "en",
            "coaching certificate",
        ),
        (
            "I'd like a monthly repair evening for old radios in Ordrup. I restore valve radios as "
            "a hobby, and my neighbours want to throw their old sets out.",
            "en",
            "restore valve radios",
        ),
    ],
)
def test_what_the_person_gives_stays_what_they_bring(text: str, lang: str, brings: str) -> None:
    understood = understand(text, lang)
    assert brings in understood.fields["brings"]
    assert "brings" not in understood.vague


@pytest.mark.parametrize(
    ("text", "brings"),
    [
        (
            "Bestyrelsen foreslår en bålplads ved Skovshoved Havn. Foreningen kan bidrage med "
            "8.000 kr. og frivillige til at bygge den.",
            "8.000 kr.",
        ),
        (
            "Vi foreslår en vejfest på Hambros Allé. Foreningen afholder selv udgifterne til "
            "borde og musik.",
            "borde og musik",
        ),
        (
            "Grundejerforeningen ønsker tre bænke langs stien. Foreningen vil gerne betale for "
            "den ene bænk.",
            "betale for den ene bænk",
        ),
    ],
)
def test_what_the_unnamed_own_association_gives_is_brought_not_a_partner(
    text: str, brings: str
) -> None:
    understood = understand(text, "da")
    assert brings in understood.fields["brings"]
    assert "Foreningen" not in understood.fields.get("partners", "")


def test_a_named_association_offering_help_is_still_a_partner() -> None:
    understood = understand(
        "Vi vil lave en kajakdag ved Hellerup Havn. Hellerup Kajakklub kan bidrage med både.",
        "da",
    )
    assert "Hellerup Kajakklub" in understood.fields["partners"]


@pytest.mark.parametrize(
    ("text", "lang", "idea"),
    [
        ("is anyone doing a winter swim club at Skovshoved Havn? would love one", "en", "swim"),
        ("er der nogen der laver fællesspisning i Vangede? det savner jeg", "da", "fællesspisning"),
        ("kan græsplænen ved Dyssegård Station blive til en frugtlund?", "da", "frugtlund"),
        ("could the empty car park on Hellerupvej become a skate park?", "en", "skate park"),
        (
            "tænker på en strikkeklub på Ordrup Bibliotek, mange af os kan ikke strikke",
            "da",
            "strik",
        ),
    ],
)
def test_an_idea_asked_about_or_thought_of_is_an_idea(text: str, lang: str, idea: str) -> None:
    understood = understand(text, lang)
    assert idea in understood.fields["what"]
    assert "what" not in understood.vague
    assert Chat(lang)(text)[-1].asking != "what"


@pytest.mark.parametrize(
    ("text", "lang", "idea"),
    [
        ("vores roklub i Skovshoved vil gerne bygge en ny bådebro", "da", "bådebro"),
        ("our choir in Ordrup wants to sing carols at Ordrup Torv in December", "en", "carols"),
    ],
)
def test_the_persons_own_club_proposing_is_the_idea_not_a_partner(
    text: str, lang: str, idea: str
) -> None:
    understood = understand(text, lang)
    assert idea in understood.fields["what"]
    assert "partners" not in understood.fields


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        ("Jeg vil gerne starte et gå-fodboldhold for os over 60.", "da", "for os over 60"),
        ("En svømmeklub for dem under 12 år i Kildeskovshallen", "da", "for dem under 12 år"),
        ("a dance class for those aged 70 and up in Ordrup", "en", "for those aged 70 and up"),
    ],
)
def test_people_told_by_their_age_are_whom_it_is_for(text: str, lang: str, who: str) -> None:
    assert understand(text, lang).fields["who_benefits"] == who


@pytest.mark.parametrize(
    ("text", "lang", "why"),
    [
        (
            "Vi er nogle familier i rækkehusene på Vangedevej, der ikke har have. Vi drømmer om "
            "en fælleshave med højbede.",
            "da",
            "der ikke har have",
        ),
        (
            "We'd like a bike repair evening for kids in Vangede who don't have a bike of their "
            "own.",
            "en",
            "who don't have a bike of their own",
        ),
    ],
)
def test_what_the_people_lack_is_the_reason_when_none_is_told(
    text: str, lang: str, why: str
) -> None:
    understood = understand(text, lang)
    assert understood.fields["why"] == why


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        ("Jeg arbejder med ældre og drømmer om en sansehave ved Ordrup plejehjem", "da", "ældre"),
        ("I work with refugees and would like a language café in Vangede", "en", "refugees"),
    ],
)
def test_the_people_the_person_works_with_are_whom_it_is_for(
    text: str, lang: str, who: str
) -> None:
    assert who in understand(text, lang).fields["who_benefits"]
