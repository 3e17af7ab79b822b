"""Proper names of the source and whether the draft renders them.

Each run of capitalised name words (a person, a place or organisation the dictionary
knows, or a word it does not know) must be rendered by its surname or last word. A
well-known place is looked up in ``places`` (``Германии`` → German, 독일); otherwise the
Russian word is romanised with iuliia, each target word is romanised too (Hangul by its
Revised Romanization letters; in English only capitalised words count) and both are
reduced to a consonant key, so ``Усенбековой``, ``Usenbekova's`` and ``우센베코바는``
all read ``snbkb``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from .morph import analyzer, proper_name
from .places import known_renderings

_NAME = re.compile(r"(?<![\w-])(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*(?![\w-])|[A-Z][a-z]+[A-Za-z]*)")
_TARGET_WORD = re.compile(r"[A-Za-z]+|[\uAC00-\uD7A3]+")
_DIGRAPHS = [("dzh", "j"), ("gh", ""), ("kh", "h"), ("zh", "s"), ("sh", "s"), ("ch", "s"), ("ts", "s"), ("th", "t"),
             ("ph", "b"), ("ck", "k"), ("ng", "nk"), ("qu", "k")]
_CLASSES = str.maketrans("bpvfkgcqxdtlrzjs", "bbbbkkkkkttllsss", "aeiouywh'’ ")
THRESHOLD = 0.75
MIN_KEY = 2
SYLLABLE = 4  # letters: the longest Russian spelling of one syllable of a Korean or Chinese name

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
    text = re.sub(r"(.)\1+", r"\1", re.sub(r"c(?=[eiy])", "s", latin.lower()))
    for digraph, letter in _DIGRAPHS:
        text = text.replace(digraph, letter)
    text = re.sub(r"[^a-z]", "", text).translate(_CLASSES)
    return re.sub(r"(.)\1+", r"\1", text)


@lru_cache(maxsize=65536)
def romanise(russian: str) -> str:
    import iuliia
    return iuliia.WIKIPEDIA.translate(russian)


def _name_keys(russian: str, language: str) -> tuple[str, ...]:
    """Keys of a Russian name; for Korean without the ``r`` Korean does not write before
    a consonant or at the end, a case ending aside (``Бернерс`` → 버너스, ``Гейгера`` →
    가이거), and also without ``v``, which stands for an English ``w`` (``Вудс`` → 우즈)."""
    latin = romanise(russian).lower()
    if language != "ko":
        return (key(latin),)
    latin = re.sub(r"r+(?=[^aeiouy]|[aeiouy]?$)", "", latin)
    return tuple(dict.fromkeys((key(latin), key(latin.replace("v", "")))))


@dataclass(frozen=True)
class Name:
    """A run of adjacent name words of the source (``Джеффа Флейка``) and the one word a
    draft must render: the surname of a person (translators drop first names), else the
    last word (``Селли Оук``); ``lemma`` looks it up among the well-known places."""

    words: tuple[str, ...]
    lemma: str
    keys: tuple[str, ...]

    def __str__(self) -> str:
        return " ".join(self.words)


def _name_words(source: str, language: str) -> list[list[tuple[str, str, str]]]:
    """Runs of adjacent capitalised words that name someone or something, each word as
    ``(word, lemma, kind)``; Latin words count for English only (Korean may translate or
    transliterate them), and a sentence's first word only when the dictionary says it is a name;
    a place and a person side by side are two runs."""
    runs: list[list[tuple[str, str, str]]] = []
    last_end = None
    for match in _NAME.finditer(source):
        word = match.group(0)
        if word[0].isascii():
            found = (word, "latin") if language == "en" else None
        else:
            found = proper_name(word, first=_sentence_start(source, match.start()))
        if found is None:
            last_end = None
            continue
        if last_end is not None and source[last_end:match.start()].strip() == "" \
                and (not _kinds_differ(runs[-1][-1][2], found[1]) or _syllables([runs[-1][-1][0], word])):
            runs[-1].append((word, *found))
        else:
            runs.append([(word, *found)])
        last_end = match.end()
    return runs


def _syllables(words: list[str]) -> bool:
    """Words short enough to be the syllables of an East Asian name (``Ким Чен Ын``,
    ``Мун Чжэ Ин``), whatever the dictionary takes each for (``Чен`` is a place to it)."""
    return len(words) >= 2 and all(len(word) <= SYLLABLE for word in words)


def _kinds_differ(kind: str, other: str) -> bool:
    """A place next to a person is two names (``Великобритании Тереза Мэй``)."""
    return {kind, other} == {"person", "place"}


def _sentence_start(source: str, start: int) -> bool:
    return start == 0 or source[:start].rstrip()[-1:] in ".!?"


def _required(run: list[tuple[str, str, str]], language: str) -> tuple[str, str, tuple[str, ...]] | None:
    """The word of a run a draft must render, with its keys: the family name, first in an
    East Asian name (``Ким`` of ``Ким Чен Ын``, rendered Kim Jong Un), else the last surname,
    else the last word that is no patronymic; None when that word is too short to hear and
    not a well-known name (``Мэй`` of ``Тереза Мэй``)."""
    if _syllables([word for word, _, _ in run]):  # the family name comes first: Ким of Ким Чен Ын
        word, lemma, kind = run[0]
    else:
        words = [(word, lemma, kind) for word, lemma, kind in run if not _patronymic(word, kind)]
        surnames = [item for item in words if _surname(item[0])]
        word, lemma, kind = (surnames or words)[-1]
    keys = _word_keys(word, lemma, kind, language)
    return (word, lemma, keys) if keys or known_renderings(lemma, language) else None


def _word_keys(word: str, lemma: str, kind: str, language: str) -> tuple[str, ...]:
    keys = (key(word),) if kind == "latin" else _name_keys(lemma, language)
    return tuple(k for k in keys if len(k) >= MIN_KEY)


def _patronymic(word: str, kind: str) -> bool:
    return kind == "person" and any("Patr" in p.tag for p in analyzer().parse(word)[:1])


def _surname(word: str) -> bool:
    return any("Surn" in p.tag for p in analyzer().parse(word)[:1])


def source_names(source: str, language: str) -> list[Name]:
    """Proper names of a Russian sentence that a draft should render."""
    names = []
    for run in _name_words(source, language):
        if required := _required(run, language):
            names.append(Name(tuple(word for word, _, _ in run), required[1], required[2]))
    return names


def _target_words(target: str, language: str, pairs: bool) -> list[tuple[int, int, str]]:
    """``(start, stop, key)`` of each target word (capitalised, in English), and if ``pairs``
    of each two adjacent words (``버너스 리`` for ``Бернерс-Ли``)."""
    words = [(m.start(), m.end(), m.group(0)) for m in _TARGET_WORD.finditer(_unaccented(target))
             if language == "ko" or m.group(0)[0].isupper()]
    if language == "ko":
        words = [(a, b, romanise_hangul(w)) for a, b, w in words]
    keyed = [(a, b, k) for a, b, w in words  # English spellings only (not ㅊ as ``ch`` → k)
             for k in ({key(w)} if language == "ko" else _keys(w.lower()))]
    if not pairs:
        return keyed
    return keyed + [(a[0], b[1], a[2] + b[2]) for a, b in zip(keyed, keyed[1:])]


def _unaccented(text: str) -> str:
    """``Zárate`` as ``Zarate``, each character kept in its place."""
    return "".join(unicodedata.normalize("NFKD", char)[0] if "\u00c0" <= char < "\u0250" else char
                   for char in text)


def _keys(word: str) -> set[str]:
    """Keys of a target word as English may sound it: ``g`` as in Giants, ``ch`` as in Michael,
    ``w`` as Russian writes it in ``Видодо``, ``Mc`` as in ``Макилрой``."""
    return {key(word), key(re.sub(r"g(?=[eiy])", "j", word)), key(word.replace("ch", "k")),
            key(word.replace("w", "v")), key(re.sub(r"^mc", "mak", word))}


def _similar(name_key: str, target_key: str, language: str = "en") -> bool:
    """Whether a target word sounds like a name; a Korean word may end in a particle, so
    its start is compared."""
    if language != "ko":
        return SequenceMatcher(None, name_key, target_key).ratio() >= THRESHOLD
    if len(target_key) > len(name_key) + 3:
        return False
    return any(SequenceMatcher(None, name_key, target_key[:size]).ratio() >= THRESHOLD
               for size in (len(name_key) - 1, len(name_key), len(name_key) + 1) if size >= MIN_KEY)


def renderings(name: Name, target: str, language: str) -> list[tuple[int, int]]:
    """Spans of ``target`` that render ``name``: its renderings in the table of well-known
    places, and the words that sound like it."""
    known = [m.span() for rendering in known_renderings(name.lemma, language)
             for m in re.finditer(_rendering_pattern(rendering, language), target)]
    pairs = language != "ko" or "-" in name.words[-1]
    return known + [(a, b) for a, b, target_key in _target_words(target, language, pairs)
                    if any(_similar(name_key, target_key, language) for name_key in name.keys)]


def _rendering_pattern(rendering: str, language: str) -> str:
    return re.escape(rendering) if language == "ko" else rf"(?<![\w]){re.escape(rendering)}"


def missing_names(source: str, target: str, language: str) -> list[str]:
    """Names of the source that the draft renders nowhere."""
    return [str(name) for name in source_names(source, language) if not renderings(name, target, language)]
