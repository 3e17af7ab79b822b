"""Measure the QA checks on human translations: false alarms, and detection of injected faults.

Usage, from the project root:

    python benchmarks/qa.py
    python benchmarks/qa.py --data ../shared/data/parallel/ntrex128-ru-en-ko.jsonl --limit 500
    python benchmarks/qa.py --show numbers      # print the human pairs a check flags
    python benchmarks/qa.py --fit               # fit both models on half, measure on the other

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
from difflib import SequenceMatcher
from pathlib import Path

from pressloc.qa import CHECKS, ERROR, context_of, run_checks
from pressloc.qa.checks.acronyms import ACRONYM as _ACRONYM
from pressloc.qa.length import fit
from pressloc.qa.names import renderings, source_names
from pressloc.qa.omission import fit as fit_omission

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
    groups = source_names(ru, language)
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
    """The pairs, each with its ``context``: the Russian sentences before it, which the checks
    read as a release's (NTREX keeps each document's sentences in order; a context that reaches
    back into the document before is rare and harmless)."""
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    rows = rows[:limit] if limit else rows
    sources = [row["ru"] for row in rows]
    for i, row in enumerate(rows):
        row["context"] = context_of(sources, i)
    return rows


def false_alarms(rows: list[dict], language: str) -> tuple[Counter, list[int]]:
    per_check, clean = Counter(), []
    for i, row in enumerate(rows):
        problems = run_checks(row["ru"], row[language], language, context=row["context"])
        per_check.update({p.check for p in problems})
        per_check["(any)"] += bool(problems)
        per_check["(any error)"] += any(p.severity == ERROR for p in problems)
        if not problems:
            clean.append(i)
    return per_check, clean


def detection(
    rows: list[dict], clean: list[int], language: str, seed: int
) -> dict[str, tuple[int, int]]:
    """Each fault injected into each clean pair, with random choices seeded by the pair
    (its line, the fault, ``seed``): a pair that a change to the checks flags or clears
    does not reshuffle the faults injected into every pair after it."""
    scores = {}
    for name, fault in FAULTS.items():
        tried = caught = 0
        for i in clean:
            row = rows[i]
            faulty = fault(row["ru"], row[language], language, random.Random(f"{seed}:{name}:{i}"))
            if faulty is None or faulty == row[language]:
                continue
            tried += 1
            caught += bool(run_checks(row["ru"], faulty, language, context=row["context"]))
        scores[name] = (caught, tried)
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N lines")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--show", metavar="CHECK", help="print the human pairs CHECK flags")
    parser.add_argument(
        "--fit",
        action="store_true",
        help="fit the length and omission models on the even lines, measure on the odd ones",
    )
    args = parser.parse_args(argv)
    if not args.data.exists():
        parser.error(f"{args.data}: no such file; pass --data")
    rows = load(args.data, args.limit)
    print(f"{args.data.name}: {len(rows)} pairs")
    if args.fit:
        for language in LANGUAGES:
            held_out(rows, language)
        return 0
    for language in LANGUAGES:
        per_check, clean = false_alarms(rows, language)
        print(f"\nru→{language} false alarms (% of pairs):")
        for check in [c.name for c in CHECKS] + ["(any error)", "(any)"]:
            print(f"  {check:<16} {100 * per_check[check] / len(rows):5.2f}%  ({per_check[check]})")
        print(f"ru→{language} detection (% of injected faults flagged by any check):")
        scores = detection(rows, clean, language, args.seed)
        for name, (caught, tried) in scores.items():
            print(f"  {name:<22} {100 * caught / max(tried, 1):5.1f}%  ({caught}/{tried})")
        total_caught, total_tried = map(sum, zip(*scores.values(), strict=True))
        print(
            f"  {'(all)':<22} {100 * total_caught / max(total_tried, 1):5.1f}%  "
            f"({total_caught}/{total_tried})"
        )
        if args.show:
            _show(rows, language, args.show)
    return 0


def _show(rows: list[dict], language: str, check: str) -> None:
    for row in rows:
        for problem in run_checks(row["ru"], row[language], language, context=row["context"]):
            if problem.check == check:
                print(f"  {problem.message}\n    {row['ru']}\n    {row[language]}")


LOW_SHARES = (0.005, 0.0075, 0.01, 0.015, 0.02, 0.03)
HIGH_SHARE = 0.001
FITTED = {"length", "omission"}


def held_out(rows: list[dict], language: str) -> None:
    """Fit the length model, then the omission model (length and meaning weighed
    together) for several shares of human pairs flagged, on the even lines; on the odd
    lines print their false alarms, any check's, and dropped-clause detection."""
    fitting, testing = rows[0::2], rows[1::2]
    human = [(row["ru"], row[language]) for row in fitting]
    dropped = [(s, f) for s, t in human if (f := drop_clause(s, t, language, None)) and f != t]
    length = fit(human, 0.01, HIGH_SHARE)
    print(
        f"\nru→{language}, fitted on {len(fitting)} pairs ({len(dropped)} with a clause dropped), "
        f"measured on {len(testing)}:"
    )
    print(f"  length model: {length}")
    others, faulty = [], []
    for row in testing:
        others.append(
            bool(
                {
                    p.check
                    for p in run_checks(row["ru"], row[language], language, context=row["context"])
                }
                - FITTED
            )
        )
        fault = drop_clause(row["ru"], row[language], language, None)
        fault = fault if fault and fault != row[language] else None
        caught = fault and bool(
            {p.check for p in run_checks(row["ru"], fault, language, context=row["context"])}
            - FITTED
        )
        faulty.append((fault, caught))
    print(
        "  share  omission model (weights, gap centre, spread, limit)   omission FA   any FA"
        "   clause detection"
    )
    for share in LOW_SHARES:
        model = fit_omission(human, dropped, length, share)
        flagged = [
            bool(
                model.verdict(length, row["ru"], row[language])
                or length.too_long(row["ru"], row[language])
            )
            for row in testing
        ]
        any_flag = [a or b for a, b in zip(others, flagged, strict=True)]
        tried = [
            (row, f, c)
            for row, (f, c), bad in zip(testing, faulty, any_flag, strict=True)
            if f and not bad
        ]
        caught = sum(bool(c or model.verdict(length, row["ru"], f)) for row, f, c in tried)
        print(
            f"  {share:6.4f} {model.weights[0]:.3f}/{model.weights[1]:.3f} {model.gap_centre:7.4f}"
            f" {model.gap_spread:6.4f} {model.limit:6.3f}"
            f"   {100 * sum(flagged) / len(testing):6.2f}%"
            f"  {100 * sum(any_flag) / len(testing):6.2f}%"
            f"   {100 * caught / max(len(tried), 1):5.1f}%"
            f" ({caught}/{len(tried)})"
        )


if __name__ == "__main__":
    sys.exit(main())
