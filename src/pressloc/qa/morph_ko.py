"""Korean morphemes of a draft, from Kiwi (kiwipiepy; its model ships in the
kiwipiepy-model wheel: no download), loaded on first use and kept.

The names check reads a Hangul word by its sound, and a native or Sino-Korean word can
sound like a short name (발령된 "issued" like ``Палу``, 여론조사는 "the poll" like
``Уоррен``). Kiwi knows those words: a stem that ends inside a morpheme its dictionary
knows (발 of 발령), or that a derivational suffix follows (치명 of 치명적인, 착륙 of
착륙하려다), is no transcribed name. Kiwi's reading of names it does not know is left
alone: it splits them as it can, but marks them out of vocabulary.
"""

from __future__ import annotations

from functools import lru_cache

from ..errors import PresslocError

_SUFFIXES = ("XSV", "XSA", "XSN")  # 발생-해, 훌륭-하게, 치명-적인: a noun made a verb or adjective
Morpheme = tuple[int, int, str, str, bool]  # (start, stop, form, tag, known to the dictionary)


@lru_cache(maxsize=1)
def _kiwi():
    try:
        from kiwipiepy import Kiwi
    except ImportError as e:  # pragma: no cover - a broken install
        raise PresslocError("kiwipiepy is not installed; run 'pip install pressloc' again") from e
    return Kiwi()


@lru_cache(maxsize=1024)
def morphemes(text: str) -> tuple[Morpheme, ...]:
    """Kiwi's likeliest reading of ``text`` (kept per draft: every name of a source reads it)."""
    return tuple((t.start, t.start + t.len, t.form, t.tag, not t.oov) for t in _kiwi().tokenize(text))


def inside_word(text: str, start: int, stop: int, word_end: int) -> bool:
    """Whether ``text[start:stop]``, a stem of the word ending at ``word_end``, lies inside
    a word of Korean's own: it ends within a morpheme the dictionary knows that is no
    proper noun, or a derivational suffix follows it within the word."""
    for a, b, form, tag, known in morphemes(text):
        if a < stop < b and known and tag != "NNP":
            return True
        if a == stop < word_end and tag in _SUFFIXES and form != "들":  # 들 makes a plural of any noun
            return True
    return False
