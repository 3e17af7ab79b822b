"""The declared checks: each a small function ``(pair) -> detail or None`` with a name,
a severity and a one-line title, in the manner of translate-toolkit's pofilter.

``run_checks`` runs every check on one machine draft and returns what a reviewer should
look at first; ``CHECKS`` is the ordered declaration the CLI and the docs list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from ..text import CONTROL
from . import layout
from .attribution import dropped_attribution
from .exonyms import rendered
from .length import added_text
from .meaning import unrelated_sentence
from .names import lower_cased, missing_names
from .numbers import Number, numbers, unmatched
from .omission import omission_verdict
from .problem import ERROR, WARNING, Check, Pair, Problem, shortened
from .pronouns import by_pronoun
from .script import (
    CYRILLIC,
    CYRILLIC_WORD,
    HANGUL_SYLLABLE,
    LATIN,
    LATIN_WORD,
    has_cyrillic,
    has_hangul,
    letters,
)
from .words import has_percent, months, number_words

if TYPE_CHECKING:
    from .glossary import Glossary

CONTEXT = (
    5  # source sentences before a draft's that the checks read (who "he" is): a paragraph or two
)
_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Za-z0-9&]*[A-Z0-9](?:-[A-Z0-9]+)*(?![\w])")
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>«»\"]+[\w/]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _shown(items) -> str:
    return ", ".join(sorted(items, key=str)[:4]) or "—"


def same_as_source(pair: Pair) -> str | None:
    if pair.target.strip() == pair.source.strip() and has_cyrillic(pair.source):
        return "the draft is the Russian source"
    return None


def no_text(pair: Pair) -> str | None:
    if not _SPELT.search(pair.target) and _SPELT.search(pair.source):
        return "the draft has no words (only punctuation or symbols)"
    return None


_SPELT = re.compile(r"[^\W_]")  # a letter or a digit, of any script


def control_characters(pair: Pair) -> str | None:
    found = dict.fromkeys(CONTROL.findall(pair.target))
    if not found:
        return None
    return (
        f"invisible control characters {', '.join(f'U+{ord(c):04X}' for c in found)}; delete them"
    )


def untranslated(pair: Pair) -> str | None:
    left = CYRILLIC_WORD.findall(pair.target)
    return f"Russian left in the draft: {_shown(set(left))}" if left else None


def wrong_script(pair: Pair) -> str | None:
    if not letters(pair.target):
        return None
    if pair.language == "ko" and not has_hangul(pair.target):
        return "no Hangul in a Korean draft"
    if pair.language == "ko" and _mostly_latin(pair.source, pair.target):
        return "a Korean draft mostly in Latin letters: transliterated, not translated?"
    if pair.language != "ko" and has_hangul(pair.target):
        return "Hangul in a non-Korean draft"
    if pair.language == "en" and _mostly_foreign(pair.target):
        return "an English draft mostly in another script"
    return None


def _mostly_foreign(target: str) -> bool:
    """More letters of another script than Latin ones (Cyrillic is the untranslated check's)."""
    latin = len(LATIN.findall(target))
    return letters(CYRILLIC.sub("", target)) - latin > latin


def _mostly_latin(source: str, target: str) -> bool:
    """More Latin letters than Hangul syllables, not counting glosses in brackets
    (``팰트로(Paltrow)``) nor the source's own Latin words (``KIAT``)."""
    kept = {word.lower() for word in LATIN_WORD.findall(source)}
    text = re.sub(r"\([^()]*\)", "", target)
    latin = sum(len(word) for word in LATIN_WORD.findall(text) if word.lower() not in kept)
    return latin > len(HANGUL_SYLLABLE.findall(text))


def numbers_differ(pair: Pair) -> str | None:
    source, target = numbers(pair.source, "ru"), numbers(pair.target, pair.language)
    source_words = _as_numbers(number_words(pair.source, "ru"))
    target_words = _as_numbers(number_words(pair.target, pair.language))
    missing, _ = unmatched(source, target + target_words)
    _, extra = unmatched(source + source_words, target)
    lost_words, _ = unmatched(source_words, target + target_words)
    extra = [n for n in extra if not _minor(n, pair, counts=not lost_words)]
    if not missing and not extra:
        return None
    return f"{_shown({n.text for n in missing})} ≠ {_shown({n.text for n in extra})}"


_WEEKDAY = re.compile(r"понедельник|вторник|\bсред[аыу]\b|четверг|пятниц|суббот|воскрес[ен]", re.I)
_GLOSS = re.compile(r"\(\s?(\d[\d.,]*)\s?[^\W\d]{1,12}\)")
_SCORE = r"\d\s?[-:&/]\s?{0}(?!\d)|(?<!\d){0}\s?[-:&/]\s?\d"
SALIENT = 2


def _minor(number: Number, pair: Pair, counts: bool) -> bool:
    """An added number no reviewer needs: a unit conversion in brackets (``six meters
    (18 feet)``), the day of the month Korean news writes for a weekday (``в субботу`` →
    ``25일``), or, when ``counts`` (no number word of the source is lost), a small count
    (``a week`` → ``1주일``) that is not part of a score (``2-1``)."""
    if any(number.text == gloss for gloss in _GLOSS.findall(pair.target)):
        return True
    if number.text.endswith("일") and _WEEKDAY.search(pair.source):
        return True
    value = number.value
    if not counts or not isinstance(value, Decimal) or value != value.to_integral_value():
        return False
    return value <= SALIENT and not re.search(_SCORE.format(re.escape(number.text)), pair.target)


def _as_numbers(values: set[int]) -> list[Number]:
    return [Number(Decimal(v), str(v)) for v in values]


def dates_differ(pair: Pair) -> str | None:
    source, target = months(pair.source, "ru"), months(pair.target, pair.language)
    if source == target:
        return None
    return f"month {_shown(map(str, source))} ≠ {_shown(map(str, target))}"


def percent_differs(pair: Pair) -> str | None:
    source, target = has_percent(pair.source, "ru"), has_percent(pair.target, pair.language)
    if source == target:
        return None
    return "percent in the source only" if source else "percent in the draft only"


_ROMAN = re.compile(
    r"M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})"
)  # II forum → 2nd, 제2차


def acronyms_lost(pair: Pair) -> str | None:
    lost = {
        a
        for a in _ACRONYM.findall(pair.source)
        if not _ROMAN.fullmatch(a) and not rendered(a, pair.target, pair.language)
    }
    return f"missing {_shown(lost)}" if lost else None


def addresses_lost(pair: Pair) -> str | None:
    lost = {a for a in _ADDRESS.findall(pair.source) if a not in pair.target}
    return f"missing {_shown(lost)}" if lost else None


def glossary_terms(pair: Pair) -> str | None:
    if pair.glossary is None:
        return None
    lost = set()
    for match in pair.glossary.find(pair.source):
        rendering = pair.glossary.target(match.term, pair.language)
        if rendering and rendering not in pair.target:
            lost.add(f"{match.term.ru} → {rendering}")
    return f"missing {_shown(lost)}" if lost else None


def names_present(pair: Pair) -> str | None:
    lost = by_pronoun(
        pair.source,
        pair.target,
        pair.language,
        missing_names(pair.source, pair.target, pair.language),
        pair.context,
    )
    if not lost:
        return None
    lower = lower_cased(pair.source, pair.target, pair.language, lost)
    return f"no rendering of {_shown(lost)}" + (
        f" (in lower case: {_shown(lower.values())})" if lower else ""
    )


def repetition(pair: Pair) -> str | None:
    repeated = layout.repeated_phrase(pair.target)
    if repeated and layout.repeated_phrase(pair.source):
        return None  # the source repeats itself too: «Нет, нет, нет»
    return f"repeated “{repeated}”" if repeated else None


def omission(pair: Pair) -> str | None:
    return omission_verdict(pair.source, pair.target, pair.language)


def attribution(pair: Pair) -> str | None:
    said = dropped_attribution(pair.source, pair.target, pair.language)
    return f"who said it is not rendered: «{said}»" if said else None


def invented(pair: Pair) -> str | None:
    sentence = unrelated_sentence(pair.source, pair.target, pair.language)
    return (
        f"a sentence renders nothing of the source: «{shortened(sentence)}»" if sentence else None
    )


def length_ratio(pair: Pair) -> str | None:
    return added_text(pair.source, pair.target, pair.language)


def unfinished(pair: Pair) -> str | None:
    last = layout.unfinished(pair.source, pair.target, pair.language)
    return f"the draft ends in «{last}», which cannot end a sentence: cut off?" if last else None


def unbalanced(pair: Pair) -> str | None:
    marks = layout.unbalanced_marks(pair.source, pair.target)
    return f"unbalanced {marks} unlike the source" if marks else None


CHECKS: list[Check] = [
    Check("same-as-source", ERROR, "The draft is the Russian source, untranslated", same_as_source),
    Check(
        "control",
        ERROR,
        "The draft holds terminal control or bidirectional override characters",
        control_characters,
    ),
    Check("no-text", ERROR, "The draft has no words: only punctuation or symbols", no_text),
    Check("wrong-script", ERROR, "The draft is not in the target language's script", wrong_script),
    Check("untranslated", ERROR, "Cyrillic words are left in the draft", untranslated),
    Check("numbers", ERROR, "Numbers differ in value between source and draft", numbers_differ),
    Check("dates", ERROR, "Months differ between source and draft", dates_differ),
    Check("percent", ERROR, "A percentage is on one side only", percent_differs),
    Check("acronyms", ERROR, "Latin acronyms or names of the source are missing", acronyms_lost),
    Check("addresses", ERROR, "URLs or e-mail addresses of the source are missing", addresses_lost),
    Check(
        "glossary", ERROR, "A glossary term is not rendered as the glossary says", glossary_terms
    ),
    Check("names", WARNING, "A proper name of the source has no rendering", names_present),
    Check("repetition", ERROR, "A phrase repeats itself (a decoding loop)", repetition),
    Check(
        "omission",
        WARNING,
        "Text seems left out: the draft is short, or reads like part of the source",
        omission,
    ),
    Check(
        "attribution",
        WARNING,
        "The source says who said it (сказал он, по словам); the draft does not",
        attribution,
    ),
    Check(
        "unfinished",
        ERROR,
        "The draft stops mid-sentence (Korean with no final ending, English ending "
        "in «the», «and», «to»...)",
        unfinished,
    ),
    Check(
        "invented",
        ERROR,
        "A sentence of the draft says nothing the source says: text added?",
        invented,
    ),
    Check(
        "length",
        WARNING,
        "The draft is longer than human translations are: text added?",
        length_ratio,
    ),
    Check("brackets", WARNING, "Quotes or brackets are unbalanced", unbalanced),
]


def severity(name: str) -> str | None:
    """The severity of the check called ``name`` (``too-long`` is an error); None if unknown."""
    if name == "too-long":
        return ERROR
    return next((check.severity for check in CHECKS if check.name == name), None)


def context_of(sources: Sequence[str], index: int) -> tuple[str, ...]:
    """The source sentences before ``sources[index]`` that its checks read."""
    return tuple(sources[max(0, index - CONTEXT) : index])


def run_checks(
    source: str,
    target: str,
    language: str,
    glossary: Glossary | None = None,
    context: Sequence[str] = (),
) -> list[Problem]:
    """Every problem the checks find in one draft, in ``CHECKS`` order; [] if none or no draft.
    ``context``: the source sentences before this one in its release (the last few count). A
    text longer than ``MAX_CHECKED`` characters is reported as such and not read further, so
    no entry costs more than a sentence's worth of checking."""
    if not target.strip():
        return []
    longest = max(len(source), len(target))
    if longest > MAX_CHECKED:
        side = "draft" if len(target) >= len(source) else "source"
        return [
            Problem(
                "too-long",
                ERROR,
                f"too-long: the {side} has {longest:,} characters, more "
                f"than the {MAX_CHECKED:,} the checks read; split or shorten it",
            )
        ]
    context = (
        (context,) if isinstance(context, str) else tuple(c for c in context if isinstance(c, str))
    )
    pair = Pair(
        source, target, language.split("_")[0], glossary, context[-CONTEXT:]
    )  # ko_KR reads as ko
    return [problem for check in CHECKS if (problem := check(pair)) is not None]


# characters: a sentence is at most 1,000 (segment.MAX_SEGMENT), its translation a few times that
MAX_CHECKED = 5000
