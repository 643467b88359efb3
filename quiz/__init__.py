"""Film Quiz: a film-trivia game whose questions are generated from film data."""

__version__ = "0.1.0"
