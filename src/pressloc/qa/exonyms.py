"""Acronyms a translation may spell out in its own words instead of keeping the Latin
letters: Korean news writes ``UK`` as 영국 and ``FBI`` as 연방수사국. The renderings are data
(``data/acronyms.tsv``): add a row when a translation renders a well-known acronym its own way."""

from __future__ import annotations

import re
from functools import cache

from .tables import rows


@cache
def _renderings(language: str) -> dict[str, tuple[str, ...]]:
    """acronym: its renderings in a draft of ``language`` (``data/acronyms.tsv``)."""
    return {
        row["acronym"]: tuple(word.strip() for word in row["renderings"].split(","))
        for row in rows("acronyms")
        if row["language"] == language
    }


def rendered(acronym: str, target: str, language: str) -> bool:
    """Whether ``target`` keeps ``acronym`` as a word of its own (a plural ``s`` or a Korean
    particle may follow it, not more capitals: ``TASKS`` is not ``TASK``) or spells it as the
    table says."""
    if re.search(rf"(?<![A-Za-z0-9]){re.escape(acronym)}(?:s?(?![A-Za-z0-9]))", target):
        return True
    return any(word in target for word in _renderings(language).get(acronym, ()))
