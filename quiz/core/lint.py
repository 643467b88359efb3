"""Warnings about a pack that loads but would play badly: duplicate questions, an answer
given away by its prompt, options too long for the screen, text missing in a language,
facts with no source, and `[[blank]]` markers that match no question.

The loader (quiz.core.packs) already reports what it sees while reading, and lint does not
say it again: unbalanced or empty `[[ ]]` markers and a different number of blanks per
language, a film or a hand-written question with no source. `film-quiz validate` prints
both.

Every warning names file:line from the models' `origin` (the film's when a question came
from a fact, the pack file's first line when nothing better is known). Warnings never stop
a pack from loading; `film-quiz validate` prints them after any errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from quiz.core.distractors import BLANK, casekey, plain, with_gap
from quiz.core.errors import PackProblem
from quiz.core.generators import hand_id
from quiz.core.models import Film, HandQuestion, Origin, Pack, Question, Statement, Text

# Answer tiles sit two by two under the question. On the 1920x1080 design canvas a tile's
# text box is about 740 x 180 pixels: at the tile font (46 px PT Sans bold, ~32 characters
# a line) three lines, about 90 characters. Longer text is shrunk to fit, and shrunk text
# is hard to read from the back of a classroom.
MAX_OPTION_CHARS = 90

@dataclass(frozen=True)
class LintReport:
    """Every warning, and which of them concern one question: (locale, question id) ->
    its warnings, so the pack browser can show a warning beside its question."""

    problems: tuple[PackProblem, ...]
    about: Mapping[tuple[str, str], tuple[PackProblem, ...]] = field(default_factory=dict)


def lint(pack: Pack, questions_by_locale: Mapping[str, Sequence[Question]]) -> list[PackProblem]:
    """All warnings for `pack` and the questions generated from it, one list per locale."""
    return list(lint_report(pack, questions_by_locale).problems)


def lint_report(pack: Pack, questions_by_locale: Mapping[str, Sequence[Question]]) -> LintReport:
    """`lint`, with each warning about a question tied to that question."""
    linter = _Linter(pack)
    for locale, questions in questions_by_locale.items():
        linter.questions(locale, questions)
    linter.translations()
    linter.films()
    return LintReport(tuple(linter.problems), {key: tuple(found) for key, found in linter.about.items()})


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


class _Linter:
    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.problems: list[PackProblem] = []
        self.about: dict[tuple[str, str], list[PackProblem]] = {}
        self.hand = {hand_id(pack.id, q.id): q for q in pack.questions}
        self.film_by_id = {f.id: f for f in pack.films}
        # Generated options are pack texts (a trivia item in a spot-the-goof question): a
        # warning about one belongs at the line where it is written.
        self.text_origin: dict[str, Origin] = {}
        for film in pack.films:
            for item in (*film.trivia, *film.goofs, *film.quotes, *film.cast, *film.alt_titles):
                texts = [getattr(item, name, None) for name in ("text", "false", "actor", "character", "title")]
                texts += [line.text for line in getattr(item, "lines", ())]
                for text in texts:
                    for _, value in text or ():
                        self.text_origin.setdefault(_norm(plain(value)), item.origin or film.origin)

    def warn(self, origin: Origin | None, message: str, hint: str = "",
             about: tuple[str, str] | None = None) -> None:
        """Record a warning once; `about` is the (locale, question id) it concerns."""
        if origin is None:
            problem = PackProblem(self.pack.path, 1, 0, message, hint, severity="warning")
        else:
            problem = PackProblem(origin.file, origin.line, origin.column, message, hint, where=origin.path,
                                  severity="warning")
        # One option shown in several questions is one thing to fix.
        if problem not in self.problems:
            self.problems.append(problem)
        # ...but it is shown beside each question it concerns.
        if about is not None and problem not in self.about.setdefault(about, []):
            self.about[about].append(problem)

    def origin_of(self, question: Question) -> Origin | None:
        """Where a generated question comes from: its hand-written question, else its film."""
        hand = self.hand.get(question.id)
        if hand is not None:
            return hand.origin
        film = self.film_by_id.get(question.film_id or "")
        return film.origin if film else None

    # --- the questions as players see them -----------------------------------------------

    def questions(self, locale: str, questions: Sequence[Question]) -> None:
        # The generators leave out a question that gives its answer away, so a hand-written
        # one may be missing from `questions`: it is checked as written, to say why.
        asked = {q.id for q in questions}
        written = (self._as_written(hq, locale) for hq in self.pack.questions)
        left_out = [q for q in written if q.id not in asked]
        first: dict[str, Question] = {}
        for q in [*questions, *left_out]:
            origin = self.origin_of(q)
            about = None if q in left_out else (locale, q.id)
            earlier = first.setdefault(_norm(q.prompt), q)
            if earlier is not q and earlier.id != q.id:
                where = self.origin_of(earlier)
                self.warn(origin, f"[{locale}] the question {q.prompt!r} is asked twice"
                          + (f" (also at line {where.line})" if where else ""),
                          "Remove one of them, or ask something different", about)
            # (A true/false question's options are the words True and False.)
            truefalse = "truefalse" in q.kind.replace("-", "")
            if not truefalse and q.options and casekey(q.answer_text) in casekey(q.prompt):
                self.warn(origin, f"[{locale}] the answer {q.answer_text!r} appears in its own question "
                          f"{q.prompt!r}" + (", so the game leaves the question out" if q in left_out else ""),
                          "Reword the question so it does not give the answer away", about)
            for option in q.options:
                if len(option) > MAX_OPTION_CHARS:
                    self.warn(self.text_origin.get(_norm(option), origin),
                              f"[{locale}] the option {option[:40]!r}… is {len(option)} characters long, "
                              f"more than the {MAX_OPTION_CHARS} that fit on the screen",
                              "Shorten it; put the details in the explanation", about)

    def _as_written(self, hq: HandQuestion, locale: str) -> Question:
        def text(t: Text) -> str:
            return t.get(locale, self.pack.default_locale)

        return Question(id=hand_id(self.pack.id, hq.id), kind=hq.type, locale=locale, prompt=text(hq.prompt),
                        options=tuple(map(text, hq.options)), answer=hq.answer, difficulty=hq.difficulty,
                        source=hq.source, film_id=hq.film)

    # --- the pack's own text ----------------------------------------------------------

    def translations(self) -> None:
        """Each text the loader found missing in one of the pack's locales."""
        for fallback in self.pack.fallbacks:
            self.warn(fallback.origin, f"this text has no {fallback.locale} version; players will see the "
                      f"{self.pack.default_locale} text there instead", "Add the translation")

    def films(self) -> None:
        for film in self.pack.films:
            self._sources(film)
            for kind, items in (("trivia", film.trivia), ("goof", film.goofs)):
                for item in items:
                    self._blanks(film, item, item.origin or film.origin, kind)

    def _sources(self, film: Film) -> None:
        if film.source:
            return
        name = film.title.get(self.pack.default_locale)
        facts: list[tuple[str, object]] = [
            ("year", film.year), ("release date", film.release_date), ("runtime", film.runtime),
            ("rating", film.rating), ("awards", film.awards), ("aspect ratio", film.aspect_ratio),
            *(("box office", b) for b in film.box_office), *(("director", d) for d in film.directors),
            *(("cast member", c) for c in film.cast), *(("quote", q) for q in film.quotes),
            *(("trivia", t) for t in film.trivia), *(("goof", g) for g in film.goofs),
            *(("alternative title", a) for a in film.alt_titles),
        ]
        for what, fact in facts:
            if fact is not None and not getattr(fact, "source", ""):
                self.warn(getattr(fact, "origin", None) or film.origin,
                          f"a {what} of {name!r} does not say where it was checked", "Add source: to it or to the film")

    def _blanks(self, film: Film, item: Statement, origin: Origin | None, kind: str) -> None:
        """A `[[blank]]` whose words still show once it is made a gap — inside a longer word,
        in another blank, or in the film's title, which the question names — would give its
        answer away, so the game asks no question for it."""
        for locale, text in item.text:
            title = film.title.get(locale, self.pack.default_locale)
            for index, span in enumerate(BLANK.findall(text)):
                answer = casekey(span)
                if answer and answer in casekey(f"{title} {with_gap(text, index)}"):
                    self.warn(origin, f"[{locale}] the blank [[{span}]] still shows in its own fill-in question "
                              f"(inside another word, another blank or the film's title): the game leaves it out",
                              "Mark words that appear only there, or reword the other mention")
