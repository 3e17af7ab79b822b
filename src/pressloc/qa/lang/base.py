"""The profile every language starts from: what the checks may judge without knowing it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..script import HANGUL_SYLLABLE, has_hangul, letters

_CLOSING = r"[\s\"'»”“’)\]]*$"  # quotes and brackets after the final mark
STATEMENT_END = re.compile(r"(?<![?])[.!…]+" + _CLOSING)
QUESTION_END = re.compile(r"[?]" + _CLOSING)

__all__ = ["HANGUL_SYLLABLE", "QUESTION_END", "STATEMENT_END", "Profile"]


@dataclass(frozen=True)
class Profile:
    """A language's ways, as the checks read them. Subclasses override what they know."""

    code: str

    def wrong_script(self, source: str, target: str) -> str | None:
        """Why ``target`` is not written in this language's script, or None."""
        if letters(target) and has_hangul(target):
            return "Hangul in a non-Korean draft"
        return None

    def unfinished(self, source: str, target: str) -> str | None:
        """The last word of a draft when the sentence cannot end there, for a source that ends
        as a statement (``.`` or ``!``); None otherwise."""
        target = target.strip()
        if not STATEMENT_END.search(source.strip()) or QUESTION_END.search(target):
            return None
        return self.cut_off(target)

    def cut_off(self, target: str) -> str | None:
        """The last word of ``target`` if no sentence of this language ends in it."""
        return None
