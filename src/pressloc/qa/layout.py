"""Shape of a draft: decoding loops, paired punctuation and a sentence cut off (length
is in ``length``)."""

from __future__ import annotations

import re

from .script import HANGUL_SYLLABLE, words

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


# A Korean sentence ends in a final ending: declarative -다/-니다, polite -요, questions
# -까/-니/-냐/-나, -죠, -지, -네, -군, informal -어/-아/-해/-야, imperative -라/-오/-게,
# -자, -래, -걸, -데, and the nominal endings of reports (-함, -음, -임, -됨). A draft whose
# last word ends otherwise (a connective -고/-며/-지만, a particle -은/-을/-의, a bare noun)
# was cut off. ``가`` is left out: it is far more often the subject particle than a question.
_KOREAN_FINAL = set("다요까니냐나죠지네군어아해야라오게자래걸데함음임됨")
_CLOSING = r"[\s\"'»”“’)\]]*$"  # quotes and brackets after the final mark
_STATEMENT_END = re.compile(r"(?<![?])[.!…]+" + _CLOSING)
_QUESTION_END = re.compile(r"[?]" + _CLOSING)
_LAST_WORD = re.compile(r"[^\W\d_]+(?=[^\w]*$)")

# An English sentence does not end in an article, a conjunction, a possessive determiner
# or a word that opens a phrase (``as``, ``than``): a draft that does was cut off.
# Prepositions English often strands (``of``, ``with``, ``for``, ``in``, ``at``: "what they
# struggle with.") are left out, and so is ``her`` (as often an object). ``to`` and
# ``into`` can be stranded too ("the man she spoke to."), but none of NTREX-128's 1,997
# human English sentences ends in any of these words, while a fifth (135 of 720) of its sentences
# cut in half do, most of them in ``to`` or ``the``.
# fmt: off
_ENGLISH_OPEN = frozenset([
    "the", "a", "an", "and", "or", "but", "nor", "its", "their", "my", "our", "your", "whose",
    "into", "onto", "to", "as", "than", "because", "whether",
])
# fmt: on
_ENGLISH_LAST = re.compile(r"([A-Za-z]+)('s)?(?=[^\w]*$)")


def unfinished(source: str, target: str, language: str) -> str | None:
    """The last word of a draft when it cannot end a sentence that the source ends as a
    statement (``.`` or ``!``; questions, in source or draft, and headlines without a full
    stop are left alone): a Korean word with no final ending, an English article,
    conjunction or possessive (``the region's.``); None otherwise, and for other languages."""
    target = target.strip()
    if (
        language not in ("ko", "en")
        or not _STATEMENT_END.search(source.strip())
        or _QUESTION_END.search(target)
    ):
        return None
    if language == "en":
        return _english_unfinished(target)
    last = _LAST_WORD.search(target)
    if last is None or not HANGUL_SYLLABLE.fullmatch(last.group(0)[-1]):
        return None  # a Latin word or a number at the end: nothing to judge by
    return None if last.group(0)[-1] in _KOREAN_FINAL else last.group(0)


def _english_unfinished(target: str) -> str | None:
    """``the``, ``and``... or a lower-case possessive (``region's``; ``McDonald's`` is a
    name) as the last word; matched case-sensitively, so the grade ``an A.`` ends well."""
    last = _ENGLISH_LAST.search(target)
    if last is None:
        return None
    word, possessive = last.groups()
    if possessive:
        return last.group(0) if word.islower() else None
    return word if word in _ENGLISH_OPEN else None
