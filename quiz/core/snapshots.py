"""A pack file as an author editing it sees it, and a watcher that reads it again when it
is saved.

A `Snapshot` is one reading of the file: its questions in every language with lint's
warnings tied to the questions they concern, or the errors that stop it loading, or the
news that the file is not there. The pack browser (quiz.ui.scenes.browse) shows one and
ticks a `PackWatcher` from its `update(dt)`: the watcher adds up the time it is given (the
core never reads the clock) and every POLL_SECONDS compares the file's size, modification
time and inode with what it last read. Nothing here raises for a bad file: a half-written
pack is a snapshot with errors, for now, and the next save is read again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping

from quiz.core.errors import PackProblem, msg
from quiz.core.generators import generate
from quiz.core.lint import lint_report
from quiz.core.models import LOCALES, Pack, Question
from quiz.core.packs import REPORT_IT, read_pack
from quiz.core.yamlsafe import PathLike

POLL_SECONDS = 0.5


@dataclass(frozen=True)
class Stamp:
    """What changes when a file is saved. The inode too: an editor that saves by renaming a
    new file over the old one may keep the size and, on a coarse clock, the time."""

    size: int
    mtime_ns: int
    inode: int


def stamp(path: PathLike) -> Stamp | None:
    """The file's stamp, or None when there is no file to read."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return Stamp(st.st_size, st.st_mtime_ns, st.st_ino)


@dataclass(frozen=True)
class Snapshot:
    """One reading of a pack file. `questions` holds every locale the game has (a locale
    the pack is not written in shows its default-locale texts, as players would see);
    `about` ties warnings to (locale, question id)."""

    path: str
    pack: Pack | None = None
    questions: Mapping[str, tuple[Question, ...]] = field(default_factory=dict)
    errors: tuple[PackProblem, ...] = ()
    warnings: tuple[PackProblem, ...] = ()
    about: Mapping[tuple[str, str], tuple[PackProblem, ...]] = field(default_factory=dict)
    missing: bool = False

    @property
    def state(self) -> str:
        """"missing", "errors" or "ok"."""
        if self.missing:
            return "missing"
        return "errors" if self.pack is None else "ok"

    def kinds(self, locale: str) -> tuple[str, ...]:
        """The kinds of question made in `locale`, in the order of the list."""
        return tuple(dict.fromkeys(q.kind for q in self.questions.get(locale, ())))


def read_snapshot(path: PathLike, seed: int = 0) -> Snapshot:
    """The pack at `path` read, its questions made in every locale and linted, as
    `film-quiz validate` and `preview` do."""
    name = str(path)
    if not Path(path).is_file():
        return Snapshot(name, missing=True)
    pack, problems = read_pack(path)
    if pack is None:
        return Snapshot(name, errors=tuple(p for p in problems if p.severity == "error"))
    try:
        questions = {locale: tuple(generate(pack, locale, seed)) for locale in LOCALES}
        report = lint_report(pack, {locale: questions[locale] for locale in pack.locales})
    except Exception as e:  # noqa: BLE001 - like read_pack: no pack ever crashes the game
        return Snapshot(name, errors=(PackProblem(
            name, 0, 0, msg("the questions of this pack could not be made because of an internal error ({error})",
                            error=repr(e)), REPORT_IT),))
    return Snapshot(name, pack, questions, warnings=(*problems, *report.problems), about=report.about)


class PackWatcher:
    """Keeps `snapshot` up to date with the file at `path`: `tick(dt)` looks at the file
    every `poll` seconds of the time it is given and reads it again when it changed."""

    def __init__(self, path: PathLike, read: Callable[[str], Snapshot] = read_snapshot,
                 poll: float = POLL_SECONDS) -> None:
        self.path = str(path)
        self.poll = poll
        self.reloads = 0
        self._read = read
        self._waited = 0.0
        self._stamp: Stamp | None = None
        self.snapshot = self._load()

    def _load(self) -> Snapshot:
        # The stamp is taken before reading: a save that lands during the read changes the
        # stamp again, so the next look reads the file once more instead of missing it.
        self._stamp = stamp(self.path)
        return self._read(self.path)

    def reload(self) -> Snapshot:
        """Read the file now, changed or not."""
        self.snapshot = self._load()
        self.reloads += 1
        self._waited = 0.0
        return self.snapshot

    def tick(self, dt: float) -> bool:
        """Advance by `dt` seconds; True when the file had changed and was read again."""
        self._waited += dt
        if self._waited < self.poll:
            return False
        self._waited = 0.0
        if stamp(self.path) == self._stamp:
            return False
        self.reload()
        return True
