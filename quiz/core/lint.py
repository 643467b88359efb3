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
from quiz.core.errors import Message, PackProblem, msg, nmsg
from quiz.core.generators import hand_id
from quiz.core.models import Film, HandQuestion, Origin, Pack, Question, Statement, Text
from quiz.i18n import N_, translator

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


def _gives_away(answer: str, prompt: str) -> bool:
    """Whether a question's prompt shows its answer: the game leaves such a question out
    (the generators' check), and lint says so, for hand-written questions and blanks alike."""
    key = casekey(answer)
    return bool(key) and key in casekey(prompt)


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

    def warn(self, origin: Origin | None, message: Message, hint: Message | str = "",
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
                twice = (msg("[{locale}] the question {prompt} is asked twice (also at line {line})",
                             locale=locale, prompt=repr(q.prompt), line=str(where.line)) if where
                         else msg("[{locale}] the question {prompt} is asked twice", locale=locale, prompt=repr(q.prompt)))
                self.warn(origin, twice, msg("Remove one of them, or ask something different"), about)
            # (A true/false question's options are the words True and False.)
            truefalse = "truefalse" in q.kind.replace("-", "")
            if not truefalse and q.options and _gives_away(q.answer_text, q.prompt):
                given = ("[{locale}] the answer {answer} appears in its own question {prompt}, so the game "
                         "leaves the question out" if q in left_out
                         else "[{locale}] the answer {answer} appears in its own question {prompt}")
                self.warn(origin, msg(given, locale=locale, answer=repr(q.answer_text), prompt=repr(q.prompt)),
                          msg("Reword the question so it does not give the answer away"), about)
            for option in q.options:
                if len(option) > MAX_OPTION_CHARS:
                    self.warn(self.text_origin.get(_norm(option), origin),
                              nmsg("[{locale}] the option {option}… is {n} character long, more than the {most} "
                                   "that fit on the screen",
                                   "[{locale}] the option {option}… is {n} characters long, more than the {most} "
                                   "that fit on the screen", len(option),
                                   locale=locale, option=repr(option[:40]), most=MAX_OPTION_CHARS),
                              msg("Shorten it; put the details in the explanation"), about)

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
            self.warn(fallback.origin, msg("this text has no {locale} version; players will see the {default} "
                                           "text there instead", locale=fallback.locale,
                                           default=self.pack.default_locale),
                      msg("Add the translation"))

    def films(self) -> None:
        for film in self.pack.films:
            self._sources(film)
            for item in (*film.trivia, *film.goofs):
                self._blanks(film, item, item.origin or film.origin)

    def _sources(self, film: Film) -> None:
        if film.source:
            return
        name = film.title.get(self.pack.default_locale)
        facts: list[tuple[str, object]] = [
            (N_("a year of {film} does not say where it was checked"), film.year),
            (N_("a release date of {film} does not say where it was checked"), film.release_date),
            (N_("a runtime of {film} does not say where it was checked"), film.runtime),
            (N_("a rating of {film} does not say where it was checked"), film.rating),
            (N_("the awards of {film} do not say where they were checked"), film.awards),
            (N_("an aspect ratio of {film} does not say where it was checked"), film.aspect_ratio),
            *((N_("a box office entry of {film} does not say where it was checked"), b) for b in film.box_office),
            *((N_("a director of {film} does not say where it was checked"), d) for d in film.directors),
            *((N_("a cast member of {film} does not say where it was checked"), c) for c in film.cast),
            *((N_("a quote of {film} does not say where it was checked"), q) for q in film.quotes),
            *((N_("a trivia item of {film} does not say where it was checked"), t) for t in film.trivia),
            *((N_("a goof of {film} does not say where it was checked"), g) for g in film.goofs),
            *((N_("an alternative title of {film} does not say where it was checked"), a) for a in film.alt_titles),
        ]
        for message, fact in facts:
            if fact is not None and not getattr(fact, "source", ""):
                self.warn(getattr(fact, "origin", None) or film.origin, msg(message, film=repr(name)),
                          msg("Add source: to it or to the film"))

    def _blanks(self, film: Film, item: Statement, origin: Origin | None) -> None:
        """A `[[blank]]` whose words still show in its fill-in question once it is made a
        gap — inside a longer word, in another blank, in the film's title or in the
        question's own wording — gives its answer away, so the game asks no question for it.
        The question is made as the generators make it, in each language the item is
        written in, and each blank is checked once: a blank marked twice is one question."""
        for locale, text in item.text:
            template = translator(locale).gettext("Fill in the blank. About “{film}”: {statement}")
            title = film.title.get(locale, self.pack.default_locale).strip()
            text = text.strip()
            seen: set[str] = set()
            for index, span in enumerate(BLANK.findall(text)):
                answer = " ".join(span.split())
                if casekey(answer) in seen:
                    continue
                seen.add(casekey(answer))
                if _gives_away(answer, template.format(film=title, statement=with_gap(text, index))):
                    self.warn(origin, msg("[{locale}] the blank [[{span}]] still shows in its own fill-in question "
                                          "(inside another word, another blank, the film's title or the "
                                          "question's wording): the game leaves it out", locale=locale, span=answer),
                              msg("Mark words that appear only there, or reword the other mention"))
