"""The Teams app package template: manifest.json and the two icons Teams requires."""

from __future__ import annotations

import json
import struct
from pathlib import Path

TEAMS = Path(__file__).resolve().parents[3] / "teams"


def png_size(path: Path) -> tuple[int, int, int]:
    """(width, height, colour type) from a PNG's IHDR chunk."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height, _depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, colour


def test_manifest_names_the_bot_and_its_icons() -> None:
    manifest = json.loads((TEAMS / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["manifestVersion"] == "1.19"
    assert manifest["id"] == manifest["bots"][0]["botId"] == "{{MICROSOFT_APP_ID}}"
    assert manifest["bots"][0]["scopes"] == ["personal"]
    assert len(manifest["name"]["short"]) <= 30
    assert len(manifest["description"]["short"]) <= 80
    assert len(manifest["description"]["full"]) <= 4000
    for icon in manifest["icons"].values():
        assert (TEAMS / icon).is_file()


def test_icons_have_the_sizes_teams_requires() -> None:
    assert png_size(TEAMS / "color.png") == (192, 192, 6)
    assert png_size(TEAMS / "outline.png") == (32, 32, 6)  # RGBA: white on transparent
