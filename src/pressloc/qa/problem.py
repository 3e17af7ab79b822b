"""What a check reports: one-line problems a reviewer reads beside the entry."""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"
SHOWN = 60  # characters of a quoted part of a text that a problem shows the reviewer


def shortened(text: str) -> str:
    """``text``, cut to ``SHOWN`` characters with an ellipsis when longer."""
    return text if len(text) <= SHOWN else text[: SHOWN - 1].rstrip() + "…"


@dataclass(frozen=True)
class Problem:
    """``numbers: 18,5 ≠ 18.6``: what a reviewer reads beside the entry."""

    check: str
    severity: str
    message: str
