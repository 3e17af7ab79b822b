"""The ``pressloc`` commands of the pipeline: init, segment, extract, translate, status, build."""

from __future__ import annotations

from pathlib import Path

import click

from ..text import shorten
from .options import (
    Progress,
    encoding_option,
    engine_options,
    names_argument,
    paths,
    project,
    sources_argument,
    warn,
)


@click.command()
@click.argument("folder", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.pass_context
def init(ctx: click.Context, folder: Path | None) -> None:
    """Start a project: write a commented pressloc.toml in FOLDER (default: here).

    Example: pressloc init
    """
    from ..settings import init as write

    written = write(folder or paths(ctx, (Path("."),))[0])
    click.echo(
        f"{written}: written; put releases in seeds/ and run 'pressloc translate seeds/NAME.ru.txt'"
    )


@click.command()
@click.argument("file", type=click.Path(path_type=Path, allow_dash=True))
@click.option(
    "--explain", is_flag=True, help="Show every candidate boundary and the rule that decided it."
)
@encoding_option
@click.pass_context
def segment(ctx: click.Context, file: Path, explain: bool, encoding: str | None) -> None:
    """Split a Russian text into sentences: one per line, a blank line between paragraphs.

    Example: pressloc segment seeds/kg-kr-textile-forum.ru.txt
    """
    from ..source.read import segmented
    from ..source.segment import describe
    from ..source.segment import explain as decisions

    settings = project(ctx, required=False).settings
    for index, paragraph in enumerate(
        segmented(paths(ctx, (file,))[0], encoding, settings.max_source_mb)
    ):
        if index:
            click.echo()
        if explain:
            for decision in decisions(paragraph.text):
                click.echo(f"{paragraph.line}: {describe(paragraph.text, decision)}")
        else:
            for piece in paragraph.segments:
                click.echo(piece.text)


@click.command()
@sources_argument
@encoding_option
@click.pass_context
def extract(ctx: click.Context, sources: tuple[Path, ...], encoding: str | None) -> None:
    """Write locales/<name>.pot with one entry per sentence of each source.

    Example: pressloc extract seeds/kg-kr-textile-forum.ru.txt
    """
    from ..mt.draft import extract_files

    here = project(ctx)
    templates, warnings = extract_files(here, paths(ctx, sources), encoding)
    warn(warnings)
    for name, pot in templates.items():
        click.echo(f"{here.pot_path(name)}: {len(pot)} entries")


@click.command()
@sources_argument
@engine_options
@encoding_option
@click.option(
    "--memory",
    "memory_files",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Also draft from this translation memory (.tmx or .po), for this run; repeatable.",
)
@click.option(
    "--approve-exact",
    is_flag=True,
    help="Approve exact matches of the memory at once (in-context ones always are).",
)
@click.pass_context
def translate(
    ctx: click.Context,
    sources: tuple[Path, ...],
    encoding: str | None,
    memory_files: tuple[Path, ...],
    approve_exact: bool,
    **options,
) -> None:
    """Extract, update the catalogues and fill untranslated entries with machine drafts.

    A sentence approved before (in any catalogue of the project, or a memory file in
    locales/memory/<lang>/) is filled from the translation memory instead, fuzzy for review,
    or approved when its context is the same. Drafts are marked fuzzy; entries a reviewer
    approved are never changed. Models are loaded only if something needs translating.
    Languages, engine, models folder and the rest come from pressloc.toml unless an option
    or a PRESSLOC_* variable says otherwise.

    Example: pressloc translate seeds/kg-kr-textile-forum.ru.txt --to en,ko
    """
    from ..memory import Options
    from ..mt.draft import translate_files

    here = project(ctx, **options)
    memory = Options(tuple(paths(ctx, memory_files)), approve_exact)
    with Progress("Translating") as progress:
        result = translate_files(here, paths(ctx, sources), encoding, progress, memory)
    warn(result.warnings)
    for item in result.catalogs:
        state = "written" if item.written else "unchanged"
        recalled = (
            f"{item.recalled} from memory ({item.approved} approved), " if item.recalled else ""
        )
        click.echo(
            f"{here.po_path(item.language, item.name)}: {item.drafted} new machine drafts, "
            f"{recalled}{state}"
        )


@click.command()
@names_argument
@click.option(
    "--require-approved", is_flag=True, help="Exit non-zero unless every entry is approved."
)
@click.option(
    "--worst",
    type=click.IntRange(1),
    metavar="N",
    help="Also list the N least confident machine drafts.",
)
@click.pass_context
def status(
    ctx: click.Context, names: tuple[str, ...], require_approved: bool, worst: int | None
) -> None:
    """Show per catalogue how many entries are approved, drafted or untranslated.

    The memory column counts the entries filled from the translation memory.

    Example: pressloc status --require-approved
    """
    from ..catalog.status import report

    rows, drafts = report(project(ctx), list(names), worst or 0)
    if not rows:
        raise click.ClickException("no catalogues yet; run 'pressloc translate SOURCE' first")
    click.echo(
        f"{'release':<28} {'lang':<5} {'entries':>7} {'approved':>8} {'drafts':>6} "
        f"{'changed':>7} {'untransl.':>9} {'qa':>4} {'memory':>6} {'%approved':>9}"
    )
    for row in rows:
        click.echo(
            f"{row.name:<28} {row.language:<5} {row.entries:>7} {row.approved:>8} {row.drafts:>6} "
            f"{row.changed:>7} {row.untranslated:>9} {row.qa:>4} {row.memory:>6} "
            f"{row.percent_approved:>8.1f}%"
        )
    if worst:
        click.echo("\nleast confident drafts (mean log-probability per token):")
        for draft in drafts:
            click.echo(
                f"{draft.score:8.3f}  {draft.language:<3} {draft.reference}  {shorten(draft.msgid)}"
            )
    if require_approved and not all(row.complete for row in rows):
        raise click.ClickException("not every entry is approved")


@click.command()
@names_argument
@click.option(
    "--lang", "languages", help="Languages to build, comma-separated (default: every catalogue)."
)
@click.option(
    "--draft", is_flag=True, help="Build even with unapproved segments, marked DRAFT at the top."
)
@click.option(
    "--force",
    is_flag=True,
    help="Publish approved entries that are pseudo-localisation or have "
    "an open error-severity QA note, and list them.",
)
@click.pass_context
def build(
    ctx: click.Context, names: tuple[str, ...], languages: str | None, draft: bool, force: bool
) -> None:
    """Assemble releases/<lang>/<name>.md, .html and .txt from the approved catalogues.

    Approved entries that are pseudo-localisation, or that a QA check flags as an error,
    stop the build unless --force.

    Example: pressloc build kg-kr-textile-forum --lang en,ko
    """
    from ..publish.build import build_releases

    result = build_releases(project(ctx), list(names), languages, draft, force)
    for line in result.forced:
        click.echo(f"Warning: published anyway (--force): {line}", err=True)
    for path in result.written:
        click.echo(str(path))
