"""Split one paragraph of Russian press text into sentence segments.

Built on razdel: every candidate split point that ``segment_rules.DELIMITER`` finds in a
line is put to the ordered rules in ``segment_rules.RULES``; the first rule that answers
decides, and a candidate no rule answers is split ("default"). A newline is always a
boundary. ``explain`` reports the rule that decided every candidate.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from razdel.rule import SPLIT

from ..model import Segment
from .rules import DELIMITER, RULES, Candidate

DEFAULT = "default"
NEWLINE_RULE = "newline"
LENGTH_RULE = "length_limit"
MAX_SEGMENT = 1000  # characters; a longer run without a boundary is cut at a space for MT


@dataclass(frozen=True)
class Decision:
    """What happened at one candidate boundary: ``offset`` is the split point in the text."""

    offset: int
    split: bool
    rule: str


def decide(candidate: Candidate) -> tuple[bool, str]:
    for rule in RULES:
        action = rule(candidate)
        if action:
            return action == SPLIT, rule.__name__
    return True, DEFAULT


def line_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    while (stop := text.find("\n", start)) != -1:
        yield start, stop
        start = stop + 1
    yield start, len(text)


def line_decisions(text: str, start: int, stop: int) -> Iterator[Decision]:
    line = text[start:stop]
    previous = 0
    for match in DELIMITER.finditer(line):
        end = match.end()
        split, rule = decide(Candidate(line, match.start(), end, previous))
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
    return _bounded(text, decisions)


def _bounded(text: str, decisions: list[Decision]) -> list[Decision]:
    """Add forced cuts so no segment runs longer than ``MAX_SEGMENT`` characters."""
    cuts = [0] + [d.offset for d in decisions if d.split] + [len(text)]
    if all(b - a <= MAX_SEGMENT for a, b in pairwise(cuts)):
        return decisions
    forced = []
    for start, stop in pairwise(cuts):
        while stop - start > MAX_SEGMENT:
            space = text.rfind(" ", start + 1, start + MAX_SEGMENT)
            start = space if space > start else start + MAX_SEGMENT
            forced.append(Decision(start, True, LENGTH_RULE))
    return sorted(decisions + forced, key=lambda d: d.offset)


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
    left = text[max(0, decision.offset - width) : decision.offset]
    right = text[decision.offset : decision.offset + width]
    context = f"…{left}|{right}…".replace("\n", "⏎")
    return f"{verdict:<5} @{decision.offset:<6} rule={decision.rule:<22} {context}"
