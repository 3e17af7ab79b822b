"""The ``pressloc`` command line: thin adapters over the library.

Library errors (:class:`PresslocError`) become one line on stderr and exit code 1.
"""

from __future__ import annotations

from pathlib import Path

import click

from .support import (
    Group, Progress, encoding_option, engine_options, engine_settings, names_argument,
    project_of, read_sources, sources_argument,
)
from .tools import check, glossary, models
from ..language import parse_languages
from ..project import Project


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="pressloc")
@click.option(
    "-C", "--project-dir", type=click.Path(file_okay=False, path_type=Path), default=".",
    show_default=True, help="Run as if started in this folder, the project root holding "
    "seeds/, locales/ and releases/.",
)
@click.pass_context
def cli(ctx: click.Context, project_dir: Path) -> None:
    """Localise Russian press releases into English and Korean through gettext catalogues.

    \b
    Typical run:
      pressloc translate seeds/forum.ru.txt --to en,ko
      (review locales/<lang>/LC_MESSAGES/forum.po in Poedit, clear "fuzzy" to approve)
      pressloc status
      pressloc build forum
    """
    ctx.obj = Project(root=project_dir)


@cli.command()
@click.argument("file", type=click.Path(path_type=Path, allow_dash=True))
@click.option("--explain", is_flag=True, help="Show every candidate boundary and the rule that decided it.")
@encoding_option
@click.pass_context
def segment(ctx: click.Context, file: Path, explain: bool, encoding: str | None) -> None:
    """Split a Russian text into sentences: one per line, a blank line between paragraphs.

    Example: pressloc segment seeds/kg-kr-textile-forum.ru.txt
    """
    from ..source.segment import describe
    from ..source.segment import explain as explain_text
    from ..source.segment import sentenize
    from ..source.read import decode, read_bytes, split_lines

    if str(file) == "-":
        text = decode(click.open_file("-", "rb").read(), "<stdin>", encoding)
    else:
        path = project_of(ctx).root / file
        text = decode(read_bytes(path), str(path), encoding)
    paragraphs = [(n, line) for n, line in enumerate(split_lines(text), 1) if line.strip()]
    for index, (number, line) in enumerate(paragraphs):
        if index:
            click.echo()
        if explain:
            for decision in explain_text(line):
                click.echo(f"{number}: {describe(line, decision)}")
        else:
            for piece in sentenize(line):
                click.echo(piece.text)


@cli.command()
@sources_argument
@encoding_option
@click.pass_context
def extract(ctx: click.Context, sources: tuple[Path, ...], encoding: str | None) -> None:
    """Write locales/<name>.pot with one entry per sentence of each source.

    Example: pressloc extract seeds/kg-kr-textile-forum.ru.txt
    """
    from ..mt.draft import extract as extract_templates

    project = project_of(ctx)
    releases = read_sources(project, sources, encoding)
    templates = extract_templates(project, releases)
    for name, pot in templates.items():
        click.echo(f"{project.pot_path(name)}: {len(pot)} entries")


@cli.command()
@sources_argument
@click.option("--to", "languages", default="en,ko", show_default=True, help="Target languages, comma-separated.")
@engine_options
@encoding_option
@click.option("--batch-size", type=click.IntRange(1), default=64, show_default=True, envvar="PRESSLOC_BATCH_SIZE",
              help="Sentences translated between two saves of the catalogues. [env: PRESSLOC_BATCH_SIZE]")
@click.option("--check/--no-check", default=True, show_default=True, help="Run the QA checks on new drafts.")
@click.pass_context
def translate(ctx: click.Context, sources: tuple[Path, ...], languages: str, engine: str, encoding: str | None,
              batch_size: int, check: bool, **settings) -> None:
    """Extract, update the catalogues and fill untranslated entries with machine drafts.

    Drafts are marked fuzzy; entries a reviewer approved are never changed. Models are
    loaded only if something needs translating.

    Example: pressloc translate seeds/kg-kr-textile-forum.ru.txt --to en,ko
    """
    from ..qa.stage import load_glossary
    from ..mt.engines import check_engine, get_engine
    from ..mt.draft import translate as run

    project = project_of(ctx)
    targets = parse_languages(languages)
    check_engine(engine)
    options = engine_settings(**settings)
    releases = read_sources(project, sources, encoding)
    with Progress("Translating") as progress:
        glossary = load_glossary(project) if check else None
        result = run(project, releases, targets, lambda: get_engine(engine, options), progress, batch_size,
                     glossary, check)
    for item in result.catalogs:
        state = "written" if item.written else "unchanged"
        path = project.po_path(item.language, item.name)
        click.echo(f"{path}: {item.drafted} new machine drafts, {state}")


@cli.command()
@names_argument
@click.option("--require-approved", is_flag=True, help="Exit non-zero unless every entry is approved.")
@click.option("--worst", type=click.IntRange(1), metavar="N", help="Also list the N least confident machine drafts.")
@click.pass_context
def status(ctx: click.Context, names: tuple[str, ...], require_approved: bool, worst: int | None) -> None:
    """Show per catalogue how many entries are approved, drafted or untranslated.

    Example: pressloc status --require-approved
    """
    from ..catalog.status import least_confident, project_status

    rows = project_status(project_of(ctx), list(names))
    if not rows:
        raise click.ClickException("no catalogues yet; run 'pressloc translate SOURCE --to en,ko' first")
    click.echo(f"{'release':<28} {'lang':<5} {'entries':>7} {'approved':>8} {'drafts':>6} "
               f"{'changed':>7} {'untransl.':>9} {'qa':>4} {'%approved':>9}")
    for row in rows:
        click.echo(f"{row.name:<28} {row.language:<5} {row.entries:>7} {row.approved:>8} {row.drafts:>6} "
                   f"{row.changed:>7} {row.untranslated:>9} {row.qa:>4} {row.percent_approved:>8.1f}%")
    if worst:
        click.echo("\nleast confident drafts (mean log-probability per token):")
        for draft in least_confident(project_of(ctx), list(names), worst):
            text = draft.msgid if len(draft.msgid) <= 60 else draft.msgid[:59] + "…"
            click.echo(f"{draft.score:8.3f}  {draft.language:<3} {draft.reference}  {text}")
    if require_approved and not all(row.complete for row in rows):
        raise click.ClickException("not every entry is approved")


@cli.command()
@names_argument
@click.option("--lang", "languages", help="Languages to build, comma-separated (default: every catalogue).")
@click.option("--draft", is_flag=True, help="Build even with unapproved segments, marked DRAFT at the top.")
@click.pass_context
def build(ctx: click.Context, names: tuple[str, ...], languages: str | None, draft: bool) -> None:
    """Assemble releases/<lang>/<name>.md, .html and .txt from the approved catalogues.

    Example: pressloc build kg-kr-textile-forum --lang en,ko
    """
    from ..publish.build import build as run

    project = project_of(ctx)
    chosen = list(names) or project.names()
    if not chosen:
        raise click.ClickException("nothing to build; run 'pressloc translate SOURCE' first")
    targets = parse_languages(languages) if languages else None
    written = run(project, chosen, targets, draft)
    for path in written:
        click.echo(str(path))


for command in (check, glossary, models):
    cli.add_command(command)


def _terminate(signum, frame) -> None:
    raise SystemExit(128 + signum)  # unwinds like Ctrl-C: temporary files are removed


def main() -> None:
    import signal

    signal.signal(signal.SIGTERM, _terminate)
    cli(prog_name="pressloc")
