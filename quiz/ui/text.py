"""The one text renderer: PT Sans (full Cyrillic, №, ₽), a cache of rendered surfaces keyed
by (text, role, size, colour, wrap width, alignment), and shrink-to-fit.

`draw` wraps text to its box and shrinks it until it fits, so no text overflows or is cut
off whatever the language, the window size or the player's text-size setting. When PT Sans
is missing, pygame's default font is used and one warning is logged.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pygame

log = logging.getLogger(__name__)

# role -> (weight, size in design pixels at 1920x1080)
ROLES: dict[str, tuple[str, int]] = {
    "title": ("bold", 120),
    "heading": ("bold", 64),
    "prompt": ("bold", 60),
    "body": ("regular", 40),
    "button": ("bold", 40),
    "tile": ("bold", 46),
    "small": ("regular", 30),
    "big": ("bold", 150),
}

# Babel puts U+202F (narrow no-break space) in Russian numbers; PT Sans has no glyph for it,
# so it becomes U+00A0, which PT Sans has and which still never breaks a line.
_SUBSTITUTES = str.maketrans({"\u202f": "\u00a0", "\u2007": "\u00a0", "\u2009": " ", "\u200a": " "})

def _renderable(text: str) -> str:
    """`text` with what SDL_ttf refuses to draw (a NUL, a lone surrogate; both can come
    from a pack's `"\\0"` escape or a damaged score file) shown as U+FFFD instead."""
    text = text.replace("\x00", "\ufffd")
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


MIN_PX = 9
_CACHE_LIMIT = 3000


def _pt_sans_files(folder: Path | None = None) -> dict[str, Path] | None:
    """PT Sans regular and bold from `folder`, by default the fontpkg-pt-sans package's."""
    if folder is None:
        try:
            import fontpkg_pt_sans
        except ImportError:
            return None
        folder = Path(fontpkg_pt_sans.ROOT) / "files"
    found = {"regular": folder / "PT_Sans-Web-Regular.ttf", "bold": folder / "PT_Sans-Web-Bold.ttf"}
    return found if all(p.is_file() for p in found.values()) else None


class TextRenderer:
    """Renders text for the scenes. `scale` is the player's text-size setting."""

    def __init__(self, scale: float = 1.0, font_dir: Path | None = None) -> None:
        self.scale = scale
        self.files = _pt_sans_files(font_dir)
        if self.files is None:
            log.warning("PT Sans (fontpkg-pt-sans) not found; using pygame's default font")
        self._fonts: dict[tuple[str, int], pygame.font.Font] = {}
        self._surfaces: dict[tuple, pygame.Surface] = {}
        self.drawn: list[tuple[str, pygame.Rect, pygame.Rect]] | None = None  # set by layout tests

    def clear(self) -> None:
        """Forget every rendered surface (a language or text-size change)."""
        self._surfaces.clear()

    def font(self, role: str, px: int) -> pygame.font.Font:
        weight = ROLES[role][0]
        key = (weight, px)
        font = self._fonts.get(key)
        if font is None:
            path = self.files[weight] if self.files else None
            font = pygame.font.Font(str(path) if path else None, px)
            if path is None and weight == "bold":
                font.bold = True
            self._fonts[key] = font
        return font

    def render(self, text: str, role: str, px: int, colour: tuple[int, int, int],
               wrap: int = 0, align: str = "left") -> pygame.Surface:
        text = text.translate(_SUBSTITUTES)
        key = (text, role, px, colour, wrap, align)
        surface = self._surfaces.get(key)
        if surface is None:
            if len(self._surfaces) > _CACHE_LIMIT:
                self._surfaces.clear()
            font = self.font(role, px)
            font.align = {"left": pygame.FONT_LEFT, "center": pygame.FONT_CENTER,
                          "right": pygame.FONT_RIGHT}[align]
            surface = font.render(_renderable(text), True, colour, wraplength=wrap)
            self._surfaces[key] = surface
        return surface

    def fitted(self, text: str, role: str, colour: tuple[int, int, int], box: pygame.Rect,
               frame_scale: float, align: str = "center", size: float = 1.0) -> pygame.Surface:
        """`text` wrapped to `box`, at the role's size or smaller, never larger than the box."""
        # The size search (and, in a tiny window, the rescale) is done once per text and
        # box, not on every frame that draws it.
        key = ("fitted", text, role, colour, box.size, frame_scale, align, size, self.scale)
        surface = self._surfaces.get(key)
        if surface is None:
            surface = self._surfaces[key] = self._fit(text, role, colour, box, frame_scale, align, size)
        return surface

    def _fit(self, text: str, role: str, colour: tuple[int, int, int], box: pygame.Rect,
             frame_scale: float, align: str, size: float) -> pygame.Surface:
        px = max(MIN_PX, round(ROLES[role][1] * size * frame_scale * self.scale))
        while True:
            surface = self.render(text, role, px, colour, wrap=max(box.w, 1), align=align)
            if (surface.get_width() <= box.w and surface.get_height() <= box.h) or px <= MIN_PX:
                break
            px = max(MIN_PX, int(px * 0.92))
        if surface.get_width() > box.w or surface.get_height() > box.h:
            # Even the smallest size does not fit a tiny window: scale the picture down.
            k = min(box.w / max(surface.get_width(), 1), box.h / max(surface.get_height(), 1))
            surface = pygame.transform.smoothscale(
                surface, (max(1, int(surface.get_width() * k)), max(1, int(surface.get_height() * k))))
        return surface

    def draw(self, target: pygame.Surface, text: str, role: str, colour: tuple[int, int, int],
             box: pygame.Rect, frame_scale: float, align: str = "center", valign: str = "center",
             size: float = 1.0) -> pygame.Rect:
        """Draw `text` fitted into `box`; the rectangle it took."""
        surface = self.fitted(text, role, colour, box, frame_scale, align, size)
        rect = surface.get_rect()
        x = {"left": "left", "center": "centerx", "right": "right"}[align]
        y = {"top": "top", "center": "centery", "bottom": "bottom"}[valign]
        setattr(rect, x, getattr(box, x))
        setattr(rect, y, getattr(box, y))
        target.blit(surface, rect)
        if self.drawn is not None:
            self.drawn.append((text, rect, pygame.Rect(box)))
        return rect
