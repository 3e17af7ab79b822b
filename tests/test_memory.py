"""The translation memory (issue 28): a sentence approved once is filled from the memory, not
drafted again; in context it is approved at once; a close one is noted beside the draft; a
sentence approved two ways is flagged; TMX goes out and comes back through Translate Toolkit."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import approve, msgfmt_check, po_path
from pressloc import qa
from pressloc.catalog import notes
from pressloc.catalog.template import copy_entry
from pressloc.memory import Memory, Unit
from pressloc.memory.index import Index, words
from pressloc.memory.lookup import choose
from pressloc.memory.store import Source, around, neighbours, revision
from pressloc.mt import book as books
from pressloc.mt.engines.pseudo import PseudoEngine
from pressloc.project import Project

OPENING = (
    "Участники форума обсудили сотрудничество. "
    "Подобные мероприятия будут проводиться на регулярной основе. "
    "Об этом сообщает пресс-служба министерства."
)
FIRST = f"""---
title: Форум в Бишкеке
place: Бишкек
---
{OPENING}
Министр экономики подписал меморандум с корейской стороной о поставках хлопка.
"""
SECOND = f"""---
title: Форум в Бишкеке
place: Ош
---
{OPENING}
Министр экономики подписал меморандум с японской стороной о поставках хлопка.
Стороны договорились о новых встречах.
"""
EDITED = "Министр экономики подписал меморандум с японской стороной о поставках хлопка."
PRESS = "Об этом сообщает пресс-служба министерства."


def reviewed(entry: polib.POEntry) -> str:
    return f"EN {entry.msgid}"


@pytest.fixture
def sent(monkeypatch) -> list[str]:
    """Every sentence the pseudo engine is asked to translate."""
    asked: list[str] = []
    real = PseudoEngine.translate

    def translate(self, sentences, *args, **kwargs):
        asked.extend(sentences)
        return real(self, sentences, *args, **kwargs)

    monkeypatch.setattr(PseudoEngine, "translate", translate)
    return asked


@pytest.fixture
def two(project: Path, run):
    """FIRST translated and approved by a reviewer; SECOND written, not yet translated."""
    (project / "seeds" / "first.ru.txt").write_text(FIRST, encoding="utf-8")
    (project / "seeds" / "second.ru.txt").write_text(SECOND, encoding="utf-8")
    assert run("translate", "seeds/first.ru.txt", "--to", "en", "--engine", "pseudo").exit_code == 0
    approve(po_path(project, "en", "first"), edit=reviewed)
    return project


def entries(path: Path) -> dict[str, polib.POEntry]:
    return {entry.msgid: entry for entry in polib.pofile(str(path)) if not entry.obsolete}


def test_shared_sentences_come_from_memory_without_the_engine(two, run, sent):
    result = run("translate", "seeds/second.ru.txt", "--to", "en", "--engine", "pseudo")
    assert result.exit_code == 0, result.output
    path = po_path(two, "en", "second")
    assert result.output == f"{path}: 3 new machine drafts, 4 from memory (3 approved), written\n"
    assert sorted(sent) == sorted([EDITED, "Стороны договорились о новых встречах.", "Ош"])
    found = entries(path)
    in_context = {
        "Форум в Бишкеке": "seeds/first.ru.txt:2",  # the same title context
        "Участники форума обсудили сотрудничество.": "seeds/first.ru.txt:5",
        "Подобные мероприятия будут проводиться на регулярной основе.": "seeds/first.ru.txt:5",
    }
    for msgid, origin in in_context.items():
        assert notes.is_approved(found[msgid]) and found[msgid].msgstr == f"EN {msgid}"
        assert notes.memory_notes(found[msgid]) == [f"in-context, {origin}"]
    # the same sentence, but followed by another: filled, left for the reviewer to confirm
    assert found[PRESS].fuzzy and found[PRESS].msgstr == f"EN {PRESS}"
    assert notes.memory_notes(found[PRESS]) == ["exact, seeds/first.ru.txt:5"]
    assert not notes.machine_notes(found[PRESS])
    # an edited sentence: drafted, with the close approved one beside the draft
    close = EDITED.replace("японской", "корейской")
    assert notes.is_machine_draft(found[EDITED])
    assert notes.memory_notes(found[EDITED]) == [
        f"fuzzy 0.95, seeds/first.ru.txt:6: {close} → EN {close}"
    ]
    assert notes.memory_notes(found["Стороны договорились о новых встречах."]) == []
    msgfmt_check(path)
    row = run("status", "second").output.splitlines()[1].split()
    assert row[2:6] + row[8:] == ["7", "3", "3", "0", "4", "42.9%"]  # entries … memory


def test_a_sentence_approved_two_ways_is_flagged_in_both_catalogues(two, run):
    run("translate", "seeds/second.ru.txt", "--to", "en", "--engine", "pseudo")
    second = po_path(two, "en", "second")
    approve(
        second, edit=lambda e: "Reported by the press office." if e.msgid == PRESS else e.msgstr
    )
    result = run("check", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "inconsistent: 1" in result.output.splitlines()[0]
    first = entries(po_path(two, "en", "first"))[PRESS]
    other = entries(second)[PRESS]
    assert any(
        line.startswith(
            "inconsistent: approved as “Reported by the press office.” in "
            "locales/en/LC_MESSAGES/second.po:"
        )
        for line in notes.qa_notes(first)
    )
    assert any(
        line.startswith(
            f"inconsistent: approved as “EN {PRESS}” in locales/en/LC_MESSAGES/first.po:"
        )
        for line in notes.qa_notes(other)
    )
    agreed = entries(second)["Участники форума обсудили сотрудничество."]
    assert not any(line.startswith("inconsistent") for line in notes.qa_notes(agreed))
    assert qa.severity("inconsistent") == qa.WARNING


def test_exact_matches_load_no_model(two, run, tmp_path):
    """Every sentence in the memory: argos with no model at all is never asked."""
    (two / "seeds" / "again.ru.txt").write_text(FIRST, encoding="utf-8")
    empty = tmp_path / "no-models"
    empty.mkdir()
    result = run(
        "translate",
        "seeds/again.ru.txt",
        "--to",
        "en",
        "--engine",
        "argos",
        "--models-dir",
        str(empty),
    )
    assert result.exit_code == 0, result.output
    assert "0 new machine drafts, 6 from memory (6 approved), written" in result.output


def test_approve_exact_approves_what_agrees(two, run, sent):
    result = run(
        "translate", "seeds/second.ru.txt", "--to", "en", "--engine", "pseudo", "--approve-exact"
    )
    assert "4 from memory (4 approved)" in result.output
    assert notes.is_approved(entries(po_path(two, "en", "second"))[PRESS])


def test_the_memory_never_touches_approved_work_or_a_reviewers_fuzzy_edit(two, run):
    second = po_path(two, "en", "second")
    run("translate", "seeds/second.ru.txt", "--to", "en", "--engine", "pseudo")
    po = polib.pofile(str(second))
    for entry in po:
        entry.msgstr = f"mine: {entry.msgid}"  # the reviewer edits everything, approves some
        if entry.msgid == PRESS:
            entry.flags.remove("fuzzy")
    po.save(str(second))
    before = second.read_bytes()
    result = run("translate", "seeds/second.ru.txt", "--to", "en", "--engine", "pseudo")
    assert "0 new machine drafts, unchanged" in result.output
    assert second.read_bytes() == before


# choose(): which approval fills an entry, and whether it is approved
U = Unit  # (source, target, context, around, origin, location, revised, release, catalog)
AROUND = around("Раньше.", "Позже.")
OTHER = around("Раньше.", "Иное.")
CHOICES = {
    "in context by its neighbours: approved": (
        [U("С.", "A", None, AROUND, "a:1", "a.po:3", "2026-01-01T00:00:00Z", catalog=True)],
        None,
        AROUND,
        False,
        ("A", True, ["in-context, a:1"]),
    ),
    "other neighbours: exact, fuzzy": (
        [U("С.", "A", None, OTHER, "a:1", "a.po:3", "2026-01-01T00:00:00Z")],
        None,
        AROUND,
        False,
        ("A", False, ["exact, a:1"]),
    ),
    "unknown neighbours (a TMX of another tool): exact": (
        [U("С.", "A", None, None, "m.tmx:4", "m.tmx:4")],
        None,
        AROUND,
        False,
        ("A", False, ["exact, m.tmx:4"]),
    ),
    "the same title context: approved": (
        [U("С.", "A", "title", None, "a:1", "a.po:3")],
        "title",
        None,
        False,
        ("A", True, ["in-context, a:1"]),
    ),
    "a title's translation for a sentence: exact": (
        [U("С.", "A", "title", None, "a:1", "a.po:3")],
        None,
        AROUND,
        False,
        ("A", False, ["exact, a:1"]),
    ),
    "the newest of two wins, the other is noted": (
        [
            U("С.", "old", None, OTHER, "a:1", "a.po:3", "2025-01-01T00:00:00Z"),
            U("С.", "new", None, OTHER, "b:1", "b.po:3", "2026-01-01T00:00:00Z"),
        ],
        None,
        AROUND,
        False,
        ("new", False, ["exact, b:1", "also approved, a:1: old"]),
    ),
    "in context beats newer": (
        [
            U("С.", "ctx", None, AROUND, "a:1", "a.po:3", "2025-01-01T00:00:00Z"),
            U("С.", "new", None, OTHER, "b:1", "b.po:3", "2026-01-01T00:00:00Z"),
        ],
        None,
        AROUND,
        False,
        ("ctx", True, ["in-context, a:1", "also approved, b:1: new"]),
    ),
    "approvals in context that disagree: not approved": (
        [
            U("С.", "one", None, AROUND, "a:1", "a.po:3", "2025-01-01T00:00:00Z"),
            U("С.", "two", None, AROUND, "b:1", "b.po:3", "2026-01-01T00:00:00Z"),
        ],
        None,
        AROUND,
        False,
        ("two", False, ["in-context, b:1", "also approved, a:1: one"]),
    ),
    "--approve-exact": (
        [U("С.", "A", None, OTHER, "a:1", "a.po:3")],
        None,
        AROUND,
        True,
        ("A", True, ["exact, a:1"]),
    ),
    "--approve-exact, but they disagree": (
        [
            U("С.", "A", None, OTHER, "a:1", "a.po:3", "2"),
            U("С.", "B", None, OTHER, "b:1", "b.po:3", "1"),
        ],
        None,
        AROUND,
        True,
        ("A", False, ["exact, a:1", "also approved, b:1: B"]),
    ),
    "the same translation twice is one": (
        [
            U("С.", "A", None, OTHER, "a:1", "a.po:3", "2"),
            U("С.", "A", None, OTHER, "b:1", "b.po:3", "1"),
        ],
        None,
        AROUND,
        False,
        ("A", False, ["exact, a:1"]),
    ),
}


@pytest.mark.parametrize(
    "units, context, around, approve_exact, expected", CHOICES.values(), ids=CHOICES
)
def test_choose(units, context, around, approve_exact, expected):
    fill = choose(units, context, around, approve_exact)
    assert (fill.text, fill.approved, list(fill.notes)) == expected


def test_neighbours_are_the_sentences_of_the_text_around_each():
    po = polib.POFile()
    for context, msgid in [("title", "T"), (None, "A"), (None, "B"), ("place", "P"), (None, "C")]:
        po.append(polib.POEntry(msgid=msgid, msgctxt=context))
    assert neighbours(po) == {"A": around("", "B"), "B": around("A", "C"), "C": around("B", "")}


@pytest.mark.parametrize(
    "written, expected",
    [
        ("2026-11-24 10:30+0900", "2026-11-24T01:30:00Z"),
        ("2026-11-24 10:30+0000", "2026-11-24T10:30:00Z"),
        ("20261124T103000Z", "2026-11-24T10:30:00Z"),
        ("YEAR-MO-DA HO:MI+ZONE", ""),
        ("", ""),
    ],
)
def test_revision_dates_sort_as_time_does(written, expected):
    assert revision(written) == expected


def index_of(units: list[Unit], name: str = "m.po", stamp: str = "1") -> Index:
    index = Index.temporary()
    index.refresh([Source(Path(name), name, "po", stamp)], lambda source: units)
    return index


SIMILAR = [
    # (query, sentences approved, the one expected to be noted, or None)
    (EDITED, [EDITED.replace("японской", "корейской"), "Совсем другое предложение."], 0),
    ("Стороны договорились о новых встречах.", ["Министр экономики подписал меморандум."], None),
    (
        "Подобные мероприятия будут проводиться регулярно.",
        ["Подобные мероприятия будут проводиться на регулярной основе.", "Мероприятия."],
        0,
    ),
    ("Короткое.", ["Короткое предложение, гораздо длиннее первого."], None),  # below 0.75
    ("Цена выросла на 5%.", ["Цена выросла на 6%.", "Цена упала на 5%."], 0),
]


@pytest.mark.parametrize("query, approved, expected", SIMILAR)
def test_a_fuzzy_match_is_the_likeliest_approved_sentence_at_075_or_above(
    query, approved, expected
):
    index = index_of([Unit(text, f"EN {text}", origin=f"a:{i}") for i, text in enumerate(approved)])
    found = index.similar(query, 0.75)
    if expected is None:
        assert found is None
    else:
        assert found[1].source == approved[expected] and found[0] >= 0.75


def test_the_index_follows_its_files_and_forgets_what_is_gone():
    index = index_of([Unit("Один.", "One"), Unit("Два слова.", "Two")], stamp="1")
    index.refresh([Source(Path("m.po"), "m.po", "po", "2")], lambda source: [Unit("Три.", "3")])
    assert set(index.exact(["Один.", "Три."])) == {"Три."}
    assert index.db.execute("SELECT word, df FROM words").fetchall() == [("три", 1)]
    index.refresh([], lambda source: [])
    assert index.empty() and index.db.execute("SELECT * FROM postings").fetchall() == []


def test_words_leave_single_letters_out():
    assert words("В 2026 г. Форум-2 и Ош") == {"2026", "форум", "2", "ош"}


def test_deleting_or_damaging_the_cache_loses_nothing(two, run):
    run("translate", "seeds/second.ru.txt", "--to", "en", "--engine", "pseudo")
    second = po_path(two, "en", "second")
    expected = second.read_text(encoding="utf-8")
    cache = two / "locales" / ".cache" / "memory-en.sqlite"
    for harm in ("delete", "damage"):
        second.unlink()
        if harm == "delete":
            cache.unlink()
        else:
            cache.write_bytes(b"not a database, and not pressloc's either" * 100)
        assert (
            run("translate", "seeds/second.ru.txt", "--to", "en", "--engine", "pseudo").exit_code
            == 0
        )
        assert _without_dates(second.read_text(encoding="utf-8")) == _without_dates(expected)
    assert sqlite3.connect(cache).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _without_dates(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if "Date:" not in line)


def test_a_catalogue_approved_since_the_last_run_is_read_again(two, run):
    """The index is rebuilt for a file whose stamp changed (here: approved meanwhile)."""
    (two / "seeds" / "third.ru.txt").write_text(
        "Стороны договорились о новых встречах.\n", encoding="utf-8"
    )
    run("translate", "seeds/second.ru.txt", "--to", "en", "--engine", "pseudo")
    approve(po_path(two, "en", "second"), edit=reviewed)
    result = run("translate", "seeds/third.ru.txt", "--to", "en", "--engine", "pseudo")
    assert "1 from memory (0 approved)" in result.output  # alone: not in context


def test_the_cache_folder_keeps_out_of_version_control_and_a_link_there_is_refused(
    two, run, tmp_path
):
    run("translate", "seeds/second.ru.txt", "--to", "en", "--engine", "pseudo")
    po_path(two, "en", "second").unlink()
    cache = two / "locales" / ".cache"
    assert (cache / ".gitignore").read_text(encoding="utf-8").endswith("*\n")
    for path in cache.iterdir():
        path.unlink()
    cache.rmdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    cache.symlink_to(elsewhere)
    result = run("translate", "seeds/second.ru.txt", "--to", "en", "--engine", "pseudo")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {cache}: is a symbolic link; pressloc does not write through links it did "
        "not make: remove it (it holds only a cache)\n"
    )
    assert list(elsewhere.iterdir()) == [] and not po_path(two, "en", "second").exists()


def test_memory_dir_comes_from_the_settings(two, run, monkeypatch):
    (two / "tm" / "en").mkdir(parents=True)
    po = polib.POFile()
    po.metadata = {"Language": "en", "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgid="Стороны договорились о новых встречах.", msgstr="They agreed."))
    po.save(str(two / "tm" / "en" / "old.po"))
    monkeypatch.setenv("PRESSLOC_MEMORY_DIR", str(two / "tm"))
    run("translate", "seeds/second.ru.txt", "--to", "en", "--engine", "pseudo")
    entry = entries(po_path(two, "en", "second"))["Стороны договорились о новых встречах."]
    assert entry.msgstr == "They agreed." and entry.fuzzy
    assert notes.memory_notes(entry) == ["exact, tm/en/old.po:7"]  # named from the root


def test_a_memory_file_filed_under_the_wrong_language_is_named(two, run):
    folder = two / "locales" / "memory" / "en"
    folder.mkdir(parents=True)
    po = polib.POFile()
    po.metadata = {"Language": "ko"}
    po.save(str(folder / "korean.po"))
    result = run("translate", "seeds/second.ru.txt", "--to", "en", "--engine", "pseudo")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {folder / 'korean.po'}: translates into 'ko', not 'en'; "
        "move it to the memory folder of 'ko'\n"
    )


# the property: the memory fills only what needs a translation
STATES = ["untranslated", "approved", "reviewer's fuzzy edit", "machine draft", "old machine draft"]
SOURCES = ["Один.", "Два.", "Три.", "Четыре."]


def _entry(msgid: str, state: str, text: str) -> polib.POEntry:
    entry = polib.POEntry(msgid=msgid, msgstr="" if state == "untranslated" else text)
    if state in ("reviewer's fuzzy edit", "machine draft", "old machine draft"):
        entry.flags.append("fuzzy")
    if state in ("machine draft", "old machine draft"):
        notes.set_machine_notes(entry, {"engine": "pseudo", "digest": notes.text_digest(text)})
    if state == "old machine draft":
        entry.previous_msgid = "Старое."
    return entry


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.sampled_from(STATES), st.text(min_size=1, max_size=5)), min_size=1, max_size=4
    ),
    st.lists(
        st.tuples(st.sampled_from(SOURCES), st.text(min_size=1, max_size=5), st.booleans()),
        max_size=6,
    ),
    st.booleans(),
)
def test_the_memory_never_changes_an_entry_that_needs_no_translation(
    catalogue, memory, approve_exact
):
    po = polib.POFile()
    for msgid, (state, text) in zip(SOURCES, catalogue, strict=False):
        po.append(_entry(msgid, state, text))
    kept = {entry.msgid: str(copy_entry(entry)) for entry in po if not books.needs_draft(entry)}
    units = [
        Unit(source, target, None, around("", ""), "a:1", "a.po:1", catalog=cat)
        for source, target, cat in memory
    ]
    with Memory(Project(), [index_of(units)], approve_exact) as recall:
        book = books.Book("x", "en", Path("x.po"), polib.POFile(), po, None)
        book.recalled = recall.fills([po], books.needs_draft)[0]
    books.recall_fills(book)
    for entry in po:
        if entry.msgid in kept:
            assert str(entry) == kept[entry.msgid]
        elif entry.msgid in {source for source, _, _ in memory}:
            assert entry.msgstr in {target for source, target, _ in memory if source == entry.msgid}
            assert notes.memory_notes(entry)[0].split(",")[0] in ("exact", "in-context")


def test_a_translated_entry_keeps_its_memory_notes_through_an_update(two, run):
    """A ``#. tm:`` note is pressloc's: kept by the next update, wrapped or not."""
    run("translate", "seeds/second.ru.txt", "--to", "en", "--engine", "pseudo")
    path = po_path(two, "en", "second")
    before = {msgid: notes.memory_notes(e) for msgid, e in entries(path).items()}
    (two / "seeds" / "second.ru.txt").write_text(
        SECOND + "Ещё одно предложение.\n", encoding="utf-8"
    )
    run("translate", "seeds/second.ru.txt", "--to", "en", "--engine", "pseudo")
    after = {msgid: notes.memory_notes(e) for msgid, e in entries(path).items()}
    assert {msgid: after[msgid] for msgid in before} == before
    assert os.path.getsize(path) > 0
    msgfmt_check(path)


def test_glossary_suggest_proposes_the_renderings_reviewers_approved(project, run):
    (project / "seeds" / "a.ru.txt").write_text(
        "Как отметила заместитель министра Айнура Усенбекова, форум прошел успешно.\n",
        encoding="utf-8",
    )
    run("translate", "seeds/a.ru.txt", "--to", "en,ko", "--engine", "pseudo", "--no-check")
    approve(
        po_path(project, "en", "a"),
        edit=lambda e: "As Deputy Minister Ainura Usenbekova noted, the forum went well.",
    )
    approve(
        po_path(project, "ko", "a"),
        edit=lambda e: "아이누라 우센베코바 차관은 포럼이 잘 진행됐다고 말했다.",
    )
    (project / "seeds" / "b.ru.txt").write_text(
        "Встреча с Айнурой Усенбековой прошла в Оше.\n", encoding="utf-8"
    )
    run("extract", "seeds/b.ru.txt")
    rows = run("glossary", "suggest", "b").output.splitlines()
    assert rows[0] == (
        "Айнура Усенбекова,Ainura Usenbekova,아이누라 우센베코바,"
        "\"PER, suggested from 'Айнурой Усенбековой'; en 'Ainura Usenbekova' approved in 1 "
        "translation; ko '아이누라 우센베코바' approved in 1 translation\""
    )
    assert rows[1].startswith("Ош,Osh,,")  # nobody approved a translation naming it
