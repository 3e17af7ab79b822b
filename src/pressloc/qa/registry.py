"""Checks are declared where they are written, in the manner of Babel's checkers: a module of
``qa/checks/`` decorates its function with :func:`check`, giving its name, severity, title,
the languages it reads (None: any) and the analyses it needs of a :class:`Pair`. ``CHECKS``
is the ordered list of them all, found by importing the package's modules."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

from .pair import Pair
from .problem import Problem

Function = Callable[[Pair], "str | None"]


@dataclass(frozen=True)
class Check:
    """A declared check: ``function(pair)`` returns a short detail, or None when all is well.
    ``order`` places it among the others (what a reviewer reads first); ``needs`` names the
    analyses of the pair it reads (``embeddings`` ones are computed in batches first)."""

    name: str
    severity: str
    title: str
    function: Function
    order: int
    languages: frozenset[str] | None = None
    needs: tuple[str, ...] = ()

    def applies(self, language: str) -> bool:
        return self.languages is None or language in self.languages

    def __call__(self, pair: Pair) -> Problem | None:
        if not self.applies(pair.language):
            return None
        detail = self.function(pair)
        if detail is None:
            return None
        return Problem(self.name, self.severity, f"{self.name}: {detail}")


_DECLARED: list[Check] = []


def check(
    name: str,
    severity: str,
    title: str,
    order: int,
    languages: tuple[str, ...] | None = None,
    needs: tuple[str, ...] = (),
) -> Callable[[Function], Function]:
    """Declare the decorated function a check (see :class:`Check`)."""

    def declare(function: Function) -> Function:
        chosen = frozenset(languages) if languages is not None else None
        _DECLARED.append(Check(name, severity, title, function, order, chosen, needs))
        return function

    return declare


def declared() -> list[Check]:
    """Every check of ``qa/checks/``, in order."""
    from . import checks as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")
    return sorted(_DECLARED, key=lambda found: found.order)
