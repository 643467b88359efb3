"""Moodle GIFT in."""

from __future__ import annotations

import pytest
from format_samples import asked, import_sample, import_text

from quiz.core.errors import PackError


def test_every_playable_construct_of_the_sample_is_read():
    result = import_sample("gift", "quiz.gift")
    assert asked(result) == [
        ("Who made the first spacewalk, in 1965?", ("Alexei Leonov", "Yuri Gagarin", "Pavel Belyaev", "Neil Armstrong"),
         "Alexei Leonov"),
        ("The film Spacewalk was released in _____.", ("2015", "2017", "2019"), "2017"),
        ("Pavel Belyaev landed Voskhod 2 by hand.", (), True),
        ("The automatic landing system of Voskhod 2 worked as planned.", (), False),
        ("Which of these is a GIFT special character: { } = or ~ ?",
         ("All of them: { } = ~ and # need a backslash", "None of them"), "All of them: { } = ~ and # need a backslash"),
        ("Как называется фильм 2017 года о первом выходе человека в открытый космос?",
         ("Время первых", "Салют-7", "Гагарин. Первый в космосе"), "Время первых"),
    ]


def test_names_become_ids_and_categories_become_tags():
    questions = import_sample("gift", "quiz.gift").pack["questions"]
    assert [q["id"] for q in questions[:5]] == ["leonov", "spacewalk-year", "manual-landing", "automatic", "escapes"]
    assert questions[0]["tags"] == ["Films/Space"]
    assert questions[5]["tags"] == ["Russian films"]
    assert questions[5]["id"].startswith("q-")  # a Cyrillic name gives no Latin id


def test_feedback_becomes_the_explanation():
    questions = import_sample("gift", "quiz.gift").pack["questions"]
    assert questions[0]["explanation"] == "Right: on 18 March 1965, from Voskhod 2."
    assert questions[2]["explanation"] == "The crew came down in the taiga."  # general feedback wins


def test_unplayable_types_are_skipped_with_one_warning_each_naming_the_line():
    warnings = import_sample("gift", "quiz.gift").warnings
    found = {(w.line, kind) for w in warnings for kind in
             ("matching", "numeric", "short-answer", "essay", "partial marks", "description") if kind in w.message}
    assert found == {(29, "matching"), (35, "numeric"), (37, "short-answer"), (39, "essay"), (41, "partial marks"),
                     (43, "description")}
    assert len(warnings) == 6


def test_true_false_spellings():
    result = import_text("gift", "A?{T}\n\nB?{true}\n\nC?{F}\n\nD?{FALSE#no#yes}\n")
    assert [a for _, _, a in asked(result)] == [True, True, False, False]
    assert result.pack["questions"][3]["explanation"] == "yes"


def test_html_and_markdown_are_reduced_to_plain_text():
    result = import_text("gift", "[html]<p>Who is <i>Leonov</i>&nbsp;&amp; co?</p>{=a ~b}\n\n"
                                 "[markdown]**Who** is [Leonov](http://x)?{=a ~b}\n")
    assert [p for p, _, _ in asked(result)] == ["Who is Leonov\u00a0& co?", "Who is Leonov?"]


def test_escaped_newline_is_a_line_break():
    (prompt, _, _), = asked(import_text("gift", r"First line\nsecond line {=a ~b}"))
    assert prompt == "First line\nsecond line"


def test_an_unclosed_answer_list_is_an_error_at_its_brace():
    with pytest.raises(PackError) as e:
        import_text("gift", "// comment\nQ1? {=a ~b}\n\nQ2?\n  {=a ~b\n", name="q.gift")
    (problem,) = e.value.problems
    assert (problem.line, problem.column) == (5, 3)
    assert "never closed" in problem.message


def test_answers_without_marks_are_an_error():
    with pytest.raises(PackError, match="do not start with = or ~"):
        import_text("gift", "Q? {a ~b}")


def test_only_comments_is_an_error_not_an_empty_pack():
    with pytest.raises(PackError, match="found no questions"):
        import_text("gift", "// nothing here\n")


def test_answers_not_marked_are_an_error_at_the_first_answer():
    with pytest.raises(PackError) as e:
        import_text("gift", "Q?\n{\n   Leonov ~Gagarin}")
    (problem,) = e.value.problems
    assert (problem.line, problem.column) == (3, 4)


def test_a_blank_at_the_start_of_the_sentence():
    (prompt, _, _), = asked(import_text("gift", "{=Leonov ~Gagarin} made the first spacewalk."))
    assert prompt == "_____ made the first spacewalk."
