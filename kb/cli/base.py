"""The `kb` group and what its commands share: settings, errors as one line, progress bars, options."""

from __future__ import annotations

import json
from typing import Any

import click
from pydantic import ValidationError

from kb.config import Settings
from kb.errors import KBError

FILTER_OPTIONS = [
    click.option("--type", "types", multiple=True, help="Alleen dit documenttype (herhaalbaar)."),
    click.option("--section", "sections", multiple=True, help="Alleen deze sectie van het dossier."),
    click.option("--sector", "sectors", multiple=True, help="Alleen deze sector, bijv. bouw."),
    click.option("--instrument", "instruments", multiple=True, help="Alleen dit instrument, bijv. minimumeis."),
]


def filter_options(func):
    for option in reversed(FILTER_OPTIONS):
        func = option(func)
    return func


class KBGroup(click.Group):
    """Turns the project's own errors, and a data folder that cannot be written, into one clear line
    instead of a stack trace."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KBError as exc:
            raise click.ClickException(str(exc)) from exc
        except Exception as exc:
            from kb.search.store import folder_message, is_folder_error

            if isinstance(ctx.obj, Settings) and is_folder_error(exc):
                raise click.ClickException(folder_message(ctx.obj, exc)) from exc
            raise


@click.group(cls=KBGroup)
@click.version_option(package_name="social-return-kb")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Social Return kennisbank: vragen over social return in aanbestedingen, met bronnen.

    Settings come from KB_* environment variables and an optional kb.toml (see README).
    """
    try:
        ctx.obj = Settings()
    except ValidationError as exc:
        problems = "; ".join(f"KB_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors())
        raise click.ClickException(f"Ongeldige instelling: {problems}") from exc


def current_settings() -> Settings:
    return click.get_current_context().find_root().obj


def knowledge_base_for_command():
    from kb.service import KnowledgeBase

    return KnowledgeBase(current_settings())


def progress_bar(description: str):
    """A progress callback drawing a bar on stderr (stdout stays clean for --json)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    progress = Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                        TimeRemainingColumn(), console=Console(stderr=True), transient=False)
    task = progress.add_task(description, total=None)

    def update(done: int, total: int) -> None:
        if not progress.live.is_started and total:
            progress.start()
        progress.update(task, completed=done, total=total)
        if total and done >= total:
            progress.stop()

    return update, progress


# ---- shared by ingest and crawl ----
DOC_TYPES = ["guidance", "handreiking", "praktijkvoorbeeld", "onderzoek", "wetgeving", "vraag"]
SECTIONS = ["aanbesteding", "praktijk", "rijksoverheid", "toelichting", "participatiewet", "praktijkvoorbeelden",
            "handreikingen", "onderzoeken", "verwant", "vragen"]


def metadata_options(func):
    """--type / --section / --organisation: metadata for files that do not carry their own."""
    func = click.option("--organisation", help="Publisher, for files without one.")(func)
    func = click.option("--section", "section", type=click.Choice(SECTIONS),
                        help="Section, for files without one.")(func)
    return click.option("--type", "doc_type", type=click.Choice(DOC_TYPES), help="Type, for files without one.")(func)


def print_ingest(report, seconds: float, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False))
        return
    for error in report.errors:
        click.echo(f"FOUT {error['path']}: {error['error']}", err=True)
    click.echo(f"{report.documents} documenten: {report.chunks_written} chunks geschreven, "
               f"{report.chunks_deleted} verwijderd, {report.unchanged} ongewijzigd, "
               f"{len(report.errors)} met fouten ({seconds:.1f} s).")
    if getattr(report, "generation", None):
        click.echo(f"Nieuwe indexgeneratie in gebruik: {report.generation}.")
