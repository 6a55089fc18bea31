"""Reading operator import files (YAML or CSV), one validated entry per row."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

Entry = TypeVar("Entry", bound=BaseModel)


class ImportFileError(Exception):
    """An import file that cannot be used, with the place and reason in one line."""


def _rows_from_yaml(text: str, list_key: str, error: type[ImportFileError]) -> list[Any]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise error(f"not valid YAML{where}") from exc
    if isinstance(data, dict) and list_key in data:
        data = data[list_key]
    if not isinstance(data, list):
        raise error(f"expected a list of entries (or a '{list_key}:' key holding one)")
    return data


def _rows_from_csv(text: str, columns: tuple[str, ...], error: type[ImportFileError]) -> list[Any]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or not set(columns) <= set(reader.fieldnames):
        raise error(f"CSV needs a header row with at least {' and '.join(columns)}")
    return [{k: v for k, v in row.items() if k is not None} for row in reader]


def read_entries(
    path: Path,
    model: type[Entry],
    *,
    list_key: str,
    required: tuple[str, ...],
    error: type[ImportFileError],
) -> list[Entry]:
    """Every row of a YAML or CSV file validated as `model`; `error` names the first bad one."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise error(f"cannot read {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise error(f"{path} is not UTF-8 text") from exc
    if path.suffix.lower() == ".csv":
        rows = _rows_from_csv(text, required, error)
    else:
        rows = _rows_from_yaml(text, list_key, error)
    entries: list[Entry] = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            raise error(f"entry {number}: expected fields like {', '.join(required)}")
        try:
            entries.append(model.model_validate(row))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "entry"
            raise error(f"entry {number}, {where}: {first['msg']}") from exc
    return entries
