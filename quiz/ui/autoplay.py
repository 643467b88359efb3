"""`film-quiz play --autoplay`: a whole classroom game played by computer players, headless
and as fast as it can go on a simulated clock, through the real scenes (question, reveal,
leaderboard, podium). Its results are written by the same code as a class's: one CSV row per
player per question and a summary, in the user data directory or where --results-csv says."""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import random
import sys
from pathlib import Path

import pygame

from quiz.core.bots import make_bots
from quiz.core.classroom import KEY_GROUPS, MAX_COUNT, MAX_SEATS, Lineup, QuizSpec, Seat, seed_for_code
from quiz.core.highscores import HighScore, HighScores
from quiz.core.results import SavedGame
from quiz.core.session import Session
from quiz.core.settings import Settings
from quiz.i18n import translator
from quiz.ui import content
from quiz.ui.app import App
from quiz.ui.classroom import Classroom, results_files
from quiz.ui.scenes.base import Context
from quiz.ui.scenes.classroom_board import PodiumScene
from quiz.ui.scenes.question import Game, QuestionScene
from quiz.ui.scenes.title import TitleScene
from quiz.ui.sound import Sounds

SIM_DT = 1 / 30  # seconds of game time per simulated frame
MAX_FRAMES = 1_000_000


def run_autoplay(args: argparse.Namespace) -> int:
    # Headless whatever the desktop: SDL reads these when the display is initialised.
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ["SDL_AUDIODRIVER"] = "dummy"
    library = content.load_library(args.pack)
    locale = args.locale or "en"
    if not library.packs:
        said = (problem.say(translator(locale)) for problem in library.problems)
        print("film-quiz: no pack to play", *said, sep="\n", file=sys.stderr)
        return 1
    pack = library.packs[0]
    seed = args.seed if args.seed is not None else 0
    rng = random.Random(seed)
    players = max(1, min(args.players, MAX_SEATS))
    settings = Settings(locale=locale, question_count=args.questions)
    spec = QuizSpec(pack.id, seed_for_code(seed), max(1, min(args.questions, MAX_COUNT)))
    chosen = spec.questions(pack.questions(locale))
    if not chosen:
        print(f"film-quiz: pack {pack.id!r} has no questions in {locale!r}", file=sys.stderr)
        return 1
    bots = make_bots(players, rng)
    lineup = Lineup(tuple(Seat(bot.name, i, gid) for i, (bot, gid) in enumerate(zip(bots, KEY_GROUPS))))
    if args.results_csv:
        saved = SavedGame.from_answers_file(Path(args.results_csv))
    else:
        saved = results_files(pack.id, spec.code)
    session = Session(chosen, lineup.names, settings.rules("timed"))

    pygame.init()
    try:
        classroom = Classroom(lineup, spec.code, saved)
        game = Game(session, pack, "classroom", human=None, bots=dict(enumerate(bots)), rng=rng,
                    classroom=classroom)
        ctx = Context(settings, library, HighScores(), sounds=Sounds(enabled=False), persist=False,
                      autoplay=True, seed=seed)
        app = App(ctx)
        # Each new scene is drawn once, so the run goes through the real screens; the
        # clock's frames in between are not drawn, to go as fast as it can.
        app.animate = False
        ctx.stack.push(TitleScene(ctx))
        ctx.stack.push(QuestionScene(ctx, game))
        for _ in range(MAX_FRAMES):
            if isinstance(ctx.stack.top, PodiumScene):
                break
            app.step(SIM_DT, pygame.event.get())
        else:
            print("film-quiz: the game did not finish", file=sys.stderr)
            return 1
    finally:
        pygame.quit()

    if getattr(args, "save_scores", False):
        save_scores(session, pack.id)
    for standing in lineup.standings(session):
        player = session.players[standing.seats[0]]
        print(f"{standing.rank}. {standing.name}: {standing.score} ({player.correct}/{len(session.questions)} "
              f"correct, best streak {player.best_streak})")
    print(f"quiz code {spec.code}; results: {saved.answers} and {saved.summary}")
    return 0


def save_scores(session: Session, pack_id: str) -> None:
    """Every computer player's game in the high-score table, kept as a real game keeps
    the player's (`--save-scores`: a demo run leaves the table alone by default)."""
    table = HighScores.load()
    today = _dt.date.today().isoformat()
    for player in session.players:
        table.add(HighScore(player.name, player.score, player.correct, len(session.questions),
                            player.best_streak, pack_id, "classroom", today))
    table.save()
