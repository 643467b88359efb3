"""The game in front of a class does not crash: a failing scene shows the error screen
(scores kept, a report written, the way back to the title), and a machine with no sound,
no gamepad support, no PT Sans or a broken translation still runs, with one warning each."""

from __future__ import annotations

import json
import logging
import sys

import pygame
import pytest

from quiz import paths
from quiz.core.highscores import HighScore, HighScores
from quiz.core.settings import Settings
from quiz.i18n import Translator
from quiz.ui.app import App
from quiz.ui.scenes.base import Context, Scene
from quiz.ui.scenes.error import ErrorScene
from quiz.ui.scenes.title import TitleScene
from quiz.ui.sound import Sounds
from quiz.ui.text import TextRenderer
from tests.ui.conftest import make_library


class Failing(Scene):
    """A scene with a bug in it, where `where` says."""

    def __init__(self, ctx: Context, where: str) -> None:
        super().__init__(ctx)
        self.where = where

    def handle_event(self, e: pygame.event.Event) -> bool:
        if self.where == "event":
            raise KeyError("injected failure")
        return False

    def update(self, dt: float) -> None:
        if self.where == "update":
            raise ZeroDivisionError("injected failure")

    def draw(self, surface: pygame.Surface) -> None:
        if self.where == "draw":
            raise ValueError("injected failure")


@pytest.fixture
def game(tmp_path, monkeypatch, text):
    monkeypatch.setenv("FILM_QUIZ_HOME", str(tmp_path))

    def build(locale: str = "en") -> App:
        ctx = Context(Settings(locale=locale), make_library(), HighScores.load(), sounds=Sounds(enabled=False),
                      text=text, seed=1, today=lambda: "2026-11-21")
        app = App(ctx, (960, 540))
        ctx.stack.push(TitleScene(ctx))
        return app

    yield build
    pygame.display.quit()
    pygame.display.init()


@pytest.mark.parametrize("where", ["event", "update", "draw"])
@pytest.mark.parametrize("locale", ["en", "ru"])
def test_a_failing_scene_shows_the_error_screen_keeps_the_scores_and_leads_back_to_the_title(
        game, where, locale, caplog):
    app = game(locale)
    ctx = app.ctx
    ctx.highscores.add(HighScore("Ann", 4200, 4, 5, 3, "spacewalk", "timed", "2026-11-21"))
    ctx.highscores.save()
    ctx.stack.push(Failing(ctx, where))
    key = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_x, mod=0, unicode="x", scancode=0)
    with caplog.at_level(logging.ERROR):
        app.step(0.1, [key])
    assert [type(s) for s in ctx.stack] == [TitleScene, ErrorScene]
    reports = list((paths.user_data_dir() / "logs").glob("error-*.log"))
    assert len(reports) == 1 and ctx.stack.top.report == reports[0]
    text = reports[0].read_text(encoding="utf-8")
    assert "Traceback" in text and "injected failure" in text and "test_resilience.py" in text
    assert any(str(reports[0]) in r.getMessage() for r in caplog.records)
    saved = json.loads((paths.user_data_dir() / "highscores.json").read_text(encoding="utf-8"))
    assert [e["score"] for e in saved] == [4200]
    app.step(0.1, [])  # the error screen draws, in the player's language
    heading = ctx.tr.gettext("Something went wrong")
    assert (heading != "Something went wrong") == (locale == "ru")
    app.step(0.1, [pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0, unicode="\r", scancode=0)])
    assert [type(s) for s in ctx.stack] == [TitleScene]


def test_an_error_screen_that_fails_itself_ends_the_game_rather_than_looping(game, monkeypatch):
    app = game()
    app.ctx.stack.push(Failing(app.ctx, "update"))
    monkeypatch.setattr(ErrorScene, "update", lambda self, dt: 1 / 0)
    app.step(0.1, [])
    assert isinstance(app.ctx.stack.top, ErrorScene)
    with pytest.raises(ZeroDivisionError):
        app.step(0.1, [])


def test_without_an_audio_device_the_game_is_silent_with_one_warning(monkeypatch, caplog):
    def no_device(*args, **kwargs):
        raise pygame.error("No available audio device")

    monkeypatch.setattr(pygame.mixer, "init", no_device)
    with caplog.at_level(logging.WARNING):
        sounds = Sounds(0.7)
        sounds.play("correct")
    assert not sounds.available
    assert sum("audio" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING) == 1


def test_without_gamepad_support_the_game_starts_with_one_warning(game, monkeypatch, caplog):
    def no_joystick() -> None:
        raise pygame.error("joystick subsystem not available")

    monkeypatch.setattr(pygame.joystick, "init", no_joystick)
    with caplog.at_level(logging.WARNING):
        app = game()
        app.step(0.1, [pygame.event.Event(pygame.JOYDEVICEADDED, device_index=0, instance_id=0)])
    assert isinstance(app.ctx.stack.top, TitleScene)
    assert sum("gamepad" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING) == 1


def test_without_the_font_package_the_default_font_is_used_with_one_warning(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "fontpkg_pt_sans", None)  # `import fontpkg_pt_sans` fails
    with caplog.at_level(logging.WARNING):
        renderer = TextRenderer()
        assert renderer.render("Вопрос № 1", "heading", 30, (255, 255, 255)).get_width() > 0
    assert renderer.files is None
    assert sum("PT Sans" in r.getMessage() for r in caplog.records) == 1


@pytest.mark.parametrize("catalog", [
    None,  # no catalog at all
    b'msgid "Play"\nmsgstr "\xd0\x98\xd0\xb3\n\nmsgid \x00\xff junk\n',  # cut short, not UTF-8
    b'msgid ""\nmsgstr "Plural-Forms: nplurals=3; plural=(n%;\\n"\n\nmsgid "Play"\nmsgstr "x"\n',  # bad plurals
], ids=["missing", "garbled", "bad-plural-forms"])
def test_a_missing_or_broken_catalog_falls_back_to_english_with_one_warning(tmp_path, catalog, caplog):
    if catalog is not None:
        folder = tmp_path / "ru" / "LC_MESSAGES"
        folder.mkdir(parents=True)
        (folder / "quiz.po").write_bytes(catalog)
    with caplog.at_level(logging.WARNING):
        tr = Translator("ru", localedir=tmp_path)
    assert tr.gettext("Play") in ("Play", "x")
    assert tr.ngettext("{n} point", "{n} points", 5) in ("{n} points", "{n} point")
    assert sum("catalog" in r.getMessage() for r in caplog.records) == 1


def test_text_sdl_cannot_draw_is_drawn_as_a_replacement_character(text):
    # A NUL (a pack's "\0" escape, a damaged score file) made SDL_ttf raise ValueError, and
    # a lone surrogate ("\ud800" in JSON) UnicodeEncodeError, in the middle of a frame.
    for sample in ("Ann\x00", "\ud800", "ok \udfff ok"):
        assert text.render(sample, "body", 30, (255, 255, 255)).get_width() > 0


def test_a_damaged_score_table_still_shows(game, tmp_path):
    (tmp_path / "data").mkdir(exist_ok=True)
    (tmp_path / "data" / "highscores.json").write_text(json.dumps(
        [{"name": "\u0000\ud800" + "W" * 300, "score": 10**9, "correct": 0, "questions": 0, "best_streak": 10**9,
          "pack": "", "mode": "", "date": "not a date"}]))
    from quiz.ui.scenes.highscores import HighScoresScene

    app = game()
    assert len(app.ctx.highscores.entries) == 1
    app.ctx.stack.push(HighScoresScene(app.ctx))
    app.recover = lambda e: pytest.fail(f"the table failed to draw: {e!r}")
    app.step(0.1, [])


def test_a_full_disk_costs_the_file_not_the_game(game, monkeypatch, caplog):
    from dataclasses import replace

    from quiz.core import storage

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(storage, "atomic_write_bytes", full)
    app = game()
    with caplog.at_level(logging.WARNING):
        app.ctx.apply_settings(replace(app.ctx.settings, muted=True))
        app.ctx.highscores.add(HighScore("Ann", 10, 1, 1, 1, "spacewalk", "timed", "2026-11-21"))
        app.ctx.keep(app.ctx.highscores.save, "the high scores")
    assert app.ctx.settings.muted and isinstance(app.ctx.stack.top, TitleScene)
    assert [r.getMessage().split(" could")[0] for r in caplog.records if r.levelno == logging.WARNING] == \
        ["the settings", "the high scores"]
