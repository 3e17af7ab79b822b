"""pressloc's own notes in a PO entry, kept apart from the template's and translators' comments.

They live in extracted comments (``#.``), which PO editors show read-only beside the
entry: ``#. mt-engine: argos`` and friends record where a machine draft came from,
``#. tm: exact, seeds/other.ru.txt:7`` lines what the translation memory gave, and
``#. qa: numbers: 18,5 ≠ 18.6`` lines the problems the checks found. They are
written as the last lines of the comment, after whatever the template put there. Long notes
are wrapped over several ``#.`` lines when the file is written (as xgettext wraps comments); a
line continues the note above it only where the wrapping would have broken it, so a comment
another tool put after a note stays that tool's.
"""

from __future__ import annotations

import hashlib
import re

import polib

from ..text import blank
from .pofile import EXTRACTED_PREFIX, comment_lines

MT_PREFIX = "mt-"
DIGEST = "digest"  # the machine note holding text_digest of the draft
QA_PREFIX = "qa: "
TM_PREFIX = "tm: "
_OWN_LINE = re.compile(r"^(mt-[a-z0-9-]+|qa|tm): ")
# A hyphen before a space is bound to it with a no-break space: a wrapped line ending in a hyphen
# then always broke inside a hyphenated word (``Kyrgyz-``/``Korean``), never at ``- ``
# (``динамитом», -`` / ``сказал он``), which the lines alone could not tell apart.
_HYPHEN_SPACE, _HYPHEN_BOUND = "- ", "-\u00a0"


def _written(text: str) -> str:
    return " ".join(text.split()).replace(_HYPHEN_SPACE, _HYPHEN_BOUND)


def _read(text: str) -> str:
    return text.replace(_HYPHEN_BOUND, _HYPHEN_SPACE)


def _lines(entry: polib.POEntry) -> list[str]:
    return entry.comment.split("\n") if entry.comment else []


def is_own(line: str) -> bool:
    return bool(_OWN_LINE.match(line))


def _split(entry: polib.POEntry) -> tuple[list[str], list[str]]:
    """(template lines, pressloc's notes with wrapped continuations joined back)."""
    template: list[str] = []
    own: list[str] = []
    last = None  # the last line read of a note, while the next may continue it
    for line in _lines(entry):
        if is_own(line):
            own.append(line)
            last = line
        elif last is not None and (joint := _wrapped(last, line)) is not None:
            own[-1] += joint + line
            last = line
        else:
            template.append(line)
            last = None
    return template, own


def _wrapped(line: str, following: str) -> str | None:
    """What joins ``following`` back to ``line`` if it is where the writer wrapped a long
    ``line`` (as polib and xgettext do, greedily: wrapping the two joined would break them
    just there), at a space or after a hyphen; None if it is a line of its own."""
    for joint in ("", " ") if line.endswith("-") else (" ",):
        lines = comment_lines(line + joint + following)
        if len(lines) > 1 and lines[0] == EXTRACTED_PREFIX + line:
            return joint
    return None


def template_comment(entry: polib.POEntry) -> str:
    """The extracted comment without pressloc's notes (what the template put there)."""
    return "\n".join(_split(entry)[0])


def own_comment(entry: polib.POEntry) -> str:
    return "\n".join(_split(entry)[1])


def machine_notes(entry: polib.POEntry) -> dict[str, str]:
    """``{"engine": "pseudo", ...}`` from the ``#. mt-*`` lines; empty if none."""
    notes = {}
    for line in _split(entry)[1]:
        if line.startswith(MT_PREFIX):
            name, _, value = line[len(MT_PREFIX) :].partition(": ")
            notes[name] = _read(value)
    return notes


def set_machine_notes(entry: polib.POEntry, notes: dict[str, object]) -> None:
    """Replace pressloc's ``#. mt-*`` notes of ``entry`` (each value on one line)."""
    template, own = _split(entry)
    kept = template + [line for line in own if not line.startswith(MT_PREFIX)]
    for name, value in notes.items():
        kept.append(f"{MT_PREFIX}{name}: {_written(str(value))}")
    entry.comment = "\n".join(kept)


def is_approved(entry: polib.POEntry) -> bool:
    """Translated and not fuzzy: a reviewer's approved work, never touched by pressloc."""
    return not blank(entry.msgstr) and "fuzzy" not in entry.flags and not entry.obsolete


def text_digest(text: str) -> str:
    """A short fingerprint of a draft's text (``#. mt-digest``), by which a draft a reviewer
    has since edited, though it is still fuzzy, is told from the engine's own."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def is_unedited(entry: polib.POEntry) -> bool:
    """The msgstr is still the text the engine drafted (its recorded digest matches)."""
    return machine_notes(entry).get(DIGEST) == text_digest(entry.msgstr)


def is_machine_draft(entry: polib.POEntry) -> bool:
    """Fuzzy and still the engine's text: its machine notes, and its digest if it has one (a
    catalogue of before digests were recorded has none)."""
    if blank(entry.msgstr) or "fuzzy" not in entry.flags:
        return False
    recorded = machine_notes(entry)
    return bool(recorded) and recorded.get(DIGEST) in (None, text_digest(entry.msgstr))


def qa_notes(entry: polib.POEntry) -> list[str]:
    """The open QA problems recorded in ``entry``, e.g. ``["numbers: 18,5 ≠ 18.6"]``."""
    return _prefixed(entry, QA_PREFIX)


def set_qa_notes(entry: polib.POEntry, problems: list[str]) -> None:
    """Replace the ``#. qa:`` lines of ``entry`` with one line per problem."""
    _set_prefixed(entry, QA_PREFIX, problems)


def _prefixed(entry: polib.POEntry, prefix: str) -> list[str]:
    """The notes of ``entry`` on lines that start with ``prefix``, unwrapped."""
    return [_read(line[len(prefix) :]) for line in _split(entry)[1] if line.startswith(prefix)]


def _set_prefixed(entry: polib.POEntry, prefix: str, notes: list[str]) -> None:
    """Replace the ``prefix`` lines of ``entry`` with one line per note."""
    template, own = _split(entry)
    kept = template + [line for line in own if not line.startswith(prefix)]
    kept += [prefix + _written(note) for note in notes]
    entry.comment = "\n".join(kept)


def memory_notes(entry: polib.POEntry) -> list[str]:
    """What the translation memory recorded in ``entry`` (its ``#. tm:`` lines), e.g.
    ``["exact, seeds/other.ru.txt:7"]``."""
    return _prefixed(entry, TM_PREFIX)


def set_memory_notes(entry: polib.POEntry, lines: list[str]) -> None:
    """Replace the ``#. tm:`` lines of ``entry`` with one line per note."""
    _set_prefixed(entry, TM_PREFIX, lines)
