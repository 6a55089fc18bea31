"""The associations directory: reading import files (YAML or CSV) and storing the entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.domain.routing import CATEGORIES, DISTRICTS
from bot.services.import_file import ImportFileError, read_entries
from storage.models import Association


class AssociationFileError(ImportFileError):
    """An associations file that cannot be imported, with the place and reason in one line."""


@dataclass
class AssociationRecord:
    """One association as read from an import file."""

    name: str
    contact: str | None = None
    description: str = ""
    categories: list[str] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)


_DISTRICTS_BY_FOLD = {district.casefold(): district for district in DISTRICTS}


class _AssociationEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str
    contact: str | None = None
    description: str = ""
    categories: list[str] = []
    areas: list[str] = []

    @field_validator("name")
    @classmethod
    def _name_not_empty(cls, value: str) -> str:
        if not value:
            raise ValueError("name is empty")
        return value

    @field_validator("contact", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return None if value in ("", None) else value

    @field_validator("description", mode="before")
    @classmethod
    def _none_is_blank(cls, value: Any) -> Any:
        return "" if value is None else value

    @field_validator("categories", "areas", mode="before")
    @classmethod
    def _split_list(cls, value: Any) -> Any:
        if value is None:
            return []
        if isinstance(value, str):
            return [part.strip() for part in value.replace("|", ";").split(";") if part.strip()]
        return value

    @field_validator("categories")
    @classmethod
    def _known_categories(cls, value: list[str]) -> list[str]:
        folded = [category.casefold() for category in value]
        unknown = [category for category in folded if category not in CATEGORIES]
        if unknown:
            raise ValueError(f"unknown category {unknown[0]!r} (known: {', '.join(CATEGORIES)})")
        return folded

    @field_validator("areas")
    @classmethod
    def _known_areas(cls, value: list[str]) -> list[str]:
        unknown = [area for area in value if area.casefold() not in _DISTRICTS_BY_FOLD]
        if unknown:
            raise ValueError(f"unknown area {unknown[0]!r} (known: {', '.join(DISTRICTS)})")
        return [_DISTRICTS_BY_FOLD[area.casefold()] for area in value]


def parse_associations_file(path: Path) -> list[AssociationRecord]:
    """Read and validate an associations file; raise AssociationFileError on the first bad entry."""
    entries = read_entries(
        path,
        _AssociationEntry,
        list_key="associations",
        required=("name",),
        error=AssociationFileError,
    )
    records: list[AssociationRecord] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        key = entry.name.casefold()
        if key in seen:
            raise AssociationFileError(f"entry {number}: {entry.name!r} appears twice")
        seen.add(key)
        records.append(AssociationRecord(**entry.model_dump()))
    return records


def upsert_associations(session: Session, records: list[AssociationRecord]) -> tuple[int, int]:
    """Create or update associations by name (case-insensitive); returns (created, updated)."""
    created = updated = 0
    for record in records:
        association = session.scalar(
            select(Association).where(func.lower(Association.name) == record.name.lower())
        )
        if association is None:
            association = Association(name=record.name)
            session.add(association)
            created += 1
        else:
            updated += 1
        association.name = record.name
        association.contact = record.contact
        association.description = record.description
        association.categories = list(record.categories)
        association.areas = list(record.areas)
    session.flush()
    return created, updated


def list_associations(session: Session) -> list[Association]:
    """Every association in the directory, by name."""
    return list(session.scalars(select(Association).order_by(Association.name)))
