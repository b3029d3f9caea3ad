"""Commands about answers: ask, eval, feedback export."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import click

from kb.cli.base import (
    cli,
    current_settings,
    filter_options,
    knowledge_base_for_command,
)
from kb.config import PROJECT_ROOT
from kb.schema import Answer

CONFIG_NAMES = ("hybrid", "dense", "keyword", "llamaindex-default")


# ---- ask --------------------------------------------------------------------------------------------
def format_answer(answer: Answer) -> str:
    """An answer for the terminal: the text, then the numbered sources."""
    lines = [answer.text, ""]
    lines.extend(f"{warning}\n" for warning in answer.warnings)
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
    if answer.plan:  # kb/plan: the question was about one contract
        lines += ["", answer.plan["summary"]]
        lines += [f"[{c['label']}] {c['title']}\n    {c['url']}" for c in answer.plan["citations"]]
        lines.append(f"Volledig plan: {answer.plan['command']}")
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
    knowledge_base = knowledge_base_for_command()
    problem = knowledge_base.storage_problem()
    if problem:  # one line; the question is still answered
        click.echo(f"Let op: {problem}", err=True)
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


# ---- feedback --------------------------------------------------------------------------------------------
@cli.group()
def feedback() -> None:
    """Feedback that users gave on answers in the app."""


@feedback.command("export")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="CSV file (default: stdout).")
def feedback_export(out: Path | None) -> None:
    """Write all feedback (question, answer, cited sources, filters, rating, comment, time) as CSV.

    Personal data is masked and no cell starts like a spreadsheet formula.

    Example: kb feedback export --out feedback.csv
    """
    from kb.feedback import FeedbackStore

    store = FeedbackStore.from_settings(current_settings())
    if out:
        with out.open("w", encoding="utf-8", newline="") as handle:
            count = store.export_csv(handle)
        click.echo(f"{count} feedbackregels geschreven naar {out}", err=True)
    else:
        store.export_csv(click.get_text_stream("stdout"))


@feedback.command("purge")
@click.option("--older-than", "days", type=click.IntRange(min=0),
              help="Days to keep (default: KB_FEEDBACK_RETENTION_DAYS).")
def feedback_purge(days: int | None) -> None:
    """Delete feedback and logged questions older than the retention period.

    The app does this by itself on start and hourly; run it from cron when the app is not running.

    Examples:
      kb feedback purge
      kb feedback purge --older-than 30
    """
    from kb.feedback import FeedbackStore

    settings = current_settings()
    store = FeedbackStore(settings.feedback_path)
    kept = days if days is not None else settings.feedback_retention_days
    deleted = store.purge(kept)
    click.echo(f"Verwijderd: {deleted['feedback']} beoordelingen en {deleted['asked']} gestelde vragen "
               f"ouder dan {kept} dagen.")


# ---- eval --------------------------------------------------------------------------------------------------
DEFAULT_SETS = [PROJECT_ROOT.parent / "shared" / "eval" / "dev.jsonl",
                PROJECT_ROOT / "tests" / "data" / "out_of_scope.jsonl"]


@cli.command("eval")
@click.option("--set", "sets", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A JSONL question set (repeatable). Default: the dev set and the out-of-scope set.")
@click.option("--compare", is_flag=True, help="Run every retrieval configuration side by side.")
@click.option("--config", "configs", multiple=True, type=click.Choice(CONFIG_NAMES),
              help="Configuration(s) to run (default: hybrid).")
@click.option("--json", "as_json", is_flag=True, help="Print all figures and per-question rows as JSON.")
@click.option("--details", is_flag=True, help="Also list every question with its rank, facts and answer.")
@click.option("--typos", is_flag=True, help="Put one typo in every answerable question (deterministic), to "
                                            "measure typo tolerance.")
@click.option("--pages-only", is_flag=True, help="Rank only pages for hit@k and MRR, not veelgestelde vragen "
                                                 "(type vraag): sets written before they existed do not name them. "
                                                 "Answers are unchanged.")
def eval_command(sets: tuple[Path, ...], compare: bool, configs: tuple[str, ...], as_json: bool,
                 details: bool, typos: bool, pages_only: bool) -> None:
    """Measure retrieval (hit@k, MRR), answers (facts, citations, refusals) and latency.

    Examples:
      kb eval --set ../shared/eval/dev.jsonl
      kb eval --set ../shared/eval/dev.jsonl --set tests/data/out_of_scope.jsonl --compare
    """
    from kb.evaluation import add_typos, evaluate, format_table, load_items

    paths = list(sets) or [p for p in DEFAULT_SETS if p.exists()]
    if not paths:
        raise click.UsageError("Geef een vragenset met --set.")
    items = load_items(paths)
    if typos:
        items = add_typos(items)
    knowledge_base = knowledge_base_for_command()
    started = time.perf_counter()
    knowledge_base.warm_up()
    load_seconds = time.perf_counter() - started
    behind = knowledge_base.drift_warning()
    if behind:  # a measurement of the old index would pass for one of the new corpus
        click.echo(behind, err=True)
    names = CONFIG_NAMES if compare else (configs or ("hybrid",))
    skip = ("vraag",) if pages_only else ()
    results = [evaluate(knowledge_base, items, name, skip_types=skip) for name in names]
    if as_json:
        click.echo(json.dumps({"sets": [str(p) for p in paths], "load_seconds": round(load_seconds, 2),
                               "index_behind": behind,
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
