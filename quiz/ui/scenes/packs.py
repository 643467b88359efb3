"""Choosing a question pack."""

from __future__ import annotations

import pygame

from quiz.i18n import N_
from quiz.ui import theme
from quiz.ui.content import PackEntry
from quiz.ui.scenes.base import Context, MenuScene
from quiz.ui.widgets import Item, Menu


class PackScene(MenuScene):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        items = [Item(f"pack:{p.id}", "", caption=self._title_of(p)) for p in ctx.library.packs]
        items.append(Item("back", N_("Back")))
        # Every pack on one screen: buttons get lower as packs are added (text shrinks to fit).
        gap = 20 if len(items) <= 7 else 8
        item_h = min(96.0, (760 - gap * (len(items) - 1)) / len(items))
        self.menu = Menu(items, 120, 220, 760, item_h, gap)

    def _title_of(self, pack: PackEntry):
        return lambda: pack.title.get(self.ctx.tr.locale)

    def focused_pack(self) -> PackEntry | None:
        action = self.menu.items[self.menu.focus].action
        return self.ctx.library.find(action[5:]) if action.startswith("pack:") else None

    def on_action(self, action: str, step: int) -> None:
        if action == "back":
            self.back()
        elif action.startswith("pack:"):
            from quiz.ui.scenes.setup import SetupScene

            pack = self.ctx.library.find(action[5:])
            if pack is not None:
                self.ctx.stack.push(SetupScene(self.ctx, pack))

    def draw(self, surface: pygame.Surface) -> None:
        theme.draw_background(surface)
        self.draw_text(surface, self.gettext("Choose a pack"), "heading", (120, 60, 1680, 120))
        self.menu.draw(surface, self.ctx)
        theme.draw_panel(surface, self.ctx.frame.rect(960, 220, 840, 760), self.ctx.frame)
        pack = self.focused_pack()
        if pack is None:
            message = self.gettext("No question packs found.") if not self.ctx.library.packs else ""
            self.draw_text(surface, message, "body", (1000, 260, 760, 680), theme.MUTED)
            return
        locale = self.ctx.tr.locale
        n = len(pack.questions(locale))
        self.draw_text(surface, pack.title.get(locale), "heading", (1000, 250, 760, 140))
        self.draw_text(surface, pack.description.get(locale), "body", (1000, 410, 760, 400),
                       align="left", valign="top")
        count = self.ctx.tr.ngettext("{n} question", "{n} questions", n).format(n=self.ctx.tr.number(n))
        self.draw_text(surface, count, "button", (1000, 860, 760, 80), theme.ACCENT, align="left")
