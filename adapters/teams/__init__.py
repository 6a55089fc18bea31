"""Microsoft Teams on the Microsoft 365 Agents SDK: chat, Adaptive Cards, proactive messages."""

from adapters.teams.channel import TeamsRuntime, build_runtime, teams_channel
from adapters.teams.config import TeamsConfigError, TeamsSettings
from adapters.teams.sender import TeamsSender

__all__ = [
    "TeamsConfigError",
    "TeamsRuntime",
    "TeamsSender",
    "TeamsSettings",
    "build_runtime",
    "teams_channel",
]
