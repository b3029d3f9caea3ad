"""The JSON API's requests and its errors: strict request models, and Dutch 4xx answers that name the
field and the problem but never repeat what was sent (it may hold personal data or markup)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException


def _one_or_many(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


# A filter takes one value ("bouw") or several (["bouw", "gww"]); anything else is refused.
FilterValue = Annotated[list[Annotated[str, Field(max_length=100)]], BeforeValidator(_one_or_many),
                        Field(max_length=20)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AskFilters(_Strict):
    """Metadata filters; each takes a value or a list of values (alternatives)."""

    type: FilterValue | None = None
    types: FilterValue | None = None
    section: FilterValue | None = None
    sections: FilterValue | None = None
    sector: FilterValue | None = None
    sectors: FilterValue | None = None
    instrument: FilterValue | None = None
    instruments: FilterValue | None = None
    organisation_type: FilterValue | None = None
    organisation_types: FilterValue | None = None

    def as_dict(self) -> dict[str, list[str]]:
        return {k: v for k, v in self.model_dump().items() if v}


class Turn(_Strict):
    role: Literal["user", "assistant"]
    content: str = Field(max_length=20_000)


class AskRequest(_Strict):
    question: str = Field(..., max_length=100_000, description="De vraag, in het Nederlands of Engels.")
    filters: AskFilters = Field(default_factory=AskFilters, description="type, section, sector, instrument, "
                                "organisation_type: een waarde of een lijst.")
    history: list[Turn] = Field(default_factory=list, max_length=50, description="Eerdere beurten: [{role, content}].")


class CitationIn(BaseModel):
    model_config = ConfigDict(extra="allow")

    n: int | None = None
    doc_id: str = Field("", max_length=500)
    title: str = Field("", max_length=1000)
    url: str = Field("", max_length=2000)


class AnswerIn(BaseModel):
    """An answer as /api/ask returned it (other fields are kept but not checked)."""

    model_config = ConfigDict(extra="allow")

    answer: str = Field("", max_length=50_000)
    refused: bool = False
    confidence: float | None = None
    citations: list[CitationIn] = Field(default_factory=list, max_length=50)


class FeedbackRequest(_Strict):
    question: str = Field(..., min_length=1, max_length=4000)
    answer: AnswerIn
    rating: Literal[-1, 0, 1]
    comment: str = Field("", max_length=4000)
    filters: AskFilters = Field(default_factory=AskFilters)


# ---- errors -----------------------------------------------------------------------------------------------
_PROBLEMS = {
    "missing": "ontbreekt",
    "string_type": "moet tekst zijn",
    "list_type": "moet een lijst zijn",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "int_from_float": "moet een geheel getal zijn",
    "float_type": "moet een getal zijn",
    "float_parsing": "moet een getal zijn",
    "bool_type": "moet true of false zijn",
    "bool_parsing": "moet true of false zijn",
    "model_attributes_type": "moet een object zijn ({…})",
    "model_type": "moet een object zijn ({…})",
    "dict_type": "moet een object zijn ({…})",
    "extra_forbidden": "bevat een onbekend veld",
    "json_invalid": "is geen geldige JSON",
    "json_type": "is geen geldige JSON",
    "string_too_short": "mag niet leeg zijn",
    "string_too_long": "is te lang",
    "too_long": "heeft te veel elementen",
    "literal_error": "heeft geen toegestane waarde",
    "enum": "heeft geen toegestane waarde",
}


def _field(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p != "body"]
    return ".".join(parts) if parts else "body"


def _problem(error: dict[str, Any]) -> str:
    kind = error.get("type", "")
    text = _PROBLEMS.get(kind, "is ongeldig")
    ctx = error.get("ctx") or {}
    if kind == "string_too_long" and "max_length" in ctx:
        text += f" (maximaal {ctx['max_length']} tekens)"
    elif kind == "too_long" and "max_length" in ctx:
        text += f" (maximaal {ctx['max_length']})"
    elif kind == "literal_error" and "expected" in ctx:
        text += f" (toegestaan: {ctx['expected']})"  # the allowed values come from the model, not the input
    loc = tuple(error.get("loc", ()))
    if kind == "list_type" and "filters" in loc:
        text = "moet tekst of een lijst met tekst zijn"
    if _field(loc) == "body" and kind in ("model_attributes_type", "dict_type", "missing"):
        text = "moet een JSON-object zijn" if kind != "missing" else "ontbreekt: stuur een JSON-object"
    return text


def validation_error_body(errors: list[dict[str, Any]]) -> dict[str, Any]:
    """A Dutch description of validation errors, without the input values."""
    problems: list[dict[str, str]] = []
    for error in errors:
        loc = tuple(error.get("loc", ()))
        if error.get("type") == "extra_forbidden":
            loc = loc[:-1]  # the unknown key is the client's text: name the object that holds it
        item = {"field": _field(loc), "problem": _problem(error)}
        if item not in problems:
            problems.append(item)
    summary = "; ".join(f"{p['field']} {p['problem']}" for p in problems[:5])
    return {"error": "ongeldige_invoer", "message": f"Het verzoek is niet goed opgebouwd: {summary}.",
            "problems": problems}


def without_input(message: str, values: list[Any]) -> str:
    """*message* with the values a client sent taken out (the planner quotes them, which is useful on the
    command line but not in an API answer): "De looptijd 'abc' is …" → "De looptijd is …"."""
    for value in values:
        if value is None or value == "":
            continue
        shown = str(value)
        for quoted in (f" ('{shown}')", f" '{shown}'", f"('{shown}')", f"'{shown}'"):
            if message.startswith(quoted):
                message = "Deze waarde" + message[len(quoted):]
            message = message.replace(quoted, "")
    return message


_HTTP_MESSAGES = {
    400: "Het verzoek is niet goed opgebouwd.",
    401: "U bent niet aangemeld voor dit deel van de kennisbank.",
    403: "U hebt geen toegang tot dit deel van de kennisbank.",
    404: "Deze API-route bestaat niet.",
    405: "Deze methode is op deze API-route niet toegestaan.",
    413: "Het verzoek is te groot.",
    415: "Stuur het verzoek als JSON (Content-Type: application/json).",
}


def install_error_handlers(api: FastAPI) -> None:
    """Dutch JSON for every client error under /api/ and for unexpected server errors."""

    @api.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(validation_error_body(list(exc.errors())), status_code=422)

    @api.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        body = {"error": f"http_{exc.status_code}",
                "message": _HTTP_MESSAGES.get(exc.status_code, "Het verzoek kan niet worden uitgevoerd.")}
        return JSONResponse(body, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @api.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"error": "serverfout", "message": "Er ging iets mis in de kennisbank. Probeer het "
                             "later opnieuw; blijft het misgaan, meld het dan bij de beheerder."}, status_code=500)


def unknown_api_route(api: FastAPI):
    """A catch-all for /api/…: 404 (or 405 when the path exists with another method) as Dutch JSON,
    instead of the UI's HTML page."""

    def handler(request: Request, rest: str) -> JSONResponse:
        path = request.url.path
        allowed = sorted({m for route in api.routes if getattr(route, "path", None) == path
                          for m in (getattr(route, "methods", None) or ()) if m != "HEAD"})
        if allowed:
            return JSONResponse({"error": "http_405", "message": _HTTP_MESSAGES[405]}, status_code=405,
                                headers={"Allow": ", ".join(allowed)})
        return JSONResponse({"error": "http_404", "message": _HTTP_MESSAGES[404]}, status_code=404)

    return handler
