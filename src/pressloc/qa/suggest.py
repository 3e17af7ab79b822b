"""Names in the source that the glossary lacks, with an English transliteration to start from.

Named entities come from natasha's Russian NER (its model ships inside the wheel: no
download); lemmas from pymorphy3. Transliteration uses iuliia's WIKIPEDIA schema, the
convention of English-language Wikipedia and most English press (``Усенбекова`` →
``Usenbekova``, ``Щербаков`` → ``Shcherbakov``): plain ASCII, no apostrophes for soft
signs, unlike BGN/PCGN; readable, unlike ICAO passports' ``Iuliia``. The reviewer checks
it against the person's own spelling before adding the term.

Reviewers' approvals teach it too (:func:`with_approvals`): where the translation memory has
approved translations of sentences naming the entity, the names check's own matching
(:mod:`names`) finds how each renders it, and the rendering most approvals share is proposed,
with how many they are.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import groupby

from .glossary import Glossary
from .lang import profile
from .morph import NAME_TAGS, PLACE_TAGS, known_word, name_lemma, names_a_person, parses
from .morph_ko import morphemes
from .names import Name, _other_words, renderings, source_names
from .ner import entities
from .spelling import romanise

_WORD = re.compile(r"\w+(?:[-‑]\w+)*")
# What names a settlement before its name: ``г. Ош``, ``с. Кара-Суу``, ``города Ош``
# (``2023 г.`` is a year: a number before ``г.`` is no town).
_PLACE_MARK = re.compile(
    r"(?:(?<!\d)(?<!\d\s)\b(?:г|гор|с|пос|пгт)\.|\b(?:город|города|городе|городу|"
    r"село|села|селе|посёлок|поселок|посёлка|поселка|айыл|айыла|аул|аула)\s)\s*$"
)
# A masculine surname in the nominative: ``Абдыкеримов``, ``Жапаров`` (not ``Абдыкерим``,
# ``Жапар``).
_SURNAME = re.compile(r"\w+(?:ов|ев|ёв|ин|ын)$")


APPROVALS_READ = 50  # approved sentences read per name and language, the newest first


@dataclass(frozen=True)
class Suggestion:
    text: str
    lemma: str
    kind: str
    english: str
    sentence: str = field(default="", compare=False, repr=False)  # where it was found
    # (language, rendering, approvals) the reviewers' approvals support, one per language
    approved: tuple[tuple[str, str, int], ...] = ()


def nominative(text: str, kind: str) -> str:
    """The dictionary form of an entity: names word by word (``Айнуры Усенбековой`` →
    ``Айнура Усенбекова``); organisations and places up to their head noun."""
    words = text.split()
    if kind == "PER":
        return _person(words)
    out, inflecting = [], True
    for word in words:
        parse = parses(word)[0]
        form = parse.inflect({"nomn"}) if inflecting else None
        out.append(_cased(form.word, word) if form else word)
        if "NOUN" in parse.tag:
            inflecting = False
    return " ".join(out)


def _person(words: list[str]) -> str:
    """A person's name in the nominative. The words of a name share a case: when they can all
    be nominatives (``Эдиль Байсалов``), every word is kept as written, even one the dictionary
    reads otherwise (``Эдиль`` as a plural of Эдиля)."""
    readings = [_readings(word) for word in words]
    if gender := _gender(readings):
        readings = [[p for p in parses if _fits(p, gender)] for parses in readings]
    cases = _shared_cases(readings)
    return " ".join(
        _person_word(word, parses, cases) for word, parses in zip(words, readings, strict=True)
    )


def _readings(word: str) -> list:
    """The readings of ``word`` as one person's first name, surname or patronymic; failing
    that, as a singular noun (``Таланта``, ``Чынгыза``), which still tells the case."""
    single = [parse for parse in parses(word) if "plur" not in parse.tag]
    return [parse for parse in single if names_a_person(parse)] or [
        parse for parse in single if parse.tag.POS == "NOUN"
    ]


def _gender(readings: list[list]) -> str | None:
    """The gender of the first name (``Айнура`` → femn) if every name word can have it."""
    names = [parses for parses in readings if any(names_a_person(p) for p in parses)]
    first = [p.tag.gender for parses in names for p in parses if "Name" in p.tag and p.tag.gender]
    if first and all(any(_fits(p, first[0]) for p in parses) for parses in names):
        return first[0]
    return None


def _fits(parse, gender: str) -> bool:
    return not names_a_person(parse) or not parse.tag.gender or parse.tag.gender == gender


def _shared_cases(readings: list[list]) -> frozenset[str]:
    """The cases every word of the name can be in (empty if they have none in common)."""
    known = [{parse.tag.case for parse in parses} for parses in readings if parses]
    return frozenset(set.intersection(*known)) if known else frozenset()


def _person_word(word: str, parses: list, cases: frozenset[str]) -> str:
    """One word of a name in the nominative; a word that can be one already is kept."""
    if "nomn" in cases:
        return word
    fitting = [parse for parse in parses if parse.tag.case in cases] or parses
    if any(parse.tag.case == "nomn" for parse in fitting) or (not parses and _SURNAME.match(word)):
        return word
    if fitting and (form := fitting[0].inflect({"nomn", "sing"})):
        return _cased(form.word, word)
    return _cased(name_lemma(word) or word, word)


def _cased(form: str, like: str) -> str:
    """``form`` with the capitals of ``like``, part by part (``касым-жомарт`` →
    ``Касым-Жомарт``)."""
    if like.isupper():
        return form.upper()
    parts, like_parts = form.split("-"), like.split("-")
    if len(parts) != len(like_parts):
        parts, like_parts = [form], [like]
    return "-".join(
        part[:1].upper() + part[1:] if model[:1].isupper() else part
        for part, model in zip(parts, like_parts, strict=True)
    )


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
        for start, stop, kind, text in _entities(sentence):
            if any(a < stop and start < b for a, b in covered):
                continue
            common = _common_noun(text)
            if common and common in in_terms:
                continue
            lemma = nominative(text, kind)
            if lemma.lower() in seen:
                continue
            seen.add(lemma.lower())
            english = "" if common else romanise(lemma)
            found.append(Suggestion(text, lemma, kind, english, sentence))
    return found


def with_approvals(found: list[Suggestion], memories: dict) -> list[Suggestion]:
    """``found``, each with the rendering that reviewers approved most often in each
    language, from the translation ``memories`` (:class:`pressloc.memory.Memory` by
    language): the names check matches the entity in approved sentences naming it and finds
    its rendering in their translations."""
    return [
        replace(suggestion, approved=tuple(_approved(suggestion, memories))) for suggestion in found
    ]


def _approved(suggestion: Suggestion, memories: dict):
    words = set(suggestion.text.split())
    for language, memory in memories.items():
        names = source_names(suggestion.sentence, language)
        name = next((name for name in names if words & set(name.words)), None)
        if name is None:
            continue
        stem = min((f for f in name.forms if f[:1].isupper()), key=len, default=name.words[-1])
        counts = Counter(
            rendering
            for unit in memory.containing(stem, APPROVALS_READ)
            if (rendering := approved_rendering(name, unit.source, unit.target, language))
        )
        if counts:
            rendering, approvals = counts.most_common(1)[0]
            yield language, rendering, approvals


def approved_rendering(name: Name, source: str, target: str, language: str) -> str | None:
    """How ``target``, a translation of ``source``, renders ``name`` (a mention of it there,
    in any case): the span the names check matches, with the spans of the name's other words
    next to it (``Ainura Usenbekova``, 아이누라 우센베코바); None if it renders it nowhere."""
    forms = {form.lower() for form in name.forms}
    mention = next(
        (n for n in source_names(source, language) if forms & {f.lower() for f in n.forms}), None
    )
    spans = renderings(mention, target, language) if mention else []
    if not spans:
        return None
    start, stop = spans[0]
    others = [
        span
        for part in _other_words(mention, language)
        for span in renderings(part, target, language)
    ]
    grown = True
    while grown:
        grown = False
        for a, b in others:
            before = b <= start and target[b:start] in (" ", "-")
            after = a >= stop and target[stop:a] in (" ", "-")
            if before or after:
                start, stop, grown = min(a, start), max(b, stop), True
    found = target[start:stop]
    return _without_particles(found) if profile(language).PARTICLES else found


def _without_particles(text: str) -> str:
    """A Korean rendering without the particles after it (우센베코바와의 → 우센베코바)."""
    end = len(text)
    for start, stop, _, tag, _ in reversed(morphemes(text)):
        if not tag.startswith("J") or stop != end:
            break
        end = start
    return text[:end].rstrip() or text


def _entities(sentence: str) -> list[tuple[int, int, str, str]]:
    """The NER's entities, with a place it glued to a person split off (``г. Ош Жанарбек
    Акаев`` → LOC ``Ош``, PER ``Жанарбек Акаев``)."""
    found = []
    for start, stop, kind, text in entities(sentence):
        words = list(_WORD.finditer(sentence, start, stop))
        places = [kind == "PER" and _is_place(sentence, word) for word in words]
        if not any(places) or all(places):
            found.append((start, stop, kind, text))
            continue
        for place, run in groupby(zip(words, places, strict=True), key=lambda pair: pair[1]):
            run = [word for word, _ in run]
            a, b = run[0].start(), run[-1].end()
            found.append((a, b, "LOC" if place else "PER", sentence[a:b]))
    return found


def _is_place(sentence: str, word: re.Match[str]) -> bool:
    """Whether a word of a person's span names a place: it follows ``г.``, ``с.``, ``города``
    and the like, or the dictionary knows it as a place and not as anyone's name (``Ош``)."""
    if _PLACE_MARK.search(sentence, 0, word.start()):
        return True
    readings = parses(word.group())
    return any("Geox" in parse.tag for parse in readings) and not any(
        names_a_person(parse) for parse in readings
    )


def _common_noun(text: str) -> str | None:
    """The lemma of an entity of one word that the dictionary knows as a common noun only."""
    if " " in text:
        return None
    parse = parses(text)[0]
    if "NOUN" not in parse.tag or set(NAME_TAGS + PLACE_TAGS) & parse.tag.grammemes:
        return None
    return parse.normal_form.replace("ё", "е") if known_word(text) else None
