"""Hybrid retrieval: dense search in Chroma and BM25 over the same collection, fused by reciprocal
rank, filtered on metadata, with near-duplicates and over-represented documents removed from the top-k.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from kb.config import Settings
from kb.search.embeddings import embed_query
from kb.search.keyword import KeywordIndex
from kb.schema import Filters, Hit
from kb.search.store import current_collection, get_all


class CollectionSnapshot:
    """Every record of the collection in memory, with the BM25 index built from it. Rebuilt when the
    collection's version stamp or size changes (another process may have ingested)."""

    def __init__(self, collection: Collection) -> None:
        self.metadata: dict[str, Any] = dict(collection.metadata or {})  # model, version, updated_at
        data = get_all(collection, include=["documents", "metadatas"])
        self.records: dict[str, tuple[str, dict[str, Any]]] = {
            i: (doc or "", meta or {}) for i, doc, meta in zip(data["ids"], data["documents"], data["metadatas"])
        }
        ids = list(self.records)
        self.keyword = KeywordIndex(ids, [self.keyword_text(i) for i in ids])
        self.by_doc: dict[str, list[str]] = {}
        for chunk_id in sorted(ids, key=lambda i: int(self.records[i][1].get("chunk_index", 0))):
            self.by_doc.setdefault(str(self.records[chunk_id][1].get("doc_id")), []).append(chunk_id)

    def document_hits(self, doc_id: str) -> list[Hit]:
        """Every chunk of one document, in reading order."""
        return [Hit(i, *self.records[i]) for i in self.by_doc.get(doc_id, [])]

    def keyword_text(self, chunk_id: str) -> str:
        text, meta = self.records[chunk_id]
        return " \n".join(str(part) for part in (meta.get("title"), meta.get("heading"), text) if part)


def _shingles(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


class HybridRetriever(BaseRetriever):
    """Dense + keyword retrieval over one Chroma collection (llama-index retriever interface)."""

    def __init__(self, client: ClientAPI, collection: Collection, embed_model: BaseEmbedding,
                 settings: Settings, mode: str | None = None) -> None:
        super().__init__()
        self.client = client
        self.collection = collection
        self.embed_model = embed_model
        self.settings = settings
        self.mode = mode or settings.retrieval_mode
        self._snapshot: CollectionSnapshot | None = None
        self._stamp: tuple[Any, int] | None = None
        self._lock = threading.Lock()

    # ---- derived state -------------------------------------------------------------------
    def snapshot(self) -> CollectionSnapshot:
        """The in-memory view of the collection; rebuilt only when the stored stamp changed."""
        fresh, stamp = current_collection(self.client, self.settings.collection)
        with self._lock:
            if self._snapshot is None or stamp != self._stamp:
                self._snapshot = CollectionSnapshot(fresh)
                self._stamp = stamp
            return self._snapshot

    # ---- the two rankings ----------------------------------------------------------------
    def dense(self, query: str, filters: Filters, k: int) -> list[tuple[str, float]]:
        vector = embed_query(self.embed_model, query)
        result = self.collection.query(query_embeddings=[vector.tolist()], n_results=k,
                                       where=filters.to_where(), include=["distances"])
        ids, distances = result["ids"][0], result["distances"][0]
        return [(i, 1.0 - float(d)) for i, d in zip(ids, distances)]

    def keyword(self, query: str, filters: Filters, k: int, snapshot: CollectionSnapshot) -> list[tuple[str, float]]:
        allowed = {i for i, (_, m) in snapshot.records.items() if filters.matches(m)} if filters else None
        return [(h.id, h.score) for h in snapshot.keyword.search(query, k, allowed)]

    # ---- fusion ---------------------------------------------------------------------------
    def search(self, query: str, filters: Filters | None = None, k: int | None = None,
               mode: str | None = None, snapshot: CollectionSnapshot | None = None) -> list[Hit]:
        """The top-k chunks for *query*, best first."""
        filters = filters or Filters()
        k = k or self.settings.top_k
        mode = mode or self.mode
        snapshot = snapshot or self.snapshot()
        n = self.settings.candidates
        dense = self.dense(query, filters, n) if mode in ("hybrid", "dense") else []
        keyword = self.keyword(query, filters, n, snapshot) if mode in ("hybrid", "keyword") else []
        # A keyword ranking built only on words that are everywhere ("Wat is social return?") cannot tell
        # passages apart (its best BM25 score stays near 1 or below); it only votes once its best passage
        # really matched, with full weight from a score of 3.
        best_keyword = keyword[0][1] if keyword else 0.0
        keyword_weight = self.settings.keyword_weight * min(1.0, max(0.0, (best_keyword - 1.0) / 2.0))
        fused: dict[str, float] = {}
        for weight, ranking in ((self.settings.dense_weight, dense), (keyword_weight, keyword)):
            for rank, (chunk_id, _) in enumerate(ranking):
                fused[chunk_id] = fused.get(chunk_id, 0.0) + weight / (self.settings.rrf_k + rank + 1)
        dense_scores, keyword_scores = dict(dense), dict(keyword)
        hits = []
        for chunk_id in sorted(fused, key=fused.__getitem__, reverse=True):
            if chunk_id not in snapshot.records:
                continue  # written after the snapshot was taken; the next question sees it
            text, meta = snapshot.records[chunk_id]
            hits.append(Hit(chunk_id, text, meta, fused[chunk_id], dense_scores.get(chunk_id),
                            keyword_scores.get(chunk_id)))
        return self.diversify(hits, k)

    def diversify(self, hits: list[Hit], k: int) -> list[Hit]:
        """Keep the best hits, at most `max_chunks_per_doc` per document and no near-duplicates."""
        kept: list[Hit] = []
        shingles: list[set[str]] = []
        per_doc: dict[str, int] = {}
        for hit in hits:
            if per_doc.get(hit.doc_id, 0) >= self.settings.max_chunks_per_doc:
                continue
            words = _shingles(hit.text)
            if any(_jaccard(words, other) >= self.settings.near_duplicate for other in shingles):
                continue
            kept.append(hit)
            shingles.append(words)
            per_doc[hit.doc_id] = per_doc.get(hit.doc_id, 0) + 1
            if len(kept) == k:
                break
        return kept

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return [NodeWithScore(node=TextNode(id_=h.id, text=h.text, metadata=h.metadata), score=h.score)
                for h in self.search(query_bundle.query_str)]
