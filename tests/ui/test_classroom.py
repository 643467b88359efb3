"""Classroom games on one screen: players join with their key groups, answer at the same
time, and the presenter runs the show; results land in CSV files as the game goes."""

from __future__ import annotations

import csv
import dataclasses

import pygame
import pytest

from quiz import cli
from quiz.core import history
from quiz.core.results import saved_games
from quiz.ui.app import App
from quiz.ui.classroom import group_keys
from quiz.ui.scenes.classroom_board import LeaderboardScene, PodiumScene
from quiz.ui.scenes.classroom_setup import ClassroomPlayersScene, ClassroomRulesScene
from quiz.ui.scenes.overlays import PauseScene
from quiz.ui.scenes.question import QuestionScene
from quiz.ui.scenes.reveal import RevealScene
from quiz.ui.scenes.title import TitleScene
from tests.ui.test_app import A, B, BACK, START, app, d_pad, post_key, press, pump  # noqa: F401  (app is a fixture)

GROUPS = ("digits", "qwer", "asdf", "arrows")


def key(k: int, mod: int = 0) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod, unicode="", scancode=0)


def typed(text: str) -> pygame.event.Event:
    return pygame.event.Event(pygame.TEXTINPUT, text=text)


def answer_key(group_id: str, choice: int) -> int:
    return group_keys(group_id)[choice]


def start_class(ctx, groups=GROUPS, team_mode: str = "players", **options) -> QuestionScene:
    """Through the two setup screens with events, as a teacher would."""
    ctx.stack.push(TitleScene(ctx))
    rules = ClassroomRulesScene(ctx)
    rules.options.team_mode = team_mode
    for name, value in options.items():
        setattr(rules.options, name, value)
    ctx.stack.push(rules)
    ctx.stack.handle_event(key(pygame.K_RETURN))  # "Next: players" has the focus
    assert isinstance(ctx.stack.top, ClassroomPlayersScene)
    for gid in groups:
        ctx.stack.handle_event(key(group_keys(gid)[2]))
    ctx.stack.handle_event(key(pygame.K_RETURN))
    assert isinstance(ctx.stack.top, QuestionScene)
    return ctx.stack.top


def test_four_players_play_from_setup_to_podium_with_posted_keys(app, tmp_path):  # noqa: F811
    application = app("en")
    ctx = application.ctx
    for k in (pygame.K_DOWN, pygame.K_RETURN, pygame.K_RETURN):  # Classroom, then Next: players
        post_key(k)
        pump(application)
    assert isinstance(ctx.stack.top, ClassroomPlayersScene)
    for gid in GROUPS:  # any key of a group joins it
        post_key(answer_key(gid, 3))
    post_key(answer_key("digits", 0))  # a second press joins nobody new
    post_key(pygame.K_TAB)
    pygame.event.post(typed("Аня"))
    post_key(pygame.K_TAB)
    pygame.event.post(typed("Bob"))
    post_key(pygame.K_RETURN)  # done naming
    pump(application)
    players = ctx.stack.top
    assert [s.group for s in players.seats] == list(GROUPS)
    assert [players.name_of(i) for i in range(4)] == ["Аня", "Bob", "Player 3", "Player 4"]
    post_key(pygame.K_RETURN)  # start
    pump(application)
    expected = []
    while isinstance(ctx.stack.top, QuestionScene):
        scene = ctx.stack.top
        q = scene.question
        n = len(q.options)
        wrong = (q.answer + 1) % n
        picks = [q.answer, wrong, q.answer, None]  # the fourth player never answers
        pump(application, 30)
        post_key(answer_key("digits", q.answer))
        post_key(answer_key("digits", wrong))  # cannot change the answer
        post_key(answer_key("qwer", wrong))
        post_key(answer_key("asdf", q.answer))
        post_key(answer_key("asdf", q.answer))  # pressed twice: counted once
        pump(application)
        assert ctx.stack.top is scene and set(scene.pending) == {0, 1, 2}
        assert all(not p.answers or len(p.answers) == scene.game.session.index for p in scene.game.session.players)
        # The presenter reveals (Ctrl: R is a key of Q-W-E-R): the fourth player gets no answer.
        pygame.event.post(key(pygame.K_r, pygame.KMOD_LCTRL))
        pump(application)
        assert isinstance(ctx.stack.top, RevealScene)
        expected += [(name, q.id, "" if c is None else q.options[c], str(int(c == q.answer)))
                     for name, c in zip(("Аня", "Bob", "Player 3", "Player 4"), picks)]
        post_key(pygame.K_SPACE)
        pump(application)
        if isinstance(ctx.stack.top, LeaderboardScene):
            pump(application, 90)  # the rows slide to their places
            post_key(pygame.K_SPACE)
            pump(application)
    assert isinstance(ctx.stack.top, PodiumScene)
    standings = ctx.stack.top.standings
    assert [s.name for s in standings[:2]] == ["Аня", "Player 3"] or [s.name for s in standings[:2]] == [
        "Player 3", "Аня"]
    assert {s.name: s.rank for s in standings}["Player 4"] == 3 and len(expected) == 4 * 5

    (game,) = saved_games(tmp_path / "data" / "results")
    rows = list(csv.DictReader(game.answers.open(encoding="utf-8")))
    assert [(r["player"], r["question_id"], r["answer"], r["correct"]) for r in rows] == expected
    assert all(0.4 < float(r["response_time"]) < 1.0 for r in rows if r["answer"])
    assert all((r["correct"] == "1") == (int(r["points"]) > 0) for r in rows)
    summary = list(csv.DictReader(game.summary.open(encoding="utf-8")))
    assert [r["player"] for r in summary] == [s.name for s in standings]
    assert {r["player"]: (r["rank"], r["correct"], r["questions"]) for r in summary}["Player 4"] == ("3", "0", "5")
    assert ctx.stack.top.classroom.saved == game


def test_everyone_answering_reveals_at_once_and_time_up_reveals_the_rest(make_ctx):
    ctx = make_ctx()
    scene = start_class(ctx, groups=("digits", "qwer"))
    scene.handle_event(key(answer_key("digits", 1)))
    assert ctx.stack.top is scene and scene.game.session.players[0].answers == []  # nothing shown yet
    scene.handle_event(key(answer_key("qwer", 0)))
    assert isinstance(ctx.stack.top, RevealScene)
    ctx.stack.handle_event(key(pygame.K_SPACE))
    ctx.stack.handle_event(key(pygame.K_SPACE))
    scene = ctx.stack.top
    scene.handle_event(key(answer_key("qwer", 1)))
    scene.update(scene.limit + 0.1)
    assert isinstance(ctx.stack.top, RevealScene)
    assert [p.answers[-1].choice for p in scene.game.session.players] == [None, 1]


def test_presenter_keys_skip_pause_add_time_and_hide_scores(make_ctx):
    ctx = make_ctx()
    scene = start_class(ctx, groups=("digits", "uiop"))
    session = scene.game.session
    count = len(session.questions)
    scene.handle_event(key(pygame.K_EQUALS))
    assert scene.limit == 30
    scene.handle_event(key(pygame.K_MINUS))
    scene.handle_event(key(pygame.K_KP_MINUS))
    assert scene.limit == 10
    scene.handle_event(key(pygame.K_h))
    assert scene.game.classroom.hide_scores
    scene.handle_event(key(answer_key("digits", 0)))
    scene.handle_event(key(pygame.K_s))  # skipped: the held answer never counts
    assert len(session.questions) == count - 1 and session.players[0].answers == []
    while len(ctx.stack.top.question.options) < 4:
        ctx.stack.top.handle_event(key(pygame.K_s))
    scene = ctx.stack.top
    assert isinstance(scene, QuestionScene) and scene.pending == {}
    scene.handle_event(key(pygame.K_p))  # P is U-I-O-P's fourth key: an answer, not a pause
    assert scene.pending == {1: (3, 0.0)}
    scene.handle_event(key(pygame.K_p, pygame.KMOD_LCTRL))  # with Ctrl it is the presenter's
    assert isinstance(ctx.stack.top, PauseScene)
    ctx.stack.update(5.0)
    assert scene.elapsed == 0.0, "a paused question's clock stands still"


def test_a_game_left_half_way_keeps_the_rows_of_the_questions_played(make_ctx, tmp_path):
    ctx = make_ctx()
    scene = start_class(ctx, groups=("digits", "qwer", "zxcv"))
    for _ in range(2):
        scene.update(1.5)
        for gid in ("digits", "qwer", "zxcv"):
            ctx.stack.handle_event(key(answer_key(gid, 0)))
        ctx.stack.handle_event(key(pygame.K_SPACE))
        ctx.stack.handle_event(key(pygame.K_SPACE))
        scene = ctx.stack.top
    scene.handle_event(key(answer_key("digits", 1)))  # the third question is never finished
    ctx.stack.pop_to(TitleScene)
    (game,) = saved_games(tmp_path / "data" / "results")
    rows = list(csv.DictReader(game.answers.open(encoding="utf-8")))
    assert [(r["question_number"], r["response_time"]) for r in rows] == [
        (n, "1.500") for n in ("1", "2") for _ in range(3)]


def test_a_typed_quiz_code_plays_the_same_questions_and_a_bad_one_is_refused(make_ctx):
    ctx = make_ctx()
    first = start_class(ctx, groups=("digits", "qwer"), seed=777, count=5)
    code = first.game.classroom.code
    ids = [q.id for q in first.game.session.questions]

    other = make_ctx()
    rules = ClassroomRulesScene(other)
    other.stack.push(rules)
    rules.on_action("code", 0)
    for text in ("zz", "z1", "ZZZZ"):
        rules.handle_event(typed(text))
    rules.handle_event(key(pygame.K_RETURN))
    assert rules.typing == "ZZZZZZ" and not rules.notice_ok  # no pack has this code
    for _ in range(6):
        rules.handle_event(key(pygame.K_BACKSPACE))
    rules.handle_event(typed(code.lower()))
    rules.handle_event(key(pygame.K_RETURN))
    assert rules.typing is None and rules.options.spec.code == code
    assert [q.id for q in rules.options.spec.questions(rules.options.pack.questions("en"))] == ids


def test_names_take_cyrillic_and_colours_stay_apart(make_ctx):
    ctx = make_ctx("ru")
    players = ClassroomPlayersScene(ctx, ClassroomRulesScene(ctx).options)
    ctx.stack.push(players)
    for gid in ("digits", "qwer", "asdf"):
        players.handle_event(key(group_keys(gid)[0]))
    players.handle_event(key(pygame.K_TAB))
    for text in ("Ёжик", "и", "!"):
        players.handle_event(typed(text))
    players.handle_event(key(pygame.K_BACKSPACE))
    players.handle_event(key(pygame.K_q))  # typing, not joining
    players.handle_event(key(pygame.K_DOWN))  # next free colour: not the second seat's
    players.handle_event(key(pygame.K_RETURN))
    assert players.seats[0].name == "Ёжики" and len(players.seats) == 3
    assert len({s.colour for s in players.seats}) == 3
    assert players.name_of(1) == "Игрок 2"


def players_screen(application: App) -> ClassroomPlayersScene:
    ctx = application.ctx
    ctx.stack.push(TitleScene(ctx))
    rules = ClassroomRulesScene(ctx)
    ctx.stack.push(rules)
    players = ClassroomPlayersScene(ctx, rules.options)
    ctx.stack.push(players)
    return players


def test_gamepads_join_and_answer_with_their_buttons(app):  # noqa: F811
    application: App = app()
    ctx = application.ctx
    players = players_screen(application)
    press(application, 7, 2)
    press(application, 9, 0)
    press(application, 7, 1)  # already in
    assert [s.group for s in players.seats] == ["pad1", "pad2"]
    players.start()
    scene = ctx.stack.top
    press(application, 9, 3)
    press(application, 9, 0)
    assert scene.pending == {1: (3, 0.0)}


def test_on_the_players_screen_a_gamepad_only_joins(app):  # noqa: F811
    application: App = app()
    ctx = application.ctx
    players = players_screen(application)
    for b in (BACK, B, START):  # not Esc, not Enter: the first press joins, the rest do nothing
        press(application, 5, b)
    assert ctx.stack.top is players and [s.group for s in players.seats] == ["pad1"]
    assert not d_pad(application, 6, (0, 1)), "the D-pad is no button: it joins nobody (not the arrow keys)"
    assert [s.group for s in players.seats] == ["pad1"]
    players.handle_event(key(pygame.K_1))
    players.handle_event(key(pygame.K_TAB))
    players.handle_event(typed("Ann"))
    press(application, 6, A)  # joins, and the name being typed stays open
    press(application, 5, A)
    assert players.editing == 0 and players.field.text == "Ann"
    assert [s.group for s in players.seats] == ["pad1", "digits", "pad2"]


def test_a_gamepad_joining_after_another_left_gets_a_free_number(app):  # noqa: F811
    application: App = app()
    players = players_screen(application)
    press(application, 5, A)
    press(application, 6, A)
    players.edit(0)
    players.handle_event(key(pygame.K_DELETE))  # the first gamepad leaves
    press(application, 7, A)
    assert [s.group for s in players.seats] == ["pad2", "pad1"]


def test_a_players_gamepad_cannot_pause_or_leave_or_move_a_classroom_game_on(app):  # noqa: F811
    application: App = app()
    ctx = application.ctx
    players = players_screen(application)
    press(application, 5, A)
    press(application, 6, A)
    players.handle_event(key(pygame.K_RETURN))
    question = ctx.stack.top
    assert isinstance(question, QuestionScene)
    for b in (BACK, START):  # a joined pad's buttons beyond its four answers
        assert not press(application, 5, b)
    for b in (A, B, BACK, START):  # a pad that never joined
        assert not press(application, 8, b)
    assert not d_pad(application, 5, (-1, 0)), "the D-pad is not the arrow keys' seat"
    assert ctx.stack.top is question and question.pending == {}
    assert press(application, 5, B)  # B is the second answer
    assert ctx.stack.top is question and question.pending == {0: (1, 0.0)}

    assert application.dispatch(key(pygame.K_ESCAPE))  # the presenter's Esc still pauses
    pause = ctx.stack.top
    assert isinstance(pause, PauseScene)
    for b in (A, B, BACK, START):
        assert not press(application, 6, b)
    assert not d_pad(application, 6, (0, -1))
    assert ctx.stack.top is pause and pause.menu.focus == 0, "over a classroom, gamepads work no menu"
    assert application.dispatch(key(pygame.K_p))
    assert ctx.stack.top is question

    press(application, 6, A)  # everyone has answered: the answer shows
    reveal = ctx.stack.top
    assert isinstance(reveal, RevealScene)
    for pad in (5, 6, 8):
        for b in (A, B, BACK, START):
            assert not press(application, pad, b)
        assert not d_pad(application, pad, (1, 0))
    assert ctx.stack.top is reveal
    application.dispatch(key(pygame.K_SPACE))
    board = ctx.stack.top
    assert isinstance(board, LeaderboardScene)
    for b in (A, B, BACK):
        assert not press(application, 5, b)
    assert ctx.stack.top is board
    application.dispatch(key(pygame.K_SPACE))
    assert isinstance(ctx.stack.top, QuestionScene)


def test_teams_of_members_score_their_average_on_the_leaderboard(make_ctx):
    ctx = make_ctx()
    scene = start_class(ctx, groups=("digits", "qwer", "asdf", "zxcv"), team_mode="average")
    q = scene.question
    for gid, choice in zip(("digits", "qwer", "asdf", "zxcv"), (q.answer, q.answer, q.answer, (q.answer + 1) % 2)):
        scene.handle_event(key(answer_key(gid, choice)))
    ctx.stack.handle_event(key(pygame.K_SPACE))
    board = ctx.stack.top
    assert isinstance(board, LeaderboardScene)
    (first, second) = board.standings
    assert (first.name, first.seats) == ("Red team", (0, 2)) and second.name == "Blue team"
    assert second.score == round(board.game.session.players[1].score / 2)


def test_no_repeats_leaves_out_last_games_questions_until_reset(make_ctx, tmp_path, capsys):
    ctx = make_ctx()
    scene = start_class(ctx, groups=("digits", "qwer"), no_repeats=True, count=5)
    first = scene.question.id
    scene.handle_event(key(pygame.K_r, pygame.KMOD_RCTRL))
    assert history.asked("spacewalk") == {first}
    assert scene.game.classroom.code, "nothing was left out: the code replays this game"
    again = start_class(make_ctx(), groups=("digits", "qwer"), no_repeats=True, count=12)
    assert first not in [q.id for q in again.game.session.questions]
    assert again.game.classroom.code == "", "a question was left out: no code could replay it"
    assert cli.main(["history", "reset", "spacewalk"]) == 0
    assert history.asked("spacewalk") == frozenset() and "spacewalk" in capsys.readouterr().out


def test_results_commands_list_show_and_export_saved_games(make_ctx, tmp_path, capsys):
    ctx = make_ctx()
    scene = start_class(ctx, groups=("digits", "asdf"))
    scene.handle_event(key(pygame.K_r))
    assert cli.main(["results", "list"]) == 0
    (game,) = saved_games()
    assert game.id in capsys.readouterr().out
    assert cli.main(["results", "show", "1"]) == 0
    assert "1. Player 1: 0 (0/1 correct)" in capsys.readouterr().out
    assert cli.main(["results", "export", game.id, "--to", str(tmp_path / "copy")]) == 0
    assert (tmp_path / "copy" / game.answers.name).read_bytes() == game.answers.read_bytes()
    assert cli.main(["results", "show", "nothing-like-it"]) == 1


def test_a_bad_quiz_code_on_the_command_line_says_so(capsys, monkeypatch):
    from quiz.ui import content
    from tests.ui.conftest import make_library

    monkeypatch.setattr(content, "load_library", lambda pack=None: make_library())
    assert cli.main(["play", "--code", "AAAAAA"]) == 2
    assert "quiz code" in capsys.readouterr().err


@pytest.mark.parametrize("scene_name", ["classroom-question", "classroom-reveal", "leaderboard", "podium"])
def test_big_text_mode_still_fits_at_1280x720(scene_name, text):
    from quiz.ui.screenshot import render
    from tests.ui.conftest import make_library

    text.scale = 1.4
    text.drawn = []
    try:
        render(scene_name, "ru", (1280, 720), make_library(), text=text)
    finally:
        drawn, text.drawn = text.drawn, None
    for string, rect, box in drawn:
        assert box.contains(rect), f"{string!r} overflows its box"


def test_leaderboard_rows_slide_from_their_old_places_to_the_new(make_ctx):
    ctx = make_ctx()
    scene = start_class(ctx, groups=("digits", "qwer", "asdf"))
    q = scene.question
    scene.handle_event(key(answer_key("asdf", q.answer)))  # the third player alone is right
    scene.handle_event(key(answer_key("digits", (q.answer + 1) % 2)))
    scene.handle_event(key(answer_key("qwer", (q.answer + 1) % 2)))
    ctx.stack.handle_event(key(pygame.K_SPACE))
    board = ctx.stack.top
    assert [s.name for s in board.standings][0] == "Player 3" and board.old_place[0] == 2
    start = board.row_y(0)
    board.update(0.3)
    middle = board.row_y(0)
    board.update(5.0)
    assert start > middle > board.row_y(0)  # from third place up to the top
    assert board.row_y(0) < board.row_y(1) < board.row_y(2)
    ctx.stack.handle_event(key(pygame.K_h))
    assert board.score(board.standings[0]) == ""


def test_teams_answering_together_are_named_as_teams(make_ctx):
    ctx = make_ctx("ru")
    scene = start_class(ctx, groups=("digits", "zxcv"), team_mode="together")
    assert scene.game.session.players[0].name == "Команда 1"
    assert [s.name for s in scene.game.classroom.standings(scene.game.session)] == ["Команда 1", "Команда 2"]


def test_classroom_with_no_pack_shows_the_empty_pack_list(make_ctx):
    from quiz.ui.content import Library
    from quiz.ui.scenes.packs import PackScene

    ctx = make_ctx()
    ctx.library = Library([])
    title = TitleScene(ctx)
    ctx.stack.push(title)
    title.on_action("classroom", 0)
    assert isinstance(ctx.stack.top, PackScene)


def test_the_rules_screen_counts_asked_questions_and_forgets_them_after_asking(make_ctx):
    from quiz.ui.scenes.overlays import ConfirmScene

    ctx = make_ctx()
    history.record("spacewalk", ["mc00", "mc01"])
    rules = ClassroomRulesScene(ctx)
    ctx.stack.push(rules)
    rules.on_action("no_repeats", 1)
    assert rules.asked == 2
    rules.on_action("forget", 0)
    assert isinstance(ctx.stack.top, ConfirmScene) and history.asked("spacewalk")
    ctx.stack.top.on_action("yes", 0)
    assert ctx.stack.top is rules and rules.asked == 0 and history.asked("spacewalk") == frozenset()


def test_a_language_switch_on_the_leaderboard_carries_on_in_the_new_language(make_ctx):
    from dataclasses import replace

    ctx = make_ctx()
    scene = start_class(ctx, groups=("digits", "qwer"))
    scene.handle_event(key(pygame.K_r, pygame.KMOD_CTRL))
    ctx.stack.handle_event(key(pygame.K_SPACE))
    assert isinstance(ctx.stack.top, LeaderboardScene)
    ctx.apply_settings(replace(ctx.settings, locale="ru"))
    ctx.stack.handle_event(key(pygame.K_SPACE))
    assert ctx.stack.top.question.locale == "ru"


def test_the_app_turns_text_input_on_only_while_a_name_is_edited(app):  # noqa: F811
    application: App = app()
    ctx = application.ctx
    players = ClassroomPlayersScene(ctx, ClassroomRulesScene(ctx).options)
    ctx.stack.push(players)
    post_key(pygame.K_1)
    pump(application)
    assert application.typing is False
    post_key(pygame.K_TAB)
    pump(application)
    assert application.typing is True and players.editing == 0
    post_key(pygame.K_RETURN)
    pump(application)
    assert application.typing is False


def test_the_classroom_rules_are_remembered_between_runs(make_ctx):
    from quiz.core.settings import load_settings

    ctx = make_ctx()
    rules = ClassroomRulesScene(ctx)
    ctx.stack.push(rules)
    for action, step in (("team_mode", 1), ("count", 1), ("difficulty", 1), ("time", -1), ("speed_points", 0),
                         ("streak_bonus", 0), ("big_text", 0)):
        rules.on_action(action, step)
    chosen = rules.options

    later = make_ctx(**{k: v for k, v in vars(load_settings()).items() if k != "locale"})  # a new run
    again = ClassroomRulesScene(later).options
    assert (again.team_mode, again.count, again.difficulty, again.question_time) == (
        "together", 15, "easy", 15) == (chosen.team_mode, chosen.count, chosen.difficulty, chosen.question_time)
    assert not again.speed_points and not again.streak_bonus and later.settings.text_size == "projector"


def test_remembered_rules_this_version_does_not_offer_fall_back_to_the_defaults(make_ctx):
    # As read from a settings file written by another version, or by hand.
    from quiz.core.settings import from_dict

    read = from_dict({"classroom_count": 7, "classroom_time": 17, "classroom_team_mode": "relay",
                      "classroom_difficulty": "insane"})
    ctx = make_ctx(**{f: getattr(read, f) for f in ("classroom_count", "classroom_time",
                                                    "classroom_team_mode", "classroom_difficulty")})
    o = ClassroomRulesScene(ctx).options
    assert (o.count, o.question_time, o.team_mode, o.difficulty) == (10, 20, "players", "any")


def test_a_seat_named_only_with_spaces_keeps_its_default_name(make_ctx):
    ctx = make_ctx()
    scene = ClassroomPlayersScene(ctx, ClassroomRulesScene(ctx).options)
    ctx.stack.push(scene)
    scene.handle_event(key(group_keys("digits")[0]))
    scene.seats[0] = dataclasses.replace(scene.seats[0], name="   ")
    assert scene.name_of(0) == scene.default_name(0)


def classroom_screens(ctx):
    """A two-player classroom game's question, answer, leaderboard and podium, each built
    on the same game (and the same stack, under the title)."""
    question = start_class(ctx, groups=("digits", "qwer"))
    game = question.game
    question.close()
    reveal = ctx.stack.top
    return {"question": lambda: QuestionScene(ctx, game), "reveal": lambda: reveal,
            "leaderboard": lambda: LeaderboardScene(ctx, game), "podium": lambda: PodiumScene(ctx, game)}


@pytest.mark.parametrize("screen", ["question", "reveal", "leaderboard", "podium"])
def test_every_screen_of_a_classroom_game_pauses_and_hides_the_scores_alike(make_ctx, screen):
    ctx = make_ctx()
    scene = classroom_screens(ctx)[screen]()
    ctx.stack.replace(scene)
    classroom = scene.game.classroom
    scene.handle_event(key(pygame.K_h))
    assert classroom.hide_scores
    scene.handle_event(key(pygame.K_h, pygame.KMOD_LCTRL))
    assert not classroom.hide_scores
    # A player's gamepad Start is not the presenter's P.
    assert not scene.handle_event(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_p, mod=0, pad=(0, 7)))
    assert ctx.stack.top is scene
    for pause in (key(pygame.K_p), key(pygame.K_ESCAPE)):
        assert scene.handle_event(pause) and isinstance(ctx.stack.top, PauseScene)
        ctx.stack.update(5.0)
        ctx.stack.handle_event(key(pygame.K_p))
        assert ctx.stack.top is scene and scene.elapsed == 0.0, "a paused screen's time stands still"


def test_autoplay_moves_the_answer_and_the_leaderboard_on_and_stops_at_the_podium(make_ctx):
    ctx = make_ctx()
    screens = classroom_screens(ctx)
    ctx.autoplay = True
    reveal = screens["reveal"]()
    assert reveal.animating()
    ctx.stack.update(0.5)
    assert ctx.stack.top is reveal
    ctx.stack.update(0.5)
    board = ctx.stack.top
    assert isinstance(board, LeaderboardScene) and board.animating()
    ctx.stack.update(2.0)
    assert isinstance(ctx.stack.top, QuestionScene)
    podium = screens["podium"]()
    ctx.stack.replace(podium)
    for _ in range(10):
        ctx.stack.update(1.0)
    assert ctx.stack.top is podium and not podium.animating()
    ctx.stack.handle_event(key(pygame.K_SPACE))
    assert isinstance(ctx.stack.top, TitleScene)


def test_a_quiz_code_is_taken_with_keypad_enter_and_esc_stops_typing_it(make_ctx):
    ctx = make_ctx()
    code = ClassroomRulesScene(ctx).options.spec.code
    rules = ClassroomRulesScene(ctx)
    ctx.stack.push(rules)
    rules.on_action("code", 0)
    rules.handle_event(typed("ZZZZZZ"))
    rules.handle_event(key(pygame.K_KP_ENTER))
    assert rules.typing == "ZZZZZZ" and rules.notice and not rules.notice_ok
    assert rules.handle_event(key(pygame.K_DOWN)) and rules.menu.focus == 12  # keys are the code's
    assert not rules.handle_event(pygame.event.Event(pygame.MOUSEMOTION, pos=(0, 0), rel=(1, 1)))
    rules.handle_event(key(pygame.K_ESCAPE))
    assert rules.typing is None and rules.notice == "" and ctx.stack.top is rules
    rules.on_action("code", 0)
    rules.handle_event(typed(code))
    rules.handle_event(key(pygame.K_KP_ENTER))
    assert rules.typing is None and rules.notice_ok


@pytest.mark.parametrize("done", [pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_ESCAPE])
def test_editing_a_seat_name_ends_with_enter_keypad_enter_or_esc_keeping_the_name(make_ctx, done):
    ctx = make_ctx()
    players = ClassroomPlayersScene(ctx, ClassroomRulesScene(ctx).options)
    ctx.stack.push(players)
    players.handle_event(key(group_keys("digits")[0]))
    players.handle_event(key(pygame.K_TAB))
    players.handle_event(typed("Вера"))
    players.handle_event(key(done))
    assert players.editing is None and players.name_of(0) == "Вера" and ctx.stack.top is players


def test_a_class_saves_its_results_under_the_start_time_the_pack_and_the_quiz_code(make_ctx, tmp_path):
    import re

    ctx = make_ctx()
    classroom = start_class(ctx, groups=("digits", "qwer")).game.classroom
    saved = classroom.saved
    assert re.fullmatch(rf"\d{{8}}-\d{{6}}-spacewalk-{classroom.code}", saved.id), saved.id
    assert saved.answers.parent == saved.summary.parent == tmp_path / "data" / "results"
