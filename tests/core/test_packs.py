"""The pack loader: a teacher's YAML becomes a Pack, and every mistake becomes a problem
that names file:line:column, the place in the document and what to do."""

from __future__ import annotations

import datetime as dt
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz import paths
from quiz.core import yamlsafe
from quiz.core.errors import PackError, PackProblem
from quiz.core.packs import bundled_packs, load_pack, load_packs, read_pack, validate_pack

MINIMAL = """\
format: 1
id: tiny
title: {en: Tiny pack, ru: Маленький набор}
locales: [en, ru]
films:
  - id: film
    source: https://example.org/film
    title: {en: The Film, ru: Фильм}
    year: 2001
"""


def write(tmp_path: Path, text: str, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def errors(path: Path) -> list[PackProblem]:
    return [p for p in validate_pack(path) if p.severity == "error"]


def only_error(path: Path) -> PackProblem:
    found = errors(path)
    assert len(found) == 1, "\n".join(map(str, found))
    return found[0]


# The bundled pack -----------------------------------------------------------------------


def test_every_bundled_pack_loads_without_a_single_problem():
    packs, problems = bundled_packs()
    assert problems == []
    assert sorted(p.id for p in packs) == sorted(f.stem for f in paths.questions_dir().glob("*.yaml"))
    assert "spacewalk" in [p.id for p in packs]


def test_the_bundled_pack_becomes_films_facts_and_questions():
    pack = load_pack(paths.questions_dir() / "spacewalk.yaml")
    film = pack.films[0]
    assert film.title.get("ru") == "Время первых"
    assert film.year.value == 2017 and film.year.source == film.source  # inherited source
    assert film.release_date.value == dt.date(2017, 4, 6)
    assert film.release_date.source.startswith("http://www.kinokultura.com")
    assert film.runtime.value == 137 and film.aspect_ratio.value == "2.35 : 1"
    assert film.rating.value == 7.2 and film.rating.votes == 8400
    assert film.cast[1].credited_as == "Konstantin Khabenskiy"
    assert [d.get("ru") for d in film.trivia[3].distractors] == ["английском", "немецком", "французском"]
    year_line = paths.questions_dir().joinpath("spacewalk.yaml").read_text(encoding="utf-8").splitlines().index("    year: 2017") + 1
    assert film.year.origin.line == year_line and film.year.origin.path == "films[0].year"


def test_a_choice_answer_counts_from_one_in_the_file_and_from_zero_in_the_model():
    pack = load_pack(paths.questions_dir() / "spacewalk.yaml")
    mission = pack.questions[0]
    assert mission.id == "mission" and mission.answer == 1
    assert mission.options[mission.answer].get("en") == "Voskhod 2"


def test_true_false_answers_are_one_for_true_and_zero_for_false():
    pack = load_pack(paths.questions_dir() / "spacewalk.yaml")
    by_id = {q.id: q for q in pack.questions}
    assert by_id["manual-landing"].answer == 1 and by_id["manual-landing"].options == ()
    assert by_id["genre"].answer == 0


# Reading the format ---------------------------------------------------------------------


def test_plain_text_is_the_default_locale_and_a_missing_translation_is_recorded(tmp_path):
    path = write(tmp_path, MINIMAL.replace("title: {en: The Film, ru: Фильм}", "title: The Film"))
    pack = load_pack(path)
    assert pack.films[0].title.get("ru") == "The Film"
    fallbacks = [(f.locale, f.origin.path, f.origin.line) for f in pack.fallbacks]
    assert fallbacks == [("ru", "films[0].title", 8)]


def test_a_missing_russian_title_falls_back_to_english(tmp_path):
    path = write(tmp_path, MINIMAL.replace("{en: The Film, ru: Фильм}", "{en: The Film}"))
    pack = load_pack(path)
    assert pack.films[0].title.get("ru", pack.default_locale) == "The Film"
    assert [f.origin.path for f in pack.fallbacks if f.locale == "ru"] == ["films[0].title"]


def test_a_fact_may_carry_its_own_source(tmp_path):
    path = write(tmp_path, MINIMAL.replace("year: 2001", "year: {value: 2001, source: seed:a.txt}\n"
                                           "    runtime: 95"))
    film = load_pack(path).films[0]
    assert film.year.source == "seed:a.txt"
    assert film.runtime.source == "https://example.org/film"


def test_numbers_written_as_titles_are_still_text(tmp_path):
    path = write(tmp_path, MINIMAL.replace("title: {en: The Film, ru: Фильм}", "title: 1917"))
    assert load_pack(path).films[0].title.get("en") == "1917"


def test_a_hand_question_without_a_source_takes_its_films(tmp_path):
    path = write(tmp_path, MINIMAL + """\
questions:
  - id: q1
    type: truefalse
    film: film
    prompt: The film came out in 2001.
    answer: true
""")
    question = load_pack(path).questions[0]
    assert question.source == "https://example.org/film" and question.answer == 1


# Syntax mistakes ------------------------------------------------------------------------


def test_a_duplicate_key_names_both_lines(tmp_path):
    path = write(tmp_path, MINIMAL + "id: again\n")
    problem = only_error(path)
    assert (problem.line, problem.column) == (10, 1)
    assert "line 2" in problem.message and "line 10" in problem.message


def test_a_billion_laughs_file_is_refused_in_under_a_second(tmp_path):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for name, prev in zip("bcdefghi", "abcdefgh"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    path = write(tmp_path, "\n".join(lines) + "\n")
    assert path.stat().st_size < 500
    start = time.perf_counter()
    problem = only_error(path)
    assert time.perf_counter() - start < 1
    assert "aliases" in problem.message and problem.line == 1


def test_python_tags_are_refused(tmp_path):
    path = write(tmp_path, MINIMAL + "author: !!python/object/apply:os.system [echo hi]\n")
    problem = only_error(path)
    assert "!!python/object/apply:os.system" in problem.message and problem.line == 10


def test_tabs_are_explained(tmp_path):
    path = write(tmp_path, "format: 1\nfilms:\n\t- id: x\n")
    problem = only_error(path)
    assert problem.line == 3 and problem.hint == "Use spaces, not tabs, to indent"


def test_a_missing_space_after_a_colon_is_explained(tmp_path):
    path = write(tmp_path, "format: 1\nid:tiny\ntitle: Tiny\n")
    problem = only_error(path)
    assert problem.line == 2 and "Put a space after the colon" in problem.hint


def test_an_unclosed_quote_is_shown_where_it_opens(tmp_path):
    path = write(tmp_path, MINIMAL.replace("title: {en: Tiny pack, ru: Маленький набор}", 'title: "Tiny pack'))
    problem = only_error(path)
    assert (problem.line, problem.column) == (3, 8) and "never closed" in problem.message


def test_invalid_utf8_names_its_line(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("format: 1\ntitle: Время\n".encode("cp1251"))
    problem = only_error(path)
    assert problem.line == 2 and "UTF-8" in problem.message


def test_binary_junk_is_not_a_pack(tmp_path):
    path = tmp_path / "picture.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "not a text file" in only_error(path).message


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"])
def test_an_empty_file_is_reported(tmp_path, text):
    assert "empty" in only_error(write(tmp_path, text)).message


def test_a_huge_file_is_refused_without_being_parsed(tmp_path):
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"# " + b"x" * (yamlsafe.MAX_BYTES + 10))
    assert "larger than 5 MB" in only_error(path).message


def test_deep_nesting_is_refused(tmp_path):
    path = write(tmp_path, "a: " + "[" * 5000 + "]" * 5000 + "\n")
    assert "nested" in only_error(path).message


def test_a_file_that_is_not_a_pack_gets_one_problem_not_one_per_line(tmp_path):
    problem = only_error(write(tmp_path, "user: x\nhost: y\nport: 22\n"))
    assert "does not look like a question pack" in problem.message


def test_a_list_where_the_pack_belongs_is_explained(tmp_path):
    problem = only_error(write(tmp_path, "- format: 1\n- id: x\n"))
    assert (problem.line, problem.column) == (1, 1) and "key: value" in problem.message


# Content mistakes -----------------------------------------------------------------------


def test_a_film_without_an_id_says_each_film_needs_one(tmp_path):
    path = write(tmp_path, MINIMAL.replace("  - id: film\n    source", "  - source"))
    problem = only_error(path)
    assert problem.message == "each film needs an `id`"
    assert problem.where == "films[0]" and problem.line == 6


def test_an_unknown_key_suggests_the_near_one(tmp_path):
    path = write(tmp_path, MINIMAL.replace("year: 2001", "yaer: 2001"))
    problem = only_error(path)
    assert problem.where == "films[0].yaer" and problem.hint == "Did you mean `year`?"
    assert (problem.line, problem.column) == (9, 5)


def test_an_unknown_locale_suggests_the_near_one(tmp_path):
    path = write(tmp_path, MINIMAL.replace("{en: The Film, ru: Фильм}", "{en: The Film, rus: Фильм}"))
    problem = only_error(path)
    assert problem.where == "films[0].title.rus" and "Did you mean `ru`?" in problem.hint


def test_the_format_is_required(tmp_path):
    problem = only_error(write(tmp_path, MINIMAL.replace("format: 1\n", "")))
    assert problem.message == "the pack needs a `format`" and problem.hint == "Add a line `format: 1`"


def test_a_later_format_is_refused(tmp_path):
    problem = only_error(write(tmp_path, MINIMAL.replace("format: 1", "format: 2")))
    assert "format 1" in problem.message and problem.line == 1


def test_two_films_with_one_id_are_an_error_naming_both_lines(tmp_path):
    path = write(tmp_path, MINIMAL + "  - id: film\n    title: Again\n")
    problem = only_error(path)
    assert "line 6" in problem.message and "line 10" in problem.message


def test_a_question_about_an_unknown_film_is_an_error(tmp_path):
    path = write(tmp_path, MINIMAL + """\
questions:
  - {id: q, type: truefalse, film: flim, prompt: Yes?, answer: true}
""")
    problem = only_error(path)
    assert problem.where == "questions[0].film" and "Did you mean `film`?" in problem.hint


def test_the_default_locale_must_be_one_of_the_locales(tmp_path):
    path = write(tmp_path, MINIMAL.replace("locales: [en, ru]", "default_locale: ru\nlocales: [en]"))
    assert any("not in `locales`" in p.message for p in errors(path))


@pytest.mark.parametrize("fact, words", [
    ("year: 1700", "from 1880 to 2100"),
    ("runtime: 0", "from 1 to 1000"),
    ("rating: {value: 11, scale: 10}", "from 0 to 10"),
    ("awards: {wins: -1}", "at least 0"),
    ("year: '2001'", "expected a whole number"),
    ("year: yes", "expected a whole number"),
    ("release_date: 2001-02-30", "cannot be read as a date"),
])
def test_numbers_must_be_sane(tmp_path, fact, words):
    problem = only_error(write(tmp_path, MINIMAL.replace("year: 2001", fact)))
    assert words in problem.message and problem.line == 9


@pytest.mark.parametrize("answer, ok", [(1, True), (3, True), (0, False), (4, False), ("'2'", False), ("true", False)])
def test_a_choice_answer_is_the_number_of_an_option(tmp_path, answer, ok):
    path = write(tmp_path, MINIMAL + f"""\
questions:
  - id: q
    type: choice
    prompt: Which?
    options: [a, b, c]
    answer: {answer}
    source: https://example.org
""")
    found = errors(path)
    assert (found == []) is ok, found
    if not ok:
        assert found[0].where == "questions[0].answer" and "from 1 to 3" in found[0].message


def test_a_choice_question_has_two_to_six_options(tmp_path):
    path = write(tmp_path, MINIMAL + """\
questions:
  - {id: q, type: choice, prompt: Which?, options: [only], answer: 1, source: x}
""")
    assert "2 to 6 options" in only_error(path).message


@pytest.mark.parametrize("text", ["The [[open blank", "A closing ]] only", "Nested [[a [[b]] c]]", "Empty [[ ]]"])
def test_blank_markers_must_be_balanced(tmp_path, text):
    path = write(tmp_path, MINIMAL + f"    trivia:\n      - text: \"{text}\"\n")
    problem = only_error(path)
    assert problem.where == "films[0].trivia[0].text" and problem.line == 11


def test_distractor_lists_must_line_up_across_languages(tmp_path):
    path = write(tmp_path, MINIMAL + """\
    trivia:
      - text: {en: "It is [[red]].", ru: "Он [[красный]]."}
        distractors: {en: [blue, green], ru: [синий]}
""")
    assert "different numbers of distractors" in only_error(path).message


def test_every_problem_is_reported_at_once(tmp_path):
    path = write(tmp_path, MINIMAL.replace("year: 2001", "year: 1700\n    runtime: -5\n    plto: x"))
    assert [p.line for p in errors(path)] == [9, 10, 11]


def test_load_pack_raises_pack_error_with_all_errors(tmp_path):
    path = write(tmp_path, MINIMAL.replace("year: 2001", "year: 1700\n    runtime: -5"))
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert len(caught.value.problems) == 2 and f"{path}:9:11" in str(caught.value)


def test_warnings_do_not_stop_a_pack_from_loading(tmp_path):
    path = write(tmp_path, MINIMAL.replace("    source: https://example.org/film\n", ""))
    problems = validate_pack(path)
    assert [p.severity for p in problems] == ["warning"] and "no `source`" in problems[0].message
    assert load_pack(path).id == "tiny"


def test_a_key_written_without_a_space_is_explained_where_a_block_belongs(tmp_path):
    path = write(tmp_path, MINIMAL + "  - id:second\n")
    problem = only_error(path)
    assert problem.where == "films[1]" and problem.hint == "Put a space after the colon"


def test_two_cast_members_with_one_billing_place_are_a_warning(tmp_path):
    path = write(tmp_path, MINIMAL + """\
    cast:
      - {actor: A, character: X, order: 1}
      - {actor: B, character: Y, order: 1}
""")
    [problem] = validate_pack(path)
    assert problem.severity == "warning" and problem.line == 12 and "lines 11 and 12" in problem.message


def test_a_true_false_question_needs_true_or_false(tmp_path):
    path = write(tmp_path, MINIMAL + """\
questions:
  - {id: q, type: truefalse, film: film, prompt: Sure?, answer: "yes"}
""")
    problem = only_error(path)
    assert problem.where == "questions[0].answer" and "answer: true" in problem.hint


# Many packs -----------------------------------------------------------------------------


def test_one_broken_pack_does_not_stop_the_others(tmp_path):
    write(tmp_path, MINIMAL, "a.yaml")
    write(tmp_path, "format: 1\nid: [broken\n", "b.yaml")
    write(tmp_path, MINIMAL.replace("id: tiny", "id: other"), "c.yml")
    (tmp_path / "notes.txt").write_text("not a pack")
    packs, problems = load_packs([tmp_path])
    assert [p.id for p in packs] == ["tiny", "other"]
    assert [Path(p.file).name for p in problems] == ["b.yaml"]


def test_a_second_pack_with_the_same_id_is_skipped(tmp_path):
    write(tmp_path, MINIMAL, "a.yaml")
    write(tmp_path, MINIMAL, "b.yaml")
    packs, problems = load_packs([tmp_path])
    assert len(packs) == 1 and "already used" in problems[0].message


def test_a_missing_path_is_a_problem_not_an_exception(tmp_path):
    packs, problems = load_packs([tmp_path / "nowhere"])
    assert packs == [] and "no such file" in problems[0].message


def test_a_folder_given_as_a_pack_is_a_problem(tmp_path):
    pack, problems = read_pack(tmp_path)
    assert pack is None and "folder" in problems[0].message


# Nothing but PackError ------------------------------------------------------------------

_yaml_text = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.text(max_size=20), st.dates()),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.sampled_from(["id", "title", "films", "year", "en", "ru",
                                                                "format", "questions", "answer", "x"]),
                                               children, max_size=4)),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=200))
def test_random_bytes_never_escape_as_anything_but_pack_problems(tmp_path, data):
    path = tmp_path / "fuzz.yaml"
    path.write_bytes(data)
    pack, problems = read_pack(path)
    assert pack is None or problems == [] or all(p.severity == "warning" for p in problems)
    assert not any("internal error" in p.message for p in problems), problems


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=":-[]{}&*!|>'\"#%@`?,. \n\tab1é\u2028", max_size=80))
def test_random_yaml_punctuation_gives_problems_not_crashes(tmp_path, text):
    path = tmp_path / "fuzz.yaml"
    path.write_text(text, encoding="utf-8")
    pack, problems = read_pack(path)
    assert pack is None or all(p.severity == "warning" for p in problems)
    assert not any("internal error" in p.message for p in problems), problems


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(["format", "id", "title", "films", "questions", "locales",
                                        "default_locale", "description"]), _yaml_text, max_size=6),
       st.lists(st.dictionaries(st.sampled_from(["id", "title", "year", "runtime", "cast", "trivia", "rating",
                                                 "source", "release_date", "awards"]), _yaml_text, max_size=6),
                max_size=3))
def test_random_pack_shapes_give_problems_not_crashes(tmp_path, top, films):
    import yaml

    path = tmp_path / "fuzz.yaml"
    path.write_text(yaml.safe_dump({"format": 1, **top, "films": films}, allow_unicode=True), encoding="utf-8")
    try:
        load_pack(path)
    except PackError as e:
        assert not any("internal error" in p.message for p in e.problems), e


def test_the_bundled_packs_read_the_same_without_libyaml(monkeypatch):
    # libyaml accepts some plain text (`What? Where? When?` in a [list]) that the pure-Python
    # parser refuses; a pack must load on a machine without libyaml too.
    import yaml

    with_libyaml = bundled_packs()
    monkeypatch.setattr(yamlsafe, "_LOADER", yaml.SafeLoader)
    assert bundled_packs() == with_libyaml


@pytest.mark.parametrize("text", [b"- x\n" * 1_300_000, b"[" + b"1," * 2_600_000 + b"1]"])
def test_a_file_that_is_one_long_list_is_refused_at_its_first_line(tmp_path, text):
    # A 5 MB list of a million items took 44 s and 670 MB to build before it was refused
    # as "not a pack"; a flow list of the same size took two minutes and 1.3 GB.
    path = tmp_path / "list.yaml"
    path.write_bytes(text)
    start = time.perf_counter()
    problem = only_error(path)
    assert time.perf_counter() - start < 1
    assert "holds a list" in problem.message and (problem.line, problem.column) == (1, 1)


def test_a_file_of_more_values_than_any_pack_is_refused_as_it_is_read(tmp_path, monkeypatch):
    # The limit is far above a pack of 10,000 questions; here it is lowered, to see the
    # counting stop a file where it passes the limit.
    monkeypatch.setattr(yamlsafe, "MAX_NODES", 1000)
    path = write(tmp_path, MINIMAL + "questions: [" + "x, " * 2000 + "x]\n")
    problem = only_error(path)
    assert "more than 1,000 values" in problem.message and problem.line == 10


@pytest.mark.parametrize("escape", ["\\0", "\\x07", "\\ud800", "\\e"])
@pytest.mark.parametrize("loader", ["libyaml", "python"])
def test_an_escape_that_makes_an_invisible_character_is_refused_where_it_is_written(tmp_path, monkeypatch,
                                                                                     escape, loader):
    # `title: "Tiny\0"` loaded, and drawing the title then raised in the middle of a frame.
    # (libyaml refuses a lone surrogate itself, as a quote it cannot read.)
    import yaml

    if loader == "python":
        monkeypatch.setattr(yamlsafe, "_LOADER", yaml.SafeLoader)
    path = write(tmp_path, MINIMAL.replace("title: {en: Tiny pack,", f'title: {{en: "Tiny{escape}",'))
    problem = only_error(path)
    assert (problem.line, problem.column) == (3, 13)
    assert "control character" in problem.message or "quote" in problem.message
