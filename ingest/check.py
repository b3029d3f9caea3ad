"""`kb corpus check`: validate every corpus document beyond what loading needs."""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ingest.documents import (
    CARD_HEADINGS,
    MAX_BODY_CHARS,
    MIN_BODY_CHARS,
    SHORT_ANSWER_HEADING,
    SHORT_ANSWER_MAX_WORDS,
    Document,
    DocumentError,
    iter_markdown_files,
    load_markdown,
    size_problem,
)

_HEADING = re.compile(r"^#{2,6}\s+(.+?)\s*$", re.MULTILINE)


@dataclass
class CheckReport:
    documents: list[Document] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def counts(self, attribute: str) -> Counter[str]:
        return Counter(getattr(d.meta, attribute) for d in self.documents)

    def source_urls(self) -> set[str]:
        return {str(s.url) for d in self.documents for s in d.meta.sources}


def _document_problems(document: Document, max_chars: int | None = None) -> list[str]:
    too_large = size_problem(document, max_chars) if max_chars else None
    if too_large:  # the one problem that makes `kb ingest` skip the file: reported alone, in its words
        return [too_large]
    problems = []
    folder = document.doc_id.split("/")[0] if "/" in document.doc_id else ""
    if folder != document.meta.section:
        problems.append(f"staat in map '{folder or '.'}' maar section is '{document.meta.section}'")
    for source in document.meta.sources:
        if source.url.scheme not in ("http", "https"):
            problems.append(f"bron-URL moet http(s) zijn: {source.url}")
    length = len(document.body)
    if not MIN_BODY_CHARS <= length <= MAX_BODY_CHARS:
        problems.append(f"tekst is {length} tekens, verwacht {MIN_BODY_CHARS}-{MAX_BODY_CHARS}")
    headings = _HEADING.findall(document.body)
    if not headings:
        problems.append("geen kopjes (##) in de tekst")
    if document.meta.type == "praktijkvoorbeeld":
        missing = [h for h in CARD_HEADINGS if h not in headings]
        if missing:
            problems.append(f"praktijkvoorbeeld mist kopje(s): {', '.join(missing)}")
    if document.meta.type == "vraag":
        problems += _question_problems(document, headings)
    return problems


def _question_problems(document: Document, headings: list[str]) -> list[str]:
    """A vraag opens with its direct answer: `## Kort antwoord`, at most 90 words, then the detail."""
    if not headings or headings[0] != SHORT_ANSWER_HEADING:
        return [f"een vraag begint met het kopje '## {SHORT_ANSWER_HEADING}'"]
    problems = []
    parts = _HEADING.split(document.body)  # [before, heading1, text1, heading2, text2, ...]
    words = len(parts[2].split())
    if words > SHORT_ANSWER_MAX_WORDS:
        problems.append(f"kort antwoord is {words} woorden, maximaal {SHORT_ANSWER_MAX_WORDS}")
    if len(headings) < 2:
        problems.append("een vraag heeft na het korte antwoord nog een kopje met de toelichting")
    return problems


def check_corpus(root: Path, max_chars: int | None = None) -> CheckReport:
    """Load and validate every document under *root*; collect all problems instead of stopping.
    *max_chars* is the size limit `kb ingest` applies (KB_MAX_DOCUMENT_CHARS)."""
    report = CheckReport()
    titles: dict[str, str] = {}
    for path in iter_markdown_files(root):
        try:
            document = load_markdown(path, root)
        except DocumentError as exc:
            report.problems.append((exc.path, exc.problem))
            continue
        report.documents.append(document)
        for problem in _document_problems(document, max_chars):
            report.problems.append((document.doc_id, problem))
        key = document.meta.title.casefold().strip()
        if key in titles:
            report.problems.append((document.doc_id, f"titel komt ook voor in {titles[key]}"))
        else:
            titles[key] = document.doc_id
    if not report.documents and not report.problems:
        report.problems.append((str(root), "geen documenten gevonden"))
    return report


def format_report(report: CheckReport) -> str:
    lines = []
    for path, problem in report.problems:
        lines.append(f"FOUT {path}: {problem}")
    lines.append("")
    for attribute in ("type", "section"):
        counts = report.counts(attribute)
        lines.append(f"per {attribute}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    lines.append(f"bron-URL's (uniek): {len(report.source_urls())}")
    verdict = "in orde" if report.ok else f"{len(report.problems)} probleem/problemen"
    lines.append(f"{len(report.documents)} documenten gecontroleerd: {verdict}")
    return "\n".join(lines)


if __name__ == "__main__":  # python -m ingest.check [corpus-dir]
    result = check_corpus(Path(sys.argv[1] if len(sys.argv) > 1 else "corpus"))
    print(format_report(result))
    sys.exit(0 if result.ok else 1)
