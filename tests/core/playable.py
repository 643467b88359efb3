"""Playable questions built by hand, so scoring, sessions and scenes are tested apart from the pack
loader and the generators."""

from __future__ import annotations

from quiz.core.models import Question


def make_question(n: int, difficulty: str = "medium", answer: int = 0) -> Question:
    return Question(id=f"q{n:03d}", kind="test", locale="en", prompt=f"Question {n}?",
                    options=("A", "B", "C", "D"), answer=answer, difficulty=difficulty,
                    source="seed:test")
