"""Translation policy: which of the engine's hypotheses becomes the draft.

Every draft is checked once (``qa.run_checks``). A draft failing a serious check gives way to
the first of the engine's alternatives that passes; one that still lost a glossary term is
translated again with the terms masked (:mod:`masking`) and restored.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..qa import ERROR, Problem, check_pairs, pair_of, run_checks
from ..text import blank
from .engines import Draft
from .masking import mask


def pick_draft(
    source: str,
    draft: Draft,
    language: str,
    glossary,
    context: tuple[str, ...] = (),
    problems: list[Problem] | None = None,
) -> tuple[Draft, list[Problem]]:
    """``(draft, problems)``: the draft, or else the first of its alternatives that passes
    every serious check (the entry then records the retry); ``context``: the source
    sentences before this one; ``problems``: the draft's, if already found. A pivoted draft's
    English (``pivot-en``) is read with it."""
    pivot = draft.notes.get("pivot-en")
    if problems is None:
        problems = run_checks(source, draft.text, language, glossary, context, pivot)
    failed = [p.check for p in problems if p.severity == ERROR] or (
        ["empty"] if blank(draft.text) else []
    )
    if not failed:
        return draft, problems
    for rank, text in enumerate(draft.alternatives, start=2):
        if blank(text):
            continue  # no draft at all: passes every check by having nothing to check
        found = run_checks(source, text, language, glossary, context, pivot)
        if not any(p.severity == ERROR for p in found):
            retry = (
                f"hypothesis {rank} of {len(draft.alternatives) + 1}; "
                f"the first failed {', '.join(failed)}"
            )
            return Draft(text, draft.score, {**draft.notes, "retry": retry}), found
    return draft, problems


def review(
    engine,
    sentences: list[str],
    drafts: list,
    language: str,
    glossary,
    contexts: Mapping[str, tuple[str, ...]] | None = None,
) -> list[tuple[Draft, list[Problem]]]:
    """``(draft, its problems)`` for each sentence, every draft checked once: a draft
    failing a serious check gives way to an alternative that passes, and one that still
    lost a glossary term is translated again with the terms protected. ``contexts``: each
    sentence's preceding sentences in its release."""
    contexts = contexts or {}
    pairs = [
        pair_of(
            source,
            draft.text,
            language,
            glossary,
            contexts.get(source, ()),
            draft.notes.get("pivot-en"),
        )
        for source, draft in zip(sentences, drafts, strict=True)
    ]
    picked = [
        pick_draft(source, draft, language, glossary, contexts.get(source, ()), problems)
        for source, draft, problems in zip(sentences, drafts, check_pairs(pairs), strict=True)
    ]
    if glossary is not None:
        picked = protect_terms(engine, sentences, picked, language, glossary, contexts)
    return picked


def protect_terms(
    engine,
    sentences: list[str],
    picked: list[tuple],
    language: str,
    glossary,
    contexts: Mapping[str, tuple[str, ...]],
) -> list[tuple]:
    """Translate again, with glossary terms masked, each sentence whose draft lost a term;
    the redo replaces the draft where it renders every term and fails no serious check that
    the draft passed."""
    failing = [
        i
        for i, (_, problems) in enumerate(picked)
        if any(p.check == "glossary" and p.severity == ERROR for p in problems)
    ]
    if not failing:
        return picked
    masked = [mask(sentences[i], glossary, language) for i in failing]
    redone = engine.translate([text for text, _ in masked], "ru", language)
    better = list(picked)
    for i, (_, restore), redo in zip(failing, masked, redone, strict=False):
        text = restore(redo.text)
        found = run_checks(sentences[i], text, language, glossary, contexts.get(sentences[i], ()))
        failed_before = {p.check for p in picked[i][1] if p.severity == ERROR}
        if not blank(text) and {p.check for p in found if p.severity == ERROR} <= failed_before - {
            "glossary"
        }:
            better[i] = (
                Draft(
                    text,
                    redo.score,
                    {**redo.notes, "glossary": "terms protected through translation"},
                ),
                found,
            )
    return better
