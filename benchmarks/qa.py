"""Measure the QA checks on human translations: false alarms, and detection of injected faults.

Usage, from the project root:

    python benchmarks/qa.py                     # both halves of NTREX-128, both languages
    python benchmarks/qa.py --limit 500
    python benchmarks/qa.py --show numbers      # print the held-out human pairs a check flags
    python benchmarks/qa.py --fit               # fit the constants on the fit half, write them

The pairs are split into two fixed halves by a hash of their id (``_data.half``): constants
are fitted on the "fit" half only (``--fit`` writes ``src/pressloc/qa/data/fitted.json``), and
every figure is printed for both halves; the "held-out" one is what a rule is judged by.

Each line of the data is ``{"id", "ru", "en", "ko"}``, human translations of ``ru``.
False alarms: the share of human pairs that any check flags, per check, and by the serious
checks (severity error, the ones that make translate retry). Detection:
each fault class is injected into the pairs that no check flags, where the fault applies
(a number to change, an acronym to drop...), and a fault counts as detected when any
check then flags the pair.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict
from difflib import SequenceMatcher
from pathlib import Path

from _data import HALVES, read_rows
from _fit import fit_adequacy, fit_length, fit_omission
from pressloc.qa import CHECKS, ERROR, check_pairs, context_of, pair_of
from pressloc.qa.checks.acronyms import ACRONYM as _ACRONYM
from pressloc.qa.names import renderings, source_names

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = PROJECT_ROOT.parent / "shared" / "data" / "parallel" / "ntrex128-ru-en-ko.jsonl"
LANGUAGES = ("en", "ko")

Fault = Callable[
    [str, str, str, random.Random], "str | None"
]  # (ru, target, lang, rng) -> faulty target


def change_number(ru, target, language, rng):
    digits = list(re.finditer(r"\d+", target))
    if not digits:
        return None
    found = rng.choice(digits)
    text = found.group(0)
    changed = text[:-1] + str((int(text[-1]) + rng.randint(1, 8)) % 10)
    return target[: found.start()] + changed + target[found.end() :]


def drop_clause(ru, target, language, rng):
    """Drop the longest clause after the first (split at , ; : and dashes); in a sentence
    with no such punctuation and 8+ words, drop its second half (a truncation)."""
    end = re.search(r"[.!?…»\"”']*$", target).group(0)
    body = target[: len(target) - len(end)] if end else target
    parts = re.split(r"(?<=[,;:])\s+|\s+[—–-]\s+", body)
    if len(parts) >= 2:
        longest = max(range(1, len(parts)), key=lambda i: len(parts[i]))
        kept = parts[:longest] + parts[longest + 1 :]
        return " ".join(kept).rstrip(",;: ") + end
    words = body.split()
    if len(words) < 8:
        return None
    return " ".join(words[: len(words) // 2]) + end


def repeat_phrase(ru, target, language, rng):
    words = target.split()
    if len(words) < 4:
        return None
    size = rng.randint(2, min(4, len(words) - 1))
    start = rng.randrange(0, len(words) - size + 1)
    phrase = words[start : start + size]
    return " ".join(words[: start + size] + phrase + words[start + size :])


def copy_source(ru, target, language, rng):
    return ru


def leave_cyrillic(ru, target, language, rng):
    russian = re.findall(r"[А-Яа-яЁё]{3,}", ru)
    words = target.split()
    if not russian or len(words) < 2:
        return None
    words[rng.randrange(len(words))] = rng.choice(russian)
    return " ".join(words)


def drop_acronym(ru, target, language, rng):
    present = sorted({a for a in _ACRONYM.findall(ru) if a in target})
    if not present:
        return None
    dropped = rng.choice(present)
    return re.sub(rf"\s*{re.escape(dropped)}", "", target)


def drop_name(ru, target, language, rng):
    """Drop the target words that render one proper name of the source (by the names
    check's own sound matching: what the check would take for the name, so circular)."""
    groups = list(source_names(ru, language))
    rng.shuffle(groups)
    for group in groups:
        spans = renderings(group, target, language)
        if spans and sum(b - a for a, b in spans) < len(target) / 2:
            return _cut(target, spans)
    return None


_SOURCE_NAME = re.compile(r"(?<=[\w,;:»\"”)] )[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁ][а-яё]+)*")
_TARGET_NAME = {
    "en": re.compile(r"[A-Z][a-z]+(?:'s)?(?: [A-Z][a-z]+(?:'s)?)*"),  # the whole run
    "ko": re.compile(r"[\uAC00-\uD7A3]+"),
}
# fmt: off
_RR = (
    ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "-", "j", "jj", "ch", "k", "t", "p",
     "h"],
    ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
     "wi", "yu", "eu", "ui", "i"],
    ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
     "t", "t", "ng", "t", "t", "k", "t", "p", "t"],
)
# fmt: on


def _revised_romanization(hangul: str) -> str:
    """Hangul in Revised Romanization letters, vowels included (the benchmark's own
    reading, unlike the names check's consonant keys)."""
    out = []
    for char in hangul:
        code = ord(char) - 0xAC00
        initial, vowel, final = code // 588, code % 588 // 28, code % 28
        out.append(_RR[0][initial].strip("-") + _RR[1][vowel] + _RR[2][final])
    return "".join(out)


_NO_KOREAN_SOUND = str.maketrans("fv", "pb")
_KOREAN_DIGRAPHS = (("dzh", "j"), ("zh", "j"), ("kh", "h"))  # Джонс 존스, Жан 장, Холт 홀트


def _sounds_alike(
    russian: str, word: str, language: str, ratio: float = 0.7, shortest: int = 4
) -> bool:
    """A target word that spells a Russian name: its iuliia romanisation within edit
    distance 2 of an English word (a case ending aside), or a Korean word's syllable
    prefix in Revised Romanization with ≥ ``ratio`` letters in common (names of fewer than
    ``shortest`` letters are not judged in Korean)."""
    import iuliia

    latin = iuliia.WIKIPEDIA.translate(russian).lower()
    if language == "en":
        word = word.lower().removesuffix("'s")
        return len(word) >= 4 and any(_edits(latin[: len(latin) - k], word) <= 2 for k in range(3))
    latin = latin.translate(_NO_KOREAN_SOUND)  # Korean writes ф as ㅍ and в as ㅂ: Форд 포드
    for russian_letters, korean_letter in _KOREAN_DIGRAPHS:
        latin = latin.replace(russian_letters, korean_letter)
    prefixes = [_revised_romanization(word[:n]) for n in range(2, len(word) + 1)]
    return len(latin) >= shortest and any(
        SequenceMatcher(None, latin, p).ratio() >= ratio for p in prefixes
    )


def _edits(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        row, last = [i], row
        for j, y in enumerate(b, 1):
            row.append(min(last[j] + 1, row[j - 1] + 1, last[j - 1] + (x != y)))
    return row[-1]


def drop_name_independent(ru, target, language, rng):
    """Drop every target word that spells a word of one capitalised name of the source
    (not the sentence's first word), matched by the benchmark's own romanisation; in
    English with the run of capitalised words around it (``Boris Johnson``), in Korean
    with the words beside it that spell the name's other words, more loosely (``엘린 존스``
    for ``Элину Джонсу``)."""
    groups = [m.group(0).split() for m in _SOURCE_NAME.finditer(ru)]
    rng.shuffle(groups)
    words = list(_TARGET_NAME[language].finditer(target))
    for group in groups:
        if language == "en":
            spans = [
                m.span()
                for m in words
                if any(
                    _sounds_alike(w, part, language) for w in group for part in m.group(0).split()
                )
            ]
        else:
            spans = _korean_name_spans(group, target, words)
        if spans:
            return _cut(target, spans)
    return None


def _cut(target: str, spans: list[tuple[int, int]]) -> str:
    """``target`` without ``spans``, which may overlap (a word with its gloss, and the gloss)."""
    kept, position = [], 0
    for start, stop in sorted(spans):
        kept.append(target[position : max(start, position)])
        position = max(position, stop)
    return re.sub(r"\s{2,}", " ", "".join(kept) + target[position:]).strip()


_GLOSS = re.compile(
    r"\s?\(\s?[A-Za-z][^()]*\)"
)  # 조코 위도도(Joko Widodo), 트럼프( Donald Trump): the name again, in Latin


def _korean_name_spans(group: list[str], target: str, words: list) -> list[tuple[int, int]]:
    """Spans of the Hangul words that spell the name, each with the Latin gloss that may
    follow it, and any other gloss that spells the name (폼페이오 장관(Mike Pompeo)): a name
    dropped from the Korean is dropped in both scripts."""
    spans = [
        (start, gloss.end() if (gloss := _GLOSS.match(target, stop)) else stop)
        for start, stop in _korean_name_words(group, target, words)
    ]
    if spans:
        spans += [
            gloss.span()
            for gloss in _GLOSS.finditer(target)
            if any(
                _in_latin(russian, word)
                for russian in group
                for word in re.findall(r"[A-Za-z]+", gloss.group(0))
            )
        ]
    return spans


def _in_latin(russian: str, word: str) -> bool:
    """A Latin word of a gloss that spells a Russian name or a hyphenated part of it: within
    edit distance 2 of its iuliia romanisation, or with 65% of their letters in common
    (Kavanaugh for Кавано, Brentwood for Брентвуд, Mogollon for Могольон-Рим)."""
    import iuliia

    parts = [
        part for part in iuliia.WIKIPEDIA.translate(russian).lower().split("-") if len(part) >= 4
    ]
    word = word.lower().removesuffix("'s")
    return len(word) >= 4 and any(
        _edits(part, word) <= 2 or SequenceMatcher(None, part, word).ratio() >= 0.65
        for part in parts
    )


def _korean_name_words(group: list[str], target: str, words: list) -> list[tuple[int, int]]:
    spans = []
    for i, match in enumerate(words):
        for j, russian in enumerate(group):
            if not _sounds_alike(russian, match.group(0), "ko"):
                continue
            spans.append(match.span())
            for step in (-1, 1):  # the name's other words, written next to it
                k, other = i + step, j + step
                while (
                    0 <= k < len(words)
                    and 0 <= other < len(group)
                    and _adjacent(target, words, min(k, k - step), max(k, k - step))
                    and _sounds_alike(group[other], words[k].group(0), "ko", ratio=0.5, shortest=3)
                ):
                    spans.append(words[k].span())
                    k, other = k + step, other + step
            break
    return spans


def _adjacent(target: str, words: list, left: int, right: int) -> bool:
    return target[words[left].end() : words[right].start()].isspace()


# Sentences a neural engine invents after a translation: the boilerplate of the subtitles and web
# pages in its training data, and sentences of other news.
_INVENTED = {
    "en": [
        "Thank you for watching.",
        "Subscribe to our channel for more news.",
        "All rights reserved.",
        "Please share this article with your friends.",
        "Translated by the editorial team.",
        "Thanks for reading!",
        "The weather will be sunny tomorrow.",
        "Click here to read more.",
    ],
    "ko": [
        "시청해 주셔서 감사합니다.",
        "구독과 좋아요 부탁드립니다.",
        "모든 권리 보유.",
        "이 기사를 친구들과 공유해 주세요.",
        "번역: 편집팀.",
        "읽어 주셔서 감사합니다!",
        "내일은 날씨가 맑겠습니다.",
        "자세한 내용은 여기를 누르세요.",
    ],
}


def invent_sentence(ru, target, language, rng):
    """Append a sentence the source does not have (boilerplate or other news)."""
    return f"{target.rstrip()} {rng.choice(_INVENTED[language])}" if language in _INVENTED else None


FAULTS: dict[str, Fault] = {
    "number": change_number,
    "clause": drop_clause,
    "repeat": repeat_phrase,
    "copy": copy_source,
    "cyrillic": leave_cyrillic,
    "acronym": drop_acronym,
    "name (check's matcher)": drop_name,
    "name (independent)": drop_name_independent,
    "invented sentence": invent_sentence,
}


def load(path: Path, limit: int | None) -> list[dict]:
    """The pairs, each with its ``half`` and its ``context``: the Russian sentences before it,
    which the checks read as a release's (NTREX keeps each document's sentences in order)."""
    rows = read_rows(path, limit)
    sources = [row["ru"] for row in rows]
    for i, row in enumerate(rows):
        row["context"] = context_of(sources, i)
    return rows


def judged(rows: list[dict], language: str, targets: list[str] | None = None) -> list[list]:
    """The problems of each row's human translation (or of ``targets``), checked in batches."""
    targets = targets if targets is not None else [row[language] for row in rows]
    pairs = [
        pair_of(row["ru"], target, language, None, row["context"])
        for row, target in zip(rows, targets, strict=True)
    ]
    return check_pairs(pairs)


def false_alarms(rows: list[dict], language: str) -> tuple[Counter, list[int]]:
    per_check, clean = Counter(), []
    for i, problems in enumerate(judged(rows, language)):
        per_check.update({p.check for p in problems})
        per_check["(any)"] += bool(problems)
        per_check["(any error)"] += any(p.severity == ERROR for p in problems)
        if not problems:
            clean.append(i)
    return per_check, clean


def detection(
    rows: list[dict], clean: list[int], language: str, seed: int
) -> dict[str, tuple[int, int]]:
    """Each fault injected into each clean pair, with random choices seeded by the pair's id,
    the fault and ``seed``: a pair that a change to the checks flags or clears does not
    reshuffle the faults injected into every other pair."""
    scores = {}
    for name, fault in FAULTS.items():
        tried = []
        for i in clean:
            row = rows[i]
            faulty = fault(
                row["ru"], row[language], language, random.Random(f"{seed}:{name}:{row['id']}")
            )
            if faulty is not None and faulty != row[language]:
                tried.append((row, faulty))
        found = judged([row for row, _ in tried], language, [faulty for _, faulty in tried])
        scores[name] = (sum(bool(problems) for problems in found), len(tried))
    return scores


def report(rows: list[dict], language: str, seed: int) -> dict[str, dict]:
    """Per half: false alarms per check (share of pairs) and detection per fault class."""
    figures = {}
    for half in HALVES:
        chosen = [row for row in rows if row["half"] == half]
        per_check, clean = false_alarms(chosen, language)
        figures[half] = {
            "pairs": len(chosen),
            "alarms": per_check,
            "detection": detection(chosen, clean, language, seed),
        }
    return figures


def print_report(language: str, figures: dict[str, dict]) -> None:
    print(f"\nru→{language}: human pairs flagged, % (fit / held-out)")
    names = [c.name for c in CHECKS] + ["(any error)", "(any)"]
    for name in names:
        shares = [100 * figures[h]["alarms"][name] / max(figures[h]["pairs"], 1) for h in HALVES]
        print(f"  {name:<16} {shares[0]:6.2f}  {shares[1]:6.2f}")
    print(f"ru→{language}: injected faults flagged by any check, % (fit / held-out)")
    for fault in FAULTS:
        cells = []
        for half in HALVES:
            caught, tried = figures[half]["detection"][fault]
            cells.append(f"{100 * caught / max(tried, 1):5.1f} ({caught}/{tried})")
        print(f"  {fault:<22} {cells[0]:<18} {cells[1]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N lines")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument(
        "--show", metavar="CHECK", help="print the human pairs CHECK flags (of --half)"
    )
    parser.add_argument("--half", choices=HALVES, default="fit", help="the half --show reads")
    parser.add_argument("--lang", choices=LANGUAGES, help="only this language")
    parser.add_argument("--fit", action="store_true", help="fit the constants on the fit half")
    args = parser.parse_args(argv)
    if not args.data.exists():
        parser.error(f"{args.data}: no such file; pass --data")
    rows = load(args.data, args.limit)
    fitting = sum(row["half"] == "fit" for row in rows)
    print(f"{args.data.name}: {len(rows)} pairs, {fitting} in the fit half")
    if args.fit:
        write_fitted({language: fitted(rows, language) for language in LANGUAGES})
        return 0
    for language in [args.lang] if args.lang else LANGUAGES:
        if args.show:
            _show([row for row in rows if row["half"] == args.half], language, args.show)
            continue
        print_report(language, report(rows, language, args.seed))
    return 0


def _show(rows: list[dict], language: str, check: str) -> None:
    for row, problems in zip(rows, judged(rows, language), strict=True):
        for problem in problems:
            if problem.check == check:
                print(f"  {problem.message}\n    {row['ru']}\n    {row[language]}")


LENGTH_SHARES = (0.01, 0.001)  # human pairs flagged as too short, too long
OMISSION_SHARE = 0.0125
ADEQUACY_SHARE = 0.0025
SHORT_WORDS = 10


def fitted(rows: list[dict], language: str) -> dict:
    """The constants of ``language``, fitted on the fit half."""
    from pressloc.qa.encoder import prefetch, similarity
    from pressloc.qa.script import WORD

    fit = [row for row in rows if row["half"] == "fit"]
    human = [(row["ru"], row[language]) for row in fit]
    dropped = [(s, f) for s, t in human if (f := drop_clause(s, t, language, None)) and f != t]
    prefetch(text for pair in human + dropped for text in pair)
    length = fit_length(human, *LENGTH_SHARES)
    omission = fit_omission(
        [(s, t, similarity(s, t)) for s, t in human],
        [(s, t, similarity(s, t)) for s, t in dropped],
        length,
        OMISSION_SHARE,
    )
    adequacy = fit_adequacy(
        [(len(WORD.findall(s)), similarity(s, t)) for s, t in human], ADEQUACY_SHARE, SHORT_WORDS
    )
    print(f"ru→{language}: {len(human)} pairs ({len(dropped)} with a clause dropped)")
    print(f"  length {length}\n  omission {omission}\n  adequacy {adequacy}")
    return {
        "length": asdict(length),
        "omission": asdict(omission),
        "adequacy": adequacy,
    }


def write_fitted(by_language: dict[str, dict]) -> None:
    from pressloc.qa.fitted import FILE

    data = json.loads(FILE.read_text(encoding="utf-8"))
    for name in ("length", "omission", "adequacy"):
        data[name] = {language: values[name] for language, values in by_language.items()}
    FILE.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"written {FILE}")


if __name__ == "__main__":
    sys.exit(main())
