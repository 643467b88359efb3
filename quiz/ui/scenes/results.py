"""The end of a game: score, accuracy, best streak and place in the high-score table.

A solo game that makes the table enters it at once under the default name (so closing the
window loses nothing), then the player types their name: pre-filled with the last name used,
Enter saves it (and remembers it for next time), Esc keeps the default.
"""

from __future__ import annotations

import random
from dataclasses import replace

import pygame

from quiz.core.highscores import NAME_LIMIT, HighScore, clean_name
from quiz.core.session import Session
from quiz.i18n import N_
from quiz.ui import theme
from quiz.ui.scenes.base import Context, MenuScene
from quiz.ui.scenes.question import Game, score_text
from quiz.ui.widgets import Item, Menu, TextField


class ResultsScene(MenuScene):
    NAME_BOX = (120, 850, 960, 100)  # the name field, on the design canvas

    def __init__(self, ctx: Context, game: Game) -> None:
        super().__init__(ctx)
        self.game = game
        self.rank: int | None = None
        self.name: TextField | None = None  # the name being typed for the table, None when not asking
        self.default_name = self.gettext("Player")
        if game.human is not None:
            player = game.session.players[game.human]
            self.rank = ctx.highscores.add(HighScore(
                self.default_name, player.score, player.correct, len(game.session.questions),
                player.best_streak, game.pack.id, game.mode, ctx.today()))
            if self.rank is not None:
                self._save_scores()
                # Autoplay has no one at the keyboard to ask.
                if not ctx.autoplay:
                    self.name = TextField(ctx.settings.player_name, NAME_LIMIT)
        ctx.sounds.play("fanfare")
        self.menu = Menu([Item("again", N_("Play again")), Item("scores", N_("High scores")),
                          Item("menu", N_("Main menu"))], 1140, 560, 660, 90, 20)

    def _save_scores(self) -> None:
        self.ctx.keep(self.ctx.highscores.save, "the high scores")

    def wants_text(self) -> bool:
        return self.name is not None

    def confirm_name(self) -> None:
        """Put the typed name (or the default, for an empty one) on the table's entry and
        remember it to offer next time."""
        typed = clean_name(self.name.text)
        self.name = None
        self.ctx.highscores.rename(self.rank, typed or self.default_name)
        self._save_scores()
        if typed != self.ctx.settings.player_name:
            self.ctx.apply_settings(replace(self.ctx.settings, player_name=typed))
        self.menu.focus = 1  # the table, to see the name in it

    def handle_event(self, e: pygame.event.Event) -> bool:
        if self.name is None:
            return super().handle_event(e)
        outcome = self.name.handle_event(e)
        if outcome == "submit":
            self.confirm_name()
        elif outcome == "cancel":
            self.name = None  # the entry keeps the default name it went in with
        if outcome is not None or e.type == pygame.KEYDOWN:
            # Every other key belongs to the name: a letter, Space or an arrow must not
            # reach the menu (the app keeps only F1 and F11).
            return True
        if e.type == pygame.MOUSEBUTTONDOWN and e.button in (1, 3):
            if self.ctx.frame.rect(*self.NAME_BOX).collidepoint(e.pos):
                return True  # a click into the field: still typing
            # A click elsewhere means the player is done typing: keep the name, then act.
            self.confirm_name()
        return super().handle_event(e)

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
            tr.counted("Best streak: {n} in a row", "Best streak: {n} in a row", player.best_streak),
        ]
        if self.game.human is not None:
            lines.append(self.gettext("Place {rank} in the high scores").format(rank=tr.number(self.rank))
                         if self.rank is not None else self.gettext("Not in the high scores this time"))
        for i, line in enumerate(lines):
            self.draw_text(surface, line, "body", (120, 400 + i * 90, 960, 80), align="left")
        if self.name is not None:
            self.draw_text(surface, self.gettext("Your name for the high scores:"), "body", (120, 770, 960, 70),
                           theme.ACCENT, align="left")
            self.name.draw(surface, ctx, self.NAME_BOX, self.default_name)
            self.draw_text(surface, self.gettext("Enter: save · Esc: keep “{name}”").format(name=self.default_name),
                           "small", (120, 965, 960, 60), theme.MUTED, align="left")
        if len(session.players) > 1:
            for i, p in enumerate(session.standings()[:8]):
                text = f"{tr.number(i + 1)}. {p.name} — {score_text(ctx, p.score)}"
                self.draw_text(surface, text, "small", (1140, 170 + i * 46, 660, 44), align="left")
        self.menu.draw(surface, ctx, show_focus=self.name is None)
