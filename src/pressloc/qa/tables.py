"""Tables the checks read, kept as data files in ``qa/data/``: word lists (``.txt``, one entry
a line) and tables (``.tsv``, tab-separated, a header line first). Lines starting with ``#``
are comments. Each is read once, on first use."""

from __future__ import annotations

from functools import cache
from pathlib import Path

FOLDER = Path(__file__).parent / "data"


def _lines(name: str) -> list[str]:
    text = (FOLDER / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """The entries of ``data/<name>.txt``."""
    return frozenset(line.strip() for line in _lines(f"{name}.txt"))


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``data/<name>.tsv``, each a dict by the header's column names."""
    header, *body = _lines(f"{name}.tsv")
    columns = header.split("\t")
    return tuple(dict(zip(columns, line.split("\t"), strict=False)) for line in body)


@cache
def saying(language: str, use: str = "attribution") -> tuple[str, ...]:
    """The words of saying of ``language`` for ``use`` in ``data/saying.tsv``: Russian lemmas,
    English and Korean regular-expression fragments."""
    return tuple(
        row["word"] for row in rows("saying") if row["language"] == language and row["use"] == use
    )
