"""The app loop: the only place that talks to pygame's event queue and display.

It turns gamepad input into the keys the scenes know, handles the global keys (F1 help,
F11 fullscreen, closing the window), feeds events to the scene stack, and redraws only when
something changed. When nothing animates it sleeps between looks at the event queue, so a
menu costs next to no CPU; while a clock runs it draws 30 frames a second, painting and
sending to the screen only the clock's strip of the window.
"""

from __future__ import annotations

import argparse
import itertools
import logging
import os
import sys
import time
import traceback
from dataclasses import replace
from pathlib import Path
from typing import Callable

import pygame

from quiz import __version__, paths
from quiz.ui.scenes.base import Context, Scene
from quiz.ui.theme import Frame

log = logging.getLogger(__name__)

# A question clock moves ~60 px a second at 1080p: 30 frames a second keep it smooth, and
# each frame sent to the screen is the expensive part of the loop.
FPS = 30
IDLE_WAIT_MS = 500
IDLE_POLL_MS = 15  # an idle menu's reaction time, at most one 60 Hz frame
MAX_FRAME_SECONDS = 0.1  # a hitch (a slow frame) must not eat a player's time
FADE_SECONDS = 0.22
WINDOW_SIZE = (1280, 720)
MIN_SIZE = (640, 360)
# Set to a file name, the app writes there the time its first frame reached the screen.
STARTUP_MARK_ENV = "FILM_QUIZ_STARTUP_MARK"

# Gamepad buttons (SDL's usual layout: A, B, X, Y, ..., Back, Start) as keys.
PAD_BUTTONS = {0: pygame.K_RETURN, 1: pygame.K_ESCAPE, 6: pygame.K_ESCAPE, 7: pygame.K_p}
PAD_HAT = {(0, 1): pygame.K_UP, (0, -1): pygame.K_DOWN, (-1, 0): pygame.K_LEFT, (1, 0): pygame.K_RIGHT}
STICK_THRESHOLD = 0.6
_REPORTS = itertools.count(1)  # two failures in one second get a report each


def _mark_startup(path: str) -> None:
    """Write the wall-clock time (seconds since the epoch) to `path`; a benchmark aid, so
    a failure is only logged."""
    try:
        with open(path, "w", encoding="ascii") as f:
            f.write(f"{time.time():.6f}\n")
    except OSError as e:
        log.warning("could not write the start-up mark %s (%s)", path, e)


def key_event(key: int, **extra: object) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0, **extra)


def pointer_event() -> pygame.event.Event:
    """Where the mouse pointer is now, as an event: a motion with no movement over the
    window, or the pointer leaving it when it is elsewhere."""
    if not pygame.mouse.get_focused():
        return pygame.event.Event(pygame.WINDOWLEAVE)
    return pygame.event.Event(pygame.MOUSEMOTION, pos=pygame.mouse.get_pos(), rel=(0, 0), buttons=(0, 0, 0),
                              touch=False)


class App:
    def __init__(self, ctx: Context, size: tuple[int, int] = WINDOW_SIZE) -> None:
        self.ctx = ctx
        pygame.display.set_caption("Film Quiz")
        self.windowed_size = size
        self.fullscreen = False
        # The video driver's own framebuffer (X11 shared memory, GDI) rather than one
        # emulated through a GPU renderer: this loop sends only the few rectangles that
        # changed, and the native path copies just those, while the emulated one uploads
        # and redraws the whole window at every present. Under X11 that is ~5 ms of CPU
        # per frame against ~0.01 ms. A player's own setting of the hint wins.
        os.environ.setdefault("SDL_FRAMEBUFFER_ACCELERATION", "0")
        self.window = pygame.display.set_mode(size, pygame.RESIZABLE)
        ctx.frame = Frame(self.window.get_size())
        self._apply_fullscreen()
        self.dirty = True
        self.animate = True  # False: draw only when something happened (autoplay)
        self.fade = 0.0
        self.shown_top: object | None = None
        self.shown: list[Scene] = []  # the scenes on screen, to tell a new one from a revealed one
        self.sticks: dict[tuple[int, int], int] = {}  # (joystick, axis) -> direction held
        self.typing: bool | None = None  # text input on, as the top scene last wanted
        self.joysticks: dict[int, pygame.joystick.JoystickType] = {}
        # Where to note the moment the first frame is on screen (the start-up benchmark).
        self.startup_mark = os.environ.get(STARTUP_MARK_ENV, "")
        try:
            pygame.joystick.init()
        except pygame.error as e:  # no gamepad support here: keyboard and mouse still work
            log.warning("gamepads cannot be used (%s); keyboard and mouse still work", e)

    # input --------------------------------------------------------------------------
    def translate(self, e: pygame.event.Event) -> pygame.event.Event | None:
        """Gamepad events as keys; other events as they are. None for events to ignore."""
        if e.type == pygame.JOYDEVICEADDED:
            try:
                stick = pygame.joystick.Joystick(e.device_index)
            except pygame.error as error:  # unplugged again before we got to it
                log.info("a gamepad was plugged in but cannot be opened (%s)", error)
                return None
            self.joysticks[stick.get_instance_id()] = stick
            return None
        if e.type == pygame.JOYDEVICEREMOVED:
            self.joysticks.pop(e.instance_id, None)
            return None
        if e.type == pygame.JOYBUTTONDOWN:
            # Every button becomes a key event that still says which pad and button it was,
            # so a classroom tells its players' gamepads apart.
            return key_event(PAD_BUTTONS.get(e.button, pygame.K_UNKNOWN), pad=(e.instance_id, e.button))
        # The D-pad and the stick say which pad they were too, with no button: a classroom
        # player's must not steer the presenter's screens.
        if e.type == pygame.JOYHATMOTION:
            key = PAD_HAT.get(tuple(e.value))
            return key_event(key, pad=(e.instance_id, None)) if key else None
        if e.type == pygame.JOYAXISMOTION and e.axis in (0, 1):
            direction = 0 if abs(e.value) < STICK_THRESHOLD else (1 if e.value > 0 else -1)
            held = self.sticks.get((e.instance_id, e.axis), 0)
            self.sticks[(e.instance_id, e.axis)] = direction
            if direction and direction != held:
                keys = (pygame.K_LEFT, pygame.K_RIGHT) if e.axis == 0 else (pygame.K_UP, pygame.K_DOWN)
                return key_event(keys[direction > 0], pad=(e.instance_id, None))
            return None
        return e

    def dispatch(self, e: pygame.event.Event) -> bool:
        """Handle one event; True when the screen may have changed."""
        from quiz.ui.scenes.overlays import ConfirmScene, HelpScene, confirm_quit

        stack = self.ctx.stack
        if e.type == pygame.QUIT:
            if isinstance(stack.top, ConfirmScene):
                self.ctx.quit()
            else:
                stack.push(confirm_quit(self.ctx))
            return True
        if e.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED, pygame.WINDOWEXPOSED):
            self.resized()
            return True
        if e.type == pygame.KEYDOWN and e.key == pygame.K_F11:
            self.ctx.apply_settings(replace(self.ctx.settings, fullscreen=not self.ctx.settings.fullscreen))
            return True
        if e.type == pygame.KEYDOWN and e.key == pygame.K_F1:
            if isinstance(stack.top, HelpScene):
                stack.pop()
            else:
                stack.push(HelpScene(self.ctx))
            return True
        return stack.handle_event(e)

    # display ------------------------------------------------------------------------
    def resized(self) -> None:
        self.window = pygame.display.get_surface()
        if not self.fullscreen:
            self.windowed_size = self.window.get_size()
        self.ctx.frame = Frame(self.window.get_size())

    def _apply_fullscreen(self) -> None:
        wanted = self.ctx.settings.fullscreen
        if wanted == self.fullscreen:
            return
        self.fullscreen = wanted
        if wanted:
            self.window = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        else:
            self.window = pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)
        self.ctx.frame = Frame(self.window.get_size())
        self.dirty = True

    def busy(self) -> bool:
        top = self.ctx.stack.top
        return self.fade > 0 or (top is not None and top.animating())

    def step(self, dt: float, events: list[pygame.event.Event]) -> None:
        """One frame: events, then `update(dt)`, then a redraw if anything changed. A scene
        that fails does not end the game in front of the class: see `recover`."""
        try:
            self._step(dt, events)
        except Exception as e:  # noqa: BLE001 - any bug in any scene
            self.recover(e)

    def recover(self, error: Exception) -> None:
        """Write the traceback to a report in the user data folder, save the high scores
        again, and show the error screen over a fresh title screen. If the error screen
        itself fails there is nothing better to show: the error goes on up."""
        from quiz.ui.scenes.error import ErrorScene
        from quiz.ui.scenes.title import TitleScene

        report = write_report(error)
        log.error("a scene failed (%s: %s); report in %s", type(error).__name__, error, report)
        if isinstance(self.ctx.stack.top, ErrorScene):
            raise error
        self.ctx.keep(self.ctx.highscores.save, "the high scores")
        while self.ctx.stack.pop() is not None:
            pass
        self.ctx.stack.push(TitleScene(self.ctx))
        self.ctx.stack.push(ErrorScene(self.ctx, report))
        self.dirty = True

    def _step(self, dt: float, events: list[pygame.event.Event]) -> None:
        stack = self.ctx.stack
        before = stack.top
        for raw in events:
            e = self.translate(raw)
            if e is not None and self.dispatch(e):
                self.dirty = True
        self._apply_fullscreen()
        typing = stack.top is not None and stack.top.wants_text()
        if typing != self.typing:
            self.typing = typing
            (pygame.key.start_text_input if typing else pygame.key.stop_text_input)()
        # `dt` passed before the events: a scene they opened did not live through it (a
        # question opened after a long idle wait must not start with its time gone).
        stack.update(dt if stack.top is before else 0.0)
        if stack.top is not self.shown_top:
            # A new screen fades in; an overlay appears at once over the old one, and
            # closing it shows the screen below exactly as it was.
            if stack.top is not None and not stack.top.overlay and stack.top not in self.shown:
                self.fade = FADE_SECONDS
            self.shown_top = stack.top
            self.shown = stack.visible()
            self.dirty = True
            # The screen now on top saw no pointer motion while it was not: tell it where
            # the pointer is, so it lights what is under it now, not what was.
            stack.handle_event(pointer_event())
        else:
            self.fade = max(0.0, self.fade - dt)
        if (self.dirty or (self.animate and self.busy())) and stack.top is not None:
            self.draw(None if self.dirty or self.fade > 0 else stack.top.animated_area())
            self.dirty = False

    def draw(self, area: list[pygame.Rect] | None = None) -> None:
        """Paint the visible scenes; send the whole window to the screen, or only `area`
        when just a clock moved (uploading whole frames is what costs). With an `area`,
        painting is clipped to it too: the scenes still draw everything, but pixels
        outside the clip are skipped, which cuts a 1080p question frame from ~4 ms to
        well under one."""
        if area is not None:
            self.window.set_clip(area[0].unionall(area[1:]))
        try:
            self.window.fill((0, 0, 0))
            self.ctx.stack.draw(self.window)
        finally:
            self.window.set_clip(None)
        if self.fade > 0:
            veil = pygame.Surface(self.window.get_size())
            veil.set_alpha(round(255 * self.fade / FADE_SECONDS * 0.8))
            self.window.blit(veil, (0, 0))
        if area is None:
            pygame.display.flip()
        else:
            pygame.display.update(area)
        if self.startup_mark:
            _mark_startup(self.startup_mark)
            self.startup_mark = ""

    def idle_wait(self) -> list[pygame.event.Event]:
        """The next events, waiting up to IDLE_WAIT_MS for one. pygame-ce's own
        `event.wait` looks for events every millisecond, which kept an idle menu at 2-2.5%
        of a core; looking every IDLE_POLL_MS costs a tenth of that and answers a key at
        most that much later."""
        end = time.monotonic() + IDLE_WAIT_MS / 1000
        while True:
            events = pygame.event.get()
            if events or time.monotonic() >= end:
                return events
            time.sleep(IDLE_POLL_MS / 1000)

    def run(self) -> int:
        clock = pygame.time.Clock()
        while self.ctx.running and self.ctx.stack.top is not None:
            if self.busy():
                dt = min(clock.tick(FPS) / 1000, MAX_FRAME_SECONDS)
                events = pygame.event.get()
            else:
                events = self.idle_wait()
                # Idle, the wait is real time passing: the pack browser looks at its file
                # every half second of it.
                dt = min(clock.tick() / 1000, IDLE_WAIT_MS / 1000)
            self.step(dt, events)
        return 0


def write_report(error: BaseException) -> Path | None:
    """The traceback of `error` in a new file under the user data folder's logs/, or None
    when it cannot be written (a full disk must not turn a bug into a crash)."""
    from quiz.core.storage import atomic_write_text

    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = paths.user_data_dir() / "logs" / f"error-{stamp}-{os.getpid()}-{next(_REPORTS)}.log"
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    try:
        atomic_write_text(path, f"Film Quiz {__version__}, {stamp}\n\n{text}")
    except OSError as e:
        log.warning("the error report could not be written (%s)", e.strerror or e)
        return None
    return path


def run_game(args: argparse.Namespace, start: Callable[[Context], list[Scene]] | None = None) -> int:
    """`film-quiz play`: the game in a window, or a computer-only game with --autoplay.
    `start` gives scenes to open over the title screen (`film-quiz browse`)."""
    if getattr(args, "autoplay", False):
        from quiz.ui.autoplay import run_autoplay

        return run_autoplay(args)
    from quiz.core.highscores import HighScores
    from quiz.core.settings import load_settings
    from quiz.ui.content import load_library
    from quiz.ui.scenes.title import TitleScene

    settings = load_settings()
    if getattr(args, "locale", None):
        settings = replace(settings, locale=args.locale)
    pygame.init()
    library = load_library(getattr(args, "pack", None))
    for problem in library.problems:
        log.warning("%s", problem)
    code = getattr(args, "code", None)
    if code:
        from quiz.core.classroom import CodeError, decode_code

        try:
            decode_code(code, [p.id for p in library.packs])
        except CodeError as e:
            print(f"film-quiz: quiz code {code!r}: {e}", file=sys.stderr)
            return 2
    try:
        ctx = Context(settings, library, HighScores.load(), seed=getattr(args, "seed", None))
        app = App(ctx)
        ctx.stack.push(TitleScene(ctx))
        for scene in start(ctx) if start else ():
            ctx.stack.push(scene)
        if code:
            from quiz.ui.scenes.classroom_setup import ClassroomRulesScene

            ctx.stack.push(ClassroomRulesScene(ctx, code))
        return app.run()
    except pygame.error as e:
        # No display at all (a server, a CI job): say what still works without one.
        print(f"film-quiz: cannot open a window ({e}); without a display, try "
              "`film-quiz screenshot` or `film-quiz play --autoplay`", file=sys.stderr)
        return 1
    finally:
        pygame.quit()
