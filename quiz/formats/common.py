"""What every importer and exporter shares: reading a file a person hands us into text,
reporting problems at file:line:column (in words marked `msg`/`nmsg`, said in the
language of the command's --locale), building the pack document (a plain dict in the
pack format of questions/spacewalk.yaml) and writing it as readable YAML.

An importer turns text into an `ImportResult`; it raises `PackError` for input it cannot
use and never anything else, whatever it is fed.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

import yaml

from quiz.core.errors import Message, PackError, PackProblem, english, msg, nmsg, say
from quiz.core.ids import stable_id
from quiz.core.packs import MAX_OPTIONS
from quiz.core.yamlsafe import check_size

if TYPE_CHECKING:
    from quiz.i18n import Translator


# Key order of the pack format, as in questions/spacewalk.yaml: a person reading an
# imported pack finds things where the bundled pack has them.
PACK_KEYS = ("format", "id", "title", "description", "default_locale", "locales", "author", "licence", "films", "questions")
QUESTION_KEYS = ("id", "type", "film", "difficulty", "tags", "prompt", "options", "answer", "explanation", "source")
FILM_KEYS = (
    "id", "source", "title", "alt_titles", "year", "release_date", "runtime", "rating", "box_office", "awards",
    "aspect_ratio", "plot", "directors", "cast", "quotes", "trivia", "goofs",
)

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "core" / "pack.schema.json"

# Bounds on a file to import, far above any real quiz export (a few hundred kilobytes at
# most), so that a wrong or hostile file is refused in a second: the importers keep each
# character's place for their messages, which costs time and memory per character.
MAX_IMPORT_BYTES = 1024 * 1024
MAX_IMPORT_LINES = 50_000


@dataclass(frozen=True)
class ImportOptions:
    """What the person told the import command. `file` is the name used in messages and,
    unless `source` says otherwise, in every imported fact's `source:`."""

    file: str
    locale: str = "en"
    title: str | None = None
    pack_id: str | None = None
    source: str | None = None

    @property
    def source_name(self) -> str:
        return self.source or Path(self.file).name


@dataclass
class ImportResult:
    """The pack document, warnings about what was skipped, and notes written as YAML comments
    at the top of the pack (things a person should check by hand; Messages, said in the
    language the pack is written for)."""

    pack: dict[str, Any]
    warnings: list[PackProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class Problems:
    """Collects the problems of one input file; `raise_errors` stops the import when any is
    an error, so one run tells the person about every mistake at once."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[PackProblem] = []

    def error(self, line: int, column: int, message: str, hint: str = "") -> None:
        self.items.append(PackProblem(self.file, line, column, message, hint))

    def warn(self, line: int, column: int, message: str, hint: str = "") -> None:
        self.items.append(PackProblem(self.file, line, column, message, hint, severity="warning"))

    @property
    def errors(self) -> list[PackProblem]:
        return [p for p in self.items if p.severity == "error"]

    @property
    def warnings(self) -> list[PackProblem]:
        return [p for p in self.items if p.severity == "warning"]

    def raise_errors(self) -> None:
        if self.errors:
            raise PackError(self.errors)

    def fail(self, line: int, column: int, message: str, hint: str = "") -> PackError:
        """An error that ends the import at once (returned so the caller can `raise` it)."""
        self.error(line, column, message, hint)
        return PackError(self.errors)


def decode(data: bytes, file: str) -> str:
    """The text of an input file: UTF-8 with or without a byte-order mark (or UTF-16 with
    one, as Excel's "Unicode text" writes), line ends made "\\n". Binary junk, other
    encodings and files too large to be a quiz are refused with the place of the problem."""
    check_size(data, file, MAX_IMPORT_BYTES)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise PackError([PackProblem(file, 1, 1, msg("the file says it is UTF-16 but is damaged"),
                                         msg("Save it again as UTF-8 text (in Excel: Save As → CSV UTF-8)"))]) from None
    else:
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            line, column = _position(data[: e.start].decode("utf-8", "replace"))
            raise PackError([PackProblem(
                file, line, column, msg("this is not UTF-8 text (or not text at all)"),
                msg("Save the file as UTF-8 text (in Excel: Save As → CSV UTF-8; in Notepad: Encoding → UTF-8)"),
            )]) from None
    nul = text.find("\x00")
    if nul >= 0:
        line, column = _position(text[:nul])
        raise PackError([PackProblem(file, line, column, msg("this looks like a binary file, not text"),
                                     msg("Give the import command the text file exported by the quiz tool"))])
    # The pack loader refuses these (no screen can show them), so an import must not
    # write them into a pack: found by fuzzing, a flipped byte in a GIFT file.
    control = re.search(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]", text)
    if control:
        line, column = _position(text[: control.start()])
        raise PackError([PackProblem(
            file, line, column,
            msg("the file contains an invisible control character (code {code})", code=f"{ord(control.group()):#04x}"),
            msg("Delete it: retype the line, or copy the text through a plain-text editor"))])
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise PackError([PackProblem(file, 1, 1, msg("the file is empty"), msg("Check that you picked the right file"))])
    if text.count("\n") >= MAX_IMPORT_LINES:
        raise PackError([PackProblem(file, MAX_IMPORT_LINES + 1, 1,
                                     nmsg("the file has more than {n} line", "the file has more than {n} lines",
                                          MAX_IMPORT_LINES),
                                     msg("A quiz file is much shorter than this; split it into several files "
                                         "or check that this is the right file"))])
    return text


def _position(prefix: str) -> tuple[int, int]:
    """1-based line and column just after `prefix`."""
    line = prefix.count("\n") + prefix.count("\r") - prefix.count("\r\n") + 1
    last = max(prefix.rfind("\n"), prefix.rfind("\r"))
    return line, len(prefix) - last


def clean(text: str) -> str:
    """Text as a player should see it: runs of spaces made one, ends trimmed. Newlines a
    person put on purpose stay, and so do no-break spaces (Babel writes "9 677 311 $"
    with them so that a number never breaks across lines)."""
    return "\n".join(re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.strip().split("\n"))


def slug(text: str) -> str:
    """A lower-case ASCII id from `text` ("Who played Leonov?" -> "who-played-leonov"); empty
    when nothing Latin is left (a Russian name, say)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:48].strip("-")


class Ids:
    """Unique question ids for one pack: from a name the file gives, else derived from the
    prompt (the same prompt gets the same id on the next import, so history keeps)."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, prompt: str, name: str = "") -> str:
        base = slug(name) or "q-" + stable_id("import", prompt, length=8)
        candidate, n = base, 1
        while candidate in self.used:
            n += 1
            candidate = f"{base}-{n}"
        self.used.add(candidate)
        return candidate


def choice_question(
    qid: str, prompt: str, options: list[str], answer_index: int, *, source: str,
    explanation: str = "", difficulty: str = "", tags: Iterable[str] = (),
) -> dict[str, Any]:
    """A multiple-choice question in the pack format; `answer_index` is 0-based here and
    written 1-based, as a person counts."""
    return _question(qid, "choice", prompt, options, answer_index + 1, source, explanation, difficulty, tags)


def truefalse_question(
    qid: str, prompt: str, answer: bool, *, source: str,
    explanation: str = "", difficulty: str = "", tags: Iterable[str] = (),
) -> dict[str, Any]:
    return _question(qid, "truefalse", prompt, None, answer, source, explanation, difficulty, tags)


def _question(qid, qtype, prompt, options, answer, source, explanation, difficulty, tags) -> dict[str, Any]:
    q: dict[str, Any] = {"id": qid, "type": qtype}
    if difficulty:
        q["difficulty"] = difficulty
    tags = [t for t in tags if t]
    if tags:
        q["tags"] = tags
    q["prompt"] = prompt
    if options is not None:
        q["options"] = list(options)
    q["answer"] = answer
    if explanation:
        q["explanation"] = explanation
    if source:
        q["source"] = source
    return q


def pack_document(opts: ImportOptions, *, description: str, title: str = "",
                  questions: list[dict[str, Any]] = (), films: list[dict[str, Any]] = ()) -> dict[str, Any]:
    """The whole pack, in one locale (the one the file is written in), titled as the person
    said, else after the input file."""
    pack_id = opts.pack_id or slug(Path(opts.file).stem) or "pack-" + stable_id("pack", opts.file, length=8)
    doc: dict[str, Any] = {
        "format": 1,
        "id": pack_id,
        "title": title or opts.title or Path(opts.source_name).stem,
        "description": description,
        "default_locale": opts.locale,
        "locales": [opts.locale],
    }
    if films:
        doc["films"] = list(films)
    if questions:
        doc["questions"] = list(questions)
    return doc


def questions_result(opts: ImportOptions, problems: Problems, questions: Iterable[dict[str, Any] | None],
                     tool: str) -> ImportResult:
    """The pack made of the questions read (None for each one skipped or wrong), or the
    PackError listing every error; a file with nothing to play is an error too."""
    kept = [q for q in questions if q is not None]
    problems.raise_errors()
    if not kept:
        raise problems.fail(1, 1, msg("found no questions the game can play in this file"),
                            msg("Check that this is the right file and the right format (see docs/packs.md)"))
    doc = pack_document(opts, description=f"Questions imported from {opts.source_name} ({tool}).", questions=kept)
    return ImportResult(doc, problems.warnings)


# --- writing ---------------------------------------------------------------------------

def _ordered(value: Any) -> Any:
    """Mappings with the pack format's keys first, in the spec's order."""
    if isinstance(value, dict):
        order = {k: i for i, k in enumerate(_key_order(value))}
        return {k: _ordered(value[k]) for k in sorted(value, key=lambda k: order.get(k, len(order)))}
    if isinstance(value, list):
        return [_ordered(v) for v in value]
    return value


def _key_order(mapping: dict) -> tuple[str, ...]:
    if "default_locale" in mapping:
        return PACK_KEYS
    if "prompt" in mapping:
        return QUESTION_KEYS
    if "title" in mapping and "id" in mapping:
        return FILM_KEYS
    # facts, cast members, quote lines: what they are first, where they come from last
    return ("id", "value", "amount", "actor", "character", "direction", "text", "title", "name", "note", "order",
            "credited_as", "false", "scale", "votes", "currency", "region", "wins", "nominations", "lines", "source")


class _Dumper(yaml.SafeDumper):
    """Block style, one line per text (easier to edit than folded lines), and multi-line
    text as `|` blocks."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    if "\n" in value and value == value.strip() and not re.search(r"[ \t]\n|\n[ \t]", value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str)


def schema_reference(target: Path) -> str:
    """How a pack at `target` names the pack schema for the YAML language server: a
    relative path when it can be, else a file address."""
    try:
        return Path(os.path.relpath(SCHEMA_FILE, target.resolve().parent)).as_posix()
    except ValueError:  # another drive on Windows
        return SCHEMA_FILE.as_uri()


def dump_pack(result: ImportResult, target: Path, tr: Translator | None = None) -> str:
    """The pack as YAML text: the language-server modeline, the notes as comments in `tr`'s
    language (the import's --locale; English by default), then the document in block style
    with Russian letters as they are."""
    head = [f"# yaml-language-server: $schema={schema_reference(target)}"]
    if result.notes:
        head.append("#")
        for note in result.notes:
            # splitlines, not split("\n"): YAML also ends a line at U+2028 and U+0085, and
            # text after one inside a comment would be read as the pack (found by fuzzing).
            head.extend("# " + line if line else "#" for line in say(note, tr or english()).splitlines())
    body = yaml.dump(_ordered(result.pack), Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=1_000_000)
    return "\n".join(head) + "\n" + body


def question_on_line(line: int) -> Message:
    """How a message names a question: by the line it starts on."""
    return msg("the question on line {line}", line=str(line))


def playable_options(problems: Problems, line: int, column: int, where: str, options: list[str]) -> bool:
    """Whether the game can show `options` as one question: at most MAX_OPTIONS of them and
    no two the same. Otherwise one warning naming the question (`where`, a Message such as
    `question_on_line(7)`), and False: the importer skips it and goes on with the rest."""
    if len(options) > MAX_OPTIONS:
        problems.warn(line, column, nmsg("skipped {where}: it has {n} answer, the game shows at most {most}",
                                         "skipped {where}: it has {n} answers, the game shows at most {most}",
                                         len(options), where=where, most=MAX_OPTIONS))
        return False
    if len(set(options)) != len(options):
        problems.warn(line, column, msg("skipped {where}: two of its answers are the same", where=where))
        return False
    return True
