"""A pack's problems are said in the reader's language: what is wrong and what to do,
with file:line:column, Russian plurals and Russian numbers; the English stays as it was."""

from __future__ import annotations

import pickle

import pytest

from quiz.core import packs
from quiz.core.errors import PackProblem, msg, nmsg
from quiz.core.packs import read_pack
from quiz.core.yamlsafe import MAX_NODES
from quiz.i18n import translator

RU = translator("ru")

DUPLICATE_KEY = """\
format: 1
id: dup
title: {en: Duplicate, ru: Повтор}
films:
  - id: spacewalk
    title: Spacewalk
    year: 2017
    year: 2018
"""

NO_SOURCE = """\
format: 1
id: nosource
title: No source
films:
  - id: spacewalk
    title: Spacewalk
    year: 2017
"""


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("FILM_QUIZ_HOME", str(tmp_path / "home"))


def write(tmp_path, text: str, name: str = "pack.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_duplicate_key_is_said_in_russian_with_its_place_and_what_to_do(tmp_path):
    path = write(tmp_path, DUPLICATE_KEY)
    (problem,) = read_pack(path)[1]
    assert problem.say(RU) == (f"{path}:8:5: ошибка: поле `year` встречается дважды в одном месте: в строке 7 "
                               f"и ещё раз в строке 8. Оставьте одно из них (YAML молча взял бы только последнее)")
    assert str(problem) == (f"{path}:8:5: error: the key `year` appears twice in the same place: on line 7 and "
                            f"again on line 8. Keep one of them (YAML would silently use only the last)")


def test_a_value_described_in_a_message_is_described_in_the_same_language(tmp_path):
    path = write(tmp_path, DUPLICATE_KEY.replace("    year: 2018\n", "    runtime: [137]\n"))
    (problem,) = [p for p in read_pack(path)[1] if p.severity == "error"]
    assert problem.message == "expected a whole number here, found a list"
    assert problem.message.say(RU) == "здесь нужно целое число, а найдено: список"


@pytest.mark.parametrize("n, said", [(1, "1 раз"), (2, "2 раза"), (5, "5 раз"), (21, "21 раз"), (22, "22 раза")])
def test_counts_take_the_russian_plural_form(n, said):
    message = nmsg("the option {option} appears {n} time in {locale}",
                   "the option {option} appears {n} times in {locale}", n, option="'A'", locale="en")
    assert message.say(RU) == f"вариант 'A' встречается {said} на языке en"


def test_numbers_are_written_as_the_language_writes_them_and_line_numbers_as_they_are():
    message = nmsg("the file holds more than {n} value", "the file holds more than {n} values", MAX_NODES)
    assert message == "the file holds more than 500,000 values"
    assert message.say(RU) == f"в файле больше {RU.number(MAX_NODES)} значений"
    twice = msg("the key `{key}` appears twice in the same place: on line {first} and again on line {line}",
                key="id", first="1200", line="1234")
    assert "1200" in twice.say(RU) and "1234" in twice


def test_a_warning_read_from_the_pack_cache_is_still_said_in_russian(tmp_path, monkeypatch):
    path = write(tmp_path, NO_SOURCE)
    first = read_pack(path)[1]
    monkeypatch.setattr(packs, "_read", lambda data, name: pytest.fail("read again instead of from the cache"))
    (warning,) = read_pack(path)[1]
    assert warning == first[0] and warning.say(RU).startswith(f"{path}:5:5: предупреждение: у этого фильма нет")


def test_a_message_survives_pickling_whole():
    message = msg("{value} cannot be read as {what}", value="'x'", what=msg("a date"))
    again = pickle.loads(pickle.dumps(message))
    assert again == message and again.say(RU) == "'x' не читается как дата"


def test_a_translation_with_a_wrong_placeholder_falls_back_to_english():
    class Broken:
        locale = "ru"

        def gettext(self, message):
            return "{nonsense}"

        def number(self, n):
            return str(n)

    assert msg("unknown key `{key}`", key="yeer").say(Broken()) == "unknown key `yeer`"


def test_an_importers_problem_in_plain_english_is_shown_as_it_is():
    problem = PackProblem("quiz.csv", 3, 4, "cell D3 (Correct answer): '5' is not an answer", "Use 1 to 4")
    assert problem.say(RU) == "quiz.csv:3:4: ошибка: cell D3 (Correct answer): '5' is not an answer. Use 1 to 4"
