"""Interchange: export the project's approved units as TMX 1.4b, and import a memory file
(TMX or PO) into the memory folder once it has been read whole."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..catalog.pofile import decode, parse, read_bytes
from ..fsutil import atomic_write_bytes, remove_stale_temporaries
from ..language import base_language, parse_languages
from ..project import Project
from . import tmx
from .lookup import open_memory
from .store import KINDS, TranslationMemoryError, memory_folder, po_language, po_units


@dataclass
class ExportResult:
    path: Path
    units: int = 0  # <tu> elements written
    languages: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # units left out


def export_tmx(project: Project, path: Path, languages: str | None = None) -> ExportResult:
    """``pressloc memory export``: every approved entry of the project's catalogues in
    ``languages`` (comma-separated; every language with catalogues if None) as TMX 1.4b at
    ``path``, one ``<tu>`` per sentence of each release, with its translations."""
    chosen = parse_languages(languages) if languages else project.languages()
    if not chosen:
        raise TranslationMemoryError("no catalogues to export; run 'pressloc translate' first")
    result, found = ExportResult(Path(path), languages=list(chosen)), {}
    for language in chosen:
        with open_memory(project, language) as memory:
            for unit in memory.approved():
                key = (unit.release, unit.context, unit.source)
                item = found.get(key) or tmx.Exported(unit.source, {}, "", *key[:2])
                found[key] = tmx.Exported(
                    unit.source,
                    {**item.targets, language: unit.target},
                    max(item.created, unit.revised),
                    unit.release,
                    unit.context,
                    unit.around,
                )
    kept = []
    for unit in found.values():
        if tmx.holds(unit):
            kept.append(unit)
        else:
            result.warnings.append(
                f"{unit.release}: left out, a control character XML cannot hold: {unit.source[:60]}"
            )
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    atomic_write_bytes(Path(path), tmx.render(kept, now))
    result.units = len(kept)
    return result


@dataclass
class ImportResult:
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)  # already in the memory as they are
    units: dict[str, int] = field(default_factory=dict)  # language → units it brings


def import_file(project: Project, path: Path, languages: str | None = None) -> ImportResult:
    """``pressloc memory import``: check the memory file at ``path`` (TMX or PO) and copy it
    into the memory folder of each language it translates into (``languages``: only these).
    A file that cannot be read, or that would replace a different one of the same name,
    changes nothing."""
    path = Path(path)
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        raise TranslationMemoryError(f"{path}: not a memory file; give a .tmx or a .po file")
    if kind == "tmx":  # the bytes checked are the bytes copied
        data = tmx.file_bytes(path)
        counts = _tmx_counts(project, tmx.parse_document(data, path), path, languages)
    else:
        data = read_bytes(path)
        counts = _po_counts(parse(decode(data, path), path), path, languages)
    result = ImportResult(units=counts)
    targets = {memory_folder(project, language) / path.name: language for language in counts}
    with project.writing():
        for target in targets:
            if target.exists() and target.read_bytes() != data:
                raise TranslationMemoryError(
                    f"{target}: a different memory file of that name is there; "
                    f"rename {path} or remove the old one"
                )
        remove_stale_temporaries({target.parent for target in targets})
        for target in targets:
            if target.exists():
                result.unchanged.append(target)
            else:
                atomic_write_bytes(target, data)
                result.written.append(target)
    return result


def _tmx_counts(
    project: Project, tus: list[tmx.Tu], path: Path, languages: str | None
) -> dict[str, int]:
    wanted = parse_languages(languages) if languages else list(project.settings.languages)
    counts = {language: len(tmx.units_of(tus, str(path), language)) for language in wanted}
    return _nonzero(path, counts, bool(languages))


def _po_counts(po, path: Path, languages: str | None) -> dict[str, int]:
    written = po_language(po, path)
    wanted = parse_languages(languages) if languages else [written]
    counts = {
        language: len(po_units(po, str(path), False))
        if base_language(language) == base_language(written)
        else 0
        for language in wanted
    }
    return _nonzero(path, counts, bool(languages))


def _nonzero(path: Path, counts: dict[str, int], named: bool) -> dict[str, int]:
    """``counts`` without the languages the file has nothing for; none at all, or none for a
    language named, is an error."""
    empty = [language for language, count in counts.items() if not count]
    if not counts or len(empty) == len(counts) or (named and empty):
        raise TranslationMemoryError(
            f"{path}: no approved translation from Russian into {', '.join(empty or counts)}; "
            "nothing imported"
        )
    return {language: count for language, count in counts.items() if count}
