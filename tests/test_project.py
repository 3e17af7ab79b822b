"""The project file: found from any folder inside the project, settings by precedence, init,
and what happens outside a project; nothing half-done; the publishing gate."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, SAMPLE, SAMPLE_NAME, approve, po_path
from pressloc.cli import cli
from pressloc.project import Project
from pressloc.settings import FILE, SettingsError, load, template

SOURCE = f"seeds/{SAMPLE.name}"
MODELS = ROOT / "tests" / "models"


def invoke(folder: Path, *args: str):
    """The CLI as a user starts it in ``folder`` (no -C)."""
    old = Path.cwd()
    os.chdir(folder)
    try:
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture
def initialised(project):
    assert invoke(project, "init").exit_code == 0
    (project / FILE).write_text(
        (project / FILE).read_text() + 'engine = "pseudo"\n', encoding="utf-8"
    )
    return project


def test_init_writes_a_commented_file_that_reads_back_as_the_defaults(project):
    result = invoke(project, "init")
    assert result.exit_code == 0 and result.output.startswith(f"{FILE}: written")
    text = (project / FILE).read_text(encoding="utf-8")
    assert text == template() and text.count("\n# ") >= 10
    settings = load(project / FILE, project, environ={})
    assert settings.languages == ("en", "ko") and settings.batch_size == 64
    again = invoke(project, "init")
    assert again.exit_code == 1 and "already there" in again.output
    assert (project / FILE).read_text(encoding="utf-8") == text


@pytest.mark.parametrize("where", ["seeds", "locales", "locales/en/LC_MESSAGES"])
def test_commands_find_the_project_from_a_folder_inside_it(initialised, where):
    assert invoke(initialised, "translate", SOURCE).exit_code == 0
    result = invoke(initialised / where, "status")
    assert result.exit_code == 0, result.output
    assert result.output.count(SAMPLE_NAME) == 2  # en and ko, from pressloc.toml
    translated = invoke(
        initialised / "seeds", "translate", SAMPLE.name
    )  # a path from where it runs
    assert translated.exit_code == 0 and "0 new machine drafts" in translated.output
    assert not (initialised / "seeds" / "locales").exists()


def test_outside_a_project_translate_names_init_and_minus_c_and_writes_nothing(project):
    result = invoke(project, "translate", SOURCE)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: no pressloc.toml in {project.resolve()} or any folder above it: not a "
        "pressloc project; run 'pressloc init' to start one here, or give the project's "
        "folder with -C DIR\n"
    )
    assert sorted(path.name for path in project.iterdir()) == ["seeds"]


PRECEDENCE = [  # (in the file, in the environment, the option) -> value, origin
    (None, None, None, 64, "the default"),
    ("batch_size = 8", None, None, 8, "batch_size in {file}"),
    ("batch_size = 8", "16", None, 16, "PRESSLOC_BATCH_SIZE"),
    ("batch_size = 8", "16", 32, 32, "the --batch-size option"),
    (None, None, 32, 32, "the --batch-size option"),
]


@pytest.mark.parametrize("written, environment, option, value, origin", PRECEDENCE)
def test_an_option_beats_the_environment_which_beats_the_file_which_beats_the_default(
    tmp_path, written, environment, option, value, origin
):
    file = tmp_path / FILE
    file.write_text(written or "", encoding="utf-8")
    settings = load(
        file, tmp_path, {"batch_size": option}, environ={"PRESSLOC_BATCH_SIZE": environment or ""}
    )
    assert settings.batch_size == value and settings.origin("batch_size") == origin.format(
        file=file
    )


@pytest.mark.parametrize(
    "written, message",
    [
        ("batch_size = 0", "batch_size in {file}: 0 is not a whole number 1 or more"),
        (
            'languages = ["en", "KO"]',
            "languages in {file}: 'KO' is not written as a catalogue's language code",
        ),
        ("colour = 3", "{file}: unknown setting 'colour'; the settings are: languages, engine"),
        (
            "batch_size = \nengine = 1",
            "{file}: not valid TOML (Invalid value (at line 1, column 14))",
        ),
    ],
)
def test_a_bad_setting_is_one_line_naming_the_file(tmp_path, written, message):
    file = tmp_path / FILE
    file.write_text(written, encoding="utf-8")
    with pytest.raises(SettingsError) as error:
        load(file, tmp_path, environ={})
    assert str(error.value).startswith(message.format(file=file))


def test_paths_in_the_file_are_read_from_its_folder(initialised):
    (initialised / FILE).write_text('models_dir = "models"\n', encoding="utf-8")
    project = Project.find(initialised / "seeds")
    assert (
        project.root == initialised.resolve()
        and project.settings.models_dir == initialised.resolve() / "models"
    )
    assert project.settings.origin("models_dir") == f"models_dir in {initialised.resolve() / FILE}"


def test_a_missing_model_names_the_folder_and_the_setting_that_chose_it(initialised):
    (initialised / FILE).write_text('models_dir = "no-models-here"\n', encoding="utf-8")
    result = invoke(initialised, "translate", SOURCE, "--to", "en")
    assert result.exit_code == 1
    assert (  # paths as seen from where the command runs
        "no model for ru→en in no-models-here (the folder models_dir in pressloc.toml names)"
    ) in result.output
    assert sorted(path.name for path in initialised.iterdir()) == [
        FILE,
        "seeds",
    ]  # nothing half-done


def test_a_language_without_a_model_stops_the_run_before_any_language_is_written(
    run, project, tmp_path
):
    models = tmp_path / "models"
    assert (
        run(
            "models", "install", str(MODELS / "toy-ru_en.argosmodel"), "--models-dir", str(models)
        ).exit_code
        == 0
    )
    result = run("translate", SOURCE, "--to", "en,fr", "--models-dir", str(models))
    assert result.exit_code == 1 and "no model for ru→fr" in result.output
    assert not (project / "locales").exists()  # neither an empty fr catalogue nor the en one


def test_this_repository_is_a_project_with_its_models_in_dot_models():
    project = Project.find(ROOT / "seeds")
    assert project.root == ROOT and project.settings.models_dir == ROOT / ".models"


def test_build_refuses_approved_pseudo_localisation_and_lists_what_force_published(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo", "--no-check")
    approve(po_path(project, "en"))  # the reviewer approved the pseudo drafts as they were
    refused = run("build", SAMPLE_NAME)
    assert refused.exit_code == 1 and not (project / "releases").exists()
    lines = refused.output.splitlines()
    assert lines[0] == (
        f"{po_path(project, 'en')}:20: en: pseudo-localisation, not a translation: "
        "В Бишкеке состоялся II Кыргызско-Корейский бизнес-форум в с…"
    )
    assert lines[-1] == (
        "Error: 17 approved segment(s) not fit to publish; translate them, or fix the problem "
        "and run 'pressloc check' again, or build with --force"
    )
    forced = run("build", SAMPLE_NAME, "--force")
    assert forced.exit_code == 0
    assert forced.output.count("Warning: published anyway (--force): ") == 17
    assert (project / "releases" / "en" / f"{SAMPLE_NAME}.html").exists()


def test_build_refuses_an_approved_entry_with_an_open_qa_error(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo", "--no-check")
    path = po_path(project, "en")
    approve(
        path,
        edit=lambda e: (
            "On 5 May the forum was held."
            if e.msgid.startswith("На сегодняшний день")
            else f"English of {len(e.msgid)} characters."
        ),
    )
    refused = run("build", SAMPLE_NAME, "--lang", "en")
    assert refused.exit_code == 1
    assert any(
        ": en: approved with an open QA error (adequacy, dates): На сегодняшний день проведено 5"
        in line
        for line in refused.output.splitlines()
    )


def test_the_page_title_is_the_first_sentence_shortened_when_there_is_no_title(run, project):
    run("translate", SOURCE, "--to", "en", "--engine", "pseudo", "--no-check")
    approve(
        po_path(project, "en"),
        edit=lambda e: (
            "The second Kyrgyz-Korean business forum on the textile and "
            "light industry was held in Bishkek."
            if e.msgid.startswith("В Бишкеке")
            else "Text."
        ),
    )
    assert run("build", SAMPLE_NAME, "--force").exit_code == 0
    page = (project / "releases" / "en" / f"{SAMPLE_NAME}.html").read_text(encoding="utf-8")
    shortened = "The second Kyrgyz-Korean business forum on the textile and light industry was h…"
    assert f"<title>{shortened}</title>" in page and f"<h1>{shortened}</h1>" in page
    assert SAMPLE_NAME not in page.split("<body>")[0]


def test_paths_are_shown_as_seen_from_where_the_command_runs(initialised):
    assert invoke(initialised, "translate", SOURCE, "--to", "en").exit_code == 0
    result = invoke(initialised / "seeds", "translate", SAMPLE.name, "--to", "en")
    expected = f"../locales/en/LC_MESSAGES/{SAMPLE_NAME}.po: 0 new machine drafts, unchanged\n"
    assert result.output == expected
