"""Named entities of a Russian sentence, from natasha's NER (its model ships inside its
wheel: no download), loaded on first use and kept."""

from __future__ import annotations

from functools import lru_cache

from .loading import once

KINDS = ("PER", "ORG", "LOC")


@once
def _ner():
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter
    from threadpoolctl import threadpool_limits

    # natasha's matrix products are small: a second BLAS thread spins more than it helps
    threadpool_limits(limits=1, user_api="blas")
    loaded = Segmenter(), NewsNERTagger(NewsEmbedding())
    _tag("Иван приехал в Москву.", *loaded)  # the first tagging loads the rest: now
    return loaded


@lru_cache(maxsize=1024)
def entities(sentence: str) -> tuple[tuple[int, int, str, str], ...]:
    """``(start, stop, kind, text)`` for each named entity natasha finds in ``sentence``
    (kept per sentence: the names check asks for each of a source's drafts)."""
    return tuple(
        (s.start, s.stop, s.type, s.text) for s in _tag(sentence, *_ner()) if s.type in KINDS
    )


def _tag(sentence: str, segmenter, tagger) -> list:
    from natasha import Doc

    doc = Doc(sentence)
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    return doc.spans
