"""Assemble a localised release from a source release and its catalogue."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import polib
from babel.dates import format_date

from ..catalog import notes
from ..text import blank
from ..catalog.template import ENCODING_HEADER, PLACE_CONTEXT, SOURCE_HEADER, TITLE_CONTEXT
from ..catalog.pofile import load
from ..model import Localised, Release
from ..errors import BuildError, NotApprovedError
from ..fsutil import write_all_if_changed
from ..project import Project
from .render import RENDERERS
from ..source.read import read_release


def source_of(project: Project, name: str) -> Release:
    """The source release a template was extracted from (its ``X-Pressloc-Source``)."""
    pot = load(project.pot_path(name))
    reference = pot.metadata.get(SOURCE_HEADER)
    if not reference:
        raise BuildError(f"{project.pot_path(name)}: no {SOURCE_HEADER} header; run 'pressloc extract' again")
    if "\u00a0" in reference and not (project.root / reference).exists():
        reference = reference.replace("\u00a0", " ")  # a template of before the header kept spaces
    path = (project.root / reference).resolve()
    if not path.is_relative_to(project.root.resolve()):
        raise BuildError(f"{project.pot_path(name)}: {SOURCE_HEADER} points outside the project ({reference}); "
                         "run 'pressloc extract' again")
    return read_release(project.root / reference, project.root, pot.metadata.get(ENCODING_HEADER))


def assemble(release: Release, po: polib.POFile, language: str) -> Localised:
    """Replace every sentence by its translation; list each one that is not approved."""
    lookup = {(entry.msgctxt, entry.msgid): entry for entry in po if not entry.obsolete}
    unapproved: list[str] = []

    def tr(text: str, line: int | None, context: str | None = None) -> str:
        entry = lookup.get((context, text))
        if entry is None or not notes.is_approved(entry):
            reason = _reason(entry)
            unapproved.append(f"{release.reference_path}:{line}: {language}: {reason}: {_short(text)}")
        # one line, whatever a PO editor let the reviewer type: a line break or an indent in a
        # translation would start a heading, a list or a paragraph of its own in the release
        return _one_line(entry.msgstr) if entry is not None and not blank(entry.msgstr) else text

    title = tr(release.title, release.title_line, TITLE_CONTEXT) if release.title else None
    place = tr(release.place, release.place_line, PLACE_CONTEXT) if release.place else None
    paragraphs = [" ".join(tr(s.text, p.line) for s in p.segments) for p in release.paragraphs]
    date = format_date(release.date, format="long", locale=language) if release.date else None
    return Localised(
        name=release.name,
        language=language,
        title=title,
        dateline=", ".join(part for part in (place, date) if part) or None,
        paragraphs=paragraphs,
        segments=sum(len(p.segments) for p in release.paragraphs) + bool(title) + bool(place),
        unapproved=unapproved,
    )


def build(project: Project, names: list[str], languages: list[str] | None, draft: bool) -> list[Path]:
    """Write ``releases/<lang>/<name>.{md,html,txt}``; refuse unapproved text unless ``draft``.

    Nothing is written when the build is refused. Holds the project's lock.
    """
    with project.writing(releases=True):
        return _build(project, names, languages, draft)


def _build(project: Project, names: list[str], languages: list[str] | None, draft: bool) -> list[Path]:
    editions = []
    for name in dict.fromkeys(names):  # a name given twice is built once
        release = source_of(project, name)
        for language in languages or project.languages(name, required=True):
            po = load(project.po_path(language, name))
            editions.append(assemble(release, po, language))
    problems = [line for edition in editions for line in edition.unapproved]
    if problems and not draft:
        raise NotApprovedError(
            f"{len(problems)} segment(s) not approved; approve them in the .po files "
            "or build with --draft",
            problems,
        )
    outputs = {project.release_path(edition.language, edition.name, extension): render(edition)
               for edition in editions for extension, render in RENDERERS.items()}
    for path in outputs:  # what would stop the writing halfway is found before the first file
        if path.is_dir():
            raise BuildError(f"{path}: is a folder, where the release is to be written; move it away")
    write_all_if_changed(outputs)  # all or none: the editions never disagree
    return list(outputs)


_BREAKS = re.compile(r"[ \t\n\r\f\v\u0085\u2028\u2029]+")  # not the no-break and thin spaces a reviewer typed


def _one_line(text: str) -> str:
    return _BREAKS.sub(" ", text).strip(" ")


def _reason(entry: polib.POEntry | None) -> str:
    if entry is None:
        return "not in the catalogue (run 'pressloc translate')"
    if blank(entry.msgstr):
        return "not translated"
    if entry.previous_msgid is not None:
        return "source changed, translation needs review"
    if notes.is_machine_draft(entry):
        return "machine draft, not approved"
    return "marked as needing review (fuzzy), not approved"


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
