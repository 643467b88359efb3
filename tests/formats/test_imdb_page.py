"""An IMDb title page copied from a browser becomes a draft film entry."""

from __future__ import annotations

import datetime as dt

import pytest
from format_samples import import_sample, import_text

from quiz.core.errors import PackError

SEED = "imdb_spacewalk.txt"  # a copy of /work/shared/seeds/000_84ecb181e80c7749.txt


@pytest.fixture(scope="module")
def seed():
    return import_sample("imdb-page", SEED, source="seed:000_84ecb181e80c7749.txt")


@pytest.fixture(scope="module")
def film(seed):
    (entry,) = seed.pack["films"]
    return entry


def test_title_is_derived_from_how_long_is_and_the_import_says_so(seed, film):
    assert film["title"] == "Spacewalk" and film["id"] == "spacewalk"
    (said,) = [w for w in seed.warnings if "--title" in w.message]
    assert said.line == 53 and "How long is Spacewalk?" in said.message
    assert any("How long is Spacewalk?" in note for note in seed.notes)


def test_given_title_wins_and_no_title_at_all_is_an_error():
    text = "IMDb RATING\n7.2/10\n8.4K\n"
    assert import_text("imdb-page", text, title="Spacewalk").pack["films"][0]["title"] == "Spacewalk"
    with pytest.raises(PackError, match="--title"):
        import_text("imdb-page", text)


def test_rating_votes_runtime_awards_box_office_and_aspect_ratio(film):
    src = "seed:000_84ecb181e80c7749.txt"
    assert film["rating"] == {"value": 7.2, "scale": 10, "votes": 8400, "source": src}
    assert film["runtime"] == {"value": 137, "source": src}
    assert film["awards"] == {"wins": 9, "nominations": 8, "source": src}
    assert film["box_office"] == [{"amount": 9677311, "currency": "USD", "region": "worldwide", "source": src}]
    assert film["aspect_ratio"] == {"value": "2.35 : 1", "source": src}


def test_plot_repeated_three_times_in_one_line_is_read_once(film):
    assert film["plot"] == ("Trying to hold the lead in the Space Race, the Soviet Union is preparing two cosmonauts "
                            "for the first spacewalk.")


def test_cast_with_characters_and_credited_names(film):
    assert [(c["actor"], c["character"], c.get("credited_as")) for c in film["cast"]] == [
        ("Konstantin Khabensky", "Pavel Belyaev", "Konstantin Khabenskiy"),
        ("Ekaterina Syomina", "Radio Amateur's Wife", "Ekaterina Semina"),
        ("Nelli Nevedina", "Head Physician in Committee", "Selezneva Nelli"),
    ]


def test_quote_lines_keep_speaker_and_stage_direction(film):
    (quote,) = film["quotes"]
    assert quote["lines"][0] == {"character": "Leonid Brezhnev", "direction": "over radio", "text": "How are you, son?"}
    assert quote["lines"][1]["character"] == "Alexey Leonov"
    assert quote["lines"][1]["text"].endswith("Man can work in space!")


def test_trivia_goofs_alternate_versions_connections_and_alternative_titles(film, seed):
    trivia = [t["text"] for t in film["trivia"]]
    assert trivia[0].startswith("The real Alexey Leonov was still alive")
    assert any(t.startswith('Later released as "Spacewalker"') for t in trivia)
    assert "Featured in Evening Urgant: Evgeny Mironov/Alexei Leonov (2017)" in trivia
    assert film["goofs"][0]["text"].startswith("The helicopters searching for the crew")
    assert film["alt_titles"] == [{"title": "The Spacewalker", "note": "also known as",
                                   "source": "seed:000_84ecb181e80c7749.txt"}]
    assert any("reword it as a sentence" in note for note in seed.notes)


def test_every_fact_names_the_input_file_as_its_source(film):
    for key in ("rating", "runtime", "awards", "aspect_ratio"):
        assert film[key]["source"] == "seed:000_84ecb181e80c7749.txt"
    for key in ("cast", "quotes", "trivia", "goofs", "alt_titles", "box_office"):
        assert all(item["source"] == "seed:000_84ecb181e80c7749.txt" for item in film[key])


def test_reviews_and_repeats_are_skipped_and_what_was_not_read_is_listed(seed):
    skipped = next(n for n in seed.notes if n.startswith("Skipped"))
    assert "14 review paragraphs" in skipped and "repeated paragraphs" in skipped
    unread = {w.line for w in seed.warnings if w.message.startswith("not read")}
    assert {6, 7, 8, 55, 56, 57, 58, 61, 67, 68} <= unread
    # nothing from the reviews leaks into the film
    assert "Leonov's tale" not in repr(seed.pack)


def test_release_date_directors_and_budget_when_the_copy_has_them():
    text = ("- Director\n- Dmitry Kiselyov\nDetails\n- Release date\n- April 6, 2017 (Russia)\n"
            "- Budget\n- RUR 400,000,000 (estimated)\n- Runtime\n- 2h 17m\n")
    result = import_text("imdb-page", text, title="Spacewalk")
    film = result.pack["films"][0]
    assert film["directors"] == [{"name": "Dmitry Kiselyov", "source": "input.txt"}]
    assert film["release_date"]["value"] == dt.date(2017, 4, 6)
    assert film["runtime"]["value"] == 137
    assert any("Budget" in w.message and "no place" in w.message for w in result.warnings)


def test_text_that_is_no_imdb_page_is_an_error():
    with pytest.raises(PackError, match="nothing from an IMDb title page"):
        import_text("imdb-page", "hello\nworld\n", title="X")


def test_original_title_is_an_alternative_title_and_the_line_above_it_the_title():
    text = "Spacewalk\nOriginal title: Время первых\n2017\nIMDb RATING\n7.2/10\n8.4K\n"
    result = import_text("imdb-page", text)
    film = result.pack["films"][0]
    assert film["title"] == "Spacewalk"
    assert film["alt_titles"] == [{"title": "Время первых", "note": "original title", "source": "input.txt"}]
    (said,) = [w for w in result.warnings if "--title" in w.message]
    assert said.line == 1 and 'the line above "Original title: Время первых"' in said.message
    assert not any(w.line == 1 and w.message.startswith("not read") for w in result.warnings)


def test_a_rating_followed_by_a_number_that_is_no_vote_count_is_read_without_it():
    # "8.4" with no K after it raised ValueError (found by fuzzing the sample page).
    result = import_text("imdb-page", "IMDb RATING\n7.2/10\n8.4", title="Spacewalk")
    (film,) = result.pack["films"]
    assert film["rating"]["value"] == 7.2 and "votes" not in film["rating"]


def test_a_line_separator_in_a_line_not_read_does_not_break_the_written_pack(tmp_path):
    # The lines not read are listed as YAML comments; a U+2028 inside one ended the comment
    # and the rest was read as the pack ("did not find expected <document start>").
    from quiz.core.packs import load_pack
    from quiz.formats.common import dump_pack

    result = import_text("imdb-page", "IM\u2028Db RATING\nIMDb RATING\n7.2/10\n", title="Spacewalk")
    target = tmp_path / "draft.yaml"
    target.write_text(dump_pack(result, target), encoding="utf-8")
    assert load_pack(target).films[0].title.get("en") == "Spacewalk"


def test_brackets_in_trivia_do_not_become_blanks_in_the_written_pack(tmp_path):
    # `[[` and `]]` mark a blank in a pack's trivia; a stray `]]` copied from a page made
    # the written pack fail to load.
    from quiz.core.packs import load_pack
    from quiz.formats.common import dump_pack

    page = "Spacewalk\nIMDb RATING\n7.2/10\nDid you know\n- Trivia]]The real [[[Leonov]]] helped.\n"
    result = import_text("imdb-page", page, title="Spacewalk")
    target = tmp_path / "draft.yaml"
    target.write_text(dump_pack(result, target), encoding="utf-8")
    (trivia,) = load_pack(target).films[0].trivia
    assert trivia.text.get("en") == "]The real [Leonov] helped."


def test_the_drafts_notes_count_in_the_language_they_are_written_in(tmp_path):
    from quiz.formats.common import dump_pack
    from quiz.i18n import translator

    page = "IMDb RATING\n7.2/10\nUser reviews\nA fine film about the first spacewalk; I liked it a lot.\n"
    result = import_text("imdb-page", page, title="Spacewalk")
    target = tmp_path / "draft.yaml"
    assert "# Skipped: 1 review paragraph (opinions, not facts).\n" in dump_pack(result, target)
    assert "# Пропущено: 1 абзац отзывов (мнения, а не факты).\n" in dump_pack(result, target, translator("ru"))
