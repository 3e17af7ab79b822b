"""Model management: archives are checked before extraction; routes pick direct or pivot."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from pressloc.errors import ModelError
from pressloc.models import Model, install_archive, installed_models, route, split_install_items

METADATA = {"package_version": "1.0", "argos_version": "1.11.0", "from_code": "ru", "to_code": "en",
            "from_name": "Russian", "to_name": "English", "type": "translate"}


def archive(tmp_path: Path, files: dict[str, bytes | str], name: str = "p.argosmodel") -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as zipped:
        for member, data in files.items():
            zipped.writestr(member, data)
    return path


def good_files(**extra) -> dict:
    return {"pkg/metadata.json": json.dumps(METADATA), "pkg/model/model.bin": b"x",
            "pkg/sentencepiece.model": b"x", **extra}


def without(files: dict, name: str) -> dict:
    return {member: data for member, data in files.items() if member != name}


@pytest.mark.parametrize(
    "files, message",
    [
        ({"pkg/model/model.bin": b"x"}, "not an argos package (no pkg/metadata.json)"),
        ({"pkg/metadata.json": "{not json"}, "pkg/metadata.json is not valid JSON"),
        ({"pkg/metadata.json": json.dumps({"type": "translate"})}, "pkg/metadata.json lacks from_code, to_code, package_version"),
        ({"pkg/metadata.json": "[]"}, "pkg/metadata.json is not a JSON object"),
        ({"pkg/metadata.json": json.dumps(METADATA)}, "not an argos package (no pkg/model/model.bin)"),
        (without(good_files(), "pkg/sentencepiece.model"),
         "not an argos package (no pkg/sentencepiece.model or pkg/bpe.model)"),
        (good_files(**{"pkg/../../evil.txt": b"x"}), "refused, the archive has an unsafe path 'pkg/../../evil.txt'"),
        (good_files(**{"/etc/evil": b"x"}), "refused, the archive has an unsafe path '/etc/evil'"),
        (good_files(**{"other/file": b"x"}), "not an argos package (expected one top folder, found 2)"),
    ],
)
def test_bad_archives_are_refused_before_extraction(tmp_path, files, message):
    models = tmp_path / "models"
    with pytest.raises(ModelError) as error:
        install_archive(archive(tmp_path, files), models)
    assert message in str(error.value) and str(tmp_path / "p.argosmodel") in str(error.value)
    assert not models.exists() or not any(models.iterdir())
    assert not (tmp_path / "evil.txt").exists()


def test_not_a_zip_is_refused(tmp_path):
    path = tmp_path / "p.argosmodel"
    path.write_bytes(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(ModelError, match="not an argos package \\(not a zip archive\\)"):
        install_archive(path, tmp_path / "models")


def test_install_replaces_an_older_version(tmp_path):
    models = tmp_path / "models"
    install_archive(archive(tmp_path, good_files(**{"pkg/old.txt": b"1"}), "a.argosmodel"), models)
    install_archive(archive(tmp_path, good_files(**{"pkg/new.txt": b"2"}), "b.argosmodel"), models)
    assert sorted(p.name for p in (models / "pkg").iterdir()) == ["metadata.json", "model", "new.txt", "sentencepiece.model"]
    assert [p.name for p in models.iterdir()] == ["pkg"]


@pytest.mark.parametrize(
    "files",
    [
        good_files(),
        {**without(good_files(), "pkg/sentencepiece.model"), "pkg/bpe.model": b"x"},  # argostranslate's BPE
        {"pkg/metadata.json": json.dumps({"type": "sbd"})},  # a sentence splitter: no model, not listed
    ],
)
def test_complete_packages_install(tmp_path, files):
    models = tmp_path / "models"
    assert install_archive(archive(tmp_path, files), models) == models / "pkg"
    assert [m.pair for m in installed_models(models)] == (["ru:en"] if "pkg/model/model.bin" in files else [])


@pytest.mark.parametrize(
    "compression, offset, cause",
    [
        (zipfile.ZIP_STORED, 100, "Bad CRC-32 for file 'pkg/model/model.bin'"),
        (zipfile.ZIP_DEFLATED, 100, "Bad CRC-32 for file 'pkg/model/model.bin'"),
        (zipfile.ZIP_DEFLATED, 0, "Error -3 while decompressing data"),  # zlib.error
    ],
)
def test_a_corrupt_archive_is_one_line_and_installs_nothing(tmp_path, compression, offset, cause):
    path = tmp_path / "p.argosmodel"
    with zipfile.ZipFile(path, "w", compression) as zipped:
        for member, data in good_files(**{"pkg/model/model.bin": bytes(range(256)) * 64}).items():
            zipped.writestr(member, data)
        info = zipped.getinfo("pkg/model/model.bin")
    data = bytearray(path.read_bytes())
    data[info.header_offset + 30 + len(info.filename) + len(info.extra) + offset] ^= 0xFF
    path.write_bytes(data)
    models = tmp_path / "models"
    with pytest.raises(ModelError) as error:
        install_archive(path, models)
    assert str(error.value).startswith(f"{path}: the package is corrupt ({cause}")
    assert str(error.value).endswith("); download it again")
    assert not any(models.iterdir())


@pytest.mark.parametrize(
    "files, message",
    [
        ({"metadata.json": "[]"}, "{pkg}/metadata.json is not a JSON object; remove the folder"),
        ({"metadata.json": "{"}, "{pkg}/metadata.json is not valid JSON ("),
        ({"metadata.json": "{}"}, "{pkg}/metadata.json lacks from_code, to_code, package_version; remove"),
        ({"model/model.bin": "x"}, "{pkg}/metadata.json: cannot read (No such file or directory); remove"),
        ({"metadata.json": json.dumps(METADATA), "model/model.bin": "x"},
         "{pkg}: not a valid argos package (no sentencepiece.model or bpe.model); remove"),
        ({"metadata.json": json.dumps(METADATA), "sentencepiece.model": "x"},
         "{pkg}: not a valid argos package (no model/model.bin); remove"),
    ],
)
def test_a_broken_installed_package_is_one_line(tmp_path, files, message):
    from click.testing import CliRunner

    from pressloc.cli import cli

    for name, data in files.items():
        (tmp_path / "pkg" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "pkg" / name).write_text(data)
    with pytest.raises(ModelError, match="^" + re.escape(message.format(pkg=tmp_path / "pkg"))):
        installed_models(tmp_path)
    result = CliRunner().invoke(cli, ["models", "list", "--models-dir", str(tmp_path)])
    assert result.exit_code == 1 and len(result.output.splitlines()) == 1 and "Traceback" not in result.output


@pytest.mark.parametrize(
    "items, expected",
    [
        (["ru:en", "a.argosmodel", "en:ko"], ([Path("a.argosmodel")], ["ru:en", "en:ko"])),
        (["ru:en", "{tmp}"], "{tmp}: not an .argosmodel file or a language pair such as ru:en"),
        (["{tmp}/p.zip"], "{tmp}/p.zip: not an .argosmodel file or a language pair such as ru:en"),
        (["foo.zip"], "foo.zip: not an .argosmodel file or a language pair such as ru:en"),
        (["ru:en:ko"], "ru:en:ko: not an .argosmodel file or a language pair such as ru:en"),
        (["ru:"], "ru:: not an .argosmodel file or a language pair such as ru:en"),
    ],
)
def test_install_arguments_are_checked_before_the_index_is_read(tmp_path, items, expected):
    (tmp_path / "p.zip").write_bytes(b"")
    items = [item.format(tmp=tmp_path) for item in items]
    if isinstance(expected, tuple):
        assert split_install_items(items) == expected
        return
    with pytest.raises(ModelError, match="^" + re.escape(expected.format(tmp=tmp_path)) + "$"):
        split_install_items(items)


def fake(pair: str) -> Model:
    source, target = pair.split(":")
    return Model(source, target, "1.0", Path(f"translate-{source}_{target}"), package=None)


@pytest.mark.parametrize(
    "installed, source, target, expected",
    [
        (["ru:en", "en:ko"], "ru", "en", ["ru:en"]),
        (["ru:en", "en:ko"], "ru", "ko", ["ru:en", "en:ko"]),
        (["ru:en", "en:ko", "ru:ko"], "ru", "ko", ["ru:ko"]),
    ],
)
def test_route_prefers_a_direct_model(installed, source, target, expected):
    assert [m.pair for m in route([fake(p) for p in installed], source, target, Path("m"))] == expected


@pytest.mark.parametrize(
    "installed, source, target, missing",
    [([], "ru", "en", "ru:en"), (["ru:en"], "ru", "ko", "en:ko"), (["en:ko"], "ru", "ko", "ru:en"), ([], "ru", "ko", "ru:en en:ko")],
)
def test_route_names_what_is_missing(installed, source, target, missing):
    with pytest.raises(ModelError) as error:
        route([fake(p) for p in installed], source, target, Path("m"))
    assert f"(missing: {missing}); install it with 'pressloc models install {missing}'" in str(error.value)


def test_an_unreachable_index_is_one_line(tmp_path):
    from click.testing import CliRunner

    from pressloc.cli import cli

    url = "http://127.0.0.1:9/index.json"  # the discard port: nothing listens there
    for args in (["models", "available", "--index-url", url],
                 ["models", "install", "ru:en", "--index-url", url, "--models-dir", str(tmp_path)]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 1
        assert result.output.startswith(f"Error: {url}: cannot reach the model index (")
        assert len(result.output.splitlines()) == 1 and "Traceback" not in result.output
