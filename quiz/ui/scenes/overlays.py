"""Overlays pushed over a scene and popped to return to it: pause, quit confirmation, help.
While one is on top the scene below is drawn but not updated, so the question clock stops."""

from __future__ import annotations

from typing import Callable

import pygame

from quiz.i18n import N_
from quiz.ui import theme
from quiz.ui.scenes.base import Context, MenuScene
from quiz.ui.widgets import Item, Menu


class Overlay(MenuScene):
    overlay = True
    panel = (460, 140, 1000, 800)

    def draw(self, surface: pygame.Surface) -> None:
        dim = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        dim.fill(theme.DIM)
        surface.blit(dim, (0, 0))
        theme.draw_panel(surface, self.ctx.frame.rect(*self.panel), self.ctx.frame)


class ConfirmScene(Overlay):
    """A yes/no question; Esc means no."""

    panel = (460, 300, 1000, 480)

    def __init__(self, ctx: Context, message: str, on_yes: Callable[[], None]) -> None:
        super().__init__(ctx)
        self.message = message
        self.on_yes = on_yes
        self.menu = Menu([Item("yes", N_("Yes")), Item("no", N_("No"))], 560, 560, 800, 76, 16)
        self.menu.focus = 1

    def on_action(self, action: str, step: int) -> None:
        self.ctx.stack.pop()
        if action == "yes":
            self.on_yes()

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        self.draw_text(surface, self.gettext(self.message), "heading", (520, 330, 880, 200))
        self.menu.draw(surface, self.ctx)


def confirm_quit(ctx: Context) -> ConfirmScene:
    return ConfirmScene(ctx, N_("Quit Film Quiz?"), ctx.quit)


HELP_ROWS: tuple[tuple[str, str], ...] = (
    (N_("1–4 or A–D"), N_("pick an answer")),
    (N_("Arrows, Enter"), N_("move and choose")),
    (N_("Mouse"), N_("point and click")),
    (N_("Gamepad"), N_("D-pad to move, A to choose, B to go back")),
    (N_("Esc"), N_("back, or pause during a game")),
    (N_("P"), N_("pause")),
    (N_("F11"), N_("fullscreen on or off")),
    (N_("F1"), N_("this help")),
)
# The presenter's keys in a classroom game.
PRESENTER_ROWS: tuple[tuple[str, str], ...] = (
    (N_("Space"), N_("next: reveal, leaderboard, question")),
    (N_("P"), N_("pause or resume (the clock stops)")),
    (N_("R"), N_("reveal the answer now")),
    (N_("S"), N_("skip this question")),
    (N_("+ / −"), N_("ten seconds more or less")),
    (N_("H"), N_("hide or show the scores")),
    (N_("Ctrl + key"), N_("when a player's keys include it")),
    (N_("F11"), N_("fullscreen on or off")),
)


class HelpScene(Overlay):
    """The keys, listed on screen (F1)."""

    panel = (40, 20, 1840, 1040)

    def handle_event(self, e: pygame.event.Event) -> bool:
        if e.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN):
            self.ctx.stack.pop()
            return True
        return False

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        for x, title, rows in ((80, N_("Keys"), HELP_ROWS), (980, N_("Classroom presenter"), PRESENTER_ROWS)):
            self.draw_text(surface, self.gettext(title), "heading", (x, 70, 860, 100))
            for i, (keys, what) in enumerate(rows):
                y = 190 + i * 90
                self.draw_text(surface, self.gettext(keys), "button", (x, y, 300, 80), theme.ACCENT, align="right")
                self.draw_text(surface, self.gettext(what), "body", (x + 330, y, 530, 80), align="left")
        self.draw_text(surface, self.gettext("Press any key to close"), "small", (80, 940, 1760, 60), theme.MUTED)


class PauseScene(Overlay):
    """The game paused: resume, settings, help, or leave the game."""

    panel = (460, 140, 1000, 680)

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.menu = Menu([Item("resume", N_("Resume")), Item("settings", N_("Settings")),
                          Item("help", N_("Help")), Item("leave", N_("Leave the game"))], 610, 340, 700)

    def handle_event(self, e: pygame.event.Event) -> bool:
        if e.type == pygame.KEYDOWN and e.key == pygame.K_p:
            self.back()
            return True
        return super().handle_event(e)

    def on_action(self, action: str, step: int) -> None:
        if action == "resume":
            self.back()
        elif action == "settings":
            from quiz.ui.scenes.settings import SettingsScene

            self.ctx.stack.push(SettingsScene(self.ctx))
        elif action == "help":
            self.ctx.stack.push(HelpScene(self.ctx))
        elif action == "leave":
            self.ctx.stack.push(ConfirmScene(self.ctx, N_("Leave this game? Its score will be lost."),
                                             self._leave))

    def _leave(self) -> None:
        from quiz.ui.scenes.title import TitleScene

        self.ctx.stack.pop_to(TitleScene)

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        self.draw_text(surface, self.gettext("Paused"), "heading", (500, 170, 920, 120))
        self.menu.draw(surface, self.ctx)
