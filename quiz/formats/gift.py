"""Moodle GIFT files in and out.

Read: multiple choice (`{=right ~wrong}`, answers inside a sentence too), true/false
(`{T}`, `{FALSE#if wrong#if right}`), question names `::name::` (the question's id),
`$CATEGORY:` (a tag), `//` comments, `[html]` and `[markdown]` text reduced to plain text,
escapes `\\: \\# \\= \\{ \\} \\~ \\n`, feedback (the right answer's, or the general `####`
one, becomes the explanation). Question types the game cannot play — matching, numeric,
short answer, essay, several right answers, weighted answers — are skipped with one
warning each naming their line.

Written: every question as multiple choice in the order the player saw the options, named
by its id, with the explanation as general feedback, so importing the file gives the same
questions back.
"""

from __future__ import annotations

import html
import re
from typing import Iterable

from quiz.core.errors import msg, nmsg
from quiz.core.models import Pack, Question
from quiz.formats.common import (
    choice_question, clean, Ids, ImportOptions, ImportResult, playable_options, Problems,
    question_on_line, questions_result, truefalse_question,
)

_SPECIAL = "~=#{}:"
_TRUE = {"t", "true"}
_FALSE = {"f", "false"}


class _Block:
    """One question's characters with where each came from, so a problem inside a
    question spanning lines still names its line and column."""

    def __init__(self) -> None:
        self.text: list[str] = []
        self.where: list[tuple[int, int]] = []

    def add_line(self, number: int, line: str) -> None:
        if self.text:
            self.text.append("\n")
            self.where.append(self.where[-1])
        for col, ch in enumerate(line, 1):
            self.text.append(ch)
            self.where.append((number, col))

    @property
    def line(self) -> int:
        return self.where[0][0]

    def at(self, index: int) -> tuple[int, int]:
        return self.where[min(index, len(self.where) - 1)]


def _find(text: str, target: str, start: int = 0) -> int:
    """Index of the first `target` at or after `start` that is not escaped with `\\`."""
    i = start
    while i <= len(text) - len(target):
        if text[i] == "\\":
            i += 2
            continue
        if text.startswith(target, i):
            return i
        i += 1
    return -1


def _split(text: str, seps: str) -> list[str]:
    """`text` cut before every unescaped character of `seps` (each piece keeps its mark)."""
    pieces, start, i = [], 0, 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] in seps and i > start:
            pieces.append(text[start:i])
            start = i
        i += 1
    pieces.append(text[start:])
    return pieces


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), text, flags=re.S)


def _markdown_to_plain(text: str) -> str:
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    return re.sub(r"(?m)^\s{0,3}(#{1,6}\s+|>\s?|[-+*]\s+)", "", text)


def _html_to_plain(text: str) -> str:
    text = re.sub(r"(?i)<br\s*/?>|</p\s*>", "\n", text)
    return html.unescape(re.sub(r"<[^>]*>", "", text))


def _plain(raw: str, fmt: str) -> str:
    """GIFT source text as a player sees it: whitespace runs made one space (a `\\n` escape
    is the way to ask for a new line), escapes resolved, markup removed."""
    text = _unescape(re.sub(r"[ \t\n\r\f\v]+", " ", raw).strip(" \t\n\r\f\v"))
    if fmt == "html":
        text = _html_to_plain(text)
    elif fmt == "markdown":
        text = _markdown_to_plain(text)
    return clean(text)


def _blocks(text: str) -> Iterable[tuple[_Block, str]]:
    """Questions (blank-line separated) with the category in force for each."""
    category, block = "", _Block()
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        if stripped.upper().startswith("$CATEGORY:"):
            if block.text:
                yield block, category
                block = _Block()
            category = _category(stripped[len("$CATEGORY:"):])
            continue
        if not stripped:
            if block.text:
                yield block, category
                block = _Block()
            continue
        block.add_line(number, line)
    if block.text:
        yield block, category


def _category(path: str) -> str:
    """`$course$/top/Films/Space` -> `Films/Space`: the part a teacher named."""
    parts = [p.strip() for p in path.strip().split("/")]
    parts = [p for p in parts if p and not (p.startswith("$") and p.endswith("$")) and p.lower() != "top"]
    return "/".join(parts)


def read(text: str, opts: ImportOptions) -> ImportResult:
    problems = Problems(opts.file)
    ids = Ids()
    questions = [_question("".join(block.text), block, category, ids, opts, problems)
                 for block, category in _blocks(text)]
    return questions_result(opts, problems, questions, "Moodle GIFT")


def _question(src: str, block: _Block, category: str, ids: Ids, opts: ImportOptions,
              problems: Problems) -> dict | None:
    line = block.line
    i = len(src) - len(src.lstrip())
    name = ""
    if src.startswith("::", i):
        end = _find(src, "::", i + 2)
        if end < 0:
            problems.error(*block.at(i), msg("the question name opened with :: is never closed"),
                           msg("Write the name between two pairs of colons, like ::Leonov::, or escape a colon as \\:"))
            return None
        name = _plain(src[i + 2:end], "plain")
        i = end + 2
    fmt_match = re.match(r"\s*\[(html|moodle|plain|markdown)\]", src[i:], re.I)
    fmt = "plain"
    if fmt_match:
        fmt = fmt_match.group(1).lower()
        i += fmt_match.end()
    open_at = _find(src, "{", i)
    if open_at < 0:
        if _find(src, "}", i) >= 0:
            problems.error(*block.at(_find(src, "}", i)), msg("this } closes an answer list that was never opened"),
                           msg("Open the answers with {, or write a curly bracket in text as \\}"))
        else:
            problems.warn(line, 1, msg("skipped a text with no answers (a description, not a question)"))
        return None
    close_at = _find(src, "}", open_at + 1)
    if close_at < 0:
        problems.error(*block.at(open_at), msg("the answer list opened here is never closed with }"),
                       msg("Put a } after the last answer, or write a curly bracket in text as \\{"))
        return None
    tail = src[close_at + 1:]
    if _find(tail, "{") >= 0:
        problems.warn(line, 1, msg("skipped a question with more than one answer list (the game asks one thing at a time)"))
        return None
    head = _plain(src[i:open_at], fmt)
    tail_text = _plain(tail, fmt)
    # A missing-word question: the blank stands where the answers were.
    prompt = head
    if tail_text:
        prompt = f"{head} _____".lstrip() + ("" if tail_text[0] in ".,;:!?…)»\"'" else " ") + tail_text
    if not prompt:
        problems.error(*block.at(open_at), msg("this question has no text before its answers"),
                       msg("Write the question before the { … } answer list"))
        return None
    where = question_on_line(line)
    body = src[open_at + 1:close_at]
    general = ""
    cut = _find(body, "####")
    if cut >= 0:
        body, general = body[:cut], _plain(body[cut + 4:], fmt)
    stripped = body.strip()
    common = {"source": opts.source_name, "tags": [category]}
    qid = ids.make(prompt, name)
    if not stripped:
        problems.warn(line, 1, msg("skipped {where}: an essay question cannot be played", where=where))
        return None
    if stripped.startswith("#"):
        problems.warn(line, 1, msg("skipped {where}: a numeric question cannot be played", where=where))
        return None
    first, *feedback = _split(stripped, "#")
    if first.strip().lower() in _TRUE | _FALSE:
        truth = first.strip().lower() in _TRUE
        # In GIFT the first feedback is shown after a wrong answer, the second after a
        # right one; the game explains after either, so the right one reads best.
        notes = [_plain(f[1:], fmt) for f in feedback]
        explanation = general or (notes[1] if len(notes) > 1 else notes[0] if notes else "")
        return truefalse_question(qid, prompt, truth, explanation=explanation, **common)
    return _choice(qid, prompt, body, general, fmt, block, open_at, where, common, problems)


def _choice(qid: str, prompt: str, body: str, general: str, fmt: str, block: _Block, open_at: int, where: str,
            common: dict, problems: Problems) -> dict | None:
    line = block.line
    lead = body[: len(body) - len(body.lstrip())]
    pieces = _split(body.strip(), "~=")
    if pieces[0][:1] not in ("~", "="):
        problems.error(*block.at(open_at + 1 + len(lead)), msg("{where} has answers that do not start with = or ~",
                                                                where=where),
                       msg("Mark the right answer with = and each wrong one with ~, e.g. {=Leonov ~Gagarin}"))
        return None
    options, right, weighted = [], [], False
    for piece in pieces:
        mark, rest = piece[0], piece[1:]
        weight = re.match(r"\s*%(-?\d+(?:\.\d+)?)%", rest)
        if weight:
            rest = rest[weight.end():]
            value = float(weight.group(1))
            if value == 100:
                mark = "="
            elif value != 0:
                weighted = True
        answer, *notes = _split(rest, "#")
        if mark == "=" and _find(answer, "->") >= 0:
            problems.warn(line, 1, msg("skipped {where}: a matching question cannot be played", where=where))
            return None
        if mark == "=":
            right.append((len(options), _plain(notes[0][1:], fmt) if notes else ""))
        options.append(_plain(answer, fmt))
    if weighted:
        problems.warn(line, 1, msg("skipped {where}: answers with partial marks (%50% and the like) cannot be played",
                                  where=where),
                      msg("The game has one right answer per question"))
        return None
    if len(right) == len(options):
        problems.warn(line, 1, msg("skipped {where}: a short-answer question (typed answers) cannot be played",
                                  where=where))
        return None
    if len(right) != 1:
        problems.warn(line, 1, nmsg("skipped {where}: it has {n} right answer, the game needs exactly one",
                                   "skipped {where}: it has {n} right answers, the game needs exactly one",
                                   len(right), where=where) if right else
                      msg("skipped {where}: it has no right answers, the game needs exactly one", where=where))
        return None
    if any(not o for o in options):
        problems.error(*block.at(open_at), msg("{where} has an empty answer", where=where),
                       msg("Remove the lone = or ~, or write the answer after it"))
        return None
    if not playable_options(problems, line, 1, where, options):
        return None
    index, feedback = right[0]
    return choice_question(qid, prompt, options, index, explanation=general or feedback, **common)


def _escape(text: str) -> str:
    text = text.replace("\\", "\\\\")
    for ch in _SPECIAL:
        text = text.replace(ch, "\\" + ch)
    # A leading %50% would read as a weight, and -> as a matching pair.
    text = re.sub(r"^%", r"\\%", text).replace("->", "-\\>")
    return text.replace("\n", "\\n")


def write(pack: Pack, questions: list[Question], locale: str) -> bytes:
    """The questions as a GIFT file (UTF-8), one category named after the pack."""
    out = [
        f"// {pack.title.get(locale, pack.default_locale)} — Film Quiz questions ({locale})",
        f"$CATEGORY: {_escape(pack.title.get(locale, pack.default_locale))}",
        "",
    ]
    for q in questions:
        answers = " ".join(("=" if i == q.answer else "~") + _escape(o) for i, o in enumerate(q.options))
        general = f" ####{_escape(q.explanation)}" if q.explanation else ""
        out.append(f"::{_escape(q.id)}:: {_escape(q.prompt)} {{{answers}{general}}}")
        out.append("")
    return "\n".join(out).encode("utf-8")
