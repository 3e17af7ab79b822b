"""Gettext catalogues: build the template from releases, start and write PO files.

Formatting a catalogue is pure (:func:`pofile.render`); :func:`stamped` gives the text to
write, or None when only its date would change (the caller writes it atomically). Reading PO
files, and rewriting only their comment lines, is :mod:`pofile`'s.
"""

from __future__ import annotations

import datetime as dt

import polib
from babel.messages.plurals import get_plural

from .. import __version__
from ..errors import CatalogError
from ..language import check_language
from ..model import Release
from ..project import Project
from .pofile import WRAP, header_value, load, render

TITLE_CONTEXT = "title"
PLACE_CONTEXT = "place"
SOURCE_HEADER = "X-Pressloc-Source"
ENCODING_HEADER = "X-Pressloc-Source-Encoding"


def now_stamp(now: dt.datetime | None = None) -> str:
    """A gettext header date such as ``2026-11-24 10:30+0000``."""
    now = now or dt.datetime.now(dt.UTC)
    return now.strftime("%Y-%m-%d %H:%M%z")


def template(release: Release, stamp: str) -> polib.POFile:
    """The POT of one release: one entry per distinct sentence, references to every use."""
    pot = polib.POFile(wrapwidth=WRAP)
    pot.header = (
        f"Press release {release.name}, from {release.reference_path}.\n"
        "Made by pressloc; review the translations in a PO editor."
    )
    pot.metadata = _header(release.name, stamp, language="")
    pot.metadata[SOURCE_HEADER] = release.reference_path
    if release.encoding:
        pot.metadata[ENCODING_HEADER] = release.encoding
    index: dict[tuple[str | None, str], polib.POEntry] = {}
    where = release.reference_path.replace(" ", "%20")  # a #: line is split at white space

    def add(text: str, line: int, context: str | None = None, note: str | None = None) -> None:
        entry = index.get((context, text))
        if entry is None:
            entry = polib.POEntry(msgid=text, msgstr="", msgctxt=context, comment=note or "")
            index[(context, text)] = entry
            pot.append(entry)
        occurrence = (where, str(line))
        if occurrence not in entry.occurrences:
            entry.occurrences.append(occurrence)

    if release.title:
        add(release.title, release.title_line or 1, TITLE_CONTEXT, "Title of the release")
    if release.place:
        add(release.place, release.place_line or 1, PLACE_CONTEXT, "Place in the dateline")
    for paragraph in release.paragraphs:
        for segment in paragraph.segments:
            add(segment.text, paragraph.line)
    return pot


def new_catalog(pot: polib.POFile, language: str, stamp: str) -> polib.POFile:
    """An empty PO for ``language`` from a template (what ``msginit`` does)."""
    po = polib.POFile(wrapwidth=WRAP)
    po.header = pot.header
    po.metadata = dict(pot.metadata)
    po.metadata.update(language_headers(language))
    po.metadata["PO-Revision-Date"] = stamp
    for entry in pot:
        po.append(copy_entry(entry))
    return po


def language_headers(language: str) -> dict[str, str]:
    locale = check_language(language)
    plurals = get_plural(locale)
    return {
        "Language": language,
        "Language-Team": f"{locale.english_name} <{language}@li.org>",
        "Plural-Forms": plurals.plural_forms,
    }


def copy_entry(entry: polib.POEntry, **changes: object) -> polib.POEntry:
    """A fresh entry with the same fields, optionally changed."""
    fields = dict(
        msgid=entry.msgid,
        msgstr=entry.msgstr,
        msgid_plural=entry.msgid_plural,
        msgstr_plural=dict(entry.msgstr_plural),
        msgctxt=entry.msgctxt,
        comment=entry.comment,
        tcomment=entry.tcomment,
        occurrences=list(entry.occurrences),
        flags=list(entry.flags),
        previous_msgid=entry.previous_msgid,
        previous_msgctxt=entry.previous_msgctxt,
        obsolete=entry.obsolete,
    )
    fields.update(changes)
    return polib.POEntry(**fields)


def has_translation(entry: polib.POEntry) -> bool:
    """A translation in its msgstr, or in any of its plural forms (an entry of another tool)."""
    return bool(entry.msgstr) or any(entry.msgstr_plural.values())


def key(entry: polib.POEntry) -> tuple[str | None, str]:
    return (entry.msgctxt, entry.msgid)


def stamped(
    catalog: polib.POFile, old_text: str | None, stamp_header: str, stamp: str
) -> str | None:
    """The text of ``catalog`` to write over ``old_text`` (None: no file yet), or None when only
    its date would change. ``stamp_header`` (POT-Creation-Date or PO-Revision-Date) is set to
    ``stamp`` only when the content differs, so a re-run on unchanged input is a no-op."""
    previous = header_value(old_text, stamp_header) if old_text is not None else None
    if previous is None:
        if old_text is not None and render(catalog) == old_text:
            return None  # unchanged, though its header has no date to keep
        catalog.metadata[stamp_header] = stamp
        return render(catalog)
    catalog.metadata[stamp_header] = previous
    text = render(catalog)  # rendering is the slow part of saving: do it once
    if text == old_text:
        return None
    catalog.metadata[stamp_header] = stamp
    line = f'"{stamp_header}: {{}}\\n"'
    return text.replace(line.format(previous), line.format(stamp), 1)


def _header(name: str, stamp: str, language: str) -> dict[str, str]:
    return {
        "Project-Id-Version": f"pressloc {name}",
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": stamp,
        "PO-Revision-Date": "YEAR-MO-DA HO:MI+ZONE",
        "Last-Translator": "",
        "Language-Team": "",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": f"pressloc {__version__}",
        "X-Source-Language": "ru",
    }


def source_of(project: Project, name: str) -> Release:
    """The source release a template was extracted from (its ``X-Pressloc-Source``)."""
    from ..source.read import read_release  # the segmenter: loaded only where a source is read

    pot = load(project.pot_path(name))
    reference = pot.metadata.get(SOURCE_HEADER)
    if not reference:
        raise CatalogError(
            f"{project.pot_path(name)}: no {SOURCE_HEADER} header; run 'pressloc extract' again"
        )
    if "\u00a0" in reference and not (project.root / reference).exists():
        reference = reference.replace("\u00a0", " ")  # a template of before the header kept spaces
    path = (project.root / reference).resolve()
    if not path.is_relative_to(project.root.resolve()):
        raise CatalogError(
            f"{project.pot_path(name)}: {SOURCE_HEADER} points outside the project ({reference}); "
            "run 'pressloc extract' again"
        )
    return read_release(project.root / reference, project.root, pot.metadata.get(ENCODING_HEADER))
