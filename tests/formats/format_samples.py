"""Shared by the format tests: sample files, imports, and what a player would be asked."""

from __future__ import annotations

from pathlib import Path

from quiz.formats import import_bytes
from quiz.formats.common import ImportOptions, ImportResult

DATA = Path(__file__).resolve().parents[1] / "data"


def import_sample(fmt: str, name: str, **options) -> ImportResult:
    return import_bytes(fmt, (DATA / name).read_bytes(), ImportOptions(file=name, **options))


def import_text(fmt: str, text: str | bytes, name: str = "input.txt", **options) -> ImportResult:
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    return import_bytes(fmt, data, ImportOptions(file=name, **options))


def asked(result: ImportResult) -> list[tuple[str, tuple[str, ...], object]]:
    """(prompt, options, right answer) of each imported question: the answer as the option's
    text for choice questions, True/False for true/false ones."""
    out = []
    for q in result.pack.get("questions", []):
        options = tuple(q.get("options", ()))
        out.append((q["prompt"], options, options[q["answer"] - 1] if q["type"] == "choice" else q["answer"]))
    return out
