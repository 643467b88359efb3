"""Computer players for autoplay and demos: each has a seeded skill (how often it knows the
answer) and a typical response time, so a whole game can be played without anyone at the
keyboard, and the same seed plays the same game."""

from __future__ import annotations

import random
from dataclasses import dataclass

from quiz.core.models import Question


@dataclass(frozen=True)
class Bot:
    name: str
    skill: float  # chance of knowing the answer
    speed: float  # mean response time as a fraction of the question time

    def decide(self, question: Question, question_time: float, rng: random.Random) -> tuple[int, float]:
        """The option this bot picks and after how many seconds (always within the time)."""
        if rng.random() < self.skill:
            choice = question.answer
        else:
            choice = rng.randrange(len(question.options))
        t = rng.gauss(self.speed * question_time, question_time * 0.12)
        return choice, round(min(max(t, 0.4), question_time * 0.98), 3)


def make_bots(count: int, rng: random.Random, names: list[str] | None = None) -> list[Bot]:
    """`count` bots with skills and speeds drawn from `rng`."""
    names = names or [f"CPU {i + 1}" for i in range(count)]
    return [Bot(names[i], round(rng.uniform(0.45, 0.9), 3), round(rng.uniform(0.2, 0.6), 3))
            for i in range(count)]
