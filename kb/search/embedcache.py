"""A cache of embeddings keyed by model fingerprint and text hash, so that unchanged text is never
embedded twice: not on a re-ingest, not on a rebuild, not when the answerer scores the same sentence
again, and not on a fresh clone (the bundled corpus ships a seed of its vectors).

The cache is checked, never trusted blindly:
- a key holds the model's *fingerprint* (name, package version and a hash of the weights), so vectors
  of another model or model version never match;
- a key holds the SHA-256 of the exact text that was embedded;
- the first few hits of a seed file in every process are embedded again and compared (cosine ≥ 0.98);
  one mismatch and the seed is dropped for the rest of the process.

Runtime entries live in SQLite under the data folder; when that folder cannot be written, the cache
keeps working in memory for the life of the process.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

VERIFY_SEED_HITS = 3
MIN_SEED_COSINE = 0.98


def text_key(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()[:16]


class SeedFile:
    """Vectors shipped with a corpus: `<name>.npz` holding `keys` (n × 16 bytes), `vectors` (int8, n × d),
    `scales` (float32, n) and `fingerprint` (the model fingerprint they were made with)."""

    def __init__(self, path: Path, fingerprint: str) -> None:
        self.path = path
        self.index: dict[bytes, int] = {}
        self.vectors = np.zeros((0, 0), dtype=np.int8)
        self.scales = np.zeros(0, dtype=np.float32)
        if not path.is_file():
            return
        try:
            with np.load(path, allow_pickle=False) as data:
                if str(data["fingerprint"]) != fingerprint:
                    log.info("seed %s was made with another model version; not used", path)
                    return
                keys = data["keys"]
                self.vectors = data["vectors"]
                self.scales = data["scales"]
        except (OSError, KeyError, ValueError) as exc:
            log.warning("seed %s unreadable (%s); not used", path, exc)
            return
        self.index = {bytes(k): i for i, k in enumerate(keys)}

    def get(self, key: bytes) -> np.ndarray | None:
        row = self.index.get(key)
        if row is None:
            return None
        return self.vectors[row].astype(np.float32) * self.scales[row]

    def __len__(self) -> int:
        return len(self.index)

    @staticmethod
    def write(path: Path, fingerprint: str, items: dict[bytes, np.ndarray]) -> int:
        """Store *items* (key → vector) as int8 with one scale per vector (cosine error < 0.001)."""
        keys = sorted(items)
        matrix = np.stack([items[k] for k in keys]).astype(np.float32) if keys else np.zeros((0, 1), np.float32)
        scales = np.maximum(np.abs(matrix).max(axis=1), 1e-12) / 127.0
        quantised = np.round(matrix / scales[:, None]).astype(np.int8)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            np.savez_compressed(handle, keys=np.frombuffer(b"".join(keys), dtype="S16") if keys else
                                np.zeros(0, dtype="S16"), vectors=quantised, scales=scales.astype(np.float32),
                                fingerprint=np.array(fingerprint))
        return len(keys)


class EmbeddingCache:
    """Looks vectors up (memory, SQLite, seed) and embeds only what is missing."""

    def __init__(self, fingerprint: str, path: Path | None = None, seeds: Sequence[Path] = ()) -> None:
        self.fingerprint = fingerprint
        self.path = path
        self._memory: dict[bytes, np.ndarray] = {}
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._seeds = [SeedFile(p, fingerprint) for p in seeds]
        self._seed_checks = 0
        self._seed_trusted = True
        self.hits = self.misses = 0
        if path is not None:
            self._db = self._open(path)

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection | None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(str(path), check_same_thread=False, timeout=5)
            db.execute("CREATE TABLE IF NOT EXISTS vectors (model TEXT NOT NULL, key BLOB NOT NULL, "
                       "vector BLOB NOT NULL, PRIMARY KEY (model, key))")
            db.commit()
            return db
        except (OSError, sqlite3.Error) as exc:
            # A read-only or full data folder: keep going in memory.
            log.warning("embedding cache %s not writable (%s); keeping vectors in memory only", path, exc)
            return None

    @property
    def seeded(self) -> int:
        return sum(len(s) for s in self._seeds) if self._seed_trusted else 0

    def _stored(self, keys: list[bytes]) -> dict[bytes, np.ndarray]:
        if self._db is None or not keys:
            return {}
        found: dict[bytes, np.ndarray] = {}
        try:
            for start in range(0, len(keys), 500):
                part = keys[start:start + 500]
                rows = self._db.execute(
                    f"SELECT key, vector FROM vectors WHERE model = ? AND key IN ({','.join('?' * len(part))})",
                    [self.fingerprint, *part]).fetchall()
                found.update({bytes(k): np.frombuffer(v, dtype=np.float32) for k, v in rows})
        except sqlite3.Error as exc:
            log.warning("embedding cache unreadable (%s)", exc)
        return found

    def _seeded(self, key: bytes) -> np.ndarray | None:
        if not self._seed_trusted:
            return None
        for seed in self._seeds:
            vector = seed.get(key)
            if vector is not None:
                return vector
        return None

    def _save(self, items: dict[bytes, np.ndarray]) -> None:
        if self._db is None or not items:
            return
        try:
            self._db.executemany("INSERT OR REPLACE INTO vectors (model, key, vector) VALUES (?, ?, ?)",
                                 [(self.fingerprint, k, np.asarray(v, np.float32).tobytes()) for k, v in items.items()])
            self._db.commit()
        except sqlite3.Error as exc:
            log.warning("embedding cache not writable (%s); keeping vectors in memory only", exc)
            self._db = None

    def embed(self, texts: Sequence[str], compute: Callable[[list[str]], np.ndarray]) -> np.ndarray:
        """Vectors for *texts* (one row each), computing only those not cached."""
        keys = [text_key(t) for t in texts]
        with self._lock:
            result: dict[bytes, np.ndarray] = {k: self._memory[k] for k in keys if k in self._memory}
            result.update(self._stored([k for k in dict.fromkeys(keys) if k not in result]))
            from_seed: dict[bytes, np.ndarray] = {}
            for key in dict.fromkeys(keys):
                if key not in result:
                    vector = self._seeded(key)
                    if vector is not None:
                        from_seed[key] = vector
        missing = [(k, t) for k, t in dict.fromkeys(zip(keys, texts)) if k not in result and k not in from_seed]
        # Check the seed against the real model on its first hits in this process.
        if from_seed and self._seed_checks < VERIFY_SEED_HITS:
            self._verify_seed(keys, texts, from_seed, compute)
            if not self._seed_trusted:
                missing.extend((k, t) for k, t in dict.fromkeys(zip(keys, texts)) if k in from_seed)
                from_seed = {}
        computed: dict[bytes, np.ndarray] = {}
        if missing:
            vectors = np.asarray(compute([t for _, t in missing]), dtype=np.float32)
            computed = {k: v for (k, _), v in zip(missing, vectors)}
        with self._lock:
            self.hits += len(result) + len(from_seed)
            self.misses += len(computed)
            result.update(from_seed)
            result.update(computed)
            self._memory.update(result)
            self._save(computed)
        return np.stack([result[k] for k in keys]) if keys else np.zeros((0, 1), np.float32)

    def _verify_seed(self, keys: list[bytes], texts: Sequence[str], from_seed: dict[bytes, np.ndarray],
                     compute: Callable[[list[str]], np.ndarray]) -> None:
        sample = [(k, t) for k, t in dict.fromkeys(zip(keys, texts)) if k in from_seed]
        sample = sample[: VERIFY_SEED_HITS - self._seed_checks]
        fresh = np.asarray(compute([t for _, t in sample]), dtype=np.float32)
        for (key, _), vector in zip(sample, fresh):
            cached = from_seed[key]
            cosine = float(cached @ vector / max(np.linalg.norm(cached) * np.linalg.norm(vector), 1e-12))
            self._seed_checks += 1
            if cosine < MIN_SEED_COSINE:
                log.warning("seed vectors do not match the model (cosine %.3f); seed dropped", cosine)
                self._seed_trusted = False
                return

    def export(self, texts: Sequence[str]) -> dict[bytes, np.ndarray]:
        """Cached vectors (memory or SQLite) of *texts*, for writing a seed file."""
        keys = list(dict.fromkeys(text_key(t) for t in texts))
        with self._lock:
            found = {k: self._memory[k] for k in keys if k in self._memory}
            found.update(self._stored([k for k in keys if k not in found]))
        return found
