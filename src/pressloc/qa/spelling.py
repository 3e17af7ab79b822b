"""Whether a Latin word spells a Russian name: both reduced to consonant keys.

The Russian word is romanised with iuliia, and both are reduced to a consonant skeleton
with similar sounds merged and doubles collapsed, so ``Усенбековой`` and ``Usenbekova``
both read ``.snbkb`` (the mark: it opens with a vowel). A target word is read several ways,
as English may sound it (``g`` as in Giants, ``ch`` as in Michael, an initial ``h`` that
Russian writes ``Г`` in ``Гарвард``, and one between vowels in ``Огайо``, Ohio). Two keys are
alike when they open alike (both with a consonant, or both with a vowel, h, w or y:
``Россия`` is no Euro-Asia, ``Сената`` no West), begin with the same consonant, and share
most of the rest.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

_WORD = re.compile(r"[A-Za-z]+")
_DIGRAPHS = [
    ("dzh", "j"),
    ("gh", ""),
    ("kh", "h"),
    ("zh", "s"),
    ("sh", "s"),
    ("ch", "s"),
    ("ts", "s"),
    ("th", "t"),
    ("ph", "b"),
    ("ck", "k"),
    ("ng", "nk"),
    ("qu", "k"),
]
_CLASSES = str.maketrans("bpvfkgcqxdtlrzjs", "bbbbkkkkkttllsss", "aeiouywh'’ ")
# How English spellings may sound to a Russian ear: (pattern, replacement) per reading.
_READINGS = [
    (r"g(?=[eiy])", "j"),
    ("ch", "k"),
    ("w", "v"),
    (r"^mc", "mak"),
    (r"^h", "g"),
    ("gh", "g"),
    (r"^j", "y"),
    (r"^x", "s"),
    ("cz", "ch"),
    ("eu", "ev"),
    (r"(?<=[aeiou])h(?=[aeiou])", "g"),
    (r"c(?=a?$)", "ts"),
]  # a Slavic ending: Zorica is Зорица, Kovacic Ковачич
# English words that name nothing: capitalised at a sentence's start (This, While) they are
# no rendering of a name, and the encoder finds some of them close to any rare word.
# fmt: off
FUNCTION_WORDS = frozenset([
    "a", "an", "the", "be", "is", "are", "was", "were", "been", "being", "am", "do", "does", "did",
    "done", "have", "has", "had", "having", "of", "in", "on", "at", "to", "for", "from", "by",
    "with", "without", "about", "into", "onto", "over", "under", "after", "before", "between",
    "through", "during", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "that",
    "this", "these", "those", "it", "its", "he", "she", "they", "them", "his", "her", "their", "we",
    "us", "our", "you", "your", "i", "me", "my", "not", "no", "as", "up", "out", "off", "all",
    "any", "some", "each", "every", "which", "who", "whom", "whose", "what", "when", "where", "why",
    "how", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "said",
    "says", "say", "also", "just", "very", "more", "most", "much", "many", "such", "only", "own",
    "same", "other", "another", "there", "here", "while", "because", "since", "until", "unless",
    "although", "though", "whether", "both", "either", "neither", "one", "two", "mr", "mrs", "ms",
    "dr", "sen", "rep", "gov", "gen", "rev", "sir",
])  # titles, which English abbreviates: Mr. is no Мюллер
# fmt: on
# Capitalised in English, and never a rendering of a Russian name (Friday is no Палу).
# fmt: off
CALENDAR = frozenset([
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
])
# fmt: on
THRESHOLD = 0.75
INITIAL = "."  # a key's mark for a word that opens with a vowel, h, w or y
_OPENING = set("aeiouyhw")
# Adjacent capitalised words read as one name (``Berners Lee`` for ``Бернерс-Ли``, ``St. Louis``,
# ``O'Neill`` for ``О'Нил``).
_JOINERS = (" ", "-", ". ", "'", "’")


@lru_cache(maxsize=65536)
def key(latin: str) -> str:
    """Consonant skeleton with similar sounds merged and doubles collapsed, marked when the
    word opens with a vowel, h, w or y (``Shcherbakova`` → ``slbkb``, ``Dzherrard`` → ``slt``,
    ``Erdogan`` → ``.ltkn``; ``Хаммел``, romanised ``Khammel``, and Hammel both ``.ml``)."""
    text = re.sub(r"(.)\1+", r"\1", re.sub(r"c(?=[eiy])", "s", latin.lower()))
    for digraph, letter in _DIGRAPHS:
        text = text.replace(digraph, letter)
    text = re.sub(r"[^a-z]", "", text)
    opening = INITIAL if text[:1] in _OPENING else ""
    return opening + re.sub(r"(.)\1+", r"\1", text.translate(_CLASSES))


def audible(name_key: str) -> int:
    """The consonants of a key, without its opening mark."""
    return len(name_key) - name_key.startswith(INITIAL)


@lru_cache(maxsize=65536)
def romanise(russian: str) -> str:
    import iuliia

    return iuliia.WIKIPEDIA.translate(russian)


@lru_cache(maxsize=65536)
def word_keys(word: str) -> frozenset[str]:
    """Keys of a Latin word as English may sound it (``Harvard`` also as ``Garvard``)."""
    word = word.lower()
    readings = {word} | {re.sub(pattern, replacement, word) for pattern, replacement in _READINGS}
    return frozenset(k for k in map(key, readings) if k)


def similarity(name_key: str, target_key: str) -> float:
    """How alike two keys are, 0 below ``THRESHOLD`` or when they open differently or their
    first consonants differ (``Эрдоган`` ``.ltkn`` is no ``Cologne`` ``klkn``)."""
    opening = 1 + name_key.startswith(INITIAL)  # the mark and the first consonant
    if not name_key or not target_key or name_key[:opening] != target_key[:opening]:
        return 0.0
    ratio = SequenceMatcher(None, name_key, target_key).ratio()
    return ratio if ratio >= THRESHOLD else 0.0


def best(name_keys: tuple[str, ...], target_keys) -> float:
    return max((similarity(a, b) for a in name_keys for b in target_keys), default=0.0)


@lru_cache(maxsize=1024)
def capitalised_words(
    target: str, every: bool = False
) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """``(start, stop, keys)`` of each capitalised word of a draft, and of each two adjacent
    ones (``Berners Lee``), accents aside (``Zárate`` as ``Zarate``); not days, months and
    function words (``Friday``, ``This``) unless ``every`` (a name as short as ``Мэй`` may
    be spelt like one: May). Kept per draft: every name of a sentence reads it."""
    text = _unaccented(target)
    words = [
        m
        for m in _WORD.finditer(text)
        if m.group(0)[0].isupper() and (every or not _nameless(m.group(0).lower()))
    ]
    keyed = [(m.start(), m.end(), word_keys(m.group(0))) for m in words]
    pairs = [
        (a, d, frozenset(x + y for x in first for y in second))
        for (a, b, first), (c, d, second) in pairwise(keyed)
        if text[b:c] in _JOINERS
    ]
    return tuple(keyed + pairs)


def _nameless(word: str) -> bool:
    return word in FUNCTION_WORDS or word in CALENDAR


def _unaccented(text: str) -> str:
    """``Zárate`` as ``Zarate``, each character kept in its place."""
    return "".join(
        unicodedata.normalize("NFKD", char)[0] if "\u00c0" <= char < "\u0250" else char
        for char in text
    )
