"""The ``pressloc`` commands around the pipeline: quality checks, the glossary, models."""

from __future__ import annotations

from pathlib import Path

import click

from .support import Progress, models_dir_option, names_argument, project_of
from ..language import parse_languages


@click.command()
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

    from ..qa.stage import check_file, check_project, load_glossary

    project = project_of(ctx)
    targets = parse_languages(languages) if languages else None
    if po_file is not None:  # a file of its own: not the project's catalogues, so not their lock
        if not targets or len(targets) != 1:
            raise click.ClickException("--po needs the language of the file, e.g. --po FILE.po --lang en")
        reports = [check_file(project.root / po_file, targets[0], load_glossary(project))]
    else:
        if not project.names():
            raise click.ClickException("no catalogues to check; run 'pressloc translate SOURCE --to en,ko' first, "
                                       "or check a file with --po FILE.po --lang LANG")
        reports = check_project(project, list(names), targets)
    for report in reports:
        for warning in report.warnings:
            click.echo(f"Warning: {warning}", err=True)
        if as_json:
            for (context, msgid), problems in report.problems.items():
                checks = list(dict.fromkeys(problem.check for problem in problems))
                found = {"msgid": msgid, "checks": checks, "file": str(report.path), "lang": report.language}
                click.echo(json.dumps(found | ({"msgctxt": context} if context is not None else {}), ensure_ascii=False))
            continue
        counts = ", ".join(f"{name}: {count}" for name, count in sorted(report.counts().items()))
        click.echo(f"{report.path}: {report.checked} checked, {len(report.problems)} with problems"
                   + (f" ({counts})" if counts else ""))


@click.group()
def glossary() -> None:
    """Grow the glossary (locales/glossary.csv: ru,en,ko,note).

    Example: pressloc glossary suggest kg-kr-textile-forum
    """


@glossary.command("suggest")
@click.argument("name")
@click.pass_context
def glossary_suggest(ctx: click.Context, name: str) -> None:
    """List named entities of a release that the glossary lacks, as CSV rows to complete.

    The English column is a transliteration to check (empty for a common noun, which is
    translated); the Korean column is left empty.

    Example: pressloc glossary suggest kg-kr-textile-forum
    """
    import csv
    import io

    from ..publish.build import source_of
    from ..qa.stage import load_glossary
    from ..qa import suggest

    project = project_of(ctx)
    release = source_of(project, name)
    sentences = [segment.text for paragraph in release.paragraphs for segment in paragraph.segments]
    found = suggest(sentences, load_glossary(project))
    if not found:
        click.echo(f"{name}: the glossary has every name the release mentions", err=True)
    rows = io.StringIO()
    writer = csv.writer(rows, lineterminator="\n")
    for item in found:
        hint = "" if item.english else "; a common noun: give its translation"
        writer.writerow([item.lemma, item.english, "", f"{item.kind}, suggested from '{item.text}'{hint}"])
    click.echo(rows.getvalue(), nl=False)


@click.group()
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
    from ..mt.models import default_models_dir, installed_models

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
    from ..mt.models import fetch_index
    from ..mt.models import index_url as default_index

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
    from ..mt import models as lib

    folder = models_dir or lib.default_models_dir()
    archives, pairs = lib.split_install_items(packages)
    for archive in archives:
        click.echo(f"installed {lib.install_archive(archive, folder)}")
    if pairs:
        url = index_url or lib.index_url()
        index = lib.fetch_index(url)
        for pair in pairs:
            chosen = lib.choose(index, pair, url)
            with Progress(f"Downloading {pair}") as progress:
                archive = lib.download(chosen, folder, progress)
            try:
                click.echo(f"installed {lib.install_archive(archive, folder)}")
            finally:
                archive.unlink(missing_ok=True)
