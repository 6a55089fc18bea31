"""The message catalogues: every text in Danish and English, with the same placeholders."""

from __future__ import annotations

import re

from bot.i18n.catalog import catalogue

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def test_danish_and_english_have_the_same_keys() -> None:
    assert set(catalogue("da")) == set(catalogue("en"))
    assert len(catalogue("da")) > 200


def test_placeholders_match_in_both_languages() -> None:
    english = catalogue("en")
    for key, danish in catalogue("da").items():
        assert set(PLACEHOLDER.findall(danish)) == set(PLACEHOLDER.findall(english[key])), key


def test_no_text_is_empty_or_left_untranslated() -> None:
    english = catalogue("en")
    same = [k for k, v in catalogue("da").items() if v == english[k] and len(v) > 12]
    assert same == []
    assert all(value.strip() for value in english.values())
