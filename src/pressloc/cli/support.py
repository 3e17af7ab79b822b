"""What the ``pressloc`` commands share: error handling, options, the lock, progress bars."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import NotApprovedError, PresslocError
from ..project import Project


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
encoding_option = click.option(
    "--encoding", metavar="NAME", help="Encoding of the source files if not UTF-8, e.g. cp1251.")


def read_sources(project: Project, sources: tuple[Path, ...], encoding: str | None) -> list:
    """Read and segment the sources; their warnings go to stderr."""
    import os

    from ..source.read import MAX_SOURCE_MB, read_release

    try:
        max_mb = float(os.environ.get("PRESSLOC_MAX_SOURCE_MB") or MAX_SOURCE_MB)
    except ValueError as e:
        raise click.ClickException("PRESSLOC_MAX_SOURCE_MB must be a number of megabytes, e.g. 50") from e
    releases = [read_release(project.root / path, project.root, encoding, max_mb) for path in sources]
    for release in releases:
        for warning in release.warnings:
            click.echo(f"Warning: {warning}", err=True)
    return releases


def models_dir_option(function):
    return click.option(
        "--models-dir", type=click.Path(file_okay=False, path_type=Path), envvar="PRESSLOC_MODELS_DIR",
        help="Folder of installed argos packages [env: PRESSLOC_MODELS_DIR; default: argostranslate's].",
    )(function)


def engine_options(function):
    """The options of every command that machine-translates, declared once."""
    options = [
        click.option("--engine", envvar="PRESSLOC_ENGINE", default="argos", show_default=True,
                     help="Translation engine: argos or pseudo (pseudo-localisation for testing). [env: PRESSLOC_ENGINE]"),
        models_dir_option,
        click.option("--beam", type=click.IntRange(1, 32), envvar="PRESSLOC_BEAM", default=4, show_default=True,
                     help="Beam size. [env: PRESSLOC_BEAM]"),
        click.option("--device", type=click.Choice(["cpu", "cuda", "auto"]), envvar="PRESSLOC_DEVICE",
                     default="cpu", show_default=True, help="Where models run. [env: PRESSLOC_DEVICE]"),
        click.option("--threads", type=click.IntRange(0), envvar="PRESSLOC_THREADS", default=0,
                     help="CPU threads per model, 0 = CTranslate2's choice. [env: PRESSLOC_THREADS]"),
        click.option("--compute-type", envvar="PRESSLOC_COMPUTE_TYPE", default="auto", show_default=True,
                     help="CTranslate2 compute type: auto, int8, int8_float32, float32, … [env: PRESSLOC_COMPUTE_TYPE]"),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def engine_settings(models_dir, beam, device, threads, compute_type):
    from ..mt.engines import EngineSettings
    from ..mt.models import default_models_dir

    return EngineSettings(models_dir=models_dir or default_models_dir(), beam=beam, device=device,
                          threads=threads, compute_type=compute_type)


class Progress:
    """A progress bar on a terminal; silent otherwise."""

    def __init__(self, label: str):
        self.label = label

    def __enter__(self):
        self.bar = None
        return self.update

    def update(self, done: int, total: int) -> None:
        if not sys.stderr.isatty() or total <= 0:
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.bar.pos)
        if done >= total:
            self.bar.__exit__(None, None, None)
            self.bar = None

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)
