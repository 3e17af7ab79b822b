"""What ``pressloc check`` costs an entry, as a user runs it, on the NTREX-128 pairs.

Usage, from the project root:

    python benchmarks/check_speed.py
    python benchmarks/check_speed.py --limit 500

A project gets one release of the NTREX sentences and English and Korean catalogues holding
the human translations (as drafts to check); ``pressloc check`` runs on both in a process of
its own, and its CPU time (user and system, every thread) is read from the operating system.
Start-up is the same command on a project of one sentence: loading Python, pressloc and every
model the checks use. The cost an entry is (whole run − start-up) / entries.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "parallel" / "ntrex128-ru-en-ko.jsonl"


def project(folder: Path, rows: list[dict]) -> Path:
    """A project whose catalogues hold ``rows``' human translations as fuzzy drafts."""
    root = folder / "project"
    (root / "seeds").mkdir(parents=True)
    text = "\n".join(row["ru"] for row in rows) + "\n"
    (root / "seeds" / "ntrex.ru.txt").write_text(text, encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "pressloc",
        "-C",
        str(root),
        "translate",
        "seeds/ntrex.ru.txt",
        "--to",
        "en,ko",
        "--engine",
        "pseudo",
        "--no-check",
    ]
    subprocess.run(command, check=True, capture_output=True)
    by_source = {row["ru"]: row for row in rows}
    for language in ("en", "ko"):
        path = root / "locales" / language / "LC_MESSAGES" / "ntrex.po"
        po = polib.pofile(str(path))
        for entry in po:
            row = by_source.get(entry.msgid)
            entry.msgstr = row[language] if row else entry.msgstr
            entry.comment = ""  # a human translation: no machine notes
        po.save(str(path))
    return root


def cpu_of(root: Path) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, entries checked) of ``pressloc check`` in ``root``."""
    before = os.times()
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pressloc", "-C", str(root), "check"], capture_output=True, text=True
    )
    wall = time.monotonic() - started
    after = os.times()
    if result.returncode != 0:
        sys.exit(f"pressloc check failed: {result.stderr.strip()}")
    checked = sum(int(line.split(": ")[1].split()[0]) for line in result.stdout.splitlines())
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return cpu, wall, checked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    rows = rows[: args.limit] if args.limit else rows
    with tempfile.TemporaryDirectory() as folder:
        start_cpu, start_wall, _ = cpu_of(project(Path(folder) / "one", rows[:1]))
        cpu, wall, checked = cpu_of(project(Path(folder) / "all", rows))
    print(f"pressloc check on {checked:,} entries ({len(rows):,} sources, English and Korean)")
    print(f"start-up (one entry each): {start_cpu:.2f} s CPU, {start_wall:.2f} s wall")
    print(f"whole run: {cpu:.1f} s CPU, {wall:.1f} s wall")
    print(f"after start-up: {1000 * (cpu - start_cpu) / checked:.1f} ms CPU an entry")


if __name__ == "__main__":
    main()
