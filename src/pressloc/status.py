"""How far the review of each catalogue has come."""

from __future__ import annotations

from dataclasses import dataclass

import polib

from . import notes
from .catalog import load
from .project import Project


@dataclass(frozen=True)
class CatalogStatus:
    name: str
    language: str
    entries: int
    approved: int
    drafts: int  # machine drafts awaiting review
    changed: int  # fuzzy because the source sentence changed (old translation kept)
    untranslated: int

    @property
    def percent_approved(self) -> float:
        return 100.0 * self.approved / self.entries if self.entries else 100.0

    @property
    def complete(self) -> bool:
        return self.approved == self.entries


def catalog_status(po: polib.POFile, name: str, language: str) -> CatalogStatus:
    live = [entry for entry in po if not entry.obsolete]
    fuzzy = [entry for entry in live if entry.msgstr and "fuzzy" in entry.flags]
    drafts = sum(1 for entry in fuzzy if notes.is_machine_draft(entry))
    return CatalogStatus(
        name=name,
        language=language,
        entries=len(live),
        approved=sum(1 for entry in live if notes.is_approved(entry)),
        drafts=drafts,
        changed=len(fuzzy) - drafts,
        untranslated=sum(1 for entry in live if not entry.msgstr),
    )


def project_status(project: Project, names: list[str] | None = None) -> list[CatalogStatus]:
    """One row per catalogue of the named releases (all releases if none are named)."""
    rows = []
    for name in names or project.names():
        for language in project.languages(name):
            rows.append(catalog_status(load(project.po_path(language, name)), name, language))
    return rows
