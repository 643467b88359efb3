"""The high-score table: the best games, kept in the user data directory.

A game's date is handed in by the caller (the core never reads the clock). The file is
written atomically; a corrupt one is moved aside and the table starts empty.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from quiz import paths
from quiz.core.storage import atomic_write_json, read_json

TABLE_SIZE = 10
FILE_NAME = "highscores.json"
MAX_NUMBER = 10**9
NAME_LIMIT = 20  # characters: a name still reads at a glance in the table's column


def clean_name(typed: str) -> str:
    """A typed name as the table keeps it: one line, no control characters, spaces
    squeezed, at most NAME_LIMIT characters ("" when nothing is left)."""
    printable = "".join(ch if ch.isprintable() else " " for ch in typed)
    return " ".join(printable.split())[:NAME_LIMIT].strip()


@dataclass(frozen=True)
class HighScore:
    name: str
    score: int
    correct: int
    questions: int
    best_streak: int
    pack: str
    mode: str
    date: str  # ISO date of the game

    @property
    def accuracy(self) -> float:
        return self.correct / self.questions if self.questions else 0.0


def _entry(raw: Any) -> HighScore | None:
    try:
        entry = HighScore(**raw)
    except TypeError:
        return None
    ints = (entry.score, entry.correct, entry.questions, entry.best_streak)
    strs = (entry.name, entry.pack, entry.mode, entry.date)
    # Numbers no game can reach are damage, not a record: 10**30 points made Babel's
    # number formatting raise in the middle of drawing the table.
    if all(isinstance(i, int) and not isinstance(i, bool) and 0 <= i <= MAX_NUMBER for i in ints) \
            and entry.correct <= entry.questions and all(isinstance(s, str) for s in strs):
        return entry
    return None


class HighScores:
    """The best `TABLE_SIZE` games, best first; equal scores keep the earlier game first."""

    def __init__(self, entries: list[HighScore] | None = None, path: Path | None = None) -> None:
        self.entries = sorted(entries or [], key=lambda e: -e.score)[:TABLE_SIZE]
        self.path = path

    @classmethod
    def load(cls, path: Path | None = None) -> HighScores:
        path = path or paths.user_data_dir() / FILE_NAME
        # One bad entry sets the whole file aside (read_json), so what passes is all good.
        raw = read_json(path, list, validate=lambda v: isinstance(v, list)
                        and all(_entry(e) is not None for e in v))
        return cls([_entry(e) for e in raw], path)

    def rank_of(self, score: int) -> int | None:
        """The place (1-based) a game with `score` would take, None if it would not make
        the table."""
        place = sum(1 for e in self.entries if e.score >= score) + 1
        return place if place <= TABLE_SIZE else None

    def add(self, entry: HighScore) -> int | None:
        """Put `entry` in the table; its place (1-based), or None when it did not make it."""
        place = self.rank_of(entry.score)
        if place is not None:
            self.entries.insert(place - 1, entry)
            del self.entries[TABLE_SIZE:]
        return place

    def rename(self, place: int, name: str) -> None:
        """Give the entry at `place` (1-based, as `add` returned it) another name: a game
        enters the table at once, so it is not lost, and takes the player's name when they
        have typed it."""
        self.entries[place - 1] = replace(self.entries[place - 1], name=name)

    def save(self) -> None:
        if self.path is not None:
            atomic_write_json(self.path, [asdict(e) for e in self.entries])
