"""The promises of docs/safety.md hold with the translation memory on (issue 28): one writer
at a time, nothing lost or half-written when ``translate`` is killed while it builds or reads
the memory's index, and no save of a reviewer lost while memory fills are written."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import polib
import pytest

from conftest import msgfmt_check, po_path
from pressloc.lock import ProjectLock
from test_reviewer import SENTENCES, Reviewer, lost, slow_engine  # noqa: F401 - a fixture

PRESSLOC = [sys.executable, "-m", "pressloc"]


def compendium(path: Path, pairs: dict[str, str], language: str = "en") -> None:
    """A PO memory file approving ``pairs`` (source → translation)."""
    po = polib.POFile(wrapwidth=78)
    po.metadata = {"Language": language, "Content-Type": "text/plain; charset=UTF-8"}
    for source, target in pairs.items():
        po.append(polib.POEntry(msgid=source, msgstr=target))
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))


def test_memory_commands_wait_for_the_lock_and_write_nothing_without_it(run, project, monkeypatch):
    monkeypatch.setattr(ProjectLock.__init__, "__defaults__", (0.0,))
    compendium(project / "old.po", {SENTENCES[0]: "Approved."})
    (project / "seeds" / "many.ru.txt").write_text(SENTENCES[0] + "\n", encoding="utf-8")
    locked = (
        f"Error: {project / 'locales'}: locked by PID {__import__('os').getpid()}, another "
        "pressloc run; wait for it to finish or stop it\n"
    )
    with ProjectLock(project / "locales", wait=0):
        for command in (
            ("memory", "import", str(project / "old.po")),
            ("translate", "seeds/many.ru.txt", "--to", "en", "--engine", "pseudo"),
        ):
            result = run(*command)
            assert (result.exit_code, result.output) == (1, locked)
        assert sorted(path.name for path in (project / "locales").iterdir()) == [".pressloc.lock"]
    assert run("memory", "import", str(project / "old.po")).exit_code == 0


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["atomic", "inplace"])
def test_no_save_of_a_reviewer_is_lost_while_translate_fills_from_memory(
    run,
    project,
    mode,
    slow_engine,  # noqa: F811 - the fixture
):
    """tests/test_reviewer.py's stress, with half the sentences in the memory: a reviewer
    saves every 2 ms while the fills and the drafts are written batch by batch."""
    compendium(
        project / "locales" / "memory" / "en" / "old.po",
        {sentence: f"Approved {i}." for i, sentence in enumerate(SENTENCES) if i % 2 == 0},
    )
    source, path = project / "seeds" / "many.ru.txt", po_path(project, "en", "many")
    total = 0
    for seed in range(6):
        path.unlink(missing_ok=True)
        source.write_text(" ".join(SENTENCES[: 4 + seed % 5]) + f"\nРаунд {seed}.\n", "utf-8")
        reviewer = Reviewer(path, mode, seed)
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
        edits = reviewer.stop()
        assert result.exit_code == 0, result.output
        assert lost(path, edits) == [], f"run {seed} ({mode})"
        filled = [e for e in polib.pofile(str(path)) if e.msgstr.startswith("Approved ")]
        assert filled or edits, "the memory filled nothing"
        total += len(edits)
        msgfmt_check(path)
    assert total > 6  # the reviewer did save during the runs


def snapshot(root: Path) -> dict[str, dict[str, str]]:
    """The approved entries of every catalogue, as text, by path."""
    found = {}
    for path in sorted((root / "locales").rglob("*.po")):
        if "memory" in path.parts or path.name.startswith("."):
            continue
        msgfmt_check(path)
        po = polib.pofile(str(path), wrapwidth=78, check_for_duplicates=True)
        found[str(path)] = {e.msgid: str(e) for e in po if e.translated() and not e.obsolete}
    return found


@pytest.mark.slow
def test_translate_killed_while_it_builds_or_reads_the_memory_loses_nothing(project):
    """A memory of 3,000 units (its index takes a good part of a run to build) and releases
    sharing sentences with it; ``translate`` is killed at random moments. After every kill the
    catalogues are whole and what was approved is as it was; the run that completes fills
    from the memory as if nothing had happened."""
    rng = random.Random(28)
    memory = {
        f"Архивное предложение номер {n} о сотрудничестве.": f"Archive {n}." for n in range(3000)
    }
    compendium(project / "locales" / "memory" / "en" / "archive.po", memory)
    shared = list(memory)[:40]
    sources = []
    for r in range(4):
        lines = [" ".join(shared[r * 10 + i] for i in range(k, k + 2)) for k in range(0, 10, 2)]
        lines.append(f"Новое предложение выпуска {r}.")
        (project / "seeds" / f"r{r}.ru.txt").write_text("\n".join(lines) + "\n", "utf-8")
        sources.append(f"seeds/r{r}.ru.txt")
    command = [
        *PRESSLOC,
        "-C",
        str(project),
        "translate",
        *sources,
        "--to",
        "en",
        "--engine",
        "pseudo",
        "--batch-size",
        "1",
        "--no-check",
    ]
    started = time.monotonic()
    subprocess.run(command, check=True, capture_output=True)  # measures a complete run …
    full = time.monotonic() - started
    for path in (project / "locales").rglob("*"):  # … and starts again from nothing
        if path.is_file() and "memory" not in path.parts:
            path.unlink()
    approved = {}
    for kill in range(12):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            process.wait(timeout=rng.uniform(0, 1.2 * full))
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
        _, stderr = process.communicate()
        assert process.returncode in (0, -signal.SIGKILL), stderr.decode()
        now = snapshot(project)
        for path, entries in approved.items():
            assert {m: now[path].get(m) for m in entries} == entries, f"kill {kill}: {path}"
        approved = now
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    for r in range(4):
        po = polib.pofile(str(po_path(project, "en", f"r{r}")))
        assert sum(1 for e in po if e.msgstr.startswith("Archive ")) == 10
    again = subprocess.run(command, capture_output=True, text=True)
    assert again.stdout.count("0 new machine drafts, unchanged") == 4, again.stdout
