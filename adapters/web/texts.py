"""The web page's own words (labels, buttons, errors, e-mail), from the message catalogue.

Every key starts with `web.`.
"""

from __future__ import annotations

import logging
from typing import Any

from bot.i18n.catalog import LANGUAGES, catalogue, supported, t

log = logging.getLogger(__name__)

# Every page text, in the order the catalogue has them: both catalogues carry the same keys
# (tests/test_i18n.py checks that).
KEYS = tuple(key for key in catalogue("da") if key.startswith("web."))


def text(key: str, language: str, **params: Any) -> str:
    """One web text in `language`, with {placeholders} filled."""
    return t(key, supported(language), **params)


def page_texts() -> dict[str, dict[str, str]]:
    """Every page text in every language, for the page to switch language without a request."""
    return {language: {key: text(key, language) for key in KEYS} for language in LANGUAGES}
