"""Classroom play: 2-8 players or teams answering the same question on one screen.

Each seat (a player, or a team) answers with its own key group or gamepad. Key groups are
data here — key names as pygame's `key.name` spells them — so the core stays free of pygame
and the UI maps names to key codes. A team either answers together with one key group, or
its members answer alone and the team scores their average.

A quiz code of six characters, easy to read aloud, encodes the pack, the seed and the
settings that choose the questions, so a teacher can run the same quiz in two classes.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from quiz.core.models import Question
from quiz.core.session import ANY_DIFFICULTY, Session, select_questions

MIN_SEATS, MAX_SEATS = 2, 8
ANSWER_KEYS = 4  # every key group has four keys, so classroom questions have 2-4 options
TEAM_MODES = ("players", "together", "average")
QUESTION_TIMES: tuple[int, ...] = (5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240)
QUESTION_COUNTS: tuple[int, ...] = (5, 10, 15, 20, 25, 30, 40, 50)
COLOURS = 8  # seat colours; the UI holds the palette


@dataclass(frozen=True)
class KeyGroup:
    """Four keys (or gamepad buttons) answering options 1-4. `keys` are pygame key names
    for a keyboard group, button numbers for a gamepad; `label` is shown on screen."""

    id: str
    keys: tuple[str, ...]
    label: str
    gamepad: bool = False


KEY_GROUPS: dict[str, KeyGroup] = {g.id: g for g in (
    KeyGroup("digits", ("1", "2", "3", "4"), "1 2 3 4"),
    KeyGroup("qwer", ("q", "w", "e", "r"), "Q W E R"),
    KeyGroup("asdf", ("a", "s", "d", "f"), "A S D F"),
    KeyGroup("zxcv", ("z", "x", "c", "v"), "Z X C V"),
    KeyGroup("uiop", ("u", "i", "o", "p"), "U I O P"),
    KeyGroup("numpad", ("[7]", "[8]", "[9]", "[/]"), "Num 7 8 9 /"),
    KeyGroup("numpad-low", ("[1]", "[2]", "[3]", "enter"), "Num 1 2 3 Enter"),
    KeyGroup("arrows", ("left", "up", "down", "right"), "← ↑ ↓ →"),
)}
# SDL's usual layout: A, B, X, Y.
PAD_BUTTONS: tuple[str, ...] = ("0", "1", "2", "3")


def gamepad_group(n: int) -> KeyGroup:
    """The group for the `n`-th gamepad (1-based) to join."""
    return KeyGroup(f"pad{n}", PAD_BUTTONS, f"Gamepad {n}", gamepad=True)


def group(group_id: str) -> KeyGroup:
    if group_id in KEY_GROUPS:
        return KEY_GROUPS[group_id]
    if group_id.startswith("pad") and group_id[3:].isdigit():
        return gamepad_group(int(group_id[3:]))
    raise KeyError(group_id)


def playable(question: Question) -> bool:
    """A question every key group can answer."""
    return len(question.options) <= ANSWER_KEYS


@dataclass(frozen=True)
class Seat:
    """A player (or a team answering together) at the screen. `team` groups members in
    the "average" team mode."""

    name: str
    colour: int
    group: str
    team: int = 0


@dataclass(frozen=True)
class Standing:
    """A line of the leaderboard: a player, or a team in the "average" mode. Equal scores
    share a rank (1, 2, 2, 4)."""

    rank: int
    name: str
    score: int
    correct: float
    colour: int
    seats: tuple[int, ...]


@dataclass(frozen=True)
class Lineup:
    """Who plays: the seats in join order (session player i is seat i) and the team mode.
    `team_names` names the teams of the "average" mode by team number."""

    seats: tuple[Seat, ...]
    team_mode: str = "players"
    team_names: Mapping[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.team_mode not in TEAM_MODES:
            raise ValueError(f"unknown team mode {self.team_mode!r}")

    @property
    def names(self) -> list[str]:
        return [seat.name for seat in self.seats]

    def standings(self, session: Session) -> list[Standing]:
        """Best first. In the "average" mode a team scores its members' average."""
        if self.team_mode != "average":
            entries = [(s.name, p.score, float(p.correct), s.colour, (i,))
                       for i, (s, p) in enumerate(zip(self.seats, session.players))]
        else:
            teams: dict[int, list[int]] = {}
            for i, seat in enumerate(self.seats):
                teams.setdefault(seat.team, []).append(i)
            entries = []
            for team, members in teams.items():
                scores = [session.players[i].score for i in members]
                correct = [session.players[i].correct for i in members]
                name = self.team_names.get(team) or self.seats[members[0]].name
                entries.append((name, round(sum(scores) / len(scores)), round(sum(correct) / len(correct), 1),
                                self.seats[members[0]].colour, tuple(members)))
        entries.sort(key=lambda e: (-e[1], -e[2], e[0]))
        out: list[Standing] = []
        for i, (name, score, correct, colour, seats) in enumerate(entries):
            rank = out[-1].rank if out and out[-1].score == score else i + 1
            out.append(Standing(rank, name, score, correct, colour, seats))
        return out


# Quiz codes -----------------------------------------------------------------------------

# 32 symbols with no 0/O or 1/I to mix up when read aloud: 6 of them hold 30 bits.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
SEED_BITS = 14
MAX_COUNT = 64
CODE_DIFFICULTIES = (ANY_DIFFICULTY, "easy", "medium", "hard")
_BITS = 30
# An odd multiplier scrambles the bits (a bijection modulo 2**30), so seeds 1 and 2 give
# codes that do not differ in one letter only.
_SCRAMBLE = 0x2F1A_3B5
_UNSCRAMBLE = pow(_SCRAMBLE, -1, 1 << _BITS)


class CodeError(ValueError):
    """A quiz code that cannot be read, or names no pack that is here."""


@dataclass(frozen=True)
class QuizSpec:
    """What chooses a classroom quiz's questions: same spec, same questions, same order."""

    pack_id: str
    seed: int
    count: int
    difficulty: str = ANY_DIFFICULTY

    def __post_init__(self) -> None:
        if not 0 <= self.seed < 1 << SEED_BITS:
            raise ValueError(f"seed {self.seed} is outside 0-{(1 << SEED_BITS) - 1}")
        if not 1 <= self.count <= MAX_COUNT:
            raise ValueError(f"question count {self.count} is outside 1-{MAX_COUNT}")
        if self.difficulty not in CODE_DIFFICULTIES:
            raise ValueError(f"unknown difficulty {self.difficulty!r}")

    @property
    def code(self) -> str:
        value = (_pack_hash(self.pack_id) << 22 | CODE_DIFFICULTIES.index(self.difficulty) << 20
                 | (self.count - 1) << SEED_BITS | self.seed)
        value = value * _SCRAMBLE % (1 << _BITS)
        return "".join(CODE_ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(CODE_LENGTH)))

    def questions(self, pool: Iterable[Question], asked: frozenset[str] = frozenset()) -> list[Question]:
        """The quiz's questions from the pack's `pool`, leaving out the ids in `asked`
        (no repeats; the code then reproduces the quiz only where nothing was left out)."""
        usable = [q for q in pool if playable(q) and q.id not in asked]
        return select_questions(usable, self.count, self.difficulty, random.Random(self.seed))


def seed_for_code(seed: int) -> int:
    """Any seed folded into the range a quiz code holds."""
    return seed % (1 << SEED_BITS)


def _pack_hash(pack_id: str) -> int:
    return zlib.crc32(pack_id.encode("utf-8")) & 0xFF


def normalise_code(text: str) -> str:
    """A code as typed or read aloud: any case, with spaces or dashes."""
    return "".join(ch for ch in text.upper() if ch not in " -")


def decode_code(text: str, pack_ids: Sequence[str]) -> QuizSpec:
    """The spec a code stands for; `pack_ids` are the packs that could be meant."""
    code = normalise_code(text)
    if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
        raise CodeError(f"a quiz code is {CODE_LENGTH} letters and digits from {CODE_ALPHABET}")
    value = 0
    for ch in code:
        value = value << 5 | CODE_ALPHABET.index(ch)
    value = value * _UNSCRAMBLE % (1 << _BITS)
    wanted = value >> 22
    pack = next((p for p in pack_ids if _pack_hash(p) == wanted), None)
    if pack is None:
        raise CodeError("no pack here matches this quiz code")
    return QuizSpec(pack, value & ((1 << SEED_BITS) - 1), (value >> SEED_BITS & 0x3F) + 1,
                    CODE_DIFFICULTIES[value >> 20 & 0b11])
