"""Measure the QA checks on real machine output: the toy argos models' drafts of NTREX.

Usage, from the project root (chrF needs the ``bench`` extra: ``pip install -e '.[bench]'``):

    python benchmarks/qa_mt.py
    python benchmarks/qa_mt.py --limit 200 --show 10
    python benchmarks/qa_mt.py --json /tmp/qa_mt.json --fresh

The Russian side of ``--data`` (one ``{"id", "ru", "en", "ko"}`` a line) is translated into
English, and into Korean through English, by pressloc's argos engine with the two toy
packages of ``tests/models``. They know only their 49 training sentences, so nearly every
draft is real garbage, of the kind a neural engine writes out of its depth. Each draft is
labelled by its chrF against the human translation (below 30 a failure, 60 or more fine,
the band between apart) and checked as ``pressloc check`` does, with the sentences before
it in the file as its context (the file read as one running text).

Printed per language, for each half of the rows (split by a hash of the id: "fit", for
fitting thresholds later, and "held-out", to measure them on) and for all: the drafts in
each band and the share of them that any check, any error-severity check and each check
flags; the failures that no check flags (``--show N``, lowest chrF first); the CPU time of
the checks per entry (the first call, which loads models, apart) and of translation per
sentence. ``--json FILE`` writes one row per draft (JSON Lines) for later work.

The drafts are cached under the system temp folder, keyed by the data, the archives and
``--limit``, with the CPU time their translation took; ``--fresh`` translates again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from pressloc.qa import CHECKS, ERROR, Problem, context_of, run_checks

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = PROJECT_ROOT.parent / "shared" / "data" / "parallel" / "ntrex128-ru-en-ko.jsonl"
ARCHIVES = tuple(
    PROJECT_ROOT / "tests" / "models" / f"toy-{pair}.argosmodel" for pair in ("ru_en", "en_ko")
)
LANGUAGES = ("en", "ko")
HALVES = ("fit", "held-out", "all")
BANDS = ("failure", "middle", "fine")
FAILURE_BELOW, FINE_FROM = 30.0, 60.0  # chrF
BATCH = 64  # sentences per call of the engine
WIDTH = 9  # of a column of the table


def half_of(key: str) -> str:
    """A fixed half for each id: the first byte of its SHA-256, even or odd."""
    return "fit" if hashlib.sha256(key.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


def band(chrf: float) -> str:
    return "failure" if chrf < FAILURE_BELOW else "fine" if chrf >= FINE_FROM else "middle"


def load(path: Path, limit: int | None) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return rows[:limit] if limit else rows


def progress(label: str, done: int, total: int) -> None:
    print(
        f"\r{label}: {done}/{total}", end="\n" if done == total else "", file=sys.stderr, flush=True
    )


# Translation, cached


def cache_file(data: Path, limit: int | None) -> Path:
    digest = hashlib.sha256()
    for path in (data, *ARCHIVES):
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    digest.update(f"limit={limit}".encode())
    return Path(tempfile.gettempdir()) / f"pressloc-qa-mt-{digest.hexdigest()[:16]}.json"


def cached_drafts(rows: list[dict], data: Path, limit: int | None, fresh: bool) -> dict:
    """``{"drafts": {lang: [draft records]}, "cpu": {lang: seconds}}``, from the cache unless
    ``fresh`` or missing; a new translation is written to the cache."""
    path = cache_file(data, limit)
    if path.exists() and not fresh:
        print(f"drafts read from {path} (--fresh to translate again)", file=sys.stderr)
        return json.loads(path.read_text(encoding="utf-8"))
    translated = translate_all([row["ru"] for row in rows])
    staging = path.with_suffix(f".{os.getpid()}.tmp")
    staging.write_text(json.dumps(translated, ensure_ascii=False), encoding="utf-8")
    os.replace(staging, path)
    print(f"drafts cached in {path}", file=sys.stderr)
    return translated


def translate_all(sentences: list[str]) -> dict:
    """Install the toy packages into a temporary folder and translate into each language,
    timing the CPU (all threads; loading each model included)."""
    from pressloc.mt.engines import EngineSettings, get_engine
    from pressloc.mt.models import install_archive

    result: dict = {"drafts": {}, "cpu": {}}
    with tempfile.TemporaryDirectory(prefix="pressloc-qa-mt-models-") as folder:
        for archive in ARCHIVES:
            install_archive(archive, Path(folder))
        engine = get_engine("argos", EngineSettings(models_dir=Path(folder)))
        for language in LANGUAGES:
            start = time.process_time()
            drafts = translate_batched(engine, sentences, language)
            result["cpu"][language] = time.process_time() - start
            result["drafts"][language] = [
                {
                    "text": d.text,
                    "score": d.score,
                    "pivot": d.notes.get("pivot-en"),
                    "alternatives": list(d.alternatives),
                }
                for d in drafts
            ]
    return result


def translate_batched(engine, sentences: list[str], language: str) -> list:
    drafts = []
    for start in range(0, len(sentences), BATCH):
        drafts += engine.translate(sentences[start : start + BATCH], "ru", language)
        progress(f"translating ru→{language}", len(drafts), len(sentences))
    return drafts


# Checking and scoring


def check_all(
    rows: list[dict], drafts: list[dict], language: str
) -> tuple[list[dict], list[float]]:
    """One record per draft, and the CPU seconds each call of the checks took, in order."""
    from sacrebleu import sentence_chrf

    sources = [row["ru"] for row in rows]
    records, seconds = [], []
    for i, (row, draft) in enumerate(zip(rows, drafts, strict=True)):
        start = time.process_time()
        problems = run_checks(
            row["ru"],
            draft["text"],
            language,
            glossary=None,
            context=context_of(sources, i),
            pivot=draft["pivot"],  # a pivoted draft's English, as translate and check read it
        )
        if not draft["text"].strip():  # translate never applies an empty draft: it is retried
            problems = [Problem("(empty)", ERROR, "(empty): no draft")]
        seconds.append(time.process_time() - start)
        chrf = round(sentence_chrf(draft["text"], [row[language]]).score, 2)
        records.append(
            {
                "id": row["id"],
                "half": half_of(row["id"]),
                "lang": language,
                "source": row["ru"],
                "draft": draft["text"],
                "pivot": draft["pivot"],
                "reference": row[language],
                "chrF": chrf,
                "label": band(chrf),
                "checks": list(dict.fromkeys(p.check for p in problems)),
                "errors": list(dict.fromkeys(p.check for p in problems if p.severity == ERROR)),
                "score": draft["score"],
            }
        )
        if (i + 1) % 25 == 0 or i + 1 == len(rows):
            progress(f"checking ru→{language}", i + 1, len(rows))
    return records, seconds


def flags(record: dict, line: str) -> bool:
    if line == "(any)":
        return bool(record["checks"])
    if line == "(any error)":
        return bool(record["errors"])
    return line in record["checks"]


# Report


def report(
    records: list[dict], language: str, seconds: list[float], translation_cpu: float, show: int
) -> None:
    means = []
    for half in HALVES:
        chosen = [r["chrF"] for r in records if half in ("all", r["half"])]
        means.append(f"{half} {sum(chosen) / max(len(chosen), 1):.1f}")
    print(f"\nru→{language}: {len(records)} drafts; mean chrF: {', '.join(means)}")
    print_table(records)
    print_times(seconds, translation_cpu, len(records))
    print_unflagged(records, language, show)


def print_table(records: list[dict]) -> None:
    """Drafts per band and half, and the share (%) of each that each check flags."""
    cells = [(b, h) for b in BANDS for h in HALVES]
    groups = {
        cell: [r for r in records if r["label"] == cell[0] and cell[1] in ("all", r["half"])]
        for cell in cells
    }
    print(f"  {'share flagged, %':<17}" + "".join(f"{b:^{3 * WIDTH}}" for b in BANDS).rstrip())
    print(f"  {'':<17}" + "".join(f"{h:>{WIDTH}}" for _, h in cells))
    print(f"  {'drafts':<17}" + "".join(f"{len(groups[cell]):>{WIDTH}}" for cell in cells))
    for line in ["(any)", "(any error)", "(empty)"] + [check.name for check in CHECKS]:
        shares = [
            _share(sum(flags(r, line) for r in groups[cell]), len(groups[cell])) for cell in cells
        ]
        print(f"  {line:<17}" + "".join(f"{share:>{WIDTH}}" for share in shares))


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}" if whole else "–"


def print_times(seconds: list[float], translation_cpu: float, count: int) -> None:
    rest = seconds[1:]
    print(
        f"  CPU time, checks: {1000 * sum(rest) / max(len(rest), 1):.1f} ms an entry"
        f" (first call {seconds[0]:.2f} s, loading models; all {sum(seconds):.1f} s)"
    )
    print(
        f"  CPU time, translation: {1000 * translation_cpu / max(count, 1):.1f} ms a sentence"
        f" (all {translation_cpu:.1f} s, loading the models included)"
    )


def print_unflagged(records: list[dict], language: str, show: int) -> None:
    unflagged = [r for r in records if r["label"] == "failure" and not r["checks"]]
    failures = sum(r["label"] == "failure" for r in records)
    empty = sum(not r["draft"].strip() for r in unflagged)
    print(
        f"  failures no check flags: {len(unflagged)} of {failures}"
        f" ({empty} of them empty drafts, which no check reads)"
    )
    for r in sorted(unflagged, key=lambda r: (not r["draft"].strip(), r["chrF"]))[:show]:
        print(f"    chrF {r['chrF']:5.1f}  {r['id']} ({r['half']})\n      ru: {r['source']}")
        if r["pivot"] is not None:
            print(f"      en (pivot): {r['pivot']}")
        print(f"      {language}: {r['draft']}\n      human: {r['reference']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N lines")
    parser.add_argument(
        "--show",
        type=int,
        default=0,
        metavar="N",
        help="print the N unflagged failures of lowest chrF (empty drafts last)",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the per-draft rows")
    parser.add_argument("--fresh", action="store_true", help="translate again, ignore the cache")
    args = parser.parse_args(argv)
    if not args.data.exists():
        parser.error(f"{args.data}: no such file; pass --data")
    rows = load(args.data, args.limit)
    cached = not args.fresh and cache_file(args.data, args.limit).exists()
    translated = cached_drafts(rows, args.data, args.limit, args.fresh)
    origin = "from the cache (the translation times are that run's)" if cached else "new"
    print(
        f"{args.data.name}: {len(rows)} sentences, drafts {origin}; chrF bands:"
        f" failure < {FAILURE_BELOW:g} ≤ middle < {FINE_FROM:g} ≤ fine"
    )
    everything = []
    for language in LANGUAGES:
        records, seconds = check_all(rows, translated["drafts"][language], language)
        report(records, language, seconds, translated["cpu"][language], args.show)
        everything += records
    if args.json:
        args.json.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in everything), encoding="utf-8"
        )
        print(f"\n{len(everything)} rows written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
