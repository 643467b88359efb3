"""The game situations the benchmarks measure, built from the game's own code: a question
scene drawn by the real App and renderer, and a long Russian question to show in it.

Also runnable as a program, because the CPU figures must come from a process of its own:
`python -m benchmarks.scenarios question|naive SECONDS` opens a real 1280x720 window (under
Xvfb in the benchmark) and runs the real app loop on a question with its clock running, or
a plain fill-and-flip loop at 60 fps as the baseline, for SECONDS, then exits. (The menu
figure is the game itself, `python -m quiz play`, idling on its title screen.)
"""

from __future__ import annotations

import os
import sys
import time

# The longest clock a player can set: it keeps running for as long as a benchmark watches,
# and moves as slowly as a real one can, no slower.
QUESTION_SECONDS = 45.0

# A long prompt and four long answers: the text that costs most to lay out and draw.
PROMPT_RU = ("Какой актёр, указанный в титрах российского проката с немного иным написанием фамилии, "
             "сыграл командира «Восхода-2», которому пришлось сажать капсулу вручную в глухой "
             "пермской тайге после первого в истории выхода человека в открытый космос?")
OPTIONS_RU = (
    "Константин Хабенский, сыгравший также адмирала Колчака и Троцкого",
    "Евгений Миронов, народный артист России и художественный руководитель театра",
    "Владимир Ильин, исполнитель роли Сергея Королёва и множества других ролей",
    "Александр Новин, сыгравший также в нескольких других исторических драмах",
)


def question_app(size: tuple[int, int], seconds: float = QUESTION_SECONDS):
    """The real App showing the real question scene with the long Russian question, its
    clock running, on a window of `size`; pygame must be initialised and a video driver
    chosen. Returns the App."""
    from quiz.core.highscores import HighScores
    from quiz.core.models import Question, Text
    from quiz.core.session import Session
    from quiz.core.settings import Settings
    from quiz.ui.app import App
    from quiz.ui.content import Library, PackEntry
    from quiz.ui.scenes.base import Context
    from quiz.ui.scenes.question import Game, QuestionScene
    from quiz.ui.sound import Sounds

    def questions(locale: str) -> list[Question]:
        return [Question(f"long{i}", "choice", locale, f"{PROMPT_RU} ({i + 1})", OPTIONS_RU, i % 4, "hard",
                         "https://example.org/benchmark") for i in range(3)]

    pack = PackEntry("benchmark", Text.of({"en": "Benchmark", "ru": "Тестовый набор"}), Text(()), questions)
    settings = Settings(locale="ru", question_time=int(seconds))
    ctx = Context(settings, Library([pack]), HighScores(), sounds=Sounds(enabled=False), persist=False, seed=1)
    app = App(ctx, size)
    session = Session(pack.questions("ru"), ["Игрок"], settings.rules("timed"))
    ctx.stack.push(QuestionScene(ctx, Game(session, pack, "timed", human=0)))
    return app


def _run_app(app, seconds: float) -> None:
    """The app's own loop, stopped after `seconds`."""
    import pygame

    stop = pygame.event.custom_type()
    pygame.time.set_timer(stop, int(seconds * 1000), loops=1)
    real_dispatch = app.dispatch

    def dispatch(e):
        if e.type == stop:
            app.ctx.quit()
            return False
        return real_dispatch(e)

    app.dispatch = dispatch
    app.run()


def _question(seconds: float) -> None:
    import pygame

    _run_app(question_app((1280, 720)), seconds)
    pygame.quit()


def _naive(seconds: float) -> None:
    """What a game loop costs that neither sleeps nor spares the screen: fill the whole
    window and flip it, 60 times a second."""
    import pygame

    window = pygame.display.set_mode((1280, 720))
    print("started", flush=True)
    clock = pygame.time.Clock()
    end = time.monotonic() + seconds
    shade = 0
    while time.monotonic() < end:
        pygame.event.pump()
        shade = (shade + 1) % 256
        window.fill((shade, 40, 80))
        pygame.display.flip()
        clock.tick(60)
    pygame.quit()


def main(argv: list[str]) -> int:
    mode, seconds = argv[0], float(argv[1])
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    pygame.init()
    {"question": _question, "naive": _naive}[mode](seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
