"""Russian sources: how their numbers, number words, months and percentages are written."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from ..numbers import Number
from ..values import SPACE, Unit, ru_value
from ..words import TOKEN, month_names, numeric_months, spelt_numbers, word_table, word_value
from .base import Profile

_VAGUE = (r"десятк[а-я]*|десятилети[йя][а-я]*", r"сотн[иея][а-я]*|сот\b", r"тысяч[иа]?\b")
_DECADE = re.compile(r"-(?:е|х|ые|ых)\b")
# a number word with a unit of measure inside it: двухметровый, пятитонный, трёхлитровая
_COMPOUNDS = (
    (re.compile(r"метров[а-я]+"), Unit("metric", "length", "1")),
    (re.compile(r"(?:граммов|тонн)[а-я]+"), Unit("metric", "mass", "1")),
    (re.compile(r"литров[а-я]+"), Unit("metric", "volume", "1")),
)
# A capitalised month name may be a person (Октавиан Август, Марта Стюарт, Мая Плисецкая): it is
# the month at the start of a sentence, beside a number, or after a word of time.
_SENTENCE_START = re.compile(r"(?:^|[.!?…«\"„“(—–-])\s*$")
_BESIDE_NUMBER = re.compile(r"\d\s*$")
_WORD_OF_TIME = re.compile(
    r"(?i:\b(?:в|во|с|со|до|по|к|ко|от|на|после|около|между|течение|"
    r"(?:начал|конц|середин|половин)[а-я]*))\s+$"
)


@dataclass(frozen=True)
class Russian(Profile):
    NUMBER = rf"\d{{1,3}}(?:{SPACE}\d{{3}})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)*"
    SCALES = (
        (r"тыс(?:яч[а-я]*|\.)?", 3),
        (r"млн\.?|миллион[а-я]*", 6),
        (r"млрд\.?|миллиард[а-я]*", 9),
        (r"трлн\.?|триллион[а-я]*", 12),
    )
    TIMES = re.compile(r"(?<![\d.,])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?!\d)")
    LINK = r"[-–—]|,(?=\s)|\b(?:до|или|и)\b"
    CENTURIES = r"век(?:а|е|у|ом|ов|ам|ами|ах)?(?![а-я])|столети[а-я]*|тысячелети[а-я]*|вв?\."
    UNITS = "ru"
    UNIT_START = r"\s?"  # 17-м is an ordinal; -метровый and -километровый are in the table
    UNIT_END = r"(?![а-я])"
    PERCENT = re.compile(r"%|процент(?!н)|процентн[а-я]+ пункт|\d\s?-?\s?процентн", re.I)

    def read(self, raw: str, power: int, text: str) -> list[Number]:
        return ru_value(raw, power, text)

    def in_context(self, number: Number, start: int, end: int, power: int, text: str) -> Number:
        """Also a decade (``30-е`` → 1930) and the imperial units a metric measure converts to
        (``25 см`` ≈ 10 inches, both ways)."""
        number = super().in_context(number, start, end, power, text)
        value = number.value
        if not isinstance(value, Decimal):
            return number
        aliases, approx = set(number.aliases), ()
        if value % 10 == 0 and 10 <= value < 100 and _DECADE.match(text, end):
            aliases |= {1900 + value, 2000 + value}
        if number.unit and number.unit.size == "C":
            approx = (value * 9 / 5 + 32,)
        elif (row := self.measures.at(text, end)) is not None and self.measures.factors[row]:
            factors = self.measures.factors[row]
            approx = tuple(value * f for f in factors) + tuple(value / f for f in factors)
        return replace(number, aliases=frozenset(aliases), approx=approx)

    def measures_in_words(self, text: str) -> list[Number]:
        """A number word before a unit (``два метра``), or with the unit inside it
        (``двухметровый``)."""
        table, found = word_table("ru"), []
        for match in _measure_words(self.measures.words, self.UNIT_END).finditer(text):
            if (value := word_value(match.group(1), table)) is not None:
                unit = self.measures.units[int(match.lastgroup[1:])]
                found.append(Number(Decimal(value), match.group(0), unit=unit))
        for token in TOKEN.findall(text):
            if (value := word_value(token, table)) is not None:
                found += [
                    Number(Decimal(value), token, unit=unit)
                    for inside, unit in _COMPOUNDS
                    if inside.search(token)
                ]
        return found

    def number_words(self, text: str) -> set[int]:
        return spelt_numbers(text, "ru", _VAGUE)

    def months(self, text: str) -> set[int]:
        found = numeric_months(text)
        for month, nouns, adjectives in _months():
            if adjectives.search(text) or any(
                not _a_person(text, match) for match in nouns.finditer(text)
            ):
                found.add(month)
        return found


@cache
def _months() -> tuple[tuple[int, re.Pattern[str], re.Pattern[str]], ...]:
    """Each month with its nouns and its adjectives (``мартовский``), as patterns."""
    return tuple(
        (
            month,
            re.compile(rf"(?<!\w)(?:{nouns})(?!\w)", re.I),
            re.compile(rf"(?<!\w)(?:{adjectives})(?!\w)", re.I),
        )
        for month, nouns, adjectives in month_names("ru")
    )


@cache
def _measure_words(units: str, end: str) -> re.Pattern[str]:
    """A word and one of ``units`` after it: ``два метра``."""
    return re.compile(rf"([^\W\d_]+)\s+(?:{units}){end}")


def _a_person(text: str, month: re.Match[str]) -> bool:
    """Whether a month name is a person's (see ``_SENTENCE_START``)."""
    if not month.group(0)[0].isupper():
        return False
    before = text[: month.start()]
    return not (
        _SENTENCE_START.search(before)
        or _BESIDE_NUMBER.search(before)
        or re.match(r"\s*\d", text[month.end() :])
        or _WORD_OF_TIME.search(before)
    )


PROFILE = Russian("ru")
