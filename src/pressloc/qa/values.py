"""A number as written and read, and the readers of digit strings shared by every language."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

SPACE = "[ \u00a0\u2009\u202f]"  # space, no-break, thin and narrow no-break spaces group digits


@dataclass(frozen=True)
class Number:
    """A number as written (``text``) and read (``value``); ``aliases`` are other exact
    readings (``15:00`` is also 3 o'clock, ``30-е`` also 1930), ``approx`` unit
    conversions (``25 см`` ≈ 10 inches), ``parts`` the groups of ``0800 555 111``;
    ``metric``: written with a metric unit after it (``22 kg``), so it converts nothing."""

    value: Decimal | str
    text: str
    aliases: frozenset = frozenset()
    approx: tuple[Decimal, ...] = ()
    parts: tuple[Decimal, ...] = ()
    metric: bool = False

    def readings(self) -> set:
        return {self.value, *self.aliases}

    def near(self, value: Decimal | str) -> bool:
        if not isinstance(value, Decimal):
            return False
        return any(abs(value - a) <= abs(a) * Decimal("0.03") + Decimal("0.5") for a in self.approx)


def same(a: Number, b: Number) -> bool:
    """Whether two numbers, one per language, may be the same quantity."""
    if isinstance(a.value, str) and isinstance(b.value, str):
        return a.value == b.value  # clock faces, identifiers: as written
    return (
        bool(a.readings() & b.readings())
        or (a.near(b.value) and not b.metric)
        or (b.near(a.value) and not a.metric)
    )


# A metric unit after a number of a draft: the number is in the source's units, not converted.
METRIC = re.compile(
    r"\s?(?:km/h|km|kilomet\w*|cm|centimet\w*|mm|millimet\w*|met(?:er|re)s?|kg|kilogram\w*|"
    r"tonnes?|ha|hectares?|lit(?:er|re)s?|킬로미터|킬로그램|센티미터|밀리미터|미터|톤|헥타르|리터)(?![A-Za-z])"
)


def with_unit(number: Number, end: int, text: str) -> Number:
    """``number`` marked ``metric`` when a metric unit follows it in ``text`` at ``end``."""
    return replace(number, metric=True) if METRIC.match(text, end) else number


def decimal(digits: str, power: int = 0) -> Decimal:
    try:
        return (Decimal(digits) * Decimal(10) ** power).normalize()
    except InvalidOperation:
        return Decimal(0)


def scan(text: str, pattern: re.Pattern[str], read) -> list[tuple[Number, int]]:
    """``(number, end)`` for each match of ``pattern``: its ``n`` group read by ``read`` with
    the power of ten its ``s<power>`` group names (``млн`` → 6)."""
    found = []
    for match in pattern.finditer(text):
        power = next(
            (
                int(name[1:])
                for name, part in match.groupdict().items()
                if name.startswith("s") and part
            ),
            0,
        )
        read_numbers = read(match.group("n"), power, match.group(0).strip())
        found.extend((n, match.end()) for n in read_numbers)
    return found


def ru_value(raw: str, power: int, text: str) -> list[Number]:
    plain = re.sub(SPACE, "", raw)
    if len(re.findall(r"[.,]", plain)) > 1:
        return [Number(plain, text)]
    groups = re.split(SPACE, raw)
    parts = tuple(decimal(g) for g in groups) if len(groups) > 1 and "," not in raw else ()
    return [Number(decimal(plain.replace(",", "."), power), text, parts=parts)]


def en_value(raw: str, power: int, text: str) -> list[Number]:
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
        return [_scaled(decimal(raw.replace(",", ""), power), text, power)]
    if raw.count(".") > 1 or ("." in raw and "," in raw):
        return [Number(raw, text)]
    if "," in raw:
        return [Number(decimal(part), part) for part in raw.split(",")]
    return [_scaled(decimal(raw, power), text, power)]


def _scaled(value: Decimal, text: str, power: int) -> Number:
    """``30m`` is 30 million in a headline, 30 metres in a report: both readings."""
    if power == 6 and re.search(r"\dm$", text.replace(" ", "")):
        return Number(value, text, frozenset({(value / 10**6).normalize()}))
    return Number(value, text)
