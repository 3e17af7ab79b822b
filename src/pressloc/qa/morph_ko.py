"""Korean morphemes of a draft, from Kiwi (kiwipiepy; its model ships in the
kiwipiepy-model wheel: no download), loaded on first use and kept.

The names check reads a Hangul word by its sound, and a native or Sino-Korean word can
sound like a short name (발령된 "issued" like ``Палу``, 여론조사는 "the poll" like
``Уоррен``). Kiwi knows those words: a stem that ends inside a morpheme its dictionary
knows (발 of 발령), or that a derivational suffix follows or ends (치명 of 치명적인, 착륙 of
착륙하려다, 거부해), is no transcribed name. Kiwi's reading of names it does not know is left
alone: it splits them as it can, but marks them out of vocabulary.
"""

from __future__ import annotations

from functools import lru_cache

from ..errors import PresslocError
from .loading import once

_SUFFIXES = ("XSV", "XSA", "XSN")  # 발생-해, 훌륭-하게, 치명-적인: a noun made a verb or adjective
# Native words no transcription is spelt as: verbs and adjectives, adverbs, determiners, pronouns,
# bound nouns, roots (not common nouns: Kiwi knows 라이더, 트럼프, 밴 as the English words they
# spell)
_NATIVE = frozenset(["VV", "VA", "VX", "MAG", "MM", "NP", "NNB", "XR"])
_VERBS = frozenset(["VV", "VA", "VX"])
Morpheme = tuple[int, int, str, str, bool]  # (start, stop, form, tag, known to the dictionary)


@once
def _kiwi():
    try:
        from kiwipiepy import Kiwi
    except ImportError as e:  # pragma: no cover - a broken install
        raise PresslocError("kiwipiepy is not installed; run 'pip install pressloc' again") from e
    # without its multi-word and Wikipedia-title dictionaries: a third of its loading time, and no
    # change in benchmarks/qa.py (the checks read its endings and native words, not its names)
    kiwi = Kiwi(load_multi_dict=False, load_default_dict=False)
    kiwi.tokenize("준비")  # its model loads on the first analysis: now, with the rest
    return kiwi


def morphemes(text: str) -> tuple[Morpheme, ...]:
    """Kiwi's likeliest reading of ``text`` (not kept: ``_ends`` keeps what it needs of it)."""
    return tuple(
        (t.start, t.start + t.len, t.form, t.tag, not t.oov) for t in _kiwi().tokenize(text)
    )


@lru_cache(maxsize=1024)
def _ends(
    text: str,
) -> tuple[frozenset[int], frozenset[int], frozenset[tuple[int, int]], frozenset[int]]:
    """Where a stem cannot end, read once per draft (every stem of every word of it is asked
    about, for every name of its source): inside a morpheme the dictionary knows that is no
    proper noun; where a derivational suffix begins (a plural's 들 aside: any noun takes it);
    the spans of native words of two syllables or more; and where a conjugated verb or
    adjective starts (a known stem with its ending straight after it: 되 + 지)."""
    inside, suffixed, native, conjugated = set(), set(), set(), set()
    read = morphemes(text)
    for (a, b, form, tag, known), following in zip(read, (*read[1:], None), strict=False):
        if known and tag != "NNP":
            inside.update(range(a + 1, b))
        if known and tag in _NATIVE and b - a >= 2:
            native.add((a, b))
        if (
            known
            and tag in _VERBS
            and following
            and following[3].startswith("E")
            and following[0] == b
        ):
            conjugated.add(a)
        if tag in _SUFFIXES and form != "들":
            suffixed.add(a)
    return frozenset(inside), frozenset(suffixed), frozenset(native), frozenset(conjugated)


def inside_word(text: str, start: int, stop: int, word_end: int) -> bool:
    """Whether a stem of a word of ``text`` from ``start`` to ``stop`` (the word ending at
    ``word_end``) lies inside a word of Korean's own: it ends within a morpheme the dictionary
    knows that is no proper noun, a derivational suffix follows it within the word or lies
    within it (거부해, "refused", is 거부 + 하 + 어: no ``Гамбурге``), it is a whole native
    word of two syllables or more (비록 "although": no ``Ферика``; 열린 "held": no ``Уллман``),
    or it starts a conjugated verb (되지, "becoming": no ``Дэвис``)."""
    inside, suffixed, native, conjugated = _ends(text)
    return (
        stop in inside
        or (start, stop) in native
        or start in conjugated
        or any(start < at <= stop and at < word_end for at in suffixed)
    )
