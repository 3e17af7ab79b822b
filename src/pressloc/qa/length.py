"""How long a human translation of a source sentence is: a per-language model of
log(target/source) visible length, with a spread that grows for short sentences.

A draft far below the model has dropped text (a clause, a sentence's second half), one far
above has added text. The constants are fitted by ``fit`` on human translations (the
benchmark fits them on one half of NTREX-128 and measures on the other half); a share,
not a sentence, is what is learnt, so they carry over to other news text.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from .script import visible_length

SHORT = 40  # below this many source characters, one word moves the ratio a lot
_MAD_TO_SD = 1.4826


@dataclass(frozen=True)
class LengthModel:
    """``centre``: median log length ratio; ``spread``: its robust standard deviation for
    sentences of ``SHORT`` characters or more; ``low``/``high``: how many spreads below or
    above the centre a draft may be before it is flagged."""

    centre: float
    spread: float
    low: float
    high: float

    def score(self, source: str, target: str) -> float | None:
        """Spreads above (+) or below (−) the length a human translation would have."""
        source_length, target_length = visible_length(source), visible_length(target)
        if not source_length or not target_length:
            return None
        spread = self.spread * math.sqrt(max(1.0, SHORT / source_length))
        return (math.log(target_length / source_length) - self.centre) / spread

    def verdict(self, source: str, target: str) -> str | None:
        score = self.score(source, target)
        if score is None or -self.low <= score <= self.high:
            return None
        lengths = f"{visible_length(target)}/{visible_length(source)} characters"
        return f"{lengths}: text dropped?" if score < 0 else f"{lengths}: text added?"


def fit(pairs: Iterable[tuple[str, str]], low_share: float, high_share: float) -> LengthModel:
    """The model of human ``(source, target)`` pairs that flags ``low_share`` of them as
    too short and ``high_share`` as too long."""
    pairs = [(s, t) for s, t in pairs if visible_length(s) and visible_length(t)]
    ratios = [math.log(visible_length(t) / visible_length(s)) for s, t in pairs]
    centre = statistics.median(ratios)
    scaled = [(r - centre) / math.sqrt(max(1.0, SHORT / visible_length(s)))
              for r, (s, _) in zip(ratios, pairs)]
    spread = _MAD_TO_SD * statistics.median(abs(x) for x in scaled)
    model = LengthModel(centre, spread, 0.0, 0.0)
    scores = sorted(model.score(s, t) for s, t in pairs)
    low = -_quantile(scores, low_share)
    high = _quantile(scores, 1 - high_share)
    return LengthModel(round(centre, 3), round(spread, 3), round(low, 2), round(high, 2))


def _quantile(ordered: list[float], share: float) -> float:
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


# Fitted on the even lines of NTREX-128 ru→en/ko (``benchmarks/qa.py --fit``: 1% / 0.5%
# of human pairs flagged as too short, 0.1% as too long); measured on the odd lines.
MODELS = {
    "en": LengthModel(centre=-0.128, spread=0.164, low=3.06, high=3.76),
    "ko": LengthModel(centre=-0.827, spread=0.246, low=2.47, high=3.54),
}
DEFAULT = LengthModel(centre=0.0, spread=0.25, low=3.0, high=3.5)


def length_verdict(source: str, target: str, language: str) -> str | None:
    return MODELS.get(language, DEFAULT).verdict(source, target)
