"""Machine-translation throughput: argostranslate sentence by sentence, pressloc, raw CTranslate2.

Usage, from the project root:

    python benchmarks/throughput.py
    python benchmarks/throughput.py --sentences 100 --threads 1 --repeats 5

Three paths translate the first N Russian sentences of the shared NTREX corpus with the
same argos package, the same loaded ``ctranslate2.Translator`` (int8, one worker,
``--threads`` threads) and the same decoding settings (beam 4, length penalty 0.2,
``replace_unknowns``):

a. argostranslate's own path: ``apply_packaged_translation`` once per sentence, with a
   pass-through sentence splitter and ``num_hypotheses=1`` as its ``translate()`` uses;
b. pressloc's engine: ``ArgosEngine.translate(sentences, "ru", "en")``;
c. raw ``Translator.translate_batch`` on the same tokens with the engine's batching
   (``max_batch_size=batch_tokens``, ``batch_type="tokens"``).

The model has the Transformer-base shape and random weights (see ``_model.py``). Random
weights end a sentence at no predictable point, so every path decodes exactly ``--length`` tokens
per sentence (``min_decoding_length = max_decoding_length``); a and b get these two
options from a thin proxy around the translator, c directly. The token counts printed
show that the three did the same work.

Wall times swing widely when other processes share the CPUs, so b and c are run in turn
``--repeats`` times and the best kept; the CPU time of the process (all threads) measures
the work done and is steadier. Ratios are printed and judged on both.

Then the pipeline with the checks on: pressloc's ``translate`` of the same sentences as one
release, with ``check`` off and on, in the same run. The random-weight model fails every
sentence, so with the checks on every draft is checked with each of the beam's hypotheses:
that cost of retries on failing drafts is reported apart. For drafts that pass, a draft is
checked once: that cost is measured by checking, in the same batches, the human English
translations of the same sentences, and added to the time without checks
(target: at most 1.25 times it). The checks' models are loaded before timing.

Also checked: a re-run of ``translate`` on an unchanged project translates nothing and
never creates an engine, and ``pressloc --help`` answers in under 0.3 s.
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
from dataclasses import dataclass, replace
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT_ROOT.parent / "shared" / "data" / "parallel" / "ntrex128-ru-en-ko.jsonl"
SAMPLE = PROJECT_ROOT / "seeds" / "kg-kr-textile-forum.ru.txt"
TARGETS = {"a/b": 3.0, "b/c": 1.10, "help": 0.3, "checked/unchecked": 1.25}


@dataclass
class Run:
    label: str
    seconds: float  # wall time
    cpu: float  # CPU time of all threads: the work done, whatever else the machine runs
    outputs: list[list[str]]  # best hypothesis of each sentence, as tokens
    options: dict  # what CTranslate2 was called with

    @property
    def tokens(self) -> int:
        return sum(len(output) for output in self.outputs)


class Stopwatch:
    """Wall and CPU seconds of a ``with`` block."""

    def __enter__(self):
        self.seconds, self.cpu = -time.perf_counter(), -time.process_time()
        return self

    def __exit__(self, *exc_info):
        self.seconds += time.perf_counter()
        self.cpu += time.process_time()


class FixedLength:
    """A ``ctranslate2.Translator`` stand-in that decodes exactly ``length`` tokens.

    Forwards ``translate_batch`` and ``translate_iterable`` with
    ``min_decoding_length = max_decoding_length = length`` added, and records the best
    hypotheses and the options it was called with.
    """

    def __init__(self, translator, length: int):
        self.translator = translator
        self.fixed = {"min_decoding_length": length, "max_decoding_length": length}
        self.outputs: list[list[str]] = []
        self.options: dict = {}

    def translate_batch(self, source, **options):
        self.options = options
        results = self.translator.translate_batch(source, **options, **self.fixed)
        self.outputs.extend(result.hypotheses[0] for result in results)
        return results

    def translate_iterable(self, source, **options):
        self.options = options
        for result in self.translator.translate_iterable(source, **options, **self.fixed):
            self.outputs.append(result.hypotheses[0])
            yield result


class PassThrough:
    """argostranslate's sentence-splitter interface, keeping the text as one sentence."""

    def split_sentences(self, text: str) -> list[str]:
        return [text]


def load_sentences(count: int, corpus: Path = CORPUS) -> list[str]:
    with corpus.open(encoding="utf-8") as lines:
        sentences = [json.loads(line)["ru"] for line in lines if line.strip()]
    if len(sentences) < count:
        raise SystemExit(f"{corpus} has only {len(sentences)} sentences")
    return sentences[:count]


def fixed_engine(settings, length: int):
    """pressloc's engine with its (only) model loaded and wrapped in :class:`FixedLength`."""
    from pressloc.mt.engines.argos import ArgosEngine
    from pressloc.mt.models import installed_models

    engine = ArgosEngine(settings)
    (model,) = installed_models(settings.models_dir)
    proxy = FixedLength(engine.translator(model), length)
    engine._translators[str(model.path)] = proxy  # the engine's own cache of loaded models
    return engine, model, proxy


def run_argos(model, translator, sentences: list[str], length: int) -> Run:
    from argostranslate.translate import apply_packaged_translation

    proxy, splitter = FixedLength(translator, length), PassThrough()
    with Stopwatch() as clock:
        for sentence in sentences:
            apply_packaged_translation(model.package, sentence, proxy, splitter, 1)
    return Run(
        "a argostranslate, per sentence", clock.seconds, clock.cpu, proxy.outputs, proxy.options
    )


def run_engine(engine, proxy: FixedLength, sentences: list[str]) -> Run:
    proxy.outputs = []
    with Stopwatch() as clock:
        engine.translate(sentences, "ru", "en")
    return Run("b pressloc engine", clock.seconds, clock.cpu, proxy.outputs, proxy.options)


def raw_options(settings, length: int) -> dict:
    """The engine's decoding and batching options, for the raw CTranslate2 run."""
    return dict(
        max_batch_size=settings.batch_tokens,
        batch_type="tokens",
        beam_size=settings.beam,
        length_penalty=settings.length_penalty,
        replace_unknowns=True,
        return_scores=True,
        min_decoding_length=length,
        max_decoding_length=length,
    )


def run_raw(translator, tokens: list[list[str]], options: dict) -> Run:
    with Stopwatch() as clock:
        results = translator.translate_batch(tokens, **options)
    outputs = [result.hypotheses[0] for result in results]
    return Run("c raw CTranslate2", clock.seconds, clock.cpu, outputs, options)


def best_interleaved(repeats: int, *runs) -> list[Run]:
    """The least wall and the least CPU time of ``repeats`` runs of each, run in turn so
    that load from other processes falls on all of them alike."""
    results: list[list[Run]] = [[] for _ in runs]
    for _ in range(repeats):
        for done, run in zip(results, runs, strict=True):
            done.append(run())
    return [
        replace(min(done, key=lambda run: run.seconds), cpu=min(run.cpu for run in done))
        for done in results
    ]


def help_seconds(repeats: int = 5) -> float:
    """Wall time of ``pressloc --help`` with the entry point beside this Python, best of
    ``repeats``."""
    command = [str(Path(sys.executable).parent / "pressloc"), "--help"]
    best = float("inf")
    for _ in range(repeats):
        began = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        best = min(best, time.perf_counter() - began)
    return best


def rerun_counts(settings, length: int) -> tuple[int, int, int]:
    """Translate the sample release twice into a fresh project: sentences sent by each run
    and how many times an engine (and so a model) was created."""
    from pressloc.mt.draft import translate
    from pressloc.project import Project
    from pressloc.source.read import read_release

    created = []

    def factory():
        created.append(fixed_engine(settings, length)[0])
        return created[-1]

    with tempfile.TemporaryDirectory(prefix="pressloc-rerun-") as folder:
        root = Path(folder)
        shutil.copy(SAMPLE, root / SAMPLE.name)
        project = Project(root=root)
        sent = [
            translate(project, [read_release(root / SAMPLE.name, root)], ["en"], factory).sentences[
                "en"
            ]
            for _ in range(2)
        ]
    return sent[0], sent[1], len(created)


def verdict(passed: bool) -> str:
    return "PASS" if passed else "FAIL"


def describe(options: dict) -> str:
    keys = (
        "beam_size",
        "num_hypotheses",
        "length_penalty",
        "replace_unknowns",
        "max_batch_size",
        "batch_type",
    )
    return " ".join(f"{key}={options[key]}" for key in keys if key in options)


def ratio_line(name: str, slow: Run, fast: Run, passes) -> str:
    wall, cpu = slow.seconds / fast.seconds, slow.cpu / fast.cpu
    return (
        f"{name} = {wall:.3f} wall {verdict(passes(wall))}, {cpu:.3f} CPU {verdict(passes(cpu))}  "
        f"(target {'>=' if name == 'a/b' else '<='} {TARGETS[name]})"
    )


def report(runs: list[Run], sentences: int) -> list[str]:
    a, b, c = runs
    lines = [f"{'path':<32} {'wall s':>7} {'CPU s':>7} {'sentences/s':>12} {'tokens':>7}  options"]
    for run in runs:
        lines.append(
            f"{run.label:<32} {run.seconds:>7.2f} {run.cpu:>7.2f} {sentences / run.seconds:>12.1f} "
            f"{run.tokens:>7}  {describe(run.options)}"
        )
    same = sum(x == y == z for x, y, z in zip(a.outputs, b.outputs, c.outputs, strict=False))
    same_bc = sum(y == z for y, z in zip(b.outputs, c.outputs, strict=False))
    lines.append(
        f"identical best hypotheses: a=b=c {same}/{sentences}, b=c {same_bc}/{sentences} "
        "(int8 results vary a little with batch composition)"
    )
    lines.append(ratio_line("a/b", a, b, lambda value: value >= TARGETS["a/b"]))
    lines.append(ratio_line("b/c", b, c, lambda value: value <= TARGETS["b/c"]))
    return lines


def measure(settings, sentences: list[str], length: int, repeats: int) -> list[Run]:
    """Paths a, b and c on one loaded translator, after a warm-up."""
    engine, model, proxy = fixed_engine(settings, length)
    tokens = [model.package.tokenizer.encode(sentence) for sentence in sentences]
    options = raw_options(settings, length)
    proxy.translator.translate_batch(tokens[:16], **options)  # warm-up
    a = run_argos(model, proxy.translator, sentences, length)
    return [
        a,
        *best_interleaved(
            repeats,
            lambda: run_engine(engine, proxy, sentences),
            lambda: run_raw(proxy.translator, tokens, options),
        ),
    ]


def load_pairs(count: int, corpus: Path = CORPUS) -> list[tuple[str, str]]:
    with corpus.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return [(row["ru"], row["en"]) for row in rows[:count]]


def translate_release(settings, sentences: list[str], length: int, check: bool) -> Run:
    """pressloc's ``translate`` of ``sentences`` as one release into English, timed."""
    from pressloc.mt.draft import translate
    from pressloc.project import Project
    from pressloc.source.read import read_release

    engine = fixed_engine(settings, length)[0]
    with tempfile.TemporaryDirectory(prefix="pressloc-pipeline-") as folder:
        root = Path(folder)
        (root / "release.ru.txt").write_text("\n".join(sentences) + "\n", encoding="utf-8")
        release = read_release(root / "release.ru.txt", root)
        with Stopwatch() as clock:
            translate(Project(root=root), [release], ["en"], lambda: engine, check=check)
    label = "translate, checks on" if check else "translate --no-check"
    return Run(label, clock.seconds, clock.cpu, [], {})


def passing_checks(pairs: list[tuple[str, str]]) -> Run:
    """The checks of one passing draft per sentence: the human translations, as translate
    checks a batch of drafts."""
    from pressloc.qa import check_pairs, context_of, pair_of

    sources = [source for source, _ in pairs]
    batch = [pair_of(s, t, "en", None, context_of(sources, i)) for i, (s, t) in enumerate(pairs)]
    with Stopwatch() as clock:
        check_pairs(batch)
    return Run("checks of passing drafts", clock.seconds, clock.cpu, [], {})


def pipeline(settings, pairs: list[tuple[str, str]], length: int) -> list[str]:
    """The pipeline with the checks off and on, and the checks of passing drafts."""
    from pressloc.qa import run_checks

    run_checks("Форум открыт.", "The forum opened.", "en")  # loads the checks' models first
    sentences = [source for source, _ in pairs]
    unchecked = translate_release(settings, sentences, length, check=False)
    checked = translate_release(settings, sentences, length, check=True)
    passing = passing_checks(pairs)
    retries = (checked.seconds / unchecked.seconds, checked.cpu / unchecked.cpu)
    passed = (
        (unchecked.seconds + passing.seconds) / unchecked.seconds,
        (unchecked.cpu + passing.cpu) / unchecked.cpu,
    )
    target = TARGETS["checked/unchecked"]
    return [
        f"{run.label:<32} {run.seconds:>7.2f} {run.cpu:>7.2f}"
        for run in (unchecked, checked, passing)
    ] + [
        f"drafts that pass: checked/unchecked = {passed[0]:.3f} wall "
        f"{verdict(passed[0] <= target)}, {passed[1]:.3f} CPU {verdict(passed[1] <= target)}  "
        f"(target <= {target}; "
        f"{1000 * passing.cpu / len(pairs):.1f} ms of checks a sentence)",
        f"drafts that fail (every draft of the random model): checked/unchecked = {retries[0]:.2f}"
        f" wall, {retries[1]:.2f} CPU (each hypothesis of the beam checked; reported apart)",
    ]


def checks(settings, length: int) -> list[str]:
    first, second, engines = rerun_counts(settings, length)
    seconds = help_seconds()
    return [
        f"re-run on an unchanged project: first run {first} sentences, second run {second}, "
        f"engines created {engines}  {verdict(first > 0 and second == 0 and engines == 1)}",
        f"pressloc --help: {seconds:.3f} s best of 5 (target < {TARGETS['help']})  "
        f"{verdict(seconds < TARGETS['help'])}",
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sentences", type=int, default=500, help="first N sentences of the corpus"
    )
    parser.add_argument(
        "--threads", type=int, default=2, help="CTranslate2 intra_threads (one worker)"
    )
    parser.add_argument("--length", type=int, default=32, help="tokens decoded per sentence")
    parser.add_argument(
        "--repeats", type=int, default=2, help="runs of b and c, in turn; best is kept"
    )
    parser.add_argument(
        "--data", type=Path, default=CORPUS, help="the NTREX JSONL corpus (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    if not args.data.exists():
        parser.error(f"{args.data}: no such file; pass --data")
    if str(PROJECT_ROOT / "src") not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT / "src"))  # works without ``pip install -e .``
    from _model import Shape, cached_models_dir
    from pressloc.mt.engines import EngineSettings

    shape, began = Shape(), time.perf_counter()
    models_dir = cached_models_dir(shape, args.data)
    settings = EngineSettings(
        models_dir=models_dir, compute_type=shape.quantization, threads=args.threads
    )
    print(f"model: {shape} in {models_dir} ({time.perf_counter() - began:.1f} s)")
    print(
        f"{args.sentences} sentences, {args.length} tokens each, "
        f"intra_threads={args.threads}, inter_threads=1; "
        f"b and c best of {args.repeats}, run in turn"
    )
    runs = measure(settings, load_sentences(args.sentences, args.data), args.length, args.repeats)
    print("\n".join(report(runs, args.sentences)))
    print(
        f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs "
        "(other processes slow every path)"
    )
    print("\n".join(checks(settings, args.length)))
    print("\n".join(pipeline(settings, load_pairs(args.sentences, args.data), args.length)))


if __name__ == "__main__":
    main()
