"""Whether a draft left text out: its length and its meaning weighed together.

Three measures each see part of an omission: how many spreads shorter the draft is than a
human translation would be (``length``); how much less alike draft and source are, as wholes,
than a human translation and its source (the similarity the adequacy check computes anyway);
and how much more the draft resembles the source without one of its parts than the whole
source (``meaning.gap``, which names the part). A translator's wording moves each on its own,
a dropped clause moves them together, so the model adds them with weights fitted by Fisher's
linear discriminant on human translations and the same translations with a clause dropped
(``benchmarks/qa.py --fit``), and flags a draft when the sum is beyond what all but a small
share of human translations reach. The gap, which costs a sentence's embedding per part, is
measured only where it could tip the verdict.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .encoder import similarity
from .fitted import constants
from .length import LengthModel
from .length import model as length_model
from .meaning import Gap, gap
from .problem import shortened
from .script import visible_length

CLIP = 4.0  # a measure counts at most this many spreads in the sum


@dataclass(frozen=True)
class OmissionModel:
    """``weights`` of the shortness (length spreads below the human centre), the dissimilarity
    (spreads of the cosine below ``centre``/``spread``) and the meaning gap (spreads of its gain
    above ``gap_centre``/``gap_spread``); ``limit``: the weighted sum above which a draft is
    flagged."""

    weights: tuple[float, float, float]
    centre: float
    spread: float
    gap_centre: float
    gap_spread: float
    limit: float

    def measured(self, score: float, cosine: float) -> tuple[float, float]:
        """(shortness, dissimilarity) of a draft whose length scores ``score`` and whose cosine
        with the source is ``cosine``, each in spreads, clipped to ``CLIP``."""
        return clip(-score), clip((self.centre - cosine) / self.spread)

    def cheap(self, length: LengthModel, source: str, target: str) -> tuple[float, float] | None:
        """:meth:`measured` of a draft (its dissimilarity 0, not embedded, when it weighs
        nothing); None if unmeasurable."""
        score = length.score(source, target)
        if score is None:
            return None
        if not self.weights[1]:
            return clip(-score), 0.0
        return self.measured(score, similarity(source, target))

    def gapped(self, found: Gap | None) -> float:
        """The meaning gap in spreads, clipped (0 when the source has no parts to lose)."""
        return 0.0 if found is None else clip((found.gain - self.gap_centre) / self.gap_spread)

    def verdict(self, length: LengthModel, source: str, target: str) -> str | None:
        features = self.cheap(length, source, target)
        if features is None or weighted(self.weights, (*features, CLIP)) <= self.limit:
            return None  # not even the largest gap could tip it: the gap is not measured
        found = gap(source, target) if self.weights[2] else None
        if weighted(self.weights, (*features, self.gapped(found))) <= self.limit:
            return None
        lengths = f"{visible_length(target)}/{visible_length(source)} characters"
        if found is None or found.gain <= 0:
            return f"{lengths}: text dropped?"
        return f"{lengths}: not rendered? «{shortened(found.part)}»"


def clip(value: float) -> float:
    return max(-CLIP, min(CLIP, value))


def weighted(weights: Iterable[float], features: Iterable[float]) -> float:
    return sum(w * x for w, x in zip(weights, features, strict=True))


DEFAULT = OmissionModel((1.0, 0.0, 0.0), 0.0, 1.0, 0.0, 1.0, 3.0)


def model(language: str) -> OmissionModel:
    """The omission model fitted for ``language`` (``data/fitted.json``), else the default."""
    found = constants("omission", language)
    if found is None:
        return DEFAULT
    return OmissionModel(
        tuple(found["weights"]),
        found["centre"],
        found["spread"],
        found["gap_centre"],
        found["gap_spread"],
        found["limit"],
    )


def omission_verdict(source: str, target: str, language: str) -> str | None:
    return model(language).verdict(length_model(language), source, target)
