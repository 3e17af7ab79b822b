"""A reviewer saving while pressloc works on the same catalogue: count the saves lost.

Usage, from the project root:

    python benchmarks/reviewer.py                      # 20 runs each of translate and check
    python benchmarks/reviewer.py --runs 5 --lines 400 --period 50 --mode inplace

Each run starts a project with two releases of ``--lines`` NTREX sentences, installs the toy
models, and runs ``pressloc translate --batch-size 1`` (real machine translation, a save after
every sentence) and then ``pressloc check``, each while ``tests/tools/reviewer.py`` approves one
entry of the first release's English catalogue every ``--period`` ms, by a rename (as Poedit
saves) or in place. After each command, every edit the reviewer saved must be in the file,
approved: the benchmark prints the saves made and lost per command.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "parallel" / "ntrex128-ru-en-ko.jsonl"
REVIEWER = ROOT / "tests" / "tools" / "reviewer.py"
MODELS = [ROOT / "tests" / "models" / f"toy-{pair}.argosmodel" for pair in ("ru_en", "en_ko")]
PRESSLOC = [sys.executable, "-m", "pressloc"]


def lost(path: Path, edits: dict[str, str]) -> int:
    import polib

    entries = {e.msgid: e for e in polib.pofile(str(path)) if not e.obsolete}
    return sum(
        1
        for msgid, text in edits.items()
        if msgid not in entries or entries[msgid].msgstr != text or entries[msgid].fuzzy
    )


def reviewed(root: Path, command: list[str], args, seed: int) -> tuple[int, int, float]:
    """Run ``command`` while the reviewer saves; (saves, saves lost, seconds)."""
    po = root / "locales" / "en" / "LC_MESSAGES" / "r0.po"
    reviewer = subprocess.Popen(
        [sys.executable, str(REVIEWER), str(po), args.mode, str(args.period), str(seed)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    reviewer.stdout.readline()
    started = time.monotonic()
    result = subprocess.run([*PRESSLOC, "-C", str(root), *command], capture_output=True, text=True)
    seconds = time.monotonic() - started
    edits = json.loads(reviewer.communicate("\n", timeout=60)[0])
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed: {result.stderr.strip()}")
    return len(edits), lost(po, edits), seconds


def project(folder: Path, lines: int, models: Path) -> Path:
    root = folder / "project"
    (root / "seeds").mkdir(parents=True)
    rows = [json.loads(line)["ru"] for line in DATA.read_text(encoding="utf-8").splitlines()]
    for k in range(2):
        text = "\n".join(rows[k * lines : (k + 1) * lines]) + "\n"
        (root / "seeds" / f"r{k}.ru.txt").write_text(text, encoding="utf-8")
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument(
        "--lines", type=int, default=100, help="sentences per release (two releases)"
    )
    parser.add_argument(
        "--period", type=float, default=50, help="ms between two saves of the reviewer"
    )
    parser.add_argument("--mode", choices=["atomic", "inplace"], default="atomic")
    args = parser.parse_args()
    totals = {"translate": [0, 0, 0.0], "check": [0, 0, 0.0]}
    with tempfile.TemporaryDirectory() as folder:
        models = Path(folder) / "models"
        subprocess.run(
            [*PRESSLOC, "models", "install", *map(str, MODELS), "--models-dir", str(models)],
            check=True,
            capture_output=True,
        )
        os.environ["PRESSLOC_MODELS_DIR"] = str(models)
        commands = {
            "translate": [
                "translate",
                "seeds/r0.ru.txt",
                "seeds/r1.ru.txt",
                "--to",
                "en",
                "--batch-size",
                "1",
                "--no-check",
            ],
            "check": ["check", "--lang", "en"],
        }
        for run in range(args.runs):
            root = project(Path(folder) / str(run), args.lines, models)
            for name, command in commands.items():
                saves, missing, seconds = reviewed(root, command, args, run)
                for i, value in enumerate((saves, missing, seconds)):
                    totals[name][i] += value
                print(
                    f"run {run + 1:2}: {name:<9} {saves:4} saves, {missing} lost, {seconds:5.1f} s",
                    file=sys.stderr,
                )
            shutil.rmtree(root)
    print(
        f"{args.runs} runs, two releases of {args.lines} sentences, "
        f"a save every {args.period:g} ms "
        f"({args.mode})"
    )
    for name, (saves, missing, seconds) in totals.items():
        print(f"{name:<9} {saves:5} saves, {missing} lost ({seconds / args.runs:.1f} s a run)")


if __name__ == "__main__":
    main()
