"""What `film-quiz preview` and `film-quiz stats` print, for pack authors checking their
work: the questions a pack makes (as text or JSON) and how many of each kind, difficulty and
locale, with the texts that fall back to the default locale.

The output is author tooling in English; the question texts themselves are in the locale
asked for. The questions are passed in (from quiz.core.generators), so this module only
shapes them.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from quiz.core.models import Origin, Pack, Question


def question_record(question: Question) -> dict[str, object]:
    """One question as a JSON-ready dict; `answer` indexes `options`."""
    return {
        "id": question.id,
        "kind": question.kind,
        "difficulty": question.difficulty,
        "locale": question.locale,
        "prompt": question.prompt,
        "options": list(question.options),
        "answer": question.answer,
        "explanation": question.explanation,
        "source": question.source,
        "source_label": question.source_label,
        "film": question.film_id,
        "tags": list(question.tags),
    }


def preview_json(questions: Iterable[Question]) -> str:
    return json.dumps([question_record(q) for q in questions], ensure_ascii=False, indent=2)


def preview_text(questions: Sequence[Question]) -> str:
    """The questions as a reader would check them, the right answer marked with `*`."""
    blocks = []
    for number, q in enumerate(questions, 1):
        film = f" · film {q.film_id}" if q.film_id else ""
        lines = [f"{number}. [{q.kind} · {q.difficulty} · {q.locale}{film}] {q.id}", f"   {q.prompt}"]
        for index, option in enumerate(q.options):
            mark = "*" if index == q.answer else " "
            lines.append(f"   {mark} {chr(ord('a') + index)}) {option}")
        if q.explanation:
            lines.append(f"   Explanation: {q.explanation}")
        label = f" — {q.source_label}" if q.source_label else ""
        lines.append(f"   Source: {q.source or '(none)'}{label}")
        blocks.append("\n".join(lines))
    blocks.append(f"{len(questions)} question{'s' if len(questions) != 1 else ''}.")
    return "\n\n".join(blocks) + "\n"


@dataclass(frozen=True)
class PackStats:
    """Counts of a pack's questions per locale, by kind and by difficulty, and the texts
    each locale shows in the default locale instead."""

    pack_id: str
    path: str
    default_locale: str
    locales: tuple[str, ...]
    films: int
    hand_written: int
    by_kind: Mapping[str, Mapping[str, int]] = field(default_factory=dict)  # kind -> locale -> n
    by_difficulty: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    fallbacks: Mapping[str, tuple[Origin, ...]] = field(default_factory=dict)  # locale -> places

    def total(self, locale: str) -> int:
        return sum(row.get(locale, 0) for row in self.by_kind.values())

    def render(self) -> str:
        out = [f"Pack `{self.pack_id}` ({self.path}): {self.films} film(s), "
               f"{self.hand_written} hand-written question(s); default locale {self.default_locale}", ""]
        out += self._table("kind", self.by_kind)
        out += [""] + self._table("difficulty", self.by_difficulty)
        out.append("")
        for locale in self.locales:
            places = self.fallbacks.get(locale, ())
            if locale == self.default_locale and not places:
                continue
            if not places:
                out.append(f"{locale}: every text is translated.")
                continue
            instead = "another language" if locale == self.default_locale else self.default_locale
            out.append(f"{locale}: {len(places)} text(s) shown in {instead} instead (no {locale} version):")
            out += [f"  {place}: {place.path}" for place in places]
        return "\n".join(out) + "\n"

    def _table(self, heading: str, rows: Mapping[str, Mapping[str, int]]) -> list[str]:
        width = max([len(heading), len("total"), *map(len, rows)])
        lines = [f"{heading:<{width}}  " + "  ".join(f"{loc:>5}" for loc in self.locales)]
        for name in sorted(rows):
            lines.append(f"{name:<{width}}  " + "  ".join(f"{rows[name].get(loc, 0):>5}" for loc in self.locales))
        lines.append(f"{'total':<{width}}  " + "  ".join(f"{self.total(loc):>5}" for loc in self.locales))
        return lines


def pack_stats(pack: Pack, questions: Mapping[str, Sequence[Question]]) -> PackStats:
    """Stats of `pack` from its questions in each locale (locale -> questions)."""
    by_kind: dict[str, Counter[str]] = {}
    by_difficulty: dict[str, Counter[str]] = {}
    for locale, made in questions.items():
        for q in made:
            by_kind.setdefault(q.kind, Counter())[locale] += 1
            by_difficulty.setdefault(q.difficulty, Counter())[locale] += 1
    fallbacks: dict[str, list[Origin]] = {}
    for fallback in pack.fallbacks:
        fallbacks.setdefault(fallback.locale, []).append(fallback.origin)
    return PackStats(
        pack_id=pack.id, path=pack.path, default_locale=pack.default_locale, locales=pack.locales,
        films=len(pack.films), hand_written=len(pack.questions),
        by_kind={k: dict(v) for k, v in by_kind.items()},
        by_difficulty={k: dict(v) for k, v in by_difficulty.items()},
        fallbacks={k: tuple(v) for k, v in fallbacks.items()},
    )
