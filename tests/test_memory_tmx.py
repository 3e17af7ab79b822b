"""TMX in and out (issue 28): the export is judged by an independent reader, Translate
Toolkit's TMX storage, as msgfmt judges the catalogues; a file Translate Toolkit wrote is
imported; a file that cannot be read whole is one line naming it, and changes nothing."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

import polib
import pytest
from translate.storage import lisa
from translate.storage.tmx import tmxfile

from conftest import approve, po_path
from pressloc.catalog import notes
from test_memory import FIRST, PRESS, SECOND, reviewed


@pytest.fixture
def both(project: Path, run) -> Path:
    """FIRST translated into English and Korean and approved; SECOND written."""
    (project / "seeds" / "first.ru.txt").write_text(FIRST, encoding="utf-8")
    (project / "seeds" / "second.ru.txt").write_text(SECOND, encoding="utf-8")
    run("translate", "seeds/first.ru.txt", "--to", "en,ko", "--engine", "pseudo", "--no-check")
    approve(po_path(project, "en", "first"), edit=reviewed)
    approve(po_path(project, "ko", "first"), edit=lambda e: f"KO {e.msgid}")
    return project


def read_back(path: Path) -> dict[str, dict[str, str]]:
    """What Translate Toolkit reads in a TMX file: each unit's text by language."""
    store = tmxfile(BytesIO(path.read_bytes()))
    return {
        unit.source: {
            lisa.getXMLlang(node): unit.getNodeText(node) for node in unit.getlanguageNodes()
        }
        for unit in store.units
    }


def test_the_export_is_read_by_translate_toolkit(both, run):
    result = run("memory", "export", "out.tmx")
    assert result.exit_code == 0, result.output
    assert result.output == f"{both / 'out.tmx'}: 6 units (en, ko)\n"
    units = read_back(both / "out.tmx")
    assert len(units) == 6
    for source, texts in units.items():
        assert texts == {"ru": source, "en": f"EN {source}", "ko": f"KO {source}"}
    store = tmxfile(BytesIO((both / "out.tmx").read_bytes()))
    assert store.sourcelanguage == "ru"
    for unit in store.units:
        assert re.fullmatch(r"\d{8}T\d{6}Z", unit.xmlelement.get("creationdate"))
        props = {prop.get("type"): prop.text for prop in unit.xmlelement.iter("prop")}
        assert props["x-pressloc-release"] == "first"


def test_an_export_of_one_language_has_only_it(both, run):
    assert run("memory", "export", "--lang", "ko", "ko.tmx").exit_code == 0
    assert {tuple(sorted(texts)) for texts in read_back(both / "ko.tmx").values()} == {("ko", "ru")}


def test_an_export_imported_into_another_project_drafts_as_the_first_would(both, run, tmp_path):
    """The round trip keeps what in-context matching needs (the title's context, the
    sentences around each)."""
    run("memory", "export", "--lang", "en", str(tmp_path / "first.tmx"))
    other = tmp_path / "other"
    (other / "seeds").mkdir(parents=True)
    (other / "seeds" / "second.ru.txt").write_text(SECOND, encoding="utf-8")
    here = ["-C", str(other)]
    result = run(*here, "memory", "import", str(tmp_path / "first.tmx"))
    target = other / "locales" / "memory" / "en" / "first.tmx"
    assert result.output == f"{target}: 6 units for en, added\n"
    result = run(*here, "translate", "seeds/second.ru.txt", "--to", "en", "--engine", "pseudo")
    assert "4 from memory (3 approved)" in result.output
    entry = next(e for e in polib.pofile(str(po_path(other, "en", "second"))) if e.msgid == PRESS)
    assert notes.memory_notes(entry)[0].startswith("exact, locales/memory/en/first.tmx:")


def test_a_tmx_translate_toolkit_wrote_is_imported_and_used(both, run, tmp_path):
    store = tmxfile()
    store.addtranslation("Стороны договорились о новых встречах.", "ru", "They agreed.", "en")
    store.addtranslation("Стороны договорились о новых встречах.", "ru", "합의했다.", "ko")
    path = tmp_path / "toolkit.tmx"
    path.write_bytes(bytes(store))  # with <!DOCTYPE tmx SYSTEM "tmx14.dtd">
    result = run("memory", "import", str(path))
    assert result.exit_code == 0, result.output
    assert result.output.count(", added\n") == 2  # into the memory of en and of ko
    assert run("memory", "import", str(path)).output.count(", already there\n") == 2
    run("translate", "seeds/second.ru.txt", "--to", "en,ko", "--engine", "pseudo", "--no-check")
    for language, text in [("en", "They agreed."), ("ko", "합의했다.")]:
        po = polib.pofile(str(po_path(both, language, "second")))
        entry = next(e for e in po if e.msgid.startswith("Стороны"))
        assert entry.msgstr == text and entry.fuzzy


def test_memory_given_for_one_run(both, run, tmp_path):
    store = tmxfile()
    store.addtranslation("Стороны договорились о новых встречах.", "ru", "They agreed.", "en")
    (tmp_path / "run.tmx").write_bytes(bytes(store))
    result = run(
        "translate",
        "seeds/second.ru.txt",
        "--to",
        "en",
        "--engine",
        "pseudo",
        "--memory",
        str(tmp_path / "run.tmx"),
    )
    assert "5 from memory" in result.output
    assert not (both / "locales" / "memory").exists()


def test_a_po_compendium_is_imported_into_the_folder_of_its_language(both, run, tmp_path):
    po = polib.POFile()
    po.metadata = {"Language": "en", "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgid="Стороны договорились.", msgstr="Agreed."))
    po.append(polib.POEntry(msgid="Черновик.", msgstr="Draft.", flags=["fuzzy"]))
    po.save(str(tmp_path / "old.po"))
    result = run("memory", "import", str(tmp_path / "old.po"))
    assert result.output == f"{both / 'locales/memory/en/old.po'}: 1 units for en, added\n"
    other = tmp_path / "other" / "old.po"
    other.parent.mkdir()
    po.metadata["Project-Id-Version"] = "another"
    po.save(str(other))
    result = run("memory", "import", str(other))
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {both / 'locales/memory/en/old.po'}: a different memory file of that name is "
        f"there; rename {other} or remove the old one\n"
    )


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<tmx version="1.4"><header srclang="ru"/><body><tu><tuv xml:lang="ru"><seg>&b;</seg></tuv>
<tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<tmx version="1.4"><body><tu><tuv xml:lang="ru"><seg>&secret;</seg></tuv></tu></body></tmx>
"""
BROKEN = """<?xml version="1.0"?>
<tmx version="1.4"><header srclang="ru"/><body>
<tu><tuv xml:lang="ru"><seg>Стороны договорились о новых встречах.</seg></tuv>
<tuv xml:lang="en"><seg>They agreed.</tuv></tu>
</body></tmx>
"""
CORRUPT = {
    "entities (billion laughs)": (
        BILLION_LAUGHS.encode(),
        "bad.tmx:2: not a valid TMX file (it declares an entity, which pressloc does not read "
        "in a memory file); export it again from the tool that made it",
    ),
    "an external entity": (
        EXTERNAL.encode(),
        "bad.tmx:2: not a valid TMX file (it declares an entity, which pressloc does not read "
        "in a memory file); export it again from the tool that made it",
    ),
    "a tag left open": (
        BROKEN.encode(),
        "bad.tmx:4: not a valid TMX file (mismatched tag); export it again from the tool that "
        "made it",
    ),
    "not TMX": (
        b"<html><body/></html>",
        "bad.tmx:1: not a valid TMX file (its root element is <html>, not <tmx>); export it "
        "again from the tool that made it",
    ),
    "empty": (
        b"",
        "bad.tmx:1: not a valid TMX file (no element found); export it again from the tool "
        "that made it",
    ),
    "not UTF-8": (
        '<?xml version="1.0" encoding="utf-8"?><tmx><body>Стороны</body></tmx>'.encode("cp1251"),
        "bad.tmx:1: not a valid TMX file (not well-formed (invalid token)); export it again "
        "from the tool that made it",
    ),
    "a PO file with a syntax error": (
        b'msgid "a"\nmsgstr "b\n',
        "bad.po:2: not a valid PO file (a string not closed on its line); fix it in a PO editor "
        "or restore it from version control",
    ),
    "nothing approved in it": (
        b'msgid ""\nmsgstr "Language: en\\n"\n\n#, fuzzy\nmsgid "a"\nmsgstr "b"\n',
        "bad.po: no approved translation from Russian into en; nothing imported",
    ),
}


def tree(root: Path) -> dict[str, bytes]:
    """Every file of the project but the memory's cache, by path."""
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and ".cache" not in path.parts
    }


@pytest.mark.parametrize("data, message", CORRUPT.values(), ids=CORRUPT)
def test_a_corrupt_memory_file_is_one_line_naming_it_and_changes_nothing(both, run, data, message):
    name = message.split(":")[0]
    (both / name).write_bytes(data)
    before = tree(both)
    result = run("memory", "import", str(both / name))
    assert (result.exit_code, result.output) == (1, f"Error: {both}/{message}\n")
    assert tree(both) == before
    if "nothing imported" in message:  # a memory with nothing in it is no error for a run
        return
    result = run(
        "translate",
        "seeds/second.ru.txt",
        "--to",
        "en",
        "--engine",
        "pseudo",
        "--memory",
        str(both / name),
    )
    assert result.exit_code == 1 and result.output.startswith(f"Error: {both}/{name}:")
    assert result.output.count("\n") == 1
    assert tree(both) == before


def test_a_corrupt_file_in_the_memory_folder_stops_translate_before_any_write(both, run):
    folder = both / "locales" / "memory" / "en"
    folder.mkdir(parents=True)
    (folder / "bad.tmx").write_text(BROKEN, encoding="utf-8")
    before = tree(both)
    result = run("translate", "seeds/second.ru.txt", "--to", "en", "--engine", "pseudo")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {folder / 'bad.tmx'}:4: not a valid TMX file (mismatched tag); export it "
        "again from the tool that made it\n"
    )
    assert tree(both) == before


def test_a_fifo_is_never_read(both, run, tmp_path):
    fifo = tmp_path / "pipe.tmx"
    import os

    os.mkfifo(fifo)
    result = run("memory", "import", str(fifo))
    assert (result.exit_code, result.output) == (1, f"Error: {fifo}: not a regular file\n")


def test_an_approved_control_character_is_left_out_of_the_export_with_a_warning(both, run):
    path = po_path(both, "en", "first")
    approve(path, edit=lambda e: e.msgstr + ("\x07" if e.msgid == PRESS else ""))
    result = run("memory", "export", "--lang", "en", "out.tmx")
    assert result.exit_code == 0
    assert (
        f"Warning: first: left out, a control character XML cannot hold: {PRESS}" in result.output
    )
    assert len(read_back(both / "out.tmx")) == 5
