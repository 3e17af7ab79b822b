"""Split one paragraph of Russian press text into sentence segments.

Built on razdel: razdel finds the candidate split points (after ``. ? ! …``, closing
quotes and brackets, ``;`` and smileys) and supplies its own rules; our rules run first.
Each rule is a small named function ``(candidate) -> SPLIT | JOIN | None`` in the
ordered list ``RULES``; the first rule that answers decides, and a candidate no rule
answers is split ("default"). ``explain`` reports which rule decided each candidate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from razdel.rule import JOIN, SPLIT
from razdel.segmenters.sentenize import DELIMITER as RAZDEL_DELIMITER
from razdel.segmenters.sentenize import RULES as RAZDEL_RULE_OBJECTS
from razdel.segmenters.sentenize import SentSplit

from .document import Segment

NEWLINE = re.compile(r"\n")
DELIMITER = re.compile(RAZDEL_DELIMITER)
WINDOW = 20  # characters of context either side of a candidate
DEFAULT = "default"
NEWLINE_RULE = "newline"


@dataclass(frozen=True)
class Decision:
    """What happened at one candidate boundary: ``offset`` is the split point in the text."""

    offset: int
    split: bool
    rule: str


class Candidate(SentSplit):
    """A candidate split point; razdel's ``SentSplit`` plus the properties our rules need."""


#######
#
#   RULES
#
#######


RAZDEL_RULES = [rule.function for rule in RAZDEL_RULE_OBJECTS]

RULES = [
    *RAZDEL_RULES,
]


#######
#
#   SEGMENT
#
#######


def decide(candidate: Candidate) -> tuple[bool, str]:
    for rule in RULES:
        action = rule(candidate)
        if action:
            return action == SPLIT, rule.__name__
    return True, DEFAULT


def line_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in NEWLINE.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def line_decisions(text: str, start: int, stop: int) -> Iterator[Decision]:
    line = text[start:stop]
    previous = 0
    for match in DELIMITER.finditer(line):
        at, end = match.start(), match.end()
        candidate = Candidate(line[max(0, at - WINDOW):at], match.group(1), line[end:end + WINDOW])
        candidate.buffer = line[previous:at]
        split, rule = decide(candidate)
        if split:
            previous = end
        yield Decision(start + end, split, rule)


def explain(text: str) -> list[Decision]:
    """Every candidate boundary of ``text``, kept or rejected, with the rule that decided."""
    decisions: list[Decision] = []
    for start, stop in line_spans(text):
        if start:
            decisions.append(Decision(start - 1, True, NEWLINE_RULE))
        decisions.extend(line_decisions(text, start, stop))
    return decisions


def stripped(text: str, start: int, stop: int) -> Segment | None:
    chunk = text[start:stop]
    body = chunk.strip()
    if not body:
        return None
    start += len(chunk) - len(chunk.lstrip())
    return Segment(start, start + len(body), body)


def sentenize(text: str) -> list[Segment]:
    """Sentences of one paragraph, stripped; a newline is always a boundary."""
    segments = []
    start = 0
    cuts = [decision.offset for decision in explain(text) if decision.split]
    for stop in [*cuts, len(text)]:
        segment = stripped(text, start, stop)
        if segment:
            segments.append(segment)
        start = stop
    return segments


def describe(text: str, decision: Decision, width: int = 30) -> str:
    """One line for a person: the verdict, the offset, the rule and the text around it."""
    verdict = "split" if decision.split else "join"
    left = text[max(0, decision.offset - width):decision.offset]
    right = text[decision.offset:decision.offset + width]
    context = f"…{left}|{right}…".replace("\n", "⏎")
    return f"{verdict:<5} @{decision.offset:<6} rule={decision.rule:<22} {context}"
