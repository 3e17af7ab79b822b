"""Fitting the QA checks' constants on human translations (what ``qa.py --fit`` runs).

Each function takes pairs of the fit half only and returns what ``data/fitted.json`` holds:
the length model, the omission model, and the adequacy limits. Shares, not sentences, are
what is learnt.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import replace

from pressloc.qa.length import LengthModel, _combined, _ratios
from pressloc.qa.meaning import gap
from pressloc.qa.omission import OmissionModel, weighted

MAD_TO_SD = 1.4826
CLIP = 3.0  # robust covariance: deviations beyond this many spreads count as this many


def robust(values: Iterable[float], floor: float) -> tuple[float, float]:
    """Median and robust standard deviation (scaled median absolute deviation) of ``values``;
    ``floor`` stands in for a spread of zero."""
    values = list(values)
    centre = statistics.median(values)
    return centre, MAD_TO_SD * statistics.median(abs(x - centre) for x in values) or floor


def quantile(ordered: Sequence[float], share: float) -> float:
    """The value below which ``share`` of the sorted values lie (the nearest rank)."""
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def fit_length(
    pairs: Iterable[tuple[str, str]], low_share: float, high_share: float
) -> LengthModel:
    """The length model of human ``(source, target)`` pairs that flags ``low_share`` of them
    as too short and ``high_share`` as too long. Its weights are Σ⁻¹·1, normalised: those under
    which a shift of both ratios (characters, words) stands out most against their robust
    covariance Σ in human translations."""
    ratios = [r for s, t in pairs if (r := _ratios(s, t)) is not None]
    weights = _length_weights(ratios)
    combined = [_combined(weights, pair) for pair in ratios]
    centre, spread = robust(combined, floor=1e-3)
    scores = sorted((x - centre) / spread for x in combined)
    low, high = -quantile(scores, low_share), quantile(scores, 1 - high_share)
    return LengthModel(weights, round(centre, 4), round(spread, 4), round(low, 2), round(high, 2))


def _length_weights(ratios: list[tuple[float, float]]) -> tuple[float, float]:
    columns = list(zip(*ratios, strict=True))
    centres, spreads = zip(*(robust(column, floor=1.0) for column in columns), strict=True)
    clipped = [
        [max(-CLIP, min(CLIP, (x - m) / s)) * s for x in c]
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


def fit_omission(
    human: list[tuple[str, str, float]],
    dropped: list[tuple[str, str, float]],
    length: LengthModel,
    share: float,
) -> OmissionModel:
    """The omission model that flags ``share`` of the ``human`` pairs, with the weights that
    best tell them from ``dropped`` (the same sources, a clause cut from the target) by
    Fisher's discriminant. Each pair is ``(source, target, cosine of the two)``."""
    centre, spread = robust([cosine for _, _, cosine in human], floor=1e-3)
    gains = {(s, t): found.gain for s, t, _ in human if (found := gap(s, t)) is not None}
    gap_centre, gap_spread = robust(gains.values(), floor=1e-3) if gains else (0.0, 1.0)
    draft = OmissionModel(
        (1.0, 1.0, 1.0),
        round(centre, 4),
        round(spread, 4),
        round(gap_centre, 4),
        round(gap_spread, 4),
        0.0,
    )
    first = [f for row in human if (f := _features(draft, length, *row))]
    second = [f for row in dropped if (f := _features(draft, length, *row))]
    weights = _discriminant(first, second)
    limit = quantile(sorted(weighted(weights, f) for f in first), 1 - share)
    return replace(draft, weights=weights, limit=round(limit, 3))


def _features(
    model: OmissionModel, length: LengthModel, source: str, target: str, cosine: float
) -> tuple[float, float, float] | None:
    score = length.score(source, target)
    if score is None:
        return None
    return (*model.measured(score, cosine), model.gapped(gap(source, target)))


def _discriminant(
    human: list[tuple[float, ...]], dropped: list[tuple[float, ...]]
) -> tuple[float, ...]:
    """Σ⁻¹·(μ_dropped − μ_human), normalised to sum 1, each weight at least 0; Σ is the
    covariance of the human pairs. A measure that ends with no weight is dropped and the
    rest solved again, so a negative weight never stands for a measure that tells nothing."""
    import numpy as np

    size = len(human[0]) if human else 1
    if not human or not dropped:
        return (1.0,) + (0.0,) * (size - 1)
    kept = list(range(size))
    while kept:
        h = np.array(human)[:, kept]
        d = np.array(dropped)[:, kept]
        sigma = np.atleast_2d(np.cov(h, rowvar=False)) + 1e-9 * np.eye(len(kept))
        solved = np.linalg.solve(sigma, d.mean(axis=0) - h.mean(axis=0))
        if (solved > 0).all():
            weights = [0.0] * size
            for index, value in zip(kept, solved / solved.sum(), strict=True):
                weights[index] = round(float(value), 3)
            return tuple(weights)
        kept = [index for index, value in zip(kept, solved, strict=True) if value > 0]
    return (1.0,) + (0.0,) * (size - 1)


def fit_adequacy(human: list[tuple[int, float]], share: float, short_words: int) -> dict:
    """The cosine limits below which ``share`` of the ``human`` pairs fall, short sources (at
    most ``short_words`` words) and long ones apart; each pair is ``(words, cosine)``."""
    limits = {"short_words": short_words}
    for band, inside in (
        ("short", lambda n: n <= short_words),
        ("long", lambda n: n > short_words),
    ):
        cosines = sorted(cosine for words, cosine in human if inside(words))
        limits[band] = round(quantile(cosines, share), 3) if cosines else 0.0
    return limits


def finite(value: float) -> bool:
    return not (math.isnan(value) or math.isinf(value))
