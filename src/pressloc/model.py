"""The document that flows through the stages: a release, its paragraphs, their sentences, and
the localised release built from them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Segment:
    """One sentence of a paragraph; ``text == paragraph[start:stop]``."""

    start: int
    stop: int
    text: str


@dataclass
class Paragraph:
    """One non-empty line of the source file."""

    line: int  # 1-based line number in the source file
    text: str
    segments: list[Segment] = field(default_factory=list)


@dataclass
class Release:
    """A source press release: optional front matter and its paragraphs."""

    name: str
    path: Path
    reference_path: str  # the path written into ``#:`` references
    paragraphs: list[Paragraph]
    title: str | None = None
    title_line: int | None = None
    date: dt.date | None = None
    place: str | None = None
    place_line: int | None = None
    encoding: str | None = None  # None: UTF-8
    warnings: list[str] = field(default_factory=list)


@dataclass
class Localised:
    """A release in one language, ready to be rendered."""

    name: str
    language: str
    title: str | None
    dateline: str | None
    paragraphs: list[str]
    segments: int
    unapproved: list[str] = field(default_factory=list)  # one line per unapproved segment
    unfit: list[str] = field(default_factory=list)  # one line per approved segment unfit to publish
    first_sentence: str | None = None

    @property
    def headline(self) -> str | None:
        """What names the release in a page's title: its title, else its first sentence,
        shortened."""
        if self.title or self.first_sentence is None:
            return self.title
        text = self.first_sentence
        return text if len(text) <= 80 else text[:79].rstrip() + "…"

    @property
    def draft(self) -> bool:
        return bool(self.unapproved)
