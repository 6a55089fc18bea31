"""Bridges offer only ideas and associations about the same thing, one offer at a time.

An exploratory tester (explore8 #21) was offered a basketball hoop for a bike workshop, a
runners' group for a midsummer party and two children's ideas at once for children's
football: they shared who they were for, not what they were. These pairs are realistic
ideas written for this test; each is submitted as on a real submission (routed, so with
category and district) by two different people.
"""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from bot.services.associations import AssociationRecord, upsert_associations
from bot.services.bridges import offer_introductions, suggest
from bot.services.initiatives import InitiativeService
from bot.services.routing import route
from storage.db import Database
from storage.models import Initiative, Person
from storage.repositories import PersonRepository

# (language, fields) as the initiator told it.
Idea = tuple[str, dict[str, str]]

BIKE_WORKSHOP: Idea = (
    "da",
    {
        "what": "Et cykelværksted i kælderen, hvor folk kan reparere deres cykler sammen og låne "
        "værktøj",
        "why": "Mange cykler står og ruster, fordi folk ikke selv kan lave dem",
        "who_benefits": "Folk i området, for alle, især børnefamilier",
        "where": "ved Gentofte Station",
    },
)
BASKET_HOOP: Idea = (
    "da",
    {
        "what": "En basketkurv på den gamle boldbane, så de unge har noget at lave",
        "why": "Der er ikke noget for teenagere i området",
        "who_benefits": "Unge og børnefamilier",
        "where": "Vangede",
    },
)
REPAIR_CAFE_EN: Idea = (
    "en",
    {
        "what": "A repair café where people bring broken toasters, lamps and bikes and we fix "
        "them together",
        "why": "So much gets thrown away that could be repaired",
        "who_benefits": "Everyone in the neighbourhood",
        "where": "Gentofte Library",
    },
)
REPAIR_CAFE_DA: Idea = (
    "da",
    {
        "what": "En reparationscafé hvor frivillige hjælper med at reparere cykler, tøj, lamper og "
        "elektronik",
        "why": "Vi smider alt for meget ud",
        "where": "Jægersborg",
    },
)
MIDSUMMER: Idea = (
    "da",
    {
        "what": "Sankthansfest på stranden med bål, båltale og fællessang",
        "why": "Så naboerne mødes og lærer hinanden at kende",
        "who_benefits": "Alle naboer og familier i Ordrup",
        "where": "Ordrup Strand",
    },
)
RUNNERS: Idea = (
    "da",
    {
        "what": "Et fællesskab for løbere, der løber sammen langs stranden hver søndag morgen",
        "why": "Det er sjovere at løbe sammen, og man lærer naboerne at kende",
        "who_benefits": "For løbere og naboer",
        "where": "Klampenborg",
    },
)
RUNNING_CLUB_EN: Idea = (
    "en",
    {
        "what": "A running club for beginners that meets on Saturday mornings",
        "why": "Running is easier to keep up with others",
        "where": "Bernstorffsparken",
    },
)
FOOTBALL: Idea = (
    "da",
    {
        "what": "Vi er nogle forældre, der vil lave gratis fodbold for børn på Gentofte Stadion",
        "why": "Ikke alle børn har råd til at gå til fodbold i en klub",
        "who_benefits": "Børn mellem 6 og 12 år",
        "where": "Gentofte Stadion",
    },
)
PLAYGROUND_EN: Idea = (
    "en",
    {
        "what": "I want a kids playground near the flats",
        "why": "There is nowhere for the kids to play",
        "who_benefits": "Kids and their families",
        "where": "Vangede",
    },
)
CODING_CLUB: Idea = (
    "da",
    {
        "what": "En kodeklub for børn, hvor de lærer at programmere små spil",
        "why": "Børn skal lære mere end at bruge en skærm",
        "who_benefits": "Børn mellem 8 og 14 år",
        "where": "Hellerup Bibliotek",
    },
)
GARDEN_VANGEDE_STATION: Idea = (
    "da",
    {
        "what": "Fælles køkkenhave på den tomme grund ved stationen, hvor vi kan dyrke grøntsager",
        "who_benefits": "Beboerne i lejlighederne uden egen have",
        "where": "Vangede",
    },
)
GARDEN_VANGEDE_SCHOOL: Idea = (
    "da",
    {
        "what": "En fælleshave med højbede, hvor naboerne kan dyrke grøntsager og krydderurter "
        "sammen",
        "who_benefits": "Familier i Vangede",
        "where": "ved Vangede Skole",
    },
)
GARDEN_HELLERUP: Idea = (
    "da",
    {
        "what": "Køkkenhaver til beboerne, hvor vi kan dyrke grøntsager",
        "where": "Hellerup",
    },
)
SPEED_BUMPS_SAME_STREET: Idea = (
    "da",
    {
        "what": "Fartbump ved stationen, fordi bilerne kører alt for stærkt",
        "where": "Vangede",
    },
)
DINNER_ELDERLY: Idea = (
    "da",
    {
        "what": "Fællesspisning for ensomme ældre én gang om ugen i medborgerhuset",
        "why": "Mange ældre spiser alene hver dag",
        "where": "Dyssegård",
    },
)
DINNER_SENIORS_EN: Idea = (
    "en",
    {
        "what": "Shared dinners for lonely seniors, cooked by volunteers",
        "why": "Loneliness among seniors is a real problem",
        "where": "Hellerup",
    },
)
CHOIR_SENIORS: Idea = (
    "da",
    {
        "what": "Et kor for seniorer, hvor vi synger de gamle sange en gang om ugen",
        "who_benefits": "Ældre i Ordrup",
        "where": "Ordrup",
    },
)
LANGUAGE_CAFE_EN: Idea = (
    "en",
    {
        "what": "A language café where newcomers can practise speaking Danish",
        "who_benefits": "Newcomers and expats",
        "where": "Hellerup Library",
    },
)
SPROGCAFE: Idea = (
    "da",
    {
        "what": "Sprogcafé hvor nye danskere kan øve sig i at tale dansk over en kop kaffe",
        "where": "Gentofte Bibliotek",
    },
)


def _person(session: Session, user: str, language: str = "da") -> Person:
    person, _ = PersonRepository(session).get_or_create("console", user, language=language)
    return person


def _submit(session: Session, user: str, idea: Idea) -> Initiative:
    language, fields = idea
    person = _person(session, user, language)
    initiative = InitiativeService(session).submit(person, dict(fields), language=language)
    route(session, initiative)  # category and district, as on a real submission
    session.flush()
    return initiative


@pytest.mark.parametrize(
    ("earlier", "new"),
    [
        pytest.param(GARDEN_VANGEDE_STATION, GARDEN_VANGEDE_SCHOOL, id="two gardens in Vangede"),
        pytest.param(REPAIR_CAFE_EN, BIKE_WORKSHOP, id="repair café and bike workshop"),
        pytest.param(BIKE_WORKSHOP, REPAIR_CAFE_DA, id="bike workshop and reparationscafé"),
        pytest.param(REPAIR_CAFE_DA, REPAIR_CAFE_EN, id="repair cafés across languages"),
        pytest.param(RUNNING_CLUB_EN, RUNNERS, id="two running groups"),
        pytest.param(DINNER_SENIORS_EN, DINNER_ELDERLY, id="two dinners for the elderly"),
        pytest.param(LANGUAGE_CAFE_EN, SPROGCAFE, id="two language cafés"),
    ],
)
def test_ideas_about_the_same_thing_are_offered(
    database: Database, earlier: Idea, new: Idea
) -> None:
    with database.session() as session:
        other = _submit(session, "bo", earlier)
        mine = _submit(session, "anna", new)
        assert [s.target_id for s in suggest(session, mine)] == [other.id]


@pytest.mark.parametrize(
    ("earlier", "new"),
    [
        pytest.param(BASKET_HOOP, BIKE_WORKSHOP, id="bike workshop and basketball hoop"),
        pytest.param(RUNNERS, MIDSUMMER, id="midsummer party and runners: both meet neighbours"),
        pytest.param(PLAYGROUND_EN, FOOTBALL, id="football and playground: both for children"),
        pytest.param(CODING_CLUB, FOOTBALL, id="football and coding club: both for children"),
        pytest.param(CODING_CLUB, PLAYGROUND_EN, id="playground and coding club"),
        pytest.param(LANGUAGE_CAFE_EN, REPAIR_CAFE_EN, id="two cafés about different things"),
        pytest.param(CHOIR_SENIORS, DINNER_ELDERLY, id="choir and dinner: both for the elderly"),
        pytest.param(SPEED_BUMPS_SAME_STREET, GARDEN_VANGEDE_STATION, id="same place only"),
    ],
)
def test_ideas_that_share_only_people_form_or_place_are_not_offered(
    database: Database, earlier: Idea, new: Idea
) -> None:
    with database.session() as session:
        _submit(session, "bo", earlier)
        mine = _submit(session, "anna", new)
        assert suggest(session, mine) == []


def test_children_s_football_among_other_children_s_ideas_gets_no_offer(
    database: Database,
) -> None:
    with database.session() as session:
        for number, idea in enumerate((PLAYGROUND_EN, CODING_CLUB, BASKET_HOOP, MIDSUMMER)):
            _submit(session, f"neighbour{number}", idea)
        mine = _submit(session, "anna", FOOTBALL)
        assert offer_introductions(session, mine) == []


def test_one_offer_at_a_time_and_the_nearer_of_two_equals_first(database: Database) -> None:
    with database.session() as session:
        _submit(session, "bo", GARDEN_HELLERUP)
        nearby = _submit(session, "carl", ("da", {**GARDEN_HELLERUP[1], "where": "Vangede"}))
        mine = _submit(session, "anna", GARDEN_VANGEDE_STATION)
        (suggestion,) = suggest(session, mine)
        assert suggestion.target_id == nearby.id
        assert len(offer_introductions(session, mine)) == 1


def test_a_shared_category_alone_is_no_relation(database: Database) -> None:
    with database.session() as session:
        _submit(session, "bo", CHOIR_SENIORS)
        mine = _submit(session, "anna", MIDSUMMER)
        assert mine.category == "culture"
        assert suggest(session, mine) == []


CHILDREN_ASSOCIATION = AssociationRecord(
    name="Børnefamilier i Vangede",
    contact="kontakt@boernefamilier.example",
    description="Vi laver aktiviteter for børn og familier i hele området.",
    areas=["Vangede"],
)
FOOTBALL_CLUB = AssociationRecord(
    name="Gentofte Boldklub",
    contact="bold@gentofte.example",
    description="Fodbold for børn og unge, med træning på Gentofte Stadion og kampe i "
    "weekenden. Vi har altid brug for forældre, der vil træne et fodboldhold.",
    categories=["sport"],
)


def test_an_association_must_share_the_topic_not_only_the_people(database: Database) -> None:
    with database.session() as session:
        upsert_associations(session, [CHILDREN_ASSOCIATION, FOOTBALL_CLUB])
        mine = _submit(session, "anna", FOOTBALL)
        assert [(s.kind, s.title) for s in suggest(session, mine)] == [
            ("association", "Gentofte Boldklub")
        ]
        playground = _submit(session, "bo", PLAYGROUND_EN)
        assert suggest(session, playground) == []
