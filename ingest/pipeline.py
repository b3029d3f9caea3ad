"""Ingest runs: load the documents of a source, collect per-file errors, and sync them into the index."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from llama_index.core.base.embeddings.base import BaseEmbedding

from ingest.documents import Document, DocumentError, iter_markdown_files, load_markdown, size_problem
from ingest.files import expand_paths, load_file
from ingest.writer import IndexWriter, IngestReport, ProgressFn
from kb.config import Settings
from kb.search.store import get_all

if TYPE_CHECKING:
    from ingest.crawler import Crawler
    from kb.search.generations import GenerationWrite


def load_corpus(root: Path, max_chars: int | None = None) -> tuple[list[Document], list[dict[str, str]]]:
    """Every loadable document under *root*, and an error entry for each one that is not (broken, longer
    than *max_chars*, or titled like an earlier one)."""
    documents: list[Document] = []
    errors: list[dict[str, str]] = []
    for path in iter_markdown_files(root):
        try:
            document = load_markdown(path, root)
        except DocumentError as exc:
            errors.append({"path": str(path), "error": exc.problem})
            continue
        problem = size_problem(document, max_chars) if max_chars else None
        if problem:
            errors.append({"path": str(path), "error": problem})
        else:
            documents.append(document)
    documents, duplicates = without_duplicate_titles(documents, root)
    return documents, errors + duplicates


def without_duplicate_titles(documents: list[Document], root: Path | None = None
                             ) -> tuple[list[Document], list[dict[str, str]]]:
    """The documents whose title no earlier one has (the same test as `kb corpus check`), and an error
    entry for each one left out."""
    kept: list[Document] = []
    errors: list[dict[str, str]] = []
    seen: dict[str, str] = {}
    for document in documents:
        key = document.meta.title.casefold().strip()
        if key in seen:
            path = str(root / document.doc_id) if root else document.doc_id
            errors.append({"path": path, "error": f"titel komt ook voor in {seen[key]}; overgeslagen"})
        else:
            seen[key] = document.doc_id
            kept.append(document)
    return kept, errors


def corpus_drift(settings: Settings, indexed: dict[str, set[str]]) -> tuple[list[str], list[str]]:
    """How the index lags the corpus folder: (documents new or changed since they were indexed, indexed
    corpus documents no longer in the folder). *indexed* maps each indexed corpus document to its
    stored document hash(es). Broken files are left out: `kb ingest` keeps their old chunks too."""
    documents, _ = load_corpus(settings.corpus_dir, settings.max_document_chars)
    writer = IndexWriter.from_settings(None, None, settings)  # type: ignore[arg-type] - hashes only
    changed = [d.doc_id for d in documents if indexed.get(d.doc_id) != {writer.doc_hash(d, "corpus")}]
    present = {p.relative_to(settings.corpus_dir).as_posix() for p in iter_markdown_files(settings.corpus_dir)}
    return changed, sorted(set(indexed) - present)


def _writer(settings: Settings, write: GenerationWrite, embed_model: BaseEmbedding) -> IndexWriter:
    return IndexWriter.from_settings(write.base, embed_model, settings, target=write.target)


def ingest_corpus(settings: Settings, write: GenerationWrite, embed_model: BaseEmbedding,
                  progress: ProgressFn | None = None) -> IngestReport:
    """Index the Markdown corpus. A broken, oversized or duplicate document is reported and skipped;
    its previously indexed chunks stay, so a typo never empties part of the index."""
    root = settings.corpus_dir
    if not root.is_dir():
        report = IngestReport()
        report.errors.append({"path": str(root), "error": "map bestaat niet"})
        return report
    documents, errors = load_corpus(root, settings.max_document_chars)
    if not documents and not errors:
        # An empty folder is far more likely a wrong path than a wish to empty the index.
        report = IngestReport()
        report.errors.append({"path": str(root), "error": "geen documenten gevonden; de index blijft ongewijzigd"})
        return report
    broken = {Path(e["path"]).relative_to(root).as_posix() for e in errors}
    writer = _writer(settings, write, embed_model)
    report = writer.sync(documents, origin="corpus", scope=lambda doc_id: doc_id not in broken, progress=progress)
    report.documents += len(errors)
    report.errors.extend(errors)
    return report


def ingest_paths(settings: Settings, write: GenerationWrite, embed_model: BaseEmbedding, paths: list[Path],
                 defaults: dict[str, str] | None = None, progress: ProgressFn | None = None) -> IngestReport:
    """Index files and folders (Markdown, HTML, PDF, DOCX). A document's id is its absolute path; a file
    that disappeared from a given folder leaves the index, a broken or unsupported file is reported and
    keeps what it had in the index."""
    files, folders, errors = expand_paths(paths)
    unreadable_paths = len(errors)
    documents: list[Document] = []
    broken: set[str] = set()
    for path in files:
        doc_id = path.resolve().as_posix()
        try:
            document = load_file(path, doc_id, defaults, settings.max_document_chars)
            problem = size_problem(document, settings.max_document_chars)
            if problem:
                raise DocumentError(str(path), problem)
            documents.append(document)
        except DocumentError as exc:
            broken.add(doc_id)
            errors.append({"path": str(path), "error": exc.problem})
    documents, duplicates = without_duplicate_titles(documents)
    broken.update(e["path"] for e in duplicates)
    errors.extend(duplicates)
    prefixes = tuple(folder.as_posix().rstrip("/") + "/" for folder in folders)

    def in_scope(doc_id: str) -> bool:
        return doc_id.startswith(prefixes) and doc_id not in broken if prefixes else False

    writer = _writer(settings, write, embed_model)
    report = writer.sync(documents, origin="file", scope=in_scope, progress=progress)
    report.documents = len(files) + unreadable_paths
    report.errors.extend(errors)
    return report


def ingest_crawl(settings: Settings, write: GenerationWrite, embed_model: BaseEmbedding, crawler: "Crawler",
                 changed: list[str], removed: list[str], defaults: dict[str, str] | None = None,
                 progress: ProgressFn | None = None) -> IngestReport:
    """Bring the index in step with a crawl: changed pages replace their chunks, vanished pages leave,
    unchanged pages cost nothing. Pages the manifest holds but the index lacks (e.g. after a rebuild
    for another model) are indexed again."""
    from ingest.extract import ExtractionError
    from ingest.files import document_from_extracted, extract

    indexed = {str(m.get("doc_id")) for m in get_all(write.base, include=["metadatas"],
                                                      where={"origin": "crawl"})["metadatas"] if m}
    wanted = list(dict.fromkeys([*changed, *(url for url, record in crawler.manifest.records.items()
                                             if record.status == 200 and not record.alias_of
                                             and url not in indexed)]))
    documents: list[Document] = []
    errors: list[dict[str, str]] = []
    for url in wanted:
        stored = crawler.raw(url)
        if stored is None:
            continue
        data, kind = stored
        try:
            extracted = extract(data, kind, url.rsplit("/", 1)[-1] or url, url)
            document = document_from_extracted(url, extracted, source_url=url, defaults=defaults or {},
                                               overrides={})
            problem = size_problem(document, settings.max_document_chars)
            if problem:
                raise DocumentError(url, problem)
            documents.append(document)
        except (ExtractionError, DocumentError) as exc:
            errors.append({"path": url, "error": str(exc.problem if isinstance(exc, DocumentError) else exc)})
    writer = _writer(settings, write, embed_model)
    report = writer.sync(documents, origin="crawl", delete_missing=False, progress=progress)
    report.chunks_deleted += writer.delete_documents(removed)
    report.errors.extend(errors)
    return report
