"""Ingest runs: load the documents of a source, collect per-file errors, and sync them into the index."""

from __future__ import annotations

from pathlib import Path

from chromadb.api.models.Collection import Collection
from llama_index.core.base.embeddings.base import BaseEmbedding

from ingest.documents import Document, DocumentError, iter_markdown_files, load_markdown
from ingest.writer import IndexWriter, IngestReport, ProgressFn
from kb.config import Settings


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
    broken = {Path(e["path"]).relative_to(root).as_posix() for e in errors}
    writer = IndexWriter(collection, embed_model, max_chars=settings.chunk_max_chars,
                         overlap=settings.chunk_overlap_sentences, batch_size=settings.embedding_batch_size)
    report = writer.sync(documents, origin="corpus", scope=lambda doc_id: doc_id not in broken, progress=progress)
    report.documents += len(errors)
    report.errors.extend(errors)
    return report
