"""Typed results: the `Answer` with its citations, the retrieval `Hit`, and search `Filters`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from kb.language.questions import Kind

SUMMARY_HEADING = "Samenvatting"  # the heading of the passage that holds a document's own summary
SHORT_ANSWER_HEADING = "Kort antwoord"  # a vraag document's first section: its direct answer
FILTER_FIELDS = ("types", "sections", "sectors", "instruments", "organisation_types")
_SCALAR_KEYS = {"types": "type", "sections": "section", "organisation_types": "organisation_type"}
_LIST_KEYS = {"sectors": "sectors", "instruments": "instruments"}


@dataclass
class Filters:
    """Metadata filters; values inside one field are alternatives, fields combine with AND."""

    types: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    instruments: list[str] = field(default_factory=list)
    organisation_types: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "Filters":
        """Accepts {"type": "x"} or {"types": ["x", "y"]} style keys; unknown keys are ignored."""
        data = data or {}
        values: dict[str, list[str]] = {}
        for name in FILTER_FIELDS:
            raw = data.get(name, data.get(name.rstrip("s") if name != "organisation_types" else "organisation_type"))
            if raw is None or raw == "":
                continue
            items = [raw] if isinstance(raw, str) else list(raw)
            values[name] = [str(v).strip().lower() for v in items if str(v).strip()]
        return cls(**values)

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in FILTER_FIELDS)

    def as_dict(self) -> dict[str, list[str]]:
        return {name: list(getattr(self, name)) for name in FILTER_FIELDS if getattr(self, name)}

    def to_where(self) -> dict[str, Any] | None:
        """The filters as a Chroma `where` clause."""
        clauses: list[dict[str, Any]] = []
        for name, key in _SCALAR_KEYS.items():
            values = getattr(self, name)
            if values:
                clauses.append({key: {"$in": values}})
        for name, key in _LIST_KEYS.items():
            values = getattr(self, name)
            if len(values) == 1:
                clauses.append({key: {"$contains": values[0]}})
            elif values:
                clauses.append({"$or": [{key: {"$contains": v}} for v in values]})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def matches(self, metadata: dict[str, Any]) -> bool:
        """The same test as `to_where`, on one record's metadata (for the in-memory keyword index)."""
        for name, key in _SCALAR_KEYS.items():
            values = getattr(self, name)
            if values and metadata.get(key) not in values:
                return False
        for name, key in _LIST_KEYS.items():
            values = getattr(self, name)
            if values and not set(values) & set(metadata.get(key) or []):
                return False
        return True


@dataclass
class Query:
    """A question made ready for search: corrected, in its conversation, with its kind and language."""

    question: str
    corrected: str
    text: str  # what retrieval searches with
    focus: str | None = None  # what dense search looks at, when the field's name says nothing
    tail: str | None = None  # the last sentence of a question that first sets out a situation
    asked: str | None = None  # the question without an introduction of who asks ("Ik ben inkoper bij …, ")
    topic: list[str] = field(default_factory=list)  # neighbouring-topic words the answer must speak to (btw, cao…)
    corrections: list[Any] = field(default_factory=list)
    kind: Any = None  # kb.language.questions.QuestionKind
    language: str = "nl"
    # the language the answer is asked in, when not the question's ("… graag in het Engels")
    reply_language: str | None = None
    side: str | None = None  # who asks: "opdrachtgever" (the buyer), "opdrachtnemer" (the supplier) or unknown
    about_field: bool = False  # asks about social return itself: without the field's name it names no subject

    @property
    def reply(self) -> str:
        """The language the answer's own words are in."""
        return self.reply_language or self.language

    @property
    def asks_purpose(self) -> bool:
        """A why-question about social return itself ("waarom vragen gemeenten social return?"): it asks its
        purpose."""
        return self.about_field and self.kind is not None and self.kind.kind == Kind.WHY


@dataclass
class Hit:
    """One retrieved chunk with the scores that put it there."""

    id: str
    text: str
    metadata: dict[str, Any]
    score: float = 0.0
    dense: float | None = None
    keyword: float | None = None

    @property
    def doc_id(self) -> str:
        return str(self.metadata.get("doc_id", self.id.split("::")[0]))


@dataclass
class Citation:
    """A numbered source under an answer, with the passage the cited sentences come from."""

    n: int
    doc_id: str
    title: str
    url: str
    section: str
    type: str
    passage: str
    heading: str = ""
    organisation: str = ""
    published: str = ""
    checked: str = ""
    status: str = "actueel"
    page: int | None = None
    chunk_id: str = ""
    sentences: list[str] = field(default_factory=list)

    @classmethod
    def from_hit(cls, n: int, hit: Hit) -> "Citation":
        m = hit.metadata
        page = m.get("page")
        return cls(n=n, doc_id=hit.doc_id, title=str(m.get("title", hit.doc_id)), url=str(m.get("url", "")),
                   section=str(m.get("section", "")), type=str(m.get("type", "")), passage=hit.text,
                   heading=str(m.get("heading", "")), organisation=str(m.get("organisation", "")),
                   published=str(m.get("published", "")), checked=str(m.get("checked", "")),
                   status=str(m.get("status", "actueel")), page=int(page) if page is not None else None,
                   chunk_id=hit.id)

    def as_json(self) -> dict[str, Any]:
        data = {k: v for k, v in asdict(self).items() if k not in ("sentences",)}
        return data


@dataclass
class Answer:
    """What the knowledge base says to a question, always with where it comes from."""

    question: str
    text: str
    citations: list[Citation] = field(default_factory=list)
    refused: bool = False
    confidence: float = 0.0
    latency_ms: float = 0.0
    language: str = "nl"
    closest: list[Citation] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    error: str | None = None
    filters: dict[str, list[str]] = field(default_factory=dict)
    retrieval_query: str = ""
    plan: dict[str, Any] | None = None  # a short plan when the question is about one contract (kb/plan)
    corrections: list[tuple[str, str]] = field(default_factory=list)
    kind: str = ""  # what the question asked for (kb.language.questions.Kind)
    lead: str = ""  # the unit that opens the answer (or its first bullet)
    refusal_reason: str | None = None  # personal_data | documents | out_of_scope | instructions | unanswerable |
    #                                    low_confidence | bad_question
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The `kb ask --json` shape (plus `closest`, `related` and `error` where they apply)."""
        data: dict[str, Any] = {
            "answer": self.text, "refused": self.refused, "confidence": round(self.confidence, 4),
            "citations": [c.as_json() for c in self.citations], "latency_ms": round(self.latency_ms, 1),
        }
        if self.closest:
            data["closest"] = [c.as_json() for c in self.closest]
        if self.related:
            data["related"] = self.related
        if self.error:
            data["error"] = self.error
        if self.refused and self.refusal_reason:
            data["refusal_reason"] = self.refusal_reason
        if self.plan:
            data["plan"] = self.plan
        data["language"] = self.language
        if self.corrections:
            data["corrections"] = [{"from": a, "to": b} for a, b in self.corrections]
        if self.warnings:
            data["warnings"] = self.warnings
        return data
