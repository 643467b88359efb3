"""Question packs: YAML files written by teachers, read into the frozen models of
quiz.core.models.

`load_pack(path)` gives a `Pack` or raises `PackError` listing every problem found (not only
the first), each with file:line:column, its place in the document and a hint.
`load_packs(paths)` reads many, and one bad pack never stops the others. `validate_pack`
gives the errors and warnings for `film-quiz validate`. Nothing but `PackError` ever leaves
this module: a typing mistake in a pack must never crash the game.

The format is documented by example in questions/spacewalk.yaml and formally in
pack.schema.json beside this module; `FIELDS` below is the list of keys the two share
(tests/core/test_schema.py keeps them the same).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import difflib
import itertools
import re
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, TypeVar

from quiz import paths
from quiz.core.errors import Either, Message, PackError, PackProblem, msg, nmsg
from quiz.core.models import (
    DIFFICULTIES,
    LOCALES,
    AltTitle,
    Awards,
    BoxOffice,
    CastMember,
    Fallback,
    Film,
    HandQuestion,
    Origin,
    Pack,
    Person,
    Quote,
    QuoteLine,
    Rating,
    Sourced,
    Statement,
    Text,
)
from quiz.core import cache
from quiz.core.bulk import no_collection
from quiz.core.yamlsafe import (CHECK_THE_NAME, START_FROM_EXAMPLE, Node, PathLike, not_a_pack_start, parse_bytes,
                                parser_name, read_bytes)
from quiz.i18n import N_

FORMAT = 1
PACK_SUFFIXES = (".yaml", ".yml")

# Each kind of `key: value` block: (required keys, optional keys). The JSON Schema's $defs
# use the same names.
FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "pack": (("format", "id", "title"),
             ("description", "default_locale", "locales", "author", "licence", "sources", "films",
              "questions")),
    "film": (("id", "title"),
             ("source", "year", "release_date", "runtime", "rating", "box_office", "awards",
              "aspect_ratio", "plot", "directors", "cast", "quotes", "trivia", "goofs", "alt_titles")),
    "sourced": (("value",), ("source",)),
    "rating": (("value",), ("scale", "votes", "source")),
    "box_office": (("amount",), ("currency", "region", "source")),
    "awards": ((), ("wins", "nominations", "source")),
    "person": (("name",), ("source",)),
    "cast_member": (("actor", "character"), ("order", "credited_as", "source")),
    "quote": (("lines",), ("source",)),
    "quote_line": (("text",), ("character", "direction")),
    "statement": (("text",), ("false", "distractors", "source")),
    "alt_title": (("title",), ("note", "source")),
    "question": (("id", "type", "prompt", "answer"),
                 ("options", "explanation", "difficulty", "tags", "film", "source")),
}

# Each block's messages, whole sentences so that a language can word each its own way:
# "each film needs an `id`" and "Write each film as `key: value` lines".
_NEEDS = {
    "pack": N_("the pack needs {key}"), "film": N_("each film needs {key}"),
    "sourced": N_("a fact written with `value:` needs {key}"), "rating": N_("a rating needs {key}"),
    "box_office": N_("each box office entry needs {key}"), "awards": N_("awards needs {key}"),
    "person": N_("each director needs {key}"), "cast_member": N_("each cast member needs {key}"),
    "quote": N_("each quote needs {key}"), "quote_line": N_("each line of a quote needs {key}"),
    "statement": N_("each trivia item or goof needs {key}"), "alt_title": N_("each other title needs {key}"),
    "question": N_("each question needs {key}"),
}
_WRITE_AS = {
    "pack": N_("Write the pack as `key: value` lines"), "film": N_("Write each film as `key: value` lines"),
    "sourced": N_("Write a fact written with `value:` as `key: value` lines"),
    "rating": N_("Write a rating as `key: value` lines"),
    "box_office": N_("Write each box office entry as `key: value` lines"),
    "awards": N_("Write awards as `key: value` lines"), "person": N_("Write each director as `key: value` lines"),
    "cast_member": N_("Write each cast member as `key: value` lines"),
    "quote": N_("Write each quote as `key: value` lines"),
    "quote_line": N_("Write each line of a quote as `key: value` lines"),
    "statement": N_("Write each trivia item or goof as `key: value` lines"),
    "alt_title": N_("Write each other title as `key: value` lines"),
    "question": N_("Write each question as `key: value` lines"),
}

_EXAMPLES = {"format": "1", "id": "first-flight", "type": "choice", "answer": "1"}

_EXPECTED_TEXT = N_("expected text here, found {what}")
_EXPECTED_LINES = N_("expected `key: value` lines here, found {what}")

QUESTION_TYPES = ("choice", "truefalse")
MIN_OPTIONS, MAX_OPTIONS = 2, 6
YEARS = (1880, 2100)
RUNTIMES = (1, 1000)
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_BLANK_MARK = re.compile(r"\[\[|\]\]")

T = TypeVar("T")


def did_you_mean(word: str, choices: Iterable[str]) -> Message | str:
    """ "Did you mean `title`?" when `word` is a near miss of one of `choices`, else ""."""
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return msg("Did you mean `{word}`?", word=close[0]) if close else ""


def _a(word: str) -> Message:
    return msg("an `{key}`", key=word) if word[0] in "aeiou" else msg("a `{key}`", key=word)


REPORT_IT = msg("Please report this, with the pack file, to the Film Quiz developers")


class _Reader:
    """Reads one pack's node tree into models, collecting problems as it goes rather than
    stopping at the first, so an author fixes them all in one round."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[PackProblem] = []
        self.fallbacks: list[Fallback] = []
        self.default_locale = "en"
        self.locales: tuple[str, ...] = ("en",)

    # Reporting ----------------------------------------------------------------------------

    def error(self, at: Node | Origin, where: str, message: Message, hint: Message | str = "",
              severity: str = "error") -> None:
        self.problems.append(PackProblem(self.file, at.line, at.column, message, hint, where, severity))

    def warn(self, at: Node | Origin, where: str, message: Message, hint: Message | str = "") -> None:
        self.error(at, where, message, hint, severity="warning")

    def known_locale(self, code: str, node: Node, where: str) -> bool:
        if code in LOCALES:
            return True
        self.error(node, where, msg("`{code}` is not a language Film Quiz knows", code=code),
                   did_you_mean(code, LOCALES) or msg("Use {choices}", choices=Either(LOCALES)))
        return False

    def origin(self, node: Node, where: str) -> Origin:
        return Origin(self.file, node.line, node.column, where)

    # Shapes -------------------------------------------------------------------------------

    def block(self, node: Node, where: str, kind: str) -> Node | None:
        """`node` if it is a `key: value` block with every required key and no unknown
        one; unknown keys and missing ones are reported, and the block is still read."""
        required, optional = FIELDS[kind]
        if node.kind != "mapping":
            hint = (msg("Put a space after the colon") if node.kind == "scalar" and re.search(r"\w:\S", node.text)
                    else msg(_WRITE_AS[kind]))
            self.error(node, where, msg(_EXPECTED_LINES, what=node.describe()), hint)
            return None
        known = required + optional
        for key, _ in node.items:
            if key.value not in known:
                self.error(key, _join(where, key.value), msg("unknown key `{key}`", key=key.value),
                           did_you_mean(key.value, known) or msg("Allowed here: {keys}", keys=", ".join(known)))
        for key in required:
            if node.get(key) is None:
                self.error(node, where, msg(_NEEDS[kind], key=_a(key)),
                           msg("Add a line `{key}: {example}`", key=key, example=_EXAMPLES.get(key, "...")))
        return node

    def items(self, node: Node | None, where: str) -> list[tuple[str, Node]]:
        """The entries of a list as (place, node); nothing (or an empty value) is an empty
        list."""
        if node is None or node.kind == "scalar" and node.value is None:
            return []
        if node.kind != "sequence":
            self.error(node, where, msg("expected a list here, found {what}", what=node.describe()),
                       msg("Start each item on its own line with `- `"))
            return []
        return [(f"{where}[{i}]", item) for i, item in enumerate(node.items)]

    def string(self, node: Node | None, where: str) -> str | None:
        """A scalar as text, as written: `id: 2017` is the text "2017"."""
        if node is None:
            return None
        if node.kind != "scalar" or node.value is None:
            self.error(node, where, msg(_EXPECTED_TEXT, what=node.describe()))
            return None
        text = node.text.strip() if not node.quoted else node.text.rstrip("\n")
        if not text.strip():
            self.error(node, where, msg("this text is empty"), msg("Write something, or remove the line"))
            return None
        return text

    def identifier(self, node: Node | None, where: str) -> str | None:
        value = self.string(node, where)
        if value is not None and not ID_PATTERN.match(value):
            self.error(node, where, msg("`{value}` cannot be used as an id", value=value),
                       msg("Use letters, digits and dashes only, without spaces, e.g. `first-flight`"))
            return None
        return value

    def number(self, node: Node | None, where: str, low: float, high: float | None,
               whole: bool = True) -> int | float | None:
        if node is None:
            return None
        value = node.value
        if node.kind != "scalar" or isinstance(value, bool) or not isinstance(value, int if whole else (int, float)):
            wanted = (N_("expected a whole number here, found {what}") if whole
                      else N_("expected a number here, found {what}"))
            self.error(node, where, msg(wanted, what=node.describe()),
                       msg("Write digits only, without quotes or spaces, e.g. `137`"))
            return None
        if value < low or high is not None and value > high:
            # As written in the file, like the bounds (years are not grouped: 2017, not 2,017).
            self.error(node, where, _out_of_range(str(value), low, high))
            return None
        return value

    def text(self, node: Node | None, where: str) -> Text | None:
        """Localised text: plain text (the default locale's) or `{en: ..., ru: ...}`."""
        if node is None:
            return None
        if node.kind == "scalar":
            value = self.string(node, where)
            return None if value is None else self.record(Text.of(value, self.default_locale), node, where)
        if node.kind != "mapping":
            self.error(node, where, msg(_EXPECTED_TEXT, what=node.describe()),
                       msg("Write the text, or one line per language: `en: ...` and `ru: ...`"))
            return None
        values = {}
        for key, value in node.items:
            locale = self.locale(key, _join(where, key.value))
            text = self.string(value, _join(where, key.value))
            if locale and text is not None:
                values[locale] = text
        if not node.items:
            self.error(node, where, msg("this text is empty"), msg("Write the text in at least one language"))
        return self.record(Text.of(values), node, where) if values else None

    def locale(self, node: Node, where: str) -> str | None:
        code = node.value if isinstance(node.value, str) else node.text
        if not self.known_locale(code, node, where):
            return None
        if code not in self.locales:
            self.warn(node, where, msg("`{code}` is not one of this pack's `locales`, so this text is never shown",
                                       code=code),
                      msg("Add it, as in `locales: [{codes}]`, or remove it", codes=", ".join((*self.locales, code))))
        # The one shared string rather than a copy per text: tens of thousands fewer
        # objects in a large pack, in memory and in its cache file.
        return _shared(code, LOCALES)

    def record(self, text: Text, node: Node, where: str) -> Text:
        """Notes each pack locale the text is missing: the player sees the default locale's
        text there instead."""
        for locale in self.locales:
            if not text.has(locale):
                self.fallbacks.append(Fallback(locale, self.origin(node, where)))
        return text

    def each(self, node: Node | None, where: str, read: Callable[[Node, str], T | None]) -> tuple[T, ...]:
        found = (read(item, place) for place, item in self.items(node, where))
        return tuple(x for x in found if x is not None)

    # Facts --------------------------------------------------------------------------------

    def source(self, block: Node, where: str, inherited: str) -> str:
        own = self.string(block.get("source"), _join(where, "source"))
        return own or inherited

    def fact(self, node: Node | None, where: str, inherited: str,
             read: Callable[[Node, str], object]) -> Sourced | None:
        """A fact written plainly (`year: 2017`) or with its source
        (`year: {value: 2017, source: ...}`)."""
        if node is None:
            return None
        source = inherited
        if node.kind == "mapping":
            if self.block(node, where, "sourced") is None or node.get("value") is None:
                return None
            source = self.source(node, where, inherited)
            value_node, value_where = node.get("value"), _join(where, "value")
        else:
            value_node, value_where = node, where
        value = read(value_node, value_where)
        if value is None:
            return None
        return Sourced(value, source, self.origin(node, where))

    def year(self, node: Node, where: str) -> int | None:
        return self.number(node, where, *YEARS)

    def runtime(self, node: Node, where: str) -> int | None:
        return self.number(node, where, *RUNTIMES)

    def date(self, node: Node, where: str) -> _dt.date | None:
        value = node.value
        if isinstance(value, str):
            try:
                value = _dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        if isinstance(value, _dt.datetime):
            value = value.date()
        if not isinstance(value, _dt.date):
            self.error(node, where, msg("expected a date here, found {what}", what=node.describe()),
                       msg("Write the date as year-month-day, e.g. `2017-04-06`"))
            return None
        if not YEARS[0] <= value.year <= YEARS[1]:
            self.error(node, where, _out_of_range(msg("the year {year}", year=str(value.year)), *YEARS))
            return None
        return value

    def rating(self, node: Node | None, where: str, inherited: str) -> Rating | None:
        if node is None or self.block(node, where, "rating") is None:
            return None
        scale = self.number(node.get("scale"), _join(where, "scale"), 1, None) if node.get("scale") is not None else 10
        high = scale if scale is not None else None
        value = self.number(node.get("value"), _join(where, "value"), 0, high, whole=False)
        votes = self.number(node.get("votes"), _join(where, "votes"), 0, None)
        if value is None or scale is None:
            return None
        return Rating(float(value), int(scale), votes, self.source(node, where, inherited), self.origin(node, where))

    def box_office(self, node: Node, where: str, inherited: str) -> BoxOffice | None:
        if self.block(node, where, "box_office") is None:
            return None
        amount = self.number(node.get("amount"), _join(where, "amount"), 0, None)
        currency = self.string(node.get("currency"), _join(where, "currency")) or "USD"
        if not re.fullmatch(r"[A-Z]{3}", currency):
            self.error(node.get("currency"), _join(where, "currency"),
                       msg("`{code}` is not a currency code", code=currency),
                       msg("Use the three capital letters of the currency, e.g. `USD`, `EUR`, `RUB`"))
            return None
        region = self.string(node.get("region"), _join(where, "region")) or "worldwide"
        if amount is None:
            return None
        return BoxOffice(amount, currency, region, self.source(node, where, inherited), self.origin(node, where))

    def awards(self, node: Node | None, where: str, inherited: str) -> Awards | None:
        if node is None or self.block(node, where, "awards") is None:
            return None
        wins = self.number(node.get("wins"), _join(where, "wins"), 0, None)
        nominations = self.number(node.get("nominations"), _join(where, "nominations"), 0, None)
        return Awards(wins, nominations, self.source(node, where, inherited), self.origin(node, where))

    def person(self, node: Node, where: str, inherited: str) -> Person | None:
        if self.block(node, where, "person") is None:
            return None
        name = self.text(node.get("name"), _join(where, "name"))
        if name is None:
            return None
        return Person(name, self.source(node, where, inherited), self.origin(node, where))

    def cast_member(self, node: Node, where: str, inherited: str, position: int) -> CastMember | None:
        if self.block(node, where, "cast_member") is None:
            return None
        actor = self.text(node.get("actor"), _join(where, "actor"))
        character = self.text(node.get("character"), _join(where, "character"))
        # Billing order defaults to the place in the list: most packs list the cast in order.
        order = (self.number(node.get("order"), _join(where, "order"), 1, None)
                 if node.get("order") is not None else position)
        credited_as = self.string(node.get("credited_as"), _join(where, "credited_as"))
        if actor is None or character is None or order is None:
            return None
        return CastMember(actor, character, order, credited_as, self.source(node, where, inherited),
                          self.origin(node, where))

    def quote(self, node: Node, where: str, inherited: str) -> Quote | None:
        if self.block(node, where, "quote") is None:
            return None
        lines = self.each(node.get("lines"), _join(where, "lines"), self.quote_line)
        if not lines:
            if node.get("lines") is not None:
                self.error(node, where, msg("this quote has no lines"), msg("Add at least one line with `- text: ...`"))
            return None
        return Quote(lines, self.source(node, where, inherited), self.origin(node, where))

    def quote_line(self, node: Node, where: str) -> QuoteLine | None:
        if self.block(node, where, "quote_line") is None:
            return None
        text = self.text(node.get("text"), _join(where, "text"))
        character = self.text(node.get("character"), _join(where, "character"))
        direction = self.text(node.get("direction"), _join(where, "direction"))
        return QuoteLine(text, character, direction) if text is not None else None

    def statement(self, node: Node, where: str, inherited: str) -> Statement | None:
        if self.block(node, where, "statement") is None:
            return None
        text = self.text(node.get("text"), _join(where, "text"))
        false = self.text(node.get("false"), _join(where, "false"))
        distractors = self.distractors(node.get("distractors"), _join(where, "distractors"))
        if text is None:
            return None
        blanks = self.blanks(text, node.get("text"), _join(where, "text"))
        if false is not None:
            for locale, value in false:
                if "[[" in value or "]]" in value:
                    self.warn(node.get("false"), _join(where, f"false.{locale}"),
                              msg("the false version has a `[[blank]]` marker, which is shown as it is"),
                              msg("Remove the `[[` and `]]`: they belong in `text` only"))
        if distractors and not blanks:
            self.warn(node.get("distractors"), _join(where, "distractors"),
                      msg("there are distractors but the text has no `[[blank]]`, so they are never used"),
                      msg("Mark the answer in the text like `[[this]]`"))
        return Statement(text, false, self.source(node, where, inherited), self.origin(node, where), distractors)

    def blanks(self, text: Text, node: Node, where: str) -> int:
        """The number of `[[blanks]]` in the text (per locale), after checking that every
        `[[` has its `]]`."""
        counts = {}
        for locale, value in text:
            depth, count = 0, 0
            for mark in _BLANK_MARK.finditer(value):
                if mark.group() == "[[":
                    depth += 1
                else:
                    depth -= 1
                    count += 1
                if depth not in (0, 1):
                    break
            place = where if node.kind == "scalar" else _join(where, locale)
            if depth != 0:
                self.error(node, place, msg("the `[[` and `]]` around a blank do not match in: {text}",
                                            text=repr(value)),
                           msg("Each blank is written `[[answer]]`: two opening brackets, the answer, "
                               "two closing brackets"))
            elif re.search(r"\[\[\s*\]\]", value):
                self.error(node, place, msg("a blank `[[ ]]` is empty"), msg("Write the answer between the brackets"))
            else:
                counts[locale] = count
        if len(set(counts.values())) > 1:
            self.warn(node, where, msg("the languages have different numbers of `[[blanks]]`: {counts}",
                                       counts=_per_locale(counts)),
                      msg("Mark the same answers in every language"))
        return max(counts.values(), default=0)

    def distractors(self, node: Node | None, where: str) -> tuple[Text, ...]:
        """Wrong answers for a blank: a list (the default locale's) or one list per
        locale, the lists lining up item by item."""
        if node is None:
            return ()
        if node.kind == "mapping":
            per_locale = {}
            for key, value in node.items:
                locale = self.locale(key, _join(where, key.value))
                words = self.each(value, _join(where, key.value), self.string)
                if locale:
                    per_locale[locale] = words
        else:
            per_locale = {self.default_locale: self.each(node, where, self.string)}
        lengths = {len(words) for words in per_locale.values()}
        if len(lengths) > 1:
            self.error(node, where, msg("the languages have different numbers of distractors: {counts}",
                                        counts=_per_locale({loc: len(w) for loc, w in per_locale.items()})),
                       msg("Give the same wrong answers in each language, in the same order"))
            return ()
        count = lengths.pop() if lengths else 0
        return tuple(self.record(Text.of({loc: words[i] for loc, words in per_locale.items()}), node, f"{where}[{i}]")
                     for i in range(count))

    def alt_title(self, node: Node, where: str, inherited: str) -> AltTitle | None:
        if self.block(node, where, "alt_title") is None:
            return None
        title = self.text(node.get("title"), _join(where, "title"))
        note = self.text(node.get("note"), _join(where, "note"))
        if title is None:
            return None
        return AltTitle(title, note, self.source(node, where, inherited), self.origin(node, where))

    # Films and questions ------------------------------------------------------------------

    def film(self, node: Node, where: str) -> Film | None:
        if self.block(node, where, "film") is None:
            return None
        film_id = self.identifier(node.get("id"), _join(where, "id"))
        title = self.text(node.get("title"), _join(where, "title"))
        source = self.source(node, where, "")

        def facts(key: str, read: Callable[..., T | None]) -> tuple[T, ...]:
            return self.each(node.get(key), _join(where, key), lambda n, w: read(n, w, source))

        cast_items = self.items(node.get("cast"), _join(where, "cast"))
        cast = tuple(c for c in (self.cast_member(n, w, source, i + 1) for i, (w, n) in enumerate(cast_items))
                     if c is not None)
        self.check_billing(cast)
        film = Film(
            id=film_id or "",
            title=title or Text(),
            source=source,
            year=self.fact(node.get("year"), _join(where, "year"), source, self.year),
            release_date=self.fact(node.get("release_date"), _join(where, "release_date"), source, self.date),
            runtime=self.fact(node.get("runtime"), _join(where, "runtime"), source, self.runtime),
            rating=self.rating(node.get("rating"), _join(where, "rating"), source),
            box_office=facts("box_office", self.box_office),
            awards=self.awards(node.get("awards"), _join(where, "awards"), source),
            aspect_ratio=self.fact(node.get("aspect_ratio"), _join(where, "aspect_ratio"), source, self.string),
            plot=self.text(node.get("plot"), _join(where, "plot")),
            directors=facts("directors", self.person),
            cast=cast,
            quotes=facts("quotes", self.quote),
            trivia=facts("trivia", self.statement),
            goofs=facts("goofs", self.statement),
            alt_titles=facts("alt_titles", self.alt_title),
            origin=self.origin(node, where),
        )
        if not source and node.get("source") is None:
            self.warn(node, where, msg("this film has no `source`, so facts without their own have none"),
                      msg("Say where the facts were checked, e.g. `source: https://...`"))
        if film_id is None or title is None:
            return None
        return film

    def check_billing(self, cast: tuple[CastMember, ...]) -> None:
        seen: dict[int, CastMember] = {}
        for member in cast:
            first = seen.setdefault(member.order, member)
            if first is not member and member.origin is not None and first.origin is not None:
                self.warn(member.origin, member.origin.path,
                          msg("two cast members have billing order {order} (lines {first} and {line})",
                              order=str(member.order), first=str(first.origin.line), line=str(member.origin.line)),
                          msg("Give each one its place in the credits: 1 for the top-billed actor"))

    def question(self, node: Node, where: str, films: dict[str, Film]) -> HandQuestion | None:
        if self.block(node, where, "question") is None:
            return None
        qid = self.identifier(node.get("id"), _join(where, "id"))
        kind = self.string(node.get("type"), _join(where, "type"))
        if kind is not None and kind not in QUESTION_TYPES:
            self.error(node.get("type"), _join(where, "type"), msg("`{kind}` is not a question type", kind=kind),
                       did_you_mean(kind, QUESTION_TYPES) or msg("Use `choice` or `truefalse`"))
            kind = None
        prompt = self.text(node.get("prompt"), _join(where, "prompt"))
        explanation = self.text(node.get("explanation"), _join(where, "explanation"))
        difficulty = self.string(node.get("difficulty"), _join(where, "difficulty")) or "medium"
        if difficulty not in DIFFICULTIES:
            self.error(node.get("difficulty"), _join(where, "difficulty"),
                       msg("`{difficulty}` is not a difficulty", difficulty=difficulty),
                       did_you_mean(difficulty, DIFFICULTIES) or msg("Use {choices}", choices=", ".join(DIFFICULTIES)))
        tags = self.each(node.get("tags"), _join(where, "tags"), self.string)
        film_id = self.string(node.get("film"), _join(where, "film"))
        if film_id is not None and film_id not in films:
            self.error(node.get("film"), _join(where, "film"),
                       msg("there is no film with the id `{id}` in this pack", id=film_id),
                       did_you_mean(film_id, list(films)) or msg("Use the `id` of one of the pack's films"))
            film_id = None
        inherited = films[film_id].source if film_id else ""
        source = self.source(node, where, inherited)
        options, answer = self.answer(node, where, kind)
        if None in (qid, kind, prompt, answer) or difficulty not in DIFFICULTIES:
            return None
        return HandQuestion(qid, _shared(kind, QUESTION_TYPES), prompt, options, answer, explanation,
                            _shared(difficulty, DIFFICULTIES), tags, films[film_id].id if film_id else None,
                            source, self.origin(node, where))

    def answer(self, node: Node, where: str, kind: str | None) -> tuple[tuple[Text, ...], int | None]:
        """The options and the 0-based index of the right one. In the file, `answer` is the
        number of the right option counting from 1, as a teacher would say it; or `true` /
        `false` for a true/false question (stored as 1 / 0)."""
        answer_node, answer_where = node.get("answer"), _join(where, "answer")
        options_node = node.get("options")
        if kind == "truefalse":
            if options_node is not None:
                self.error(options_node, _join(where, "options"), msg("a true/false question has no `options`"),
                           msg("Remove the options, or make it `type: choice`"))
            if answer_node is None:
                return (), None
            if not isinstance(answer_node.value, bool) or answer_node.kind != "scalar":
                self.error(answer_node, answer_where,
                           msg("the answer to a true/false question must be true or false, found {what}",
                               what=answer_node.describe()),
                           msg("Write `answer: true` or `answer: false`, without quotes"))
                return (), None
            return (), int(answer_node.value)
        if kind != "choice":
            return (), None
        options = self.each(options_node, _join(where, "options"), self.text)
        if options_node is None:
            self.error(node, where, msg("a choice question needs `options`"),
                       msg("List {low} to {high} possible answers under `options:`, one per line with `- `",
                           low=MIN_OPTIONS, high=MAX_OPTIONS))
            return (), None
        if not MIN_OPTIONS <= len(options) <= MAX_OPTIONS:
            self.error(options_node, _join(where, "options"),
                       msg("a choice question has {low} to {high} options, this one has {count}",
                           low=MIN_OPTIONS, high=MAX_OPTIONS, count=len(options)))
            return options, None
        for locale in self.locales:
            shown = Counter(o.get(locale, self.default_locale) for o in options)
            for text, n in shown.items():
                if n > 1:
                    self.warn(options_node, _join(where, "options"),
                              nmsg("the option {option} appears {n} time in {locale}",
                                   "the option {option} appears {n} times in {locale}", n,
                                   option=repr(text), locale=locale),
                              msg("Make every option different"))
        if answer_node is None:
            return options, None
        if isinstance(answer_node.value, bool) or not isinstance(answer_node.value, int) \
                or not 1 <= answer_node.value <= len(options):
            self.error(answer_node, answer_where,
                       msg("the answer must be the number of the right option, from 1 to {count}; found {what}",
                           count=len(options), what=answer_node.describe()),
                       msg("Count the options from the top: `answer: 1` is the first one"))
            return options, None
        return options, answer_node.value - 1

    # The pack -----------------------------------------------------------------------------

    def pack(self, root: Node, path: str) -> Pack | None:
        if root.kind != "mapping":
            self.error(root, "", not_a_pack_start(root.describe()), START_FROM_EXAMPLE)
            return None
        fmt = root.get("format")
        if fmt is not None and (fmt.value != FORMAT or isinstance(fmt.value, bool)):
            self.error(fmt, "format", msg("this pack is written in format {written}; this version of Film Quiz "
                                          "reads format {format}", written=repr(fmt.text), format=str(FORMAT)),
                       msg("Write `format: {format}` if the pack follows questions/spacewalk.yaml", format=str(FORMAT)))
            return None
        if not set(root.keys()) & set(FIELDS["pack"][0] + FIELDS["pack"][1]):
            self.error(root, "", msg("this does not look like a question pack: it has none of the keys "
                                     "`format`, `id`, `title`, `films`, `questions`"),
                       msg("Check that this is the right file, or start from questions/spacewalk.yaml"))
            return None
        self.block(root, "", "pack")
        self.read_locales(root)
        pack_id = self.identifier(root.get("id"), "id")
        title = self.text(root.get("title"), "title")
        description = self.text(root.get("description"), "description") or Text()
        author = self.string(root.get("author"), "author") or ""
        licence = self.string(root.get("licence"), "licence") or ""
        sources = self.source_labels(root.get("sources"))
        films: dict[str, Film] = {}
        for where, node in self.items(root.get("films"), "films"):
            film = self.film(node, where)
            if film is None:
                continue
            if film.id in films:
                self.error(node.get("id"), _join(where, "id"),
                           msg("two films have the id `{id}`: on line {first} and on line {line}", id=film.id,
                               first=str(films[film.id].origin.line), line=str(node.line)),
                           msg("Give each film its own `id`"))
                continue
            films[film.id] = film
        questions: dict[str, HandQuestion] = {}
        for where, node in self.items(root.get("questions"), "questions"):
            question = self.question(node, where, films)
            if question is None:
                continue
            if question.id in questions:
                self.error(node.get("id"), _join(where, "id"),
                           msg("two questions have the id `{id}`: on line {first} and on line {line}",
                               id=question.id, first=str(questions[question.id].origin.line), line=str(node.line)),
                           msg("Give each question its own `id`"))
                continue
            if not question.source:
                self.warn(node, where, msg("the question `{id}` has no `source`", id=question.id),
                          msg("Say where the answer was checked, e.g. `source: https://...`, or name its `film:`"))
            questions[question.id] = question
        if not any(n is not None and n.items for n in (root.get("films"), root.get("questions"))):
            self.error(root, "", msg("the pack has no films and no questions, so no question can be made"),
                       msg("Add a `films:` list or a `questions:` list"))
        if pack_id is None or title is None:
            return None
        return Pack(pack_id, title, description, self.default_locale, self.locales, author, licence,
                    tuple(films.values()), tuple(questions.values()), path, tuple(self.fallbacks),
                    sources)

    def source_labels(self, node: Node | None) -> tuple[tuple[str, Text], ...]:
        """`sources:` maps a `source` value to the name a player is shown for it."""
        if node is None:
            return ()
        if node.kind != "mapping":
            self.error(node, "sources", msg("expected `source: name` lines here, found {what}", what=node.describe()),
                       msg("Write one line per source, e.g. `seed:000_84ecb181e80c7749.txt: {en: IMDb page, ru: "
                           "страница IMDb}`"))
            return ()
        labels = []
        for key, value in node.items:
            where = _join("sources", str(key.value))
            label = self.text(value, where)
            if label is not None:
                labels.append((key.text or str(key.value), label))
        return tuple(labels)

    def read_locales(self, root: Node) -> None:
        """`default_locale` and `locales` first: every text after depends on them."""
        default_node, locales_node = root.get("default_locale"), root.get("locales")
        default = self.string(default_node, "default_locale") if default_node else "en"
        if default is not None and not self.known_locale(default, default_node, "default_locale"):
            default = None
        self.default_locale = _shared(default, LOCALES) if default else "en"
        if locales_node is None:
            self.locales = (self.default_locale,)
            return
        locales = tuple(c for c in (self.locale_entry(n, w) for w, n in self.items(locales_node, "locales")) if c)
        self.locales = tuple(dict.fromkeys(locales)) or (self.default_locale,)
        if default is not None and default not in self.locales:
            self.error(default_node or locales_node, "default_locale",
                       msg("the default language `{code}` is not in `locales`", code=default),
                       msg("Add it: `locales: [{codes}]`", codes=", ".join((default, *self.locales))))

    def locale_entry(self, node: Node, where: str) -> str | None:
        code = self.string(node, where)
        return _shared(code, LOCALES) if code is not None and self.known_locale(code, node, where) else None


def _shared(value: str, choices: tuple[str, ...]) -> str:
    """The constant equal to `value`: one string object shared by every question rather than
    a copy per question, which a large pack holds tens of thousands of (in memory and in its
    cache file, where each copy is one more object to make when it is read)."""
    return choices[choices.index(value)]


def _out_of_range(value: Message | str, low: int, high: int | None) -> Message:
    """`value` is out of range: it must be from `low` to `high` (or at least `low`)."""
    if high is None:
        return msg("{value} is out of range: it must be at least {low}", value=value, low=str(low))
    return msg("{value} is out of range: it must be from {low} to {high}", value=value, low=str(low), high=str(high))


def _per_locale(counts: dict[str, int]) -> str:
    """`en 1, ru 2`."""
    return ", ".join(f"{loc} {n}" for loc, n in sorted(counts.items()))


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _sorted(problems: Iterable[PackProblem]) -> list[PackProblem]:
    return sorted(problems, key=lambda p: (p.file, p.line, p.column))


def read_pack(path: PathLike) -> tuple[Pack | None, list[PackProblem]]:
    """The pack at `path` (None when it has errors) and every problem found, errors and
    warnings, in the order of the file. A pack that loads is kept in the pack cache
    (quiz.core.cache), so the same bytes are read from YAML only once."""
    name = str(path)
    try:
        data = read_bytes(Path(path), name)
    except PackError as e:
        return None, list(e.problems)
    def build() -> tuple[Pack | None, list[PackProblem]]:
        with no_collection():
            return _read(data, name)

    return cache.cached(name, data, build, valid=_is_result, keep=lambda result: result[0] is not None,
                        extra=f"{FORMAT}:{parser_name()}", split=_pieces, join=_whole)


# The long tuples of a pack, cached in pieces of _PIECE items (see quiz.core.cache.cached).
_PIECES = ("films", "questions", "fallbacks")
_PIECE = 1000


def _pieces(result: tuple[Pack | None, list[PackProblem]]) -> list[object]:
    pack, problems = result
    assert pack is not None  # only packs that load are cached
    lengths, pieces = [], []
    for name in _PIECES:
        items = getattr(pack, name)
        chunks = [items[i:i + _PIECE] for i in range(0, len(items), _PIECE)]
        lengths.append(len(chunks))
        pieces += chunks
    head = dataclasses.replace(pack, **{name: () for name in _PIECES})
    return [(head, problems, lengths), *pieces]


def _whole(parts: list[object]) -> tuple[Pack, list[PackProblem]]:
    (head, problems, lengths), rest = parts[0], iter(parts[1:])
    if len(parts) != 1 + sum(lengths):
        raise ValueError(f"{len(parts) - 1} pieces of a pack cut into {sum(lengths)}")
    fields = {name: tuple(itertools.chain.from_iterable(itertools.islice(rest, n)))
              for name, n in zip(_PIECES, lengths, strict=True)}
    return dataclasses.replace(head, **fields), problems


def _is_result(value: object) -> bool:
    """What `read_pack` returns, as a cache file should hold it."""
    return (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], Pack)
            and isinstance(value[1], list) and all(isinstance(p, PackProblem) for p in value[1]))


def _read(data: bytes, name: str) -> tuple[Pack | None, list[PackProblem]]:
    try:
        root = parse_bytes(data, name)
        reader = _Reader(name)
        pack = reader.pack(root, name)
    except PackError as e:
        return None, list(e.problems)
    except Exception as e:  # noqa: BLE001 - the promise is that no pack ever crashes the game
        return None, [PackProblem(name, 0, 0, msg("this pack could not be read because of an internal error ({error})",
                                                  error=repr(e)), REPORT_IT)]
    problems = _sorted(reader.problems)
    if any(p.severity == "error" for p in problems):
        pack = None
    return pack, problems


def validate_pack(path: PathLike) -> list[PackProblem]:
    """Every error and warning in the pack at `path`; no errors means it loads."""
    return read_pack(path)[1]


def load_pack(path: PathLike) -> Pack:
    """The pack at `path`, or PackError listing every error found in it."""
    pack, problems = read_pack(path)
    if pack is None:
        raise PackError([p for p in problems if p.severity == "error"])
    return pack


def pack_files(paths_or_dirs: Iterable[PathLike]) -> tuple[list[Path], list[PackProblem]]:
    """The pack files named, a folder standing for the .yaml/.yml files in it (sorted); a
    path that does not exist is a problem, not an exception."""
    files: list[Path] = []
    problems: list[PackProblem] = []
    for item in paths_or_dirs:
        path = Path(item)
        try:
            if path.is_dir():
                found = sorted(p for p in path.iterdir() if p.suffix.lower() in PACK_SUFFIXES and p.is_file())
                if not found:
                    problems.append(PackProblem(str(path), 0, 0, msg("there is no pack file (.yaml) in this folder")))
                files.extend(found)
            elif path.exists():
                files.append(path)
            else:
                problems.append(PackProblem(str(path), 0, 0, msg("there is no such file or folder"), CHECK_THE_NAME))
        except OSError as e:
            problems.append(PackProblem(str(path), 0, 0, msg("this folder cannot be read ({reason})",
                                                             reason=str(e.strerror or e))))
    return files, problems


def load_packs(paths_or_dirs: Iterable[PathLike]) -> tuple[list[Pack], list[PackProblem]]:
    """Every pack that loads from the files and folders given, and the problems (errors
    and warnings) of all of them: one bad pack never stops the others. A pack whose id is
    already taken by an earlier one is skipped, with a problem."""
    files, problems = pack_files(paths_or_dirs)
    packs: dict[str, Pack] = {}
    for file in files:
        pack, found = read_pack(file)
        problems.extend(found)
        if pack is None:
            continue
        if pack.id in packs:
            problems.append(PackProblem(str(file), 0, 0, msg("the pack id `{id}` is already used by {path}, so this "
                                                             "pack is skipped", id=pack.id, path=packs[pack.id].path),
                                        msg("Give each pack its own `id`")))
            continue
        packs[pack.id] = pack
    return list(packs.values()), problems


def bundled_packs() -> tuple[list[Pack], list[PackProblem]]:
    """The packs shipped with the game."""
    return load_packs([paths.questions_dir()])
