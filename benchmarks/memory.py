"""The translation memory at an archive's size: 100,000 approved units in 5,000 catalogues.

Usage, from the project root:

    python benchmarks/memory.py                   # 5,000 catalogues of 20 units
    python benchmarks/memory.py --catalogues 500  # a quicker look

A project is synthesised from the shared NTREX corpus (every sentence numbered, ``(№ 17)``,
so none repeats): each catalogue holds 20 approved entries of one archived release. A new
release of 20 sentences shares 8 of them with one archived release (in the same order: the
middle ones are in context), edits 6 others (a fuzzy match each) and has 6 of its own.
Printed, each command run as a user runs it, in a process of its own (wall-clock seconds):

- drafting the new release (``translate --engine pseudo --no-check``: no model, the QA checks
  off, so what is timed is pressloc's own work) in a project with no archive, and in the
  archive's project: the first run, which builds the index, and the median of three after it;
- the fuzzy look-up per sentence (in process, the index warm), and how often its prefilter
  finds the best match that comparing with all 100,000 sentences finds;
- that exact matches load no model: the archived release again, translated with the argos
  engine and an empty models folder, succeeds.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "parallel" / "ntrex128-ru-en-ko.jsonl"
UNITS = 20  # approved entries per archived catalogue
OWN = [
    "Стороны договорились провести следующую встречу осенью в Оше.",
    "Пресс-служба ведомства сообщила о подготовке нового соглашения.",
    "Делегация посетила ткацкую фабрику и учебный центр.",
    "В ходе визита обсуждались вопросы поставок хлопка.",
    "Министр поблагодарил корейских партнеров за поддержку.",
    "Участники семинара получили сертификаты.",
]
HEADER = """msgid ""
msgstr ""
"Project-Id-Version: pressloc {name}\\n"
"PO-Revision-Date: 2026-{month:02d}-{day:02d} 10:00+0000\\n"
"Language: en\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"

"""


def corpus(path: Path) -> list[tuple[str, str]]:
    """The corpus's pairs whose Russian, numbered, is one sentence as pressloc splits it (an
    archived unit is a segment of its release)."""
    from pressloc.source.segment import sentenize

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    pairs = [(row["ru"].rstrip("."), row["en"].rstrip(".")) for row in rows if row["ru"].strip()]
    return [
        (ru, en)
        for ru, en in pairs
        if [s.text for s in sentenize(f"{ru} (№ 12345).")] == [f"{ru} (№ 12345)."]
        and len(sentenize(edit(f"{ru} (№ 12345)."))) == 1
    ]


def numbered(pairs: list[tuple[str, str]], i: int) -> tuple[str, str]:
    ru, en = pairs[i % len(pairs)]
    return f"{ru} (№ {i}).", f"{en} (No. {i})."


def archive(root: Path, pairs: list[tuple[str, str]], catalogues: int) -> None:
    """``catalogues`` approved catalogues of ``UNITS`` entries each, written as text."""
    folder = root / "locales" / "en" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (root / "pressloc.toml").write_text('languages = ["en"]\n', encoding="utf-8")
    for c in range(catalogues):
        name = f"arch-{c:05d}"
        blocks = [HEADER.format(name=name, month=1 + c % 12, day=1 + c % 28)]
        for u in range(UNITS):
            ru, en = numbered(pairs, c * UNITS + u)
            blocks.append(
                f'#: seeds/{name}.ru.txt:{u + 1}\nmsgid "{polib.escape(ru)}"\n'
                f'msgstr "{polib.escape(en)}"\n\n'
            )
        (folder / f"{name}.po").write_text("".join(blocks), encoding="utf-8")


def edit(sentence: str) -> str:
    """A reviewer-sized change: the number and one word."""
    words = sentence.split()
    words[len(words) // 2] = "новое"
    return " ".join(words).replace("(№", "(№ 0")


def new_release(root: Path, pairs: list[tuple[str, str]], catalogues: int) -> str:
    shared = [numbered(pairs, 7 * UNITS + u)[0] for u in range(2, 10)]  # catalogue 7, in order
    edited = [edit(numbered(pairs, (c * 997) % (catalogues * UNITS))[0]) for c in range(1, 7)]
    lines = [*shared, *edited, *OWN]  # a paragraph each
    (root / "seeds").mkdir(exist_ok=True)
    (root / "seeds" / "new.ru.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return "seeds/new.ru.txt"


def pressloc(root: Path, *args: str) -> tuple[float, str]:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pressloc", "-C", str(root), *args], capture_output=True, text=True
    )
    if result.returncode != 0:
        sys.exit(f"pressloc {' '.join(args)} failed: {result.stderr.strip()}")
    return time.monotonic() - started, result.stdout


def draft(root: Path, source: str) -> tuple[float, str]:
    """Draft the new release from nothing (its template and catalogue removed first)."""
    for path in (root / "locales" / "new.pot", root / "locales" / "en" / "LC_MESSAGES" / "new.po"):
        path.unlink(missing_ok=True)
    return pressloc(root, "translate", source, "--to", "en", "--engine", "pseudo", "--no-check")


def timings(root: Path, source: str, runs: int = 3) -> float:
    return statistics.median(draft(root, source)[0] for _ in range(runs))


def lookups(root: Path, pairs: list[tuple[str, str]], catalogues: int, count: int) -> None:
    """Fuzzy look-up time per sentence, and the prefilter's agreement with a full scan."""
    from rapidfuzz import fuzz, process

    from pressloc.memory import THRESHOLD, open_memory
    from pressloc.project import Project

    rng = random.Random(28)
    total = catalogues * UNITS
    queries = [edit(numbered(pairs, rng.randrange(total))[0]) for _ in range(count)]
    queries += [numbered(pairs, rng.randrange(total))[0][:-8] + "." for _ in range(count // 4)]
    with open_memory(Project.find(root), "en") as memory:
        index = memory.indexes[0]
        times, found = [], {}
        for query in queries:
            started = time.perf_counter()
            found[query] = index.similar(query, THRESHOLD)
            times.append(1000 * (time.perf_counter() - started))
        sources = [unit.source for unit in index.units()]
    agree = 0
    for query in queries:
        best = process.extractOne(query, sources, scorer=fuzz.ratio, score_cutoff=THRESHOLD * 100)
        mine = found[query][0] * 100 if found[query] else None
        agree += (best is None and mine is None) or (
            best is not None and mine is not None and abs(best[1] - mine) < 1e-6
        )
    times.sort()
    print(
        f"fuzzy look-up per sentence: median {statistics.median(times):.2f} ms, "
        f"95th percentile {times[int(0.95 * len(times))]:.2f} ms, over {len(queries)} sentences"
    )
    print(f"prefilter finds the full scan's best score for {agree} of {len(queries)} sentences")


def no_model(root: Path, pairs: list[tuple[str, str]]) -> None:
    """The archived release 7 again, with argos and no model at all."""
    lines = [numbered(pairs, 7 * UNITS + u)[0] for u in range(UNITS)]
    (root / "seeds" / "again.ru.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    empty = root / "no-models"
    empty.mkdir()
    _, out = pressloc(
        root, "translate", "seeds/again.ru.txt", "--to", "en", "--engine", "argos",
        "--models-dir", str(empty),
    )  # fmt: skip
    print(f"exact matches load no model (argos, empty models folder): {out.strip().split(': ')[1]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--catalogues", type=int, default=5000)
    parser.add_argument("--lookups", type=int, default=400)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    pairs = corpus(args.data)
    with tempfile.TemporaryDirectory() as folder:
        bare, full = Path(folder) / "bare", Path(folder) / "archive"
        (bare / "seeds").mkdir(parents=True)
        (bare / "pressloc.toml").write_text('languages = ["en"]\n', encoding="utf-8")
        source = new_release(bare, pairs, args.catalogues)
        started = time.monotonic()
        archive(full, pairs, args.catalogues)
        new_release(full, pairs, args.catalogues)
        units = args.catalogues * UNITS
        print(f"archive: {units:,} approved units in {args.catalogues:,} catalogues "
              f"(written in {time.monotonic() - started:.1f} s)")  # fmt: skip
        without = timings(bare, source)
        first, out = draft(full, source)
        warm = timings(full, source)
        print(f"new release of 20 sentences: {out.strip().split(': ', 1)[1]}")
        print(f"draft without a memory: {without:.2f} s (median of 3)")
        print(f"draft with the memory, first run (builds the index): {first:.2f} s")
        print(f"draft with the memory, index built: {warm:.2f} s (median of 3): "
              f"{warm - without:+.2f} s")  # fmt: skip
        lookups(full, pairs, args.catalogues, args.lookups)
        no_model(full, pairs)


if __name__ == "__main__":
    main()
