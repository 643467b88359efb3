"""UI tests run headless (dummy video and audio drivers) on a library of hand-built
questions in both languages, long ones included, so they do not wait on the pack loader."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402
import pytest  # noqa: E402

from quiz.core.highscores import HighScores  # noqa: E402
from quiz.core.models import Question, Text  # noqa: E402
from quiz.core.settings import Settings  # noqa: E402
from quiz.ui.content import Library, PackEntry  # noqa: E402
from quiz.ui.scenes.base import Context  # noqa: E402
from quiz.ui.sound import Sounds  # noqa: E402
from quiz.ui.text import TextRenderer  # noqa: E402

TEXTS = {
    "en": {
        "prompt": "Which actor, credited in the Russian release under a slightly different spelling, "
                  "played the commander of Voskhod 2 who had to land the capsule by hand in the taiga?",
        "options": ("Konstantin Khabensky", "Evgeny Mironov", "Vladimir Ilyin",
                    "Aleksandr Novin, who also appears in several other historical dramas"),
        "explanation": "Konstantin Khabensky played Pavel Belyaev; the crew came down 2,000 km off course.",
    },
    "ru": {
        "prompt": "Какой актёр, указанный в титрах российского проката с немного иным написанием фамилии, "
                  "сыграл командира «Восхода-2», которому пришлось сажать капсулу вручную в тайге?",
        "options": ("Константин Хабенский", "Евгений Миронов", "Владимир Ильин",
                    "Александр Новин, сыгравший также в нескольких других исторических драмах"),
        "explanation": "Константин Хабенский сыграл Павла Беляева; экипаж приземлился в 2\u202f000 км от цели "
                       "(№ 1, бюджет 9\u00a0677\u00a0311 ₽).",
    },
}


def make_questions(locale: str, count: int = 12) -> list[Question]:
    t = TEXTS[locale]
    out = []
    for i in range(count):
        if i % 3 == 2:
            options = ("True", "False") if locale == "en" else ("Правда", "Ложь")
            out.append(Question(f"tf{i:02d}", "truefalse", locale, f"{t['prompt']} ({i})", options, 0,
                                "easy", "seed:000_84ecb181e80c7749.txt", t["explanation"]))
        else:
            out.append(Question(f"mc{i:02d}", "choice", locale, f"{t['prompt']} ({i})", t["options"],
                                i % 4, ("easy", "medium", "hard")[i % 3], "https://example.org/spacewalk",
                                t["explanation"]))
    return out


def make_library() -> Library:
    pack = PackEntry("spacewalk", Text.of({"en": "Spacewalk (2017)", "ru": "Время первых (2017)"}),
                     Text.of({"en": "The first spacewalk, Voskhod 2 and the men who flew it.",
                              "ru": "Первый выход в открытый космос, «Восход-2» и его экипаж."}),
                     make_questions)
    return Library([pack])


@pytest.fixture(autouse=True)
def _pygame():
    # The headless commands end with pygame.quit(), as a program should; start afresh.
    pygame.init()
    yield


@pytest.fixture
def text() -> TextRenderer:
    return TextRenderer()


@pytest.fixture
def library() -> Library:
    return make_library()


@pytest.fixture
def make_ctx(tmp_path, monkeypatch, text, library):
    """A context on a 1280x720 frame, its files under a temporary FILM_QUIZ_HOME."""
    from quiz.ui.theme import Frame

    monkeypatch.setenv("FILM_QUIZ_HOME", str(tmp_path))

    def build(locale: str = "en", size: tuple[int, int] = (1280, 720), **settings) -> Context:
        text.scale = Settings(**settings).text_scale
        text.clear()
        ctx = Context(Settings(locale=locale, **settings), library, HighScores(path=tmp_path / "hs.json"),
                      sounds=Sounds(enabled=False), text=text, seed=1, today=lambda: "2026-11-21")
        ctx.frame = Frame(size)
        return ctx

    return build
