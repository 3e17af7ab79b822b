"""Letters, scripts and words: the small text facts several checks share."""

from __future__ import annotations

import re

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
HANGUL = re.compile(r"[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F]")
HANGUL_SYLLABLE = re.compile(r"[\uAC00-\uD7A3]")
LATIN = re.compile(r"[A-Za-z]")
LATIN_WORD = re.compile(r"[A-Za-z]+")
CYRILLIC_WORD = re.compile(r"[\u0400-\u04FF]+(?:-[\u0400-\u04FF]+)*")
WORD = re.compile(r"\w+(?:[-'’]\w+)*")
LETTER = re.compile(r"[^\W\d_]")


def has_cyrillic(text: str) -> bool:
    return bool(CYRILLIC.search(text))


def has_hangul(text: str) -> bool:
    return bool(HANGUL.search(text))


def letters(text: str) -> int:
    return len(LETTER.findall(text))


def words(text: str) -> list[str]:
    """Word tokens, lower-cased: what repetition and n-gram checks compare."""
    return [word.lower() for word in WORD.findall(text)]


def visible_length(text: str) -> int:
    """Characters that are not spaces: lengths compared across scripts."""
    return sum(not char.isspace() for char in text)
