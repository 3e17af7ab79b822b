"""The check stage: run the QA checks on translated entries and record what they find.

Problems are written into the entry as extracted comments (``#. qa: numbers: 18,5 ≠ 18.6``),
where PO editors show them beside the translation; they are replaced on every run, so a
fixed translation loses its note. Translators' own comments are never touched.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import polib

from ..catalog import notes
from ..catalog.pofile import decode, parse, read_text, with_comments
from ..catalog.template import now_stamp
from ..errors import CheckError
from ..fsutil import save_merging
from ..language import parse_languages
from ..project import Project
from ..text import blank, russian_warning
from .problem import Problem, shortened
from .run import check_pairs, context_of, pair_of, severity

ATTEMPTS = (
    20  # reads of a file that keeps changing while it is checked (each checks only what changed)
)


Progress = Callable[[int, int], None]
Key = tuple[str | None, str]  # (msgctxt, msgid)
INCONSISTENT = "inconsistent"
SHOWN_PLACES = 2  # other approvals an ``inconsistent`` note names


@dataclass
class CheckReport:
    """What the checks found in one catalogue."""

    path: Path
    language: str
    checked: int = 0
    problems: dict[tuple[str | None, str], list[Problem]] = field(
        default_factory=dict
    )  # by (msgctxt, msgid)
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
    """The project's glossary (``locales/glossary.csv`` unless its settings name another), or
    None if it has none; a glossary that a setting names must be there."""
    from . import Glossary

    path = project.glossary_path
    if not path.exists() and project.settings.origin("glossary") == "the default":
        return None
    return Glossary.load(path)


def check_entries(
    entries, language: str, glossary, cache: dict | None = None, progress: Progress | None = None
) -> dict[tuple[str | None, str], list[Problem]]:
    """Check each translated entry of a catalogue's ``entries`` (all of them, in order: the
    sentences before an entry are its context), record its problems in it; the problems by
    (msgctxt, msgid). ``cache`` keeps what was found per source, translation and context, so
    a catalogue checked again after a reviewer's save costs only the entries they changed. A
    machine draft's English pivot (``#. mt-pivot-en``) is read as evidence too."""
    cache = {} if cache is None else cache
    current = [entry for entry in entries if not entry.obsolete]
    sources = [entry.msgid for entry in current]
    keyed = [
        (entry, (entry.msgid, entry.msgstr, context_of(sources, i)))
        for i, entry in enumerate(current)
        if not blank(entry.msgstr)
    ]
    todo = {
        key: pair_of(
            entry.msgid,
            entry.msgstr,
            language,
            glossary,
            key[2],
            notes.machine_notes(entry).get("pivot-en"),
        )
        for entry, key in keyed
        if key not in cache
    }
    cache.update(zip(todo, check_pairs(list(todo.values()), progress), strict=True))
    found = {}
    for entry, key in keyed:
        problems = cache[key]
        notes.set_qa_notes(entry, [problem.message for problem in problems])
        if problems:
            found[(entry.msgctxt, entry.msgid)] = problems
    return found


def inconsistent(memory, path: Path, entries) -> dict[Key, list[Problem]]:
    """The approved ``entries`` (of the catalogue at ``path``) whose sentence, in the same
    context, is approved differently in another catalogue of the project, naming where
    (``memory``: the project's translation memory of their language)."""
    approved = [entry for entry in entries if notes.is_approved(entry)]
    others = memory.elsewhere(path, [(entry.msgctxt, entry.msgid) for entry in approved])
    found = {}
    for entry in approved:
        key = (entry.msgctxt, entry.msgid)
        differ = [unit for unit in others.get(key, ()) if unit.target != entry.msgstr]
        if differ:
            places = [f"“{shortened(u.target)}” in {u.location}" for u in differ[:SHOWN_PLACES]]
            more = f" and {len(differ) - SHOWN_PLACES} more" if len(differ) > SHOWN_PLACES else ""
            detail = f"approved as {', '.join(places)}{more}"
            found[key] = [
                Problem(INCONSISTENT, severity(INCONSISTENT), f"{INCONSISTENT}: {detail}")
            ]
    return found


def check_file(
    path: Path, language: str, glossary, progress: Progress | None = None, memory=None
) -> CheckReport:
    """Check every translated entry of the PO file at ``path`` and save the notes.

    Only the ``#. qa:`` lines change, and the file is written only if one did. A file saved
    by someone else while it was checked (a reviewer in Poedit), at any moment up to the
    write itself, is checked again as it is now, never overwritten with what it held before;
    if it keeps changing, it is left as the reviewer saved it. With the project's translation
    ``memory`` of the language, approved entries are compared with the rest of the project.
    """
    text, cache = read_text(path), {}
    against = (lambda entries: inconsistent(memory, path, entries)) if memory else None
    report = _checked(path, text, language, glossary, cache, progress, against)
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
            report = _checked(path, text, language, glossary, cache, None, against)
        if report.patched is None:
            return None
        return report.patched.encode("utf-8")

    now = save_merging(path, text.encode("utf-8"), make)
    if attempts >= ATTEMPTS:
        raise CheckError(
            f"{path}: changed {ATTEMPTS} times while it was checked; "
            "check it again when nobody is saving it"
        )
    report.written = report.patched is not None and now == report.patched.encode("utf-8")
    return report


def _checked(
    path: Path,
    text: str,
    language: str,
    glossary,
    cache: dict,
    progress: Progress | None = None,
    against: Callable | None = None,
) -> CheckReport:
    """The checks' findings in the catalogue ``text`` of ``path``, with the text to write
    (``patched``) if any note changed."""
    po = parse(text, path)
    translated = [entry for entry in po if not blank(entry.msgstr) and not entry.obsolete]
    report = CheckReport(path, language, checked=len(translated))
    warning = russian_warning(
        " ".join(entry.msgid for entry in translated),
        str(path),
        "checking it anyway, though the checks read Russian sources",
    )
    report.warnings = [warning] if warning else []
    before = [(entry, entry.comment) for entry in translated]
    report.problems = check_entries(po, language, glossary, cache, progress)
    if against is not None:
        _add_problems(po, report.problems, against([e for e in po if not e.obsolete]))
    changes = [(entry, comment) for entry, comment in before if entry.comment != comment]
    if changes:
        report.patched = with_comments(text, po, changes, "PO-Revision-Date", now_stamp())
    return report


def _add_problems(po, problems: dict[Key, list[Problem]], more: dict[Key, list[Problem]]) -> None:
    """Note ``more`` problems (found against the rest of the project) in the entries of
    ``po`` beside those the checks found (``problems``, which takes them too)."""
    for entry in po:
        key = (entry.msgctxt, entry.msgid)
        if key in more and not entry.obsolete:
            problems[key] = problems.get(key, []) + more[key]
            notes.set_qa_notes(entry, [problem.message for problem in problems[key]])


def check_catalogues(
    project: Project,
    names: list[str],
    languages: str | None = None,
    po_file: Path | None = None,
    progress: Progress | None = None,
) -> list[CheckReport]:
    """``pressloc check``: the catalogues of ``names`` (every release if none) in ``languages``
    (comma-separated; every catalogue if None), or the one file ``po_file`` (of the one
    language given), which is not the project's and so takes no lock."""
    targets = parse_languages(languages) if languages else None
    if po_file is None:
        if not project.names():
            raise CheckError(
                "no catalogues to check; run 'pressloc translate SOURCE' first, "
                "or check a file with --po FILE.po --lang LANG"
            )
        return check_project(project, names, targets, progress)
    if not targets or len(targets) != 1:
        raise CheckError("--po needs the language of the file, e.g. --po FILE.po --lang en")
    return [check_file(po_file, targets[0], load_glossary(project), progress)]


def check_project(
    project: Project,
    names: list[str] | None,
    languages: list[str] | None,
    progress: Progress | None = None,
) -> list[CheckReport]:
    """Check the catalogues of ``names`` (all releases if none) in ``languages`` (all if none),
    each approved entry against the project's other catalogues too (``inconsistent``).
    Every catalogue is read before any is written: one that cannot be read changes nothing."""
    from ..memory import open_memory
    from ..memory.store import stamp
    from .run import warm_models

    glossary = load_glossary(project)
    with project.writing(), contextlib.ExitStack() as stack:
        chosen = [
            (project.po_path(language, name), language)
            for name in names or project.names()
            for language in languages or project.languages(name, required=bool(names))
        ]
        warm_models(language for _, language in chosen)  # they load while the files are read
        read = {path: (stamp(path), parse(read_text(path), path)) for path, _ in chosen}
        memories = {
            language: stack.enter_context(open_memory(project, language, read=read))
            for language in dict.fromkeys(language for _, language in chosen)
        }
        read.clear()  # what the index needed of them; each file is read again as it is checked
        return [
            check_file(path, language, glossary, progress, memories[language])
            for path, language in chosen
        ]


def open_problems(po: polib.POFile) -> int:
    """Live entries with at least one recorded QA problem."""
    return sum(1 for entry in po if not entry.obsolete and notes.qa_notes(entry))


def suggest_release(project: Project, name: str) -> list:
    """Named entities of release ``name`` that the project's glossary lacks
    (:func:`pressloc.qa.suggest`), in the order the release names them, each with the
    renderings reviewers approved in the project's translation memory."""
    from ..catalog.template import source_of
    from ..memory import open_memory
    from .suggest import suggest, with_approvals

    release = source_of(project, name)
    sentences = [segment.text for paragraph in release.paragraphs for segment in paragraph.segments]
    found = suggest(sentences, load_glossary(project))
    if not found:
        return found
    with contextlib.ExitStack() as stack:
        memories = {
            language: stack.enter_context(open_memory(project, language))
            for language in project.languages()
        }
        return with_approvals(found, memories)
