"""Russian lemmas through pymorphy3, loaded on first use and kept (loading takes ~0.5 s)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..errors import PresslocError
from .loading import once

NAME_TAGS = ("Name", "Surn", "Patr")
PLACE_TAGS = ("Geox", "Orgn", "Trad")


def names_a_person(parse) -> bool:
    """Whether a pymorphy reading is a first name, surname or patronymic."""
    return any(tag in parse.tag for tag in NAME_TAGS)


@once
def analyzer():
    try:
        import pymorphy3
    except ImportError as e:  # pragma: no cover - a broken install
        raise PresslocError("pymorphy3 is not installed; run 'pip install pressloc' again") from e
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=131072)
def parses(word: str) -> tuple:
    """pymorphy3's readings of ``word``, likeliest first, read once per word (several of
    the functions below ask for the same word)."""
    return tuple(analyzer().parse(word))


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """Every dictionary form ``word`` may come from (``Усенбековой`` → ``{усенбеков}``)."""
    return frozenset(parse.normal_form.replace("ё", "е") for parse in parses(word))


@lru_cache(maxsize=65536)
def name_lemma(word: str, person_only: bool = False) -> str | None:
    """The lemma of a proper name (a person, or a word the dictionary does not know);
    None for common words and for well-known places, which translators translate."""
    best = parses(word)[0]
    if names_a_person(best) or (not person_only and not known_word(word)):
        return best.normal_form
    return None


@lru_cache(maxsize=65536)
def proper_name(word: str, first: bool = False) -> tuple[str, str] | None:
    """``(lemma, kind)`` of a capitalised word that names someone or something: kind
    ``person`` (a first name, surname or patronymic), ``place`` (a place, organisation or
    trade mark the dictionary knows) or ``unknown`` (a word the dictionary does not know).
    The likeliest reading decides (``Олимпиаде`` is no first name, ``Востоке`` no place);
    adjectives (``Шотландской``) are translated, not named. None otherwise."""
    best = parses(word)[0]
    if "ADJF" in best.tag:
        return None
    if names_a_person(best):
        return best.normal_form.replace("ё", "е"), "person"
    if any(tag in best.tag for tag in PLACE_TAGS):
        return best.normal_form.replace("ё", "е"), "place"
    if not known_word(word):
        if not first:  # a guess: trust only a noun's lemma
            lemma = best.normal_form if "NOUN" in best.tag else word.lower()
            return lemma.replace("ё", "е"), "unknown"
        if _SURNAME.search(word.lower()):  # Жапаров подчеркнул: a sentence opens with a surname
            return word.lower().replace("ё", "е"), "person"
    return None


# the endings of Russian and Central Asian surnames (Жапаров, Жээнбекова, Абдыкеримов, Ситников):
# a word the dictionary does not know that opens a sentence with one is a surname, not a rare word
_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|уулу|кызы)$")


@lru_cache(maxsize=65536)
def known_word(word: str) -> bool:
    """Whether the dictionary knows ``word`` (rather than guessing its forms)."""
    return analyzer().word_is_known(word.lower())


@lru_cache(maxsize=65536)
def common_noun(word: str) -> str | None:
    """The lemma of a word whose likeliest reading is a common noun (``Сенате`` → сенат,
    ``Палу`` → пал): capitalised inside a sentence, it is part of a name (``в Сенате``,
    ``в Палу``). None otherwise."""
    best = parses(word)[0]
    return best.normal_form.replace("ё", "е") if best.tag.POS == "NOUN" else None


@lru_cache(maxsize=65536)
def never_capitalised(word: str) -> bool:
    """Whether the likeliest reading of ``word`` is a part of speech Russian capitalises only
    at a sentence's start: a verb, a short participle or a gerund, a particle, a conjunction
    or a preposition (``Спита`` as спить, ``Заев`` as заесть, ``Ли`` as ли). Inside a
    sentence such a word is a name the dictionary happens to spell otherwise."""
    return parses(word)[0].tag.POS in (
        "VERB",
        "INFN",
        "GRND",
        "PRTS",
        "PRCL",
        "CONJ",
        "PREP",
    )


@lru_cache(maxsize=65536)
def adjective(word: str) -> bool:
    """Whether the likeliest reading of ``word`` is a full adjective (``Георгиевская``)."""
    return parses(word)[0].tag.POS == "ADJF"
