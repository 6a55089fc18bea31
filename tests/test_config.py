"""Configuration: runs with nothing set, reads the environment, and .env.example stays true."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.config import Settings

ROOT = Path(__file__).resolve().parents[1]


def test_runs_with_nothing_set(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    for name in list(Settings.model_fields):
        monkeypatch.delenv(f"SAMSKAB_{name.upper()}", raising=False)
    settings = Settings()
    assert settings.database_url == "sqlite:///samskab.db"
    assert settings.default_language == "da"


def test_environment_and_dotenv_are_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("SAMSKAB_RESPONSE_WORKING_DAYS=3\n", encoding="utf-8")
    monkeypatch.setenv("SAMSKAB_DEFAULT_LANGUAGE", "en")
    settings = Settings()
    assert settings.response_working_days == 3
    assert settings.default_language == "en"


def test_env_example_lists_every_variable_with_a_comment() -> None:
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    listed = re.findall(r"^(SAMSKAB_[A-Z_]+)=", text, flags=re.MULTILINE)
    expected = {f"SAMSKAB_{name.upper()}" for name in Settings.model_fields}
    assert set(listed) >= expected
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if line.startswith("SAMSKAB_"):
            assert lines[index - 1].startswith("#"), f"{line} has no comment above it"
