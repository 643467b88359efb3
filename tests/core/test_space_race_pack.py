"""The bundled Space Race pack (questions/space-race.yaml): it loads without a problem, covers
at least five films, every film and fact names where it was checked, and it makes at least a
hundred distinct, well-formed questions in each locale."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

packs = pytest.importorskip("quiz.core.packs")
generators = pytest.importorskip("quiz.core.generators")

PACK = Path(__file__).resolve().parents[2] / "questions" / "space-race.yaml"
SOURCE = re.compile(r"^(https?://\S+|seed:[\w.-]+)$")


@pytest.fixture(scope="module")
def pack():
    loaded, problems = packs.read_pack(PACK)
    assert not problems, "\n".join(str(p) for p in problems)
    assert loaded is not None
    return loaded


def _facts(film):
    """(place, fact) for every fact of `film` that carries its own `source` field."""
    for name in ("year", "release_date", "runtime", "rating", "awards", "aspect_ratio"):
        fact = getattr(film, name, None)
        if fact is not None:
            yield name, fact
    for name in ("box_office", "directors", "cast", "quotes", "trivia", "goofs", "alt_titles"):
        for i, fact in enumerate(getattr(film, name, ()) or ()):
            yield f"{name}[{i}]", fact


def test_covers_at_least_five_films(pack):
    assert len(pack.films) >= 5
    assert len({f.id for f in pack.films}) == len(pack.films)
    for film in pack.films:
        for locale in ("en", "ru"):
            assert film.title.has(locale), (film.id, locale)
        assert film.year is not None and film.directors and len(film.cast) >= 3, film.id


def test_every_film_and_fact_has_a_source(pack):
    for film in pack.films:
        assert SOURCE.match(film.source or ""), (film.id, film.source)
        for place, fact in _facts(film):
            source = getattr(fact, "source", "") or film.source
            assert SOURCE.match(source), (film.id, place, source)
    for q in pack.questions:
        assert SOURCE.match(q.source or ""), (q.id, q.source)


@pytest.mark.parametrize("locale", ["en", "ru"])
def test_at_least_100_distinct_valid_questions(pack, locale):
    questions = generators.generate(pack, locale, seed=1)
    valid = [q for q in questions if generators.well_formed(q)]
    assert len(valid) == len(questions)
    assert len({q.id for q in valid}) >= 100
    assert len({(q.prompt, q.options) for q in valid}) >= 100
    assert all(q.source for q in valid)
    films = {f.id for f in pack.films}
    assert {q.film_id for q in valid if q.kind.startswith("which-film")} <= films


def test_no_lint_warnings(pack):
    lint = pytest.importorskip("quiz.core.lint")
    questions = {locale: generators.generate(pack, locale, seed=1) for locale in ("en", "ru")}
    problems = lint.lint(pack, questions)
    assert problems == [], "\n".join(str(p) for p in problems)
