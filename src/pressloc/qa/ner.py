"""Named entities of a Russian sentence, from natasha's NER (its model ships inside its
wheel: no download), loaded on first use and kept."""

from __future__ import annotations

from functools import lru_cache

KINDS = ("PER", "ORG", "LOC")


@lru_cache(maxsize=1)
def _ner():
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter
    from threadpoolctl import threadpool_limits

    # natasha's matrix products are small: a second BLAS thread spins more than it helps
    threadpool_limits(limits=1, user_api="blas")
    return Segmenter(), NewsNERTagger(NewsEmbedding())


@lru_cache(maxsize=1024)
def entities(sentence: str) -> tuple[tuple[int, int, str, str], ...]:
    """``(start, stop, kind, text)`` for each named entity natasha finds in ``sentence``
    (kept per sentence: the names check asks for each of a source's drafts)."""
    from natasha import Doc

    segmenter, tagger = _ner()
    doc = Doc(sentence)
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    return tuple((s.start, s.stop, s.type, s.text) for s in doc.spans if s.type in KINDS)
