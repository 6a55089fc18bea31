"""Reading staff import files (YAML or CSV) into validated records."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, EmailStr, ValidationError, field_validator

from storage.repositories import StaffRecord

ROLES = ("staff", "lead", "admin")


class StaffFileError(Exception):
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


def _rows_from_yaml(text: str) -> list[Any]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise StaffFileError(f"not valid YAML{where}") from exc
    if isinstance(data, dict) and "staff" in data:
        data = data["staff"]
    if not isinstance(data, list):
        raise StaffFileError("expected a list of staff members (or a 'staff:' key holding one)")
    return data


def _rows_from_csv(text: str) -> list[Any]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "email" not in reader.fieldnames:
        raise StaffFileError("CSV needs a header row with at least name and email")
    return [{k: v for k, v in row.items() if k is not None} for row in reader]


def parse_staff_file(path: Path) -> list[StaffRecord]:
    """Read and validate a staff file; raise StaffFileError naming the first bad entry."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise StaffFileError(f"cannot read {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise StaffFileError(f"{path} is not UTF-8 text") from exc
    rows = _rows_from_csv(text) if path.suffix.lower() == ".csv" else _rows_from_yaml(text)
    records: list[StaffRecord] = []
    seen: set[str] = set()
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            raise StaffFileError(f"entry {number}: expected fields like name and email")
        try:
            entry = _StaffEntry.model_validate(row)
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"]) or "entry"
            raise StaffFileError(f"entry {number}, {field}: {first['msg']}") from exc
        email = str(entry.email).lower()
        if email in seen:
            raise StaffFileError(f"entry {number}: {email} appears twice")
        seen.add(email)
        records.append(StaffRecord(**{**entry.model_dump(), "email": email}))
    return records
