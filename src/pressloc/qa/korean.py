"""Korean numbers and clock times, read by value.

Korean groups digits by 10⁴: ``1,420만`` = 14,200,000, ``3천5백만`` = 35,000,000,
``1억 4천 2백만`` = 142,000,000, ``37만 5,000`` = 375,000. Digits stick to the words
around them (``제47회``, ``2대0``, ``출연한1950년``), so only digits and Latin letters
bound a number. ``10대`` alone is "teenagers", not a number; ``N일`` keeps its ``일`` so
the numbers check can tell a day of the month (Korean news turns "on Sunday" into one).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from .numbers import Measures, with_power
from .values import Number, Unit, decimal, en_value, time_of_day

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
    r"(?:(?P<part>오전|오후|새벽|아침|저녁|밤)\s?)?(?P<h>\d{1,2})시(?!간)"
    r"(?:\s?(?P<m>\d{1,2})분|\s?(?P<half>반))?|"
    r"(?P<part2>오전|오후)\s?(?P<h2>\d{1,2})[.:](?P<m2>\d\d)|"
    r"(?<![\d.,])(?P<h3>[01]?\d|2[0-3]):(?P<m3>[0-5]\d)(?!\d)"
)
_EVENING = ("오후", "저녁", "밤")
# a list or a range before a scale: the 3 of ``3~10억``, the 3천 of ``3천~5천만``
LINK = r"[-–—~∼〜]|,(?=\s)|내지|에서"
_SHARED = re.compile(rf"(?:\s?(?:{LINK})\s?{_NUM}\s?[십백천]*)+(?P<large>[만억조])")
# units written before the number: 화씨 90도 (°F), 섭씨 30도 (°C)
_UNIT_BEFORE = (
    (re.compile(r"화씨\s?$"), Unit("imperial", "temperature", "F")),
    (re.compile(r"섭씨\s?$"), Unit("metric", "temperature", "C")),
)


NUMBER = _NUM


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
    """Clock times (``오후 3시``, ``6시 반``, ``오후 5.30``, ``15:00``), and the text without
    them."""
    found = []
    for match in _TIME.finditer(text):
        hour = int(match["h"] or match["h2"] or match["h3"])
        minute = 30 if match["half"] else int(match["m"] or match["m2"] or match["m3"] or 0)
        if (match["part"] or match["part2"] or "") in _EVENING and hour < 12:
            hour += 12
        found.append(time_of_day(hour, minute, match.group(0).strip()))
    return found, _TIME.sub(" ", text)


def korean_numbers(text: str, measures: Measures) -> list[Number]:
    """Every number of a Korean text by value, clock times first; months are left out. A
    number takes the unit of ``measures`` written after it or before it (화씨 90도)."""
    found, text = times(text)
    text = _TEENS.sub(" ", _MONTH.sub(" ", text))
    for match in _CHAIN.finditer(text):
        number = Number(chain_value(match.group(0)), match.group(0).strip())
        if not re.search("[만억조]", match.group(0)):
            number = _shared(number, match.end(), text)
        found.append(_measured(number, match.start(), match.end(), text, measures))
    # chains blanked, each by as many spaces: a plain number keeps its place in ``text``
    plain = _CHAIN.sub(lambda match: " " * len(match.group(0)), text)
    for match in _PLAIN.finditer(plain):
        power = _SCALES.get(match.group("m") or "", 0)
        read = en_value(match.group("n"), power, match.group(0))
        if match.group("day"):
            read = [Number(n.value, n.text.rstrip(), n.aliases) for n in read]
        if not power:
            read = [_shared(n, match.end(), text) for n in read]
        found += [_measured(n, match.start(), match.end(), plain, measures) for n in read]
    return found


def _shared(number: Number, end: int, text: str) -> Number:
    """``number`` also scaled by the 만, 억 or 조 that ends the list or range it begins."""
    found = _SHARED.match(text, end)
    return with_power(number, _LARGE[found["large"]]) if found else number


def _measured(number: Number, start: int, end: int, text: str, measures: Measures) -> Number:
    marked = measures.mark(number, end, text)
    if marked.unit is not None:
        return marked
    unit = next((unit for before, unit in _UNIT_BEFORE if before.search(text, 0, start)), None)
    return replace(number, unit=unit) if unit else number
