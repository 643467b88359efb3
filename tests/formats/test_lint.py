"""Lint warnings about packs that load but would play badly, each at file:line."""

from __future__ import annotations

import dataclasses

from quiz.core.distractors import plain
from quiz.core.generators import generate, hand_id
from quiz.core.lint import MAX_OPTION_CHARS, lint
from quiz.core.models import (
    CastMember, Fallback, Film, HandQuestion, Origin, Pack, Question, Sourced, Statement, Text,
)

FILE = "my.yaml"


def at(line: int) -> Origin:
    return Origin(FILE, line, 5)


def both(en: str, ru: str) -> Text:
    return Text.of({"en": en, "ru": ru})


def hand(qid: str, line: int, prompt: Text, options: list[Text], source: str = "https://example.org") -> HandQuestion:
    return HandQuestion(id=qid, type="choice", prompt=prompt, options=tuple(options), answer=0, source=source,
                        origin=at(line))


def played(qid: str, prompt: str, options: list[str], answer: int = 0) -> Question:
    """The hand-written question `qid` as the generators hand it over: under its played id."""
    return asked(hand_id("p", qid), prompt, options, answer)


def asked(qid: str, prompt: str, options: list[str], answer: int = 0, film: str | None = None) -> Question:
    return Question(id=qid, kind="choice", locale="en", prompt=prompt, options=tuple(options), answer=answer,
                    difficulty="medium", source="s", film_id=film)


def pack(films=(), questions=()) -> Pack:
    return pack_with(films=tuple(films), questions=tuple(questions))


def pack_with(**fields) -> Pack:
    return Pack(id="p", title=both("T", "Т"), description=both("D", "О"), default_locale="en", locales=("en", "ru"),
                path=FILE, **fields)


def messages(problems) -> list[str]:
    assert all(p.severity == "warning" for p in problems)
    return [f"{p.line}: {p.message}" for p in problems]


def test_a_clean_pack_has_no_warnings():
    q = hand("a", 10, both("Who?", "Кто?"), [both("Mironov", "Миронов"), both("Ilyin", "Ильин")])
    assert lint(pack(questions=[q]), {"en": [played("a", "Who?", ["Mironov", "Ilyin"])]}) == []


def test_the_same_question_twice_is_named_at_both_lines():
    questions = [hand("a", 10, both("Who?", "Кто?"), [both("x", "х"), both("y", "у")]),
                 hand("b", 20, both("Who ?", "Кто?"), [both("x", "х"), both("z", "з")])]
    found = messages(lint(pack(questions=questions), {"en": [played("a", "Who?", ["x", "y"]),
                                                              played("b", "Who ?", ["x", "z"])]}))
    assert found == ["20: [en] the question 'Who ?' is asked twice (also at line 10)"]


def test_an_answer_in_its_own_prompt_is_flagged():
    film = Film(id="f", title=both("F", "Ф"), source="s", origin=at(3))
    problems = lint(pack(films=[film]), {"en": [
        asked("g1", "Which cosmonaut, Alexei Leonov, made the first spacewalk?", ["Alexei Leonov", "Yuri Gagarin"],
              film="f"),
        asked("g2", "Who made the first spacewalk?", ["Alexei Leonov", "Yuri Gagarin"], film="f"),
    ]})
    assert messages(problems) == [
        "3: [en] the answer 'Alexei Leonov' appears in its own question "
        "'Which cosmonaut, Alexei Leonov, made the first spacewalk?'"]


def test_a_hand_written_question_the_game_leaves_out_for_giving_its_answer_away_is_named():
    q = hand("cmp", 30, both("Which is longer, Spacewalk or Salyut 7?", "Что длиннее: «Время первых» или «Салют-7»?"),
             [both("Spacewalk", "Время первых"), both("Salyut 7", "Салют-7")])
    found = messages(lint(pack(questions=[q]), {"en": [], "ru": []}))
    assert found == [
        "30: [en] the answer 'Spacewalk' appears in its own question 'Which is longer, Spacewalk or Salyut 7?', "
        "so the game leaves the question out",
        "30: [ru] the answer 'Время первых' appears in its own question 'Что длиннее: «Время первых» или «Салют-7»?', "
        "so the game leaves the question out"]


def test_options_longer_than_the_screen_holds():
    long = "x" * (MAX_OPTION_CHARS + 1)
    problems = lint(pack(), {"en": [asked("g", "Q?", ["short", long])]})
    assert [p.line for p in problems] == [1]
    assert f"{MAX_OPTION_CHARS + 1} characters" in problems[0].message


def test_text_missing_in_a_locale_is_named_where_the_loader_found_it():
    found = messages(lint(pack_with(fallbacks=(Fallback("ru", at(9)), Fallback("ru", at(14)))), {}))
    assert found == ["9: this text has no ru version; players will see the en text there instead",
                     "14: this text has no ru version; players will see the en text there instead"]


def test_facts_without_a_source_when_their_film_has_none():
    film = Film(id="f", title=both("Spacewalk", "Время первых"), origin=at(4), runtime=Sourced(137, origin=at(6)),
                cast=(CastMember(both("Mironov", "Миронов"), both("Leonov", "Леонов"), 1, source="seed:x", origin=at(9)),
                      CastMember(both("Ilyin", "Ильин"), both("Korolev", "Королёв"), 2, origin=at(12))))
    found = messages(lint(pack(films=[film]), {}))
    assert found == ["6: a runtime of 'Spacewalk' does not say where it was checked",
                     "12: a cast member of 'Spacewalk' does not say where it was checked"]
    sourced = dataclasses.replace(film, source="https://example.org")
    assert lint(pack(films=[sourced]), {}) == []


def test_a_blank_that_still_shows_in_its_own_question_matches_no_question():
    film = Film(id="f", title=both("Spacewalk", "Время первых"), source="s", origin=at(2), trivia=(
        Statement(both("The real [[Leonov]] helped.", "Настоящий [[Леонов]] помогал."), origin=at(5)),
        # a second mention of the same word is made a gap too: fine
        Statement(both("The helicopters are [[Mi-17]]s, but the Mi-17 first flew in [[1975]].",
                       "Вертолёты — [[Ми-17]], но Ми-17 впервые взлетел в [[1975]] году."), origin=at(8)),
        Statement(both("[[Spacewalk]] was later released as Spacewalker.", "Позже вышел как [[Spacewalker]]."),
                  origin=at(11)),
        Statement(both("The real [[Leonov]] visited the Leonovs' house.", "Настоящий [[Леонов]] помогал."),
                  origin=at(14)),
    ))
    found = messages(lint(pack(films=[film]), {}))
    assert [f.split(":")[0] for f in found] == ["11", "14"]
    assert "[en] the blank [[Spacewalk]] still shows in its own fill-in question" in found[0]
    assert "[en] the blank [[Leonov]]" in found[1]


def test_a_long_option_made_from_a_trivia_item_is_named_at_the_trivia_line():
    text = "The real [[Alexei Leonov]] was still alive and helped with the details and realism of the film, as a consultant."
    film = Film(id="f", title=both("F", "Ф"), source="s", origin=at(2),
                trivia=(Statement(both(text, text), origin=at(40)),))
    shown = text.replace("[[", "").replace("]]", "")
    problems = lint(pack(films=[film]), {"en": [asked("g", "Which is true?", [shown, "short"], film="f"),
                                                asked("h", "Which is false?", [shown, "other"], film="f")]})
    assert [(p.line, p.severity) for p in problems] == [(40, "warning")]  # one warning, not one per question


def test_lint_names_exactly_the_blanks_the_game_leaves_out():
    # Each item has authored wrong answers, so the game asks for its blank unless the
    # answer still shows in the question it would ask.
    wrong = (both("Gagarin", "Гагарин"), both("Titov", "Титов"), both("Komarov", "Комаров"))
    film = Film(id="f", title=both("Spacewalk", "Время первых"), source="s", origin=at(2), trivia=(
        Statement(both("The real [[Leonov]] helped.", "Настоящий [[Леонов]] помогал."),
                  origin=at(5), distractors=wrong),
        Statement(both("The real [[Leonov]] visited the Leonovs.", "Настоящий [[Леонов]] бывал у Леоновых."),
                  origin=at(8), distractors=wrong),
        # in the words of the question itself: "Fill in the blank…", "…О фильме «…»"
        Statement(both("The script left one page [[blank]].", "Это первый [[фильм]] о Леонове."),
                  origin=at(11), distractors=wrong),
        # marked twice: one question, the second mention hidden too, one warning
        Statement(both("[[Spacewalk]] was renamed; [[Spacewalk]] is now Spacewalker.",
                       "[[Леонов]] хвалил фильм; [[Леонов]] знал толк."), origin=at(14), distractors=wrong),
    ))
    checked = pack(films=[film])
    questions = {locale: generate(checked, locale) for locale in checked.locales}
    asked = {(q.locale, q.explanation) for qs in questions.values() for q in qs}
    left_out = sorted((locale, item.origin.line) for item in film.trivia for locale in checked.locales
                      if (locale, plain(item.text.get(locale))) not in asked)
    assert left_out == [("en", 8), ("en", 11), ("en", 14), ("ru", 8), ("ru", 11)]
    found = lint(checked, questions)
    assert sorted((p.message[1:3], p.line) for p in found) == left_out
    said = messages(found)
    assert ("11: [en] the blank [[blank]] still shows in its own fill-in question (inside another word, "
            "another blank, the film's title or the question's wording): the game leaves it out") in said
    assert [s for s in said if s.startswith("14:")] == [
        "14: [en] the blank [[Spacewalk]] still shows in its own fill-in question (inside another word, "
        "another blank, the film's title or the question's wording): the game leaves it out"]
