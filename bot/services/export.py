"""Initiatives as plain data, for export (JSON/CSV) and the CLI."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from bot.domain.fields import INITIATIVE_FIELDS
from storage.models import Initiative

CSV_COLUMNS = (
    "reference",
    "title",
    *INITIATIVE_FIELDS,
    "category",
    "area",
    "language",
    "status",
    "staff",
    "next_step",
    "next_step_due",
    "next_step_owner",
    "response_due",
    "decline_reason",
    "decline_pointer",
    "created_at",
    "submitted_at",
    "updated_at",
)


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def initiative_to_dict(initiative: Initiative) -> dict[str, Any]:
    """Every structured field, the status and the timeline of one initiative."""
    data: dict[str, Any] = {
        "reference": initiative.reference,
        "title": initiative.title,
    }
    for name in INITIATIVE_FIELDS:
        data[name] = getattr(initiative, name)
    data.update(
        {
            "original_text": initiative.original_text,
            "category": initiative.category,
            "area": initiative.area,
            "language": initiative.language,
            "status": initiative.status,
            "staff": initiative.staff.email if initiative.staff else None,
            "next_step": initiative.next_step,
            "next_step_due": _iso(initiative.next_step_due),
            "next_step_owner": initiative.next_step_owner,
            "response_due": _iso(initiative.response_due),
            "decline_reason": initiative.decline_reason,
            "decline_pointer": initiative.decline_pointer,
            "created_at": _iso(initiative.created_at),
            "submitted_at": _iso(initiative.submitted_at),
            "updated_at": _iso(initiative.updated_at),
            "timeline": [
                {
                    "at": _iso(event.at),
                    "kind": event.kind,
                    "actor": event.actor_kind,
                    "from_status": event.from_status,
                    "to_status": event.to_status,
                    "text": event.text,
                    "data": event.data,
                }
                for event in initiative.timeline
            ],
        }
    )
    return data


def to_json(initiatives: Iterable[Initiative]) -> str:
    """A JSON list of initiative objects, readable and with Danish letters kept."""
    return json.dumps([initiative_to_dict(i) for i in initiatives], ensure_ascii=False, indent=2)


def _spreadsheet_safe(value: Any) -> Any:
    # A citizen's text starting with = + - @ would run as a formula when staff open the
    # file in a spreadsheet; a leading apostrophe keeps it plain text.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def to_csv(initiatives: Iterable[Initiative]) -> str:
    """One CSV row per initiative (the timeline is left to JSON export)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for initiative in initiatives:
        row = initiative_to_dict(initiative)
        writer.writerow({key: _spreadsheet_safe(row.get(key)) for key in CSV_COLUMNS})
    return out.getvalue()
