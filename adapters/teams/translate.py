"""Teams Activity -> Incoming: who, where, what, and the address to reach them later."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from microsoft_agents.activity import Activity, ConversationReference

from bot.messages import Incoming

PLATFORM = "teams"
PERSONAL = "personal"
CLIENT_INFO = "clientInfo"
CLIENT_INFO_KEYS = ("locale", "timezone")


def user_id(activity: Activity) -> str:
    """The person's stable id: the Entra (AAD) object id when Teams sends it, else from.id.

    Staff members are matched on this value (StaffMember.teams_id is their Entra object id).
    """
    account = activity.from_property
    if account is None:
        raise ValueError("activity has no sender")
    return str(account.aad_object_id or account.id)


def is_personal(activity: Activity) -> bool:
    """A 1:1 chat with the bot (Teams omits conversationType in some emulators: treat as 1:1)."""
    conversation = activity.conversation
    kind = conversation.conversation_type if conversation is not None else None
    return kind in (None, PERSONAL)


def locale(activity: Activity, client_info: dict[str, Any] | None = None) -> str | None:
    """The client's locale, e.g. 'da-DK': the activity's own, else the clientInfo entity's.

    `client_info` is `_client_info(activity)` when the caller has it already.
    """
    if activity.locale:
        return str(activity.locale)
    value = (_client_info(activity) if client_info is None else client_info).get("locale")
    return str(value) if value else None


def timezone(activity: Activity, client_info: dict[str, Any] | None = None) -> str | None:
    """The client's IANA time zone, when Teams tells us."""
    if activity.local_timezone:
        return str(activity.local_timezone)
    value = (_client_info(activity) if client_info is None else client_info).get("timezone")
    return str(value) if value else None


def _client_info(activity: Activity) -> dict[str, Any]:
    """The clientInfo entity's locale and timezone (those set), else {}."""
    for entity in activity.entities or []:
        if getattr(entity, "type", None) == CLIENT_INFO:
            # Read as attributes (the entity keeps unknown keys as extras): serialising the
            # whole entity for two values cost more than the rest of the translation.
            return {
                key: value
                for key in CLIENT_INFO_KEYS
                if (value := getattr(entity, key, None)) is not None
            }
    return {}


def address(activity: Activity) -> dict[str, Any]:
    """The serialized ConversationReference to store in the address book.

    The per-message ids (activity id, request id) are left out: they change every turn and
    are not needed to continue the conversation, so the stored row only changes when the
    route does.
    """
    # Activity.get_conversation_reference() less those two ids, built straight from the
    # activity's parts: the SDK's way copies each part and the ids only to drop them here
    # (test_translate checks both ways give the same address).
    reference = ConversationReference.model_validate(
        {
            "user": activity.from_property,
            "agent": activity.recipient,
            "conversation": activity.conversation,
            "channel_id": activity.channel_id,
            "locale": activity.locale,
            "service_url": activity.service_url,
        }
    )
    return reference.model_dump(mode="json", by_alias=True, exclude_none=True)


def reference_from_address(data: dict[str, Any]) -> ConversationReference:
    """The stored address back as a ConversationReference."""
    return ConversationReference.model_validate(data)


def submitted_choice(activity: Activity) -> tuple[str, str | None] | None:
    """(choice, card id) when the activity is an Adaptive Card Action.Submit of ours."""
    value = activity.value
    if isinstance(value, dict) and isinstance(value.get("choice"), str):
        card = value.get("card")
        return value["choice"], card if isinstance(card, str) and card else None
    return None


def _base(activity: Activity) -> dict[str, Any]:
    assert activity.conversation is not None
    # The clientInfo entity, looked up once for both (and only when one of them needs it).
    client_info = (
        _client_info(activity) if not (activity.locale and activity.local_timezone) else {}
    )
    return {
        "platform": PLATFORM,
        "user_id": user_id(activity),
        "conversation_id": str(activity.conversation.id),
        "locale": locale(activity, client_info),
        "display_name": activity.from_property.name if activity.from_property else None,
        "timezone": timezone(activity, client_info),
        "address": address(activity),
        "raw": activity,
    }


def incoming_message(activity: Activity) -> Incoming:
    """A typed message or a card button press.

    The dedup key of a message is its activity id within the conversation (Teams ids are only
    unique per conversation). A button press is keyed by the card and the choice, so pressing
    the same button of the same card twice is handled once, whatever the activity ids are.
    """
    base = _base(activity)
    submitted = submitted_choice(activity)
    if submitted is not None:
        choice, card_id = submitted
        key = f"submit:{card_id}:{choice}" if card_id else f"{activity.id}"
        return Incoming(**base, choice=choice, event_id=f"{base['conversation_id']}|{key}")
    text = activity.remove_recipient_mention() if activity.text else ""
    event_id = f"{base['conversation_id']}|{activity.id}" if activity.id else None
    return Incoming(**base, text=text.strip(), event_id=event_id)


def incoming_opening(activity: Activity, today: datetime | None = None) -> Incoming:
    """The bot was installed or a member added: the welcome (or 'where we were') turn.

    Teams sends both a conversationUpdate and an installationUpdate for one install; keyed by
    conversation and day, the person gets one welcome, not two.
    """
    base = _base(activity)
    day = (activity.timestamp or today or datetime.now(UTC)).date().isoformat()
    return Incoming(**base, event_id=f"{base['conversation_id']}|welcome:{day}")
