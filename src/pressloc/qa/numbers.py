"""Numbers read by value in Russian, English and Korean text.

``18,5`` = ``18.5``; ``14,2 млн`` = ``14.2 million`` = ``1,420만``; ``150 тыс.`` = ``150,000``
= ``15만``; ``1,5 млрд`` = ``1.5 billion`` = ``15억``. Ranges (``2024–2028``) give both ends;
identifiers with several separators (``0.85.1``, ``12.05.2024``) are compared as written.
``30-е годы`` is also 1930 and 2030; ``от 5 до 10 см`` is also 2 to 4 inches.
Korean months (``5월``) are left to the dates check, as Russian and English write them in words.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .korean import korean_numbers
from .values import SPACE, Number, en_value, ru_value, same, scan, with_unit
from .words import numeric_dates

__all__ = ["Number", "numbers", "same", "unmatched", "values"]

_RU_NUMBER = rf"\d{{1,3}}(?:{SPACE}\d{{3}})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)*"
_EN_NUMBER = r"\d+(?:[.,]\d+)*"

_RU_SCALES = [
    (r"тыс(?:яч[а-я]*|\.)?", 3),
    (r"млн\.?|миллион[а-я]*", 6),
    (r"млрд\.?|миллиард[а-я]*", 9),
    (r"трлн\.?|триллион[а-я]*", 12),
]
_EN_SCALES = [
    (r"thousand|k\b", 3),
    (r"million|mln\b|m\b", 6),
    (r"billion|bn\b", 9),
    (r"trillion|tn\b", 12),
]


def _scaled(number: str, scales: list[tuple[str, int]]) -> re.Pattern[str]:
    alternatives = "|".join(f"(?P<s{power}>{pattern})" for pattern, power in scales)
    return re.compile(rf"(?<![\w.,])(?P<n>{number})(?:[\s-]?(?:{alternatives})(?![а-яa-z]))?", re.I)


_RU = _scaled(_RU_NUMBER, _RU_SCALES)
_EN = _scaled(_EN_NUMBER, _EN_SCALES)


def numbers(text: str, language: str) -> list[Number]:
    """Every number in ``text`` with its value, read by the conventions of ``language``; a
    date in digits (``12.03.2025``) gives its day and year, its month being the dates check's."""
    dates, text = numeric_dates(text)
    days = [Number(Decimal(value), str(value)) for day, _, year in dates for value in (day, year)]
    if language == "ko":
        return days + korean_numbers(text)
    found, text = times(text, language)
    found = days + found
    if language == "ru":
        return found + [_in_context(n, end, text) for n, end in scan(text, _RU, ru_value)]
    return found + [with_unit(n, end, text) for n, end in scan(text, _EN, en_value)]


def values(text: str, language: str) -> set[Decimal | str]:
    return {number.value for number in numbers(text, language)}


def unmatched(source: list[Number], target: list[Number]) -> tuple[list[Number], list[Number]]:
    """Source numbers with no equal in the target, and target numbers with none in the source.
    A grouped number (``0800 555 111``) also matches when the target has each of its groups."""
    readings = set().union(*(t.readings() for t in target)) if target else set()
    parts = {p for s in source for p in s.parts}
    missing = [
        s
        for s in source
        if not any(same(s, t) for t in target) and not (s.parts and set(s.parts) <= readings)
    ]
    extra = [t for t in target if not any(same(s, t) for s in source) and t.value not in parts]
    return missing, extra


_TIMES = {
    "ru": re.compile(r"(?<![\d.,])()([01]?\d|2[0-3]):([0-5]\d)(?!\d)"),
    "en": re.compile(
        r"(?<![\d.,])()(\d{1,2})(?:[:.]([0-5]\d))?(?:\s?([ap])\.?\s?m\b\.?)|"
        r"(?<![\d.,])()([01]?\d|2[0-3]):([0-5]\d)(?!\d)",
        re.I,
    ),
}


def times(text: str, language: str) -> tuple[list[Number], str]:
    """Clock times (``15:00``, ``3 p.m.``) and the text without them.

    A time reads as its 12-hour face (``t3:00``) and also as its bare hour, so that
    ``7 утра`` matches ``7 a.m.``."""
    pattern = _TIMES.get(language, _TIMES["en"])
    found = []
    for match in pattern.finditer(text):
        groups = match.groups()
        hour, minute = (groups[1], groups[2]) if groups[1] else (groups[-2], groups[-1])
        hour, minute = int(hour), int(minute or 0)
        face = f"t{hour % 12}:{minute:02d}"
        aliases = frozenset({Decimal(hour), Decimal(hour % 12 or 12), Decimal((hour % 12) + 12)})
        found.append(Number(face, match.group(0).strip(), aliases))
    return found, pattern.sub(" ", text)


# Units a translation may convert: Russian unit → factors to the English units.
_UNITS = [
    (r"км/ч|километр[а-я]* в час", (0.6214,)),
    (r"км|-?километр[а-я]*", (0.6214,)),
    (r"см|сантиметр[а-я]*", (0.3937,)),
    (r"мм|миллиметр[а-я]*", (0.03937,)),
    (r"м|метр[а-я]*|-метров[а-я]*", (3.281, 1.094)),
    (r"кг|килограмм[а-я]*|-килограммов[а-я]*", (2.2046,)),
    (r"т|тонн[а-я]*", (1.1023,)),
    (r"га|гектар[а-я]*", (2.471,)),
    (r"л|литр[а-я]*", (0.2642,)),
]
# ``от 5 до 10 см``, ``5–10 см``: the unit after a range's end applies to its start too.
_RANGE_REST = r"(?:\s?(?:[-–—]|до|или|и)\s?\d+(?:[.,]\d+)?)*"
_UNIT = re.compile(
    _RANGE_REST
    + r"\s?(?:"
    + "|".join(f"(?P<u{i}>{u})" for i, (u, _) in enumerate(_UNITS))
    + r")(?![а-я])"
)
_DEGREES = re.compile(_RANGE_REST + r"\s?(?:°|градус)")
_DECADE = re.compile(r"-(?:е|х|ые|ых)\b")


def _in_context(number: Number, end: int, text: str) -> Number:
    """``number`` with the readings the words after it give: a decade (``30-е`` → 1930),
    imperial units (``25 см`` ≈ 10 inches, both ways)."""
    value = number.value
    if not isinstance(value, Decimal):
        return number
    aliases, approx = set(number.aliases), ()
    if value % 10 == 0 and 10 <= value < 100 and _DECADE.match(text, end):
        aliases |= {1900 + value, 2000 + value}
    if _DEGREES.match(text, end):
        approx = (value * 9 / 5 + 32,)
    elif unit := _UNIT.match(text, end):
        factors = [Decimal(str(f)) for f in _UNITS[int(unit.lastgroup[1:])][1]]
        approx = tuple(value * f for f in factors) + tuple(value / f for f in factors)
    return Number(value, number.text, frozenset(aliases), approx, number.parts)
