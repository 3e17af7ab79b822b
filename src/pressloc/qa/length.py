"""How long a human translation of a source sentence is, measured two ways at once.

Two lengths of a draft are compared with the source's: visible characters and words.
Each gives a log ratio (target over source) whose noise grows for short sentences; a
dropped clause or a sentence's missing second half shortens both, while a translator's
wording moves them partly independently, so the model weighs the two by the inverse of
their covariance in human translations (the best linear detector of a shift common to
both) and flags a draft far below or above what human translations do.

The constants are fitted by ``fit`` on human translations (the benchmark fits them on one
half of NTREX-128 and measures on the other half); shares, not sentences, are what is
learnt, so they carry over to other news text.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from .fitted import constants
from .script import WORD, visible_length

SHORT = 40  # below this many source characters, one word moves the ratio a lot
_MAD_TO_SD = 1.4826
_CLIP = 3.0  # robust covariance: deviations beyond this many spreads count as this many


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


def fit(pairs: Iterable[tuple[str, str]], low_share: float, high_share: float) -> LengthModel:
    """The model of human ``(source, target)`` pairs that flags ``low_share`` of them as
    too short and ``high_share`` as too long."""
    ratios = [r for s, t in pairs if (r := _ratios(s, t)) is not None]
    weights = _weights(ratios)
    combined = [_combined(weights, pair) for pair in ratios]
    centre, spread = robust(combined, floor=1e-3)
    scores = sorted((x - centre) / spread for x in combined)
    low = -quantile(scores, low_share)
    high = quantile(scores, 1 - high_share)
    return LengthModel(weights, round(centre, 4), round(spread, 4), round(low, 2), round(high, 2))


def _weights(ratios: list[tuple[float, float]]) -> tuple[float, float]:
    """Σ⁻¹·1, normalised: the weights under which a shift of both ratios stands out
    most against their robust covariance Σ in human translations."""
    columns = list(zip(*ratios, strict=True))
    centres, spreads = zip(*(robust(column, floor=1.0) for column in columns), strict=True)
    clipped = [
        [max(-_CLIP, min(_CLIP, (x - m) / s)) * s for x in c]
        for c, m, s in zip(columns, centres, spreads, strict=True)
    ]
    n = len(ratios)
    a, b = (sum(x * x for x in c) / n for c in clipped)
    c = sum(x * y for x, y in zip(*clipped, strict=True)) / n
    first, second = b - c, a - c  # Σ⁻¹·1 up to the determinant
    if first <= 0 or second <= 0:  # one measure adds nothing the other lacks
        return (1.0, 0.0) if a <= b else (0.0, 1.0)
    total = first + second
    return round(first / total, 3), round(second / total, 3)


def robust(values: Iterable[float], floor: float) -> tuple[float, float]:
    """Median and robust standard deviation (scaled median absolute deviation) of
    ``values``; ``floor`` stands in for a spread of zero."""
    values = list(values)
    centre = statistics.median(values)
    return centre, _MAD_TO_SD * statistics.median(abs(x - centre) for x in values) or floor


def quantile(ordered: list[float], share: float) -> float:
    """The value below which ``share`` of the sorted values lie (the nearest rank)."""
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


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
