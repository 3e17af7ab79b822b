"""Quality checks of machine drafts, the glossary, and name suggestions for it.

Importing this package is cheap: pymorphy3, natasha, Kiwi and the sentence encoder load on
first use.
"""

from .glossary import Glossary, GlossaryError, Match, Term
from .pair import Pair
from .problem import ERROR, WARNING, Problem
from .registry import Check
from .run import (
    CHECKS,
    check_pairs,
    context_of,
    judge,
    pair_of,
    run_checks,
    severity,
    warm_models,
)
from .suggest import Suggestion, suggest

__all__ = [
    "CHECKS",
    "ERROR",
    "WARNING",
    "Check",
    "Glossary",
    "GlossaryError",
    "Match",
    "Pair",
    "Problem",
    "Suggestion",
    "Term",
    "check_pairs",
    "context_of",
    "judge",
    "pair_of",
    "run_checks",
    "severity",
    "suggest",
    "warm_models",
]
