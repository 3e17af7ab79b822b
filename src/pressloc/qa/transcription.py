"""Whether a Hangul word spells a Russian name: the two read as sounds and aligned.

Korean writes foreign names by their (mostly English) sound, so a name's letters do not
map one to one: ``Хаммел`` is 하멜, ``Кавано`` 캐버노, ``Джонс`` 존스, ``Сингапур`` 싱가포르.
Both are read as short sound sequences (consonants merged into classes that keep p, t, k
apart from b, d, g as loanwords do, vowels into five kinds that may stand for each other:
Russian ``а`` as 아, 애 or 어) and aligned by a
weighted edit distance in which what Korean adds cheaply costs little (the ``으`` it puts
between consonants, a doubled ``ㄹ``, a ``y`` or ``w`` glide) and what English leaves
unsaid (an ``r`` before a consonant, ``й``, ``в``, ``х``) may be dropped. A word matches when
some stem of it (the word without its particles) is within ``LIMIT`` per Russian sound.

Only syllables that Korean loanword spelling allows can belong to a stem: final consonants ㄱ ㄴ ㄹ
ㅁ ㅂ ㅅ ㅇ only and no tense ㄲ ㄸ ㅃ (외래어 표기법, articles 3 and 4), so 말했다 ("said") cannot
be read as ``Мэриленд``. Nor can a stem be followed by a verb's or adjective's ending (``물렸어요``,
``책임있는``: a name takes particles and nouns, not ``했``, ``있``, ``되``), nor have fewer
syllables than the name has vowels (Korean writes every vowel it hears, so ``물`` is no ``Хаммел``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

LIMIT = 0.33  # cost per Russian sound; measured on NTREX (benchmarks/qa.py)
# Loanwords keep an English p, t, k apart from b, d, g (ㅍ ㅌ ㅋ against ㅂ ㄷ ㄱ: 파리 Paris,
# 버밍엄 Birmingham), so a Russian п for ㅂ costs half a sound: 불 is no ``Палу``. Only half, since
# a Korean name in Russian writes ㄱ ㄷ ㅂ as к т п (Kontsevich: 박 ``Пак``) and Thatcher is 대처.
VOICE = 0.5
_VOICED = {"b": "p", "p": "b", "g": "k", "k": "g", "d": "t", "t": "d"}

_RU_CONSONANTS = {
    "б": "b",
    **dict.fromkeys("пф", "p"),
    "в": "v",
    "г": "g",
    "к": "k",
    "х": "h",
    "д": "d",
    "т": "t",
    "л": "l",
    "р": "l",
    "м": "m",
    "н": "n",
    **dict.fromkeys("зсжшщцч", "s"),
}
_RU_VOWELS = {
    "а": "A",
    "я": "A",
    "о": "O",
    "ё": "O",
    "у": "U",
    "ю": "U",
    "ы": "I",
    "и": "I",
    "э": "E",
    "е": "E",
}
_INITIALS = [
    "g",
    "k",
    "n",
    "d",
    "t",
    "l",
    "m",
    "b",
    "p",
    "s",
    "s",
    "",
    "s",
    "s",
    "s",
    "k",
    "t",
    "p",
    "h",
]
_MEDIALS = [
    "A",
    "AE",
    "A",
    "AE",
    "EO",
    "E",
    "EO",
    "E",
    "O",
    "wA",
    "wE",
    "wE",
    "O",
    "U",
    "wEO",
    "wE",
    "wI",
    "U",
    "eu",
    "I",
    "I",
]
# A final ㅅ, ㅆ, ㅈ or ㅊ sounds [t]: loanwords write an English final t with ㅅ (브렛 Brett,
# 로봇).
_FINALS = [
    "",
    "k",
    "k",
    "k",
    "n",
    "n",
    "n",
    "t",
    "l",
    "l",
    "l",
    "l",
    "l",
    "l",
    "l",
    "l",
    "m",
    "p",
    "p",
    "t",
    "t",
    "ng",
    "t",
    "t",
    "k",
    "t",
    "p",
    "h",
]
_LOAN_FINALS = {0, 1, 4, 8, 16, 17, 19, 21}  # none, ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ
_TENSE_INITIALS = {1, 4, 8}  # ㄲ ㄸ ㅃ
# A Russian vowel and the Korean vowels that may write it.
_ALIKE = {
    "A": {"A", "AE", "EO"},
    "O": {"O", "EO"},
    "U": {"U", "EO", "O"},
    "I": {"I", "E"},
    "E": {"E", "AE", "EO", "I"},
}
_VOWELS = {"A", "AE", "EO", "E", "O", "U", "I"}
_SILENT = {"r", "y", "v", "h", "w"}  # Russian sounds an English spelling may not voice
# What may follow a verb or adjective stem but never a name: 했다, 하는, 되었, 있는, 없이, 렸어요, …
# (not 였: after a name it is the copula, 포드였다 "it was Ford")
_PREDICATE = re.compile(
    r"(?:했|하[고는다며면여지게기]|한다|할|함|해|되|됐|된|될|돼|있|없|었|았|렸|겠|시키|시켰|면서|지만)"
)
_RU_VOWEL_GROUP = re.compile(r"[аеёиоуыэюя]+")
# Korean words that begin a compound place name (웨스트버지니아, 로어맨해튼, 사우스캐롤라이나).
COMPOUND_STARTS = (
    "웨스트",
    "이스트",
    "노스",
    "사우스",
    "뉴",
    "로어",
    "어퍼",
    "세인트",
    "포트",
    "마운트",
    "북",
    "남",
    "동",
    "서",
)


@lru_cache(maxsize=65536)
def russian_sounds(word: str) -> tuple[str, ...]:
    """``Хаммел`` → ``h A m E l``: doubled consonants once, ``дж`` as one sound, a ``д`` or ``т``
    before ``с`` or ``ч`` silent (``Вудс`` → 우즈, ``Тэтчер`` → 대처), an ``р`` not before a vowel
    marked as may-be-silent, an ``у`` before another vowel read as a ``w`` (``Уоррен`` → 워런)."""
    text = re.sub(
        r"([бвгджзклмнпрстфхцчшщ])\1", r"\1", word.lower().replace("-", "").replace("дж", "ж")
    )
    text = re.sub(r"[дт](?=[сзч])", "", text)
    sounds: list[str] = []
    for i, char in enumerate(text):
        following = text[i + 1 : i + 2]
        if char == "р" and following not in _RU_VOWELS:
            sounds.append("r")
        elif char in _RU_CONSONANTS:
            sounds.append(_RU_CONSONANTS[char])
        elif char == "у" and following in _RU_VOWELS and following != "у":
            sounds.append("w")  # Уоррен 워런, Дуайер 드와이어
        elif char in _RU_VOWELS:
            if char in "яюеё" and (i == 0 or text[i - 1] in _RU_VOWELS or text[i - 1] in "ьъ"):
                sounds.append("y")
            sounds.append(_RU_VOWELS[char])
        elif char == "й":
            sounds.append("y")
    return tuple(sounds)


@lru_cache(maxsize=65536)
def hangul_sounds(text: str) -> tuple[str, ...]:
    """``하멜`` → ``h A m E l``; 으 is ``eu`` (Korean adds it between consonants)."""
    sounds: list[str] = []
    for char in text:
        code = ord(char) - 0xAC00
        if not 0 <= code < 11172:
            continue
        initial, medial, final = (
            _INITIALS[code // 588],
            _MEDIALS[code % 588 // 28],
            _FINALS[code % 28],
        )
        if initial:
            sounds.append(initial)
        if medial.startswith("w"):
            sounds.append("w")
            medial = medial[1:]
        sounds.append(medial)
        if final == "ng":
            sounds += ["n", "ng"]  # 싱가포르: the n of Сингапур, and a g it may hide
        elif final:
            sounds.append(final)
    return tuple(sounds)


def loanword_syllable(char: str) -> bool:
    """Whether Korean loanword spelling allows this syllable (final ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ or
    none, no ㄲ ㄸ ㅃ): 했, 있, 닫 are not in any transcribed name."""
    code = ord(char) - 0xAC00
    return 0 <= code < 11172 and code % 28 in _LOAN_FINALS and code // 588 not in _TENSE_INITIALS


def _substitute(russian: str, korean: str) -> float:
    if russian in _ALIKE:
        return 0.0 if korean in _ALIKE[russian] else 0.6 if korean in _VOWELS else 1.0
    if korean in _VOWELS or korean == "eu":
        if russian == "w":
            return (
                0.0 if korean in ("U", "O") else 1.0
            )  # у before a vowel may be 우 itself: Луиза 루이자
        return 0.3 if russian == "y" and korean in ("I", "E") else 1.0  # й as 이: 마이크, 케이시
    if russian == korean:
        return 0.0
    if russian == "v":
        return 0.0 if korean in ("b", "w") else 1.0
    if russian == "r":
        return 0.0 if korean == "l" else 1.0
    if _VOICED.get(russian) == korean:
        return VOICE
    if {russian, korean} in ({"k", "h"}, {"g", "h"}, {"t", "s"}, {"d", "s"}):
        return 0.5
    return 2.0  # an unrelated consonant is no transcription of another: one dropped and one added


def _drop(russian: str) -> float:
    return 0.3 if russian in _SILENT else 0.6 if russian in _ALIKE else 1.0


def _add(korean: str, before: str | None) -> float:
    if korean == "eu" or (korean == "l" and before == "l"):
        return 0.0
    if korean in ("ng", "w"):
        return 0.2
    return 0.5 if korean in _VOWELS or korean == "h" else 1.0


def _distance(
    russian: tuple[str, ...], korean: tuple[str, ...], bound: float = float("inf")
) -> float:
    """The weighted edit distance; infinite as soon as no alignment can stay within ``bound``."""
    previous = [0.0]
    for j, sound in enumerate(korean):
        previous.append(previous[-1] + _add(sound, korean[j - 1] if j else None))
    for said in russian:
        row = [previous[0] + _drop(said)]
        for j, sound in enumerate(korean, 1):
            row.append(
                min(
                    previous[j] + _drop(said),
                    row[j - 1] + _add(sound, korean[j - 2] if j > 1 else None),
                    previous[j - 1] + _substitute(said, sound),
                )
            )
        if min(row) > bound:  # every cost only grows from here
            return float("inf")
        previous = row
    return previous[-1]


@lru_cache(maxsize=262144)
def cost(russian: str, hangul: str) -> float:
    """Alignment cost per Russian sound: 0 for the same sounds (``Кавано``/캐버노),
    ``Эрдоган``/에르도안 0.17; infinite when the two do not begin alike (``Хаммел``/물에)."""
    return cost_within(russian, hangul, float("inf"))


@lru_cache(maxsize=262144)
def cost_within(russian: str, hangul: str, limit: float) -> float:
    """:func:`cost`, or infinity as soon as it is sure to exceed ``limit``."""
    sounds, korean = russian_sounds(russian), hangul_sounds(hangul)
    if not _same_start(sounds, korean):
        return float("inf")
    weight = sum(sound not in ("r", "y", "v") for sound in sounds) or 1
    return _distance(sounds, korean, limit * weight) / weight


_OPENING = {"y", "w", "h", *_VOWELS}  # a vowel, a glide or an h: Korean may open with ㅇ or ㅎ


def _same_start(russian: tuple[str, ...], korean: tuple[str, ...]) -> bool:
    """Whether the two begin alike: a transcription keeps a name's first consonant (``Болтон`` is
    볼턴, never 결정), or like sounds (``в`` as ㅂ, ``х`` as ㄱ or ㅋ); a name that opens with a
    vowel, a glide or an ``h`` opens the same way in Hangul (``Уоррен`` 워런, ``Хаммел`` 하멜), and
    so may one whose ``в`` or ``г`` stands for an English w or h (``Вудс`` 우즈, ``Гондурас``
    온두라스)."""
    if not russian or not korean:
        return False
    first, other = russian[0], korean[0]
    if other in _OPENING:
        return first in _OPENING or first in ("v", "g")
    if first in _OPENING:
        return first == "h" and other in ("k", "g")
    return _substitute(first, other) <= 0.5


def stems(word: str) -> list[str]:
    """Parts of a Hangul word that may spell a name: each run of loanword syllables from its
    start (the rest being particles or a noun: 존스 and 존스는 of 존스는, 라이더 of 라이더컵), and
    from after a word that begins a compound place name (버지니아 of 웨스트버지니아); never one
    followed by a predicate's ending (책임 of 책임있는)."""
    return [word[start:stop] for start, stop in stem_spans(word)]


def stem_spans(word: str) -> list[tuple[int, int]]:
    """``(start, stop)`` of each of ``stems(word)`` within the word."""
    starts = [0] + [
        len(start) for start in COMPOUND_STARTS if word.startswith(start) and len(word) > len(start)
    ]
    found = []
    for start in starts:
        for stop in range(start + 1, len(word) + 1):
            if not loanword_syllable(word[stop - 1]):
                break
            if not _PREDICATE.match(word, stop):
                found.append((start, stop))
    return found


def vowels(russian: str) -> int:
    """Vowel groups of a Russian word (``Хаммел`` 2, ``Уэйд`` 1): at most one a Hangul syllable."""
    return len(_RU_VOWEL_GROUP.findall(russian.lower()))


def spells(forms: tuple[str, ...], word: str, limit: float = LIMIT) -> bool:
    """Whether a Hangul ``word`` spells any of a name's Russian ``forms``."""
    return best_cost(forms, word, limit=limit) <= limit


def best_cost(
    forms: tuple[str, ...],
    word: str,
    native: Callable[[int, int], bool] | None = None,
    limit: float = LIMIT,
) -> float:
    """The lowest cost, at most ``limit``, at which a stem of ``word`` spells one of ``forms``
    (inf if none can: a stem must have a syllable for each vowel group of the form);
    ``native(start, stop)``, where given, says whether the stem from ``start`` to ``stop`` lies
    inside a word of Korean's own (asked only of a stem that would lower the cost: it is the
    dear question)."""
    bounds = [(form, vowels(form)) for form in forms]
    best = float("inf")
    for start, stop in stem_spans(word):
        stem = word[start:stop]
        found = min(
            (cost_within(form, stem, limit) for form, least in bounds if stop - start >= least),
            default=float("inf"),
        )
        if found < best and (native is None or not native(start, stop)):
            best = found
    return best
