"""The ``pressloc`` commands around the pipeline: quality checks, the glossary, models."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..language import base_language
from .options import Progress, index_option, models_dir_option, names_argument, paths, project, warn


@click.command()
@names_argument
@click.option(
    "--lang", "languages", help="Languages to check, comma-separated (default: every catalogue)."
)
@click.option(
    "--po",
    "po_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Check this PO file (any PO whose msgids are Russian) instead of the project's.",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON object per entry with problems."
)
@click.pass_context
def check(
    ctx: click.Context,
    names: tuple[str, ...],
    languages: str | None,
    po_file: Path | None,
    as_json: bool,
) -> None:
    """Run the QA checks on every translated entry and note the problems in the entries.

    Problems are written as '#. qa: ...' comments, which PO editors show beside the entry,
    and replaced on every run.

    Example: pressloc check kg-kr-textile-forum --lang en,ko
    """
    from ..qa.stage import check_catalogues

    here = project(ctx, required=po_file is None)
    po = paths(ctx, (po_file,))[0] if po_file is not None else None
    with Progress("Checking") as progress:
        reports = check_catalogues(here, list(names), languages, po, progress)
    for report in reports:
        warn(report.warnings)
        if as_json:
            for (context, msgid), problems in report.problems.items():
                found = {
                    "msgid": msgid,
                    "checks": list(dict.fromkeys(p.check for p in problems)),
                    "file": str(report.path),
                    "lang": report.language,
                }
                click.echo(
                    json.dumps(
                        found | ({"msgctxt": context} if context is not None else {}),
                        ensure_ascii=False,
                    )
                )
            continue
        counts = ", ".join(f"{name}: {count}" for name, count in sorted(report.counts().items()))
        click.echo(
            f"{report.path}: {report.checked} checked, {len(report.problems)} with problems"
            + (f" ({counts})" if counts else "")
        )


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

    Where reviewers approved translations naming an entity, the rendering most of them
    share fills its language's column, and the note says how many approvals support it.
    Otherwise the English column is a transliteration to check (empty for a common noun,
    which is translated) and the Korean column is left empty.

    Example: pressloc glossary suggest kg-kr-textile-forum
    """
    import csv
    import io

    from ..qa.stage import suggest_release

    found = suggest_release(project(ctx), name)
    if not found:
        click.echo(f"{name}: the glossary has every name the release mentions", err=True)
    rows = io.StringIO()
    writer = csv.writer(rows, lineterminator="\n")
    for item in found:
        approved = {base_language(lang): (text, n) for lang, text, n in item.approved}
        hint = "" if item.english or "en" in approved else "; a common noun: give its translation"
        support = "".join(
            f"; {language} '{text}' approved in {n} translation{'s' if n > 1 else ''}"
            for language, (text, n) in approved.items()
        )
        english = approved.get("en", (item.english,))[0]
        korean = approved.get("ko", ("",))[0]
        note = f"{item.kind}, suggested from '{item.text}'{hint}{support}"
        writer.writerow([item.lemma, english, korean, note])
    click.echo(rows.getvalue(), nl=False)


@click.group()
def models() -> None:
    """List, find and install argos translation packages.

    Example: pressloc models install ru:en en:ko
    """


@models.command("list")
@models_dir_option
@click.pass_context
def models_list(ctx: click.Context, models_dir: Path | None) -> None:
    """List installed packages with their direction and version.

    Example: pressloc models list
    """
    from ..mt.models import installed_models

    folder = project(ctx, required=False, models_dir=models_dir).settings.models_dir
    found = installed_models(folder)
    if not found:
        click.echo(
            f"no translation packages in {folder}; install some with 'pressloc models install'"
        )
    for model in found:
        click.echo(f"{model.from_code}→{model.to_code}  {model.version:<10} {model.path}")


@models.command("available")
@index_option
@click.pass_context
def models_available(ctx: click.Context, model_index: str | None) -> None:
    """List the packages of the argos package index.

    Example: pressloc models available
    """
    from ..mt.models import fetch_index

    for package in fetch_index(
        project(ctx, required=False, model_index=model_index).settings.model_index
    ):
        click.echo(
            f"{package.from_code}:{package.to_code}  {package.package_version:<10} "
            f"{package.from_name} → {package.to_name}"
        )


@models.command("install")
@click.argument("packages", nargs=-1, required=True)
@models_dir_option
@index_option
@click.pass_context
def models_install(
    ctx: click.Context, packages: tuple[str, ...], models_dir: Path | None, model_index: str | None
) -> None:
    """Install packages from .argosmodel files (offline) or pairs such as ru:en (from the index).

    Example: pressloc models install ru:en en:ko
    """
    from ..mt.models import install

    settings = project(ctx, required=False, models_dir=models_dir, model_index=model_index).settings
    items = [
        str(path) if item.endswith(".argosmodel") else item
        for item, path in zip(packages, paths(ctx, tuple(Path(p) for p in packages)), strict=True)
    ]
    with Progress("Downloading") as progress:
        for installed in install(items, settings.models_dir, settings.model_index, progress):
            click.echo(f"installed {installed}")
