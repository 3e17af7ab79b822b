from .. import layout
from ..pair import Pair
from ..problem import ERROR
from ..registry import check


@check("repetition", ERROR, "A phrase repeats itself (a decoding loop)", order=130)
def repetition(pair: Pair) -> str | None:
    repeated = layout.repeated_phrase(pair.target)
    if repeated and layout.repeated_phrase(pair.source):
        return None  # the source repeats itself too: «Нет, нет, нет»
    return f"repeated “{repeated}”" if repeated else None
