"""Whether a draft names a person by a pronoun, in the very place where the source names them.

A translator who knows the person was named a sentence or two before writes "he said" for
«…», — считает Адамс, and opens with "He" (그는) where the source opens with the name:
``Канье не первый рэппер…`` → "He is one of a number of famous rappers". That is no lost
name. The person must be named in the sentences before (``context``): the first mention of
a minister is never a pronoun. And only a pronoun in the name's place excuses it, so a name
simply left out still counts as lost:

- the name is the sentence's subject at its start (within its first words, after no other
  name and no pronoun of its own) and the draft opens with he or she (그는, 그녀가…); not
  "his", as "His fake voice…" for ``Трамп … своим голосом`` has lost its subject;
- or the name is the speaker of the source's attribution (``— прокомментировал Питер Мерчи``,
  ``По словам Трампа``) and the draft says "he said" right after a closing quote (``," he
  said``, ``," said she``; ``"라고 그는 말했다``).

The name must be a person's, by the dictionary or the Russian NER: "It" for a country or
"they" for a team are left to the names check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .attribution import attribution
from .morph import analyzer, lemmas, names_a_person
from .ner import entities

LEADING = 4  # words: a subject named after this many is not the sentence's opening
_OPENING = re.compile(r"^[\s\"'«“„‘(—–-]*")
_WORD = re.compile(r"[\w-]+")
_CAPITALISED = re.compile(r"(?<![\w-])[А-ЯЁ][\w-]+")
# a pronoun or a conjunction before the name: it is not the sentence's opening subject
_NOT_SUBJECT = frozenset("""я ты он она оно мы вы они его ее её ему ей него нее неё им ею их что чтобы
который которая которое которые если когда как""".split())
_CLAUSE_MARK = re.compile(r"[«»\"“”„—–,:;]")
_OPENS = {  # a subject: "His bond" or 그의 may open a sentence that dropped the name before it
    "en": re.compile(r"(?:He|She)(?![\w'’-])"),
    "ko": re.compile(r"(?:그녀|그)(?:는|가)(?![\uAC00-\uD7A3])"),
}
# "he said" straight after a closing quote (``white," he said``; ``"라고 그는 말했다``): the
# draft's attribution, not a "he said" quoted inside it or a "said he would" that reports.
_SAYS = {
    "en": re.compile(r"[.,!?…][\"”’']\s*(?:(?:he|she)\s+(?:said|says|added|told|wrote|tweeted|noted|explained"
                     r"|stated|continued|commented|recalled|argued|insisted|remarked|replied|admitted|claimed"
                     r"|warned)|said\s+(?:he|she))(?![\w-])", re.I),
    "ko": re.compile(r"[\"”’']\s*(?:라고|고)?\s*(?:그녀|그)(?:는|가)\s+(?:[\uAC00-\uD7A3]+\s+){0,2}"
                     r"(?:말했|말한|말하|밝혔|전했|덧붙|설명했)"),
}


def by_pronoun(source: str, target: str, language: str, lost: list[str], context: Sequence[str]) -> list[str]:
    """The names of ``lost`` that the draft does not render by a pronoun in their place, where
    ``context``, the source sentences before this one, names them."""
    opens, says = _OPENS.get(language), _SAYS.get(language)
    if opens is None or not lost or not context:
        return lost
    opening = opens.match(target, _OPENING.match(target).end()) is not None
    saying = len(says.findall(target))
    spoken = attribution(source)
    kept = []
    for name in lost:
        start = _position(source, name)
        if start is None or not _named(name, context) or not _person(source, name, start):
            kept.append(name)
        elif opening and _opens(source, start):
            opening = False
        elif saying and _speaker(source, spoken, name):
            saying -= 1
        else:
            kept.append(name)
    return kept


def _position(source: str, name: str) -> int | None:
    found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", source)
    return found.start() if found else None


def _named(name: str, context: Sequence[str]) -> bool:
    """Whether a sentence of ``context`` names the person: a word that shares a lemma with the
    name's last word (``Симса`` and ``Симс``)."""
    wanted = lemmas(name.split()[-1])
    return any(lemmas(word) & wanted for sentence in context for word in _CAPITALISED.findall(sentence))


def _person(source: str, name: str, start: int) -> bool:
    """Whether ``name`` is a person's: a first name or surname to the dictionary, or a person
    to the Russian NER."""
    if any(names_a_person(analyzer().parse(word)[0]) for word in name.split()):
        return True
    return any(a <= start < b and kind == "PER" for a, b, kind, _ in entities(source))


def _opens(source: str, start: int) -> bool:
    """Whether the name at ``start`` opens the sentence: among its first words, in its first
    clause, with no pronoun or conjunction before it and no capitalised word (another name)
    but the sentence's first word."""
    opening = source[_OPENING.match(source).end():start]
    before = _WORD.findall(opening)
    if len(before) >= LEADING or _CLAUSE_MARK.search(opening) or any(w.lower() in _NOT_SUBJECT for w in before):
        return False
    return not any(word[0].isupper() for word in before[1:])


def _speaker(source: str, spoken: str | None, name: str) -> bool:
    """Whether the source names ``name`` as who says it: in its attribution (``сказал
    Адамс``), after ``по словам`` (``По словам Трампа``), or a few words after a quotation
    and a dash (``», — прокомментировал Питер Мерчи``, ``— считает Адамс. —``)."""
    named = re.escape(name)
    return ((spoken is not None and name in spoken)
            or re.search(rf"(?<![\w-])по словам\s+{named}(?![\w-])", source, re.I) is not None
            or re.search(rf"[»\"”,.!?…]\s*[—–]\s+(?:[\w-]+\s+){{0,3}}{named}(?![\w-])", source) is not None)
