"""`kb corpus check`: validate every corpus document beyond what loading needs."""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from ingest.documents import (
    CARD_HEADINGS,
    MAX_BODY_CHARS,
    MIN_BODY_CHARS,
    SHORT_ANSWER_MAX_WORDS,
    Document,
    DocumentError,
    iter_markdown_files,
    load_markdown,
    size_problem,
)
from kb.schema import SHORT_ANSWER_HEADING

_HEADING = re.compile(r"^#{2,6}\s+(.+?)\s*$", re.MULTILINE)
# A number worth checking against a source: a percentage, an amount, a year or any number of 11 and up
# (small counts are often written as words in the sources: "drie jaar").
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\w])")
_WORD = re.compile(r"[a-zà-ÿ]{4,}")
SUMMARY_OVERLAP = 0.45  # share of the smaller summary's distinctive words that the other summary also has


@dataclass
class CheckReport:
    documents: list[Document] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # reported, never a reason to fail

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


def _example_warnings(document: Document) -> list[str]:
    """What a practice example needs to be one: the buying organisation, a year and an instrument."""
    if document.meta.type != "praktijkvoorbeeld":
        return []
    missing = [label for label, value in (("jaar (year)", document.meta.year),
                                          ("instrument (instruments)", document.meta.instruments)) if not value]
    return [f"praktijkvoorbeeld zonder {' en '.join(missing)}"] if missing else []


def numbers_in(text: str) -> set[str]:
    """The numbers of a text in one spelling ("80.000" and "80000" alike; "2,5" stays "2,5")."""
    found = set()
    for whole, decimals in _NUMBER.findall(text):
        digits = whole.replace(".", "")
        if decimals:
            found.add(f"{digits},{decimals}")
        elif int(digits) > 10:
            found.add(digits)
    return found


def unsourced_numbers(document: Document, stored_text: Callable[[str], str | None]) -> list[str] | None:
    """The body's numbers that none of the document's stored source copies holds; None when no listed
    source has a stored copy (nothing to compare with)."""
    texts = [t for t in (stored_text(str(s.url)) for s in document.meta.sources) if t]
    if not texts:
        return None
    in_sources = set().union(*(numbers_in(t) for t in texts))
    body = _HEADING.sub("", document.body)
    return sorted(numbers_in(body) - in_sources, key=lambda n: float(n.replace(",", ".")))


def overlapping_summaries(documents: list[Document], threshold: float = SUMMARY_OVERLAP
                          ) -> list[tuple[str, str, float]]:
    """Pairs of documents whose summaries share most of their content words: candidates for one
    document, or for distinct subjects that point to each other."""
    from kb.language.words import zipf

    words = [(d.doc_id, {w for w in _WORD.findall(d.meta.summary.casefold()) if zipf(w) < 5.0})
             for d in documents if d.meta.type != "vraag"]
    # The field's own vocabulary ("social", "return", "gemeente") is in many summaries and says nothing
    # about a document's subject: words in more than 1 of 10 summaries do not count.
    frequency = Counter(w for _, ws in words for w in ws)
    common = {w for w, n in frequency.items() if n > max(2, len(words) // 10)}
    words = [(doc_id, ws - common) for doc_id, ws in words]
    pairs = []
    for (a, wa), (b, wb) in combinations(words, 2):
        smaller = min(len(wa), len(wb))
        if smaller >= 5:
            share = len(wa & wb) / smaller
            if share >= threshold:
                pairs.append((a, b, round(share, 2)))
    return sorted(pairs, key=lambda p: -p[2])


def check_corpus(root: Path, max_chars: int | None = None,
                 stored_text: Callable[[str], str | None] | None = None) -> CheckReport:
    """Load and validate every document under *root*; collect all problems instead of stopping.
    *max_chars* is the size limit `kb ingest` applies (KB_MAX_DOCUMENT_CHARS). *stored_text* gives the
    text of a source URL's stored copy (the crawler's, see `SourceCopies`), for the number warnings."""
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
        for warning in _example_warnings(document):
            report.warnings.append((document.doc_id, warning))
        missing = unsourced_numbers(document, stored_text) if stored_text else None
        if missing:
            report.warnings.append((document.doc_id, "getal(len) niet gevonden in de opgeslagen bron(nen): "
                                    + ", ".join(missing)))
        key = document.meta.title.casefold().strip()
        if key in titles:
            report.problems.append((document.doc_id, f"titel komt ook voor in {titles[key]}"))
        else:
            titles[key] = document.doc_id
    for a, b, share in overlapping_summaries(report.documents):
        report.warnings.append((a, f"samenvatting overlapt sterk met {b} ({share:.0%} van de inhoudswoorden)"))
    if not report.documents and not report.problems:
        report.problems.append((str(root), "geen documenten gevonden"))
    return report


class SourceCopies:
    """Stored copies of source pages: the crawler's folder (KB_DATA_DIR/crawl, filled by `kb crawl`),
    read through its manifest and extracted like any crawled page."""

    def __init__(self, folder: Path) -> None:
        from ingest.crawler import Manifest

        self.manifest = Manifest(folder)
        self._texts: dict[str, str | None] = {}

    def __len__(self) -> int:
        return len(self.manifest.records)

    def __call__(self, url: str) -> str | None:
        if url not in self._texts:
            self._texts[url] = self._read(url)
        return self._texts[url]

    def _read(self, url: str) -> str | None:
        from ingest.files import extract

        record = self.manifest.records.get(url) or self.manifest.records.get(url.rstrip("/"))
        if record and record.alias_of:
            record = self.manifest.records.get(record.alias_of)
        if not record or record.status != 200:
            return None
        path = self.manifest.folder / record.path
        if not path.exists():
            return None
        try:
            return extract(path.read_bytes(), record.kind, path.name, url).markdown
        except Exception:  # an unreadable copy is no copy: the check compares with the others
            return None


def format_report(report: CheckReport) -> str:
    lines = []
    for path, problem in report.problems:
        lines.append(f"FOUT {path}: {problem}")
    for path, warning in report.warnings:
        lines.append(f"LET OP {path}: {warning}")
    lines.append("")
    for attribute in ("type", "section"):
        counts = report.counts(attribute)
        lines.append(f"per {attribute}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    lines.append(f"bron-URL's (uniek): {len(report.source_urls())}")
    verdict = "in orde" if report.ok else f"{len(report.problems)} probleem/problemen"
    if report.warnings:
        verdict += f" ({len(report.warnings)} waarschuwing(en))"
    lines.append(f"{len(report.documents)} documenten gecontroleerd: {verdict}")
    return "\n".join(lines)


if __name__ == "__main__":  # python -m ingest.check [corpus-dir]
    result = check_corpus(Path(sys.argv[1] if len(sys.argv) > 1 else "corpus"))
    print(format_report(result))
    sys.exit(0 if result.ok else 1)
