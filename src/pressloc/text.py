"""Small facts about text that several stages share."""

from __future__ import annotations

import re
import unicodedata

# Terminal controls (ESC, BEL…) and bidirectional embeddings, overrides and isolates (U+202E):
# invisible in a PO editor, they ring, recolour a terminal, or show text in another order than
# it is written. Tab and line ends are not among them (build folds them into spaces).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` without :data:`CONTROL` characters."""
    return CONTROL.sub("", text)


def blank(text: str) -> bool:
    """Nothing a reader would see: empty, white space, or invisible format characters
    (U+200B, U+FEFF) only. A blank msgstr is no translation, whatever its flags say."""
    return all(char.isspace() or unicodedata.category(char) == "Cf" for char in text)


def looks_cp1251(data: bytes) -> bool:
    """Most non-ASCII bytes are Windows-1251 Cyrillic letters (0xC0–0xFF, Ёё)."""
    high = [byte for byte in data if byte >= 0x80]
    return (
        bool(high) and sum(byte >= 0xC0 or byte in (0xA8, 0xB8) for byte in high) / len(high) > 0.9
    )


def shorten(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis when longer."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def russian_warning(text: str, label: str, doing: str = "translating it anyway") -> str | None:
    """A warning when the letters of ``text`` are mostly not Cyrillic (``doing``: what follows);
    a long text is judged by its first ``SAMPLE`` characters."""
    sample = text[:SAMPLE]
    letters = len(_LETTER.findall(sample))
    if letters < 20:
        return None
    share = len(_CYRILLIC_LETTER.findall(sample)) / letters
    if share >= 0.5:
        return None
    return f"{label}: this does not look like Russian ({share:.0%} Cyrillic letters); {doing}"


SAMPLE = 100_000
_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
