from ..names import lower_cased, missing_names
from ..pair import Pair
from ..problem import WARNING
from ..pronouns import by_pronoun
from ..registry import check
from ._shown import shown


@check(
    "names",
    WARNING,
    "A proper name of the source has no rendering",
    order=120,
    languages=("en", "ko"),
    needs=("names",),
)
def names_present(pair: Pair) -> str | None:
    missing = missing_names(pair.source, pair.target, pair.language)
    lost = by_pronoun(pair.source, pair.target, pair.language, missing, pair.context)
    if not lost:
        return None
    lower = lower_cased(pair.source, pair.target, pair.language, lost)
    cased = f" (in lower case: {shown(lower.values())})" if lower else ""
    return f"no rendering of {shown(lost)}{cased}"
