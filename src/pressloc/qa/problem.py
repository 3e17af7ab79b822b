"""What a check is and what it reports: a named, declared function and its one-line problems."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .glossary import Glossary

ERROR = "error"
WARNING = "warning"
SHOWN = 60  # characters of a quoted part of a text that a problem shows the reviewer


def shortened(text: str) -> str:
    """``text``, cut to ``SHOWN`` characters with an ellipsis when longer."""
    return text if len(text) <= SHOWN else text[: SHOWN - 1].rstrip() + "…"


@dataclass(frozen=True)
class Pair:
    """One source sentence, its draft translation and what the checks need to judge it:
    the ``glossary``, and the ``context``, the source sentences just before this one in its
    release (a pronoun may stand for a person they name)."""

    source: str
    target: str
    language: str
    glossary: Glossary | None = None
    context: tuple[str, ...] = ()


@dataclass(frozen=True)
class Problem:
    """``numbers: 18,5 ≠ 18.6``: what a reviewer reads beside the entry."""

    check: str
    severity: str
    message: str


@dataclass(frozen=True)
class Check:
    """A declared check: ``function(pair)`` returns a short detail, or None when all is well."""

    name: str
    severity: str
    title: str
    function: Callable[[Pair], str | None]

    def __call__(self, pair: Pair) -> Problem | None:
        detail = self.function(pair)
        if detail is None:
            return None
        return Problem(self.name, self.severity, f"{self.name}: {detail}")
