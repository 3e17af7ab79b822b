"""The project glossary: ``locales/glossary.csv`` with columns ``ru,en,ko,note``.

Terms are found in Russian sentences by lemma (pymorphy3), so every inflected form
matches: ``Усенбековой`` and ``Усенбековой А.`` find ``Усенбекова``; ``Министерством
экономики и коммерции КР`` finds ``Министерство экономики и коммерции КР``.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import PresslocError, where
from .morph import lemmas

COLUMNS = ("ru", "en", "ko", "note")
LANGUAGES = ("en", "ko")
_TOKEN = re.compile(r"\w+(?:[-‑]\w+)*")


class GlossaryError(PresslocError):
    """The glossary file cannot be read or has a malformed row."""


@dataclass(frozen=True)
class Term:
    ru: str
    en: str = ""
    ko: str = ""
    note: str = ""


@dataclass(frozen=True)
class Match:
    """A term found in a sentence: ``sentence[start:stop]`` is how the sentence wrote it."""

    start: int
    stop: int
    term: Term


def _next_row(reader, path: object) -> list[str] | None:
    """The next row of a glossary, None at its end; what the csv module cannot read (a cell
    longer than its limit, a stray quote) is a :class:`GlossaryError` naming the line."""
    try:
        return next(reader, None)
    except csv.Error as e:
        raise GlossaryError(
            f"{where(path, reader.line_num)}: not a CSV row the glossary can "
            f"read ({e}); fix the row in a spreadsheet or text editor"
        ) from e


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _token_lemmas(token: str) -> frozenset[str]:
    return lemmas(token) | {token.lower().replace("ё", "е")}


@dataclass
class Glossary:
    terms: list[Term] = field(default_factory=list)
    _index: dict[str, list[tuple[Term, list[frozenset[str]]]]] | None = field(
        default=None, repr=False
    )

    @classmethod
    def load(cls, path: Path) -> Glossary:
        """Read a glossary CSV; a malformed row is a :class:`GlossaryError` naming file and line."""
        path = Path(path)
        try:
            data = path.read_bytes()
            text = data.decode("utf-8-sig")
        except FileNotFoundError as e:
            raise GlossaryError(
                f"{path}: no such glossary; create it with the header ru,en,ko,note"
            ) from e
        except OSError as e:
            raise GlossaryError(f"{path}: cannot read the glossary ({e.strerror or e})") from e
        except UnicodeDecodeError as e:
            from ..text import looks_cp1251

            hint = " (it looks like Windows-1251)" if looks_cp1251(data) else ""
            line = data[: e.start].count(b"\n") + 1
            raise GlossaryError(
                f"{where(path, line)}: not valid UTF-8 "
                f"(byte 0x{data[e.start]:02x}); save the glossary as UTF-8{hint}"
            ) from e
        return cls.parse(text, path)

    @classmethod
    def parse(cls, text: str, path: object = "<glossary>") -> Glossary:
        reader = csv.reader(text.splitlines())
        header = _next_row(reader, path)
        if header is None or tuple(h.strip() for h in header) != COLUMNS:
            raise GlossaryError(f"{where(path, 1)}: the header must be ru,en,ko,note, not {header}")
        terms, seen = [], {}
        while (row := _next_row(reader, path)) is not None:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            terms.append(_term(row, path, line))
            if (ru := terms[-1].ru) in seen:
                raise GlossaryError(
                    f"{where(path, line)}: '{ru}' is already defined on line {seen[ru]}"
                )
            seen[ru] = line
        return cls(terms)

    def target(self, term: Term, language: str) -> str:
        """How ``term`` is written in ``language``; "" when the glossary does not say."""
        return getattr(term, language, "") if language in LANGUAGES else ""

    def find(self, sentence: str) -> list[Match]:
        """Terms in a Russian sentence, longest first, not overlapping, in sentence order."""
        tokens = _tokens(sentence)
        token_lemmas = [_token_lemmas(t.group(0)) for t in tokens]
        matches, i = [], 0
        while i < len(tokens):
            found = self._longest_at(token_lemmas, i)
            if found is None:
                i += 1
                continue
            term, size = found
            matches.append(Match(tokens[i].start(), tokens[i + size - 1].end(), term))
            i += size
        return matches

    def word_lemmas(self) -> frozenset[str]:
        """The lemmas of every word of every term (``комиссия`` of ``Межправительственная …
        Комиссия по …``)."""
        return frozenset().union(
            *(_token_lemmas(t.group(0)) for term in self.terms for t in _tokens(term.ru))
        )

    def _longest_at(self, token_lemmas: list[frozenset[str]], i: int) -> tuple[Term, int] | None:
        best = None
        for lemma in token_lemmas[i]:
            for term, pattern in self._lookup().get(lemma, []):
                size = len(pattern)
                window = token_lemmas[i : i + size]
                if (
                    len(window) == size
                    and all(a & b for a, b in zip(window, pattern, strict=True))
                    and (best is None or size > best[1])
                ):
                    best = (term, size)
        return best

    def _lookup(self) -> dict[str, list[tuple[Term, list[frozenset[str]]]]]:
        if self._index is None:
            self._index = {}
            for term in self.terms:
                pattern = [_token_lemmas(t.group(0)) for t in _tokens(term.ru)]
                for lemma in pattern[0] if pattern else ():
                    self._index.setdefault(lemma, []).append((term, pattern))
        return self._index


def _term(row: list[str], path: object, line: int) -> Term:
    if len(row) != len(COLUMNS):
        raise GlossaryError(
            f"{where(path, line)}: expected 4 columns ru,en,ko,note, found {len(row)}; "
            "quote cells that contain commas"
        )
    ru, en, ko, note = (cell.strip() for cell in row)
    if not ru:
        raise GlossaryError(f"{where(path, line)}: the ru cell is empty")
    if not en and not ko:
        raise GlossaryError(f"{where(path, line)}: '{ru}' has neither an en nor a ko rendering")
    return Term(ru, en, ko, note)
