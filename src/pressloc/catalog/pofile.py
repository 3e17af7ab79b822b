"""PO files as text: read them without losing anything, write back only what changed.

polib parses and renders catalogues; this module guards it. :func:`read` refuses text that
polib would read wrongly and write back changed (a string left open, escapes it cannot keep,
keywords out of order), naming the file and line. :func:`with_comments` rewrites the ``#.``
lines of the entries whose notes changed and leaves every other line of the file as it was,
so a catalogue another tool wrote keeps its layout.
"""

from __future__ import annotations

import difflib
import io
import re
import textwrap
from pathlib import Path

import polib

from ..errors import CatalogError, where
from ..fsutil import read_settled

WRAP = 78
EXTRACTED_PREFIX = "#. "
_POLIB_LINE = re.compile(r"\(line (\d+)\)")
_ESCAPE = r'\\[ntbrfva\\"]'  # the escapes polib reads back unchanged
# A line of a PO file outside comments: a keyword and a string, or a string continuing one.
_PO_LINE = re.compile(
    rf'(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s*)?"(?:[^"\\]|{_ESCAPE})*"\s*'
)
# Escapes polib cannot read back: gettext's octal and hex ones (it writes \101 back as \\101),
# unknown ones.
_PLAIN_STRING = re.compile(r'"[^"\\]*"')
_BAD_ESCAPE = re.compile(rf"{_ESCAPE}|(\\(?:[0-7]{{1,3}}|x[0-9A-Fa-f]*|.?))")


def render(catalog: polib.POFile) -> str:
    """The text of a catalogue, as it is written to disk."""
    text = str(catalog)
    return text if text.endswith("\n") else text + "\n"


def read_text(path: Path) -> str:
    """The text of a PO or POT file; an unreadable one is a :class:`CatalogError` naming it."""
    return decode(read_bytes(path), path)


def read_bytes(path: Path) -> bytes:
    """The bytes of a PO or POT file (see :func:`read_text`)."""
    path = Path(path)
    try:
        return read_settled(path)  # a save in place is read whole, not half-written
    except FileNotFoundError as e:
        raise CatalogError(f"{path}: no such catalogue; run 'pressloc translate' first") from e
    except OSError as e:
        raise CatalogError(f"{path}: cannot read ({e.strerror})") from e


def decode(data: bytes, path: Path | str) -> str:
    """The text of a catalogue's bytes; not UTF-8 is a :class:`CatalogError` naming the line."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = e.object[: e.start].count(b"\n") + 1
        raise CatalogError(
            f"{where(path, line)}: not valid UTF-8; save the catalogue as UTF-8"
        ) from e


def load(path: Path) -> polib.POFile:
    """Parse a PO or POT file; a syntax error names the file and line."""
    return read(path)[1]


def read(path: Path) -> tuple[str, polib.POFile]:
    """The text of a PO or POT file and what it parses to (see :func:`load`)."""
    text = read_text(path)
    return text, parse(text, path)


def parse(text: str, path: Path | str) -> polib.POFile:
    """A catalogue from the ``text`` of the file at ``path`` (named in errors), read as polib
    reads a file (line ends LF, CRLF or CR; not at U+2028 and the like), in time linear in its
    size: polib's own duplicate check compares every entry with every other."""
    if not text.lstrip("\ufeff").strip():
        raise CatalogError(
            f"{path}: empty catalogue; restore it from version control, "
            "or delete it and run 'pressloc translate' to start it again"
        )
    _check_strings(path, text)
    parser = polib._POFileParser("", encoding="utf-8", check_for_duplicates=False)
    parser.fhandle = io.StringIO(text, newline=None)
    try:
        catalog = parser.parse()
    except (OSError, ValueError) as e:
        match = _POLIB_LINE.search(str(e))
        line = int(match.group(1)) if match else None
        raise CatalogError(
            f"{where(path, line)}: not a valid PO file ({_polib_reason(e)}); "
            "fix it in a PO editor or restore it from version control"
        ) from e
    catalog.wrapwidth = WRAP
    catalog.fpath = str(path)
    _check_duplicates(path, catalog)
    return catalog


def _check_duplicates(path: Path | str, catalog: polib.POFile) -> None:
    """Refuse a second entry with the msgctxt and msgid of a live one, as polib's check and
    msgfmt do, naming its line."""
    live: dict[tuple[str | None, str], int] = {}
    for entry in catalog:
        key = (entry.msgctxt, entry.msgid)
        if key in live:
            _invalid(
                path,
                entry.linenum or 1,
                f"a second entry for the msgid of line {live[key]}; remove one of them",
            )
        if not entry.obsolete:
            live[key] = entry.linenum or 1


def _check_strings(path: Path, text: str) -> None:
    """Name the first line that is neither a comment nor a well-formed string, or that breaks
    the order of an entry's keywords: polib reads a string left open at the end of its line
    (``msgid "Рост``) as empty and goes on, and what it read would then be written back
    without the entry; it reads gettext's octal and hex escapes (``\\101``) and unknown ones
    (``\\q``) as text and would write them back changed; it takes a msgid with no msgstr."""
    state, opened = None, 0  # the last keyword of the entry being read, and the line of its msgid
    for number, line in enumerate(text.lstrip("\ufeff").split("\n"), 1):  # not at U+2028
        stripped = line.strip()
        if not stripped or stripped[0] == "#":
            continue
        if stripped[0] == '"' and _PLAIN_STRING.fullmatch(stripped):
            continue  # the common case, a string continuing the one above (no regex over escapes)
        if not _PO_LINE.fullmatch(stripped):
            bad = next((m.group(1) for m in _BAD_ESCAPE.finditer(stripped) if m.group(1)), None)
            reason = (
                "a string not closed on its line"
                if stripped.count('"') % 2
                else f"the escape {bad}, which pressloc cannot keep; write the character itself"
                if bad
                else "unexpected text"
            )
            _invalid(path, number, reason)
        written = stripped.split('"', 1)[0].strip()
        if not written:
            continue  # a string continuing the one above
        keyword = "msgstr[]" if written.startswith("msgstr[") else written
        if (
            keyword in ("msgctxt", "msgid")
            and state in _OPEN
            and (keyword, state) != ("msgid", "msgctxt")
        ):
            _invalid(path, opened, _OPEN[state])
        if (keyword, state) not in _ORDER:
            _invalid(
                path, number, _MISPLACED.get((keyword, state), f"{written} where it cannot come")
            )
        if keyword == "msgctxt" or (keyword == "msgid" and state != "msgctxt"):
            opened = number  # where the entry starts
        state = keyword
    if state in _OPEN:
        _invalid(path, opened, _OPEN[state])


# Which keyword may follow which in an entry (None: the start of a file or of an entry).
_ORDER = (
    {("msgctxt", s) for s in (None, "msgstr", "msgstr[]")}
    | {("msgid", s) for s in (None, "msgctxt", "msgstr", "msgstr[]")}
    | {
        ("msgid_plural", "msgid"),
        ("msgstr", "msgid"),
        ("msgstr[]", "msgid_plural"),
        ("msgstr[]", "msgstr[]"),
    }
)
_MISPLACED = {
    ("msgstr[]", "msgid"): "msgstr[N] with no msgid_plural before it",
    ("msgstr", "msgid_plural"): "a plain msgstr after msgid_plural; write msgstr[0], msgstr[1]…",
}
_OPEN = {
    "msgctxt": "a msgctxt with no msgid",
    "msgid": "an entry with no msgstr",
    "msgid_plural": "a msgid_plural with no msgstr[N]",
}


def _invalid(path: Path, line: int, reason: str) -> None:
    raise CatalogError(
        f"{where(path, line)}: not a valid PO file ({reason}); "
        "fix it in a PO editor or restore it from version control"
    )


def with_comments(
    text: str,
    catalog: polib.POFile,
    changes: list[tuple[polib.POEntry, str]],
    stamp_header: str,
    stamp: str,
) -> str:
    """``text``, the file ``catalog`` was read from, with the extracted comments (``#.``) of
    the changed entries rewritten, each ``(entry, its comment when read)``, and the date in
    ``stamp_header`` if the header has one; every other line is left as it was (the layout
    of another tool, line ends, a BOM). The whole catalogue is rendered instead where the
    result would not read back as ``catalog``."""
    lines = text.split("\n")
    for entry, old in sorted(changes, key=lambda change: -change[0].linenum):
        lines = _rewrite_comments(lines, entry, old)
        if lines is None:
            break
    previous = header_value(text, stamp_header)
    if previous is not None:
        catalog.metadata[stamp_header] = stamp
    if lines is not None:
        patched = "\n".join(lines)
        if previous is not None:
            header = f'"{stamp_header}: {{}}\\n"'
            patched = patched.replace(header.format(previous), header.format(stamp), 1)
        if render(polib.pofile(patched, wrapwidth=WRAP)) == render(catalog):
            return patched
    if previous is None:
        catalog.metadata[stamp_header] = stamp
    return render(catalog)


_EXTRACTED = re.compile(r"\s*#\.\s+\S")  # an extracted comment line, as polib reads one
_BEFORE_EXTRACTED = re.compile(r"\s*#(?:\s|$)")  # translator comments come before extracted ones


def _rewrite_comments(lines: list[str], entry: polib.POEntry, old: str) -> list[str] | None:
    """``lines`` with the ``#.`` lines of the entry that starts at ``entry.linenum`` turned
    from ``old`` into ``entry.comment``: lines kept where the comment is the same, new ones
    written as polib writes them; None if the lines are not the entry's."""
    start = end = (entry.linenum or 0) - 1
    while 0 <= end < len(lines) and (not lines[end].strip() or lines[end].lstrip().startswith("#")):
        end += 1
    if start < 0 or end >= len(lines):
        return None
    block = lines[start:end]
    extracted = [i for i, line in enumerate(block) if _EXTRACTED.match(line)]
    before, after = (
        old.split("\n") if old else [],
        entry.comment.split("\n") if entry.comment else [],
    )
    if len(extracted) != len(before):
        return None
    eol = "\r" if lines[end].endswith("\r") else ""
    written = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(
        None, before, after, autojunk=False
    ).get_opcodes():
        if tag == "equal":
            written += [block[extracted[i]] for i in range(i1, i2)]
        else:
            written += [line + eol for comment in after[j1:j2] for line in comment_lines(comment)]
    if extracted:
        at = extracted[0]
    else:
        at = next(
            (
                i
                for i, line in enumerate(block)
                if line.strip() and not _BEFORE_EXTRACTED.match(line)
            ),
            len(block),
        )
    kept = [line for i, line in enumerate(block) if i not in extracted]
    at -= sum(1 for i in extracted if i < at)
    return lines[:start] + kept[:at] + written + kept[at:] + lines[end:]


def comment_lines(comment: str) -> list[str]:
    """One extracted comment as polib writes it (wrapped as xgettext wraps comments)."""
    if len(comment) + len(EXTRACTED_PREFIX) > WRAP:
        return textwrap.wrap(
            comment,
            WRAP,
            initial_indent=EXTRACTED_PREFIX,
            subsequent_indent=EXTRACTED_PREFIX,
            break_long_words=False,
        )
    return [EXTRACTED_PREFIX + comment]


def header_value(text: str, name: str) -> str | None:
    match = re.search(rf'^"{re.escape(name)}: ([^\\"]*)\\n"\r?$', text, re.MULTILINE)
    return match.group(1) if match else None


def _polib_reason(error: Exception) -> str:
    reason = _POLIB_LINE.sub("", str(error)).strip().rstrip(".")
    return reason[0].lower() + reason[1:] if reason else "syntax error"


def template_keys(text: str) -> set[tuple[str | None, str]]:
    """The (msgctxt, msgid) of every live entry of a catalogue's ``text``, read without
    parsing the rest (what ``status`` needs of a template: which entries a catalogue lacks)."""
    keys, context, parts, field = set(), None, [], None
    for line in text.lstrip("\ufeff").split("\n"):
        stripped = line.strip()
        if field is not None and stripped.startswith('"'):
            parts.append(stripped[1:-1])
            continue
        if field == "msgctxt":
            context = polib.unescape("".join(parts))
        elif field == "msgid":
            keys.add((context, polib.unescape("".join(parts))))
            context = None
        field, parts = None, []
        if stripped.startswith(("msgctxt ", "msgctxt\t", 'msgctxt"')):
            field, parts = "msgctxt", [stripped[7:].strip()[1:-1]]
        elif stripped.startswith(("msgid ", "msgid\t", 'msgid"')):
            field, parts = "msgid", [stripped[5:].strip()[1:-1]]
    if field == "msgid":
        keys.add((context, polib.unescape("".join(parts))))
    keys.discard((None, ""))  # the header
    return keys
