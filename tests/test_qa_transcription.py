"""Reading a Russian name in Hangul: sounds, loanword syllables, stems and the alignment."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressloc.qa.transcription import (
    LIMIT,
    cost,
    hangul_sounds,
    loanword_syllable,
    russian_sounds,
    spells,
    stems,
    vowels,
)


@pytest.mark.parametrize(
    "russian, sounds",
    [
        ("Хаммел", ("h", "A", "m", "E", "l")),  # a doubled consonant once
        ("Джонс", ("s", "O", "n", "s")),  # дж as one sound
        ("Вудс", ("v", "U", "s")),  # д before с silent: 우즈
        ("Бернерс", ("b", "E", "r", "n", "E", "r", "s")),  # an r English may leave unsaid
        ("Юньнань", ("y", "U", "n", "n", "A", "n")),
        ("Нью-Йорк", ("n", "y", "U", "y", "O", "r", "k")),
        ("Уоррен", ("w", "O", "l", "E", "n")),  # у before a vowel is a w
        ("Тэтчер", ("t", "E", "s", "E", "r")),  # т before ч silent: 대처
        ("Пак", ("p", "A", "k")),  # п and б, т and д, к and г apart
    ],
)
def test_russian_sounds(russian, sounds):
    assert russian_sounds(russian) == sounds


@pytest.mark.parametrize(
    "hangul, sounds",
    [
        ("하멜", ("h", "A", "m", "E", "l")),
        ("존스", ("s", "O", "n", "s", "eu")),  # the 으 Korean puts between consonants
        ("싱가포르", ("s", "I", "n", "ng", "g", "A", "p", "O", "l", "eu")),  # ㄱ is g, ㅍ is p
        ("과르디올라", ("g", "w", "A", "l", "eu", "d", "I", "O", "l", "l", "A")),
        ("G7 하멜", ("h", "A", "m", "E", "l")),  # anything but Hangul is not read
    ],
)
def test_hangul_sounds(hangul, sounds):
    assert hangul_sounds(hangul) == sounds


@pytest.mark.parametrize(
    "syllable, allowed",
    [
        ("존", True),
        ("복", True),
        ("싱", True),
        ("스", True),
        ("했", False),
        ("있", False),
        ("닭", False),
        ("까", False),
        ("또", False),
        ("빠", False),
        ("A", False),
    ],
)
def test_loanword_syllables(syllable, allowed):
    assert loanword_syllable(syllable) is allowed


@pytest.mark.parametrize(
    "word, expected",
    [
        ("존스는", ["존", "존스", "존스는"]),
        ("말했다", []),  # 말 is followed by a verb's ending, and 했 is in no transcribed name
        ("책임있는", ["책"]),  # 책임 is followed by 있: a predicate, no name
        ("포드였다", ["포", "포드"]),  # 였 after a name is the copula: 포드 stays a stem
        (
            "웨스트버지니아주를",
            [
                "웨",
                "웨스",
                "웨스트",
                "웨스트버",
                "웨스트버지",
                "웨스트버지니",
                "웨스트버지니아",
                "웨스트버지니아주",
                "웨스트버지니아주를",
                "버",
                "버지",
                "버지니",
                "버지니아",
                "버지니아주",
                "버지니아주를",
            ],
        ),
    ],
)
def test_stems(word, expected):
    assert stems(word) == expected


@pytest.mark.parametrize(
    "russian, hangul, alike",
    [
        ("Хаммел", "하멜은", True),
        ("Кавано", "캐버노", True),  # English sound: а as 애 and 어
        ("Джонс", "존스에게는", True),
        ("Сингапур", "싱가포르에서의", True),
        ("Мексика", "멕시코", True),
        ("Эрдоган", "에르도안을", True),
        ("Гвардиола", "과르디올라", True),
        ("Массачусетс", "매사추세츠", True),
        ("Индонезия", "인도네시아에서", True),
        ("Вирджиния", "웨스트버지니아주를", True),
        ("Мэриленд", "말했다", False),  # "said"
        ("Канте", "것을", False),
        ("Джонс", "상원", False),  # "the Senate"
        ("Боливия", "바라다", False),
        ("Дунгала", "누그로호가", False),  # another name of the same sentence
        ("Дуайер", "드와이어", True),  # уа as 와
        ("Луиза", "루이자", True),  # or у as 우
        ("Тэтчер", "대처", True),
        ("Пак", "박", True),  # a Korean name: ㅂ as п (Kontsevich)
        ("Палу", "불리는", False),  # п is no ㅂ in a loanword, and 불 no Палу
        ("Азар", "아자르를", True),
    ],
)
def test_a_hangul_word_spells_a_russian_name(russian, hangul, alike):
    assert spells((russian,), hangul) is alike


def test_cost_is_zero_for_the_same_sounds_and_grows_with_difference():
    assert cost("Роза", "로사") == cost("Хаммел", "하멜") == 0
    assert 0 < cost("Эрдоган", "에르도안") < LIMIT < cost("Хаммел", "물에")


@given(
    st.text(alphabet="абвгдежзийклмнопрстуфхцчшщыэюя", min_size=1, max_size=12),
    st.text(alphabet="가나다라마바사아자차카타파하존스멜", max_size=8),
)
def test_cost_is_never_negative_and_stems_are_prefixes_or_compounds(russian, hangul):
    assert cost(russian, hangul) >= 0
    assert all(hangul.startswith(stem) or stem in hangul for stem in stems(hangul))


@pytest.mark.parametrize(
    "russian, count", [("Хаммел", 2), ("Уэйд", 1), ("Сингапур", 3), ("Мьянма", 2)]
)
def test_vowel_groups_bound_the_syllables_of_a_rendering(russian, count):
    assert vowels(russian) == count


@pytest.mark.parametrize(
    "russian, hangul, alike",
    [
        ("Болтон", "볼턴", True),
        ("Болтон", "결정", False),
        ("Уоррен", "워런", True),
        ("Уоррен", "여론", True),
        ("Хаммел", "하멜", True),
        ("Хаммел", "물에", False),
        ("Вудс", "우즈", True),
        ("Джонсон", "청년", True),
        ("Сирии", "미국", False),
    ],
)
def test_a_transcription_begins_as_the_name_does(russian, hangul, alike):
    """Only the first sound is judged here: 여론 and 청년 begin alike and fail on the rest."""
    assert (cost(russian, hangul) != float("inf")) is alike
