"""Every scene draws, in both languages, at the two target sizes, with all text inside its
box and on screen, and no character missing from the font."""

from __future__ import annotations

import pygame
import pytest

from quiz.ui.screenshot import SCENES, render
from tests.ui.conftest import make_library

SIZES = ((1280, 720), (1920, 1080))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("locale", ("en", "ru"))
@pytest.mark.parametrize("name", list(SCENES))
def test_no_text_leaves_its_box(name, locale, size, text):
    text.drawn = []
    try:
        surface, _ = render(name, locale, size, make_library(), text=text)
    finally:
        drawn, text.drawn = text.drawn, None
    screen = surface.get_rect()
    assert drawn, "the scene drew no text"
    for string, rect, box in drawn:
        assert box.contains(rect), f"{string!r} {rect} overflows its box {box}"
        assert screen.contains(rect), f"{string!r} {rect} is off screen"
