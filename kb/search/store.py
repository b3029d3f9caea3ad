"""The Chroma store: the only place that builds a Chroma client. Chroma is the single source of truth
for the index; the collection metadata records the embedding model and a version stamp that changes on
every write, so that derived state (the BM25 index) can be rebuilt by any replica that sees it change.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any
from urllib.parse import urlparse

import chromadb
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection

from kb.config import Settings
from kb.errors import IndexMissing, IndexModelMismatch, KBError

_clients: dict[str, ClientAPI] = {}
_lock = threading.Lock()


def make_client(settings: Settings) -> ClientAPI:
    """An embedded client under data_dir/chroma, or an HTTP client when `chroma_url` is set."""
    chroma_settings = chromadb.Settings(anonymized_telemetry=False, allow_reset=False)
    key = settings.chroma_url or str(settings.chroma_path.resolve())
    with _lock:
        if key in _clients:
            return _clients[key]
        if settings.chroma_url:
            url = urlparse(settings.chroma_url)
            if not url.hostname:
                raise KBError(f"KB_CHROMA_URL '{settings.chroma_url}' is geen geldige URL (bijv. http://localhost:8000)")
            try:
                client = chromadb.HttpClient(host=url.hostname, port=url.port or (443 if url.scheme == "https" else 80),
                                             ssl=url.scheme == "https", settings=chroma_settings)
            except Exception as exc:
                raise KBError(f"De Chroma-server op {settings.chroma_url} is niet bereikbaar: {exc}") from exc
        else:
            settings.chroma_path.mkdir(parents=True, exist_ok=True)
            client = chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)
        _clients[key] = client
        return client


def open_collection(client: ClientAPI, settings: Settings) -> Collection:
    """The existing collection, checked against the configured embedding model."""
    try:
        collection = client.get_collection(settings.collection, embedding_function=None)
    except Exception as exc:  # chromadb raises NotFoundError / ValueError depending on mode
        raise IndexMissing("Er is nog geen index. Draai eerst: kb ingest") from exc
    built_with = (collection.metadata or {}).get("embedding_model")
    if built_with and built_with != settings.embedding_model:
        raise IndexModelMismatch(
            f"De index is gebouwd met het model '{built_with}', maar de instellingen noemen "
            f"'{settings.embedding_model}'. Draai kb ingest om de index opnieuw te bouwen."
        )
    return collection


def create_or_open_collection(client: ClientAPI, settings: Settings, rebuild: bool = False) -> Collection:
    """The collection for writing; recreated when it was built with another model or *rebuild* is set."""
    try:
        existing = client.get_collection(settings.collection, embedding_function=None)
    except Exception:
        existing = None
    if existing is not None:
        built_with = (existing.metadata or {}).get("embedding_model")
        if not rebuild and built_with in (None, settings.embedding_model):
            return existing
        client.delete_collection(settings.collection)
    return client.create_collection(
        settings.collection, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None,
        metadata={"embedding_model": settings.embedding_model, "version": 0, "updated_at": _now()},
    )


def mark_changed(collection: Collection) -> None:
    """Bump the version stamp after a write, so readers rebuild derived indexes."""
    metadata = dict(collection.metadata or {})
    metadata["version"] = int(metadata.get("version", 0)) + 1
    metadata["updated_at"] = _now()
    collection.modify(metadata=metadata)


def current_collection(client: ClientAPI, name: str) -> tuple[Collection, tuple[Any, int]]:
    """The collection as stored now, with its (version, count) stamp: another process may have written
    since we opened it."""
    fresh = client.get_collection(name, embedding_function=None)
    return fresh, ((fresh.metadata or {}).get("version"), fresh.count())


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def get_all(collection: Collection, include: list[str], where: dict | None = None,
            page: int = 2000) -> dict[str, list]:
    """Every record of the collection (paged, since a server caps the size of one response)."""
    out: dict[str, list] = {"ids": [], **{k: [] for k in include}}
    offset = 0
    while True:
        batch = collection.get(include=include, where=where, limit=page, offset=offset)
        out["ids"].extend(batch["ids"])
        for key in include:
            values = batch.get(key)
            out[key].extend(values if values is not None else [None] * len(batch["ids"]))
        if len(batch["ids"]) < page:
            return out
        offset += page
