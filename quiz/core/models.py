"""The content of a pack as the engine sees it: films, their facts, hand-written questions,
and the questions generated from them.

Everything here is a frozen dataclass built by the pack loader (quiz.core.packs) and read by
the generators (quiz.core.generators). Each fact carries its `source` (a seed file such as
`seed:000_84ecb181e80c7749.txt` or a public page address) and, where it came from a file,
its `origin` so that warnings can name file:line:column.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Iterator, Mapping, NamedTuple
from urllib.parse import unquote

LOCALES: tuple[str, ...] = ("en", "ru")
DIFFICULTIES: tuple[str, ...] = ("easy", "medium", "hard")


class Origin(NamedTuple):
    """Where a value was written: file, 1-based line and column, and its place in the
    document (`films[0].cast[2].character`). A named tuple: a large pack has one for every
    question, and the pack cache makes them back at tuple speed (see `__reduce__`)."""

    file: str
    line: int
    column: int
    path: str = ""

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"

    def __reduce__(self) -> tuple:
        # Made again by tuple.__new__ itself, not through the named tuple's __new__, a
        # Python function: one call fewer for each of a large pack's origins.
        return (tuple.__new__, (Origin, tuple(self)))


class Text(tuple):
    """Localised text: one string per locale. A plain string in a pack is the pack's default
    locale's text. Iterating gives (locale, text) pairs, in locale order.

    Held as one flat tuple, `("en", "Spacewalk", "ru", "Время первых")`: a large pack holds
    tens of thousands of texts, and where a dataclass of pairs was five objects and a dict,
    this is one, which the pack cache reads back at the speed of a tuple. Build one with
    `Text.of`; `Text()` is no text at all (and false)."""

    __slots__ = ()

    @classmethod
    def of(cls, mapping: Mapping[str, str] | str, default_locale: str = "en") -> Text:
        if isinstance(mapping, str):
            return cls((default_locale, mapping))
        return cls(item for pair in sorted(mapping.items()) for item in pair)

    @property
    def values(self) -> tuple[tuple[str, str], ...]:
        """The (locale, text) pairs."""
        return tuple(zip(self[::2], self[1::2]))

    def has(self, locale: str) -> bool:
        return locale in self[::2]

    def get(self, locale: str, default_locale: str = "en") -> str:
        """The text in `locale`, else in `default_locale`, else the first one given."""
        flat = self[:]  # a plain tuple, unpacked and indexed at C speed (a generated pack
        # asks for hundreds of thousands of texts)
        if len(flat) == 4:  # two locales, as in every bilingual pack
            a, x, b, y = flat
            if a == locale:
                return x
            if b == locale:
                return y
            return y if b == default_locale and a != default_locale else x
        if len(flat) == 2:
            return flat[1]
        fallback = None
        for i in range(0, len(flat), 2):
            if flat[i] == locale:
                return flat[i + 1]
            if flat[i] == default_locale:
                fallback = flat[i + 1]
        if fallback is not None:
            return fallback
        return flat[1] if flat else ""

    def __iter__(self) -> Iterator[tuple[str, str]]:  # type: ignore[override]
        return zip(self[::2], self[1::2])

    def __repr__(self) -> str:
        return f"Text({dict(self)!r})"


@dataclass(frozen=True)
class Sourced:
    """A plain fact: a number, a date or a short string, with where it was checked."""

    value: int | float | str | _dt.date
    source: str = ""
    origin: Origin | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Rating:
    value: float
    scale: int = 10
    votes: int | None = None
    source: str = ""
    origin: Origin | None = field(default=None, compare=False)


@dataclass(frozen=True)
class BoxOffice:
    """Gross takings in whole units of `currency` (ISO 4217), e.g. worldwide gross."""

    amount: int
    currency: str = "USD"
    region: str = "worldwide"
    source: str = ""
    origin: Origin | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Awards:
    wins: int | None = None
    nominations: int | None = None
    source: str = ""
    origin: Origin | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Person:
    """A director or writer."""

    name: Text
    source: str = ""
    origin: Origin | None = field(default=None, compare=False)


@dataclass(frozen=True)
class CastMember:
    """An actor and the character they play. `order` is the billing order (1 = top billed);
    lead roles make easy questions, minor roles hard ones."""

    actor: Text
    character: Text
    order: int
    credited_as: str | None = None
    source: str = ""
    origin: Origin | None = field(default=None, compare=False)


@dataclass(frozen=True)
class QuoteLine:
    text: Text
    character: Text | None = None
    direction: Text | None = None


@dataclass(frozen=True)
class Quote:
    lines: tuple[QuoteLine, ...]
    source: str = ""
    origin: Origin | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Statement:
    """A trivia item or a goof. Text may mark one or more spans `[[like this]]`: each names
    the answer of a fill-the-blank question. `false` is an authored false variant for a
    true/false question; none is ever made up."""

    text: Text
    false: Text | None = None
    source: str = ""
    origin: Origin | None = field(default=None, compare=False)
    # Authored wrong answers for the first blank, each localised like the text (the lists
    # per locale line up: `English`/`английском`); none are ever made up.
    distractors: tuple[Text, ...] = ()


@dataclass(frozen=True)
class AltTitle:
    title: Text
    note: Text | None = None
    source: str = ""
    origin: Origin | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Film:
    id: str
    title: Text
    source: str = ""
    year: Sourced | None = None
    release_date: Sourced | None = None
    runtime: Sourced | None = None  # minutes
    rating: Rating | None = None
    box_office: tuple[BoxOffice, ...] = ()
    awards: Awards | None = None
    aspect_ratio: Sourced | None = None
    plot: Text | None = None
    directors: tuple[Person, ...] = ()
    cast: tuple[CastMember, ...] = ()
    quotes: tuple[Quote, ...] = ()
    trivia: tuple[Statement, ...] = ()
    goofs: tuple[Statement, ...] = ()
    alt_titles: tuple[AltTitle, ...] = ()
    origin: Origin | None = field(default=None, compare=False)


@dataclass(frozen=True)
class HandQuestion:
    """A question written by hand in a pack: multiple choice (2-6 options, `answer` is the
    index of the right one) or true/false (`options` empty, `answer` 1 for true, 0 for
    false)."""

    id: str
    type: str  # "choice" | "truefalse"
    prompt: Text
    options: tuple[Text, ...]
    answer: int
    explanation: Text | None = None
    difficulty: str = "medium"
    tags: tuple[str, ...] = ()
    film: str | None = None
    source: str = ""
    origin: Origin | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Fallback:
    """A text the pack does not give in `locale`: the player sees the default locale's text
    there instead. Recorded by the loader so that `film-quiz stats` can list them."""

    locale: str
    origin: Origin


@dataclass(frozen=True)
class Pack:
    id: str
    title: Text
    description: Text
    default_locale: str
    locales: tuple[str, ...]
    author: str = ""
    licence: str = ""
    films: tuple[Film, ...] = ()
    questions: tuple[HandQuestion, ...] = ()
    path: str = ""
    fallbacks: tuple[Fallback, ...] = field(default=(), compare=False)
    # Readable names for `source` values, per locale: a player is shown "IMDb title page"
    # rather than `seed:000_84ecb181e80c7749.txt`; the source itself stays as written.
    sources: tuple[tuple[str, Text], ...] = ()

    def source_label(self, source: str, locale: str) -> str:
        for key, label in self.sources:
            if key == source:
                return label.get(locale, self.default_locale)
        return source


class Question(NamedTuple):
    """One playable question in one locale. `id` is stable: derived from the source fact and
    the kind, identical across locales, so history, scores and translations key on it.

    Immutable like the content it is made from, but a named tuple rather than a frozen
    dataclass: a large pack makes half a million, and a frozen dataclass sets each of its
    twelve fields through `object.__setattr__`, a tenth of all the time generating took.
    Change one with `q._replace(...)`."""

    id: str
    kind: str
    locale: str
    prompt: str
    options: tuple[str, ...]
    answer: int
    difficulty: str
    source: str
    explanation: str = ""
    film_id: str | None = None
    tags: tuple[str, ...] = ()
    source_label: str = ""  # what a player is shown for `source` (Pack.sources), or ""

    @property
    def shown_source(self) -> str:
        """What a player reads: the pack's name for the source, or the address made
        readable (`…/Парни_что_надо`, not `…/%D0%9F%D0%B0…`)."""
        if self.source_label:
            return self.source_label
        return unquote(self.source) if self.source.startswith(("http://", "https://")) else self.source

    @property
    def answer_text(self) -> str:
        return self.options[self.answer]
