"""The monkey test: random keys, clicks, motion, wheel, resizes, focus changes, gamepad
axes, buttons and hats, text input, and closing the window then cancelling — thrown at
every scene through the real app loop. Any exception fails the test, with the seed and
the event that did it, so the run can be repeated.

FILM_QUIZ_MONKEY_EVENTS sets the number of events (default 1,500); FILM_QUIZ_MONKEY_SEED
the seed (default 1). Run 20,000 or more before a release:

    FILM_QUIZ_MONKEY_EVENTS=20000 python -m pytest tests/ui/test_monkey.py
"""

from __future__ import annotations

import os
import random

import pygame
import pytest

from quiz.core.highscores import HighScores
from quiz.core.settings import Settings
from quiz.ui.app import App
from quiz.ui.scenes.base import Context
from quiz.ui.scenes.title import TitleScene
from quiz.ui.screenshot import SCENES
from quiz.ui.sound import Sounds
from tests.ui.conftest import make_library

EVENTS = int(os.environ.get("FILM_QUIZ_MONKEY_EVENTS", "1500"))
SEED = int(os.environ.get("FILM_QUIZ_MONKEY_SEED", "1"))

KEYS = [pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE, pygame.K_ESCAPE, pygame.K_BACKSPACE, pygame.K_UP,
        pygame.K_DOWN, pygame.K_LEFT, pygame.K_RIGHT, pygame.K_p, pygame.K_F1, pygame.K_F11, pygame.K_TAB,
        pygame.K_1, pygame.K_2, pygame.K_3, pygame.K_4, pygame.K_5, pygame.K_6, pygame.K_a, pygame.K_b,
        pygame.K_c, pygame.K_d, pygame.K_e, pygame.K_f, pygame.K_KP1, pygame.K_KP4, pygame.K_q, pygame.K_z]


def random_event(rng: random.Random, size: tuple[int, int]) -> pygame.event.Event:
    """One event of the kinds a classroom produces, some of them nonsense."""
    w, h = size
    pos = (rng.randrange(-20, w + 20), rng.randrange(-20, h + 20))
    kind = rng.choices(
        ["key", "keyup", "click", "release", "motion", "wheel", "resize", "focus", "axis", "button", "hat",
         "text", "quit", "device"],
        weights=[30, 4, 18, 4, 14, 3, 2, 2, 5, 5, 5, 2, 1, 1])[0]
    if kind in ("key", "keyup"):
        key = rng.choice(KEYS) if rng.random() < 0.9 else rng.randrange(0, 0x4000_0200)
        return pygame.event.Event(pygame.KEYDOWN if kind == "key" else pygame.KEYUP, key=key, mod=rng.choice((0, 1, 64)),
                                  unicode=rng.choice(("", "a", "1", "ж", "\r")), scancode=0)
    if kind in ("click", "release"):
        return pygame.event.Event(pygame.MOUSEBUTTONDOWN if kind == "click" else pygame.MOUSEBUTTONUP,
                                  pos=pos, button=rng.choice((1, 1, 1, 2, 3, 4, 5)))
    if kind == "motion":
        return pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(rng.randint(-40, 40), rng.randint(-40, 40)),
                                  buttons=(0, 0, 0))
    if kind == "wheel":
        return pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=rng.choice((-3, -1, 1, 3)), flipped=False)
    if kind == "resize":
        return pygame.event.Event(rng.choice((pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED)),
                                  size=(rng.randrange(1, 2000), rng.randrange(1, 1200)),
                                  w=rng.randrange(1, 2000), h=rng.randrange(1, 1200))
    if kind == "focus":
        return pygame.event.Event(rng.choice((pygame.WINDOWFOCUSLOST, pygame.WINDOWFOCUSGAINED,
                                              pygame.WINDOWMINIMIZED, pygame.WINDOWRESTORED)))
    if kind == "axis":
        return pygame.event.Event(pygame.JOYAXISMOTION, instance_id=rng.randrange(3), axis=rng.randrange(6),
                                  value=rng.uniform(-1, 1))
    if kind == "button":
        return pygame.event.Event(rng.choice((pygame.JOYBUTTONDOWN, pygame.JOYBUTTONUP)),
                                  instance_id=rng.randrange(3), button=rng.randrange(16))
    if kind == "hat":
        return pygame.event.Event(pygame.JOYHATMOTION, instance_id=rng.randrange(3), hat=0,
                                  value=(rng.randint(-1, 1), rng.randint(-1, 1)))
    if kind == "text":
        return pygame.event.Event(pygame.TEXTINPUT, text=rng.choice(("a", "Ж", "?", "😀", "\x00")))
    if kind == "device":  # a gamepad plugged in and out (index and id need not be valid)
        return pygame.event.Event(rng.choice((pygame.JOYDEVICEADDED, pygame.JOYDEVICEREMOVED)),
                                  device_index=rng.randrange(4), instance_id=rng.randrange(4))
    return pygame.event.Event(pygame.QUIT)


@pytest.fixture
def monkey_app(tmp_path, monkeypatch, text):
    monkeypatch.setenv("FILM_QUIZ_HOME", str(tmp_path))

    def build(scene: str) -> App:
        ctx = Context(Settings(question_count=5), make_library(), HighScores.load(), sounds=Sounds(enabled=False),
                      text=text, seed=SEED, today=lambda: "2026-11-21")
        app = App(ctx, (960, 540))

        def fail(error: Exception) -> None:
            raise error  # the monkey wants the bug, not the error screen

        app.recover = fail
        scenes = SCENES[scene](ctx)
        if not isinstance(scenes[0], TitleScene):  # in the game the title is always below
            ctx.stack.push(TitleScene(ctx))
        for s in scenes:
            ctx.stack.push(s)
        return app

    yield build
    pygame.display.quit()
    pygame.display.init()


def test_a_monkey_at_every_scene_never_breaks_the_game(monkey_app):
    rng = random.Random(SEED)
    per_scene = max(1, EVENTS // len(SCENES))
    seen: set[str] = set()
    for scene in SCENES:
        app = monkey_app(scene)
        ctx = app.ctx
        for i in range(per_scene):
            e = random_event(rng, app.window.get_size())
            try:
                app.step(rng.choice((0.0, 1 / 30, 0.2, 3.0)), [e])
            except Exception as error:
                raise AssertionError(f"FILM_QUIZ_MONKEY_SEED={SEED} FILM_QUIZ_MONKEY_EVENTS={EVENTS}: starting at "
                                     f"{scene!r}, event {i} ({pygame.event.event_name(e.type)} {e.dict}) "
                                     f"on {type(ctx.stack.top).__name__}: {error!r}") from error
            seen.add(type(ctx.stack.top).__name__)
            if not ctx.running:  # the quit was confirmed: take it back and play on
                ctx.running = True
            assert ctx.stack.top is not None, f"seed {SEED}: the scene stack emptied (from {scene!r}, event {i})"
    assert {"TitleScene", "QuestionScene", "RevealScene", "ResultsScene", "SettingsScene", "HighScoresScene",
            "PauseScene", "HelpScene", "ConfirmScene", "SetupScene", "PackScene", "BrowseScene", "ErrorScene"} <= seen
