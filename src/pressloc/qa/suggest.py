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
from .morph import NAME_TAGS, PLACE_TAGS, analyzer, known_word, name_lemma
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
    """Entities of ``sentences`` not covered by the glossary, each once, in order of appearance.
    A lone common noun the NER takes for an organisation (``заседаний Комиссии``) is a short
    mention of a term when a term has that word (``Межправительственная … Комиссия по …``),
    and left out; else it is suggested without a transliteration, since it is translated
    (Commission, not Komissiya)."""
    seen, found = set(), []
    in_terms = glossary.word_lemmas() if glossary else frozenset()
    for sentence in sentences:
        covered = [(m.start, m.stop) for m in glossary.find(sentence)] if glossary else []
        for start, stop, kind, text in entities(sentence):
            if any(a < stop and start < b for a, b in covered):
                continue
            common = _common_noun(text)
            if common and common in in_terms:
                continue
            lemma = nominative(text, kind)
            if lemma.lower() in seen:
                continue
            seen.add(lemma.lower())
            found.append(Suggestion(text, lemma, kind, "" if common else romanise(lemma)))
    return found


def _common_noun(text: str) -> str | None:
    """The lemma of an entity of one word that the dictionary knows as a common noun only."""
    if " " in text:
        return None
    parse = analyzer().parse(text)[0]
    if "NOUN" not in parse.tag or set(NAME_TAGS + PLACE_TAGS) & parse.tag.grammemes:
        return None
    return parse.normal_form.replace("ё", "е") if known_word(text) else None
