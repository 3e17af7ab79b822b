"""The constants fitted on human translations, read from ``data/fitted.json``, which
``python benchmarks/qa.py --fit`` writes (fitted on one half of NTREX-128, measured on the
other); the fitting code is the benchmark's."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

FILE = Path(__file__).parent / "data" / "fitted.json"


@cache
def fitted() -> dict:
    """Everything ``data/fitted.json`` holds, by the name of what uses it."""
    return json.loads(FILE.read_text(encoding="utf-8"))


def constants(name: str, language: str) -> dict | float | None:
    """The constants of ``name`` (``length``, ``omission``, ``adequacy``, …) for ``language``;
    None if none were fitted for it."""
    return fitted().get(name, {}).get(language)
