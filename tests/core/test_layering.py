"""The core and the formats never import pygame: they must run on a machine without a
screen, and the UI is only one of their users."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import quiz.core
import quiz.formats

ROOT = Path(__file__).resolve().parents[2]


def _modules(package) -> list[str]:
    return [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]


def test_core_and_formats_import_with_pygame_blocked():
    names = ["quiz.core", "quiz.formats", "quiz.i18n", *_modules(quiz.core), *_modules(quiz.formats)]
    code = "import sys; sys.modules['pygame'] = None\n" + "".join(f"import {n}\n" for n in names)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
