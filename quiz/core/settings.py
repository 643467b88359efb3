"""The player's settings, kept between games in the user config directory.

Read with unknown or wrong-typed keys ignored (a setting from a newer or older version must
not stop the game) and a corrupt file moved aside; written atomically.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from quiz import paths
from quiz.core import classroom
from quiz.core.highscores import clean_name
from quiz.core.models import DIFFICULTIES, LOCALES
from quiz.core.scoring import Rules
from quiz.core.session import ANY_DIFFICULTY, MODES
from quiz.core.storage import atomic_write_json, read_json

# "projector" is the classroom's big-text mode; text still shrinks to fit its box.
TEXT_SIZES: dict[str, float] = {"small": 0.9, "normal": 1.0, "large": 1.15, "projector": 1.4}
QUESTION_TIMES: tuple[int, ...] = (10, 15, 20, 30, 45)
QUESTION_COUNTS: tuple[int, ...] = (5, 10, 15, 20)
FILE_NAME = "settings.json"


@dataclass(frozen=True)
class Settings:
    locale: str = "en"
    fullscreen: bool = False
    volume: float = 0.7
    muted: bool = False
    text_size: str = "normal"
    timer: bool = True
    speed_points: bool = True
    streak_bonus: bool = True
    question_time: int = 20
    question_count: int = 10
    difficulty: str = "any"
    mode: str = "timed"
    player_name: str = ""  # the name last typed for the high scores, offered next time
    # The classroom's rules as the teacher last set them (its big text is `text_size`).
    classroom_team_mode: str = "players"
    classroom_count: int = 10
    classroom_difficulty: str = "any"
    classroom_time: int = 20
    classroom_speed_points: bool = True
    classroom_streak_bonus: bool = True

    def rules(self, mode: str | None = None) -> Rules:
        """Scoring rules for a game in `mode`: practice never runs the clock."""
        timed = self.timer and (mode or self.mode) == "timed"
        return Rules(question_time=float(self.question_time), timed=timed,
                     speed_points=self.speed_points, streak_bonus=self.streak_bonus)

    @property
    def text_scale(self) -> float:
        return TEXT_SIZES.get(self.text_size, 1.0)

    @property
    def effective_volume(self) -> float:
        return 0.0 if self.muted else max(0.0, min(1.0, self.volume))


def settings_path() -> Path:
    return paths.user_config_dir() / FILE_NAME


# The values the game offers for each setting that is a choice. A value from elsewhere (a
# hand-edited or damaged file) would leave a screen with nothing to show for it, or a
# question with no time at all, so it is dropped for the default.
CHOICES: dict[str, tuple[Any, ...]] = {
    "locale": LOCALES,
    "text_size": tuple(TEXT_SIZES),
    "question_time": QUESTION_TIMES,
    "question_count": QUESTION_COUNTS,
    "difficulty": (ANY_DIFFICULTY, *DIFFICULTIES),
    "mode": MODES,
    "classroom_team_mode": classroom.TEAM_MODES,
    "classroom_count": classroom.QUESTION_COUNTS,
    "classroom_difficulty": classroom.CODE_DIFFICULTIES,
    "classroom_time": classroom.QUESTION_TIMES,
}


def from_dict(raw: dict[str, Any]) -> Settings:
    """Settings from a decoded file: keys of the right type and a value the game offers
    are taken, the rest default."""
    defaults = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name not in raw:
            continue
        value, default = raw[f.name], getattr(defaults, f.name)
        if isinstance(default, bool):
            ok = isinstance(value, bool)
        elif isinstance(default, float):
            ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
            value = min(1.0, max(0.0, float(value))) if ok else value
        else:
            ok = type(value) is type(default)
        if ok and f.name in CHOICES:
            ok = value in CHOICES[f.name]
        if ok and f.name == "player_name":
            value = clean_name(value)
        if ok:
            values[f.name] = value
    return replace(defaults, **values)


def load_settings(path: Path | None = None) -> Settings:
    raw = read_json(path or settings_path(), dict, validate=lambda v: isinstance(v, dict))
    return from_dict(raw)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    atomic_write_json(path or settings_path(), asdict(settings))
