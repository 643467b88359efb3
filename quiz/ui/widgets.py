"""Widgets: menus of buttons and choices, a line of typed text, and answer tiles.

Widgets keep message ids and translate them when drawn, so a language switch shows at once.
A menu works with the mouse (hover, click), the keyboard (arrows, Enter) and, through the
app's mapping of gamepad input to keys, a gamepad.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

import pygame

from quiz.ui import theme
from quiz.ui.theme import Frame, TileStyle

if TYPE_CHECKING:  # the scenes' context holds the widgets' menus: no import at run time
    from quiz.ui.scenes.base import Context

ACTIVATE_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)


def moved(e: pygame.event.Event) -> bool:
    """A mouse motion the player made. SDL also reports the pointer's place when a window
    opens (with no movement), and the app reports it when a screen comes on top; taking
    that as the player pointing would move the keyboard focus to whatever sits under a
    pointer left there."""
    return e.type == pygame.MOUSEMOTION and tuple(getattr(e, "rel", (0, 0))) != (0, 0)


@dataclass
class Item:
    """A button (`value` None) or a choice showing its current value, changed with
    left/right or a click. `label` is a message id, translated when drawn."""

    action: str
    label: str
    value: Callable[[], str] | None = None
    caption: Callable[[], str] | None = None  # shown instead of `label` for content (pack titles)


class Menu:
    """A column of items laid out on the design canvas from (x, y).

    The keyboard's focus (and a gamepad's) is always on an item, drawn with the accent
    border: arrows move it, Enter chooses it. The mouse does not move it: the item under
    the pointer is lit only while the pointer is on it, a click chooses that item (and
    brings the focus there), and a click beside every item chooses nothing. So with the
    pointer off the menu, what shows lit is exactly what Enter will choose.

    `hover_moves_focus` is for a list that another panel describes (the packs and their
    details): pointing at an item focuses it, so the panel follows the pointer and keeps
    describing the last item pointed at, the one Enter chooses.
    """

    def __init__(self, items: list[Item], x: float, y: float, w: float, item_h: float = 84,
                 gap: float = 18, hover_moves_focus: bool = False) -> None:
        self.items = items
        self.x, self.y, self.w, self.item_h, self.gap = x, y, w, item_h, gap
        self.hover_moves_focus = hover_moves_focus
        self.focus = 0
        # Where the pointer was last seen, None once it has left the window. The item under
        # it is found when needed, so a resized window lights the right one.
        self.pointer: tuple[int, int] | None = None

    def rects(self, frame: Frame) -> list[pygame.Rect]:
        return [frame.rect(self.x, self.y + i * (self.item_h + self.gap), self.w, self.item_h)
                for i in range(len(self.items))]

    def _at(self, frame: Frame, pos: tuple[int, int]) -> int | None:
        for i, rect in enumerate(self.rects(frame)):
            if rect.collidepoint(pos):
                return i
        return None

    def hovered(self, frame: Frame) -> int | None:
        """The item under the pointer, if any."""
        return None if self.pointer is None else self._at(frame, self.pointer)

    def handle_event(self, e: pygame.event.Event, frame: Frame) -> tuple[str, int] | None:
        """The (action, step) the event asks for: step 0 for a button, +1/-1 for a choice.
        Moving the focus, or the pointer onto an item or off it, returns ("", 0) so the
        caller knows to redraw."""
        if e.type == pygame.KEYDOWN:
            if e.key in (pygame.K_DOWN, pygame.K_UP):
                self.focus = (self.focus + (1 if e.key == pygame.K_DOWN else -1)) % len(self.items)
                return "", 0
            item = self.items[self.focus]
            if e.key in (pygame.K_LEFT, pygame.K_RIGHT) and item.value is not None:
                return item.action, 1 if e.key == pygame.K_RIGHT else -1
            if e.key in ACTIVATE_KEYS:
                return item.action, 1 if item.value is not None else 0
        elif e.type in (pygame.MOUSEMOTION, pygame.WINDOWLEAVE):
            before = self.hovered(frame), self.focus
            self.pointer = tuple(e.pos) if e.type == pygame.MOUSEMOTION else None
            hit = self.hovered(frame)
            if self.hover_moves_focus and hit is not None and moved(e):
                self.focus = hit
            if (hit, self.focus) != before:
                return "", 0
        elif e.type == pygame.MOUSEBUTTONDOWN and e.button in (1, 3):
            self.pointer = tuple(e.pos)
            hit = self._at(frame, e.pos)
            if hit is not None:
                self.focus = hit
                item = self.items[hit]
                return item.action, (0 if item.value is None else (1 if e.button == 1 else -1))
        return None

    def draw(self, surface: pygame.Surface, ctx: Context, show_focus: bool = True) -> None:
        """The items; `show_focus` False while the keys go elsewhere (a text field), so the
        focused button does not look like what Enter will press."""
        frame = ctx.frame
        hovered = self.hovered(frame)
        for i, (item, rect) in enumerate(zip(self.items, self.rects(frame))):
            if show_focus and i == self.focus:
                fill, edge = theme.BUTTON_FOCUS, theme.ACCENT
            elif i == hovered:
                fill, edge = theme.BUTTON_HOVER, theme.HOVER_EDGE
            else:
                fill, edge = theme.BUTTON, theme.PANEL_EDGE
            theme.draw_panel(surface, rect, frame, fill, edge)
            inner = rect.inflate(-frame.px(40), -frame.px(16))
            label = item.caption() if item.caption else ctx.tr.gettext(item.label)
            if item.value is None:
                ctx.text.draw(surface, label, "button", theme.TEXT, inner, frame.scale)
            else:
                left = pygame.Rect(inner.x, inner.y, inner.w * 55 // 100, inner.h)
                right = pygame.Rect(left.right, inner.y, inner.w - left.w, inner.h)
                ctx.text.draw(surface, label, "button", theme.TEXT, left, frame.scale, align="left")
                ctx.text.draw(surface, f"\u2039 {item.value()} \u203a", "button", theme.ACCENT, right,
                              frame.scale, align="right")


class TextField:
    """A line of text the player types: TEXTINPUT events add what the keyboard (or an input
    method) produced, in any alphabet, and Backspace takes the last character off; Enter
    submits it and Esc cancels. The scene holding a field turns SDL's text input on through
    `Scene.wants_text`, acts on what `handle_event` reports and keeps its other keys (Tab)
    around it; `accept` keeps only the characters the field takes."""

    def __init__(self, text: str = "", limit: int = 20, accept: Callable[[str], str] | None = None) -> None:
        self.limit = limit
        self.accept = accept
        self.text = text[:limit]

    def handle_event(self, e: pygame.event.Event) -> str | None:
        """"edit" when the event typed into the field or deleted from it (even when the
        field was full or empty: the key was the field's), "submit" for Enter, "cancel" for
        Esc, None for any other event."""
        if e.type == pygame.TEXTINPUT:
            typed = self.accept(e.text) if self.accept else e.text
            self.text = (self.text + typed)[:self.limit]
            return "edit"
        if e.type != pygame.KEYDOWN:
            return None
        if e.key == pygame.K_BACKSPACE:
            self.text = self.text[:-1]
            return "edit"
        if e.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            return "submit"
        if e.key == pygame.K_ESCAPE:
            return "cancel"
        return None

    @property
    def shown(self) -> str:
        """The text with the cursor after it."""
        return self.text + "_"

    def draw(self, surface: pygame.Surface, ctx: Context, box: tuple[float, float, float, float],
             placeholder: str = "") -> None:
        """The field as a focused box on the design canvas; while it is empty, `placeholder`
        (what an empty field stands for) shows dimmed after the cursor."""
        frame = ctx.frame
        rect = frame.rect(*box)
        theme.draw_panel(surface, rect, frame, theme.BUTTON_FOCUS, theme.ACCENT)
        inner = rect.inflate(-frame.px(40), -frame.px(16))
        if self.text or not placeholder:
            ctx.text.draw(surface, self.shown, "button", theme.TEXT, inner, frame.scale, align="left")
            return
        cursor = ctx.text.draw(surface, "_", "button", theme.TEXT, inner, frame.scale, align="left")
        rest = pygame.Rect(cursor.right + frame.px(8), inner.y, max(1, inner.right - cursor.right - frame.px(8)),
                           inner.h)
        ctx.text.draw(surface, placeholder, "button", theme.MUTED, rest, frame.scale, align="left")


def tile_rects(frame: Frame, count: int, top: float = 560, bottom: float = 1040) -> list[pygame.Rect]:
    """Answer tiles in two columns below the question."""
    rows = (count + 1) // 2
    gap = 24
    h = (bottom - top - gap * (rows - 1)) / rows
    w = (1920 - 2 * 60 - gap) / 2
    return [frame.rect(60 + (i % 2) * (w + gap), top + (i // 2) * (h + gap), w, h) for i in range(count)]


def draw_tile(surface: pygame.Surface, ctx: Context, rect: pygame.Rect, style: TileStyle, text: str,
              state: str = "normal", keys: str | None = None) -> None:
    """An answer tile: colour, shape and key, then the answer text. `state` is "normal",
    "focus", "correct", "wrong" (the player's wrong pick) or "dim". `keys` replaces the
    printed keys (a classroom: the position in each player's key group)."""
    frame = ctx.frame
    colour = style.colour
    if state == "dim":
        colour = tuple(c // 3 + 20 for c in colour)
    border = {"focus": theme.TEXT, "correct": theme.GOOD, "wrong": theme.BAD}.get(state)
    theme.draw_panel(surface, rect, frame, colour, border)
    if border is not None:
        pygame.draw.rect(surface, border, rect, width=frame.px(10), border_radius=frame.px(18))
    pad = frame.px(22)
    # The shape with its key under it, centred as a pair, shrunk to fit a low tile.
    key_h = frame.px(36)
    icon = max(frame.px(16), min(frame.px(84), rect.h - 2 * pad - key_h))
    top = rect.centery - (icon + key_h) // 2
    theme.draw_shape(surface, style.shape, (rect.x + pad + icon // 2, top + icon // 2), icon // 2, theme.TEXT)
    key_box = pygame.Rect(rect.x + pad - frame.px(10), top + icon, icon + frame.px(20), key_h)
    ctx.text.draw(surface, keys or f"{style.digit}/{style.letter}", "small", theme.TEXT, key_box, frame.scale)
    text_box = pygame.Rect(rect.x + 2 * pad + icon, rect.y + pad, rect.w - 3 * pad - icon, rect.h - 2 * pad)
    if state == "correct":
        # A tick drawn as lines: the reveal must not rely on the green border alone.
        text_box.w -= frame.px(70)
        theme.draw_tick(surface, text_box.right + frame.px(10), rect.centery, frame.px(22))
    ctx.text.draw(surface, text, "tile", theme.TEXT, text_box, frame.scale, align="left")
