"""The direction of imports that docs/architecture.md describes: each stage imports only the
base modules and the stages before it, never a later one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "pressloc"
BASE = {
    "errors",
    "text",
    "language",
    "model",
    "fsutil",
    "lock",
    "settings",
    "project",
    "__version__",
}
STAGES = ["source", "catalog", "memory", "qa", "mt", "publish", "cli"]  # the flow, in order
ALLOWED_BASE = {  # which base module may import which
    "errors": set(),
    "text": set(),
    "model": set(),
    "language": {"errors"},
    "fsutil": {"errors"},
    "lock": {"errors", "fsutil"},
    "settings": {"errors", "fsutil", "language"},
    "project": {"errors", "language", "lock", "settings"},
}


def imports() -> set[tuple[str, str]]:
    """(importing part, imported part) for every relative import between parts of pressloc."""
    found = set()
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC).with_suffix("").parts
        package = list(parts[:-1])
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package[: len(package) - node.level + 1]
                names = [node.module] if node.module else [alias.name for alias in node.names]
                for name in names:
                    target = (base + name.split("."))[0] if base or name else ""
                    if parts[0] != target:
                        found.add((parts[0], target))
    return found


def allowed(importer: str, imported: str) -> bool:
    if importer == "__main__":
        return imported == "cli"
    if importer in ALLOWED_BASE:
        return imported in ALLOWED_BASE[importer]
    if imported in BASE:
        return True
    return (
        importer in STAGES
        and imported in STAGES
        and STAGES.index(imported) < STAGES.index(importer)
    )


@pytest.mark.parametrize("importer, imported", sorted(imports()))
def test_imports_go_with_the_flow(importer, imported):
    assert allowed(importer, imported), f"{importer} must not import {imported}"


def test_every_part_is_placed():
    parts = {
        path.relative_to(SRC).parts[0].removesuffix(".py")
        for path in SRC.iterdir()
        if path.suffix == ".py" or (path.is_dir() and (path / "__init__.py").exists())
    }
    assert parts - {"__init__", "__main__"} <= BASE | set(STAGES)
