"""Shared fixtures: a project folder with the sample release, a CLI runner, a reviewer."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner

from pressloc.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "kg-kr-textile-forum.ru.txt"
SAMPLE_NAME = "kg-kr-textile-forum"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh project root holding ``seeds/`` with the sample release."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(SAMPLE, tmp_path / "seeds" / SAMPLE.name)
    return tmp_path


@pytest.fixture
def run(project: Path):
    """``run("status")`` invokes the CLI in the project and returns the click Result."""
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(cli, ["-C", str(project), *args], input=input, catch_exceptions=False)

    return invoke


def po_path(project: Path, language: str, name: str = SAMPLE_NAME) -> Path:
    return project / "locales" / language / "LC_MESSAGES" / f"{name}.po"


def approve(path: Path, edit=lambda entry: entry.msgstr, only=lambda entry: True) -> list[str]:
    """Act as a reviewer: correct (``edit``) and approve every matching draft; msgids approved."""
    po = polib.pofile(str(path), wrapwidth=78)
    approved = []
    for entry in po:
        if entry.obsolete or not entry.msgstr or not only(entry):
            continue
        entry.msgstr = edit(entry)
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = None
        approved.append(entry.msgid)
    po.save(str(path))
    return approved


def msgfmt_check(path: Path) -> None:
    """GNU gettext's verdict: the catalogue compiles and passes ``--check``."""
    result = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def dead_pid() -> int:
    """The PID of a process that has ended (a killed run's)."""
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


def leftover(folder: Path, target: str) -> Path:
    """A temporary file as a killed pressloc run leaves it beside ``target`` in ``folder``."""
    from pressloc.fsutil import own_suffix

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f".{target}.k1ll3d{own_suffix(dead_pid())}.tmp"
    path.write_text("half a file", encoding="utf-8")
    return path
