from ..pair import Pair
from ..problem import ERROR
from ..registry import check


@check(
    "unfinished",
    ERROR,
    "The draft stops mid-sentence (Korean with no final ending, English "
    "ending in «the», «and», «to»...)",
    order=160,
)
def unfinished(pair: Pair) -> str | None:
    last = pair.profile.unfinished(pair.source, pair.target)
    return f"the draft ends in «{last}», which cannot end a sentence: cut off?" if last else None
