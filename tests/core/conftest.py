"""Fixtures for the core tests."""

from __future__ import annotations

import pytest

from quiz.core.models import Question
from tests.core.playable import make_question


@pytest.fixture
def questions() -> list[Question]:
    return [make_question(i, ("easy", "medium", "hard")[i % 3]) for i in range(12)]
