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

from quiz.core.models import LOCALES

if TYPE_CHECKING:
    from pathlib import Path

    from quiz.core.errors import PackProblem
    from quiz.core.models import Pack
    from quiz.i18n import Translator

Handler = Callable[[argparse.Namespace], int]


def _cmd_play(args: argparse.Namespace) -> int:
    from quiz.ui.app import run_game

    return run_game(args)


def _add_play(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("play", help="start the game (the default)")
    p.add_argument("--locale", choices=LOCALES, help="language of the game")
    p.add_argument("--pack", help="path of a pack to play")
    p.add_argument("--autoplay", action="store_true",
                   help="computer players play a whole game, headless, on a simulated clock")
    p.add_argument("--players", type=int, default=1, metavar="N", help="computer players (autoplay, 1-8)")
    p.add_argument("--questions", type=int, default=10, metavar="Q", help="questions in the game (autoplay)")
    p.add_argument("--seed", type=int, metavar="S",
                   help="seed for the questions' order (and the computer players; autoplay default 0)")
    p.add_argument("--code", metavar="CODE", help="open the classroom setup with this quiz code")
    p.add_argument("--results-csv", metavar="FILE",
                   help="one row per player per question (autoplay); the summary goes next to it")
    p.add_argument("--save-scores", action="store_true",
                   help="keep the computer players' scores in the high-score table (autoplay)")
    p.set_defaults(handler=_cmd_play)


def _cmd_browse(args: argparse.Namespace) -> int:
    from pathlib import Path

    from quiz.core.yamlsafe import CHECK_THE_NAME

    if not Path(args.file).is_file():
        # Said in the language of the questions asked for, as preview says its problems.
        tr = _translator(args.content_locale)
        print(f"film-quiz: {args.file}: {tr.gettext('there is no such file')}. {CHECK_THE_NAME.say(tr)}",
              file=sys.stderr)
        return 1
    from quiz.ui.app import run_game
    from quiz.ui.scenes.browse import BrowseScene

    return run_game(args, start=lambda ctx: [BrowseScene(ctx, args.file, args.content_locale)])


def _add_browse(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("browse", help="open the game on a pack's questions, updated as you edit the file",
                       description="Show every question of PACK with its answer, kind, difficulty, source "
                                   "and warnings, filtered by kind, language and difficulty. The list "
                                   "follows the file: save it in your editor and it updates; errors are "
                                   "shown with file:line:column until they are fixed.")
    p.add_argument("file", metavar="PACK", help="path of the pack file (any folder)")
    p.add_argument("--locale", dest="content_locale", choices=LOCALES,
                   help="language of the questions shown (default: the game's language)")
    p.set_defaults(handler=_cmd_browse)


def _cmd_screenshot(args: argparse.Namespace) -> int:
    from quiz.ui.screenshot import run_screenshot

    return run_screenshot(args)


def _add_screenshot(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("screenshot", help="render the game's scenes to PNG files, without a window")
    p.add_argument("--scene", default="all", help="a scene name, or all (the default)")
    p.add_argument("--locale", choices=LOCALES, default="en", help="language of the screens")
    p.add_argument("--size", default="1280x720", help="WIDTHxHEIGHT in pixels (default 1280x720)")
    p.add_argument("--out", default="screenshots", help="folder for the PNG files")
    p.add_argument("--pack", help="path of the pack to show (default: the first bundled pack)")
    p.set_defaults(handler=_cmd_screenshot)


# The --locale of the commands whose only text in a language is what they say: validate,
# new, results, history. (preview, export and import have the language of the questions.)
_MESSAGES_LOCALE = {"choices": LOCALES, "default": "en", "help": "language of the messages (default: en)"}


def _questions(tr: Translator, n: int) -> str:
    """`n question(s)` in `tr`'s language: English keeps its "(s)", as validate's counts
    do; other languages say each form."""
    return tr.counted("{n} question(s)", "{n} question(s)", n)


def _translator(locale: str | None) -> Translator:
    """The language of a command's messages: its --locale, else English."""
    from quiz.i18n import translator

    return translator(locale or "en")


def _report(problems: Iterable[PackProblem], tr: Translator, stream: TextIO | None = None) -> None:
    """One line per problem, `file:line:column: severity: message (at place). Hint`, in
    `tr`'s language."""
    for problem in problems:
        print(problem.say(tr), file=stream or sys.stdout)


def _cmd_validate(args: argparse.Namespace) -> int:
    from quiz import paths
    from quiz.core.packs import load_packs

    tr = _translator(args.locale)
    packs, problems = load_packs(args.paths or [paths.questions_dir()])
    for pack in packs:
        problems = [*problems, *_lint_warnings(pack)]
    _report(problems, tr)
    # English keeps its "(s)" for the counts, as it always printed; other languages say
    # each plural form.
    for pack in packs:
        films, questions = len(pack.films), len(pack.questions)
        print(tr.gettext("{path}: ok: pack `{id}`, {films}, {questions}").format(
            path=pack.path, id=pack.id,
            films=tr.counted("{n} film(s)", "{n} film(s)", films),
            questions=tr.counted("{n} hand-written question(s)", "{n} hand-written question(s)", questions)))
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    print(", ".join((
        tr.counted("{n} valid pack(s)", "{n} valid pack(s)", len(packs)),
        tr.counted("{n} error(s)", "{n} error(s)", errors),
        tr.counted("{n} warning(s)", "{n} warning(s)", warnings),
    )), file=sys.stderr)
    return 1 if errors else 0


def _lint_warnings(pack: Pack) -> list[PackProblem]:
    """Lint's warnings about a pack that loaded: duplicates, give-aways, long options,
    missing translations, facts without a source, blanks that match no question."""
    from quiz.core.generators import generate
    from quiz.core.lint import lint

    return lint(pack, {locale: generate(pack, locale, seed=0) for locale in pack.locales})


def _add_validate(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("validate", help="check question packs and report every problem",
                       description="Check pack files (or every .yaml pack in a folder). Exits 0 "
                                   "when all are valid (warnings allowed), 1 otherwise.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="pack files or folders (default: the bundled packs)")
    p.add_argument("--locale", **_MESSAGES_LOCALE)
    p.set_defaults(handler=_cmd_validate)


def _load_one(path: str, locale: str | None = None) -> Pack | None:
    """The pack at `path`, or None after printing why it cannot be used, in `locale` (on
    stderr: stdout may be JSON going to a file)."""
    from quiz.core.errors import PackError
    from quiz.core.packs import load_pack

    try:
        return load_pack(path)
    except PackError as e:
        _report(e.problems, _translator(locale), sys.stderr)
        return None


def _cmd_preview(args: argparse.Namespace) -> int:
    from quiz.core.generators import generate
    from quiz.core.reports import preview_json, preview_text

    pack = _load_one(args.pack, args.locale)
    if pack is None:
        return 1
    if args.locale not in pack.locales:
        print(_translator(args.locale).gettext("note: the pack has no `{locale}` texts; showing {default} where "
                                               "missing").format(locale=args.locale, default=pack.default_locale),
              file=sys.stderr)
    questions = generate(pack, args.locale, seed=args.seed)
    print(preview_json(questions) if args.format == "json" else preview_text(questions), end="")
    return 0


def _add_preview(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("preview", help="show the questions a pack makes, right answers marked")
    p.add_argument("pack", metavar="PACK", help="path of the pack file")
    p.add_argument("--locale", choices=LOCALES, default="en", help="language of the questions")
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


def _refuse_overwrite(target: Path, force: bool, tr: Translator) -> bool:
    if target.exists() and not force:
        print(tr.gettext("{target} already exists; add --force to replace it").format(target=target),
              file=sys.stderr)
        return True
    return False


def _write(target: Path, data: bytes, tr: Translator) -> bool:
    """Write `data` to `target` atomically; False (and why, on stderr, in `tr`'s language)
    when it cannot be."""
    from quiz.core.storage import atomic_write_bytes

    try:
        atomic_write_bytes(target, data)
    except OSError as e:
        print(tr.gettext("{target}: cannot write the file: {error}. Check the folder exists and you may write "
                         "there").format(target=target, error=e.strerror or e), file=sys.stderr)
        return False
    return True


def _cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from quiz.core.errors import PackError
    from quiz.formats import import_file
    from quiz.formats.common import ImportOptions, dump_pack, slug

    source, target = Path(args.file), Path(args.output)
    tr = _translator(args.locale)
    if _refuse_overwrite(target, args.force, tr):
        return 1
    opts = ImportOptions(file=str(source), locale=args.locale, title=args.title, source=args.source,
                         pack_id=slug(target.stem) or None)
    try:
        result = import_file(args.format, source, opts)
    except PackError as e:
        _report(e.problems, tr, sys.stderr)
        # The count as written, as it always printed (no 1,234): English stays as it was.
        print(tr.ngettext("Nothing written: fix the {n} problem(s) above and run the import again.",
                          "Nothing written: fix the {n} problem(s) above and run the import again.",
                          len(e.problems)).format(n=len(e.problems)), file=sys.stderr)
        return 1
    _report(result.warnings, tr, sys.stderr)
    if not _write(target, dump_pack(result, target, tr).encode("utf-8"), tr):
        return 1
    films, questions = result.pack.get("films", []), result.pack.get("questions", [])
    what = (_questions(tr, len(questions)) if questions
            else tr.counted("{n} draft film entry (review it)", "{n} draft film entries (review them)", len(films)))
    print(tr.gettext("Wrote {target}: {what}, {warnings}.").format(
        target=target, what=what, warnings=tr.counted("{n} warning(s)", "{n} warning(s)", len(result.warnings))))
    return 0


# The formats' names, here so that building the parser loads no format code (every
# command builds it); tests/test_cli.py holds them equal to quiz.formats' registries.
IMPORT_FORMATS = ("aiken", "csv", "gift", "imdb-page", "opentdb")
EXPORT_FORMATS = ("csv", "gift", "opentdb")


def _add_import(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="make a pack from a CSV, GIFT, Aiken, OpenTDB or IMDb page file")
    p.add_argument("format", choices=IMPORT_FORMATS, help="the format of FILE")
    p.add_argument("file", help="the file to read")
    p.add_argument("-o", "--output", required=True, help="the pack to write (PACK.yaml)")
    p.add_argument("--locale", choices=LOCALES, default="en", help="the language FILE is written in")
    p.add_argument("--title", help="the pack's title (for imdb-page: the film's title)")
    p.add_argument("--source", help="what each fact's source: says (default: FILE's name)")
    p.add_argument("--force", action="store_true", help="replace the output file if it exists")
    p.set_defaults(handler=_cmd_import)


def _cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from quiz.core.generators import generate
    from quiz.formats import EXPORTERS

    tr = _translator(args.locale)
    pack = _load_one(args.pack, args.locale)
    if pack is None:
        return 1
    if args.locale not in pack.locales:
        print(tr.gettext("{pack} is not written in {locale}; it has {locales}").format(
            pack=args.pack, locale=repr(args.locale), locales=", ".join(pack.locales)), file=sys.stderr)
        return 1
    questions = generate(pack, args.locale, seed=args.seed)
    if not _write(Path(args.output), EXPORTERS[args.format](pack, questions, args.locale), tr):
        return 1
    print(tr.gettext("Wrote {target}: {questions} in {locale}.").format(
        target=args.output, questions=_questions(tr, len(questions)),
        locale=args.locale))
    return 0


def _add_export(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write a pack's questions as GIFT, CSV or OpenTDB JSON")
    p.add_argument("format", choices=EXPORT_FORMATS, help="the format to write")
    p.add_argument("pack", help="the pack to read (PACK.yaml)")
    p.add_argument("--locale", choices=LOCALES, required=True, help="the language of the questions")
    p.add_argument("--seed", type=int, default=0, help="which set of generated questions (default 0)")
    p.add_argument("-o", "--output", required=True, help="the file to write")
    p.set_defaults(handler=_cmd_export)


def _cmd_new(args: argparse.Namespace) -> int:
    from pathlib import Path

    from quiz.formats.scaffold import starter_pack

    target = Path(args.pack)
    tr = _translator(args.locale)
    if _refuse_overwrite(target, args.force, tr):
        return 1
    if not _write(target, starter_pack(target).encode("utf-8"), tr):
        return 1
    print(tr.gettext("Wrote {target}: a starter pack in English and Russian. Edit it, then: film-quiz validate "
                     "{target}").format(target=target))
    return 0


def _add_new(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("new", help="write a commented starter pack")
    p.add_argument("pack", help="the pack to write (PACK.yaml)")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.add_argument("--locale", **_MESSAGES_LOCALE)
    p.set_defaults(handler=_cmd_new)


def _cmd_results(args: argparse.Namespace) -> int:
    from quiz.core.results import find_game, saved_games

    tr = _translator(args.locale)
    if args.action == "list":
        games = saved_games()
        if not games:
            print(tr.gettext("No classroom results saved yet."))
        for n, game in enumerate(games, 1):
            rows = game.read()
            leader = f"{rows[0]['player']} {rows[0]['score']}" if rows else tr.gettext("no summary")
            # The summary's count of questions, or ? when there is no summary to say it.
            asked = rows[0]["questions"] if rows else "?"
            questions = (_questions(tr, int(asked)) if asked.isdecimal()
                         else tr.ngettext("{n} question(s)", "{n} question(s)", 0).format(n=asked))
            print(f"{n:>3}  " + tr.gettext("{game}  {players}, {questions}, first: {leader}").format(
                game=game.id, players=tr.counted("{n} player(s)", "{n} player(s)", len(rows)),
                questions=questions, leader=leader))
        return 0
    if not args.game:
        print(tr.gettext("film-quiz results {action}: say which game (a number from `results list`, or its "
                         "id)").format(action=args.action), file=sys.stderr)
        return 2
    game = find_game(args.game)
    if game is None:
        print(tr.gettext("film-quiz: no saved game {game}; `film-quiz results list` shows them").format(
            game=repr(args.game)), file=sys.stderr)
        return 1
    if args.action == "show":
        print(f"{game.id}\n  {game.answers}\n  {game.summary}")
        for row in game.read():
            print(f"{row['rank']:>3}. " + tr.gettext("{player}: {score} ({correct}/{questions} correct)").format(
                player=row["player"], score=row["score"], correct=row["correct"], questions=row["questions"]))
        return 0
    from pathlib import Path

    try:
        copies = game.export(Path(args.to))
    except OSError as e:
        print(tr.gettext("{folder}: cannot write there: {error}").format(folder=args.to, error=e.strerror or e),
              file=sys.stderr)
        return 1
    for copy in copies:
        print(tr.gettext("Wrote {target}").format(target=copy))
    return 0 if copies else 1


def _add_results(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("results", help="list, show or copy the results of classroom games",
                       description="Every classroom game saves two CSV files in the user data folder: "
                                   "one row per player per question, and a summary with each place.")
    p.add_argument("action", choices=("list", "show", "export"), help="what to do")
    p.add_argument("game", nargs="?", help="a number from `results list` (1 = newest) or a game's id")
    p.add_argument("--to", default=".", metavar="FOLDER", help="where export copies the files (default: here)")
    p.add_argument("--locale", **_MESSAGES_LOCALE)
    p.set_defaults(handler=_cmd_results)


def _cmd_history(args: argparse.Namespace) -> int:
    from quiz.core import history

    tr = _translator(args.locale)
    if args.action == "list":
        for pack in history.packs():
            print(f"{pack}: " + tr.counted("{n} question(s) asked", "{n} question(s) asked", len(history.asked(pack))))
        return 0
    done = history.reset(args.pack)
    print(tr.gettext("Forgot the questions asked from: {packs}").format(packs=", ".join(done)) if done
          else tr.gettext("No history to forget."))
    return 0


def _add_history(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("history", help="the questions classroom games with no repeats have asked",
                       description="`reset` forgets them for PACK (a pack id), or for every pack.")
    p.add_argument("action", choices=("list", "reset"), help="what to do")
    p.add_argument("pack", nargs="?", metavar="PACK", help="a pack id (default: every pack)")
    p.add_argument("--locale", **_MESSAGES_LOCALE)
    p.set_defaults(handler=_cmd_history)


# name -> function adding the subcommand's parser; a plain registry, no discovery.
COMMANDS: dict[str, Callable[[argparse._SubParsersAction], None]] = {
    "play": _add_play,
    "browse": _add_browse,
    "screenshot": _add_screenshot,
    "validate": _add_validate,
    "preview": _add_preview,
    "stats": _add_stats,
    "import": _add_import,
    "export": _add_export,
    "new": _add_new,
    "results": _add_results,
    "history": _add_history,
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
