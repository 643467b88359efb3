"""Text, the localised string every pack value is made of: what it gives back in each
locale, and that it survives the pack cache (pickling) unchanged."""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

from quiz.core.models import Text

LOCALES = st.sampled_from(["en", "ru", "de", "uk"])
TEXTS = st.dictionaries(LOCALES, st.text(max_size=8), max_size=4)


def reference_get(mapping: dict[str, str], locale: str, default_locale: str) -> str:
    """What `get` promises: the locale's text, else the default locale's, else the first
    in locale order, else nothing."""
    if locale in mapping:
        return mapping[locale]
    if default_locale in mapping:
        return mapping[default_locale]
    return mapping[min(mapping)] if mapping else ""


@given(TEXTS, LOCALES, LOCALES)
def test_get_has_and_the_pairs_agree_with_the_mapping_the_text_was_made_of(mapping, locale, default):
    text = Text.of(mapping)
    assert text.get(locale, default) == reference_get(mapping, locale, default)
    assert text.has(locale) == (locale in mapping)
    assert list(text) == sorted(mapping.items()) == list(text.values)
    assert dict(text) == mapping
    assert bool(text) == bool(mapping)


@given(TEXTS)
def test_a_text_comes_back_from_a_pickle_as_an_equal_text(mapping):
    text = Text.of(mapping)
    back = pickle.loads(pickle.dumps(text, pickle.HIGHEST_PROTOCOL))
    assert type(back) is Text and back == text and dict(back) == mapping


def test_a_plain_string_is_the_default_locales_text():
    text = Text.of("Spacewalk", "ru")
    assert text.get("en", "ru") == "Spacewalk" and text.has("ru") and not text.has("en")
    assert Text.of({"en": "Spacewalk"}) != Text.of({"ru": "Spacewalk"})
    assert not Text() and Text().get("en") == ""


def test_a_text_that_reads_like_a_locale_code_is_still_a_text():
    text = Text.of({"en": "ru", "ru": "en"})
    assert text.get("ru") == "en" and text.get("en") == "ru" and text.get("de") == "ru"
    assert not Text.of({"en": "ru"}).has("ru")
