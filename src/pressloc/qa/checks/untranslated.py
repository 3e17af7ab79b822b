from ..pair import Pair
from ..problem import ERROR
from ..registry import check
from ..script import CYRILLIC_WORD
from ._shown import shown


@check("untranslated", ERROR, "Cyrillic words are left in the draft", order=50)
def untranslated(pair: Pair) -> str | None:
    left = CYRILLIC_WORD.findall(pair.target)
    return f"Russian left in the draft: {shown(set(left))}" if left else None
