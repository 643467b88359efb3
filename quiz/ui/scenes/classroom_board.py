"""A classroom's standings: the leaderboard between questions, its rows sliding from the
old places to the new ones, and the final podium with the top three and every place.

Space (or Enter) goes on; H hides the scores (the order still shows); P pauses.
"""

from __future__ import annotations

import pygame

from quiz.core.classroom import Standing
from quiz.ui import theme
from quiz.ui.classroom import seat_colour
from quiz.ui.scenes.base import Context, GameScene
from quiz.ui.scenes.question import Game, score_text

MOVE_SECONDS = 1.2  # how long the rows take to reach their new places
ROW_TOP, ROW_BOTTOM = 170, 960


def go_on(ctx: Context, game: Game, more: bool) -> None:
    """After a question (or a skipped one): the next question, or the podium at the end."""
    from quiz.ui.scenes.question import QuestionScene

    ctx.stack.replace(QuestionScene(ctx, game) if more else PodiumScene(ctx, game))


def _ease(t: float) -> float:
    t = min(max(t, 0.0), 1.0)
    return 1 - (1 - t) ** 3


def colour_of(standing: Standing) -> tuple[int, int, int]:
    return seat_colour(standing.colour)


class BoardScene(GameScene):
    """What the leaderboard and the podium share: the standings, and Space or Enter to go
    on."""

    def __init__(self, ctx: Context, game: Game) -> None:
        super().__init__(ctx, game)
        assert game.classroom is not None, "a board needs a classroom game"
        self.classroom = game.classroom
        self.standings = self.classroom.standings(game.session)

    def handle_event(self, e: pygame.event.Event) -> bool:
        if self.handle_game_keys(e):
            return True
        if self.classroom.presenter(e) == "next" or (
                e.type == pygame.KEYDOWN and e.key in (pygame.K_RETURN, pygame.K_KP_ENTER)):
            self.advance()
            return True
        return False

    def score(self, standing: Standing) -> str:
        return "" if self.classroom.hide_scores else score_text(self.ctx, standing.score)


class LeaderboardScene(BoardScene):
    """The standings after a question; each row slides from its place before it."""

    def __init__(self, ctx: Context, game: Game) -> None:
        super().__init__(ctx, game)
        old = {s.seats: i for i, s in enumerate(self.classroom.before)}
        self.old_place = [old.get(s.seats, i) for i, s in enumerate(self.standings)]

    def animating(self) -> bool:
        return self.elapsed < MOVE_SECONDS or super().animating()

    def advance(self) -> None:
        go_on(self.ctx, self.game, self.game.session.next())

    def row_y(self, index: int) -> float:
        """Where row `index` (its new place) is drawn now, on the design canvas."""
        step = (ROW_BOTTOM - ROW_TOP) / max(len(self.standings), 4)
        t = _ease(self.elapsed / MOVE_SECONDS)
        return ROW_TOP + step * (self.old_place[index] + (index - self.old_place[index]) * t)

    def draw(self, surface: pygame.Surface) -> None:
        theme.draw_background(surface)
        ctx, frame, tr = self.ctx, self.ctx.frame, self.ctx.tr
        session = self.game.session
        heading = self.gettext("After question {n} of {total}").format(
            n=tr.number(session.index + 1), total=tr.number(len(session.questions)))
        self.draw_text(surface, heading, "heading", (60, 30, 1320, 110), align="left")
        self.draw_text(surface, self.gettext("Space: next"), "body", (1400, 30, 460, 110), theme.MUTED, align="right")
        step = (ROW_BOTTOM - ROW_TOP) / max(len(self.standings), 4)
        h = step - 14
        # Rows moving up are drawn last, so a climber passes over the others.
        order = sorted(range(len(self.standings)), key=lambda i: self.old_place[i] - i)
        for i in order:
            standing = self.standings[i]
            y = self.row_y(i)
            rect = frame.rect(160, y, 1600, h)
            theme.draw_panel(surface, rect, frame, theme.PANEL, colour_of(standing))
            pygame.draw.rect(surface, colour_of(standing), frame.rect(160, y, 24, h), border_radius=frame.px(8))
            self.draw_text(surface, tr.number(standing.rank), "heading", (40, y, 110, h), theme.ACCENT)
            self.draw_text(surface, standing.name, "button", (210, y + 6, 900, h - 12), align="left")
            moved = self.old_place[i] - i
            if moved and self.elapsed >= MOVE_SECONDS:
                colour = theme.GOOD if moved > 0 else theme.BAD
                centre = frame.rect(1160, y + h / 2, 0, 0).topleft
                r = frame.px(min(h / 3, 26))
                if moved > 0:
                    theme.draw_shape(surface, "triangle", centre, r, colour)
                else:
                    pygame.draw.polygon(surface, colour, _down_triangle(centre, r))
                self.draw_text(surface, tr.number(abs(moved)), "body", (1190, y + 6, 100, h - 12), colour,
                               align="left")
            self.draw_text(surface, self.score(standing), "button", (1300, y + 6, 430, h - 12), theme.ACCENT,
                           align="right")
        if self.classroom.code:
            from quiz.ui.scenes.question import code_text

            self.draw_text(surface, code_text(ctx, self.classroom.code), "small", (60, 990, 1800, 60), theme.MUTED)


def _down_triangle(centre: tuple[int, int], r: int) -> list[tuple[float, float]]:
    cx, cy = centre
    return [(cx, cy + r), (cx + r * 0.95, cy - r * 0.75), (cx - r * 0.95, cy - r * 0.75)]


# The podium's blocks: (place, x, height) on the design canvas; first in the middle.
PODIUM = ((2, 260, 230), (1, 760, 330), (3, 1260, 170))
PODIUM_BASE = 640


class PodiumScene(BoardScene):
    """The end of a classroom game: the top three on the podium, every place listed, and
    where the results were saved."""

    autoplay_pause = None  # the podium is where a game ends: autoplay leaves it on screen

    def __init__(self, ctx: Context, game: Game) -> None:
        super().__init__(ctx, game)
        ctx.sounds.play("fanfare")

    def advance(self) -> None:
        from quiz.ui.scenes.title import TitleScene

        self.ctx.stack.pop_to(TitleScene)

    def draw(self, surface: pygame.Surface) -> None:
        theme.draw_background(surface)
        frame, tr = self.ctx.frame, self.ctx.tr
        self.draw_text(surface, self.gettext("Final standings"), "heading", (60, 20, 1800, 100), theme.ACCENT)
        by_place = {1: [], 2: [], 3: []}
        for s in self.standings:
            if s.rank in by_place:
                by_place[s.rank].append(s)
        for place, x, height in PODIUM:
            top = PODIUM_BASE - height
            winners = by_place[place]
            colour = colour_of(winners[0]) if winners else theme.PANEL
            theme.draw_panel(surface, frame.rect(x, top, 400, height), frame, colour)
            self.draw_text(surface, tr.number(place), "title", (x, top, 400, height), theme.TEXT)
            if winners:
                names = ", ".join(w.name for w in winners)
                self.draw_text(surface, names, "heading", (x - 40, top - 170, 480, 100), align="center",
                               valign="bottom")
                self.draw_text(surface, self.score(winners[0]), "body", (x - 40, top - 66, 480, 56), theme.ACCENT)
        # Everyone's place, in up to two columns below the podium.
        rest = self.standings
        per_column = 4
        for i, s in enumerate(rest[:2 * per_column]):
            x, y = 160 + (i // per_column) * 820, 670 + (i % per_column) * 64
            line = f"{tr.number(s.rank)}. {s.name}"
            self.draw_text(surface, line, "body", (x, y, 520, 60), colour_of(s), align="left")
            self.draw_text(surface, self.score(s), "body", (x + 520, y, 260, 60), align="right")
        saved = self.classroom.saved
        if saved is not None:
            where = self.gettext("Results saved: {path}").format(path=str(saved.summary.parent))
            self.draw_text(surface, where, "small", (60, 940, 1800, 50), theme.MUTED)
        self.draw_text(surface, self.gettext("Enter: main menu"), "small", (60, 1000, 1800, 50), theme.MUTED)
