"""Scene state and the stack: what each key does, what overlays stop, what is saved."""

from __future__ import annotations

import json

import pygame
import pytest

from quiz.core.scoring import Rules
from quiz.core.session import Session
from quiz.ui.scenes.base import Scene, SceneStack
from quiz.ui.scenes.overlays import ConfirmScene, HelpScene, PauseScene
from quiz.ui.scenes.question import Game, QuestionScene
from quiz.ui.scenes.results import ResultsScene
from quiz.ui.scenes.reveal import RevealScene
from quiz.ui.scenes.settings import SettingsScene
from quiz.ui.scenes.setup import SetupScene
from quiz.ui.scenes.title import TitleScene
from quiz.ui.widgets import tile_rects


def key(k: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=k, mod=0, unicode="", scancode=0)


def start_game(ctx, count: int = 3, rules: Rules | None = None) -> QuestionScene:
    pack = ctx.library.packs[0]
    questions = [q for q in pack.questions(ctx.tr.locale) if len(q.options) == 4][:count]
    session = Session(questions, ["Ann"], rules or Rules(question_time=20))
    ctx.stack.push(TitleScene(ctx))
    scene = QuestionScene(ctx, Game(session, pack, "timed", human=0))
    ctx.stack.push(scene)
    return scene


class Dummy(Scene):
    pass


class DummyOverlay(Scene):
    overlay = True


def test_overlays_draw_over_the_scene_below_and_pop_back_to_it(make_ctx):
    stack = SceneStack()
    ctx = make_ctx()
    a, b, over = Dummy(ctx), Dummy(ctx), DummyOverlay(ctx)
    for s in (a, b, over):
        stack.push(s)
    assert stack.visible() == [b, over]
    stack.pop()
    assert stack.top is b
    stack.pop_to(Dummy)
    assert stack.top is b
    stack.replace(a)
    assert list(stack) == [a, a]


@pytest.mark.parametrize("pick,index", [(pygame.K_1, 0), (pygame.K_b, 1), (pygame.K_3, 2), (pygame.K_d, 3)])
def test_number_and_letter_keys_pick_an_answer(make_ctx, pick, index):
    ctx = make_ctx()
    scene = start_game(ctx)
    scene.update(4.0)
    ctx.stack.handle_event(key(pick))
    result = scene.game.session.players[0].answers[-1]
    assert result.choice == index and result.t == 4.0
    assert isinstance(ctx.stack.top, RevealScene)


def test_arrows_and_enter_pick_the_focused_tile(make_ctx):
    ctx = make_ctx()
    scene = start_game(ctx)
    for k in (pygame.K_RIGHT, pygame.K_DOWN, pygame.K_RETURN):
        ctx.stack.handle_event(key(k))
    assert scene.game.session.players[0].answers[-1].choice == 3


def test_a_click_on_a_tile_picks_it(make_ctx):
    ctx = make_ctx()
    scene = start_game(ctx)
    rect = tile_rects(ctx.frame, 4)[2]
    ctx.stack.handle_event(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=rect.center, button=1))
    assert scene.game.session.players[0].answers[-1].choice == 2


def test_the_pointer_moving_within_one_tile_asks_for_no_redraw(make_ctx):
    # A redraw of the whole question screen per mouse move was the cost the clock-strip
    # updates exist to avoid; only a change of tile needs one.
    ctx = make_ctx()
    scene = start_game(ctx)
    rects = tile_rects(ctx.frame, 4)

    def move(pos):
        return ctx.stack.handle_event(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(1, 0), buttons=(0, 0, 0)))

    assert move(rects[1].center) and scene.focus == 1
    assert not move((rects[1].centerx + 5, rects[1].centery))
    assert move(rects[3].center) and scene.focus == 3


def test_the_clock_running_out_reveals_with_no_points(make_ctx):
    ctx = make_ctx()
    scene = start_game(ctx)
    for _ in range(21):
        ctx.stack.update(1.0)
    result = scene.game.session.players[0].answers[-1]
    assert isinstance(ctx.stack.top, RevealScene)
    assert result.choice is None and result.points == 0


def test_pause_stops_the_clock_and_resumes_where_it_was(make_ctx):
    ctx = make_ctx()
    scene = start_game(ctx)
    ctx.stack.update(3.0)
    ctx.stack.handle_event(key(pygame.K_p))
    assert isinstance(ctx.stack.top, PauseScene)
    ctx.stack.update(60.0)
    ctx.stack.handle_event(key(pygame.K_ESCAPE))
    assert ctx.stack.top is scene and scene.elapsed == 3.0


def test_the_answer_screen_pauses_with_p_or_esc_as_the_question_does(make_ctx):
    ctx = make_ctx()
    scene = start_game(ctx)
    scene.pick(0)
    reveal = ctx.stack.top
    assert isinstance(reveal, RevealScene)
    for k in (pygame.K_p, pygame.K_ESCAPE):
        assert reveal.handle_event(key(k)) and isinstance(ctx.stack.top, PauseScene)
        ctx.stack.handle_event(key(pygame.K_p))
        assert ctx.stack.top is reveal


def test_leaving_a_game_asks_first_then_returns_to_the_title(make_ctx):
    ctx = make_ctx()
    start_game(ctx)
    ctx.stack.handle_event(key(pygame.K_ESCAPE))
    pause = ctx.stack.top
    pause.menu.focus = 3
    ctx.stack.handle_event(key(pygame.K_RETURN))
    assert isinstance(ctx.stack.top, ConfirmScene)
    ctx.stack.handle_event(key(pygame.K_ESCAPE))
    assert ctx.stack.top is pause
    ctx.stack.handle_event(key(pygame.K_RETURN))
    ctx.stack.top.menu.focus = 0
    ctx.stack.handle_event(key(pygame.K_RETURN))
    assert isinstance(ctx.stack.top, TitleScene) and len(ctx.stack) == 1


def test_practice_has_no_clock_and_the_screen_idles(make_ctx):
    ctx = make_ctx()
    scene = start_game(ctx, rules=Rules(timed=False))
    ctx.stack.update(500.0)
    assert ctx.stack.top is scene and not scene.animating()
    assert not TitleScene(ctx).animating()


def test_a_whole_game_ends_on_results_with_a_saved_high_score(make_ctx, tmp_path):
    ctx = make_ctx()
    scene = start_game(ctx, count=3)
    for _ in range(3):
        ctx.stack.update(2.0)
        ctx.stack.handle_event(key(pygame.K_1 + scene.game.session.current.answer))
        ctx.stack.handle_event(key(pygame.K_RETURN))
    assert isinstance(ctx.stack.top, ResultsScene)
    assert ctx.stack.top.rank == 1
    saved = json.loads((tmp_path / "hs.json").read_text())
    assert saved[0]["score"] == scene.game.session.players[0].score == 950 * 3 + 100 + 200


def test_switching_language_mid_game_changes_the_question_at_once(make_ctx):
    ctx = make_ctx()
    scene = start_game(ctx)
    english = scene.question.prompt
    ctx.stack.push(SettingsScene(ctx))
    ctx.stack.handle_event(key(pygame.K_RIGHT))  # Language is the first item
    assert ctx.tr.locale == "ru" and ctx.settings.locale == "ru"
    assert scene.question.prompt != english and scene.question.locale == "ru"
    assert ctx.stack.top.gettext("Settings") == "Настройки"


def test_settings_are_saved_at_once(make_ctx, tmp_path):
    from quiz.core.settings import load_settings

    ctx = make_ctx()
    ctx.stack.push(SettingsScene(ctx))
    for k in (pygame.K_DOWN, pygame.K_DOWN, pygame.K_DOWN, pygame.K_RETURN):  # Mute
        ctx.stack.handle_event(key(k))
    assert load_settings().muted and ctx.sounds.volume == 0.0


def test_setup_starts_a_game_with_the_chosen_count(make_ctx):
    ctx = make_ctx()
    ctx.stack.push(TitleScene(ctx))
    setup = SetupScene(ctx, ctx.library.packs[0])
    ctx.stack.push(setup)
    setup.menu.focus = 1
    ctx.stack.handle_event(key(pygame.K_LEFT))  # 10 -> 5 questions
    setup.menu.focus = 4
    ctx.stack.handle_event(key(pygame.K_RETURN))
    game = ctx.stack.top.game
    assert len(game.session.questions) == 5 and game.session.rules.question_time == 20


def test_a_difficulty_with_no_questions_says_so(make_ctx, library):
    ctx = make_ctx(difficulty="hard")
    library.packs[0]._cache["en"] = [q for q in library.packs[0].questions("en") if q.difficulty != "hard"]
    setup = SetupScene(ctx, library.packs[0])
    ctx.stack.push(setup)
    setup.start()
    assert ctx.stack.top is setup and setup.notice


def test_help_opens_over_anything_and_any_key_closes_it(make_ctx):
    ctx = make_ctx()
    ctx.stack.push(TitleScene(ctx))
    ctx.stack.push(HelpScene(ctx))
    ctx.stack.handle_event(key(pygame.K_x))
    assert isinstance(ctx.stack.top, TitleScene)


def test_quit_from_the_title_asks_first(make_ctx):
    ctx = make_ctx()
    ctx.stack.push(TitleScene(ctx))
    ctx.stack.handle_event(key(pygame.K_ESCAPE))
    assert isinstance(ctx.stack.top, ConfirmScene) and ctx.running
    ctx.stack.top.menu.focus = 0
    ctx.stack.handle_event(key(pygame.K_RETURN))
    assert not ctx.running


def test_sounds_for_an_answer_the_last_seconds_and_the_fanfare(make_ctx, monkeypatch):
    ctx = make_ctx()
    played: list[str] = []
    monkeypatch.setattr(ctx.sounds, "play", played.append)
    scene = start_game(ctx, count=2)
    ctx.stack.handle_event(key(pygame.K_1 + scene.question.answer))
    ctx.stack.handle_event(key(pygame.K_RETURN))
    for _ in range(40):
        ctx.stack.update(0.5)
    ctx.stack.handle_event(key(pygame.K_RETURN))
    assert played == ["correct", *["tick"] * 5, "wrong", "fanfare"]  # a tick for each of the last 5 s


def test_every_pack_is_listed_on_screen_however_many_there_are(make_ctx, library):
    from quiz.ui.content import Library
    from quiz.ui.scenes.packs import PackScene

    many = Library([library.packs[0]] * 15)
    ctx = make_ctx()
    ctx.library = many
    rects = PackScene(ctx).menu.rects(ctx.frame)
    assert len(rects) == 16 and all(ctx.frame.canvas.contains(r) for r in rects)


def test_practice_chosen_in_setup_plays_without_a_clock_for_full_points(make_ctx):
    ctx = make_ctx(mode="practice")
    ctx.stack.push(TitleScene(ctx))
    setup = SetupScene(ctx, ctx.library.packs[0])
    ctx.stack.push(setup)
    setup.start()
    scene = ctx.stack.top
    assert isinstance(scene, QuestionScene) and not scene.timed
    ctx.stack.update(300.0)
    ctx.stack.handle_event(key(pygame.K_1 + scene.question.answer))
    assert isinstance(ctx.stack.top, RevealScene)
    assert scene.game.session.players[0].answers[-1].points == 1000
