from .. import layout
from ..pair import Pair
from ..problem import WARNING
from ..registry import check


@check("brackets", WARNING, "Quotes or brackets are unbalanced", order=190)
def unbalanced(pair: Pair) -> str | None:
    marks = layout.unbalanced_marks(pair.source, pair.target)
    return f"unbalanced {marks} unlike the source" if marks else None
