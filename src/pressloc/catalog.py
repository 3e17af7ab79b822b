"""Gettext catalogues: build the template from releases, read and write PO files.

Formatting a catalogue is pure (:func:`render`); writing is separate and atomic
(:func:`save`) and skips files whose content would not change.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import textwrap
from pathlib import Path

import polib
from babel import Locale, UnknownLocaleError
from babel.messages.plurals import get_plural

from . import __version__
from .document import Release
from .errors import CatalogError, where
from .fsutil import atomic_write_text

WRAP = 78
EXTRACTED_PREFIX = "#. "
TITLE_CONTEXT = "title"
PLACE_CONTEXT = "place"
SOURCE_HEADER = "X-Pressloc-Source"
ENCODING_HEADER = "X-Pressloc-Source-Encoding"
_DATE_HEADERS = ("POT-Creation-Date", "PO-Revision-Date")
_POLIB_LINE = re.compile(r"\(line (\d+)\)")
_ESCAPE = r'\\[ntbrfva\\"]'  # the escapes polib reads back unchanged
# A line of a PO file outside comments: a keyword and a string, or a string continuing one.
_PO_LINE = re.compile(rf'(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s*)?"(?:[^"\\]|{_ESCAPE})*"\s*')
# Escapes polib cannot read back: gettext's octal and hex ones (it writes \101 back as \\101), unknown ones.
_BAD_ESCAPE = re.compile(rf'{_ESCAPE}|(\\(?:[0-7]{{1,3}}|x[0-9A-Fa-f]*|.?))')


def now_stamp(now: dt.datetime | None = None) -> str:
    """A gettext header date such as ``2026-11-24 10:30+0000``."""
    now = now or dt.datetime.now(dt.timezone.utc)
    return now.strftime("%Y-%m-%d %H:%M%z")


def check_language(code: str) -> Locale:
    """The Babel locale for ``code``; an unknown code is a :class:`CatalogError`."""
    try:
        return Locale.parse(code)
    except (ValueError, UnknownLocaleError) as e:
        raise CatalogError(f"unknown language code '{code}'; use a code such as en or ko") from e


def template(release: Release, stamp: str) -> polib.POFile:
    """The POT of one release: one entry per distinct sentence, references to every use."""
    pot = polib.POFile(wrapwidth=WRAP)
    pot.header = f"Press release {release.name}, from {release.reference_path}.\nMade by pressloc; review the translations in a PO editor."
    pot.metadata = _header(release.name, stamp, language="")
    pot.metadata[SOURCE_HEADER] = release.reference_path
    if release.encoding:
        pot.metadata[ENCODING_HEADER] = release.encoding
    index: dict[tuple[str | None, str], polib.POEntry] = {}

    def add(text: str, line: int, context: str | None = None, note: str | None = None) -> None:
        entry = index.get((context, text))
        if entry is None:
            entry = polib.POEntry(msgid=text, msgstr="", msgctxt=context, comment=note or "")
            index[(context, text)] = entry
            pot.append(entry)
        occurrence = (release.reference_path, str(line))
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


def render(catalog: polib.POFile) -> str:
    """The text of a catalogue, as it is written to disk."""
    text = str(catalog)
    return text if text.endswith("\n") else text + "\n"


def read_text(path: Path) -> str:
    """The text of a PO or POT file; an unreadable one is a :class:`CatalogError` naming it."""
    path = Path(path)
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError as e:
        raise CatalogError(f"{path}: no such catalogue; run 'pressloc translate' first") from e
    except UnicodeDecodeError as e:
        line = e.object[: e.start].count(b"\n") + 1
        raise CatalogError(f"{where(path, line)}: not valid UTF-8; save the catalogue as UTF-8") from e
    except OSError as e:
        raise CatalogError(f"{path}: cannot read ({e.strerror})") from e


def load(path: Path) -> polib.POFile:
    """Parse a PO or POT file; a syntax error names the file and line."""
    return read(path)[1]


def read(path: Path) -> tuple[str, polib.POFile]:
    """The text of a PO or POT file and what it parses to (see :func:`load`)."""
    path = Path(path)
    text = read_text(path)
    if not text.lstrip("\ufeff").strip():
        raise CatalogError(f"{path}: empty catalogue; restore it from version control, "
                           "or delete it and run 'pressloc translate' to start it again")
    _check_strings(path, text)
    try:  # from the path: parsing text would also split lines at U+2028, U+0085 and the like
        catalog = polib.pofile(str(path), encoding="utf-8", wrapwidth=WRAP, check_for_duplicates=True)
    except (OSError, ValueError) as e:
        match = _POLIB_LINE.search(str(e))
        line = int(match.group(1)) if match else None
        raise CatalogError(
            f"{where(path, line)}: not a valid PO file ({_polib_reason(e)}); "
            "fix it in a PO editor or restore it from version control"
        ) from e
    return text, catalog


def _check_strings(path: Path, text: str) -> None:
    """Name the first line that is neither a comment nor a well-formed string, or that breaks
    the order of an entry's keywords: polib reads a string left open at the end of its line
    (``msgid "Рост``) as empty and goes on, and what it read would then be written back
    without the entry; it reads gettext's octal and hex escapes (``\\101``) and unknown ones
    (``\\q``) as text and would write them back changed; it takes a msgid with no msgstr."""
    state, opened = None, 0  # the last keyword of the entry being read, and the line of its msgid
    for number, line in enumerate(text.lstrip("\ufeff").split("\n"), 1):  # not at U+2028
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if not _PO_LINE.fullmatch(stripped):
            bad = next((m.group(1) for m in _BAD_ESCAPE.finditer(stripped) if m.group(1)), None)
            reason = ("a string not closed on its line" if stripped.count('"') % 2
                      else f"the escape {bad}, which pressloc cannot keep; write the character itself"
                      if bad else "unexpected text")
            _invalid(path, number, reason)
        written = stripped.split('"', 1)[0].strip()
        if not written:
            continue  # a string continuing the one above
        keyword = "msgstr[]" if written.startswith("msgstr[") else written
        if keyword in ("msgctxt", "msgid") and state in _OPEN and (keyword, state) != ("msgid", "msgctxt"):
            _invalid(path, opened, _OPEN[state])
        if (keyword, state) not in _ORDER:
            _invalid(path, number, _MISPLACED.get((keyword, state), f"{written} where it cannot come"))
        if keyword == "msgctxt" or keyword == "msgid" and state != "msgctxt":
            opened = number  # where the entry starts
        state = keyword
    if state in _OPEN:
        _invalid(path, opened, _OPEN[state])


# Which keyword may follow which in an entry (None: the start of a file or of an entry).
_ORDER = {("msgctxt", s) for s in (None, "msgstr", "msgstr[]")} | {("msgid", s) for s in (None, "msgctxt", "msgstr", "msgstr[]")} \
    | {("msgid_plural", "msgid"), ("msgstr", "msgid"), ("msgstr[]", "msgid_plural"), ("msgstr[]", "msgstr[]")}
_MISPLACED = {("msgstr[]", "msgid"): "msgstr[N] with no msgid_plural before it",
              ("msgstr", "msgid_plural"): "a plain msgstr after msgid_plural; write msgstr[0], msgstr[1]…"}
_OPEN = {"msgctxt": "a msgctxt with no msgid", "msgid": "an entry with no msgstr",
         "msgid_plural": "a msgid_plural with no msgstr[N]"}


def _invalid(path: Path, line: int, reason: str) -> None:
    raise CatalogError(f"{where(path, line)}: not a valid PO file ({reason}); "
                       "fix it in a PO editor or restore it from version control")


def save(catalog: polib.POFile, path: Path, stamp_header: str, stamp: str) -> bool:
    """Write ``catalog`` atomically unless only its date would change; True if written.

    ``stamp_header`` (POT-Creation-Date or PO-Revision-Date) is set to ``stamp`` only when
    the content differs from what is on disk, so a re-run on unchanged input is a no-op.
    """
    path = Path(path)
    old_text = read_text(path) if path.exists() else None
    previous = _header_value(old_text, stamp_header) if old_text is not None else None
    if previous is None:
        if old_text is not None and render(catalog) == old_text:
            return False  # unchanged, though its header has no date to keep
        catalog.metadata[stamp_header] = stamp
        atomic_write_text(path, render(catalog))
        return True
    catalog.metadata[stamp_header] = previous
    text = render(catalog)  # rendering is the slow part of saving: do it once
    if text == old_text:
        return False
    catalog.metadata[stamp_header] = stamp
    line = f'"{stamp_header}: {{}}\\n"'
    atomic_write_text(path, text.replace(line.format(previous), line.format(stamp), 1))
    return True


def with_comments(text: str, catalog: polib.POFile, changes: list[tuple[polib.POEntry, str]],
                  stamp_header: str, stamp: str) -> str:
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
    previous = _header_value(text, stamp_header)
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
    before, after = old.split("\n") if old else [], entry.comment.split("\n") if entry.comment else []
    if len(extracted) != len(before):
        return None
    eol = "\r" if lines[end].endswith("\r") else ""
    written = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if tag == "equal":
            written += [block[extracted[i]] for i in range(i1, i2)]
        else:
            written += [line + eol for comment in after[j1:j2] for line in comment_lines(comment)]
    if extracted:
        at = extracted[0]
    else:
        at = next((i for i, line in enumerate(block) if line.strip() and not _BEFORE_EXTRACTED.match(line)), len(block))
    kept = [line for i, line in enumerate(block) if i not in extracted]
    at -= sum(1 for i in extracted if i < at)
    return lines[:start] + kept[:at] + written + kept[at:] + lines[end:]


def comment_lines(comment: str) -> list[str]:
    """One extracted comment as polib writes it (wrapped as xgettext wraps comments)."""
    if len(comment) + len(EXTRACTED_PREFIX) > WRAP:
        return textwrap.wrap(comment, WRAP, initial_indent=EXTRACTED_PREFIX, subsequent_indent=EXTRACTED_PREFIX,
                             break_long_words=False)
    return [EXTRACTED_PREFIX + comment]


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


def _header_value(text: str, name: str) -> str | None:
    match = re.search(rf'^"{re.escape(name)}: ([^\\"]*)\\n"\r?$', text, re.MULTILINE)
    return match.group(1) if match else None


def _polib_reason(error: Exception) -> str:
    reason = _POLIB_LINE.sub("", str(error)).strip().rstrip(".")
    return reason[0].lower() + reason[1:] if reason else "syntax error"
