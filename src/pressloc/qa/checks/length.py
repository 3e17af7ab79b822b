from ..length import added_text
from ..pair import Pair
from ..problem import WARNING
from ..registry import check


@check("length", WARNING, "The draft is longer than human translations are: text added?", order=180)
def length_ratio(pair: Pair) -> str | None:
    return added_text(pair.source, pair.target, pair.language)
