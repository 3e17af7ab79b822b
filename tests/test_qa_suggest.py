"""Name suggestions through natasha's NER (kept to one sentence: the model takes ~0.5 s)."""

from __future__ import annotations

import pytest

from pressloc.qa import Glossary, Suggestion, suggest
from pressloc.qa.suggest import nominative


def test_suggest_names_the_glossary_lacks():
    glossary = Glossary.parse("ru,en,ko,note\nБишкек,Bishkek,비슈케크,\n")
    sentences = ["Как отметила заместитель министра Айнура Усенбекова, форум прошел в Бишкеке."]
    assert suggest(sentences, glossary) == [
        Suggestion("Айнура Усенбекова", "Айнура Усенбекова", "PER", "Aynura Usenbekova"),
    ]


def test_inflected_person_gets_its_nominative():
    found = suggest(["Прошла встреча с Данияром Амангельдиевым."], None)
    assert [(s.lemma, s.english) for s in found] == [
        ("Данияр Амангельдиев", "Daniyar Amangeldiyev")
    ]


def test_a_short_mention_of_a_term_is_no_suggestion_and_a_common_noun_gets_no_transliteration():
    glossary = Glossary.parse(
        "ru,en,ko,note\nМежправительственная Комиссия по сотрудничеству,"
        "Intergovernmental Commission on Cooperation,정부간 협력위원회,\n"
    )
    sentences = ["На сегодняшний день проведено 5 заседаний Комиссии."]
    assert suggest(sentences, glossary) == []
    assert [(s.lemma, s.english) for s in suggest(sentences, None)] == [("Комиссия", "")]


@pytest.mark.parametrize(
    "text, lemma",
    [
        # already nominative: kept as written, even where the dictionary reads a word otherwise
        ("Эдиль Байсалов", "Эдиль Байсалов"),  # not Эдиля (a plural of the name Эдиля)
        ("Талант Абдыкеримов", "Талант Абдыкеримов"),  # not Абдыкерим (a plural of the name)
        ("Садыр Жапаров", "Садыр Жапаров"),
        ("Абдыкеримов", "Абдыкеримов"),
        ("Жанарбек Акаев", "Жанарбек Акаев"),
        ("Айнура Усенбекова", "Айнура Усенбекова"),
        # oblique cases: the nominative
        ("Усенбековой", "Усенбекова"),
        ("Айнуры Усенбековой", "Айнура Усенбекова"),
        ("Данияром Амангельдиевым", "Данияр Амангельдиев"),
        ("Данияра Амангельдиева", "Данияр Амангельдиев"),
        ("Жанарбеком Акаевым", "Жанарбек Акаев"),
        ("Садыра Жапарова", "Садыр Жапаров"),
        ("Чолпон Абдыкеримовой", "Чолпон Абдыкеримова"),
        # a first name the dictionary knows as a common noun, or not at all, still tells the case
        ("Таланта Абдыкеримова", "Талант Абдыкеримов"),
        ("Чынгыза Айтматова", "Чынгыз Айтматов"),
        ("Асели Усенбековой", "Асель Усенбекова"),  # not Асесть (a verb)
        ("Касым-Жомарта Токаева", "Касым-Жомарт Токаев"),
    ],
)
def test_a_person_gets_the_nominative(text, lemma):
    assert nominative(text, "PER") == lemma


@pytest.mark.parametrize(
    "sentence, found",
    [
        (
            "На встрече выступили Эдиль Байсалов и Талант Абдыкеримов, "
            "а также мэр г. Ош Жанарбек Акаев.",
            [
                ("PER", "Эдиль Байсалов", "Edil Baysalov"),
                ("PER", "Талант Абдыкеримов", "Talant Abdykerimov"),
                ("LOC", "Ош", "Osh"),
                ("PER", "Жанарбек Акаев", "Zhanarbek Akayev"),
            ],
        ),
        # the NER's PER 'Ош Жанарбек Акаев': a place the dictionary knows, not a name
        (
            "а также мэр г.Ош Жанарбек Акаев.",
            [("LOC", "Ош", "Osh"), ("PER", "Жанарбек Акаев", "Zhanarbek Akayev")],
        ),
        # the NER's PER 'Оша Жанарбек Акаев'
        (
            "а также мэр г. Оша Жанарбек Акаев.",
            [("LOC", "Ош", "Osh"), ("PER", "Жанарбек Акаев", "Zhanarbek Akayev")],
        ),
        # the NER's PER 'Аким Нарына Талант Абдыкеримов': Нарына is a place, whatever Аким is
        (
            "Аким Нарына Талант Абдыкеримов выступил.",
            [
                ("PER", "Аким", "Akim"),
                ("LOC", "Нарын", "Naryn"),
                ("PER", "Талант Абдыкеримов", "Talant Abdykerimov"),
            ],
        ),
    ],
)
def test_a_place_glued_to_a_person_is_suggested_apart(sentence, found):
    assert [(s.kind, s.lemma, s.english) for s in suggest([sentence], None)] == found


def test_a_place_after_a_settlement_mark_is_split_off_though_the_dictionary_guesses_a_name():
    # the NER's PER 'Кара-Суу Талант Абдыкеримов'; pymorphy guesses Кара-Суу is a first name
    found = suggest(["а также аким с. Кара-Суу Талант Абдыкеримов."], None)
    assert [(s.kind, s.text) for s in found] == [("LOC", "Кара-Суу"), ("PER", "Талант Абдыкеримов")]


def test_a_year_is_no_settlement_mark():
    found = suggest(["В 2023 г. Жанарбек Акаев возглавил мэрию."], None)
    assert [(s.kind, s.lemma) for s in found if s.kind == "PER"] == [("PER", "Жанарбек Акаев")]
