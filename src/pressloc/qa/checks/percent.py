from ..pair import Pair
from ..problem import ERROR
from ..registry import check
from ..words import has_percent


@check("percent", ERROR, "A percentage is on one side only", order=80)
def percent_differs(pair: Pair) -> str | None:
    source, target = has_percent(pair.source, "ru"), has_percent(pair.target, pair.language)
    if source == target:
        return None
    return "percent in the source only" if source else "percent in the draft only"
