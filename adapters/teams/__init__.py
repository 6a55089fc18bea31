"""Microsoft Teams on the Microsoft 365 Agents SDK: chat, Adaptive Cards, proactive messages.

The names below are imported on first use, so reading `adapters.teams.config` (to see whether
Teams is configured at all) does not load the Agents SDK.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "TeamsConfigError": "adapters.teams.config",
    "TeamsRuntime": "adapters.teams.channel",
    "TeamsSender": "adapters.teams.sender",
    "TeamsSettings": "adapters.teams.config",
    "build_runtime": "adapters.teams.channel",
    "teams_channel": "adapters.teams.channel",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(name)
    return getattr(importlib.import_module(_WHERE[name]), name)


__all__ = [
    "TeamsConfigError",
    "TeamsRuntime",
    "TeamsSender",
    "TeamsSettings",
    "build_runtime",
    "teams_channel",
]
