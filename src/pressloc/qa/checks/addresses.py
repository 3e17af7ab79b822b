import re

from ..pair import Pair
from ..problem import ERROR
from ..registry import check
from ._shown import shown

_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>«»\"]+[\w/]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@check("addresses", ERROR, "URLs or e-mail addresses of the source are missing", order=100)
def addresses_lost(pair: Pair) -> str | None:
    lost = {address for address in _ADDRESS.findall(pair.source) if address not in pair.target}
    return f"missing {shown(lost)}" if lost else None
