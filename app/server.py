"""The served product: a FastAPI app with the JSON API and health check, and the Gradio UI mounted at /.

On start the index is checked in the background: when it is missing (or built with another model) it
is built from the bundled corpus, with progress on the terminal; meanwhile /healthz answers 503 and
the UI says it is indexing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.admin import admin_router
from app.api_models import AskRequest, FeedbackRequest, install_error_handlers, unknown_api_route
from app.disclosure import ai_disclosure
from app.pages import pages_router
from app.plan_api import add_plan_routes
from app.shell import DutchShell
from app.shedding import install_fault_handlers, shed_load
from kb.config import Settings
from kb.errors import IndexMissing, IndexModelMismatch, IngestRunning, KBError, StoreUnavailable
from kb.feedback import FeedbackStore
from kb.service import INCOMPLETE_INDEX, KnowledgeBase

ProgressFn = Callable[[int, int], None]


BUILDING = "Bezig met indexeren van de kennisbank…"


@dataclass
class IndexStatus:
    """Where the index stands: 'building', 'ready' or 'error' (with a message for people)."""

    state: str = "building"
    message: str = BUILDING
    done: int = 0
    total: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)
    warning: str = ""  # e.g. a read-only data folder: answers work, nothing can be stored
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def ready(self) -> bool:
        return self.state == "ready"

    def progress(self, done: int, total: int) -> None:
        with self._lock:
            self.done, self.total = done, total
            if total:
                self.message = f"Bezig met indexeren van de kennisbank… ({done} van {total} passages)"


def prepare_index(knowledge_base: KnowledgeBase, status: IndexStatus, on_start: str,
                  progress: ProgressFn | None = None) -> None:
    """Build the index when needed, load the model, and mark the status ready (or failed)."""

    def report(done: int, total: int) -> None:
        status.progress(done, total)
        if progress:
            progress(done, total)

    try:
        needs_build = on_start == "always"
        while True:  # ops: a store that is not there yet (Chroma server starting) is waited for
            try:
                knowledge_base.retriever.snapshot()
                break
            except (IndexMissing, IndexModelMismatch):
                needs_build = needs_build or on_start == "missing"
                break
            except StoreUnavailable as exc:
                status.state, status.message = "unavailable", str(exc)
                time.sleep(2)
        status.state, status.message = "building", BUILDING
        note = ""
        status.warning = knowledge_base.storage_problem() or ""
        if status.warning and not knowledge_base.settings.chroma_url:
            needs_build = False  # ops: a read-only data folder is served as it is
            note = f" {status.warning}"
        if needs_build:
            try:
                result = knowledge_base.ingest(progress=report)
            except IngestRunning as exc:  # ops: another process writes; serve what is there, follow its switch
                result, note = None, f" {exc}"
            if result is not None and result.errors:
                status.errors = list(result.errors)
                note = f" {len(result.errors)} document(en) met fouten zijn overgeslagen (zie de terminal)."
        knowledge_base.warm_up()
        status.state = "ready"
        status.message = "De kennisbank is klaar." + note
    except KBError as exc:
        status.state, status.message = "error", " ".join(m for m in (str(exc), status.warning) if m)
    except Exception as exc:  # noqa: BLE001 - the server must stay up to report it
        status.state, status.message = "error", f"De index kon niet worden geladen: {exc}"


def create_app(settings: Settings, *, on_start: str = "missing", progress: ProgressFn | None = None,
               with_ui: bool = True) -> FastAPI:
    """The whole served product for one knowledge base."""
    knowledge_base = shed_load(KnowledgeBase(settings), settings)  # ops: `ask` through a bounded gate
    status = IndexStatus()
    feedback = FeedbackStore.from_settings(settings)
    api = FastAPI(title="Social Return kennisbank", version="0.1.0",
                  description="Vragen over social return in aanbestedingen, met bronnen.")
    api.state.knowledge_base, api.state.status, api.state.feedback = knowledge_base, status, feedback
    install_error_handlers(api)
    install_fault_handlers(api)  # ops: faults as 503/500 JSON with a Dutch message

    def not_ready() -> JSONResponse:
        code = 503 if status.state in ("building", "unavailable") else 500
        return JSONResponse({"status": status.state, "message": status.message}, status_code=code)

    @api.get("/healthz")
    def healthz() -> Any:
        """200 with index statistics when ready; 503 while the index is being built."""
        if not status.ready:
            return not_ready()
        stats = knowledge_base.stats()
        warnings = [w for w in (status.warning, "" if stats["complete"] else INCOMPLETE_INDEX) if w]
        return {"status": "ready", **stats, **({"warnings": warnings} if warnings else {})}

    @api.post("/api/ask")
    def ask(request: AskRequest, http: Request) -> Any:
        """The `kb ask --json` answer to one question, with `ai_disclosure`."""
        if not status.ready:
            return not_ready()
        filters = request.filters.as_dict()
        answer = knowledge_base.ask(request.question, filters=filters,
                                    history=[turn.model_dump() for turn in request.history]).as_json()
        feedback.log_question(request.question, answer, filters, channel="api")
        return {**answer, "ai_disclosure": ai_disclosure(settings, str(http.base_url))}

    @api.post("/api/feedback")
    def give_feedback(request: FeedbackRequest) -> Any:
        """Store a judgement of an answer (rating 1, -1 or 0 with a comment)."""
        record_id = feedback.add(rating=request.rating, question=request.question,
                                 answer=request.answer.model_dump(), comment=request.comment,
                                 filters=request.filters.as_dict())
        return {"id": record_id}

    api.include_router(admin_router(settings, feedback, knowledge_base, status))
    api.include_router(pages_router(settings, knowledge_base, status))
    add_plan_routes(api, knowledge_base)

    threading.Thread(target=prepare_index, args=(knowledge_base, status, on_start, progress),
                     name="index-prepare", daemon=True).start()

    # last of the API routes: any other /api/… path gets a Dutch JSON 404/405, not the UI's page
    api.add_api_route("/api/{rest:path}", unknown_api_route(api), include_in_schema=False,
                      methods=["GET", "POST", "PUT", "PATCH", "DELETE"])

    if with_ui:
        import gradio as gr

        from app import theme
        from app.ui import build_ui

        blocks = build_ui(knowledge_base, status, feedback, settings)
        # ops: the gate sheds load, so Gradio hands it every question instead of queueing them itself
        blocks.queue(default_concurrency_limit=settings.answer_workers + settings.answer_queue)
        api = gr.mount_gradio_app(api, blocks, path="/", ssr_mode=False, footer_links=[], theme=theme.THEME,
                                  css=theme.css(), head=theme.head(), i18n=theme.I18N, show_error=False)
        api.add_middleware(DutchShell)
    return api
