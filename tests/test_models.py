"""Model management: archives are checked before extraction; routes pick direct or pivot."""

from __future__ import annotations

import json
import os
import random
import re
import stat
import subprocess
import sys
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from pressloc.errors import ModelError
from pressloc.fsutil import OWN, own_suffix
from pressloc.lock import ProjectLock
from pressloc.mt import models as models_module
from pressloc.mt.models import (
    Model,
    download,
    install_archive,
    installed_models,
    route,
    split_install_items,
)

METADATA = {
    "package_version": "1.0",
    "argos_version": "1.11.0",
    "from_code": "ru",
    "to_code": "en",
    "from_name": "Russian",
    "to_name": "English",
    "type": "translate",
}


def archive(
    tmp_path: Path, files: dict, name: str = "p.argosmodel", compression: int = zipfile.ZIP_STORED
) -> Path:
    """An archive of ``files``: member (a name, or a ZipInfo from :func:`member`) → data."""
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", compression) as zipped:
        for name_or_info, data in files.items():
            flags = getattr(name_or_info, "flag_bits", 0)
            zipped.writestr(name_or_info, data)
            if flags:  # writing clears them: set them again for the central directory
                name_or_info.flag_bits |= flags
    return path


def member(name: str, mode: int, flags: int = 0) -> zipfile.ZipInfo:
    """A member with a Unix ``mode`` (a link, a FIFO...) and general purpose ``flags``."""
    info = zipfile.ZipInfo(name)
    info.external_attr = mode << 16
    info.flag_bits = flags
    return info


def contents(models: Path) -> list[str]:
    """What is in ``models`` besides the lock file installs keep there."""
    return sorted(p.name for p in models.iterdir() if p.name != ".pressloc.lock")


def with_metadata(**changes) -> dict:
    return good_files(**{"pkg/metadata.json": json.dumps({**METADATA, **changes})})


def good_files(**extra) -> dict:
    return {
        "pkg/metadata.json": json.dumps(METADATA),
        "pkg/model/model.bin": b"x",
        "pkg/sentencepiece.model": b"x",
        **extra,
    }


def without(files: dict, name: str) -> dict:
    return {member: data for member, data in files.items() if member != name}


@pytest.mark.parametrize(
    "files, message",
    [
        ({"pkg/model/model.bin": b"x"}, "not an argos package (no pkg/metadata.json)"),
        ({"pkg/metadata.json": "{not json"}, "pkg/metadata.json is not valid JSON"),
        (
            {"pkg/metadata.json": json.dumps({"type": "translate"})},
            "pkg/metadata.json lacks from_code, to_code, package_version",
        ),
        ({"pkg/metadata.json": "[]"}, "pkg/metadata.json is not a JSON object"),
        (
            {"pkg/metadata.json": json.dumps(METADATA)},
            "not an argos package (no pkg/model/model.bin)",
        ),
        (
            without(good_files(), "pkg/sentencepiece.model"),
            "not an argos package (no pkg/sentencepiece.model or pkg/bpe.model)",
        ),
        (
            good_files(**{"pkg/../../evil.txt": b"x"}),
            "refused, the archive has an unsafe path 'pkg/../../evil.txt'",
        ),
        (good_files(**{"/etc/evil": b"x"}), "refused, the archive has an unsafe path '/etc/evil'"),
        (
            good_files(**{"other/file": b"x"}),
            "not an argos package (expected one top folder, found 2)",
        ),
        ({**good_files(), "./": b""}, "refused, the archive has an unsafe path './'"),
        # metadata.json: bounded, and its fields are strings
        (
            {"pkg/metadata.json": "[" * 200_000 + "]" * 200_000},
            "pkg/metadata.json is not valid JSON (nested too deeply); get a good copy",
        ),
        (
            with_metadata(pad="x" * (1 << 20)),
            "pkg/metadata.json is larger than 1,048,576 bytes, too large for package metadata; get",
        ),
        (
            with_metadata(package_version={"major": 1}),
            "pkg/metadata.json gives package_version as a JSON object, not a string; "
            "get a good copy",
        ),
        (with_metadata(package_version=1.5), "pkg/metadata.json gives package_version as a number"),
        (with_metadata(from_code=7), "pkg/metadata.json gives from_code as a number, not a string"),
        (with_metadata(to_code=["en"]), "pkg/metadata.json gives to_code as a JSON array, not a"),
        (with_metadata(to_code=" "), "pkg/metadata.json gives to_code as a blank string, not a"),
        # a folder installed_models would never list
        (
            {f".{name}": data for name, data in good_files().items()},
            "refused, its folder '.pkg' starts with '.', "
            "so 'pressloc models list' would never show",
        ),
        # only regular files and folders
        (
            {**good_files(), member("pkg/model/link", stat.S_IFLNK | 0o777): "/etc/passwd"},
            "refused, 'pkg/model/link' is a symbolic link, "
            "not a regular file or folder; get a good",
        ),
        (
            {**good_files(), member("pkg/fifo", stat.S_IFIFO | 0o644): ""},
            "refused, 'pkg/fifo' is a FIFO, not a regular file or folder",
        ),
        (
            {**good_files(), member("pkg/null", stat.S_IFCHR | 0o666): ""},
            "refused, 'pkg/null' is a device, not a regular file or folder",
        ),
        (
            {**good_files(), member("pkg/dir", stat.S_IFDIR | 0o755): "x"},
            "refused, 'pkg/dir' is of an unexpected kind, not a regular file or folder",
        ),
        (
            {**good_files(), member("pkg/secret", stat.S_IFREG | 0o644, flags=0x1): "x"},
            "refused, 'pkg/secret' is encrypted; get a good copy of the package from its publisher",
        ),
    ],
)
def test_bad_archives_are_refused_before_extraction(tmp_path, files, message):
    models = tmp_path / "models"
    with pytest.raises(ModelError) as error:
        install_archive(archive(tmp_path, files), models)
    assert message in str(error.value) and str(tmp_path / "p.argosmodel") in str(error.value)
    assert len(str(error.value).splitlines()) == 1
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
    assert sorted(p.name for p in (models / "pkg").iterdir()) == [
        "metadata.json",
        "model",
        "new.txt",
        "sentencepiece.model",
    ]
    assert contents(models) == ["pkg"]


@pytest.mark.parametrize(
    "files",
    [
        good_files(),
        {
            **without(good_files(), "pkg/sentencepiece.model"),
            "pkg/bpe.model": b"x",
        },  # argostranslate's BPE
        {
            "pkg/metadata.json": json.dumps({"type": "sbd"})
        },  # a sentence splitter: no model, not listed
    ],
)
def test_complete_packages_install(tmp_path, files):
    models = tmp_path / "models"
    assert install_archive(archive(tmp_path, files), models) == models / "pkg"
    assert [m.pair for m in installed_models(models)] == (
        ["ru:en"] if "pkg/model/model.bin" in files else []
    )


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
    assert contents(models) == []


NOISE = random.Random(0).randbytes(20_000)  # does not compress
ZEROS = bytes(300_000)  # deflates to some 300 bytes: 1,000×
MEMBER_BOMB = "refused, 'pkg/model/model.bin' expands more than 200× (a zip bomb?); argos packages"
TOO_BIG = "refused, it unpacks to more than 10,000 bytes; if you trust it, raise PRESSLOC_MAX_MODEL"


@pytest.mark.parametrize(
    "settings, files, message",
    [
        ({"MAX_MODEL_SIZE": 10_000}, good_files(**{"pkg/model/model.bin": NOISE}), TOO_BIG),
        (
            {"PRESSLOC_MAX_MODEL_SIZE": "10000"},
            good_files(**{"pkg/model/model.bin": NOISE}),
            TOO_BIG,
        ),
        (
            {"PRESSLOC_MAX_MODEL_SIZE": "4G"},
            good_files(),
            "PRESSLOC_MAX_MODEL_SIZE=4G: not a number of bytes; set it to one (the default is ",
        ),
        ({"RATIO_FLOOR": 100_000}, good_files(**{"pkg/model/model.bin": ZEROS}), MEMBER_BOMB),
        # many members, each too small to be checked alone
        (
            {"RATIO_FLOOR": 100_000},
            good_files(**{f"pkg/data/{i}": bytes(90_000) for i in range(20)}),
            "refused, the archive expands more than 200× (a zip bomb?)",
        ),
        # headers that lie: the bytes written are counted
        (
            {"MAX_MODEL_SIZE": 10_000, "headers lie": True},
            good_files(**{"pkg/model/model.bin": NOISE}),
            TOO_BIG,
        ),
        (
            {"RATIO_FLOOR": 100_000, "headers lie": True},
            good_files(**{"pkg/model/model.bin": ZEROS}),
            MEMBER_BOMB,
        ),
    ],
)
def test_zip_bombs_are_refused(tmp_path, monkeypatch, settings, files, message):
    for name, value in settings.items():
        if name == "headers lie":  # the declared sizes pass: only the extraction can tell
            monkeypatch.setattr(models_module, "_check_sizes", lambda *args: None, raising=False)
        elif name.startswith("PRESSLOC_"):
            monkeypatch.setenv(name, value)
        else:
            monkeypatch.setattr(models_module, name, value, raising=False)
    path = archive(tmp_path, files, compression=zipfile.ZIP_DEFLATED)
    models = tmp_path / "models"
    with pytest.raises(ModelError) as error:
        install_archive(path, models)
    assert message in str(error.value) and len(str(error.value).splitlines()) == 1
    assert not models.exists() or contents(models) == []


@pytest.mark.parametrize(
    "files, message",
    [
        (
            {**good_files(), member("pkg/model/model.bin", stat.S_IFREG | 0o644): b"y"},
            "refused, the archive has 'pkg/model/model.bin' twice, or as both a file and a folder",
        ),
        (
            {"pkg/model": b"x", **good_files()},
            "refused, the archive has 'pkg/model/model.bin' twice, or as both a file and a folder",
        ),
    ],
)
@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_members_that_clash_are_refused(tmp_path, files, message):
    models = tmp_path / "models"
    with pytest.raises(ModelError, match=re.escape(f"{tmp_path / 'p.argosmodel'}: {message}")):
        install_archive(archive(tmp_path, files), models)
    assert contents(models) == []


NOT_REGULAR = "{path}: not a regular file; give an .argosmodel package file"


@pytest.mark.parametrize(
    "make, message",
    [
        (os.mkfifo, NOT_REGULAR),  # never opened: the run does not hang
        (Path.mkdir, NOT_REGULAR),
        (lambda path: path.symlink_to("/dev/null"), NOT_REGULAR),
        (lambda path: None, "{path}: no such file"),
    ],
)
def test_only_a_regular_file_is_installed(tmp_path, make, message):
    from click.testing import CliRunner

    from pressloc.cli import cli

    path = tmp_path / "p.argosmodel"
    make(path)
    models = tmp_path / "models"
    with pytest.raises(ModelError, match="^" + re.escape(message.format(path=path)) + "$"):
        install_archive(path, models)
    result = CliRunner().invoke(cli, ["models", "install", str(path), "--models-dir", str(models)])
    assert result.exit_code == 1 and result.output == f"Error: {message.format(path=path)}\n"
    assert not models.exists()


def dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


@pytest.mark.parametrize(
    "name, is_folder, removed",
    [
        (".install-k2j4{dead}", True, True),
        (".install-k2j4{dead}.tmp", True, True),
        (".download-x8a1{dead}", False, True),
        (".old-pkg{dead}", True, True),
        (".install-k2j4{live}", True, False),  # an install running now
        (".download-x8a1{me}", False, False),
        (".install-foo", True, False),  # not names pressloc makes
        (".old-pkg-{dead_pid}", True, False),
        (".download-x8a1.argosmodel", False, False),
        ("notes.txt", False, False),
    ],
)
def test_an_install_removes_only_what_killed_installs_left(tmp_path, name, is_folder, removed):
    models = tmp_path / "models"
    models.mkdir()
    pid = dead_pid()
    name = name.format(
        dead=own_suffix(pid), dead_pid=pid, live=own_suffix(os.getppid()), me=own_suffix()
    )
    if is_folder:
        (models / name).mkdir()
        (models / name / "model.bin").write_bytes(b"x")
    else:
        (models / name).write_bytes(b"x")
    install_archive(archive(tmp_path, good_files()), models)
    assert contents(models) == (["pkg"] if removed else sorted(["pkg", name]))


KILLED_INSTALL = """
import os, signal, sys, zipfile
from pathlib import Path

from pressloc.mt.models import install_archive

read = zipfile.ZipExtFile.read


def read_then_die(self, *args):
    if self.name.endswith("model.bin"):  # metadata.json extracted, the model not yet
        os.kill(os.getpid(), signal.SIGKILL)
    return read(self, *args)


zipfile.ZipExtFile.read = read_then_die
install_archive(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_the_next_install_removes_what_a_killed_one_left(tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    (models / "notes.txt").write_text("mine")
    package = archive(tmp_path, good_files(), "a.argosmodel")
    for _ in range(2):  # the second removes what the first left
        killed = subprocess.Popen([sys.executable, "-c", KILLED_INSTALL, str(package), str(models)])
        assert killed.wait() == -9
        [left, _] = contents(models)
        assert left.startswith(".install-") and left.endswith(own_suffix(killed.pid))
    install_archive(archive(tmp_path, good_files(), "b.argosmodel"), models)
    assert contents(models) == ["notes.txt", "pkg"]


def test_an_install_waits_for_the_one_in_progress(tmp_path, monkeypatch):
    monkeypatch.setattr(models_module, "LOCK_WAIT", 0.1, raising=False)
    models, path = tmp_path / "models", archive(tmp_path, good_files())
    with ProjectLock(models):
        with pytest.raises(
            ModelError,
            match="^"
            + re.escape(
                f"{path}: not installed: {models}: locked by PID {os.getpid()}, another pressloc "
                "run; wait for it to finish or stop it"
            )
            + "$",
        ):
            install_archive(path, models)
        assert contents(models) == []
    assert install_archive(path, models) == models / "pkg"


def test_a_download_has_a_name_the_clean_up_knows(tmp_path):
    source = archive(tmp_path, good_files())
    package = SimpleNamespace(links=[source.as_uri()], from_code="ru", to_code="en")
    downloaded = download(package, tmp_path / "models")
    assert downloaded.read_bytes() == source.read_bytes()
    assert OWN.match(downloaded.name) and downloaded.name.endswith(own_suffix())


def test_a_replaced_version_is_set_aside_under_a_name_the_clean_up_knows(tmp_path, monkeypatch):
    monkeypatch.setattr(models_module, "_renameat2", lambda *args: False, raising=False)
    renamed = []

    def replace(source, target):
        renamed.append(Path(target).name)
        os.rename(source, target)

    monkeypatch.setattr(models_module.os, "replace", replace)
    models = tmp_path / "models"
    install_archive(archive(tmp_path, good_files(**{"pkg/old.txt": b"1"}), "a.argosmodel"), models)
    install_archive(archive(tmp_path, good_files(**{"pkg/new.txt": b"2"}), "b.argosmodel"), models)
    assert renamed == ["pkg", f".old-pkg{own_suffix()}", "pkg"]
    assert contents(models) == ["pkg"] and (models / "pkg" / "new.txt").exists()


@pytest.mark.parametrize(
    "files, message",
    [
        ({"metadata.json": "[]"}, "{pkg}/metadata.json is not a JSON object; remove the folder"),
        ({"metadata.json": "{"}, "{pkg}/metadata.json is not valid JSON ("),
        (
            {"metadata.json": "{}"},
            "{pkg}/metadata.json lacks from_code, to_code, package_version; remove",
        ),
        (
            {"model/model.bin": "x"},
            "{pkg}/metadata.json: cannot read (No such file or directory); remove",
        ),
        (
            {"metadata.json": json.dumps(METADATA), "model/model.bin": "x"},
            "{pkg}: not a valid argos package (no sentencepiece.model or bpe.model); remove",
        ),
        (
            {"metadata.json": json.dumps(METADATA), "sentencepiece.model": "x"},
            "{pkg}: not a valid argos package (no model/model.bin); remove",
        ),
        (
            {"metadata.json": json.dumps({**METADATA, "package_version": {"major": 1}})},
            "{pkg}/metadata.json gives package_version as a JSON object, not a string; remove",
        ),
        (
            {"metadata.json": json.dumps({**METADATA, "from_code": 7})},
            "{pkg}/metadata.json gives from_code as a number, not a string; remove",
        ),
        (
            {"metadata.json": "[" * 200_000 + "]" * 200_000},
            "{pkg}/metadata.json is not valid JSON (nested too deeply); remove",
        ),
        (
            {"metadata.json": json.dumps({**METADATA, "pad": "x" * (1 << 20)})},
            "{pkg}/metadata.json is larger than 1,048,576 bytes, "
            "too large for package metadata; re",
        ),
        (
            {
                "metadata.json": json.dumps({**METADATA, "languages": 5}),
                "model/model.bin": "x",
                "sentencepiece.model": "x",
            },  # argostranslate's Package fails on it
            "{pkg}: not a valid argos package ('int' object is not iterable); remove",
        ),
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
    assert (
        result.exit_code == 1
        and len(result.output.splitlines()) == 1
        and "Traceback" not in result.output
    )


def test_a_fifo_for_metadata_is_never_waited_on(tmp_path):
    (tmp_path / "pkg").mkdir()
    os.mkfifo(tmp_path / "pkg" / "metadata.json")
    with pytest.raises(
        ModelError,
        match="^"
        + re.escape(f"{tmp_path / 'pkg' / 'metadata.json'}: not a regular file; remove the folder"),
    ):
        installed_models(tmp_path)


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
    assert [
        m.pair for m in route([fake(p) for p in installed], source, target, Path("m"))
    ] == expected


@pytest.mark.parametrize(
    "installed, source, target, missing",
    [
        ([], "ru", "en", "ru:en"),
        (["ru:en"], "ru", "ko", "en:ko"),
        (["en:ko"], "ru", "ko", "ru:en"),
        ([], "ru", "ko", "ru:en en:ko"),
    ],
)
def test_route_names_what_is_missing(installed, source, target, missing):
    with pytest.raises(ModelError) as error:
        route([fake(p) for p in installed], source, target, Path("m"))
    assert f"(missing: {missing}); install it with 'pressloc models install {missing}'" in str(
        error.value
    )


def test_an_unreachable_index_is_one_line(tmp_path):
    from click.testing import CliRunner

    from pressloc.cli import cli

    url = "http://127.0.0.1:9/index.json"  # the discard port: nothing listens there
    for args in (
        ["models", "available", "--index-url", url],
        ["models", "install", "ru:en", "--index-url", url, "--models-dir", str(tmp_path)],
    ):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 1
        assert result.output.startswith(f"Error: {url}: cannot reach the model index (")
        assert len(result.output.splitlines()) == 1 and "Traceback" not in result.output
