"""Scenes on a stack, and the context every scene is handed.

A scene reacts to events in `handle_event` (returning True when it used the event, so the
app knows to redraw), advances in `update(dt)`, and paints in `draw(surface)`, which never
changes state. Overlays (pause, help, confirmation) are pushed on top and popped to return
exactly where the player was; only the top scene is updated, so an overlay stops the clock.

In a classroom the gamepads are the players': while a classroom's screens are on the stack,
a gamepad's input goes to `player_pad` of the classroom screen on top (to join, to answer)
and nowhere else, so a pupil's B or Back cannot pause the game, leave it or work the
presenter's menus; the presenter runs the game from the keyboard.
"""

from __future__ import annotations

import datetime as _dt
import logging
import random
from typing import TYPE_CHECKING, Callable, Iterator

import pygame

from quiz.core.highscores import HighScores
from quiz.core.settings import Settings, save_settings
from quiz.i18n import Translator, translator
from quiz.ui import theme
from quiz.ui.classroom import pad_of
from quiz.ui.content import Library
from quiz.ui.sound import Sounds
from quiz.ui.text import TextRenderer
from quiz.ui.theme import Frame
from quiz.ui.widgets import Menu

if TYPE_CHECKING:  # the game's record lives with the question scene, which builds on this module
    from quiz.ui.scenes.question import Game

log = logging.getLogger(__name__)

BACK_KEYS = (pygame.K_ESCAPE, pygame.K_BACKSPACE)
AUTOPLAY_PAUSE = 1.0  # simulated seconds a computer-only game shows each answer and each board


class Scene:
    overlay = False

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def handle_event(self, e: pygame.event.Event) -> bool:
        return False

    def pads_are_players(self) -> bool:
        """True for a classroom's screens (its players joining, its game): the gamepads
        are the players', and their input goes to `player_pad`, never to `handle_event`."""
        return False

    def player_pad(self, e: pygame.event.Event) -> bool:
        """A classroom player's gamepad input (a key the app made from a gamepad) while
        this scene is on top; True when it changed something. Here, nothing: a screen
        between questions is the presenter's."""
        return False

    def update(self, dt: float) -> None:
        """Advance by `dt` seconds."""

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the scene; never changes state."""

    def animating(self) -> bool:
        """True while the scene changes without input (a running clock), so the app keeps
        drawing frames; otherwise it sleeps until the next event."""
        return False

    def animated_area(self) -> list[pygame.Rect] | None:
        """Where the picture changes while the scene animates with no input, so the app
        updates only that part of the window; None for all of it."""
        return None

    def wants_text(self) -> bool:
        """True while the scene takes typed text (TEXTINPUT events: any alphabet), so the
        app turns the platform's text input on (input methods, on-screen keyboards)."""
        return False

    def on_locale_changed(self) -> None:
        """The language changed; text is re-translated at draw time, so most scenes need
        nothing here."""

    # helpers shared by the scenes
    def gettext(self, message: str) -> str:
        return self.ctx.tr.gettext(message)

    def on_off(self, value: bool) -> str:
        return self.gettext("On") if value else self.gettext("Off")

    def draw_text(self, surface: pygame.Surface, text: str, role: str, box: tuple[float, float, float, float],
                  colour: tuple[int, int, int] = theme.TEXT, align: str = "center", valign: str = "center",
                  size: float = 1.0) -> pygame.Rect:
        frame = self.ctx.frame
        return self.ctx.text.draw(surface, text, role, colour, frame.rect(*box), frame.scale, align, valign, size)


class MenuScene(Scene):
    """A screen driven by one menu (`self.menu`): Esc or Backspace goes back, a chosen item
    goes to `on_action`."""

    menu: Menu

    def handle_event(self, e: pygame.event.Event) -> bool:
        if e.type == pygame.KEYDOWN and e.key in BACK_KEYS:
            self.back()
            return True
        hit = self.menu.handle_event(e, self.ctx.frame)
        if hit is None:
            return False
        if hit[0]:
            self.on_action(*hit)
        return True

    def back(self) -> None:
        self.ctx.stack.pop()

    def on_action(self, action: str, step: int) -> None:
        """The item `action` was chosen; `step` is +1/-1 for a choice, 0 for a button."""


class GameScene(Scene):
    """A screen of a game being played (question, answer, leaderboard, podium): it carries
    the game, counts the seconds it has been shown, takes the keys every such screen takes
    (pause; in a classroom, the presenter's H to hide the scores) and follows a language
    switch with the game's questions. In autoplay it goes on by itself after
    `autoplay_pause` seconds; None keeps it on screen."""

    autoplay_pause: float | None = AUTOPLAY_PAUSE

    def __init__(self, ctx: Context, game: Game) -> None:
        super().__init__(ctx)
        self.game = game
        self.elapsed = 0.0

    def on_locale_changed(self) -> None:
        self.game.relocalise(self.ctx.tr.locale)

    def pads_are_players(self) -> bool:
        return self.game.classroom is not None

    @property
    def goes_on_alone(self) -> bool:
        """True when autoplay moves this screen on (so the app must keep stepping it)."""
        return self.ctx.autoplay and self.autoplay_pause is not None

    def animating(self) -> bool:
        return self.goes_on_alone

    def advance(self) -> None:
        """What comes after this screen (its go-on key, and autoplay)."""

    def update(self, dt: float) -> None:
        self.elapsed += dt
        if self.goes_on_alone and self.elapsed >= self.autoplay_pause:
            self.advance()

    def handle_game_keys(self, e: pygame.event.Event, answering: bool = False) -> bool:
        """Pause (Esc; P, or in a classroom the presenter's P) and hide or show the scores
        (the presenter's H); True when `e` was one of them. `answering`: a question is open,
        so a key of a joined group is that player's, not the presenter's."""
        classroom = self.game.classroom
        if classroom is None:
            pause = e.type == pygame.KEYDOWN and e.key in (pygame.K_ESCAPE, pygame.K_p)
        else:
            action = classroom.presenter(e, answering)
            if action == "hide":
                classroom.hide_scores = not classroom.hide_scores
                return True
            pause = action == "pause" or (e.type == pygame.KEYDOWN and e.key == pygame.K_ESCAPE)
        if pause:
            from quiz.ui.scenes.overlays import PauseScene

            self.ctx.stack.push(PauseScene(self.ctx))
        return pause


class SceneStack:
    def __init__(self) -> None:
        self._scenes: list[Scene] = []

    def __iter__(self) -> Iterator[Scene]:
        return iter(self._scenes)

    def __len__(self) -> int:
        return len(self._scenes)

    @property
    def top(self) -> Scene | None:
        return self._scenes[-1] if self._scenes else None

    def push(self, scene: Scene) -> None:
        self._scenes.append(scene)

    def pop(self) -> Scene | None:
        return self._scenes.pop() if self._scenes else None

    def replace(self, scene: Scene) -> None:
        """Swap the top scene (question -> reveal -> next question)."""
        self.pop()
        self.push(scene)

    def pop_to(self, kind: type[Scene]) -> None:
        """Pop until a scene of `kind` is on top (back to the title screen)."""
        while self._scenes and not isinstance(self._scenes[-1], kind):
            self._scenes.pop()

    def visible(self) -> list[Scene]:
        """The scenes to draw: the top full scene and any overlays above it."""
        start = 0
        for i in range(len(self._scenes) - 1, -1, -1):
            if not self._scenes[i].overlay:
                start = i
                break
        return self._scenes[start:]

    def handle_event(self, e: pygame.event.Event) -> bool:
        top = self.top
        if top is None:
            return False
        if pad_of(e) is not None:
            classroom = next((s for s in reversed(self._scenes) if s.pads_are_players()), None)
            if classroom is not None:
                # Over a classroom (pause, help, settings) a player's gamepad does nothing.
                return classroom is top and top.player_pad(e)
        return top.handle_event(e)

    def update(self, dt: float) -> None:
        if self.top:
            self.top.update(dt)

    def draw(self, surface: pygame.Surface) -> None:
        for scene in self.visible():
            scene.draw(surface)


class Context:
    """What scenes share: settings, translator, text, sounds, packs, high scores, the stack."""

    def __init__(self, settings: Settings, library: Library, highscores: HighScores,
                 sounds: Sounds | None = None, text: TextRenderer | None = None,
                 persist: bool = True, autoplay: bool = False, seed: int | None = None,
                 today: Callable[[], str] = lambda: _dt.date.today().isoformat()) -> None:
        self.settings = settings
        self.tr: Translator = translator(settings.locale)
        self.library = library
        self.highscores = highscores
        self.sounds = sounds or Sounds(settings.effective_volume)
        self.sounds.set_volume(settings.effective_volume)
        self.text = text or TextRenderer(settings.text_scale)
        self.stack = SceneStack()
        self.frame = Frame((1280, 720))
        self.persist = persist
        self.autoplay = autoplay
        self.today = today
        self.running = True
        self.rng = random.Random(seed)

    def new_seed(self) -> int:
        """A seed for the next game's question order (reproducible when `seed` was given)."""
        return self.rng.randrange(2**32)

    def apply_settings(self, new: Settings) -> None:
        """Take new settings at once: a language switch re-translates every scene and a
        text-size change re-renders all text, with no restart."""
        old, self.settings = self.settings, new
        if new.locale != old.locale:
            self.tr = translator(new.locale)
            self.text.clear()
            for scene in self.stack:
                scene.on_locale_changed()
        if new.text_size != old.text_size:
            self.text.scale = new.text_scale
            self.text.clear()
        self.sounds.set_volume(new.effective_volume)
        self.keep(lambda: save_settings(new), "the settings")

    def keep(self, save: Callable[[], None], what: str) -> None:
        """Run `save`, a write to the user's folder (when this context persists): a full
        disk or a read-only folder costs that file, with a warning, never the game."""
        if not self.persist:
            return
        try:
            save()
        except OSError as e:
            log.warning("%s could not be saved (%s); the game goes on", what, e.strerror or e)

    def quit(self) -> None:
        self.running = False
