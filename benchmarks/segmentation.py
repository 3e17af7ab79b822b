"""Score sentence segmenters on gold Russian data: boundary P/R/F1 and speed.

Usage, from the project root:

    python benchmarks/segmentation.py
    python benchmarks/segmentation.py --data ../shared/data/segmentation --repeats 5
    python benchmarks/segmentation.py --errors pressloc   # list the wrong boundaries

Each gold file holds one JSON object per line, ``{"id": ..., "sentences": [...]}``;
joining the sentences with one space gives a paragraph. A boundary is the offset of
a sentence end counted in non-space characters, so that segmenters that strip or keep
whitespace differently are scored alike. Speed is gold sentences per second over all
paragraphs of the file, best of a few repeats, in one process.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = PROJECT_ROOT.parent / "shared" / "data" / "segmentation"

Segmenter = Callable[[str], Iterable]  # text -> objects with .start and .stop


@dataclass(frozen=True)
class Paragraph:
    id: str
    text: str
    boundaries: frozenset[int]
    sentences: int


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    true_positives: int
    false_positives: int
    false_negatives: int


def nonspace_offsets(text: str) -> list[int]:
    """For every position i in text, the number of non-space characters before i."""
    counts = [0]
    for char in text:
        counts.append(counts[-1] + (not char.isspace()))
    return counts


def gold_boundaries(sentences: list[str]) -> frozenset[int]:
    total, ends = 0, []
    for sentence in sentences:
        total += sum(not char.isspace() for char in sentence)
        ends.append(total)
    return frozenset(ends[:-1])


def predicted_boundaries(segmenter: Segmenter, text: str) -> frozenset[int]:
    counts = nonspace_offsets(text)
    total = counts[-1]
    ends = {counts[segment.stop] for segment in segmenter(text)}
    return frozenset(end for end in ends if 0 < end < total)


def load(path: Path) -> list[Paragraph]:
    paragraphs = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            sentences = record["sentences"]
            paragraphs.append(
                Paragraph(
                    record["id"], " ".join(sentences), gold_boundaries(sentences), len(sentences)
                )
            )
    return paragraphs


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def score(segmenter: Segmenter, paragraphs: list[Paragraph]) -> Score:
    """Boundary precision, recall and F1 of ``segmenter`` over ``paragraphs``."""
    tp = fp = fn = 0
    for paragraph in paragraphs:
        predicted = predicted_boundaries(segmenter, paragraph.text)
        tp += len(predicted & paragraph.boundaries)
        fp += len(predicted - paragraph.boundaries)
        fn += len(paragraph.boundaries - predicted)
    precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    f1 = ratio(2 * precision * recall, precision + recall)
    return Score(precision, recall, f1, tp, fp, fn)


def speed(segmenter: Segmenter, paragraphs: list[Paragraph], repeats: int = 5) -> float:
    """Gold sentences per second, best of ``repeats`` passes over all paragraphs."""
    sentences = sum(paragraph.sentences for paragraph in paragraphs)
    best = float("inf")
    for _ in range(repeats):
        began = time.perf_counter()
        for paragraph in paragraphs:
            list(segmenter(paragraph.text))
        best = min(best, time.perf_counter() - began)
    return sentences / best


def errors(segmenter: Segmenter, paragraphs: list[Paragraph], width: int = 40) -> Iterable[str]:
    """One line per wrong boundary: FP (cut that gold does not have) or FN (missed cut)."""
    for paragraph in paragraphs:
        predicted = predicted_boundaries(segmenter, paragraph.text)
        counts = nonspace_offsets(paragraph.text)
        position = {count: index for index, count in reversed(list(enumerate(counts)))}
        wrong = [("FP", b) for b in predicted - paragraph.boundaries]
        wrong += [("FN", b) for b in paragraph.boundaries - predicted]
        for kind, boundary in sorted(wrong, key=lambda item: item[1]):
            at = position[boundary]
            left = paragraph.text[max(0, at - width) : at].replace("\n", " ")
            right = paragraph.text[at : at + width].replace("\n", " ")
            yield f"{kind} {paragraph.id} {left:>{width}}|{right}"


def segmenters() -> dict[str, Segmenter]:
    if str(PROJECT_ROOT / "src") not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT / "src"))  # works without ``pip install -e .``
    from razdel import sentenize as razdel_sentenize

    from pressloc.source.segment import sentenize as pressloc_sentenize

    return {"razdel": razdel_sentenize, "pressloc": pressloc_sentenize}


def table(name: str, paragraphs: list[Paragraph], repeats: int) -> list[str]:
    rows = [
        f"## {name} ({len(paragraphs)} paragraphs, "
        f"{sum(p.sentences for p in paragraphs)} sentences)",
        f"{'segmenter':<10} {'precision':>9} {'recall':>7} {'F1':>6} "
        f"{'FP':>4} {'FN':>4} {'sentences/s':>12}",
    ]
    for label, segmenter in segmenters().items():
        result = score(segmenter, paragraphs)
        rate = speed(segmenter, paragraphs, repeats)
        rows.append(
            f"{label:<10} {result.precision:>9.4f} {result.recall:>7.4f} {result.f1:>6.4f} "
            f"{result.false_positives:>4} {result.false_negatives:>4} {rate:>12,.0f}"
        )
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="folder of *.jsonl gold files (default: %(default)s)",
    )
    parser.add_argument("--repeats", type=int, default=5, help="speed passes, best is kept")
    parser.add_argument(
        "--errors",
        metavar="SEGMENTER",
        help="also list wrong boundaries of this segmenter (razdel or pressloc)",
    )
    args = parser.parse_args(argv)
    paths = sorted(args.data.glob("*.jsonl"))
    if not paths:
        parser.error(f"no *.jsonl gold files in {args.data}; pass the folder with --data")
    for path in paths:
        paragraphs = load(path)
        print("\n".join(table(path.stem, paragraphs, args.repeats)), end="\n\n")
        if args.errors:
            for line in errors(segmenters()[args.errors], paragraphs):
                print(line)
            print()


if __name__ == "__main__":
    main()
