"""Choosing a question pack."""

from __future__ import annotations

from pathlib import Path

import pygame

from quiz.i18n import N_
from quiz.ui import theme
from quiz.ui.content import BrokenPack, PackEntry
from quiz.ui.scenes.base import Context, MenuScene
from quiz.ui.widgets import Item, Menu


BROKEN_MARK = "! "


class PackScene(MenuScene):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        items = [Item(f"pack:{p.id}", "", caption=self._title_of(p)) for p in ctx.library.packs]
        # A pack that cannot be played is listed too, so the teacher sees it and why. Marked
        # "!" (PT Sans has no warning sign: it showed as an empty box).
        items += [Item(f"broken:{i}", "", caption=lambda b=b: BROKEN_MARK + Path(b.file).name)
                  for i, b in enumerate(ctx.library.broken)]
        items.append(Item("back", N_("Back")))
        # Every pack on one screen: buttons get lower as packs are added (text shrinks to fit).
        gap = 20 if len(items) <= 7 else 8
        item_h = min(96.0, (760 - gap * (len(items) - 1)) / len(items))
        # The details panel describes the focused pack, so pointing at one focuses it.
        self.menu = Menu(items, 120, 220, 760, item_h, gap, hover_moves_focus=True)
        # In the details panel, for the mouse; the keyboard's focus stays in the list of
        # packs and its key for this button is B.
        self.browse_button = Menu([Item("browse", N_("Browse questions (B)"))], 1000, 880, 760, 76)

    def _title_of(self, pack: PackEntry):
        return lambda: pack.title.get(self.ctx.tr.locale)

    def focused_pack(self) -> PackEntry | None:
        action = self.menu.items[self.menu.focus].action
        return self.ctx.library.find(action[5:]) if action.startswith("pack:") else None

    def focused_broken(self) -> BrokenPack | None:
        action = self.menu.items[self.menu.focus].action
        return self.ctx.library.broken[int(action[7:])] if action.startswith("broken:") else None

    def browsable(self) -> bool:
        pack = self.focused_pack()
        return pack is not None and bool(pack.path)  # a pack made in memory has no file to browse

    def handle_event(self, e: pygame.event.Event) -> bool:
        if e.type == pygame.KEYDOWN:
            if e.key == pygame.K_b and self.browsable():
                self.on_action("browse", 0)
                return True
            return super().handle_event(e)
        # The pointer is the button's and the list's: each lights what is under it.
        button = self.browse_button.handle_event(e, self.ctx.frame)
        if button is not None and button[0] and self.browsable():
            self.on_action(*button)
            return True
        return super().handle_event(e) or button is not None

    def on_action(self, action: str, step: int) -> None:
        if action == "back":
            self.back()
        elif action == "browse":
            from quiz.ui.scenes.browse import BrowseScene

            self.ctx.stack.push(BrowseScene(self.ctx, self.focused_pack().path))
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
        broken = self.focused_broken()
        if broken is not None:
            self.draw_text(surface, self.gettext("This pack cannot be played"), "heading", (1000, 250, 760, 140),
                           theme.BAD)
            self.draw_text(surface, broken.error.say(self.ctx.tr), "small", (1000, 410, 760, 400), align="left",
                           valign="top")
            self.draw_text(surface, self.gettext("Check it with: film-quiz validate"), "small", (1000, 860, 760, 80),
                           theme.MUTED, align="left")
            return
        if pack is None:
            message = self.gettext("No question packs found.") if not self.ctx.library.packs else ""
            self.draw_text(surface, message, "body", (1000, 260, 760, 680), theme.MUTED)
            return
        locale = self.ctx.tr.locale
        n = len(pack.questions(locale))
        self.draw_text(surface, pack.title.get(locale), "heading", (1000, 250, 760, 140))
        self.draw_text(surface, pack.description.get(locale), "body", (1000, 410, 760, 370),
                       align="left", valign="top")
        count = self.ctx.tr.counted("{n} question", "{n} questions", n)
        self.draw_text(surface, count, "button", (1000, 790, 760, 70), theme.ACCENT, align="left")
        if pack.path:
            self.browse_button.draw(surface, self.ctx, show_focus=False)
