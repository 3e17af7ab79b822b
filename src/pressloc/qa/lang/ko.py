"""Korean drafts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..script import HANGUL_SYLLABLE, LATIN_WORD, has_hangul, letters
from .base import Profile

# A Korean sentence ends in a final ending: declarative -다/-니다, polite -요, questions
# -까/-니/-냐/-나, -죠, -지, -네, -군, informal -어/-아/-해/-야, imperative -라/-오/-게, -자,
# -래, -걸, -데, and the nominal endings of reports (-함, -음, -임, -됨). A draft whose last word
# ends otherwise (a connective -고/-며/-지만, a particle -은/-을/-의, a bare noun) was cut off.
# ``가`` is left out: it is far more often the subject particle than a question.
FINAL = frozenset("다요까니냐나죠지네군어아해야라오게자래걸데함음임됨")
_LAST_WORD = re.compile(r"[^\W\d_]+(?=[^\w]*$)")
_GLOSS = re.compile(r"\([^()]*\)")


@dataclass(frozen=True)
class Korean(Profile):
    def wrong_script(self, source: str, target: str) -> str | None:
        if not letters(target):
            return None
        if not has_hangul(target):
            return "no Hangul in a Korean draft"
        if self._mostly_latin(source, target):
            return "a Korean draft mostly in Latin letters: transliterated, not translated?"
        return None

    @staticmethod
    def _mostly_latin(source: str, target: str) -> bool:
        """More Latin letters than Hangul syllables, not counting glosses in brackets
        (``팰트로(Paltrow)``) nor the source's own Latin words (``KIAT``)."""
        kept = {word.lower() for word in LATIN_WORD.findall(source)}
        text = _GLOSS.sub("", target)
        latin = sum(len(word) for word in LATIN_WORD.findall(text) if word.lower() not in kept)
        return latin > len(HANGUL_SYLLABLE.findall(text))

    def cut_off(self, target: str) -> str | None:
        last = _LAST_WORD.search(target)
        if last is None or not HANGUL_SYLLABLE.fullmatch(last.group(0)[-1]):
            return None  # a Latin word or a number at the end: nothing to judge by
        return None if last.group(0)[-1] in FINAL else last.group(0)


PROFILE = Korean("ko")
