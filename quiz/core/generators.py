"""Questions from film data: every multiple-choice and true/false question a pack can make in
one locale, generated from its films' facts plus the ones its authors wrote by hand.

`generate(pack, locale, seed)` is the whole interface; `GENERATORS` maps each kind of
generated question to the function that makes it from one film.

Kinds and their difficulty
- who-played / which-character: by billing order: lead (1-3) easy, supporting (4-10)
  medium, minor (over 10) hard.
- who-says: by the speaker's billing order as above; a speaker not in the cast is hard.
- which-film-quote, which-film-trivia, which-film-goof: medium; only in packs with at least
  three films (the other titles are the wrong options; in a pack of thousands, those of
  the thousand films around it in the pack).
- trivia-true-false: easy. Only statements with an authored `false` variant: the statement
  itself is the True question, the variant the False one. No false statement is ever made
  up.
- trivia-fill-blank, goof-fill-blank: one question per `[[blank]]`: medium, hard when the
  blank is a number. Wrong options: the statement's authored `distractors` (for its first
  blank), else numbers in a band around a numeric blank, else names of the same kind when
  the blank is a name from the pack (a character, actor, director or another film's title)
  shaped like it. Otherwise, or when a locale's blank is declined so that names would not
  fit the sentence, no question.
- spot-the-goof: medium; the goof among two or three trivia statements of the same film.
- release-year: easy. director: medium. alt-title, release-date, runtime, rating,
  box-office (worldwide gross), award-wins, award-nominations: hard.

Rules every generated question keeps (a question that cannot is skipped, not weakened;
hand-written ones are only checked for distinct options and a valid answer):
distinct options after case-folding, the answer among them and not in the prompt, 3-4
options (true/false: 2), numbers formatted by the Translator exactly like the answer and
sorted ascending (authored amounts too: `40 million` < `1 billion`), other options
shuffled by one `random.Random` per film seeded from (seed, film id), so that editing one
film does not reshuffle another's questions. Wrong names in the answer's script come first, and
a text from a locale the pack lacks is never mixed with one it has in the same question.
True/false options are ("True", "False") translated, answer 0 for true.

Ids: `stable_id(film id, kind, the fact in the pack's default locale, ...)`, the same in
every locale. Hand-written questions keep their authored option order; their kind is
"choice" or "truefalse" and their id is `stable_id(pack id, "hand", authored id)`.

`Awards.nominations` is read as IMDb counts it ("9 wins & 8 nominations"): nominations
besides the wins, and the prompt says so.
"""

from __future__ import annotations

import datetime as _dt
import random
import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import Callable, Iterable, Iterator, NamedTuple, Sequence, TypeVar, Union

from quiz.core.bulk import no_collection
from quiz.core.distractors import (
    Names,
    blanks,
    casekey,
    prompt_key,
    count_band,
    is_year,
    magnitude,
    minutes_band,
    parse_integer,
    pick_names,
    pick_numbers,
    plain,
    rating_band,
    scale_band,
    shuffle,
    trim_memos,
    with_gap,
    year_band,
)
from quiz.core.ids import stable_id
from quiz.core.models import Film, HandQuestion, Pack, Question, Statement, Text
from quiz.i18n import Translator, translator

LEAD_MAX = 3
SUPPORTING_MAX = 10
WRONG_WANTED = 3
WRONG_MINIMUM = 2  # a generated choice question has at least three options
MIN_WORDS_FOR_WHICH_FILM = 4  # "Yes." could come from any film
_QUOTED = re.compile(r'[«“"]([^«»“”"]*)[»”"]')
T = TypeVar("T")
_INNER_QUOTES = {"en": "‘’", "ru": "„“"}


def role_difficulty(order: int | None) -> str:
    """Lead roles are easy, supporting ones medium, minor ones (and unbilled) hard."""
    if order is None or order > SUPPORTING_MAX:
        return "hard"
    return "easy" if order <= LEAD_MAX else "medium"


@dataclass
class _Pools:
    """Every name of each kind in the pack, in one locale, gathered once per `generate`."""

    actors: Names = field(default_factory=Names)
    characters: Names = field(default_factory=Names)
    directors: Names = field(default_factory=Names)
    titles: Names = field(default_factory=Names)  # main titles: the which-film options
    all_titles: Names = field(default_factory=Names)  # main and alternative titles
    own_titles: dict[str, set[str]] = field(default_factory=dict)  # film id -> title keys
    # film id -> where its titles are in `titles` and `all_titles`: its wrong titles are
    # drawn around there (distractors.NEIGHBOURHOOD)
    places: dict[str, tuple[int, int]] = field(default_factory=dict)
    # A line or statement found in several films must not have those films as wrong
    # options: its key -> those films. Only such facts are kept, a handful in most packs
    # (a set for every fact was 16 MB on 10,000 synthetic films).
    shared_facts: dict[str, set[str]] = field(default_factory=dict)


class Formats:
    """A Translator whose formatting remembers its results for one `generate`: the number
    bands draw the same values again and again (a year band holds twelve), and each Babel
    call costs tens of microseconds, which was most of the time spent on a large pack.
    Exact types are kept apart (`typed`), so 1 and 1.0 are formatted separately."""

    def __init__(self, t: Translator) -> None:
        self.gettext = lru_cache(maxsize=None)(t.gettext)  # the same templates, film after film
        self.counted = lru_cache(maxsize=None)(t.counted)
        self.number = lru_cache(maxsize=None, typed=True)(t.number)
        self.decimal = lru_cache(maxsize=None, typed=True)(t.decimal)
        self.money = lru_cache(maxsize=None, typed=True)(t.money)
        self.duration = lru_cache(maxsize=None, typed=True)(t.duration)
        self.date = lru_cache(maxsize=None, typed=True)(t.date)

    def next_film(self) -> None:
        """Amounts and dates drawn around one film's rarely come up again for another
        (years, runtimes, ratings and counts do): forgetting them keeps those memos small,
        and their lookups near in memory, however large the pack."""
        self.money.cache_clear()
        self.date.cache_clear()


@dataclass
class Context:
    """What every generator needs: the pack, the locale's Translator and the pools."""

    pack: Pack
    locale: str
    t: Union[Translator, Formats]
    seed: int
    pools: _Pools = field(default_factory=_Pools)
    rng: random.Random = field(default_factory=random.Random, repr=False)
    film_memo: dict = field(default_factory=dict, repr=False)

    def text(self, value: Text | None) -> str:
        return value.get(self.locale, self.pack.default_locale).strip() if value else ""

    def default(self, value: Text | None) -> str:
        """The fact as the pack's default locale has it: what ids are made of."""
        return value.get(self.pack.default_locale, self.pack.default_locale).strip() if value else ""

    def agree(self, *values: Text) -> bool:
        """Whether the texts are all given in this locale or all fall back: a Russian
        sentence must not get English options."""
        return len({v.has(self.locale) for v in values}) <= 1

    def quoted(self, text: str) -> str:
        """`text` with its own quotation marks made the inner kind, for a template that
        puts it in quotes: «… „Восход-2“ …», “… ‘Evening Urgant’ …”."""
        inner = _INNER_QUOTES.get(self.locale, _INNER_QUOTES["en"])
        return _QUOTED.sub(lambda m: inner[0] + m.group(1) + inner[1], text)

    def title(self, film: Film) -> str:
        return self.text(film.title)

    def start_film(self, film: Film) -> None:
        """One random stream per film, seeded from (seed, film id): editing a film never
        reshuffles another's questions, and seeding once per film rather than once per
        question was a tenth of the time a large pack took."""
        self.rng = random.Random(f"{self.seed}\x1f{film.id}")
        self.film_memo.clear()
        if isinstance(self.t, Formats):
            self.t.next_film()

    def per_film(self, film: Film, build: Callable[[Context, Film], T]) -> T:
        """`build(self, film)`, worked out once per film: what several kinds of question
        about the film share (its cast's texts, say)."""
        key = (film.id, build)
        try:
            return self.film_memo[key]
        except KeyError:
            value = self.film_memo[key] = build(self, film)
            return value

    def other_titles(self, film: Film, fact: str = "") -> tuple[Names, set[str]]:
        """The pack's titles and the keys that must not be wrong options for `film`: its own
        titles and those of every film that has the same `fact`."""
        own = self.pools.own_titles[film.id]
        sharing = self.pools.shared_facts.get(casekey(fact))
        if sharing is None:  # the fact is this film's alone, as most are
            return self.pools.titles, own
        exclude = set(own)
        for film_id in sharing:
            exclude |= self.pools.own_titles[film_id]
        return self.pools.titles, exclude

    def question(self, film: Film | None, kind: str, qid: str, prompt: str,
                 options: Sequence[str], answer: int, difficulty: str, source: str,
                 explanation: str = "", tags: tuple[str, ...] = (),
                 leaks: Iterable[str] = ()) -> Question | None:
        """The question, or None if it is not well formed (see `well_formed`)."""
        source = source or (film.source if film else "")
        options = tuple(options)
        if not _acceptable(kind, prompt, options, answer, leaks):
            return None
        label = self.pack.source_label(source, self.locale) if self.pack.sources else source
        return Question(id=qid, kind=kind, locale=self.locale, prompt=prompt, options=options,
                        answer=answer, difficulty=difficulty, source=source,
                        explanation=explanation, film_id=film.id if film else None, tags=tags,
                        source_label=label if label != source else "")

    def choice(self, film: Film, kind: str, qid: str, prompt: str,
               answer: str, wrong: Sequence[str], difficulty: str, source: str,
               explanation: str = "", tags: tuple[str, ...] = (),
               leaks: Iterable[str] = ()) -> Question | None:
        """A question with shuffled options; None with fewer than two wrong ones."""
        if len(wrong) < WRONG_MINIMUM:
            return None
        options = [answer, *wrong[:WRONG_WANTED]]
        shuffle(self.rng, options)
        return self.question(film, kind, qid, prompt, options, options.index(answer),
                             difficulty, source, explanation, tags, leaks)

    def numeric(self, film: Film, kind: str, value: object, prompt: str,
                band: tuple[Callable, Callable], fmt: Callable[[object], str],
                difficulty: str, source: str, explanation: str = "",
                tags: tuple[str, ...] = ()) -> Question | None:
        """A question whose options are `value` and numbers from `band`, ascending."""
        qid = stable_id(film.id, kind, str(value))
        draw, apart = band
        wrong = pick_numbers(self.rng, value, draw, fmt, apart, WRONG_WANTED)
        if len(wrong) < WRONG_MINIMUM:
            return None
        values = sorted([value, *wrong])
        return self.question(film, kind, qid, prompt, [fmt(v) for v in values], values.index(value),
                             difficulty, source, explanation, tags)

    def truefalse(self, film: Film | None, kind: str, qid: str, prompt: str, true: bool,
                  difficulty: str, source: str, explanation: str = "",
                  tags: tuple[str, ...] = ()) -> Question | None:
        options = (self.t.gettext("True"), self.t.gettext("False"))
        return self.question(film, kind, qid, prompt, options, 0 if true else 1,
                             difficulty, source, explanation, tags)


def well_formed(q: Question) -> bool:
    """2-6 distinct non-empty options and a valid answer index; true/false has two options;
    a generated choice question has at least three and the answer's text nowhere in the
    prompt. A hand-written prompt may hold its answer's text ("How many cosmonauts flew
    on Voskhod 2?" — 2): its author judged the wording."""
    return _acceptable(q.kind, q.prompt, q.options, q.answer)


def _acceptable(kind: str, prompt: str, options: tuple[str, ...], answer: int,
                leaks: Iterable[str] = ()) -> bool:
    """`well_formed`, checked before a question is built; `leaks` are texts (a film's other
    titles) that must not be in a generated prompt either."""
    keys = list(map(casekey, options))
    count = len(keys)
    if not 2 <= count <= 6 or not 0 <= answer < count or len(set(keys)) != count or "" in keys:
        return False
    if not prompt.strip():
        return False
    if kind in ("truefalse", "trivia-true-false"):
        return count == 2
    if kind == "choice":
        return True
    if count < WRONG_MINIMUM + 1:
        return False
    said = prompt_key(prompt)
    if keys[answer] in said:
        return False
    for leak in leaks:
        leak = casekey(leak)
        if leak and leak in said:
            return False
    return True


def _source(fact: object, film: Film) -> str:
    return getattr(fact, "source", "") or film.source


# Cast ----------------------------------------------------------------------------------------


class _Role(NamedTuple):
    """A cast member's texts in this locale, worked out once for both kinds of cast question."""

    actor: str
    character: str
    id_actor: str  # the pack's default locale's: what ids are made of
    id_character: str
    explanation: str
    difficulty: str
    source: str


def _roles(ctx: Context, film: Film) -> list[_Role]:
    title = ctx.title(film)
    explain = ctx.t.gettext("In “{film}”, {actor} plays the role of {character}.")
    roles = []
    for member in film.cast:
        actor, character = ctx.text(member.actor), ctx.text(member.character)
        roles.append(_Role(actor, character, ctx.default(member.actor), ctx.default(member.character),
                           explain.format(film=title, actor=actor, character=character),
                           role_difficulty(member.order), _source(member, film)))
    return roles


def _cast_questions(ctx: Context, film: Film, kind: str, asked: str, given: str,
                    pool: Names, template: str) -> Iterator[Question | None]:
    """who-played (asked: actor, given: character) and which-character (the other way)."""
    roles = ctx.per_film(film, _roles)
    title = ctx.title(film)
    ask, give = attrgetter(asked), attrgetter(given)
    ask_id, give_id = attrgetter("id_" + asked), attrgetter("id_" + given)
    same_film = [ask(role) for role in roles]
    # Everyone who played the same role (or every role of the same actor) is a right answer,
    # so none of them may be a wrong option.
    right: dict[str, set[str]] = {}
    for role, name in zip(roles, same_film):
        right.setdefault(casekey(give(role)), set()).add(casekey(name))
    for role, answer in zip(roles, same_film):
        shown = give(role)
        qid = stable_id(film.id, kind, give_id(role), ask_id(role))
        wrong = pick_names(ctx.rng, answer, same_film, pool, exclude=right[casekey(shown)])
        prompt = template.format(film=title, **{given: shown})
        yield ctx.choice(film, kind, qid, prompt, answer, wrong, role.difficulty, role.source,
                         explanation=role.explanation, tags=("cast",))


def who_played(ctx: Context, film: Film) -> Iterator[Question | None]:
    return _cast_questions(ctx, film, "who-played", "actor", "character", ctx.pools.actors,
                           ctx.t.gettext("In “{film}”, who played the role of {character}?"))


def which_character(ctx: Context, film: Film) -> Iterator[Question | None]:
    return _cast_questions(ctx, film, "which-character", "character", "actor", ctx.pools.characters,
                           ctx.t.gettext("In “{film}”, which role does {actor} play?"))


# Quotes --------------------------------------------------------------------------------------


def who_says(ctx: Context, film: Film) -> Iterator[Question | None]:
    title = ctx.title(film)
    order = {casekey(ctx.text(m.character)): m.order for m in film.cast}
    speakers = [ctx.text(m.character) for m in film.cast]
    # Everyone who says the same words in this film is a right answer.
    said_by: dict[str, set[str]] = {}
    for quote in film.quotes:
        for line in quote.lines:
            if line.character:
                speakers.append(ctx.text(line.character))
                said_by.setdefault(casekey(ctx.text(line.text)), set()).add(speakers[-1])
    for quote in film.quotes:
        for line in quote.lines:
            if line.character is None or not ctx.agree(line.text, line.character):
                continue
            speaker, said = ctx.text(line.character), ctx.text(line.text)
            qid = stable_id(film.id, "who-says", ctx.default(line.text))
            wrong = pick_names(ctx.rng, speaker, speakers, ctx.pools.characters,
                               exclude=said_by[casekey(said)])
            prompt = ctx.t.gettext("Who says this line in “{film}”? “{line}”").format(
                film=title, line=ctx.quoted(said))
            explanation = ""
            if line.direction:
                explanation = ctx.t.gettext("{speaker} ({direction}): “{line}”").format(
                    speaker=speaker, direction=ctx.text(line.direction), line=ctx.quoted(said))
            yield ctx.choice(film, "who-says", qid, prompt, speaker, wrong,
                             role_difficulty(order.get(casekey(speaker))), _source(quote, film),
                             explanation=explanation, tags=("quotes",))


# Which film ----------------------------------------------------------------------------------


def _which_film(ctx: Context, film: Film, kind: str, facts: Iterable[tuple[Text, str]],
                template: str, tags: tuple[str, ...]) -> Iterator[Question | None]:
    title = ctx.title(film)
    leaks = [ctx.text(a.title) for a in film.alt_titles]
    for fact, source in facts:
        shown = plain(ctx.text(fact))
        if len(shown.split()) < MIN_WORDS_FOR_WHICH_FILM:
            continue
        qid = stable_id(film.id, kind, plain(ctx.default(fact)))
        titles, exclude = ctx.other_titles(film, shown)
        wrong = pick_names(ctx.rng, title, (), titles, exclude=exclude, near=ctx.pools.places[film.id][0])
        yield ctx.choice(film, kind, qid, template.format(text=ctx.quoted(shown)), title, wrong, "medium",
                         source or film.source, tags=tags, leaks=leaks)


def which_film_quote(ctx: Context, film: Film) -> Iterator[Question | None]:
    lines = ((line.text, q.source) for q in film.quotes for line in q.lines)
    return _which_film(ctx, film, "which-film-quote", lines,
                       ctx.t.gettext("Which film is this line from? “{text}”"), ("quotes",))


def which_film_trivia(ctx: Context, film: Film) -> Iterator[Question | None]:
    return _which_film(ctx, film, "which-film-trivia", ((s.text, s.source) for s in film.trivia),
                       ctx.t.gettext("Which film is this about? “{text}”"), ("trivia",))


def which_film_goof(ctx: Context, film: Film) -> Iterator[Question | None]:
    return _which_film(ctx, film, "which-film-goof", ((s.text, s.source) for s in film.goofs),
                       ctx.t.gettext("Which film has this goof? “{text}”"), ("goofs",))


# Statements ----------------------------------------------------------------------------------


def trivia_true_false(ctx: Context, film: Film) -> Iterator[Question | None]:
    template = ctx.t.gettext("About “{film}”: {statement}")
    title = ctx.title(film)
    # A "false" variant that repeats a true statement of the film would be both true and false.
    true_texts = {casekey(plain(ctx.text(s.text))) for s in (*film.trivia, *film.goofs)}
    # The tags are constants, shared by every question rather than a tuple each.
    for tags, statements in ((("trivia",), film.trivia), (("goofs",), film.goofs)):
        for st in statements:
            if st.false is None or not ctx.agree(st.text, st.false):
                continue
            if casekey(plain(ctx.text(st.false))) in true_texts:
                continue
            true_text = plain(ctx.text(st.text))
            for truth, text in ((True, st.text), (False, st.false)):
                qid = stable_id(film.id, "trivia-true-false", plain(ctx.default(st.text)),
                                "true" if truth else "false")
                yield ctx.truefalse(film, "trivia-true-false", qid,
                                    template.format(film=title, statement=plain(ctx.text(text))),
                                    truth, "easy", _source(st, film),
                                    explanation="" if truth else true_text, tags=tags)


def _name_pools(ctx: Context, film: Film) -> list[tuple[Names, list[str], set[str]]]:
    """(pool, same-film names, names that are never wrong options) for each kind of name a
    blank may hold; titles leave out the film's own, which are not wrong."""
    own = ctx.pools.own_titles[film.id]
    return [
        (ctx.pools.characters, [ctx.text(m.character) for m in film.cast], set()),
        (ctx.pools.actors, [ctx.text(m.actor) for m in film.cast], set()),
        (ctx.pools.directors, [ctx.text(d.name) for d in film.directors], set()),
        (ctx.pools.all_titles, [], own),
    ]


def _in_order(options: list[str], answer: str, rng: random.Random) -> tuple[list[str], int]:
    """Options that are all amounts (`12`, `9.5 million`, `400 миллионов`) ascending, as
    generated numbers are; any others shuffled."""
    amounts = [magnitude(o) for o in options]
    if None in amounts:
        shuffle(rng, options)
    else:
        options = [o for _, o in sorted(zip(amounts, options))]
    return options, options.index(answer)


def _blank_options(ctx: Context, film: Film, st: Statement, index: int, answer: str,
                   default_answer: str) -> tuple[list[str], int, str] | None:
    """(options, answer index, difficulty) for one blank, or None when there are no good
    wrong options."""
    number = parse_integer(answer)
    year = number is not None and is_year(answer)
    fmt: Callable[[int], str] = str if year else ctx.t.number
    if index == 0 and st.distractors:
        authored = [ctx.text(d) for d in st.distractors if ctx.agree(d, st.text)]
        if number is not None and None not in map(parse_integer, authored):
            # Whole numbers are written the way the locale writes the answer: 6,000 / 6 000.
            answer, authored = fmt(number), [fmt(parse_integer(a)) for a in authored]
        wrong = pick_names(ctx.rng, answer, authored)
        if len(wrong) < WRONG_MINIMUM:
            return None
        return (*_in_order([answer, *wrong], answer, ctx.rng), "medium")
    if number is not None and number == parse_integer(default_answer):
        draw, apart = year_band(number) if year else count_band(number)
        wrong_numbers = pick_numbers(ctx.rng, number, draw, fmt, apart, WRONG_WANTED)
        if len(wrong_numbers) < WRONG_MINIMUM:
            return None
        values = sorted([number, *wrong_numbers])
        return [fmt(v) for v in values], values.index(number), "hard"
    for pool, same_film, never in ctx.per_film(film, _name_pools):
        if casekey(answer) in pool.keys:
            wrong = pick_names(ctx.rng, answer, same_film, pool, exclude=never, same_shape=True)
            if len(wrong) < WRONG_MINIMUM:
                return None
            return (*_in_order([answer, *wrong], answer, ctx.rng), "medium")
    return None


def _fill_blank(ctx: Context, film: Film, kind: str, statements: Sequence[Statement],
                tags: tuple[str, ...]) -> Iterator[Question | None]:
    template = ctx.t.gettext("Fill in the blank. About “{film}”: {statement}")
    title = ctx.title(film)
    for st in statements:
        text, default_text = ctx.text(st.text), ctx.default(st.text)
        spans, default_spans = blanks(text), blanks(default_text)
        if len(spans) != len(default_spans):
            continue  # the translation marks other words: no question in this locale
        for index, answer in enumerate(spans):
            qid = stable_id(film.id, kind, plain(default_text), str(index))
            made = _blank_options(ctx, film, st, index, answer, default_spans[index])
            if made is None:
                continue
            options, right, difficulty = made
            prompt = template.format(film=title, statement=with_gap(text, index))
            yield ctx.question(film, kind, qid, prompt, options, right, difficulty,
                               _source(st, film), explanation=plain(text), tags=tags)


def trivia_fill_blank(ctx: Context, film: Film) -> Iterator[Question | None]:
    return _fill_blank(ctx, film, "trivia-fill-blank", film.trivia, ("trivia",))


def goof_fill_blank(ctx: Context, film: Film) -> Iterator[Question | None]:
    return _fill_blank(ctx, film, "goof-fill-blank", film.goofs, ("goofs",))


def spot_the_goof(ctx: Context, film: Film) -> Iterator[Question | None]:
    title = ctx.title(film)
    goof_keys = {casekey(plain(ctx.text(g.text))) for g in film.goofs}
    trivia = [plain(ctx.text(s.text)) for s in film.trivia]
    trivia = [s for s in trivia if casekey(s) not in goof_keys]
    prompt = ctx.t.gettext("Which of these is a goof in “{film}”?").format(film=title)
    for goof in film.goofs:
        answer = plain(ctx.text(goof.text))
        qid = stable_id(film.id, "spot-the-goof", plain(ctx.default(goof.text)))
        wrong = pick_names(ctx.rng, answer, trivia)
        yield ctx.choice(film, "spot-the-goof", qid, prompt, answer, wrong, "medium",
                         _source(goof, film), tags=("goofs",))


# Facts ---------------------------------------------------------------------------------------


def release_year(ctx: Context, film: Film) -> Iterator[Question | None]:
    if film.year is not None and isinstance(film.year.value, int):
        prompt = ctx.t.gettext("In which year was “{film}” released?").format(film=ctx.title(film))
        # A year is written without a thousands separator in every locale.
        yield ctx.numeric(film, "release-year", film.year.value, prompt, year_band(film.year.value),
                          str, "easy", _source(film.year, film), tags=("facts",))


def release_date(ctx: Context, film: Film) -> Iterator[Question | None]:
    if film.release_date is None or not isinstance(film.release_date.value, _dt.date):
        return
    day = film.release_date.value
    first, last = _dt.date(day.year, 1, 1), _dt.date(day.year, 12, 31)
    # Other days of the same year: the year alone must not give the answer away.
    band = (lambda r: first + _dt.timedelta(days=int(r.random() * ((last - first).days + 1))),
            lambda a, b: abs((a - b).days) >= 7)
    prompt = ctx.t.gettext("When was “{film}” released?").format(film=ctx.title(film))
    yield ctx.numeric(film, "release-date", day, prompt, band, ctx.t.date, "hard",
                      _source(film.release_date, film), tags=("facts",))


def runtime(ctx: Context, film: Film) -> Iterator[Question | None]:
    if film.runtime is not None and isinstance(film.runtime.value, int) and film.runtime.value > 0:
        minutes = film.runtime.value
        prompt = ctx.t.gettext("How long is “{film}”?").format(film=ctx.title(film))
        yield ctx.numeric(film, "runtime", minutes, prompt, minutes_band(minutes), ctx.t.duration,
                          "hard", _source(film.runtime, film), tags=("facts",))


def rating(ctx: Context, film: Film) -> Iterator[Question | None]:
    r = film.rating
    if r is None or r.scale <= 0 or not 0 < r.value <= r.scale:
        return
    digits = 1 if r.scale <= 10 else 0
    prompt = ctx.t.gettext("What is the viewers' rating of “{film}” out of {scale}?").format(
        film=ctx.title(film), scale=ctx.t.number(r.scale))
    explanation = ""
    if r.votes:
        explanation = ctx.t.counted("Rated by {n} viewer.", "Rated by {n} viewers.", r.votes)
    yield ctx.numeric(film, "rating", round(r.value, digits), prompt, rating_band(r.value, r.scale, digits),
                      lambda v: ctx.t.decimal(v, digits), "hard", r.source or film.source,
                      explanation=explanation, tags=("facts",))


def box_office(ctx: Context, film: Film) -> Iterator[Question | None]:
    # Only the worldwide gross: other regions have no agreed names to show a player.
    prompt = ctx.t.gettext("How much did “{film}” gross worldwide?").format(film=ctx.title(film))
    for gross in film.box_office:
        if gross.region == "worldwide" and gross.amount > 0:
            yield ctx.numeric(film, "box-office", gross.amount, prompt, scale_band(gross.amount),
                              lambda v, c=gross.currency: ctx.t.money(v, c), "hard",
                              gross.source or film.source, tags=("facts",))


def _award_count(ctx: Context, film: Film, kind: str, count: int | None, prompt: str,
                 fmt: Callable[[int], str]) -> Iterator[Question | None]:
    if count is not None and count >= 0 and film.awards is not None:
        yield ctx.numeric(film, kind, count, prompt.format(film=ctx.title(film)), count_band(count),
                          fmt, "hard", film.awards.source or film.source, tags=("awards",))


def award_wins(ctx: Context, film: Film) -> Iterator[Question | None]:
    return _award_count(ctx, film, "award-wins", film.awards.wins if film.awards else None,
                        ctx.t.gettext("How many awards did “{film}” win?"),
                        lambda n: ctx.t.counted("{n} award", "{n} awards", n))


def award_nominations(ctx: Context, film: Film) -> Iterator[Question | None]:
    return _award_count(ctx, film, "award-nominations",
                        film.awards.nominations if film.awards else None,
                        ctx.t.gettext("Besides its wins, how many award nominations did “{film}” get?"),
                        lambda n: ctx.t.counted("{n} nomination", "{n} nominations", n))


def director(ctx: Context, film: Film) -> Iterator[Question | None]:
    if not film.directors:
        return
    names = [ctx.text(d.name) for d in film.directors]
    qid = stable_id(film.id, "director", ctx.default(film.directors[0].name))
    wrong = pick_names(ctx.rng, names[0], (), ctx.pools.directors, exclude=names)
    prompt = ctx.t.gettext("Who directed “{film}”?").format(film=ctx.title(film))
    yield ctx.choice(film, "director", qid, prompt, names[0], wrong, "medium",
                     _source(film.directors[0], film), tags=("crew",))


def alt_title(ctx: Context, film: Film) -> Iterator[Question | None]:
    title = ctx.title(film)
    prompt = ctx.t.gettext("Under which other title is “{film}” known?").format(film=title)
    for alt in film.alt_titles:
        answer = ctx.text(alt.title)
        qid = stable_id(film.id, "alt-title", ctx.default(alt.title))
        # Other films' alternative titles too: they look like the answer.
        _, exclude = ctx.other_titles(film)
        wrong = pick_names(ctx.rng, answer, (), ctx.pools.all_titles, exclude=exclude,
                           near=ctx.pools.places[film.id][1])
        explanation = ctx.text(alt.note)
        yield ctx.choice(film, "alt-title", qid, prompt, answer, wrong, "hard",
                         _source(alt, film), explanation=explanation, tags=("titles",))


Generator = Callable[[Context, Film], Iterable[Question | None]]

GENERATORS: dict[str, Generator] = {
    "who-played": who_played,
    "which-character": which_character,
    "who-says": who_says,
    "which-film-quote": which_film_quote,
    "which-film-trivia": which_film_trivia,
    "which-film-goof": which_film_goof,
    "trivia-true-false": trivia_true_false,
    "trivia-fill-blank": trivia_fill_blank,
    "goof-fill-blank": goof_fill_blank,
    "spot-the-goof": spot_the_goof,
    "release-year": release_year,
    "release-date": release_date,
    "runtime": runtime,
    "rating": rating,
    "box-office": box_office,
    "award-wins": award_wins,
    "award-nominations": award_nominations,
    "director": director,
    "alt-title": alt_title,
}


# Hand-written questions ----------------------------------------------------------------------


def _hand(ctx: Context, hq: HandQuestion, films: dict[str, Film]) -> Question | None:
    film = films.get(hq.film) if hq.film else None
    qid = hand_id(ctx.pack.id, hq.id)
    extra = dict(explanation=ctx.text(hq.explanation), tags=hq.tags)
    if hq.type == "truefalse":
        q = ctx.truefalse(film, "truefalse", qid, ctx.text(hq.prompt), bool(hq.answer),
                          hq.difficulty, hq.source, **extra)
    else:
        q = ctx.question(film, "choice", qid, ctx.text(hq.prompt), [ctx.text(o) for o in hq.options],
                         hq.answer, hq.difficulty, hq.source, **extra)
    # The film may be named without being in this pack (a question about a sequel, say).
    return q._replace(film_id=hq.film) if q is not None else None


# Entry point ---------------------------------------------------------------------------------


def _gather(ctx: Context) -> _Pools:
    pools = _Pools()
    first_film: dict[str, str] = {}  # fact key -> the first film that has it
    for film in ctx.pack.films:
        pools.places[film.id] = (len(pools.titles), len(pools.all_titles))
        pools.titles.add(ctx.title(film))
        own = [ctx.title(film), *(ctx.text(a.title) for a in film.alt_titles)]
        for name in own:
            pools.all_titles.add(name)
        pools.own_titles[film.id] = {casekey(n) for n in own if n}
        for member in film.cast:
            pools.actors.add(ctx.text(member.actor))
            pools.characters.add(ctx.text(member.character))
        for person in film.directors:
            pools.directors.add(ctx.text(person.name))
        facts = [line.text for q in film.quotes for line in q.lines]
        facts += [s.text for s in (*film.trivia, *film.goofs)]
        for quote in film.quotes:
            for line in quote.lines:
                if line.character:
                    pools.characters.add(ctx.text(line.character))
        for fact in facts:
            key = casekey(plain(ctx.text(fact)))
            first = first_film.setdefault(key, film.id)
            if first != film.id:
                pools.shared_facts.setdefault(key, {first}).add(film.id)
    return pools


def hand_id(pack_id: str, authored_id: str) -> str:
    """The id a hand-written question is played (and remembered) under."""
    return stable_id(pack_id, "hand", authored_id)


def generate(pack: Pack, locale: str, seed: int = 0, t: Translator | None = None) -> list[Question]:
    """Every question `pack` makes in `locale`, generated and hand-written, ordered by film,
    kind and id. The same pack, locale and seed give the same questions."""
    try:
        with no_collection():
            return _generate(pack, locale, seed, t)
    finally:
        trim_memos()


def _generate(pack: Pack, locale: str, seed: int, t: Translator | None) -> list[Question]:
    ctx = Context(pack, locale, Formats(t or translator(locale)), seed)
    ctx.pools = _gather(ctx)
    # Ordered by (film id, kind, id): grouped by film as they are made, each film's few
    # dozen sorted on their own rather than half a million compared as a whole.
    seen: set[str] = set()
    by_film: dict[str, list[Question]] = {}
    makers = tuple(GENERATORS.values())
    for film in pack.films:
        ctx.start_film(film)
        made = by_film.setdefault(film.id, [])
        for make in makers:
            for q in make(ctx, film):
                if q is not None and q.id not in seen:
                    seen.add(q.id)
                    made.append(q)
    films = {film.id: film for film in pack.films}
    for hq in pack.questions:
        q = _hand(ctx, hq, films)
        if q is not None and q.id not in seen:
            seen.add(q.id)
            by_film.setdefault(q.film_id or "", []).append(q)
    order = attrgetter("kind", "id")
    return [q for film_id in sorted(by_film) for q in sorted(by_film[film_id], key=order)]

