"""The pack browser as an author uses it: edit the YAML, see the list follow; break it,
see where; filter and scroll; reach it from the pack chooser and the command line."""

from __future__ import annotations

import os
from pathlib import Path

import pygame
import pytest

from quiz import cli
from quiz.formats.scaffold import starter_pack
from quiz.ui.content import load_library
from quiz.ui.scenes.browse import NOTE_SECONDS, BrowseScene
from quiz.ui.scenes.packs import PackScene

SIZES = ((1280, 720), (1920, 1080))


def key(k: int, mod: int = 0) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod, unicode="", scancode=0)


@pytest.fixture
def pack_file(tmp_path) -> Path:
    path = tmp_path / "my.yaml"
    path.write_text(starter_pack(path), encoding="utf-8")
    return path


class Editor:
    """Saves the pack file as an editor would, each save with a later modification time
    (a test runs faster than some file systems' clocks move)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.saves = 0

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    def save(self, text: str) -> None:
        self.saves += 1
        self.path.write_text(text, encoding="utf-8")
        t = (2_000_000_000 + self.saves) * 10**9
        os.utime(self.path, ns=(t, t))

    def replace(self, old: str, new: str) -> None:
        assert old in self.text
        self.save(self.text.replace(old, new))


@pytest.fixture
def editor(pack_file) -> Editor:
    return Editor(pack_file)


def open_browser(make_ctx, path: Path, locale: str = "en", **kwargs) -> BrowseScene:
    ctx = make_ctx(locale)
    scene = BrowseScene(ctx, path, **kwargs)
    ctx.stack.push(scene)
    return scene


def prompts(scene: BrowseScene) -> list[str]:
    return [q.prompt for q in scene.questions()]


def drawn_text(scene: BrowseScene, text) -> list[str]:
    text.drawn = []
    try:
        scene.draw(pygame.Surface(scene.ctx.frame.size))
        return [string for string, _, _ in text.drawn]
    finally:
        text.drawn = None


def test_editing_the_pack_on_disk_updates_the_list_without_leaving_the_scene(make_ctx, editor, text):
    scene = open_browser(make_ctx, editor.path)
    assert "Which space mission is the film about?" in prompts(scene)
    editor.replace("Which space mission is the film about?", "Which mission does the film show?")
    scene.ctx.stack.update(0.3)
    assert "Which space mission is the film about?" in prompts(scene), "looked too soon"
    scene.ctx.stack.update(0.3)
    assert scene.ctx.stack.top is scene
    assert "Which mission does the film show?" in prompts(scene)
    assert "Which mission does the film show?" in drawn_text(scene, text)
    assert "Updated from the file" in drawn_text(scene, text)
    assert scene.animating(), "the app must draw the new list even when it idles"
    scene.update(NOTE_SECONDS + 1)
    assert not scene.animating() and "Updated from the file" not in drawn_text(scene, text)


def test_a_pack_with_a_syntax_error_shows_file_line_column_and_recovers_when_fixed(make_ctx, editor, text):
    scene = open_browser(make_ctx, editor.path)
    good = editor.text
    editor.replace("answer: 2", "answer: [2")
    scene.update(0.5)
    assert scene.snapshot.state == "errors" and not scene.questions()
    error = scene.snapshot.errors[0]
    place = f"my.yaml:{error.line}:{error.column}"
    shown = drawn_text(scene, text)
    assert any(place in s for s in shown), shown
    assert error.hint and any(error.hint.strip() == s for s in shown)
    assert any("1 error" in s for s in shown)
    editor.save(good)
    scene.update(0.5)
    assert scene.snapshot.state == "ok" and "Which space mission is the film about?" in drawn_text(scene, text)


def test_a_file_that_disappears_says_so_and_comes_back(make_ctx, editor, text):
    scene = open_browser(make_ctx, editor.path)
    good = editor.text
    editor.path.unlink()
    scene.update(0.5)
    assert "The file is not there" in drawn_text(scene, text)
    editor.save(good)
    scene.update(0.5)
    assert scene.snapshot.state == "ok" and scene.questions()


def test_the_kind_filter_shows_only_that_kind(make_ctx, pack_file):
    scene = open_browser(make_ctx, pack_file)
    everything = scene.questions()
    kinds = scene.kinds()
    assert kinds[0] == "" and len(kinds) > 2
    scene.handle_event(key(pygame.K_k))
    assert scene.kind == kinds[1]
    assert scene.questions() and {q.kind for q in scene.questions()} == {kinds[1]}
    assert len(scene.questions()) < len(everything)
    scene.handle_event(key(pygame.K_k, pygame.KMOD_SHIFT))
    assert scene.kind == "" and scene.questions() == everything


def test_the_difficulty_filter_and_the_count_of_how_many_are_shown(make_ctx, pack_file, text):
    scene = open_browser(make_ctx, pack_file)
    total = len(scene.questions())
    scene.handle_event(key(pygame.K_d))  # any -> easy
    easy = scene.questions()
    assert easy and {q.difficulty for q in easy} == {"easy"}
    assert f"{len(easy)} of {total} questions" in drawn_text(scene, text)


def test_the_language_filter_changes_the_questions_not_the_screen(make_ctx, pack_file, text):
    scene = open_browser(make_ctx, pack_file)
    scene.menu.focus = 1  # Language
    scene.handle_event(key(pygame.K_RIGHT))
    assert scene.locale == "ru" and scene.ctx.tr.locale == "en"
    shown = drawn_text(scene, text)
    assert "О каком космическом полёте рассказывает фильм?" in shown
    assert "Kind" in shown and any("Русский" in s for s in shown)


def test_a_russian_player_sees_russian_counts_with_the_right_plural(make_ctx, pack_file, text):
    scene = open_browser(make_ctx, pack_file, locale="ru")
    n = len(scene.questions())
    shown = drawn_text(scene, text)
    word = "вопрос" if n % 10 == 1 and n % 100 != 11 else (
        "вопроса" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "вопросов")
    assert f"{n} {word}" in shown


def test_a_warning_shows_beside_the_question_it_concerns(make_ctx, editor, text):
    long = "Vostok 1, the flight of Yuri Gagarin, the first man in space, in April 1961, on a Vostok-3KA rocket"
    editor.replace("{en: Vostok 1,", f"{{en: \"{long}\",")
    scene = open_browser(make_ctx, editor.path)
    card = next(c for c in scene.cards if any(long in row.text for row in c.rows))
    assert any(row.text.startswith("Warning: my.yaml:") and "characters long" in row.text for row in card.rows)
    assert "1 warning" in drawn_text(scene, text)


def test_scroll_keys_move_through_the_list_and_stop_at_its_ends(make_ctx, pack_file):
    scene = open_browser(make_ctx, pack_file)
    assert len(scene.cards) > scene.fitting(0) > 0
    scene.handle_event(key(pygame.K_PAGEDOWN))
    assert scene.top == scene.fitting(0)
    scene.handle_event(key(pygame.K_PAGEUP))
    assert scene.top == 0
    scene.handle_event(key(pygame.K_END))
    end = scene.top
    assert end + scene.fitting(end) == len(scene.cards), "the last page ends on the last card"
    assert end == 0 or scene.fitting(end - 1) < len(scene.cards) - end + 1, "...and is as full as it can be"
    scene.handle_event(key(pygame.K_DOWN))
    assert scene.top == end, "no scrolling past the last card"
    scene.handle_event(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1, flipped=False))
    assert scene.top == end - 1
    scene.handle_event(key(pygame.K_HOME))
    scene.handle_event(key(pygame.K_UP))
    assert scene.top == 0


def test_a_click_on_the_scroll_bar_pages_towards_it(make_ctx, pack_file):
    scene = open_browser(make_ctx, pack_file)
    track, thumb = scene.scrollbar()
    scene.handle_event(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(track.centerx, track.bottom - 2), button=1))
    assert scene.top == scene.fitting(0)
    track, thumb = scene.scrollbar()
    scene.handle_event(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(track.centerx, track.top + 1), button=1))
    assert scene.top == 0


def test_scroll_position_survives_a_reload(make_ctx, editor):
    scene = open_browser(make_ctx, editor.path)
    questions = scene.questions()
    shown = next(i for i, q in enumerate(questions) if q.kind == "who-played")
    scene.scroll_to(shown)
    assert scene.top == shown
    # The author deletes a trivia item: its questions, above, go away.
    text = editor.text
    start = text.index("      - text:\n          en: \"The real [[Alexei Leonov]]")
    editor.save(text[:start] + text[text.index("      - text:", start + 10):])
    scene.update(0.5)
    assert scene.watcher.reloads == 1 and len(scene.questions()) < len(questions)
    assert scene.cards[scene.top].key == questions[shown].id and scene.top < shown


def test_the_place_in_the_list_survives_a_broken_save_and_the_errors_start_at_the_top(make_ctx, editor):
    scene = open_browser(make_ctx, editor.path)
    scene.scroll_to(4)
    shown = scene.cards[scene.top].key
    good = editor.text
    editor.save(good[: good.index('"Which space mission') + 6])
    scene.update(0.5)
    assert scene.snapshot.state == "errors" and scene.top == 0 and scene.cards[0].key == "errors"
    editor.save(good)
    scene.update(0.5)
    assert scene.cards[scene.top].key == shown


def test_filters_survive_a_reload(make_ctx, editor):
    scene = open_browser(make_ctx, editor.path)
    scene.handle_event(key(pygame.K_d))
    scene.handle_event(key(pygame.K_l))
    editor.replace("My film quiz", "Our film quiz")
    scene.update(0.5)
    assert scene.watcher.reloads == 1
    assert (scene.difficulty, scene.locale) == ("easy", "ru")
    assert {q.difficulty for q in scene.questions()} == {"easy"}


def test_b_in_the_pack_chooser_opens_the_browser_on_that_pack_and_esc_comes_back(make_ctx):
    ctx = make_ctx()
    ctx.library = load_library()
    chooser = PackScene(ctx)
    ctx.stack.push(chooser)
    ctx.stack.handle_event(key(pygame.K_DOWN))
    pack = chooser.focused_pack()
    ctx.stack.handle_event(key(pygame.K_b))
    browser = ctx.stack.top
    assert isinstance(browser, BrowseScene) and browser.watcher.path == pack.path
    assert browser.snapshot.pack.id == pack.id
    ctx.stack.handle_event(key(pygame.K_ESCAPE))
    assert ctx.stack.top is chooser


def test_a_click_on_the_browse_button_opens_the_browser(make_ctx):
    ctx = make_ctx()
    ctx.library = load_library()
    chooser = PackScene(ctx)
    ctx.stack.push(chooser)
    centre = chooser.browse_button.rects(ctx.frame)[0].center
    ctx.stack.handle_event(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=centre, button=1))
    assert isinstance(ctx.stack.top, BrowseScene)


def test_a_pack_made_in_memory_has_no_browse_button(make_ctx):
    ctx = make_ctx()
    ctx.stack.push(PackScene(ctx))
    ctx.stack.handle_event(key(pygame.K_b))
    assert isinstance(ctx.stack.top, PackScene)


def test_a_game_started_after_editing_in_the_browser_plays_the_edited_pack(make_ctx, tmp_path):
    from quiz.core.packs import load_pack
    from quiz.ui.content import Library, entry_for

    path = tmp_path / "my.yaml"
    path.write_text(starter_pack(path), encoding="utf-8")
    ctx = make_ctx()
    ctx.library = Library([entry_for(load_pack(path))])
    chooser = PackScene(ctx)
    ctx.stack.push(chooser)
    assert "Which space mission is the film about?" in [q.prompt for q in chooser.focused_pack().questions("en")]
    ctx.stack.handle_event(key(pygame.K_b))
    Editor(path).replace("Which space mission is the film about?", "Which mission does the film show?")
    ctx.stack.update(0.5)
    ctx.stack.handle_event(key(pygame.K_ESCAPE))
    assert ctx.stack.top is chooser
    assert "Which mission does the film show?" in [q.prompt for q in chooser.focused_pack().questions("en")]


def test_film_quiz_browse_opens_the_game_on_the_browser(monkeypatch, tmp_path, pack_file):
    from quiz.ui.app import App
    from quiz.ui.scenes.title import TitleScene

    monkeypatch.setenv("FILM_QUIZ_HOME", str(tmp_path))
    opened = []
    monkeypatch.setattr(App, "run", lambda self: opened.append(list(self.ctx.stack)) or 0)
    assert cli.main(["browse", str(pack_file), "--locale", "ru"]) == 0
    title, browser = opened[0]
    assert isinstance(title, TitleScene) and isinstance(browser, BrowseScene)
    assert browser.locale == "ru" and browser.watcher.path == str(pack_file)


def test_film_quiz_browse_names_a_file_that_is_not_there(tmp_path, capsys):
    assert cli.main(["browse", str(tmp_path / "nope.yaml")]) == 1
    assert "nope.yaml: there is no such file" in capsys.readouterr().err


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("locale", ("en", "ru"))
@pytest.mark.parametrize("state", ("errors", "missing", "warnings"))
def test_errors_missing_files_and_warnings_fit_on_screen(make_ctx, editor, text, state, locale, size):
    if state == "errors":
        editor.replace("answer: 2", "answer: [2")
    elif state == "missing":
        editor.path.unlink()
    else:
        editor.replace("{en: Vostok 1,", "{en: \"" + "Vostok 1, the flight of Yuri Gagarin " * 4 + "\",")
        editor.replace("    source: https://timeout.ru/msk/artwork/360586/similar\n", "")
    ctx = make_ctx(locale, size)
    scene = BrowseScene(ctx, editor.path)
    for top in range(len(scene.cards)):
        scene.scroll_to(top)
        text.drawn = []
        try:
            scene.draw(pygame.Surface(size))
            drawn = text.drawn
        finally:
            text.drawn = None
        screen = pygame.Rect((0, 0), size)
        for string, rect, box in drawn:
            assert box.contains(rect) and screen.contains(rect), f"{string!r} {rect} leaves {box}"
            assert rect.h >= 9 or not string.strip(), f"{string!r} shrank to {rect.h}px"
