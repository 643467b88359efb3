"""Player names for solo high scores: asked for when a game makes the table, typed in any
alphabet, remembered for next time, shown on the high-score screen."""

from __future__ import annotations

import json

import pygame

from quiz.core.highscores import NAME_LIMIT, TABLE_SIZE, HighScore
from quiz.core.scoring import Rules
from quiz.core.session import Session
from quiz.core.settings import load_settings
from quiz.ui.app import App
from quiz.ui.scenes.highscores import HighScoresScene
from quiz.ui.scenes.question import Game
from quiz.ui.scenes.results import ResultsScene
from quiz.ui.scenes.title import TitleScene
from tests.ui.test_app import app, post_key, pump  # noqa: F401  (app is a fixture)
from tests.ui.test_scenes import key


def typed(text: str) -> pygame.event.Event:
    return pygame.event.Event(pygame.TEXTINPUT, text=text)


def finish(ctx, right: int = 3) -> ResultsScene:
    """The results of a three-question solo game with `right` answers right, on the stack."""
    pack = ctx.library.packs[0]
    questions = [q for q in pack.questions(ctx.tr.locale) if len(q.options) == 4][:3]
    session = Session(questions, ["Ann"], Rules(question_time=20))
    for i in range(3):
        if i:
            session.next()
        q = session.current
        session.answer(0, q.answer if i < right else (q.answer + 1) % 4, 2.0)
    ctx.stack.push(TitleScene(ctx))
    scene = ResultsScene(ctx, Game(session, pack, "timed", human=0))
    ctx.stack.push(scene)
    return scene


def saved_names(tmp_path) -> list[str]:
    return [e["name"] for e in json.loads((tmp_path / "hs.json").read_text())]


def test_a_new_high_score_asks_for_a_name_and_saves_it(make_ctx, tmp_path):
    ctx = make_ctx()
    scene = finish(ctx)
    assert scene.rank == 1 and scene.wants_text()
    assert saved_names(tmp_path) == ["Player"]  # in the table at once, should the window close
    ctx.stack.handle_event(typed("Anne"))
    ctx.stack.handle_event(key(pygame.K_BACKSPACE))
    ctx.stack.handle_event(typed("a"))
    ctx.stack.handle_event(key(pygame.K_RETURN))
    assert not scene.wants_text() and ctx.stack.top is scene
    assert saved_names(tmp_path) == ["Anna"] and ctx.highscores.entries[0].name == "Anna"
    assert load_settings().player_name == "Anna"
    ctx.stack.handle_event(key(pygame.K_RETURN))  # the focus moved to High scores
    assert isinstance(ctx.stack.top, HighScoresScene) and ctx.stack.top.highlight == 1


def test_the_last_name_is_offered_next_time(make_ctx, tmp_path):
    ctx = make_ctx(player_name="Boris")
    scene = finish(ctx)
    assert scene.name.text == "Boris"
    ctx.stack.handle_event(key(pygame.K_RETURN))
    assert saved_names(tmp_path) == ["Boris"]

    again = finish(ctx, right=2)
    assert again.name.text == "Boris"
    for _ in "Boris":
        ctx.stack.handle_event(key(pygame.K_BACKSPACE))
    ctx.stack.handle_event(typed("Vera"))
    ctx.stack.handle_event(key(pygame.K_KP_ENTER))
    assert saved_names(tmp_path) == ["Boris", "Vera"] and load_settings().player_name == "Vera"


def test_a_cyrillic_name_is_saved_and_shown(make_ctx, tmp_path, text):
    ctx = make_ctx("ru")
    finish(ctx)
    for part in ("Пе", "тя", " "):
        ctx.stack.handle_event(typed(part))
    ctx.stack.handle_event(key(pygame.K_RETURN))
    assert saved_names(tmp_path) == ["Петя"]  # the space at the end is not part of the name
    ctx.stack.handle_event(key(pygame.K_RETURN))
    text.drawn = []
    try:
        ctx.stack.draw(pygame.Surface((1280, 720)))
        shown = [string for string, _, _ in text.drawn]
    finally:
        text.drawn = None
    assert "Петя" in shown


def test_a_score_that_misses_the_table_does_not_ask(make_ctx, tmp_path):
    ctx = make_ctx()
    for _ in range(TABLE_SIZE):
        ctx.highscores.add(HighScore("Anna", 99_999, 10, 10, 10, "spacewalk", "timed", "2026-11-20"))
    scene = finish(ctx, right=0)
    assert scene.rank is None and scene.name is None and not scene.wants_text()
    ctx.stack.handle_event(key(pygame.K_RETURN))  # Play again, straight away
    assert not isinstance(ctx.stack.top, ResultsScene)


def test_esc_or_an_empty_name_keeps_the_default_in_the_players_language(make_ctx, tmp_path):
    ctx = make_ctx("ru", player_name="Анна")
    finish(ctx)
    ctx.stack.handle_event(key(pygame.K_ESCAPE))
    assert saved_names(tmp_path) == ["Игрок"] and isinstance(ctx.stack.top, ResultsScene)
    assert ctx.settings.player_name == "Анна"  # Esc does not change who plays next

    scene = finish(ctx, right=2)
    for _ in range(10):
        ctx.stack.handle_event(key(pygame.K_BACKSPACE))
    ctx.stack.handle_event(typed("   "))
    ctx.stack.handle_event(key(pygame.K_RETURN))
    assert saved_names(tmp_path) == ["Игрок", "Игрок"] and ctx.settings.player_name == ""
    assert ctx.stack.top is scene


def test_a_name_stops_at_the_limit(make_ctx, tmp_path):
    ctx = make_ctx()
    finish(ctx)
    ctx.stack.handle_event(typed("Ы" * (NAME_LIMIT + 5)))
    ctx.stack.handle_event(typed("!"))
    ctx.stack.handle_event(key(pygame.K_RETURN))
    assert saved_names(tmp_path) == ["Ы" * NAME_LIMIT]


def test_typing_the_letter_p_space_or_backspace_in_the_name_does_nothing_else(app):  # noqa: F811
    """Through the real app loop: a key goes to the name, never to the menu (Space would
    play again, Backspace and Esc go back) or to a shortcut."""
    application: App = app()
    ctx = application.ctx
    scene = finish(ctx)
    pump(application)
    depth = len(ctx.stack)
    assert application.typing is True
    for k, text in ((pygame.K_p, "p"), (pygame.K_SPACE, " "), (pygame.K_q, "q"), (pygame.K_1, "1")):
        post_key(k)
        pygame.event.post(typed(text))
    for k in (pygame.K_DOWN, pygame.K_BACKSPACE):
        post_key(k)
    pump(application)
    assert ctx.stack.top is scene and len(ctx.stack) == depth
    assert scene.name.text == "p q" and scene.menu.focus == 0


def test_autoplay_never_asks_for_a_name(make_ctx, tmp_path):
    ctx = make_ctx()
    ctx.autoplay = True
    scene = finish(ctx)
    assert scene.rank == 1 and not scene.wants_text()
    assert saved_names(tmp_path) == ["Player"]


def test_a_click_into_the_field_keeps_typing_and_a_click_on_a_button_saves_the_name_first(make_ctx, tmp_path):
    ctx = make_ctx()
    scene = finish(ctx)
    ctx.stack.handle_event(typed("Zoë"))

    def click(rect) -> None:
        ctx.stack.handle_event(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=rect.center, button=1))

    click(ctx.frame.rect(*scene.NAME_BOX))
    assert scene.wants_text() and saved_names(tmp_path) == ["Player"]
    click(scene.menu.rects(ctx.frame)[1])  # High scores
    assert saved_names(tmp_path) == ["Zoë"] and isinstance(ctx.stack.top, HighScoresScene)


def test_a_text_field_reports_typing_enter_and_esc_and_leaves_other_keys_to_its_scene():
    from quiz.ui.widgets import TextField

    field = TextField("Ann", limit=4)
    assert field.handle_event(typed("ie")) == "edit" and field.text == "Anni"
    assert field.handle_event(typed("x")) == "edit" and field.text == "Anni"  # full: still the field's key
    assert field.handle_event(key(pygame.K_BACKSPACE)) == "edit" and field.text == "Ann"
    assert field.handle_event(key(pygame.K_RETURN)) == field.handle_event(key(pygame.K_KP_ENTER)) == "submit"
    assert field.handle_event(key(pygame.K_ESCAPE)) == "cancel"
    for other in (key(pygame.K_TAB), key(pygame.K_UP), pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(0, 0),
                                                                          button=1)):
        assert field.handle_event(other) is None
    assert field.text == "Ann"


def test_keypad_enter_saves_the_name_as_enter_does(make_ctx, tmp_path):
    ctx = make_ctx()
    scene = finish(ctx)
    ctx.stack.handle_event(typed("Bo"))
    ctx.stack.handle_event(key(pygame.K_KP_ENTER))
    assert not scene.wants_text() and saved_names(tmp_path) == ["Bo"]
