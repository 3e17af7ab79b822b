"""The glossary: lemma matching rows, CSV errors, masking terms through translation."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressloc.mt.masking import mask
from pressloc.qa import Glossary, GlossaryError
from pressloc.qa.numbers import numbers

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = Glossary.load(ROOT / "locales" / "glossary.csv")

FIND = [
    # sentence, [(found text, glossary ru)]
    ("Встреча Усенбековой с представителями.", [("Усенбековой", "Усенбекова")]),
    ("Встреча Усенбековой А. с представителями.", [("Усенбековой", "Усенбекова")]),
    (
        "Как отметила Айнура Усенбекова, страны развивают отношения.",
        [("Айнура Усенбекова", "Айнура Усенбекова")],
    ),
    (
        "Форум организован Министерством экономики и коммерции КР.",
        [("Министерством экономики и коммерции КР", "Министерство экономики и коммерции КР")],
    ),
    ("Посол КР в Республике Корея.", [("КР", "КР"), ("Республике Корея", "Республика Корея")]),
    (
        "Руководитель Торгово-промышленной палаты КР.",
        [("Торгово-промышленной палаты КР", "Торгово-промышленная палата КР")],
    ),
    ("В Бишкеке прошел форум.", [("Бишкеке", "Бишкек")]),
    (
        "Руководители Корейского института развития технологий (KIAT).",
        [
            ("Корейского института развития технологий", "Корейский институт развития технологий"),
            ("KIAT", "KIAT"),
        ],
    ),
    ("Реализация грантового проекта TASK.", [("TASK", "TASK")]),
    ("Корейские компании работают в республике.", []),
]


@pytest.mark.parametrize("sentence, expected", FIND)
def test_find_by_lemma(sentence, expected):
    found = [(sentence[m.start : m.stop], m.term.ru) for m in GLOSSARY.find(sentence)]
    assert found == expected


def test_target_rendering():
    term = GLOSSARY.find("Бишкек")[0].term
    assert (term.en, term.ko) == ("Bishkek", "비슈케크")
    assert GLOSSARY.target(term, "ko") == "비슈케크"
    assert GLOSSARY.target(term, "de") == ""


@pytest.mark.parametrize(
    "text, message",
    [
        ("ru,en\nБишкек,Bishkek\n", "glossary.csv:1: the header must be ru,en,ko,note"),
        ("ru,en,ko,note\nБишкек,Bishkek,비슈케크\n", "glossary.csv:2: expected 4 columns"),
        ("ru,en,ko,note\nБишкек,Bishkek,,\n,Osh,,\n", "glossary.csv:3: the ru cell is empty"),
        (
            "ru,en,ko,note\nБишкек,,,\n",
            "glossary.csv:2: 'Бишкек' has neither an en nor a ko rendering",
        ),
        (
            "ru,en,ko,note\nОш,Osh,오시,\nОш,Osh,,\n",
            "glossary.csv:3: 'Ош' is already defined on line 2",
        ),
        (
            "ru,en,ko,note\nОш,Osh,,\nБишкек,Bishkek,,\n".encode("cp1251"),
            "glossary.csv:2: not valid UTF-8 (byte 0xce); "
            "save the glossary as UTF-8 (it looks like Windows-1251)",
        ),
    ],
)
def test_malformed_csv_names_file_and_line(tmp_path, text, message):
    path = tmp_path / "glossary.csv"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    with pytest.raises(GlossaryError) as error:
        Glossary.load(path)
    assert str(error.value).startswith(f"{path.parent}/{message}")


def test_missing_file(tmp_path):
    with pytest.raises(GlossaryError, match="no such glossary"):
        Glossary.load(tmp_path / "glossary.csv")


def test_mask_and_restore():
    sentence = "Встреча Усенбековой с представителями KIAT в Бишкеке."
    masked, restore = mask(sentence, GLOSSARY, "en")
    assert masked == "Встреча ZXQA с представителями ZXQB в ZXQC."
    assert (
        restore("ZXQA met KIAT representatives in ZXQC.")
        == "Usenbekova met KIAT representatives in Bishkek."
    )
    assert (
        restore("ZXQA met representatives in Zxq C.")
        == "Usenbekova met representatives in Bishkek."
    )


@pytest.mark.parametrize(
    "sentence, translated, restored",
    [
        # the engine wrote the particles a placeholder ending in a vowel (에이) takes
        ("Кыргызстан и Бишкек.", "ZXQA는 ZXQB를 방문했다.", "키르기스스탄은 비슈케크를 방문했다."),
        ("Кыргызстан и Бишкек.", "ZXQA와 ZXQB로", "키르기스스탄과 비슈케크로"),
        ("Кыргызстан и Бишкек.", "ZXQA가 ZXQB와의 관계를", "키르기스스탄이 비슈케크와의 관계를"),
        ("Кыргызстан и Бишкек.", "ZXQA으로부터 ZXQB은", "키르기스스탄으로부터 비슈케크는"),
        (
            "Встреча в Бишкеке.",
            "회의가 ZXQA에서 열렸다.",
            "회의가 비슈케크에서 열렸다.",
        ),  # 에서 agrees with anything
        ("Проект TASK.", "ZXQA은 시작됐다.", "TASK는 시작됐다."),  # 케이: a vowel
        ("Кыргызстан и Бишкек.", "ZXQA 는", "키르기스스탄 는"),  # not attached: left as written
    ],
)
def test_a_korean_particle_takes_the_form_the_restored_term_needs(sentence, translated, restored):
    _, restore = mask(sentence, GLOSSARY, "ko")
    assert restore(translated) == restored


def test_an_english_restore_leaves_the_text_after_the_term_as_it_was():
    _, restore = mask("Кыргызстан.", GLOSSARY, "en")
    assert restore("ZXQA가") == "Kyrgyzstan가"


def test_restore_leaves_a_lost_placeholder_to_the_check():
    _masked, restore = mask("Встреча в Бишкеке.", GLOSSARY, "ko")
    assert restore("회의가 열렸다.") == "회의가 열렸다."


NUMBERS = [
    ("18,5 и 14,2 млн", "ru", ["18.5", "1.42E+7"]),
    ("150 тыс. и 1,5 млрд; 1 000 человек", "ru", ["1.5E+5", "1.5E+9", "1E+3"]),
    (
        "18.5, 14.2 million, 150,000, 1.5 billion, £125m",
        "en",
        ["18.5", "1.42E+7", "1.5E+5", "1.5E+9", "1.25E+8"],
    ),
    ("1,420만, 15만, 15억, 1억 2500만", "ko", ["1.42E+7", "1.5E+5", "1.5E+9", "1.25E+8"]),
    ("2024–2028 гг.", "ru", ["2024", "2028"]),
    ("версия 0.85.1", "ru", ["0.85.1"]),
    ("5월 3일", "ko", ["3"]),
]


@pytest.mark.parametrize("text, language, values", NUMBERS)
def test_numbers_by_value(text, language, values):
    assert [str(n.value) for n in numbers(text, language)] == values
