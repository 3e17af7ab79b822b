"""English drafts."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from ..script import CYRILLIC, LATIN, letters
from ..tables import words
from ..values import Number, Unit
from ..words import month_names, numeric_months, spelt_numbers, word_table, word_value
from .base import Profile

_LAST = re.compile(r"([A-Za-z]+)('s)?(?=[^\w]*$)")
_VAGUE = (r"decades|dozens|tens", r"hundreds", r"thousands")

# "May" is also the modal verb and a name (Theresa May, Mrs May): the month beside a day or a
# year, after a word of time (in, by, since, early, mid-...) or beside another month, unless a
# capitalised word (a first name, a title) stands just before it.
_MAY = re.compile(r"(?<!\w)May(?![\w-])")
_TIME_WORDS = "in|on|by|since|until|till|of|early|late|mid|from|to|through|during|last|next|this"
_DAY_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?(?:\s+of)?\s+$")
_WORD_BEFORE = re.compile(rf"(?i:\b(?:{_TIME_WORDS}))[\s-]+$")
_NUMBER_AFTER = re.compile(r"\s+\d")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.’']*\s+$")  # a capitalised word: a first name, a title
# the feet-and-inches of a height: the 2 of ``6-foot-2``, ``6 ft 2``
_INCHES = re.compile(r"(?:foot|feet|ft)[\s-]?$")
_INCH = Unit("imperial", "length", "0.0254")
# a measure in words: ``half an inch``, ``a mile``, ``six feet``
_QUANTITY = r"\b(?:an?|half(?:\s+an?)?|quarter(?:\s+of)?(?:\s+an?)?|[a-z]+)[\s-]+"
_FRACTIONS = {"a": 1, "an": 1, "half": 0.5, "quarter": 0.25}


@dataclass(frozen=True)
class English(Profile):
    CENTURIES = r"centur(?:y|ies)\b|millenni(?:um|a)\b"

    def wrong_script(self, source: str, target: str) -> str | None:
        found = super().wrong_script(source, target)
        if found or not letters(target):
            return found
        latin = len(LATIN.findall(target))  # Cyrillic is the untranslated check's
        if letters(CYRILLIC.sub("", target)) - latin > latin:
            return "an English draft mostly in another script"
        return None

    def cut_off(self, target: str) -> str | None:
        """An article, a conjunction... (``data/en-open-words.txt``: no English sentence ends
        in one) ``the``, ``and``... or a lower-case possessive (``region's``; ``McDonald's`` is a
        name) as the last word; matched case-sensitively, so the grade ``an A.`` ends well."""
        last = _LAST.search(target)
        if last is None:
            return None
        word, possessive = last.groups()
        if possessive:
            return last.group(0) if word.islower() else None
        return word if word in words("en-open-words") else None

    def number_words(self, text: str) -> set[int]:
        return spelt_numbers(text, "en", _VAGUE)

    def months(self, text: str) -> set[int]:
        found = numeric_months(text) | {m for m, pattern in _months() if pattern.search(text)}
        return found | ({5} if any(_is_month(text, may) for may in _MAY.finditer(text)) else set())

    def in_context(self, number: Number, start: int, end: int, power: int, text: str) -> Number:
        """Also the inches of a height in feet and inches (the 2 of ``6-foot-2``)."""
        number = super().in_context(number, start, end, power, text)
        if number.unit is None and _INCHES.search(text, 0, start):
            return replace(number, unit=_INCH)
        return number

    def measures_in_words(self, text: str) -> list[Number]:
        """A unit after a number word, an article or a fraction: ``half an inch``, ``six feet``."""
        found = []
        for match in _measure_words(self.measures.words).finditer(text):
            words = match.group("q").lower().split()
            value = _FRACTIONS.get(words[0]) or word_value(words[0], word_table("en"))
            if value is not None:
                unit = self.measures.units[int(match.lastgroup[1:])]
                found.append(Number(Decimal(str(value)), match.group(0), unit=unit))
        return found


@cache
def _months() -> tuple[tuple[int, re.Pattern[str]], ...]:
    return tuple((m, re.compile(rf"(?<!\w)(?:{noun})(?!\w)")) for m, noun, _ in month_names("en"))


def _is_month(text: str, may: re.Match[str]) -> bool:
    """Whether this "May" is the month (see ``_MAY``)."""
    before, after = text[: may.start()], text[may.end() :]
    if _DAY_BEFORE.search(before) or _NUMBER_AFTER.match(after):
        return True
    if after.startswith(("'s", "’s")):
        return False
    if _WORD_BEFORE.search(before):
        return True
    if _NAME_BEFORE.search(before):
        return False
    return any(
        re.search(rf"(?:{noun})\s*(?:and|or|to|through|[-–—/,])\s*$", before)
        or re.match(rf"\s*(?:and|or|to|through|[-–—/,])\s*(?:{noun})", after)
        for _, noun, _ in month_names("en")
    )


@cache
def _measure_words(units: str) -> re.Pattern[str]:
    """A quantity in words and one of ``units``: ``half an inch``, ``six feet``."""
    return re.compile(rf"(?P<q>{_QUANTITY})(?:{units})(?![A-Za-z])")


PROFILE = English("en")
