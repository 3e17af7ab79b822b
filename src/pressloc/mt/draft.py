"""Extract templates, update catalogues and fill them with machine drafts.

All pending sentences of a run, across files, are de-duplicated per language and sent to
one engine, so every model is loaded once and only if there is work. Drafts are written
every ``batch_size`` sentences, so an interrupted run loses at most one batch and a re-run
resumes. A catalogue that changed on disk while we worked (a reviewer saved it) is read
again and merged, never overwritten. Approved entries are never touched.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polib

from ..catalog.pofile import read_text
from ..catalog.template import now_stamp, stamped, template
from ..errors import PresslocError
from ..fsutil import atomic_write_text
from ..memory import Options, open_memory
from ..model import Release
from ..project import Project
from ..source.read import read_releases
from .book import Book, CatalogResult, fill, needs_draft, open_book, recall_fills, write
from .engines import Engine
from .review import review

BATCH_SIZE = 64  # sentences translated between two writes of the catalogues
SAVE_SHARE = 0.1  # at most this share of the time goes to writing catalogues between batches


@dataclass
class TranslateResult:
    catalogs: list[CatalogResult] = field(default_factory=list)
    sentences: dict[str, int] = field(default_factory=dict)  # language → distinct sentences sent
    warnings: list[str] = field(default_factory=list)  # about the sources (not Russian, ...)


def translate_files(
    project: Project,
    paths: Sequence[Path],
    encoding: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    memory: Options | None = None,
) -> TranslateResult:
    """``pressloc translate``: read the source files at ``paths`` and :func:`translate` them
    as the project's settings say (languages, engine, models, checks, batch size), with the
    translation memory (the project's, and ``memory``'s files)."""
    from ..qa.stage import load_glossary
    from .engines import check_engine, engine_settings, get_engine

    settings = project.settings
    check_engine(settings.engine)
    releases = read_releases(paths, project.root, encoding, settings.max_source_mb)
    glossary = load_glossary(project) if settings.check else None
    result = translate(
        project,
        releases,
        settings.languages,
        lambda: get_engine(settings.engine, engine_settings(settings)),
        progress,
        settings.batch_size,
        glossary,
        settings.check,
        memory or Options(),
    )
    result.warnings = [warning for release in releases for warning in release.warnings]
    return result


def extract_files(
    project: Project, paths: Sequence[Path], encoding: str | None = None
) -> tuple[dict[str, polib.POFile], list[str]]:
    """``pressloc extract``: the templates of the source files at ``paths``, written, and the
    warnings about the sources."""
    releases = read_releases(paths, project.root, encoding, project.settings.max_source_mb)
    return extract(project, releases), [
        warning for release in releases for warning in release.warnings
    ]


def extract(project: Project, releases: Sequence[Release]) -> dict[str, polib.POFile]:
    """Write ``locales/<name>.pot`` for each release, holding the project's lock; the
    templates by name."""
    with project.writing():
        stamp = now_stamp()
        templates, texts = _templates(releases, stamp, project)
        _save_templates(project, texts)
        return templates


def _templates(
    releases: Sequence[Release], stamp: str, project: Project
) -> tuple[dict[str, polib.POFile], dict[str, str | None]]:
    """The template of each release, by name, dated ``stamp`` unless the template on disk says
    the same, whose date it then keeps (so do the catalogues); and the text to write for each
    (None: the file is up to date). Nothing is written yet."""
    first: dict[str, Release] = {}
    for release in releases:
        other = first.setdefault(release.name, release)
        if other.path.resolve() != release.path.resolve():
            raise PresslocError(
                f"{other.path} and {release.path} are both release '{release.name}' "
                "(one template, one catalogue per language); rename one of them"
            )
    templates = {release.name: template(release, stamp) for release in releases}
    texts = {}
    for name, pot in templates.items():
        path = project.pot_path(name)
        old = read_text(path) if path.exists() else None
        # keeps the old date in pot.metadata when nothing else changed
        texts[name] = stamped(pot, old, "POT-Creation-Date", stamp)
    return templates, texts


def _save_templates(project: Project, texts: dict[str, str | None]) -> None:
    for name, text in texts.items():
        if text is not None:
            atomic_write_text(project.pot_path(name), text)


def translate(
    project: Project,
    releases: Sequence[Release],
    languages: Sequence[str],
    engine_factory: Callable[[], Engine],
    progress: Callable[[int, int], None] | None = None,
    batch_size: int = BATCH_SIZE,
    glossary=None,
    check: bool = True,
    memory: Options | None = None,
) -> TranslateResult:
    """Extract, update each ``<lang>/<name>.po``, and draft every entry that needs one.

    ``engine_factory`` is called only if something needs translating; ``progress(done,
    total)`` reports sentences translated. With ``check``, the QA checks run on every new
    draft (with ``glossary``, a :class:`pressloc.qa.Glossary`, if given). With ``memory``,
    the translation memory fills what it knows first (:mod:`pressloc.memory`).
    """
    with project.writing():
        return _translate(
            project,
            releases,
            languages,
            engine_factory,
            progress,
            batch_size,
            glossary,
            check,
            memory,
        )


def _translate(
    project, releases, languages, engine_factory, progress, batch_size, glossary, check, memory
):
    """Plan everything in memory and find what would stop the run (a missing model) before the
    first file is written; then write the templates, and each catalogue once its language has
    a first batch of drafts (or nothing to draft): a language that fails writes nothing."""
    stamp = now_stamp()
    templates, texts = _templates(releases, stamp, project)
    books = [
        open_book(project, pot, name, language, stamp)
        for name, pot in templates.items()
        for language in languages
    ]
    result = TranslateResult()
    for book in books:
        book.result = CatalogResult(book.name, book.language)
        result.catalogs.append(book.result)
    if memory is not None:
        _recall(project, books, languages, memory)
    work = {
        language: _todo([book for book in books if book.language == language])
        for language in languages
    }
    engine = engine_factory() if any(work.values()) else None
    for language, todo in work.items():
        if todo and hasattr(engine, "check"):
            engine.check("ru", language)  # a missing model stops the run here, before any write
    _save_templates(project, texts)
    for language, todo in work.items():
        shelf = [book for book in books if book.language == language]
        result.sentences[language] = len(todo)
        if not todo:
            for book in shelf:
                write(book, stamp)
            continue
        _draft(
            engine,
            shelf,
            todo,
            language,
            stamp,
            progress,
            batch_size,
            glossary if check else None,
            check,
        )
    return result


def _recall(project: Project, books: list[Book], languages, options: Options) -> None:
    """Fill from the translation memory every entry it knows (the engine is not needed for
    them), and find, for each sentence left to draft, the closest approved one to note."""
    read = {book.path: (book.stamp, book.old) for book in books if book.old is not None}
    for language in languages:
        shelf = [book for book in books if book.language == language]
        if not _todo(shelf) and not options.files:
            continue  # nothing to look up (a file given is read all the same: it may be bad)
        with open_memory(project, language, options, read) as memory:
            found = memory.fills([book.po for book in shelf], needs_draft)
            for book, fills in zip(shelf, found, strict=True):
                book.recalled = fills
                book.result.recalled, book.result.approved = recall_fills(book)
            similar = memory.similar(_todo(shelf))
        for book in shelf:
            book.similar = similar
    for book in books:
        book.old = None  # read for the memory's index only


def _todo(shelf: Sequence[Book]) -> list[str]:
    """The distinct sentences of a language's catalogues that need a draft."""
    return list(dict.fromkeys(e.msgid for book in shelf for e in book.po if needs_draft(e)))


def _draft(engine, shelf, todo, language, stamp, progress, batch_size, glossary, check) -> None:
    """Translate ``todo`` in batches into the catalogues of ``shelf``, saving them after the
    first batch and then whenever a save is due."""
    if check:
        from ..qa import warm_models

        warm_models([language])  # the checks' models load while the first batch translates
    contexts = _contexts(shelf) if check else {}
    checkpoint = _Checkpoint()
    for start in range(0, len(todo), batch_size):
        chunk = todo[start : start + batch_size]
        drafts = engine.translate(chunk, "ru", language, _counter(progress, start, len(todo)))
        reviewed = (
            review(engine, chunk, drafts, language, glossary, contexts)
            if check
            else [(draft, None) for draft in drafts]
        )
        for book in shelf:
            book.drafts.update(
                (msgid, (draft, engine.name, found))
                for msgid, (draft, found) in zip(chunk, reviewed, strict=False)
            )
            book.result.drafted += fill(book, chunk)
        if start == 0 or checkpoint.due() or start + batch_size >= len(todo):
            with checkpoint:
                for book in shelf:
                    write(book, stamp)


def _contexts(books: Sequence[Book]) -> dict[str, tuple[str, ...]]:
    """Each sentence's preceding sentences in the first release that has it (what its
    checks read)."""
    from ..qa import context_of

    found: dict[str, tuple[str, ...]] = {}
    for book in books:
        sources = [entry.msgid for entry in book.po if not entry.obsolete]
        for i, source in enumerate(sources):
            found.setdefault(source, context_of(sources, i))
    return found


class _Checkpoint:
    """Writes are due after every batch, unless the last write took more than ``SAVE_SHARE``
    of the time since it ended."""

    def __init__(self) -> None:
        self.ended = time.monotonic()
        self.cost = 0.0

    def due(self) -> bool:
        return self.cost <= SAVE_SHARE * (time.monotonic() - self.ended)

    def __enter__(self) -> None:
        self.started = time.monotonic()

    def __exit__(self, *exc) -> None:
        self.ended = time.monotonic()
        self.cost = self.ended - self.started


def _counter(progress, offset: int, total: int):
    done = offset

    def step(count: int) -> None:
        nonlocal done
        done += count
        if progress:
            progress(done, total)

    return step
