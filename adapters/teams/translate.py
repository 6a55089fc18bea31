"""Teams Activity -> Incoming: who, where, what, and the address to reach them later."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from microsoft_agents.activity import Activity, ConversationReference

from bot.messages import Incoming

PLATFORM = "teams"
PERSONAL = "personal"


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


def locale(activity: Activity) -> str | None:
    """The client's locale, e.g. 'da-DK': the activity's own, else the clientInfo entity's."""
    if activity.locale:
        return str(activity.locale)
    value = _client_info(activity).get("locale")
    return str(value) if value else None


def timezone(activity: Activity) -> str | None:
    """The client's IANA time zone, when Teams tells us."""
    if activity.local_timezone:
        return str(activity.local_timezone)
    value = _client_info(activity).get("timezone")
    return str(value) if value else None


def _client_info(activity: Activity) -> dict[str, Any]:
    for entity in activity.entities or []:
        data = entity.model_dump(by_alias=True, exclude_none=True)
        if data.get("type") == "clientInfo":
            return data
    return {}


def address(activity: Activity) -> dict[str, Any]:
    """The serialized ConversationReference to store in the address book.

    The per-message ids (activity id, request id) are left out: they change every turn and
    are not needed to continue the conversation, so the stored row only changes when the
    route does.
    """
    reference = activity.get_conversation_reference()
    reference.activity_id = None
    reference.request_id = None
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
    return {
        "platform": PLATFORM,
        "user_id": user_id(activity),
        "conversation_id": str(activity.conversation.id),
        "locale": locale(activity),
        "display_name": activity.from_property.name if activity.from_property else None,
        "timezone": timezone(activity),
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
