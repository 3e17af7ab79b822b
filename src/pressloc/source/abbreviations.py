"""Abbreviations of Russian press and official text, as data for ``segment`` rules.

These add to razdel's own lists (``razdel.segmenters.sokr``); everything is lower case
and written without the final period. Comments give an example of use.
"""

from __future__ import annotations


def words(*lines: str) -> frozenset[str]:
    return frozenset(word for line in lines for word in line.split())


def pairs(*lines: str) -> frozenset[tuple[str, str]]:
    return frozenset(tuple(line.split()) for line in lines)


# Never end a sentence: always followed by the word they qualify.
HEAD = words(
    "респ мкр наб",  # Респ. Башкортостан, мкр. Северный, наб. Обводного канала
    "моб",  # моб. +7 900 000-00-00
    "табл вып сост",  # табл. 2, вып. 3, сост. И. Петров
    "засл нар доц",  # засл. артист, нар. художник, доц. Петров
)

# Two-letter abbreviations that never end a sentence: «в т. ч. Москва», «т. о.».
HEAD_PAIRS = pairs(
    "т ч",  # в т. ч.
    "т о",  # т. о. (таким образом)
)

# Months, as in «1 дек. 2024 г.», «с 3 апр. по 15 авг.», «МОСКВА, 1 дек. — …».
MONTHS = words(
    "янв фев февр мар апр июн июл авг",
    "сен сент окт ноя нояб дек",
)

# End a sentence only before a capital letter: «13 чел. / км2», «род. 21 декабря».
TAIL = MONTHS | words(
    "чел",  # 500 чел.
    "трлн",  # 2 трлн руб.
    "шт экз",  # 100 шт., 500 экз.
    "род",  # род. 21 декабря 1948 г.
    "мес нед",  # 6 мес.
    "кг",  # 5 кг.
)

# Commonly end a sentence: «…, Газпром и др.», «и пр.», «и т. д.», «и т. п.».
FINAL = words("др", "пр")  # after «и»
FINAL_PAIRS = pairs("т д", "т п")

# Calendar years: «2025 г.», «2024–2028 гг.».
YEAR = words("г гг")

# An abbreviation that is always followed by a word written with a capital letter.
PHRASES = {
    "долл": words("США Канады Австралии Сингапура Гонконга Новой Тайваня".lower()),
    "дол": words("США Канады Австралии".lower()),
}
