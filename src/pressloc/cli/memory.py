"""The ``pressloc memory`` commands: export the approved translations as TMX, import memory
files."""

from __future__ import annotations

from pathlib import Path

import click

from .options import paths, project, warn


@click.group()
def memory() -> None:
    """Exchange the translation memory with other tools (TMX 1.4b).

    The memory is every approved entry of the project's catalogues, and the files in
    locales/memory/<lang>/ (.tmx and .po; the memory_dir setting).

    Example: pressloc memory export --lang ko memory-ko.tmx
    """


@memory.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--lang", "languages", help="Languages to export, comma-separated (default: every catalogue)."
)
@click.pass_context
def memory_export(ctx: click.Context, file: Path, languages: str | None) -> None:
    """Write every approved translation of the project to FILE as TMX 1.4b.

    One unit per sentence of each release, with its approved translations, its release
    and its revision date.

    Example: pressloc memory export --lang ko memory-ko.tmx
    """
    from ..memory.interchange import export_tmx

    result = export_tmx(project(ctx), paths(ctx, (file,))[0], languages)
    warn(result.warnings)
    click.echo(f"{result.path}: {result.units} units ({', '.join(result.languages)})")


@memory.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--lang", "languages", help="Languages to import it for, comma-separated (default: all it has)."
)
@click.pass_context
def memory_import(ctx: click.Context, file: Path, languages: str | None) -> None:
    """Check a memory file (.tmx, or a .po compendium) and add it to the memory folder.

    A file that cannot be read whole is refused and nothing changes.

    Example: pressloc memory import old-translations.tmx
    """
    from ..memory.interchange import import_file

    result = import_file(project(ctx), paths(ctx, (file,))[0], languages)
    for path in result.written + result.unchanged:
        state = "added" if path in result.written else "already there"
        language = path.parent.name
        click.echo(f"{path}: {result.units[language]} units for {language}, {state}")
