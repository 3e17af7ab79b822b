"""Shape of a draft: decoding loops, paired punctuation and a sentence cut off (length
is in ``length``)."""

from __future__ import annotations

import re

from .script import words

_CHAR_LOOP = re.compile(r"(\w{2,}?)\1{2,}|(\w)\2{4,}")
MAX_NGRAM = 8


def repeated_phrase(text: str) -> str | None:
    """A phrase said twice in a row (once more for single words), or any 3+-word phrase
    said three times; None if the text has no such loop."""
    tokens = words(text)
    for n in range(MAX_NGRAM, 0, -1):
        times = 3 if n == 1 else 2
        for i in range(len(tokens) - n * times + 1):
            gram = tokens[i : i + n]
            if all(tokens[i + k * n : i + (k + 1) * n] == gram for k in range(1, times)):
                return " ".join(gram)
    loop = _CHAR_LOOP.search(text)
    return loop.group(0) if loop else None


_QUOTES = '"«»“”„'
_BRACKETS = [("(", ")"), ("[", "]")]


def unbalanced_marks(source: str, target: str) -> str | None:
    """Quotes or brackets left open in the draft but not in the source; None if alike.

    Double quotes of every style count together, as translators change their style and
    a quotation may open in one sentence and close in the next: only a quote added to
    a balanced source is flagged (a loop or a stray mark), not one dropped with its words."""
    for opening, closing in _BRACKETS:
        if source.count(opening) - source.count(closing) != target.count(opening) - target.count(
            closing
        ):
            return f"{opening}{closing}"
    source_quotes, target_quotes = (len(_QUOTE_MARK.findall(text)) for text in (source, target))
    if target_quotes % 2 and not source_quotes % 2 and source_quotes <= target_quotes:
        if _SPEECH_DASH.search(source) or _EDGE_QUOTE.search(target.strip()):
            return None  # reported speech: Russian dashes, a quotation open across sentences
        return "quotes"
    return None


# A double quote between two Latin letters is an apostrophe mistyped (``coup d"état``), no
# quotation; Korean writes quotes straight onto the words on both sides (‘보이는 것’을).
_LATIN_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"
_QUOTE_MARK = re.compile(rf"(?<![{_LATIN_LETTER}])[{_QUOTES}]|[{_QUOTES}](?![{_LATIN_LETTER}])")
_SPEECH_DASH = re.compile(r"^\s*[—–-]|[,!?.…]\s*[—–]\s")
_EDGE_QUOTE = re.compile(rf"^[{_QUOTES}'‘’]|[{_QUOTES}'‘’][.,!?…]*$|[.,!?…][{_QUOTES}'‘’]\S?$")
