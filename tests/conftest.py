"""Every test run keeps the game's files (the pack cache above all) in a folder of its own,
never in the user's real data, config or cache folders. A test that needs its own home sets
FILM_QUIZ_HOME itself."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("FILM_QUIZ_HOME", tempfile.mkdtemp(prefix="film-quiz-tests-"))
