"""Property tests (hypothesis) on random Russian-like press text, through the command line.

(a) segment → extract → translate (pseudo) → approve → build never crashes, loses no source
    character on the way into the catalogue, and puts every approved translation in the
    release; (b) re-running ``translate`` on an unchanged source changes nothing on disk.
Examples the properties found are rows of the table at the end.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import approve, msgfmt_check, po_path
from pressloc.cli import cli
from pressloc.model import Release
from pressloc.source.read import read_release
from pressloc.text import printable

NAME = "random"
SOURCE = f"seeds/{NAME}.ru.txt"
LANGUAGES = ("en", "ko")
BANNER = {"en": "DRAFT: NOT FOR PUBLICATION.", "ko": "초안: 게시 금지."}
EXAMPLES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

LOWER = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
word = st.text(LOWER, min_size=1, max_size=9)
capitalised = word.map(str.capitalize)
hyphenated = st.tuples(word, word).map("-".join)
number = st.integers(0, 99999).map(str)
acronym = st.sampled_from(["KIAT", "DYETEC", "КР", "ООН", "ЕАЭС", "II", "XXI", "IT"])
abbreviation = st.sampled_from(
    ["г.", "ул.", "им.", "т.е.", "т. ч.", "т.д.", "млн", "руб.", "с.-х.", "Д. Иванов"]
)
punctuation = st.sampled_from(
    [".", ",", "!", "?", "«", "»", "—", "(", ")", ":", "...", "?!", ";", "№", "%"]
)
symbol = st.sampled_from(
    ['"', "'", "/", "+", "\\", "<", ">", "&", "*", "_", "[", "]", "{", "}", "#", "`", "%s", "\\n"]
)
long_word = st.text(LOWER, min_size=80, max_size=200)  # longer than a catalogue line
token = st.one_of(
    word,
    word,
    word,
    word,
    capitalised,
    hyphenated,
    number,
    acronym,
    abbreviation,
    punctuation,
    punctuation,
    symbol,
    long_word,
)
# Not yet "\x1c", "\x85", "\u2028", …: see test_line_separators_inside_a_paragraph_survive.
gap = st.sampled_from(
    [" ", " ", " ", " ", "", "  ", "\t", "\u00a0", "\v", "\f", "\u2028", "\x85", "\x1c"]
)
line = st.lists(st.tuples(token, gap), min_size=1, max_size=40).map(
    lambda pairs: "".join(t + g for t, g in pairs)
)
text = st.lists(
    st.one_of(line, line, line, st.sampled_from(["", " "])), min_size=1, max_size=8
).map("\n".join)


def nonspace(value: str) -> str:
    return re.sub(r"\s", "", value)


class Project:
    """A fresh project folder holding one source release, and the CLI run in it."""

    def __init__(self, root: Path, source: str):
        self.root = root
        (root / "seeds").mkdir()
        (root / SOURCE).write_text(source, encoding="utf-8")
        self.runner = CliRunner()

    def run(self, *args: str):
        return self.runner.invoke(cli, ["-C", str(self.root), *args], catch_exceptions=False)

    def translate(self):
        result = self.run("translate", SOURCE, "--to", ",".join(LANGUAGES), "--engine", "pseudo")
        assert result.exit_code == 0, result.output
        return result

    def files(self) -> dict[str, tuple[bytes, int, int]]:
        """Bytes, modification time and inode (a rename changes it) of every catalogue."""
        return {
            str(path.relative_to(self.root)): (
                path.read_bytes(),
                path.stat().st_mtime_ns,
                path.stat().st_ino,
            )
            for path in sorted((self.root / "locales").rglob("*.po*"))
            if path.suffix in (".po", ".pot")
        }


def check_nothing_is_lost(project: Project, release: Release, source: str) -> None:
    """Every character of the source is in a segment, and the catalogues hold exactly the
    segments as msgids, each referenced from the lines of its paragraphs."""
    assert nonspace("".join(p.text for p in release.paragraphs)) == nonspace(source)
    lines: dict[str, list[str]] = {}
    for paragraph in release.paragraphs:
        assert nonspace("".join(s.text for s in paragraph.segments)) == nonspace(paragraph.text)
        for segment in paragraph.segments:
            assert segment.text == paragraph.text[segment.start : segment.stop]
            where = lines.setdefault(segment.text, [])
            if str(paragraph.line) not in where:
                where.append(str(paragraph.line))
    for path in [
        project.root / "locales" / f"{NAME}.pot",
        *(po_path(project.root, lang, NAME) for lang in LANGUAGES),
    ]:
        msgfmt_check(path)
        catalogue = {
            e.msgid: [line for _, line in e.occurrences]
            for e in polib.pofile(str(path))
            if not e.obsolete
        }
        assert catalogue == lines, path


@settings(EXAMPLES)
@given(source=text, data=st.data())
def test_the_pipeline_loses_nothing_and_builds_every_approval(source, data):
    with tempfile.TemporaryDirectory() as folder:
        project = Project(Path(folder), source)
        if not source.strip():
            result = project.run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
            assert result.exit_code == 1
            assert result.output == (
                f"Error: {project.root / SOURCE}: no text to translate "
                "(the file is empty or blank)\n"
            )
            return
        release = read_release(project.root / SOURCE, project.root)
        segmented = project.run("segment", SOURCE)
        assert segmented.exit_code == 0
        assert (
            segmented.output
            == "\n\n".join("\n".join(s.text for s in p.segments) for p in release.paragraphs) + "\n"
        )
        assert project.run("extract", SOURCE).exit_code == 0
        project.translate()
        check_nothing_is_lost(project, release, source)

        for language in LANGUAGES:
            path = po_path(project.root, language, NAME)
            msgids = sorted(e.msgid for e in polib.pofile(str(path)))
            chosen = data.draw(st.sets(st.sampled_from(msgids)), label=f"approved in {language}")
            approve(
                path,
                edit=lambda e, language=language, msgids=msgids: (
                    f"Approved{language.upper()}{msgids.index(e.msgid):03d}x"
                ),
                only=lambda e, chosen=chosen: e.msgid in chosen,
            )
            msgfmt_check(path)
            translation = {e.msgid: e.msgstr for e in polib.pofile(str(path))}
            check_build(project, release, language, translation, chosen)


def check_build(
    project: Project,
    release: Release,
    language: str,
    translation: dict[str, str],
    approved: set[str],
) -> None:
    """``build`` refuses exactly when a segment is not approved; the release holds every
    approved translation, each paragraph its segments' translations in order, each folded
    into one line (build folds line breaks and runs of spaces)."""
    unapproved = sum(s.text not in approved for p in release.paragraphs for s in p.segments)
    built = project.run(
        "build", NAME, "--lang", language, "--force"
    )  # approvals of any text: forced
    if unapproved:
        assert built.exit_code == 1
        assert built.output.endswith(
            f"Error: {unapproved} segment(s) not approved; approve them in the "
            ".po files or build with --draft\n"
        ), built.output
        built = project.run("build", NAME, "--lang", language, "--draft")
    assert built.exit_code == 0, built.output
    # one line each; the no-break and thin spaces a reviewer typed are kept; control characters
    # never reach a release
    folded = {
        text: re.sub(r"[ \t\n\r\f\v\x85\u2028\u2029]+", " ", rendering).strip(" ")
        for text, rendering in translation.items()
    }
    folded = {text: printable(rendering) for text, rendering in folded.items()}
    paragraphs = [" ".join(folded[s.text] for s in p.segments) for p in release.paragraphs]
    body = "\n\n".join(paragraphs) + "\n"
    txt = (project.root / "releases" / language / f"{NAME}.txt").read_text(encoding="utf-8")
    if unapproved:
        banner, _, txt = txt.partition("\n\n")
        assert banner.startswith("*** ") and banner.endswith(" ***")
    assert txt == body
    for extension in ("md", "html"):
        output = (project.root / "releases" / language / f"{NAME}.{extension}").read_text(
            encoding="utf-8"
        )
        assert all(printable(translation[msgid]) in output for msgid in approved)
        assert (BANNER[language] in output) == bool(unapproved)


@settings(EXAMPLES)
@given(source=text.filter(str.strip), approve_some=st.booleans())
def test_translate_again_on_an_unchanged_source_changes_nothing(source, approve_some):
    with tempfile.TemporaryDirectory() as folder:
        project = Project(Path(folder), source)
        project.translate()
        if approve_some:  # a reviewer saved the catalogues in between
            for language in LANGUAGES:
                approve(po_path(project.root, language, NAME), only=lambda e: len(e.msgid) % 2 == 0)
        before = project.files()
        again = project.translate()
        assert project.files() == before
        assert again.output.count(": 0 new machine drafts, unchanged\n") == len(LANGUAGES), (
            again.output
        )


LINE_SEPARATORS = [
    ("file separator", "\x1c"),
    ("record separator", "\x1e"),
    ("next line", "\x85"),
    ("line separator", "\u2028"),
    ("paragraph separator", "\u2029"),
]


@pytest.mark.parametrize(
    "character", [c for _, c in LINE_SEPARATORS], ids=[n for n, _ in LINE_SEPARATORS]
)
def test_line_separators_inside_a_paragraph_survive(tmp_path, character):
    project = Project(tmp_path, f"Форум открыт{character}в Бишкеке. Участники прибыли.\n")
    project.translate()
    for language in LANGUAGES:
        approve(po_path(project.root, language, NAME), edit=lambda e: f"Approved: {e.msgid}")
    before = project.files()
    again = project.translate()
    assert again.output.count(": 0 new machine drafts, unchanged\n") == len(LANGUAGES), again.output
    assert project.files() == before  # the approvals are intact
    built = project.run("build", NAME, "--force")
    assert built.exit_code == 0, built.output
