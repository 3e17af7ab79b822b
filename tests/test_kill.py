"""Issue 6: ``pressloc translate`` killed with SIGKILL at random moments loses nothing.

A multi-release corpus is translated, a reviewer approves some entries, then the sources
grow while ``translate`` is started 20 times and killed after a random delay drawn from
the length of a full run. After every kill each catalogue parses with polib and passes
``msgfmt --check``, every approved entry is byte for byte what the reviewer saved, and
the only other files under ``locales/`` are the lock and the temporary files of an
interrupted atomic write, which the next run removes. A last run completes the work and a
run after it changes nothing.
"""

from __future__ import annotations

import hashlib
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner

from conftest import approve, po_path
from pressloc.cli import cli

PRESSLOC = [sys.executable, "-m", "pressloc"]
LANGUAGES = ("en", "ko")
KILLS = 20
SEED = 6
FIRST_RELEASES = 8  # translated and partly approved before the kills
LATE_RELEASES = {5: 8, 12: 9}  # round → release that first appears then
FIRST_PARAGRAPHS = 5  # of 3 sentences each
MEASURE_AT = (0, 10)  # rounds before which a complete run is timed on a copy
LATE_KILLS = 1.5  # delays are drawn from 0 to this many times a complete run
GROWTH = 4  # releases that get a new paragraph of 2 sentences every round

SUBJECTS = [
    "Министерство экономики и коммерции",
    "Делегация Республики Корея",
    "Правительство Кыргызстана",
    "Посольство в Бишкеке",
    "Торгово-промышленная палата",
    "Агентство KIAT",
    "Межправительственная комиссия",
    "Глава делегации",
    "Участники форума",
    "Представители бизнеса",
    "Союз текстильщиков",
    "Мэрия Бишкека",
]
VERBS = [
    "обсудили",
    "подписали",
    "представили",
    "одобрили",
    "рассмотрели",
    "поддержали",
    "отметили",
    "утвердили",
]
OBJECTS = [
    "план сотрудничества",
    "меморандум о взаимопонимании",
    "проекты в текстильной отрасли",
    "вопросы торговли",
    "программу обучения специалистов",
    "соглашение о поставках сырья",
    "инвестиционные проекты",
    "итоги года",
    "дорожную карту",
    "создание совместного предприятия",
]
TAILS = [
    "в Бишкеке",
    "в Сеуле",
    "на заседании",
    "в 2026 году",
    "до конца года",
    "по итогам переговоров",
    "«Шёлковый путь»",
    "",
]
TEMPORARY = re.compile(r"^\.(?P<target>[\w-]+\.pot?)\.\w+\.pressloc-\d+\.tmp$")  # fsutil._temporary


def sentence_pool(rng: random.Random, count: int) -> list[str]:
    """``count`` distinct Russian press sentences, the same for the same ``rng`` seed."""
    pool: dict[str, None] = {}
    while len(pool) < count:
        words = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(TAILS)]
        ending = rng.choice([".", ".", ".", "!"])
        pool[" ".join(word for word in words if word) + f" (№ {rng.randrange(1, 999)}){ending}"] = (
            None
        )
    return list(pool)


class Corpus:
    """Source releases as lists of paragraphs, grown round by round from one sentence pool."""

    def __init__(self, root: Path, rng: random.Random):
        self.root = root
        first = (FIRST_RELEASES + len(LATE_RELEASES)) * FIRST_PARAGRAPHS * 3
        growth = GROWTH * 2 * (KILLS + 1)
        self.pool = iter(sentence_pool(rng, first + growth))  # 318 sentences
        self.rng = rng
        self.paragraphs: dict[str, list[str]] = {}
        (root / "seeds").mkdir(parents=True, exist_ok=True)

    def paragraph(self, size: int) -> str:
        return " ".join(next(self.pool) for _ in range(size))

    def add_release(self, index: int) -> None:
        self.paragraphs[f"r{index}"] = [self.paragraph(3) for _ in range(FIRST_PARAGRAPHS)]
        self.write(f"r{index}")

    def grow(self) -> None:
        """New work for the next run: a new paragraph at the end of a few releases."""
        for name in self.rng.sample(sorted(self.paragraphs), GROWTH):
            self.paragraphs[name].append(self.paragraph(2))
            self.write(name)

    def write(self, name: str) -> None:
        text = "\n\n".join(self.paragraphs[name]) + "\n"
        (self.root / "seeds" / f"{name}.ru.txt").write_text(text, encoding="utf-8")

    @property
    def sources(self) -> list[str]:
        return [f"seeds/{name}.ru.txt" for name in self.paragraphs]


def translate_command(root: Path, sources: list[str]) -> list[str]:
    return [
        *PRESSLOC,
        "-C",
        str(root),
        "translate",
        *sources,
        "--to",
        ",".join(LANGUAGES),
        "--engine",
        "pseudo",
        "--batch-size",
        "5",
    ]


def run_to_end(root: Path, sources: list[str]) -> tuple[float, str]:
    started = time.monotonic()
    result = subprocess.run(translate_command(root, sources), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return time.monotonic() - started, result.stdout


def measure(root: Path, sources: list[str], trial: Path) -> float:
    """Seconds a complete run takes on a copy of the project."""
    shutil.copytree(root, trial)
    return run_to_end(trial, sources)[0]


def snapshot(root: Path) -> dict[str, str]:
    """Digest of every catalogue under ``locales/`` by relative path."""
    locales = root / "locales"
    return {
        str(path.relative_to(locales)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(locales.rglob("*.po*"))
        if path.suffix in (".po", ".pot")
    }


def msgfmt_check_all(paths: list[Path]) -> None:
    """:func:`conftest.msgfmt_check` for many files at once, the msgfmt processes in parallel."""
    processes = [
        (
            path,
            subprocess.Popen(
                ["msgfmt", "--check", "-o", "/dev/null", str(path)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            ),
        )
        for path in paths
    ]
    for path, process in processes:
        _, stderr = process.communicate()
        assert process.returncode == 0, f"{path}: {stderr}"


def is_machine_draft(entry: polib.POEntry) -> bool:
    """A draft of the sentence as it is now (not one inherited from an edited sentence)."""
    return entry.fuzzy and "mt-engine:" in entry.comment and entry.previous_msgid is None


class Inspector:
    """The checks made after every kill; a file is checked again only when it changed."""

    def __init__(self, root: Path, approved: dict[str, dict[str, str]]):
        self.root = root
        self.approved = (
            approved  # PO path in locales/ → msgid → str(entry) as the reviewer saved it
        )
        self.passed: dict[str, str] = {}  # path in locales/ → digest that passed every check
        self.drafts: dict[str, int] = {}  # path in locales/ → machine drafts in it
        self.temporary: set[str] = set()

    def check(self) -> dict[str, str]:
        digests = snapshot(self.root)
        assert set(self.approved) <= set(digests), "a catalogue with approved entries is gone"
        changed = [
            relative for relative, digest in digests.items() if self.passed.get(relative) != digest
        ]
        msgfmt_check_all([self.root / "locales" / relative for relative in changed])
        for relative in changed:
            po = polib.pofile(
                str(self.root / "locales" / relative), wrapwidth=78, check_for_duplicates=True
            )
            self.check_approved(relative, po)
            self.drafts[relative] = sum(map(is_machine_draft, po))
            self.passed[relative] = digests[relative]
        self.check_other_files()
        return digests

    def check_approved(self, relative: str, po: polib.POFile) -> None:
        entries = {entry.msgid: entry for entry in po}
        for msgid, saved in self.approved.get(relative, {}).items():
            entry = entries.get(msgid)
            assert entry is not None, f"{relative}: approved entry lost: {msgid}"
            assert not entry.fuzzy and not entry.obsolete, f"{relative}: approval lost: {msgid}"
            assert str(entry) == saved, f"{relative}: approved entry changed: {msgid}"

    def check_other_files(self) -> None:
        """Besides catalogues: the lock, temporary files of interrupted atomic writes, and the
        translation memory's index (a derived cache, SQLite's own journal kept safe)."""
        for path in (self.root / "locales").rglob("*"):
            if path.is_dir() or (path.suffix in (".po", ".pot") and not path.name.startswith(".")):
                continue
            if path.relative_to(self.root / "locales").parts[0] == ".cache":
                continue
            if path.name != ".pressloc.lock":
                assert TEMPORARY.match(path.name), f"unexpected file {path}"
                self.temporary.add(str(path.relative_to(self.root)))

    @property
    def total_drafts(self) -> int:
        return sum(self.drafts.values())


def reviewer_approves(root: Path, names: list[str]) -> dict[str, dict[str, str]]:
    """Every third entry of every catalogue, corrected and approved; what the reviewer saved."""
    approved = {}
    for language in LANGUAGES:
        for name in names:
            path = po_path(root, language, name)
            counter = iter(range(10**6))
            chosen = approve(
                path,
                edit=lambda e, language=language: f"[{language}] reviewed: {e.msgid[:20]}",
                only=lambda e, counter=counter: next(counter) % 3 == 0,
            )
            entries = {entry.msgid: entry for entry in polib.pofile(str(path), wrapwidth=78)}
            relative = str(path.relative_to(root / "locales"))
            approved[relative] = {msgid: str(entries[msgid]) for msgid in chosen}
    return approved


def kill_after(root: Path, sources: list[str], delay: float) -> bool:
    """Start ``translate`` and SIGKILL it after ``delay`` seconds; True if it had finished."""
    process = subprocess.Popen(
        translate_command(root, sources),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)  # a no-op if it has just exited
    _, stderr = process.communicate()
    assert process.returncode in (0, -signal.SIGKILL), stderr.decode()
    return process.returncode == 0


MOMENTS = (
    "before any write",
    "after the templates, before the catalogues",
    "after the update, before any draft",
    "after some drafts were written",
    "after the run finished",
)


def moment(before: dict[str, str], after: dict[str, str], drafted: int, finished: bool) -> str:
    """Where a kill landed (one of MOMENTS), judged by what changed on disk."""
    changed = {path for path in after if before.get(path) != after[path]}
    if finished:
        return MOMENTS[4]
    if not changed:
        return MOMENTS[0]
    if all(path.endswith(".pot") for path in changed):
        return MOMENTS[1]
    return MOMENTS[3] if drafted else MOMENTS[2]


@pytest.mark.slow
def test_translate_killed_at_random_moments_loses_nothing(tmp_path, record_property):
    rng = random.Random(SEED)
    root = tmp_path / "project"
    corpus = Corpus(root, rng)
    for index in range(FIRST_RELEASES):
        corpus.add_release(index)
    run_to_end(root, corpus.sources)
    approved = reviewer_approves(root, sorted(corpus.paragraphs))
    assert sum(map(len, approved.values())) > 2 * FIRST_RELEASES * len(LANGUAGES)
    inspector = Inspector(root, approved)
    inspector.check()

    corpus.grow()
    moments: Counter[str] = Counter()
    full_runs = []
    for round_number in range(KILLS):
        if round_number in LATE_RELEASES:
            corpus.add_release(LATE_RELEASES[round_number])
        if round_number in MEASURE_AT:  # how long a whole run takes now, on this machine
            full_runs.append(measure(root, corpus.sources, tmp_path / f"trial{round_number}"))
        before, drafts = snapshot(root), inspector.total_drafts
        finished = kill_after(root, corpus.sources, rng.uniform(0, LATE_KILLS * full_runs[-1]))
        after = inspector.check()
        moments[moment(before, after, inspector.total_drafts - drafts, finished)] += 1
        corpus.grow()

    last_run, _ = run_to_end(root, corpus.sources)
    final = inspector.check()
    for language in LANGUAGES:
        for name in corpus.paragraphs:
            po = polib.pofile(str(po_path(root, language, name)))
            live = [entry for entry in po if not entry.obsolete]
            assert all(entry.msgstr for entry in live), (
                f"{language}/{name}: untranslated entries left"
            )
            reviewed = approved.get(
                str(po_path(root, language, name).relative_to(root / "locales")), {}
            )
            assert all(entry.fuzzy or entry.msgid in reviewed for entry in live), (
                f"{language}/{name}"
            )
    _, output = run_to_end(root, corpus.sources)
    assert output.count("0 new machine drafts, unchanged") == len(LANGUAGES) * len(
        corpus.paragraphs
    ), output
    assert snapshot(root) == final
    status = CliRunner().invoke(cli, ["-C", str(root), "status"])
    assert status.exit_code == 0, status.output
    assert len(status.output.splitlines()) == 1 + len(LANGUAGES) * len(
        corpus.paragraphs
    )  # header, catalogues

    assert not [path for path in inspector.temporary if (root / path).exists()], (
        "the next run removes them"
    )
    summary = ", ".join(f"{moments[where]} {where}" for where in MOMENTS)
    record_property("kill_moments", summary)
    record_property("temporary_files_left_by_kills", len(inspector.temporary))
    runs = "/".join(f"{seconds:.2f}" for seconds in full_runs)
    print(
        f"\ncomplete runs took {runs}s, the last {last_run:.2f}s; kills: {summary}; "
        f"temporary files left by kills (removed by the next run): {len(inspector.temporary)}"
    )
    assert sum(moments.values()) == KILLS
    assert moments[MOMENTS[4]] < KILLS, "no kill landed while translate was running"
