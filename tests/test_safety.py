"""The safety promises of docs/safety.md, each found broken once by a fault hunt: no file
outside the project touched, no link followed, nothing pressloc did not make deleted, no input
that hangs a run or grows its cost without bound, one line instead of a traceback."""

from __future__ import annotations

import errno
import os
import stat

import polib
import pytest

from conftest import SAMPLE, SAMPLE_NAME, approve, po_path
from pressloc import fsutil
from pressloc.catalog import pofile
from pressloc.errors import CatalogError, PresslocError
from pressloc.lock import ProjectLock
from pressloc.qa import Glossary, GlossaryError, run_checks

SOURCE = f"seeds/{SAMPLE.name}"
TRANSLATE = ("translate", SOURCE, "--to", "en", "--engine", "pseudo", "--no-check")


def test_a_lock_file_that_is_a_link_is_refused_and_its_target_kept(run, project):
    victim = project.parent / f"{project.name}-victim.txt"
    victim.write_text("someone's notes\n")
    (project / "locales").mkdir()
    (project / "locales" / ".pressloc.lock").symlink_to(
        os.path.relpath(victim, project / "locales")
    )
    result = run(*TRANSLATE)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {project / 'locales' / '.pressloc.lock'}: is a symbolic link; pressloc "
        "does not write through links it did not make: remove it\n"
    )
    assert victim.read_text() == "someone's notes\n"


def test_a_lock_file_that_is_a_pipe_is_one_line(run, project):
    (project / "locales").mkdir()
    os.mkfifo(project / "locales" / ".pressloc.lock")
    result = run(*TRANSLATE)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {project / 'locales' / '.pressloc.lock'}: is not a regular file; remove it "
        "(pressloc makes its lock file itself)\n"
    )


def test_a_full_disk_when_the_lock_records_its_pid_does_not_stop_the_run(project, monkeypatch):
    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "pwrite", full)
    with ProjectLock(project / "locales", wait=0) as lock:
        assert lock.fd is not None


def test_clean_up_deletes_only_pressloc_leftovers_and_follows_no_link(
    run, project, tmp_path_factory
):
    web = tmp_path_factory.mktemp("webroot")
    (web / "en").mkdir()
    theirs = [
        web / "en" / ".cache.tmp",
        web / "en" / f".x.html.abc{fsutil.own_suffix(99999999)}.tmp",
    ]
    for path in theirs:
        path.write_text("the web server's")
    (project / "releases").symlink_to(web, target_is_directory=True)
    run(*TRANSLATE)
    mine = po_path(project, "en").parent / f".{SAMPLE_NAME}.po.abc{fsutil.own_suffix(99999999)}.tmp"
    others = [
        po_path(project, "en").parent / ".notes.tmp",
        project / "locales" / ".x.po.k1ll3d.tmp",
    ]
    for path in [mine, *others]:
        path.write_text("left")
    assert run("build", SAMPLE_NAME, "--draft").exit_code == 0
    assert not mine.exists() and all(path.exists() for path in others + theirs)


def test_a_catalogue_that_is_a_link_is_not_replaced_by_a_file(run, project):
    run(*TRANSLATE)
    path = po_path(project, "en")
    elsewhere = project / "shared.po"
    path.rename(elsewhere)
    path.symlink_to(elsewhere)
    (project / "seeds" / SAMPLE.name).write_text("Новое предложение.\n", encoding="utf-8")
    result = run(*TRANSLATE)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {path}: is a symbolic link; pressloc does not write through links it did "
        "not make: replace it with the file itself\n"
    )
    assert path.is_symlink()


def test_a_release_named_with_a_space_builds_and_suggests(run, project):
    (project / "seeds" / SAMPLE.name).rename(project / "seeds" / "my release.ru.txt")
    assert (
        run(
            "translate", "seeds/my release.ru.txt", "--to", "en", "--engine", "pseudo", "--no-check"
        ).exit_code
        == 0
    )
    approve(po_path(project, "en", "my release"))
    result = run("build", "my release", "--force")
    assert result.exit_code == 0, result.output
    assert (project / "releases" / "en" / "my release.html").exists()
    assert "#: seeds/my%20release.ru.txt:" in po_path(project, "en", "my release").read_text(
        encoding="utf-8"
    )
    assert run("glossary", "suggest", "my release").exit_code == 0


@pytest.mark.parametrize("name", ["two\nlines.ru.txt", "bell\x07.ru.txt", "para\u2029.ru.txt"])
def test_a_source_name_with_a_control_character_is_refused_before_anything_is_written(
    run, project, name
):
    (project / "seeds" / name).write_text("Форум открыт.\n", encoding="utf-8")
    result = run("translate", f"seeds/{name}", "--to", "en", "--engine", "pseudo")
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "may not hold a line break or another control character" in result.output
    assert not (project / "locales").exists()
    assert run("status").exit_code == 1  # nothing started: no catalogues yet


@pytest.mark.parametrize("kind", ["fifo", "device", "large", "large-env"])
def test_only_regular_files_within_the_size_limit_are_read_as_sources(
    run, project, kind, monkeypatch
):
    path = project / "seeds" / "x.ru.txt"
    if kind == "fifo":
        os.mkfifo(path)  # reading it would wait forever for a writer
        expected = "not a regular file (a device or a pipe); give a release file"
    elif kind == "device":
        path = "/dev/zero"  # reading it would never end
        expected = "not a regular file (a device or a pipe); give a release file"
    else:
        with open(path, "wb") as out:
            out.truncate(51_000_000 if kind == "large" else 2_000_000)  # sparse: no disk used
        if kind == "large-env":
            monkeypatch.setenv("PRESSLOC_MAX_SOURCE_MB", "1.5")
        expected = "more than"
    result = run("translate", str(path), "--to", "en", "--engine", "pseudo")
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert expected in result.output and str(path) in result.output


def test_a_catalogue_is_parsed_without_polibs_quadratic_duplicate_check(tmp_path, monkeypatch):
    """polib's check compares each entry with all before it: 8 s for 10,000 entries, minutes
    for 100,000. Parsing must never call it."""
    path = tmp_path / "x.po"
    path.write_text("".join(f'msgid "m{i}"\nmsgstr ""\n\n' for i in range(50)), encoding="utf-8")

    def quadratic(self, entry):
        raise AssertionError("polib's duplicate check")

    monkeypatch.setattr(polib.POFile, "__contains__", quadratic)
    assert len(pofile.load(path)) == 50


def test_a_duplicate_entry_is_named_with_its_line(tmp_path):
    path = tmp_path / "x.po"
    path.write_text(
        'msgid "a"\nmsgstr ""\n\nmsgid "b"\nmsgstr ""\n\nmsgid "a"\nmsgstr "x"\n', encoding="utf-8"
    )
    with pytest.raises(CatalogError) as error:
        pofile.load(path)
    assert str(error.value) == (
        f"{path}:7: not a valid PO file (a second entry for the msgid of line 1; "
        "remove one of them); fix it in a PO editor or restore it from version control"
    )


def test_the_checks_read_a_bounded_amount_of_each_entry():
    problems = run_checks("Форум открыт.", "The forum opened. " * 5000, "en")
    assert [(p.check, p.message) for p in problems] == [
        (
            "too-long",
            "too-long: the draft has 90,000 characters, more than the 5,000 the checks read; "
            "split or shorten it",
        )
    ]


@pytest.mark.parametrize("typed", ["\x1b[31mred", "bell\x07", "\u202eevil", "iso\u2066late\u2069"])
def test_control_characters_are_an_error_and_never_reach_a_release(run, project, typed):
    problems = run_checks("Форум открыт.", f"The forum {typed} opened.", "en")
    assert "control" in [p.check for p in problems if p.severity == "error"]
    run(*TRANSLATE)
    approve(po_path(project, "en"), edit=lambda entry: f"Text {typed} here.")
    assert run("build", SAMPLE_NAME, "--force").exit_code == 0
    for extension in ("txt", "md", "html"):
        written = (project / "releases" / "en" / f"{SAMPLE_NAME}.{extension}").read_text(
            encoding="utf-8"
        )
        assert not any(char in written for char in "\x1b\x07\u202e\u2066\u2069")


def test_a_glossary_cell_over_the_csv_limit_is_one_line():
    with pytest.raises(GlossaryError) as error:
        Glossary.parse('ru,en,ko,note\nа,b,c,d\n"' + "x" * 140_000 + '",a,b,c\n', "g.csv")
    assert str(error.value).startswith(
        "g.csv:3: not a CSV row the glossary can read (field larger than"
    )


def test_a_file_name_too_long_is_not_blamed_on_permissions(tmp_path):
    path = tmp_path / ("x" * 300)
    with pytest.raises(Exception) as error:
        fsutil.atomic_write_text(path, "text")
    assert "File name too long" in str(error.value) and "permissions" not in str(error.value)


def test_nothing_is_left_behind_by_a_write_refused_for_a_link(tmp_path):
    target = tmp_path / "target.po"
    target.write_text("kept")
    link = tmp_path / "link.po"
    link.symlink_to(target)
    with pytest.raises(PresslocError, match="is a symbolic link"):
        fsutil.atomic_write_text(link, "new")
    assert target.read_text() == "kept" and sorted(p.name for p in tmp_path.iterdir()) == [
        "link.po",
        "target.po",
    ]
    assert stat.S_ISLNK(os.lstat(link).st_mode)
