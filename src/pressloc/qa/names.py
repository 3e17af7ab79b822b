"""Proper names of the source and whether the draft renders them.

A Russian name (a person, or a word the dictionary does not know) is romanised with
iuliia; each target word is romanised too (Hangul by its Revised Romanization letters)
and both are reduced to a consonant key, so ``Усенбековой``, ``Usenbekova's`` and
``우센베코바는`` all read ``snbkb``.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from .morph import name_lemma

_NAME = re.compile(r"(?<![\w-])(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*|[A-Z][a-z]+[A-Za-z]*)")
_TARGET_WORD = re.compile(r"[A-Za-z]+|[\uAC00-\uD7A3]+")
_DIGRAPHS = [("dzh", "j"), ("gh", ""), ("kh", "h"), ("zh", "s"), ("sh", "s"), ("ch", "s"), ("ts", "s"), ("th", "t"),
             ("ph", "b"), ("ck", "k"), ("ng", "nk"), ("qu", "k")]
_CLASSES = str.maketrans("bpvfkgcqxdtlrzjs", "bbbbkkkkkttllsss", "aeiouywh'’ ")
THRESHOLD = 0.75
MIN_KEY = 2

_INITIALS = ["g", "k", "n", "d", "t", "r", "m", "b", "p", "s", "s", "", "j", "j", "ch", "k", "t", "p", "h"]
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
           "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]


def romanise_hangul(text: str) -> str:
    """Consonant letters of Hangul syllables (vowels do not matter to the key)."""
    out = []
    for char in text:
        code = ord(char) - 0xAC00
        if 0 <= code < 11172:
            out.append(_INITIALS[code // 588] + "a" + _FINALS[code % 28])
        else:
            out.append(char)
    return "".join(out)


@lru_cache(maxsize=65536)
def key(latin: str) -> str:
    """Consonant skeleton with similar sounds merged and doubles collapsed
    (``Shcherbakova`` → ``sbkb``, ``Джеррард`` → ``slt``)."""
    text = re.sub(r"c(?=[eiy])", "s", latin.lower())
    for digraph, letter in _DIGRAPHS:
        text = text.replace(digraph, letter)
    text = re.sub(r"[^a-z]", "", text).translate(_CLASSES)
    return re.sub(r"(.)\1+", r"\1", text)


@lru_cache(maxsize=65536)
def romanise(russian: str) -> str:
    import iuliia
    return iuliia.WIKIPEDIA.translate(russian)


def _name_key(russian: str, language: str) -> str:
    """The key of a Russian name; for Korean without the ``r`` Korean does not write
    before a consonant or at the end, a case ending aside (``Бернерс`` → 버너스,
    ``Гейгера`` → 가이거)."""
    latin = romanise(russian).lower()
    if language == "ko":
        latin = re.sub(r"r+(?=[^aeiouy]|[aeiouy]?$)", "", latin)
    return key(latin)


def source_names(source: str, language: str) -> list[dict[str, str]]:
    """Proper names of a Russian sentence, each a group of adjacent name words
    (``Джеффа Флейка``) as ``{word as written: its key}``; a group is rendered when any
    of its words is (translators often drop first names).

    Latin words count for English only (Korean may translate or transliterate them);
    a sentence's first word counts only when the dictionary says it is a name."""
    groups: list[dict[str, str]] = []
    last_end = -2
    for match in _NAME.finditer(source):
        word = match.group(0)
        if word[0].isascii():
            name_key = key(word) if language == "en" else None
        elif match.start() == 0 or source[:match.start()].rstrip()[-1:] in ".!?":
            name_key = _name_key(lemma, language) if (lemma := name_lemma(word, person_only=True)) else None
        else:
            name_key = _name_key(lemma, language) if (lemma := name_lemma(word)) else None
        if name_key is None or len(name_key) < MIN_KEY:
            last_end = -2
            continue
        if groups and source[last_end:match.start()].strip() == "":
            groups[-1][word] = name_key
        else:
            groups.append({word: name_key})
        last_end = match.end()
    return groups


def _target_words(target: str, language: str) -> list[tuple[int, int, str]]:
    """``(start, stop, key)`` of each target word, and of each two adjacent words
    (``버너스 리`` for ``Бернерс-Ли``)."""
    words = [(m.start(), m.end(), m.group(0)) for m in _TARGET_WORD.finditer(target)]
    if language == "ko":
        words = [(a, b, romanise_hangul(w)) for a, b, w in words]
    keyed = [(a, b, k) for a, b, w in words for k in _keys(w.lower())]
    return keyed + [(a[0], b[1], a[2] + b[2]) for a, b in zip(keyed, keyed[1:])]


def _keys(word: str) -> set[str]:
    """Keys of a target word as English may sound it: ``g`` as in Giants, ``ch`` as in Michael."""
    return {key(word), key(re.sub(r"g(?=[eiy])", "j", word)), key(word.replace("ch", "k"))}


def _similar(name_key: str, target_key: str, language: str = "en") -> bool:
    """Whether a target word sounds like a name; a Korean word may end in a particle."""
    if language != "ko":
        return SequenceMatcher(None, name_key, target_key).ratio() >= THRESHOLD
    if len(target_key) > len(name_key) + 3:
        return False
    return any(SequenceMatcher(None, name_key, target_key[:size]).ratio() >= THRESHOLD
               for size in (len(name_key) - 1, len(name_key), len(name_key) + 1) if size >= MIN_KEY)


def renderings(group: dict[str, str], target: str, language: str) -> list[tuple[int, int]]:
    """Spans of ``target`` that sound like one of the words of a name group."""
    return [(a, b) for a, b, target_key in _target_words(target, language)
            if any(_similar(name_key, target_key, language) for name_key in group.values())]


def missing_names(source: str, target: str, language: str) -> list[str]:
    """Names of the source with no word of the draft that sounds like them."""
    return [" ".join(group) for group in source_names(source, language)
            if not renderings(group, target, language)]
