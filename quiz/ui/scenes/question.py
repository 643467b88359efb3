"""A question on screen: the prompt, a smooth timer and the answer tiles.

Answers come from the player (keys 1-6 / A-F, arrows + Enter, mouse, gamepad) and from any
computer players, whose choices and times are drawn when the question appears. The scene
measures time only through `update(dt)`, so a paused game (an overlay on top) stops the
clock and autoplay runs on a simulated one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import pygame

from quiz.core.bots import Bot
from quiz.core.models import Question
from quiz.core.session import AnswerResult, Session
from quiz.ui import theme
from quiz.ui.content import PackEntry
from quiz.ui.scenes.base import Context, Scene
from quiz.ui.scenes.overlays import PauseScene
from quiz.ui.widgets import draw_tile, moved, tile_rects

LAST_SECONDS = 5
# key -> answer tile: the digit, the letter and the keypad digit printed on each tile
PICK_KEYS: dict[int, int] = {
    getattr(pygame, name): i
    for i, style in enumerate(theme.TILES)
    for name in (f"K_{style.digit}", f"K_{style.letter.lower()}", f"K_KP{style.digit}")
}


@dataclass
class Game:
    """A game being played: the session, its pack and mode, which player sits at the
    keyboard (None in autoplay) and the computer players by player index."""

    session: Session
    pack: PackEntry
    mode: str
    human: int | None = None
    bots: dict[int, Bot] = field(default_factory=dict)
    rng: random.Random = field(default_factory=lambda: random.Random(0))
    log: list[AnswerResult] = field(default_factory=list)

    @property
    def shown_player(self) -> int:
        """Whose score the screens show: the human, else the first player."""
        return self.human if self.human is not None else 0


def score_text(ctx: Context, points: int) -> str:
    return ctx.tr.ngettext("{n} point", "{n} points", points).format(n=ctx.tr.number(points))


class QuestionScene(Scene):
    def __init__(self, ctx: Context, game: Game) -> None:
        super().__init__(ctx)
        self.game = game
        self.elapsed = 0.0
        self.focus = 0
        self.picked: int | None = None
        question = game.session.current
        assert question is not None, "a question scene needs a question"
        rules = game.session.rules
        self.plans = {player: bot.decide(question, rules.question_time, game.rng)
                      for player, bot in sorted(game.bots.items())}

    @property
    def question(self) -> Question:
        return self.game.session.current

    @property
    def timed(self) -> bool:
        return self.game.session.rules.timed

    @property
    def remaining(self) -> float:
        return max(0.0, self.game.session.rules.question_time - self.elapsed)

    def animating(self) -> bool:
        return self.timed or bool(self.plans)

    def animated_area(self) -> list[pygame.Rect] | None:
        # Only the clock moves while the player thinks (computer players change nothing
        # on screen until the question closes).
        return [self.ctx.frame.rect(0, 70, 1920, 90)]

    def on_locale_changed(self) -> None:
        self.game.session.relocalise({q.id: q for q in self.game.pack.questions(self.ctx.tr.locale)})

    def _record(self, results: list[AnswerResult]) -> None:
        self.game.log.extend(results)
        if self.game.session.all_answered:
            from quiz.ui.scenes.reveal import RevealScene

            self.ctx.stack.replace(RevealScene(self.ctx, self.game))

    def pick(self, choice: int) -> None:
        human = self.game.human
        if human is None or self.game.session.has_answered(human):
            return
        self.picked = choice
        result = self.game.session.answer(human, choice, round(self.elapsed, 3))
        self.ctx.sounds.play("correct" if result.correct else "wrong")
        self._record([result])

    def handle_event(self, e: pygame.event.Event) -> bool:
        n = len(self.question.options)
        if e.type == pygame.KEYDOWN:
            if e.key in (pygame.K_ESCAPE, pygame.K_p):
                self.ctx.stack.push(PauseScene(self.ctx))
                return True
            if e.key in PICK_KEYS and PICK_KEYS[e.key] < n:
                self.pick(PICK_KEYS[e.key])
                return True
            moves = {pygame.K_LEFT: -1, pygame.K_RIGHT: 1, pygame.K_UP: -2, pygame.K_DOWN: 2}
            if e.key in moves:
                target = self.focus + moves[e.key]
                if 0 <= target < n:
                    self.focus = target
                return True
            if e.key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE):
                self.pick(self.focus)
                return True
        elif moved(e) or e.type == pygame.MOUSEBUTTONDOWN:
            for i, rect in enumerate(tile_rects(self.ctx.frame, n)):
                if rect.collidepoint(e.pos):
                    self.focus = i
                    if e.type == pygame.MOUSEBUTTONDOWN and e.button == 1:
                        self.pick(i)
                    return True
        return False

    def update(self, dt: float) -> None:
        before = self.remaining
        self.elapsed += dt
        session = self.game.session
        due = [(player, plan) for player, plan in self.plans.items() if plan[1] <= self.elapsed]
        for player, _ in due:
            del self.plans[player]
        if due:
            self._record([session.answer(player, choice, t) for player, (choice, t) in due])
            if session.all_answered:
                return
        if not self.timed:
            return
        if self.remaining <= 0:
            self.plans.clear()
            if self.game.human is not None and not session.has_answered(self.game.human):
                self.ctx.sounds.play("wrong")
            self._record(session.time_out())
        elif self.remaining <= LAST_SECONDS and int(before) != int(self.remaining):
            self.ctx.sounds.play("tick")

    def draw(self, surface: pygame.Surface) -> None:
        theme.draw_background(surface)
        ctx, frame, q = self.ctx, self.ctx.frame, self.question
        session = self.game.session
        tr = ctx.tr
        self.draw_text(surface, self.game.pack.title.get(tr.locale), "small", (60, 20, 600, 60), theme.MUTED,
                       align="left")
        progress = self.gettext("Question {n} of {total}").format(n=tr.number(session.index + 1),
                                                            total=tr.number(len(session.questions)))
        self.draw_text(surface, progress, "button", (680, 20, 560, 60))
        player = session.players[self.game.shown_player]
        self.draw_text(surface, score_text(ctx, player.score), "button", (1260, 20, 600, 60), theme.ACCENT,
                       align="right")
        if self.timed:
            self._draw_timer(surface)
        else:
            self.draw_text(surface, self.gettext("Practice: no clock"), "small", (60, 90, 1800, 44), theme.MUTED)
        theme.draw_panel(surface, frame.rect(60, 160, 1800, 370), frame)
        self.draw_text(surface, q.prompt, "prompt", (100, 180, 1720, 330))
        for i, (option, rect) in enumerate(zip(q.options, tile_rects(frame, len(q.options)))):
            state = "focus" if i == self.focus and self.game.human is not None else "normal"
            if self.picked is not None:
                state = "focus" if i == self.picked else "dim"
            draw_tile(surface, ctx, rect, theme.TILES[i], option, state)

    def _draw_timer(self, surface: pygame.Surface) -> None:
        frame = self.ctx.frame
        total = self.game.session.rules.question_time
        fraction = self.remaining / total if total else 0.0
        track = frame.rect(60, 96, 1640, 30)
        pygame.draw.rect(surface, theme.PANEL, track, border_radius=frame.px(15))
        colour = theme.BAD if self.remaining <= LAST_SECONDS else theme.ACCENT
        bar = pygame.Rect(track.x, track.y, round(track.w * fraction), track.h)
        if bar.w > 0:
            pygame.draw.rect(surface, colour, bar, border_radius=frame.px(15))
        seconds = int(self.remaining + 0.999)
        self.draw_text(surface, self.ctx.tr.number(seconds), "heading", (1720, 76, 140, 70), colour)
