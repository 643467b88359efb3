"""Small packs built in code for the generator tests: a Spacewalk film with the bundled
pack's facts, and short helpers for anything else a test needs."""

from __future__ import annotations

import datetime as _dt

from quiz.core.models import (
    AltTitle,
    Awards,
    BoxOffice,
    CastMember,
    Film,
    HandQuestion,
    Pack,
    Person,
    Quote,
    QuoteLine,
    Rating,
    Sourced,
    Statement,
    Text,
)


def bi(en: str, ru: str | None = None) -> Text:
    """English and, when given, Russian text."""
    return Text.of({"en": en, "ru": ru}) if ru is not None else Text.of(en)


def role(actor: str, actor_ru: str, character: str, character_ru: str, order: int) -> CastMember:
    return CastMember(bi(actor, actor_ru), bi(character, character_ru), order, source=f"cast:{actor}")


def line(text: str, text_ru: str, who: str | None = None, who_ru: str | None = None,
         direction: tuple[str, str] | None = None) -> QuoteLine:
    return QuoteLine(bi(text, text_ru), bi(who, who_ru) if who else None,
                     bi(*direction) if direction else None)


def statement(text: str, text_ru: str, false: tuple[str, str] | None = None,
              distractors: tuple[tuple[str, str], ...] = ()) -> Statement:
    return Statement(bi(text, text_ru), bi(*false) if false else None, source=f"fact:{text[:20]}",
                     distractors=tuple(bi(en, ru) for en, ru in distractors))


SPACEWALK_CAST = (
    role("Evgeny Mironov", "Евгений Миронов", "Alexei Leonov", "Алексей Леонов", 1),
    role("Konstantin Khabensky", "Константин Хабенский", "Pavel Belyaev", "Павел Беляев", 2),
    role("Vladimir Ilyin", "Владимир Ильин", "Sergei Korolev", "Сергей Королёв", 3),
    role("Ekaterina Semina", "Екатерина Сёмина", "Radio Amateur's Wife", "Жена радиолюбителя", 22),
    role("Avangard Leontyev", "Авангард Леонтьев", "Yuri Levitan", "Юрий Левитан", 23),
    role("Nelli Nevedina", "Нелли Неведина", "Head Physician in Committee", "Главврач в комиссии", 25),
)

LEONOV_ALIVE = statement(
    "The real [[Alexei Leonov]] was still alive and helped with the details and realism of the film.",
    "Настоящий [[Алексей Леонов]] был ещё жив и помогал создателям фильма с деталями и достоверностью.",
    false=("The real Alexei Leonov took no part in the making of the film.",
           "Настоящий Алексей Леонов не принимал никакого участия в создании фильма."))
BELYAEV_MEMORY = statement(
    "The film is dedicated to the memory of [[Pavel Belyaev]], who died long before its release.",
    "Фильм посвящён памяти [[Павла Беляева]], умершего задолго до выхода картины.",
    false=("The real Pavel Belyaev lived to see the film's release.",
           "Настоящий Павел Беляев дожил до выхода фильма."))
RUSSIAN_ONLY = statement(
    "The original 2017 version of the film is in [[Russian]] only, with English subtitles available.",
    "Оригинальная версия фильма 2017 года — только на [[русском]] языке, с английскими субтитрами.",
    false=("The original 2017 version of the film was shot in English.",
           "Оригинальная версия фильма 2017 года снималась на английском языке."),
    distractors=(("English", "английском"), ("German", "немецком"), ("French", "французском")))
THIRD_DIRECTOR = statement(
    "Dmitry Kiselyov was the [[third]] director offered the script, after Sergei Bodrov and Yury Bykov.",
    "Дмитрий Киселёв стал [[третьим]] режиссёром, которому предложили сценарий, — после Сергея Бодрова и Юрия Быкова.")
HELICOPTER_GOOF = statement(
    "The helicopters searching for the crew in the taiga are [[Mi-17]]s, but the Mi-17 first flew only in [[1975]].",
    "Вертолёты, которые ищут экипаж в тайге, — [[Ми-17]], но первый полёт Ми-17 состоялся только в [[1975]] году.",
    distractors=(("Mi-8", "Ми-8"), ("Mi-24", "Ми-24"), ("Ka-26", "Ка-26")))


def spacewalk(**changes) -> Film:
    """The Spacewalk film with the facts of questions/spacewalk.yaml."""
    values = dict(
        id="spacewalk", title=bi("Spacewalk", "Время первых"), source="seed:000_84ecb181e80c7749.txt",
        alt_titles=(AltTitle(bi("Spacewalker", "Spacewalker")),),
        year=Sourced(2017), release_date=Sourced(_dt.date(2017, 4, 6), "kinokultura"),
        runtime=Sourced(137), rating=Rating(7.2, 10, 8400),
        box_office=(BoxOffice(9677311, "USD", "worldwide"),), awards=Awards(9, 8),
        directors=(Person(bi("Dmitry Kiselyov", "Дмитрий Киселёв")),),
        cast=SPACEWALK_CAST,
        quotes=(
            Quote((line("How are you, son?", "Как ты, сынок?", "Leonid Brezhnev", "Леонид Брежнев",
                        ("over radio", "по радио")),
                   line("Man can work in space!", "Человек может работать в космосе!",
                        "Alexei Leonov", "Алексей Леонов")), source="seed:quotes"),
            Quote((line("They'd lose their balance and smash themselves to hell.",
                        "Потеряли б равновесие и разбились к чертям собачьим."),)),
        ),
        trivia=(LEONOV_ALIVE, BELYAEV_MEMORY, RUSSIAN_ONLY, THIRD_DIRECTOR),
        goofs=(HELICOPTER_GOOF,),
    )
    values.update(changes)
    return Film(**values)


def other_film(n: int, **changes) -> Film:
    """A plain second, third... film with its own cast, director and trivia."""
    values = dict(
        id=f"film{n}", title=bi(f"Orbit {n}", f"Орбита {n}"), source=f"seed:film{n}",
        year=Sourced(1990 + n), runtime=Sourced(100 + n),
        directors=(Person(bi(f"Director Number{n}", f"Режиссёр Номер{n}")),),
        cast=tuple(role(f"Actor{n} Surname{k}", f"Актёр{n} Фамилия{k}",
                        f"Hero{n} Name{k}", f"Герой{n} Имя{k}", k) for k in range(1, 5)),
        trivia=(statement(f"Expedition {n} shot this picture in the desert.",
                          f"Экспедиция {n} снимала эту картину в пустыне."),),
        goofs=(statement(f"A modern wristwatch is visible on a guard in scene {n}.",
                         f"В сцене {n} на охраннике видны современные часы."),),
        alt_titles=(AltTitle(bi(f"Ring {n}", f"Кольцо {n}")),),
    )
    values.update(changes)
    return Film(**values)


def pack(*films: Film, questions: tuple[HandQuestion, ...] = ()) -> Pack:
    return Pack(id="test", title=bi("Test", "Тест"), description=bi("Test pack", "Тестовый набор"),
                default_locale="en", locales=("en", "ru"), films=films, questions=questions)
