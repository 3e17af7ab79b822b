"""Protect glossary terms through machine translation: mask, translate, restore.

Each term becomes a placeholder such as ``ZXQA``: an upper-case Latin pseudo-acronym.
SentencePiece splits it into a few Latin pieces and Argos models copy such acronyms
through unchanged (they are trained on text full of ``KIAT``, ``NATO``), with no
inflection to lose and no digits to reformat as numbers. After translation each
placeholder is replaced by the term's rendering, and in Korean the particle written onto
the placeholder takes the form the rendering needs (``ZXQA는`` → 키르기스스탄은); a placeholder
the model lost is simply absent, the draft keeps what the model wrote, and the glossary
check flags the term.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable

from ..qa.glossary import Glossary
from ..qa.particles import agree

PREFIX = "ZXQ"
_PLACEHOLDER = re.compile(
    r"Z\s?X\s?Q\s?([A-Z])([\uAC00-\uD7A3]*)", re.I
)  # and the Hangul written onto it


def placeholder(index: int) -> str:
    return PREFIX + string.ascii_uppercase[index % 26]


def mask(sentence: str, glossary: Glossary, language: str) -> tuple[str, Callable[[str], str]]:
    """``sentence`` with each glossary term that has a ``language`` rendering replaced by a
    placeholder, and the function that puts the renderings into the translated text."""
    renderings: dict[str, str] = {}
    pieces, position = [], 0
    for match in glossary.find(sentence):
        rendering = glossary.target(match.term, language)
        if not rendering or len(renderings) >= 26:
            continue
        code = next((c for c, r in renderings.items() if r == rendering), None)
        code = code or placeholder(len(renderings))
        renderings[code] = rendering
        pieces += [sentence[position : match.start], code]
        position = match.stop
    pieces.append(sentence[position:])

    def restore(translated: str) -> str:
        def put_back(found: re.Match[str]) -> str:
            rendering = renderings.get(PREFIX + found.group(1).upper())
            if rendering is None:
                return found.group(0)
            attached = found.group(2)
            return rendering + (agree(rendering, attached) if language == "ko" else attached)

        return _PLACEHOLDER.sub(put_back, translated)

    return "".join(pieces), restore
