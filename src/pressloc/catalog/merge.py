"""Update a PO from a new template the way ``msgmerge --previous`` does.

Unchanged sentences keep their translation and flags; a new sentence close to an old
translated one inherits that translation as a fuzzy draft with the old text in ``#|``;
translated sentences that disappeared become obsolete (``#~``); obsolete entries come back
when their sentence does. Approved work is never lost.
"""

from __future__ import annotations

import polib

from . import notes
from .pofile import WRAP
from .template import copy_entry, has_translation, key

FUZZY_THRESHOLD = 0.6  # gettext's FUZZY_THRESHOLD


def update(old: polib.POFile, pot: polib.POFile) -> polib.POFile:
    """A new catalogue: ``pot``'s entries in order, carrying ``old``'s translations."""
    merged = polib.POFile(wrapwidth=WRAP)
    merged.header = old.header
    merged.metadata = dict(old.metadata)
    merged.metadata["POT-Creation-Date"] = pot.metadata.get("POT-Creation-Date", "")
    for name, value in pot.metadata.items():
        if name.startswith("X-Pressloc") or name == "Project-Id-Version":
            merged.metadata[name] = value
    exact = {key(e): e for e in old if e.msgid}
    candidates = [e for e in old if e.msgid and e.msgstr]
    used: set[tuple[str | None, str]] = set()
    for entry in pot:
        previous = exact.get(key(entry))
        if previous is not None:
            merged.append(_carry(previous, entry))
            used.add(key(previous))
            continue
        match = _best_match(entry, candidates)
        if match is not None:
            merged.append(_inherit(match, entry))
            used.add(key(match))
        else:
            merged.append(copy_entry(entry))
    for entry in old:
        if entry.msgid and has_translation(entry) and key(entry) not in used:
            merged.append(copy_entry(entry, obsolete=True))
    return merged


def _carry(old: polib.POEntry, new: polib.POEntry) -> polib.POEntry:
    """Same sentence: the old translation, flags and notes with the new references."""
    return copy_entry(
        new,
        msgstr=old.msgstr,
        comment=_join(notes.template_comment(new), notes.own_comment(old)),
        tcomment=old.tcomment,
        flags=_flags(new, old.flags),
        previous_msgid=old.previous_msgid if old.fuzzy else None,  # approved: its #| is history
        previous_msgctxt=old.previous_msgctxt if old.fuzzy else None,
        obsolete=False,
    )


def _inherit(old: polib.POEntry, new: polib.POEntry) -> polib.POEntry:
    """A similar sentence: the old translation as a fuzzy suggestion, old text in ``#|``.

    Machine notes travel only with a machine draft still as the engine wrote it, so
    ``translate`` can redraft it; a reviewer's translation, approved or edited and left
    fuzzy, carries no machine notes and is left for the reviewer.
    """
    own = notes.own_comment(old) if notes.is_machine_draft(old) else ""
    return copy_entry(
        new,
        msgstr=old.msgstr,
        comment=_join(notes.template_comment(new), own),
        tcomment=old.tcomment,
        flags=_flags(new, ["fuzzy"]),
        previous_msgid=(old.previous_msgid if old.fuzzy else None) or old.msgid,
        previous_msgctxt=old.msgctxt if old.msgctxt != new.msgctxt else None,
        obsolete=False,
    )


def similarity(a: str, b: str) -> float:
    """gettext's ``fstrcmp``: 2·LCS / total length, over UTF-8 bytes as msgmerge compares."""
    left, right = a.encode("utf-8"), b.encode("utf-8")
    total = len(left) + len(right)
    return 2 * _lcs_length(left, right) / total if total else 1.0


def _lcs_length(a: bytes, b: bytes) -> int:
    """Length of the longest common subsequence, bit-parallel (Allison–Dix, Hyyrö)."""
    if len(a) < len(b):
        a, b = b, a
    masks: dict[int, int] = {}
    for index, byte in enumerate(b):
        masks[byte] = masks.get(byte, 0) | (1 << index)
    full = (1 << len(b)) - 1
    row = full
    for byte in a:
        matches = row & masks.get(byte, 0)
        row = ((row + matches) | (row - matches)) & full
    return len(b) - bin(row).count("1")


def _best_match(entry: polib.POEntry, candidates: list[polib.POEntry]) -> polib.POEntry | None:
    """The most similar translated entry strictly above the threshold, as msgmerge picks it:
    any context qualifies, one with the same (or no) context by a hair."""
    best, best_score = None, FUZZY_THRESHOLD
    size = len(entry.msgid.encode("utf-8"))
    for candidate in candidates:
        other = len(candidate.msgid.encode("utf-8"))
        if 2 * min(size, other) / (size + other) <= best_score - 0.0001:
            continue  # even a full match of the shorter one cannot win
        bonus = 0.00001 if candidate.msgctxt in (None, entry.msgctxt) else 0.0
        score = similarity(entry.msgid, candidate.msgid) + bonus
        if score > best_score:
            best, best_score = candidate, score
    return best


def _flags(template: polib.POEntry, kept: list[str]) -> list[str]:
    flags = list(template.flags)
    if "fuzzy" in kept and "fuzzy" not in flags:
        flags.insert(0, "fuzzy")
    return flags


def _join(*parts: str) -> str:
    return "\n".join(part for part in parts if part)
