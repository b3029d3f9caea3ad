"""One consistent view of the index per question.

A view is a snapshot of one generation: its Chroma collection (for dense search) and everything derived
from the same records (BM25, documents for context). Before each question the pointer is read again
(one small call); when it names another generation — or the generation still being built has grown —
a new snapshot is built and later questions use it. A question never mixes two generations.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection

from kb.config import Settings
from kb.errors import IndexMissing
from kb.search.store import GenerationGone, locate_current, open_generation, store_errors


class IndexViews:
    """Hands out the snapshot of the generation in service; builds a new one only when it changed."""

    def __init__(self, client: Callable[[], ClientAPI], settings: Settings,
                 build: Callable[[Collection], Any]) -> None:
        self._client = client
        self.settings = settings
        self._build = build
        self._snapshot: Any = None
        self._stamp: tuple[Any, ...] | None = None
        self._lock = threading.Lock()
        self._building = threading.Lock()

    def current(self) -> Any:
        """The snapshot to answer one question with."""
        for attempt in range(3):
            try:
                with store_errors(self.settings):
                    return self._current()
            except GenerationGone:
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _current(self) -> Any:
        client = self._client()
        name, complete = locate_current(client, self.settings)
        collection = None
        stamp: tuple[Any, ...] = (name, complete)
        if not complete:  # still being written: follow it as it grows
            collection = open_generation(client, self.settings, name)
            stamp = (name, complete, (collection.metadata or {}).get("version"), collection.count())
        with self._lock:
            if stamp == self._stamp:
                return self._snapshot
        # Build outside the lock; while one thread builds, the others keep answering from the old view.
        if not self._building.acquire(blocking=self._snapshot is None):
            return self._snapshot
        try:
            with self._lock:
                if stamp == self._stamp:
                    return self._snapshot
            collection = collection or open_generation(client, self.settings, name)
            if collection.count() == 0:
                raise IndexMissing("De index is leeg. Draai eerst: kb ingest")
            snapshot = self._build(collection)
            snapshot.complete = complete
            with self._lock:
                self._snapshot, self._stamp = snapshot, stamp
            return snapshot
        finally:
            self._building.release()

    def forget(self) -> None:
        """Drop the cached view (its generation is gone); the next question builds a fresh one."""
        with self._lock:
            self._snapshot, self._stamp = None, None


def retry_on_switch(question: Callable[[], Any], views: IndexViews) -> Any:
    """Run *question* once more on a fresh view when its generation was dropped while it ran."""
    for attempt in range(2):
        try:
            return question()
        except GenerationGone:
            views.forget()
            if attempt:
                raise
    raise AssertionError("unreachable")
