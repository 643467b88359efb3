"""`film-quiz` subcommands. Thin: each one parses its arguments and calls core, formats or
ui. Heavy modules (pygame above all) are imported only by the command that needs them, so
`film-quiz validate` starts fast and works without a display.

With no subcommand, the game starts.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Callable, Sequence

Handler = Callable[[argparse.Namespace], int]


def _cmd_play(args: argparse.Namespace) -> int:
    from quiz.ui.app import run_game

    return run_game(args)


def _add_play(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("play", help="start the game (the default)")
    p.add_argument("--locale", choices=("en", "ru"), help="language of the game")
    p.add_argument("--pack", help="path of a pack to play")
    p.add_argument("--autoplay", action="store_true",
                   help="computer players play a whole game, headless, on a simulated clock")
    p.add_argument("--players", type=int, default=1, metavar="N", help="computer players (autoplay, 1-8)")
    p.add_argument("--questions", type=int, default=10, metavar="Q", help="questions in the game (autoplay)")
    p.add_argument("--seed", type=int, default=0, metavar="S", help="seed for questions and players (autoplay)")
    p.add_argument("--results-csv", metavar="FILE", help="one row per player per question (autoplay)")
    p.set_defaults(handler=_cmd_play)


def _cmd_screenshot(args: argparse.Namespace) -> int:
    from quiz.ui.screenshot import run_screenshot

    return run_screenshot(args)


def _add_screenshot(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("screenshot", help="render the game's scenes to PNG files, without a window")
    p.add_argument("--scene", default="all", help="a scene name, or all (the default)")
    p.add_argument("--locale", choices=("en", "ru"), default="en", help="language of the screens")
    p.add_argument("--size", default="1280x720", help="WIDTHxHEIGHT in pixels (default 1280x720)")
    p.add_argument("--out", default="screenshots", help="folder for the PNG files")
    p.add_argument("--pack", help="path of the pack to show (default: the first bundled pack)")
    p.set_defaults(handler=_cmd_screenshot)


# name -> function adding the subcommand's parser; a plain registry, no discovery.
COMMANDS: dict[str, Callable[[argparse._SubParsersAction], None]] = {
    "play": _add_play,
    "screenshot": _add_screenshot,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="film-quiz", description="Film Quiz: a film-trivia game.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in COMMANDS.values():
        add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv or ["play"])
    handler: Handler = args.handler
    try:
        return handler(args)
    except KeyboardInterrupt:
        return 130
