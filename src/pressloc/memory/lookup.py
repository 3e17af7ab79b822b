"""Look-up before drafting: what the memory gives each entry that needs a translation.

*Exact*: the sentence was approved somewhere. The most recently revised approval fills the
entry (``#. tm: exact, seeds/other.ru.txt:7``), fuzzy for a reviewer to confirm, and the other
ways it was approved are noted (``#. tm: also approved, …``). *In context* (the same
sentences before and after it in its release, or the same title or place context) it is
approved at once (``#. tm: in-context, …``), as every exact match is with ``approve_exact``,
unless the approvals it would follow disagree. *Fuzzy*: no exact match, but a sentence at
least ``THRESHOLD`` alike; the engine drafts it as before, and the match is noted beside the
draft with its score, its sentence and its approved translation.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import polib

from ..catalog import notes
from ..catalog.pofile import load
from ..language import base_language
from ..project import Project
from .index import Index, cache_file, forget
from .store import (
    Source,
    TranslationMemoryError,
    Unit,
    catalogs,
    given,
    memory_files,
    name_of,
    neighbours,
    po_language,
    po_units,
    read_units,
)

THRESHOLD = 0.75  # the least likeness (fuzz.ratio / 100) of a fuzzy match
SHOWN = 3  # other approvals of a sentence noted one by one
Key = tuple[str | None, str]  # (msgctxt, msgid)


@dataclass(frozen=True)
class Options:
    """How a run uses the memory: memory ``files`` of its own, and whether an exact match
    out of context is approved at once."""

    files: tuple[Path, ...] = ()
    approve_exact: bool = False


@dataclass(frozen=True)
class Fill:
    """What the memory puts in an entry: the translation, whether it is approved, and the
    ``#. tm:`` notes that say where it came from."""

    text: str
    approved: bool
    notes: tuple[str, ...]


class Memory:
    """One language's memory for one run (close it, or use it in a ``with``)."""

    def __init__(self, project: Project, indexes: list[Index], approve_exact: bool = False):
        self.project = project
        self.indexes = [index for index in indexes if not index.empty()]
        self.approve_exact = approve_exact
        for index in indexes:
            if index not in self.indexes:
                index.close()

    def __enter__(self) -> Memory:
        return self

    def __exit__(self, *exc) -> None:
        for index in self.indexes:
            index.close()

    def exact(self, sentences: Iterable[str]) -> dict[str, list[Unit]]:
        """Every unit of each of ``sentences``, by sentence."""
        sentences = list(dict.fromkeys(sentences))
        found: dict[str, list[Unit]] = {}
        for index in self.indexes:
            for sentence, units in index.exact(sentences).items():
                found.setdefault(sentence, []).extend(units)
        return found

    def fills(
        self, catalogs: Sequence[polib.POFile], wanted: Callable[[polib.POEntry], bool]
    ) -> list[dict[Key, Fill]]:
        """For each catalogue, what the memory fills its ``wanted`` entries with, by key."""
        pending = [[entry for entry in po if wanted(entry)] for po in catalogs]
        found = self.exact(entry.msgid for entries in pending for entry in entries)
        filled = []
        for po, entries in zip(catalogs, pending, strict=True):
            around = neighbours(po)
            filled.append(
                {
                    (entry.msgctxt, entry.msgid): choose(
                        found[entry.msgid],
                        entry.msgctxt,
                        around.get(entry.msgid),
                        self.approve_exact,
                    )
                    for entry in entries
                    if entry.msgid in found
                }
            )
        return filled

    def similar(self, sentences: Iterable[str]) -> dict[str, list[str]]:
        """The ``#. tm:`` note of the closest approved sentence to each of ``sentences`` that
        has one (none that is the same: those are exact matches)."""
        found = {}
        for sentence in dict.fromkeys(sentences):
            matches = [m for index in self.indexes if (m := index.similar(sentence, THRESHOLD))]
            if matches:
                score, unit = max(matches, key=lambda match: (match[0], match[1].revised))
                found[sentence] = [fuzzy_note(score, unit)]
        return found

    def elsewhere(self, path: Path, keys: Iterable[Key]) -> dict[Key, list[Unit]]:
        """The approvals, in the project's other catalogues, of each of ``keys`` (same
        context, same sentence) of the catalogue at ``path``."""
        name, keys = name_of(self.project, path), list(keys)
        found = self.exact(msgid for _, msgid in keys)
        return {
            key: [
                unit
                for unit in found.get(key[1], ())
                if unit.catalog and unit.context == key[0] and _file(unit) != name
            ]
            for key in keys
        }

    def approved(self) -> Iterator[Unit]:
        """Every unit of the project's catalogues (not of memory files)."""
        for index in self.indexes:
            yield from index.units(catalogs_only=True)

    def containing(self, text: str, limit: int = 50) -> list[Unit]:
        """Up to ``limit`` units whose sentence contains ``text``, the most recent first."""
        found = [unit for index in self.indexes for unit in index.containing(text, limit)]
        return sorted(found, key=lambda unit: unit.revised, reverse=True)[:limit]


def fuzzy_note(score: float, unit: Unit) -> str:
    """``fuzzy 0.87, seeds/other.ru.txt:7: <its sentence> → <its approved translation>``."""
    return f"fuzzy {score:.2f}, {unit.origin}: {unit.source} → {unit.target}"


def choose(
    units: list[Unit],
    context: str | None,
    around: str | None,
    approve_exact: bool = False,
) -> Fill:
    """The fill of an entry (``context``: its msgctxt; ``around``: the digest of the sentences
    before and after it, :func:`store.around`) from the ``units`` of its sentence: the
    in-context ones if any, the newest."""
    in_context = [unit for unit in units if _in_context(unit, context, around)]
    pool = in_context or units
    best = max(pool, key=_recency)
    agreed = len({unit.target for unit in pool}) == 1
    kind = "in-context" if in_context else "exact"
    lines = [f"{kind}, {best.origin}"]
    others: dict[str, Unit] = {}
    for unit in sorted(units, key=_recency, reverse=True):
        if unit.target != best.target:
            others.setdefault(unit.target, unit)
    lines += [f"also approved, {unit.origin}: {target}" for target, unit in others.items()][:SHOWN]
    if len(others) > SHOWN:
        lines.append(f"also approved: {len(others) - SHOWN} more")
    return Fill(best.target, agreed and (bool(in_context) or approve_exact), tuple(lines))


def _recency(unit: Unit) -> tuple:
    return (unit.revised, unit.catalog, unit.origin)


def _in_context(unit: Unit, context: str | None, around: str | None) -> bool:
    if context is not None:
        return unit.context == context
    return unit.context is None and around is not None and unit.around == around


def _file(unit: Unit) -> str:
    return unit.location.rsplit(":", 1)[0]


Read = Mapping[Path, tuple[str, polib.POFile]]  # catalogue → (its stamp, what it held then)


def apply_fill(entry: polib.POEntry, fill: Fill) -> None:
    """Put ``fill`` in ``entry``: its text, approved or fuzzy, with its notes (and no machine
    or QA notes of an earlier draft)."""
    entry.msgstr = fill.text
    kept = [flag for flag in entry.flags if flag != "fuzzy"]
    entry.flags = kept if fill.approved else ["fuzzy", *kept]
    entry.previous_msgid = entry.previous_msgctxt = None
    notes.set_machine_notes(entry, {})
    notes.set_qa_notes(entry, [])
    notes.set_memory_notes(entry, list(fill.notes))


def open_memory(
    project: Project, language: str, options: Options = Options(), read: Read | None = None
) -> Memory:
    """The memory of ``language``: the project's catalogues and memory folder through the
    cached index, brought up to date, and the files of ``options``. ``read``: catalogues the
    caller has parsed already, by path, with the stamp they had before. A memory file that
    cannot be read is an error naming it, and changes nothing."""
    indexes = []
    try:
        sources = catalogs(project, language) + memory_files(project, language)
        if sources:
            known = {name_of(project, path): parsed for path, parsed in (read or {}).items()}
            indexes.append(_project_index(project, language, sources, known))
        extra = given(project, list(options.files))
        if extra:
            indexes.append(Index.temporary())
            indexes[-1].refresh(extra, lambda source: _given_units(source, language))
    except BaseException:
        for index in indexes:
            index.close()
        raise
    return Memory(project, indexes, options.approve_exact)


def _project_index(
    project: Project, language: str, sources: list[Source], read: Mapping[str, tuple]
) -> Index:
    """The project's cached index of ``language``, up to date with ``sources``; one found
    damaged is made again."""
    path = cache_file(project.root / project.locales, language)

    def units(source: Source) -> list[Unit]:
        stamp, parsed = read.get(source.name, (None, None))
        return read_units(source, language, parsed if stamp == source.stamp else None)

    for attempt in (1, 2):
        index = Index.open(path)
        try:
            index.refresh(sources, units)
            return index
        except sqlite3.OperationalError as e:  # locked past the timeout, a full disk
            index.close()
            raise TranslationMemoryError(f"{path}: cannot update the memory's index ({e})") from e
        except sqlite3.DatabaseError as e:  # damaged beyond what opening it showed
            index.close()
            forget(path)
            if attempt == 2:
                raise TranslationMemoryError(f"{path}: damaged; deleted, run again") from e
        except BaseException:
            index.close()
            raise
    raise AssertionError("not reached")


def _given_units(source: Source, language: str) -> list[Unit]:
    """The units of a file given for one run: a PO file serves the language of its header."""
    if source.kind != "po":
        return read_units(source, language)
    po = load(source.path)
    if base_language(po_language(po, source.path)) != base_language(language):
        return []
    return po_units(po, source.name, False)
