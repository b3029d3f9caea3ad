"""Corpus documents: the front-matter schema and the Markdown loader."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import yaml
from pydantic import AnyUrl, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

DocType = Literal["guidance", "handreiking", "praktijkvoorbeeld", "onderzoek", "wetgeving", "vraag"]
Section = Literal[
    "aanbesteding", "praktijk", "rijksoverheid", "toelichting", "participatiewet",
    "praktijkvoorbeelden", "handreikingen", "onderzoeken", "verwant", "vragen",
]
OrganisationType = Literal[
    "gemeente", "provincie", "rijk", "waterschap", "corporatie", "onderwijs", "zorg", "regio", "overig",
]
SECTORS = frozenset(
    "bouw gww schoonmaak groen catering ict inhuur vervoer zorg facilitair beveiliging afval energie "
    "onderhoud advies leveringen diensten werken sociaal-domein onderwijs wonen overig".split()
)
INSTRUMENTS = frozenset(
    "minimumeis gunningscriterium uitvoeringsvoorwaarde voorbehouden-opdracht percelen pso cataloguswaarde "
    "bouwblokken loonsom opdrachtsom plan-van-aanpak sociaal-inkopen sociale-onderneming banenafspraak "
    "maatwerk dialoog monitoring sancties proportionaliteit inspanningsverplichting resultaatverplichting "
    "leerwerkplek overname-personeel".split()
)
CARD_HEADINGS = ("Opdracht", "Wat werd gevraagd", "Resultaat")
SHORT_ANSWER_MAX_WORDS = 90  # the length of a vraag's `## Kort antwoord` (kb.schema.SHORT_ANSWER_HEADING)
MIN_BODY_CHARS = 400
MAX_BODY_CHARS = 12_000

# libyaml's safe loader when PyYAML was built with it (about ten times faster on 317 front matters)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class DocumentError(ValueError):
    """A document that cannot be loaded; the message says why, for people."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class SourceRef(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: AnyUrl  # the bundled corpus must use http(s): `kb corpus check` enforces it
    title: str = Field(min_length=1)


class DocumentMeta(BaseModel):
    """The YAML front matter of a corpus document (see corpus/README.md)."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=3)
    type: DocType
    section: Section
    organisation: str = Field(min_length=2)
    organisation_type: OrganisationType | None = None
    sectors: list[str] = Field(default_factory=list)
    instruments: list[str] = Field(default_factory=list)
    year: int | None = Field(default=None, ge=1990, le=2100)
    contract: str | None = None
    status: Literal["actueel", "historisch"] = "actueel"
    sources: list[SourceRef] = Field(min_length=1)
    published: str | None = None
    checked: dt.date
    summary: str = Field(min_length=20)
    lang: Literal["nl", "en"] = "nl"
    phrasings: list[str] = Field(default_factory=list)  # vraag only: other ways users ask the title's question
    # who the page is written for, when only one side: the buyer (what goes into the tender, how to manage
    # the contract) or the supplier (what to do once the contract is won); empty when it serves both
    audience: Literal["opdrachtgever", "opdrachtnemer"] | None = None

    @field_validator("published", mode="before")
    @classmethod
    def _partial_date(cls, value: object) -> str | None:
        if value is None:
            return None
        text = value.isoformat() if isinstance(value, dt.date) else str(value)
        if not _PARTIAL_DATE.match(text):
            raise ValueError("moet YYYY-MM-DD, YYYY-MM of YYYY zijn")
        parts = [int(p) for p in text.split("-")]
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        return text

    @field_validator("sectors")
    @classmethod
    def _known_sectors(cls, value: list[str]) -> list[str]:
        unknown = sorted(set(value) - SECTORS)
        if unknown:
            raise ValueError(f"onbekende sector(en): {', '.join(unknown)}")
        return value

    @field_validator("instruments")
    @classmethod
    def _known_instruments(cls, value: list[str]) -> list[str]:
        unknown = sorted(set(value) - INSTRUMENTS)
        if unknown:
            raise ValueError(f"onbekend(e) instrument(en): {', '.join(unknown)}")
        return value

    @model_validator(mode="after")
    def _example_fields(self) -> "DocumentMeta":
        if self.type == "praktijkvoorbeeld":
            missing = [name for name in ("organisation_type", "contract") if not getattr(self, name)]
            if missing:
                raise ValueError(f"een praktijkvoorbeeld heeft {', '.join(missing)} nodig")
        if self.type == "vraag" and not self.phrasings:
            raise ValueError("een vraag heeft phrasings nodig (andere manieren waarop gebruikers haar stellen)")
        if self.phrasings and self.type != "vraag":
            raise ValueError("phrasings horen alleen bij type vraag")
        return self


@dataclass
class Document:
    """A loaded document: its id (corpus-relative path), metadata and Markdown body."""

    doc_id: str
    meta: DocumentMeta
    body: str
    path: Path | None = None
    extra: dict[str, object] = field(default_factory=dict)
    summary_passage: bool = True  # index the summary as its own passage (written summaries, not extracts)

    @property
    def url(self) -> str:
        return str(self.meta.sources[0].url)


def describe_validation(error: ValidationError) -> str:
    problems = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "front matter"
        message = item["msg"].removeprefix("Value error, ")
        problems.append(f"{where}: {message}")
    return "; ".join(problems)


def parse_markdown(text: str, doc_id: str) -> Document:
    """Parse a Markdown document with YAML front matter; raise DocumentError naming the problem."""
    match = _FRONT_MATTER.match(text.lstrip("\ufeff"))
    if not match:
        raise DocumentError(doc_id, "geen front matter gevonden (het bestand moet beginnen met '---')")
    try:
        raw = yaml.load(match.group(1), Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" in regel {mark.line + 2}" if mark is not None else ""
        detail = getattr(exc, "problem", None) or exc.__class__.__name__
        hint = " (zet tekst met een dubbele punt tussen aanhalingstekens)" if "mapping" in str(detail) else ""
        raise DocumentError(doc_id, f"front matter is geen geldige YAML{where}: {detail}{hint}") from exc
    if not isinstance(raw, dict):
        raise DocumentError(doc_id, "front matter is geen YAML-woordenboek")
    try:
        meta = DocumentMeta.model_validate(raw)
    except ValidationError as exc:
        raise DocumentError(doc_id, describe_validation(exc)) from exc
    body = text.lstrip("\ufeff")[match.end():].strip()
    if not body:
        raise DocumentError(doc_id, "de tekst na de front matter is leeg")
    return Document(doc_id=doc_id, meta=meta, body=body)


def size_problem(document: Document, max_chars: int) -> str | None:
    """Why a document is too long to index (the same test for `kb ingest` and `kb corpus check`)."""
    length = len(document.body)
    if length <= max_chars:
        return None
    return (f"te groot: {length:,} tekens tekst, maximaal {max_chars:,} (KB_MAX_DOCUMENT_CHARS); "
            "overgeslagen").replace(",", ".")


def load_markdown(path: Path, root: Path) -> Document:
    """Load one corpus file; its id is the path relative to *root*, with forward slashes."""
    doc_id = path.relative_to(root).as_posix()
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(doc_id, "het bestand is geen UTF-8-tekst") from exc
    document = parse_markdown(text, doc_id)
    document.path = path
    return document


def iter_markdown_files(root: Path) -> list[Path]:
    """Every Markdown document under *root*, sorted. Files with an upper-case name (README.md,
    WRITING.md) are about the corpus, not part of it; hidden folders are skipped."""
    return sorted(
        p for p in root.rglob("*.md")
        if not p.stem.isupper() and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )
