"""Whether a draft keeps who said what.

A release quotes its people («…», — сказал министр; по словам министра) and reports what
agencies say (по данным ведомства). A draft that drops the attribution puts the words in
no one's mouth, or in the ministry's own: a public correction. The source attributes a
sentence when its last clause, after a comma or a quote and a dash, opens or ends with a
finite verb of saying (``сказал он``, ``— говорит тренер``, ``заявил Белый дом в
воскресенье``, ``он сказал``), or when it names a source (``по словам``, ``по данным``,
``как сообщает``). The draft keeps it when it has a word of saying or reporting: English
said, told, according to, reportedly...; Korean 말했다, 밝혔다, 따르면, or a quotation ending
(-다고, -라며, "…"고).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .morph import parses
from .tables import saying

_SAYING = frozenset(saying("ru"))  # lemmas: сказать, заявить (data/saying.tsv)
# the sentence's last clause, after a comma or after a closing quote or full stop and a dash
_LAST_CLAUSE = re.compile(r"(?:[,.!?»\"”…]\s*[—–-]|,)\s+((?:[\w-]+\s+){0,9}[\w-]+)[\s.!?»\"”…]*$")
# fmt: off
_SUBORDINATE = frozenset([
    "что", "чтобы", "который", "которая", "которое", "которые", "если", "как", "когда", "где",
    "пока",
])
# fmt: on
_SOURCE = re.compile(
    r"(?<![\w-])(?:по словам|по данным|по сообщениям?|по сведениям|по информации"
    r"|как сообщаю?т|как сообщил[аи]?|как заявил[аи]?|как сказал[аи]?|как отметил[аи]?)(?![\w-])",
    re.I,
)
_KEPT = {  # a draft's word of saying or reporting (data/saying.tsv)
    "en": re.compile(rf"(?<![\w-])(?:{'|'.join(saying('en'))})(?![\w-])", re.I),
    "ko": re.compile("|".join(saying("ko")) + r"|[\"”’]\s*(?:고|며)"),  # "…"고 말했다
}


@lru_cache(maxsize=1024)  # a source is checked against each of its drafts and their retries
def attribution(source: str) -> str | None:
    """The words of ``source`` that say who said it (``сказал он``, ``по словам``); None if none."""
    found = _SOURCE.search(source)
    if found:
        return found.group(0)
    last = _LAST_CLAUSE.search(source.strip())
    if last is None:
        return None
    words = last.group(1).split()
    if words[0].lower() in _SUBORDINATE or not any(_says(word) for word in words[:2] + words[-1:]):
        return None  # ..., что вам говорят: what they are told, not who tells it
    return last.group(1)


def _says(word: str) -> bool:
    """A finite verb of saying (``сказал``, ``говорит``; not the gerund ``сообщив``)."""
    parse = parses(word.lower())[0]
    return parse.tag.POS == "VERB" and parse.normal_form in _SAYING


def dropped_attribution(source: str, target: str, language: str) -> str | None:
    """The source's attribution when the draft has no word of saying or reporting; None
    when the source attributes nothing, the draft keeps it, or the language is not known."""
    kept = _KEPT.get(language)
    if kept is None or kept.search(target):
        return None
    return attribution(source)
