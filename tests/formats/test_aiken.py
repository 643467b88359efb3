"""Moodle Aiken in."""

from __future__ import annotations

import pytest
from format_samples import asked, import_sample, import_text

from quiz.core.errors import PackError


def test_the_sample_gives_three_questions_with_dots_brackets_and_multi_line_prompts():
    assert asked(import_sample("aiken", "quiz.aiken.txt")) == [
        ("Who made the first spacewalk?", ("Yuri Gagarin", "Alexei Leonov", "Neil Armstrong", "Valentina Tereshkova"),
         "Alexei Leonov"),
        ("Which actor played Pavel Belyaev in the film Spacewalk (2017)?",
         ("Evgeny Mironov", "Vladimir Ilyin", "Konstantin Khabensky"), "Konstantin Khabensky"),
        ("Кто сыграл Сергея Королёва в фильме «Время первых»?", ("Владимир Ильин", "Евгений Миронов"), "Владимир Ильин"),
    ]


def test_an_answer_letter_that_is_no_option_is_an_error_on_its_line():
    with pytest.raises(PackError) as e:
        import_text("aiken", "Q?\nA. a\nB. b\nANSWER: C\n")
    (problem,) = e.value.problems
    assert problem.line == 4 and "not one of the options A, B" in problem.message


def test_a_question_without_answer_line_is_an_error_naming_where_it_starts():
    with pytest.raises(PackError) as e:
        import_text("aiken", "Q1?\nA. a\nB. b\nANSWER: A\n\nQ2?\nA. a\nB. b\n")
    assert [p.line for p in e.value.problems] == [6]
