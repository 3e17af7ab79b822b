"""Korean numbers and clock times, read by value.

Korean groups digits by 10⁴: ``1,420만`` = 14,200,000, ``3천5백만`` = 35,000,000,
``1억 4천 2백만`` = 142,000,000, ``37만 5,000`` = 375,000. Digits stick to the words
around them (``제47회``, ``2대0``, ``출연한1950년``), so only digits and Latin letters
bound a number. ``10대`` alone is "teenagers", not a number; ``N일`` keeps its ``일`` so
the numbers check can tell a day of the month (Korean news turns "on Sunday" into one).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .values import Number, decimal, en_value, with_unit

_SMALL = {"십": 1, "백": 2, "천": 3}
_LARGE = {"만": 4, "억": 8, "조": 12}
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_TOKEN = re.compile(rf"({_NUM})?\s?([십백천만억조]*)")
_CHAIN = re.compile(
    rf"(?<![\d.,A-Za-z])(?:{_NUM}\s?[십백천만억조]+\s?)+(?:{_NUM}(?![\d.,년월일시]))?"
)
_MONTH = re.compile(r"(?<![\d.,])\d{1,2}\s?월")
_TEENS = re.compile(r"(?<![\d.,])10대(?!\s?\d)")
_PLAIN = re.compile(rf"(?<![\d.,A-Za-z])(?P<n>{_NUM})(?P<day>일)?(?:\s?(?P<m>m|bn|k)\b)?")
_SCALES = {"m": 6, "bn": 9, "k": 3}
_TIME = re.compile(
    r"(?:(오전|오후|새벽|아침|저녁|밤)\s?)?(\d{1,2})시(?!간)(?:\s?(\d{1,2})분)?|"
    r"(오전|오후)\s?(\d{1,2})[.:](\d\d)|(?<![\d.,])([01]?\d|2[0-3]):([0-5]\d)(?!\d)"
)


def chain_value(span: str) -> Decimal:
    """The value of a chain of digits and Korean units (``3천5백만`` → 35000000)."""
    total = group = Decimal(0)
    for digits, units in _TOKEN.findall(span):
        if not digits and not units:
            continue
        value = decimal(digits.replace(",", "")) if digits else Decimal(1)
        for unit in units:
            if unit in _SMALL:
                value *= Decimal(10) ** _SMALL[unit]
            else:
                total += (group + value) * Decimal(10) ** _LARGE[unit]
                group = value = Decimal(0)
        group += value
    return (total + group).normalize()


def times(text: str) -> tuple[list[Number], str]:
    """Clock times (``오후 3시``, ``오후 5.30``, ``15:00``) and the text without them."""
    found = []
    for match in _TIME.finditer(text):
        groups = match.groups()
        hour, minute = next((groups[i], groups[i + 1]) for i in (1, 4, 6) if groups[i])
        hour, minute = int(hour), int(minute or 0)
        if (groups[0] or groups[3] or "") in ("오후", "저녁", "밤") and hour < 12:
            hour += 12
        aliases = frozenset({Decimal(hour), Decimal(hour % 12 or 12), Decimal(hour % 12 + 12)})
        found.append(Number(f"t{hour % 12}:{minute:02d}", match.group(0).strip(), aliases))
    return found, _TIME.sub(" ", text)


def korean_numbers(text: str) -> list[Number]:
    """Every number of a Korean text by value, clock times first; months are left out."""
    found, text = times(text)
    text = _TEENS.sub(" ", _MONTH.sub(" ", text))
    found += [Number(chain_value(m.group(0)), m.group(0).strip()) for m in _CHAIN.finditer(text)]
    plain = _CHAIN.sub(" ", text)
    for match in _PLAIN.finditer(plain):
        read = en_value(match.group("n"), _SCALES.get(match.group("m") or "", 0), match.group(0))
        if match.group("day"):
            read = [Number(n.value, n.text.rstrip(), n.aliases) for n in read]
        found += [with_unit(n, match.end(), plain) for n in read]
    return found
