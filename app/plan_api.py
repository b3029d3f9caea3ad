"""`POST /api/plan`: the plan for one contract as JSON (with the Markdown memo)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from app.api_models import without_input
from kb.errors import KBError
from kb.plan import BadPlanInput, PlanRequest
from kb.plan.export import to_markdown
from kb.service import KnowledgeBase


class PlanBody(BaseModel):
    """Loosely typed on purpose: every field is checked by the planner, which answers in Dutch."""

    type: Any = Field(None, description="werk, dienst of levering.")
    value: Any = Field(None, description="Opdrachtwaarde in euro's excl. btw: 1200000 of '1,2 miljoen'.")
    years: Any = Field(None, description="Looptijd in jaren.")
    sector: Any = Field("", description="Sector uit de corpuslijst, bijv. schoonmaak.")
    organisation: Any = Field("", description="Opdrachtgever; onbekend geeft de algemene richtlijnen.")
    region: Any = Field("", description="Id van een regelprofiel (bestandsnaam in corpus/rules/).")
    labour_share: Any = Field(None, description="Aandeel arbeid: 0.6 of '60%'.")


def add_plan_routes(api: FastAPI, knowledge_base: KnowledgeBase) -> None:
    """Register `POST /api/plan` on the app. Plans need the rule files only, not the index."""

    @api.post("/api/plan")
    def plan(body: PlanBody) -> Any:
        """The `kb plan --json` plan, plus `markdown` (the memo). Bad input: 400 with a Dutch message."""
        try:
            result = knowledge_base.plan(PlanRequest.parse(**body.model_dump()))
        except BadPlanInput as exc:
            message = without_input(str(exc), list(body.model_dump().values()))
            return JSONResponse({"error": "bad_input", "message": message}, status_code=400)
        except KBError as exc:
            return JSONResponse({"error": "rules", "message": str(exc)}, status_code=500)
        return {**result.as_json(), "markdown": to_markdown(result)}
