"""Moodle Aiken files in: a question, its options `A.` or `A)` one per line, then
`ANSWER: B`. The question may run over several lines; blank lines between questions are
optional (the ANSWER line ends a question). Aiken has no feedback, so no explanations.
"""

from __future__ import annotations

import re

from quiz.core.errors import msg
from quiz.core.packs import MIN_OPTIONS
from quiz.formats.common import (
    choice_question, clean, Ids, ImportOptions, ImportResult, playable_options, Problems,
    question_on_line, questions_result,
)

_OPTION = re.compile(r"^([A-Za-z])[.)]\s+(\S.*)$")
_ANSWER = re.compile(r"^ANSWER\s*:\s*(.*)$", re.I)


def read(text: str, opts: ImportOptions) -> ImportResult:
    problems = Problems(opts.file)
    ids = Ids()
    questions = []
    prompt: list[str] = []
    options: list[tuple[str, str]] = []
    start = 0
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        if not line:
            continue
        answer = _ANSWER.match(line)
        option = _OPTION.match(line)
        if answer:
            if not prompt or not options:
                problems.error(number, 1, msg("this ANSWER: line has no question and options above it"),
                               msg("Each question is its text, the options A. B. C. …, then ANSWER: and a letter"))
            else:
                questions.append(_finish(start, number, " ".join(prompt), options, answer.group(1), ids, opts,
                                         problems))
            prompt, options = [], []
        elif option and prompt:
            options.append((option.group(1).upper(), clean(option.group(2))))
        elif options:
            problems.error(number, 1, msg("line {line} is neither an option (A. …) nor the ANSWER: line of {where}",
                                          line=str(number), where=question_on_line(start)),
                           msg("Add the ANSWER: line after the options"))
            prompt, options = [], []
        else:
            if not prompt:
                start = number
            prompt.append(clean(line))
    if prompt:
        problems.error(start, 1, msg("{where} has no ANSWER: line", where=question_on_line(start)),
                       msg("End every question with a line like ANSWER: B"))
    return questions_result(opts, problems, questions, "Moodle Aiken")


def _finish(start: int, answer_line: int, prompt: str, options: list[tuple[str, str]], letter: str, ids: Ids,
            opts: ImportOptions, problems: Problems):
    letters = [l for l, _ in options]
    letter = letter.strip().upper()
    if letter not in letters:
        problems.error(answer_line, 1, msg("ANSWER: {letter} is not one of the options {letters} of {where}",
                                           letter=letter or msg("(nothing)"), letters=", ".join(letters),
                                           where=question_on_line(start)),
                       msg("Write the letter of the right option"))
        return None
    if len(options) < MIN_OPTIONS:
        problems.error(start, 1, msg("{where} has only one option", where=question_on_line(start)),
                       msg("Give it at least two"))
        return None
    texts = [t for _, t in options]
    where = question_on_line(start)
    if len(set(letters)) != len(letters):
        problems.warn(start, 1, msg("skipped {where}: two of its options have the same letter", where=where))
        return None
    if not playable_options(problems, start, 1, where, texts):
        return None
    return choice_question(ids.make(prompt), prompt, texts, letters.index(letter), source=opts.source_name)
