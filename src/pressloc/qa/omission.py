"""Whether a draft left text out: its length and its meaning weighed together.

Two measures each see part of an omission. The length model (``length``) says how many
spreads shorter the draft is than a human translation would be; the meaning gap
(``meaning``) says how much more the draft resembles the source without one of its
clauses than the whole source. A translator's wording moves each of them on its own, a
dropped clause moves both, so the model adds them with weights fitted by Fisher's linear
discriminant (Σ⁻¹·(μ_dropped − μ_human)) on human translations and the same translations
with a clause dropped, and flags a draft when the sum is beyond what all but a small
share of human translations reach.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .fitted import constants
from .length import LengthModel, quantile, robust
from .length import model as length_model
from .meaning import Gap, gap
from .problem import shortened
from .script import visible_length

_CLIP = 4.0  # a measure counts at most this many spreads in the sum

Measure = Callable[[str, str], Gap | None]


@dataclass(frozen=True)
class OmissionModel:
    """``weights`` of the shortness (length spreads below the human centre) and of the
    meaning gap (in its own spreads above ``gap_centre``); ``limit``: the weighted sum
    above which a draft is flagged."""

    weights: tuple[float, float]
    gap_centre: float
    gap_spread: float
    limit: float

    def features(
        self, length: LengthModel, source: str, target: str, measure: Measure = gap
    ) -> tuple[float, float, Gap | None] | None:
        score = length.score(source, target)
        if score is None:
            return None
        found = measure(source, target) if self.weights[1] else None
        meaning = 0.0 if found is None else (found.gain - self.gap_centre) / self.gap_spread
        return _clip(-score), _clip(meaning), found

    def score(
        self, length: LengthModel, source: str, target: str, measure: Measure = gap
    ) -> float | None:
        features = self.features(length, source, target, measure)
        if features is None:
            return None
        return _weighted(self.weights, features[:2])

    def verdict(
        self, length: LengthModel, source: str, target: str, measure: Measure = gap
    ) -> str | None:
        score = length.score(source, target)
        if score is None or _weighted(self.weights, (_clip(-score), _CLIP)) <= self.limit:
            return None  # not short enough for any meaning gap to tip it: the gap is not measured
        features = self.features(length, source, target, measure)
        if features is None or _weighted(self.weights, features[:2]) <= self.limit:
            return None
        lengths = f"{visible_length(target)}/{visible_length(source)} characters"
        found = features[2]
        if found is None or found.gain <= 0:
            return f"{lengths}: text dropped?"
        return f"{lengths}: not rendered? «{shortened(found.part)}»"


def _clip(value: float) -> float:
    return max(-_CLIP, min(_CLIP, value))


def _weighted(weights: tuple[float, float], features: Iterable[float]) -> float:
    return sum(w * x for w, x in zip(weights, features, strict=True))


def fit(
    human: Iterable[tuple[str, str]],
    dropped: Iterable[tuple[str, str]],
    length: LengthModel,
    share: float,
    measure: Measure = gap,
) -> OmissionModel:
    """The model that flags ``share`` of the ``human`` pairs, with weights that best tell
    them from the ``dropped`` ones (the same sources, a clause cut from the target)."""
    human, dropped = list(human), list(dropped)
    gaps = [found.gain for s, t in human if (found := measure(s, t)) is not None]
    centre, spread = robust(gaps, floor=1e-3) if gaps else (0.0, 1.0)
    draft = OmissionModel((0.5, 0.5), centre, spread, 0.0)
    first = [f[:2] for s, t in human if (f := draft.features(length, s, t, measure))]
    second = [f[:2] for s, t in dropped if (f := draft.features(length, s, t, measure))]
    weights = _discriminant(first, second)
    limit = quantile(sorted(_weighted(weights, f) for f in first), 1 - share)
    return OmissionModel(weights, round(centre, 4), round(spread, 4), round(limit, 3))


def _discriminant(
    human: list[tuple[float, float]], dropped: list[tuple[float, float]]
) -> tuple[float, float]:
    """Σ⁻¹·(μ_dropped − μ_human), normalised to sum 1, each weight at least 0; Σ is the
    covariance of the human pairs."""
    if not human or not dropped:
        return (1.0, 0.0)
    means = [
        [statistics.fmean(column) for column in zip(*group, strict=True)]
        for group in (human, dropped)
    ]
    shift = [b - a for a, b in zip(*means, strict=True)]
    centred = [[x - m for x, m in zip(row, means[0], strict=True)] for row in human]
    a = statistics.fmean(x * x for x, _ in centred)
    b = statistics.fmean(y * y for _, y in centred)
    c = statistics.fmean(x * y for x, y in centred)
    first, second = b * shift[0] - c * shift[1], a * shift[1] - c * shift[0]  # Σ⁻¹·shift up to det
    first, second = max(first, 0.0), max(second, 0.0)
    total = first + second
    if total <= 0:
        return (1.0, 0.0)
    return round(first / total, 3), round(second / total, 3)


DEFAULT = OmissionModel(weights=(1.0, 0.0), gap_centre=0.0, gap_spread=1.0, limit=3.0)


def model(language: str) -> OmissionModel:
    """The omission model fitted for ``language`` (``data/fitted.json``), else the default."""
    found = constants("omission", language)
    if found is None:
        return DEFAULT
    return OmissionModel(
        tuple(found["weights"]), found["gap_centre"], found["gap_spread"], found["limit"]
    )


def omission_verdict(source: str, target: str, language: str) -> str | None:
    return model(language).verdict(length_model(language), source, target)
