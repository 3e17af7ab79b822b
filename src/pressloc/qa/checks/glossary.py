from ..pair import Pair
from ..problem import ERROR
from ..registry import check
from ._shown import shown


@check("glossary", ERROR, "A glossary term is not rendered as the glossary says", order=110)
def glossary_terms(pair: Pair) -> str | None:
    if pair.glossary is None:
        return None
    lost = set()
    for match in pair.glossary.find(pair.source):
        rendering = pair.glossary.target(match.term, pair.language)
        if rendering and rendering not in pair.target:
            lost.add(f"{match.term.ru} → {rendering}")
    return f"missing {shown(lost)}" if lost else None
