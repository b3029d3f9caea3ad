"""Commands that fill and inspect the index: ingest, crawl, stats, corpus check."""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

import click

from kb.cli.base import (
    cli,
    current_settings,
    knowledge_base_for_command,
    metadata_options,
    print_ingest,
    progress_bar,
)


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
    knowledge_base = knowledge_base_for_command()
    update, bar = progress_bar("Embedden")
    started = time.perf_counter()
    defaults = {"type": doc_type, "section": section, "organisation": organisation}
    try:
        report = knowledge_base.ingest(progress=update, rebuild=rebuild, paths=list(paths) or None,
                                       defaults={k: v for k, v in defaults.items() if v})
    finally:
        if bar.live.is_started:
            bar.stop()
    print_ingest(report, time.perf_counter() - started, as_json)
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
    knowledge_base = knowledge_base_for_command()
    update, bar = progress_bar("Embedden")
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
        print_ingest(report, time.perf_counter() - started, False)
    if crawl_report.errors or report.errors:
        sys.exit(1)


# ---- stats --------------------------------------------------------------------------------------------
@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as JSON.")
def stats(as_json: bool) -> None:
    """Show what the index holds: documents, chunks, sections, model and index age.

    Example: kb stats
    """
    knowledge_base = knowledge_base_for_command()
    data = knowledge_base.stats()
    data["index_behind"] = knowledge_base.drift_warning()
    if data.get("indexed_at"):
        age = dt.datetime.now(dt.timezone.utc) - dt.datetime.fromisoformat(data["indexed_at"])
        data["index_age_hours"] = round(age.total_seconds() / 3600, 2)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    click.echo(f"Documenten: {data['documents']}   chunks: {data['chunks']}")
    click.echo("Per type: " + ", ".join(f"{k} {v}" for k, v in data["per_type"].items()))
    click.echo("Per sectie: " + ", ".join(f"{k} {v}" for k, v in data["per_section"].items()))
    click.echo(f"Model: {data['embedding_model']}   opslag: {data['store']}   generatie: {data['generation']}")
    if not data["complete"]:
        from kb.service import INCOMPLETE_INDEX

        click.echo(INCOMPLETE_INDEX.replace("; dit antwoord kan bronnen missen", ""))
    click.echo(f"Geïndexeerd: {data.get('indexed_at')} ({data.get('index_age_hours')} uur geleden)")
    if data["index_behind"]:
        click.echo(data["index_behind"])


# ---- corpus ---------------------------------------------------------------------------------------------
@cli.group()
def corpus() -> None:
    """Work with the bundled corpus."""


@corpus.command("check")
@click.argument("path", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--sources", "sources_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder with stored copies of source pages (a `kb crawl` folder); default KB_DATA_DIR/crawl.")
def corpus_check(path: Path | None, sources_dir: Path | None) -> None:
    """Validate every corpus document (front matter, sources, dates, headings, length, duplicates)
    and the rule files in rules/ (schema; every value with a source URL that its corpus document
    lists), and print counts per type and section.

    Warnings (LET OP) never fail the check: a praktijkvoorbeeld without year or instrument, two
    documents whose summaries overlap strongly, and numbers in a text that no stored copy of its
    listed sources holds (only where a copy is stored: `kb crawl <source-url> --max-pages 1`).

    Example: kb corpus check
    """
    from ingest.check import SourceCopies, check_corpus, format_report
    from kb.plan.rules import check_rules

    settings = current_settings()
    root = path or settings.corpus_dir
    copies_dir = sources_dir or settings.crawl_dir
    copies = SourceCopies(copies_dir) if (copies_dir / "manifest.json").exists() else None
    if sources_dir and copies is None:
        raise click.ClickException(f"Geen opgeslagen bronnen gevonden in {sources_dir} (manifest.json ontbreekt).")
    report = check_corpus(root, settings.max_document_chars, stored_text=copies)
    click.echo(format_report(report))
    rule_problems: list[tuple[str, str]] = []
    if (root / "rules").is_dir():
        sources = {d.doc_id: {str(s.url) for s in d.meta.sources} for d in report.documents}
        _, rule_problems = check_rules(root / "rules", sources)
        for where, problem in rule_problems:
            click.echo(f"FOUT {where}: {problem}")
        verdict = "in orde" if not rule_problems else f"{len(rule_problems)} probleem/problemen"
        click.echo(f"{len(list((root / 'rules').glob('*.yaml')))} regelbestanden gecontroleerd: {verdict}")
    if not report.ok or rule_problems:
        sys.exit(1)


@corpus.command("embeddings")
def corpus_embeddings() -> None:
    """Write the seed of the embedding cache for the bundled corpus and the configured model
    (corpus/_embeddings/<model>.npz): a fresh clone then indexes without embedding what it has seen.
    Run it after changing corpus documents; a stale seed is only slower, never wrong (the cache keys
    vectors by the exact text and checks the seed against the model).

    Example: kb corpus embeddings
    """
    from ingest.seed import build_seed

    knowledge_base = knowledge_base_for_command()
    update, bar = progress_bar("Embedden")
    started = time.perf_counter()
    try:
        path, count = build_seed(knowledge_base.settings, knowledge_base.embed_model, update)
    finally:
        if bar.live.is_started:
            bar.stop()
    click.echo(f"{count} vectoren geschreven naar {path} ({time.perf_counter() - started:.1f} s).")
