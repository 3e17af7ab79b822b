"""pressloc's own notes in a PO entry, kept apart from the template's and translators' comments.

They live in extracted comments (``#.``), which PO editors show read-only beside the
entry: ``#. mt-engine: argos`` and friends record where a machine draft came from.
"""

from __future__ import annotations

import polib

MT_PREFIX = "mt-"
OWN_PREFIXES = (MT_PREFIX,)


def _lines(entry: polib.POEntry) -> list[str]:
    return entry.comment.split("\n") if entry.comment else []


def is_own(line: str) -> bool:
    return line.startswith(OWN_PREFIXES)


def template_comment(entry: polib.POEntry) -> str:
    """The extracted comment without pressloc's notes (what the template put there)."""
    return "\n".join(line for line in _lines(entry) if not is_own(line))


def own_comment(entry: polib.POEntry) -> str:
    return "\n".join(line for line in _lines(entry) if is_own(line))


def machine_notes(entry: polib.POEntry) -> dict[str, str]:
    """``{"engine": "pseudo", ...}`` from the ``#. mt-*`` lines; empty if none."""
    notes = {}
    for line in _lines(entry):
        if line.startswith(MT_PREFIX):
            name, _, value = line[len(MT_PREFIX):].partition(": ")
            notes[name] = value
    return notes


def set_machine_notes(entry: polib.POEntry, notes: dict[str, object]) -> None:
    """Replace the ``#. mt-*`` lines of ``entry`` with ``notes`` (values on one line each)."""
    kept = [line for line in _lines(entry) if not line.startswith(MT_PREFIX)]
    for name, value in notes.items():
        text = " ".join(str(value).split())
        kept.append(f"{MT_PREFIX}{name}: {text}")
    entry.comment = "\n".join(kept)


def is_approved(entry: polib.POEntry) -> bool:
    """Translated and not fuzzy: a reviewer's approved work, never touched by pressloc."""
    return bool(entry.msgstr) and "fuzzy" not in entry.flags and not entry.obsolete


def is_machine_draft(entry: polib.POEntry) -> bool:
    return bool(entry.msgstr) and "fuzzy" in entry.flags and bool(machine_notes(entry))
