"""Points for one answer: the rules of the game, apart from any screen.

A correct answer is worth up to 1000 points, less the slower it comes (never under 500 while
the clock runs); a run of correct answers earns a streak bonus on top. Both parts can be
switched off in the settings, so a teacher can make the game about knowing, not speed.
"""

from __future__ import annotations

from dataclasses import dataclass

BASE_POINTS = 1000
STREAK_STEP = 100
STREAK_CAP = 500


@dataclass(frozen=True)
class Rules:
    """How a game scores. `question_time` is T, the seconds a question stays open; `timed`
    false (practice) means no clock, so speed cannot count either."""

    question_time: float = 20.0
    timed: bool = True
    speed_points: bool = True
    streak_bonus: bool = True


def base_points(t: float, rules: Rules) -> int:
    """Points for a correct answer given after `t` seconds: round(1000 * (1 - (t/T)/2)),
    or a flat 1000 when speed does not count."""
    if not (rules.timed and rules.speed_points) or rules.question_time <= 0:
        return BASE_POINTS
    fraction = min(max(t / rules.question_time, 0.0), 1.0)
    return round(BASE_POINTS * (1 - fraction / 2))


def streak_bonus(streak: int, rules: Rules) -> int:
    """Bonus for the `streak`-th correct answer in a row: +100 for each after the first,
    at most +500."""
    if not rules.streak_bonus or streak < 2:
        return 0
    return min(STREAK_STEP * (streak - 1), STREAK_CAP)
