"""After a question: right or wrong, the correct answer, the explanation or source fact,
the points won and the streak. Enter (or a click) goes on to the next question. In a
classroom it shows every seat's pick and points, then the leaderboard (or the podium)."""

from __future__ import annotations

import pygame

from quiz.core.session import AnswerResult
from quiz.ui import theme
from quiz.ui.scenes.base import GameScene
from quiz.ui.scenes.question import draw_seats, score_text
from quiz.ui.widgets import draw_tile


class RevealScene(GameScene):
    @property
    def result(self) -> AnswerResult:
        return self.game.session.players[self.game.shown_player].answers[-1]

    def advance(self) -> None:
        session = self.game.session
        if self.game.classroom is not None:
            from quiz.ui.scenes.classroom_board import LeaderboardScene, PodiumScene

            last = session.index + 1 >= len(session.questions)
            self.ctx.stack.replace((PodiumScene if last else LeaderboardScene)(self.ctx, self.game))
            return
        if session.next():
            from quiz.ui.scenes.question import QuestionScene

            self.ctx.stack.replace(QuestionScene(self.ctx, self.game))
        else:
            from quiz.ui.scenes.results import ResultsScene

            self.ctx.stack.replace(ResultsScene(self.ctx, self.game))

    def handle_event(self, e: pygame.event.Event) -> bool:
        if self.handle_game_keys(e):
            return True
        if e.type == pygame.KEYDOWN:
            if e.key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE, pygame.K_RIGHT):
                self.advance()
                return True
        elif e.type == pygame.MOUSEBUTTONDOWN and e.button == 1:
            self.advance()
            return True
        return False

    def draw(self, surface: pygame.Surface) -> None:
        theme.draw_background(surface)
        if self.game.classroom is not None:
            self._draw_classroom(surface)
            return
        ctx, tr = self.ctx, self.ctx.tr
        q = self.game.session.current
        result = self.result
        if result.correct:
            verdict, colour = self.gettext("Correct!"), theme.GOOD
        elif result.choice is None:
            verdict, colour = self.gettext("Time's up!"), theme.BAD
        else:
            verdict, colour = self.gettext("Not quite"), theme.BAD
        self.draw_text(surface, verdict, "title", (60, 20, 1800, 130), colour)
        if result.choice is not None and not result.correct:
            mine = self.gettext("You chose: {answer}").format(answer=q.options[result.choice])
            self.draw_text(surface, mine, "small", (960, 320, 900, 44), theme.BAD, align="right")
        self._draw_answer(surface)
        if result.points:
            won = "+" + score_text(ctx, result.points)
            if result.bonus:
                won += "  " + self.gettext("(streak bonus +{n})").format(n=tr.number(result.bonus))
        else:
            won = self.gettext("No points this time")
        self.draw_text(surface, won, "heading", (60, 830, 900, 100), theme.ACCENT if result.points else theme.MUTED)
        if result.streak:
            streak = tr.counted("Streak: {n} in a row", "Streak: {n} in a row", result.streak)
        else:
            streak = self.gettext("The streak starts again")
        self.draw_text(surface, streak, "heading", (980, 830, 880, 100), theme.TEXT if result.streak else theme.MUTED)
        total = self.gettext("Score: {score}").format(score=score_text(ctx, result.total))
        self.draw_text(surface, total, "body", (60, 940, 900, 80), align="center")
        self.draw_text(surface, self.gettext("Enter: next question"), "body", (980, 940, 880, 80), theme.MUTED)

    def _draw_answer(self, surface: pygame.Surface, panel_h: float = 270) -> None:
        """The question, the right answer and where it comes from (solo and classroom)."""
        ctx, frame = self.ctx, self.ctx.frame
        q = self.game.session.current
        self.draw_text(surface, q.prompt, "body", (100, 160, 1720, 150), theme.MUTED)
        self.draw_text(surface, self.gettext("The answer:"), "small", (60, 320, 880, 44), theme.MUTED, align="left")
        keys = None if self.game.classroom is None else ctx.tr.number(q.answer + 1)
        draw_tile(surface, ctx, frame.rect(60, 370, 1800, 140), theme.TILES[q.answer], q.answer_text, "correct",
                  keys=keys)
        theme.draw_panel(surface, frame.rect(60, 540, 1800, panel_h), frame)
        explanation = q.explanation or self.gettext("The answer comes from the film's record.")
        self.draw_text(surface, explanation, "body", (100, 560, 1720, panel_h - 90), align="left", valign="top")
        source = self.gettext("Source: {source}").format(source=q.shown_source)
        self.draw_text(surface, source, "small", (100, 540 + panel_h - 60, 1720, 44), theme.MUTED, align="left")

    def _draw_classroom(self, surface: pygame.Surface) -> None:
        """How many got it, the answer, and every seat's pick with its points."""
        ctx, tr = self.ctx, self.ctx.tr
        classroom, session = self.game.classroom, self.game.session
        q = session.current
        results = [p.answers[-1] for p in session.players]
        right = sum(r.correct for r in results)
        heading = tr.ngettext("{n} of {total} got it right", "{n} of {total} got it right", right).format(
            n=tr.number(right), total=tr.number(len(results)))
        self.draw_text(surface, heading, "heading", (60, 30, 1320, 110), theme.GOOD if right else theme.BAD,
                       align="left")
        self.draw_text(surface, self.gettext("Space: next"), "body", (1400, 30, 460, 110), theme.MUTED, align="right")
        self._draw_answer(surface, panel_h=230)

        def mark(seat: int) -> tuple[bool | None, str]:
            r = results[seat]
            if r.choice is None:
                return False, self.gettext("no answer")
            if classroom.hide_scores or not r.correct:
                return r.correct, q.options[r.choice]
            return True, "+" + score_text(ctx, r.points)

        draw_seats(surface, ctx, classroom, (60, 800, 1800, 250), mark)
