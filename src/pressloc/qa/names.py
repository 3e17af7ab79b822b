"""Proper names of the source and whether the draft renders them.

Each run of capitalised name words (a person, a place or organisation the dictionary
knows, or a word it does not know) must be rendered by its surname or last word. A
well-known place is looked up in ``places`` (``Германии`` → German, 독일). Otherwise, in
English, the Russian word and each capitalised target word are compared by consonant
keys (``spelling``); in Korean, which writes a name by its sound, the Russian word and each
Hangul word are read as sounds and aligned (``transcription``): ``Усенбековой`` → 우센베코바는.

A capitalised common noun inside a sentence is part of a name too (``в Сенате``, ``в Палу``,
``Комитет Ассамблеи``): an English draft may spell it (Palu) or translate it (Senate,
Committee), which the sentence encoder recognises; a Korean draft is held to it where the
table of places knows its rendering (``Сенат`` → 상원), or by its sound where the Russian NER
reads it as a person or a place (``Палу`` 팔루). Each target word renders at most
one name, the one it sounds most like (``Cologne`` is ``Кельн``, not also ``Эрдоган``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

from .encoder import prefetch
from .lang import profile
from .meaning import word_similarities
from .morph import adjective, common_noun, known_word, never_capitalised, parses, proper_name
from .morph_ko import inside_word
from .ner import entities
from .places import known_renderings
from .spelling import FUNCTION_WORDS, audible, best, capitalised_words, key, romanise, word_keys
from .transcription import LIMIT, best_cost, vowels


def _by_sound(language: str) -> bool:
    """Whether ``language`` writes a foreign name by its sound in a script of its own (Korean),
    rather than spelling it in Latin letters (English): its profile says (``SPELLS_NAMES``)."""
    return not profile(language).SPELLS_NAMES


# A capitalised word, or a hyphenated run of them; a lower-case part after a hyphen is a street or a
# preposition, not the name (Чайлдерс of ``Чайлдерс-стрит``, Ньюпорт of ``Ньюпорт-он-Ливи``); an O'
# or D' belongs to it (``О'Нил`` 오닐, O'Neill).
_NAME = re.compile(
    r"(?<![\w'’-])(?:(?:[А-ЯЁ]['’])?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*(?=-[а-яё]|(?![\w-]))|[A-Z][a-z]+[A-Za-z]*)"
)
# A Hangul word; not one written straight after a digit, a Latin letter or a closing bracket or
# curly quote, which is a particle or suffix of what precedes it (5에서, (San Jose)에서, CNN방송을).
_HANGUL_WORD = re.compile(r"(?<![0-9A-Za-z)\]’”])[\uAC00-\uD7A3]+")
_ENGLISH_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
# fmt: off
_CASE_ENDINGS = tuple([
    "ами", "ями", "ого", "его", "ому", "ему", "ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях", "ою",
    "ею", "а", "я", "у", "ю", "е", "ы", "и",
])
# fmt: on
MIN_KEY = 2
SYLLABLE = 4  # letters: the longest Russian spelling of one syllable of a Korean or Chinese name
TRANSLATED = 0.6  # cosine of a common noun and its translation (benchmarks/qa.py)
_OPENERS = '«“"„:—–('  # a capitalised word after these starts a quote, a title or a list item
_LOWER_WORD = re.compile(
    r"(?<![\w-])[а-яё]{3,}(?:-[а-яё]+)*(?![\w-])"
)  # a common word of the source
WEAK = 0.85  # a sound match less alike than this may be a translation of another word instead
TRANSLATES = 0.66  # cosine of such a word and its Russian original (benchmarks/qa.py)


def _name_keys(russian: str, language: str) -> tuple[str, ...]:
    """Keys of a Russian name. For Korean they only decide whether the name is long enough
    to be heard (it is matched by ``transcription``), so they leave out what Korean may not
    write: an ``r`` before a consonant or at the end (``Бернерс`` → 버너스) and a ``v`` that
    stands for an English ``w`` (``Вудс`` → 우즈)."""
    latin = romanise(russian).lower()
    if not _by_sound(language):
        return (key(latin),)
    latin = re.sub(r"r+(?=[^aeiouy]|[aeiouy]?$)", "", latin)
    return tuple(dict.fromkeys((key(latin), key(latin.replace("v", "")))))


@dataclass(frozen=True)
class Name:
    """A run of adjacent name words of the source (``Джеффа Флейка``) and the one word a
    draft must render: the surname of a person (translators drop first names), else the
    last word (``Селли Оук``); ``lemma`` looks it up among the well-known places, ``keys``
    match it in English and ``forms`` (lemma, word, word without its case ending) in Hangul.
    A run of common nouns (``Зал Славы``) is ``translated``: any of its words, spelt or
    translated, renders it, and ``forms`` are their lemmas."""

    words: tuple[str, ...]
    lemma: str
    keys: tuple[str, ...]
    forms: tuple[str, ...] = ()
    translated: bool = False

    def __str__(self) -> str:
        return " ".join(self.words)


Word = tuple[str, str, str]  # (word, lemma, kind)


def _name_words(source: str, language: str) -> list[list[Word]]:
    """Runs of adjacent capitalised words that name someone or something, each word as
    ``(word, lemma, kind)``; Latin words count for English only (Korean may translate or
    transliterate them), and a sentence's first word only when the dictionary says it is a name; a
    place and a person side by side are two runs, and so are a name and a common noun, and two words
    the Russian NER puts in two entities (``штата Теннесси Род Рид``: a place, a person)."""
    runs: list[list[Word]] = []
    last_start = last_end = None
    for match in _NAME.finditer(source):
        word = match.group(0)
        found = _classify(word, source, match.start(), language)
        after = last_end is not None and source[last_end : match.start()].strip() == ""
        if found is None and after and runs[-1][-1][2] == "person" and adjective(word):
            found = (
                word.lower(),
                "person",
            )  # a surname declined like an adjective: Оливера Георгиевская
        if found is None:
            last_end = None
            continue
        if (
            after
            and not _apart(source, last_start, match.start())
            and not _separate(runs[-1][-1], (word, *found))
        ):
            runs[-1].append((word, *found))
        else:
            runs.append([(word, *found)])
        last_start, last_end = match.start(), match.end()
    return runs


def _apart(source: str, first: int, second: int) -> bool:
    """Whether the Russian NER puts the words starting at ``first`` and ``second`` in two
    entities."""
    spans = entities(source)
    found = [
        next((i for i, (a, b, _, _) in enumerate(spans) if a <= at < b), None)
        for at in (first, second)
    ]
    return None not in found and found[0] != found[1]


def _classify(word: str, source: str, start: int, language: str) -> tuple[str, str] | None:
    """``(lemma, kind)`` of a capitalised word, or None when it names nothing."""
    if word[0].isascii():  # a function word or a title is no name: The Times, Dr. PawPaw
        return (
            (word, "latin")
            if not _by_sound(language) and word.lower() not in FUNCTION_WORDS
            else None
        )
    first = _sentence_start(source, start)
    if source[start + len(word) : start + len(word) + 1] == "-" and (
        first or common_noun(word) is None
    ):
        # no noun before a lower-case part: Мини-маркеты, Торгово-промышленной, Северо-западный
        return None
    found = proper_name(word, first=first)
    if found is not None or first or source[:start].rstrip()[-1:] in _OPENERS:
        return found
    lemma = common_noun(word)
    if (
        lemma is None
    ):  # Russian capitalises no verb or particle inside a sentence: Спита, Заев, Ли are names
        return (word.lower(), "unknown") if never_capitalised(word) else None
    if _by_sound(language) and not known_renderings(lemma, language):
        return (lemma, "unknown") if _heard(lemma, source, start) else None
    return lemma, "common"


# Common nouns that name a part of the world or a form of state (``Штаты``, ``Юго-Западе``,
# ``Республика``): the NER takes them for places, but a translation translates them.
# fmt: off
_GENERIC = frozenset([
    "штат", "штаты", "республика", "королевство", "федерация", "союз", "эмират", "восток", "запад",
    "север", "юг", "северо-восток", "северо-запад", "юго-восток", "юго-запад",
])
# fmt: on


def _heard(lemma: str, source: str, start: int) -> bool:
    """Whether a capitalised common noun that the table does not know is a person's or a
    place's name that a Korean draft writes by its sound (``в Палу`` 팔루, ``Форд`` 포드): the
    Russian NER (natasha) says so, and it is no generic word for a part of the world."""
    return lemma not in _GENERIC and any(
        a <= start < b and kind in ("PER", "LOC") for a, b, kind, _ in entities(source)
    )


def _separate(previous: Word, word: Word) -> bool:
    """Whether two adjacent capitalised words belong to two names: a place and a person
    (``Великобритании Тереза Мэй``), a word in Cyrillic and one in Latin, two places
    (``Индонезии Джакарты``: a place of several words is hyphenated, ``Лос-Анджелес``) or a
    name and a common noun (``Файнстайн Комитету``);
    but short words are the syllables of one East Asian name (``Ким Чен Ын``, ``Мун Чжэ Ин``),
    whatever the dictionary takes each for (``Чен`` is a place to it)."""
    kinds = {previous[2], word[2]}
    if (previous[2] == "latin") != (word[2] == "latin"):
        return True  # a Russian word beside a Latin one: Харис Associated Press
    if "common" in kinds:
        return len(kinds) > 1
    return (
        kinds <= {"person", "place"} and "place" in kinds and not _syllables([previous[0], word[0]])
    )


def _syllables(words: list[str]) -> bool:
    """Short Cyrillic words side by side: an East Asian name (``Ли Ён Хо``; declined, each of three
    letters at most without its ending: ``Муном Чжэ``, not ``Тарой Кэпп``), not
    ``New York Post``."""
    if len(words) < 2 or any(word[0].isascii() for word in words):
        return False
    return all(len(word) <= SYLLABLE for word in words) or all(
        len(_stem(word)) < SYLLABLE for word in words
    )


def _stem(word: str) -> str:
    """``word`` without its case ending, where one leaves three letters (``Муном`` → Мун)."""
    ending = next(
        (e for e in _CASE_ENDINGS if word.lower().endswith(e) and len(word) - len(e) >= 3), None
    )
    return word[: -len(ending)] if ending else word


def _sentence_start(source: str, start: int) -> bool:
    return start == 0 or source[:start].rstrip()[-1:] in ".!?"


def _required(run: list[Word], language: str) -> Name | None:
    """The word of a run a draft must render, with its keys: the family name, first in an
    East Asian name (``Ким`` of ``Ким Чен Ын``, rendered Kim Jong Un), else the last surname,
    else the last word that is no patronymic; None when that word is too short for Korean
    to be heard by and not a well-known name (``Мэй`` of ``Тереза Мэй``; English spells it:
    May)."""
    words = tuple(word for word, _, _ in run)
    if run[0][2] == "common":
        keys = tuple(
            k for word, lemma, kind in run for k in _word_keys(word, lemma, kind, language)
        )
        if not keys and not known_renderings(run[-1][1], language):
            return None  # too short to hear, and only the encoder would say it is there (Юта, Йен)
        return Name(words, run[-1][1], keys, tuple(lemma for _, lemma, _ in run), translated=True)
    if _syllables(list(words)):  # the family name comes first: Ким of Ким Чен Ын
        word, lemma, kind = run[0]
    else:
        candidates = [
            (word, lemma, kind) for word, lemma, kind in run if not _patronymic(word, kind)
        ]
        surnames = [item for item in candidates if _surname(item[0])]
        word, lemma, kind = (surnames or candidates or run)[-1]  # a patronymic alone: Иванович
    keys = _word_keys(word, lemma, kind, language)
    if not keys and not known_renderings(lemma, language):
        return _any_word(run, language)
    known = lemma == word.lower().replace("ё", "е") and known_word(word)
    return Name(words, lemma, keys, _forms(word, lemma, known))


def _any_word(run: list[Word], language: str) -> Name | None:
    """A Korean name whose required word is too short to be heard (``Мэй`` of ``Тереза Мэй``)
    is rendered by any of its words (테리사, 메이), held to the ones long enough to hear: a
    draft that writes none of them has dropped the name."""
    heard = [
        (lemma, keys)
        for word, lemma, kind in run
        if (keys := _word_keys(word, lemma, kind, language))
    ]
    if not _by_sound(language) or not heard:
        return None
    forms = tuple(dict.fromkeys(form for word, lemma, _ in run for form in _forms(word, lemma)))
    lemma, keys = heard[-1]
    return Name(tuple(word for word, _, _ in run), lemma, keys, forms)


def _forms(word: str, lemma: str, known: bool = False) -> tuple[str, ...]:
    """``Хаммела`` → хаммел, Хаммела, Хаммел: a guessed lemma may be wrong (``дэймоном``);
    but a ``known`` lemma, one the dictionary gives for the word itself, keeps its ending
    (``Чили`` is no ``Чил``, which one Hangul syllable could spell), unless it is the -а or -я
    Russian adds to a name (``Шарлотта``, 샬롯 as English writes Charlotte); a hyphenated
    name's parts too, since Korean may translate one (``Ист-Батон-Руж`` → 동부 배턴루지)."""
    stem = not known or word.lower().endswith(("а", "я"))
    forms = dict.fromkeys([lemma, word, _stem(word)] if stem else [lemma, word])
    if "-" in word:
        forms.update(dict.fromkeys(part for part in word.split("-") if len(part) >= 4))
    return tuple(forms)


def _word_keys(word: str, lemma: str, kind: str, language: str) -> tuple[str, ...]:
    keys = (key(word),) if kind == "latin" else _name_keys(lemma, language)
    kept = tuple(k for k in keys if audible(k) >= MIN_KEY)
    if kept or kind == "latin":
        return kept
    if not _by_sound(language) and kind != "common" and vowels(lemma):
        # English spells a short name letter for letter (Мэй May, Мун Moon, Ачех Aceh), so
        # one consonant and a vowel are heard; a common noun that short is left to the encoder.
        return tuple(k for k in keys if audible(k) >= 1)
    if not _by_sound(language) or vowels(lemma) < 2:
        return kept
    # Two syllables are heard in Korean even when an r goes unsaid: Азар 아자르, Юньнань 윈난.
    return tuple(k for k in _name_keys(lemma, "en") if audible(k) >= MIN_KEY)


def _patronymic(word: str, kind: str) -> bool:
    return kind == "person" and any("Patr" in p.tag for p in parses(word)[:1])


def _surname(word: str) -> bool:
    return any("Surn" in p.tag for p in parses(word)[:1])


@lru_cache(maxsize=1024)  # a source is checked against each hypothesis, and read again for notes
def source_names(source: str, language: str) -> tuple[Name, ...]:
    """Proper names of a Russian sentence that a draft should render; a common noun right
    before a Cyrillic name is a title (``Президент Трамп``, ``Сенатор Уоррен``), not a name
    (``Росс`` of ``Росс Sportsound`` is one)."""
    runs = _name_words(source, language)
    kept = [
        run
        for run, following in zip(runs, [*runs[1:], None], strict=False)
        if not (
            run[-1][2] == "common"
            and following
            and following[0][2] not in ("common", "latin")
            and _adjacent(source, run[-1][0], following[0][0])
        )
    ]
    return tuple(name for run in kept if (name := _required(run, language)))


def _adjacent(source: str, word: str, following: str) -> bool:
    return (
        re.search(rf"(?<![\w-]){re.escape(word)}\s+{re.escape(following)}(?![\w-])", source)
        is not None
    )


Span = tuple[int, int, float]  # (start, stop, how alike: 1 for a known rendering)


def _sounding(name: Name, target: str, language: str) -> list[Span]:
    """Spans of ``target`` that render ``name`` as the table of places says, or by sound; a
    name the table knows is held to close sound matches, since it has its renderings and a
    weak likeness is chance (프린지와 "fringe" is no ``Париже``, which is 파리)."""
    renderings = _known(name, language)
    spans = _sound_spans(name, target, language)
    if renderings:
        spans = [span for span in spans if span[2] >= WEAK]
    flags = re.I if name.translated else 0
    return [
        (*m.span(), 1.0)
        for rendering in renderings
        for m in re.finditer(_rendering_pattern(rendering, language), target, flags)
    ] + spans


def _sound_spans(name: Name, target: str, language: str) -> list[Span]:
    """Spans of ``target`` that spell ``name`` (English, a Korean draft's Latin) or sound like it
    (Hangul)."""
    if not _by_sound(language):
        short = bool(name.keys) and all(
            audible(k) < MIN_KEY for k in name.keys
        )  # May the name, not the month
        return [
            (a, b, _spelt(name, target[a:b], score))
            for a, b, keys in capitalised_words(target, every=short)
            if (score := best(name.keys, keys))
        ]
    latin = _name_keys(name.lemma, "en") if not name.translated else name.keys
    spans = [
        (a, b, _spelt(name, target[a:b], score))
        for a, b, keys in capitalised_words(target)
        if (score := best(latin, keys))
    ]
    words = [(m.start(), m.end(), m.group(0)) for m in _HANGUL_WORD.finditer(target)]
    heard = [
        (
            a,
            b,
            best_cost(
                name.forms,
                word,
                lambda start, stop, a=a, b=b: inside_word(target, a + start, a + stop, b),
            ),
        )
        for a, b, word in words
    ]
    if "-" in name.words[-1]:  # two words read as one: Kiwi's reading of each does not apply
        heard += [
            (a, d, best_cost(name.forms, w + x))
            for (a, b, w), (c, d, x) in pairwise(words)
            if target[b:c] in (" ", "-")
        ]
    return spans + [(a, b, 1 - cost) for a, b, cost in heard if cost <= LIMIT]


def _spelt(name: Name, word: str, score: float) -> float:
    """A consonant-key likeness, less a hundredth for the letters the romanised name and
    the Latin word do not share: keys merge sounds, so two names may key a word alike
    (``Форд`` and ``Бретта`` both ``blt`` to Brett), and the letters say whose it is."""
    letters = max(
        SequenceMatcher(None, romanise(form).lower(), word.lower()).ratio()
        for form in name.forms or (name.lemma,)
    )
    return score - 0.01 * (1 - letters)


def _known(name: Name, language: str) -> tuple[str, ...]:
    """The table's renderings of a name, by its lemma or, where the guessed lemma is wrong
    (``роналда``), by another of its forms (``Роналду``)."""
    forms = dict.fromkeys(form.lower() for form in (name.lemma, *name.forms))
    return tuple(rendering for form in forms for rendering in known_renderings(form, language))


def _rendering_pattern(rendering: str, language: str) -> str:
    """A rendering starts an English word; a Korean one is any part of a word (독일 in 독일의), but
    a single syllable must start one (미 of 미 내무장관 and 김 of 김정은, not 미 of 이미
    "already")."""
    if not _by_sound(language):
        return rf"(?<![\w]){re.escape(rendering)}"
    return (
        rf"(?<![\uAC00-\uD7A3]){re.escape(rendering)}"
        if len(rendering) == 1
        else re.escape(rendering)
    )


def renderings(name: Name, target: str, language: str) -> list[tuple[int, int]]:
    """Spans of ``target`` that render ``name``: its renderings in the table of well-known
    places, and the words that sound like it."""
    return [(a, b) for a, b, _ in _sounding(name, target, language)]


def _translation(name: Name, target: str, language: str) -> list[Span]:
    """The English word that translates a common-noun name (``Сенат`` as Senate, ``Федерации``
    as Federation), as the encoder judges, as sure as a known rendering; none when no word
    is close enough."""
    if _by_sound(language) or not name.translated:
        return []
    words = [
        m
        for m in _ENGLISH_WORD.finditer(target)
        if len(m.group(0)) >= 3 and m.group(0).lower() not in FUNCTION_WORDS
    ]
    texts = [m.group(0) for m in words]
    prefetch([*name.forms, *texts])
    scored = [
        (cosine, m)
        for form in name.forms
        for cosine, m in zip(word_similarities(form, texts), words, strict=True)
    ]
    cosine, best_word = max(scored, key=lambda item: item[0], default=(0.0, None))
    return [(*best_word.span(), 1.0)] if best_word is not None and cosine >= TRANSLATED else []


def missing_names(source: str, target: str, language: str) -> list[str]:
    """Names of the source that the draft renders nowhere. A span that is another name's
    likeliest rendering, or the likeliest of one of its other words, and more like it, is
    that name's: ``Cologne`` is ``Кельн``'s, not ``Эрдоган``'s; ``심슨`` is ``Симпсона``'s though
    ``Симс`` sounds closer to it, because ``심스`` is closer still; ``브렛`` is the first name of
    ``Бретта Кавано``, not ``Блейси``. Another mention of the same name is no rival."""
    names = source_names(source, language)
    words = list(dict.fromkeys(_LOWER_WORD.findall(source)))
    spans = [
        _unless_translating(_sounding(name, target, language), name, words, target)
        for name in names
    ]
    translations = [_translation(name, target, language) for name in names]
    claims = [
        [
            span
            for found in (
                spans[j],
                *(_sounding(part, target, language) for part in _other_words(name, language)),
            )
            for span in _likeliest(found, target)
        ]
        + translations[j]
        for j, name in enumerate(names)
    ]
    lost, found = [], {}
    for i, name in enumerate(names):
        rivals = [
            span for j, other in enumerate(names) if not _same(name, other) for span in claims[j]
        ]
        kept = {span[:2] for span in spans[i] + translations[i] if not _outdone(span, rivals)}
        if kept:
            if (
                not name.translated
            ):  # an organisation's words render it together: 유엔 is Организации Наций
                found[i] = kept
        else:
            lost.append(str(name))
    return lost + [str(names[i]) for i in _unshared(found, names)]


def lower_cased(source: str, target: str, language: str, lost: list[str]) -> dict[str, str]:
    """The lost names of an English draft that it writes in lower case (``usenbekova``, an
    engine's known fault), each with that word: the reviewer is shown where it is."""
    if _by_sound(language) or not lost:
        return {}
    words = [
        w
        for w in dict.fromkeys(_ENGLISH_WORD.findall(target))
        if w.islower() and len(w) >= 4 and w not in FUNCTION_WORDS
    ]
    found = {}
    for name in source_names(source, language):
        if str(name) in lost and name.keys:
            word = next((w for w in words if best(name.keys, word_keys(w)) >= 1.0), None)
            if word:
                found[str(name)] = word
    return found


def _unshared(found: dict[int, set[tuple[int, int]]], names: list[Name]) -> list[int]:
    """The proper names left without a span of their own when each span renders one name (its
    other mentions aside): ``북한`` renders ``Корея`` or, for its government, ``Пхеньян``, not both
    in one sentence. A maximum matching of names to spans; the unmatched are lost."""
    heads = {}
    for i in found:
        head = next((j for j in heads if _same(names[i], names[j])), i)
        heads.setdefault(head, set()).update(found[i])
    owner: dict[tuple[int, int], int] = {}

    def place(head: int, seen: set) -> bool:
        for span in sorted(heads[head]):
            if span not in seen:
                seen.add(span)
                if span not in owner or place(owner[span], seen):
                    owner[span] = head
                    return True
        return False

    return [head for head in heads if not place(head, set())]


def _unless_translating(spans: list[Span], name: Name, words: list[str], target: str) -> list[Span]:
    """``spans`` but the weak sound matches that translate a common word of the source
    better than they resemble the name, as the encoder judges (``이제`` is теперь, not
    ``Уэст``; ``편지에`` is письме, not ``Бонда``)."""
    weak = [target[a:b] for a, b, likeness in spans if likeness < WEAK]
    if weak and words:
        prefetch([*words, *weak, *name.words])  # one batch for all the questions below
    kept = []
    for span in spans:
        word = target[span[0] : span[1]]
        if span[2] < WEAK and words:
            best = max(word_similarities(word, words))
            if best >= TRANSLATES and best > max(word_similarities(word, list(name.words))):
                continue
        kept.append(span)
    return kept


def _same(name: Name, other: Name) -> bool:
    """Two mentions of one name (``Вудса`` and ``Вудсом`` share the form ``вудс``)."""
    return bool({form.lower() for form in name.forms} & {form.lower() for form in other.forms})


def _likeliest(spans: list[Span], target: str) -> list[Span]:
    """The span a name most likely is, the first of equals: one mention claims one span
    (``Texas`` of ``Texas Tribune Festival`` leaves the second Texas to ``штат Техас``), or
    one in each script, since a Korean draft may gloss a name in Latin (존슨(Dustin Johnson)
    is ``Джонсона``'s twice, and neither is ``Стенсону``'s)."""
    scripts = [
        [span for span in spans if target[span[0]].isascii() == latin] for latin in (False, True)
    ]
    return [max(group, key=lambda span: (span[2], -span[0])) for group in scripts if group]


def _other_words(name: Name, language: str) -> list[Name]:
    """The words of a name's run other than the one it is required by (``Бретта`` of
    ``Бретта Кавано``), each as a name of its own."""
    if name.translated:
        return []
    return [
        Name((word,), word.lower(), _other_keys(word, language), _forms(word, word.lower()))
        for word in name.words
        if word.lower() not in {form.lower() for form in name.forms}
    ]


def _other_keys(word: str, language: str) -> tuple[str, ...]:
    """Keys of a word of a run read as a name of its own, with and without its case ending
    (``Джастином`` is Justin)."""
    forms = (word.lower(), _stem(word).lower())
    return tuple(
        dict.fromkeys(k for form in forms for k in _word_keys(form, form, "unknown", language))
    )


def _outdone(span: Span, rivals: list[Span]) -> bool:
    """Whether a rival name claims the span, or words overlapping it, with a better likeness
    (``JAY`` of ``JAY-Z`` is ``Джей-Зи``'s, so ``JAY-Z`` is not ``Уэстом``'s)."""
    start, stop, score = span
    return any(a < stop and start < b and other > score for a, b, other in rivals)
