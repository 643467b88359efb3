"""Classroom play without a screen: quiz codes, team standings, no-repeat history and the
results files."""

from __future__ import annotations

import csv

import pytest

from quiz.core import history
from quiz.core.classroom import (CODE_ALPHABET, CodeError, Lineup, QuizSpec, Seat, decode_code, group,
                                 playable, seed_for_code)
from quiz.core.models import Question
from quiz.core.results import SavedGame, find_game, saved_games
from quiz.core.scoring import Rules
from quiz.core.session import Session, SessionError
from tests.core.playable import make_question

PACKS = ["spacewalk", "space-race", "my-pack"]


def seats(n: int, team_of=lambda i: i) -> tuple[Seat, ...]:
    return tuple(Seat(f"P{i + 1}", i, g, team_of(i)) for i, g in zip(range(n), ("digits", "qwer", "asdf", "zxcv")))


def test_a_quiz_code_is_six_readable_characters_and_reads_back():
    spec = QuizSpec("space-race", seed=9876, count=15, difficulty="hard")
    assert len(spec.code) == 6 and set(spec.code) <= set(CODE_ALPHABET)
    assert not set(spec.code) & set("01OI")
    assert decode_code(spec.code.lower()[:3] + "-" + spec.code[3:], PACKS) == spec


def test_nearby_seeds_give_codes_that_differ_in_more_than_one_place():
    codes = [QuizSpec("spacewalk", seed, 10).code for seed in range(20)]
    assert len(set(codes)) == 20
    assert all(sum(a != b for a, b in zip(x, y)) > 1 for x, y in zip(codes, codes[1:]))


@pytest.mark.parametrize("bad", ["", "ABC", "ABCDEFG", "ABCD0O", "ÄBCDEF"])
def test_a_mistyped_code_is_refused(bad):
    with pytest.raises(CodeError):
        decode_code(bad, PACKS)


def test_a_code_for_a_pack_that_is_not_here_is_refused():
    with pytest.raises(CodeError):
        decode_code(QuizSpec("elsewhere", 1, 10).code, ["spacewalk"])


def test_the_same_code_gives_the_same_questions_in_the_same_order(questions):
    code = QuizSpec("spacewalk", seed_for_code(123456789), 6).code
    first = decode_code(code, PACKS).questions(questions)
    again = decode_code(code, PACKS).questions(list(reversed(questions)))
    assert [q.id for q in first] == [q.id for q in again] and len(first) == 6
    other = QuizSpec("spacewalk", seed_for_code(123456790), 6).questions(questions)
    assert [q.id for q in other] != [q.id for q in first]


def test_classroom_questions_have_at_most_four_options():
    six = Question("q6", "test", "en", "Six?", ("a", "b", "c", "d", "e", "f"), 0, "easy", "seed:test")
    assert not playable(six) and playable(make_question(1))
    assert QuizSpec("spacewalk", 1, 5).questions([six, make_question(1)]) == [make_question(1)]


def test_key_groups_have_four_keys_and_gamepads_join_by_number():
    assert group("qwer").keys == ("q", "w", "e", "r")
    assert group("pad2").gamepad and group("pad2").label == "Gamepad 2"
    with pytest.raises(KeyError):
        group("nonsense")


def play(session: Session, picks: list[list[int | None]]) -> None:
    """Each inner list: every player's choice for one question (answers at 2 s)."""
    for i, choices in enumerate(picks):
        for player, choice in enumerate(choices):
            session.answer(player, choice, 2.0)
        if i < len(picks) - 1:
            session.next()


def test_a_player_cannot_answer_a_question_twice(questions):
    session = Session(questions[:2], ["A", "B"], Rules())
    session.answer(0, 1, 1.0)
    with pytest.raises(SessionError):
        session.answer(0, 0, 2.0)
    assert session.players[0].answers[0].choice == 1


def test_equal_scores_share_a_place(questions):
    session = Session(questions[:1], ["P1", "P2", "P3"], Rules(speed_points=False))
    play(session, [[0, 0, 1]])
    standings = Lineup(seats(3)).standings(session)
    assert [(s.rank, s.name, s.score) for s in standings] == [(1, "P1", 1000), (1, "P2", 1000), (3, "P3", 0)]


def test_a_team_of_members_scores_their_average(questions):
    lineup = Lineup(seats(4, team_of=lambda i: i // 2), "average", {0: "Reds", 1: "Blues"})
    session = Session(questions[:2], lineup.names, Rules(speed_points=False, streak_bonus=False))
    play(session, [[0, 0, 0, 1], [0, 1, 1, 1]])
    reds, blues = lineup.standings(session)
    assert (reds.name, reds.score, reds.correct, reds.seats) == ("Reds", 1500, 1.5, (0, 1))
    assert (blues.name, blues.score, blues.rank) == ("Blues", 500, 2)


def test_a_skipped_question_is_dropped_before_anyone_scores(questions):
    session = Session(questions[:3], ["A", "B"], Rules())
    skipped = session.current
    assert session.skip()
    assert skipped not in session.questions and len(session.questions) == 2
    session.answer(0, 0, 1.0)
    with pytest.raises(SessionError):
        session.skip()


def test_no_repeats_leaves_out_what_was_asked_and_can_be_reset(tmp_path, questions):
    spec = QuizSpec("spacewalk", 5, 4)
    first = spec.questions(questions, history.asked("spacewalk", tmp_path))
    history.record("spacewalk", [q.id for q in first], tmp_path)
    second = spec.questions(questions, history.asked("spacewalk", tmp_path))
    assert len(second) == 4 and not {q.id for q in first} & {q.id for q in second}
    assert history.packs(tmp_path) == ["spacewalk"]
    assert history.reset("spacewalk", tmp_path) == ["spacewalk"]
    assert history.asked("spacewalk", tmp_path) == frozenset()


def test_a_corrupt_history_is_moved_aside_and_starts_empty(tmp_path, caplog):
    (tmp_path / "spacewalk.json").write_text("{not json", encoding="utf-8")
    assert history.asked("spacewalk", tmp_path) == frozenset()
    assert list(tmp_path.glob("spacewalk.json.corrupt-*")) and "moved aside" in caplog.text


def test_results_hold_one_row_per_player_per_question_played_so_far(tmp_path, questions):
    lineup = Lineup(seats(2))
    session = Session(questions[:3], lineup.names, Rules(speed_points=False, streak_bonus=False))
    game = SavedGame.new("20261121-130500", "spacewalk", "ABCDEF", tmp_path)
    play(session, [[0, 1]])
    game.write(session, lineup)
    session.next()
    session.answer(0, 0, 1.5)  # the game stops here, half-way through question 2
    rows = list(csv.DictReader(game.answers.open(encoding="utf-8")))
    assert [(r["player"], r["question_number"], r["answer"], r["correct"], r["points"]) for r in rows] == [
        ("P1", "1", "A", "1", "1000"), ("P2", "1", "B", "0", "0")]
    assert rows[0]["question"] == questions[0].prompt and rows[0]["response_time"] == "2.000"
    summary = game.read()
    assert [(r["rank"], r["player"], r["score"], r["questions"]) for r in summary] == [
        ("1", "P1", "1000", "1"), ("2", "P2", "0", "1")]


def test_saved_games_are_found_newest_first_and_exported(tmp_path, questions):
    lineup = Lineup(seats(2))
    session = Session(questions[:1], lineup.names, Rules())
    play(session, [[0, 0]])
    for stamp in ("20261120-090000", "20261121-100000"):
        SavedGame.new(stamp, "spacewalk", folder=tmp_path).write(session, lineup)
    games = saved_games(tmp_path)
    assert [g.id for g in games] == ["20261121-100000-spacewalk", "20261120-090000-spacewalk"]
    assert find_game("2", tmp_path) == games[1] and find_game("20261120", tmp_path) == games[1]
    copies = games[0].export(tmp_path / "out")
    assert sorted(p.name for p in copies) == ["20261121-100000-spacewalk-answers.csv",
                                              "20261121-100000-spacewalk-summary.csv"]


def test_an_unreadable_results_file_is_moved_aside(tmp_path, caplog):
    game = SavedGame.at(tmp_path, "broken")
    game.summary.write_text("what,ever\n1,2\n", encoding="utf-8")
    assert game.read() == [] and not game.summary.exists()
    assert "moved aside" in caplog.text


def test_team_games_write_the_team_of_every_row_and_the_teams_average(tmp_path, questions):
    lineup = Lineup(seats(4, team_of=lambda i: i // 2), "average", {0: "Reds", 1: "Blues"})
    session = Session(questions[:1], lineup.names, Rules(speed_points=False, streak_bonus=False))
    play(session, [[0, 1, 0, 0]])
    game = SavedGame.new("20261121-110000", "spacewalk", folder=tmp_path)
    game.write(session, lineup)
    rows = list(csv.DictReader(game.answers.open(encoding="utf-8")))
    assert [(r["player"], r["team"]) for r in rows] == [("P1", "Reds"), ("P2", "Reds"), ("P3", "Blues"),
                                                        ("P4", "Blues")]
    assert [(r["rank"], r["player"], r["score"], r["correct"]) for r in game.read()] == [
        ("1", "Blues", "1000", "1"), ("2", "Reds", "500", "0.5")]
