"""Running the checks: every declared check on one pair, or on many at once.

``run_checks`` judges one draft and returns what a reviewer should look at first, in
``CHECKS`` order. ``check_pairs`` judges many, computing first, in batches, the sentence
embeddings that the checks needing them read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from .pair import Pair
from .problem import ERROR, WARNING, Problem
from .registry import declared

if TYPE_CHECKING:
    from .glossary import Glossary

CONTEXT = 5  # source sentences before a draft's that the checks read (who "he" is)
# characters: a sentence is at most 1,000 (segment.MAX_SEGMENT), its translation a few times that
MAX_CHECKED = 5000
CHECKS = declared()
# Checks of an entry against the whole project, which the check stage runs over catalogues
# (qa/stage.py), not on one pair: name → (severity, title).
PROJECT_CHECKS = {
    "inconsistent": (WARNING, "The sentence is approved differently elsewhere in the project"),
}


def severity(name: str) -> str | None:
    """The severity of the check called ``name`` (``too-long`` is an error); None if unknown."""
    if name == "too-long":
        return ERROR
    if name in PROJECT_CHECKS:
        return PROJECT_CHECKS[name][0]
    return next((check.severity for check in CHECKS if check.name == name), None)


def context_of(sources: Sequence[str], index: int) -> tuple[str, ...]:
    """The source sentences before ``sources[index]`` that its checks read."""
    return tuple(sources[max(0, index - CONTEXT) : index])


def pair_of(
    source: str,
    target: str,
    language: str,
    glossary: Glossary | None = None,
    context: Sequence[str] = (),
    pivot: str | None = None,
) -> Pair:
    """The :class:`Pair` the checks read (``ko_KR`` reads as ``ko``; the last few sentences of
    ``context`` count)."""
    context = (
        (context,) if isinstance(context, str) else tuple(c for c in context if isinstance(c, str))
    )
    return Pair(source, target, language.split("_")[0], glossary, context[-CONTEXT:], pivot)


def run_checks(
    source: str,
    target: str,
    language: str,
    glossary: Glossary | None = None,
    context: Sequence[str] = (),
    pivot: str | None = None,
) -> list[Problem]:
    """Every problem the checks find in one draft, in ``CHECKS`` order; [] if none or no draft.
    ``context``: the source sentences before this one in its release; ``pivot``: the English a
    pivoted draft was translated from. A text longer than ``MAX_CHECKED`` characters is
    reported as such and not read further, so no entry costs more than a sentence's checking."""
    return judge(pair_of(source, target, language, glossary, context, pivot))


def judge(pair: Pair) -> list[Problem]:
    """Every problem of ``pair`` (see :func:`run_checks`)."""
    if not pair.target.strip():
        return []
    longest = max(len(pair.source), len(pair.target))
    if longest > MAX_CHECKED:
        side = "draft" if len(pair.target) >= len(pair.source) else "source"
        detail = (
            f"the {side} has {longest:,} characters, more than the {MAX_CHECKED:,} the "
            "checks read; split or shorten it"
        )
        return [Problem("too-long", ERROR, f"too-long: {detail}")]
    return [problem for check in CHECKS if (problem := check(pair)) is not None]


BATCH = 256  # pairs whose texts are embedded together


def warm_models(languages: Iterable[str]) -> None:
    """Start loading, in the background, the models the checks of drafts in ``languages``
    read (:func:`loading.warm`), so they load side by side while work begins."""
    from . import encoder, morph, ner
    from .lang import profile
    from .loading import warm

    languages = set(languages)
    if languages:  # the source's models, then each language's
        warm([encoder._encoder, ner._ner, morph.analyzer])
        warm(load for language in sorted(languages) for load in profile(language).models())


def check_pairs(
    pairs: Sequence[Pair], progress: Callable[[int, int], None] | None = None
) -> list[list[Problem]]:
    """The problems of each of ``pairs``, as :func:`judge` finds them; the texts the checks
    embed are embedded first, a batch of pairs at a time. ``progress(done, total)`` follows."""
    from .encoder import prefetch

    warm_models({pair.language for pair in pairs})
    embeds = any("embeddings" in check.needs for check in CHECKS)
    found: list[list[Problem]] = []
    for start in range(0, len(pairs), BATCH):
        batch = pairs[start : start + BATCH]
        if embeds:
            prefetch(
                text
                for pair in batch
                if pair.target.strip() and max(len(pair.source), len(pair.target)) <= MAX_CHECKED
                for text in (pair.source, pair.target, pair.pivot)
                if text
            )
        for pair in batch:
            found.append(judge(pair))
            if progress:
                progress(len(found), len(pairs))
    return found
