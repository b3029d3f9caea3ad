"""Ingest runs: load the documents of a source, collect per-file errors, and sync them into the index."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from chromadb.api.models.Collection import Collection
from llama_index.core.base.embeddings.base import BaseEmbedding

from ingest.documents import Document, DocumentError, iter_markdown_files, load_markdown
from ingest.files import expand_paths, load_file
from ingest.writer import IndexWriter, IngestReport, ProgressFn
from kb.config import Settings
from kb.search.store import get_all

if TYPE_CHECKING:
    from ingest.crawler import Crawler


def load_corpus(root: Path) -> tuple[list[Document], list[dict[str, str]]]:
    """Every loadable document under *root*, and an error entry for each one that is not."""
    documents: list[Document] = []
    errors: list[dict[str, str]] = []
    for path in iter_markdown_files(root):
        try:
            documents.append(load_markdown(path, root))
        except DocumentError as exc:
            errors.append({"path": str(path), "error": exc.problem})
    return documents, errors


def ingest_corpus(settings: Settings, collection: Collection, embed_model: BaseEmbedding,
                  progress: ProgressFn | None = None) -> IngestReport:
    """Index the Markdown corpus. A broken document is reported and skipped; its previously indexed
    chunks stay, so a typo never empties part of the index."""
    root = settings.corpus_dir
    if not root.is_dir():
        report = IngestReport()
        report.errors.append({"path": str(root), "error": "map bestaat niet"})
        return report
    documents, errors = load_corpus(root)
    if not documents and not errors:
        # An empty folder is far more likely a wrong path than a wish to empty the index.
        report = IngestReport()
        report.errors.append({"path": str(root), "error": "geen documenten gevonden; de index blijft ongewijzigd"})
        return report
    broken = {Path(e["path"]).relative_to(root).as_posix() for e in errors}
    writer = IndexWriter.from_settings(collection, embed_model, settings)
    report = writer.sync(documents, origin="corpus", scope=lambda doc_id: doc_id not in broken, progress=progress)
    report.documents += len(errors)
    report.errors.extend(errors)
    return report


def ingest_paths(settings: Settings, collection: Collection, embed_model: BaseEmbedding, paths: list[Path],
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
            documents.append(load_file(path, doc_id, defaults))
        except DocumentError as exc:
            broken.add(doc_id)
            errors.append({"path": str(path), "error": exc.problem})
    prefixes = tuple(folder.as_posix().rstrip("/") + "/" for folder in folders)

    def in_scope(doc_id: str) -> bool:
        return doc_id.startswith(prefixes) and doc_id not in broken if prefixes else False

    writer = IndexWriter.from_settings(collection, embed_model, settings)
    report = writer.sync(documents, origin="file", scope=in_scope, progress=progress)
    report.documents = len(files) + unreadable_paths
    report.errors.extend(errors)
    return report


def ingest_crawl(settings: Settings, collection: Collection, embed_model: BaseEmbedding, crawler: "Crawler",
                 changed: list[str], removed: list[str], defaults: dict[str, str] | None = None,
                 progress: ProgressFn | None = None) -> IngestReport:
    """Bring the index in step with a crawl: changed pages replace their chunks, vanished pages leave,
    unchanged pages cost nothing. Pages the manifest holds but the index lacks (e.g. after a rebuild
    for another model) are indexed again."""
    from ingest.extract import ExtractionError
    from ingest.files import document_from_extracted, extract

    indexed = {str(m.get("doc_id")) for m in get_all(collection, include=["metadatas"],
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
            documents.append(document_from_extracted(url, extracted, source_url=url, defaults=defaults or {},
                                                     overrides={}))
        except (ExtractionError, DocumentError) as exc:
            errors.append({"path": url, "error": str(exc.problem if isinstance(exc, DocumentError) else exc)})
    writer = IndexWriter.from_settings(collection, embed_model, settings)
    report = writer.sync(documents, origin="crawl", delete_missing=False, progress=progress)
    report.chunks_deleted += writer.delete_documents(removed)
    report.errors.extend(errors)
    return report
