"""Assemble a localised release from a source release and its catalogue."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import polib
from babel.dates import format_date

from ..catalog import notes
from ..catalog.pofile import load
from ..catalog.template import PLACE_CONTEXT, TITLE_CONTEXT, source_of
from ..errors import BuildError, NotApprovedError, where
from ..fsutil import write_all_if_changed
from ..language import parse_languages
from ..model import Localised, Release
from ..project import Project
from ..text import blank, shorten
from .render import RENDERERS


def assemble(
    release: Release, po: polib.POFile, language: str, path: Path | str = "", glossary=None
) -> Localised:
    """Replace every sentence by its translation; list each one that is not approved, and each
    approved one unfit to publish (:func:`unfit_to_publish`), with the catalogue ``path`` and
    line."""
    lookup = {(entry.msgctxt, entry.msgid): entry for entry in po if not entry.obsolete}
    rechecked = _rechecked(po, language, glossary)
    unapproved: list[str] = []
    unfit: list[str] = []

    def tr(text: str, line: int | None, context: str | None = None) -> str:
        entry = lookup.get((context, text))
        if entry is None or not notes.is_approved(entry):
            reason = _reason(entry)
            unapproved.append(
                f"{release.reference_path}:{line}: {language}: {reason}: {shorten(text)}"
            )
        elif flaw := unfit_to_publish(entry, rechecked.get((entry.msgctxt, entry.msgid), [])):
            unfit.append(f"{where(path, entry.linenum)}: {language}: {flaw}: {shorten(text)}")
        # one line, whatever a PO editor let the reviewer type: a line break or an indent in a
        # translation would start a heading, a list or a paragraph of its own in the release
        return _one_line(entry.msgstr) if entry is not None and not blank(entry.msgstr) else text

    title = tr(release.title, release.title_line, TITLE_CONTEXT) if release.title else None
    place = tr(release.place, release.place_line, PLACE_CONTEXT) if release.place else None
    paragraphs = [[tr(s.text, p.line) for s in p.segments] for p in release.paragraphs]
    date = format_date(release.date, format="long", locale=language) if release.date else None
    return Localised(
        name=release.name,
        language=language,
        title=title,
        dateline=", ".join(part for part in (place, date) if part) or None,
        paragraphs=[" ".join(sentences) for sentences in paragraphs],
        segments=sum(len(p.segments) for p in release.paragraphs) + bool(title) + bool(place),
        unapproved=unapproved,
        unfit=unfit,
        first_sentence=next((sentences[0] for sentences in paragraphs if sentences), None),
    )


_PSEUDO = re.compile(r"⟦[^⟧:]*:")  # the markers of pseudo-localisation: ⟦pseudo: …⟧, ⟦의사: …⟧


def unfit_to_publish(entry: polib.POEntry, rechecked: list) -> str | None:
    """Why an approved entry must not be published, or None: it is pseudo-localisation, or a
    QA check of severity error finds a problem in it. The checks' notes in the entry tell,
    where they were made for the text approved (the engine's draft, approved as it was);
    a text the reviewer edited was checked again: ``rechecked`` (:func:`_rechecked`)."""
    from ..qa import ERROR, severity

    recorded = notes.machine_notes(entry)
    unedited = notes.is_unedited(entry)
    if _PSEUDO.search(entry.msgstr) or (recorded.get("engine") == "pseudo" and unedited):
        return "pseudo-localisation, not a translation"
    if unedited:
        errors = [
            note.split(":", 1)[0]
            for note in notes.qa_notes(entry)
            if severity(note.split(":", 1)[0]) == ERROR
        ]
    else:
        errors = [problem.check for problem in rechecked if problem.severity == ERROR]
    return (
        f"approved with an open QA error ({', '.join(dict.fromkeys(errors))})" if errors else None
    )


def _rechecked(po: polib.POFile, language: str, glossary) -> dict[tuple, list]:
    """The problems of each approved entry a reviewer edited (not pseudo-localisation), by key,
    checked together (models loaded side by side, texts embedded in batches), each with the
    catalogue's sentences before its sentence's first place as context."""
    edited = [
        entry
        for entry in po
        if not entry.obsolete
        and notes.is_approved(entry)
        and not notes.is_unedited(entry)
        and not _PSEUDO.search(entry.msgstr)
    ]
    if not edited:
        return {}  # nothing to check: the checks' models are not even imported
    from ..qa import check_pairs, context_of, pair_of

    sources = [entry.msgid for entry in po if not entry.obsolete]
    positions = {source: i for i, source in reversed(list(enumerate(sources)))}
    pairs = [
        pair_of(e.msgid, e.msgstr, language, glossary, context_of(sources, positions[e.msgid]))
        for e in edited
    ]
    found = check_pairs(pairs)
    return {(e.msgctxt, e.msgid): problems for e, problems in zip(edited, found, strict=True)}


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    forced: list[str] = field(default_factory=list)  # unfit entries published because of --force


def build_releases(
    project: Project,
    names: list[str],
    languages: str | None = None,
    draft: bool = False,
    force: bool = False,
) -> BuildResult:
    """``pressloc build``: the releases of ``names`` (every release if none) in ``languages``
    (comma-separated; every catalogue if None)."""
    chosen = names or project.names()
    if not chosen:
        raise BuildError("nothing to build; run 'pressloc translate SOURCE' first")
    return build(project, chosen, parse_languages(languages) if languages else None, draft, force)


def build(
    project: Project,
    names: list[str],
    languages: list[str] | None,
    draft: bool,
    force: bool = False,
) -> BuildResult:
    """Write ``releases/<lang>/<name>.{md,html,txt}``; refuse unapproved text unless ``draft``,
    and approved text unfit to publish unless ``force`` (or ``draft``: not for publication).

    Nothing is written when the build is refused. Holds the project's lock.
    """
    with project.writing(releases=True):
        return _build(project, names, languages, draft, force)


def _build(
    project: Project, names: list[str], languages: list[str] | None, draft: bool, force: bool
) -> BuildResult:
    from ..qa.stage import load_glossary

    editions, glossary = [], load_glossary(project)
    for name in dict.fromkeys(names):  # a name given twice is built once
        release = source_of(project, name)
        for language in languages or project.languages(name, required=True):
            path = project.po_path(language, name)
            editions.append(assemble(release, load(path), language, path, glossary))
    _refuse(editions, draft, force)
    outputs = {
        project.release_path(edition.language, edition.name, extension): render(edition)
        for edition in editions
        for extension, render in RENDERERS.items()
    }
    for path in outputs:  # what would stop the writing halfway is found before the first file
        if path.is_dir():
            raise BuildError(
                f"{path}: is a folder, where the release is to be written; move it away"
            )
    write_all_if_changed(outputs)  # all or none: the editions never disagree
    forced = [line for edition in editions for line in edition.unfit] if force and not draft else []
    return BuildResult(list(outputs), forced)


def _refuse(editions: list[Localised], draft: bool, force: bool) -> None:
    problems = [line for edition in editions for line in edition.unapproved]
    if problems and not draft:
        raise NotApprovedError(
            f"{len(problems)} segment(s) not approved; approve them in the .po files "
            "or build with --draft",
            problems,
        )
    unfit = [line for edition in editions for line in edition.unfit]
    if unfit and not force and not draft:  # a draft is marked not for publication already
        raise NotApprovedError(
            f"{len(unfit)} approved segment(s) not fit to publish; translate them, or "
            "fix the problem and run 'pressloc check' again, or build with --force",
            unfit,
        )


_BREAKS = re.compile(
    r"[ \t\n\r\f\v\u0085\u2028\u2029]+"
)  # not the no-break and thin spaces a reviewer typed


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
