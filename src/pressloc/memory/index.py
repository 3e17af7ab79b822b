"""The memory's index: a derived cache in SQLite, ``locales/.cache/memory-<lang>.sqlite``.

It holds every unit of a language's memory, and each file's stamp (size, modification time,
inode), so a run reads again only the files that changed since the last; a sentence is found
by a 64-bit hash of its text; and, for fuzzy look-up, the words of every sentence are indexed
(``postings``) with how many sentences have each word, so a look-up compares in full only the
few sentences that share most of its rarest words. It is never the source of truth: deleting
it loses nothing, and one that cannot be read (of an older pressloc, damaged) is built again.
Every update is one transaction: a run killed midway leaves the index as it was, and a memory
file that cannot be read changes nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from rapidfuzz import fuzz

from .store import Source, TranslationMemoryError, Unit

SCHEMA = 2
FOLDER = ".cache"  # under locales/
CANDIDATES = 100  # sentences compared in full in one fuzzy look-up
POSTINGS = 2000  # postings a look-up reads, once it has its rarest MIN_WORDS words
MIN_WORDS = 3
_CHUNK = 500  # values bound in one IN (...)
_WORD = re.compile(r"\w+")
_TABLES = [
    "CREATE TABLE files(id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, stamp TEXT NOT NULL)",
    "CREATE TABLE units(id INTEGER PRIMARY KEY, file INTEGER NOT NULL, key INTEGER NOT NULL,"
    " source TEXT NOT NULL, target TEXT NOT NULL, context TEXT, around TEXT,"
    " origin TEXT NOT NULL, location TEXT NOT NULL, revised TEXT NOT NULL,"
    " release TEXT NOT NULL, catalog INTEGER NOT NULL)",
    "CREATE INDEX units_by_key ON units(key)",
    "CREATE INDEX units_by_file ON units(file)",
    "CREATE TABLE words(id INTEGER PRIMARY KEY, word TEXT UNIQUE NOT NULL, df INTEGER NOT NULL)",
    "CREATE TABLE postings(word INTEGER NOT NULL, unit INTEGER NOT NULL,"
    " PRIMARY KEY (word, unit)) WITHOUT ROWID",
]
_COLUMNS = "source, target, context, around, origin, location, revised, release, catalog"


def words(text: str) -> set[str]:
    """The words a sentence is found by: lower case, a letter alone left out."""
    return {word for word in _WORD.findall(text.lower()) if len(word) > 1 or word.isdigit()}


def key(sentence: str) -> int:
    """A 64-bit hash of ``sentence`` (SQLite's integers are signed)."""
    digest = hashlib.blake2b(sentence.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def cache_file(locales: Path, language: str) -> Path:
    """Where the index of ``language`` lives; its folder is made, with a ``.gitignore`` that
    keeps it out of version control. A folder planted there as a link is refused."""
    folder = Path(locales) / FOLDER
    if folder.is_symlink() or (folder / f"memory-{language}.sqlite").is_symlink():
        raise TranslationMemoryError(
            f"{folder}: is a symbolic link; pressloc does not write through links "
            "it did not make: remove it (it holds only a cache)"
        )
    if not folder.is_dir():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(FileExistsError):
                fd = os.open(folder / ".gitignore", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
                os.write(fd, b"# pressloc's cache: derived, safe to delete\n*\n")
                os.close(fd)
        except OSError as e:
            raise TranslationMemoryError(f"{folder}: cannot write ({e.strerror})") from e
    return folder / f"memory-{language}.sqlite"


class Index:
    """The units of one language's memory, found by sentence or by likeness."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    @classmethod
    def open(cls, path: Path) -> Index:
        """The index cached at ``path``; made, or made again if it cannot be read."""
        try:
            return cls(_connect(str(path)))
        except sqlite3.OperationalError as e:  # locked, unwritable: say so, delete nothing
            raise _unusable(path, e) from e
        except sqlite3.DatabaseError:  # not a database, or damaged: it is only a cache
            forget(path)
        try:
            return cls(_connect(str(path)))
        except sqlite3.Error as e:
            raise _unusable(path, e) from e

    @classmethod
    def temporary(cls) -> Index:
        """An index kept in memory (for the files given to one run)."""
        return cls(_connect(":memory:"))

    def close(self) -> None:
        self.db.close()

    def refresh(self, sources: list[Source], read: Callable[[Source], list[Unit]]) -> None:
        """Bring the index up to date with ``sources``: each file whose stamp changed is read
        again (``read``), a file no longer among them is forgotten. All files are read before
        the index is written: one that cannot be read raises and changes nothing."""
        wanted = {source.name: source for source in sources}
        known = dict(self.db.execute("SELECT path, stamp FROM files"))
        changed = [s for path, s in wanted.items() if known.get(path) != s.stamp]
        if not changed and set(known) <= set(wanted):
            return
        fresh = [(source, read(source)) for source in changed]
        with _transaction(self.db):
            rows = self.db.execute("SELECT id, path, stamp FROM files").fetchall()
            stale = [
                f for f, path, stamp in rows if path not in wanted or wanted[path].stamp != stamp
            ]
            now = {path: stamp for _, path, stamp in rows}
            delta: Counter[int] = Counter()
            self._drop(stale, delta)
            self._add([item for item in fresh if now.get(item[0].name) != item[0].stamp], delta)
            self._count(delta)

    def _drop(self, files: list[int], delta: Counter[int]) -> None:
        for file in files:
            rows = self.db.execute("SELECT id, source FROM units WHERE file = ?", (file,))
            found = [(unit, words(source)) for unit, source in rows]
            ids = self._word_ids({word for _, found_words in found for word in found_words})
            postings = [(ids[word], unit) for unit, found_words in found for word in found_words]
            self.db.executemany("DELETE FROM postings WHERE word = ? AND unit = ?", postings)
            delta.subtract(word for word, _ in postings)
            self.db.execute("DELETE FROM units WHERE file = ?", (file,))
            self.db.execute("DELETE FROM files WHERE id = ?", (file,))

    def _add(self, fresh: list[tuple[Source, list[Unit]]], delta: Counter[int]) -> None:
        """Add the units of each file of ``fresh``; their postings are written in one sorted
        run, which SQLite appends quickly (the first build writes millions)."""
        unit = self.db.execute("SELECT COALESCE(MAX(id), 0) FROM units").fetchone()[0]
        rows, found = [], []
        for source, units in fresh:
            file = self.db.execute(
                "INSERT INTO files(path, stamp) VALUES (?, ?)", (source.name, source.stamp)
            ).lastrowid
            for item in units:
                unit += 1
                rows.append((unit, file, key(item.source), *_row(item)))
                found.append((unit, words(item.source)))
        self.db.executemany(
            f"INSERT INTO units(id, file, key, {_COLUMNS}) VALUES ({','.join('?' * 12)})", rows
        )
        ids = self._word_ids({word for _, unit_words in found for word in unit_words}, add=True)
        packed = sorted(ids[word] << 32 | unit for unit, unit_words in found for word in unit_words)
        postings = [(number >> 32, number & 0xFFFFFFFF) for number in packed]  # sorted quickly
        self.db.executemany("INSERT INTO postings(word, unit) VALUES (?, ?)", postings)
        delta.update(word for word, _ in postings)

    def _word_ids(self, wanted: set[str], add: bool = False) -> dict[str, int]:
        """The ids of the ``wanted`` words; with ``add``, those new to the index are added."""
        ids = dict(self._chunked("SELECT word, id FROM words WHERE word IN ({})", sorted(wanted)))
        if add and len(ids) < len(wanted):
            new = sorted(wanted - set(ids))
            self.db.executemany("INSERT INTO words(word, df) VALUES (?, 0)", [(w,) for w in new])
            ids.update(self._chunked("SELECT word, id FROM words WHERE word IN ({})", new))
        return ids

    def _count(self, delta: Counter[int]) -> None:
        changes = [(change, word) for word, change in delta.items() if change]
        self.db.executemany("UPDATE words SET df = df + ? WHERE id = ?", changes)
        if any(change < 0 for change, _ in changes):
            self.db.execute("DELETE FROM words WHERE df <= 0")

    def _chunked(self, query: str, values: list) -> Iterator[tuple]:
        """The rows of ``query`` (with ``{}`` where its ``IN`` list goes) over ``values``."""
        for start in range(0, len(values), _CHUNK):
            chunk = values[start : start + _CHUNK]
            yield from self.db.execute(query.format(",".join("?" * len(chunk))), chunk)

    def empty(self) -> bool:
        return self.db.execute("SELECT NOT EXISTS (SELECT 1 FROM units)").fetchone()[0] == 1

    def exact(self, sentences: Iterable[str]) -> dict[str, list[Unit]]:
        """The units of each of ``sentences`` that the memory has, by sentence."""
        wanted = set(sentences)
        found: dict[str, list[Unit]] = {}
        query = f"SELECT {_COLUMNS} FROM units WHERE key IN ({{}})"
        for row in self._chunked(query, sorted({key(sentence) for sentence in wanted})):
            if row[0] in wanted:  # not another sentence of the same hash
                found.setdefault(row[0], []).append(_unit(row))
        return found

    def similar(self, sentence: str, threshold: float) -> tuple[float, Unit] | None:
        """The unit whose sentence is most like ``sentence`` (rapidfuzz's ``fuzz.ratio``, an
        Indel similarity, over 100) at ``threshold`` or above, the most recently revised of
        equals, with its score; None if none is. ``sentence`` itself is no match."""
        query = "SELECT id, source, revised FROM units WHERE id IN ({})"
        best, rank = None, None
        for unit, source, revised in self._chunked(query, self._candidates(sentence)):
            score = fuzz.ratio(sentence, source, score_cutoff=threshold * 100) / 100
            if score and source != sentence and (rank is None or (score, revised) > rank):
                best, rank = unit, (score, revised)
        if best is None:
            return None
        row = self.db.execute(f"SELECT {_COLUMNS} FROM units WHERE id = ?", (best,)).fetchone()
        return rank[0], _unit(row)

    def _candidates(self, sentence: str) -> list[int]:
        """The units sharing most of the rarest words of ``sentence``: its words are taken
        from the rarest up, ``MIN_WORDS`` of them and more while their sentences number
        ``POSTINGS`` or fewer."""
        counted = self._chunked(
            "SELECT df, id FROM words WHERE word IN ({})", sorted(words(sentence))
        )
        chosen, total = [], 0
        for df, word in sorted(counted):
            if len(chosen) >= MIN_WORDS and total + df > POSTINGS:
                break
            chosen.append(word)
            total += df
        if not chosen:
            return []
        rows = self.db.execute(
            f"SELECT unit FROM postings WHERE word IN ({','.join('?' * len(chosen))})"
            f" GROUP BY unit ORDER BY COUNT(*) DESC LIMIT {CANDIDATES}",
            chosen,
        )
        return [unit for (unit,) in rows]

    def units(self, catalogs_only: bool = False) -> Iterator[Unit]:
        """Every unit, in the order files were indexed."""
        condition = " WHERE catalog = 1" if catalogs_only else ""
        for row in self.db.execute(f"SELECT {_COLUMNS} FROM units{condition} ORDER BY id"):
            yield _unit(row)

    def containing(self, text: str, limit: int) -> list[Unit]:
        """Up to ``limit`` units whose sentence contains ``text``, the most recent first."""
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM units WHERE instr(source, ?) > 0"
            " ORDER BY revised DESC, id LIMIT ?",
            (text, limit),
        )
        return [_unit(row) for row in rows]


def forget(path: Path) -> None:
    """Delete the index at ``path`` (it is built again from the files it was made of)."""
    for leftover in (Path(path), Path(f"{path}-journal")):
        leftover.unlink(missing_ok=True)


def _unusable(path: Path, error: sqlite3.Error) -> TranslationMemoryError:
    return TranslationMemoryError(f"{path}: cannot use the memory's index ({error}); run again")


def _row(unit: Unit) -> tuple:
    return (
        unit.source,
        unit.target,
        unit.context,
        unit.around,
        unit.origin,
        unit.location,
        unit.revised,
        unit.release,
        int(unit.catalog),
    )


def _unit(row: tuple) -> Unit:
    return Unit(*row[:-1], catalog=bool(row[-1]))


def _connect(target: str) -> sqlite3.Connection:
    """A connection to the index at ``target``, its tables made (again) if they are not of
    this version of pressloc."""
    db = sqlite3.connect(target, timeout=30, isolation_level=None)
    db.execute("PRAGMA synchronous = NORMAL")
    with _transaction(db):
        if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA:
            tables = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
            for (name,) in tables:
                db.execute(f'DROP TABLE "{name}"')
            for statement in _TABLES:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {SCHEMA}")
    return db


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
