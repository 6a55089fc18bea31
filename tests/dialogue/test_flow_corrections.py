"""A time or place put right in the next message ("nej vent, det skal være tirsdag og søndag
morgen, …") changes that part and leaves the open question open."""

from __future__ import annotations

from bot.i18n.catalog import t
from tests.dialogue.engine_chat import Chat

_SAUNA = (
    "Vi vil gerne stille en mobil saunavogn op på Skovshoved Havn i vintersæsonen, så man kan "
    "varme sig op efter badet. Lige nu står folk og fryser på molen. Den skal være åben for "
    "alle. Vi tænker lørdag og søndag morgen fra kl. 7-10."
)


def test_a_time_put_right_replaces_the_time_and_the_question_stays() -> None:
    chat = Chat("da")
    asked = chat(_SAUNA)[-1].asking
    assert asked is not None and asked != "when"
    replies = chat(
        "nej vent, det skal være tirsdag og søndag morgen, om lørdagen er havnen fuld af både"
    )
    assert chat.fields["when"] == "tirsdag og søndag morgen"
    assert replies[0].text == t("edited", "da", field=t("field.when", "da"))
    assert replies[-1].asking == asked
    # Nothing of the correction lands in the part asked about.
    assert "tirsdag" not in chat.fields.get(asked, "")


def test_a_correction_that_goes_on_past_its_comma_is_kept_whole() -> None:
    chat = Chat("da")
    chat("vi vil lave et loppemarked på Vangedevej i maj for naboerne")
    chat("nej vent, det er i juni, første weekend")
    assert chat.fields["when"] == "i juni, første weekend"


def test_a_place_set_aside_keeps_the_ideas_own_preposition() -> None:
    chat = Chat("da")
    chat("vi vil gerne lave en bogbytte-reol ved Dyssegård station for naboerne")
    chat("nej vent, det skal være i Vangede ikke Dyssegård")
    assert chat.fields["where"] == "i Vangede"
    assert "ved Vangede station" in chat.fields["what"]
    assert "Dyssegård" not in chat.fields["what"]


def test_an_english_time_put_right() -> None:
    chat = Chat("en")
    asked = chat("We'd like a litter pick on the beach at Hellerup Havn on Saturday morning")
    replies = chat("sorry, it should be on Sunday")
    # Only the day changes; the morning told before stays.
    assert chat.fields["when"] == "on Sunday morning"
    assert replies[-1].asking == asked[-1].asking


def test_more_told_after_a_hov_is_no_correction_of_the_time() -> None:
    chat = Chat("da")
    chat("vi vil lave et loppemarked på Vangedevej i maj for naboerne")
    chat("hov, vi er 5 naboer der står for det hele")
    assert chat.fields["when"] == "i maj"
    assert "5 naboer" in chat.fields.get("brings", "")


def test_an_idea_told_as_a_form_one_heading_at_a_time_loses_nothing() -> None:
    chat = Chat("da")
    replies = chat("Formål: at etablere en delecykelstation")
    assert t("invite", "da") not in [reply.text for reply in replies]
    chat("Sted: ved Gentofte Station")
    chat("Målgruppe: pendlere og studerende")
    chat("Tidsplan: foråret 2027")
    assert chat.fields["what"] == "at etablere en delecykelstation"
    assert chat.fields["where"] == "ved Gentofte Station"
    assert chat.fields["who_benefits"] == "pendlere og studerende"
    # The heading is no part of the time.
    assert chat.fields["when"] == "foråret 2027"


def test_a_time_put_right_with_hellere() -> None:
    chat = Chat("da")
    chat("vi vil lave en loppemarked på Ordrup skole i juni")
    replies = chat("nej vent, hellere i juli")
    assert chat.fields["when"] == "i juli"
    assert "why" not in chat.fields
    assert replies[0].text == t("edited", "da", field=t("field.when", "da"))


def test_a_place_put_right_with_we_would_rather() -> None:
    chat = Chat("da")
    chat("vi vil lave en loppemarked på Ordrup skole i juni")
    chat("nej vent, vi vil hellere lave det ved Rådhuset")
    assert chat.fields["where"] == "ved Rådhuset"
    assert chat.fields["what"] == "vi vil lave en loppemarked"


def test_a_reason_sent_on_while_asked_when_joins_the_reason() -> None:
    chat = Chat("da")
    chat("vi vil lave en madklub for kvinder i medborgerhuset i Vangede")
    chat("kvinderne føler sig alene")
    chat("de mangler danske venner")
    chat("hver søndag")
    assert chat.fields["why"] == "kvinderne føler sig alene … de mangler danske venner"
    assert chat.fields["when"] == "hver søndag"


def test_their_own_part_told_while_asked_for_help_is_what_they_bring() -> None:
    chat = Chat("da")
    replies = chat.until(chat("vi vil lave en bogbytte-reol ved Vangede station"), "help_wanted")
    replies = chat("vi bygger den selv")
    assert chat.fields["brings"] == "vi bygger den selv"
    assert "help_wanted" not in chat.fields
    # The help question comes back, once, before the read-back.
    chat.until(replies, "help_wanted")
