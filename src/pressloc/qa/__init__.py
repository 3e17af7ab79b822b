"""Quality checks of machine drafts, the glossary, and name suggestions for it.

Importing this package is cheap: pymorphy3 and natasha load on first use.
"""

from .checks import CHECKS, context_of, run_checks, severity
from .glossary import Glossary, GlossaryError, Match, Term
from .problem import ERROR, WARNING, Check, Pair, Problem
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
    "context_of",
    "run_checks",
    "severity",
    "suggest",
]
