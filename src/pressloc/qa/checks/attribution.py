from ..attribution import dropped_attribution
from ..pair import Pair
from ..problem import WARNING
from ..registry import check


@check(
    "attribution",
    WARNING,
    "The source says who said it (сказал он, по словам); the draft does not",
    order=150,
)
def attribution(pair: Pair) -> str | None:
    said = dropped_attribution(pair.source, pair.target, pair.language)
    return f"who said it is not rendered: «{said}»" if said else None
