"""The packs a player can choose, with their questions generated per locale on demand."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from quiz.core.errors import PackProblem
from quiz.core.models import Pack, Question, Text


@dataclass
class PackEntry:
    """One playable pack. `make(locale)` gives all its questions in that locale; `path` is
    its file (empty for a pack made in memory), for the pack browser."""

    id: str
    title: Text
    description: Text
    make: Callable[[str], list[Question]]
    path: str = ""
    _cache: dict[str, list[Question]] = field(default_factory=dict, repr=False)

    def questions(self, locale: str) -> list[Question]:
        if locale not in self._cache:
            self._cache[locale] = self.make(locale)
        return self._cache[locale]


@dataclass(frozen=True)
class BrokenPack:
    """A pack file that cannot be played, listed so the teacher sees it and why."""

    file: str
    error: PackProblem  # the first error; the packs screen says it in the player's language

    @property
    def problem(self) -> str:
        """The error in English, as `film-quiz validate` prints it."""
        return str(self.error)


@dataclass
class Library:
    packs: list[PackEntry]
    problems: list[PackProblem] = field(default_factory=list)  # the errors of packs left out
    broken: list[BrokenPack] = field(default_factory=list)

    def find(self, pack_id: str) -> PackEntry | None:
        return next((p for p in self.packs if p.id == pack_id), None)

    def refresh(self, pack: Pack) -> None:
        """Take the pack read again from its file (edited in the pack browser) in place of
        the entry from the same file, so the next game plays what the author sees."""
        for i, entry in enumerate(self.packs):
            if entry.path and entry.path == pack.path:
                self.packs[i] = entry_for(pack)


def entry_for(pack: Pack) -> PackEntry:
    """A library entry generating `pack`'s questions per locale when first asked."""
    from quiz.core.generators import generate

    return PackEntry(pack.id, pack.title, pack.description, lambda locale: generate(pack, locale), pack.path)


def load_library(pack_path: str | None = None) -> Library:
    """The bundled packs (or the one at `pack_path`), each generating its questions per
    locale when first asked. A pack that cannot be loaded is left out and its errors are
    reported; one bad pack never stops the game."""
    from quiz.core.packs import bundled_packs, load_packs

    packs, problems = load_packs([pack_path]) if pack_path else bundled_packs()
    errors = [problem for problem in problems if problem.severity == "error"]
    broken: dict[str, BrokenPack] = {}
    for problem in errors:
        broken.setdefault(problem.file, BrokenPack(problem.file, problem))
    return Library([entry_for(p) for p in packs], errors, list(broken.values()))
