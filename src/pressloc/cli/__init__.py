"""The ``pressloc`` command line: thin adapters over the library.

Each command parses its options, calls one library function and prints what it returns.
Library errors (:class:`PresslocError`) become one line on stderr and exit code 1.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import NotApprovedError, PresslocError


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
            click.echo(
                "interrupted; files on disk are complete, run the command again to resume", err=True
            )
            sys.exit(130)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="pressloc")
@click.option(
    "-C",
    "--project-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Run as if started in this folder (its project, or it as a project of its own).",
)
@click.pass_context
def cli(ctx: click.Context, project_dir: Path | None) -> None:
    """Localise Russian press releases into English and Korean through gettext catalogues.

    Commands find the project (the folder of pressloc.toml) from the current folder up.

    \b
    Typical run:
      pressloc init                              (once: writes pressloc.toml)
      pressloc translate seeds/forum.ru.txt
      (review locales/<lang>/LC_MESSAGES/forum.po in Poedit, clear "fuzzy" to approve)
      pressloc status
      pressloc build forum
    """
    ctx.obj = (project_dir, True) if project_dir is not None else (Path("."), False)


def _register() -> None:
    from . import memory, pipeline, tools

    for command in (
        pipeline.init,
        pipeline.segment,
        pipeline.extract,
        pipeline.translate,
        pipeline.status,
        pipeline.build,
        tools.check,
        tools.glossary,
        tools.models,
        memory.memory,
    ):
        cli.add_command(command)


_register()


def _terminate(signum, frame) -> None:
    raise SystemExit(128 + signum)  # unwinds like Ctrl-C: temporary files are removed


def main() -> None:
    import signal

    signal.signal(signal.SIGTERM, _terminate)
    cli(prog_name="pressloc")
