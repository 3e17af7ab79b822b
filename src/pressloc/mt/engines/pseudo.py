"""Pseudo-localisation: a deterministic, visibly fake translation for testing the workflow.

Cyrillic is transliterated to Latin inside markers (Hangul markers for Korean), so a reviewer
or a test sees at once which text went through the pipeline; digits, Latin words and
punctuation pass through unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import Draft, EngineSettings, Progress

# fmt: off
_TRANSLIT = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "ʺ", "y", "ʹ", "e", "yu", "ya"],
    strict=True,
))
# fmt: on
MARKERS = {"ko": ("⟦의사:", "⟧"), "en": ("⟦pseudo:", "⟧")}
DEFAULT_MARKERS = ("⟦pseudo-{lang}:", "⟧")


def transliterate(text: str) -> str:
    """Russian Cyrillic → Latin, keeping case; every other character is kept as it is."""
    out = []
    for char in text:
        latin = _TRANSLIT.get(char.lower())
        if latin is None:
            out.append(char)
        elif char.isupper():
            out.append(latin.capitalize())
        else:
            out.append(latin)
    return "".join(out)


def pseudo_translate(text: str, target: str) -> str:
    opening, closing = MARKERS.get(target, DEFAULT_MARKERS)
    return f"{opening.format(lang=target)} {transliterate(text)} {closing}"


class PseudoEngine:
    """The ``pseudo`` engine; it has no settings of its own."""

    name = "pseudo"

    def __init__(self, settings: EngineSettings | None = None):
        self.settings = settings

    def check(self, source: str, target: str) -> None:
        """Pseudo-localisation needs no model: any pair will do."""

    def translate(
        self, sentences: Sequence[str], source: str, target: str, progress: Progress | None = None
    ) -> list[Draft]:
        drafts = []
        for sentence in sentences:
            drafts.append(Draft(pseudo_translate(sentence, target), notes={"engine": self.name}))
            if progress:
                progress(1)
        return drafts
