"""The shared corpus the benchmarks read, and its two fixed halves.

A pair's half is decided by a hash of its id (the first byte of its SHA-256, even or odd), so
the split is the same on every machine and does not change when lines are added.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HALVES = ("fit", "held-out")


def half(identifier: str) -> str:
    """``fit`` or ``held-out``."""
    return HALVES[hashlib.sha256(identifier.encode("utf-8")).digest()[0] % 2]


def read_rows(path: Path, limit: int | None = None) -> list[dict]:
    """The JSON lines of ``path`` (the first ``limit``), each with its ``half``."""
    with Path(path).open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    rows = rows[:limit] if limit else rows
    for row in rows:
        row["half"] = half(row["id"])
    return rows
