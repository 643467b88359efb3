"""The end of a game: score, accuracy, best streak and place in the high-score table."""

from __future__ import annotations

import random

import pygame

from quiz.core.highscores import HighScore
from quiz.core.session import Session
from quiz.i18n import N_
from quiz.ui import theme
from quiz.ui.scenes.base import Context, MenuScene
from quiz.ui.scenes.question import Game, score_text
from quiz.ui.widgets import Item, Menu


class ResultsScene(MenuScene):
    def __init__(self, ctx: Context, game: Game) -> None:
        super().__init__(ctx)
        self.game = game
        self.rank: int | None = None
        if game.human is not None:
            player = game.session.players[game.human]
            self.rank = ctx.highscores.add(HighScore(
                player.name, player.score, player.correct, len(game.session.questions),
                player.best_streak, game.pack.id, game.mode, ctx.today()))
            if self.rank is not None and ctx.persist:
                ctx.highscores.save()
        ctx.sounds.play("fanfare")
        self.menu = Menu([Item("again", N_("Play again")), Item("scores", N_("High scores")),
                          Item("menu", N_("Main menu"))], 1140, 560, 660, 90, 20)

    def back(self) -> None:
        from quiz.ui.scenes.title import TitleScene

        self.ctx.stack.pop_to(TitleScene)

    def on_action(self, action: str, step: int) -> None:
        if action == "again":
            self.play_again()
        elif action == "scores":
            from quiz.ui.scenes.highscores import HighScoresScene

            self.ctx.stack.push(HighScoresScene(self.ctx, highlight=self.rank))
        elif action == "menu":
            self.back()

    def play_again(self) -> None:
        """Same pack, same setup, questions in a fresh order."""
        from quiz.core.session import select_questions
        from quiz.ui.scenes.question import QuestionScene

        old = self.game.session
        settings = self.ctx.settings
        pool = self.game.pack.questions(self.ctx.tr.locale)
        chosen = select_questions(pool, len(old.questions), settings.difficulty, random.Random(self.ctx.new_seed()))
        session = Session(chosen or old.questions, [p.name for p in old.players], old.rules)
        game = Game(session, self.game.pack, self.game.mode, self.game.human, dict(self.game.bots), self.game.rng)
        self.ctx.stack.replace(QuestionScene(self.ctx, game))

    def draw(self, surface: pygame.Surface) -> None:
        theme.draw_background(surface)
        ctx, tr = self.ctx, self.ctx.tr
        session = self.game.session
        player = session.players[self.game.shown_player]
        total = len(session.questions)
        self.draw_text(surface, self.gettext("Results"), "heading", (60, 40, 1800, 110))
        self.draw_text(surface, score_text(ctx, player.score), "big", (60, 170, 1020, 200), theme.ACCENT)
        correct = tr.ngettext("{n} of {total} answer right", "{n} of {total} answers right", total).format(
            n=tr.number(player.correct), total=tr.number(total))
        lines = [
            correct,
            self.gettext("Accuracy: {percent}").format(percent=tr.percent(player.accuracy)),
            tr.ngettext("Best streak: {n} in a row", "Best streak: {n} in a row", player.best_streak).format(
                n=tr.number(player.best_streak)),
        ]
        if self.game.human is not None:
            lines.append(self.gettext("Place {rank} in the high scores").format(rank=tr.number(self.rank))
                         if self.rank is not None else self.gettext("Not in the high scores this time"))
        for i, line in enumerate(lines):
            self.draw_text(surface, line, "body", (120, 400 + i * 90, 960, 80), align="left")
        if len(session.players) > 1:
            for i, p in enumerate(session.standings()[:8]):
                text = f"{tr.number(i + 1)}. {p.name} — {score_text(ctx, p.score)}"
                self.draw_text(surface, text, "small", (1140, 170 + i * 46, 660, 44), align="left")
        self.menu.draw(surface, ctx)
