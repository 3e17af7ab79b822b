from ..lang import profile
from ..pair import Pair
from ..problem import ERROR
from ..registry import check


@check("percent", ERROR, "A percentage is on one side only", order=80)
def percent_differs(pair: Pair) -> str | None:
    source, target = profile("ru").has_percent(pair.source), pair.profile.has_percent(pair.target)
    if source == target:
        return None
    return "percent in the source only" if source else "percent in the draft only"
