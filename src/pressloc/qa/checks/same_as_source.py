from ..pair import Pair
from ..problem import ERROR
from ..registry import check
from ..script import has_cyrillic


@check("same-as-source", ERROR, "The draft is the Russian source, untranslated", order=10)
def same_as_source(pair: Pair) -> str | None:
    if pair.target.strip() == pair.source.strip() and has_cyrillic(pair.source):
        return "the draft is the Russian source"
    return None
