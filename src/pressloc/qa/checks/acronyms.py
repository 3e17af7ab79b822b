import re

from ..exonyms import rendered
from ..pair import Pair
from ..problem import ERROR
from ..registry import check
from ._shown import shown

ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Za-z0-9&]*[A-Z0-9](?:-[A-Z0-9]+)*(?![\w])")
_ROMAN = re.compile(r"M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})")  # II → 2nd, 제2차


@check("acronyms", ERROR, "Latin acronyms or names of the source are missing", order=90)
def acronyms_lost(pair: Pair) -> str | None:
    lost = {
        acronym
        for acronym in ACRONYM.findall(pair.source)
        if not _ROMAN.fullmatch(acronym) and not rendered(acronym, pair.target, pair.language)
    }
    return f"missing {shown(lost)}" if lost else None
