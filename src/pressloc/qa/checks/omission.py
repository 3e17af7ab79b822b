from ..omission import omission_verdict
from ..pair import Pair
from ..problem import WARNING
from ..registry import check


@check(
    "omission",
    WARNING,
    "Text seems left out: the draft is short, or reads like part of the source",
    order=140,
    needs=("embeddings",),
)
def omission(pair: Pair) -> str | None:
    return omission_verdict(pair.source, pair.target, pair.language)
