"""Where the bundled content and the user's files live.

In a checkout the content sits at the top of the repository; in an installed wheel it is
mapped inside the package (pyproject.toml). The user's files go to the platform's data and
config directories, what can be rebuilt to its cache directory, or below FILM_QUIZ_HOME
when that is set (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

_PACKAGE = Path(__file__).resolve().parent

APP_NAME = "film-quiz"


def _bundled(name: str) -> Path:
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def questions_dir() -> Path:
    return _bundled("questions")


def locales_dir() -> Path:
    return _bundled("locales")


def assets_dir() -> Path:
    return _bundled("assets")


def user_data_dir() -> Path:
    home = os.environ.get("FILM_QUIZ_HOME")
    if home:
        return Path(home) / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_config_dir() -> Path:
    home = os.environ.get("FILM_QUIZ_HOME")
    if home:
        return Path(home) / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def user_cache_dir() -> Path:
    """Files the game can always rebuild (read packs): safe to delete at any time."""
    home = os.environ.get("FILM_QUIZ_HOME")
    if home:
        return Path(home) / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
