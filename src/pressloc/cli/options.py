"""What the ``pressloc`` commands share: the project they work in, options declared once, and
progress bars. Settings options default to None: an option not given leaves the value to the
environment, ``pressloc.toml`` or the default (:mod:`pressloc.settings`)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..project import Project


def project(ctx: click.Context, required: bool = True, **options) -> Project:
    """The project the command works in, with the settings ``options`` given on the command
    line (``-C`` names its folder; else it is found from the current folder)."""
    start, named = ctx.find_root().obj or (Path("."), False)
    return Project.find(start, named, options, required)


def paths(ctx: click.Context, given: tuple[Path, ...]) -> list[Path]:
    """Paths given on the command line, read from the folder the command runs in (``-C``)."""
    start = (ctx.find_root().obj or (Path("."), False))[0]
    return [path if str(path) == "-" else start / path for path in given]


sources_argument = click.argument(
    "sources", nargs=-1, required=True, type=click.Path(path_type=Path)
)
names_argument = click.argument("names", nargs=-1)
encoding_option = click.option(
    "--encoding", metavar="NAME", help="Encoding of the source files if not UTF-8, e.g. cp1251."
)
models_dir_option = click.option(
    "--models-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of installed argos packages [PRESSLOC_MODELS_DIR; models_dir].",
)
index_option = click.option(
    "--index-url", "model_index", help="Package index [PRESSLOC_MODEL_INDEX; model_index]."
)


def engine_options(function):
    """The options of every command that machine-translates, declared once; the variable and
    the pressloc.toml key of each are in brackets."""
    options = [
        click.option(
            "--to",
            "languages",
            metavar="LANGS",
            help="Target languages, comma-separated, e.g. en,ko [PRESSLOC_LANGUAGES; languages].",
        ),
        click.option(
            "--engine",
            metavar="NAME",
            help="argos, or pseudo (pseudo-localisation, for testing) [PRESSLOC_ENGINE; engine].",
        ),
        models_dir_option,
        click.option("--beam", type=click.IntRange(1, 32), help="Beam size [PRESSLOC_BEAM; beam]."),
        click.option(
            "--device",
            type=click.Choice(["cpu", "cuda", "auto"]),
            help="Where models run [PRESSLOC_DEVICE; device].",
        ),
        click.option(
            "--threads",
            type=click.IntRange(0),
            help="CPU threads per model, 0 = CTranslate2's choice [PRESSLOC_THREADS; threads].",
        ),
        click.option(
            "--compute-type",
            help="CTranslate2 compute type: auto, int8, float32, … "
            "[PRESSLOC_COMPUTE_TYPE; compute_type].",
        ),
        click.option(
            "--batch-size",
            type=click.IntRange(1),
            help="Sentences translated between two "
            "saves of the catalogues [PRESSLOC_BATCH_SIZE; batch_size].",
        ),
        click.option(
            "--check/--no-check",
            default=None,
            help="Run the QA checks on new drafts [PRESSLOC_CHECK; check].",
        ),
    ]
    for option in reversed(options):
        function = option(function)
    return function


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


def warn(lines) -> None:
    for line in lines:
        click.echo(f"Warning: {line}", err=True)
