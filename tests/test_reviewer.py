"""A reviewer saving while pressloc writes the same catalogue loses nothing.

The catalogues are written by compare-and-swap (``fsutil.swap_in``): the table tests put a
save at each moment of a write; the last test has a reviewer process save every few
milliseconds during real runs of ``translate`` and ``check``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import polib
import pytest

from conftest import msgfmt_check
from pressloc import fsutil

REVIEWER = Path(__file__).parent / "tools" / "reviewer.py"
OURS, THEIRS = b"# ours\n", b"# the reviewer's save\n"


def rename_save(path: Path, data: bytes) -> None:
    """A save as Poedit makes it: a new file renamed over the old one."""
    tmp = path.with_name(".poedit.save")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def test_a_write_onto_what_was_read_replaces_it(tmp_path):
    path = tmp_path / "x.po"
    path.write_bytes(b"# read\n")
    assert fsutil.swap_in(path, OURS, b"# read\n") is None
    assert path.read_bytes() == OURS and list(tmp_path.iterdir()) == [path]


def test_a_save_since_the_read_is_put_back_and_returned(tmp_path):
    path = tmp_path / "x.po"
    path.write_bytes(b"# read\n")
    rename_save(path, THEIRS)
    assert fsutil.swap_in(path, OURS, b"# read\n") == THEIRS
    assert path.read_bytes() == THEIRS and list(tmp_path.iterdir()) == [path]


def test_a_file_made_since_the_read_is_not_replaced(tmp_path):
    path = tmp_path / "x.po"
    path.write_bytes(THEIRS)
    assert fsutil.swap_in(path, OURS, None) == THEIRS
    assert path.read_bytes() == THEIRS


def test_a_save_during_the_exchange_is_put_back(tmp_path, monkeypatch):
    """A save that lands after ours went in but before what came out is read replaces ours: the
    put-back must not bring the older file back over it."""
    path = tmp_path / "x.po"
    path.write_bytes(b"# read\n")
    rename_save(path, b"# first save\n")
    real, calls = fsutil._renameat2, []

    def then_a_save(source, target, flags):
        done = real(source, target, flags)
        calls.append(flags)
        if len(calls) == 1:  # just after ours went in
            rename_save(path, THEIRS)
        return done

    monkeypatch.setattr(fsutil, "_renameat2", then_a_save)
    assert fsutil.swap_in(path, OURS, b"# read\n") == THEIRS
    assert path.read_bytes() == THEIRS


def test_a_save_written_in_place_across_the_exchange_is_waited_for(tmp_path):
    """An editor that opened the old file for writing before the exchange and writes after it:
    what it writes is read once it closes the file, and put back."""
    path = tmp_path / "x.po"
    path.write_bytes(b"# read\n")
    editor = open(path, "wb")  # noqa: SIM115 - held open across the exchange

    def write_later():
        time.sleep(0.2)
        editor.write(THEIRS)
        editor.close()

    thread = threading.Thread(target=write_later)
    thread.start()
    assert fsutil.swap_in(path, OURS, b"# read\n") == THEIRS
    thread.join()
    assert path.read_bytes() == THEIRS


def test_a_program_opening_the_file_before_the_put_back_reads_the_save(tmp_path, monkeypatch):
    """Nobody reads ours in place of a save it would hide: a program that opens the file while
    ours is there waits, and then reads the save."""
    path = tmp_path / "x.po"
    path.write_bytes(b"# read\n")
    rename_save(path, THEIRS)
    real, reader = fsutil._put_back, []

    def a_reader_opens_it_first(*args):
        reader.append(
            subprocess.Popen(
                [sys.executable, "-c", f"print(open({str(path)!r}).read(), end='')"],
                stdout=subprocess.PIPE,
                text=True,
            )
        )
        time.sleep(0.3)  # it has opened ours and waits on the lease
        return real(*args)

    monkeypatch.setattr(fsutil, "_put_back", a_reader_opens_it_first)
    assert fsutil.swap_in(path, OURS, b"# read\n") == THEIRS
    assert reader[0].communicate(timeout=10)[0] == THEIRS.decode()


def test_an_editor_saving_in_place_into_ours_before_the_put_back_saves_into_the_file(
    tmp_path, monkeypatch
):
    """An editor that opened ours for writing (it waits on the lease) writes, once let go, into
    the file at the path, not into one taken out of place."""
    path = tmp_path / "x.po"
    path.write_bytes(b"# read\n")
    rename_save(path, THEIRS)
    real, editor = fsutil._put_back, []
    script = f"with open({str(path)!r}, 'w') as f: f.write('# saved in place\\n')"

    def an_editor_opens_it_first(*args):
        if not editor:
            editor.append(subprocess.Popen([sys.executable, "-c", script]))
            time.sleep(0.3)  # it has opened ours for writing and waits on the lease
        return real(*args)

    monkeypatch.setattr(fsutil, "_put_back", an_editor_opens_it_first)
    assert fsutil.swap_in(path, OURS, b"# read\n") == THEIRS
    editor[0].wait(timeout=10)
    assert path.read_bytes() == b"# saved in place\n"


def test_save_merging_merges_every_save_until_one_write_holds(tmp_path):
    path = tmp_path / "x.po"
    path.write_bytes(b"a\n")
    saves = iter([b"a\nreviewer 1\n", b"a\nreviewer 1\nreviewer 2\n"])

    def make(current):
        save = next(saves, None)
        if save is not None:
            rename_save(path, save)  # a reviewer saves while we work on ``current``
        return current + b"ours\n" if not current.endswith(b"ours\n") else None

    assert fsutil.save_merging(path, b"a\n", make) == b"a\nreviewer 1\nreviewer 2\nours\n"
    assert path.read_bytes() == b"a\nreviewer 1\nreviewer 2\nours\n"


SENTENCES = [
    f"Участники форума обсудили вопрос номер {n} о сотрудничестве в текстильной отрасли."
    for n in range(1, 9)
]
RUNS = 10  # per way of saving, so 20 runs of each command


class Reviewer:
    """The reviewer process of ``tests/tools/reviewer.py``, saving ``path`` every 2 ms."""

    def __init__(self, path: Path, mode: str, seed: int):
        self.process = subprocess.Popen(
            [sys.executable, str(REVIEWER), str(path), mode, "2", str(seed)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout.readline() == "ready\n"

    def stop(self) -> dict[str, str]:
        out, _ = self.process.communicate("\n", timeout=30)
        return json.loads(out)


def lost(path: Path, edits: dict[str, str]) -> list[str]:
    entries = {entry.msgid: entry for entry in polib.pofile(str(path)) if not entry.obsolete}
    return [
        msgid
        for msgid, text in edits.items()
        if msgid not in entries or entries[msgid].msgstr != text or entries[msgid].fuzzy
    ]


@pytest.fixture
def slow_engine(monkeypatch):
    """The pseudo engine taking 20 ms a batch, as a model does (so the reviewer saves between)."""
    from pressloc.mt.engines.pseudo import PseudoEngine

    real = PseudoEngine.translate

    def translate(self, *args, **kwargs):
        time.sleep(0.02)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(PseudoEngine, "translate", translate)


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["atomic", "inplace"])
def test_no_save_of_a_reviewer_saving_every_2_ms_is_lost_by_translate_or_check(
    run, project, mode, slow_engine
):
    source = project / "seeds" / "many.ru.txt"
    path = project / "locales" / "en" / "LC_MESSAGES" / "many.po"
    total = {"translate": 0, "check": 0}
    for seed in range(RUNS):
        if path.exists():
            path.unlink()
        source.write_text(
            " ".join(SENTENCES[: 4 + seed % 5]) + f"\nРаунд {seed}.\n", encoding="utf-8"
        )
        for command in ("translate", "check"):
            reviewer = Reviewer(path, mode, seed)
            if command == "translate":
                result = run(
                    "translate",
                    "seeds/many.ru.txt",
                    "--to",
                    "en",
                    "--engine",
                    "pseudo",
                    "--batch-size",
                    "1",
                    "--no-check",
                )
            else:
                result = run("check", "many", "--lang", "en")
            edits = reviewer.stop()
            assert result.exit_code == 0, result.output
            assert lost(path, edits) == [], f"{command} run {seed} ({mode})"
            total[command] += len(edits)
        msgfmt_check(path)
    assert min(total.values()) > 2 * RUNS  # the reviewer did save during the runs
