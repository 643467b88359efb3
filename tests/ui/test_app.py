"""The real app loop driven by posted events, the headless commands, and the pieces under
them (gamepad mapping, fonts, sounds)."""

from __future__ import annotations

import csv
import logging
import re

import pygame
import pytest

from quiz import cli
from quiz.core.highscores import HighScores
from quiz.core.settings import Settings
from quiz.ui import content
from quiz.ui.app import App
from quiz.ui.scenes.base import Context
from quiz.ui.scenes.overlays import ConfirmScene, HelpScene
from quiz.ui.scenes.packs import PackScene
from quiz.ui.scenes.question import QuestionScene
from quiz.ui.scenes.results import ResultsScene
from quiz.ui.scenes.reveal import RevealScene
from quiz.ui.scenes.title import TitleScene
from quiz.ui.sound import Sounds, synthesise
from quiz.ui.text import TextRenderer
from tests.ui.conftest import make_library


def post_key(k: int) -> None:
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=k, mod=0, unicode="", scancode=0))


def pump(app: App, frames: int = 1, dt: float = 1 / 60) -> None:
    for _ in range(frames):
        app.step(dt, pygame.event.get())


A, B, BACK, START = 0, 1, 6, 7  # gamepad buttons, as SDL numbers them


def press(application: App, pad: int, b: int) -> bool:
    """Gamepad `pad`'s button `b` through the app, as the loop would hand it on."""
    return application.dispatch(application.translate(
        pygame.event.Event(pygame.JOYBUTTONDOWN, button=b, instance_id=pad, joy=pad)))


def d_pad(application: App, pad: int, value: tuple[int, int]) -> bool:
    return application.dispatch(application.translate(
        pygame.event.Event(pygame.JOYHATMOTION, value=value, hat=0, instance_id=pad, joy=pad)))


@pytest.fixture
def app(tmp_path, monkeypatch, text):
    monkeypatch.setenv("FILM_QUIZ_HOME", str(tmp_path))

    def build(locale: str = "en", library=None) -> App:
        ctx = Context(Settings(locale=locale, question_count=5, classroom_count=5), library or make_library(),
                      HighScores.load(), sounds=Sounds(enabled=False), text=text, seed=3)
        application = App(ctx, (1280, 720))
        ctx.stack.push(TitleScene(ctx))
        pygame.event.clear()
        return application

    yield build
    pygame.display.quit()
    pygame.display.init()


@pytest.mark.parametrize("locale", ("en", "ru"))
def test_a_scripted_game_of_the_bundled_pack_from_title_to_high_scores(app, locale, tmp_path):
    application = app(locale, content.load_library())
    ctx = application.ctx
    for k in (pygame.K_RETURN, pygame.K_RETURN):  # Play, first pack
        post_key(k)
        pump(application)
    assert ctx.stack.top.__class__.__name__ == "SetupScene"
    post_key(pygame.K_RETURN)  # Start (focused)
    pump(application)
    picks = 0
    while isinstance(ctx.stack.top, QuestionScene):
        pump(application, 30)  # half a second of thinking
        question = ctx.stack.top.question
        assert question.locale == locale
        post_key(pygame.K_a + question.answer)
        pump(application)
        assert isinstance(ctx.stack.top, RevealScene)
        post_key(pygame.K_RETURN)
        pump(application)
        picks += 1
    assert picks == 5 and isinstance(ctx.stack.top, ResultsScene)
    player = ctx.stack.top.game.session.players[0]
    assert player.correct == 5 and player.best_streak == 5
    assert application.typing is True  # a new high score: the name is asked for
    pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="Аня"))
    post_key(pygame.K_RETURN)  # the name
    post_key(pygame.K_RETURN)  # High scores, focused once the name is in
    pump(application)
    assert ctx.stack.top.__class__.__name__ == "HighScoresScene" and application.typing is False
    best = HighScores.load(tmp_path / "data" / "highscores.json").entries[0]
    assert (best.name, best.score) == ("Аня", player.score)


def test_f1_opens_and_closes_help_and_closing_the_window_asks_first(app):
    application = app()
    ctx = application.ctx
    post_key(pygame.K_F1)
    pump(application)
    assert isinstance(ctx.stack.top, HelpScene)
    post_key(pygame.K_F1)
    pump(application)
    assert isinstance(ctx.stack.top, TitleScene)
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    pump(application)
    assert isinstance(ctx.stack.top, ConfirmScene) and ctx.running
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    pump(application)
    assert not ctx.running


def test_f11_switches_fullscreen_and_saves_it(app):
    application = app()
    post_key(pygame.K_F11)
    pump(application)
    assert application.ctx.settings.fullscreen and application.fullscreen
    post_key(pygame.K_F11)
    pump(application)
    assert not application.fullscreen and application.window.get_size() == (1280, 720)


def test_a_menu_idles_once_its_fade_is_over(app):
    application = app()
    pump(application, 30)
    assert not application.busy()
    post_key(pygame.K_RETURN)
    pump(application)
    assert isinstance(application.ctx.stack.top, PackScene) and application.busy()


def test_gamepad_buttons_and_hat_become_keys(app):
    application = app()
    a = application.translate(pygame.event.Event(pygame.JOYBUTTONDOWN, button=0, instance_id=0, joy=0))
    up = application.translate(pygame.event.Event(pygame.JOYHATMOTION, value=(0, 1), hat=0, instance_id=0, joy=0))
    stick = [application.translate(pygame.event.Event(pygame.JOYAXISMOTION, axis=1, value=v, instance_id=0, joy=0))
             for v in (0.9, 0.95, 0.1, 0.9)]
    assert a.key == pygame.K_RETURN and up.key == pygame.K_UP
    assert [e.key if e else None for e in stick] == [pygame.K_DOWN, None, None, pygame.K_DOWN]


def test_in_solo_play_gamepad_b_and_back_go_back_and_pause_as_esc_does(app):
    from quiz.ui.scenes.overlays import PauseScene

    application = app()
    ctx = application.ctx
    press(application, 0, A)  # Play
    assert isinstance(ctx.stack.top, PackScene)
    press(application, 0, B)
    assert isinstance(ctx.stack.top, TitleScene)
    for _ in range(3):  # Play, the first pack, Start
        press(application, 0, A)
    question = ctx.stack.top
    assert isinstance(question, QuestionScene)
    press(application, 0, BACK)
    assert isinstance(ctx.stack.top, PauseScene)
    d_pad(application, 0, (0, -1))
    assert ctx.stack.top.menu.focus == 1
    press(application, 0, B)
    assert ctx.stack.top is question
    press(application, 0, START)
    assert isinstance(ctx.stack.top, PauseScene)


def test_autoplay_plays_a_whole_game_and_writes_one_row_per_player_per_question(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(content, "load_library", lambda pack=None: make_library())
    out = tmp_path / "game.csv"
    argv = ["play", "--autoplay", "--players", "3", "--questions", "6", "--seed", "5", "--results-csv", str(out)]
    assert cli.main(argv) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 18 and {r["player"] for r in rows} == {"CPU 1", "CPU 2", "CPU 3"}
    assert all(0 < float(r["response_time"]) < 20 for r in rows)
    assert all((r["correct"] == "1") == (int(r["points"]) > 0) for r in rows)
    first = out.read_text(encoding="utf-8")
    assert cli.main(argv) == 0
    assert out.read_text(encoding="utf-8") == first, "the same seed plays the same game"
    assert "1. CPU" in capsys.readouterr().out
    summary = list(csv.DictReader((tmp_path / "game-summary.csv").open(encoding="utf-8")))
    assert summary[0]["rank"] == "1" and [int(r["score"]) for r in summary] == sorted((int(r["score"]) for r in summary), reverse=True)
    assert {r["player"] for r in summary} == {"CPU 1", "CPU 2", "CPU 3"}
    totals = {p: sum(int(r["points"]) for r in rows if r["player"] == p) for p in ("CPU 1", "CPU 2", "CPU 3")}
    assert {r["player"]: int(r["score"]) for r in summary} == totals


def test_autoplay_with_no_results_file_saves_where_a_class_does(tmp_path, monkeypatch, capsys):
    from quiz.core.results import saved_games

    monkeypatch.setattr(content, "load_library", lambda pack=None: make_library())
    monkeypatch.setenv("FILM_QUIZ_HOME", str(tmp_path))
    assert cli.main(["play", "--autoplay", "--players", "2", "--questions", "2", "--seed", "5"]) == 0
    (game,) = saved_games(tmp_path / "data" / "results")
    code = capsys.readouterr().out.split("quiz code ")[1].split(";")[0]
    assert re.fullmatch(rf"\d{{8}}-\d{{6}}-spacewalk-{code}", game.id), game.id
    assert len(game.read("answers")) == 4


def test_screenshot_writes_one_png_per_scene(tmp_path, monkeypatch):
    monkeypatch.setattr(content, "load_library", lambda pack=None: make_library())
    assert cli.main(["screenshot", "--scene", "all", "--locale", "ru", "--size", "960x540",
                     "--out", str(tmp_path)]) == 0
    from quiz.ui.screenshot import SCENES

    pngs = sorted(p.name for p in tmp_path.glob("*.png"))
    assert pngs == sorted(f"{name}-ru-960x540.png" for name in SCENES)
    assert pygame.image.load(str(tmp_path / "title-ru-960x540.png")).get_size() == (960, 540)


def test_russian_text_has_every_glyph(text):
    font = text.font("body", 30)
    notdef = font.metrics("\uffff")[0]
    sample = "Вопрос № 1: 9\u202f677\u202f311 ₽ — «Время первых», ёЁ 1\u00a0000 очков"
    shown = sample.translate(str.maketrans({"\u202f": "\u00a0"}))
    missing = [ch for ch, m in zip(shown, font.metrics(shown)) if m == notdef and not ch.isspace()]
    assert missing == []
    assert text.render(sample, "body", 30, (255, 255, 255)).get_width() == \
        text.render(shown, "body", 30, (255, 255, 255)).get_width()


def test_without_pt_sans_the_default_font_is_used_with_one_warning(tmp_path, caplog):
    with caplog.at_level(logging.WARNING):
        fallback = TextRenderer(font_dir=tmp_path)
        surface = fallback.render("Вопрос", "body", 30, (255, 255, 255))
    assert surface.get_width() > 0
    assert sum("PT Sans" in r.message for r in caplog.records) == 1


def test_sound_effects_are_synthesised_and_silence_is_harmless():
    data = synthesise(((440.0, 0.1),), rate=1000)
    assert len(data) == 2 * 100
    silent = Sounds(enabled=False)
    silent.play("fanfare")
    assert not silent.available


def test_closing_an_overlay_shows_the_screen_below_without_a_fade(app):
    application = app()
    pump(application, 30)
    post_key(pygame.K_F1)
    pump(application)
    post_key(pygame.K_F1)
    pump(application)
    assert isinstance(application.ctx.stack.top, TitleScene) and application.fade == 0


def test_a_scene_opened_by_an_event_does_not_live_through_the_wait_before_it(app):
    from quiz.ui.scenes.base import Scene

    application = app()
    ctx = application.ctx
    seen: list[float] = []

    class Clocked(Scene):
        def update(self, dt: float) -> None:
            seen.append(dt)

    class Opener(Scene):
        def handle_event(self, e: pygame.event.Event) -> bool:
            ctx.stack.push(Clocked(ctx))
            return True

    ctx.stack.push(Opener(ctx))
    post_key(pygame.K_x)
    application.step(0.5, pygame.event.get())  # the key came at the end of an idle wait
    application.step(0.03, [])
    assert seen == [0.0, 0.03]


def test_autoplay_on_a_broken_pack_says_what_is_wrong_in_the_chosen_language(tmp_path, capsys):
    pack = tmp_path / "broken.yaml"
    pack.write_text("format: 1\nid: x\nid: y\n", encoding="utf-8")
    assert cli.main(["play", "--autoplay", "--locale", "ru", "--pack", str(pack)]) == 1
    err = capsys.readouterr().err
    assert f"{pack}:3:1: ошибка:" in err and "встречается дважды" in err
