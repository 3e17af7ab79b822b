import re

from ..pair import Pair
from ..problem import ERROR
from ..registry import check

_SPELT = re.compile(r"[^\W_]")  # a letter or a digit, of any script


@check("no-text", ERROR, "The draft has no words: only punctuation or symbols", order=30)
def no_text(pair: Pair) -> str | None:
    if not _SPELT.search(pair.target) and _SPELT.search(pair.source):
        return "the draft has no words (only punctuation or symbols)"
    return None
