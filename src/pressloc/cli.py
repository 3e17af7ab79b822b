"""The ``pressloc`` command line: thin adapters over the library.

Library errors (:class:`PresslocError`) become one line on stderr and exit code 1.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .errors import NotApprovedError, PresslocError
from .project import Project, parse_languages


class Group(click.Group):
    """Turns pressloc's errors into one clear line and a non-zero exit, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except NotApprovedError as e:
            for line in e.problems:
                click.echo(line, err=True)
            raise click.ClickException(str(e)) from e
        except PresslocError as e:
            raise click.ClickException(str(e)) from e
        except KeyboardInterrupt:
            click.echo("interrupted; files on disk are complete, run the command again to resume", err=True)
            sys.exit(130)


def project_of(ctx: click.Context) -> Project:
    return ctx.find_object(Project) or Project()


sources_argument = click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
names_argument = click.argument("names", nargs=-1)


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
@click.pass_context
def segment(ctx: click.Context, file: Path, explain: bool) -> None:
    """Split a Russian text into sentences: one per line, a blank line between paragraphs.

    Example: pressloc segment seeds/kg-kr-textile-forum.ru.txt
    """
    from .segment import describe
    from .segment import explain as explain_text
    from .segment import sentenize
    from .source import decode, read_bytes, split_lines

    if str(file) == "-":
        text = decode(click.open_file("-", "rb").read(), "<stdin>")
    else:
        path = project_of(ctx).root / file
        text = decode(read_bytes(path), str(path))
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
@click.pass_context
def extract(ctx: click.Context, sources: tuple[Path, ...]) -> None:
    """Write locales/<name>.pot with one entry per sentence of each source.

    Example: pressloc extract seeds/kg-kr-textile-forum.ru.txt
    """
    from .source import read_release
    from .translate import extract as extract_templates

    project = project_of(ctx)
    releases = [read_release(project.root / path, project.root) for path in sources]
    for name, pot in extract_templates(project, releases).items():
        click.echo(f"{project.pot_path(name)}: {len(pot)} entries")


@cli.command()
@sources_argument
@click.option("--to", "languages", default="en,ko", show_default=True, help="Target languages, comma-separated.")
@click.option("--engine", envvar="PRESSLOC_ENGINE", help="Translation engine: pseudo. [env: PRESSLOC_ENGINE]")
@click.pass_context
def translate(ctx: click.Context, sources: tuple[Path, ...], languages: str, engine: str | None) -> None:
    """Extract, update the catalogues and fill untranslated entries with machine drafts.

    Drafts are marked fuzzy; entries a reviewer approved are never changed.

    Example: pressloc translate seeds/kg-kr-textile-forum.ru.txt --to en,ko --engine pseudo
    """
    from .engines import get_engine
    from .source import read_release
    from .translate import translate as run

    project = project_of(ctx)
    targets = parse_languages(languages)
    get_engine(engine) if engine is None else None  # fail before any work when none is chosen
    releases = [read_release(project.root / path, project.root) for path in sources]
    with _Progress() as progress:
        result = run(project, releases, targets, lambda: get_engine(engine), progress)
    for item in result.catalogs:
        state = "written" if item.written else "unchanged"
        path = project.po_path(item.language, item.name)
        click.echo(f"{path}: {item.drafted} new machine drafts, {state}")


@cli.command()
@names_argument
@click.option("--require-approved", is_flag=True, help="Exit non-zero unless every entry is approved.")
@click.pass_context
def status(ctx: click.Context, names: tuple[str, ...], require_approved: bool) -> None:
    """Show per catalogue how many entries are approved, drafted or untranslated.

    Example: pressloc status --require-approved
    """
    from .status import project_status

    rows = project_status(project_of(ctx), list(names))
    if not rows:
        raise click.ClickException("no catalogues yet; run 'pressloc translate SOURCE --to en,ko' first")
    click.echo(f"{'release':<28} {'lang':<5} {'entries':>7} {'approved':>8} {'drafts':>6} "
               f"{'changed':>7} {'untransl.':>9} {'%approved':>9}")
    for row in rows:
        click.echo(f"{row.name:<28} {row.language:<5} {row.entries:>7} {row.approved:>8} {row.drafts:>6} "
                   f"{row.changed:>7} {row.untranslated:>9} {row.percent_approved:>8.1f}%")
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
    from .build import build as run

    project = project_of(ctx)
    chosen = list(names) or project.names()
    if not chosen:
        raise click.ClickException("nothing to build; run 'pressloc translate SOURCE' first")
    targets = parse_languages(languages) if languages else None
    for path in run(project, chosen, targets, draft):
        click.echo(str(path))


class _Progress:
    """A progress bar on a terminal; silent otherwise."""

    def __enter__(self):
        self.bar = None
        return self.update

    def update(self, done: int, total: int) -> None:
        if not sys.stderr.isatty():
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="Translating", file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.bar.pos)
        if done >= total:
            self.bar.__exit__(None, None, None)
            self.bar = None

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


def main() -> None:
    cli(prog_name="pressloc")
