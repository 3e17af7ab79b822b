"""English drafts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..script import CYRILLIC, LATIN, letters
from ..tables import words
from .base import Profile

_LAST = re.compile(r"([A-Za-z]+)('s)?(?=[^\w]*$)")


@dataclass(frozen=True)
class English(Profile):
    def wrong_script(self, source: str, target: str) -> str | None:
        found = super().wrong_script(source, target)
        if found or not letters(target):
            return found
        latin = len(LATIN.findall(target))  # Cyrillic is the untranslated check's
        if letters(CYRILLIC.sub("", target)) - latin > latin:
            return "an English draft mostly in another script"
        return None

    def cut_off(self, target: str) -> str | None:
        """An article, a conjunction... (``data/en-open-words.txt``: no English sentence ends
        in one) ``the``, ``and``... or a lower-case possessive (``region's``; ``McDonald's`` is a
        name) as the last word; matched case-sensitively, so the grade ``an A.`` ends well."""
        last = _LAST.search(target)
        if last is None:
            return None
        word, possessive = last.groups()
        if possessive:
            return last.group(0) if word.islower() else None
        return word if word in words("en-open-words") else None


PROFILE = English("en")
