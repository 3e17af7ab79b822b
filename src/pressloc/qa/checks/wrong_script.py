from ..pair import Pair
from ..problem import ERROR
from ..registry import check


@check("wrong-script", ERROR, "The draft is not in the target language's script", order=40)
def wrong_script(pair: Pair) -> str | None:
    return pair.profile.wrong_script(pair.source, pair.target)
