"""Writing a new index generation: readers keep the complete one until the new one is complete.

Every ingest that writes builds a new generation (`kb.search.store` explains the layout):

- an update (the usual `kb ingest`) plans against the generation in service; only when something
  changed does it copy that generation into a new one (records with their vectors, no re-embedding)
  and apply the changes there;
- a rebuild (`--rebuild`, or another embedding model) starts from an empty generation;
- the first ingest of an index starts empty too, and is put in service at its first write, marked
  incomplete, so an unfinished first ingest still answers (with a warning) instead of nothing.

`commit` moves the pointer to the finished generation and drops the one it replaces after
`generation_grace` seconds, so questions in flight finish on it. A generation a killed ingest left
behind is picked up by the next ingest (nothing embedded twice) or dropped when it no longer fits.
A generation that was in service while incomplete is sealed by a copy under a new name when it is
complete: an embedded reader in another process keeps the vector index it loaded, so readers must
meet finished generations under names they have not opened before.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import IO, Self

from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection

from kb.config import Settings
from kb.errors import DataFolderProblem, IngestRunning
from kb.search.store import (
    Pointer,
    collection_exists,
    create_generation,
    data_folder_problem,
    generation_name,
    get_all,
    is_generation,
    now,
    read_pointer,
    store_errors,
    write_pointer,
)

ProgressFn = Callable[[int, int], None]
# An ingest against a Chroma server that has not written for this long is taken for dead.
SERVER_INGEST_SILENCE = 60.0
HEARTBEAT_EVERY = 10.0


class GenerationWrite:
    """One ingest's write. Use as a context manager: on a clean exit the new generation (if any was
    written) goes into service; on an exception or a kill the previous one stays.

    `base` is what to compare the documents with; `target()` is where to write (created on first use).
    """

    def __init__(self, client: ClientAPI, settings: Settings, rebuild: bool = False) -> None:
        self.client = client
        self.settings = settings
        self.rebuild = rebuild
        self.base: Collection | None = None
        self.switched_to: str | None = None
        self._target: Collection | None = None
        self._kind = "update"
        self._resumed = False
        self._pointer = Pointer()
        self._current: Collection | None = None
        self._lock_file: IO[bytes] | None = None
        self._seen = 0.0

    # ---- begin -----------------------------------------------------------------------------------
    def __enter__(self) -> Self:
        if not self.settings.chroma_url:
            problem = data_folder_problem(self.settings)
            if problem:
                raise DataFolderProblem(problem)
            self._take_file_lock()
        try:
            with store_errors(self.settings):
                self._begin()
        except BaseException:
            self._release()
            raise
        return self

    def _begin(self) -> None:
        pointer = read_pointer(self.client, self.settings) or Pointer()
        if self.settings.chroma_url and pointer.building and time.time() - pointer.building_seen < SERVER_INGEST_SILENCE:
            raise IngestRunning(f"Er loopt al een ingest op deze index (bezig met {pointer.building}). "
                                "Wacht tot die klaar is, of probeer het over een minuut opnieuw.")
        current_name = pointer.current or (self.settings.collection if collection_exists(
            self.client, self.settings.collection) else None)
        current = self.client.get_collection(current_name, embedding_function=None) if current_name else None
        if current is not None and not pointer.complete:
            current = None  # an unfinished first generation: it is resumed below, not updated
        self._current = current
        model = (current.metadata or {}).get("embedding_model") if current is not None else None
        rebuild = self.rebuild or (current is not None and model not in (None, self.settings.embedding_model))
        self._pointer = pointer
        leftover = self._leftover(pointer, current, rebuild)
        self._drop_strays(keep={pointer.current, leftover.name if leftover else None})
        if leftover is not None:
            self._resumed = True
            self._kind = pointer.building_kind or "update"
            self.base = self._target = leftover
            if self._kind == "update" and current is not None:
                self._top_up(leftover, current)
            self._save(replace(self._pointer, building_seen=time.time()))
        elif current is None or rebuild:
            self._kind = "first" if current is None else "rebuild"
            self.base = self._new_generation()
        else:
            self.base = current

    def _leftover(self, pointer: Pointer, current: Collection | None, rebuild: bool) -> Collection | None:
        """The generation a killed ingest left, when this ingest can finish it."""
        if not pointer.building or self.rebuild or not collection_exists(self.client, pointer.building):
            return None
        leftover = self.client.get_collection(pointer.building, embedding_function=None)
        fits = (leftover.metadata or {}).get("embedding_model") == self.settings.embedding_model
        if pointer.building_kind == "update":
            fits = fits and not rebuild and current is not None and pointer.building_base == current.name
        elif pointer.building_kind == "rebuild":
            fits = fits and current is not None
        return leftover if fits else None

    def _new_generation(self) -> Collection:
        counter = self._pointer.counter + 1
        name = generation_name(self.settings, counter)
        if collection_exists(self.client, name):  # left by a run that never reached the pointer
            self.client.delete_collection(name)
        collection = create_generation(self.client, self.settings, name)
        self._save(replace(self._pointer, counter=counter, building=name, building_kind=self._kind,
                           building_base=self._current.name if self._current is not None else None,
                           building_seen=time.time()))
        return collection

    def _top_up(self, target: Collection, source: Collection) -> None:
        """Copy what an interrupted update had not copied yet (records it wrote itself stay)."""
        have = set(get_all(target, include=[])["ids"])
        missing = [i for i in get_all(source, include=[])["ids"] if i not in have]
        copy_records(source, target, ids=missing)

    # ---- writing ---------------------------------------------------------------------------------
    def target(self) -> Collection:
        """The generation to write into; created (and filled from the one in service) on first use."""
        if self._target is None:
            with store_errors(self.settings):
                if self._kind == "update":
                    self._target = self._new_generation()
                    copy_records(self.base, self._target)
                else:
                    self._target = self.base
        if self._kind == "first" and not self._pointer.current:
            # Nothing is in service yet: serve what there is, marked incomplete.
            self._save(replace(self._pointer, current=self._target.name, complete=False))
        return self._target

    def progress(self, callback: ProgressFn | None) -> ProgressFn:
        """*callback*, also telling other processes that this ingest is alive."""
        def update(done: int, total: int) -> None:
            if time.time() - self._seen > HEARTBEAT_EVERY and self._target is not None:
                with store_errors(self.settings):
                    self._save(replace(self._pointer, building_seen=time.time()))
            if callback:
                callback(done, total)
        return update

    def _save(self, pointer: Pointer) -> None:
        write_pointer(self.client, self.settings, pointer)
        self._pointer = pointer
        self._seen = pointer.building_seen

    # ---- commit ------------------------------------------------------------------------------------
    def commit(self) -> str | None:
        """Put the written generation in service; returns its name (None: nothing was written)."""
        if self._target is None and not self._resumed:
            if self._kind != "update" and self.base is not None:  # an empty first or rebuild generation
                self.client.delete_collection(self.base.name)
                self._save(replace(self._pointer, building=None, building_kind=None, building_base=None))
            return None
        target = self._target if self._target is not None else self.base
        retired = [name for name in (self._pointer.current, self.settings.collection) if name]
        if self._kind == "first":
            # Readers may have opened it while it grew; a finished generation gets a name they never opened.
            sealed = create_generation(self.client, self.settings,
                                       generation_name(self.settings, self._pointer.counter + 1))
            copy_records(target, sealed)
            sealed.modify(metadata={**(sealed.metadata or {}), "version": 1, "updated_at": now()})
            self._pointer = replace(self._pointer, counter=self._pointer.counter + 1)
            retired.append(target.name)
            target = sealed
        self._save(Pointer(current=target.name, complete=True, counter=self._pointer.counter, switched_at=now()))
        self.switched_to = target.name
        self._drop_later([name for name in dict.fromkeys(retired) if name != target.name])
        return target.name

    def _drop_later(self, names: list[str]) -> None:
        """Drop replaced generations once questions that started on them have finished."""
        names = [n for n in names if collection_exists(self.client, n)]
        if not names:
            return
        time.sleep(self.settings.generation_grace)
        for name in names:
            if name != (read_pointer(self.client, self.settings) or Pointer()).current:
                self.client.delete_collection(name)

    def _drop_strays(self, keep: set[str | None]) -> None:
        """Generations no pointer names: left by killed ingests that cannot be resumed."""
        for collection in self.client.list_collections():
            name = collection if isinstance(collection, str) else collection.name
            if is_generation(self.settings, name) and name not in keep:
                self.client.delete_collection(name)

    # ---- end ---------------------------------------------------------------------------------------
    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if exc_type is None:
                with store_errors(self.settings):
                    self.commit()
        finally:
            self._release()

    def _take_file_lock(self) -> None:
        import fcntl

        path = Path(self.settings.data_dir) / "ingest.lock"
        handle = path.open("ab")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            handle.close()
            raise IngestRunning(f"Er loopt al een ingest op {self.settings.data_dir.resolve()}. "
                                "Wacht tot die klaar is.") from exc
        self._lock_file = handle

    def _release(self) -> None:
        if self._lock_file is not None:
            self._lock_file.close()  # closing releases the lock; a killed process releases it too
            self._lock_file = None


def copy_records(source: Collection | None, target: Collection, ids: list[str] | None = None,
                 page: int = 500) -> int:
    """Copy records with their vectors, documents and metadata (nothing is embedded again)."""
    if source is None or ids == []:
        return 0
    copied = 0
    offset = 0
    while True:
        if ids is None:
            batch = source.get(include=["embeddings", "documents", "metadatas"], limit=page, offset=offset)
        else:
            batch = source.get(ids=ids[offset:offset + page], include=["embeddings", "documents", "metadatas"])
        if not len(batch["ids"]):
            return copied
        target.upsert(ids=batch["ids"], embeddings=batch["embeddings"], documents=batch["documents"],
                      metadatas=batch["metadatas"])
        copied += len(batch["ids"])
        offset += page
        if ids is not None and offset >= len(ids):
            return copied
