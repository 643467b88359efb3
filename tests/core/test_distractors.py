"""The helpers every generated question's wrong options go through."""

import collections
import math
import random

import pytest

from hypothesis import given, strategies as st

from quiz.core.distractors import Names, casekey, pick_names, prompt_key, shuffle

SPACES = st.sampled_from(" \t\n\u00a0\u202f\u2003\u3000\x1f")


@given(st.lists(st.one_of(st.text(max_size=6), SPACES), max_size=12).map("".join))
def test_texts_are_compared_case_folded_with_their_spaces_collapsed(text):
    assert prompt_key(text) == " ".join(text.casefold().split())


@pytest.mark.parametrize("size", [2, 3, 4, 5])
def test_a_shuffle_reaches_every_order_about_equally_often(size):
    rng = random.Random(5)
    orders = math.factorial(size)
    seen = collections.Counter()
    for _ in range(1000 * orders):
        items = list("abcde"[:size])
        shuffle(rng, items)
        seen["".join(items)] += 1
    assert len(seen) == orders
    assert all(800 <= n <= 1200 for n in seen.values()), seen


@given(st.integers(min_value=0, max_value=10**6))
def test_wrong_names_are_never_the_answer_another_right_one_or_each_other(seed):
    pool = Names(["Alexei Leonov", "ALEXEI LEONOV", "Pavel Belyaev", "Sergei Korolev", "Юрий Гагарин",
                  "Yuri Gagarin", "", "Valentina Tereshkova", "German Titov"])
    assert len(pool) == 7  # each once, compared case-folded; empty names left out
    wrong = pick_names(random.Random(seed), "alexei leonov", ["Pavel  Belyaev", "Mikhail Zhukov"], pool,
                       exclude=["sergei korolev"])
    keys = [casekey(name) for name in wrong]
    assert len(wrong) == 3 and len(set(keys)) == 3
    assert not {"alexei leonov", "sergei korolev"} & set(keys)
    assert "Юрий Гагарин" not in wrong  # three Latin names were there to be had


def test_names_in_another_script_fill_in_only_when_the_answers_script_runs_out():
    wrong = pick_names(random.Random(1), "Алексей Леонов", ["Павел Беляев"], Names(["Pavel Belyaev", "Yuri Gagarin"]))
    assert wrong[0] == "Павел Беляев" and sorted(wrong[1:]) == ["Pavel Belyaev", "Yuri Gagarin"]


def test_a_very_large_packs_memos_are_forgotten_once_it_is_generated(monkeypatch):
    from quiz.core import distractors
    from quiz.core.generators import generate
    from quiz.core.packs import load_pack
    from quiz.paths import questions_dir

    pack = load_pack(questions_dir() / "spacewalk.yaml")
    generate(pack, "en")
    kept = casekey.cache_info().currsize
    assert kept > 0  # a usual pack's names stay remembered for the next one
    monkeypatch.setattr(distractors, "_KEEP", kept - 1)
    generate(pack, "en")
    assert casekey.cache_info().currsize == 0
