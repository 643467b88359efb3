"""The pack cache: a pack read once is served from the cache while its bytes stay the same,
an edited pack is read afresh, and a broken cache file is never more than a slower load."""

from __future__ import annotations

import pytest

from quiz.core import cache, packs
from quiz.core.packs import load_pack, read_pack

PACK = """\
format: 1
id: tiny
title: Tiny
films:
  - id: spacewalk
    source: https://example.org
    title: Spacewalk
    year: 2017
"""


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("FILM_QUIZ_HOME", str(tmp_path / "home"))


@pytest.fixture
def reads(monkeypatch):
    """How many times a pack was read from its YAML rather than the cache."""
    count = []
    real = packs._read

    def counting(data, name):
        count.append(name)
        return real(data, name)

    monkeypatch.setattr(packs, "_read", counting)
    return count


def cache_files():
    return sorted(cache.folder().glob("*.pack-cache"))


def test_the_second_load_comes_from_the_cache_and_equals_the_first(tmp_path, reads):
    path = tmp_path / "tiny.yaml"
    path.write_text(PACK, encoding="utf-8")
    first = load_pack(path)
    second = load_pack(path)
    assert first == second and first.films[0].origin == second.films[0].origin
    assert len(reads) == 1 and len(cache_files()) == 1


def test_an_edited_pack_is_re_read_not_served_stale(tmp_path, reads):
    path = tmp_path / "tiny.yaml"
    path.write_text(PACK, encoding="utf-8")
    assert load_pack(path).films[0].year.value == 2017
    path.write_text(PACK.replace("2017", "2018"), encoding="utf-8")
    assert load_pack(path).films[0].year.value == 2018
    assert len(reads) == 2
    assert len(cache_files()) == 1  # the pack's one cache file, replaced


@pytest.mark.parametrize("damage", [
    lambda raw: b"",
    lambda raw: raw[: len(raw) // 2],  # cut short: right key, broken pickle
    lambda raw: raw.partition(b"\n")[0] + b"\nnot a pickle at all",
    lambda raw: b"\x00\xff" * 100,
    lambda raw: raw.partition(b"\n")[0] + b"\n" + __import__("pickle").dumps(["not", "a", "pack"]),
])
def test_a_corrupt_cache_file_is_ignored_and_replaced(tmp_path, reads, damage):
    path = tmp_path / "tiny.yaml"
    path.write_text(PACK, encoding="utf-8")
    expected = load_pack(path)
    [file] = cache_files()
    file.write_bytes(damage(file.read_bytes()))
    assert load_pack(path) == expected
    assert len(reads) == 2
    assert load_pack(path) == expected and len(reads) == 2  # the rewritten file serves again


def test_the_same_bytes_under_another_name_keep_their_own_name(tmp_path):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(PACK, encoding="utf-8")
    b.write_text(PACK, encoding="utf-8")
    assert load_pack(a).path == str(a)
    assert load_pack(b).path == str(b) and load_pack(b).films[0].origin.file == str(b)


def test_a_pack_with_errors_is_not_cached_and_still_reports_them(tmp_path, reads):
    path = tmp_path / "bad.yaml"
    path.write_text(PACK.replace("year: 2017", "year: soon"), encoding="utf-8")
    for _ in range(2):
        pack, problems = read_pack(path)
        assert pack is None and any("whole number" in p.message for p in problems)
    assert len(reads) == 2 and cache_files() == []


def test_warnings_come_back_from_the_cache_too(tmp_path):
    path = tmp_path / "tiny.yaml"
    path.write_text(PACK.replace("    source: https://example.org\n", ""), encoding="utf-8")
    first = read_pack(path)
    assert first[1] and read_pack(path) == first


def test_a_cache_folder_that_cannot_be_written_only_costs_speed(tmp_path, monkeypatch, reads):
    blocker = tmp_path / "home"
    blocker.write_text("a file where the cache folder should be")
    path = tmp_path / "tiny.yaml"
    path.write_text(PACK, encoding="utf-8")
    assert load_pack(path) == load_pack(path)
    assert len(reads) == 2


def test_a_change_of_yaml_parser_is_a_new_key(tmp_path, monkeypatch, reads):
    import yaml

    from quiz.core import yamlsafe

    path = tmp_path / "tiny.yaml"
    path.write_text(PACK, encoding="utf-8")
    load_pack(path)
    monkeypatch.setattr(yamlsafe, "_LOADER", yaml.SafeLoader)
    load_pack(path)
    assert len(reads) == 2


def test_a_pack_cached_in_pieces_comes_back_whole_and_in_order(tmp_path, monkeypatch, reads):
    monkeypatch.setattr(packs, "_PIECE", 2)  # a tiny pack, cut into many pieces
    films = "".join(f"  - {{id: f{i}, source: s, title: {{en: Film {i}}}}}\n" for i in range(5))
    questions = "".join(f"  - {{id: q{i}, type: truefalse, prompt: Is {i} odd?, answer: {str(i % 2 == 1).lower()},"
                        f" source: s}}\n" for i in range(7))
    path = tmp_path / "many.yaml"
    path.write_text("format: 1\nid: many\ntitle: Many\nlocales: [en, ru]\n"
                    f"films:\n{films}questions:\n{questions}", encoding="utf-8")
    first = read_pack(path)
    second = read_pack(path)
    assert len(reads) == 1 and second == first
    pack = second[0]
    assert [f.id for f in pack.films] == [f"f{i}" for i in range(5)]
    assert [q.id for q in pack.questions] == [f"q{i}" for i in range(7)]
    assert len(pack.fallbacks) == 1 + 5 + 7  # no Russian anywhere: the pack's title, films', prompts


def test_a_cache_file_with_a_piece_missing_is_rebuilt(tmp_path, monkeypatch, reads):
    import pickle

    monkeypatch.setattr(packs, "_PIECE", 1)
    path = tmp_path / "tiny.yaml"
    path.write_text(PACK.replace("films:", "questions:\n  - {id: q, type: truefalse, prompt: Yes?, answer: true,"
                                 " source: s}\nfilms:"), encoding="utf-8")
    expected = load_pack(path)
    [file] = cache_files()
    key, _, body = file.read_bytes().partition(b"\n")
    head = pickle.loads(body)  # the first piece only: the film and the question are gone
    file.write_bytes(key + b"\n" + pickle.dumps(head))
    assert load_pack(path) == expected and len(reads) == 2
