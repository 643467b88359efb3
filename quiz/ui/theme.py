"""Colours, answer-tile styles and the 16:9 layout frame.

Scenes lay themselves out on a 1920x1080 design canvas; `Frame` maps that canvas onto the
largest 16:9 rectangle that fits the window, so the same layout serves 1280x720, 1920x1080,
a resized window or fullscreen. Text is rendered at the real pixel size, so it stays sharp.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pygame

DESIGN_W, DESIGN_H = 1920, 1080

BACKGROUND = (24, 26, 48)
BACKGROUND_EDGE = (12, 13, 26)
PANEL = (40, 44, 78)
PANEL_EDGE = (86, 94, 150)
TEXT = (240, 242, 250)
MUTED = (170, 176, 205)
ACCENT = (255, 196, 64)
GOOD = (64, 196, 110)
BAD = (230, 70, 80)
BUTTON = (58, 64, 110)
BUTTON_HOVER = (74, 82, 142)  # under the pointer: lit, but not as the focus (what Enter chooses)
HOVER_EDGE = (150, 158, 215)
BUTTON_FOCUS = (96, 108, 190)
DIM = (0, 0, 0, 160)


@dataclass(frozen=True)
class TileStyle:
    """An answer tile is told apart by colour, shape and key, so a colour-blind player
    never depends on colour alone."""

    colour: tuple[int, int, int]
    shape: str
    digit: str
    letter: str


TILES: tuple[TileStyle, ...] = (
    TileStyle((206, 36, 62), "triangle", "1", "A"),
    TileStyle((28, 104, 206), "diamond", "2", "B"),
    TileStyle((196, 142, 0), "circle", "3", "C"),
    TileStyle((36, 132, 30), "square", "4", "D"),
    TileStyle((132, 60, 180), "hexagon", "5", "E"),
    TileStyle((0, 128, 128), "star", "6", "F"),
)


class Frame:
    """The design canvas placed in a window of `size` pixels."""

    def __init__(self, size: tuple[int, int]) -> None:
        self.size = size
        self.scale = min(size[0] / DESIGN_W, size[1] / DESIGN_H)
        self.x0 = (size[0] - DESIGN_W * self.scale) / 2
        self.y0 = (size[1] - DESIGN_H * self.scale) / 2

    def rect(self, x: float, y: float, w: float, h: float) -> pygame.Rect:
        left, top = round(self.x0 + x * self.scale), round(self.y0 + y * self.scale)
        right, bottom = round(self.x0 + (x + w) * self.scale), round(self.y0 + (y + h) * self.scale)
        return pygame.Rect(left, top, right - left, bottom - top)

    def px(self, value: float) -> int:
        return max(1, round(value * self.scale))

    @property
    def canvas(self) -> pygame.Rect:
        return self.rect(0, 0, DESIGN_W, DESIGN_H)


def draw_background(surface: pygame.Surface) -> None:
    """A vertical gradient, drawn in bands (cheap, and redrawn only when a frame is)."""
    w, h = surface.get_size()
    bands = 24
    for i in range(bands):
        t = i / (bands - 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(BACKGROUND, BACKGROUND_EDGE))
        top = h * i // bands
        surface.fill(colour, (0, top, w, h * (i + 1) // bands - top))


def draw_panel(surface: pygame.Surface, rect: pygame.Rect, frame: Frame,
               colour: tuple[int, int, int] = PANEL, border: tuple[int, int, int] | None = PANEL_EDGE) -> None:
    radius = frame.px(18)
    pygame.draw.rect(surface, colour, rect, border_radius=radius)
    if border is not None:
        pygame.draw.rect(surface, border, rect, width=frame.px(3), border_radius=radius)


def draw_shape(surface: pygame.Surface, shape: str, centre: tuple[int, int], radius: int,
               colour: tuple[int, int, int]) -> None:
    """The tile's symbol, drawn as a polygon (no font needs these glyphs)."""
    cx, cy = centre
    r = radius
    if shape == "circle":
        pygame.draw.circle(surface, colour, centre, r)
        return
    if shape == "square":
        side = round(r * 1.6)
        pygame.draw.rect(surface, colour, pygame.Rect(cx - side // 2, cy - side // 2, side, side))
        return
    points: list[tuple[float, float]]
    if shape == "triangle":
        points = [(cx, cy - r), (cx + r * 0.95, cy + r * 0.75), (cx - r * 0.95, cy + r * 0.75)]
    elif shape == "diamond":
        points = [(cx, cy - r), (cx + r * 0.85, cy), (cx, cy + r), (cx - r * 0.85, cy)]
    elif shape == "hexagon":
        points = [(cx + r * math.cos(math.pi / 3 * i), cy + r * math.sin(math.pi / 3 * i)) for i in range(6)]
    else:
        points = []
        for i in range(10):
            rr = r if i % 2 == 0 else r * 0.45
            a = -math.pi / 2 + math.pi / 5 * i
            points.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    pygame.draw.polygon(surface, colour, points)


def draw_tick(surface: pygame.Surface, x: int, y: int, size: int, colour: tuple[int, int, int] = TEXT) -> None:
    """A tick drawn as lines from (x, y), `size` pixels to the stroke's corner: PT Sans has
    no tick glyph, and a right answer must not be marked by its colour alone."""
    pygame.draw.lines(surface, colour, False, [(x, y), (x + size, y + size), (x + 2.4 * size, y - 1.4 * size)],
                      max(2, size * 9 // 22))
