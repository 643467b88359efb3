"""Open Trivia DB JSON in."""

from __future__ import annotations

import json

import pytest
from format_samples import asked, import_sample, import_text

from quiz.core.errors import PackError


def test_entities_are_decoded_spaces_trimmed_difficulty_and_category_kept():
    result = import_sample("opentdb", "opentdb.json")
    questions = result.pack["questions"]
    prompts = [p for p, _, _ in asked(result)]
    assert prompts == ['Who directed the 1975 film "Jaws"?', 'In "Toy Story" (1995), Woody is voiced by Tom Hanks.',
                       "In which film does Matthew Broderick play the title role?"]
    assert [q["difficulty"] for q in questions] == ["easy", "medium", "hard"]
    assert questions[1]["tags"] == ["Entertainment: Cartoon & Animations"]
    assert questions[1]["type"] == "truefalse" and questions[1]["answer"] is True
    assert asked(result)[2][2] == "Ferris Bueller's Day Off"
    assert sorted(asked(result)[2][1]) == sorted(["Ferris Bueller's Day Off", "WarGames", "The Breakfast Club", "Glory"])


def test_the_right_answer_is_not_always_first():
    results = [{"type": "multiple", "difficulty": "easy", "category": "Film", "question": f"Question {n}?",
                "correct_answer": "right", "incorrect_answers": ["w1", "w2", "w3"]} for n in range(12)]
    result = import_text("opentdb", json.dumps({"response_code": 0, "results": results}))
    assert len({q["answer"] for q in result.pack["questions"]}) > 1


def test_broken_json_names_line_and_column():
    with pytest.raises(PackError) as e:
        import_text("opentdb", '{"results": [\n  {"question": "a",,}\n]}', name="t.json")
    (problem,) = e.value.problems
    assert (problem.file, problem.line) == ("t.json", 2)
    assert problem.column > 1


def test_a_result_missing_fields_is_an_error_on_its_line():
    text = '{"response_code": 0, "results": [\n  {"type": "multiple", "question": "Q?",\n   "correct_answer": "a",\n' \
           '   "incorrect_answers": ["b"]},\n  {"question": "no answers"}\n]}'
    with pytest.raises(PackError) as e:
        import_text("opentdb", text)
    assert [(p.line, p.column) for p in e.value.problems] == [(5, 3)]


def test_an_error_code_from_opentdb_is_explained():
    with pytest.raises(PackError, match="not enough questions"):
        import_text("opentdb", '{"response_code": 1, "results": []}')


@pytest.mark.parametrize("code", ["[1]", '"1"', "{}", "1.5"])
def test_a_response_code_that_is_not_a_number_is_a_problem_not_a_crash(code):
    with pytest.raises(PackError):
        import_text("opentdb", '{"response_code": %s, "results": []}' % code)


def test_a_large_file_imports_in_time_with_each_mistake_on_its_own_line():
    # Each result's place was counted from the top of the file: 6,000 results took 4 s,
    # 20,000 took 48 s.
    import time

    good = '{"type": "boolean", "difficulty": "easy", "category": "c", "question": "Q%d?", ' \
           '"correct_answer": "True", "incorrect_answers": ["False"]}'
    items = [good % n for n in range(6_000)]
    items[5_000] = '{"question": "no answers"}'
    text = '{"response_code": 0, "results": [\n' + ",\n".join(items) + "\n]}"
    start = time.perf_counter()
    with pytest.raises(PackError) as e:
        import_text("opentdb", text)
    assert time.perf_counter() - start < 1.5
    assert [(p.line, p.column) for p in e.value.problems] == [(5_002, 1)]
