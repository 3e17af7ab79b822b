"""How long a human translation of a source sentence is, measured two ways at once.

Two lengths of a draft are compared with the source's: visible characters and words.
Each gives a log ratio (target over source) whose noise grows for short sentences; a
dropped clause or a sentence's missing second half shortens both, while a translator's
wording moves them partly independently, so the model weighs the two by the inverse of
their covariance in human translations (the best linear detector of a shift common to
both) and flags a draft far below or above what human translations do.

The constants are fitted on human translations by ``benchmarks/qa.py --fit`` (on one half of
NTREX-128, measured on the other) and read from ``data/fitted.json``; shares, not
sentences, are what is learnt, so they carry over to other news text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .fitted import constants
from .script import WORD, visible_length

SHORT = 40  # below this many source characters, one word moves the ratio a lot


def _ratios(source: str, target: str) -> tuple[float, float] | None:
    """Log ratios of visible characters and of words, scaled up for short sources."""
    chars = (visible_length(source), visible_length(target))
    words = (len(WORD.findall(source)), len(WORD.findall(target)))
    if not all(chars) or not all(words):
        return None
    scale = math.sqrt(max(1.0, SHORT / chars[0]))
    return math.log(chars[1] / chars[0]) / scale, math.log(words[1] / words[0]) / scale


def _combined(weights: tuple[float, float], ratios: tuple[float, float]) -> float:
    """The weighted sum of the two log ratios: what ``fit`` and ``score`` both measure."""
    return sum(w * r for w, r in zip(weights, ratios, strict=True))


@dataclass(frozen=True)
class LengthModel:
    """``weights`` of the character and word log ratios (summing to 1); ``centre`` and
    ``spread`` of their weighted sum in human translations (median, robust standard
    deviation); ``low``/``high``: how many spreads below or above the centre a draft may
    be before it is flagged."""

    weights: tuple[float, float]
    centre: float
    spread: float
    low: float
    high: float

    def score(self, source: str, target: str) -> float | None:
        """Spreads above (+) or below (−) the length a human translation would have."""
        ratios = _ratios(source, target)
        if ratios is None:
            return None
        return (_combined(self.weights, ratios) - self.centre) / self.spread

    def verdict(self, source: str, target: str) -> str | None:
        score = self.score(source, target)
        if score is None or -self.low <= score <= self.high:
            return None
        return _message(source, target, "text dropped?" if score < 0 else "text added?")

    def too_long(self, source: str, target: str) -> str | None:
        """The verdict on the long side only (the short side is ``omission``'s to judge,
        with meaning weighed in)."""
        score = self.score(source, target)
        return (
            None if score is None or score <= self.high else _message(source, target, "text added?")
        )


def _message(source: str, target: str, what: str) -> str:
    return f"{visible_length(target)}/{visible_length(source)} characters: {what}"


DEFAULT = LengthModel(weights=(1.0, 0.0), centre=0.0, spread=0.25, low=3.0, high=3.5)


def model(language: str) -> LengthModel:
    """The length model fitted for ``language`` (``data/fitted.json``), else the default."""
    found = constants("length", language)
    if found is None:
        return DEFAULT
    return LengthModel(
        tuple(found["weights"]), found["centre"], found["spread"], found["low"], found["high"]
    )


def added_text(source: str, target: str, language: str) -> str | None:
    return model(language).too_long(source, target)
