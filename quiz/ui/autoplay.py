"""`film-quiz play --autoplay`: a whole game played by computer players, headless and as
fast as it can go on a simulated clock, through the real scenes. One CSV row per player per
question records what happened."""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
from pathlib import Path

import pygame

from quiz.core.bots import make_bots
from quiz.core.highscores import HighScores
from quiz.core.session import ANY_DIFFICULTY, Session, select_questions
from quiz.core.settings import Settings
from quiz.ui import content
from quiz.ui.app import App
from quiz.ui.scenes.base import Context
from quiz.ui.scenes.question import Game, QuestionScene
from quiz.ui.scenes.results import ResultsScene
from quiz.ui.scenes.title import TitleScene
from quiz.ui.sound import Sounds

SIM_DT = 1 / 30  # seconds of game time per simulated frame
MAX_FRAMES = 1_000_000

CSV_FIELDS = ("player", "question_id", "question", "answer", "correct", "response_time", "points")


def run_autoplay(args: argparse.Namespace) -> int:
    # Headless whatever the desktop: SDL reads these when the display is initialised.
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ["SDL_AUDIODRIVER"] = "dummy"
    library = content.load_library(args.pack)
    if not library.packs:
        print("film-quiz: no pack to play", *library.problems, sep="\n", file=sys.stderr)
        return 1
    pack = library.packs[0]
    locale = args.locale or "en"
    rng = random.Random(args.seed)
    players = max(1, min(args.players, 8))
    settings = Settings(locale=locale, question_count=args.questions)
    chosen = select_questions(pack.questions(locale), args.questions, ANY_DIFFICULTY, rng)
    if not chosen:
        print(f"film-quiz: pack {pack.id!r} has no questions in {locale!r}", file=sys.stderr)
        return 1
    bots = make_bots(players, rng)
    session = Session(chosen, [b.name for b in bots], settings.rules("timed"))
    game = Game(session, pack, "timed", human=None, bots=dict(enumerate(bots)), rng=rng)

    pygame.init()
    try:
        ctx = Context(settings, library, HighScores(), sounds=Sounds(enabled=False), persist=False,
                      autoplay=True, seed=args.seed)
        app = App(ctx)
        # Each new scene is drawn once, so the run goes through the real screens; the
        # clock's frames in between are not drawn, to go as fast as it can.
        app.animate = False
        ctx.stack.push(TitleScene(ctx))
        ctx.stack.push(QuestionScene(ctx, game))
        for _ in range(MAX_FRAMES):
            if isinstance(ctx.stack.top, ResultsScene):
                break
            app.step(SIM_DT, pygame.event.get())
        else:
            print("film-quiz: the game did not finish", file=sys.stderr)
            return 1
    finally:
        pygame.quit()

    if args.results_csv:
        write_csv(Path(args.results_csv), game)
    for rank, player in enumerate(session.standings(), 1):
        print(f"{rank}. {player.name}: {player.score} ({player.correct}/{len(session.questions)} correct, "
              f"best streak {player.best_streak})")
    return 0


def write_csv(path: Path, game: Game) -> None:
    questions = {q.id: q for q in game.session.questions}
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(CSV_FIELDS)
        for result in game.log:
            q = questions[result.question_id]
            out.writerow((game.session.players[result.player].name, q.id, q.prompt,
                          "" if result.choice is None else q.options[result.choice],
                          int(result.correct), f"{result.t:.3f}", result.points))
