"""Where a language's memory comes from, and the approved units each place holds.

A *unit* is one approved translation of one Russian sentence. A language's memory is every
approved entry of every catalogue of that language in the project, and the memory files the
user added in ``<memory_dir>/<lang>/`` (``.po`` compendia and ``.tmx`` files); a run may add
files of its own (``--memory FILE``). Each place is a :class:`Source`, stamped by its size,
modification time and inode, so the index (:mod:`index`) reads again only what changed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import polib

from ..catalog import notes
from ..catalog.pofile import load
from ..errors import PresslocError, where
from ..language import base_language
from ..project import Project

KINDS = {".po": "po", ".tmx": "tmx"}  # memory files, by extension


class TranslationMemoryError(PresslocError):
    """A memory file cannot be read, or a memory command cannot do what it was asked."""


@dataclass(frozen=True)
class Unit:
    """An approved translation and where it came from. ``around``: a digest of the sentences
    before and after it in its release (:func:`around`; None where unknown, and for a title
    or a place, whose ``context`` says where it stands); ``origin``: what a note names
    (``seeds/other.ru.txt:7``, or a memory file); ``location``: the file and line holding it;
    ``revised``: when its catalogue or unit was last revised, ISO 8601 in UTC ("" unknown)."""

    source: str
    target: str
    context: str | None = None
    around: str | None = None
    origin: str = ""
    location: str = ""
    revised: str = ""
    release: str = ""
    catalog: bool = False  # from one of the project's catalogues, not a memory file


@dataclass(frozen=True)
class Source:
    """A file of the memory: a project ``catalog``, or a memory file (``po``, ``tmx``);
    ``name``: its path from the project's root (the absolute path of a file outside it), by
    which the index knows it and notes name it."""

    path: Path
    name: str
    kind: str
    stamp: str


def around(before: str, after: str) -> str:
    """What in-context matching compares: a digest of the sentences before and after a
    sentence of a release's text ("" at either end)."""
    return hashlib.sha256(f"{before}\0{after}".encode()).hexdigest()[:16]


def neighbours(po: polib.POFile) -> dict[str, str]:
    """:func:`around` of each sentence of a catalogue's text; titles and places, which have a
    context of their own, are not in it."""
    body = [entry.msgid for entry in po if not entry.obsolete and entry.msgctxt is None]
    return {
        msgid: around(body[i - 1] if i else "", body[i + 1] if i + 1 < len(body) else "")
        for i, msgid in enumerate(body)
    }


def stamp(path: Path) -> str:
    """What tells a changed file: its size, modification time and inode."""
    info = os.stat(path)
    return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ino}"


def name_of(project: Project, path: Path) -> str:
    """``path`` as the memory names it: from the project's root, or absolute outside it."""
    path = Path(path)
    root, full = project.root.resolve(), Path(os.path.realpath(path.parent)) / path.name
    return full.relative_to(root).as_posix() if full.is_relative_to(root) else str(full)


def catalogs(project: Project, language: str) -> list[Source]:
    """The project's catalogues of ``language``, in name order."""
    folder = project.root / project.locales / language / "LC_MESSAGES"
    return _files(project, folder, {".po": "catalog"})


def memory_folder(project: Project, language: str) -> Path:
    return Path(project.settings.memory_dir) / language


def memory_files(project: Project, language: str) -> list[Source]:
    """The memory files of ``language`` in the memory folder, in name order."""
    return _files(project, memory_folder(project, language), KINDS)


def given(project: Project, paths: list[Path]) -> list[Source]:
    """Memory files named for one run; a missing one or one of another kind is an error."""
    sources = []
    for path in paths:
        kind = KINDS.get(Path(path).suffix.lower())
        if kind is None:
            raise TranslationMemoryError(f"{path}: not a memory file; give a .tmx or a .po file")
        try:
            sources.append(Source(Path(path), name_of(project, path), kind, stamp(path)))
        except OSError as e:
            raise TranslationMemoryError(f"{path}: cannot read ({e.strerror})") from e
    return sources


def _files(project: Project, folder: Path, kinds: dict[str, str]) -> list[Source]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except FileNotFoundError:
        return []
    except OSError as e:
        raise TranslationMemoryError(f"{folder}: cannot read ({e.strerror})") from e
    found = []
    for entry in entries:
        kind = kinds.get(Path(entry.name).suffix.lower())
        if kind and not entry.name.startswith(".") and entry.is_file():
            path = Path(entry.path)
            with contextlib.suppress(FileNotFoundError):  # gone since the folder was read
                found.append(Source(path, name_of(project, path), kind, stamp(path)))
    return found


def read_units(source: Source, language: str, parsed: polib.POFile | None = None) -> list[Unit]:
    """The approved units of ``source`` into ``language``; ``parsed``: the catalogue, if the
    caller has read it already. An unreadable file is a :class:`PresslocError` naming it."""
    if source.kind == "tmx":
        from .tmx import read_tmx

        return read_tmx(source.path, language, source.name)
    po = parsed if parsed is not None else load(source.path)
    if source.kind == "po":
        _check_language(po, source.path, language)
    return po_units(po, source.name, source.kind == "catalog")


def _check_language(po: polib.POFile, path: Path, language: str) -> None:
    written = po_language(po, path)
    if base_language(written) != base_language(language):
        raise TranslationMemoryError(
            f"{path}: translates into '{written}', not '{language}'; "
            f"move it to the memory folder of '{written}'"
        )


def po_language(po: polib.POFile, path: Path) -> str:
    """The language a PO memory file translates into (its ``Language`` header)."""
    written = po.metadata.get("Language", "").strip().replace("-", "_")
    if not written:
        raise TranslationMemoryError(
            f"{path}: no Language header; a memory file says which language it translates into"
        )
    return written


def po_units(po: polib.POFile, name: str, catalog: bool) -> list[Unit]:
    """The approved entries of a catalogue (or a compendium) named ``name`` as units."""
    revised = revision(po.metadata.get("PO-Revision-Date", ""))
    release = Path(name).stem if catalog else ""
    context = neighbours(po)
    units = []
    for entry in po:
        if not entry.msgid or not notes.is_approved(entry) or entry.msgid_plural:
            continue
        location = where(name, entry.linenum)
        origin = ":".join(entry.occurrences[0]) if catalog and entry.occurrences else location
        units.append(
            Unit(
                entry.msgid,
                entry.msgstr,
                entry.msgctxt,
                context.get(entry.msgid) if entry.msgctxt is None else None,
                origin,
                location,
                revised,
                release,
                catalog,
            )
        )
    return units


def revision(text: str) -> str:
    """A gettext date (``2026-11-24 10:30+0900``) or a TMX one (``20261124T013000Z``) in ISO
    8601 UTC (``2026-11-24T01:30:00Z``), which sorts as time does; "" if it is neither."""
    text = text.strip()
    for layout in ("%Y-%m-%d %H:%M%z", "%Y-%m-%d %H:%M:%S%z", "%Y%m%dT%H%M%SZ"):
        try:
            moment = dt.datetime.strptime(text, layout)
        except ValueError:
            continue
        moment = moment.replace(tzinfo=moment.tzinfo or dt.UTC).astimezone(dt.UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return ""
