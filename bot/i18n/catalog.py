"""Danish (default) and English message catalogues, read from gettext .po files with Babel."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel.messages.pofile import read_po

log = logging.getLogger(__name__)

LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"
DOMAIN = "samskab"
LOCALES_DIR = Path(__file__).parent / "locales"


@lru_cache(maxsize=len(LANGUAGES))
def catalogue(language: str) -> dict[str, str]:
    """Every message id and its text in `language`, loaded once."""
    path = LOCALES_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as handle:
        po = read_po(handle, locale=language, domain=DOMAIN)
    return {str(m.id): str(m.string) for m in po if m.id and m.string and not m.fuzzy}


def supported(language: str | None) -> str:
    """The language itself when we have a catalogue for it, else the default."""
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, language: str, **params: Any) -> str:
    """The text for `key` in `language`, with {placeholders} filled in."""
    texts = catalogue(supported(language))
    template = texts.get(key)
    if template is None:
        template = catalogue(DEFAULT_LANGUAGE).get(key)
        if template is None:
            raise KeyError(f"no message {key!r} in any catalogue")
        log.warning("message %s missing in %s", key, language)
    return template.format(**params) if params else template
