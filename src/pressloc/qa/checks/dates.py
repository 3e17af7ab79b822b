from ..pair import Pair
from ..problem import ERROR
from ..registry import check
from ..words import months
from ._shown import shown


@check("dates", ERROR, "Months differ between source and draft", order=70)
def dates_differ(pair: Pair) -> str | None:
    source, target = months(pair.source, "ru"), months(pair.target, pair.language)
    if source == target:
        return None
    return f"month {shown(map(str, source))} ≠ {shown(map(str, target))}"
