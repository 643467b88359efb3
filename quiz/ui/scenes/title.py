"""The title screen: play, classroom, high scores, settings, help, quit."""

from __future__ import annotations

import pygame

from quiz.i18n import N_
from quiz.ui import theme
from quiz.ui.scenes.base import Context, MenuScene
from quiz.ui.scenes.overlays import HelpScene, confirm_quit
from quiz.ui.widgets import Item, Menu


class TitleScene(MenuScene):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.menu = Menu([Item("play", N_("Play")), Item("classroom", N_("Classroom")),
                          Item("scores", N_("High scores")),
                          Item("settings", N_("Settings")), Item("help", N_("Help")),
                          Item("quit", N_("Quit"))], 660, 400, 600, 80, 14)

    def back(self) -> None:
        self.ctx.stack.push(confirm_quit(self.ctx))

    def on_action(self, action: str, step: int) -> None:
        if action == "play" or (action == "classroom" and not self.ctx.library.packs):
            # With no pack at all, the pack list says so (a classroom needs one to start).
            from quiz.ui.scenes.packs import PackScene

            self.ctx.stack.push(PackScene(self.ctx))
        elif action == "classroom":
            from quiz.ui.scenes.classroom_setup import ClassroomRulesScene

            self.ctx.stack.push(ClassroomRulesScene(self.ctx))
        elif action == "scores":
            from quiz.ui.scenes.highscores import HighScoresScene

            self.ctx.stack.push(HighScoresScene(self.ctx))
        elif action == "settings":
            from quiz.ui.scenes.settings import SettingsScene

            self.ctx.stack.push(SettingsScene(self.ctx))
        elif action == "help":
            self.ctx.stack.push(HelpScene(self.ctx))
        elif action == "quit":
            self.back()

    def draw(self, surface: pygame.Surface) -> None:
        theme.draw_background(surface)
        self.draw_text(surface, self.gettext("Film Quiz"), "title", (160, 90, 1600, 180), theme.ACCENT)
        self.draw_text(surface, self.gettext("How well do you know your films?"), "body", (160, 280, 1600, 90),
                       theme.MUTED)
        self.menu.draw(surface, self.ctx)
        self.draw_text(surface, self.gettext("F1: keys   F11: fullscreen   Esc: back"), "small",
                       (160, 990, 1600, 60), theme.MUTED)
