"""Whole-sentence adequacy: whether the draft, read as a whole, says what the source says.

The source and the draft are embedded in one multilingual space (``encoder``); human
translations lie close to their source, while a garbled draft, or a fluent sentence about
something else (a model's hallucination, the worst way it fails because it reads well), lies
far from it. The limit is the cosine below which a small share of human translations fall,
fitted apart for short sources (whose embeddings say less) and long ones
(``data/fitted.json``). For a draft pivoted through English, the English is evidence too: a
pivot that reads unlike the source dooms the draft made from it.
"""

from ..encoder import similarity
from ..fitted import constants
from ..pair import Pair
from ..problem import ERROR
from ..registry import check
from ..script import WORD


@check(
    "adequacy",
    ERROR,
    "The draft as a whole reads unlike the source: garbled, or another sentence?",
    order=55,
    needs=("embeddings",),
)
def adequacy(pair: Pair) -> str | None:
    words = len(WORD.findall(pair.source))
    limit = _limit(pair.language, words)
    if limit is not None:
        score = similarity(pair.source, pair.target)
        if score < limit:
            return (
                f"the draft reads unlike the source ({score:.2f} < {limit:.2f}): garbled, "
                "or another sentence?"
            )
    pivot_limit = _limit("en", words)
    if pair.pivot and pivot_limit is not None:
        score = similarity(pair.source, pair.pivot)
        if score < pivot_limit:
            return f"its English pivot reads unlike the source ({score:.2f} < {pivot_limit:.2f})"
    return None


def _limit(language: str, words: int) -> float | None:
    """The cosine limit for a source of ``words`` words in ``language``; None if none was fitted."""
    fitted = constants("adequacy", language)
    if fitted is None:
        return None
    return fitted["short"] if words <= fitted["short_words"] else fitted["long"]
