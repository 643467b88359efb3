"""Settings and high scores survive a restart; a corrupt, unreadable or hostile file is
moved aside (kept for the user) and the game starts with defaults."""

from __future__ import annotations

import json
from dataclasses import asdict

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from quiz.core import settings as settings_module
from quiz.core.bots import make_bots
from quiz.core.highscores import NAME_LIMIT, TABLE_SIZE, HighScore, HighScores, clean_name
from quiz.core.settings import Settings, load_settings, save_settings
from quiz.core.storage import MAX_DATA_BYTES
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


@pytest.mark.parametrize("entry", [{"name": "Ann"}, {**asdict(_score(1)), "score": 10**30},
                                   {**asdict(_score(1)), "correct": 9, "questions": 5},
                                   {**asdict(_score(1)), "best_streak": -1}, {**asdict(_score(1)), "score": True}])
def test_a_corrupt_high_score_file_is_moved_aside(tmp_path, entry):
    path = tmp_path / "hs.json"
    path.write_text(json.dumps([entry]))
    assert HighScores.load(path).entries == []
    assert not path.exists()


def test_bots_answer_within_the_time_and_the_same_seed_plays_the_same():
    import random

    q = make_question(1)
    first = [b.decide(q, 20, random.Random(3)) for b in make_bots(4, random.Random(9))]
    again = [b.decide(q, 20, random.Random(3)) for b in make_bots(4, random.Random(9))]
    assert first == again and all(0 < t < 20 for _, t in first)


# Damaged and hostile files ------------------------------------------------------------

def test_settings_the_game_does_not_offer_are_dropped_for_the_defaults(tmp_path):
    # A mode or difficulty the setup screen has no name for stopped it from drawing, and a
    # question time of 0 divided by zero when scoring.
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"mode": "blitz", "difficulty": "insane", "locale": "fr", "text_size": "huge",
                                "question_time": 0, "question_count": -3, "volume": 7.5, "player_name": "A" * 500}))
    loaded = load_settings(path)
    assert loaded == Settings(volume=1.0, player_name="A" * NAME_LIMIT)


_json = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
                     lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                     max_leaves=8)


@hypothesis_settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from([f.name for f in settings_module.fields(Settings)] + ["x"]), _json))
def test_whatever_a_settings_file_holds_every_setting_is_one_the_game_offers(raw):
    loaded = settings_module.from_dict(raw)
    for name, choices in settings_module.CHOICES.items():
        assert getattr(loaded, name) in choices
    assert 0.0 <= loaded.volume <= 1.0
    assert loaded.rules().question_time > 0


@pytest.mark.parametrize("damage", ["folder", "huge", "deep", "nan", "utf16"])
@pytest.mark.parametrize("which", ["settings", "highscores"])
def test_an_unreadable_or_hostile_data_file_is_moved_aside_and_the_game_starts(tmp_path, caplog, damage, which):
    path = tmp_path / f"{which}.json"
    if damage == "folder":  # a file that cannot be read at all
        path.mkdir()
        (path / "inside").write_text("x")
    elif damage == "huge":
        path.write_bytes(b"[" + b" " * MAX_DATA_BYTES + b"]")
    elif damage == "deep":  # json.loads raised RecursionError, which nothing caught
        path.write_text("[" * 100_000 + "]" * 100_000)
    elif damage == "nan":
        path.write_text('{"volume": NaN}' if which == "settings" else '[{"score": NaN}]')
    else:
        path.write_bytes("{}".encode("utf-16"))
    loaded = load_settings(path) if which == "settings" else HighScores.load(path)
    if which == "settings":
        assert loaded == Settings()
    else:
        assert loaded.entries == []
    if damage != "nan" or which == "highscores":
        aside = list(tmp_path.glob(f"{which}.json.corrupt-*"))
        assert len(aside) == 1 and not path.exists()
        assert sum("moved aside" in r.getMessage() for r in caplog.records) == 1


@pytest.mark.parametrize("damage", ["folder", "huge-field", "not-utf8", "deep"])
def test_damaged_history_and_results_files_are_moved_aside_not_raised(tmp_path, caplog, damage):
    # A results file with a field over csv's limit made csv raise, and one that could not be
    # opened (a folder in its place) raised OSError, out of `film-quiz results show`.
    from quiz.core import history
    from quiz.core.results import SavedGame

    game = SavedGame.at(tmp_path, "damaged")
    targets = [game.summary, tmp_path / "spacewalk.json"]
    for path in targets:
        if damage == "folder":
            path.mkdir()
        elif damage == "huge-field":
            path.write_text("rank,player,score,correct,questions\n1," + "A" * 200_000 + ",3,1,1\n")
        elif damage == "not-utf8":
            path.write_bytes("rank,player\n1,Аня\n".encode("cp1251"))
        else:
            path.write_text("[" * 100_000)
    assert game.read() == []
    assert history.asked("spacewalk", tmp_path) == frozenset()
    for path in targets:
        assert not path.exists() and len(list(tmp_path.glob(path.name + ".corrupt-*"))) == 1
