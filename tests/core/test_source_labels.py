"""A pack may give each source a readable name: players see "the film's IMDb page", not a
seed file name, while previews and exports keep the source exactly as written."""

from __future__ import annotations


from quiz.core.generators import generate
from quiz.core.packs import load_pack, read_pack

PACK = """\
format: 1
id: labels
title: Labels
locales: [en, ru]
sources:
  seed:000_imdb.txt: {en: "the film's IMDb page", ru: "страница фильма на IMDb"}
questions:
  - id: q1
    type: truefalse
    prompt: {en: "The sky is blue.", ru: "Небо голубое."}
    answer: true
    source: seed:000_imdb.txt
  - id: q2
    type: truefalse
    prompt: {en: "Grass is green.", ru: "Трава зелёная."}
    answer: true
    source: https://example.org/grass
"""


def test_a_labelled_source_is_shown_by_its_name_in_each_language(tmp_path):
    path = tmp_path / "labels.yaml"
    path.write_text(PACK, encoding="utf-8")
    pack = load_pack(path)
    for locale, name in (("en", "the film's IMDb page"), ("ru", "страница фильма на IMDb")):
        shown = {q.source: q.shown_source for q in generate(pack, locale)}
        assert shown["seed:000_imdb.txt"] == name
        assert shown["https://example.org/grass"] == "https://example.org/grass"


def test_sources_written_as_a_list_are_an_error_with_its_place(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(PACK.replace(
        'sources:\n  seed:000_imdb.txt: {en: "the film\'s IMDb page", ru: "страница фильма на IMDb"}',
        "sources:\n  - seed:000_imdb.txt"), encoding="utf-8")
    pack, problems = read_pack(path)
    assert [(p.line, p.where) for p in problems if p.severity == "error"] == [(6, "sources")]


def test_the_bundled_packs_name_their_seed_documents():
    from quiz.core.packs import bundled_packs

    packs, _ = bundled_packs()
    for pack in packs:
        seeds = {q.source for q in generate(pack, "ru") if q.source.startswith("seed:")}
        assert seeds and all(pack.source_label(s, "ru") != s for s in seeds), pack.id


def test_a_percent_encoded_address_is_shown_readable():
    from quiz.core.models import Question

    q = Question("x", "choice", "ru", "?", ("a", "b"), 0, "easy",
                 "https://wikizero.com/index.php/Ru/%D0%9F%D0%B0%D1%80%D0%BD%D0%B8_%D1%87%D1%82%D0%BE_%D0%BD%D0%B0%D0%B4%D0%BE")
    assert q.shown_source == "https://wikizero.com/index.php/Ru/Парни_что_надо"
