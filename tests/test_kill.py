"""A laptop that dies mid-game loses nothing that was finished. Autoplay games are run one
after another with the same user folder and killed with SIGKILL at random moments; then
every file in the user data folder still parses, the game reads its files without
setting any aside, and every game that finished has all its results rows and its scores
in the high-score table.

FILM_QUIZ_KILLS sets the number of games (default 30); FILM_QUIZ_KILL_SEED the seed.
"""

from __future__ import annotations

import csv
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quiz.core.highscores import TABLE_SIZE, HighScores
from quiz.core.results import ANSWER_FIELDS, SUMMARY_FIELDS

ROOT = Path(__file__).resolve().parents[1]
GAMES = int(os.environ.get("FILM_QUIZ_KILLS", "30"))
SEED = int(os.environ.get("FILM_QUIZ_KILL_SEED", "7"))
PLAYERS, QUESTIONS = 2, 3
STANDING = re.compile(r"^\d+\. (.+): (\d+) \(")

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")


def _game(i: int, home: Path) -> subprocess.Popen:
    env = {**os.environ, "FILM_QUIZ_HOME": str(home), "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy",
           "PYTHONPATH": str(ROOT)}
    results = home / "data" / "results" / f"game-{i}.csv"
    return subprocess.Popen(
        [sys.executable, "-m", "quiz", "play", "--autoplay", "--players", str(PLAYERS), "--questions",
         str(QUESTIONS), "--seed", str(i), "--results-csv", str(results), "--save-scores"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_games_killed_at_random_moments_leave_every_file_whole_and_every_finished_game_saved(tmp_path):
    rng = random.Random(SEED)
    # How long one game takes here, so the kills fall all over a game's life.
    start = time.perf_counter()
    first = _game(0, tmp_path)
    out, err = first.communicate(timeout=60)
    length = time.perf_counter() - start
    assert first.returncode == 0, err
    finished = {0: [(m[1], int(m[2])) for m in map(STANDING.match, out.splitlines()) if m]}
    killed = 0
    for i in range(1, GAMES):
        game = _game(i, tmp_path)
        try:
            # Half the kills anywhere in a game, half near its end, where the files are written.
            at = rng.uniform(0.02, 1.1) if rng.random() < 0.5 else rng.uniform(0.85, 1.05)
            out, err = game.communicate(timeout=at * length)
        except subprocess.TimeoutExpired:
            game.send_signal(signal.SIGKILL)
            game.communicate()
            killed += 1
            continue
        assert game.returncode == 0, f"game {i} (seed {SEED}): {err}"
        finished[i] = [(m[1], int(m[2])) for m in map(STANDING.match, out.splitlines()) if m]
    print(f"{GAMES} games, {killed} killed, {len(finished)} finished")

    data = tmp_path / "data"
    for path in data.rglob("*"):
        if path.is_dir():
            continue
        if path.name.startswith(".") and path.name.endswith(".tmp"):
            continue  # a write cut short: never read, the file it was for is whole
        if path.suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))
        elif path.suffix == ".csv":  # results are written after every question: whole, or a question short
            rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
            assert tuple(rows[0]) in (ANSWER_FIELDS, SUMMARY_FIELDS), path
        else:
            pytest.fail(f"unexpected file {path}")

    table = HighScores.load(data / "highscores.json")
    assert not list(data.glob("*.corrupt-*")), "a file had to be set aside"
    kept = {(e.name, e.score) for e in table.entries}
    lowest = min((e.score for e in table.entries), default=0)
    for i, standings in finished.items():
        answers = list(csv.reader((data / "results" / f"game-{i}.csv").open(encoding="utf-8", newline="")))
        assert len(answers) == 1 + PLAYERS * QUESTIONS, i
        assert len(standings) == PLAYERS
        for name, score in standings:
            # Kept, or pushed out of a full table by better games.
            assert (name, score) in kept or (len(table.entries) == TABLE_SIZE and score <= lowest), (i, name, score)
