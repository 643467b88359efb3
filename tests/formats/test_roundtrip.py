"""Export then import gives the same questions back: prompt, options and the right answer,
in English and in Russian, for every export format."""

from __future__ import annotations

import pytest
from format_samples import asked, import_text
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.core.ids import stable_id
from quiz.core.models import Pack, Question, Text
from quiz.formats import EXPORTERS

PACK = Pack(id="spacewalk", title=Text.of({"en": "Spacewalk (2017)", "ru": "Время первых (2017)"}),
            description=Text.of({"en": "d", "ru": "d"}), default_locale="en", locales=("en", "ru"))


def question(prompt: str, options: list[str], answer: int, locale: str = "en", explanation: str = "") -> Question:
    return Question(id=stable_id(prompt), kind="choice", locale=locale, prompt=prompt,
                    options=tuple(options), answer=answer, difficulty="medium", source="seed:test",
                    explanation=explanation, film_id="spacewalk")


QUESTIONS = {
    "en": [
        question("Who played Alexei Leonov?", ["Konstantin Khabensky", "Evgeny Mironov", "Vladimir Ilyin"], 1,
                 explanation="Mironov also produced the film."),
        question('Which of these needs escaping in GIFT: "{ } = ~ # :" & <b>?', ["all: { } = ~ # \\", "none"], 0),
        question("How long is Spacewalk?", ["2 hours 17 minutes", "1 hour 45 minutes", "3 hours",
                                            "2 hours", "95 minutes", "137 seconds"], 5),
    ],
    "ru": [
        question("Кто сыграл Алексея Леонова?", ["Константин Хабенский", "Евгений Миронов", "Владимир Ильин"], 1, "ru",
                 explanation="Миронов был и одним из продюсеров."),
        question("Фильм «Время первых»: в каком году состоялась премьера?", ["2015", "2017", "2019"], 1, "ru"),
        question("Сколько собрал фильм в мировом прокате?", ["9\u00a0677\u00a0311\u00a0$", "21\u00a0026\u00a0127\u00a0$"],
                 0, "ru"),
    ],
}


def round_trip(fmt: str, questions: list[Question], locale: str):
    data = EXPORTERS[fmt](PACK, questions, locale)
    return import_text(fmt, data, name=f"export.{fmt}", locale=locale)


def same(fmt: str, questions: list[Question], result) -> None:
    back = asked(result)
    want = [(q.prompt, q.options, q.answer_text) for q in questions]
    if fmt == "opentdb":  # the format does not record where the right answer sits
        back = [(p, tuple(sorted(o)), a) for p, o, a in back]
        want = [(p, tuple(sorted(o)), a) for p, o, a in want]
    assert back == want


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
@pytest.mark.parametrize("locale", ["en", "ru"])
def test_export_then_import_gives_the_same_questions(fmt, locale):
    result = round_trip(fmt, QUESTIONS[locale], locale)
    same(fmt, QUESTIONS[locale], result)
    assert result.pack["default_locale"] == locale


@pytest.mark.parametrize("fmt", ["gift", "csv"])
def test_explanations_survive_the_round_trip(fmt):
    result = round_trip(fmt, QUESTIONS["ru"], "ru")
    assert result.pack["questions"][0]["explanation"] == "Миронов был и одним из продюсеров."


def test_gift_keeps_question_ids_as_names():
    result = round_trip("gift", QUESTIONS["en"], "en")
    assert [q["id"] for q in result.pack["questions"]] == [q.id for q in QUESTIONS["en"]]


def test_csv_export_opens_in_excel_with_cyrillic():
    assert EXPORTERS["csv"](PACK, QUESTIONS["ru"], "ru").startswith("\ufeffQuestion,Answer 1".encode("utf-8"))


# Text a person could type: letters of both alphabets, digits, punctuation and the
# characters each format must escape, single spaces between words.
_words = st.text(alphabet=st.sampled_from("abcXYZабвЁЖ019 .,;:!?'\"&<>{}=~#\\%-/()«»"), min_size=1, max_size=30)
_texts = _words.map(lambda s: " ".join(s.split())).filter(bool)


@st.composite
def _questions(draw):
    out = []
    for n in range(draw(st.integers(1, 4))):
        options = draw(st.lists(_texts, min_size=2, max_size=6, unique=True))
        out.append(question(f"{n}: " + draw(_texts), options, draw(st.integers(0, len(options) - 1))))
    return out


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
@settings(max_examples=150, deadline=None)
@given(questions=_questions())
def test_any_question_a_person_could_write_survives_the_round_trip(fmt, questions):
    same(fmt, questions, round_trip(fmt, questions, "en"))
