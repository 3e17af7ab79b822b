"""TMX 1.4b, the exchange format of translation memories: read a file's units, write the
project's approved ones.

A TMX file is untrusted input. It is read by the standard library's expat, a stream of
elements: a declared entity is refused (no "billion laughs"), no external entity or DTD is
read, and at most ``MAX_BYTES`` are. A DOCTYPE that names the TMX DTD, as most tools write it,
is allowed. Inline codes (``<bpt>``, ``<ph>`` …) are the original document's markup, not
text: a segment's text is what lies outside them.
"""

from __future__ import annotations

import os
import re
import stat
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from .. import __version__
from ..language import SOURCE, base_language
from .store import TranslationMemoryError, Unit, revision

MAX_BYTES = 256 * 2**20
# <prop type="..."> of a unit: its release, its msgctxt (title, place), and the digest of the
# sentences around it (store.around), which in-context matching compares
RELEASE, CONTEXT, AROUND = "x-pressloc-release", "x-pressloc-context", "x-pressloc-around"
_CODES = {"bpt", "ept", "it", "ph", "ut", "sub"}  # inline elements whose content is no text
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # what XML 1.0 cannot hold


@dataclass
class Tu:
    """One ``<tu>`` as read: its line, attributes, properties and text by language."""

    line: int
    attributes: dict[str, str]
    props: dict[str, str] = field(default_factory=dict)
    segments: dict[str, str] = field(default_factory=dict)  # base language → text


class _Refused(Exception):
    """A construct pressloc does not read in an untrusted file."""


class _Reader:
    """expat handlers collecting the ``<tu>`` elements of a TMX file."""

    def __init__(self, parser) -> None:
        self.parser, self.units, self.path = parser, [], []
        self.unit: Tu | None = None
        self.language: str | None = None
        self.text: list[str] | None = None  # the text of the <seg> or <prop> being read
        self.prop: str | None = None
        self.skipping = 0  # depth inside inline codes

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if not self.path and tag != "tmx":
            raise _Refused(f"its root element is <{tag}>, not <tmx>")
        self.path.append(tag)
        if tag == "tu":
            self.unit = Tu(self.parser.CurrentLineNumber, dict(attributes))
        elif tag == "tuv" and self.unit is not None:
            self.language = attributes.get("xml:lang") or attributes.get("lang") or ""
        elif tag == "seg" and self.language is not None:
            self.text = []
        elif tag == "prop" and self.unit is not None and self.language is None:
            self.prop, self.text = attributes.get("type", ""), []
        elif tag in _CODES and self.text is not None:
            self.skipping += 1

    def end(self, tag: str) -> None:
        self.path.pop()
        if tag in _CODES and self.skipping:
            self.skipping -= 1
        elif tag == "seg" and self.text is not None:
            language = base_language(self.language.replace("-", "_").lower())
            self.unit.segments.setdefault(language, "".join(self.text))
            self.text = None
        elif tag == "prop" and self.prop is not None:
            self.unit.props.setdefault(self.prop, "".join(self.text))
            self.prop = self.text = None
        elif tag == "tuv":
            self.language = None
        elif tag == "tu" and self.unit is not None:
            self.units.append(self.unit)
            self.unit = None

    def characters(self, data: str) -> None:
        if self.text is not None and not self.skipping:
            self.text.append(data)


def read_document(path: Path) -> list[Tu]:
    """Every ``<tu>`` of the TMX file at ``path``; anything else is a one-line error naming the
    file and line."""
    return parse_document(file_bytes(Path(path)), path)


def parse_document(data: bytes, path: Path) -> list[Tu]:
    """Every ``<tu>`` of ``data``, the bytes of the TMX file at ``path`` (see
    :func:`read_document`)."""
    parser = expat.ParserCreate()
    reader = _Reader(parser)
    parser.StartElementHandler, parser.EndElementHandler = reader.start, reader.end
    parser.CharacterDataHandler = reader.characters
    parser.EntityDeclHandler = _refuse_entity
    parser.UnparsedEntityDeclHandler = _refuse_entity
    parser.ExternalEntityRefHandler = _refuse_entity
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(data, True)
    except expat.ExpatError as e:
        raise _invalid(path, e.lineno, expat.ErrorString(e.code)) from e
    except _Refused as e:
        raise _invalid(path, parser.CurrentLineNumber, str(e)) from e
    return reader.units


def _refuse_entity(*_) -> None:
    raise _Refused("it declares an entity, which pressloc does not read in a memory file")


def _invalid(path: Path, line: int | None, reason: str) -> TranslationMemoryError:
    place = f"{path}:{line}" if line else str(path)
    return TranslationMemoryError(
        f"{place}: not a valid TMX file ({reason}); export it again from the tool that made it"
    )


def file_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most ``MAX_BYTES``; a FIFO or a device is never read."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as e:
        raise TranslationMemoryError(f"{path}: cannot read ({e.strerror})") from e
    with os.fdopen(fd, "rb") as file:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise TranslationMemoryError(f"{path}: not a regular file")
        data = file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise TranslationMemoryError(f"{path}: larger than {MAX_BYTES >> 20} MB; split it")
    return data


def units_of(tus: list[Tu], name: str, language: str) -> list[Unit]:
    """The units of ``tus`` (of the file ``name``) from Russian into ``language``."""
    wanted = base_language(language)
    units = []
    for tu in tus:
        source, target = tu.segments.get(SOURCE, ""), tu.segments.get(wanted, "")
        if not source.strip() or not target.strip():
            continue
        date = tu.attributes.get("changedate") or tu.attributes.get("creationdate") or ""
        place = f"{name}:{tu.line}"
        units.append(
            Unit(
                source,
                target,
                tu.props.get(CONTEXT) or None,
                tu.props.get(AROUND) or None,
                origin=place,
                location=place,
                revised=revision(date),
                release=tu.props.get(RELEASE, ""),
            )
        )
    return units


def read_tmx(path: Path, language: str, name: str | None = None) -> list[Unit]:
    """The units of the TMX file at ``path`` (``name``: as notes name it) from Russian into
    ``language``."""
    return units_of(read_document(path), name or str(path), language)


@dataclass(frozen=True)
class Exported:
    """One ``<tu>``: a sentence of a release and its approved translations by language."""

    source: str
    targets: dict[str, str]
    created: str = ""  # ISO 8601 UTC
    release: str = ""
    context: str | None = None
    around: str | None = None


def holds(unit: Exported) -> bool:
    """Whether XML can hold every text of ``unit`` (no control character)."""
    texts = [unit.source, *unit.targets.values(), unit.release, unit.context or ""]
    return not any(_NOT_XML.search(text) for text in texts)


def render(units: list[Exported], created: str) -> bytes:
    """A TMX 1.4b document holding ``units`` (each one XML can hold: see :func:`holds`)."""
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(
        root,
        "header",
        creationtool="pressloc",
        creationtoolversion=__version__,
        segtype="sentence",
        datatype="plaintext",
        adminlang="en",
        srclang=SOURCE,
        **{"o-tmf": "PO"},
        **({"creationdate": _tmx_date(created)} if created else {}),
    )
    body = ET.SubElement(root, "body")
    for unit in units:
        tu = ET.SubElement(body, "tu", srclang=SOURCE)
        if unit.created:
            tu.set("creationdate", _tmx_date(unit.created))
        for kind, value in [
            (RELEASE, unit.release),
            (CONTEXT, unit.context),
            (AROUND, unit.around),
        ]:
            if value:
                ET.SubElement(tu, "prop", type=kind).text = value
        for language, text in [(SOURCE, unit.source), *sorted(unit.targets.items())]:
            tuv = ET.SubElement(tu, "tuv", {"xml:lang": language})
            ET.SubElement(tuv, "seg").text = text
    ET.indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"


def _tmx_date(iso: str) -> str:
    """``2026-11-24T10:30:00Z`` → ``20261124T103000Z``."""
    return iso.replace("-", "").replace(":", "")
