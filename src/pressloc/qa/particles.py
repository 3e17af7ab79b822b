"""Korean particles that agree with the word before them.

A particle's form depends on whether that word ends in a consonant: 키르기스스탄은 but
비슈케크는; 한국을, 포럼과, 연구원으로, but 서울로 (a final ㄹ takes 로). A glossary term put
back in place of a placeholder (``ZXQA``, which ends in a vowel as Koreans read Latin
letters: 에이) keeps the particle the engine chose for the placeholder, so
``키르기스스탄는`` would be published; ``agree`` gives the particle the form the term needs.
"""

from __future__ import annotations

# (after a consonant, after a vowel); 으로 and 로 are the third kind: a final ㄹ takes 로
# (the copula 이다, which a vowel may keep or shorten to 다, is left as the engine wrote it)
_PAIRS = [
    ("은", "는"),
    ("이", "가"),
    ("을", "를"),
    ("과", "와"),
    ("으로", "로"),
    ("이나", "나"),
    ("이라고", "라고"),
    ("이라는", "라는"),
    ("이라", "라"),
    ("이며", "며"),
    ("이랑", "랑"),
]
_FORMS = sorted(((form, pair) for pair in _PAIRS for form in pair), key=lambda item: -len(item[0]))
# what may follow an agreeing particle in the same word: 와의, 으로부터, 로서는
_TAILS = ("", "의", "도", "는", "만", "서", "써", "부터", "서는", "서의", "부터는")
# Latin letters whose Korean names end in a consonant: 엘, 엠, 엔, 알 (L and R in ㄹ)
_LETTER_FINAL = {"L": "ㄹ", "M": "ㅁ", "N": "ㄴ", "R": "ㄹ"}
_RIEUL = 8  # the index of a final ㄹ in a Hangul syllable


def final(word: str) -> str | None:
    """How ``word`` ends as Korean reads it: ``"vowel"``, ``"ㄹ"`` or ``"consonant"``;
    None when that cannot be told (a Latin word, a digit)."""
    if not word:
        return None
    last = word[-1]
    if "\uac00" <= last <= "\ud7a3":
        batchim = (ord(last) - 0xAC00) % 28
        return "vowel" if batchim == 0 else "ㄹ" if batchim == _RIEUL else "consonant"
    if word.isascii() and word.isalpha() and word.isupper():  # an acronym, read letter by letter
        sound = _LETTER_FINAL.get(last)
        return "vowel" if sound is None else "ㄹ" if sound == "ㄹ" else "consonant"
    return None


def agree(word: str, attached: str) -> str:
    """``attached``, the Hangul written right after ``word``, with its particle in the form
    ``word`` needs; unchanged when it is no particle this knows or ``word``'s end is unknown."""
    ending = final(word)
    if ending is None:
        return attached
    for form, (after_consonant, after_vowel) in _FORMS:
        if attached.startswith(form) and attached[len(form) :] in _TAILS:
            if after_vowel == "로":
                wanted = after_consonant if ending == "consonant" else after_vowel
            else:
                wanted = after_vowel if ending == "vowel" else after_consonant
            return wanted + attached[len(form) :]
    return attached
