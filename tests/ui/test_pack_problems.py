"""A teacher who drops a broken pack into the game reads what is wrong and what to do in
the game's language, with file:line:column, on the packs screen and in the pack browser,
and reads it in the other language as soon as the language is switched."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pygame
import pytest

from quiz import paths
from quiz.ui.content import load_library
from quiz.ui.scenes.browse import BrowseScene
from quiz.ui.scenes.packs import PackScene

DUPLICATE_KEY = """\
format: 1
id: dupkey
title: {en: Duplicate key, ru: Повтор поля}
locales: [en, ru]
films:
  - id: spacewalk
    title: {en: Spacewalk, ru: Время первых}
    year: 2017
    year: 2018
"""

RU_PROBLEM = "dupkey.yaml:9:5: ошибка: поле `year` встречается дважды в одном месте: в строке 8 и ещё раз в строке 9"
RU_HINT = "Оставьте одно из них (YAML молча взял бы только последнее)"
EN_PROBLEM = "dupkey.yaml:9:5: error: the key `year` appears twice in the same place: on line 8 and again on line 9"


@pytest.fixture
def folder(tmp_path) -> Path:
    packs = tmp_path / "packs"
    packs.mkdir()
    shutil.copy(paths.questions_dir() / "spacewalk.yaml", packs / "spacewalk.yaml")
    (packs / "dupkey.yaml").write_text(DUPLICATE_KEY, encoding="utf-8")
    return packs


def drawn(scene, text) -> list[tuple[str, pygame.Rect, pygame.Rect]]:
    text.drawn = []
    try:
        scene.draw(pygame.Surface(scene.ctx.frame.size))
        return list(text.drawn)
    finally:
        text.drawn = None


def on_the_broken_pack(make_ctx, folder, locale: str, size=(1280, 720)) -> PackScene:
    ctx = make_ctx(locale, size)
    ctx.library = load_library(str(folder))
    scene = PackScene(ctx)
    ctx.stack.push(scene)
    scene.menu.focus = next(i for i, item in enumerate(scene.menu.items) if item.action.startswith("broken:"))
    return scene


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_packs_screen_says_what_is_wrong_with_a_broken_pack_in_russian(make_ctx, folder, text, size):
    scene = on_the_broken_pack(make_ctx, folder, "ru", size)
    shown = drawn(scene, text)
    (problem,) = [(s, rect, box) for s, rect, box in shown if RU_PROBLEM in s]
    assert problem[0].endswith(". " + RU_HINT)
    assert problem[2].contains(problem[1]), "the problem must fit its box"
    assert "В этот набор нельзя играть" in [s for s, _, _ in shown]


def test_the_packs_screen_says_it_again_in_english_after_a_live_switch(make_ctx, folder, text):
    scene = on_the_broken_pack(make_ctx, folder, "ru")
    assert any(RU_PROBLEM in s for s, _, _ in drawn(scene, text))
    scene.ctx.apply_settings(replace(scene.ctx.settings, locale="en"))
    shown = [s for s, _, _ in drawn(scene, text)]
    assert any(EN_PROBLEM in s for s in shown) and not any("ошибка" in s for s in shown)


def test_the_browser_shows_a_broken_packs_errors_in_russian_and_follows_a_language_switch(make_ctx, folder, text):
    ctx = make_ctx("ru")
    scene = BrowseScene(ctx, folder / "dupkey.yaml")
    ctx.stack.push(scene)
    shown = [s for s, _, _ in drawn(scene, text)]
    assert "поле `year` встречается дважды в одном месте: в строке 8 и ещё раз в строке 9" in shown
    assert RU_HINT in shown and "Ошибка: dupkey.yaml:9:5" in shown
    ctx.apply_settings(replace(ctx.settings, locale="en"))
    shown = [s for s, _, _ in drawn(scene, text)]
    assert "the key `year` appears twice in the same place: on line 8 and again on line 9" in shown
    assert "Keep one of them (YAML would silently use only the last)" in shown


def test_the_browser_shows_the_loaders_and_lints_warnings_in_russian(make_ctx, tmp_path, text):
    path = tmp_path / "nosource.yaml"
    path.write_text(DUPLICATE_KEY.replace("    year: 2018\n", "questions:\n  - id: q\n    type: truefalse\n"
                                          "    prompt: {en: Is it?, ru: Так ли?}\n    answer: true\n"),
                    encoding="utf-8")
    ctx = make_ctx("ru")
    scene = BrowseScene(ctx, path)
    ctx.stack.push(scene)
    shown = [s for s, _, _ in drawn(scene, text)]
    assert "Предупреждение: nosource.yaml:10:5 · questions[0]" in shown
    assert "у вопроса `q` нет поля `source`" in shown  # from the loader
    assert "у года выхода фильма 'Spacewalk' не указано, где он проверен" in shown  # from lint
