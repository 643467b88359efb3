"""Every importer skips a question the game cannot show — more than six answers, or two the
same — with the same warning, and imports the rest."""

from __future__ import annotations

import json

import pytest

from quiz.formats import import_bytes
from quiz.formats.common import ImportOptions

SEVEN = ["a", "b", "c", "d", "e", "f", "g"]


def gift(options: list[str]) -> str:
    return "Fine?{=yes ~no}\n\nPick one{" + " ".join(("=" if i == 0 else "~") + o for i, o in enumerate(options)) + "}\n"


def aiken(options: list[str]) -> str:
    letters = "ABCDEFG"
    lines = ["Fine?", "A. yes", "B. no", "ANSWER: A", "", "Pick one"]
    lines += [f"{letters[i]}. {o}" for i, o in enumerate(options)] + ["ANSWER: A", ""]
    return "\n".join(lines)


def opentdb(options: list[str]) -> str:
    fine = {"type": "multiple", "difficulty": "easy", "category": "Film", "question": "Fine?",
            "correct_answer": "yes", "incorrect_answers": ["no", "maybe"]}
    bad = dict(fine, question="Pick one", correct_answer=options[0], incorrect_answers=options[1:])
    return json.dumps({"response_code": 0, "results": [fine, bad]})


@pytest.mark.parametrize("fmt, write", [("gift", gift), ("aiken", aiken), ("opentdb", opentdb)])
@pytest.mark.parametrize("options, says", [(SEVEN, "it has 7 answers, the game shows at most 6"),
                                           (["a", "b", "a"], "two of its answers are the same")])
def test_an_unplayable_question_is_skipped_with_one_warning(fmt, write, options, says):
    result = import_bytes(fmt, write(options).encode("utf-8"), ImportOptions(file=f"in.{fmt}"))
    assert [q["prompt"] for q in result.pack["questions"]] == ["Fine?"]
    assert [w.message.split(": ", 1)[1] for w in result.warnings] == [says]
