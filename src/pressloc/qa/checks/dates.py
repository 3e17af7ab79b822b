from ..lang import profile
from ..pair import Pair
from ..problem import ERROR
from ..registry import check
from ._shown import shown


@check("dates", ERROR, "Months differ between source and draft", order=70)
def dates_differ(pair: Pair) -> str | None:
    source, target = profile("ru").months(pair.source), pair.profile.months(pair.target)
    if source == target:
        return None
    return f"month {shown(map(str, source))} ≠ {shown(map(str, target))}"
