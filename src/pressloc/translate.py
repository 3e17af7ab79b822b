"""Extract templates, update catalogues and fill them with machine drafts.

All pending sentences of a run, across files, are de-duplicated per language and sent to
the engine in one batch, so every model is loaded once. Approved entries are never touched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import polib

from . import notes
from .catalog import load, new_catalog, now_stamp, save, template
from .document import Release
from .engines import Draft, Engine
from .merge import update
from .project import Project


@dataclass
class CatalogResult:
    name: str
    language: str
    drafted: int = 0
    written: bool = False


@dataclass
class TranslateResult:
    catalogs: list[CatalogResult] = field(default_factory=list)
    sentences: dict[str, int] = field(default_factory=dict)  # language → distinct sentences sent


def extract(project: Project, releases: Sequence[Release], stamp: str | None = None) -> dict[str, polib.POFile]:
    """Write ``locales/<name>.pot`` for each release; the templates by name."""
    stamp = stamp or now_stamp()
    templates = {}
    for release in releases:
        pot = template(release, stamp)
        save(pot, project.pot_path(release.name), "POT-Creation-Date", stamp)
        templates[release.name] = pot
    return templates


def needs_draft(entry: polib.POEntry) -> bool:
    """Untranslated, or a machine draft made for an earlier version of the sentence."""
    if entry.obsolete:
        return False
    if not entry.msgstr:
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
    notes.set_machine_notes(entry, record)


def translate(
    project: Project,
    releases: Sequence[Release],
    languages: Sequence[str],
    engine_factory: Callable[[], Engine],
    progress: Callable[[int, int], None] | None = None,
) -> TranslateResult:
    """Extract, update each ``<lang>/<name>.po``, and draft every entry that needs one.

    ``engine_factory`` is called only if something needs translating; ``progress(done,
    total)`` reports sentences translated.
    """
    stamp = now_stamp()
    templates = extract(project, releases, stamp)
    catalogs = {
        (name, language): _updated(project, pot, name, language, stamp)
        for name, pot in templates.items()
        for language in languages
    }
    result = TranslateResult()
    drafted: dict[tuple[str, str], int] = {}
    engine = None
    for language in languages:
        todo = _pending(catalogs, language)
        result.sentences[language] = len(todo)
        if not todo:
            continue
        engine = engine or engine_factory()
        drafted.update(_draft_language(catalogs, language, todo, engine, progress))
    for (name, language), po in catalogs.items():
        written = save(po, project.po_path(language, name), "PO-Revision-Date", stamp)
        result.catalogs.append(CatalogResult(name, language, drafted.get((name, language), 0), written))
    return result


def _updated(project: Project, pot: polib.POFile, name: str, language: str, stamp: str) -> polib.POFile:
    path = project.po_path(language, name)
    if path.exists():
        return update(load(path), pot)
    return new_catalog(pot, language, stamp)


def _pending(catalogs: dict[tuple[str, str], polib.POFile], language: str) -> list[str]:
    todo: dict[str, None] = {}
    for (_, lang), po in catalogs.items():
        if lang == language:
            todo.update((entry.msgid, None) for entry in po if needs_draft(entry))
    return list(todo)


def _draft_language(catalogs, language, todo, engine, progress) -> dict[tuple[str, str], int]:
    """Translate ``todo`` into ``language`` and fill the catalogues; drafts per catalogue."""
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        if progress:
            progress(done, len(todo))

    drafts = dict(zip(todo, engine.translate(todo, "ru", language, step)))
    counts = {}
    for (name, lang), po in catalogs.items():
        if lang != language:
            continue
        entries = [entry for entry in po if needs_draft(entry) and entry.msgid in drafts]
        for entry in entries:
            apply_draft(entry, drafts[entry.msgid], engine.name)
        counts[(name, lang)] = len(entries)
    return counts
