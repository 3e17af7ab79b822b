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

from . import notes
from .catalog import now_stamp
from .errors import CheckError
from .fsutil import save_merging
from .pofile import decode, parse, read_text, with_comments
from .project import Project
from .source import russian_warning

GLOSSARY = "glossary.csv"
ATTEMPTS = 20  # reads of a file that keeps changing while it is checked (each checks only what changed)


@dataclass
class CheckReport:
    """What the checks found in one catalogue."""

    path: Path
    language: str
    checked: int = 0
    problems: dict[tuple[str | None, str], list[str]] = field(default_factory=dict)  # (msgctxt, msgid) → "check: detail"
    written: bool = False
    warnings: list[str] = field(default_factory=list)
    patched: str | None = field(default=None, repr=False)  # the file's text with the new notes

    def counts(self) -> dict[str, int]:
        """Problems per check name."""
        totals: dict[str, int] = {}
        for found in self.problems.values():
            for problem in found:
                name = problem.split(":", 1)[0]
                totals[name] = totals.get(name, 0) + 1
        return totals


def load_glossary(project: Project):
    """The project's ``locales/glossary.csv``, or None if it has none."""
    from .qa import Glossary

    path = project.root / project.locales / GLOSSARY
    return Glossary.load(path) if path.exists() else None


def check_entries(entries, language: str, glossary, cache: dict | None = None) -> dict[tuple[str | None, str], list[str]]:
    """Check each translated entry of a catalogue's ``entries`` (all of them, in order: the
    sentences before an entry are its context), record its problems in it; the problems by
    (msgctxt, msgid). ``cache`` keeps what was found per source, translation and context, so
    a catalogue checked again after a reviewer's save costs only the entries they changed."""
    from .qa import context_of, run_checks

    cache = {} if cache is None else cache
    current = [entry for entry in entries if not entry.obsolete]
    sources = [entry.msgid for entry in current]
    found = {}
    for i, entry in enumerate(current):
        if notes.blank(entry.msgstr):
            continue
        context = context_of(sources, i)
        key = (entry.msgid, entry.msgstr, context)
        if key not in cache:
            cache[key] = [problem.message for problem in run_checks(entry.msgid, entry.msgstr, language, glossary, context)]
        problems = cache[key]
        notes.set_qa_notes(entry, problems)
        if problems:
            found[(entry.msgctxt, entry.msgid)] = problems
    return found


def pick_draft(source: str, draft, language: str, glossary, context: tuple[str, ...] = ()):
    """``(draft, problems)``: the draft, or else the first of its alternatives that passes
    every serious check (the entry then records the retry); ``context``: the source
    sentences before this one."""
    from .engines import Draft
    from .qa import ERROR, run_checks

    problems = run_checks(source, draft.text, language, glossary, context)
    failed = [p.check for p in problems if p.severity == ERROR] or (["empty"] if notes.blank(draft.text) else [])
    if not failed:
        return draft, problems
    for rank, text in enumerate(draft.alternatives, start=2):
        if notes.blank(text):
            continue  # no draft at all: passes every check by having nothing to check
        found = run_checks(source, text, language, glossary, context)
        if not any(p.severity == ERROR for p in found):
            retry = f"hypothesis {rank} of {len(draft.alternatives) + 1}; the first failed {', '.join(failed)}"
            return Draft(text, draft.score, {**draft.notes, "retry": retry}), found
    return draft, problems


def review(engine, sentences: list[str], drafts: list, language: str, glossary,
           contexts: Mapping[str, tuple[str, ...]] | None = None) -> list[tuple[object, list[str]]]:
    """``(draft, problem messages)`` for each sentence, every draft checked once: a draft
    failing a serious check gives way to an alternative that passes, and one that still
    lost a glossary term is translated again with the terms protected. ``contexts``: each
    sentence's preceding sentences in its release."""
    contexts = contexts or {}
    picked = [pick_draft(source, draft, language, glossary, contexts.get(source, ()))
              for source, draft in zip(sentences, drafts)]
    if glossary is not None:
        picked = protect_terms(engine, sentences, picked, language, glossary, contexts)
    return [(draft, [problem.message for problem in problems]) for draft, problems in picked]


def protect_terms(engine, sentences: list[str], picked: list[tuple], language: str, glossary,
                  contexts: Mapping[str, tuple[str, ...]]) -> list[tuple]:
    """Translate again, with glossary terms masked, each sentence whose draft lost a term;
    the redo replaces the draft where it renders every term and fails no serious check."""
    from .engines import Draft
    from .qa import ERROR, mask, run_checks

    failing = [i for i, (_, problems) in enumerate(picked)
               if any(p.check == "glossary" and p.severity == ERROR for p in problems)]
    if not failing:
        return picked
    masked = [mask(sentences[i], glossary, language) for i in failing]
    redone = engine.translate([text for text, _ in masked], "ru", language)
    better = list(picked)
    for i, (_, restore), redo in zip(failing, masked, redone):
        text = restore(redo.text)
        found = run_checks(sentences[i], text, language, glossary, contexts.get(sentences[i], ()))
        if not notes.blank(text) and not any(p.severity == ERROR for p in found):
            better[i] = (Draft(text, redo.score, {**redo.notes, "glossary": "terms protected through translation"}), found)
    return better


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
    translated = [entry for entry in po if not notes.blank(entry.msgstr) and not entry.obsolete]
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
