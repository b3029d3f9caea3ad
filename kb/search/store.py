"""The Chroma store: the only place that builds a Chroma client, and where the index generations live.

The index is a series of *generations*: Chroma collections named `<collection>.g<n>`. A small pointer
collection (`<collection>.pointer`, no records, only metadata) names the generation in service and
whether it is complete. Writers build a new generation and move the pointer when it is complete
(`kb.search.generations`); readers look at the pointer before every question (`kb.search.views`). A collection named
plainly `<collection>` (an index from before generations) is served until the first ingest replaces it.

Chroma is the single source of truth: the pointer is read from it, never cached across questions, so
every process (embedded or against a Chroma server) follows a switch without restart.
"""

from __future__ import annotations

import atexit
import datetime as dt
import errno
import logging
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import chromadb
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.errors import NotFoundError

from kb.config import Settings
from kb.errors import DataFolderProblem, IndexMissing, IndexModelMismatch, KBError, StoreUnavailable

log = logging.getLogger(__name__)

_clients: dict[str, ClientAPI] = {}
_lock = threading.Lock()


class GenerationGone(KBError):
    """The generation a question was reading was dropped under it (a rebuild switched); ask again."""


# ---- the data folder ------------------------------------------------------------------------------
def data_folder_problem(settings: Settings) -> str | None:
    """A one-line Dutch message when the data folder cannot be written (read-only or full), else None.
    Probes by writing: permissions, read-only mounts and full disks all show up the same way."""
    folder = settings.data_dir
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder) as probe:
            probe.write(b"\0" * 4096)
            probe.flush()
        sqlite_file = settings.chroma_path / "chroma.sqlite3"
        if not settings.chroma_url and sqlite_file.exists():
            with sqlite_file.open("ab"):  # opening for writing changes nothing
                pass
    except OSError as exc:
        return folder_message(settings, exc)
    return None


def folder_message(settings: Settings, exc: BaseException) -> str:
    """The one-line message for a write that failed in the data folder."""
    full = getattr(exc, "errno", None) == errno.ENOSPC or "disk is full" in str(exc)
    state = "vol" if full else "alleen-lezen"
    return (f"De datamap {settings.data_dir.resolve()} is {state}: vragen worden beantwoord, maar er kan "
            "niets worden opgeslagen (geen ingest, geen feedback).")


def is_folder_error(exc: BaseException) -> bool:
    """A write refused by the file system (read-only, no permission, full), however the library wraps it."""
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOSPC):
        return True
    text = str(exc).lower()
    return isinstance(exc, (sqlite3.Error, chromadb.errors.ChromaError)) and (
        "readonly database" in text or "read-only" in text or "disk is full" in text or "disk i/o" in text)


# ---- clients ---------------------------------------------------------------------------------------------
def make_client(settings: Settings) -> ClientAPI:
    """An embedded client under data_dir/chroma, or an HTTP client when `chroma_url` is set.

    An embedded store in a folder that cannot be written is opened from a private read-only copy:
    Chroma writes on open, and answering questions needs no writes."""
    key = settings.chroma_url or str(settings.chroma_path.resolve())
    with _lock:
        if key in _clients:
            return _clients[key]
        # built only for a new client: chromadb's Settings reads the environment (about 12 ms)
        chroma_settings = chromadb.Settings(anonymized_telemetry=False, allow_reset=False)
        if settings.chroma_url:
            url = urlparse(settings.chroma_url)
            if not url.hostname:
                raise KBError(f"KB_CHROMA_URL '{settings.chroma_url}' is geen geldige URL (bijv. http://localhost:8000)")
            try:
                client = chromadb.HttpClient(host=url.hostname, port=url.port or (443 if url.scheme == "https" else 80),
                                             ssl=url.scheme == "https", settings=chroma_settings)
            except Exception as exc:
                raise StoreUnavailable(f"De Chroma-server op {settings.chroma_url} is niet bereikbaar. "
                                       "Probeer het over een minuut opnieuw.") from exc
            _bound_requests(client, settings.chroma_timeout)
        elif data_folder_problem(settings) is None:
            client = chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)
        else:
            client = chromadb.PersistentClient(path=str(_read_only_copy(settings)), settings=chroma_settings)
        _clients[key] = client
        return client


def _bound_requests(client: ClientAPI, seconds: float) -> None:
    """Chroma's HTTP client waits forever by default: a hung server would hang every question."""
    import httpx  # comes with chromadb

    session = getattr(getattr(client, "_server", None), "_session", None)
    if isinstance(session, httpx.Client):
        session.timeout = httpx.Timeout(seconds)


def _read_only_copy(settings: Settings) -> Path:
    """A private copy of the embedded store, removed when the process ends."""
    copy = Path(tempfile.mkdtemp(prefix="kb-readonly-"))
    atexit.register(shutil.rmtree, copy, True)
    if settings.chroma_path.is_dir():
        try:
            shutil.copytree(settings.chroma_path, copy / "chroma", copy_function=shutil.copyfile)
            for path in [copy / "chroma", *(copy / "chroma").rglob("*")]:
                path.chmod(0o700 if path.is_dir() else 0o600)  # the copy must be writable, unlike its source
        except OSError as exc:
            raise DataFolderProblem(f"De index in {settings.chroma_path.resolve()} kan niet worden gelezen: "
                                    f"{exc.strerror or exc}") from exc
    return copy / "chroma"


def store_label(settings: Settings) -> str:
    return settings.chroma_url or str(settings.chroma_path.resolve())


@contextmanager
def store_errors(settings: Settings) -> Iterator[None]:
    """Turn what the store raises into the project's errors: unreachable server, data folder that cannot
    be written, a generation dropped under a reader."""
    try:
        yield
    except KBError:
        raise
    except NotFoundError as exc:
        raise GenerationGone("De index werd net vervangen; stel de vraag opnieuw.") from exc
    except Exception as exc:
        if is_folder_error(exc):
            raise DataFolderProblem(folder_message(settings, exc)) from exc
        if _is_connection_error(exc):
            raise StoreUnavailable(f"De opslag van de kennisbank ({store_label(settings)}) is niet bereikbaar. "
                                   "Probeer het over een minuut opnieuw.") from exc
        raise


def _is_connection_error(exc: BaseException) -> bool:
    import httpx  # comes with chromadb

    return isinstance(exc, (httpx.TransportError, ConnectionError, TimeoutError)) or \
        "could not connect to a chroma server" in str(exc).lower()


# ---- the pointer -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Pointer:
    """What the pointer collection says: the generation in service and the one being built."""

    current: str | None = None
    complete: bool = True
    counter: int = 0  # the last generation number handed out
    building: str | None = None
    building_kind: str | None = None  # first | update | rebuild
    building_base: str | None = None  # the generation an update started from
    building_seen: float = 0.0  # when the building ingest last wrote (epoch seconds)
    switched_at: str | None = None

    def as_metadata(self) -> dict[str, Any]:
        values = {"kb_pointer": 1, "current": self.current, "complete": self.complete, "counter": self.counter,
                  "building": self.building, "building_kind": self.building_kind,
                  "building_base": self.building_base, "building_seen": self.building_seen,
                  "switched_at": self.switched_at}
        return {k: v for k, v in values.items() if v is not None}


def pointer_name(settings: Settings) -> str:
    return f"{settings.collection}.pointer"


def generation_name(settings: Settings, number: int) -> str:
    return f"{settings.collection}.g{number}"


def is_generation(settings: Settings, name: str) -> bool:
    prefix = f"{settings.collection}.g"
    return name.startswith(prefix) and name[len(prefix):].isdigit()


def read_pointer(client: ClientAPI, settings: Settings) -> Pointer | None:
    """The pointer as stored now, or None when this index has none yet."""
    try:
        metadata = client.get_collection(pointer_name(settings), embedding_function=None).metadata or {}
    except (NotFoundError, ValueError):
        return None
    fields = {k: metadata[k] for k in Pointer.__dataclass_fields__ if k in metadata}
    return Pointer(**fields)


def write_pointer(client: ClientAPI, settings: Settings, pointer: Pointer) -> None:
    collection = client.get_or_create_collection(pointer_name(settings), embedding_function=None)
    collection.modify(metadata=pointer.as_metadata())  # replaces the whole metadata


def locate_current(client: ClientAPI, settings: Settings) -> tuple[str, bool]:
    """(name, complete) of the generation in service; a pre-generation collection counts as complete."""
    pointer = read_pointer(client, settings)
    if pointer is not None and pointer.current:
        return pointer.current, pointer.complete
    if collection_exists(client, settings.collection):
        return settings.collection, True
    raise IndexMissing("Er is nog geen index. Draai eerst: kb ingest")


def collection_exists(client: ClientAPI, name: str) -> bool:
    try:
        client.get_collection(name, embedding_function=None)
    except (NotFoundError, ValueError):
        return False
    return True


def open_generation(client: ClientAPI, settings: Settings, name: str) -> Collection:
    """One generation, checked against the configured embedding model."""
    collection = client.get_collection(name, embedding_function=None)
    _search_wide(collection, settings)
    built_with = (collection.metadata or {}).get("embedding_model")
    if built_with and built_with != settings.embedding_model:
        raise IndexModelMismatch(
            f"De index is gebouwd met het model '{built_with}', maar de instellingen noemen "
            f"'{settings.embedding_model}'. Draai kb ingest om de index opnieuw te bouwen."
        )
    return collection


def open_collection(client: ClientAPI, settings: Settings) -> Collection:
    """The generation in service (tests and tools that read the index directly)."""
    with store_errors(settings):
        name, _ = locate_current(client, settings)
        return open_generation(client, settings, name)


def _search_wide(collection: Collection, settings: Settings) -> None:
    """An index built before `hnsw_ef_search` existed (or with another value) searches as wide as set: the
    setting is one Chroma lets change after creation. A store that refuses keeps its own (and warns)."""
    hnsw = (collection.configuration or {}).get("hnsw") or {}
    if hnsw and hnsw.get("ef_search") != settings.hnsw_ef_search:
        try:
            collection.modify(configuration={"hnsw": {"ef_search": settings.hnsw_ef_search}})
        except Exception as error:  # noqa: BLE001 - an older, narrower search still answers
            log.warning("HNSW ef_search niet aangepast (%s): %s", collection.name, error)


HNSW_EF_CONSTRUCTION = 200  # candidates weighed per insert when the graph is built (Chroma: 100)
HNSW_NEIGHBOURS = 32  # links per node (Chroma: 16)


def create_generation(client: ClientAPI, settings: Settings, name: str) -> Collection:
    # (dense search must find the nearest passages, and the same ones in every process: see hnsw_ef_search; a graph
    # built with Chroma's defaults, 16 neighbours and ef_construction 100, still missed one of the 30 nearest of
    # "Hoe werkt de cataloguswaarde?" in one clean-clone CI run of stop 69: built denser, every node is better linked)
    return client.create_collection(
        name, configuration={"hnsw": {"space": "cosine", "ef_search": settings.hnsw_ef_search,
                                      "ef_construction": HNSW_EF_CONSTRUCTION, "max_neighbors": HNSW_NEIGHBOURS}},
        embedding_function=None,
        metadata={"embedding_model": settings.embedding_model, "version": 0, "updated_at": now()},
    )


def mark_changed(collection: Collection) -> None:
    """Bump the version stamp after a write, so readers of a generation still being built (a first
    ingest) rebuild their derived indexes."""
    metadata = dict(collection.metadata or {})
    metadata["version"] = int(metadata.get("version", 0)) + 1
    metadata["updated_at"] = now()
    collection.modify(metadata=metadata)


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def get_all(collection: Collection | None, include: list[str], where: dict | None = None,
            page: int = 2000) -> dict[str, list]:
    """Every record of the collection (paged, since a server caps the size of one response); nothing
    for no collection."""
    out: dict[str, list] = {"ids": [], **{k: [] for k in include}}
    offset = 0
    while collection is not None:
        batch = collection.get(include=include, where=where, limit=page, offset=offset)
        out["ids"].extend(batch["ids"])
        for key in include:
            values = batch.get(key)
            out[key].extend(list(values) if values is not None else [None] * len(batch["ids"]))
        if len(batch["ids"]) < page:
            break
        offset += page
    return out
