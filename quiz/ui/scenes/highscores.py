"""The high-score table."""

from __future__ import annotations

import datetime as _dt

import pygame

from quiz.core.highscores import TABLE_SIZE
from quiz.i18n import N_
from quiz.ui import theme
from quiz.ui.scenes.base import Context, MenuScene
from quiz.ui.widgets import Item, Menu

# (message id, x, width, alignment) on the design canvas
COLUMNS = ((N_("Place"), 100, 140, "center"), (N_("Name"), 260, 520, "left"),
           (N_("Score"), 800, 300, "right"), (N_("Accuracy"), 1120, 240, "right"),
           (N_("Best streak"), 1380, 200, "right"), (N_("Date"), 1600, 220, "right"))


class HighScoresScene(MenuScene):
    def __init__(self, ctx: Context, highlight: int | None = None) -> None:
        super().__init__(ctx)
        self.highlight = highlight
        self.menu = Menu([Item("back", N_("Back"))], 760, 960, 400, 80)

    def on_action(self, action: str, step: int) -> None:
        self.back()

    def _date(self, iso: str) -> str:
        try:
            return self.ctx.tr.date(_dt.date.fromisoformat(iso), "short")
        except ValueError:
            return iso

    def draw(self, surface: pygame.Surface) -> None:
        theme.draw_background(surface)
        tr, frame = self.ctx.tr, self.ctx.frame
        self.draw_text(surface, self.gettext("High scores"), "heading", (60, 30, 1800, 100))
        theme.draw_panel(surface, frame.rect(60, 140, 1800, 800), frame)
        for label, x, w, align in COLUMNS:
            self.draw_text(surface, self.gettext(label), "small", (x, 160, w, 50), theme.MUTED, align=align)
        entries = self.ctx.highscores.entries
        if not entries:
            self.draw_text(surface, self.gettext("No games played yet."), "body", (100, 400, 1720, 100), theme.MUTED)
        for i, entry in enumerate(entries[:TABLE_SIZE]):
            y = 220 + i * 70
            colour = theme.ACCENT if self.highlight == i + 1 else theme.TEXT
            cells = (tr.number(i + 1), entry.name, tr.number(entry.score), tr.percent(entry.accuracy),
                     tr.number(entry.best_streak), self._date(entry.date))
            for text, (_, x, w, align) in zip(cells, COLUMNS):
                self.draw_text(surface, text, "body", (x, y, w, 62), colour, align=align)
        self.menu.draw(surface, self.ctx)
