"""The command line end to end on the sample release, with the pseudo engine."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from conftest import SAMPLE, SAMPLE_NAME, approve, leftover, msgfmt_check, po_path
from pressloc.cli import cli

SOURCE = f"seeds/{SAMPLE.name}"


def nonspace(text: str) -> str:
    return re.sub(r"\s", "", text)


def test_segment_keeps_every_character(run):
    result = run("segment", SOURCE)
    assert result.exit_code == 0
    assert nonspace(result.output) == nonspace(SAMPLE.read_text(encoding="utf-8"))
    paragraphs = result.output.strip("\n").split("\n\n")
    assert len(paragraphs) == 13  # one per non-empty line of the source
    assert (
        "Кыргызстан и Корею связывают тесные узы сотрудничества, как в торгово-экономической, "
        "так и в социально-гуманитарной сферах.\nКак отметила" in result.output
    )


def test_segment_reads_standard_input(run):
    result = run("segment", "-", input="Первое предложение. Второе!\n\nТретий абзац".encode())
    assert result.output == "Первое предложение.\nВторое!\n\nТретий абзац\n"


def test_extract_writes_template_with_references(run, project):
    result = run("extract", SOURCE)
    assert result.exit_code == 0, result.output
    pot_file = project / "locales" / f"{SAMPLE_NAME}.pot"
    pot = polib.pofile(str(pot_file))
    assert len(pot) == 17
    first = pot[0]
    assert first.msgid.startswith("В Бишкеке состоялся II Кыргызско-Корейский бизнес-форум")
    assert first.occurrences == [(SOURCE, "1")]
    assert [e.occurrences for e in pot if e.msgid.startswith("Как отметила")] == [[(SOURCE, "4")]]
    assert pot.metadata["X-Pressloc-Source"] == SOURCE
    msgfmt_check(pot_file)


def test_identical_sentences_share_one_entry(run, project):
    (project / "seeds" / "repeat.ru.txt").write_text(
        "Форум открыт. Участники прибыли.\nСостоялась встреча.\nФорум открыт.\n", encoding="utf-8"
    )
    assert run("extract", "seeds/repeat.ru.txt").exit_code == 0
    pot = polib.pofile(str(project / "locales" / "repeat.pot"))
    assert [(e.msgid, e.occurrences) for e in pot] == [
        ("Форум открыт.", [("seeds/repeat.ru.txt", "1"), ("seeds/repeat.ru.txt", "3")]),
        ("Участники прибыли.", [("seeds/repeat.ru.txt", "1")]),
        ("Состоялась встреча.", [("seeds/repeat.ru.txt", "2")]),
    ]


def test_translate_defaults_to_argos_and_names_the_missing_model(run, project):
    models = project / "models"
    result = run("translate", SOURCE, "--to", "ko", "--models-dir", str(models))
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Error: no model for ru→ko in {models} (the folder the --models-dir option names) "
        "(missing: ru:en en:ko); install it with 'pressloc models install ru:en en:ko' "
        "(from the package index) or 'pressloc models install FILE.argosmodel' (offline)"
    )
    assert not (project / "locales").exists()  # nothing half-done: no empty catalogue, no template


@pytest.mark.parametrize(
    "args, message",
    [
        (["--to", "xx"], "Error: unknown language code 'xx'; use a code such as en or ko"),
        (
            ["--to", "en", "--engine", "nope"],
            "Error: unknown engine 'nope'; choose one of: argos, pseudo",
        ),
        (
            ["--to", "ru", "--engine", "pseudo"],
            "Error: 'ru' is the source language; choose target languages such as en,ko",
        ),
    ],
)
def test_translate_refuses_bad_options(run, args, message):
    result = run("translate", SOURCE, *args)
    assert result.exit_code == 1
    assert result.output.strip() == message


def test_translate_fills_drafts_and_keeps_them(run, project):
    result = run("translate", SOURCE, "--to", "en,ko", "--engine", "pseudo")
    assert result.exit_code == 0, result.output
    for language, marker in (("en", "⟦pseudo:"), ("ko", "⟦의사:")):
        path = po_path(project, language)
        msgfmt_check(path)
        po = polib.pofile(str(path))
        assert po.metadata["Language"] == language
        assert (
            po.metadata["Plural-Forms"]
            == {"en": "nplurals=2; plural=(n != 1);", "ko": "nplurals=1; plural=0;"}[language]
        )
        assert len(po) == 17 and len(po.fuzzy_entries()) == 17
        assert all(e.msgstr.startswith(marker) for e in po)
        assert all("mt-engine: pseudo" in e.comment for e in po)
        assert "KIAT" in po[1].msgstr and "DYETEC" in po[1].msgstr  # Latin words kept
    again = run("translate", SOURCE, "--to", "en,ko", "--engine", "pseudo")
    assert "0 new machine drafts, unchanged" in again.output


def test_status_counts_and_require_approved(run, project):
    run("translate", SOURCE, "--to", "en,ko", "--engine", "pseudo")
    result = run("status")
    row = result.output.splitlines()[1].split()
    # pseudo-localisation is no translation: the adequacy check flags most of its drafts
    assert row[:7] + row[8:] == [SAMPLE_NAME, "en", "17", "0", "17", "0", "0", "0", "0.0%"]
    assert int(row[7]) > 8
    assert run("status", "--require-approved").exit_code == 1
    approve(po_path(project, "en"))
    approve(po_path(project, "ko"))
    result = run("status", SAMPLE_NAME, "--require-approved")
    assert result.exit_code == 0, result.output
    row = result.output.splitlines()[2].split()
    assert row[:7] + row[8:] == [SAMPLE_NAME, "ko", "17", "17", "0", "0", "0", "0", "100.0%"]
    assert int(row[7]) > 0  # the pseudo drafts are no Korean: the checks flagged them


def test_build_refuses_unapproved_then_builds(run, project):
    run("translate", SOURCE, "--to", "en,ko", "--engine", "pseudo")
    refused = run("build", SAMPLE_NAME)
    assert refused.exit_code == 1
    assert f"{SOURCE}:1: en: machine draft, not approved: В Бишкеке состоялся" in refused.output
    assert refused.output.count("not approved:") == 34
    assert not (project / "releases").exists()

    approve(po_path(project, "en"), edit=lambda e: f"EN<{e.msgid}>")
    approve(po_path(project, "ko"), edit=lambda e: f"KO<{e.msgid}>")
    assert (
        "approved with an open QA error (wrong-script" in run("build", SAMPLE_NAME).output
    )  # Russian
    built = run("build", SAMPLE_NAME, "--force")
    assert built.exit_code == 0, built.output
    text = (project / "releases" / "en" / f"{SAMPLE_NAME}.txt").read_text(encoding="utf-8")
    paragraphs = text.strip().split("\n\n")
    assert len(paragraphs) == 13
    assert paragraphs[3] == (
        "EN<Кыргызстан и Корею связывают тесные узы сотрудничества, как в торгово-экономической, "
        "так и в социально-гуманитарной сферах.> EN<Как отметила заместитель министра экономики и "
        "коммерции КР Айнура Усенбекова, страны активно развивают свои отношения на самых "
        "различных уровнях.>"
    )
    html = (project / "releases" / "ko" / f"{SAMPLE_NAME}.html").read_text(encoding="utf-8")
    assert '<html lang="ko">' in html and "KO&lt;" in html and "DRAFT" not in html


def test_build_of_a_release_whose_catalogues_are_gone_is_an_error(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    po_path(project, "en").unlink()
    result = run("build", SAMPLE_NAME, "--draft")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {project / 'locales'}: no catalogues of '{SAMPLE_NAME}'; "
        "run 'pressloc translate' first\n"
    )
    assert not (project / "releases").exists()


def test_build_that_cannot_write_one_file_writes_none(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    blocker = project / "releases" / "en" / f"{SAMPLE_NAME}.html"
    blocker.mkdir(parents=True)
    result = run("build", SAMPLE_NAME, "--draft")
    assert result.exit_code == 1
    assert (
        result.output
        == f"Error: {blocker}: is a folder, where the release is to be written; move it away\n"
    )
    assert [path.name for path in (project / "releases" / "en").iterdir()] == [blocker.name]


def test_build_draft_is_marked_everywhere(run, project):
    run("translate", SOURCE, "--to", "en,ko", "--engine", "pseudo")
    approve(po_path(project, "en"), only=lambda e: e.msgid.startswith("В Бишкеке"))
    result = run("build", SAMPLE_NAME, "--lang", "en", "--draft")
    assert result.exit_code == 0, result.output
    for extension in ("md", "html", "txt"):
        output = (project / "releases" / "en" / f"{SAMPLE_NAME}.{extension}").read_text(
            encoding="utf-8"
        )
        assert "DRAFT: NOT FOR PUBLICATION. 16 of 17 segments are not approved." in output
    assert not (project / "releases" / "ko").exists()


def test_front_matter_title_place_and_date(run, project):
    (project / "seeds" / "dated.ru.txt").write_text(
        "---\ntitle: Бизнес-форум в Бишкеке\ndate: 2026-11-24\nplace: Бишкек\n---\nФорум открыт.\n",
        encoding="utf-8",
    )
    run("translate", "seeds/dated.ru.txt", "--to", "en,ko", "--engine", "pseudo")
    approve(
        po_path(project, "en", "dated"),
        edit=lambda e: {
            "Бизнес-форум в Бишкеке": "Business forum in Bishkek",
            "Бишкек": "Bishkek",
        }.get(e.msgid, "The forum opened."),
    )
    approve(
        po_path(project, "ko", "dated"),
        edit=lambda e: {
            "Бизнес-форум в Бишкеке": "비슈케크 비즈니스 포럼",
            "Бишкек": "비슈케크",
        }.get(e.msgid, "포럼이 열렸다."),
    )
    assert run("build", "dated").exit_code == 0
    en = (project / "releases" / "en" / "dated.md").read_text(encoding="utf-8")
    assert en == (
        "# Business forum in Bishkek\n\n*Bishkek, November 24, 2026*\n\nThe forum opened\\.\n"
    ).replace("\\.", ".")
    ko = (project / "releases" / "ko" / "dated.txt").read_text(encoding="utf-8")
    assert ko == "비슈케크 비즈니스 포럼\n\n비슈케크, 2026년 11월 24일\n\n포럼이 열렸다.\n"


def test_editing_one_sentence_keeps_every_other_approval(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    path = po_path(project, "en")
    approve(path, edit=lambda e: f"Approved: {e.msgid}")
    before = {e.msgid: e for e in polib.pofile(str(path))}
    old = (
        "Целью мероприятия является содействие взаимному обмену и укрепление "
        "сотрудничества в данной области."
    )
    new = (
        "Целью мероприятия является содействие взаимному обмену и укрепление "
        "партнёрства в данной области."
    )
    source = project / SOURCE
    source.write_text(source.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")

    result = run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    assert result.exit_code == 0, result.output
    msgfmt_check(path)
    after = {e.msgid: e for e in polib.pofile(str(path))}
    for msgid, entry in before.items():
        if msgid != old:
            assert str(after[msgid]) == str(entry)  # byte for byte, flags and comments included
    edited = after[new]
    assert edited.fuzzy and edited.previous_msgid == old and edited.msgstr == f"Approved: {old}"
    assert old not in after
    assert "#| msgid" in path.read_text(encoding="utf-8")
    assert run("build", SAMPLE_NAME).exit_code == 1


def test_every_command_has_help_with_an_example():
    for name, command in cli.commands.items():
        assert command.help and "Example: pressloc " + name in command.help, name


def test_help_does_not_import_machine_translation():
    code = (
        "import sys; from click.testing import CliRunner; from pressloc.cli import cli;"
        "CliRunner().invoke(cli, ['--help']); CliRunner().invoke(cli, ['status']);"
        "heavy = [m for m in ('argostranslate', 'torch', 'stanza', 'ctranslate2')"
        " if m in sys.modules];"
        "print(heavy)"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert output.stdout.strip() == "[]"


def test_a_language_folder_that_cannot_be_read_is_an_error_not_skipped(run, project, monkeypatch):
    run("translate", SOURCE, "--to", "en,ko", "--engine", "pseudo")
    unreadable, real = project / "locales" / "ko" / "LC_MESSAGES", Path.iterdir

    def iterdir(self):
        if self == unreadable:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    for command in ("status", "check"):
        result = run(command)
        assert result.exit_code == 1
        assert result.output == (
            f"Error: {unreadable}: cannot read (Permission denied); "
            "check the folder's permissions\n"
        )


def test_a_second_build_of_unchanged_catalogues_leaves_the_releases_as_they_were(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    run("build", SAMPLE_NAME, "--draft")
    releases = sorted((project / "releases").rglob("*.*"))
    for path in releases:
        os.utime(path, ns=(1, 1))
    assert run("build", SAMPLE_NAME, "--draft").exit_code == 0
    assert len(releases) == 3 and all(path.stat().st_mtime_ns == 1 for path in releases)


@pytest.mark.parametrize(
    "folder, problem",
    [
        ("ko-KR", "'ko-KR' is not written as a catalogue's language code; write 'ko_KR'"),
        ("zz", "unknown language code 'zz'"),
    ],
)
def test_a_catalogue_folder_not_named_by_a_language_code_is_named_in_an_error(
    run, project, folder, problem
):
    run("translate", SOURCE, "--to", "ko", "--engine", "pseudo")
    wrong = project / "locales" / folder / "LC_MESSAGES"
    wrong.mkdir(parents=True)
    po_path(project, "ko").rename(wrong / f"{SAMPLE_NAME}.po")
    for command in (["build", SAMPLE_NAME, "--draft"], ["status"]):
        result = run(*command)
        assert result.exit_code == 1
        assert result.output.startswith(
            f"Error: {wrong.parent}: a catalogue folder is named by its language; {problem}"
        )
        assert "Traceback" not in result.output and len(result.output.splitlines()) == 1
    assert not (project / "releases").exists()


def test_a_build_that_cannot_write_one_language_changes_no_other(run, project):
    run("translate", SOURCE, "--to", "en,ko", "--engine", "pseudo")
    run("build", SAMPLE_NAME, "--draft")
    before = {path: path.read_bytes() for path in (project / "releases" / "en").iterdir()}
    approve(po_path(project, "en"), only=lambda e: e.msgid.startswith("В Бишкеке"))  # en changes
    shutil.rmtree(project / "releases" / "ko")
    (project / "releases" / "ko").write_text("not a folder", encoding="utf-8")
    result = run("build", SAMPLE_NAME, "--draft")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {project / 'releases' / 'ko'}: is a file, where a folder is to be; move it away\n"
    )
    assert {path: path.read_bytes() for path in (project / "releases" / "en").iterdir()} == before


def test_build_removes_the_temporary_files_a_killed_build_left(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    left = leftover(project / "releases" / "en", f"{SAMPLE_NAME}.md")
    others = [
        project / "releases" / "en" / name
        for name in (f".{SAMPLE_NAME}.md.k8gdot.tmp", ".keep.tmp")
    ]
    for path in others:  # not pressloc's names: someone else's files
        path.write_text("not pressloc's", encoding="utf-8")
    assert run("build", SAMPLE_NAME, "--draft").exit_code == 0
    assert not left.exists() and all(path.exists() for path in others)


def test_build_keeps_the_no_break_spaces_a_reviewer_typed(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    approve(po_path(project, "en"), edit=lambda e: "About 10\u00a0000 companies,\n  5\u202f%.")
    assert run("build", SAMPLE_NAME, "--force").exit_code == 0  # the text fails the checks: forced
    text = (project / "releases" / "en" / f"{SAMPLE_NAME}.txt").read_text(encoding="utf-8")
    assert "About 10\u00a0000 companies, 5\u202f%." in text


def test_a_release_named_twice_is_built_and_counted_once(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    result = run("build", SAMPLE_NAME, SAMPLE_NAME)
    assert result.exit_code == 1
    assert result.output.count("not approved:") == 17
