"""Problems found in a pack or an import file, each with its place and what to do.

Every loader and importer reports through these: a problem names `file:line:column`, the
place in the document (`films[0].cast[2].character`) where there is one, what is wrong, and
how to fix it, in words a teacher understands. Nothing else escapes a loader.

What is wrong and what to do are `Message`s: the catalog's message id and its values, said
in the player's language when they are shown (`PackProblem.say(tr)`), so a problem read
while the game speaks English reads in Russian after a switch. As a str a message is its
English text, which is what logs, exceptions and `.message` comparisons see.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from babel.lists import format_list

from quiz.i18n import N_

if TYPE_CHECKING:
    from quiz.i18n import Translator


def english() -> Translator:
    """The translator messages are stored in (English needs no catalog)."""
    from quiz.i18n import translator

    return translator("en")


class Message(str):
    """Words for a person: a message id for the catalog (marked `msg`, or `nmsg` with its
    plural for a count `n`) and the values put into it, said in any language by
    `say(tr)`. The str itself is the English text.

    A value that is a Message (or anything with `say(tr)`) is said in the same language; a
    whole number is a count and is formatted as the language writes numbers (500,000 /
    500 000), so line numbers and what is quoted from the file go in as text. A plural
    message's `{n}` is its count. A message with no values is taken as written, braces and
    all; in one with values, a brace that is not a placeholder is doubled (`{{`)."""

    msgid: str
    plural: str
    n: int
    values: dict[str, object]

    def __new__(cls, msgid: str, plural: str = "", n: int = 0, values: dict[str, object] | None = None) -> Message:
        values = values or {}
        # Most messages have no values: their English is the message id, with no need to
        # build the English translator (module constants are made at import).
        text = _format(english(), msgid, plural, n, values) if values or plural else msgid
        self = super().__new__(cls, text)
        self.msgid, self.plural, self.n, self.values = msgid, plural, n, values
        return self

    def __reduce__(self) -> tuple:
        # A str subclass would be pickled as its text alone; the pack cache keeps problems.
        return Message, (self.msgid, self.plural, self.n, self.values)

    def say(self, tr: Translator) -> str:
        """The message in `tr`'s language."""
        return _format(tr, self.msgid, self.plural, self.n, self.values)


def _format(tr: Translator, msgid: str, plural: str, n: int, values: dict[str, object]) -> str:
    shown = {name: _value(value, tr) for name, value in values.items()}
    if plural:
        shown.setdefault("n", tr.number(n))
    template = tr.ngettext(msgid, plural, n) if plural else tr.gettext(msgid)
    if not shown:
        return template  # as written: braces in it are the YAML's, not placeholders
    try:
        return template.format(**shown)
    except (KeyError, IndexError, ValueError):
        # A translation with a mistake in its placeholders: the English rather than nothing.
        return (msgid if n == 1 or not plural else plural).format(**shown)


def _value(value: object, tr: Translator) -> object:
    if hasattr(value, "say"):
        return value.say(tr)  # type: ignore[attr-defined]
    if type(value) is int:
        return tr.number(value)
    return value


def msg(msgid: str, **values: object) -> Message:
    """A message, marked for the catalog, with its values."""
    return Message(msgid, values=values)


def nmsg(singular: str, plural: str, n: int, **values: object) -> Message:
    """A message about `n` things, marked for the catalog with its plural: the language's
    form for `n` is chosen when it is said (1 ошибка, 2 ошибки, 5 ошибок)."""
    return Message(singular, plural, n, values)


@dataclass(frozen=True)
class Either:
    """Choices joined by the language's "or": `en or ru` / `en или ru`."""

    choices: tuple[str, ...]

    def say(self, tr: Translator) -> str:
        return format_list(list(self.choices), style="or", locale=tr.locale)


def say(text: str, tr: Translator) -> str:
    """`text` in `tr`'s language when it is a Message; other text as it is."""
    return text.say(tr) if isinstance(text, Message) else text


_SEVERITIES = {"error": N_("error"), "warning": N_("warning")}


@dataclass(frozen=True)
class PackProblem:
    file: str
    line: int  # 1-based; 0 when the problem is about the whole file
    column: int  # 1-based; 0 when unknown
    message: str  # a Message, said in the player's language when shown
    hint: str = ""
    where: str = ""  # place in the document, e.g. films[0].cast[2].character
    severity: str = "error"  # "error" or "warning"

    def location(self) -> str:
        if self.line and self.column:
            return f"{self.file}:{self.line}:{self.column}"
        if self.line:
            return f"{self.file}:{self.line}"
        return self.file

    def say(self, tr: Translator) -> str:
        """The problem as `film-quiz validate` prints it, in `tr`'s language:
        `file:line:column: severity: message (at place). Hint`."""
        severity = tr.gettext(_SEVERITIES[self.severity]) if self.severity in _SEVERITIES else self.severity
        text = f"{self.location()}: {severity}: {say(self.message, tr)}"
        if self.where:
            text += " " + tr.gettext("(at {where})").format(where=self.where)
        hint = say(self.hint, tr)
        if hint:
            text += f". {hint}" if not hint.startswith(" ") else hint
        return text

    def __str__(self) -> str:
        return self.say(english())


class PackError(Exception):
    """A pack or import file that cannot be used; `problems` says why, each with its place."""

    def __init__(self, problems: Iterable[PackProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
