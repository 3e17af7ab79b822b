"""A catalogue being drafted: read once, filled with drafts and the memory's fills, and
saved without losing what a reviewer saved meanwhile (the merge happens at every write)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polib

from ..catalog import notes
from ..catalog.merge import update
from ..catalog.pofile import decode, parse, read_text
from ..catalog.template import language_headers, new_catalog, stamped
from ..fsutil import save_merging
from ..memory import Fill, apply_fill
from ..memory.store import stamp as file_stamp
from ..project import Project
from ..qa import Problem
from ..text import blank
from .engines import Draft


@dataclass
class CatalogResult:
    name: str
    language: str
    drafted: int = 0
    recalled: int = 0  # entries filled from the translation memory
    approved: int = 0  # of which approved at once (in context, or --approve-exact)
    written: bool = False


@dataclass
class Book:
    """A catalogue being worked on, with what its file held when we read it."""

    name: str
    language: str
    path: Path
    pot: polib.POFile
    po: polib.POFile
    read: bytes | None  # what the file held when ``po`` was last made from it (None: no file)
    # msgid → (draft, engine name, QA problems, or None when not checked)
    drafts: dict[str, tuple[Draft, str, list[Problem] | None]] = field(default_factory=dict)
    index: dict[str, list[polib.POEntry]] | None = None  # the entries of ``po`` by msgid
    result: CatalogResult | None = None
    stamp: str | None = None  # the file's stamp before it was read (memory.store.stamp)
    old: polib.POFile | None = None  # the file as read, before the update (for the memory)
    recalled: dict[tuple[str | None, str], Fill] = field(default_factory=dict)  # by key
    similar: dict[str, list[str]] = field(default_factory=dict)  # msgid → fuzzy-match notes


def needs_draft(entry: polib.POEntry) -> bool:
    """Untranslated, or a machine draft made for an earlier version of the sentence."""
    if entry.obsolete:
        return False
    if blank(entry.msgstr):
        return True
    return notes.is_machine_draft(entry) and entry.previous_msgid is not None


def apply_draft(entry: polib.POEntry, draft: Draft, engine: str) -> None:
    entry.msgstr = draft.text
    if "fuzzy" not in entry.flags:
        entry.flags.insert(0, "fuzzy")
    entry.previous_msgid = None
    entry.previous_msgctxt = None
    record = {"engine": engine, **draft.notes}
    if draft.score is not None:
        record["score"] = f"{draft.score:.3f}"
    record[notes.DIGEST] = notes.text_digest(draft.text)
    notes.set_machine_notes(entry, record)


def recall_fills(book: Book) -> tuple[int, int]:
    """Put the memory's fills in the entries of ``book`` that still need a translation; how
    many, and how many of them approved."""
    filled = [e for e in book.po if (e.msgctxt, e.msgid) in book.recalled and needs_draft(e)]
    for entry in filled:
        apply_fill(entry, book.recalled[(entry.msgctxt, entry.msgid)])
    return len(filled), sum(not entry.fuzzy for entry in filled)


def open_book(project: Project, pot: polib.POFile, name: str, language: str, stamp: str) -> Book:
    path = project.po_path(language, name)
    if path.exists():
        before = file_stamp(path)  # taken first: a change after it shows as one
        text = read_text(path)  # read once: what is parsed is what a later save is compared with
        old = parse(text, path)
        return Book(
            name,
            language,
            path,
            pot,
            merged(old, pot, language),
            text.encode("utf-8"),
            stamp=before,
            old=old,
        )
    return Book(name, language, path, pot, new_catalog(pot, language, stamp), None)


def merged(old: polib.POFile, pot: polib.POFile, language: str) -> polib.POFile:
    """``old`` updated from ``pot``, with the language headers put right."""
    po = update(old, pot)
    headers = language_headers(language)
    po.metadata["Language"] = headers["Language"]
    po.metadata["Plural-Forms"] = headers["Plural-Forms"]
    if not po.metadata.get("Language-Team"):
        po.metadata["Language-Team"] = headers["Language-Team"]
    return po


def fill(book: Book, msgids: Sequence[str] | None = None) -> int:
    """Apply the drafts of ``msgids`` (all drafts made so far if None), with their QA notes, to
    every entry that still needs one; how many. Only those entries are looked at."""
    if book.index is None:
        book.index = {}
        for entry in book.po:
            book.index.setdefault(entry.msgid, []).append(entry)
    wanted = book.drafts if msgids is None else msgids
    filled = [
        entry
        for msgid in wanted
        for entry in book.index.get(msgid, ())
        if needs_draft(entry) and not blank(book.drafts[msgid][0].text)
    ]  # an empty draft is none
    for entry in filled:
        draft, engine, problems = book.drafts[entry.msgid]
        apply_draft(entry, draft, engine)
        notes.set_memory_notes(entry, book.similar.get(entry.msgid, []))
        if problems is not None:
            notes.set_qa_notes(entry, [problem.message for problem in problems])
    return len(filled)


def write(book: Book, stamp: str) -> None:
    """Save ``book``; whatever a reviewer saved since we read the file, at any moment up to
    the write itself, is read and merged first (:func:`fsutil.save_merging`)."""

    def make(current: bytes | None) -> bytes | None:
        text = None if current is None else decode(current, book.path)
        if current != book.read and text is not None:
            book.po, book.index = merged(parse(text, book.path), book.pot, book.language), None
            recall_fills(book)
            fill(book)
        book.read = current
        new = stamped(book.po, text, "PO-Revision-Date", stamp)
        return None if new is None else new.encode("utf-8")

    before = book.read
    book.read = save_merging(book.path, book.read, make)
    if book.read != before:
        book.result.written = True
