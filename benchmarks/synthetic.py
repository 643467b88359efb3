"""Seeded synthetic packs for the benchmarks: large, shaped like the bundled ones, never
committed. The same seed gives the same bytes, so runs compare like with like.

`questions_yaml(n)` is a pack of n hand-written questions (English and Russian, four
options each, as a teacher would write them), the file the loading benchmarks read.
`films_pack(n)` is a `Pack` of n films with cast, quotes, trivia, goofs and facts, built in
memory because 10,000 films would not fit the loader's 5 MB file limit; the generators are
what it measures.
"""

from __future__ import annotations

import datetime as _dt
import random

from quiz.core.models import (
    AltTitle,
    Awards,
    BoxOffice,
    CastMember,
    Film,
    Pack,
    Person,
    Quote,
    QuoteLine,
    Rating,
    Sourced,
    Statement,
    Text,
)

EN_WORDS = ("film", "space", "crew", "ship", "night", "river", "winter", "letter", "station", "orbit",
            "signal", "captain", "doctor", "engine", "village", "secret", "mission", "storm", "garden",
            "window", "border", "mirror", "summer", "shadow", "harbour", "island", "promise", "journey")
RU_WORDS = ("фильм", "космос", "экипаж", "корабль", "ночь", "река", "зима", "письмо", "станция",
            "орбита", "сигнал", "капитан", "доктор", "двигатель", "деревня", "тайна", "полёт", "буря",
            "сад", "окно", "граница", "зеркало", "лето", "тень", "гавань", "остров", "обещание", "путь")
EN_NAMES = ("Alexei", "Pavel", "Sergei", "Yuri", "Anna", "Maria", "Olga", "Ivan", "Nina", "Boris",
            "Vera", "Oleg", "Irina", "Dmitry", "Elena", "Mikhail")
RU_NAMES = ("Алексей", "Павел", "Сергей", "Юрий", "Анна", "Мария", "Ольга", "Иван", "Нина", "Борис",
            "Вера", "Олег", "Ирина", "Дмитрий", "Елена", "Михаил")
EN_SURNAMES = ("Leonov", "Belyaev", "Korolev", "Gagarin", "Titov", "Popov", "Orlov", "Volkov",
               "Sokolov", "Lebedev", "Kozlov", "Novikov", "Morozov", "Petrov", "Pavlov", "Semenov")
RU_SURNAMES = ("Леонов", "Беляев", "Королёв", "Гагарин", "Титов", "Попов", "Орлов", "Волков",
               "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов", "Петров", "Павлов", "Семёнов")


def _phrase(rng: random.Random, n: int) -> tuple[str, str]:
    picks = [rng.randrange(len(EN_WORDS)) for _ in range(n)]
    return " ".join(EN_WORDS[i] for i in picks), " ".join(RU_WORDS[i] for i in picks)


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def questions_yaml(n: int, seed: int = 1) -> str:
    """A pack of `n` hand-written questions in English and Russian, as YAML text."""
    rng = random.Random(seed)
    out = [
        "format: 1",
        "id: synthetic-questions",
        "title: {en: Synthetic questions, ru: Синтетические вопросы}",
        "default_locale: en",
        "locales: [en, ru]",
        "author: Film Quiz benchmarks",
        "films:",
        "  - id: synthetic-film",
        "    source: https://example.org/synthetic",
        "    title: {en: Synthetic Film, ru: Синтетический фильм}",
        "questions:",
    ]
    for i in range(n):
        en, ru = _phrase(rng, 6)
        out.append(f"  - id: q{i}")
        if rng.random() < 0.2:
            out += ["    type: truefalse",
                    f"    prompt: {{en: {_quoted('Is it true: ' + en + '?')}, ru: {_quoted('Правда ли: ' + ru + '?')}}}",
                    f"    answer: {rng.choice(('true', 'false'))}"]
        else:
            out += ["    type: choice",
                    f"    prompt: {{en: {_quoted('Which ' + en + '?')}, ru: {_quoted('Какой ' + ru + '?')}}}",
                    "    options:"]
            for k in range(4):
                oen, oru = _phrase(rng, 2)
                out.append(f"      - {{en: {oen} {k}, ru: {oru} {k}}}")
            out.append(f"    answer: {rng.randint(1, 4)}")
        out += [f"    difficulty: {rng.choice(('easy', 'medium', 'hard'))}",
                "    film: synthetic-film",
                f"    tags: [{rng.choice(EN_WORDS)}]"]
    return "\n".join(out) + "\n"


def _person(rng: random.Random) -> Text:
    i, j = rng.randrange(len(EN_NAMES)), rng.randrange(len(EN_SURNAMES))
    return Text.of({"en": f"{EN_NAMES[i]} {EN_SURNAMES[j]}", "ru": f"{RU_NAMES[i]} {RU_SURNAMES[j]}"})


def _film(rng: random.Random, i: int) -> Film:
    source = f"https://example.org/film/{i}"
    en, ru = _phrase(rng, 2)
    title = Text.of({"en": f"The {en.title()} {i}", "ru": f"{ru.capitalize()} {i}"})
    cast = tuple(CastMember(_person(rng), _person(rng), order, source=source)
                 for order in range(1, rng.randint(4, 12)))
    lines = []
    for _ in range(rng.randint(1, 3)):
        en, ru = _phrase(rng, 7)
        lines.append(QuoteLine(Text.of({"en": en.capitalize() + ".", "ru": ru.capitalize() + "."}),
                               rng.choice(cast).character))
    trivia = []
    for k in range(rng.randint(2, 4)):
        en, ru = _phrase(rng, 6)
        year = rng.randint(1950, 2020)
        false_en, false_ru = _phrase(rng, 6)
        trivia.append(Statement(
            Text.of({"en": f"In [[{year}]] the {en} {k}.", "ru": f"В [[{year}]] году {ru} {k}."}),
            Text.of({"en": f"The {false_en} {k}.", "ru": f"{false_ru.capitalize()} {k}."}),
            source=source))
    goofs = []
    for k in range(rng.randint(1, 2)):
        who = rng.choice(cast).character
        en, ru = _phrase(rng, 5)
        goofs.append(Statement(
            Text.of({"en": f"[[{who.get('en')}]] and the {en} {k}.", "ru": f"[[{who.get('ru')}]] и {ru} {k}."}),
            source=source))
    year = rng.randint(1930, 2024)
    return Film(
        id=f"film-{i}",
        title=title,
        source=source,
        year=Sourced(year, source),
        release_date=Sourced(_dt.date(year, rng.randint(1, 12), rng.randint(1, 28)), source),
        runtime=Sourced(rng.randint(70, 200), source),
        rating=Rating(round(rng.uniform(3, 9.5), 1), 10, rng.randint(100, 90000), source),
        box_office=(BoxOffice(rng.randint(100_000, 900_000_000), "USD", "worldwide", source),),
        awards=Awards(rng.randint(0, 30), rng.randint(0, 40), source),
        directors=(Person(_person(rng), source),),
        cast=cast,
        quotes=(Quote(tuple(lines), source),),
        trivia=tuple(trivia),
        goofs=tuple(goofs),
        alt_titles=(AltTitle(Text.of({"en": f"{title.get('en')}: Redux", "ru": f"{title.get('ru')}: снова"})),),
    )


def films_pack(n: int, seed: int = 1) -> Pack:
    """A pack of `n` films in English and Russian, each with a full set of facts."""
    rng = random.Random(seed)
    films = tuple(_film(rng, i) for i in range(n))
    return Pack("synthetic-films", Text.of({"en": "Synthetic films", "ru": "Синтетические фильмы"}),
                Text(), "en", ("en", "ru"), films=films)
