"""Whatever a person feeds an importer — binary junk, an empty file, another encoding, a
half-finished file — the only thing that escapes is a PackError with a location."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.core.errors import PackError
from quiz.formats import IMPORTERS, import_bytes
from quiz.formats.common import ImportOptions

# Pieces of every format's syntax, so the fuzzer reaches deep into the parsers rather than
# stopping at the first line.
_TOKENS = [
    "\n", "\n\n", " ", "{", "}", "=", "~", "#", "####", "::", "\\", "%50%", "->", "[html]", "[markdown]", "$CATEGORY:",
    "//", "T", "FALSE", "A.", "B)", "ANSWER:", "ANSWER: A", ";", ",", '"', "Question", "Answer 1", "Answer 2",
    "Correct answer", "Option A", "1", "2", "1,3", "{\"results\": [", "]}", "\"question\":", "\"correct_answer\":",
    "\"incorrect_answers\": [\"x\"]", "\"type\": \"boolean\"", "null", "IMDb RATING", "7.2/10", "8.4K", "- ",
    "- Awards", "- Quotes", "- TriviaThe", "- Runtime2 hours", "Featured reviews", "How long is X?", "Name:",
    "[over radio]", "- (as Y)", "Ж", "&amp;", "\ufeff", "\r\n", "\x00",
]
_structured = st.lists(st.sampled_from(_TOKENS) | st.text(max_size=8), max_size=40).map("".join)


def _feed(fmt: str, data: bytes) -> None:
    try:
        import_bytes(fmt, data, ImportOptions(file="fuzz.txt", title=None))
    except PackError as e:
        assert e.problems and all(p.file == "fuzz.txt" for p in e.problems)
        assert all(p.severity == "error" for p in e.problems)


@pytest.mark.parametrize("fmt", sorted(IMPORTERS))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=300))
def test_binary_junk_gives_only_pack_errors(fmt, data):
    _feed(fmt, data)


@pytest.mark.parametrize("fmt", sorted(IMPORTERS))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_structured)
def test_near_miss_files_give_only_pack_errors(fmt, text):
    _feed(fmt, text.encode("utf-8"))


@pytest.mark.parametrize("fmt", sorted(IMPORTERS))
@pytest.mark.parametrize("data, where", [
    (b"", (1, 1)),
    (b"  \n\n", (1, 1)),
    (b"Question;Answer 1\n\xcf\xf0\xe8\xe2\xe5\xf2\n", (2, 1)),  # Windows-1251 Cyrillic
    (b"\x89PNG\r\n\x1a\n\x00\x00", (1, 1)),
])
def test_empty_binary_or_other_encoding_files_are_refused_with_a_location(fmt, data, where):
    with pytest.raises(PackError) as e:
        import_bytes(fmt, data, ImportOptions(file="x"))
    (problem,) = e.value.problems
    assert (problem.line, problem.column) == where
