"""Plain HTML pages next to the chat: how the answers are made (with the privacy notice) and the
accessibility statement. Rendered with Jinja2, everything escaped unless marked safe."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from app.disclosure import disclosure_html
from kb.config import Settings

TEMPLATES = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                        autoescape=select_autoescape(["html"]))
AXE_VERSION = "4.14"  # the axe-core the browser tests run (tests/js/package.json; a test keeps them equal)


def render(name: str, settings: Settings, status_code: int = 200, root: str = "", **context: Any) -> HTMLResponse:
    """A page from app/templates; *root* is the relative way up to the app's root ('' or '../')."""
    page = TEMPLATES.get_template(name).render(root=root or "./", disclosure=disclosure_html(settings, root),
                                               **context)
    return HTMLResponse(page, status_code=status_code)


def pages_router(settings: Settings, knowledge_base: Any, status: Any) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/over", name="about_page")
    def about(request: Request) -> HTMLResponse:
        documents = knowledge_base.stats()["documents"] if status.ready else "de"
        return render("over.html", settings, title="Hoe werkt deze kennisbank?", documents=documents,
                      extractive=settings.answerer == "extractive",
                      retention_days=settings.feedback_retention_days)

    @router.get("/toegankelijkheid")
    def accessibility(request: Request) -> HTMLResponse:
        return render("toegankelijkheid.html", settings, title="Toegankelijkheidsverklaring", axe_version=AXE_VERSION)

    return router
