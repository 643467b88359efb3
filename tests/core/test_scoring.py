"""Scoring: speed points, the streak bonus and the switches for both."""

from __future__ import annotations

from quiz.core.scoring import Rules, base_points, streak_bonus
from quiz.core.session import Session
from tests.core.playable import make_question


def _session(rules: Rules, n: int = 10) -> Session:
    return Session([make_question(i) for i in range(n)], ["Ann"], rules)


def _play(session: Session, answers: list[tuple[int, float]]):
    results = []
    for choice, t in answers:
        results.append(session.answer(0, choice, t))
        session.next()
    return results


def test_an_instant_answer_scores_1000_and_a_last_second_one_500():
    rules = Rules(question_time=20)
    assert base_points(0, rules) == 1000
    assert base_points(20, rules) == 500
    assert base_points(5, rules) == round(1000 * (1 - (5 / 20) / 2)) == 875


def test_speed_points_off_gives_1000():
    rules = Rules(question_time=20, speed_points=False)
    assert base_points(19.9, rules) == 1000
    assert _session(rules).answer(0, 0, 15).points == 1000


def test_practice_without_a_clock_gives_1000():
    assert base_points(17, Rules(question_time=20, timed=False)) == 1000


def test_streak_bonus_grows_by_100_after_the_first_correct_answer():
    results = _play(_session(Rules(speed_points=False)), [(0, 1)] * 4)
    assert [r.bonus for r in results] == [0, 100, 200, 300]
    assert [r.points for r in results] == [1000, 1100, 1200, 1300]
    assert [r.streak for r in results] == [1, 2, 3, 4]


def test_the_streak_bonus_is_capped_at_500():
    results = _play(_session(Rules(speed_points=False)), [(0, 1)] * 9)
    assert [r.bonus for r in results][-4:] == [500, 500, 500, 500]
    assert max(streak_bonus(s, Rules()) for s in range(1, 50)) == 500


def test_a_wrong_answer_resets_the_streak():
    results = _play(_session(Rules(speed_points=False)), [(0, 1), (0, 1), (2, 1), (0, 1)])
    assert [r.streak for r in results] == [1, 2, 0, 1]
    assert results[2].points == 0
    assert results[3].bonus == 0


def test_streak_bonus_off_gives_no_bonus():
    results = _play(_session(Rules(speed_points=False, streak_bonus=False)), [(0, 1)] * 5)
    assert {r.points for r in results} == {1000}


def test_a_late_answer_never_scores_under_half():
    assert base_points(99, Rules(question_time=20)) == 500
