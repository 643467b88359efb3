"""Reading a YAML file that a teacher wrote, safely and with every value's place.

`read_bytes` then `parse_bytes` turn one file into a tree of `Node`s, each knowing its
1-based line and column, or raises `PackError` with a problem a non-programmer can act on. The tree is built
here from the parser's event stream rather than by `yaml.load`, because that lets us:

- refuse anchors and aliases at the first one seen, so a "billion laughs" file costs
  nothing (nothing is ever expanded);
- refuse every tag that is not a plain YAML type (`!!python/object` and friends);
- bound the nesting depth without recursion, so a deeply nested file cannot exhaust the
  stack, and bound the number of values, so a file of millions of list items is refused
  as it is read rather than built into a tree (minutes and gigabytes); a file that is a
  list where the pack's `key: value` lines belong is refused at its first line;
- report a duplicate key with both of its lines (PyYAML silently keeps the last one).

Only the safe scalar types are ever constructed: strings, numbers, booleans, null, dates.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.resolver import Resolver

from quiz.core.errors import Message, PackError, PackProblem, msg, nmsg
from quiz.i18n import N_

# libyaml when it was built, else the pure-Python parser: same events, same marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 40
# The largest bundled pack holds under 4,000 values; a pack of 10,000 hand-written
# questions in two languages (the pack-cache benchmark's, 4.6 MB) about 376,000. Past this
# a file is refused as it is read, before it costs seconds and gigabytes to build.
MAX_NODES = 500_000
MAX_TYPED = 150_000  # of them numbers, dates, yes/no: a few per film or question

CHECK_THE_NAME = msg("Check the name and the folder")
START_FROM_EXAMPLE = msg("Start from the example pack questions/spacewalk.yaml")
_EMPTY = (msg("the file is empty"), START_FROM_EXAMPLE)
_TOO_BIG = msg("A question pack is much smaller than this; split it into several packs or check that this "
               "is the right file")
# What a plain value that cannot be read was taken for, by its YAML type.
_READ_AS = {"timestamp": N_("a date"), "int": N_("a whole number"), "float": N_("a number"),
            "bool": N_("true or false"), "null": N_("empty"), "": N_("a value")}

_UNSHOWABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")

_YAML_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_YAML_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_STR_TAG = _YAML_TAG + "str"
_SEQUENCE_TAG = _YAML_TAG + "seq"
_MAPPING_TAG = _YAML_TAG + "map"


@dataclass(slots=True)  # a large pack has hundreds of thousands: no __dict__ each
class Node:
    """One value of the document. `value` is a Python scalar for a scalar, a list of Nodes
    for a sequence, and a list of (key, value) Node pairs for a mapping (keys are strings,
    their order kept). `text` is a scalar as written, so that `title: 1961` can still be
    read as the text "1961"."""

    kind: str  # "scalar" | "sequence" | "mapping"
    line: int
    column: int
    value: Any = None
    text: str = ""
    quoted: bool = False
    # A scalar shares one empty tuple rather than owning an empty list: a large pack has
    # hundreds of thousands of scalars, and the lists were a tenth of its peak memory.
    items: list[Any] | tuple[()] = ()

    def get(self, key: str) -> Node | None:
        for k, v in self.items:
            if k.value == key:
                return v
        return None

    def keys(self) -> list[str]:
        return [k.value for k, _ in self.items]

    def describe(self) -> Message:
        """What this value is, in words: for messages like "expected a list, found text"."""
        if self.kind == "mapping":
            return msg("a set of `key: value` lines")
        if self.kind == "sequence":
            return msg("a list")
        if self.value is None:
            return msg("nothing")
        if isinstance(self.value, bool):
            return msg("yes/no (true/false)")
        if isinstance(self.value, (int, float)):
            return msg("the number {text}", text=self.text)
        return msg("the text {text}", text=repr(self.text)) if len(self.text) < 40 else msg("some text")


PathLike = Union[str, "os.PathLike[str]"]


def _problem(file: str, line: int, column: int, message: Message, hint: Message | str = "",
             where: str = "") -> PackProblem:
    return PackProblem(file=file, line=line, column=column, message=message, hint=hint, where=where)


def read_bytes(path: Path, name: str, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a file a person handed us (a pack or a file to import; called `name`
    in messages), never more than `limit` of them, or PackError saying why it cannot be
    read."""
    try:
        with path.open("rb") as f:
            # Read one byte past the limit, so that a huge or endless file (a device, a
            # pipe) is never read whole.
            data = f.read(limit + 1)
    except IsADirectoryError:
        raise PackError([_problem(name, 0, 0, msg("this is a folder, not a pack file"))])
    except FileNotFoundError:
        raise PackError([_problem(name, 0, 0, msg("there is no such file"), CHECK_THE_NAME)])
    except PermissionError:
        raise PackError([_problem(name, 0, 0, msg("the file cannot be opened: permission denied"),
                                  msg("Ask whoever owns the file to let you read it"))])
    except OSError as e:
        raise PackError([_problem(name, 0, 0, msg("the file cannot be read ({reason})", reason=str(e.strerror or e)))])
    check_size(data, name, limit)
    return data


def check_size(data: bytes, name: str, limit: int) -> None:
    """PackError when `data` is longer than `limit` bytes."""
    if len(data) > limit:
        raise PackError([_problem(
            name, 0, 0, msg("the file is larger than {size} MB", size=f"{limit / (1024 * 1024):g}"),
            msg("A question pack or quiz file is text and is much smaller than this; split it into "
                "several files or check that this is the right file"))])


def not_a_pack_start(what: Message) -> Message:
    """A pack file whose top level is `what` where `key: value` lines belong."""
    return msg("a pack must start with `key: value` lines such as `format: 1`, but this file holds {what}",
               what=what)


def _line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data:
        line, column = _line_col(data.decode("utf-8", "replace"), data.index(b"\x00"))
        raise PackError([_problem(
            name, line, column, msg("this is not a text file (it contains binary data)"),
            msg("A pack is a plain text file written in YAML; check that this is the right file"))])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line, column = _line_col(data[: e.start].decode("utf-8", "replace"), e.start)
        raise PackError([_problem(
            name, line, column, msg("the file is not saved as UTF-8 text"),
            msg("Save it again with the encoding set to UTF-8 (most editors offer this under "
                "'Save as' or 'Encoding')"))])
    text = text.removeprefix("\ufeff")  # a byte-order mark some editors write
    control = re.search(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]", text)
    if control:
        line, column = _line_col(text, control.start())
        raise PackError([_problem(
            name, line, column,
            msg("the file contains an invisible control character (code {code})", code=f"{ord(control.group()):#04x}"),
            msg("Delete it: retype the line, or copy the text through a plain-text editor"))])
    if not text.strip() or all(
        not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()
    ):
        raise PackError([_problem(name, 0, 0, *_EMPTY)])
    return text


def _syntax_hint(text: str, error: yaml.MarkedYAMLError) -> Message:
    """Turns the parser's complaint into advice: most YAML mistakes are one of a few."""
    mark = error.problem_mark
    lines = text.splitlines()
    problem = error.problem or ""
    context = error.context or ""
    here = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    near = [lines[m.line] for m in (error.context_mark, mark) if m is not None and m.line < len(lines)]
    if any(re.match(r"\s*\t", ln) for ln in near) or (mark is not None and here[mark.column : mark.column + 1] == "\t"):
        return msg("Use spaces, not tabs, to indent")
    if "quoted scalar" in context:
        return msg("A quote opened here is never closed: add the closing quote at the end of the text")
    if any(re.match(r"\s*(-\s+)?[\w-]+:[^\s/]", ln) for ln in near) and "simple key" in context:
        return msg("Put a space after the colon, as in `year: 2017`")
    if "mapping values are not allowed" in problem:
        return msg("A value that contains `: ` must be put in quotes, as in "
                   "`title: \"Spacewalk: the true story\"`; or check the indentation of this line")
    if "flow sequence" in context:
        return msg("A list written in brackets must end with `]`, its items separated by commas")
    if "flow mapping" in context:
        return msg("A mapping written in braces must end with `}`, its entries separated by commas")
    if "block" in context or "expected <block end>" in problem or "simple key" in context:
        return msg("Check the indentation: entries at the same level must start in the same column")
    return msg("Check the line for a typing mistake")


def _syntax_problem(text: str, name: str, error: yaml.YAMLError) -> PackProblem:
    if isinstance(error, yaml.MarkedYAMLError) and error.problem_mark is not None:
        hint = _syntax_hint(text, error)
        mark = error.problem_mark
        message = msg("this is not valid YAML: {problem}", problem=str(error.problem))
        context = error.context or ""
        # An unclosed quote, or a key without its colon, is best shown on its own line,
        # not where the parser gave up (often the end of the file or the next line).
        if error.context_mark is not None and ("quoted scalar" in context or "simple key" in context):
            mark = error.context_mark
            message = (msg("this text opens a quote that is never closed") if "quoted" in context
                       else msg("this line is not a `key: value` line"))
        return _problem(name, mark.line + 1, mark.column + 1, message, hint)
    return _problem(name, 0, 0, msg("this is not valid YAML: {problem}", problem=str(error)))


class _Builder:
    """Builds the Node tree from parser events, with the checks the module docstring
    lists. One instance per file."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.resolver = Resolver()
        self.constructor = SafeConstructor()
        self.typed = 0  # scalars that went through the constructor
        self._line = (-1, 0)  # (0-based line of the last mark, its 1-based line number)

    def line(self, mark: yaml.Mark) -> int:
        """The 1-based line of `mark`, one int object for all the values on a line: past
        line 256 each would otherwise be an object of its own, a few MB in a large pack."""
        if mark.line != self._line[0]:
            self._line = (mark.line, mark.line + 1)
        return self._line[1]

    def fail(self, event: yaml.Event, message: Message, hint: Message | str = "") -> PackError:
        mark = event.start_mark
        return PackError([_problem(self.name, mark.line + 1, mark.column + 1, message, hint)])

    def check_event(self, event: yaml.Event) -> None:
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise self.fail(
                event, msg("anchors and aliases (`&name`, `*name`) are not allowed in a pack"),
                msg("Write the value out in full where it is needed"))
        tag = getattr(event, "tag", None)
        if tag is None or tag == "!":
            return
        allowed = _SCALAR_TAGS if isinstance(event, yaml.ScalarEvent) else (
            {_SEQUENCE_TAG} if isinstance(event, yaml.SequenceStartEvent) else {_MAPPING_TAG})
        if tag not in allowed:
            shown = tag.replace(_YAML_TAG, "!!")
            raise self.fail(event, msg("the tag `{tag}` is not allowed in a pack", tag=shown),
                            msg("Remove it: a pack holds only plain text, numbers, dates, lists "
                                "and `key: value` lines"))

    def scalar(self, event: yaml.ScalarEvent) -> Node:
        mark = event.start_mark
        plain = event.style in ("", None)
        tag = event.tag if event.tag not in (None, "!") else (
            self.resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
            if plain else _STR_TAG)
        if tag == _STR_TAG:
            # An escape in quotes ("\\0", "\\ud800") can make what the raw-text check
            # refuses: text no screen can show, which the game's text renderer choked on.
            if not plain and _UNSHOWABLE.search(event.value):
                raise self.fail(event, msg("this text holds an invisible control character or a broken "
                                           "\\u escape"), msg("Remove the `\\` escape, or write the character itself"))
            # Most of a pack is text, which is its own value: no need for the constructor's
            # machinery (half the time of reading a large pack went there).
            return Node("scalar", self.line(mark), mark.column + 1, value=event.value, text=event.value,
                        quoted=not plain)
        self.typed += 1
        if self.typed > MAX_TYPED:
            # Numbers, dates and yes/no cost the constructor's time: a file of half a
            # million of them took 4 s to refuse by the count of values alone.
            raise self.fail(event, nmsg("the file holds more than {n} number, date and yes/no value",
                                        "the file holds more than {n} numbers, dates and yes/no values", MAX_TYPED),
                            _TOO_BIG)
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            value = self.constructor.construct_object(node)
        except (ConstructorError, ValueError, OverflowError):
            what = _READ_AS.get(tag.replace(_YAML_TAG, ""), _READ_AS[""])
            raise self.fail(event, msg("{value} cannot be read as {what}", value=repr(event.value), what=msg(what)),
                            msg("Check the value (a date is written 2017-04-06), or put it in quotes "
                                "to keep it as text"))
        return Node("scalar", self.line(mark), mark.column + 1, value=value, text=event.value,
                    quoted=not plain)

    def build(self, events: Any) -> Node:
        root: Node | None = None
        stack: list[Node] = []
        pending_key: list[Node | None] = []
        seen_keys: list[dict[str, Node]] = []
        documents = 0
        nodes = 0

        def attach(node: Node) -> None:
            nonlocal root
            if not stack:
                root = node
                return
            parent = stack[-1]
            if parent.kind == "sequence":
                parent.items.append(node)
                return
            key = pending_key[-1]
            if key is None:
                if node.kind != "scalar":
                    raise PackError([_problem(
                        self.name, node.line, node.column,
                        msg("a key must be a single word or text, not a list or mapping"),
                        msg("Check the indentation of this line"))])
                # Keys as written: `no:` is the word "no", not false. Interned: a large
                # pack repeats the same few dozen keys hundreds of thousands of times.
                node.value = node.text = sys.intern(node.text)
                first = seen_keys[-1].get(node.value)
                if first is not None:
                    raise PackError([_problem(
                        self.name, node.line, node.column,
                        msg("the key `{key}` appears twice in the same place: on line {first} and again "
                            "on line {line}", key=node.value, first=str(first.line), line=str(node.line)),
                        msg("Keep one of them (YAML would silently use only the last)"))])
                seen_keys[-1][node.value] = node
                pending_key[-1] = node
            else:
                parent.items.append((key, node))
                pending_key[-1] = None

        scalar_event = yaml.ScalarEvent
        for event in events:
            if isinstance(event, (scalar_event, yaml.CollectionStartEvent)):
                nodes += 1
                if nodes > MAX_NODES:
                    raise self.fail(event, nmsg("the file holds more than {n} value",
                                                "the file holds more than {n} values", MAX_NODES), _TOO_BIG)
            if type(event) is scalar_event and event.anchor is None and event.tag is None:
                # The common case first, already known to pass `check_event`.
                attach(self.scalar(event))
                continue
            self.check_event(event)
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise self.fail(event, msg("the file holds more than one YAML document (`---`)"),
                                    msg("A pack file holds one pack; put the second one in its own file"))
            elif isinstance(event, yaml.ScalarEvent):
                attach(self.scalar(event))
            elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                if not stack and isinstance(event, yaml.SequenceStartEvent):
                    # A pack is `key: value` lines; a file that is one long list is refused
                    # at its first line rather than after building all of it.
                    raise self.fail(event, not_a_pack_start(msg("a list")),
                                    START_FROM_EXAMPLE)
                if len(stack) >= MAX_DEPTH:
                    raise self.fail(event, nmsg("the file is nested more than {n} level deep",
                                                "the file is nested more than {n} levels deep", MAX_DEPTH),
                                    msg("Check the indentation; a pack never needs this many levels"))
                mark = event.start_mark
                kind = "sequence" if isinstance(event, yaml.SequenceStartEvent) else "mapping"
                node = Node(kind, self.line(mark), mark.column + 1, items=[])
                attach(node)
                stack.append(node)
                pending_key.append(None)
                seen_keys.append({})
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                stack.pop()
                pending_key.pop()
                seen_keys.pop()
        if root is None:
            raise PackError([_problem(self.name, 0, 0, *_EMPTY)])
        return root


def parse_yaml(text: str, name: str) -> Node:
    """The Node tree of `text` (read from the file called `name`), or PackError."""
    try:
        return _Builder(name).build(yaml.parse(text, Loader=_LOADER))
    except yaml.YAMLError as e:
        raise PackError([_syntax_problem(text, name, e)]) from None


def parse_bytes(data: bytes, name: str) -> Node:
    """The Node tree of the file called `name` holding `data`, or PackError."""
    return parse_yaml(_decode(data, name), name)


def parser_name() -> str:
    """Which YAML parser reads packs here: libyaml accepts a little text that the
    pure-Python parser refuses, so what a pack reads as can depend on it."""
    return _LOADER.__name__
