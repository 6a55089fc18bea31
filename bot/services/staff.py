"""Reading staff import files (YAML or CSV) into validated records."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, EmailStr, field_validator

from bot.services.import_file import ImportFileError, read_entries
from storage.repositories import StaffRecord

ROLES = ("staff", "lead", "admin")


class StaffFileError(ImportFileError):
    """A staff file that cannot be imported, with the place and reason in one line."""


class _StaffEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str
    email: EmailStr
    slack_id: str | None = None
    teams_id: str | None = None
    team: str | None = None
    role: str = "staff"
    areas: list[str] = []
    categories: list[str] = []
    away: bool = False

    @field_validator("name")
    @classmethod
    def _name_not_empty(cls, value: str) -> str:
        if not value:
            raise ValueError("name is empty")
        return value

    @field_validator("role")
    @classmethod
    def _known_role(cls, value: str) -> str:
        if value not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        return value

    @field_validator("areas", "categories", mode="before")
    @classmethod
    def _split_list(cls, value: Any) -> Any:
        if value is None:
            return []
        if isinstance(value, str):
            return [part.strip() for part in value.replace("|", ";").split(";") if part.strip()]
        return value

    @field_validator("slack_id", "teams_id", "team", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return None if value in ("", None) else value


def parse_staff_file(path: Path) -> list[StaffRecord]:
    """Read and validate a staff file; raise StaffFileError naming the first bad entry."""
    entries = read_entries(
        path, _StaffEntry, list_key="staff", required=("name", "email"), error=StaffFileError
    )
    records: list[StaffRecord] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        email = str(entry.email).lower()
        if email in seen:
            raise StaffFileError(f"entry {number}: {email} appears twice")
        seen.add(email)
        records.append(StaffRecord(**{**entry.model_dump(), "email": email}))
    return records
