"""Numbers read by value in Russian, English and Korean text.

``18,5`` = ``18.5``; ``14,2 млн`` = ``14.2 million`` = ``1,420만``; ``150 тыс.`` = ``150,000``
= ``15만``; ``1,5 млрд`` = ``1.5 billion`` = ``15억``. Ranges (``2024–2028``) give both ends;
identifiers with several separators (``0.85.1``, ``12.05.2024``) are compared as written.
``30-е годы`` is also 1930 and 2030; ``от 5 до 10 см`` is also 2 to 4 inches; ``XV век`` is 15.
A scale or a unit after a list or a range counts for each of its numbers (``3–10 млн``: 3
million to 10 million). Korean months (``5월``) are left to the dates check, as Russian and
English write them in words.

How each language writes them is its profile's (``qa/lang/``); this module holds the readers
the profiles share, and what compares two sides: :func:`unmatched`, and :func:`conversions`
for measures converted between metric and imperial units (``500 км``, ``300 miles``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from .tables import rows
from .values import Number, Unit, decimal, same, time_of_day
from .words import numeric_dates

__all__ = ["Number", "numbers", "same", "unmatched", "values"]


def numbers(text: str, language: str) -> list[Number]:
    """Every number in ``text`` with its value, read by the conventions of ``language``; a
    date in digits (``12.03.2025``) gives its day and year, its month being the dates check's."""
    from .lang import profile

    return profile(language).numbers(text)


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


def scaled(number: str, scales: tuple[tuple[str, int], ...]) -> re.Pattern[str]:
    """A number (``number``, a regular expression) and the word of scale after it, if any,
    whose group ``s<power>`` names its power of ten (``млн`` → ``s6``)."""
    alternatives = "|".join(f"(?P<s{power}>{pattern})" for pattern, power in scales)
    return re.compile(rf"(?<![\w.,])(?P<n>{number})(?:[\s-]?(?:{alternatives})(?![а-яa-z]))?", re.I)


def dated(text: str) -> tuple[list[Number], str]:
    """The days and years of the dates in digits of ``text`` (``12.03.2025``: 12 and 2025), and
    the text without those dates."""
    dates, text = numeric_dates(text)
    found = [Number(Decimal(value), str(value)) for day, _, year in dates for value in (day, year)]
    return found, text


def times(text: str, pattern: re.Pattern[str]) -> tuple[list[Number], str]:
    """The clock times ``pattern`` finds (its groups ``h``/``m``, or ``h2``/``m2``: the hour
    and the minutes), each one value (see :func:`~.values.time_of_day`), and the text without
    them."""
    found = []
    for match in pattern.finditer(text):
        groups = match.groupdict()
        hour, minute = groups["h"] or groups.get("h2"), groups.get("m") or groups.get("m2")
        found.append(time_of_day(int(hour), int(minute or 0), match.group(0).strip()))
    return found, pattern.sub(" ", text)


_ROMAN = r"(?<![^\W\d_])(?=[IVXLC])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![^\W\d_])"
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_LATIN = str.maketrans("ХІ", "XI")  # Cyrillic letters written for Roman numerals: ХХ век


@cache
def _centuries(words: str, link: str) -> re.Pattern[str]:
    """A Roman numeral before a word for century (``XV век``), or joined by ``link`` to one
    that is, with up to two words between (``XIX — начала XX века``)."""
    chain = rf"(?:\s*(?:{link})\s*(?:[^\W\d_]+\s+){{0,2}}{_ROMAN})*"
    return re.compile(rf"{_ROMAN}(?={chain}\s*(?:{words}))")


def roman_centuries(text: str, words: str, link: str) -> list[Number]:
    """The Roman numerals of ``text`` that number centuries (``words``), by value."""
    return [
        Number(Decimal(_roman(match.group(0))), match.group(0))
        for match in _centuries(words, link).finditer(text.translate(_LATIN))
    ]


def _roman(numeral: str) -> int:
    digits = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-d if d < n else d for d, n in zip(digits, [*digits[1:], 0], strict=True))


@dataclass(frozen=True)
class Measures:
    """A language's units of measure (``data/units.tsv``) as found after a number: ``after``
    names each row's words ``u<i>`` (a list or a range before them: ``7–10 см``)."""

    after: re.Pattern[str]
    words: str  # the units alone, each row's group ``u<i>``
    units: tuple[Unit, ...]
    factors: tuple[tuple[Decimal, ...], ...]

    def at(self, text: str, end: int) -> int | None:
        """The row of the unit written after ``end`` in ``text``, or None."""
        found = self.after.match(text, end)
        return int(found.lastgroup[1:]) if found else None

    def mark(self, number: Number, end: int, text: str) -> Number:
        """``number`` with the unit written after it, if any."""
        row = self.at(text, end)
        return number if row is None else replace(number, unit=self.units[row])


@cache
def measures(language: str, rest: str, boundary: str) -> Measures:
    """The units of ``language``, found after a number and ``rest`` (the rest of a list or a
    range, and what stands before a unit), each ending at ``boundary``."""
    table = [row for row in rows("units") if row["language"] == language]
    words = "|".join(f"(?P<u{i}>{row['words']})" for i, row in enumerate(table))
    return Measures(
        re.compile(rf"{rest}(?:{words}){boundary}") if table else re.compile(r"(?!)"),
        words or "(?!)",
        tuple(Unit(row["system"], row["dimension"], row["size"]) for row in table),
        tuple(tuple(Decimal(f) for f in row["factors"].split()) for row in table),
    )


def shared_power(text: str, end: int, shared: re.Pattern[str]) -> int:
    """The power of ten of the scale that ends the list or range going on at ``end``
    (``5 и 7,5 млрд``: 9 for the 5), as ``shared`` reads it (its ``s<power>`` groups); 0 if none."""
    found = shared.match(text, end)
    if not found:
        return 0
    return next((int(name[1:]) for name, part in found.groupdict().items() if part), 0)


def with_power(number: Number, power: int) -> Number:
    """``number`` also read as ``power`` tens more (``3`` of ``3–10 млн`` is also 3 million)."""
    if not power or not isinstance(number.value, Decimal):
        return number
    return replace(number, aliases=number.aliases | {decimal(str(number.value), power)})


# A conversion rounded as a translator sees fit (to one significant figure, at worst) stays
# within half again or a third less of the exact value; a temperature within 3 degrees Celsius.
_ROUNDING = Decimal("1.5")
_DEGREES = 3


def conversions(
    missing: list[Number], extra: list[Number], source: list[Number], target: list[Number]
) -> tuple[list[Number], list[Number]]:
    """``missing`` and ``extra`` without the measures converted between metric and imperial
    units: a source measure and a draft measure that are one (``500 км``, ``300 miles``; ``1 м
    88 см``, ``6 feet 2 inches``), then what is left of a dimension on each side taken as one
    measure. ``source`` and ``target``: each side's measures in words (``half an inch``,
    ``двухметровый``), which may be one measure with a number opposite."""
    left = [_runs([*missing, *source]), _runs([*extra, *target])]
    for run in list(left[1]):
        partner = next((other for other in left[0] if _one_measure(other, run)), None)
        if partner is not None:
            left[0].remove(partner)
            left[1].remove(run)
    kept = [[n for run in side for n in run] for side in left]
    for dimension in {n.unit.dimension for n in kept[0] + kept[1] if n.unit}:
        sides = [[n for n in side if n.unit and n.unit.dimension == dimension] for side in kept]
        if all(sides) and _one_measure(*sides):
            kept = [
                [n for n in side if n not in found] for side, found in zip(kept, sides, strict=True)
            ]
    words = source + target
    return [n for n in kept[0] if n not in words], [n for n in kept[1] if n not in words]


def _runs(found: list[Number]) -> list[list[Number]]:
    """``found`` in measures: a number with the next ones in smaller units of its system and
    dimension (``1 м 82 см``, ``6 feet 6 inches``); each other number alone."""
    runs: list[list[Number]] = []
    for number in found:
        last = runs[-1][-1].unit if runs else None
        unit = number.unit
        if last and unit and last[:2] == unit[:2] and _smaller(unit.size, last.size):
            runs[-1].append(number)
        else:
            runs.append([number])
    return runs


def _smaller(size: str, than: str) -> bool:
    degrees = ("C", "F")
    return size not in degrees and than not in degrees and Decimal(size) < Decimal(than)


def _one_measure(source: list[Number], target: list[Number]) -> bool:
    """Whether ``source`` and ``target``, each a measure in one system, are one measure in two."""
    systems = [{n.unit.system for n in side if n.unit} for side in (source, target)]
    numeric = all(isinstance(n.value, Decimal) and n.unit for n in source + target)
    if not numeric or len(systems[0]) != 1 or len(systems[1]) != 1 or systems[0] == systems[1]:
        return False
    if len({n.unit.dimension for n in source + target}) != 1:
        return False
    a, b = (sum(n.unit.base(n.value) for n in side) for side in (source, target))
    if source[0].unit.dimension == "temperature":  # one reading each: degrees do not add up
        return len(source) == len(target) == 1 and abs(a - b) <= _DEGREES
    return a > 0 and b > 0 and 1 / _ROUNDING <= b / a <= _ROUNDING
