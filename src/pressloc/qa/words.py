"""Words with a fixed meaning across languages: number words, months, percent.

Number words excuse a digit on the other side (``ten years`` for ``10 лет``); months and
percent signs are compared as sets, whatever the numbers around them. The words of each
language are its profile's (``qa/lang/``) and the tables of ``qa/data/`` (``number-words.tsv``,
``months.tsv``); this module holds what the profiles share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .tables import rows

_MULTIPLIERS = (10, 100, 1000, 10**6, 10**9)


def number_words(text: str, language: str) -> set[int]:
    """Values written as words (``ten``, ``десяти``, ``열``, ``сорока восьми`` → 48,
    ``two decades`` → 20): they excuse a digit opposite."""
    from .lang import profile

    return profile(language).number_words(text)


def months(text: str, language: str) -> set[int]:
    """Months named in ``text`` as numbers 1–12 (``мая``, ``May``, ``5월`` → 5), and the months
    of dates written in digits (``12.03.2025``, ``2025-03-12``, ``2025. 3. 12.`` → 3)."""
    from .lang import profile

    return profile(language).months(text)


def has_percent(text: str, language: str) -> bool:
    from .lang import profile

    return profile(language).has_percent(text)


TOKEN = re.compile(r"[^\W\d_]+")  # a word of letters


def spelt_numbers(text: str, language: str, vague_words: Sequence[str]) -> set[int]:
    """The values of the number words of ``text`` in ``language`` (``data/number-words.tsv``),
    combined (:func:`combined`), and of its ``vague_words`` (``decades``: :func:`vague`)."""
    table = word_table(language)
    return combined([word_value(w, table) for w in TOKEN.findall(text)]) | vague(text, vague_words)


@cache
def word_table(language: str) -> dict[int, re.Pattern[str]]:
    """Value → the pattern of its words in ``language`` (``data/number-words.tsv``)."""
    table: dict[int, list[str]] = {}
    for row in rows("number-words"):
        if row["language"] == language:
            table.setdefault(int(row["value"]), []).append(row["words"])
    return {value: re.compile(f"(?:{'|'.join(words)})", re.I) for value, words in table.items()}


def word_value(word: str, table: dict[int, re.Pattern[str]]) -> int | None:
    """The value of ``word`` (the highest, if several read it), or None."""
    return max((v for v, pattern in table.items() if pattern.fullmatch(word)), default=None)


def combined(sequence: Sequence[int | None]) -> set[int]:
    """The values of a sequence of word values, a word's None between: tens or hundreds and a
    unit add up (сорок восемь, сто пять), a unit times a scale multiplies (два миллиона); a
    scale and a unit stay apart (1,7 миллионами четыре года назад: 4)."""
    found, skip = set(), False
    for a, b in zip(sequence, [*sequence[1:], None], strict=False):
        if skip or a is None:
            skip = False
            continue
        skip = bool(
            b and ((10 <= a < 1000 and a % 10 == 0 and b < 10) or (a < 10 and b in _MULTIPLIERS))
        )
        found.add((a + b if a >= 10 else a * b) if skip else a)
    return found


def vague(text: str, patterns: Sequence[str]) -> set[int]:
    """ "Decades", "dozens", "수십": any round number of that size (``patterns``: the words for
    tens, hundreds and thousands), as a translation may say "decades ago" for "30 лет назад"."""
    found = set()
    for size, pattern in zip((10, 100, 1000), patterns, strict=False):
        if re.search(rf"(?<!\w){pattern}", text, re.I):
            found |= {size * k for k in range(2, 10)}
    return found


@cache
def month_names(language: str) -> tuple[tuple[int, str, str], ...]:
    """``(month, nouns, adjectives)`` of ``language`` (``data/months.tsv``), patterns."""
    return tuple(
        (int(row["month"]), row["noun"], row["adjective"])
        for row in rows("months")
        if row["language"] == language
    )


# A date in digits, day first with dots (``12.03.2025``: Russian and European) or year first
# (``2025-03-12``, Korean ``2025. 3. 12.`` and ``2025.03.12``); slashes are left alone (US and
# British writers order them differently).
_NUMERIC_DATE = re.compile(
    r"(?<![\d.,])(?:(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>(?:19|20)\d{2})"
    r"|(?P<y2>(?:19|20)\d{2})(?:-|\.\s?)(?P<m2>0?[1-9]|1[0-2])(?:-|\.\s?)(?P<d2>0?[1-9]|[12]\d|3[01])\.?)(?!\d)"
)


def numeric_dates(text: str) -> tuple[list[tuple[int, int, int]], str]:
    """``(day, month, year)`` of each date written in digits, and ``text`` without them."""
    found = [
        (
            int(m.group("d") or m.group("d2")),
            int(m.group("m") or m.group("m2")),
            int(m.group("y") or m.group("y2")),
        )
        for m in _NUMERIC_DATE.finditer(text)
    ]
    return found, _NUMERIC_DATE.sub(" ", text)


def numeric_months(text: str) -> set[int]:
    """The months of the dates written in digits of ``text``."""
    return {month for _, month, _ in numeric_dates(text)[0]}
