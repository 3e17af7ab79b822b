"""Read a source release: decode, optional front matter, one paragraph per non-empty line."""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
import stat
import unicodedata
from pathlib import Path

from ..errors import SourceError, where
from ..model import Paragraph, Release
from ..settings import SETTINGS
from ..text import blank, looks_cp1251, russian_warning
from .segment import sentenize

FRONT_MATTER_KEYS = ("title", "date", "place")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SUFFIXES = (".ru.txt", ".txt")


def release_name(path: Path | str) -> str:
    """``seeds/forum.ru.txt`` → ``forum``: the name of the catalogues and releases."""
    name = Path(path).name
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def reference_path(path: Path, root: Path) -> str:
    """The path of a source relative to the project root, with ``/`` (what templates record)."""
    try:
        rel = os.path.relpath(Path(path).resolve(), Path(root).resolve())
    except ValueError:  # another drive on Windows
        rel = str(path)
    return rel.replace(os.sep, "/")


def check_name(path: Path | str) -> None:
    """A source's path goes into its catalogues' headers and ``#:`` lines, which are lines of
    text: a line break or another control character in it is a :class:`SourceError`."""
    bad = next((char for char in str(path) if unicodedata.category(char) in _UNWRITABLE), None)
    if bad is not None:
        raise SourceError(
            f"{str(path)!r}: a source's file name may not hold a line break or "
            f"another control character (U+{ord(bad):04X}); rename the file"
        )


_UNWRITABLE = {"Cc", "Zl", "Zp"}
# a source larger than this is refused (a press release is some kilobytes): the setting's default
MAX_SOURCE_MB: float = SETTINGS["max_source_mb"].default


def decode(data: bytes, label: str, encoding: str | None = None) -> str:
    """Bytes of a source file → text: UTF-8 (BOMs honoured) unless ``encoding`` is given."""
    if encoding:
        return _decode_as(data, label, encoding)
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise SourceError(f"{label}: broken UTF-16 text ({e.reason}); save it as UTF-8") from e
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise SourceError(f"{where(label, line)}: contains NUL bytes; this is not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        hint = (
            "run again with --encoding cp1251, or save the file as UTF-8"
            if looks_cp1251(data)
            else "save the file as UTF-8"
        )
        raise SourceError(
            f"{where(label, line)}: not valid UTF-8 (byte 0x{data[e.start]:02x}); {hint}"
        ) from e


def _decode_as(data: bytes, label: str, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except LookupError as e:
        raise SourceError(
            f"unknown encoding '{encoding}'; use for example --encoding cp1251"
        ) from e
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise SourceError(
            f"{where(label, line)}: not valid {encoding} (byte 0x{data[e.start]:02x})"
        ) from e
    if "\x00" in text:
        raise SourceError(f"{label}: contains NUL characters; this is not a text file")
    return text.removeprefix("\ufeff")


def split_lines(text: str) -> list[str]:
    """Lines of a text whatever its line ends (LF, CRLF or a lone CR)."""
    return _LINE_BREAK.split(text)


def parse_release(text: str, name: str, label: str, ref: str | None = None) -> Release:
    """Text of a source file → a segmented :class:`Release` (``label`` names it in errors)."""
    lines = split_lines(text)
    meta, body_start = _front_matter(lines, label)
    paragraphs = []
    for number, line in enumerate(lines[body_start:], start=body_start + 1):
        if not blank(line):  # a line of white space or invisible characters (U+200B) only is blank
            paragraphs.append(Paragraph(line=number, text=line, segments=sentenize(line)))
    if not paragraphs and "title" not in meta:
        raise SourceError(f"{label}: no text to translate (the file is empty or blank)")
    warning = russian_warning(text, label)
    return Release(
        warnings=[warning] if warning else [],
        name=name,
        path=Path(label),
        reference_path=ref or label,
        paragraphs=paragraphs,
        title=meta.get("title", (None, None))[0],
        title_line=meta.get("title", (None, None))[1],
        date=_parse_date(meta["date"], label) if "date" in meta else None,
        place=meta.get("place", (None, None))[0],
        place_line=meta.get("place", (None, None))[1],
    )


def read_release(
    path: Path | str,
    root: Path | str = ".",
    encoding: str | None = None,
    max_mb: float = MAX_SOURCE_MB,
) -> Release:
    """Read and segment the source file at ``path``; references are relative to ``root``."""
    path = Path(path)
    check_name(path)
    text = decode(read_bytes(path, max_mb), str(path), encoding)
    release = parse_release(text, release_name(path), str(path), reference_path(path, Path(root)))
    release.path = path
    release.encoding = encoding
    return release


def read_text(path: Path | str, encoding: str | None = None, max_mb: float = MAX_SOURCE_MB) -> str:
    """The text of a source file (decoded as :func:`decode` does), ``-`` for standard input."""
    if str(path) == "-":
        import sys

        return decode(read_bounded(sys.stdin.buffer, "<stdin>", max_mb), "<stdin>", encoding)
    return decode(read_bytes(Path(path), max_mb), str(path), encoding)


def segmented(
    path: Path | str, encoding: str | None = None, max_mb: float = MAX_SOURCE_MB
) -> list[Paragraph]:
    """The paragraphs of a source file (``-``: standard input), each with its sentences; no
    front matter is read, every non-blank line is a paragraph."""
    lines = split_lines(read_text(path, encoding, max_mb))
    return [
        Paragraph(number, line, sentenize(line))
        for number, line in enumerate(lines, 1)
        if not blank(line)
    ]


def read_releases(
    paths, root: Path, encoding: str | None = None, max_mb: float = MAX_SOURCE_MB
) -> list[Release]:
    """Read and segment each source file; references relative to the project ``root``."""
    return [read_release(path, root, encoding, max_mb) for path in paths]


def read_bytes(path: Path, max_mb: float = MAX_SOURCE_MB) -> bytes:
    """The bytes of a source file, at most ``max_mb`` megabytes; a missing file, a folder, a
    device, a pipe or a larger file is a :class:`SourceError` (nothing is read from them)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError as e:
        raise SourceError(f"{path}: no such file") from e
    except OSError as e:
        raise SourceError(f"{path}: cannot read ({e.strerror})") from e
    try:  # a folder opens read-only: fstat names it
        status = os.fstat(fd)
        check_regular(status, str(path), max_mb)
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as file:
        return read_bounded(file, str(path), max_mb)


def check_regular(status: os.stat_result, label: str, max_mb: float) -> None:
    """A folder, a device, a pipe, or a file of more than ``max_mb`` megabytes is a
    :class:`SourceError`."""
    if stat.S_ISDIR(status.st_mode):
        raise SourceError(f"{label}: is a folder; give a release file such as seeds/NAME.ru.txt")
    if not stat.S_ISREG(status.st_mode):
        raise SourceError(f"{label}: not a regular file (a device or a pipe); give a release file")
    if status.st_size > max_mb * 1_000_000:
        raise SourceError(_too_large(label, status.st_size, max_mb))


def read_bounded(file, label: str, max_mb: float) -> bytes:
    """At most ``max_mb`` megabytes of ``file`` (a stream such as standard input, or a file that
    grows): more is a :class:`SourceError`."""
    limit = int(max_mb * 1_000_000)
    try:
        data = file.read(limit + 1)
    except OSError as e:
        raise SourceError(f"{label}: cannot read ({e.strerror})") from e
    if len(data) > limit:
        raise SourceError(_too_large(label, len(data), max_mb))
    return data


def _too_large(label: str, size: int, max_mb: float) -> str:
    return (
        f"{label}: more than {max_mb:g} MB ({size / 1e6:,.1f} MB), larger than any press release; "
        "split it, or raise max_source_mb (PRESSLOC_MAX_SOURCE_MB)"
    )


def _front_matter(lines: list[str], label: str) -> tuple[dict[str, tuple[str, int]], int]:
    """``(meta, index of the first body line)``; meta maps a key to (value, line number)."""
    if not lines or lines[0].strip() != "---":
        return {}, 0
    meta: dict[str, tuple[str, int]] = {}
    for index in range(1, len(lines)):
        line = lines[index]
        if line.strip() == "---":
            return meta, index + 1
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or key not in FRONT_MATTER_KEYS:
            if not any(rest.strip() == "---" for rest in lines[index:]):
                raise SourceError(
                    f"{where(label, 1)}: front matter opened with '---' is never closed"
                )
            raise SourceError(
                f"{where(label, index + 1)}: front matter lines are 'key: value' with key "
                f"one of {', '.join(FRONT_MATTER_KEYS)}"
            )
        meta[key] = (value.strip(), index + 1)
    raise SourceError(f"{where(label, 1)}: front matter opened with '---' is never closed")


def _parse_date(item: tuple[str, int], label: str) -> dt.date:
    value, line = item
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise SourceError(
            f"{where(label, line)}: date '{value}' is not an ISO date such as 2026-11-24"
        ) from e
