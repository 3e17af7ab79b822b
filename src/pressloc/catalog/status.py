"""How far the review of each catalogue has come."""

from __future__ import annotations

import math
from dataclasses import dataclass

import polib

from ..project import Project
from ..text import blank
from . import notes
from .pofile import load, read_text, template_keys
from .template import key


@dataclass(frozen=True)
class CatalogStatus:
    name: str
    language: str
    entries: int
    approved: int
    drafts: int  # machine drafts awaiting review
    changed: int  # fuzzy because the source sentence changed (old translation kept)
    untranslated: int
    qa: int = 0  # entries with open QA problems
    memory: int = 0  # entries filled from the translation memory (``#. tm: exact``/``in-context``)

    @property
    def percent_approved(self) -> float:
        return 100.0 * self.approved / self.entries if self.entries else 100.0

    @property
    def complete(self) -> bool:
        return self.approved == self.entries


def catalog_status(
    po: polib.POFile, name: str, language: str, pot: set[tuple[str | None, str]] | None = None
) -> CatalogStatus:
    """The counts of one catalogue; with its template's keys (:func:`pofile.template_keys`), an
    entry of the template that the catalogue lacks (a file cut short) counts as untranslated."""
    live = [entry for entry in po if not entry.obsolete]
    missing = len(pot - {key(entry) for entry in live}) if pot is not None else 0
    fuzzy = [entry for entry in live if not blank(entry.msgstr) and "fuzzy" in entry.flags]
    drafts = sum(1 for entry in fuzzy if notes.is_machine_draft(entry))
    recalled = [entry for entry in live if from_memory(entry)]
    return CatalogStatus(
        name=name,
        language=language,
        entries=len(live) + missing,
        approved=sum(1 for entry in live if notes.is_approved(entry)),
        drafts=drafts,
        changed=len(fuzzy) - drafts - sum(1 for entry in recalled if "fuzzy" in entry.flags),
        untranslated=sum(1 for entry in live if blank(entry.msgstr)) + missing,
        qa=sum(1 for entry in live if notes.qa_notes(entry)),
        memory=len(recalled),
    )


def from_memory(entry: polib.POEntry) -> bool:
    """Filled from the translation memory: its first ``#. tm:`` note says an exact match."""
    if notes.TM_PREFIX not in entry.comment:  # most entries: no need to read the notes
        return False
    found = notes.memory_notes(entry)
    return (
        bool(found) and found[0].startswith(("exact,", "in-context,")) and not blank(entry.msgstr)
    )


def project_status(project: Project, names: list[str] | None = None) -> list[CatalogStatus]:
    """One row per catalogue of the named releases (all releases if none are named)."""
    rows = []
    for name in names or project.names():
        languages = project.languages(name, required=bool(names))
        pot = template_keys(read_text(project.pot_path(name))) if languages else None
        for language in languages:
            rows.append(catalog_status(load(project.po_path(language, name)), name, language, pot))
    return rows


@dataclass(frozen=True)
class ScoredDraft:
    score: float
    name: str
    language: str
    reference: str
    msgid: str


def least_confident(project: Project, names: list[str] | None, count: int) -> list[ScoredDraft]:
    """The ``count`` machine drafts with the lowest recorded confidence, lowest first."""
    drafts = []
    for name in names or project.names():
        for language in project.languages(name):
            for entry in load(project.po_path(language, name)):
                score = _score(entry)
                if score is not None and not entry.obsolete and "fuzzy" in entry.flags:
                    where = ":".join(entry.occurrences[0]) if entry.occurrences else name
                    drafts.append(ScoredDraft(score, name, language, where, entry.msgid))
    return sorted(drafts, key=lambda d: d.score)[:count]


def _score(entry: polib.POEntry) -> float | None:
    try:
        score = float(notes.machine_notes(entry)["score"])
    except (KeyError, ValueError):
        return None
    return score if math.isfinite(score) else None  # a hand-edited nan would break the ranking


def report(
    project: Project, names: list[str] | None, worst: int = 0
) -> tuple[list[CatalogStatus], list[ScoredDraft]]:
    """``pressloc status``: the rows of :func:`project_status`, and the ``worst`` least
    confident drafts."""
    rows = project_status(project, names)
    return rows, least_confident(project, names, worst) if worst else []
