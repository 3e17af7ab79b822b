"""How pressloc's cost grows with a catalogue's size: translate, status and a re-run.

Usage, from the project root:

    python benchmarks/scale.py                  # 10,000 and 100,000 sentences
    python benchmarks/scale.py --sizes 20000

For each size, a release of that many distinct NTREX sentences (numbered, so none repeats) is
drafted with the pseudo engine (no model: what is timed is pressloc's own work), then
``pressloc status`` and ``pressloc translate`` again (nothing to do) are timed. Each command
runs as a user runs it, in a process of its own; wall-clock seconds.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "parallel" / "ntrex128-ru-en-ko.jsonl"


def timed(root: Path, *args: str) -> float:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pressloc", "-C", str(root), *args], capture_output=True, text=True
    )
    if result.returncode != 0:
        sys.exit(f"pressloc {' '.join(args)} failed: {result.stderr.strip()}")
    return time.monotonic() - started


def release(root: Path, size: int, data: Path) -> str:
    rows = [json.loads(line)["ru"] for line in data.read_text(encoding="utf-8").splitlines()]
    lines = [f"{rows[i % len(rows)].rstrip('.')} (№ {i})." for i in range(size)]
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "big.ru.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return "seeds/big.ru.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", type=lambda text: [int(n) for n in text.split(",")], default=[10_000, 100_000]
    )
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    print(f"{'sentences':>9} {'entries':>8} {'translate s':>11} {'status s':>8} {'re-run s':>8}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            source = release(root, size, args.data)
            translate = ("translate", source, "--to", "en", "--engine", "pseudo", "--no-check")
            first = timed(root, *translate)
            status = timed(root, "status")
            again = timed(root, *translate)
            po = root / "locales" / "en" / "LC_MESSAGES" / "big.po"
            entries = po.read_text(encoding="utf-8").count('\nmsgid "') - 1
            print(f"{size:>9,} {entries:>8,} {first:>11.1f} {status:>8.1f} {again:>8.1f}")


if __name__ == "__main__":
    main()
