"""Scale benchmark: `python -m tests.bench_scale [--chunks 100000]` (also run by `make bench`).

Indexes the bundled corpus for real, then adds synthetic documents until the collection holds the
requested number of chunks, and measures question latency on the grown index against the same questions
on the bundled corpus alone. The synthetic chunks are made of real corpus sentences, shuffled into new
passages under new titles; their vectors are the normalised sum of the vectors of the chunks the sentences
came from plus noise (generated, not embedded: the latency is what counts), so dense and keyword search
both have realistic competition.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from kb.bench import QUESTIONS
from kb.config import Settings
from kb.language.sentences import split_sentences
from kb.schema import SUMMARY_HEADING
from kb.search.store import get_all, make_client, open_collection
from kb.service import KnowledgeBase

DOC_CHUNKS = 8  # synthetic chunks per synthetic document (plus a summary chunk)


def latencies(knowledge_base: KnowledgeBase, rounds: int = 2) -> list[float]:
    """Latencies of *rounds* rounds over the questions, after one round that is not counted: the synthetic
    passages never went through `kb ingest`, which embeds every answer unit into the cache in advance, so
    their units are embedded when first read (about 25 ms each); the unmeasured round does that, as an
    ingest would have."""
    for question in QUESTIONS:
        knowledge_base.ask(question)
    out = []
    for _ in range(rounds):
        for question in QUESTIONS:
            started = time.perf_counter()
            knowledge_base.ask(question)
            out.append((time.perf_counter() - started) * 1000)
    return out


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def grow(settings: Settings, target: int, seed: int = 7) -> int:
    """Add synthetic documents to the collection until it holds *target* chunks; returns chunks added."""
    collection = open_collection(make_client(settings), settings)
    real = get_all(collection, include=["documents", "metadatas", "embeddings"])
    pool: list[tuple[str, int]] = []  # (sentence, index of the real chunk it came from)
    for index, text in enumerate(real["documents"]):
        pool.extend((s, index) for s in split_sentences(text) if len(s) > 40)
    vectors = np.asarray(real["embeddings"], dtype=np.float32)
    titles = [m.get("title", "") for m in real["metadatas"]]
    rng = random.Random(seed)
    noise = np.random.default_rng(seed)
    added = 0
    batch: dict[str, list] = {"ids": [], "documents": [], "metadatas": [], "embeddings": []}
    doc = 0
    while collection.count() + len(batch["ids"]) < target:
        doc += 1
        doc_id = f"synthetisch/doc-{doc:06d}.md"
        title = f"{rng.choice(titles)} (synthetische variant {doc})"
        base = {"doc_id": doc_id, "title": title, "type": rng.choice(["guidance", "praktijkvoorbeeld", "onderzoek"]),
                "section": "verwant", "organisation": "Synthetisch", "origin": "bench", "url": "https://example.org/",
                "sources": "[]", "checked": "2026-11-29", "status": "actueel"}
        for chunk in range(DOC_CHUNKS + 1):
            picked = rng.sample(pool, rng.randint(2, 5))
            text = " ".join(s for s, _ in picked)
            vector = vectors[[i for _, i in picked]].sum(axis=0) + noise.normal(0, 0.05, vectors.shape[1])
            vector /= np.linalg.norm(vector)
            heading = SUMMARY_HEADING if chunk == 0 else f"Deel {chunk}"
            meta = {**base, "chunk_index": chunk, "heading": heading, "summary": text[:300]}
            batch["ids"].append(f"{doc_id}::{chunk}")
            batch["documents"].append(text)
            batch["metadatas"].append(meta)
            batch["embeddings"].append(vector.tolist())
        if len(batch["ids"]) >= 4000:
            collection.add(**batch)
            added += len(batch["ids"])
            batch = {key: [] for key in batch}
    if batch["ids"]:
        collection.add(**batch)
        added += len(batch["ids"])
    return added


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chunks", type=int, default=100_000)
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="kb-scale-")) / "data"
    try:
        settings = Settings(data_dir=data_dir, chroma_url=None)
        knowledge_base = KnowledgeBase(settings)
        knowledge_base.ingest()
        knowledge_base.warm_up()
        small = latencies(knowledge_base)
        started = time.perf_counter()
        added = grow(settings, args.chunks)
        grow_s = time.perf_counter() - started
        big_kb = KnowledgeBase(settings)
        started = time.perf_counter()
        big_kb.warm_up()  # the snapshot of the grown collection: records, BM25, cards, vocabulary
        load_s = time.perf_counter() - started
        big = latencies(big_kb)
        results = {
            "bundled_chunks": big_kb.stats()["chunks"] - added, "grown_chunks": big_kb.stats()["chunks"],
            "grow_s": round(grow_s, 1), "grown_index_load_s": round(load_s, 1),
            "bundled_p50_ms": round(statistics.median(small), 1), "bundled_p95_ms": round(_p95(small), 1),
            "grown_p50_ms": round(statistics.median(big), 1), "grown_p95_ms": round(_p95(big), 1),
            "p95_ratio": round(_p95(big) / _p95(small), 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }
        print(json.dumps(results, indent=2))
    finally:
        shutil.rmtree(data_dir.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
