"""`film-quiz import`, `export` and `new`, as a teacher would run them."""

from __future__ import annotations

import yaml
from format_samples import DATA

from quiz.cli import main
from quiz.formats.common import PACK_KEYS, QUESTION_KEYS


def test_import_writes_a_readable_pack(tmp_path, capsys):
    out = tmp_path / "kahoot-pack.yaml"
    assert main(["import", "csv", str(DATA / "kahoot.csv"), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    first, *_ = text.splitlines()
    assert first.startswith("# yaml-language-server: $schema=") and first.endswith("quiz/core/pack.schema.json")
    assert "Кто сыграл Алексея Леонова" in text  # allow_unicode, not \u escapes
    assert "{" not in text and "[" not in text  # block style throughout
    doc = yaml.safe_load(text)
    assert doc["id"] == "kahoot-pack"
    assert list(doc) == [k for k in PACK_KEYS if k in doc]
    for q in doc["questions"]:
        assert list(q) == [k for k in QUESTION_KEYS if k in q]
    err = capsys.readouterr().err
    assert "kahoot.csv:7:7: warning: skipped the question on line 7" in err


def test_a_malformed_file_writes_nothing_and_names_the_place(tmp_path, capsys):
    bad = tmp_path / "bad.gift"
    bad.write_text("Q1? {=a ~b}\n\nQ2? {=a ~b\n", encoding="utf-8")
    out = tmp_path / "pack.yaml"
    assert main(["import", "gift", str(bad), "-o", str(out)]) == 1
    assert not out.exists()
    assert f"{bad}:3:5: error: the answer list opened here is never closed" in capsys.readouterr().err


def test_import_problems_are_said_in_the_commands_locale(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("Question;Answer 1;Answer 2;Correct answer\nWho flew first?;Leonov;Gagarin;7\n", encoding="utf-8")
    out = tmp_path / "pack.yaml"
    assert main(["import", "csv", str(bad), "--locale", "ru", "-o", str(out)]) == 1
    assert not out.exists()
    err = capsys.readouterr().err
    assert (f"{bad}:2:4: ошибка: ячейка D2 (Correct answer): '7' — не один из номеров ответов 1, 2. "
            "Напишите номер правильного ответа, например 2 (или 1,3, если их несколько)\n") in err
    assert "Ничего не записано: исправьте 1 проблему выше" in err
    # The same file in English reads as it always did.
    assert main(["import", "csv", str(bad), "-o", str(out)]) == 1
    assert (f"{bad}:2:4: error: cell D2 (Correct answer) says '7', which is not one of the answer numbers 1, 2. "
            "Write the number of the right answer, e.g. 2 (or 1,3 for several)\n"
            "Nothing written: fix the 1 problem(s) above and run the import again.\n") in capsys.readouterr().err


def test_gift_problems_and_warnings_in_russian_keep_their_place(tmp_path, capsys):
    bad = tmp_path / "bad.gift"
    bad.write_text("Q1? {=a ~b}\n\nQ2? {=a ~b\n", encoding="utf-8")
    out = tmp_path / "pack.yaml"
    assert main(["import", "gift", str(bad), "--locale", "ru", "-o", str(out)]) == 1
    assert f"{bad}:3:5: ошибка: список ответов, открытый здесь, не закрыт знаком }}" in capsys.readouterr().err
    # A warning about a skipped question names it, and its count, in Russian.
    skipped = tmp_path / "skipped.gift"
    skipped.write_text("Q1? {=a ~b}\n\nQ2? {=a =b ~c}\n", encoding="utf-8")
    assert main(["import", "gift", str(skipped), "--locale", "ru", "-o", str(out)]) == 0
    assert (f"{skipped}:3:1: предупреждение: пропущен вопрос в строке 3: в нём 2 правильных ответа, "
            "а игре нужен ровно один") in capsys.readouterr().err


def test_a_missing_input_file_is_reported_not_raised(tmp_path, capsys):
    assert main(["import", "aiken", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "p.yaml")]) == 1
    assert "there is no such file" in capsys.readouterr().err


def test_the_imdb_draft_lists_what_it_could_not_read_as_comments(tmp_path):
    out = tmp_path / "spacewalk.yaml"
    assert main(["import", "imdb-page", str(DATA / "imdb_spacewalk.txt"), "-o", str(out),
                 "--source", "seed:000_84ecb181e80c7749.txt"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "#   line 58: Language: the copy has the heading but not its value" in text
    assert "# Skipped: 14 review paragraphs (opinions, not facts); 5 repeated paragraphs.\n" in text
    film = yaml.safe_load(text)["films"][0]
    assert film["source"] == "seed:000_84ecb181e80c7749.txt"


def test_the_imdb_drafts_comments_are_in_the_imports_locale(tmp_path, capsys):
    out = tmp_path / "spacewalk.yaml"
    assert main(["import", "imdb-page", str(DATA / "imdb_spacewalk.txt"), "--locale", "ru", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    head = [line for line in text.splitlines() if line.startswith("#")][2:]
    assert head[:3] == [
        "# Черновик фильма, сделанный командой `film-quiz import imdb-page` из imdb_spacewalk.txt.",
        "# Прежде чем набором пользоваться, человек должен сверить каждый факт со страницей.",
        '# Название «Spacewalk» взято из "How long is Spacewalk?" в строке 53: проверьте его.',
    ]
    assert ("# Факт «Featured in Evening Urgant: Evgeny Mironov/Alexei …» взят из раздела IMDb «Connections» "
            "(строка 52): перескажите его связным предложением.") in head
    assert "# Пропущено: 14 абзацев отзывов (мнения, а не факты); 5 повторённых абзацев." in head
    assert "# Не прочитано (при желании заполните вручную):" in head
    assert "#   строка 58: Language: в копии есть заголовок, но нет его значения" in head
    # The comments change nothing in the pack, which is valid as it was.
    assert main(["validate", str(out)]) == 0
    assert yaml.safe_load(text)["default_locale"] == "ru"


def test_new_writes_a_starter_pack_and_refuses_to_overwrite(tmp_path, capsys):
    out = tmp_path / "My Films.yaml"
    assert main(["new", str(out)]) == 0
    doc = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert doc["id"] == "my-films" and doc["locales"] == ["en", "ru"]
    assert len(doc["films"]) == 1 and len(doc["questions"]) == 2
    film = doc["films"][0]
    assert film["cast"] and film["quotes"] and film["trivia"]
    before = out.read_text(encoding="utf-8")
    out.write_text("mine", encoding="utf-8")
    assert main(["new", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "mine"
    assert "--force" in capsys.readouterr().err
    assert main(["new", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8") == before


def test_import_does_not_replace_an_existing_pack_without_force(tmp_path):
    out = tmp_path / "p.yaml"
    out.write_text("my work", encoding="utf-8")
    assert main(["import", "aiken", str(DATA / "quiz.aiken.txt"), "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "my work"
    assert main(["import", "aiken", str(DATA / "quiz.aiken.txt"), "-o", str(out), "--force"]) == 0


def test_an_output_that_cannot_be_written_is_reported_not_raised(tmp_path, capsys):
    folder = tmp_path / "a-folder.yaml"
    folder.mkdir()
    assert main(["new", str(folder), "--force"]) == 1
    assert main(["import", "aiken", str(DATA / "quiz.aiken.txt"), "-o", str(folder), "--force"]) == 1
    assert capsys.readouterr().err.count("cannot write the file") == 2


GIVEAWAY = """\
format: 1
id: giveaway
title: Give-away
description: One question that answers itself.
locales: [en]
questions:
  - id: leonov
    type: choice
    prompt: "Which cosmonaut, Alexei Leonov, made the first spacewalk?"
    options: [Alexei Leonov, Yuri Gagarin]
    answer: 1
    source: seed:000_84ecb181e80c7749.txt
"""


def test_validate_prints_lint_warnings_without_failing(tmp_path, capsys):
    pack = tmp_path / "giveaway.yaml"
    pack.write_text(GIVEAWAY, encoding="utf-8")
    assert main(["validate", str(pack)]) == 0
    out = capsys.readouterr().out
    assert f"{pack}:7:5: warning: [en] the answer 'Alexei Leonov' appears in its own question" in out


def test_validate_still_fails_on_errors(tmp_path, capsys):
    pack = tmp_path / "broken.yaml"
    pack.write_text(GIVEAWAY.replace("answer: 1", "answer: 3"), encoding="utf-8")
    assert main(["validate", str(pack)]) == 1
    assert ": error: " in capsys.readouterr().out


def test_export_then_import_on_the_command_line(tmp_path, capsys):
    from quiz import paths

    exported, back = tmp_path / "spacewalk-ru.gift", tmp_path / "back.yaml"
    bundled = str(paths.questions_dir() / "spacewalk.yaml")
    assert main(["export", "gift", bundled, "--locale", "ru", "--seed", "2", "-o", str(exported)]) == 0
    written = capsys.readouterr().out
    assert written.startswith(f"Записан файл {exported}: ") and written.rstrip().endswith("на языке ru.")
    assert main(["import", "gift", str(exported), "--locale", "ru", "-o", str(back)]) == 0
    assert main(["validate", str(back)]) == 0
    doc = yaml.safe_load(back.read_text(encoding="utf-8"))
    assert doc["locales"] == ["ru"] and len(doc["questions"]) == int(written.split(": ")[1].split()[0])


def test_export_of_a_broken_pack_reports_and_writes_nothing(tmp_path, capsys):
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\nid: [x\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["export", "csv", str(broken), "--locale", "en", "-o", str(out)]) == 1
    assert not out.exists()
    assert f"{broken}:" in capsys.readouterr().err


# What each command says it wrote, in English and in its --locale ---------------------------

TWO_QUESTIONS = """\
format: 1
id: two
title: {en: Two, ru: Два}
locales: [en, ru]
questions:
  - id: sky
    type: choice
    prompt: {en: "Which colour is the sky?", ru: "Какого цвета небо?"}
    options: [{en: Green, ru: Зелёного}, {en: Blue, ru: Голубого}]
    answer: 2
    source: https://example.org/sky
  - id: grass
    type: choice
    prompt: {en: "Which colour is grass?", ru: "Какого цвета трава?"}
    options: [{en: Green, ru: Зелёного}, {en: Blue, ru: Голубого}]
    answer: 1
    source: https://example.org/grass
"""


def aiken(questions: int) -> str:
    return "".join(f"Question {n}?\nA. Yes\nB. No\nANSWER: A\n\n" for n in range(1, questions + 1))


def test_import_says_what_it_wrote_in_the_commands_locale(tmp_path, capsys):
    five = tmp_path / "five.txt"
    five.write_text(aiken(5), encoding="utf-8")
    assert main(["import", "aiken", str(five), "-o", str(tmp_path / "en.yaml")]) == 0
    assert capsys.readouterr().out == f"Wrote {tmp_path / 'en.yaml'}: 5 question(s), 0 warning(s).\n"
    assert main(["import", "aiken", str(five), "--locale", "ru", "-o", str(tmp_path / "ru.yaml")]) == 0
    assert capsys.readouterr().out == f"Записан файл {tmp_path / 'ru.yaml'}: 5 вопросов, 0 предупреждений.\n"
    # 3 questions and 2 warnings: the other plural form
    out = tmp_path / "kahoot.yaml"
    assert main(["import", "csv", str(DATA / "kahoot.csv"), "--locale", "ru", "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"Записан файл {out}: 3 вопроса, 2 предупреждения.\n"


def test_the_imdb_draft_is_said_to_be_one_film_entry_to_review(tmp_path, capsys):
    page = str(DATA / "imdb_spacewalk.txt")
    assert main(["import", "imdb-page", page, "-o", str(tmp_path / "en.yaml")]) == 0
    assert capsys.readouterr().out == (f"Wrote {tmp_path / 'en.yaml'}: 1 draft film entry (review it), "
                                       "11 warning(s).\n")
    assert main(["import", "imdb-page", page, "--locale", "ru", "-o", str(tmp_path / "ru.yaml")]) == 0
    assert capsys.readouterr().out == (f"Записан файл {tmp_path / 'ru.yaml'}: 1 черновик фильма (проверьте его), "
                                       "11 предупреждений.\n")


def test_export_says_how_many_questions_it_wrote_in_its_locale(tmp_path, capsys):
    pack, out = tmp_path / "two.yaml", tmp_path / "two.csv"
    pack.write_text(TWO_QUESTIONS, encoding="utf-8")
    assert main(["export", "csv", str(pack), "--locale", "en", "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"Wrote {out}: 2 question(s) in en.\n"
    assert main(["export", "csv", str(pack), "--locale", "ru", "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"Записан файл {out}: 2 вопроса на языке ru.\n"


def test_export_in_a_language_the_pack_lacks_says_so_in_that_language(tmp_path, capsys):
    pack = tmp_path / "giveaway.yaml"
    pack.write_text(GIVEAWAY, encoding="utf-8")
    assert main(["export", "csv", str(pack), "--locale", "ru", "-o", str(tmp_path / "out.csv")]) == 1
    assert capsys.readouterr().err == f"набор {pack} не написан на языке 'ru'; в нём есть: en\n"
    assert not (tmp_path / "out.csv").exists()


def test_new_says_what_it_wrote_in_its_locale(tmp_path, capsys):
    out = tmp_path / "mine.yaml"
    assert main(["new", str(out)]) == 0
    assert capsys.readouterr().out == (f"Wrote {out}: a starter pack in English and Russian. "
                                       f"Edit it, then: film-quiz validate {out}\n")
    assert main(["new", str(out), "--locale", "ru"]) == 1
    assert capsys.readouterr().err == f"{out} уже существует; добавьте --force, чтобы заменить его\n"
    assert main(["new", str(out), "--locale", "ru", "--force"]) == 0
    assert capsys.readouterr().out == (f"Записан файл {out}: начальный набор на английском и русском. "
                                       f"Отредактируйте его, затем проверьте: film-quiz validate --locale ru {out}\n")


def test_an_output_that_cannot_be_written_is_said_in_the_commands_locale(tmp_path, capsys):
    folder = tmp_path / "a-folder.yaml"
    folder.mkdir()
    assert main(["import", "aiken", str(DATA / "quiz.aiken.txt"), "--locale", "ru", "-o", str(folder), "--force"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{folder}: не удаётся записать файл: ")
    assert err.endswith(". Проверьте, что папка существует и у вас есть право записи в неё\n")
