"""One Translator per locale: gettext catalogs through Babel, and Babel's number, money,
duration and date formatting.

Catalogs live in locales/<lang>/LC_MESSAGES/quiz.po. A compiled quiz.mo is used when it is
newer than the .po (`pybabel compile`); otherwise the .po is compiled in memory, so a fresh
checkout or install works without running pybabel by hand. A missing or broken catalog
logs one warning and the game goes on in English.

No global `_`: code that shows text is handed a Translator.
"""

from __future__ import annotations

import datetime as _dt
import gettext
import io
import logging
import re
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import (format_currency, format_decimal, format_percent, get_group_symbol,
                           get_currency_symbol, parse_pattern)
from babel.units import format_unit

from quiz import paths
from quiz.core.models import LOCALES

log = logging.getLogger(__name__)
_FIELD = re.compile(r"%\((\w+)\)s")

DOMAIN = "quiz"
SUPPORTED = LOCALES  # the languages the game speaks: one list, in quiz.core.models
LANGUAGE_NAMES = {"en": "English", "ru": "Русский"}


def N_(message: str) -> str:
    """Marks a string for the catalog where it is defined (a table of labels, say) and
    translated later, where it is shown, with Translator.gettext."""
    return message


def _load_catalog(locale: str, localedir: Path) -> gettext.NullTranslations:
    if locale == "en":
        return gettext.NullTranslations()
    folder = localedir / locale / "LC_MESSAGES"
    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    try:
        if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
            with mo.open("rb") as f:
                return gettext.GNUTranslations(f)
        with po.open("rb") as f:
            catalog = read_po(f, locale=locale, domain=DOMAIN)
        buf = io.BytesIO()
        write_mo(buf, catalog)
        buf.seek(0)
        return gettext.GNUTranslations(buf)
    except Exception as e:  # any broken catalog: English rather than no game
        log.warning("translation catalog for %r could not be loaded (%s); showing English", locale, e)
        return gettext.NullTranslations()


class Translator:
    """Text and formatting for one locale."""

    def __init__(self, locale: str = "en", localedir: Path | None = None) -> None:
        if locale not in SUPPORTED:
            log.warning("unknown locale %r; using English", locale)
            locale = "en"
        self.locale = locale
        try:
            self._babel = Locale.parse(locale)
        except (UnknownLocaleError, ValueError):
            self._babel = Locale.parse("en")
        self._catalog = _load_catalog(locale, localedir or paths.locales_dir())
        self._group = get_group_symbol(locale=self._babel)
        self._grouping = parse_pattern(self._babel.decimal_formats[None].pattern).grouping
        money = self._babel.currency_formats["standard"].pattern
        self._money_text = money.split(";")[0].replace(".00", "")
        self._money_pattern = parse_pattern(self._money_text)
        self._currency_symbols: dict[str, str] = {}
        self._date_plans: dict[str, tuple[str, tuple | None]] = {}

    def gettext(self, message: str) -> str:
        return self._catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """The form for count `n` (Russian has three: 1 очко, 2 очка, 5 очков). The result
        usually holds `{n}`, formatted by the caller with `self.number(n)`."""
        return self._catalog.ngettext(singular, plural, n)

    def counted(self, singular: str, plural: str, n: int) -> str:
        """`n` in words of the right plural form: `5 awards` / `5 наград`. The msgids hold
        `{n}`, which is filled with the locale's number."""
        return self._catalog.ngettext(singular, plural, n).format(n=self.number(n))

    def pgettext(self, context: str, message: str) -> str:
        return self._catalog.pgettext(context, message)

    # Formatting -------------------------------------------------------------------------

    def number(self, value: int | float) -> str:
        if type(value) is int and value >= 0 and self._grouping == (3, 3):
            return self._whole(value)
        return format_decimal(value, locale=self._babel)

    def _whole(self, n: int) -> str:
        """A non-negative whole number grouped as the locale does, without Babel's general
        pattern machinery (tens of microseconds a call, and a large pack formats hundreds
        of thousands of numbers). tests/test_i18n.py checks it against Babel."""
        return f"{n:,}".replace(",", self._group) if n >= 1000 else str(n)

    def decimal(self, value: float, digits: int = 1) -> str:
        pattern = "#,##0." + "0" * digits if digits else "#,##0"
        return format_decimal(value, format=pattern, locale=self._babel)

    def percent(self, fraction: float) -> str:
        return format_percent(fraction, locale=self._babel)

    def money(self, amount: int | float, currency: str = "USD") -> str:
        """Whole amounts without cents: `$9,677,311` / `9 677 311 $`."""
        pattern = self._money_pattern
        if type(amount) is int and amount >= 0 and pattern.grouping == (3, 3) and pattern.frac_prec == (0, 0):
            symbol = self._currency_symbols.get(currency)
            if symbol is None:
                symbol = self._currency_symbols[currency] = get_currency_symbol(currency, locale=self._babel)
            return (pattern.prefix[0].replace("¤", symbol) + self._whole(amount)
                    + pattern.suffix[0].replace("¤", symbol))
        return format_currency(amount, currency, format=self._money_text, locale=self._babel,
                               currency_digits=False)

    def duration(self, minutes: int) -> str:
        """`2 hr 17 min` / `2 ч 17 мин`."""
        hours, mins = divmod(int(minutes), 60)
        parts = []
        if hours:
            parts.append(self._unit(hours, "duration-hour"))
        if mins or not hours:
            parts.append(self._unit(mins, "duration-minute"))
        return " ".join(parts)

    def _unit(self, n: int, unit: str) -> str:
        """`n` with its short unit name in the right plural form, from Babel's data."""
        try:
            pattern = self._babel._data["unit_patterns"][unit]["short"][self._babel.plural_form(n)]
        except KeyError:
            return format_unit(n, unit, length="short", locale=self._babel)
        return pattern.replace("{0}", self.number(n))

    def date(self, value: _dt.date, length: str = "long") -> str:
        """`April 12, 2017` / `12 апреля 2017 г.`: Babel's pattern for `length`, filled in
        here when it holds only days, months and years (Babel's general machinery costs tens
        of microseconds a date; tests/test_i18n.py holds the two equal)."""
        plan = self._date_plans.get(length)
        if plan is None:
            plan = self._date_plans[length] = self._date_plan(length)
        pattern, fields = plan
        if fields is None:
            return format_date(value, format=length, locale=self._babel)
        return pattern % {name: make(value) for name, make in fields}

    def _date_plan(self, length: str) -> tuple[str, tuple | None]:
        months = self._babel.months["format"]
        makers = {
            "d": lambda v: str(v.day), "dd": lambda v: f"{v.day:02d}",
            "M": lambda v: str(v.month), "MM": lambda v: f"{v.month:02d}",
            "MMM": lambda v: months["abbreviated"][v.month], "MMMM": lambda v: months["wide"][v.month],
            "y": lambda v: str(v.year), "yy": lambda v: f"{v.year % 100:02d}",
            "yyyy": lambda v: f"{v.year:04d}",
        }
        try:
            pattern = self._babel.date_formats[length].format
        except (KeyError, AttributeError):
            return "", None
        names = _FIELD.findall(pattern)
        if not all(name in makers for name in names):
            return pattern, None
        return pattern, tuple((name, makers[name]) for name in dict.fromkeys(names))


@lru_cache(maxsize=None)
def translator(locale: str) -> Translator:
    """The shared Translator for `locale` (catalogs are read once)."""
    return Translator(locale)
