"""The content owner's view ("Beheer"): a page at /beheer and JSON and CSV under /api/beheer/…, behind
KB_ADMIN_TOKEN. Without a configured token every one of these routes answers 404, as if it did not
exist; with one, a request without the token gets 401.

The API takes the token as `Authorization: Bearer <token>`. The page has a small login form that sets
an HttpOnly, SameSite=Strict cookie holding a keyed hash of the token (never the token itself).
"""

from __future__ import annotations

import hashlib
import hmac
import io
from typing import Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from app.pages import render
from kb import content_report
from kb.config import Settings
from kb.export import write_csv
from kb.feedback import FeedbackStore

COOKIE = "kb_beheer"
SHOWN_ROWS = 200


def _cookie_value(token: str) -> str:
    return hmac.new(token.encode(), b"kb-beheer-sessie", hashlib.sha256).hexdigest()


def admin_router(settings: Settings, feedback: FeedbackStore, knowledge_base: Any, status: Any) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    token = settings.admin_token.get_secret_value() if settings.admin_token else None

    def authorised(request: Request) -> bool:
        if token is None:
            return False
        header = request.headers.get("authorization", "")
        if header.lower().startswith("bearer ") and hmac.compare_digest(header[7:].strip().encode(), token.encode()):
            return True
        cookie = request.cookies.get(COOKIE, "")
        return bool(cookie) and hmac.compare_digest(cookie, _cookie_value(token))

    def refused_json() -> JSONResponse:
        if token is None:
            return JSONResponse({"error": "http_404", "message": "Deze API-route bestaat niet."}, status_code=404)
        return JSONResponse({"error": "niet_aangemeld", "message": "Geef het beheertoken mee: "
                             "Authorization: Bearer <token>."}, status_code=401,
                            headers={"WWW-Authenticate": 'Bearer realm="beheer"'})

    def rows(name: str) -> list[dict[str, Any]]:
        documents = knowledge_base.documents if status.ready else (list)
        return content_report.build(name, feedback, documents, settings)

    # ---- the page ---------------------------------------------------------------------------------------
    def login_page(error: str = "", root: str = "") -> HTMLResponse:
        return render("beheer_login.html", settings, status_code=401, root=root, title="Beheer: aanmelden",
                      error=error)

    @router.get("/beheer")
    def page(request: Request) -> Response:
        if token is None:
            return render("base.html", settings, status_code=404, title="Pagina niet gevonden")
        if not authorised(request):
            return login_page()
        reports = [{"name": r.name, "title": r.title, "explanation": r.explanation, "columns": r.columns,
                    "headers": r.headers, "rows": rows(r.name)} for r in content_report.REPORTS.values()]
        return render("beheer.html", settings, title="Beheer: wat moet er beter?", reports=reports,
                      shown=SHOWN_ROWS, retention_days=settings.feedback_retention_days)

    @router.post("/beheer/inloggen")
    def login(token_field: str = Form("", alias="token")) -> Response:
        if token is None:
            return render("base.html", settings, status_code=404, root="../", title="Pagina niet gevonden")
        if not hmac.compare_digest(token_field.strip().encode(), token.encode()):
            return login_page("Dit token is niet juist.", root="../")
        response = RedirectResponse("../beheer", status_code=303)
        response.set_cookie(COOKIE, _cookie_value(token), httponly=True, samesite="strict", path="/")
        return response

    @router.post("/beheer/uitloggen")
    def logout() -> Response:
        response = RedirectResponse("../beheer", status_code=303)
        response.delete_cookie(COOKIE, path="/")
        return response

    # ---- the API --------------------------------------------------------------------------------------------
    @router.get("/api/beheer")
    def index(request: Request) -> Response:
        if not authorised(request):
            return refused_json()
        return JSONResponse({"reports": [{"name": r.name, "title": r.title, "explanation": r.explanation,
                                          "json": f"/api/beheer/{r.name}", "csv": f"/api/beheer/{r.name}.csv"}
                                         for r in content_report.REPORTS.values()]})

    @router.get("/api/beheer/{name}")
    def report(name: str, request: Request) -> Response:
        if not authorised(request):
            return refused_json()
        as_csv = name.endswith(".csv")
        name = name.removesuffix(".csv")
        definition = content_report.REPORTS.get(name)
        if definition is None:
            return JSONResponse({"error": "onbekend_overzicht", "message": "Dit overzicht bestaat niet; zie "
                                 "/api/beheer voor de lijst."}, status_code=404)
        found = rows(name)
        if as_csv:
            out = io.StringIO()
            labelled = [{header: row.get(column) for column, header in zip(definition.columns, definition.headers)}
                        for row in found]
            write_csv(labelled, definition.headers, out)
            return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": f'attachment; filename="beheer-{name}.csv"'})
        return JSONResponse({"report": name, "title": definition.title, "explanation": definition.explanation,
                             "count": len(found), "rows": found})

    return router
