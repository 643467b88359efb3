"""Mutation fuzzing: the bundled packs and the sample import files, damaged the way files
are damaged in real life (a flipped byte, a cut-off download, a line deleted or pasted
twice, stray YAML/CSV/GIFT punctuation typed in), must give a pack or a PackError whose
every problem names its place. Nothing else may escape: not from the loader, not from an
importer, not from the generators and lint run on a pack that still loads; and a pack an
import wrote must load.

FILM_QUIZ_FUZZ_EXAMPLES sets the number of cases over all targets (default 300, a few
seconds); run with 12000 or more before a release:

    FILM_QUIZ_FUZZ_EXAMPLES=12000 python -m pytest tests/formats/test_mutation_fuzz.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from quiz import paths
from quiz.core.errors import PackError, PackProblem
from quiz.core.generators import generate
from quiz.core.lint import lint
from quiz.core.packs import read_pack
from quiz.formats import import_bytes
from quiz.formats.common import ImportOptions, dump_pack
from tests.formats.format_samples import DATA

PACKS = sorted(paths.questions_dir().glob("*.yaml"))
SAMPLES = {"csv": "kahoot.csv", "gift": "quiz.gift", "aiken": "quiz.aiken.txt", "opentdb": "opentdb.json",
           "imdb-page": "imdb_spacewalk.txt"}
TARGETS = len(PACKS) + len(SAMPLES)
EXAMPLES = max(10, int(os.environ.get("FILM_QUIZ_FUZZ_EXAMPLES", "300")) // TARGETS)

# What people type by mistake, or what another format's syntax leaves behind.
PUNCTUATION = [
    ":", ": ", "-", "- ", "  ", "\t", "'", '"', "[", "]", "{", "}", "&a", "*a", "!!python/object:os.system", "!",
    "|", ">", "#", "%", "@", "`", "?", ",", ";", "\n", "\r\n", "---\n", "...\n", "~", "=", "::", "\\", "//",
    "$CATEGORY:", "ANSWER: A", "A) ", "%50%", "\ufeff", "\u2028", "\x00", "\xa0", "Ж", "1e999", "-1", "0",
    "99999999999999999999", "2017-02-30", "null", "true", "yes", ".nan", "<<: ", "? ", "{{", "]]", "[[",
]


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    """`data` after one to four mutations of the kinds a file really suffers."""
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(("flip", "truncate", "delete-line", "duplicate-line", "insert", "splice")))
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        if kind == "flip":
            data = data[:at] + bytes([data[at] ^ (1 << draw(st.integers(0, 7)))]) + data[at + 1:]
        elif kind == "truncate":
            data = data[:at]
        elif kind in ("delete-line", "duplicate-line"):
            lines = data.splitlines(keepends=True)
            i = draw(st.integers(0, len(lines) - 1))
            lines[i:i + 1] = [] if kind == "delete-line" else [lines[i], lines[i]]
            data = b"".join(lines)
        elif kind == "insert":
            piece = draw(st.sampled_from(PUNCTUATION)).encode("utf-8")
            data = data[:at] + piece * draw(st.integers(1, 3)) + data[at:]
        else:  # a block of the file pasted again somewhere else
            end = draw(st.integers(at, min(len(data), at + 400)))
            where = draw(st.integers(0, len(data)))
            data = data[:where] + data[at:end] + data[where:]
    return data


def _assert_located(problems: list[PackProblem] | tuple[PackProblem, ...], file: str) -> None:
    assert problems, "an error with no problem in it"
    for p in problems:
        assert "internal error" not in p.message, p
        assert p.file == file and p.message, p
        assert p.line >= 0 and p.column >= 0, p


def check_pack_file(path: Path, must_load: bool = False) -> None:
    """Load `path` as the game and `film-quiz validate` do; a pack that loads must make
    questions in every locale, and lint them."""
    pack, problems = read_pack(path)
    assert pack is not None or not must_load, [str(p) for p in problems if p.severity == "error"]
    if pack is None:
        event("refused")
        _assert_located([p for p in problems if p.severity == "error"], str(path))
        return
    event("loaded, questions generated")  # --hypothesis-show-statistics shows how often
    assert all(p.severity == "warning" for p in problems)
    questions = {locale: generate(pack, locale) for locale in pack.locales}
    for q in (q for qs in questions.values() for q in qs):
        assert 0 <= q.answer < len(q.options), q
    lint(pack, questions)  # what `film-quiz validate` runs on a pack that loads


def check_import(fmt: str, data: bytes, tmp_path: Path) -> None:
    """Import `data`; an import that succeeds must write a pack that loads."""
    try:
        result = import_bytes(fmt, data, ImportOptions(file="fuzzed.txt"))
    except PackError as e:
        event("import refused")
        _assert_located(e.problems, "fuzzed.txt")
        return
    target = tmp_path / "imported.yaml"
    target.write_text(dump_pack(result, target), encoding="utf-8")
    check_pack_file(target, must_load=True)


_fuzz = settings(max_examples=EXAMPLES, deadline=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                        HealthCheck.data_too_large])


@pytest.mark.parametrize("pack", PACKS, ids=lambda p: p.name)
@_fuzz
@given(data=st.data())
def test_a_damaged_bundled_pack_loads_or_says_where_it_is_broken(pack, data, tmp_path):
    damaged = data.draw(mutated(pack.read_bytes()))
    path = tmp_path / pack.name
    path.write_bytes(damaged)
    check_pack_file(path)


@pytest.mark.parametrize("fmt", sorted(SAMPLES))
@_fuzz
@given(data=st.data())
def test_a_damaged_import_file_imports_or_says_where_it_is_broken(fmt, data, tmp_path):
    damaged = data.draw(mutated((DATA / SAMPLES[fmt]).read_bytes()))
    check_import(fmt, damaged, tmp_path)
