from ...text import CONTROL
from ..pair import Pair
from ..problem import ERROR
from ..registry import check


@check(
    "control",
    ERROR,
    "The draft holds terminal control or bidirectional override characters",
    order=20,
)
def control_characters(pair: Pair) -> str | None:
    found = dict.fromkeys(CONTROL.findall(pair.target))
    if not found:
        return None
    codes = ", ".join(f"U+{ord(char):04X}" for char in found)
    return f"invisible control characters {codes}; delete them"
