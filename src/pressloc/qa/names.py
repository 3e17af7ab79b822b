"""Proper names of the source and whether the draft renders them.

Each run of capitalised name words (a person, a place or organisation the dictionary
knows, or a word it does not know) must be rendered by its surname or last word. A
well-known place is looked up in ``places`` (``Германии`` → German, 독일). Otherwise, in
English, the Russian word is romanised with iuliia, each capitalised target word too, and
both are reduced to a consonant key, so ``Усенбековой`` and ``Usenbekova's`` both read
``snbkb``. In Korean, which writes a name by its sound, the Russian word and each Hangul
word are read as sounds and aligned (``transcription``): ``Усенбековой`` → 우센베코바는.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from .morph import analyzer, proper_name
from .places import known_renderings
from .transcription import spells

_NAME = re.compile(r"(?<![\w-])(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*(?![\w-])|[A-Z][a-z]+[A-Za-z]*)")
_TARGET_WORD = re.compile(r"[A-Za-z]+")
_LATIN_RUN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_HANGUL_WORD = re.compile(r"[\uAC00-\uD7A3]+")
_CASE_ENDINGS = tuple("ами ями ого его ому ему ой ей ом ем ам ям ах ях ою ею а я у ю е ы и".split())
_DIGRAPHS = [("dzh", "j"), ("gh", ""), ("kh", "h"), ("zh", "s"), ("sh", "s"), ("ch", "s"), ("ts", "s"), ("th", "t"),
             ("ph", "b"), ("ck", "k"), ("ng", "nk"), ("qu", "k")]
_CLASSES = str.maketrans("bpvfkgcqxdtlrzjs", "bbbbkkkkkttllsss", "aeiouywh'’ ")
THRESHOLD = 0.75
MIN_KEY = 2
SYLLABLE = 4  # letters: the longest Russian spelling of one syllable of a Korean or Chinese name


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
    """Keys of a Russian name. For Korean they only decide whether the name is long enough
    to be heard (it is matched by ``transcription``), so they leave out what Korean may not
    write: an ``r`` before a consonant or at the end (``Бернерс`` → 버너스) and a ``v`` that
    stands for an English ``w`` (``Вудс`` → 우즈)."""
    latin = romanise(russian).lower()
    if language != "ko":
        return (key(latin),)
    latin = re.sub(r"r+(?=[^aeiouy]|[aeiouy]?$)", "", latin)
    return tuple(dict.fromkeys((key(latin), key(latin.replace("v", "")))))


@dataclass(frozen=True)
class Name:
    """A run of adjacent name words of the source (``Джеффа Флейка``) and the one word a
    draft must render: the surname of a person (translators drop first names), else the
    last word (``Селли Оук``); ``lemma`` looks it up among the well-known places, ``keys``
    match it in English and ``forms`` (lemma, word, word without its case ending) in Hangul."""

    words: tuple[str, ...]
    lemma: str
    keys: tuple[str, ...]
    forms: tuple[str, ...] = ()

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


def _required(run: list[tuple[str, str, str]], language: str) -> Name | None:
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
    if not keys and not known_renderings(lemma, language):
        return None
    return Name(tuple(word for word, _, _ in run), lemma, keys, _forms(word, lemma))


def _forms(word: str, lemma: str) -> tuple[str, ...]:
    """``Хаммела`` → хаммел, Хаммела, Хаммел: a guessed lemma may be wrong (``дэймоном``)."""
    forms = dict.fromkeys([lemma, word])
    ending = next((e for e in _CASE_ENDINGS if word.lower().endswith(e) and len(word) - len(e) >= 3), None)
    if ending:
        forms[word[:-len(ending)]] = None
    return tuple(forms)


def _word_keys(word: str, lemma: str, kind: str, language: str) -> tuple[str, ...]:
    keys = (key(word),) if kind == "latin" else _name_keys(lemma, language)
    return tuple(k for k in keys if len(k) >= MIN_KEY)


def _patronymic(word: str, kind: str) -> bool:
    return kind == "person" and any("Patr" in p.tag for p in analyzer().parse(word)[:1])


def _surname(word: str) -> bool:
    return any("Surn" in p.tag for p in analyzer().parse(word)[:1])


def source_names(source: str, language: str) -> list[Name]:
    """Proper names of a Russian sentence that a draft should render."""
    return [name for run in _name_words(source, language) if (name := _required(run, language))]


def _target_words(target: str) -> list[tuple[int, int, str]]:
    """``(start, stop, key)`` of each capitalised word of an English draft, and of each two
    adjacent ones (``Berners Lee`` for ``Бернерс-Ли``)."""
    keyed = [(m.start(), m.end(), k) for m in _TARGET_WORD.finditer(_unaccented(target)) if m.group(0)[0].isupper()
             for k in _keys(m.group(0).lower())]
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


def _similar(name_key: str, target_key: str) -> bool:
    """Whether a target word's key is close to a name's."""
    return SequenceMatcher(None, name_key, target_key).ratio() >= THRESHOLD


def renderings(name: Name, target: str, language: str) -> list[tuple[int, int]]:
    """Spans of ``target`` that render ``name``: its renderings in the table of well-known
    places, and the words that sound like it."""
    known = [m.span() for rendering in known_renderings(name.lemma, language)
             for m in re.finditer(_rendering_pattern(rendering, language), target)]
    if language == "ko":
        return known + _korean_renderings(name, target)
    return known + [(a, b) for a, b, target_key in _target_words(target)
                    if any(_similar(name_key, target_key) for name_key in name.keys)]


def _korean_renderings(name: Name, target: str) -> list[tuple[int, int]]:
    """Hangul words that spell the name (with the next word, ``버너스-리``, for a hyphenated
    one), and Latin words that romanise it (``조코 위도도(Joko Widodo)``, ``Davis 씨``)."""
    latin_keys = _name_keys(name.lemma, "en")
    spans = [m.span() for m in _LATIN_RUN.finditer(target)
             if any(_similar(k, word_key) for k in latin_keys for word_key in _keys(m.group(0).lower()))]
    words = [(m.start(), m.end(), m.group(0)) for m in _HANGUL_WORD.finditer(target)]
    if "-" in name.words[-1]:
        words += [(a, d, w + x) for (a, b, w), (c, d, x) in zip(words, words[1:]) if target[b:c] in (" ", "-")]
    return spans + [(a, b) for a, b, word in words if spells(name.forms, word)]


def _rendering_pattern(rendering: str, language: str) -> str:
    return re.escape(rendering) if language == "ko" else rf"(?<![\w]){re.escape(rendering)}"


def missing_names(source: str, target: str, language: str) -> list[str]:
    """Names of the source that the draft renders nowhere."""
    return [str(name) for name in source_names(source, language) if not renderings(name, target, language)]
