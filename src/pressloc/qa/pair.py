"""A pair a check judges: one source sentence, its draft, and what the checks read of them.

What several checks read of a pair (its numbers, its months, the profile of its language) is
computed once, on first use, and kept on the pair; what depends on the source alone is kept
across pairs too (the same source is checked in English and Korean, and against the engine's
other hypotheses), by the analysing functions' own caches.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .glossary import Glossary
    from .lang import Profile
    from .numbers import Number


@dataclass(frozen=True)
class Pair:
    """``source`` (Russian), ``target`` (the draft, in ``language``), the ``glossary``, the
    ``context`` (the source sentences just before this one: a pronoun may stand for a person
    they name) and ``pivot``, the English a pivoted draft was translated from, if known."""

    source: str
    target: str
    language: str
    glossary: Glossary | None = None
    context: tuple[str, ...] = ()
    pivot: str | None = None

    @cached_property
    def profile(self) -> Profile:
        from .lang import profile

        return profile(self.language)

    @cached_property
    def source_numbers(self) -> list[Number]:
        from .numbers import numbers

        return numbers(self.source, "ru")

    @cached_property
    def target_numbers(self) -> list[Number]:
        from .numbers import numbers

        return numbers(self.target, self.language)
