"""The argos engine end to end with real (toy) argos packages and a loopback package index.

The toy packages in tests/models/ are tiny but real CTranslate2 models trained on
tests/models/corpus.tsv, so they reproduce exactly the translations of that corpus.
"""

from __future__ import annotations

import csv
import functools
import http.server
import json
import shutil
import threading
import zipfile
from pathlib import Path

import polib
import pytest

from conftest import SAMPLE, msgfmt_check, po_path
from pressloc.catalog.notes import machine_notes
from pressloc.mt.draft import translate
from pressloc.mt.engines import EngineSettings
from pressloc.mt.engines.argos import ArgosEngine
from pressloc.project import Project
from pressloc.source.read import read_release

TOYS = Path(__file__).parent / "models"
ARCHIVES = {"ru:en": TOYS / "toy-ru_en.argosmodel", "en:ko": TOYS / "toy-en_ko.argosmodel"}
SOURCE = f"seeds/{SAMPLE.name}"


@functools.cache
def corpus() -> dict[str, tuple[str, str]]:
    with open(TOYS / "corpus.tsv", encoding="utf-8", newline="") as f:
        return {row["ru"]: (row["en"], row["ko"]) for row in csv.DictReader(f, delimiter="\t")}


@pytest.fixture(scope="session")
def installed(tmp_path_factory) -> Path:
    """A models folder with both toy packages, installed through the CLI's own code."""
    from pressloc.mt.models import install_archive

    folder = tmp_path_factory.mktemp("models")
    for archive in ARCHIVES.values():
        install_archive(archive, folder)
    return folder


@pytest.fixture
def index_server(tmp_path):
    """An argos package index and its packages, served on 127.0.0.1 for one test."""
    served = tmp_path / "served"
    served.mkdir()
    entries = []
    for _pair, archive in ARCHIVES.items():
        shutil.copy(archive, served / archive.name)
        with zipfile.ZipFile(archive) as zipped:
            top = zipped.namelist()[0].split("/")[0]
            metadata = json.loads(zipped.read(f"{top}/metadata.json"))
        entries.append({**metadata, "links": [f"BASE/{archive.name}"]})
    handler = functools.partial(QuietHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_port}"
    (served / "index.json").write_text(json.dumps(entries).replace("BASE", base), encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"{base}/index.json"
    server.shutdown()
    server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def test_translate_with_the_default_engine_and_the_pivot(run, project, installed):
    result = run("translate", SOURCE, "--to", "en,ko", "--models-dir", str(installed))
    assert result.exit_code == 0, result.output
    english = polib.pofile(str(po_path(project, "en")))
    korean = polib.pofile(str(po_path(project, "ko")))
    for entry in english:
        assert entry.fuzzy and entry.msgstr == corpus()[entry.msgid][0], entry.msgid
        recorded = machine_notes(entry)
        assert recorded["engine"] == "argos" and recorded["model"].startswith(
            "translate-ru_en-toy "
        )
        assert -1.0 < float(recorded["score"]) <= 0.0
    for entry in korean:
        assert entry.fuzzy and entry.msgstr == corpus()[entry.msgid][1], entry.msgid
        recorded = machine_notes(entry)
        assert recorded["pivot"] == "en" and recorded["pivot-en"] == corpus()[entry.msgid][0]
        assert " + translate-en_ko-toy " in recorded["model"]
    for path in (po_path(project, "en"), po_path(project, "ko")):
        msgfmt_check(path)
    worst = run("status", "--worst", "3")
    assert worst.exit_code == 0, worst.output
    listed = worst.output.split("(mean log-probability per token):\n")[1].splitlines()
    scores = [float(line.split()[0]) for line in listed]
    assert len(listed) == 3 and scores == sorted(scores) and all(score <= 0 for score in scores)


def test_scores_are_mean_log_probabilities(installed):
    engine = ArgosEngine(EngineSettings(models_dir=installed))
    sentence = next(iter(corpus()))
    [draft] = engine.translate([sentence], "ru", "en")
    assert draft.text == corpus()[sentence][0]
    assert -1.0 < draft.score <= 0.0


def test_rerun_translates_nothing_and_loads_no_model(project, installed):
    releases = [read_release(project / SOURCE, project)]
    factory_calls = []

    def factory():
        factory_calls.append(1)
        return ArgosEngine(EngineSettings(models_dir=installed))

    first = translate(Project(project), releases, ["en"], factory)
    assert first.sentences == {"en": 17} and factory_calls == [1]
    mtime = po_path(project, "en").stat().st_mtime_ns
    second = translate(Project(project), releases, ["en"], factory)
    assert second.sentences == {"en": 0} and factory_calls == [1]
    assert po_path(project, "en").stat().st_mtime_ns == mtime


def test_install_from_a_loopback_index_then_translate(run, project, index_server):
    models = project / "models"
    listed = run("models", "available", "--index-url", index_server)
    assert listed.exit_code == 0 and "ru:en" in listed.output and "en:ko" in listed.output
    result = run(
        "models",
        "install",
        "ru:en",
        "en:ko",
        "--index-url",
        index_server,
        "--models-dir",
        str(models),
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in models.iterdir() if p.name != ".pressloc.lock") == sorted(
        zipfile.ZipFile(a).namelist()[0].split("/")[0] for a in ARCHIVES.values()
    )
    installed_list = run("models", "list", "--models-dir", str(models)).output
    assert "ru→en" in installed_list and "en→ko" in installed_list
    translated = run("translate", SOURCE, "--to", "ko", "--models-dir", str(models))
    assert translated.exit_code == 0, translated.output
    first = polib.pofile(str(po_path(project, "ko")))[0]
    assert first.msgstr == corpus()[first.msgid][1]


def test_corrupt_model_is_one_clear_line(run, project, installed, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(installed, broken)
    model_folder = next(p for p in broken.iterdir() if "ru_en" in p.name) / "model"
    (model_folder / "model.bin").write_bytes(b"not a model")
    result = run("translate", SOURCE, "--to", "en", "--models-dir", str(broken))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {model_folder}: cannot load the model (")
    assert len(result.output.strip().splitlines()) == 1
    assert not po_path(project, "en").exists()  # a language that fails writes nothing


def has_cuda() -> bool:
    import ctranslate2

    return ctranslate2.get_cuda_device_count() > 0


@pytest.mark.parametrize(
    "device, compute_type, message",
    [
        (
            "cpu",
            "bogus",
            "--compute-type bogus: CTranslate2 does not support it on cpu; "
            "choose one of: auto, default, ",
        ),
        (
            "cpu",
            "float16",
            "--compute-type float16: CTranslate2 does not support it on cpu; choose one of: ",
        ),
        pytest.param(
            "cuda",
            "auto",
            "--device cuda: CTranslate2 cannot use it (",
            marks=pytest.mark.skipif(has_cuda(), reason="this machine can use CUDA"),
        ),
    ],
)
def test_a_bad_device_or_compute_type_names_the_option(installed, device, compute_type, message):
    from pressloc.errors import EngineError

    engine = ArgosEngine(
        EngineSettings(models_dir=installed, device=device, compute_type=compute_type)
    )
    with pytest.raises(EngineError) as error:
        engine.translate([next(iter(corpus()))], "ru", "en")
    assert str(error.value).startswith(message) and "model" not in str(error.value)


@pytest.mark.parametrize("remove", ["sentencepiece.model", "model/model.bin"])
def test_an_installed_package_missing_a_file_is_one_clear_line(run, installed, tmp_path, remove):
    broken = tmp_path / "broken"
    shutil.copytree(installed, broken)
    package = next(p for p in broken.iterdir() if "ru_en" in p.name)
    (package / remove).unlink()
    result = run("translate", SOURCE, "--to", "en", "--models-dir", str(broken))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {package}: not a valid argos package (no ")
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("item", ["seeds", "release.zip", "ru-en", "ru:"])
def test_install_checks_its_arguments_before_it_asks_the_index(run, project, item):
    result = run(
        "models",
        "install",
        "ru:en",
        item,
        "--index-url",
        "http://127.0.0.1:9/unreachable.json",
        "--models-dir",
        str(project / "models"),
    )
    assert result.exit_code == 1
    assert (
        result.output
        == f"Error: {item}: not an .argosmodel file or a language pair such as ru:en\n"
    )


def test_a_sentence_longer_than_the_model_reads_is_cut_and_flagged_not_a_crash(
    run, project, installed
):
    phrase = (
        "Представители министерства экономики обсудили вопросы сотрудничества "
        "в текстильной промышленности"
    )
    (project / "seeds" / "long.ru.txt").write_text(
        " ".join([phrase] * 9) + ".\n", encoding="utf-8"
    )  # ~900 characters
    result = run("translate", "seeds/long.ru.txt", "--to", "en", "--models-dir", str(installed))
    assert result.exit_code == 0, result.output
    entry = polib.pofile(str(po_path(project, "en", "long")))[0]
    assert entry.msgstr and any(
        line.startswith("qa: omission: ") for line in entry.comment.split("\n")
    )
