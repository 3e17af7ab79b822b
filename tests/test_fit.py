"""The fitting of the checks' constants (``benchmarks/_fit.py``, which ``qa.py --fit`` runs):
each fit gives the shares it is asked for, and weighs the measure that tells."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import _fit
from _fit import fit_adequacy, fit_length, fit_omission
from pressloc.qa.length import LengthModel
from pressloc.qa.omission import weighted

SOURCE = "слово " * 10
LENGTH = LengthModel(weights=(1.0, 0.0), centre=0.0, spread=0.1, low=3.0, high=3.0)


def test_length_model_fits_the_shares_it_is_given():
    pairs = [(SOURCE, "word " * (8 + i % 5) + "x" * (i % 7)) for i in range(200)] + [
        (SOURCE, "word word")
    ]
    model = fit_length(pairs, low_share=0.01, high_share=0.01)
    assert sum(model.weights) == pytest.approx(1.0)
    assert model.verdict(SOURCE, "word word") == "8/50 characters: text dropped?"
    assert model.verdict(SOURCE, "word " * 10) is None
    assert model.verdict(SOURCE, "word " * 40) == "160/50 characters: text added?"
    assert model.score("", "b") is None


def test_length_model_weighs_the_steadier_measure_more():
    steady_words = [(SOURCE, "word " * 10 + "x" * (i % 9)) for i in range(100)]
    assert fit_length(steady_words, 0.01, 0.01).weights[1] > 0.5
    steady_chars = [(SOURCE, "wo " * (10 + i % 9) + "x" * (22 - 3 * (i % 9))) for i in range(100)]
    assert fit_length(steady_chars, 0.01, 0.01).weights[0] > 0.5


def _rows(count: int, length: int, cosine_of, tag: str) -> list[tuple[str, str, float]]:
    return [(SOURCE, "w" * (length + i % 7) + f" {tag}{i}", cosine_of(i)) for i in range(count)]


@pytest.fixture
def no_gap(monkeypatch):
    """A source with no parts to lose: the meaning gap tells nothing (and costs nothing)."""
    monkeypatch.setattr(_fit, "gap", lambda source, target: None)


def test_omission_fit_weighs_the_measure_that_tells_dropped_from_human(no_gap):
    human = _rows(200, 50, lambda i: 0.8 + (i % 11) / 100, "h")
    dropped = _rows(200, 50, lambda i: 0.3 + (i % 11) / 100, "d")  # as long, but unlike
    model = fit_omission(human, dropped, LENGTH, share=0.01)
    assert model.weights[1] > 0.9 and model.weights[2] == 0.0
    scores = [weighted(model.weights, _fit._features(model, LENGTH, *row)) for row in human]
    assert sum(score > model.limit for score in scores) <= 0.01 * len(human) + 1
    assert all(
        weighted(model.weights, _fit._features(model, LENGTH, *row)) > model.limit
        for row in dropped
    )


def test_omission_fit_ignores_a_measure_that_tells_nothing(no_gap):
    human = _rows(200, 50, lambda i: 0.8 + (i % 11) / 100, "h")
    dropped = _rows(200, 25, lambda i: 0.8 + (i % 11) / 100, "d")  # shorter, as alike
    assert fit_omission(human, dropped, LENGTH, share=0.01).weights[0] > 0.9


def test_the_discriminant_drops_a_measure_that_points_the_wrong_way():
    human = [(i % 5, (i * 7) % 5, 0.0) for i in range(100)]
    dropped = [(x + 2, y - 1, z) for x, y, z in human]  # longer, but the second measure falls
    weights = _fit._discriminant(human, dropped)
    assert weights[0] == 1.0 and weights[1] == 0.0 and weights[2] == 0.0


def test_adequacy_limits_fit_the_share_in_each_band():
    human = [(5, 0.3 + i / 1000) for i in range(200)] + [(20, 0.5 + i / 1000) for i in range(200)]
    limits = fit_adequacy(human, share=0.01, short_words=10)
    assert limits == {"short_words": 10, "short": 0.302, "long": 0.502}
