"""Game setup: mode, number of questions, difficulty and time per question, then start."""

from __future__ import annotations

import random
from dataclasses import replace

import pygame

from quiz.core.models import DIFFICULTIES
from quiz.core.session import ANY_DIFFICULTY, MODES, Session, select_questions
from quiz.core.settings import QUESTION_COUNTS, QUESTION_TIMES
from quiz.i18n import N_
from quiz.ui import theme
from quiz.ui.content import PackEntry
from quiz.ui.scenes.base import Context, MenuScene
from quiz.ui.widgets import Item, Menu

MODE_NAMES = {"timed": N_("Timed"), "practice": N_("Practice")}
DIFFICULTY_NAMES = {ANY_DIFFICULTY: N_("Any"), "easy": N_("Easy"), "medium": N_("Medium"), "hard": N_("Hard")}
DIFFICULTY_CHOICES = (ANY_DIFFICULTY, *DIFFICULTIES)


def step_choice(values: tuple, current, step: int):
    """The value `step` places after `current` in `values`, round and round (a choice item
    changed with left/right)."""
    i = values.index(current) if current in values else 0
    return values[(i + step) % len(values)]


class SetupScene(MenuScene):
    def __init__(self, ctx: Context, pack: PackEntry) -> None:
        super().__init__(ctx)
        self.pack = pack
        self.notice = ""
        self.menu = Menu([
            Item("mode", N_("Mode"), value=lambda: self.gettext(MODE_NAMES[self.ctx.settings.mode])),
            Item("count", N_("Questions"), value=lambda: self.ctx.tr.number(self.ctx.settings.question_count)),
            Item("difficulty", N_("Difficulty"), value=lambda: self.gettext(DIFFICULTY_NAMES[self.ctx.settings.difficulty])),
            Item("time", N_("Time per question"), value=self._time_text),
            Item("start", N_("Start")),
            Item("back", N_("Back")),
        ], 410, 250, 1100, 90, 18)
        self.menu.focus = 4

    def _time_text(self) -> str:
        settings = self.ctx.settings
        if not settings.rules().timed:
            return self.gettext("no timer")
        n = settings.question_time
        return self.ctx.tr.counted("{n} second", "{n} seconds", n)

    def on_action(self, action: str, step: int) -> None:
        settings = self.ctx.settings
        if action == "mode":
            self.ctx.apply_settings(replace(settings, mode=step_choice(MODES, settings.mode, step)))
        elif action == "count":
            self.ctx.apply_settings(replace(settings, question_count=step_choice(QUESTION_COUNTS, settings.question_count, step)))
        elif action == "difficulty":
            self.ctx.apply_settings(replace(settings, difficulty=step_choice(DIFFICULTY_CHOICES, settings.difficulty, step)))
        elif action == "time":
            self.ctx.apply_settings(replace(settings, question_time=step_choice(QUESTION_TIMES, settings.question_time, step)))
        elif action == "start":
            self.start()
        elif action == "back":
            self.back()
        if action != "start":
            self.notice = ""

    def start(self) -> None:
        from quiz.ui.scenes.question import Game, QuestionScene

        settings = self.ctx.settings
        chosen = select_questions(self.pack.questions(self.ctx.tr.locale), settings.question_count,
                                  settings.difficulty, random.Random(self.ctx.new_seed()))
        if not chosen:
            self.notice = N_("This pack has no questions of that difficulty.")
            return
        name = settings.player_name or self.gettext("Player")
        session = Session(chosen, [name], settings.rules())
        self.ctx.stack.push(QuestionScene(self.ctx, Game(session, self.pack, settings.mode, human=0)))

    def draw(self, surface: pygame.Surface) -> None:
        theme.draw_background(surface)
        self.draw_text(surface, self.pack.title.get(self.ctx.tr.locale), "heading", (120, 60, 1680, 120))
        self.menu.draw(surface, self.ctx)
        if self.notice:
            self.draw_text(surface, self.gettext(self.notice), "body", (410, 880, 1100, 100), theme.BAD)
        elif self.ctx.settings.mode == "practice":
            self.draw_text(surface, self.gettext("Practice: no clock, and every answer is explained."), "body",
                           (410, 880, 1100, 100), theme.MUTED)
