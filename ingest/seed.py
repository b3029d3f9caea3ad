"""The seed of the embedding cache: vectors of every passage and quotable sentence of the bundled corpus,
shipped next to it (corpus/_embeddings/<model>.npz), so a fresh clone indexes and answers without
embedding anything it has seen before. `kb corpus embeddings` writes it; the cache checks it on use.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ingest.pipeline import load_corpus
from ingest.writer import IndexWriter, ProgressFn, embedding_text
from kb.config import Settings
from kb.search.embedcache import SeedFile, text_key
from kb.search.embeddings import CachedEmbedding, seed_path
from kb.answer.units import quoted_whole, scoring_texts


def corpus_texts(settings: Settings, embed_model: CachedEmbedding) -> list[str]:
    """Everything ingest and the answerer embed of the bundled corpus, in a stable order."""
    documents, _ = load_corpus(settings.corpus_dir)
    writer = IndexWriter.from_settings(None, embed_model, settings)  # type: ignore[arg-type] - chunks only
    texts: list[str] = []
    for document in documents:
        _, chunks = writer.chunks(document, origin="corpus")
        for chunk in chunks:
            texts.append(embedding_text(chunk))
            texts.extend(scoring_texts(chunk.text, quoted_whole(chunk.heading, chunk.metadata.get("type"))))
    return list(dict.fromkeys(texts))


def build_seed(settings: Settings, embed_model: CachedEmbedding, progress: ProgressFn | None = None,
               batch_size: int = 64) -> tuple[Path, int]:
    """Embed (or take from the cache) every text of the corpus and write the seed file."""
    texts = corpus_texts(settings, embed_model)
    items = {}
    for start in range(0, len(texts), batch_size):
        batch = texts[start:start + batch_size]
        vectors = embed_model.get_text_embedding_batch(batch)
        items.update({text_key(t): v for t, v in zip(batch, vectors)})
        if progress:
            progress(min(start + batch_size, len(texts)), len(texts))
    path = seed_path(settings)
    count = SeedFile.write(path, embed_model.cache.fingerprint,
                           {k: np.asarray(v, dtype=np.float32) for k, v in items.items()})
    return path, count
