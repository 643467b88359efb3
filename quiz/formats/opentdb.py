"""Open Trivia DB JSON in and out: `{"response_code": 0, "results": [...]}`, each result
with `type` (`multiple` or `boolean`), `difficulty`, `category`, `question`,
`correct_answer` and `incorrect_answers`.

OpenTDB escapes HTML (`&quot;`, `&#039;`): every text is decoded on reading, category names
too, and escaped again on writing. Stray spaces are trimmed. The difficulty is kept, the
category becomes a tag.

An OpenTDB file does not say where the right answer sits among the options. The importer
puts it at a place derived from the question text — stable from one import to the next,
and not always first, which would make an easy pattern for players. So a round trip keeps
the prompt, the set of options and the right answer, not their order.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from typing import Any

from quiz.core.errors import msg
from quiz.core.models import DIFFICULTIES, Pack, Question
from quiz.formats.common import (
    choice_question, clean, Ids, ImportOptions, ImportResult, playable_options, Problems,
    questions_result, truefalse_question,
)

_CODES = {
    1: msg("OpenTDB had not enough questions for that request"),
    2: msg("the request to OpenTDB had an invalid parameter"),
    3: msg("the OpenTDB session token was not found"),
    4: msg("the OpenTDB session token has used up all its questions"),
    5: msg("OpenTDB refused too many requests at once"),
}


def _text(value: str) -> str:
    return clean(html.unescape(value))


def _item_positions(text: str, count: int) -> list[tuple[int, int]]:
    """Line and column of each result, found by decoding the results array item by item
    (json.loads does not say where things are). Unknown places are line 0."""
    found = re.search(r'"results"\s*:\s*\[', text)
    places: list[tuple[int, int]] = []
    if found:
        decoder, i = json.JSONDecoder(), found.end()
        # Lines are counted from the previous item on, not from the top for each item:
        # counting from the top made a file of 20,000 questions take most of a minute.
        line, line_start, counted = 1, 0, 0
        while len(places) < count:
            while i < len(text) and text[i] in " \t\n\r,":
                i += 1
            try:
                _, end = decoder.raw_decode(text, i)
            except ValueError:
                break
            line += text.count("\n", counted, i)
            line_start = max(line_start, text.rfind("\n", counted, i) + 1)
            counted = i
            places.append((line, i - line_start + 1))
            i = end
    return places + [(0, 0)] * (count - len(places))


def read(text: str, opts: ImportOptions) -> ImportResult:
    problems = Problems(opts.file)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise problems.fail(e.lineno, e.colno, msg("this is not valid JSON: {reason}", reason=e.msg),
                            msg("Check the file was saved completely; an OpenTDB file starts with {\"response_code\""))
    except RecursionError:
        raise problems.fail(1, 1, msg("this JSON is nested too deeply to be an OpenTDB file")) from None
    if not isinstance(data, dict) or not isinstance(data.get("results"), list):
        raise problems.fail(1, 1, msg('this is not an OpenTDB file: it has no "results" list'),
                            msg('An OpenTDB file looks like {"response_code": 0, "results": [ … ]}'))
    code = data.get("response_code", 0)
    if code not in (0, None):
        # (A list or object as the code is no key: it raised TypeError, not PackError.)
        reason = (_CODES.get(code) if isinstance(code, (int, float)) else None) or msg("OpenTDB answered with code {code}", code=str(code))
        raise problems.fail(1, 1, msg("the file holds no questions: {reason}", reason=reason),
                            msg("Download the questions again"))
    results = data["results"]
    places = _item_positions(text, len(results))
    ids = Ids()
    questions = [_question(n, item, line, column, ids, opts, problems)
                 for n, (item, (line, column)) in enumerate(zip(results, places), 1)]
    return questions_result(opts, problems, questions, "Open Trivia DB")


def _question(n: int, item: Any, line: int, column: int, ids: Ids, opts: ImportOptions, problems: Problems):
    where = msg("question {n}", n=str(n))
    if not isinstance(item, dict):
        problems.error(line, column, msg("{where} is not a question object", where=where),
                       msg("Each result is { \"question\": … }"))
        return None
    strings = {k: item.get(k) for k in ("type", "difficulty", "category", "question", "correct_answer")}
    wrong = item.get("incorrect_answers")
    if not all(isinstance(strings[k], str) for k in ("question", "correct_answer")) or not isinstance(wrong, list) \
            or not all(isinstance(w, str) for w in wrong):
        problems.error(line, column, msg("{where} lacks question, correct_answer or incorrect_answers (as text)",
                                         where=where),
                       msg("Each result needs \"question\", \"correct_answer\" and \"incorrect_answers\": [ … ]"))
        return None
    prompt, right = _text(strings["question"]), _text(strings["correct_answer"])
    if not prompt or not right:
        problems.error(line, column, msg("{where} has an empty question or correct answer", where=where))
        return None
    difficulty = strings["difficulty"].strip().lower() if isinstance(strings["difficulty"], str) else ""
    if difficulty and difficulty not in DIFFICULTIES:
        problems.warn(line, column, msg("{where}: difficulty {difficulty} is not easy, medium or hard; left out",
                                        where=where, difficulty=repr(difficulty)))
        difficulty = ""
    category = _text(strings["category"]) if isinstance(strings["category"], str) else ""
    common = {"source": opts.source_name, "difficulty": difficulty, "tags": [category]}
    qid = ids.make(prompt)
    if strings["type"] == "boolean" or (not wrong and right.lower() in ("true", "false")):
        if right.lower() not in ("true", "false"):
            problems.error(line, column, msg("{where} is true/false but its correct_answer is {answer}",
                                             where=where, answer=repr(right)),
                           msg('Write "True" or "False"'))
            return None
        return truefalse_question(qid, prompt, right.lower() == "true", **common)
    options = [_text(w) for w in wrong]
    if not options or any(not o for o in options):
        problems.warn(line, column, msg("skipped {where}: its wrong answers are missing or empty", where=where))
        return None
    if not playable_options(problems, line, column, where, [right, *options]):
        return None
    at = int.from_bytes(hashlib.sha256(prompt.encode("utf-8")).digest()[:4], "big") % (len(options) + 1)
    options.insert(at, right)
    return choice_question(qid, prompt, options, at, **common)


def write(pack: Pack, questions: list[Question], locale: str) -> bytes:
    category = pack.title.get(locale, pack.default_locale)
    results = [
        {
            "type": "multiple",
            "difficulty": q.difficulty,
            "category": html.escape(q.tags[0] if q.tags else category),
            "question": html.escape(q.prompt),
            "correct_answer": html.escape(q.answer_text),
            "incorrect_answers": [html.escape(o) for i, o in enumerate(q.options) if i != q.answer],
        }
        for q in questions
    ]
    return (json.dumps({"response_code": 0, "results": results}, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
