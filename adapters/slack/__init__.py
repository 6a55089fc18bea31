"""The Slack channel (slack-bolt): DMs, mentions, /idea and /ide, buttons, App Home.

`slack_channel(...)` gives the server a Channel to mount, or None when Slack is not set up.
The names below are imported on first use, so reading `adapters.slack.config` (to see whether
Slack is configured at all) does not load slack-bolt.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "SlackAdapter": "adapters.slack.app",
    "SlackSender": "adapters.slack.sender",
    "SlackSettings": "adapters.slack.config",
    "slack_channel": "adapters.slack.channel",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(name)
    return getattr(importlib.import_module(_WHERE[name]), name)


__all__ = ["SlackAdapter", "SlackSender", "SlackSettings", "slack_channel"]
