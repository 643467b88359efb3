"""`film-quiz validate`, `preview` and `stats`: the pack author's tools. Problems come out
one per line as file:line:column, and no path, however wrong, gives a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from quiz import paths
from quiz.cli import main
from quiz.core.ids import stable_id
from quiz.core.packs import bundled_packs

ROOT = Path(__file__).resolve().parents[1]
SPACEWALK = paths.questions_dir() / "spacewalk.yaml"

GOOD = """\
format: 1
id: tiny
title: {en: Tiny pack, ru: Маленький набор}
locales: [en, ru]
films:
  - id: film
    source: https://example.org/film
    title: {en: The Film}
    year: 2001
questions:
  - id: colour
    type: choice
    film: film
    prompt: {en: "Which colour is the sky?", ru: "Какого цвета небо?"}
    options:
      - {en: Green, ru: Зелёного}
      - {en: Blue, ru: Голубого}
    answer: 2
"""


def write(tmp_path: Path, text: str, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# validate -------------------------------------------------------------------------------


def test_validate_with_no_arguments_checks_the_bundled_packs(capsys):
    assert main(["validate"]) == 0
    out = capsys.readouterr().out
    assert f"{SPACEWALK}: ok: pack `spacewalk`" in out


def test_validate_exits_1_and_prints_file_line_column(tmp_path, capsys):
    path = write(tmp_path, GOOD.replace("year: 2001", "yeer: 2001"))
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{path}:9:5: error: unknown key `yeer` (at films[0].yeer). Did you mean `year`?"]


def test_validate_allows_warnings(tmp_path, capsys):
    path = write(tmp_path, GOOD.replace("    source: https://example.org/film\n", ""))
    assert main(["validate", str(path)]) == 0
    assert ": warning: " in capsys.readouterr().out


def test_validate_checks_every_pack_in_a_folder_and_reports_each_bad_one(tmp_path, capsys):
    write(tmp_path, GOOD, "good.yaml")
    write(tmp_path, "format: 1\nid: [x\n", "bad.yaml")
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"{tmp_path / 'bad.yaml'}:3:1: error:" in out and f"{tmp_path / 'good.yaml'}: ok" in out


@pytest.mark.parametrize("make", [
    lambda d: d / "missing.yaml",
    lambda d: d,  # a folder with no packs in it
    lambda d: (d / "bin.yaml").write_bytes(b"\xff\xfe\x00junk") and d / "bin.yaml",
    lambda d: (d / "sub").mkdir() or (d / "sub"),
])
def test_validate_never_shows_a_traceback(tmp_path, make):
    target = make(tmp_path)
    result = subprocess.run([sys.executable, "-m", "quiz", "validate", str(target)],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.startswith(str(target))


def test_validate_reports_an_unreadable_file(tmp_path, capsys, monkeypatch):
    path = write(tmp_path, GOOD)

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    # Not chmod: the tests may run as root, who can read anything.
    monkeypatch.setattr(Path, "open", refuse)
    code = main(["validate", str(path)])
    monkeypatch.undo()
    assert code == 1
    assert capsys.readouterr().out.startswith(f"{path}: error: the file cannot be opened: permission denied")


FLAWLESS = GOOD.replace("title: {en: The Film}", "title: {en: The Film, ru: Фильм}")


def test_validate_in_russian_says_what_is_wrong_and_counts_with_russian_plurals(tmp_path, capsys):
    write(tmp_path, FLAWLESS, "good.yaml")
    bad = write(tmp_path, FLAWLESS.replace("year: 2001", "yeer: 2001"), "bad.yaml")
    assert main(["validate", "--locale", "ru", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        f"{bad}:9:5: ошибка: неизвестное поле `yeer` (в films[0].yeer). Может быть, `year`?",
        f"{tmp_path / 'good.yaml'}: в порядке: набор `tiny`, 1 фильм, 1 вопрос, написанный вручную",
    ]
    assert captured.err.strip() == "1 исправный набор, 1 ошибка, 0 предупреждений"


def test_validate_speaks_english_unless_asked(tmp_path, capsys):
    path = write(tmp_path, FLAWLESS)
    assert main(["validate", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"{path}: ok: pack `tiny`, 1 film(s), 1 hand-written question(s)\n"
    assert captured.err == "1 valid pack(s), 0 error(s), 0 warning(s)\n"


def test_preview_says_a_broken_packs_problems_in_its_locale(tmp_path, capsys):
    path = write(tmp_path, "format: 1\nid: [x\n")
    assert main(["preview", str(path), "--locale", "ru"]) == 1
    assert capsys.readouterr().err.startswith(f"{path}:3:1: ошибка: это неправильный YAML")


# preview --------------------------------------------------------------------------------


def test_preview_json_lists_questions_with_their_answers(capsys):
    assert main(["preview", str(SPACEWALK), "--locale", "ru", "--seed", "3", "--format", "json"]) == 0
    questions = json.loads(capsys.readouterr().out)
    assert questions
    for q in questions:
        assert {"id", "kind", "difficulty", "locale", "prompt", "options", "answer", "source",
                "explanation", "film"} <= set(q)
        assert q["locale"] == "ru" and 0 <= q["answer"] < len(q["options"])
        assert all(isinstance(o, str) and o for o in q["options"])
    mission = next(q for q in questions if q["id"] == stable_id("spacewalk", "hand", "mission"))
    assert mission["options"][mission["answer"]] == "«Восход-2»"


@pytest.mark.parametrize("locale", ["en", "ru"])
def test_preview_keeps_every_hand_written_answer_of_every_bundled_pack(locale, capsys):
    packs, _ = bundled_packs()
    for pack in packs:
        assert main(["preview", pack.path, "--locale", locale, "--format", "json"]) == 0
        shown = {q["id"]: q for q in json.loads(capsys.readouterr().out)}
        for hand in pack.questions:
            q = shown[stable_id(pack.id, "hand", hand.id)]
            assert q["kind"] == hand.type and q["difficulty"] == hand.difficulty and q["film"] == hand.film
            if hand.type == "choice":
                assert q["options"][q["answer"]] == hand.options[hand.answer].get(locale, pack.default_locale)


def test_preview_is_the_same_for_the_same_seed(capsys):
    main(["preview", str(SPACEWALK), "--seed", "7", "--format", "json"])
    first = capsys.readouterr().out
    main(["preview", str(SPACEWALK), "--seed", "7", "--format", "json"])
    assert capsys.readouterr().out == first


def test_preview_text_marks_the_right_answer(tmp_path, capsys):
    assert main(["preview", str(write(tmp_path, GOOD)), "--locale", "ru"]) == 0
    out = capsys.readouterr().out
    assert "Какого цвета небо?" in out
    assert "* b) Голубого" in out and "  a) Зелёного" in out


def test_preview_of_a_broken_pack_prints_its_problems_and_exits_1(tmp_path, capsys):
    path = write(tmp_path, GOOD.replace("answer: 2", "answer: 5"))
    assert main(["preview", str(path), "--format", "json"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and f"{path}:18:13: error: the answer must be the number of the right option" in err


# stats ----------------------------------------------------------------------------------


def test_a_missing_russian_title_falls_back_to_english_and_stats_says_so(tmp_path, capsys):
    path = write(tmp_path, GOOD)
    assert main(["stats", str(path)]) == 0
    out = capsys.readouterr().out
    assert "ru: 1 text(s) shown in en instead" in out
    assert f"{path}:8:12: films[0].title" in out


def test_stats_counts_questions_per_kind_difficulty_and_locale(capsys):
    assert main(["stats", str(SPACEWALK)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Pack `spacewalk`")
    for word in ("kind", "difficulty", "easy", "medium", "hard", "ru: every text is translated."):
        assert word in out
    totals = [line.split()[1:] for line in out.splitlines() if line.startswith("total")]
    for locale, column in (("en", 0), ("ru", 1)):
        main(["preview", str(SPACEWALK), "--locale", locale, "--format", "json"])
        made = json.loads(capsys.readouterr().out)
        assert all(int(row[column]) == len(made) for row in totals), (locale, totals, len(made))
        kinds = {q["kind"] for q in made}
        assert {"choice", "truefalse", "who-played"} <= kinds
        assert all(f"\n{kind} " in out for kind in kinds)


def test_the_import_and_export_commands_offer_every_registered_format():
    # The parser names the formats itself so that no command loads the format code it
    # does not need; this keeps the two lists the same.
    from quiz import cli
    from quiz.formats import EXPORTERS, IMPORTERS

    assert cli.IMPORT_FORMATS == tuple(sorted(IMPORTERS))
    assert cli.EXPORT_FORMATS == tuple(sorted(EXPORTERS))


def test_a_blank_that_runs_over_a_line_break_is_one_blank_everywhere(tmp_path, capsys):
    # The loader, the generators and lint once read `[[...]]` three ways; a blank split by
    # a line break in a `|` block made `validate` crash with a traceback.
    pack = tmp_path / "wrapped.yaml"
    pack.write_text(
        "format: 1\nid: wrapped\ntitle: Wrapped\n"
        "films:\n"
        "  - id: film\n    source: https://example.org/film\n    title: The Film\n"
        "    trivia:\n"
        "      - text: |-\n"
        "          The capsule came down in the [[Perm\n"
        "          taiga]], far from the planned site.\n", encoding="utf-8")
    assert main(["validate", str(pack)]) == 0
    assert "Traceback" not in capsys.readouterr().err
    from quiz.core.distractors import blanks, plain
    from quiz.core.packs import load_pack

    text = load_pack(pack).films[0].trivia[0].text.get("en")
    assert blanks(text) == ["Perm\ntaiga"] and "[[" not in plain(text)


def test_preview_notes_a_missing_language_in_that_language(tmp_path, capsys):
    path = write(tmp_path, GOOD.replace("locales: [en, ru]", "locales: [en]"))
    assert main(["preview", str(path), "--locale", "en"]) == 0
    assert capsys.readouterr().err == ""
    assert main(["preview", str(path), "--locale", "ru"]) == 0
    assert capsys.readouterr().err == ("примечание: в наборе нет текстов на языке `ru`; где их нет, "
                                       "показаны тексты на en\n")


def test_browse_of_a_missing_file_says_so_in_the_language_asked_for(tmp_path, capsys):
    missing = tmp_path / "nope.yaml"
    assert main(["browse", str(missing)]) == 1
    assert capsys.readouterr().err == f"film-quiz: {missing}: there is no such file. Check the name and the folder\n"
    assert main(["browse", str(missing), "--locale", "ru"]) == 1
    assert capsys.readouterr().err == f"film-quiz: {missing}: такого файла нет. Проверьте имя и папку\n"


# results and history --------------------------------------------------------------------


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("FILM_QUIZ_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_results_and_history_with_nothing_saved_say_so_in_their_locale(home, capsys):
    for argv, english, russian in (
        (["results", "list"], "No classroom results saved yet.", "Сохранённых результатов игр в классе пока нет."),
        (["history", "reset"], "No history to forget.", "Забывать нечего: заданных вопросов нет."),
    ):
        assert main(argv) == 0
        assert capsys.readouterr().out == english + "\n"
        assert main([*argv, "--locale", "ru"]) == 0
        assert capsys.readouterr().out == russian + "\n"


def test_results_list_and_show_count_players_and_questions_in_russian(home, capsys):
    from quiz.core.results import results_dir

    folder = results_dir()
    folder.mkdir(parents=True)
    (folder / "2026-11-21-spacewalk-answers.csv").write_text("player\n", encoding="utf-8")
    (folder / "2026-11-21-spacewalk-summary.csv").write_text(
        "rank,player,score,correct,questions\n1,Anna,1200,5,5\n2,Boris,800,3,5\n", encoding="utf-8")
    assert main(["results", "list"]) == 0
    assert capsys.readouterr().out == ("  1  2026-11-21-spacewalk  2 player(s), 5 question(s), first: Anna 1200\n")
    assert main(["results", "list", "--locale", "ru"]) == 0
    assert capsys.readouterr().out == "  1  2026-11-21-spacewalk  2 игрока, 5 вопросов, первое место: Anna 1200\n"
    assert main(["results", "show", "1", "--locale", "ru"]) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == ["  1. Anna: 1200 (верно 5 из 5)",
                                                         "  2. Boris: 800 (верно 3 из 5)"]
    assert main(["results", "show", "nothing-like-it", "--locale", "ru"]) == 1
    assert capsys.readouterr().err == ("film-quiz: нет сохранённой игры 'nothing-like-it'; "
                                       "их список показывает `film-quiz results list`\n")
    assert main(["results", "export", "1", "--to", str(home / "copy"), "--locale", "ru"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Записан файл {home / 'copy' / '2026-11-21-spacewalk-answers.csv'}",
        f"Записан файл {home / 'copy' / '2026-11-21-spacewalk-summary.csv'}"]


def test_history_counts_the_questions_asked_with_russian_plurals(home, capsys):
    from quiz.core import history

    history.record("space-race", ["a", "b"])
    history.record("spacewalk", ["a"])
    assert main(["history", "list"]) == 0
    assert capsys.readouterr().out == "space-race: 2 question(s) asked\nspacewalk: 1 question(s) asked\n"
    assert main(["history", "list", "--locale", "ru"]) == 0
    assert capsys.readouterr().out == "space-race: задано 2 вопроса\nspacewalk: задан 1 вопрос\n"
    assert main(["history", "reset", "--locale", "ru"]) == 0
    assert capsys.readouterr().out == "Забыты вопросы, заданные из наборов: space-race, spacewalk\n"


def test_results_list_shows_a_hand_edited_count_as_it_is(home, capsys):
    from quiz.core.results import results_dir

    folder = results_dir()
    folder.mkdir(parents=True)
    (folder / "g-answers.csv").write_text("player\n", encoding="utf-8")
    (folder / "g-summary.csv").write_text("rank,player,score,correct,questions\n1,Anna,9,3,²\n", encoding="utf-8")
    assert main(["results", "list", "--locale", "ru"]) == 0
    assert capsys.readouterr().out == "  1  g  1 игрок, ² вопросов, первое место: Anna 9\n"
