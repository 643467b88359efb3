"""Settings and high scores survive a restart; a corrupt file is moved aside."""

from __future__ import annotations

import json

from quiz.core.bots import make_bots
from quiz.core.highscores import NAME_LIMIT, TABLE_SIZE, HighScore, HighScores, clean_name
from quiz.core.settings import Settings, load_settings, save_settings
from tests.core.playable import make_question


def _score(n: int) -> HighScore:
    return HighScore("Ann", n, 3, 5, 2, "spacewalk", "timed", "2026-11-21")


def test_settings_round_trip(tmp_path):
    path = tmp_path / "settings.json"
    save_settings(Settings(locale="ru", muted=True, volume=0.25), path)
    assert load_settings(path) == Settings(locale="ru", muted=True, volume=0.25)


def test_settings_with_wrong_types_keep_their_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"locale": 5, "muted": "yes", "volume": 1, "future": 1}))
    assert load_settings(path) == Settings(volume=1.0)


def test_a_corrupt_settings_file_is_moved_aside(tmp_path, caplog):
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    assert load_settings(path) == Settings()
    assert not path.exists() and len(list(tmp_path.glob("settings.json.corrupt-*"))) == 1
    assert sum("moved aside" in r.message for r in caplog.records) == 1


def test_practice_has_no_clock():
    assert Settings().rules("practice").timed is False
    assert Settings(timer=False).rules("timed").timed is False


def test_high_scores_rank_and_keep_the_best_ten(tmp_path):
    table = HighScores(path=tmp_path / "hs.json")
    for n in range(12):
        table.add(_score(n * 100))
    assert len(table.entries) == TABLE_SIZE and table.entries[0].score == 1100
    assert table.rank_of(50) is None and table.add(_score(50)) is None
    assert table.add(_score(1050)) == 2
    table.save()
    assert HighScores.load(tmp_path / "hs.json").entries == table.entries


def test_a_game_in_the_table_takes_the_name_typed_later_and_keeps_it(tmp_path):
    table = HighScores(path=tmp_path / "hs.json")
    table.add(_score(900))
    place = table.add(_score(500))
    table.rename(place, "Петя")
    table.save()
    assert [e.name for e in HighScores.load(tmp_path / "hs.json").entries] == [_score(0).name, "Петя"]


def test_a_typed_name_is_one_short_line():
    assert clean_name("  Анна \n\t Мария  ") == "Анна Мария"
    assert clean_name("\x00\r") == ""
    assert len(clean_name("Ы" * 50)) == NAME_LIMIT


def test_a_corrupt_high_score_file_is_moved_aside(tmp_path):
    path = tmp_path / "hs.json"
    path.write_text(json.dumps([{"name": "Ann"}]))
    assert HighScores.load(path).entries == []
    assert not path.exists()


def test_bots_answer_within_the_time_and_the_same_seed_plays_the_same():
    import random

    q = make_question(1)
    first = [b.decide(q, 20, random.Random(3)) for b in make_bots(4, random.Random(9))]
    again = [b.decide(q, 20, random.Random(3)) for b in make_bots(4, random.Random(9))]
    assert first == again and all(0 < t < 20 for _, t in first)
