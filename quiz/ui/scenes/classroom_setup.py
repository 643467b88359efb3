"""Setting up a classroom game, in two screens: the rules (pack, teams, questions, time,
scoring, no repeats, big text, the quiz code), then the players, who join by pressing any
key of their key group (or a gamepad button) and are named with the keyboard — any
language, through SDL's text input.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

import pygame

from quiz.core import history
from quiz.core.classroom import (CODE_ALPHABET, CODE_LENGTH, MAX_SEATS, MIN_SEATS, QUESTION_COUNTS,
                                 QUESTION_TIMES, TEAM_MODES, CodeError, Lineup, QuizSpec, Seat, decode_code,
                                 gamepad_group, seed_for_code)
from quiz.core.highscores import clean_name
from quiz.core.scoring import Rules
from quiz.core.session import ANY_DIFFICULTY, Session
from quiz.core.settings import Settings
from quiz.i18n import N_
from quiz.ui import theme
from quiz.ui.classroom import (SEAT_COLOURS, Classroom, group_label, group_of_key, pad_of, results_files,
                               seat_colour)
from quiz.ui.content import PackEntry
from quiz.ui.scenes.base import Context, MenuScene, Scene
from quiz.ui.scenes.overlays import ConfirmScene
from quiz.ui.scenes.setup import DIFFICULTY_CHOICES, DIFFICULTY_NAMES, step_choice
from quiz.ui.widgets import Item, Menu, TextField

TEAM_MODE_NAMES = {"players": N_("Players"), "together": N_("Teams, one answer each"),
                   "average": N_("Teams, members' average")}
NAME_LIMIT = 18  # a seat chip is narrower than the high-score column (core.highscores: 20)
BIG_TEXT = "projector"


@dataclass
class Options:
    """The teacher's choices on the rules screen."""

    pack: PackEntry
    seed: int
    team_mode: str = "players"
    count: int = 10
    difficulty: str = ANY_DIFFICULTY
    question_time: int = 20
    speed_points: bool = True
    streak_bonus: bool = True
    no_repeats: bool = False

    @property
    def spec(self) -> QuizSpec:
        return QuizSpec(self.pack.id, self.seed, self.count, self.difficulty)

    def rules(self) -> Rules:
        return Rules(question_time=float(self.question_time), timed=True, speed_points=self.speed_points,
                     streak_bonus=self.streak_bonus)

    @classmethod
    def remembered(cls, pack: PackEntry, seed: int, settings: Settings) -> Options:
        """The rules the teacher last set (settings.from_dict has already dropped any value
        this version does not offer)."""
        s = settings
        return cls(pack, seed, team_mode=s.classroom_team_mode, count=s.classroom_count,
                   difficulty=s.classroom_difficulty, question_time=s.classroom_time,
                   speed_points=s.classroom_speed_points, streak_bonus=s.classroom_streak_bonus)

    def remember(self, settings: Settings) -> Settings:
        """`settings` holding these rules, for the next classroom game."""
        return replace(settings, classroom_team_mode=self.team_mode, classroom_count=self.count,
                       classroom_difficulty=self.difficulty, classroom_time=self.question_time,
                       classroom_speed_points=self.speed_points, classroom_streak_bonus=self.streak_bonus)


def _code_characters(typed: str) -> str:
    """What a quiz code field takes of typed text: the code's letters and digits, in capitals."""
    return "".join(ch for ch in typed.upper() if ch in CODE_ALPHABET)


class ClassroomRulesScene(MenuScene):
    """The rules of a classroom game and its quiz code. Typing a code sets the pack, the
    questions and their order to the quiz the code was made for."""

    def __init__(self, ctx: Context, code: str | None = None) -> None:
        super().__init__(ctx)
        self.options = Options.remembered(ctx.library.packs[0], seed_for_code(ctx.new_seed()), ctx.settings)
        self.code_field: TextField | None = None  # the code being typed, None when not typing
        self.notice, self.notice_ok = "", True
        o = self.options
        self.menu = Menu([
            Item("pack", N_("Pack"), value=lambda: o.pack.title.get(self.ctx.tr.locale)),
            Item("team_mode", N_("Play as"), value=lambda: self.gettext(TEAM_MODE_NAMES[o.team_mode])),
            Item("count", N_("Questions"), value=lambda: self.ctx.tr.number(o.count)),
            Item("difficulty", N_("Difficulty"), value=lambda: self.gettext(DIFFICULTY_NAMES[o.difficulty])),
            Item("time", N_("Time per question"), value=lambda: self.ctx.tr.counted(
                "{n} second", "{n} seconds", o.question_time)),
            Item("speed_points", N_("Speed points"), value=lambda: self.on_off(o.speed_points)),
            Item("streak_bonus", N_("Streak bonus"), value=lambda: self.on_off(o.streak_bonus)),
            Item("no_repeats", N_("No repeats"), value=lambda: self.on_off(o.no_repeats)),
            Item("big_text", N_("Big text"), value=lambda: self.on_off(self.ctx.settings.text_size == BIG_TEXT)),
            Item("code", N_("Enter a quiz code")),
            Item("new_seed", N_("New questions")),
            Item("forget", N_("Forget questions asked")),
            Item("next", N_("Next: players")),
            Item("back", N_("Back")),
        ], 100, 130, 1020, 56, 7)
        self.menu.focus = 12
        self.asked = 0  # questions of the pack asked before, when no repeats is on
        if code is not None:
            self.apply_code(code)

    def _count_asked(self) -> None:
        # Read here, not in draw: reading may move a corrupt history file aside.
        o = self.options
        self.asked = len(history.asked(o.pack.id)) if o.no_repeats else 0

    def apply_code(self, code: str) -> bool:
        """Take the pack, seed, count and difficulty `code` stands for; False (and a notice)
        when it cannot be read."""
        library = self.ctx.library
        try:
            spec = decode_code(code, [p.id for p in library.packs])
        except CodeError:
            self.notice, self.notice_ok = N_("That quiz code is not for any pack here. Check it and type it again."), False
            return False
        o = self.options
        o.pack, o.seed, o.count, o.difficulty = library.find(spec.pack_id), spec.seed, spec.count, spec.difficulty
        o.no_repeats = False  # the code must give the same questions everywhere
        self.notice, self.notice_ok = N_("Quiz code taken: same questions, same order."), True
        self._remember()
        return True

    def _remember(self) -> None:
        """Keep the rules in the settings as they change (as the solo setup does), so the
        next classroom game, even after a restart, starts from them."""
        remembered = self.options.remember(self.ctx.settings)
        if remembered != self.ctx.settings:
            self.ctx.apply_settings(remembered)

    @property
    def typing(self) -> str | None:
        """The code typed so far, None when no code is being typed."""
        return None if self.code_field is None else self.code_field.text

    def handle_event(self, e: pygame.event.Event) -> bool:
        field = self.code_field
        if field is None:
            return super().handle_event(e)
        outcome = field.handle_event(e)
        if outcome == "submit":
            if self.apply_code(field.text):
                self.code_field = None
        elif outcome == "cancel":
            self.notice = ""
            self.code_field = None
        return outcome is not None or e.type == pygame.KEYDOWN  # while typing, keys belong to the code

    def wants_text(self) -> bool:
        return self.code_field is not None

    def on_action(self, action: str, step: int) -> None:
        o, ctx = self.options, self.ctx
        self.notice = ""
        if action == "pack":
            packs = tuple(p.id for p in ctx.library.packs)
            o.pack = ctx.library.find(step_choice(packs, o.pack.id, step))
        elif action == "team_mode":
            o.team_mode = step_choice(TEAM_MODES, o.team_mode, step)
        elif action == "count":
            o.count = step_choice(QUESTION_COUNTS, o.count, step)
        elif action == "difficulty":
            o.difficulty = step_choice(DIFFICULTY_CHOICES, o.difficulty, step)
        elif action == "time":
            o.question_time = step_choice(QUESTION_TIMES, o.question_time, step)
        elif action in ("speed_points", "streak_bonus", "no_repeats"):
            setattr(o, action, not getattr(o, action))
        elif action == "big_text":
            big = ctx.settings.text_size == BIG_TEXT
            ctx.apply_settings(replace(ctx.settings, text_size="normal" if big else BIG_TEXT))
        elif action == "code":
            self.code_field = TextField(limit=CODE_LENGTH, accept=_code_characters)
        elif action == "new_seed":
            o.seed = seed_for_code(ctx.new_seed())
        elif action == "forget":
            ctx.stack.push(ConfirmScene(ctx, N_("Forget which questions this pack has asked?"), self._forget))
        elif action == "next":
            ctx.stack.push(ClassroomPlayersScene(ctx, o))
        elif action == "back":
            self.back()
        self._count_asked()
        self._remember()

    def _forget(self) -> None:
        history.reset(self.options.pack.id)
        self._count_asked()
        self.notice, self.notice_ok = N_("Every question of this pack can come up again."), True

    def draw(self, surface: pygame.Surface) -> None:
        theme.draw_background(surface)
        ctx, tr, o = self.ctx, self.ctx.tr, self.options
        self.draw_text(surface, self.gettext("Classroom"), "heading", (100, 20, 1020, 100), align="left")
        self.menu.draw(surface, ctx)
        theme.draw_panel(surface, ctx.frame.rect(1180, 130, 640, 850), ctx.frame)
        self.draw_text(surface, self.gettext("Quiz code"), "heading", (1220, 150, 560, 90))
        asked = self.asked
        if self.typing is not None:
            shown, colour = (self.typing + "_" * (CODE_LENGTH - len(self.typing))), theme.TEXT
            hint = self.gettext("Type the code, then Enter (Esc: cancel)")
        elif asked:
            shown, colour = "—", theme.MUTED
            hint = self.gettext("No repeats: questions asked before are left out, so there is no code.")
        else:
            shown, colour = o.spec.code, theme.ACCENT
            hint = self.gettext("Read it out: the same code gives the same questions in the same order.")
        self.draw_text(surface, f"{shown[:3]} {shown[3:]}", "big", (1220, 250, 560, 170), colour)
        self.draw_text(surface, hint, "body", (1220, 440, 560, 200), theme.MUTED, valign="top")
        if asked:
            line = tr.counted("{n} question asked before", "{n} questions asked before", asked)
            self.draw_text(surface, line, "body", (1220, 660, 560, 70), theme.TEXT)
        if self.notice:
            self.draw_text(surface, self.gettext(self.notice), "body", (1220, 750, 560, 210),
                           theme.GOOD if self.notice_ok else theme.BAD, valign="top")


class ClassroomPlayersScene(Scene):
    """Players (or teams) join by pressing a key of their group; Tab names them; Enter
    starts. While a name is edited the keyboard types (Up/Down: colour, Delete: leave)."""

    START = (1300, 970, 560, 90)
    BACK = (60, 970, 420, 90)

    def __init__(self, ctx: Context, options: Options) -> None:
        super().__init__(ctx)
        self.options = options
        self.seats: list[Seat] = []  # an empty name shows the default "Player 2" / "Team 2"
        self.pads: dict[int, str] = {}  # gamepad instance id -> its group
        self.editing: int | None = None  # the seat whose name `field` edits
        self.field = TextField(limit=NAME_LIMIT)
        self.notice = ""

    # seats -------------------------------------------------------------------------
    def default_name(self, index: int) -> str:
        template = N_("Team {n}") if self.options.team_mode == "together" else N_("Player {n}")
        return self.gettext(template).format(n=self.ctx.tr.number(index + 1))

    def name_of(self, index: int) -> str:
        # Cleaned as a high-score name is: three spaces are no name.
        return clean_name(self.seats[index].name) or self.default_name(index)

    def team_name(self, colour: int) -> str:
        return self.gettext("{colour} team").format(colour=self.gettext(SEAT_COLOURS[colour][0]))

    def join(self, group_id: str) -> bool:
        if any(s.group == group_id for s in self.seats):
            return False
        if len(self.seats) >= MAX_SEATS:
            self.notice = N_("Eight players is the most.")
            return False
        if self.options.team_mode == "average":
            colour = len(self.seats) % 2  # members alternate between two teams to begin with
        else:
            used = {s.colour for s in self.seats}
            colour = next(c for c in range(len(SEAT_COLOURS)) if c not in used)
        self.seats.append(Seat("", colour, group_id, colour))
        self.ctx.sounds.play("click")
        self.notice = ""
        return True

    def recolour(self, index: int, step: int) -> None:
        seat = self.seats[index]
        used = {s.colour for i, s in enumerate(self.seats) if i != index}
        colour = seat.colour
        for _ in range(len(SEAT_COLOURS)):
            colour = (colour + step) % len(SEAT_COLOURS)
            if self.options.team_mode == "average" or colour not in used:
                break
        self.seats[index] = replace(seat, colour=colour, team=colour)

    def edit(self, index: int | None) -> None:
        """Start editing seat `index`'s name (None: stop)."""
        self.editing = index
        if index is not None:
            self.field = TextField(self.seats[index].name, NAME_LIMIT)

    def wants_text(self) -> bool:
        return self.editing is not None

    # input -------------------------------------------------------------------------
    def pads_are_players(self) -> bool:
        return True

    def player_pad(self, e: pygame.event.Event) -> bool:
        """A button of a gamepad not yet in joins it, even while a name is being typed.
        Nothing else a gamepad does acts here: it never starts, leaves or edits."""
        pad, button = pad_of(e)
        if pad in self.pads or button is None:
            return False
        taken = set(self.pads.values())
        gid = next(g.id for g in map(gamepad_group, itertools.count(1)) if g.id not in taken)
        if self.join(gid):
            self.pads[pad] = gid
        return True

    def handle_event(self, e: pygame.event.Event) -> bool:
        if self.editing is not None:
            return self._edit_event(e)
        if e.type == pygame.KEYDOWN:
            if e.key in (pygame.K_RETURN, pygame.K_F5):
                self.start()
            elif e.key in (pygame.K_ESCAPE, pygame.K_BACKSPACE):
                self.ctx.stack.pop()
            elif e.key == pygame.K_TAB and self.seats:
                self.edit(0)
            else:
                gid = group_of_key(e.key)
                if gid is None:
                    return False
                self.join(gid)
            return True
        if e.type == pygame.MOUSEBUTTONDOWN and e.button == 1:
            frame = self.ctx.frame
            if frame.rect(*self.START).collidepoint(e.pos):
                self.start()
            elif frame.rect(*self.BACK).collidepoint(e.pos):
                self.ctx.stack.pop()
            else:
                hit = next((i for i in range(len(self.seats)) if frame.rect(*self.seat_box(i)).collidepoint(e.pos)),
                           None)
                if hit is None:
                    return False
                self.edit(hit)
            return True
        return False

    def _edit_event(self, e: pygame.event.Event) -> bool:
        i = self.editing
        seat = self.seats[i]
        outcome = self.field.handle_event(e)
        if outcome == "edit":
            self.seats[i] = replace(seat, name=self.field.text)
        elif outcome is not None:  # submit or cancel: the name is kept as typed either way
            self.editing = None
        elif e.type == pygame.KEYDOWN:
            if e.key == pygame.K_TAB:
                self.edit((i + 1) % len(self.seats))
            elif e.key in (pygame.K_UP, pygame.K_DOWN):
                self.recolour(i, 1 if e.key == pygame.K_DOWN else -1)
            elif e.key == pygame.K_DELETE:
                del self.seats[i]
                self.pads = {pad: gid for pad, gid in self.pads.items() if gid != seat.group}
                self.editing = None
        elif e.type == pygame.MOUSEBUTTONDOWN:
            self.editing = None
        else:
            return False
        return True  # while a name is edited, keys type; they do not join anyone

    def start(self) -> None:
        from quiz.ui.scenes.question import Game, QuestionScene

        ctx, o = self.ctx, self.options
        if len(self.seats) < MIN_SEATS:
            self.notice = N_("At least two players, please: press a key of your group to join.")
            return
        seats = tuple(replace(s, name=self.name_of(i)) for i, s in enumerate(self.seats))
        team_names = {s.team: self.team_name(s.colour) for s in seats}
        lineup = Lineup(seats, o.team_mode, team_names)
        asked = history.asked(o.pack.id) if o.no_repeats else frozenset()
        questions = o.spec.questions(o.pack.questions(ctx.tr.locale), asked)
        if not questions:
            self.notice = (N_("Every question here was asked before: forget them on the rules screen.") if asked
                           else N_("This pack has no questions of that difficulty."))
            return
        code = "" if asked else o.spec.code
        saved = results_files(o.pack.id, code) if ctx.persist else None
        pads = {pad: next(i for i, s in enumerate(seats) if s.group == gid) for pad, gid in self.pads.items()}
        classroom = Classroom(lineup, code, saved, o.no_repeats, pads)
        session = Session(questions, lineup.names, o.rules())
        ctx.stack.push(QuestionScene(ctx, Game(session, o.pack, "classroom", classroom=classroom)))

    # drawing -----------------------------------------------------------------------
    def seat_box(self, index: int) -> tuple[float, float, float, float]:
        return (60 + (index % 2) * 920, 250 + (index // 2) * 165, 880, 150)

    def draw(self, surface: pygame.Surface) -> None:
        theme.draw_background(surface)
        ctx, frame = self.ctx, self.ctx.frame
        heading = N_("Teams") if self.options.team_mode == "together" else N_("Players")
        self.draw_text(surface, self.gettext(heading), "heading", (60, 20, 900, 100), align="left")
        count = ctx.tr.counted("{n} joined", "{n} joined", len(self.seats))
        self.draw_text(surface, count, "body", (980, 20, 880, 100), theme.MUTED, align="right")
        self.draw_text(surface, self.gettext("Press any key of your group to join (1 2 3 4, Q W E R, A S D F, "
                                             "Z X C V, U I O P, arrows, keypad) or a gamepad button"),
                       "body", (60, 125, 1800, 110), theme.ACCENT)
        for i, seat in enumerate(self.seats):
            x, y, w, h = self.seat_box(i)
            colour = seat_colour(seat.colour)
            editing = i == self.editing
            theme.draw_panel(surface, frame.rect(x, y, w, h), frame,
                             theme.BUTTON_FOCUS if editing else theme.PANEL, theme.TEXT if editing else colour)
            pygame.draw.rect(surface, colour, frame.rect(x, y, 28, h), border_radius=frame.px(8))
            name = self.field.shown if editing else self.name_of(i)
            self.draw_text(surface, name, "heading", (x + 50, y + 8, w - 70, 80), align="left")
            detail = group_label(ctx.tr, seat.group)
            if self.options.team_mode == "average":
                detail = f"{detail} · {self.team_name(seat.colour)}"
            self.draw_text(surface, detail, "body", (x + 50, y + 90, w - 70, 52), theme.MUTED, align="left")
        if self.editing is not None:
            hint = self.gettext("Type a name · Up/Down: colour · Tab: next · Delete: leave · Enter: done")
        else:
            hint = self.gettext("Tab or a click: edit names and colours · Enter: start · Esc: back")
        self.draw_text(surface, self.gettext(self.notice) if self.notice else hint, "small", (60, 905, 1800, 55),
                       theme.BAD if self.notice else theme.MUTED)
        for box, label, colour in ((self.BACK, N_("Back"), theme.BUTTON), (self.START, N_("Start"), theme.GOOD)):
            theme.draw_panel(surface, frame.rect(*box), frame, colour)
            self.draw_text(surface, self.gettext(label), "button", box)
