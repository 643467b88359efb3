"""Whatever valid film data a pack holds, every question made from it is well formed and
states only what the data says."""

from __future__ import annotations

import datetime as _dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.core.distractors import blanks, plain
from quiz.core.generators import generate
from quiz.core.ids import stable_id
from quiz.core.models import (
    AltTitle,
    Awards,
    BoxOffice,
    CastMember,
    Film,
    HandQuestion,
    Pack,
    Person,
    Quote,
    QuoteLine,
    Rating,
    Sourced,
    Statement,
    Text,
)
from quiz.i18n import translator

CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
LATIN_NAMES = ["Anna", "Boris", "Clara", "Dmitri", "Ellen", "Frank", "Grace", "Hugo", "Ivan", "Leo"]
CYRILLIC_NAMES = ["Анна", "Борис", "Вера", "Глеб", "Дарья", "Егор", "Жанна", "Зоя", "Игорь", "Лев"]
WORDS = LATIN_NAMES + CYRILLIC_NAMES + ["the", "film", "и", "фильм", "was", "был", "7", "1984", "12000", "—"]

odd_text = st.text(alphabet=st.sampled_from(list("abzXYабяЖЁ 0917-'.")), min_size=1, max_size=8)
name = st.one_of(st.lists(st.sampled_from(LATIN_NAMES + CYRILLIC_NAMES), min_size=1, max_size=3).map(" ".join),
                 odd_text).filter(lambda s: s.strip())
blank_or_word = st.one_of(st.sampled_from(WORDS), name.map(lambda s: f"[[{s.strip()}]]"),
                          st.integers(0, 3000).map(lambda n: f"[[{n}]]"))
sentence = st.lists(blank_or_word, min_size=1, max_size=8).map(" ".join).filter(lambda s: plain(s).strip())


def localised(part):
    """English only, or English and Russian."""
    return st.one_of(part.map(Text.of),
                     st.tuples(part, part).map(lambda p: Text.of({"en": p[0], "ru": p[1]})))


@st.composite
def films(draw, film_id: str) -> Film:
    cast = tuple(CastMember(draw(localised(name)), draw(localised(name)), order)
                 for order in draw(st.lists(st.integers(1, 40), max_size=7)))
    quotes = tuple(Quote(tuple(QuoteLine(draw(localised(sentence)), draw(st.none() | localised(name)),
                                         draw(st.none() | localised(name)))
                               for _ in range(draw(st.integers(1, 3)))))
                   for _ in range(draw(st.integers(0, 2))))

    def statements(most: int) -> tuple[Statement, ...]:
        return tuple(Statement(draw(localised(sentence)), draw(st.none() | localised(sentence)),
                               distractors=tuple(draw(st.lists(localised(name), max_size=4))))
                     for _ in range(draw(st.integers(0, most))))

    optional = lambda strategy: draw(st.none() | strategy)  # noqa: E731
    return Film(
        id=film_id, title=draw(localised(name)), source=f"seed:{film_id}",
        year=optional(st.integers(1895, 2030).map(Sourced)),
        release_date=optional(st.dates(_dt.date(1895, 1, 1), _dt.date(2030, 12, 31)).map(Sourced)),
        runtime=optional(st.integers(1, 400).map(Sourced)),
        rating=optional(st.builds(Rating, st.sampled_from([0.5, 1.0, 3.3, 7.2, 9.9, 10.0]),
                                  st.just(10), st.none() | st.integers(0, 10**6))),
        box_office=tuple(draw(st.lists(st.builds(BoxOffice, st.integers(1, 3 * 10**9),
                                                 st.sampled_from(["USD", "RUB"]),
                                                 st.sampled_from(["worldwide", "Russia"])), max_size=2))),
        awards=optional(st.builds(Awards, st.none() | st.integers(0, 300), st.none() | st.integers(0, 300))),
        directors=tuple(Person(d) for d in draw(st.lists(localised(name), max_size=2))),
        cast=cast, quotes=quotes, trivia=statements(4), goofs=statements(2),
        alt_titles=tuple(AltTitle(a) for a in draw(st.lists(localised(name), max_size=2))),
    )


@st.composite
def packs(draw) -> Pack:
    count = draw(st.integers(1, 4))
    hand = []
    for i in range(draw(st.integers(0, 2))):
        options = draw(st.lists(localised(name), min_size=2, max_size=6,
                                unique_by=lambda t: t.get("en").casefold()))
        hand.append(HandQuestion(f"q{i}", "choice", draw(localised(sentence)), tuple(options),
                                 draw(st.integers(0, len(options) - 1))))
    return Pack(id="random", title=Text.of("Random"), description=Text.of("Random"), default_locale="en",
                locales=("en", "ru"), films=tuple(draw(films(f"f{i}")) for i in range(count)),
                questions=tuple(hand))


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _facts(film: Film, locale: str) -> dict[str, set[str]]:
    """What a right answer of each kind may be, as the data has it."""
    text = lambda t: t.get(locale, "en").strip()  # noqa: E731
    statements = (*film.trivia, *film.goofs)
    return {
        "who-played": {text(m.actor) for m in film.cast},
        "which-character": {text(m.character) for m in film.cast},
        "who-says": {text(line.character) for q in film.quotes for line in q.lines if line.character},
        "which-film": {text(film.title)},
        "fill-blank": {b for s in statements for b in blanks(text(s.text))},
        "spot-the-goof": {plain(text(s.text)) for s in film.goofs},
        "true": {plain(text(s.text)) for s in statements},
        "false": {plain(text(s.false)) for s in statements if s.false},
        "director": {text(d.name) for d in film.directors},
        "alt-title": {text(a.title) for a in film.alt_titles},
    }


def _check_cast(q, film: Film, locale: str) -> None:
    """No wrong option of a cast question is another right answer: an actor who played the
    same role, or another role of the same actor."""
    text = lambda t: _key(t.get(locale, "en"))  # noqa: E731
    asked, given = ("actor", "character") if q.kind == "who-played" else ("character", "actor")
    for m in film.cast:
        if stable_id(film.id, q.kind, getattr(m, given).get("en").strip(),
                     getattr(m, asked).get("en").strip()) == q.id:
            right = {text(getattr(o, asked)) for o in film.cast
                     if text(getattr(o, given)) == text(getattr(m, given))}
            assert {_key(o) for o in q.options} & right == {_key(q.answer_text)}, q
            return
    raise AssertionError(f"{q} asks about nobody in the cast")


def _check_facts(q, film: Film, locale: str) -> None:
    if q.kind in ("who-played", "which-character"):
        _check_cast(q, film, locale)
    facts = _facts(film, locale)
    family = {"trivia-fill-blank": "fill-blank", "goof-fill-blank": "fill-blank"}.get(q.kind, q.kind)
    if family.startswith("which-film"):
        family = "which-film"
    if family == "fill-blank":
        number = re.sub(r"[,\s]", "", q.answer_text)  # a number blank is shown formatted
        assert q.answer_text in facts[family] or number in facts[family], q
    elif family in facts:
        assert q.answer_text.strip() in facts[family], q
    elif q.kind == "trivia-true-false":
        shown = q.prompt.split(": ", 1)[1]
        assert shown in (facts["true"] if q.answer == 0 else facts["false"]), q
    elif q.kind == "release-year":
        assert q.answer_text == str(film.year.value)
    elif q.kind == "runtime":
        assert q.answer_text == translator(locale).duration(film.runtime.value)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(packs())
def test_any_film_data_makes_only_well_formed_true_questions(pack):
    films_by_id = {f.id: f for f in pack.films}
    for locale in ("en", "ru"):
        questions = generate(pack, locale)
        assert len({q.id for q in questions}) == len(questions)
        for q in questions:
            keys = [_key(o) for o in q.options]
            assert len(set(keys)) == len(keys), q
            assert 2 <= len(q.options) <= 6 and 0 <= q.answer < len(q.options), q
            if q.kind in ("truefalse", "trivia-true-false"):
                assert len(q.options) == 2
            elif q.kind != "choice":  # a hand-written prompt may name its answer
                assert keys[q.answer] not in _key(q.prompt), q
            if q.kind not in ("choice", "truefalse"):
                assert len(q.options) >= 3 or q.kind == "trivia-true-false", q
                _check_facts(q, films_by_id[q.film_id], locale)
                if locale == "ru":
                    assert CYRILLIC.search(q.prompt), q
        assert generate(pack, locale) == questions  # deterministic
