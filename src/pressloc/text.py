"""Small facts about text that several stages share."""

from __future__ import annotations

import re

# Terminal controls (ESC, BEL…) and bidirectional embeddings, overrides and isolates (U+202E):
# invisible in a PO editor, they ring, recolour a terminal, or show text in another order than
# it is written. Tab and line ends are not among them (build folds them into spaces).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` without :data:`CONTROL` characters."""
    return CONTROL.sub("", text)
