"""A pack file read for the browser, and the watcher that reads it again when it is saved."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quiz.core.snapshots import PackWatcher, read_snapshot
from quiz.formats.scaffold import starter_pack


@pytest.fixture
def pack_file(tmp_path) -> Path:
    path = tmp_path / "my.yaml"
    path.write_text(starter_pack(path), encoding="utf-8")
    return path


def save(path: Path, text: str, tick: int) -> None:
    """Write `text` and give the file a new modification time, as a later save would have
    (a test runs faster than some file systems' clocks move)."""
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(tick * 10**9, tick * 10**9))


def test_a_good_pack_has_its_questions_in_every_language(pack_file):
    snapshot = read_snapshot(pack_file)
    assert snapshot.state == "ok" and not snapshot.errors
    assert snapshot.questions["en"] and snapshot.questions["ru"]
    assert {q.locale for q in snapshot.questions["ru"]} == {"ru"}
    assert "choice" in snapshot.kinds("en")


def test_a_syntax_error_is_reported_with_its_line_and_column(pack_file):
    pack_file.write_text(pack_file.read_text(encoding="utf-8").replace("answer: 2", "answer: [2"),
                         encoding="utf-8")
    snapshot = read_snapshot(pack_file)
    assert snapshot.state == "errors" and snapshot.pack is None and not snapshot.questions
    assert all(p.line > 0 and p.column > 0 for p in snapshot.errors)


def test_a_file_that_is_not_there_is_missing_not_an_exception(tmp_path):
    assert read_snapshot(tmp_path / "gone.yaml").state == "missing"


def test_a_warning_about_a_question_is_tied_to_that_question(pack_file):
    long = "Vostok 1, the flight of Yuri Gagarin, the first man in space, in April 1961, on a Vostok-3KA rocket"
    pack_file.write_text(pack_file.read_text(encoding="utf-8").replace("{en: Vostok 1,", f"{{en: \"{long}\","),
                         encoding="utf-8")
    snapshot = read_snapshot(pack_file)
    mission = next(q for q in snapshot.questions["en"] if long in q.options)
    about = snapshot.about[("en", mission.id)]
    assert len(about) == 1 and "characters long" in about[0].message and about[0] in snapshot.warnings
    assert ("ru", mission.id) not in snapshot.about


def test_the_watcher_looks_at_the_file_only_every_poll_and_reads_it_only_when_it_changed(pack_file):
    reads: list[str] = []

    def read(path: str):
        reads.append(path)
        return read_snapshot(path)

    watcher = PackWatcher(pack_file, read=read, poll=0.5)
    assert len(reads) == 1
    assert not watcher.tick(0.3) and not watcher.tick(0.3)  # looked once, at 0.6 s: unchanged
    assert len(reads) == 1
    save(pack_file, pack_file.read_text(encoding="utf-8").replace("My film quiz", "Our film quiz"), 1000)
    assert not watcher.tick(0.2)  # not yet time to look
    assert watcher.tick(0.3)
    assert len(reads) == 2 and watcher.reloads == 1
    assert watcher.snapshot.pack.title.get("en") == "Our film quiz"


def test_a_half_written_file_is_errors_for_now_and_the_rest_of_the_save_is_read(pack_file):
    whole = pack_file.read_text(encoding="utf-8")
    watcher = PackWatcher(pack_file)
    save(pack_file, whole[: whole.index('"Which space mission') + 6], 1000)  # cut inside a quoted text
    assert watcher.tick(0.5) and watcher.snapshot.state == "errors"
    save(pack_file, whole, 1001)
    assert watcher.tick(0.5) and watcher.snapshot.state == "ok"


def test_a_deleted_file_is_missing_and_comes_back_when_saved_again(pack_file):
    text = pack_file.read_text(encoding="utf-8")
    watcher = PackWatcher(pack_file)
    pack_file.unlink()
    assert watcher.tick(0.5) and watcher.snapshot.state == "missing"
    assert not watcher.tick(0.5)
    save(pack_file, text, 1000)
    assert watcher.tick(0.5) and watcher.snapshot.state == "ok"
