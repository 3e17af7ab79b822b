"""Bad input and faults: one clear line and a non-zero exit, never a traceback, nothing
half-written."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
import textwrap

import polib
import pytest

from conftest import SAMPLE, SAMPLE_NAME, approve, leftover, msgfmt_check, po_path
from pressloc.catalog import notes
from pressloc.fsutil import own_suffix
from pressloc.lock import ProjectLock
from pressloc.mt.draft import translate
from pressloc.mt.engines import Draft
from pressloc.project import Project
from pressloc.source.read import read_release
from pressloc.source.segment import MAX_SEGMENT

SOURCE = f"seeds/{SAMPLE.name}"
TEXT = "Форум открыт в Бишкеке. Участники обсудили сотрудничество.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


def write(project, name: str, data: bytes) -> str:
    (project / "seeds" / name).write_bytes(data)
    return f"seeds/{name}"


REFUSED = [
    ("missing", None, [], "Error: {p}/seeds/missing.ru.txt: no such file"),
    (
        "folder",
        "DIR",
        [],
        "Error: {p}/seeds/folder.ru.txt: is a folder; "
        "give a release file such as seeds/NAME.ru.txt",
    ),
    (
        "empty",
        b"",
        [],
        "Error: {p}/seeds/empty.ru.txt: no text to translate (the file is empty or blank)",
    ),
    (
        "blank",
        b" \n\t\r\n  \n",
        [],
        "Error: {p}/seeds/blank.ru.txt: no text to translate (the file is empty or blank)",
    ),
    ("png", PNG, [], "Error: {p}/seeds/png.ru.txt:3: contains NUL bytes; this is not a text file"),
    (
        "nul",
        "Форум\x00 открыт.".encode(),
        [],
        "Error: {p}/seeds/nul.ru.txt:1: contains NUL bytes; this is not a text file",
    ),
    (
        "cp1251",
        TEXT.encode("cp1251"),
        [],
        "Error: {p}/seeds/cp1251.ru.txt:1: not valid UTF-8 (byte 0xd4); "
        "run again with --encoding cp1251, or save the file as UTF-8",
    ),
    (
        "koi",
        TEXT.encode("utf-8"),
        ["--encoding", "nonsense"],
        "Error: unknown encoding 'nonsense'; use for example --encoding cp1251",
    ),
    (
        "lang",
        TEXT.encode(),
        ["--to", "en,xx"],
        "Error: unknown language code 'xx'; use a code such as en or ko",
    ),
]


@pytest.mark.parametrize("name, data, options, message", REFUSED, ids=[row[0] for row in REFUSED])
def test_bad_sources_are_refused_in_one_line(run, project, name, data, options, message):
    path = f"seeds/{name}.ru.txt"
    if data == "DIR":
        (project / path).mkdir()
    elif data is not None:
        write(project, f"{name}.ru.txt", data)
    result = run(
        "-C",
        str(project),
        "translate",
        str(project / path),
        "--to",
        "en",
        "--engine",
        "pseudo",
        *options,
    )
    assert result.exit_code == 1
    assert result.output == message.format(p=project) + "\n"
    assert not (project / "locales" / "en").exists()


ACCEPTED = [
    ("utf8-bom", codecs.BOM_UTF8 + TEXT.encode(), []),
    ("utf16-bom", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), []),
    ("cp1251-named", TEXT.encode("cp1251"), ["--encoding", "cp1251"]),
    ("crlf", TEXT.replace("\n", "\r\n").encode(), []),
    ("lone-cr", TEXT.replace("\n", "\r").encode() + "Второй абзац.".encode(), []),
]


@pytest.mark.parametrize("name, data, options", ACCEPTED, ids=[row[0] for row in ACCEPTED])
def test_other_encodings_and_line_ends_are_accepted(run, project, name, data, options):
    path = write(project, f"{name}.ru.txt", data)
    result = run("translate", path, "--to", "en", "--engine", "pseudo", *options)
    assert result.exit_code == 0, result.output
    po = polib.pofile(str(po_path(project, "en", name)))
    assert [e.msgid for e in po][:2] == [
        "Форум открыт в Бишкеке.",
        "Участники обсудили сотрудничество.",
    ]
    assert not any("\ufeff" in e.msgid or "\r" in e.msgid for e in po)
    built = run("build", name, "--draft")
    assert built.exit_code == 0, built.output


def test_text_that_is_not_russian_is_translated_with_a_warning(run, project):
    path = write(
        project,
        "english.ru.txt",
        b"This press release was written in English by mistake, it seems.\n",
    )
    result = run("translate", path, "--to", "en", "--engine", "pseudo")
    assert result.exit_code == 0
    assert result.stderr.startswith(
        f"Warning: {project}/{path}: this does not look like Russian (0% Cyrillic letters)"
    )


def test_a_huge_paragraph_without_punctuation_is_cut_into_bounded_pieces(project):
    words = ["сотрудничество", "форум", "Бишкек", "2024", "KIAT", "текстиль"]
    paragraph = " ".join(words[i % len(words)] + str(i) for i in range(100_000))  # ≈ 1.3 MB
    (project / "seeds" / "huge.ru.txt").write_text("\n".join([paragraph] * 4), encoding="utf-8")
    release = read_release(project / "seeds" / "huge.ru.txt", project)
    pieces = [s.text for s in release.paragraphs[0].segments]
    assert len(pieces) > 1000 and max(map(len, pieces)) <= MAX_SEGMENT
    assert "".join(pieces).replace(" ", "") == paragraph.replace(" ", "")


@pytest.mark.slow
def test_a_5_mb_file_translates_in_bounded_pieces_and_bounded_memory(project):
    words = ["сотрудничество", "форум", "Бишкек", "2024", "KIAT", "текстиль"]
    paragraphs = [
        " ".join(words[i % len(words)] + str(i + 100_000 * p) for i in range(72_000))
        for p in range(5)
    ]
    (project / "seeds" / "big.ru.txt").write_text(
        "\n".join(paragraphs), encoding="utf-8"
    )  # 5 × 1 MB
    assert (project / "seeds" / "big.ru.txt").stat().st_size > 5_000_000
    code = (
        "import resource, subprocess, sys;"
        "r = subprocess.run([sys.executable, '-m', 'pressloc', '-C', sys.argv[1], 'translate',"
        " 'seeds/big.ru.txt', '--to', 'en', '--engine', 'pseudo', '--no-check'],"
        " capture_output=True, text=True);"
        "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,"
        " repr(r.stderr[-300:]))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code, str(project)], capture_output=True, text=True, check=True
    )
    returncode, peak_kib, stderr = output.stdout.split(" ", 2)
    assert returncode == "0", stderr
    assert int(peak_kib) < 600_000  # a few hundred MB for a 5 MB release, whatever its layout
    po = polib.pofile(str(po_path(project, "en", "big")))
    assert len(po) > 4000 and max(len(e.msgid) for e in po) <= MAX_SEGMENT


def test_a_po_with_a_syntax_error_is_named_and_left_untouched(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    path = po_path(project, "en")
    broken = path.read_text(encoding="utf-8").replace(
        'msgstr ""\n"⟦pseudo', 'msgstr ""\n⟦pseudo', 1
    )
    path.write_text(broken, encoding="utf-8")
    line = (
        broken.split("\n").index(
            next(row for row in broken.split("\n") if row.startswith("⟦pseudo"))
        )
        + 1
    )
    for command in (
        ["translate", SOURCE, "--to", "en", "--engine", "pseudo"],
        ["status"],
        ["build", SAMPLE_NAME],
    ):
        result = run(*command)
        assert result.exit_code == 1
        assert result.output.startswith(f"Error: {path}:{line}: not a valid PO file")
        assert path.read_text(encoding="utf-8") == broken


@pytest.mark.parametrize(
    "header", ['"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"\n', ""]
)
def test_a_wrong_or_missing_plural_forms_header_is_put_right(run, project, header):
    run("translate", SOURCE, "--to", "ko", "--engine", "pseudo")
    path = po_path(project, "ko")
    text = path.read_text(encoding="utf-8").replace(
        '"Plural-Forms: nplurals=1; plural=0;\\n"\n', header
    )
    path.write_text(text, encoding="utf-8")
    assert run("translate", SOURCE, "--to", "ko", "--engine", "pseudo").exit_code == 0
    assert polib.pofile(str(path)).metadata["Plural-Forms"] == "nplurals=1; plural=0;"
    msgfmt_check(path)


def test_a_msgid_edited_by_a_reviewer_keeps_the_translation_as_a_suggestion(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    path = po_path(project, "en")
    approve(
        path, edit=lambda e: "Reviewed translation." if e.msgid.startswith("Целью") else e.msgstr
    )
    po = polib.pofile(str(path))
    target = next(e for e in po if e.msgid.startswith("Целью"))
    original = target.msgid
    target.msgid = original.replace("мероприятия", "встречи")  # the reviewer "fixed" the source
    po.save(str(path))
    assert run("translate", SOURCE, "--to", "en", "--engine", "pseudo").exit_code == 0
    restored = polib.pofile(str(path)).find(original)
    assert restored.msgstr == "Reviewed translation." and restored.fuzzy
    assert restored.previous_msgid == original.replace("мероприятия", "встречи")
    msgfmt_check(path)


def test_untrusted_translations_stay_inert_through_the_whole_pipeline(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    hostile = (
        "<script>alert(1)</script><img src=x onerror=alert(2)> "
        "[x](javascript:alert(3)) {{ config }}"
    )
    approve(po_path(project, "en"), edit=lambda e: hostile)
    assert run("build", SAMPLE_NAME, "--lang", "en", "--force").exit_code == 0
    html = (project / "releases" / "en" / f"{SAMPLE_NAME}.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html
    markdown = (project / "releases" / "en" / f"{SAMPLE_NAME}.md").read_text(encoding="utf-8")
    assert (
        "<script>" not in markdown
        and "](" not in markdown.replace("\\](", "")
        and "{{" not in markdown
    )


def test_a_second_run_waits_then_names_the_lock_holder(run, project):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys, time
            from pressloc.lock import ProjectLock
            with ProjectLock({str(project / "locales")!r}):
                print("locked", flush=True)
                time.sleep(30)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
        assert result.exit_code == 1
        assert result.output == (
            f"Error: {project / 'locales'}: locked by PID {holder.pid}, another pressloc run; "
            "wait for it to finish or stop it\n"
        )
    finally:
        holder.kill()
        holder.wait()
    assert (
        run("translate", SOURCE, "--to", "en", "--engine", "pseudo").exit_code == 0
    )  # the kernel freed it


def test_a_lock_left_by_a_killed_run_is_not_stale(project):
    (project / "locales").mkdir()
    (project / "locales" / ".pressloc.lock").write_text("999999\n")
    with ProjectLock(project / "locales", wait=0):
        assert (project / "locales" / ".pressloc.lock").read_text() == f"{os.getpid()}\n"


class ReviewerSavesMidRun:
    """An engine during whose work a reviewer approves an entry in Poedit and saves."""

    name = "pseudo"

    def __init__(self, path, msgid):
        self.path, self.msgid, self.calls = path, msgid, 0

    def translate(self, sentences, source, target, progress=None):
        self.calls += 1
        if self.calls == 2:
            po = polib.pofile(str(self.path))
            entry = po.find(self.msgid)
            entry.msgstr, entry.flags = "Approved by the reviewer while pressloc ran.", []
            po.save(str(self.path))
        return [Draft(f"draft {self.calls}: {s}") for s in sentences]


def test_a_catalogue_saved_by_a_reviewer_during_a_run_is_merged_not_overwritten(project):
    releases = [read_release(project / SOURCE, project)]
    path = po_path(project, "en")
    msgid = releases[0].paragraphs[-1].segments[-1].text  # translated in the last batch
    engine = ReviewerSavesMidRun(path, msgid)
    result = translate(Project(project), releases, ["en"], lambda: engine, batch_size=5)
    assert engine.calls == 4 and result.sentences == {"en": 17}
    po = polib.pofile(str(path))
    assert (
        po.find(msgid).msgstr == "Approved by the reviewer while pressloc ran."
        and not po.find(msgid).fuzzy
    )
    assert all(e.msgstr for e in po) and len(po.fuzzy_entries()) == 16
    msgfmt_check(path)


def test_temporary_files_of_a_killed_run_are_removed_by_the_next(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    left = leftover(po_path(project, "en").parent, f"{SAMPLE_NAME}.po")
    alive = po_path(project, "en").parent / f".{SAMPLE_NAME}.po.r4nn1n{own_suffix(os.getpid())}.tmp"
    alive.write_text("a catalogue being written by a running process")
    assert run("translate", SOURCE, "--to", "en", "--engine", "pseudo").exit_code == 0
    assert not left.exists() and alive.exists()


def test_a_template_pointing_outside_the_project_is_refused(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    pot = project / "locales" / f"{SAMPLE_NAME}.pot"
    pot.write_text(
        pot.read_text(encoding="utf-8").replace(
            f"X-Pressloc-Source: {SOURCE}", "X-Pressloc-Source: ../../etc/passwd"
        ),
        encoding="utf-8",
    )
    result = run("build", SAMPLE_NAME, "--draft")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {pot}: X-Pressloc-Source points outside the project (../../etc/passwd); "
        "run 'pressloc extract' again\n"
    )
    assert not (project / "releases").exists()


@pytest.mark.parametrize(
    "damage, message",
    [
        ("template not UTF-8", "{pot}:{pot_lines}: not valid UTF-8; save the catalogue as UTF-8"),
        ("catalogue is a folder", "{po}: cannot read (Is a directory)"),
    ],
)
def test_an_unreadable_template_or_catalogue_is_named_by_translate(run, project, damage, message):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    pot, po = project / "locales" / f"{SAMPLE_NAME}.pot", po_path(project, "en")
    if damage == "template not UTF-8":
        pot.write_bytes(pot.read_bytes() + b"\xff")
    else:
        po.unlink()
        po.mkdir()
    before = pot.read_bytes()
    result = run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    assert result.exit_code == 1
    expected = message.format(pot=pot, po=po, pot_lines=before.count(b"\n") + 1)
    assert result.output == f"Error: {expected}\n"
    assert pot.read_bytes() == before


def test_two_sources_of_one_release_name_are_refused_before_anything_is_written(run, project):
    (project / "other").mkdir()
    (project / "other" / f"{SAMPLE_NAME}.txt").write_text(TEXT, encoding="utf-8")
    result = run(
        "translate", SOURCE, f"other/{SAMPLE_NAME}.txt", "--to", "en", "--engine", "pseudo"
    )
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {project / SOURCE} and {project / 'other' / SAMPLE_NAME}.txt are both release "
        f"'{SAMPLE_NAME}' (one template, one catalogue per language); rename one of them\n"
    )
    assert not list((project / "locales").rglob("*.po*"))  # no template, no catalogue
    assert (
        run("translate", SOURCE, SOURCE, "--to", "en", "--engine", "pseudo").exit_code == 0
    )  # the same file twice


def test_status_counts_the_entries_a_catalogue_cut_short_lost_as_untranslated(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    path = po_path(project, "en")
    po = polib.pofile(str(path))
    for entry in list(po)[5:]:
        po.remove(entry)
    for entry in po:
        entry.flags = []
    po.save(str(path))
    result = run("status", "--require-approved")
    assert result.exit_code == 1
    assert f"{SAMPLE_NAME:<28} en         17        5      0       0        12" in result.output


def test_a_draft_a_reviewer_edited_but_left_fuzzy_survives_an_edit_of_its_source(run, project):
    source = project / "seeds" / "r.ru.txt"
    source.write_text(
        "Следующая встреча состоится в Сеуле в апреле.\nВторое предложение.\n", encoding="utf-8"
    )
    run("translate", "seeds/r.ru.txt", "--to", "en", "--engine", "pseudo")
    path = po_path(project, "en", "r")
    po = polib.pofile(str(path))
    first, second = list(po)
    first.msgstr = (
        "The next meeting will be held in Seoul in April."  # edited in Poedit, still "Needs work"
    )
    po.save(str(path))
    source.write_text(
        "Следующая встреча состоится в Сеуле в мае.\nВторое предложение, изменённое.\n",
        encoding="utf-8",
    )
    assert run("translate", "seeds/r.ru.txt", "--to", "en", "--engine", "pseudo").exit_code == 0
    edited, redrafted = list(polib.pofile(str(path)))
    assert (
        edited.msgstr == "The next meeting will be held in Seoul in April." and edited.fuzzy
    )  # kept, to review
    assert edited.previous_msgid == first.msgid and not notes.machine_notes(edited)
    assert redrafted.msgstr != second.msgstr and notes.is_machine_draft(
        redrafted
    )  # the engine's own: drafted again


def test_a_line_break_or_indent_typed_into_a_translation_starts_no_block_of_the_release(
    run, project
):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    release = project / "releases" / "en" / SAMPLE_NAME
    run("build", SAMPLE_NAME, "--lang", "en", "--draft")
    blocks = release.with_suffix(".txt").read_text(encoding="utf-8").count("\n\n")
    typed = [
        "The minister spoke:\n# Breaking\n- [click](http://x.example)",
        "    Indented.\n\n2. Listed",
    ]
    approve(po_path(project, "en"), edit=lambda e: typed[len(e.msgid) % 2])
    assert run("build", SAMPLE_NAME, "--lang", "en", "--force").exit_code == 0
    markdown = release.with_suffix(".md").read_text(encoding="utf-8")
    assert not any(line.startswith(("#", "-", " ", "2.")) for line in markdown.split("\n"))
    assert "The minister spoke: # Breaking - \\[click\\](http://x.example)" in markdown
    assert (
        release.with_suffix(".txt").read_text(encoding="utf-8").count("\n\n") == blocks - 1
    )  # no banner


def test_a_rerun_in_another_minute_writes_nothing(run, project, monkeypatch):
    import pressloc.mt.draft as stage

    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    files = {path: path.stat().st_mtime_ns for path in (project / "locales").rglob("*.po*")}
    monkeypatch.setattr(stage, "now_stamp", lambda: "2099-01-01 00:00+0000")
    assert run("translate", SOURCE, "--to", "en", "--engine", "pseudo").exit_code == 0
    assert {path: path.stat().st_mtime_ns for path in files} == files
