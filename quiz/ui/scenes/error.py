"""What the players see when a scene fails: a calm message in their language, where the
report was written, and the way back to the title. The app loop puts it up (App.recover);
scores earned before the failure are already saved."""

from __future__ import annotations

from pathlib import Path

import pygame

from quiz.i18n import N_
from quiz.ui import theme
from quiz.ui.scenes.base import Context, MenuScene
from quiz.ui.widgets import Item, Menu


class ErrorScene(MenuScene):
    def __init__(self, ctx: Context, report: Path | None) -> None:
        super().__init__(ctx)
        self.report = report
        self.menu = Menu([Item("title", N_("Back to the title"))], 560, 820, 800, 90)

    def back(self) -> None:
        from quiz.ui.scenes.title import TitleScene

        self.ctx.stack.pop_to(TitleScene)

    def on_action(self, action: str, step: int) -> None:
        self.back()

    def draw(self, surface: pygame.Surface) -> None:
        theme.draw_background(surface)
        self.draw_text(surface, self.gettext("Something went wrong"), "heading", (160, 120, 1600, 140), theme.BAD)
        self.draw_text(surface, self.gettext("The game met a problem it did not expect. "
                                             "Scores already earned are saved."),
                       "body", (160, 300, 1600, 200))
        if self.report is not None:
            where = self.gettext("A report for whoever looks after the game: {path}").format(path=self.report)
            self.draw_text(surface, where, "small", (160, 540, 1600, 200), theme.MUTED)
        self.menu.draw(surface, self.ctx)
