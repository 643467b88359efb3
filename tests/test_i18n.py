"""The Translator formats numbers, money and durations exactly as Babel does for each
locale, and falls back to English when a locale or catalog is missing."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from babel.units import format_unit
from hypothesis import given, settings, strategies as st

from quiz.i18n import Translator

LOCALES = ("en", "ru")
TRANSLATORS = {loc: Translator(loc) for loc in LOCALES}


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LOCALES), st.integers(min_value=0, max_value=10**12))
def test_whole_numbers_and_money_read_as_babel_writes_them(locale, n):
    t = TRANSLATORS[locale]
    assert t.number(n) == format_decimal(n, locale=locale)
    pattern = t._money_text
    for currency in ("USD", "RUB", "EUR"):
        assert t.money(n, currency) == format_currency(n, currency, format=pattern, locale=locale,
                                                       currency_digits=False)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LOCALES), st.integers(min_value=0, max_value=100_000))
def test_durations_use_the_locales_plural_forms(locale, minutes):
    t = TRANSLATORS[locale]
    hours, mins = divmod(minutes, 60)
    expected = [format_unit(hours, "duration-hour", length="short", locale=locale)] if hours else []
    if mins or not hours:
        expected.append(format_unit(mins, "duration-minute", length="short", locale=locale))
    assert t.duration(minutes) == " ".join(expected)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LOCALES), st.dates(min_value=dt.date(1, 1, 1)),
       st.sampled_from(("short", "medium", "long", "full")))
def test_dates_read_as_babel_writes_them(locale, day, length):
    assert TRANSLATORS[locale].date(day, length) == format_date(day, format=length, locale=locale)


def test_the_figures_players_see():
    en, ru = TRANSLATORS["en"], TRANSLATORS["ru"]
    assert en.money(9677311) == "$9,677,311"
    assert ru.money(9677311) == "9\u00a0677\u00a0311\u00a0$"
    assert (en.decimal(7.2), ru.decimal(7.2)) == ("7.2", "7,2")
    assert ru.duration(137) == "2 ч 17 мин"
    assert (en.date(dt.date(2017, 4, 6)), ru.date(dt.date(2017, 4, 6))) == ("April 6, 2017", "6 апреля 2017\u202fг.")
    assert ru.ngettext("{n} point", "{n} points", 5) == "{n} очков"
    assert [ru.counted("{n} award", "{n} awards", n) for n in (1, 3, 5, 21, 1000)] == [
        "1 награда", "3 награды", "5 наград", "21 награда", "1\u00a0000 наград"]


def test_an_unknown_locale_or_missing_catalog_gives_english(tmp_path):
    assert Translator("xx").gettext("Play") == "Play"
    assert Translator("ru", localedir=tmp_path).gettext("Play") == "Play"


def test_the_russian_verdict_is_not_the_name_of_a_true_false_option():
    # After a true/false question the heading must not read like the option «Верно».
    ru = TRANSLATORS["ru"]
    options = {ru.gettext("True"), ru.gettext("False")}
    verdicts = {ru.gettext("Correct!").rstrip("!"), ru.gettext("Not quite")}
    assert not options & verdicts


def test_the_results_line_is_grammatical_for_one_right_answer():
    # The form is chosen by the number of questions, so the Russian must not agree with it.
    ru = TRANSLATORS["ru"]
    line = ru.ngettext("{n} of {total} answer right", "{n} of {total} answers right", 5)
    assert line.format(n=1, total=5) == "Верных ответов: 1 из 5"
