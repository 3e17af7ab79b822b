"""pressloc's own exceptions. Each message says what went wrong, where, and what to do."""

from __future__ import annotations


class PresslocError(Exception):
    """Base class: the CLI turns any of these into one line on stderr and a non-zero exit."""


class SourceError(PresslocError):
    """A source release cannot be read."""


class CatalogError(PresslocError):
    """A catalogue cannot be read, written or merged."""


class EngineError(PresslocError):
    """A translation engine is unknown, missing or failed."""


class BuildError(PresslocError):
    """A localised release cannot be assembled."""


class NotApprovedError(BuildError):
    """Some segments are not approved, or not fit to publish; ``problems`` lists one line each."""

    def __init__(self, message: str, problems: list[str]):
        super().__init__(message)
        self.problems = problems


def where(path: object, line: int | None = None) -> str:
    """``path`` or ``path:line``, the prefix every located message starts with."""
    return f"{path}:{line}" if line else str(path)


class ModelError(PresslocError):
    """A translation model is missing, corrupt, or cannot be downloaded or installed."""


class CheckError(PresslocError):
    """A QA check cannot run (a resource it needs is missing)."""
