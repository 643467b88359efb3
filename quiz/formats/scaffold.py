"""The starter pack `film-quiz new` writes: one film in English and Russian with a few cast
members, a quote, trivia and two hand-written questions, every field explained in a comment.

The facts are the Spacewalk ones from the bundled pack, each with the source it was checked
against, so the starter is a correct pack to play and a model to copy — never made-up
example data a teacher might leave in by mistake.
"""

from __future__ import annotations

from pathlib import Path

from quiz.core.ids import stable_id
from quiz.formats.common import schema_reference, slug

_TEMPLATE = """\
# yaml-language-server: $schema={schema}
#
# A Film Quiz question pack. Edit it in any text editor; `film-quiz validate {name}`
# checks it and names the line of any mistake. docs/packs.md explains every field.
#
# Text a player sees is either one string (in the pack's default language) or one string
# per language: {{en: "…", ru: "…"}}. Every fact says where it was checked in `source:`
# (a web address or a document): a quiz with a wrong answer is broken.

format: 1                      # the version of this file format; leave it at 1
id: {pack_id}                  # a short name for the pack: lower case, digits and dashes
title:
  en: "My film quiz"
  ru: "Моя викторина о кино"
description:
  en: "A starter pack: replace the film below with yours."
  ru: "Заготовка набора: замените фильм ниже своим."
default_locale: en             # the language used when a text has no translation
locales: [en, ru]              # the languages this pack is written in
author: Film Quiz team         # who wrote the pack: put your name here
licence: CC BY-SA 4.0          # how others may share it (the example film comes from a CC BY-SA pack)

films:
  - id: spacewalk              # a short name for the film, unique in the pack
    source: seed:000_84ecb181e80c7749.txt   # where the film's facts come from (facts may override it)
    title:
      en: Spacewalk
      ru: Время первых
    year: 2017
    runtime: 137               # minutes
    rating: {{value: 7.2, scale: 10, votes: 8400}}
    plot:
      en: "Trying to hold the lead in the Space Race, the Soviet Union is preparing two cosmonauts for the first spacewalk."
      ru: "Стремясь удержать первенство в космической гонке, Советский Союз готовит двух космонавтов к первому выходу в открытый космос."
    # Actors and the characters they play. `order` is the billing order (1 = top billed):
    # lead roles make easy questions, minor roles hard ones.
    cast:
      - actor: {{en: Evgeny Mironov, ru: Евгений Миронов}}
        character: {{en: Alexei Leonov, ru: Алексей Леонов}}
        order: 1
        source: seed:004_8b49667c4025150c.txt
      - actor: {{en: Konstantin Khabensky, ru: Константин Хабенский}}
        character: {{en: Pavel Belyaev, ru: Павел Беляев}}
        order: 2
        credited_as: Konstantin Khabenskiy   # the name in the credits, if it differs
      - actor: {{en: Vladimir Ilyin, ru: Владимир Ильин}}
        character: {{en: Sergei Korolev, ru: Сергей Королёв}}
        order: 3
        source: seed:004_8b49667c4025150c.txt
    # A quote is one or more lines: who says it, an optional [stage direction], the words.
    quotes:
      - lines:
          - character: {{en: Leonid Brezhnev, ru: Леонид Брежнев}}
            direction: {{en: over radio, ru: по радио}}
            text: {{en: "How are you, son?", ru: "Как ты, сынок?"}}
    # Trivia: true statements. Put [[double brackets]] around a word or two to make a
    # fill-the-blank question; `false` is a false version you wrote for true/false
    # questions (the game never makes one up).
    trivia:
      - text:
          en: "The real [[Alexei Leonov]] was still alive and helped with the details and realism of the film."
          ru: "Настоящий [[Алексей Леонов]] был ещё жив и помогал создателям фильма с деталями и достоверностью."
        false:
          en: "The real Alexei Leonov took no part in the making of the film."
          ru: "Настоящий Алексей Леонов не принимал никакого участия в создании фильма."
      - text:
          en: "The original 2017 version of the film is in [[Russian]] only, with English subtitles available."
          ru: "Оригинальная версия фильма 2017 года — только на [[русском]] языке, с английскими субтитрами."

# Questions written by hand. `type: choice` has 2 to 6 options and `answer` is the number
# of the right one, counting from 1; `type: truefalse` has no options and `answer` is true
# or false. `explanation` is shown after the answer; `difficulty` is easy, medium or hard.
questions:
  - id: {question_1}
    type: choice
    film: spacewalk
    difficulty: easy
    tags: [history]
    prompt:
      en: "Which space mission is the film about?"
      ru: "О каком космическом полёте рассказывает фильм?"
    options:
      - {{en: Vostok 1, ru: «Восток-1»}}
      - {{en: Voskhod 2, ru: «Восход-2»}}
      - {{en: Soyuz 1, ru: «Союз-1»}}
      - {{en: Apollo 11, ru: «Аполлон-11»}}
    answer: 2
    explanation:
      en: "Voskhod 2 carried Pavel Belyaev and Alexei Leonov, who made the first spacewalk on 18 March 1965."
      ru: "На «Восходе-2» летели Павел Беляев и Алексей Леонов, совершивший 18 марта 1965 года первый выход в открытый космос."
    source: https://timeout.ru/msk/artwork/360586/similar
  - id: {question_2}
    type: truefalse
    film: spacewalk
    difficulty: medium
    prompt:
      en: "Pavel Belyaev landed the ship by hand."
      ru: "Павел Беляев посадил корабль в ручном режиме."
    answer: true
    source: https://timeout.ru/msk/artwork/360586/similar
"""


def starter_pack(target: Path) -> str:
    """The starter pack's text for a file at `target` (its id comes from the file name)."""
    pack_id = slug(target.stem) or "pack-" + stable_id("pack", target.name, length=8)
    return _TEMPLATE.format(schema=schema_reference(target), name=target.name, pack_id=pack_id,
                            question_1=f"{pack_id}-mission", question_2=f"{pack_id}-manual-landing")
