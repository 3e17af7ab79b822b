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
encoding_option = click.option(
    "--encoding", metavar="NAME", help="Encoding of the source files if not UTF-8, e.g. cp1251.")


def read_sources(project: Project, sources: tuple[Path, ...], encoding: str | None) -> list:
    """Read and segment the sources; their warnings go to stderr."""
    from .source import read_release

    releases = [read_release(project.root / path, project.root, encoding) for path in sources]
    for release in releases:
        for warning in release.warnings:
            click.echo(f"Warning: {warning}", err=True)
    return releases


class locked:
    """Hold the lock on the project's catalogues (one writer at a time); once it is held,
    temporary files that a killed run left behind are removed."""

    def __init__(self, project: Project):
        from .lock import ProjectLock

        self.folder = project.root / project.locales
        self.lock = ProjectLock(self.folder)

    def __enter__(self):
        from .fsutil import remove_stale_temporaries

        self.lock.__enter__()
        remove_stale_temporaries(self.folder)
        return self

    def __exit__(self, *exc):
        self.lock.__exit__(*exc)


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
    from .segment import describe
    from .segment import explain as explain_text
    from .segment import sentenize
    from .source import decode, read_bytes, split_lines

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
    from .translate import extract as extract_templates

    project = project_of(ctx)
    releases = read_sources(project, sources, encoding)
    with locked(project):
        templates = extract_templates(project, releases)
    for name, pot in templates.items():
        click.echo(f"{project.pot_path(name)}: {len(pot)} entries")


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
    from .engines import EngineSettings
    from .models import default_models_dir

    return EngineSettings(models_dir=models_dir or default_models_dir(), beam=beam, device=device,
                          threads=threads, compute_type=compute_type)


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
    from .check import load_glossary
    from .engines import check_engine, get_engine
    from .translate import translate as run

    project = project_of(ctx)
    targets = parse_languages(languages)
    check_engine(engine)
    options = engine_settings(**settings)
    releases = read_sources(project, sources, encoding)
    with locked(project), _Progress("Translating") as progress:
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
    from .status import least_confident, project_status

    rows = project_status(project_of(ctx), list(names))
    if not rows:
        raise click.ClickException("no catalogues yet; run 'pressloc translate SOURCE --to en,ko' first")
    click.echo(f"{'release':<28} {'lang':<5} {'entries':>7} {'approved':>8} {'drafts':>6} "
               f"{'changed':>7} {'untransl.':>9} {'qa':>4} {'%approved':>9}")
    for row in rows:
        click.echo(f"{row.name:<28} {row.language:<5} {row.entries:>7} {row.approved:>8} {row.drafts:>6} "
                   f"{row.changed:>7} {row.untranslated:>9} {row.qa:>4} {row.percent_approved:>8.1f}%")
    if worst:
        click.echo(f"\nleast confident drafts (mean log-probability per token):")
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


@cli.command()
@names_argument
@click.option("--lang", "languages", help="Languages to check, comma-separated (default: every catalogue).")
@click.option("--po", "po_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Check this PO file (any PO whose msgids are Russian) instead of the project's.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per entry with problems.")
@click.pass_context
def check(ctx: click.Context, names: tuple[str, ...], languages: str | None, po_file: Path | None, as_json: bool) -> None:
    """Run the QA checks on every translated entry and note the problems in the entries.

    Problems are written as '#. qa: ...' comments, which PO editors show beside the entry,
    and replaced on every run.

    Example: pressloc check kg-kr-textile-forum --lang en,ko
    """
    import json

    from .check import check_file, check_project, load_glossary

    project = project_of(ctx)
    targets = parse_languages(languages) if languages else None
    with locked(project):
        if po_file is not None:
            if not targets or len(targets) != 1:
                raise click.ClickException("--po needs the language of the file, e.g. --po FILE.po --lang en")
            reports = [check_file(project.root / po_file, targets[0], load_glossary(project))]
        else:
            reports = check_project(project, list(names), targets)
    for report in reports:
        if as_json:
            for msgid, problems in report.problems.items():
                checks = list(dict.fromkeys(problem.split(":", 1)[0] for problem in problems))
                click.echo(json.dumps({"msgid": msgid, "checks": checks}, ensure_ascii=False))
            continue
        counts = ", ".join(f"{name}: {count}" for name, count in sorted(report.counts().items()))
        click.echo(f"{report.path}: {report.checked} checked, {len(report.problems)} with problems"
                   + (f" ({counts})" if counts else ""))


@cli.group()
def glossary() -> None:
    """Grow the glossary (locales/glossary.csv: ru,en,ko,note).

    Example: pressloc glossary suggest kg-kr-textile-forum
    """


@glossary.command("suggest")
@click.argument("name")
@click.pass_context
def glossary_suggest(ctx: click.Context, name: str) -> None:
    """List named entities of a release that the glossary lacks, as CSV rows to complete.

    The English column is a transliteration to check; the Korean column is left empty.

    Example: pressloc glossary suggest kg-kr-textile-forum
    """
    import csv

    from .build import source_of
    from .check import load_glossary
    from .qa import suggest

    project = project_of(ctx)
    release = source_of(project, name)
    sentences = [segment.text for paragraph in release.paragraphs for segment in paragraph.segments]
    writer = csv.writer(click.get_text_stream("stdout"), lineterminator="\n")
    for item in suggest(sentences, load_glossary(project)):
        writer.writerow([item.lemma, item.english, "", f"{item.kind}, suggested from '{item.text}'"])


@cli.group()
def models() -> None:
    """List, find and install argos translation packages.

    Example: pressloc models install ru:en en:ko
    """


@models.command("list")
@models_dir_option
def models_list(models_dir: Path | None) -> None:
    """List installed packages with their direction and version.

    Example: pressloc models list
    """
    from .models import default_models_dir, installed_models

    folder = models_dir or default_models_dir()
    found = installed_models(folder)
    if not found:
        click.echo(f"no translation packages in {folder}; install some with 'pressloc models install'")
    for model in found:
        click.echo(f"{model.from_code}→{model.to_code}  {model.version:<10} {model.path}")


@models.command("available")
@click.option("--index-url", envvar="PRESSLOC_MODEL_INDEX", help="Package index [env: PRESSLOC_MODEL_INDEX].")
def models_available(index_url: str | None) -> None:
    """List the packages of the argos package index.

    Example: pressloc models available
    """
    from .models import fetch_index
    from .models import index_url as default_index

    for package in fetch_index(index_url or default_index()):
        click.echo(f"{package.from_code}:{package.to_code}  {package.package_version:<10} "
                   f"{package.from_name} → {package.to_name}")


@models.command("install")
@click.argument("packages", nargs=-1, required=True)
@models_dir_option
@click.option("--index-url", envvar="PRESSLOC_MODEL_INDEX", help="Package index [env: PRESSLOC_MODEL_INDEX].")
def models_install(packages: tuple[str, ...], models_dir: Path | None, index_url: str | None) -> None:
    """Install packages from .argosmodel files (offline) or pairs such as ru:en (from the index).

    Example: pressloc models install ru:en en:ko
    """
    from . import models as lib

    folder = models_dir or lib.default_models_dir()
    pairs = [item for item in packages if not item.endswith(".argosmodel")]
    for item in packages:
        if item.endswith(".argosmodel"):
            click.echo(f"installed {lib.install_archive(Path(item), folder)}")
    if pairs:
        url = index_url or lib.index_url()
        index = lib.fetch_index(url)
        for pair in pairs:
            if pair.count(":") != 1:
                raise click.ClickException(f"'{pair}' is neither an .argosmodel file nor a pair such as ru:en")
            chosen = lib.choose(index, pair, url)
            with _Progress(f"Downloading {pair}") as progress:
                archive = lib.download(chosen, folder, progress)
            try:
                click.echo(f"installed {lib.install_archive(archive, folder)}")
            finally:
                archive.unlink(missing_ok=True)


def _terminate(signum, frame) -> None:
    raise SystemExit(128 + signum)  # unwinds like Ctrl-C: temporary files are removed


def main() -> None:
    import signal

    signal.signal(signal.SIGTERM, _terminate)
    cli(prog_name="pressloc")
