"""The `kb` command line: thin commands over the knowledge base. Each docstring is its help text."""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any

import click
from pydantic import ValidationError

from kb.config import PROJECT_ROOT, Settings
from kb.errors import KBError
from kb.schema import Answer

CONFIG_NAMES = ("hybrid", "dense", "keyword", "llamaindex-default")

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
    """Turns the project's own errors into one clear line instead of a stack trace."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KBError as exc:
            raise click.ClickException(str(exc)) from exc


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


def _settings() -> Settings:
    return click.get_current_context().find_root().obj


def _knowledge_base():
    from kb.service import KnowledgeBase

    return KnowledgeBase(_settings())


def _progress_bar(description: str):
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


# ---- ingest ---------------------------------------------------------------------------------------
DOC_TYPES = ["guidance", "handreiking", "praktijkvoorbeeld", "onderzoek", "wetgeving"]
SECTIONS = ["aanbesteding", "praktijk", "rijksoverheid", "toelichting", "participatiewet", "praktijkvoorbeelden",
            "handreikingen", "onderzoeken", "verwant"]


def metadata_options(func):
    """--type / --section / --organisation: metadata for files that do not carry their own."""
    func = click.option("--organisation", help="Publisher, for files without one.")(func)
    func = click.option("--section", "section", type=click.Choice(SECTIONS), help="Section, for files without one.")(func)
    return click.option("--type", "doc_type", type=click.Choice(DOC_TYPES), help="Type, for files without one.")(func)


def _print_ingest(report, seconds: float, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False))
        return
    for error in report.errors:
        click.echo(f"FOUT {error['path']}: {error['error']}", err=True)
    click.echo(f"{report.documents} documenten: {report.chunks_written} chunks geschreven, "
               f"{report.chunks_deleted} verwijderd, {report.unchanged} ongewijzigd, "
               f"{len(report.errors)} met fouten ({seconds:.1f} s).")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--rebuild", is_flag=True, help="Throw the index away and build it again.")
@metadata_options
def ingest(paths: tuple[Path, ...], as_json: bool, rebuild: bool, doc_type: str | None, section: str | None,
           organisation: str | None) -> None:
    """Index the corpus, or the given files and folders, into Chroma (under KB_DATA_DIR, default ./data).

    Without PATHS the bundled corpus is indexed. PATHS may be Markdown, HTML, PDF and DOCX files or
    folders of them; metadata a file lacks comes from a sidecar `<file>.yaml` or from --type,
    --section and --organisation. Re-running on unchanged input writes nothing; changed documents
    replace their chunks; deleted documents (of the corpus or of a given folder) leave the index. A
    broken or unsupported file is reported, the rest is indexed, and the exit code is 1.

    Examples:
      kb ingest
      kb ingest handreikingen/ beleid.docx --type handreiking --section handreikingen
    """
    knowledge_base = _knowledge_base()
    update, bar = _progress_bar("Embedden")
    started = time.perf_counter()
    defaults = {"type": doc_type, "section": section, "organisation": organisation}
    try:
        report = knowledge_base.ingest(progress=update, rebuild=rebuild, paths=list(paths) or None,
                                       defaults={k: v for k, v in defaults.items() if v})
    finally:
        if bar.live.is_started:
            bar.stop()
    _print_ingest(report, time.perf_counter() - started, as_json)
    if report.errors:
        sys.exit(1)


@cli.command()
@click.argument("url")
@click.option("--scope", help="Only follow links that start with this prefix (default: the URL's folder).")
@click.option("--max-pages", type=int, default=200, show_default=True, help="Most requests in one crawl.")
@click.option("--delay", type=float, default=1.0, show_default=True, help="Seconds between requests.")
@click.option("--json", "as_json", is_flag=True, help="Print the crawl and ingest summaries as JSON.")
@metadata_options
def crawl(url: str, scope: str | None, max_pages: int, delay: float, as_json: bool, doc_type: str | None,
          section: str | None, organisation: str | None) -> None:
    """Fetch a site section (pages and linked PDF/DOCX in scope) and bring the index in step with it.

    Honours robots.txt, waits --delay seconds between requests, and asks again with ETag /
    Last-Modified: an unchanged page costs one conditional request and no re-embedding, a changed
    page replaces its chunks, a page that is gone (404/410) leaves the index. Raw files and a
    manifest are kept under KB_DATA_DIR/crawl.

    Example:
      kb crawl https://www.pianoo.nl/nl/themas/social-return --max-pages 100 --type guidance --section aanbesteding
    """
    knowledge_base = _knowledge_base()
    update, bar = _progress_bar("Embedden")
    defaults = {"type": doc_type, "section": section, "organisation": organisation}
    started = time.perf_counter()
    try:
        crawl_report, report = knowledge_base.crawl(url, scope, max_pages, delay,
                                                    {k: v for k, v in defaults.items() if v}, update)
    finally:
        if bar.live.is_started:
            bar.stop()
    if as_json:
        click.echo(json.dumps({"crawl": crawl_report.as_dict(), "ingest": report.as_dict()}, ensure_ascii=False))
    else:
        for error in crawl_report.errors:
            click.echo(f"FOUT {error['url']}: {error['error']}", err=True)
        summary = crawl_report.as_dict()
        click.echo(f"{summary['requested']} verzoeken: {summary['changed']} nieuw of gewijzigd, "
                   f"{summary['unchanged']} ongewijzigd, {summary['removed']} verdwenen, "
                   f"{summary['blocked_by_robots']} geweigerd door robots.txt "
                   f"({summary['pages_per_second']} pagina's/s).")
        _print_ingest(report, time.perf_counter() - started, False)
    if crawl_report.errors or report.errors:
        sys.exit(1)


# ---- ask --------------------------------------------------------------------------------------------
def format_answer(answer: Answer) -> str:
    """An answer for the terminal: the text, then the numbered sources."""
    lines = [answer.text, ""]
    if answer.citations:
        lines.append("Bronnen:")
        for c in answer.citations:
            date = c.published or (f"gecontroleerd {c.checked}" if c.checked else "")
            page = f", p. {c.page}" if c.page else ""
            lines.append(f"[{c.n}] {c.title}{page} ({c.section}, {c.type}{', ' + date if date else ''})")
            lines.append(f"    {c.url}")
    elif answer.closest:
        for c in answer.closest:
            lines.append(f"- {c.title} ({c.section}, {c.type})")
            lines.append(f"    {c.url}")
    return "\n".join(lines).rstrip()


def _batch_questions(path: Path) -> list[dict[str, Any]]:
    """Questions from a text file (one per line) or JSONL with a `question` field."""
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        if line.lstrip().startswith("{"):
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise click.ClickException(f"{path}:{number}: geen geldige JSON ({exc.msg})") from exc
            if "question" not in item:
                raise click.ClickException(f"{path}:{number}: het veld 'question' ontbreekt")
            items.append(item)
        else:
            items.append({"question": line.strip()})
    return items


@cli.command()
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")
@click.option("--batch", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="File with one question per line, or JSONL with a 'question' field.")
@click.option("--mode", type=click.Choice(["hybrid", "dense", "keyword"]), help="Retrieval mode.")
@filter_options
def ask(question: str | None, as_json: bool, batch: Path | None, mode: str | None, **filters: Any) -> None:
    """Ask a question; the answer cites its sources [1], [2]...

    With --batch, the model loads once and every line gets one answer (JSONL with --json; other
    fields of a JSONL line are passed through).

    Examples:
      kb ask "Hoe neem ik social return op als gunningscriterium?"
      kb ask "Voorbeeld uit de bouw?" --sector bouw --json
      kb ask --batch vragen.jsonl --json
    """
    knowledge_base = _knowledge_base()
    if batch:
        for item in _batch_questions(batch):
            answer = knowledge_base.ask(item["question"], filters=item.get("filters") or filters, mode=mode)
            if as_json:
                click.echo(json.dumps({**item, **answer.as_json()}, ensure_ascii=False))
            else:
                click.echo(f"? {item['question']}\n{format_answer(answer)}\n")
        return
    if question is None:
        raise click.UsageError("Geef een vraag, of --batch BESTAND.")
    answer = knowledge_base.ask(question, filters=filters, mode=mode)
    if as_json:
        click.echo(json.dumps(answer.as_json(), ensure_ascii=False))
    else:
        click.echo(format_answer(answer))
    if answer.error:
        sys.exit(2)


# ---- stats --------------------------------------------------------------------------------------------
@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as JSON.")
def stats(as_json: bool) -> None:
    """Show what the index holds: documents, chunks, sections, model and index age.

    Example: kb stats
    """
    data = _knowledge_base().stats()
    if data.get("indexed_at"):
        age = dt.datetime.now(dt.timezone.utc) - dt.datetime.fromisoformat(data["indexed_at"])
        data["index_age_hours"] = round(age.total_seconds() / 3600, 2)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    click.echo(f"Documenten: {data['documents']}   chunks: {data['chunks']}")
    click.echo("Per type: " + ", ".join(f"{k} {v}" for k, v in data["per_type"].items()))
    click.echo("Per sectie: " + ", ".join(f"{k} {v}" for k, v in data["per_section"].items()))
    click.echo(f"Model: {data['embedding_model']}   opslag: {data['store']}")
    click.echo(f"Geïndexeerd: {data.get('indexed_at')} ({data.get('index_age_hours')} uur geleden)")


# ---- corpus ---------------------------------------------------------------------------------------------
@cli.group()
def corpus() -> None:
    """Work with the bundled corpus."""


@corpus.command("check")
@click.argument("path", required=False, type=click.Path(file_okay=False, path_type=Path))
def corpus_check(path: Path | None) -> None:
    """Validate every corpus document (front matter, sources, dates, headings, length, duplicates)
    and print counts per type and section.

    Example: kb corpus check
    """
    from ingest.check import check_corpus, format_report

    report = check_corpus(path or _settings().corpus_dir)
    click.echo(format_report(report))
    if not report.ok:
        sys.exit(1)


# ---- serve -------------------------------------------------------------------------------------------------
@cli.command()
@click.option("--host", help="Address to listen on (default: KB_HOST, 127.0.0.1).")
@click.option("--port", type=int, help="Port (default: KB_PORT, 7860).")
@click.option("--index", "on_start", type=click.Choice(["missing", "always", "never"]),
              help="Index the corpus on start: always (sync; the default with an embedded store), "
                   "missing (only when there is no index; the default with KB_CHROMA_URL, where ingest "
                   "is a separate job) or never.")
def serve(host: str | None, port: int | None, on_start: str | None) -> None:
    """Start the chat app (Gradio UI at /, JSON API at /api/ask, health at /healthz).

    On first start the index is built from the bundled corpus, with progress in the terminal; later
    starts bring it in step with the corpus (writing only what changed).

    Example: kb serve --port 7860
    """
    try:
        import uvicorn

        from app.server import create_app
    except ImportError as exc:
        raise click.ClickException(f"De app heeft extra pakketten nodig: pip install -e '.[app]' ({exc.name})")
    settings = _settings()
    host, port = host or settings.host, port or settings.port
    on_start = on_start or ("missing" if settings.chroma_url else "always")
    update, bar = _progress_bar("Indexeren")
    app = create_app(settings, on_start=on_start, progress=update)
    status = app.state.status

    def announce() -> None:
        while status.state == "building":
            time.sleep(0.2)
        if bar.live.is_started:
            bar.stop()
        for error in status.errors:
            click.echo(f"FOUT {error['path']}: {error['error']}", err=True)
        if status.ready:
            click.echo(f"De kennisbank is klaar: http://{host}:{port}/", err=True)
        else:
            click.echo(f"FOUT: {status.message}", err=True)

    import threading

    threading.Thread(target=announce, daemon=True).start()
    click.echo(f"Social Return kennisbank start op http://{host}:{port}/ (index: {settings.data_dir})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


# ---- feedback --------------------------------------------------------------------------------------------
@cli.group()
def feedback() -> None:
    """Feedback that users gave on answers in the app."""


@feedback.command("export")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="CSV file (default: stdout).")
def feedback_export(out: Path | None) -> None:
    """Write all feedback (question, answer, cited sources, filters, rating, comment, time) as CSV.

    Example: kb feedback export --out feedback.csv
    """
    from kb.feedback import FeedbackStore

    store = FeedbackStore(_settings().feedback_path)
    if out:
        with out.open("w", encoding="utf-8", newline="") as handle:
            count = store.export_csv(handle)
        click.echo(f"{count} feedbackregels geschreven naar {out}", err=True)
    else:
        store.export_csv(click.get_text_stream("stdout"))


# ---- eval --------------------------------------------------------------------------------------------------
DEFAULT_SETS = [PROJECT_ROOT.parent / "shared" / "eval" / "dev.jsonl", PROJECT_ROOT / "tests" / "data" / "out_of_scope.jsonl"]


@cli.command("eval")
@click.option("--set", "sets", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A JSONL question set (repeatable). Default: the dev set and the out-of-scope set.")
@click.option("--compare", is_flag=True, help="Run every retrieval configuration side by side.")
@click.option("--config", "configs", multiple=True, type=click.Choice(CONFIG_NAMES),
              help="Configuration(s) to run (default: hybrid).")
@click.option("--json", "as_json", is_flag=True, help="Print all figures and per-question rows as JSON.")
@click.option("--details", is_flag=True, help="Also list every question with its rank, facts and answer.")
def eval_command(sets: tuple[Path, ...], compare: bool, configs: tuple[str, ...], as_json: bool,
                 details: bool) -> None:
    """Measure retrieval (hit@k, MRR), answers (facts, citations, refusals) and latency.

    Examples:
      kb eval --set ../shared/eval/dev.jsonl
      kb eval --set ../shared/eval/dev.jsonl --set tests/data/out_of_scope.jsonl --compare
    """
    from kb.evaluation import evaluate, format_table, load_items

    paths = list(sets) or [p for p in DEFAULT_SETS if p.exists()]
    if not paths:
        raise click.UsageError("Geef een vragenset met --set.")
    items = load_items(paths)
    knowledge_base = _knowledge_base()
    started = time.perf_counter()
    knowledge_base.warm_up()
    load_seconds = time.perf_counter() - started
    names = CONFIG_NAMES if compare else (configs or ("hybrid",))
    results = [evaluate(knowledge_base, items, name) for name in names]
    if as_json:
        click.echo(json.dumps({"sets": [str(p) for p in paths], "load_seconds": round(load_seconds, 2),
                               "results": results}, ensure_ascii=False))
        return
    click.echo(f"{len(items)} vragen uit {', '.join(p.name for p in paths)}; laden {load_seconds:.1f} s\n")
    click.echo(format_table(results))
    if details:
        for row in results[0]["rows"]:
            click.echo(f"\n{row['id']} rank={row.get('rank')} feiten={row.get('facts', '-')} "
                       f"geweigerd={row['refused']} conf={row['confidence']} {row['question']}")
            if row.get("missing"):
                click.echo(f"   mist: {row['missing']}   opgehaald: {row.get('retrieved')}")
            click.echo("   " + row["answer"].replace("\n", " ")[:400])


def main() -> None:
    cli(prog_name="kb")


if __name__ == "__main__":
    main()
