"""Korean drafts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..korean import LINK, NUMBER, korean_numbers
from ..numbers import dated
from ..script import HANGUL_SYLLABLE, LATIN_WORD, has_hangul, letters
from ..values import Number
from ..words import combined, numeric_months, vague, word_table
from .base import Profile

# A Korean sentence ends in a final ending: declarative -다/-니다, polite -요, questions
# -까/-니/-냐/-나, -죠, -지, -네, -군, informal -어/-아/-해/-야, imperative -라/-오/-게, -자,
# -래, -걸, -데, and the nominal endings of reports (-함, -음, -임, -됨). A draft whose last word
# ends otherwise (a connective -고/-며/-지만, a particle -은/-을/-의, a bare noun) was cut off.
# ``가`` is left out: it is far more often the subject particle than a question.
FINAL = frozenset("다요까니냐나죠지네군어아해야라오게자래걸데함음임됨")
_LAST_WORD = re.compile(r"[^\W\d_]+(?=[^\w]*$)")
_GLOSS = re.compile(r"\([^()]*\)")
_MONTH = re.compile(r"(?<![\d.,])(1[0-2]|0?[1-9])\s?월")
_VAGUE = (r"수십", r"수백", r"수천")
# a native number stands alone or before a counter and a particle: 열 다섯 마리, 두 번째, 세명
_COUNTER = (
    r"(?:명|개|번째|번|마리|살|해|달|주|시간|배|차례|가지|곳|대|째|분|권|건|척|채|장|잔|사람|골)?"
    r"(?:은|는|이|가|을|를|의|에|도|과|와|로|으로)?"
)


@dataclass(frozen=True)
class Korean(Profile):
    NUMBER = NUMBER
    LINK = LINK
    UNITS = "ko"
    # 프로 and 포인트 only after a number: 스태프로 is "as staff", 커리어 포인트 "career points"
    PERCENT = re.compile(r"%|퍼센트|\d\s?(?:프로(?![가-힣])|포인트)")
    SPELLS_NAMES = False  # 외래어 표기법: by sound, in Hangul
    PARTICLES = True

    def models(self) -> tuple:
        from ..morph_ko import _kiwi

        return (_kiwi,)  # Kiwi reads the draft's words

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

    def numbers(self, text: str) -> list[Number]:
        found, text = dated(text)
        return found + korean_numbers(text, self.measures)

    def number_words(self, text: str) -> set[int]:
        words = _counted_words()
        sequence = [
            next((v for v, p in words if p.fullmatch(t)), None) for t in re.split(r"[\s,.]+", text)
        ]
        return combined(sequence) | vague(text, _VAGUE)

    def months(self, text: str) -> set[int]:
        return numeric_months(text) | {int(month) for month in _MONTH.findall(text)}


@cache
def _counted_words() -> tuple[tuple[int, re.Pattern[str]], ...]:
    """Each number word of ``data/number-words.tsv`` with the counters that may follow it."""
    return tuple((v, re.compile(rf"{p.pattern}{_COUNTER}")) for v, p in word_table("ko").items())


PROFILE = Korean("ko")
