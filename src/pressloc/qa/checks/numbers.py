import re
from decimal import Decimal

from ..lang import profile
from ..numbers import Number, conversions, unmatched
from ..pair import Pair
from ..problem import ERROR
from ..registry import check
from ._shown import shown

_WEEKDAY = re.compile(r"понедельник|вторник|\bсред[аыу]\b|четверг|пятниц|суббот|воскрес[ен]", re.I)
_GLOSS = re.compile(r"\(\s?(\d[\d.,]*)\s?[^\W\d]{1,12}\)")
_SCORE = r"\d\s?[-:&/]\s?{0}(?!\d)|(?<!\d){0}\s?[-:&/]\s?\d"
SALIENT = 2


@check("numbers", ERROR, "Numbers differ in value between source and draft", order=60)
def numbers_differ(pair: Pair) -> str | None:
    source, target, russian = pair.source_numbers, pair.target_numbers, profile("ru")
    source_words = _as_numbers(russian.number_words(pair.source))
    target_words = _as_numbers(pair.profile.number_words(pair.target))
    missing, _ = unmatched(source, target + target_words)
    _, extra = unmatched(source + source_words, target)
    lost_words, _ = unmatched(source_words, target + target_words)
    extra = [n for n in extra if not _minor(n, pair, counts=not lost_words)]
    if missing or extra:  # measures converted between metric and imperial units
        in_words = (
            russian.measures_in_words(pair.source),
            pair.profile.measures_in_words(pair.target),
        )
        missing, extra = conversions(missing, extra, *in_words)
    if not missing and not extra:
        return None
    return f"{shown({n.text for n in missing})} ≠ {shown({n.text for n in extra})}"


def _minor(number: Number, pair: Pair, counts: bool) -> bool:
    """An added number no reviewer needs: a unit conversion in brackets (``six meters
    (18 feet)``), the day of the month Korean news writes for a weekday (``в субботу`` →
    ``25일``), or, when ``counts`` (no number word of the source is lost), a small count
    (``a week`` → ``1주일``) that is not part of a score (``2-1``)."""
    if any(number.text == gloss for gloss in _GLOSS.findall(pair.target)):
        return True
    if number.text.endswith("일") and _WEEKDAY.search(pair.source):
        return True
    value = number.value
    if not counts or not isinstance(value, Decimal) or value != value.to_integral_value():
        return False
    return value <= SALIENT and not re.search(_SCORE.format(re.escape(number.text)), pair.target)


def _as_numbers(values: set[int]) -> list[Number]:
    return [Number(Decimal(v), str(v)) for v in values]
