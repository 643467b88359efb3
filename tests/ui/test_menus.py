"""Menus with the mouse and the keyboard: the keyboard's focus is always on an item and only
keys and clicks move it; the pointer lights the item under it while it is there."""

from __future__ import annotations

import pygame

from quiz.ui import theme
from quiz.ui.content import load_library
from quiz.ui.scenes.browse import BrowseScene
from quiz.ui.scenes.highscores import HighScoresScene
from quiz.ui.scenes.packs import PackScene
from quiz.ui.scenes.settings import SettingsScene
from quiz.ui.scenes.title import TitleScene
from tests.ui.test_app import app, pump  # noqa: F401  (app is a fixture)

PLAY, CLASSROOM, SCORES, SETTINGS, HELP, QUIT = range(6)  # the title screen's items


def key(k: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=k, mod=0, unicode="", scancode=0)


def motion(pos: tuple[int, int], rel: tuple[int, int] = (3, 1)) -> pygame.event.Event:
    return pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=rel, buttons=(0, 0, 0))


def click(pos: tuple[int, int], button: int = 1) -> pygame.event.Event:
    return pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button)


def title_screen(ctx) -> TitleScene:
    title = TitleScene(ctx)
    ctx.stack.push(title)
    return title


def centre_of(scene, item: int) -> tuple[int, int]:
    return scene.menu.rects(scene.ctx.frame)[item].center


BESIDE = (40, 40)  # the top left corner: no menu item there


def test_the_pointer_lights_the_item_under_it_and_leaves_the_keyboard_focus_alone(make_ctx):
    ctx = make_ctx()
    title = title_screen(ctx)
    assert ctx.stack.handle_event(motion(centre_of(title, SETTINGS)))
    assert title.menu.hovered(ctx.frame) == SETTINGS and title.menu.focus == PLAY
    assert ctx.stack.handle_event(motion(BESIDE)), "the light goes out: redraw"
    assert title.menu.hovered(ctx.frame) is None and title.menu.focus == PLAY
    assert not ctx.stack.handle_event(motion((60, 60))), "still beside the menu: nothing to redraw"


def test_enter_chooses_the_keyboards_item_after_the_pointer_went_over_another(make_ctx):
    ctx = make_ctx()
    title = title_screen(ctx)
    ctx.stack.handle_event(motion(centre_of(title, SETTINGS)))
    ctx.stack.handle_event(motion(BESIDE))
    ctx.stack.handle_event(key(pygame.K_RETURN))
    assert isinstance(ctx.stack.top, PackScene), "Play had the focus: Settings was only pointed at"


def test_arrows_move_the_focus_from_where_the_keys_left_it_not_from_the_pointer(make_ctx):
    ctx = make_ctx()
    title = title_screen(ctx)
    ctx.stack.handle_event(motion(centre_of(title, HELP)))
    ctx.stack.handle_event(key(pygame.K_DOWN))
    assert title.menu.focus == CLASSROOM and title.menu.hovered(ctx.frame) == HELP


def test_a_click_beside_every_item_chooses_nothing(make_ctx):
    ctx = make_ctx()
    title = title_screen(ctx)
    ctx.stack.handle_event(motion(centre_of(title, QUIT)))
    assert not ctx.stack.handle_event(click(BESIDE))
    gap = title.menu.rects(ctx.frame)[SCORES].bottom + 1  # between two buttons
    assert not ctx.stack.handle_event(click((centre_of(title, SCORES)[0], gap)))
    assert ctx.stack.top is title and title.menu.focus == PLAY and ctx.running


def test_a_click_chooses_the_item_under_it_and_brings_the_focus_there(make_ctx):
    ctx = make_ctx()
    title = title_screen(ctx)
    ctx.stack.handle_event(click(centre_of(title, SCORES)))
    assert isinstance(ctx.stack.top, HighScoresScene) and title.menu.focus == SCORES


def test_a_right_click_steps_a_choice_back_as_a_left_click_steps_it_on(make_ctx):
    ctx = make_ctx()
    settings = SettingsScene(ctx)
    ctx.stack.push(settings)
    choice = next(i for i, item in enumerate(settings.menu.items) if item.value is not None and i > 0)
    action = settings.menu.items[choice].action
    assert settings.menu.handle_event(click(centre_of(settings, choice), 3), ctx.frame) == (action, -1)
    assert settings.menu.handle_event(click(centre_of(settings, choice), 1), ctx.frame) == (action, 1)
    assert settings.menu.focus == choice


def test_the_pointer_leaving_the_window_puts_the_light_out(make_ctx):
    ctx = make_ctx()
    title = title_screen(ctx)
    ctx.stack.handle_event(motion(centre_of(title, HELP)))
    assert ctx.stack.handle_event(pygame.event.Event(pygame.WINDOWLEAVE))
    assert title.menu.hovered(ctx.frame) is None and title.menu.focus == PLAY


def test_the_focused_item_the_pointed_one_and_the_rest_look_different(make_ctx):
    ctx = make_ctx()
    title = title_screen(ctx)
    ctx.stack.handle_event(motion(centre_of(title, HELP)))
    surface = pygame.Surface(ctx.frame.size)
    title.draw(surface)

    def fill(item: int) -> tuple[int, int, int]:
        rect = title.menu.rects(ctx.frame)[item]
        return tuple(surface.get_at((rect.x + ctx.frame.px(14), rect.centery)))[:3]

    assert fill(PLAY) == theme.BUTTON_FOCUS
    assert fill(HELP) == theme.BUTTON_HOVER
    assert fill(SETTINGS) == fill(QUIT) == theme.BUTTON
    ctx.stack.handle_event(motion(BESIDE))
    title.draw(surface)
    assert fill(HELP) == theme.BUTTON and fill(PLAY) == theme.BUTTON_FOCUS


def test_the_pointer_where_the_window_opened_lights_an_item_but_moves_no_focus(make_ctx):
    # SDL reports the pointer's place when the window opens, with no movement.
    ctx = make_ctx()
    title = title_screen(ctx)
    ctx.stack.handle_event(motion(centre_of(title, SCORES), rel=(0, 0)))
    assert title.menu.focus == PLAY and title.menu.hovered(ctx.frame) == SCORES
    ctx.library = load_library()
    packs = PackScene(ctx)
    ctx.stack.push(packs)
    ctx.stack.handle_event(motion(centre_of(packs, 1), rel=(0, 0)))
    assert packs.menu.focus == 0, "a pointer left there is no choice of pack"


def test_pointing_at_a_pack_shows_it_and_it_stays_shown_on_the_way_to_its_browse_button(make_ctx):
    ctx = make_ctx()
    ctx.library = load_library()
    packs = PackScene(ctx)
    ctx.stack.push(packs)
    second = ctx.library.packs[1]
    assert ctx.stack.handle_event(motion(centre_of(packs, 1)))
    assert packs.focused_pack() is second
    button = packs.browse_button.rects(ctx.frame)[0].center
    assert ctx.stack.handle_event(motion(button))
    assert packs.focused_pack() is second and packs.browse_button.hovered(ctx.frame) == 0
    ctx.stack.handle_event(click(button))
    assert isinstance(ctx.stack.top, BrowseScene) and ctx.stack.top.watcher.path == second.path


def test_a_click_beside_the_packs_chooses_no_pack(make_ctx):
    ctx = make_ctx()
    ctx.library = load_library()
    packs = PackScene(ctx)
    ctx.stack.push(packs)
    ctx.stack.handle_event(motion(centre_of(packs, 1)))
    ctx.stack.handle_event(motion(BESIDE))
    assert not ctx.stack.handle_event(click(BESIDE))
    assert ctx.stack.top is packs


def test_a_screen_shown_again_lights_what_is_under_the_pointer_now(app, monkeypatch):  # noqa: F811
    application = app()
    ctx = application.ctx
    title = ctx.stack.top
    pointer = {"focused": True, "pos": centre_of(title, SCORES)}
    monkeypatch.setattr(pygame.mouse, "get_focused", lambda: pointer["focused"])
    monkeypatch.setattr(pygame.mouse, "get_pos", lambda: pointer["pos"])
    pygame.event.post(click(centre_of(title, SCORES)))
    pump(application)
    assert isinstance(ctx.stack.top, HighScoresScene)
    pointer["pos"] = centre_of(title, QUIT)  # where the high scores' Back button is, say
    pygame.event.post(key(pygame.K_ESCAPE))
    pump(application)
    assert ctx.stack.top is title and title.menu.hovered(ctx.frame) == QUIT
    pygame.event.post(key(pygame.K_RETURN))  # the focus's item: High scores again
    pump(application)
    assert isinstance(ctx.stack.top, HighScoresScene)
    pointer["focused"] = False  # and the pointer is out of the window when it comes back
    pygame.event.post(key(pygame.K_ESCAPE))
    pump(application)
    assert ctx.stack.top is title and title.menu.hovered(ctx.frame) is None
