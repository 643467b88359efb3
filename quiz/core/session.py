"""A game in progress: the chosen questions, the players, and what each one answered.

Built for any number of players from the start (solo play and, on one screen, a classroom
of 2-8). The session never reads the clock or makes up randomness: response times come in
as `t`, and question order comes from a `random.Random` the caller seeds. The UI asks
`session.answer(player, choice, t)` and reacts to the `AnswerResult` it gets back.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from quiz.core.models import DIFFICULTIES, Question
from quiz.core.scoring import Rules, base_points, streak_bonus

ANY_DIFFICULTY = "any"
MODES = ("timed", "practice")


def select_questions(questions: Iterable[Question], count: int, difficulty: str,
                     rng: random.Random) -> list[Question]:
    """`count` questions of `difficulty` ("any" for all) in an order shuffled by `rng`.
    The input order is normalised first (by id) so the same seed gives the same game
    whatever order the generator produced."""
    if difficulty != ANY_DIFFICULTY and difficulty not in DIFFICULTIES:
        raise ValueError(f"unknown difficulty {difficulty!r}")
    pool = sorted((q for q in questions if difficulty == ANY_DIFFICULTY or q.difficulty == difficulty),
                  key=lambda q: q.id)
    rng.shuffle(pool)
    return pool[:max(count, 0)]


@dataclass(frozen=True)
class AnswerResult:
    """What one answer earned. `choice` is None when the time ran out; `points` includes
    `bonus`; `streak` is the run of correct answers after this one; `total` the score."""

    player: int
    question_id: str
    choice: int | None
    correct: bool
    points: int
    bonus: int
    streak: int
    t: float
    total: int


@dataclass
class PlayerState:
    name: str
    score: int = 0
    streak: int = 0
    best_streak: int = 0
    correct: int = 0
    answers: list[AnswerResult] = field(default_factory=list)

    @property
    def answered(self) -> int:
        return len(self.answers)

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answers else 0.0


class SessionError(RuntimeError):
    """An answer the rules do not allow (twice to one question, after the end...)."""


class Session:
    """Questions asked one at a time to every player."""

    def __init__(self, questions: Sequence[Question], players: Sequence[str], rules: Rules) -> None:
        if not players:
            raise ValueError("a session needs at least one player")
        self.questions = list(questions)
        self.players = [PlayerState(name) for name in players]
        self.rules = rules
        self.index = 0

    @property
    def finished(self) -> bool:
        return self.index >= len(self.questions)

    @property
    def current(self) -> Question | None:
        return None if self.finished else self.questions[self.index]

    def has_answered(self, player: int) -> bool:
        return len(self.players[player].answers) > self.index

    @property
    def all_answered(self) -> bool:
        return all(map(self.has_answered, range(len(self.players))))

    def _current(self) -> Question:
        if self.finished:
            raise SessionError("the game is over")
        return self.questions[self.index]

    def answer(self, player: int, choice: int | None, t: float) -> AnswerResult:
        """Record `player`'s `choice` (an option index, None for no answer in time) given
        `t` seconds after the question appeared."""
        question = self._current()
        state = self.players[player]
        if self.has_answered(player):
            raise SessionError(f"player {player} has already answered this question")
        correct = choice is not None and choice == question.answer
        if correct:
            state.streak += 1
            bonus = streak_bonus(state.streak, self.rules)
            points = base_points(t, self.rules) + bonus
            state.correct += 1
            state.best_streak = max(state.best_streak, state.streak)
        else:
            state.streak, bonus, points = 0, 0, 0
        state.score += points
        result = AnswerResult(player, question.id, choice, correct, points, bonus, state.streak, t, state.score)
        state.answers.append(result)
        return result

    def time_out(self) -> list[AnswerResult]:
        """Close the question: everyone who has not answered gets no points."""
        return [self.answer(i, None, self.rules.question_time)
                for i in range(len(self.players)) if not self.has_answered(i)]

    def next(self) -> bool:
        """Move to the next question once everyone has answered; False at the end."""
        if not self.all_answered:
            raise SessionError("not every player has answered")
        self.index += 1
        return not self.finished

    def skip(self) -> bool:
        """Drop the current question before anyone's answer to it counts (a presenter's
        skip); False when it was the last."""
        if any(map(self.has_answered, range(len(self.players)))):
            raise SessionError("answers to this question already count")
        self._current()
        del self.questions[self.index]
        return not self.finished

    def relocalise(self, by_id: Mapping[str, Question]) -> None:
        """Swap the questions for the same ones in another language (ids are the same in
        every locale), so a language switch mid-game keeps the game going."""
        self.questions = [by_id.get(q.id, q) for q in self.questions]

    def standings(self) -> list[PlayerState]:
        """Players by score, best first (ties by accuracy, then by name)."""
        return sorted(self.players, key=lambda p: (-p.score, -p.accuracy, p.name))

