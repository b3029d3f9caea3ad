"""The index writer: brings a Chroma collection in step with a set of documents, idempotently.

Chunk ids derive from the document id and the chunk number; each chunk carries a hash of its content
and of its whole document. An unchanged document costs one metadata read and nothing else; a changed
document re-embeds only chunks whose text changed and drops the chunks it no longer has; a document
that disappeared from its scope loses all its chunks.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from chromadb.api.models.Collection import Collection
from llama_index.core.base.embeddings.base import BaseEmbedding

from ingest.chunking import CHUNKING_VERSION, Chunk, chunk_document
from ingest.documents import Document
from kb.answer.units import quoted_whole, scoring_texts
from kb.config import Settings
from kb.schema import SUMMARY_HEADING
from kb.search.store import get_all, mark_changed

ProgressFn = Callable[[int, int], None]


@dataclass
class IngestReport:
    documents: int = 0
    chunks_written: int = 0
    chunks_deleted: int = 0
    unchanged: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)
    generation: str | None = None  # the index generation put in service (None: nothing changed)

    def as_dict(self) -> dict[str, object]:
        return {"documents": self.documents, "chunks_written": self.chunks_written,
                "chunks_deleted": self.chunks_deleted, "unchanged": self.unchanged, "errors": self.errors,
                "generation": self.generation}


def document_metadata(document: Document) -> dict[str, object]:
    """Chunk metadata from a document's front matter (Chroma takes scalars and lists, not None)."""
    meta = document.meta
    values: dict[str, object] = {
        "doc_id": document.doc_id, "title": meta.title, "type": meta.type, "section": meta.section,
        "organisation": meta.organisation, "organisation_type": meta.organisation_type,
        "sectors": list(meta.sectors) or None, "instruments": list(meta.instruments) or None,
        "year": meta.year, "contract": meta.contract, "status": meta.status, "url": document.url,
        "source_title": meta.sources[0].title, "sources": json.dumps(
            [{"url": str(s.url), "title": s.title} for s in meta.sources], ensure_ascii=False),
        "published": meta.published, "checked": meta.checked.isoformat(), "summary": meta.summary,
        "lang": meta.lang, "phrasings": list(meta.phrasings) or None, "audience": meta.audience,
    }
    values.update({k: v for k, v in document.extra.items() if k not in values})
    return {k: v for k, v in values.items() if v is not None and v != []}


def embedding_text(chunk: Chunk) -> str:
    """What gets embedded: the chunk with its document title and heading, so a bare section still says
    what it is about."""
    title = str(chunk.metadata.get("title", ""))
    heading = chunk.heading if chunk.heading != title else ""
    if chunk.heading == SUMMARY_HEADING and chunk.metadata.get("phrasings"):
        # a vraag's card: its question in every wording users ask it, then the answer's gist
        return "\n".join([title, *map(str, chunk.metadata["phrasings"]), chunk.text])
    return "\n".join(part for part in (title, heading, chunk.text) if part)


def _digest(*parts: object) -> str:
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


class IndexWriter:
    """Writes chunks of documents into one collection with one embedding model.

    *collection* is what the documents are compared with; *target*, when given, opens the collection to
    write into on the first write (a new index generation, see kb.search.generations), so that an ingest that
    changes nothing creates nothing."""

    def __init__(self, collection: Collection | None, embed_model: BaseEmbedding, *, max_chars: int = 900,
                 overlap: int = 1, batch_size: int = 32, target: Callable[[], Collection] | None = None) -> None:
        self.collection = collection
        self.embed_model = embed_model
        self.max_chars = max_chars
        self.overlap = overlap
        self.batch_size = batch_size
        self._target = target

    @classmethod
    def from_settings(cls, collection: Collection | None, embed_model: BaseEmbedding, settings: Settings,
                      target: Callable[[], Collection] | None = None) -> "IndexWriter":
        return cls(collection, embed_model, max_chars=settings.chunk_max_chars,
                   overlap=settings.chunk_overlap_sentences, batch_size=settings.embedding_batch_size,
                   target=target)

    def writable(self) -> Collection:
        """The collection to write into (opened now if a target was given)."""
        if self._target is not None:
            self.collection, self._target = self._target(), None
        assert self.collection is not None
        return self.collection

    def doc_hash(self, document: Document, origin: str, metadata: dict[str, object] | None = None) -> str:
        """What an indexed document is checked against: its text, metadata and the chunking settings."""
        metadata = metadata if metadata is not None else document_metadata(document) | {"origin": origin}
        return _digest(document.body, metadata, self.max_chars, self.overlap, CHUNKING_VERSION)

    def chunks(self, document: Document, origin: str) -> tuple[str, list[Chunk]]:
        metadata = document_metadata(document) | {"origin": origin}
        doc_hash = self.doc_hash(document, origin, metadata)
        chunks = chunk_document(document.doc_id, document.meta.title, document.body, metadata,
                                self.max_chars, self.overlap,
                                summary=document.meta.summary if document.summary_passage else None)
        for chunk in chunks:
            chunk.metadata.update(chunk_index=chunk.chunk_index, heading=chunk.heading, doc_hash=doc_hash)
            if chunk.page is not None:
                chunk.metadata["page"] = chunk.page
        return doc_hash, chunks

    def warm_sentences(self, chunks: Sequence[Chunk]) -> None:
        """Embed the sentences the answerer will score, now rather than inside a question (the embedding
        cache keeps them; without a cache there is nothing to warm)."""
        if getattr(self.embed_model, "cache", None) is None:
            return
        texts = list(dict.fromkeys(t for c in chunks for t in scoring_texts(
            c.text, quoted_whole(c.heading, c.metadata.get("type")))))
        for start in range(0, len(texts), self.batch_size):
            self.embed_model.get_text_embedding_batch(texts[start:start + self.batch_size])

    def delete_documents(self, doc_ids: Sequence[str]) -> int:
        """Remove every chunk of these documents; returns the number of chunks removed."""
        removed = 0
        for doc_id in doc_ids:
            ids = get_all(self.collection, include=[], where={"doc_id": doc_id})["ids"]
            if ids:
                self.writable().delete(ids=ids)
                removed += len(ids)
        if removed:
            mark_changed(self.collection)
        return removed

    def sync(self, documents: Sequence[Document], *, origin: str, scope: Callable[[str], bool] | None = None,
             progress: ProgressFn | None = None, delete_missing: bool = True) -> IngestReport:
        """Make the index hold exactly *documents* among the documents of *origin* that *scope* accepts."""
        report = IngestReport(documents=len(documents))
        existing = get_all(self.collection, include=["metadatas"], where={"origin": origin})
        stored: dict[str, dict[str, tuple[str, str]]] = {}
        for chunk_id, meta in zip(existing["ids"], existing["metadatas"]):
            meta = meta or {}
            stored.setdefault(str(meta.get("doc_id")), {})[chunk_id] = (
                str(meta.get("embedding_hash", "")), str(meta.get("doc_hash", "")))

        to_embed: list[Chunk] = []
        to_update: list[Chunk] = []
        to_delete: list[str] = []
        for document in documents:
            old = stored.pop(document.doc_id, {})
            doc_hash, chunks = self.chunks(document, origin)
            if old and len(old) == len(chunks) and all(h == doc_hash for _, h in old.values()):
                report.unchanged += 1
                continue
            for chunk in chunks:
                chunk.metadata["embedding_hash"] = _digest(embedding_text(chunk))
                previous = old.get(chunk.id)
                if previous and previous[0] == chunk.metadata["embedding_hash"]:
                    to_update.append(chunk)
                else:
                    to_embed.append(chunk)
            to_delete.extend(set(old) - {c.id for c in chunks})
        if delete_missing:
            for doc_id, old in stored.items():
                if scope is None or scope(doc_id):
                    to_delete.extend(old)

        total = len(to_embed)
        if not (to_embed or to_update or to_delete):
            return report
        self.writable()
        if progress:
            progress(0, total)
        for start in range(0, total, self.batch_size):
            batch = to_embed[start:start + self.batch_size]
            vectors = self.embed_model.get_text_embedding_batch([embedding_text(c) for c in batch])
            self.warm_sentences(batch)
            self.collection.upsert(ids=[c.id for c in batch], embeddings=vectors, documents=[c.text for c in batch],
                                   metadatas=[c.metadata for c in batch])
            if progress:
                progress(min(start + self.batch_size, total), total)
        for start in range(0, len(to_update), 500):
            batch = to_update[start:start + 500]
            # Same embedding text means same chunk text: only the metadata needs writing.
            self.collection.update(ids=[c.id for c in batch], metadatas=[c.metadata for c in batch])
        for start in range(0, len(to_delete), 500):
            self.collection.delete(ids=to_delete[start:start + 500])
        report.chunks_written = len(to_embed) + len(to_update)
        report.chunks_deleted = len(to_delete)
        if report.chunks_written or report.chunks_deleted:
            mark_changed(self.collection)
        return report
