"""What the classroom screens share: seat colours, the keys and gamepads each seat answers
with, the presenter's keys, and the classroom state a game carries (lineup, quiz code,
results file, hidden scores).

Presenter keys (Space, P, R, S, +, -, H) work alone unless a joined key group uses that key
(P is in U-I-O-P, R in Q-W-E-R, S in A-S-D-F) while a question is open; with Ctrl they
always work.
"""

from __future__ import annotations

import datetime as _dt
import logging
from dataclasses import dataclass, field

import pygame

from quiz.core import history
from quiz.core.classroom import KEY_GROUPS, Lineup, Standing, group
from quiz.core.results import SavedGame
from quiz.core.session import Session
from quiz.i18n import N_, Translator

log = logging.getLogger(__name__)

# (name, colour): a seat's colour, named for teams of the "average" mode.
SEAT_COLOURS: tuple[tuple[str, tuple[int, int, int]], ...] = (
    (N_("Red"), (226, 68, 76)), (N_("Blue"), (66, 133, 244)), (N_("Yellow"), (232, 184, 20)),
    (N_("Green"), (52, 176, 84)), (N_("Purple"), (156, 92, 220)), (N_("Orange"), (240, 124, 36)),
    (N_("Teal"), (24, 170, 170)), (N_("Pink"), (230, 96, 168)),
)
# Groups whose printed label needs words, translated when shown.
GROUP_NAMES = {"arrows": N_("Arrow keys"), "numpad": N_("Keypad 7 8 9 /"),
               "numpad-low": N_("Keypad 1 2 3 Enter")}

PRESENTER_KEYS: dict[int, str] = {
    pygame.K_SPACE: "next", pygame.K_p: "pause", pygame.K_r: "reveal", pygame.K_s: "skip",
    pygame.K_PLUS: "more", pygame.K_EQUALS: "more", pygame.K_KP_PLUS: "more",
    pygame.K_MINUS: "less", pygame.K_KP_MINUS: "less", pygame.K_h: "hide",
}
TIME_STEP = 10.0  # seconds + and - add to or take from the open question


def results_files(pack_id: str, code: str) -> SavedGame:
    """Where a classroom game starting now saves its results: named by the local time
    (sortable), the pack and the quiz code, in the user data folder."""
    return SavedGame.new(_dt.datetime.now().strftime("%Y%m%d-%H%M%S"), pack_id, code)


def seat_colour(colour: int) -> tuple[int, int, int]:
    return SEAT_COLOURS[colour % len(SEAT_COLOURS)][1]


def group_label(tr: Translator, group_id: str) -> str:
    g = group(group_id)
    if g.gamepad:
        return tr.gettext("Gamepad {n}").format(n=tr.number(int(group_id[3:])))
    return tr.gettext(GROUP_NAMES[group_id]) if group_id in GROUP_NAMES else g.label


# Key names that are not their own character. A table rather than pygame.key.key_code,
# which wants the display initialised (screenshots draw without one).
_NAMED_KEYS = {"[1]": pygame.K_KP1, "[2]": pygame.K_KP2, "[3]": pygame.K_KP3, "[7]": pygame.K_KP7,
               "[8]": pygame.K_KP8, "[9]": pygame.K_KP9, "[/]": pygame.K_KP_DIVIDE, "enter": pygame.K_KP_ENTER,
               "left": pygame.K_LEFT, "up": pygame.K_UP, "down": pygame.K_DOWN, "right": pygame.K_RIGHT}


def group_keys(group_id: str) -> tuple[int, ...]:
    """The key codes of a keyboard group, answers 1-4 in order."""
    return tuple(_NAMED_KEYS.get(name) or ord(name) for name in group(group_id).keys)


def group_of_key(key: int) -> str | None:
    """The keyboard group `key` belongs to, if any."""
    for gid in KEY_GROUPS:
        if key in group_keys(gid):
            return gid
    return None


def pad_of(e: pygame.event.Event) -> tuple[int, int | None] | None:
    """(gamepad, button) for a key the app made from a gamepad; the button is None for
    the D-pad and the stick."""
    return getattr(e, "pad", None)


@dataclass
class Classroom:
    """A classroom game's state beyond the session. `pads` maps a gamepad's instance id to
    its seat; `before` holds the standings before the last question, which the leaderboard
    animates from; `saved` is None when nothing is to be written (screenshots)."""

    lineup: Lineup
    code: str
    saved: SavedGame | None = None
    no_repeats: bool = False
    pads: dict[int, int] = field(default_factory=dict)
    hide_scores: bool = False
    before: list[Standing] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.keys: dict[int, tuple[int, int]] = {}
        for seat_index, seat in enumerate(self.lineup.seats):
            if not group(seat.group).gamepad:
                for choice, key in enumerate(group_keys(seat.group)):
                    self.keys[key] = (seat_index, choice)

    def answer_for(self, e: pygame.event.Event) -> tuple[int, int] | None:
        """(seat, option) when `e` is a seat's answer key or gamepad button."""
        if e.type != pygame.KEYDOWN:
            return None
        pad = pad_of(e)
        if pad is not None:
            seat, button = self.pads.get(pad[0]), pad[1]
            if seat is None or button is None or button >= len(group(self.lineup.seats[seat].group).keys):
                return None
            return seat, button
        if getattr(e, "mod", 0) & pygame.KMOD_CTRL:
            return None  # Ctrl + a key is always the presenter's
        return self.keys.get(e.key)

    def presenter(self, e: pygame.event.Event, answering: bool = False) -> str | None:
        """The presenter's action `e` asks for: "next", "pause", "reveal", "skip", "more",
        "less", "hide", or None."""
        if e.type != pygame.KEYDOWN or pad_of(e) is not None:
            return None
        action = PRESENTER_KEYS.get(e.key)
        if action and answering and e.key in self.keys and not e.mod & pygame.KMOD_CTRL:
            return None
        return action

    def question_closed(self, session: Session, pack_id: str) -> None:
        """Save what was played so far, and remember the question for "no repeats". A file
        that cannot be written is logged, never stops the class."""
        question = session.current
        try:
            if self.saved is not None:
                self.saved.write(session, self.lineup)
            if self.no_repeats and question is not None:
                history.record(pack_id, [question.id])
        except OSError as e:
            log.warning("classroom results could not be saved (%s)", e.strerror or e)

    def standings(self, session: Session) -> list[Standing]:
        return self.lineup.standings(session)
