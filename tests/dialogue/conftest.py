"""Fixtures shared by the dialogue tests."""

from __future__ import annotations

import pytest

from bot.dialogue import understanding


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The clause labeller adds nothing: what a test sees comes from the rules alone."""
    for name in ("MODEL_FILL", "MODEL_SHARE", "MODEL_ADD"):
        monkeypatch.setattr(understanding, name, 1.1)
