"""Every test run keeps the game's files (the pack cache above all) in a folder of its own,
removed at the end, never in the user's real data, config or cache folders. A test that
needs its own home sets FILM_QUIZ_HOME itself."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

if "FILM_QUIZ_HOME" not in os.environ:
    _home = tempfile.mkdtemp(prefix="film-quiz-tests-")
    os.environ["FILM_QUIZ_HOME"] = _home
    atexit.register(shutil.rmtree, _home, ignore_errors=True)
