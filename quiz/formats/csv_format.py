"""Spreadsheet (CSV) quizzes in and out, with the columns teachers know from classroom quiz
tools such as Kahoot and Quizizz: a question, answers 1 to 4 (up to 6), a time limit and
the correct answer(s) as a number like `2` (or a letter, `B`).

Reading is forgiving about the header: case, spaces and the hints templates add
("Answer 1 - max 75 characters") do not matter; "Answer 1", "answer1", "Option A",
"Choice 1" and the Russian "Ответ 1" / "Вариант 1" all mean the first answer. Title rows
above the header (the Kahoot template has some) are skipped. The file may be UTF-8 with or
without a byte-order mark, with commas, semicolons (a Russian Excel) or tabs between cells:
the separator is the one that makes a header row appear.

A row with several correct answers (`1,3`) is skipped with a warning naming its line: the
game has exactly one right answer per question, and keeping only the first would mark
players wrong for an answer the teacher counted as right. The time limit is read but not
kept (a pack has no time limits; the game's settings decide).

Written: UTF-8 with a byte-order mark (so Excel shows Cyrillic), commas, the columns
Question, Answer 1…N, Time limit (sec), Correct answer(s), Explanation.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from quiz.core.errors import Message, msg, nmsg
from quiz.core.models import Pack, Question
from quiz.core.packs import MIN_OPTIONS
from quiz.formats.common import (
    choice_question, clean, Ids, ImportOptions, ImportResult, playable_options, Problems,
    question_on_line, questions_result,
)

_QUESTION = {"question", "questiontext", "prompt", "вопрос", "текствопроса"}
_CORRECT = {
    "correct", "correctanswer", "correctanswers", "correctoption", "correctoptions", "correctchoice", "answerkey",
    "key", "right", "rightanswer", "правильныйответ", "правильныеответы", "верныйответ", "верныеответы",
}
_EXPLANATION = {"explanation", "answerexplanation", "feedback", "пояснение", "объяснение", "комментарий"}
_TIME = {"time", "timelimit", "timeinseconds", "timelimitsec", "seconds", "время", "времявсекундах"}
_TYPE = {"type", "questiontype", "типвопроса"}
_ANSWER = re.compile(r"^(?:answer|option|choice|ответ|вариант)([1-9]|[a-f])$")
# Quizizz-style type column values the game can play; any other type is skipped.
_PLAYABLE_TYPES = {"", "multiplechoice", "multiple", "quiz", "choice", "checkbox", "trueorfalse", "truefalse",
                   "выборответа", "одинответ"}
_LETTERS = "abcdef"
TIME_LIMIT = 20  # seconds written on export: the Kahoot default, which the game ignores on import


def _key(header: str) -> str:
    """"Answer 1 - max 75 characters" -> "answer1"; "Correct answer(s)" -> "correctanswer"."""
    head = re.split(r"\s[-–—]\s|\(", header.strip().lower(), maxsplit=1)[0]
    return re.sub(r"[\W_]+", "", head)


@dataclass
class _Columns:
    question: int
    answers: list[tuple[int, int]]  # (answer number 1.., cell index)
    correct: int
    explanation: int | None
    qtype: int | None
    unused: list[str]


def _columns(row: list[str]) -> _Columns | None:
    question = correct = explanation = qtype = None
    answers, unused = [], []
    for i, cell in enumerate(row):
        key = _key(cell)
        numbered = _ANSWER.match(key)
        if key in _QUESTION and question is None:
            question = i
        elif numbered:
            n = numbered.group(1)
            answers.append((int(n) if n.isdigit() else _LETTERS.index(n) + 1, i))
        elif key in _CORRECT and correct is None:
            correct = i
        elif key in _EXPLANATION and explanation is None:
            explanation = i
        elif key in _TYPE and qtype is None:
            qtype = i
        elif key and key not in _TIME:
            unused.append(cell.strip())
    if question is None or correct is None or len(answers) < MIN_OPTIONS:
        return None
    return _Columns(question, sorted(answers), correct, explanation, qtype, unused)


def _records(text: str, delimiter: str, limit: int | None = None) -> list[tuple[int, list[str]]]:
    """Rows (the first `limit` of them, or all) with the line each starts on (a cell may
    hold a line break)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for row in reader:
            if limit is not None and len(rows) >= limit:
                break
            rows.append((line, row))
            line = reader.line_num + 1
    except csv.Error:
        return rows
    return rows


def _header(text: str) -> tuple[list[tuple[int, list[str]]], int, _Columns] | None:
    """The rows, the index of the header row and its columns, for the separator that gives
    a header: that is how the separator is sniffed."""
    for delimiter in (";", ",", "\t"):
        # Only the first rows are looked at, so only they are read until the separator is
        # known: reading every row for each candidate made a large file of junk cost a
        # few hundred megabytes before it was refused.
        head = _records(text, delimiter, limit=20)
        for index, (_, row) in enumerate(head):
            columns = _columns(row)
            if columns:
                return _records(text, delimiter), index, columns
    return None


def _column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def read(text: str, opts: ImportOptions) -> ImportResult:
    problems = Problems(opts.file)
    found = _header(text)
    if found is None:
        raise problems.fail(1, 1, msg("found no header row with Question, Answer 1, Answer 2 … and Correct answer columns"),
                            msg("Put the column names in the first row, e.g. Question;Answer 1;Answer 2;Answer 3;"
                                "Answer 4;Time limit;Correct answer"))
    rows, header_at, cols = found
    header = rows[header_at][1]
    if cols.unused:
        problems.warn(rows[header_at][0], 1, msg("these columns are not used: {columns}", columns=", ".join(cols.unused)))
    ids = Ids()
    questions = [_row(line, row, header, cols, ids, opts, problems) for line, row in rows[header_at + 1:]]
    return questions_result(opts, problems, questions, "spreadsheet")


def _row(line: int, row: list[str], header: list[str], cols: _Columns, ids: Ids, opts: ImportOptions,
         problems: Problems):
    def cell(i: int | None) -> str:
        return clean(row[i]) if i is not None and i < len(row) else ""

    def place(i: int) -> Message:
        return msg("cell {cell} ({header})", cell=f"{_column_name(i)}{line}", header=header[i].strip())

    if not any(c.strip() for c in row):
        return None
    prompt = cell(cols.question)
    answers = {n: cell(i) for n, i in cols.answers}
    if not prompt:
        if any(answers.values()):
            problems.error(line, cols.question + 1, msg("{place} is empty but the row has answers", place=place(cols.question)),
                           msg("Write the question, or delete the row"))
        return None
    if cols.qtype is not None and _key(cell(cols.qtype)) not in _PLAYABLE_TYPES:
        problems.warn(line, cols.qtype + 1, msg("skipped {where}: a {kind} question cannot be played",
                                                where=question_on_line(line), kind=repr(cell(cols.qtype))),
                      msg("The game plays multiple choice and true/false"))
        return None
    raw = cell(cols.correct)
    marks = [m for m in re.split(r"[\s,;/|]+", raw.lower()) if m]
    if not marks:
        problems.error(line, cols.correct + 1, msg("{place} is empty: which answer is right?", place=place(cols.correct)),
                       msg("Write the number of the right answer, e.g. 2"))
        return None
    chosen = []
    for mark in marks:
        if mark.isdigit() and int(mark) in answers:
            chosen.append(int(mark))
        elif len(mark) == 1 and mark in _LETTERS and _LETTERS.index(mark) + 1 in answers:
            chosen.append(_LETTERS.index(mark) + 1)
        else:
            problems.error(line, cols.correct + 1,
                           msg("{place} says {value}, which is not one of the answer numbers {numbers}",
                               place=place(cols.correct), value=repr(raw),
                               numbers=", ".join(str(n) for n in answers)),
                           msg("Write the number of the right answer, e.g. 2 (or 1,3 for several)"))
            return None
    if len(set(chosen)) > 1:
        problems.warn(line, cols.correct + 1, msg("skipped {where}: it has several right answers ({marks})",
                                                  where=question_on_line(line), marks=raw),
                      msg("The game needs exactly one right answer; keep one number in the Correct column"))
        return None
    right = chosen[0]
    if not answers[right]:
        problems.error(line, cols.correct + 1, msg("{place} points to answer {number}, which is empty",
                                                    place=place(cols.correct), number=str(right)),
                       msg("Write that answer, or correct the number"))
        return None
    # Empty answer cells are left out (a two-answer question in a four-answer template).
    options = [(n, a) for n, a in answers.items() if a]
    texts = [a for _, a in options]
    if len(options) < MIN_OPTIONS:
        problems.error(line, cols.question + 1, nmsg("{where} has only {n} answer", "{where} has only {n} answers",
                                                     len(options), where=question_on_line(line)),
                       msg("Give it at least two answers"))
        return None
    if not playable_options(problems, line, 1, question_on_line(line), texts):
        return None
    index = [n for n, _ in options].index(right)
    return choice_question(ids.make(prompt), prompt, texts, index, source=opts.source_name,
                           explanation=cell(cols.explanation))


def write(pack: Pack, questions: list[Question], locale: str) -> bytes:
    width = max([4, *(len(q.options) for q in questions)])
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Question", *(f"Answer {n}" for n in range(1, width + 1)), "Time limit (sec)",
                     "Correct answer(s)", "Explanation"])
    for q in questions:
        answers = list(q.options) + [""] * (width - len(q.options))
        writer.writerow([q.prompt, *answers, TIME_LIMIT, q.answer + 1, q.explanation])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
