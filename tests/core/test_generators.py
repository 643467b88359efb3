"""The question generators, kind by kind, on packs built in code (see builders.py)."""

from __future__ import annotations

import datetime as _dt
import re
import time
from pathlib import Path

import pytest

from quiz.core.generators import GENERATORS, generate, role_difficulty
from quiz.core.ids import stable_id
from quiz.core.models import AltTitle, Awards, BoxOffice, CastMember, HandQuestion, Quote, Rating, Sourced, Statement
from quiz.core.packs import load_pack
from quiz.i18n import Translator
from tests.core.builders import (
    BELYAEV_MEMORY,
    LEONOV_ALIVE,
    RUSSIAN_ONLY,
    THIRD_DIRECTOR,
    bi,
    line,
    other_film,
    pack,
    role,
    spacewalk,
    statement,
)

CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


def of_kind(questions, kind):
    return [q for q in questions if q.kind == kind]


def one(questions, kind, containing=""):
    found = [q for q in of_kind(questions, kind) if containing in q.prompt]
    assert len(found) == 1, [q.prompt for q in of_kind(questions, kind)]
    return found[0]


@pytest.fixture(scope="module")
def solo():
    """A pack with the one Spacewalk film."""
    return pack(spacewalk())


@pytest.fixture(scope="module")
def quartet():
    """Spacewalk and three other films."""
    return pack(spacewalk(), other_film(1), other_film(2), other_film(3))


def test_the_registry_holds_every_required_kind():
    required = {"who-played", "which-character", "who-says", "which-film-quote", "which-film-trivia",
                "which-film-goof", "trivia-true-false", "trivia-fill-blank", "goof-fill-blank",
                "spot-the-goof", "release-year", "runtime", "rating", "box-office", "award-wins",
                "alt-title", "director", "release-date", "award-nominations"}
    assert required <= set(GENERATORS)
    assert all(callable(make) for make in GENERATORS.values())


# Cast ---------------------------------------------------------------------------------------


def test_who_played_asks_for_the_actor_of_a_role(solo):
    q = one(generate(solo, "en"), "who-played", "Alexei Leonov")
    assert q.prompt == "In “Spacewalk”, who played the role of Alexei Leonov?"
    assert q.answer_text == "Evgeny Mironov"
    assert len(q.options) == 4
    actors = {"Konstantin Khabensky", "Vladimir Ilyin", "Ekaterina Semina", "Avangard Leontyev",
              "Nelli Nevedina", "Evgeny Mironov"}
    assert set(q.options) <= actors
    assert q.source == "cast:Evgeny Mironov"


def test_who_played_reads_naturally_in_russian(solo):
    q = one(generate(solo, "ru"), "who-played", "Жена радиолюбителя")
    assert q.prompt == "Жена радиолюбителя — кто сыграл эту роль в фильме «Время первых»?"
    assert q.answer_text == "Екатерина Сёмина"
    assert "Ekaterina" not in " ".join(q.options)


def test_a_lead_role_is_easy_a_supporting_one_medium_and_a_minor_role_hard(solo):
    questions = generate(solo, "en")
    assert one(questions, "who-played", "Pavel Belyaev").difficulty == "easy"
    assert one(questions, "who-played", "Yuri Levitan").difficulty == "hard"
    assert [role_difficulty(n) for n in (1, 3, 4, 10, 11, None)] == [
        "easy", "easy", "medium", "medium", "hard", "hard"]


def test_which_character_asks_for_the_role_of_an_actor(solo):
    q = one(generate(solo, "ru"), "which-character", "Владимир Ильин")
    assert q.prompt == "Какую роль в фильме «Время первых» играет Владимир Ильин?"
    assert q.answer_text == "Сергей Королёв"
    assert q.explanation == "В фильме «Время первых» Владимир Ильин играет роль: Сергей Королёв."


def test_a_role_played_by_two_actors_never_offers_the_other_as_wrong():
    young = role("Young Actor", "Молодой Актёр", "Alexei Leonov", "Алексей Леонов", 8)
    questions = generate(pack(spacewalk(cast=(*spacewalk().cast, young))), "en")
    for q in of_kind(questions, "who-played"):
        if "Alexei Leonov" in q.prompt:
            assert {"Young Actor", "Evgeny Mironov"} & set(q.options) == {q.answer_text}


def test_an_actor_in_two_roles_never_has_the_other_role_as_a_wrong_option():
    double = role("Evgeny Mironov", "Евгений Миронов", "Leonov's Double", "Двойник Леонова", 30)
    questions = generate(pack(spacewalk(cast=(*spacewalk().cast, double))), "en")
    for q in of_kind(questions, "which-character"):
        if "Evgeny Mironov" in q.prompt:
            assert {"Alexei Leonov", "Leonov's Double"} & set(q.options) == {q.answer_text}


def test_a_film_with_two_cast_members_is_too_small_for_cast_questions():
    film = spacewalk(cast=spacewalk().cast[:2], quotes=())
    questions = generate(pack(film), "en")
    assert not of_kind(questions, "who-played") and not of_kind(questions, "which-character")


def test_a_small_cast_borrows_wrong_options_from_other_films(quartet):
    small = other_film(4, cast=other_film(4).cast[:2])
    questions = generate(pack(*quartet.films, small), "en")
    q = one(questions, "who-played", "Hero4 Name1")
    assert q.answer_text == "Actor4 Surname1" and len(q.options) == 4


# Quotes -------------------------------------------------------------------------------------


def test_who_says_offers_characters_from_the_cast_and_the_quotes(solo):
    questions = generate(solo, "en")
    q = one(questions, "who-says", "How are you, son?")
    assert q.prompt == "Who says this line in “Spacewalk”? “How are you, son?”"
    assert q.answer_text == "Leonid Brezhnev"
    characters = {m.character.get("en") for m in spacewalk().cast} | {"Leonid Brezhnev"}
    assert set(q.options) <= characters
    assert q.explanation == "Leonid Brezhnev (over radio): “How are you, son?”"
    assert q.difficulty == "hard"  # Brezhnev is not in the billed cast
    assert one(questions, "who-says", "Man can work").difficulty == "easy"
    assert len(of_kind(questions, "who-says")) == 2  # the line without a speaker makes none


def test_who_says_in_russian_quotes_the_russian_line(solo):
    q = one(generate(solo, "ru"), "who-says", "сынок")
    assert q.prompt == "Кто говорит эти слова в фильме «Время первых»? «Как ты, сынок?»"
    assert q.answer_text == "Леонид Брежнев"


# Which film ---------------------------------------------------------------------------------


def test_a_pack_with_one_film_makes_no_which_film_questions(solo):
    kinds = {q.kind for q in generate(solo, "en")}
    assert not kinds & {"which-film-quote", "which-film-trivia", "which-film-goof"}


def test_which_film_questions_offer_the_other_titles(quartet):
    questions = generate(quartet, "en")
    q = one(questions, "which-film-goof", "wristwatch is visible on a guard in scene 2")
    assert q.answer_text == "Orbit 2"
    assert set(q.options) == {"Spacewalk", "Orbit 1", "Orbit 2", "Orbit 3"}
    q = one(questions, "which-film-quote", "smash themselves")
    assert q.answer_text == "Spacewalk"
    assert of_kind(questions, "which-film-trivia")


def test_a_statement_two_films_share_offers_neither_as_a_wrong_title(quartet):
    shared = statement("The crew shot every exterior scene in one week of fog.",
                       "Все натурные сцены группа сняла за одну туманную неделю.")
    films = [other_film(n, trivia=(shared,)) if n < 3 else other_film(n) for n in (1, 2, 3)]
    questions = [q for q in generate(pack(spacewalk(), *films), "en")
                 if q.kind == "which-film-trivia" and "one week of fog" in q.prompt]
    assert sorted(q.answer_text for q in questions) == ["Orbit 1", "Orbit 2"]
    for q in questions:
        assert not {"Orbit 1", "Orbit 2"} - {q.answer_text} & set(q.options), q.options


def test_a_trivia_item_naming_an_alternative_title_makes_no_which_film_question(quartet):
    # "Spacewalker" would give the film away.
    tell = statement("The film was later released as \"[[Spacewalker]]\", with dubbed English dialogue.",
                     "Позже фильм вышел под названием «[[Spacewalker]]» с английским дубляжом.")
    questions = generate(pack(spacewalk(trivia=(tell,)), *quartet.films[1:]), "en")
    assert not [q for q in of_kind(questions, "which-film-trivia") if "later released" in q.prompt]


def test_a_short_line_could_be_from_any_film_and_makes_no_which_film_question(quartet):
    film = spacewalk(quotes=(Quote((line("Yes, sir.", "Так точно."),)),))
    questions = generate(pack(film, *quartet.films[1:]), "en")
    assert not of_kind(questions, "which-film-quote")


# True or false ------------------------------------------------------------------------------


def test_a_true_false_question_uses_only_the_authored_false_variant(solo):
    questions = of_kind(generate(solo, "en"), "trivia-true-false")
    with_false = [s for s in (*spacewalk().trivia, *spacewalk().goofs) if s.false]
    assert len(questions) == 2 * len(with_false)
    false_texts = {s.false.get("en") for s in with_false}
    for q in questions:
        assert q.options == ("True", "False")
        statement_shown = q.prompt.removeprefix("About “Spacewalk”: ")
        if q.answer == 1:
            assert statement_shown in false_texts
        else:
            assert statement_shown in {s.text.get("en").replace("[[", "").replace("]]", "")
                                       for s in with_false}
    assert not [q for q in questions if "third director" in q.prompt]  # no variant authored


def test_a_false_statement_explains_with_the_true_one(solo):
    q = one(generate(solo, "ru"), "trivia-true-false", "дожил до выхода")
    assert q.options == ("Верно", "Неверно") and q.answer_text == "Неверно"
    assert q.explanation == "Фильм посвящён памяти Павла Беляева, умершего задолго до выхода картины."


# Fill in the blank --------------------------------------------------------------------------


def test_a_blank_with_authored_distractors_offers_exactly_those(solo):
    for locale, answer, wrong, where in (
            ("en", "Russian", {"English", "German", "French"}, "is in _____ only"),
            ("ru", "русском", {"английском", "немецком", "французском"}, "на _____ языке")):
        q = one(generate(solo, locale), "trivia-fill-blank", where)
        assert q.answer_text == answer
        assert set(q.options) == {answer} | wrong
        assert "[[" not in q.prompt and answer not in q.prompt


def test_a_blank_naming_a_character_offers_other_characters_shaped_alike(solo):
    q = one(generate(solo, "en"), "trivia-fill-blank", "The real _____ was still alive")
    assert q.answer_text == "Alexei Leonov"
    assert set(q.options) <= {"Alexei Leonov", "Pavel Belyaev", "Sergei Korolev", "Yuri Levitan",
                              "Leonid Brezhnev"}
    assert q.explanation == ("The real Alexei Leonov was still alive and helped with the details and "
                             "realism of the film.")


def test_a_declined_russian_blank_makes_no_russian_question(solo):
    # «Павла Беляева» is genitive: nominative names would not fit the sentence.
    qid = stable_id("spacewalk", "trivia-fill-blank", "The film is dedicated to the memory of Pavel Belyaev, "
                    "who died long before its release.", 0)
    assert qid in {q.id for q in generate(solo, "en")}
    assert qid not in {q.id for q in generate(solo, "ru")}


def test_a_blank_without_good_options_is_skipped(solo):
    # "third" has no authored distractors and no pool of ordinals to draw from.
    assert not [q for q in generate(solo, "en") if "director offered the script" in q.prompt
                and q.kind == "trivia-fill-blank"]


def test_a_year_blank_offers_nearby_years_in_ascending_order(solo):
    q = one(generate(solo, "ru"), "goof-fill-blank", "в _____ году")
    assert q.answer_text == "1975"
    years = [int(o) for o in q.options]  # written without a thousands separator
    assert years == sorted(years) and len(set(years)) == 4
    assert all(abs(y - 1975) <= 6 for y in years)
    assert q.difficulty == "hard"


def test_a_blank_mentioned_twice_is_blanked_twice(solo):
    q = one(generate(solo, "en"), "goof-fill-blank", "are _____s")
    assert q.prompt.endswith("are _____s, but the _____ first flew only in 1975.")
    assert set(q.options) == {"Mi-17", "Mi-8", "Mi-24", "Ka-26"}


def test_a_count_blank_is_formatted_like_a_number():
    crowd = statement("The crowd scene used [[12000]] extras.", "В массовке снялись [[12000]] человек.")
    q = one(generate(pack(spacewalk(trivia=(crowd,))), "ru"), "trivia-fill-blank")
    assert q.answer_text == "12\xa0000"
    values = [int(re.sub(r"\D", "", o)) for o in q.options]
    assert values == sorted(values)


# Spot the goof ------------------------------------------------------------------------------


def test_spot_the_goof_hides_the_goof_among_the_films_trivia(solo):
    q = one(generate(solo, "en"), "spot-the-goof")
    assert q.prompt == "Which of these is a goof in “Spacewalk”?"
    assert q.answer_text.startswith("The helicopters searching")
    trivia = {s.text.get("en").replace("[[", "").replace("]]", "") for s in spacewalk().trivia}
    assert set(q.options) - {q.answer_text} <= trivia and len(q.options) == 4


def test_spot_the_goof_needs_two_trivia_items():
    questions = generate(pack(spacewalk(trivia=(LEONOV_ALIVE,))), "en")
    assert not of_kind(questions, "spot-the-goof")


# Facts --------------------------------------------------------------------------------------


def test_box_office_is_formatted_9_677_311_dollars_in_russian(solo):
    q = one(generate(solo, "ru"), "box-office")
    assert q.prompt == "Сколько фильм «Время первых» собрал в мировом прокате?"
    assert q.answer_text == "9\xa0677\xa0311\xa0$"
    amounts = [int(re.sub(r"\D", "", o)) for o in q.options]
    assert amounts == sorted(amounts) and all(3_000_000 < a < 28_000_000 for a in amounts)
    assert one(generate(solo, "en"), "box-office").answer_text == "$9,677,311"


def test_runtime_is_a_hard_question_in_hours_and_minutes(solo):
    q = one(generate(solo, "ru"), "runtime")
    assert q.answer_text == "2 ч 17 мин" and q.difficulty == "hard"
    assert one(generate(solo, "en"), "runtime").answer_text == "2 hr 17 min"


def test_the_release_year_is_easy_and_written_without_separators(solo):
    q = one(generate(solo, "ru"), "release-year")
    assert q.prompt == "В каком году вышел фильм «Время первых»?"
    assert q.answer_text == "2017" and q.difficulty == "easy"
    assert [int(o) for o in q.options] == sorted(int(o) for o in q.options)


def test_the_release_date_offers_other_days_of_the_same_year(solo):
    q = one(generate(solo, "ru"), "release-date")
    assert q.answer_text == "6 апреля 2017\u202fг."
    assert all(o.endswith("2017\u202fг.") for o in q.options) and len(q.options) == 4


def test_the_rating_uses_a_decimal_comma_in_russian_and_names_the_voters(solo):
    q = one(generate(solo, "ru"), "rating")
    assert q.answer_text == "7,2"
    assert q.explanation == "Фильм оценили 8\xa0400 зрителей."
    assert [float(o.replace(",", ".")) for o in q.options] == sorted(float(o.replace(",", "."))
                                                                     for o in q.options)


def test_award_counts_use_russian_plural_forms():
    for wins, shown in ((1, "1 награда"), (2, "2 награды"), (5, "5 наград"), (21, "21 награда")):
        q = one(generate(pack(spacewalk(awards=Awards(wins, None))), "ru"), "award-wins")
        assert q.answer_text == shown
    assert one(generate(pack(spacewalk()), "en"), "award-nominations").answer_text == "8 nominations"


def test_no_data_no_fact_question():
    bare = spacewalk(year=None, release_date=None, runtime=None, rating=None, box_office=(), awards=None)
    kinds = {q.kind for q in generate(pack(bare), "en")}
    assert not kinds & {"release-year", "release-date", "runtime", "rating", "box-office",
                        "award-wins", "award-nominations"}


def test_a_regional_gross_is_not_asked_as_a_worldwide_one():
    film = spacewalk(box_office=(BoxOffice(123456, "RUB", "Russia"),))
    assert not of_kind(generate(pack(film), "en"), "box-office")


def test_director_and_alternative_titles_need_other_films(solo, quartet):
    assert not {"director", "alt-title"} & {q.kind for q in generate(solo, "en")}
    questions = generate(quartet, "en")
    q = one(questions, "director", "“Spacewalk”")
    assert q.answer_text == "Dmitry Kiselyov"
    assert set(q.options) == {"Dmitry Kiselyov", "Director Number1", "Director Number2", "Director Number3"}
    q = one(questions, "alt-title", "“Spacewalk”")
    assert q.answer_text == "Spacewalker" and "Spacewalk" not in q.options


# Hand-written questions ---------------------------------------------------------------------


HAND = (
    HandQuestion("mission", "choice", bi("Which space mission is the film about?",
                                         "О каком космическом полёте рассказывает фильм?"),
                 (bi("Vostok 1", "«Восток-1»"), bi("Voskhod 2", "«Восход-2»"), bi("Soyuz 1", "«Союз-1»")),
                 1, difficulty="easy", film="spacewalk", source="timeout"),
    HandQuestion("genre", "truefalse", bi("Spacewalk is a documentary.", "«Время первых» — документальный фильм."),
                 (), 0, explanation=bi("It is a feature film.", "Это художественный фильм."), film="spacewalk"),
)


def test_hand_written_questions_keep_the_authors_order_and_answer():
    questions = generate(pack(spacewalk(), questions=HAND), "ru")
    q = one(questions, "choice")
    assert q.options == ("«Восток-1»", "«Восход-2»", "«Союз-1»") and q.answer_text == "«Восход-2»"
    assert q.difficulty == "easy" and q.source == "timeout" and q.film_id == "spacewalk"
    q = one(questions, "truefalse")
    assert q.options == ("Верно", "Неверно") and q.answer_text == "Неверно"
    assert q.explanation == "Это художественный фильм."
    assert q.id == stable_id("test", "hand", "genre")


# The whole pack -----------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_questions(quartet):
    assert generate(quartet, "en", seed=7) == generate(quartet, "en", seed=7)


def test_another_seed_shuffles_the_options_somewhere(quartet):
    first, second = generate(quartet, "en", seed=1), generate(quartet, "en", seed=2)
    assert [q.id for q in first] == [q.id for q in second]
    assert any(a.options != b.options for a, b in zip(first, second))
    assert all(a.answer_text == b.answer_text for a, b in zip(first, second))


def test_ids_are_the_same_in_every_locale(quartet):
    english = {q.id: q for q in generate(quartet, "en")}
    russian = {q.id: q for q in generate(quartet, "ru")}
    assert set(russian) <= set(english)
    assert len(russian) >= len(english) - 2  # only the declined blank is missing in Russian
    assert all(english[i].kind == russian[i].kind for i in russian)
    assert len(english) == len(generate(quartet, "en"))  # no two questions share an id


def test_editing_one_film_does_not_reshuffle_another(quartet):
    before = {q.id: q for q in generate(quartet, "en") if q.film_id == "spacewalk"}
    edited = other_film(2, cast=(*other_film(2).cast, role("New Face", "Новое Лицо", "New Role", "Новая Роль", 5)))
    after = {q.id: q for q in generate(pack(quartet.films[0], quartet.films[1], edited, quartet.films[3]), "en")
             if q.film_id == "spacewalk"}
    same_film_kinds = {"who-played", "which-character", "who-says", "trivia-fill-blank", "spot-the-goof",
                       "runtime", "release-year", "trivia-true-false"}
    for qid, q in before.items():
        if q.kind in same_film_kinds:
            assert after[qid] == q


def test_russian_prompts_use_russian_quotes_and_cyrillic(solo):
    for q in generate(solo, "ru"):
        assert CYRILLIC.search(q.prompt), q.prompt
        assert "“" not in q.prompt, q.prompt


def test_every_option_list_is_well_formed(quartet):
    for locale in ("en", "ru"):
        for q in generate(quartet, locale):
            keys = [" ".join(o.casefold().split()) for o in q.options]
            assert len(set(keys)) == len(keys)
            assert 0 <= q.answer < len(q.options)
            if q.kind not in ("truefalse", "trivia-true-false"):
                assert 3 <= len(q.options) <= 4
                assert keys[q.answer] not in q.prompt.casefold()


def test_a_fallback_text_does_not_mix_languages_in_one_question():
    # The false variant is English only: a Russian true/false pair would mix the languages.
    english_false = Statement(LEONOV_ALIVE.text, bi("The real Alexei Leonov took no part in the film."))
    questions = generate(pack(spacewalk(trivia=(english_false, BELYAEV_MEMORY, RUSSIAN_ONLY, THIRD_DIRECTOR))), "ru")
    assert not [q for q in of_kind(questions, "trivia-true-false") if "Леонов" in q.prompt]


def test_a_large_pack_costs_time_in_proportion_to_its_size():
    def seconds(n):
        films = tuple(other_film(i, rating=Rating(6.5), box_office=(BoxOffice(10_000 + i, "USD"),),
                                 awards=Awards(2, 3), release_date=Sourced(_dt.date(2001, 5, 5)))
                      for i in range(n))
        start = time.process_time()  # this process's CPU time: other work on the machine does not count
        generate(pack(*films), "en")
        return time.process_time() - start

    small, large = seconds(100), seconds(800)
    assert large < small * 8 * 2.5  # eight times the films: linear, with room for noise


def test_the_russian_catalog_has_three_plural_forms_for_counts():
    t = Translator("ru")
    assert [t.ngettext("{n} nomination", "{n} nominations", n).format(n=n) for n in (1, 3, 11)] == [
        "1 номинация", "3 номинации", "11 номинаций"]


def test_a_cast_member_with_the_actors_own_name_as_role_is_skipped():
    himself = CastMember(bi("Yuri Gagarin", "Юрий Гагарин"), bi("Yuri Gagarin", "Юрий Гагарин"), 4)
    questions = generate(pack(spacewalk(cast=(*spacewalk().cast, himself))), "en")
    assert not [q for q in of_kind(questions, "who-played") if "Gagarin" in q.prompt]


# The bundled pack --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled():
    return load_pack(Path(__file__).resolve().parents[2] / "questions" / "spacewalk.yaml")


@pytest.mark.parametrize("locale", ["en", "ru"])
def test_the_bundled_spacewalk_pack_makes_at_least_forty_good_questions(bundled, locale):
    questions = generate(bundled, locale)
    assert len({q.id for q in questions}) == len(questions)
    assert len({q.prompt for q in questions}) >= 40
    assert {q.locale for q in questions} == {locale}
    for q in questions:
        keys = [" ".join(o.casefold().split()) for o in q.options]
        assert len(set(keys)) == len(keys) and 0 <= q.answer < len(keys), q
        assert q.source, q
        if q.kind not in ("truefalse", "trivia-true-false"):
            assert len(keys) >= 3 and keys[q.answer] not in q.prompt.casefold(), q
        if locale == "ru":
            assert CYRILLIC.search(q.prompt), q


def test_the_bundled_pack_keeps_its_authors_answers(bundled):
    by_prompt = {q.prompt: q for q in generate(bundled, "ru")}
    assert by_prompt["О каком космическом полёте рассказывает фильм?"].answer_text == "«Восход-2»"
    assert by_prompt["«Время первых» — документальный фильм, смонтированный из архивных съёмок."].answer_text == "Неверно"
    english = {q.prompt: q for q in generate(bundled, "en")}
    assert english["In “Spacewalk”, who played the role of Pavel Belyaev?"].answer_text == "Konstantin Khabensky"
    assert english["How much did “Spacewalk” gross worldwide?"].answer_text == "$9,677,311"


def test_a_hand_written_prompt_may_name_its_answer():
    crew = HandQuestion("crew", "choice", bi("How many cosmonauts flew on Voskhod 2?"),
                        (bi("1"), bi("2"), bi("3")), 1, film="spacewalk")
    q = one(generate(pack(spacewalk(), questions=(crew,)), "en"), "choice")
    assert q.answer_text == "2"


def test_a_hand_written_question_with_a_repeated_option_is_left_out():
    twice = HandQuestion("twice", "choice", bi("Which one?"), (bi("Soyuz"), bi("soyuz ")), 0)
    assert not of_kind(generate(pack(spacewalk(), questions=(twice,)), "en"), "choice")


def test_a_latin_answer_among_russian_options_is_given_latin_company():
    latin = [other_film(n, alt_titles=(AltTitle(bi(f"Ring {n}", f"Ring {n}")),)) for n in (1, 2, 3)]
    q = one(generate(pack(spacewalk(), *latin), "ru"), "alt-title", "«Время первых»")
    assert q.answer_text == "Spacewalker"
    assert all(not CYRILLIC.search(o) for o in q.options), q.options


def test_authored_whole_numbers_are_written_like_the_answer_and_put_in_order():
    parabolas = statement("The aircraft flew [[612]] parabolas.", "Самолёт выполнил [[612]] парабол.",
                          distractors=(("12", "12"), ("6,000", "6000"), ("60", "60")))
    q = one(generate(pack(spacewalk(trivia=(parabolas,))), "ru"), "trivia-fill-blank")
    assert q.options == ("12", "60", "612", "6\xa0000") and q.answer_text == "612"


def test_authored_amounts_in_words_are_put_in_order(solo):
    budget = statement("The film was made on a budget of [[400 million]] roubles.",
                       "Бюджет фильма составил [[400 миллионов]] рублей.",
                       distractors=(("1 billion", "1 миллиард"), ("40 million", "40 миллионов"),
                                    ("150 million", "150 миллионов")))
    for locale, expected in (("en", ("40 million", "150 million", "400 million", "1 billion")),
                             ("ru", ("40 миллионов", "150 миллионов", "400 миллионов", "1 миллиард"))):
        q = one(generate(pack(spacewalk(trivia=(budget,))), locale), "trivia-fill-blank")
        assert q.options == expected


def test_quotation_marks_inside_a_quoted_text_become_the_inner_kind(quartet):
    tv = statement("In 2017 the film was featured in the TV show \"Evening Urgant\" twice.",
                   "В 2017 году фильм дважды был представлен в телешоу «Вечерний Ургант».")
    films = (spacewalk(trivia=(tv,)), *quartet.films[1:])
    q = one(generate(pack(*films), "ru"), "which-film-trivia", "Ургант")
    assert q.prompt == "О каком фильме это? «В 2017 году фильм дважды был представлен в телешоу „Вечерний Ургант“.»"
    q = one(generate(pack(*films), "en"), "which-film-trivia", "Urgant")
    assert q.prompt == "Which film is this about? “In 2017 the film was featured in the TV show ‘Evening Urgant’ twice.”"


def test_a_very_large_packs_wrong_titles_come_from_the_films_around_each_one(monkeypatch):
    from quiz.core import distractors

    films = [other_film(n) for n in range(60)]
    at = {f"Orbit {n}": n for n in range(60)} | {f"Ring {n}": n for n in range(60)}
    whole = generate(pack(*films), "en")
    assert max(abs(at[o] - at[q.answer_text]) for q in whole if q.kind == "which-film-trivia"
               for o in q.options) > 20, "a pack up to the neighbourhood's size: titles from anywhere"
    monkeypatch.setattr(distractors, "NEIGHBOURHOOD", 8)
    near = [q for q in generate(pack(*films), "en") if q.kind in ("which-film-trivia", "which-film-goof", "alt-title")]
    assert near and all(abs(at[o] - at[q.answer_text]) <= 8 for q in near for o in q.options)
