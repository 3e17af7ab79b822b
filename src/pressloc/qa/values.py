"""A number as written and read, and the readers of digit strings shared by every language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

SPACE = "[ \u00a0\u2009\u202f]"  # space, no-break, thin and narrow no-break spaces group digits


class Unit(NamedTuple):
    """A unit of measure as the numbers check compares it: its system (``metric``,
    ``imperial``), what it measures (``length``, ``mass``, ``area``...) and its size in the
    dimension's base unit (``0.0254`` for an inch; ``C`` or ``F`` for a degree)."""

    system: str
    dimension: str
    size: str

    def base(self, value: Decimal) -> Decimal:
        """``value`` of this unit in the base unit (degrees Celsius for a temperature)."""
        if self.size == "F":
            return (value - 32) * 5 / 9
        return value if self.size == "C" else value * Decimal(self.size)


@dataclass(frozen=True)
class Number:
    """A number as written (``text``) and read (``value``); ``aliases`` are other exact
    readings (``15:00`` is also 3 o'clock, ``30-е`` also 1930), ``approx`` unit
    conversions (``25 см`` ≈ 10 inches), ``parts`` the groups of ``0800 555 111``;
    ``unit``: the unit of measure written after it (``22 kg``: metric mass), if any."""

    value: Decimal | str
    text: str
    aliases: frozenset = frozenset()
    approx: tuple[Decimal, ...] = ()
    parts: tuple[Decimal, ...] = ()
    unit: Unit | None = None

    @property
    def metric(self) -> bool:
        """Written with a metric unit after it (``22 kg``): a draft's such number converts
        nothing."""
        return self.unit is not None and self.unit.system == "metric"

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


def time_of_day(hour: int, minute: int, text: str) -> Number:
    """A clock time: its 12-hour face (``t3:00``), also read as its bare hour, so that ``7 утра``
    matches ``7 a.m.`` and ``15:00`` matches ``3 p.m.``."""
    aliases = frozenset({Decimal(hour), Decimal(hour % 12 or 12), Decimal(hour % 12 + 12)})
    return Number(f"t{hour % 12}:{minute:02d}", text, aliases)


_DOTTED_TIME = re.compile(r"([01]?\d|2[0-3])\.([0-5]\d)")


def _dotted_time(raw: str) -> frozenset:
    """``18.30`` and ``6.30`` may be times of day (Russian and British write them so): their
    clock face, as a reading besides the decimal."""
    found = _DOTTED_TIME.fullmatch(raw)
    return frozenset({f"t{int(found[1]) % 12}:{found[2]}"}) if found else frozenset()


def decimal(digits: str, power: int = 0) -> Decimal:
    try:
        return (Decimal(digits) * Decimal(10) ** power).normalize()
    except InvalidOperation:
        return Decimal(0)


def scan(text: str, pattern: re.Pattern[str], read) -> list[tuple[Number, int, int, int]]:
    """``(number, start, end, power)`` for each match of ``pattern``: its ``n`` group read by
    ``read`` with the power of ten its ``s<power>`` group names (``млн`` → 6; 0 if none)."""
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
        found.extend((n, match.start(), match.end(), power) for n in read_numbers)
    return found


def ru_value(raw: str, power: int, text: str) -> list[Number]:
    plain = re.sub(SPACE, "", raw)
    if len(re.findall(r"[.,]", plain)) > 1:
        return [Number(plain, text)]
    groups = re.split(SPACE, raw)
    parts = tuple(decimal(g) for g in groups) if len(groups) > 1 and "," not in raw else ()
    clock = _dotted_time(raw) if not power else frozenset()
    return [Number(decimal(plain.replace(",", "."), power), text, clock, parts=parts)]


def en_value(raw: str, power: int, text: str) -> list[Number]:
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
        return [_scaled(decimal(raw.replace(",", ""), power), text, power)]
    if raw.count(".") > 1 or ("." in raw and "," in raw):
        return [Number(raw, text)]
    if "," in raw:
        return [Number(decimal(part), part) for part in raw.split(",")]
    if not power:
        return [Number(decimal(raw), text, _dotted_time(raw))]
    return [_scaled(decimal(raw, power), text, power)]


def _scaled(value: Decimal, text: str, power: int) -> Number:
    """``30m`` is 30 million in a headline, 30 metres in a report: both readings."""
    if power == 6 and re.search(r"\dm$", text.replace(" ", "")):
        return Number(value, text, frozenset({(value / 10**6).normalize()}))
    return Number(value, text)
