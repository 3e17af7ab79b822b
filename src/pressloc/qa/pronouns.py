"""Whether a draft names a person by a pronoun, in the very place where the source names them.

A translator who knows the person was named a sentence or two before writes "he said" for
«…», — считает Адамс, and opens with "He" (그는) where the source opens with the name:
``Канье не первый рэппер…`` → "He is one of a number of famous rappers". That is no lost
name. The person must be named in the sentences before (``context``): the first mention of
a minister is never a pronoun. And only a pronoun in the name's place excuses it, so a name
simply left out still counts as lost:

- the name is the sentence's subject at its start (within its first words, outside a
  quotation, after no other name and no pronoun of its own) and the draft opens with he or she
  (``On Monday, she``; 그는, 그녀가…); not "his", as "His fake voice…" for ``Трамп … своим
  голосом`` has lost its subject;
- or the name is who speaks: after a quotation and a dash (``», — прокомментировал Питер
  Мерчи``), after ``по словам`` or in ``как отметила Усенбекова``, and the draft says "he said"
  (``," she stressed``, "according to her", "As she noted"; ``"라고 그는 말했다``).

The name must be the subject, not a word it depends on: it is in the nominative (``Иванову
позвонил Петров`` is no "He called Petrov"), no noun that it may complement comes right before
it (``помощник Иванова``, the aide's words; a title such as ``министр`` may), and a verb of the
source that shows a gender agrees with the name and with the pronoun (``Петрова посетила`` is
"She"). The name must be a person's, by the dictionary or the Russian NER: "It" for a country or
"they" for a team are left to the names check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .attribution import attribution
from .morph import lemmas, names_a_person, parses
from .ner import entities
from .tables import saying, words

LEADING = 4  # words: a subject named after this many is not the sentence's opening
_QUOTE_OR_SPACE = re.compile(r"^[\s\"'«“„‘(]*")
_OPENING = re.compile(
    r"^[\s—–-]*"
)  # a dialogue dash; a quotation opening the source is not the sentence
_WORD = re.compile(r"[\w-]+")
_CAPITALISED = re.compile(r"(?<![\w-])[А-ЯЁ][\w-]+")
# a pronoun or a conjunction before the name: it is not the sentence's opening subject
# fmt: off
_NOT_SUBJECT = frozenset([
    "я", "ты", "он", "она", "оно", "мы", "вы", "они", "его", "ее", "её", "ему", "ей", "него", "нее",
    "неё", "им", "ею", "их", "что", "чтобы", "который", "которая", "которое", "которые", "если",
    "когда", "как",
])
# fmt: on
_CLAUSE_MARK = re.compile(r"[«»\"“”„—–:;]")
# nouns a name may follow as its apposition, not as what it complements (``министр Иванов``)
_TITLES = words("titles")
_PERSON = {"He": "masc", "She": "femn", "그녀": "femn", "그": None}
_OPENS = {  # a subject, maybe after a short phrase and a comma: "His bond" or 그의 may open a
    # sentence that dropped the name before it
    "en": re.compile(r"(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3},\s+(he|she)|(He|She))(?![\w'’-])"),
    "ko": re.compile(r"(그녀|그)(?:는|가)(?![\uAC00-\uD7A3])"),
}
_EN_SAYING = "|".join(saying("en", "pronoun"))  # data/saying.tsv
_KO_SAYING = "|".join(saying("ko", "pronoun"))
# "he said" straight after a closing quote (``white," he said``; ``"라고 그는 말했다``), or "as she
# noted", "according to her": the draft's attribution, not a "he said" quoted inside it or a
# "said he would" that reports.
_SAYS = {
    "en": re.compile(
        rf"(?:[.,!?…][\"”’']|[\"”’']\s*,)\s*(?:(he|she)\s+(?:{_EN_SAYING})|(?:said|noted)\s+(he|she))(?![\w-])"
        rf"|(?<![\w-])(?:as\s+(he|she)\s+(?:{_EN_SAYING})|according\s+to\s+(him|her))(?![\w-])",
        re.I,
    ),
    "ko": re.compile(
        r"[\"”’']\s*(?:라고|고)?\s*(그녀|그)(?:는|가)\s+(?:[\uAC00-\uD7A3]+\s+){0,2}"
        rf"(?:{_KO_SAYING})"
        r"|(그녀|그)(?:의 말)?에 따르면"
    ),
}
_SAYING = {  # a verb of saying anywhere in the draft
    "en": re.compile(rf"(?<![\w-])(?:{_EN_SAYING})(?![\w-])", re.I),
    "ko": re.compile(_KO_SAYING),
}
_EN_CASE = {"he": "He", "him": "He", "she": "She", "her": "She"}
_SPEAKS = re.compile(r"(?<![\w-])(?:по словам|как\s+[\w-]+)\s+$", re.I)  # just before the name


def by_pronoun(
    source: str, target: str, language: str, lost: list[str], context: Sequence[str]
) -> list[str]:
    """The names of ``lost`` that the draft does not render by a pronoun in their place, where
    ``context``, the source sentences before this one, names them."""
    opens, says = _OPENS.get(language), _SAYS.get(language)
    if opens is None or not lost or not context:
        return lost
    opening = opens.match(target, _QUOTE_OR_SPACE.match(target).end())
    opener = _pronoun(next(g for g in opening.groups() if g)) if opening else None
    sayers = [_pronoun(next(g for g in found.groups() if g)) for found in says.finditer(target)]
    spoken = attribution(source)
    kept = []
    for name in lost:
        start = _position(source, name)
        if start is None or not _named(name, context) or not _person(source, name, start):
            kept.append(name)
            continue
        cited = _SPEAKS.search(
            source[:start]
        )  # по словам Трампа: the genitive; как отметила Усенбекова
        case = "gent" if cited and cited.group(0).lower().startswith("по") else "nomn"
        speaker = next((p for p in sayers if _agrees(source, name, start, p, case)), None)
        if (
            opener
            and _agrees(source, name, start, opener, case)
            and (_opens(source, start) or (cited and _says_anything(target, language)))
        ):
            opener = None  # also По словам Трампа, … → He said his efforts…
        elif speaker is not None and _speaker(source, spoken, name, start):
            sayers.remove(speaker)
        else:
            kept.append(name)
    return kept


def _says_anything(target: str, language: str) -> bool:
    """Whether the draft has a verb of saying anywhere (``He said his efforts…``)."""
    return _SAYING[language].search(target) is not None  # language: one of _OPENS's


def _pronoun(word: str) -> str:
    return _EN_CASE.get(word.lower(), word)


def _position(source: str, name: str) -> int | None:
    found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", source)
    return found.start() if found else None


def _named(name: str, context: Sequence[str]) -> bool:
    """Whether a sentence of ``context`` names the person: each word of the name shares a lemma
    with a word there (``Симса`` and ``Симс``; ``Сергей Иванов`` is not ``Петр Иванов``)."""
    words = {
        word
        for sentence in context
        if isinstance(sentence, str)
        for word in _CAPITALISED.findall(sentence)
    }
    mentioned = set().union(*(lemmas(word) for word in words)) if words else set()
    return all(lemmas(part) & mentioned for part in name.split())


def _person(source: str, name: str, start: int) -> bool:
    """Whether ``name`` is a person's: a first name or surname to the dictionary, or a person
    to the Russian NER."""
    if any(names_a_person(parses(word)[0]) for word in name.split()):
        return True
    return any(a <= start < b and kind == "PER" for a, b, kind, _ in entities(source))


def _opens(source: str, start: int) -> bool:
    """Whether the name at ``start`` opens the sentence: among its first words, in its first
    clause (a comma may close an opening phrase: ``Кроме того, Усенбекова``), outside a
    quotation, with no pronoun or conjunction before it and no capitalised word (another name)
    but the sentence's first word."""
    if source.lstrip()[:1] in "«\"“„'‘":
        return False  # the name is inside the quotation, not the sentence's subject
    opening = source[_OPENING.match(source).end() : start]
    before = _WORD.findall(opening)
    if (
        len(before) >= LEADING
        or _CLAUSE_MARK.search(opening)
        or any(w.lower() in _NOT_SUBJECT for w in before)
    ):
        return False
    return not any(word[0].isupper() for word in before[1:] if not _after_comma(opening, word))


def _after_comma(opening: str, word: str) -> bool:
    """Whether ``word`` starts the clause after an opening phrase's comma
    (``Кроме того, Усенбекова``)."""
    return re.search(rf",\s+{re.escape(word)}(?![\w-])", opening) is not None


def _speaker(source: str, spoken: str | None, name: str, start: int) -> bool:
    """Whether the source names ``name`` as who says it: in its attribution (``сказал
    Адамс``), after ``по словам`` or ``как отметила``, or a few words after a quotation
    and a dash (``», — прокомментировал Питер Мерчи``, ``— считает Адамс. —``)."""
    named = re.escape(name)
    return (
        (spoken is not None and name in spoken)
        or _SPEAKS.search(source[:start]) is not None
        or re.search(rf"[»\"”,.!?…]\s*[—–]\s*(?:[\w-]+\s+){{0,3}}{named}(?![\w-])", source)
        is not None
    )


def _agrees(source: str, name: str, start: int, pronoun: str, case: str = "nomn") -> bool:
    """Whether the name can be the person ``pronoun`` stands for: in ``case`` (the nominative of
    a subject; the genitive after ``по словам``), not complementing the noun before it, and of
    the gender of the verb beside it, which the pronoun shares."""
    before = _WORD.findall(source[:start])[-2:]
    if before:
        parse = parses(before[-1])[0]
        governed = (
            len(before) == 2 and parses(before[0])[0].tag.POS == "PREP"
        )  # В понедельник Усенбекова
        if (
            parse.tag.POS == "NOUN"
            and parse.tag.case in ("nomn", "gent", "accs")
            and not governed
            and parse.normal_form not in _TITLES
        ):
            return False  # помощник Иванова, сына Иванова: the name is the aide's, the son's
    gender = _verb_gender(source, name, start)
    wanted = _PERSON.get(pronoun)
    if gender and wanted and gender != wanted:
        return False
    readings = parses(name.split()[-1])
    return any(_in_case(parse, case, gender) for parse in readings)


def _in_case(parse, case: str, gender: str | None) -> bool:
    tag = parse.tag
    if "UNKN" in tag or "Fixd" in tag:
        return True  # an indeclinable or unknown name (Канье, Дейли): any case, any gender
    return tag.case == case and (
        gender is None or tag.gender in (None, gender) or tag.number == "plur"
    )


def _verb_gender(source: str, name: str, start: int) -> str | None:
    """The gender of the past-tense verb next to the name: the verb of saying just before it
    (``сказала Петрова``) or the first of the three words after it (``Петрова посетила``)."""
    words = _WORD.findall(source[:start])[-2:] + _WORD.findall(source[start + len(name) :])[:3]
    for word in words:
        parse = parses(word.lower())[0]
        if parse.tag.POS == "VERB" and parse.tag.tense == "past" and parse.tag.gender:
            return parse.tag.gender
    return None
