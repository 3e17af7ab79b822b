"""A project: its root (where ``pressloc.toml`` is), its settings, and where it keeps its files:
templates and catalogues under ``locales/``, releases under ``releases/``."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from . import settings as settings_file
from .errors import CatalogError, PresslocError
from .language import code_problem
from .settings import Settings


class NoProjectError(PresslocError):
    """No ``pressloc.toml`` in the current folder or above it."""


@dataclass(frozen=True)
class Project:
    root: Path = Path(".")
    settings: Settings = field(default=None)  # type: ignore[assignment]  # None: the defaults
    locales: Path = Path("locales")
    releases: Path = Path("releases")

    def __post_init__(self) -> None:
        if self.settings is None:
            object.__setattr__(self, "settings", settings_file.load(None, self.root, environ={}))

    @classmethod
    def find(
        cls,
        start: Path,
        named: bool = False,
        overrides: Mapping[str, object] = (),
        required: bool = True,
    ) -> Project:
        """The project around ``start``: the nearest folder at or above it with a
        ``pressloc.toml``; else ``start`` itself when the user ``named`` it (``-C``), or when
        the project is not ``required`` (a command that works anywhere)."""
        start = Path(start)
        file = settings_file.find_file(start)
        if file is None and required and not named:
            raise NoProjectError(
                f"no {settings_file.FILE} in {start.resolve()} or any folder above it: "
                "not a pressloc project; run 'pressloc init' to start one here, or "
                "give the project's folder with -C DIR"
            )
        if file is not None:
            file = _as_given(file, start)
        root = start if file is None else file.parent
        return cls(root, settings_file.load(file, root, overrides, start=start))

    def pot_path(self, name: str) -> Path:
        return self.root / self.locales / f"{name}.pot"

    def po_path(self, language: str, name: str) -> Path:
        return self.root / self.locales / language / "LC_MESSAGES" / f"{name}.po"

    def release_path(self, language: str, name: str, extension: str) -> Path:
        return self.root / self.releases / language / f"{name}.{extension}"

    def writing(self, releases: bool = False):
        """``with project.writing():`` holds the project's lock (one writer at a time) and
        removes what killed runs left behind, in ``releases/`` too for ``releases``."""
        from .lock import writing

        return writing(self.root / self.locales, [self.root / self.releases] if releases else [])

    @property
    def glossary_path(self) -> Path:
        return Path(self.settings.glossary)

    def names(self) -> list[str]:
        """Every release that has a template, in name order."""
        return sorted(path.stem for path in (self.root / self.locales).glob("*.pot"))

    def languages(self, name: str | None = None, required: bool = False) -> list[str]:
        """Languages with a catalogue (of ``name``, if given), in code order; ``required``, for a
        release the user named: none is an error, not nothing to do."""
        wanted = f"{name}.po" if name else "*.po"
        found = []
        locales = self.root / self.locales
        try:  # not glob, which skips a folder it cannot read as if it were empty
            for folder in sorted(locales.iterdir()) if locales.is_dir() else []:
                messages = folder / "LC_MESSAGES"
                if (
                    not folder.name.startswith(".")
                    and messages.is_dir()
                    and any(path.match(wanted) for path in messages.iterdir())
                ):
                    problem = code_problem(folder.name)
                    if problem:
                        raise CatalogError(
                            f"{folder}: a catalogue folder is named by its language; {problem}"
                        )
                    found.append(folder.name)
        except OSError as e:
            raise CatalogError(
                f"{e.filename}: cannot read ({e.strerror}); check the folder's permissions"
            ) from e
        if required and not found:
            raise CatalogError(
                f"{self.pot_path(name).parent}: no catalogues of '{name}'; "
                "run 'pressloc translate' first"
            )
        return found


def _as_given(folder: Path, start: Path) -> Path:
    """``folder`` (absolute) written as ``start`` was: relative to the current folder when
    ``start`` is relative, so that messages show short paths (``locales/en/…``)."""
    if start.is_absolute():
        return folder
    return Path(os.path.relpath(folder))
