"""A question on screen: the prompt, a smooth timer and the answer tiles.

Answers come from the player (keys 1-6 / A-F, arrows + Enter, mouse, gamepad), from the
seats of a classroom (each with its own key group or gamepad; only "answered" shows), and
from any computer players, whose choices and times are drawn when the question appears. The scene
measures time only through `update(dt)`, so a paused game (an overlay on top) stops the
clock and autoplay runs on a simulated one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Callable

import pygame

from quiz.core.bots import Bot
from quiz.core.models import Question
from quiz.core.session import Session
from quiz.ui import theme
from quiz.ui.classroom import TIME_STEP, Classroom, seat_colour
from quiz.ui.content import PackEntry
from quiz.ui.scenes.base import Context, GameScene
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
    classroom: Classroom | None = None

    def relocalise(self, locale: str) -> None:
        """The same questions in `locale` (a language switch mid-game)."""
        self.session.relocalise({q.id: q for q in self.pack.questions(locale)})

    @property
    def shown_player(self) -> int:
        """Whose score the screens show: the human, else the first player."""
        return self.human if self.human is not None else 0


def score_text(ctx: Context, points: int) -> str:
    return ctx.tr.counted("{n} point", "{n} points", points)


def code_text(ctx: Context, code: str) -> str:
    """The quiz code, split in two to read aloud."""
    return ctx.tr.gettext("Quiz code: {code}").format(code=f"{code[:3]}-{code[3:]}")


SEAT_STRIP = (60, 920, 1800, 140)  # where a classroom's seats show below the tiles


def draw_seats(surface: pygame.Surface, ctx: Context, classroom: Classroom, box: tuple[float, float, float, float],
               mark: Callable[[int], tuple[bool | None, str]]) -> None:
    """Every seat as a chip in its colour, in one or two rows inside `box`: its name, a tick
    or a cross (`mark(seat)` gives True, False or None for neither, and a line of text)."""
    frame = ctx.frame
    seats = classroom.lineup.seats
    x, y, w, h = box
    rows = 1 if len(seats) <= 4 else 2
    per_row = -(-len(seats) // rows)
    gap = 16
    cw, ch = (w - gap * (per_row - 1)) / per_row, (h - gap * (rows - 1)) / rows
    for i, seat in enumerate(seats):
        cx, cy = x + (i % per_row) * (cw + gap), y + (i // per_row) * (ch + gap)
        rect = frame.rect(cx, cy, cw, ch)
        ok, line = mark(i)
        colour = seat_colour(seat.colour)
        theme.draw_panel(surface, rect, frame, theme.PANEL, colour)
        pygame.draw.rect(surface, colour, frame.rect(cx, cy, 18, ch), border_radius=frame.px(8))
        icon = min(ch - 20, 56)
        if ok is not None:
            centre = (frame.rect(cx + cw - icon / 2 - 16, cy + ch / 2, 0, 0).topleft)
            draw_mark(surface, centre, frame.px(icon / 2), ok)
        name_box = (cx + 34, cy + 6, cw - 34 - icon - 28, ch * (0.55 if line else 1) - 6)
        ctx.text.draw(surface, seat.name, "button", theme.TEXT, frame.rect(*name_box), frame.scale, align="left")
        if line:
            ctx.text.draw(surface, line, "small", theme.MUTED,
                          frame.rect(cx + 34, cy + ch * 0.55, cw - 34 - icon - 28, ch * 0.45 - 6), frame.scale,
                          align="left")


def draw_mark(surface: pygame.Surface, centre: tuple[int, int], r: int, ok: bool) -> None:
    """A tick (True) or a cross (False) drawn as lines around `centre`, each 4/3 of `r`
    across: the font has no such glyphs."""
    x, y = centre
    if ok:
        size = r * 5 // 9  # theme's tick is 2.4 sizes across, from its start 1.4 up and 1 down
        theme.draw_tick(surface, x - size * 6 // 5, y + size // 5, size, theme.GOOD)
        return
    width = max(2, r // 4)
    pygame.draw.line(surface, theme.BAD, (x - r * 2 // 3, y - r * 2 // 3), (x + r * 2 // 3, y + r * 2 // 3), width)
    pygame.draw.line(surface, theme.BAD, (x - r * 2 // 3, y + r * 2 // 3), (x + r * 2 // 3, y - r * 2 // 3), width)


class QuestionScene(GameScene):
    """Everyone's answers are held here until the question closes (all answered, time up,
    or the presenter reveals it), then counted in player order: in a classroom nobody sees
    who picked what before the reveal, and a presenter's skip leaves no score behind."""

    autoplay_pause = None  # a question closes when its computer players have answered

    def __init__(self, ctx: Context, game: Game) -> None:
        super().__init__(ctx, game)
        self.focus = 0
        self.picked: int | None = None
        self.pending: dict[int, tuple[int, float]] = {}  # player -> (choice, seconds)
        question = game.session.current
        assert question is not None, "a question scene needs a question"
        rules = game.session.rules
        self.limit = rules.question_time  # the presenter's + and - move it
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
        return max(0.0, self.limit - self.elapsed)

    def animating(self) -> bool:
        return self.timed or bool(self.plans)

    def animated_area(self) -> list[pygame.Rect] | None:
        # Only the clock moves while the player thinks (computer players change nothing
        # on screen until the question closes).
        return [self.ctx.frame.rect(0, 70, 1920, 90)]

    def submit(self, player: int, choice: int) -> bool:
        """Hold `player`'s answer; False when they already answered (a second press, a
        held key) — an answer cannot be changed."""
        if player in self.pending or self.game.session.has_answered(player):
            return False
        self.pending[player] = (choice, round(self.elapsed, 3))
        if len(self.pending) == len(self.game.session.players):
            self.close()
        return True

    def close(self) -> None:
        """Count the held answers, no answer for everyone else, and show the reveal."""
        from quiz.ui.scenes.reveal import RevealScene

        session, classroom = self.game.session, self.game.classroom
        if classroom is not None:
            classroom.before = classroom.standings(session)
        self.plans.clear()
        for player, (choice, t) in sorted(self.pending.items()):
            session.answer(player, choice, t)
        session.time_out()
        if classroom is not None:
            classroom.question_closed(session, self.game.pack.id)
        self.ctx.stack.replace(RevealScene(self.ctx, self.game))

    def pick(self, choice: int) -> None:
        human = self.game.human
        if human is None or human in self.pending:
            return
        self.picked = choice
        self.ctx.sounds.play("correct" if choice == self.question.answer else "wrong")
        self.submit(human, choice)

    def handle_event(self, e: pygame.event.Event) -> bool:
        if self.game.classroom is not None:
            return self._classroom_event(e)
        if self.handle_game_keys(e):
            return True
        n = len(self.question.options)
        if e.type == pygame.KEYDOWN:
            if e.key in PICK_KEYS and PICK_KEYS[e.key] < n:
                self.pick(PICK_KEYS[e.key])
                return True
            moves = {pygame.K_LEFT: -1, pygame.K_RIGHT: 1, pygame.K_UP: -2, pygame.K_DOWN: 2}
            if e.key in moves:
                target = self.focus + moves[e.key]
                # True means "redraw": only a real move needs the whole screen.
                if 0 <= target < n and target != self.focus:
                    self.focus = target
                    return True
                return False
            if e.key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE):
                self.pick(self.focus)
                return True
        elif moved(e) or e.type == pygame.MOUSEBUTTONDOWN:
            for i, rect in enumerate(tile_rects(self.ctx.frame, n)):
                if rect.collidepoint(e.pos):
                    changed = i != self.focus
                    self.focus = i
                    if e.type == pygame.MOUSEBUTTONDOWN and e.button == 1:
                        self.pick(i)
                        return True
                    return changed  # the pointer moving within one tile changes nothing
        return False

    def player_pad(self, e: pygame.event.Event) -> bool:
        """A classroom player's gamepad answers with its buttons (A, B, X, Y: options 1 to
        4); its other buttons, D-pad and stick do nothing."""
        return self._seat_answer(e)

    def _seat_answer(self, e: pygame.event.Event) -> bool:
        """Hold a seat's answer when `e` is one of its keys or buttons; True if it was."""
        hit = self.game.classroom.answer_for(e)
        if hit is None:
            return False
        seat, choice = hit
        if choice < len(self.question.options) and self.submit(seat, choice):
            self.ctx.sounds.play("click")
        return True

    def _classroom_event(self, e: pygame.event.Event) -> bool:
        """Seats answer with their own keys; the presenter runs the question."""
        classroom = self.game.classroom
        if self._seat_answer(e):
            return True
        if self.handle_game_keys(e, answering=True):
            return True
        action = classroom.presenter(e, answering=True)
        if action == "reveal":
            self.close()
        elif action == "skip":
            self.skip()
        elif action in ("more", "less") and self.timed:
            self.limit = max(self.elapsed + 1.0, self.limit + (TIME_STEP if action == "more" else -TIME_STEP))
        else:
            return False
        return True

    def skip(self) -> None:
        """Drop this question: nobody's answer to it counts."""
        from quiz.ui.scenes.classroom_board import go_on

        go_on(self.ctx, self.game, self.game.session.skip())

    def update(self, dt: float) -> None:
        before = self.remaining
        super().update(dt)
        due = [(player, plan) for player, plan in self.plans.items() if plan[1] <= self.elapsed]
        for player, (choice, t) in due:
            del self.plans[player]
            self.pending.setdefault(player, (choice, t))
        if due and len(self.pending) == len(self.game.session.players):
            self.close()
            return
        if not self.timed:
            return
        if self.remaining <= 0:
            if self.game.human is not None and self.game.human not in self.pending:
                self.ctx.sounds.play("wrong")
            self.close()
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
        classroom = self.game.classroom
        if classroom is None:
            player = session.players[self.game.shown_player]
            self.draw_text(surface, score_text(ctx, player.score), "button", (1260, 20, 600, 60), theme.ACCENT,
                           align="right")
        elif classroom.code:
            self.draw_text(surface, code_text(ctx, classroom.code), "button", (1260, 20, 600, 60), theme.ACCENT,
                           align="right")
        if self.timed:
            self._draw_timer(surface)
        else:
            self.draw_text(surface, self.gettext("Practice: no clock"), "small", (60, 90, 1800, 44), theme.MUTED)
        theme.draw_panel(surface, frame.rect(60, 160, 1800, 370), frame)
        self.draw_text(surface, q.prompt, "prompt", (100, 180, 1720, 330))
        bottom = 1040 if classroom is None else SEAT_STRIP[1] - 24
        for i, (option, rect) in enumerate(zip(q.options, tile_rects(frame, len(q.options), bottom=bottom))):
            state = "focus" if i == self.focus and self.game.human is not None else "normal"
            if self.picked is not None:
                state = "focus" if i == self.picked else "dim"
            draw_tile(surface, ctx, rect, theme.TILES[i], option, state, keys=None if classroom is None else
                      ctx.tr.number(i + 1))
        if classroom is not None:
            draw_seats(surface, ctx, classroom, SEAT_STRIP,
                       lambda seat: (seat in self.pending or None, ""))

    def _draw_timer(self, surface: pygame.Surface) -> None:
        frame = self.ctx.frame
        fraction = min(1.0, self.remaining / self.limit) if self.limit else 0.0
        track = frame.rect(60, 96, 1640, 30)
        pygame.draw.rect(surface, theme.PANEL, track, border_radius=frame.px(15))
        colour = theme.BAD if self.remaining <= LAST_SECONDS else theme.ACCENT
        bar = pygame.Rect(track.x, track.y, round(track.w * fraction), track.h)
        if bar.w > 0:
            pygame.draw.rect(surface, colour, bar, border_radius=frame.px(15))
        seconds = int(self.remaining + 0.999)
        self.draw_text(surface, self.ctx.tr.number(seconds), "heading", (1720, 76, 140, 70), colour)
