"""The check stage: run the QA checks on translated entries and record what they find.

Problems are written into the entry as extracted comments (``#. qa: numbers: 18,5 ≠ 18.6``),
where PO editors show them beside the translation; they are replaced on every run, so a
fixed translation loses its note. Translators' own comments are never touched.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import polib

from ..catalog import notes
from ..catalog.template import now_stamp
from ..errors import CheckError
from ..fsutil import save_merging
from ..catalog.pofile import decode, parse, read_text, with_comments
from ..project import Project
from ..text import blank, russian_warning
from .checks import context_of, run_checks
from .problem import Problem

GLOSSARY = "glossary.csv"
ATTEMPTS = 20  # reads of a file that keeps changing while it is checked (each checks only what changed)


@dataclass
class CheckReport:
    """What the checks found in one catalogue."""

    path: Path
    language: str
    checked: int = 0
    problems: dict[tuple[str | None, str], list[Problem]] = field(default_factory=dict)  # by (msgctxt, msgid)
    written: bool = False
    warnings: list[str] = field(default_factory=list)
    patched: str | None = field(default=None, repr=False)  # the file's text with the new notes

    def counts(self) -> dict[str, int]:
        """Problems per check name."""
        totals: dict[str, int] = {}
        for found in self.problems.values():
            for problem in found:
                totals[problem.check] = totals.get(problem.check, 0) + 1
        return totals


def load_glossary(project: Project):
    """The project's ``locales/glossary.csv``, or None if it has none."""
    from . import Glossary

    path = project.root / project.locales / GLOSSARY
    return Glossary.load(path) if path.exists() else None


def check_entries(entries, language: str, glossary,
                  cache: dict | None = None) -> dict[tuple[str | None, str], list[Problem]]:
    """Check each translated entry of a catalogue's ``entries`` (all of them, in order: the
    sentences before an entry are its context), record its problems in it; the problems by
    (msgctxt, msgid). ``cache`` keeps what was found per source, translation and context, so
    a catalogue checked again after a reviewer's save costs only the entries they changed."""
    cache = {} if cache is None else cache
    current = [entry for entry in entries if not entry.obsolete]
    sources = [entry.msgid for entry in current]
    found = {}
    for i, entry in enumerate(current):
        if blank(entry.msgstr):
            continue
        context = context_of(sources, i)
        key = (entry.msgid, entry.msgstr, context)
        if key not in cache:
            cache[key] = run_checks(entry.msgid, entry.msgstr, language, glossary, context)
        problems = cache[key]
        notes.set_qa_notes(entry, [problem.message for problem in problems])
        if problems:
            found[(entry.msgctxt, entry.msgid)] = problems
    return found


def check_file(path: Path, language: str, glossary) -> CheckReport:
    """Check every translated entry of the PO file at ``path`` and save the notes.

    Only the ``#. qa:`` lines change, and the file is written only if one did. A file saved
    by someone else while it was checked (a reviewer in Poedit), at any moment up to the
    write itself, is checked again as it is now, never overwritten with what it held before;
    if it keeps changing, it is left as the reviewer saved it.
    """
    text, cache = read_text(path), {}
    report = _checked(path, text, language, glossary, cache)
    attempts = 0

    def make(current: bytes | None) -> bytes | None:
        nonlocal text, report, attempts
        if current is None:
            return None
        if current != text.encode("utf-8"):
            attempts += 1
            if attempts >= ATTEMPTS:
                return None  # the reviewer's file goes back as they saved it
            text = decode(current, path)
            report = _checked(path, text, language, glossary, cache)
        if report.patched is None:
            return None
        return report.patched.encode("utf-8")

    now = save_merging(path, text.encode("utf-8"), make)
    if attempts >= ATTEMPTS:
        raise CheckError(f"{path}: changed {ATTEMPTS} times while it was checked; "
                         "check it again when nobody is saving it")
    report.written = report.patched is not None and now == report.patched.encode("utf-8")
    return report


def _checked(path: Path, text: str, language: str, glossary, cache: dict) -> CheckReport:
    """The checks' findings in the catalogue ``text`` of ``path``, with the text to write
    (``patched``) if any note changed."""
    po = parse(text, path)
    translated = [entry for entry in po if not blank(entry.msgstr) and not entry.obsolete]
    report = CheckReport(path, language, checked=len(translated))
    warning = russian_warning(" ".join(entry.msgid for entry in translated), str(path),
                              "checking it anyway, though the checks read Russian sources")
    report.warnings = [warning] if warning else []
    before = [(entry, entry.comment) for entry in translated]
    report.problems = check_entries(po, language, glossary, cache)
    changes = [(entry, comment) for entry, comment in before if entry.comment != comment]
    if changes:
        report.patched = with_comments(text, po, changes, "PO-Revision-Date", now_stamp())
    return report


def check_project(project: Project, names: list[str] | None, languages: list[str] | None) -> list[CheckReport]:
    """Check the catalogues of ``names`` (all releases if none) in ``languages`` (all if none)."""
    glossary = load_glossary(project)
    reports = []
    with project.writing():
        for name in names or project.names():
            for language in languages or project.languages(name, required=bool(names)):
                reports.append(check_file(project.po_path(language, name), language, glossary))
    return reports


def open_problems(po: polib.POFile) -> int:
    """Live entries with at least one recorded QA problem."""
    return sum(1 for entry in po if not entry.obsolete and notes.qa_notes(entry))
