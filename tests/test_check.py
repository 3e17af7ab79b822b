"""The check stage and command: problems noted in the entries, replaced on every run."""

from __future__ import annotations

import json
import shutil

import polib
import pytest

from conftest import ROOT, SAMPLE, SAMPLE_NAME, msgfmt_check, po_path
from pressloc.catalog import notes

SOURCE = f"seeds/{SAMPLE.name}"
FIGURE = "На сегодняшний день проведено 5 заседаний Комиссии"
FULL = (  # a translation of the whole sentence that starts with FIGURE
    "To date, 5 meetings of the Commission have been held; the 2nd Kyrgyz-Korean business forum "
    "continues the first joint forum held in Bishkek last year, where the number of participants "
    "grew considerably, which shows a strong interest in partnership."
)


def set_translation(path, prefix: str, text: str) -> None:
    po = polib.pofile(str(path))
    next(e for e in po if e.msgid.startswith(prefix)).msgstr = text
    po.save(str(path))


def test_check_notes_problems_and_clears_them_when_fixed(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo", "--no-check")
    path = po_path(project, "en")
    set_translation(path, FIGURE, "To date, 6 meetings of the Commission have been held.")
    result = run("check", "--lang", "en")
    assert result.exit_code == 0, result.output
    entry = next(e for e in polib.pofile(str(path)) if e.msgid.startswith(FIGURE))
    assert any(line.startswith("numbers: ") for line in notes.qa_notes(entry))
    assert "#. qa: numbers: " in path.read_text(encoding="utf-8")
    msgfmt_check(path)

    as_json = [
        json.loads(line) for line in run("check", "--lang", "en", "--json").output.splitlines()
    ]
    assert all(set(item) == {"msgid", "checks", "file", "lang"} for item in as_json)
    assert all(item["file"] == str(path) and item["lang"] == "en" for item in as_json)
    assert any(item["msgid"] == entry.msgid and "numbers" in item["checks"] for item in as_json)

    set_translation(path, FIGURE, entry.msgid)  # now "fixed" by copying the source: another problem
    run("check", "--lang", "en")
    again = next(e for e in polib.pofile(str(path)) if e.msgid.startswith(FIGURE))
    assert not any(line.startswith("numbers: ") for line in notes.qa_notes(again))
    assert any(line.startswith("same-as-source") for line in notes.qa_notes(again))


def test_check_a_single_po_file_needs_its_language(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    path = po_path(project, "en")
    refused = run("check", "--po", str(path))
    assert refused.exit_code == 1
    assert (
        refused.output
        == "Error: --po needs the language of the file, e.g. --po FILE.po --lang en\n"
    )
    result = run("check", "--po", str(path), "--lang", "en")
    assert result.exit_code == 0 and result.output.startswith(f"{path}: 17 checked, ")


FOREIGN = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    'msgid "Рост составил 18,5 процента."\nmsgstr "{}"\n'
)


@pytest.mark.parametrize(
    "text, line, reason",
    [
        (
            'msgid "Рост составил 18,5 процента.\nmsgstr "Growth was 18.6 percent."\n',
            1,
            "a string not closed on its line",
        ),
        (
            FOREIGN.format("Growth was 18.6 percent.") + 'msgid "Ещё"\nmsgstr "More" # note\n',
            8,
            "unexpected text",
        ),
        (FOREIGN.format("Growth was 18.6 percent.") + "Рост\n", 7, "unexpected text"),
        (
            FOREIGN.format("Growth \\q was 18.6 percent."),
            6,
            "the escape \\q, which pressloc cannot keep; write the character itself",
        ),
        (
            FOREIGN.format("Growth was 18.6 \\045."),
            6,
            "the escape \\045, which pressloc cannot keep; write the character itself",
        ),
        (
            FOREIGN.format("Growth was 18.6 percent.") + '\nmsgid "Ещё"\n',
            8,
            "an entry with no msgstr",
        ),
        (
            FOREIGN.format("Growth was 18.6 percent.")
            + '\nmsgid "Ещё"\n\nmsgid "Другое"\nmsgstr ""\n',
            8,
            "an entry with no msgstr",
        ),
        (
            FOREIGN.format("Growth was 18.6 percent.") + '\nmsgid "Ещё"\nmsgstr[0] "More"\n',
            9,
            "msgstr[N] with no msgid_plural before it",
        ),
        (
            FOREIGN.format("Growth was 18.6 percent.")
            + '\nmsgid "Ещё"\nmsgid_plural "Ещё"\nmsgstr "More"\n',
            10,
            "a plain msgstr after msgid_plural; write msgstr[0], msgstr[1]…",
        ),
        ("\n\n", None, None),
    ],
)
def test_check_names_the_line_of_a_malformed_po_and_leaves_it_as_it_was(
    run, tmp_path, text, line, reason
):
    path = tmp_path / "other.po"
    path.write_text(text, encoding="utf-8")
    result = run("check", "--po", str(path), "--lang", "en")
    assert result.exit_code == 1
    if line is None:  # nothing in it
        assert result.output == (
            f"Error: {path}: empty catalogue; restore it from version control, "
            "or delete it and run 'pressloc translate' to start it again\n"
        )
    else:
        assert result.output.startswith(f"Error: {path}:{line}: not a valid PO file ({reason}); ")
    assert path.read_text(encoding="utf-8") == text
    assert not (
        tmp_path / "locales"
    ).exists()  # a file of its own: the project's folder is not made


def test_check_leaves_a_po_without_problems_untouched_though_it_has_no_revision_date(run, tmp_path):
    path = tmp_path / "other.po"
    fine, wrong = (
        FOREIGN.format('Growth was \\"18.5\\" percent.\\n'),
        FOREIGN.format("Growth was 18.6 percent."),
    )
    path.write_text(fine, encoding="utf-8")
    assert (
        run("check", "--po", str(path), "--lang", "en").output
        == f"{path}: 1 checked, 0 with problems\n"
    )
    assert path.read_text(encoding="utf-8") == fine
    path.write_text(wrong, encoding="utf-8")
    run("check", "--po", str(path), "--lang", "en")
    assert "#. qa: numbers: 18,5 ≠ 18.6\n" in path.read_text(encoding="utf-8")
    msgfmt_check(path)


def test_check_of_a_release_without_catalogues_is_an_error(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    result = run("check", "kg-kr-textil-forum")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {project / 'locales'}: no catalogues of 'kg-kr-textil-forum'; "
        "run 'pressloc translate' first\n"
    )
    assert run("check", SAMPLE_NAME).output.startswith(f"{po_path(project, 'en')}: 17 checked, ")


def test_glossary_suggest_prints_the_names_the_glossary_lacks_as_csv_rows(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    glossary = project / "locales" / "glossary.csv"
    glossary.write_text("ru,en,ko,note\n", encoding="utf-8")
    rows = run("glossary", "suggest", SAMPLE_NAME).output.splitlines()
    assert (
        "Айнура Усенбекова,Aynura Usenbekova,,\"PER, suggested from 'Айнура Усенбекова'\"" in rows
    )
    assert (
        "Комиссия,,,\"ORG, suggested from 'Комиссии'; a common noun: give its translation\"" in rows
    )
    shutil.copy(ROOT / "locales" / "glossary.csv", glossary)
    result = run("glossary", "suggest", SAMPLE_NAME)
    assert result.exit_code == 0
    assert result.output == f"{SAMPLE_NAME}: the glossary has every name the release mentions\n"


def test_check_warns_when_the_msgids_are_not_russian(run, tmp_path):
    path = tmp_path / "app.po"
    path.write_text(
        'msgid "Open the file you saved yesterday"\nmsgstr "어제 저장한 파일을 여세요"\n',
        encoding="utf-8",
    )
    result = run("check", "--po", str(path), "--lang", "ko")
    assert result.exit_code == 0
    assert (
        f"Warning: {path}: this does not look like Russian (0% Cyrillic letters); "
        "checking it anyway, though the checks read Russian sources\n"
    ) in result.output


def test_translate_checks_new_drafts_and_status_counts_them(run, project):
    run("translate", SOURCE, "--to", "ko", "--engine", "pseudo")
    po = polib.pofile(str(po_path(project, "ko")))
    flagged = sum(1 for e in po if notes.qa_notes(e))
    assert flagged > 0  # pseudo drafts are not Korean of the right length
    row = run("status", SAMPLE_NAME).output.splitlines()[1].split()
    assert int(row[7]) == flagged


class Alternatives:
    """A test engine whose best translation drops a figure and whose second keeps it."""

    name = "test"

    def translate(self, sentences, source, target, progress=None):
        from pressloc.mt.engines import Draft

        return [
            Draft(
                FULL.replace("To date, 5 meetings of the Commission have been held", "It has met"),
                -0.5,
                {"model": "m 1"},
                (FULL,),
            )
            if s.startswith(FIGURE)
            else Draft(f"Translation of: {s}", -0.1)
            for s in sentences
        ]


def test_a_draft_failing_a_serious_check_gives_way_to_an_alternative_that_passes(project):
    from pressloc.mt.draft import translate
    from pressloc.project import Project
    from pressloc.source.read import read_release

    releases = [read_release(project / SOURCE, project)]
    translate(Project(project), releases, ["en"], Alternatives)
    entry = next(e for e in polib.pofile(str(po_path(project, "en"))) if e.msgid.startswith(FIGURE))
    assert entry.msgstr == FULL
    recorded = notes.machine_notes(entry)
    assert recorded["retry"].startswith("hypothesis 2 of 2; the first failed numbers")
    assert not any(line.startswith("numbers") for line in notes.qa_notes(entry))


class Silent:
    """A test engine with nothing to say for one sentence (an empty beam)."""

    name = "test"

    def translate(self, sentences, source, target, progress=None):
        from pressloc.mt.engines import Draft

        return [
            Draft("" if s.startswith(FIGURE) else f"Translation of: {s}", -0.1) for s in sentences
        ]


def test_an_empty_draft_is_no_draft_and_is_not_counted_as_one(project):
    from pressloc.mt.draft import translate
    from pressloc.project import Project
    from pressloc.source.read import read_release

    releases = [read_release(project / SOURCE, project)]
    result = translate(Project(project), releases, ["en"], Silent, batch_size=1)
    po = polib.pofile(str(po_path(project, "en")))
    assert result.catalogs[0].drafted == len(po) - 1  # once each, the empty one not at all
    entry = next(e for e in po if e.msgid.startswith(FIGURE))
    assert entry.msgstr == "" and not entry.fuzzy and not notes.machine_notes(entry)


def test_glossary_terms_are_protected_through_translation(run, project):
    from conftest import ROOT

    (project / "locales").mkdir()
    (project / "locales" / "glossary.csv").write_bytes(
        (ROOT / "locales" / "glossary.csv").read_bytes()
    )
    assert run("translate", SOURCE, "--to", "en", "--engine", "pseudo").exit_code == 0
    po = polib.pofile(str(po_path(project, "en")))
    first = po[0]  # В Бишкеке ... Министерством экономики и коммерции КР ...
    assert notes.machine_notes(first)["glossary"] == "terms protected through translation"
    assert (
        "Bishkek" in first.msgstr
        and "Ministry of Economy and Commerce of the Kyrgyz Republic" in first.msgstr
    )
    assert not any(line.startswith("glossary") for entry in po for line in notes.qa_notes(entry))


@pytest.mark.parametrize(
    "source, draft, alternatives, language, failed",
    [
        (
            "Членов Ассамблеи беспокоят возможные шутки с этой аббревиатурой.",
            "정치적 스펙트럼을 막론하고 상원 의원들은.",
            ("상원 의원들은 이 약어가 조롱을 부를까 걱정한다.",),
            "ko",
            "unfinished",
        ),  # cut off
        (
            "Форум прошел в Бишкеке.",
            "The forum was held in Bishkek. Subscribe to our channel for more news.",
            ("The forum was held in Bishkek.",),
            "en",
            "invented",
        ),  # a sentence the engine invented
        (
            "Форум прошёл в 2025 году.",
            "The forum took place in 2024.",
            ("", " \u200b", "The forum took place in 2025."),
            "en",
            "numbers",
        ),  # an empty hypothesis is no draft
        ("Форум прошёл в 2025 году.", "", ("The forum took place in 2025.",), "en", "empty"),
    ],
)
def test_a_draft_failing_a_serious_check_gives_way_to_the_hypothesis_that_passes(
    source, draft, alternatives, language, failed
):
    from pressloc.mt.engines import Draft
    from pressloc.mt.review import pick_draft

    picked, problems = pick_draft(source, Draft(draft, -0.2, {}, alternatives), language, None)
    assert picked.text == alternatives[-1]
    assert picked.notes["retry"] == (
        f"hypothesis {len(alternatives) + 1} of {len(alternatives) + 1}; the first failed {failed}"
    )
    assert problems == []


@pytest.mark.parametrize("blank", [" ", "\u200b", "\n\t"])
def test_a_blank_approved_translation_is_untranslated_and_never_published(run, project, blank):
    from conftest import approve

    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    path = po_path(project, "en")
    approve(path, edit=lambda e: blank if e.msgid.startswith(FIGURE) else e.msgstr)
    status = run("status", "--require-approved")
    assert (
        status.exit_code == 1
        and f"{SAMPLE_NAME:<28} en         17       16      0       0         1" in status.output
    )
    built = run("build", SAMPLE_NAME)
    assert built.exit_code == 1 and f"en: not translated: {FIGURE}" in built.output
    assert not (project / "releases").exists()


def test_worst_drafts_skip_a_score_that_is_no_number(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo")
    path = po_path(project, "en")
    po = polib.pofile(str(path))
    for entry, score in zip(po, ["nan", "-5.000", "-0.009", "abc", "-0.007"], strict=False):
        notes.set_machine_notes(entry, {**notes.machine_notes(entry), "score": score})
    po.save(str(path))
    listed = [
        line.split()[0]
        for line in run("status", "--worst", "3").output.split("per token):\n")[1].splitlines()
    ]
    assert listed == ["-5.000", "-0.009", "-0.007"]


OTHER_TOOL = (
    '\ufeffmsgid ""\nmsgstr ""\n"Language: en\\n"\n"PO-Revision-Date: 2020-01-01 10:00+0000\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    "# translator\n#. Headline: keep it short\n#: release.txt:1 release.txt:9\n#, fuzzy\n"
    '#| msgid "В 2024 году было 5 человек."\nmsgid "В 2025 году было 5 человек."\n'
    'msgstr "In 2025 there were 6 people."\n\n'
    '#. qa: reviewed\nmsgid "Заголовок"\nmsgstr "Headline"\n\n'
    '#~| msgid "Старое"\n#~ msgid "Новое"\n#~ msgstr "New"\n'
)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_check_of_another_tools_po_changes_its_qa_lines_and_date_and_nothing_else(
    run, tmp_path, newline
):
    path = tmp_path / "other.po"
    path.write_bytes(OTHER_TOOL.replace("\n", newline).encode("utf-8"))
    assert run("check", "--po", str(path), "--lang", "en").exit_code == 0
    lines = path.read_bytes().decode("utf-8").split(newline)
    expected = OTHER_TOOL.replace(
        "#. Headline: keep it short\n", "#. Headline: keep it short\n#. qa: numbers: 5 ≠ 6\n"
    )
    expected = expected.replace("#. qa: reviewed\n", "").split("\n")
    changed = [(a, b) for a, b in zip(expected, lines, strict=False) if a != b]
    assert (
        len(lines) == len(expected) and len(changed) == 1
    )  # the BOM, the order, #| and #~| all kept
    assert changed[0][0].startswith('"PO-Revision-Date: 2020') and changed[0][1].startswith(
        '"PO-Revision-Date: 20'
    )


def test_check_reads_again_a_file_a_reviewer_saved_while_it_was_checked(run, project, monkeypatch):
    import pressloc.qa.stage as stage

    run("translate", SOURCE, "--to", "en", "--engine", "pseudo", "--no-check")
    path = po_path(project, "en")
    set_translation(path, FIGURE, "To date, 6 meetings of the Commission have been held.")
    real, calls = stage.check_entries, []

    def reviewer_saves_meanwhile(entries, language, glossary, cache, progress=None):
        calls.append(len(entries))
        if len(calls) == 1:  # Poedit saves an approval while the checks run
            po = polib.pofile(str(path))
            next(e for e in po if e.msgid.startswith(FIGURE)).flags.remove("fuzzy")
            po.save(str(path))
        return real(entries, language, glossary, cache, progress)

    monkeypatch.setattr(stage, "check_entries", reviewer_saves_meanwhile)
    assert run("check", "--lang", "en").exit_code == 0
    entry = next(e for e in polib.pofile(str(path)) if e.msgid.startswith(FIGURE))
    assert len(calls) == 2 and "fuzzy" not in entry.flags  # the approval kept
    assert any(line.startswith("numbers: ") for line in notes.qa_notes(entry))


def test_check_gives_up_on_a_file_that_keeps_changing_and_leaves_it(run, project, monkeypatch):
    import pressloc.qa.stage as stage

    run("translate", SOURCE, "--to", "en", "--engine", "pseudo", "--no-check")
    path = po_path(project, "en")
    set_translation(path, FIGURE, "To date, 6 meetings of the Commission have been held.")
    real, saves = stage.check_entries, []

    def always_saved_meanwhile(entries, language, glossary, cache, progress=None):
        saves.append(f"# save {len(saves) + 1}\n")
        with path.open("a", encoding="utf-8") as po:
            po.write(saves[-1])
        return real(entries, language, glossary, cache, progress)

    monkeypatch.setattr(stage, "check_entries", always_saved_meanwhile)
    result = run("check", "--lang", "en")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {path}: changed {stage.ATTEMPTS} times while it was checked; "
        "check it again when nobody is saving it\n"
    )
    text = path.read_text(encoding="utf-8")
    assert len(saves) == stage.ATTEMPTS and text.endswith(
        saves[-1]
    )  # as the reviewer last saved it
    assert all(save in text for save in saves)  # no save lost


def test_check_outside_a_project_is_an_error_and_makes_no_folder(run, project):
    result = run("check")
    assert result.exit_code == 1
    assert result.output.startswith(
        "Error: no catalogues to check; run 'pressloc translate SOURCE' first"
    )
    assert not (project / "locales").exists()


@pytest.mark.parametrize("code, written", [("KO", "ko"), ("ko-KR", "ko_KR"), ("en_us", "en_US")])
def test_language_codes_are_written_as_catalogue_folders_are(run, project, code, written):
    result = run("translate", SOURCE, "--to", code, "--engine", "pseudo")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: '{code}' is not written as a catalogue's language code; write '{written}' "
        "(lower-case language, upper-case region: en, ko, ko_KR)\n"
    )
    assert not (project / "locales").exists()


def test_a_regional_catalogue_is_checked_as_its_language(run, tmp_path):
    path = tmp_path / "ko_KR.po"
    path.write_text(
        'msgid "В Бишкеке прошла встреча министров."\nmsgstr "비슈케크에서 장관 회의가 열렸다."\n',
        encoding="utf-8",
    )
    assert (
        run("check", "--po", str(path), "--lang", "ko_KR").output
        == f"{path}: 1 checked, 0 with problems\n"
    )


def test_json_tells_apart_entries_of_one_text_in_two_contexts(run, tmp_path):
    path = tmp_path / "other.po"
    entry = 'msgid "Рост составил 18,5 процента."\nmsgstr "Growth was 18.6 percent."\n'
    path.write_text(f'msgctxt "title"\n{entry}\n{entry}', encoding="utf-8")
    lines = run("check", "--po", str(path), "--lang", "en", "--json").output.splitlines()
    assert [json.loads(line).get("msgctxt") for line in lines] == ["title", None]


KANYE = ("Канье Уэст сменил имя.", "Kanye West changed his name.")
RAPPER = (
    "Канье не первый рэппер, решивший сменить имя.",
    "He is not the first rapper to change his name.",
)


@pytest.mark.parametrize(
    "entries, flagged",
    [
        ([KANYE, RAPPER], False),  # "He" is the Kanye of the sentence before
        ([(KANYE[0], ""), RAPPER], False),  # named before, though not yet translated
        ([RAPPER, KANYE], True),  # the first mention is never a pronoun
    ],
)
def test_check_reads_the_sentences_before_an_entry_for_who_he_is(run, tmp_path, entries, flagged):
    path = tmp_path / "en.po"
    path.write_text(
        "".join(f'msgid "{ru}"\nmsgstr "{en}"\n\n' for ru, en in entries), encoding="utf-8"
    )
    run("check", "--po", str(path), "--lang", "en")
    entry = next(e for e in polib.pofile(str(path)) if e.msgid == RAPPER[0])
    assert any(line.startswith("names") for line in notes.qa_notes(entry)) == flagged


class Pronouns:
    """A test engine that writes "He" for Kanye wherever the source names him first."""

    name = "test"

    def translate(self, sentences, source, target, progress=None):
        from pressloc.mt.engines import Draft

        return [Draft(dict([KANYE, RAPPER])[s], -0.1) for s in sentences]


@pytest.mark.parametrize("order, flagged", [((KANYE, RAPPER), False), ((RAPPER, KANYE), True)])
def test_translate_checks_a_draft_against_the_sentences_before_it(project, order, flagged):
    from pressloc.mt.draft import translate
    from pressloc.project import Project
    from pressloc.source.read import read_release

    (project / "seeds" / "kanye.ru.txt").write_text(
        " ".join(ru for ru, _ in order) + "\n", encoding="utf-8"
    )
    translate(
        Project(project),
        [read_release(project / "seeds" / "kanye.ru.txt", project)],
        ["en"],
        Pronouns,
    )
    entry = next(
        e for e in polib.pofile(str(po_path(project, "en", "kanye"))) if e.msgid == RAPPER[0]
    )
    assert any(line.startswith("names") for line in notes.qa_notes(entry)) == flagged
