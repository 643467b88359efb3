"""A classroom game's results as CSV files, and finding them again later.

Two files per game in the user data directory: one row per player per question
(`*-answers.csv`) and one per player or team with the final place (`*-summary.csv`). Both
are rewritten atomically after every question, so a game stopped half-way keeps the rows of
the questions it played. `film-quiz results list|show|export` reads them back; a file that
cannot be read is moved aside with a warning.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from quiz import paths
from quiz.core.classroom import Lineup
from quiz.core.session import Session
from quiz.core.storage import atomic_write_bytes, atomic_write_text, read_text, set_aside


FOLDER = "results"
ANSWER_FIELDS = ("player", "team", "question_number", "question_id", "question", "answer", "correct",
                 "response_time", "points")
SUMMARY_FIELDS = ("rank", "player", "score", "correct", "questions")
ANSWERS_SUFFIX, SUMMARY_SUFFIX = "-answers.csv", "-summary.csv"


def results_dir() -> Path:
    return paths.user_data_dir() / FOLDER


def _csv(header: tuple[str, ...], rows: list[tuple]) -> str:
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(header)
    out.writerows(rows)
    return buf.getvalue()


def answer_rows(session: Session, lineup: Lineup) -> list[tuple]:
    """One row per player per question played so far, question by question."""
    rows = []
    team_of = {i: lineup.team_names.get(s.team, "") if lineup.team_mode == "average" else ""
               for i, s in enumerate(lineup.seats)}
    played = min((p.answered for p in session.players), default=0)
    for n in range(played):
        question = session.questions[n]
        for i, player in enumerate(session.players):
            result = player.answers[n]
            answer = "" if result.choice is None else question.options[result.choice]
            rows.append((player.name, team_of[i], n + 1, question.id, question.prompt, answer,
                         int(result.correct), f"{result.t:.3f}", result.points))
    return rows


def summary_rows(session: Session, lineup: Lineup) -> list[tuple]:
    played = min((p.answered for p in session.players), default=0)
    return [(s.rank, s.name, s.score, f"{s.correct:g}", played) for s in lineup.standings(session)]


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-.") or "game"


@dataclass(frozen=True)
class SavedGame:
    """A game's two result files; `id` is their common name stem."""

    id: str
    answers: Path
    summary: Path

    @classmethod
    def new(cls, stamp: str, pack_id: str, code: str = "", folder: Path | None = None) -> SavedGame:
        """The files for a game started at `stamp` (a sortable time, handed in by the caller)."""
        ident = "-".join(_slug(part) for part in (stamp, pack_id, code) if part)
        return cls.at(folder or results_dir(), ident)

    @classmethod
    def at(cls, folder: Path, ident: str) -> SavedGame:
        return cls(ident, folder / f"{ident}{ANSWERS_SUFFIX}", folder / f"{ident}{SUMMARY_SUFFIX}")

    @classmethod
    def from_answers_file(cls, answers: Path) -> SavedGame:
        """The game whose answers are `answers`: its summary sits next to it."""
        stem = answers.name[:-len(ANSWERS_SUFFIX)] if answers.name.endswith(ANSWERS_SUFFIX) else answers.stem
        summary = answers.with_name(f"{stem}{SUMMARY_SUFFIX}")
        return cls(stem, answers, summary)

    def write(self, session: Session, lineup: Lineup) -> None:
        """Save what has been played so far (both files, each atomically)."""
        atomic_write_text(self.answers, _csv(ANSWER_FIELDS, answer_rows(session, lineup)))
        atomic_write_text(self.summary, _csv(SUMMARY_FIELDS, summary_rows(session, lineup)))

    def read(self, which: str = "summary") -> list[dict[str, str]]:
        """The rows of the summary or answers file; [] (and the file moved aside) when it
        cannot be read."""
        path, fields = (self.summary, SUMMARY_FIELDS) if which == "summary" else (self.answers, ANSWER_FIELDS)
        text = read_text(path)
        if text is None:
            return []
        try:
            reader = csv.DictReader(io.StringIO(text))
            if tuple(reader.fieldnames or ()) != fields:
                set_aside(path, "not a Film Quiz results file")
                return []
            return list(reader)
        except csv.Error as e:  # a NUL byte, say: csv refuses the line
            set_aside(path, f"not a Film Quiz results file ({e})")
            return []

    def export(self, target: Path) -> list[Path]:
        """Copy both files into the folder `target` (made if needed); the copies."""
        copies = []
        for path in (self.answers, self.summary):
            if path.exists():
                copy = target / path.name
                atomic_write_bytes(copy, path.read_bytes())
                copies.append(copy)
        return copies


def saved_games(folder: Path | None = None) -> list[SavedGame]:
    """Every saved game, newest first (ids start with the time the game started)."""
    folder = folder or results_dir()
    if not folder.is_dir():
        return []
    return sorted((SavedGame.from_answers_file(p) for p in folder.glob(f"*{ANSWERS_SUFFIX}")),
                  key=lambda g: g.id, reverse=True)


def find_game(ident: str, folder: Path | None = None) -> SavedGame | None:
    """A saved game by its number in `saved_games` (1 = newest), its id, or the start of it."""
    games = saved_games(folder)
    if ident.isdigit() and 1 <= int(ident) <= len(games) and len(ident) < 4:
        return games[int(ident) - 1]
    exact = [g for g in games if g.id == ident]
    prefixed = [g for g in games if g.id.startswith(ident)]
    return (exact or prefixed or [None])[0]
