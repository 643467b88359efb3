"""Sessions: question selection, several players, time-outs, totals."""

from __future__ import annotations

import random

import pytest

from quiz.core.scoring import Rules
from quiz.core.session import Session, SessionError, select_questions


def test_selection_takes_the_count_and_the_difficulty(questions):
    chosen = select_questions(questions, 3, "easy", random.Random(1))
    assert len(chosen) == 3 and {q.difficulty for q in chosen} == {"easy"}
    assert len(select_questions(questions, 50, "any", random.Random(1))) == len(questions)


def test_the_same_seed_gives_the_same_order_whatever_the_input_order(questions):
    a = select_questions(questions, 8, "any", random.Random(7))
    b = select_questions(list(reversed(questions)), 8, "any", random.Random(7))
    c = select_questions(questions, 8, "any", random.Random(8))
    assert [q.id for q in a] == [q.id for q in b] != [q.id for q in c]


def test_unknown_difficulty_is_refused(questions):
    with pytest.raises(ValueError):
        select_questions(questions, 3, "brutal", random.Random(0))


def test_every_player_answers_before_the_next_question(questions):
    session = Session(questions[:2], ["Ann", "Bob", "Cy"], Rules(speed_points=False))
    session.answer(0, 0, 1.0)
    assert not session.all_answered
    with pytest.raises(SessionError):
        session.next()
    session.answer(2, 1, 2.0)
    assert [r.player for r in session.time_out()] == [1]
    assert session.next() and session.index == 1
    assert [p.score for p in session.players] == [1000, 0, 0]


def test_one_answer_per_player_per_question(questions):
    session = Session(questions[:2], ["Ann"], Rules())
    session.answer(0, 0, 1.0)
    with pytest.raises(SessionError):
        session.answer(0, 1, 2.0)


def test_the_game_ends_after_the_last_question(questions):
    session = Session(questions[:1], ["Ann"], Rules())
    session.answer(0, 0, 1.0)
    assert not session.next() and session.finished and session.current is None
    with pytest.raises(SessionError):
        session.answer(0, 0, 1.0)


def test_standings_accuracy_and_best_streak(questions):
    session = Session(questions[:4], ["Ann", "Bob"], Rules(speed_points=False, streak_bonus=False))
    for ann, bob in [(0, 0), (0, 1), (0, 0), (1, 0)]:
        session.answer(0, ann, 1.0)
        session.answer(1, bob, 1.0)
        session.next()
    ann, bob = session.players
    assert (ann.score, ann.best_streak, ann.accuracy) == (3000, 3, 0.75)
    assert (bob.score, bob.best_streak) == (3000, 2)
    assert [p.name for p in session.standings()] == ["Ann", "Bob"]


def test_relocalise_keeps_the_game_and_swaps_the_text(questions):
    session = Session(questions[:2], ["Ann"], Rules())
    ru = {q.id: q._replace(locale="ru", prompt="Вопрос?") for q in questions}
    session.relocalise(ru)
    assert session.current.prompt == "Вопрос?" and session.current.id == questions[0].id
