"""Load shedding and store faults at the edge of the app.

Answering is CPU-bound, so a machine answers only so many questions a second; beyond that every
waiting question makes all of them slow. A bounded gate lets `answer_workers` questions run, lets up
to `answer_queue` wait at most `answer_wait` seconds, and turns the rest away at once with 503 and
Retry-After ("Het is even druk, probeer het zo opnieuw"), so accepted questions stay fast. The API and
the UI share the gate.

Faults the knowledge base reports (store unreachable, data folder read-only or full, index missing)
become 503 JSON with the Dutch message (anything unexpected is app.api_models' 500 JSON).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from kb.config import Settings
from kb.errors import Busy, DataFolderProblem, IndexMissing, IndexModelMismatch, KBError, StoreUnavailable
from kb.search.store import GenerationGone


class AnswerGate:
    """At most *workers* answers at once, at most *queue* waiting, none waiting longer than *wait* s."""

    def __init__(self, workers: int, queue: int, wait: float) -> None:
        self._slots = threading.BoundedSemaphore(workers)
        self._queue, self._wait = queue, wait
        self._waiting = 0
        self._lock = threading.Lock()
        self.retry_after = max(1, math.ceil(wait))
        self.turned_away = 0

    @contextmanager
    def slot(self) -> Iterator[None]:
        if not self._slots.acquire(blocking=False):
            with self._lock:
                full = self._waiting >= self._queue
                if not full:
                    self._waiting += 1
            if full:
                self._refuse()
            try:
                got = self._slots.acquire(timeout=self._wait)
            finally:
                with self._lock:
                    self._waiting -= 1
            if not got:
                self._refuse()
        try:
            yield
        finally:
            self._slots.release()

    def _refuse(self) -> None:
        with self._lock:
            self.turned_away += 1
        raise Busy(self.retry_after)


class GatedKnowledgeBase:
    """The knowledge base with `ask` through the gate; everything else passes straight through."""

    def __init__(self, knowledge_base: Any, gate: AnswerGate) -> None:
        self._inner = knowledge_base
        self.gate = gate

    def ask(self, *args: Any, **kwargs: Any) -> Any:
        with self.gate.slot():
            return self._inner.ask(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def shed_load(knowledge_base: Any, settings: Settings) -> GatedKnowledgeBase:
    return GatedKnowledgeBase(knowledge_base, AnswerGate(settings.answer_workers, settings.answer_queue,
                                                         settings.answer_wait))


_STATUS = {Busy: "busy", StoreUnavailable: "unavailable", DataFolderProblem: "read_only",
           IndexMissing: "no_index", IndexModelMismatch: "no_index", GenerationGone: "switching"}


def fault_response(exc: KBError) -> JSONResponse:
    """The JSON answer for a fault the knowledge base reported."""
    status = next((name for kind, name in _STATUS.items() if isinstance(exc, kind)), None)
    if status is None:
        return JSONResponse({"error": "error", "status": "error", "message": str(exc)}, status_code=500)
    headers = {"Retry-After": str(exc.retry_after if isinstance(exc, Busy) else 5)}
    # `error` as in the API's other error bodies, `status` as in /healthz
    return JSONResponse({"error": status, "status": status, "message": str(exc)}, status_code=503,
                        headers=headers)


def install_fault_handlers(api: FastAPI) -> None:
    """KBErrors as 503 (or 500) JSON with their Dutch message."""

    async def known(request: Request, exc: Exception) -> JSONResponse:
        return fault_response(exc)  # type: ignore[arg-type]

    api.add_exception_handler(KBError, known)
