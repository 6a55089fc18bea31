"""Teams Activity -> Incoming: identity, dedup keys, locale and the stored address."""

from __future__ import annotations

from typing import Any

import pytest
from microsoft_agents.activity import Activity

from adapters.teams import translate
from tests.adapters.teams.fake_connector import TeamsUser

USER = TeamsUser("https://smba.trafficmanager.net/emea/")


def test_the_person_is_their_entra_object_id_else_the_teams_id() -> None:
    activity = Activity.model_validate(USER.says("hej"))
    assert translate.user_id(activity) == "aad-anna"
    raw = USER.says("hej")
    del raw["from"]["aadObjectId"]
    assert translate.user_id(Activity.model_validate(raw)) == "29:aad-anna"


def test_a_message_carries_text_locale_time_zone_and_address() -> None:
    incoming = translate.incoming_message(Activity.model_validate(USER.says("  Hej med dig ")))
    assert incoming.platform == "teams" and incoming.text == "Hej med dig"
    assert incoming.locale == "da-DK" and incoming.timezone == "Europe/Copenhagen"
    assert incoming.display_name == "Anna Hansen"
    assert incoming.address is not None
    assert incoming.address["serviceUrl"] == USER.service_url
    assert incoming.address["channelId"] == "msteams"


def test_locale_and_time_zone_come_from_client_info_behind_other_entities() -> None:
    raw = USER.says("<at>Samskab</at> hej")
    del raw["locale"]
    mention = {"type": "mention", "text": "<at>Samskab</at>", "mentioned": raw["recipient"]}
    raw["entities"] = [mention, *raw["entities"]]
    activity = Activity.model_validate(raw)
    incoming = translate.incoming_message(activity)
    assert incoming.locale == "da-DK" and incoming.timezone == "Europe/Copenhagen"
    assert translate.locale(activity) == "da-DK"
    assert translate.timezone(activity) == "Europe/Copenhagen"
    assert incoming.text == "hej"
    raw["entities"] = [mention]
    bare = translate.incoming_message(Activity.model_validate(raw))
    assert bare.locale is None and bare.timezone is None


@pytest.mark.parametrize(
    "raw",
    [
        USER.says("hej"),
        USER.installs(),
        USER.bot_added(),
        {**USER.says("hej"), "channelId": "msteams:copilot", "entities": []},
        {**USER.says("hej"), "requestId": "r-1", "replyToId": "x", "deliveryMode": "normal"},
        {**USER.says("hej"), "from": {"id": "29:x", "role": "user", "properties": {"a": 1}}},
        {**USER.says("hej"), "conversation": {"id": "19:c", "isGroup": True, "name": "Team"}},
    ],
)
def test_the_address_is_the_sdks_conversation_reference_without_the_per_message_ids(
    raw: dict[str, Any],
) -> None:
    activity = Activity.model_validate(raw)
    reference = activity.get_conversation_reference()
    reference.activity_id = None
    reference.request_id = None
    expected = reference.model_dump(mode="json", by_alias=True, exclude_none=True)
    assert translate.address(activity) == expected
    assert list(translate.address(activity)) == list(expected)


def test_button_press_is_keyed_by_card_and_choice_not_activity_id() -> None:
    card = {"actions": [{"type": "Action.Submit", "data": {"choice": "confirm", "card": "k1"}}]}
    first = translate.incoming_message(Activity.model_validate(USER.presses(card, "confirm")))
    second = translate.incoming_message(Activity.model_validate(USER.presses(card, "confirm")))
    assert first.choice == "confirm" and first.text is None
    assert first.event_id == second.event_id
    assert first.event_id is not None and USER.conversation_id in first.event_id


def test_message_ids_are_scoped_to_their_conversation() -> None:
    raw = USER.says("hej")
    other = TeamsUser(USER.service_url, conversation_id="a:other").says("hej")
    other["id"] = raw["id"]
    assert (
        translate.incoming_message(Activity.model_validate(raw)).event_id
        != translate.incoming_message(Activity.model_validate(other)).event_id
    )
