"""Reading a Russian name in Latin letters: consonant keys and how alike two are."""

from __future__ import annotations

import pytest

from pressloc.qa.spelling import audible, best, key, romanise, similarity, word_keys


@pytest.mark.parametrize(
    "latin, expected",
    [
        ("Usenbekovoy", ".snbkb"),  # opens with a vowel: marked
        ("Usenbekova's", ".snbkbs"),
        ("Shcherbakova", "slbkb"),  # r as l, v as b
        ("Dzherrard", "slt"),  # дж, doubles once
        ("Khammel", ".ml"),  # kh is an h, as in Hammel
        ("Hammel", ".ml"),
        ("Warren", ".ln"),
        ("Yuan", ".n"),
    ],
)
def test_key(latin, expected):
    assert key(latin) == expected


@pytest.mark.parametrize(
    "russian, english, alike",
    [
        ("Эрдоган", "Erdogan", True),
        ("Эрдоган", "Cologne", False),  # another first consonant
        ("Россия", "Euro-Asia", False),  # one opens with a consonant, the other with a vowel
        ("Сената", "West", False),
        ("Хаммел", "Hammel", True),
        ("Гарвард", "Harvard", True),  # Г for an English h
        ("Огайо", "Ohio", True),  # and for one between vowels
        ("Уоррен", "Warren", True),
        ("Вудс", "Woods", True),  # в for an English w
        ("Агуэро", "English", False),  # both open with a vowel, but not with the same consonant
    ],
)
def test_a_latin_word_spells_a_russian_name(russian, english, alike):
    assert (best((key(romanise(russian)),), word_keys(english)) > 0) is alike


def test_the_mark_is_not_a_consonant():
    assert audible(".ml") == 2 and audible("sbkb") == 4
    assert similarity(".ml", ".ml") == 1.0
