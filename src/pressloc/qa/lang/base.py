"""The profile every language starts from: what the checks may judge without knowing it.

A draft in a language without a profile of its own has its digits read by the English
conventions most drafts' digits follow (``1,500.5``, ``3 p.m.``, ``5 million``); its words,
months and units are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import ClassVar

from ..numbers import (
    Measures,
    dated,
    measures,
    roman_centuries,
    scaled,
    shared_power,
    times,
    with_power,
)
from ..script import HANGUL_SYLLABLE, has_hangul, letters
from ..values import Number, en_value, scan
from ..words import numeric_months

_CLOSING = r"[\s\"'»”“’)\]]*$"  # quotes and brackets after the final mark
STATEMENT_END = re.compile(r"(?<![?])[.!…]+" + _CLOSING)
QUESTION_END = re.compile(r"[?]" + _CLOSING)

__all__ = ["HANGUL_SYLLABLE", "QUESTION_END", "STATEMENT_END", "Profile"]

EN_SCALES = (
    (r"thousand|k\b", 3),
    (r"million|mln\b|m\b", 6),
    (r"billion|bn\b", 9),
    (r"trillion|tn\b", 12),
)
# ``3 p.m.``, ``6.30pm``, ``6:30 a.m.``; ``15:00``
EN_TIMES = re.compile(
    r"(?<![\d.,])(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?(?:\s?[ap]\.?\s?m\b\.?)|"
    r"(?<![\d.,])(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?!\d)",
    re.I,
)


@dataclass(frozen=True)
class Profile:
    """A language's ways, as the checks read them. Subclasses override what they know."""

    code: str

    NUMBER: ClassVar[str] = r"\d+(?:[.,]\d+)*"  # digits, as a regular expression
    SCALES: ClassVar[tuple[tuple[str, int], ...]] = EN_SCALES  # words of scale, powers of ten
    TIMES: ClassVar[re.Pattern[str]] = EN_TIMES  # clock times (see ``numbers.times``)
    # what joins the numbers of a list or a range (a scale or a unit after it counts for each)
    LINK: ClassVar[str] = r"[-–—]|,(?=\s)|\b(?:to|and|or)\b"
    CENTURIES: ClassVar[str] = ""  # words for century: a Roman numeral before one is a number
    UNITS: ClassVar[str] = "en"  # the language of the rows of ``data/units.tsv`` read
    UNIT_START: ClassVar[str] = r"\s?-?"  # between a number and its unit: 6-foot, 30 km
    UNIT_END: ClassVar[str] = r"(?![A-Za-z])"  # what may not follow a unit
    PERCENT: ClassVar[re.Pattern[str]] = re.compile(r"%|per ?cent|percentage", re.I)
    # a foreign name is spelt in Latin letters (the Russian romanised, compared by its consonants,
    # capitals marking names); False: written by its sound in the language's own script (Hangul)
    SPELLS_NAMES: ClassVar[bool] = True
    PARTICLES: ClassVar[bool] = False  # particles are written onto the word before them (은, 의)

    def models(self) -> tuple:
        """Loaders of the models the checks read in a draft of this language, beyond the
        source's (started early by ``run.warm_models``)."""
        return ()

    def numbers(self, text: str) -> list[Number]:
        """Every number of ``text`` by value: the days and years of dates in digits, clock
        times, centuries in Roman numerals, then the digits with what follows them."""
        found, text = dated(text)
        clock, text = times(text, self.TIMES)
        found += clock
        if self.CENTURIES:
            found += roman_centuries(text, self.CENTURIES, self.LINK)
        return found + [
            self.in_context(number, start, end, power, text)
            for number, start, end, power in scan(text, self._scaled, self.read)
        ]

    def read(self, raw: str, power: int, text: str) -> list[Number]:
        """The numbers of ``raw`` digits scaled by ``power`` (``text``: as written)."""
        return en_value(raw, power, text)

    def in_context(self, number: Number, start: int, end: int, power: int, text: str) -> Number:
        """``number`` (``text[start:end]``) with what the words after it say: the scale that ends
        a list or range it begins (``5 and 7.5bn``), its unit of measure (``3 to 6 inches``)."""
        if not power:
            number = with_power(number, shared_power(text, end, self._shared))
        return self.measures.mark(number, end, text)

    @cached_property
    def _scaled(self) -> re.Pattern[str]:
        return scaled(self.NUMBER, self.SCALES)

    @cached_property
    def _rest(self) -> str:
        """The rest of a list or a range after its first number."""
        return rf"(?:\s?(?:{self.LINK})\s?(?:{self.NUMBER}))"

    @cached_property
    def _shared(self) -> re.Pattern[str]:
        scales = "|".join(f"(?P<s{power}>{pattern})" for pattern, power in self.SCALES)
        return re.compile(rf"{self._rest}+[\s-]?(?:{scales})(?![а-яa-z])", re.I)

    @cached_property
    def measures(self) -> Measures:
        """The units of measure of this language, as found after a number."""
        return measures(self.UNITS, self._rest + "*" + self.UNIT_START, self.UNIT_END)

    def measures_in_words(self, text: str) -> list[Number]:
        """The measures written in words (``half an inch``, ``двухметровый``) by value."""
        return []

    def number_words(self, text: str) -> set[int]:
        """Values written as words (``ten``, ``десяти``, ``열``): they excuse a digit opposite."""
        return set()

    def months(self, text: str) -> set[int]:
        """Months named in ``text`` as numbers 1–12, and those of dates in digits."""
        return numeric_months(text)

    def has_percent(self, text: str) -> bool:
        return bool(self.PERCENT.search(text))

    def wrong_script(self, source: str, target: str) -> str | None:
        """Why ``target`` is not written in this language's script, or None."""
        if letters(target) and has_hangul(target):
            return "Hangul in a non-Korean draft"
        return None

    def unfinished(self, source: str, target: str) -> str | None:
        """The last word of a draft when the sentence cannot end there, for a source that ends
        as a statement (``.`` or ``!``); None otherwise."""
        target = target.strip()
        if not STATEMENT_END.search(source.strip()) or QUESTION_END.search(target):
            return None
        return self.cut_off(target)

    def cut_off(self, target: str) -> str | None:
        """The last word of ``target`` if no sentence of this language ends in it."""
        return None
