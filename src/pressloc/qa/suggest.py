"""Names in the source that the glossary lacks, with an English transliteration to start from.

Named entities come from natasha's Russian NER (its model ships inside the wheel: no
download); lemmas from pymorphy3. Transliteration uses iuliia's WIKIPEDIA schema, the
convention of English-language Wikipedia and most English press (``Усенбекова`` →
``Usenbekova``, ``Щербаков`` → ``Shcherbakov``): plain ASCII, no apostrophes for soft
signs, unlike BGN/PCGN; readable, unlike ICAO passports' ``Iuliia``. The reviewer checks
it against the person's own spelling before adding the term.
"""

from __future__ import annotations

from dataclasses import dataclass

from .glossary import Glossary
from .morph import analyzer, name_lemma
from .ner import entities
from .spelling import romanise


@dataclass(frozen=True)
class Suggestion:
    text: str
    lemma: str
    kind: str
    english: str


def nominative(text: str, kind: str) -> str:
    """The dictionary form of an entity: names word by word (``Айнуры Усенбековой`` →
    ``Айнура Усенбекова``); organisations and places up to their head noun."""
    words = text.split()
    if kind == "PER":
        gender = _gender(words)
        return " ".join(_person_word(word, gender) for word in words)
    out, inflecting = [], True
    for word in words:
        parse = analyzer().parse(word)[0]
        form = parse.inflect({"nomn"}) if inflecting else None
        out.append(_cased(form.word, word) if form else word)
        if "NOUN" in parse.tag:
            inflecting = False
    return " ".join(out)


def _gender(words: list[str]) -> str | None:
    """The gender of a person from their first name (``Айнура`` → femn), if one is known."""
    for word in words:
        for parse in analyzer().parse(word):
            if "Name" in parse.tag and parse.tag.gender:
                return parse.tag.gender
    return None


def _person_word(word: str, gender: str | None) -> str:
    for parse in analyzer().parse(word):
        grammemes = parse.tag.grammemes
        if not {"Name", "Surn", "Patr"} & grammemes or "plur" in grammemes:
            continue
        if gender and parse.tag.gender and parse.tag.gender != gender:
            continue
        if form := parse.inflect({"nomn", "sing"}):
            return _cased(form.word, word)
    return _cased(name_lemma(word) or word, word)


def _cased(form: str, like: str) -> str:
    if like.isupper():
        return form.upper()
    return form[:1].upper() + form[1:] if like[:1].isupper() else form


def suggest(sentences: list[str], glossary: Glossary | None) -> list[Suggestion]:
    """Entities of ``sentences`` not covered by the glossary, each once, in order of appearance."""
    seen, found = set(), []
    for sentence in sentences:
        covered = [(m.start, m.stop) for m in glossary.find(sentence)] if glossary else []
        for start, stop, kind, text in entities(sentence):
            if any(a < stop and start < b for a, b in covered):
                continue
            lemma = nominative(text, kind)
            if lemma.lower() in seen:
                continue
            seen.add(lemma.lower())
            found.append(Suggestion(text, lemma, kind, romanise(lemma)))
    return found
