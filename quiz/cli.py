"""`film-quiz` subcommands. Thin: each one parses its arguments and calls core, formats or
ui. Heavy modules (pygame above all) are imported only by the command that needs them, so
`film-quiz validate` starts fast and works without a display.

With no subcommand, the game starts.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING, Callable, Iterable, Sequence, TextIO

if TYPE_CHECKING:
    from quiz.core.models import Pack

Handler = Callable[[argparse.Namespace], int]


def _cmd_play(args: argparse.Namespace) -> int:
    from quiz.ui.app import run_game

    return run_game(args)


def _add_play(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("play", help="start the game (the default)")
    p.add_argument("--locale", choices=("en", "ru"), help="language of the game")
    p.add_argument("--pack", help="path of a pack to play")
    p.set_defaults(handler=_cmd_play)


def _report(problems: Iterable[object], stream: TextIO | None = None) -> None:
    """One line per problem, `file:line:column: severity: message (at place). Hint`."""
    for problem in problems:
        print(problem, file=stream or sys.stdout)


def _cmd_validate(args: argparse.Namespace) -> int:
    from quiz import paths
    from quiz.core.packs import load_packs

    packs, problems = load_packs(args.paths or [paths.questions_dir()])
    _report(problems)
    for pack in packs:
        print(f"{pack.path}: ok: pack `{pack.id}`, {len(pack.films)} film(s), "
              f"{len(pack.questions)} hand-written question(s)")
    errors = sum(p.severity == "error" for p in problems)
    print(f"{len(packs)} valid pack(s), {errors} error(s), {len(problems) - errors} warning(s)", file=sys.stderr)
    return 1 if errors else 0


def _add_validate(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("validate", help="check question packs and report every problem",
                       description="Check pack files (or every .yaml pack in a folder). Exits 0 "
                                   "when all are valid (warnings allowed), 1 otherwise.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="pack files or folders (default: the bundled packs)")
    p.set_defaults(handler=_cmd_validate)


def _load_one(path: str) -> Pack | None:
    """The pack at `path`, or None after printing why it cannot be used (on stderr: stdout
    may be JSON going to a file)."""
    from quiz.core.errors import PackError
    from quiz.core.packs import load_pack

    try:
        return load_pack(path)
    except PackError as e:
        _report(e.problems, sys.stderr)
        return None


def _cmd_preview(args: argparse.Namespace) -> int:
    from quiz.core.generators import generate
    from quiz.core.reports import preview_json, preview_text

    pack = _load_one(args.pack)
    if pack is None:
        return 1
    if args.locale not in pack.locales:
        print(f"note: the pack has no `{args.locale}` texts; showing {pack.default_locale} where missing",
              file=sys.stderr)
    questions = generate(pack, args.locale, seed=args.seed)
    print(preview_json(questions) if args.format == "json" else preview_text(questions), end="")
    return 0


def _add_preview(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("preview", help="show the questions a pack makes, right answers marked")
    p.add_argument("pack", metavar="PACK", help="path of the pack file")
    p.add_argument("--locale", choices=("en", "ru"), default="en", help="language of the questions")
    p.add_argument("--seed", type=int, default=0, help="seed for the choice of distractors and order")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    p.set_defaults(handler=_cmd_preview)


def _cmd_stats(args: argparse.Namespace) -> int:
    from quiz.core.generators import generate
    from quiz.core.reports import pack_stats

    pack = _load_one(args.pack)
    if pack is None:
        return 1
    questions = {locale: generate(pack, locale, seed=args.seed) for locale in pack.locales}
    print(pack_stats(pack, questions).render(), end="")
    return 0


def _add_stats(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stats", help="count a pack's questions per kind, difficulty and locale")
    p.add_argument("pack", metavar="PACK", help="path of the pack file")
    p.add_argument("--seed", type=int, default=0, help="seed passed to the generators")
    p.set_defaults(handler=_cmd_stats)


# name -> function adding the subcommand's parser; a plain registry, no discovery.
COMMANDS: dict[str, Callable[[argparse._SubParsersAction], None]] = {
    "play": _add_play,
    "validate": _add_validate,
    "preview": _add_preview,
    "stats": _add_stats,
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
