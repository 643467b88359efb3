"""Spreadsheet quizzes (Kahoot/Quizizz style) in."""

from __future__ import annotations

import pytest
from format_samples import asked, import_sample, import_text

from quiz.core.errors import PackError


def test_a_kahoot_export_with_bom_and_semicolons_becomes_questions():
    result = import_sample("csv", "kahoot.csv")
    assert asked(result) == [
        ('Who directed "Jaws" (1975)?', ("George Lucas", "Steven Spielberg", "Francis Ford Coppola", "Martin Scorsese"),
         "Steven Spielberg"),
        ("Кто сыграл Алексея Леонова в фильме «Время первых»?",
         ("Константин Хабенский", "Владимир Ильин", "Евгений Миронов"), "Евгений Миронов"),
        ('Which studio made "Toy Story" (1995)?', ("DreamWorks", "Pixar"), "Pixar"),
    ]
    assert all(q["source"] == "kahoot.csv" for q in result.pack["questions"])


def test_several_right_answers_skip_the_row_with_a_warning_naming_its_line():
    result = import_sample("csv", "kahoot.csv")
    skipped = [w for w in result.warnings if "several right answers" in w.message]
    assert [(w.line, w.severity) for w in skipped] == [(7, "warning")]


def test_an_unused_column_is_named():
    result = import_sample("csv", "kahoot.csv")
    assert any("Image link" in w.message for w in result.warnings)


@pytest.mark.parametrize("header", [
    "question,answer1,answer2,answer3,correct answer",
    "QUESTION , Answer 1 , Answer 2 , Answer 3 , Correct Answer(s)",
    "Question Text,Option A,Option B,Option C,Correct Answer",
    "Вопрос,Ответ 1,Ответ 2,Ответ 3,Правильный ответ",
])
def test_header_names_are_matched_loosely(header):
    result = import_text("csv", f"{header}\nWho played Leonov?,Mironov,Ilyin,Khabensky,1\n")
    assert asked(result) == [("Who played Leonov?", ("Mironov", "Ilyin", "Khabensky"), "Mironov")]


def test_comma_separated_without_bom_and_a_letter_as_the_answer():
    result = import_text("csv", "Question,Option A,Option B,Correct\nRight one?,no,yes,B\n")
    assert asked(result) == [("Right one?", ("no", "yes"), "yes")]


def test_an_answer_number_that_is_not_an_answer_is_an_error_at_its_cell():
    with pytest.raises(PackError) as e:
        import_text("csv", "Question;Answer 1;Answer 2;Correct\nQ1?;a;b;1\nQ2?;a;b;5\n", name="quiz.csv")
    (problem,) = e.value.problems
    assert (problem.file, problem.line, problem.column) == ("quiz.csv", 3, 4)
    assert "D3" in problem.message and "'5'" in problem.message


def test_a_missing_correct_answer_is_an_error():
    with pytest.raises(PackError, match="empty: which answer is right"):
        import_text("csv", "Question;Answer 1;Answer 2;Correct\nQ1?;a;b;\n")


def test_no_header_is_an_error_that_says_what_columns_to_use():
    with pytest.raises(PackError, match="Correct answer columns"):
        import_text("csv", "just,some,cells\n1,2,3\n")


def test_a_quizizz_poll_is_skipped():
    result = import_text("csv", "Question Text,Question Type,Option 1,Option 2,Correct Answer\n"
                                "Q1?,Multiple Choice,a,b,2\nFavourite film?,Poll,a,b,1\n")
    assert [q[0] for q in asked(result)] == ["Q1?"]
    assert any("'Poll'" in w.message and w.line == 3 for w in result.warnings)


def test_the_kahoot_template_layout_with_a_numbered_first_column_and_unused_rows():
    text = (",Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,"
            "Answer 3 - max 75 characters,Answer 4 - max 75 characters,"
            "\"Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs\",Correct answer(s) - choose at least one\n"
            "1,Who played Leonov?,Mironov,Ilyin,,,20,1\n2,,,,,,,\n3,,,,,,,\n")
    result = import_text("csv", text)
    assert asked(result) == [("Who played Leonov?", ("Mironov", "Ilyin"), "Mironov")]
    assert result.warnings == []
