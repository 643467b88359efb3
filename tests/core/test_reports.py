"""What preview and stats show a pack author, from questions made by hand here so that the
shaping is tested apart from the generators."""

from __future__ import annotations

import json

from quiz.core.models import Fallback, Origin, Pack, Question, Text
from quiz.core.reports import pack_stats, preview_json, preview_text


def question(qid: str, kind: str, difficulty: str, locale: str = "en") -> Question:
    return Question(id=qid, kind=kind, locale=locale, prompt=f"Prompt {qid}?", options=("Yes", "No", "Maybe"),
                    answer=2, difficulty=difficulty, source="seed:a.txt", film_id="film")


PACK = Pack(id="tiny", title=Text.of("Tiny"), description=Text(()), default_locale="en", locales=("en", "ru"),
            path="tiny.yaml",
            fallbacks=(Fallback("ru", Origin("tiny.yaml", 8, 12, "films[0].title")),))


def test_json_preview_gives_every_field_and_the_index_of_the_answer():
    [record] = json.loads(preview_json([question("q1", "who-played", "easy")]))
    assert record == {"id": "q1", "kind": "who-played", "difficulty": "easy", "locale": "en",
                      "prompt": "Prompt q1?", "options": ["Yes", "No", "Maybe"], "answer": 2,
                      "explanation": "", "source": "seed:a.txt", "source_label": "", "film": "film", "tags": []}


def test_text_preview_marks_only_the_right_answer():
    text = preview_text([question("q1", "who-played", "easy")])
    assert "* c) Maybe" in text and "  a) Yes" in text and "* a)" not in text
    assert text.rstrip().endswith("1 question.")


def test_stats_count_kinds_and_difficulties_per_locale():
    made = {"en": [question("a", "who-played", "easy"), question("b", "who-played", "hard"),
                   question("c", "year", "easy")],
            "ru": [question("a", "who-played", "easy", "ru")]}
    stats = pack_stats(PACK, made)
    assert stats.by_kind == {"who-played": {"en": 2, "ru": 1}, "year": {"en": 1}}
    assert stats.by_difficulty == {"easy": {"en": 2, "ru": 1}, "hard": {"en": 1}}
    assert (stats.total("en"), stats.total("ru")) == (3, 1)
    rendered = stats.render()
    assert "who-played      2      1" in rendered and "total           3      1" in rendered


def test_stats_list_the_texts_that_fall_back_to_the_default_locale():
    rendered = pack_stats(PACK, {"en": [], "ru": []}).render()
    assert "ru: 1 text(s) shown in en instead (no ru version):\n  tiny.yaml:8:12: films[0].title" in rendered


def test_a_text_missing_in_the_default_locale_is_shown_in_another_language():
    pack = Pack(id="tiny", title=Text.of("Tiny"), description=Text(()), default_locale="en", locales=("en", "ru"),
                fallbacks=(Fallback("en", Origin("tiny.yaml", 3, 8, "title")),))
    rendered = pack_stats(pack, {}).render()
    assert "en: 1 text(s) shown in another language instead (no en version):" in rendered
    assert "ru: every text is translated." in rendered
