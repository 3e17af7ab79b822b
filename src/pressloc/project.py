"""Where a project keeps its files: templates, catalogues and releases under one root."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import CatalogError
from .language import code_problem


@dataclass(frozen=True)
class Project:
    root: Path = Path(".")
    locales: Path = Path("locales")
    releases: Path = Path("releases")

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
                if not folder.name.startswith(".") and messages.is_dir() and any(
                        path.match(wanted) for path in messages.iterdir()):
                    problem = code_problem(folder.name)
                    if problem:
                        raise CatalogError(f"{folder}: a catalogue folder is named by its language; {problem}")
                    found.append(folder.name)
        except OSError as e:
            raise CatalogError(f"{e.filename}: cannot read ({e.strerror}); check the folder's permissions") from e
        if required and not found:
            raise CatalogError(f"{self.pot_path(name).parent}: no catalogues of '{name}'; run 'pressloc translate' first")
        return found
