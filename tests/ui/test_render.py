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


@pytest.fixture(scope="module")
def bundled():
    from quiz.ui.content import load_library

    library = load_library()
    assert library.packs and not library.problems
    return library


def _drawn(text, draw) -> list:
    text.drawn = []
    try:
        draw()
        return text.drawn
    finally:
        text.drawn = None


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("locale", ("en", "ru"))
def test_every_scene_fits_with_the_bundled_pack(bundled, locale, size, text):
    for name in SCENES:
        for string, rect, box in _drawn(text, lambda: render(name, locale, size, bundled, text=text)):
            assert box.contains(rect), f"{name}: {string!r} overflows its box"


@pytest.mark.parametrize("locale", ("en", "ru"))
def test_every_bundled_question_and_its_reveals_fit_at_1280x720(bundled, locale, make_ctx, text):
    from quiz.core.scoring import Rules
    from quiz.core.session import Session
    from quiz.ui.scenes.question import Game, QuestionScene
    from quiz.ui.scenes.reveal import RevealScene

    ctx = make_ctx(locale)
    surface = pygame.Surface((1280, 720))
    for pack, question in [(p, q) for p in bundled.packs for q in p.questions(locale)]:
        drawn = []
        for choice in (question.answer, (question.answer + 1) % len(question.options)):
            game = Game(Session([question], ["Ann"], Rules()), pack, "timed", human=0)
            scene = QuestionScene(ctx, game)
            drawn += _drawn(text, lambda: scene.draw(surface))
            game.session.answer(0, choice, 3.0)
            drawn += _drawn(text, lambda: RevealScene(ctx, game).draw(surface))
        for string, rect, box in drawn:
            assert box.contains(rect), f"{question.id}: {string!r} overflows its box"
            assert rect.h >= 12 or not string.strip(), f"{question.id}: {string!r} shrank to {rect.h}px"


@pytest.mark.parametrize("locale", ("en", "ru"))
def test_large_text_still_fits_at_1280x720(bundled, locale, text):
    text.scale = 1.15
    for name in SCENES:
        for string, rect, box in _drawn(text, lambda: render(name, locale, (1280, 720), bundled, text=text)):
            assert box.contains(rect), f"{name}: {string!r} overflows its box"


@pytest.mark.parametrize("r", (8, 19, 28, 42))
def test_a_seats_tick_and_cross_are_drawn_the_same_size_around_the_same_centre(r):
    from quiz.ui import theme
    from quiz.ui.scenes.question import draw_mark

    def ink(ok: bool) -> pygame.Rect:
        surface = pygame.Surface((200, 200))
        draw_mark(surface, (100, 100), r, ok)
        mask = pygame.mask.from_threshold(surface, theme.GOOD if ok else theme.BAD, (1, 1, 1, 255))
        return mask.get_bounding_rects()[0]

    tick, cross = ink(True), ink(False)
    slack = max(2, r // 4)  # the strokes' widths and ends differ a little
    assert abs(tick.w - cross.w) <= slack and abs(tick.h - cross.h) <= slack, (tick, cross)
    assert abs(tick.centerx - cross.centerx) <= slack and abs(tick.centery - cross.centery) <= slack, (tick, cross)
