"""The structured parts of an initiative, each held in the initiator's own words."""

from __future__ import annotations

# What, why, who benefits, where, when, what the initiator brings, what help is wanted,
# partners, and how to reach them (principle 4, "clear framework").
INITIATIVE_FIELDS: tuple[str, ...] = (
    "what",
    "why",
    "who_benefits",
    "where",
    "when",
    "brings",
    "help_wanted",
    "partners",
    "contact",
)

# How the parts of one field told in different places are joined.
PART_JOIN = " … "
