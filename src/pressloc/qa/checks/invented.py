from ..meaning import unrelated_sentence
from ..pair import Pair
from ..problem import ERROR, shortened
from ..registry import check


@check(
    "invented",
    ERROR,
    "A sentence of the draft says nothing the source says: text added?",
    order=170,
    needs=("embeddings",),
)
def invented(pair: Pair) -> str | None:
    sentence = unrelated_sentence(pair.source, pair.target, pair.language)
    return (
        f"a sentence renders nothing of the source: «{shortened(sentence)}»" if sentence else None
    )
