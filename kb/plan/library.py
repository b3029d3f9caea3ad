"""What a plan cites: the corpus documents by id, read from their front matter (no index needed)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class DocRef:
    """One corpus document as a plan cites it."""

    doc_id: str
    title: str
    url: str                       # the document's main source
    section: str
    type: str
    checked: str
    published: str = ""
    status: str = "actueel"
    organisation: str = ""
    sectors: tuple[str, ...] = ()
    instruments: tuple[str, ...] = ()
    sources: frozenset[str] = field(default_factory=frozenset)
    source_titles: tuple[tuple[str, str], ...] = ()


@dataclass
class Library:
    """The corpus documents a planner may cite, by id."""

    docs: dict[str, DocRef]

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self.docs

    def get(self, doc_id: str) -> DocRef | None:
        return self.docs.get(doc_id)

    def source_map(self) -> dict[str, set[str]]:
        return {doc_id: set(doc.sources) for doc_id, doc in self.docs.items()}

    def source_title(self, doc_id: str, url: str) -> str:
        doc = self.docs.get(doc_id)
        return dict(doc.source_titles).get(url, "") if doc else ""

    def examples(self, sector: str = "", instrument: str = "", limit: int = 3) -> list[DocRef]:
        """Practice examples with this sector and/or instrument, by title."""
        found = [d for d in self.docs.values() if d.type == "praktijkvoorbeeld"
                 and (not sector or sector in d.sectors) and (not instrument or instrument in d.instruments)]
        return sorted(found, key=lambda d: d.title.casefold())[:limit]


def load_library(corpus_dir: Path) -> tuple[Library, list[tuple[str, str]]]:
    """Read the front matter of every corpus document; documents that do not load are reported."""
    from ingest.documents import DocumentError, iter_markdown_files, load_markdown  # ingest owns the format

    docs: dict[str, DocRef] = {}
    problems: list[tuple[str, str]] = []
    for path in iter_markdown_files(corpus_dir):
        try:
            document = load_markdown(path, corpus_dir)
        except DocumentError as exc:
            problems.append((exc.path, exc.problem))
            continue
        meta = document.meta
        docs[document.doc_id] = DocRef(
            doc_id=document.doc_id, title=meta.title, url=document.url, section=meta.section, type=meta.type,
            checked=meta.checked.isoformat(), published=meta.published or "", status=meta.status,
            organisation=meta.organisation, sectors=tuple(meta.sectors), instruments=tuple(meta.instruments),
            sources=frozenset(str(s.url) for s in meta.sources),
            source_titles=tuple((str(s.url), s.title) for s in meta.sources))
    return Library(docs), problems
