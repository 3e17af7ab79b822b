"""Translation engines: a batch of sentences in, one draft per sentence out.

Engines are looked up by name and imported only when chosen, so commands that do not
translate never import machine-translation libraries.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ..errors import EngineError

Progress = Callable[[int], None]


@dataclass(frozen=True)
class Draft:
    """A machine translation of one sentence and what produced it."""

    text: str
    score: float | None = None  # confidence, higher is better (e.g. mean log-probability)
    notes: dict[str, str] = field(default_factory=dict)  # recorded in the entry as ``mt-*``


class Engine(Protocol):
    name: str

    def translate(
        self, sentences: Sequence[str], source: str, target: str, progress: Progress | None = None
    ) -> list[Draft]:
        """One :class:`Draft` per sentence, in order; ``progress(n)`` after each n done."""


ENGINES: dict[str, str] = {
    "pseudo": "pressloc.engines.pseudo:PseudoEngine",
}


def get_engine(name: str | None, **options: object) -> Engine:
    """The engine called ``name``, created with ``options``; a clear error otherwise."""
    if not name:
        raise EngineError(
            "no translation engine chosen; pass --engine NAME "
            f"(available: {', '.join(sorted(ENGINES))})"
        )
    if name not in ENGINES:
        raise EngineError(f"unknown engine '{name}'; choose one of: {', '.join(sorted(ENGINES))}")
    module_name, _, class_name = ENGINES[name].partition(":")
    engine_class = getattr(importlib.import_module(module_name), class_name)
    return engine_class(**options)
