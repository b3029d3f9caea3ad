"""Browsing the index: documents with their metadata, practice examples as cards, a document's full
text. Everything comes from the in-memory snapshot of the Chroma collection."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kb.search.retrieval import CollectionSnapshot
from kb.schema import SUMMARY_HEADING

CARD_FIELDS = {"Opdracht": "contract_text", "Wat werd gevraagd": "asked", "Resultaat": "result"}


@dataclass
class DocumentInfo:
    doc_id: str
    title: str
    type: str
    section: str
    organisation: str
    url: str
    summary: str = ""
    organisation_type: str = ""
    sectors: list[str] = field(default_factory=list)
    instruments: list[str] = field(default_factory=list)
    year: int | None = None
    contract: str = ""
    published: str = ""
    checked: str = ""
    status: str = "actueel"
    asked: str = ""
    result: str = ""
    contract_text: str = ""

    @classmethod
    def from_metadata(cls, meta: dict[str, Any]) -> "DocumentInfo":
        year = meta.get("year")
        return cls(
            doc_id=str(meta.get("doc_id", "")), title=str(meta.get("title", "")), type=str(meta.get("type", "")),
            section=str(meta.get("section", "")), organisation=str(meta.get("organisation", "")),
            url=str(meta.get("url", "")), summary=str(meta.get("summary", "")),
            organisation_type=str(meta.get("organisation_type", "")), sectors=list(meta.get("sectors") or []),
            instruments=list(meta.get("instruments") or []), year=int(year) if year else None,
            contract=str(meta.get("contract", "")), published=str(meta.get("published", "")),
            checked=str(meta.get("checked", "")), status=str(meta.get("status", "actueel")),
        )

    @property
    def date(self) -> str:
        return self.published or (str(self.year) if self.year else "")


def documents(snapshot: CollectionSnapshot) -> list[DocumentInfo]:
    """One entry per indexed document, sorted by title, with the card fields of practice examples."""
    out: list[DocumentInfo] = []
    for doc_id, chunk_ids in snapshot.by_doc.items():
        info = DocumentInfo.from_metadata(snapshot.records[chunk_ids[0]][1])
        info.doc_id = doc_id
        for chunk_id in chunk_ids:
            text, meta = snapshot.records[chunk_id]
            top = str(meta.get("heading", "")).split(" > ")[0]
            attribute = CARD_FIELDS.get(top)
            if attribute and not getattr(info, attribute):
                setattr(info, attribute, text)
        out.append(info)
    return sorted(out, key=lambda d: d.title.lower())


def document_text(snapshot: CollectionSnapshot, doc_id: str) -> tuple[DocumentInfo, list[tuple[str, str]]] | None:
    """A document's metadata and its (heading, text) sections in reading order, overlap removed."""
    chunk_ids = snapshot.by_doc.get(doc_id)
    if not chunk_ids:
        return None
    info = DocumentInfo.from_metadata(snapshot.records[chunk_ids[0]][1])
    sections: list[tuple[str, str]] = []
    for chunk_id in chunk_ids:
        text, meta = snapshot.records[chunk_id]
        heading = str(meta.get("heading", ""))
        if heading == SUMMARY_HEADING:
            continue
        if sections and sections[-1][0] == heading:
            previous = sections[-1][1]
            # consecutive chunks of one section share an overlapping sentence: keep it once
            overlap = next((n for n in range(min(len(previous), len(text)), 0, -1) if previous.endswith(text[:n])), 0)
            sections[-1] = (heading, previous + " " + text[overlap:].lstrip())
        else:
            sections.append((heading, text))
    return info, sections


def facets(docs: list[DocumentInfo]) -> dict[str, list[str]]:
    """The values present for each facet, for filter menus."""
    values: dict[str, set[str]] = {"sectors": set(), "instruments": set(), "organisation_types": set(),
                                   "years": set(), "types": set(), "sections": set()}
    for doc in docs:
        values["sectors"].update(doc.sectors)
        values["instruments"].update(doc.instruments)
        if doc.organisation_type:
            values["organisation_types"].add(doc.organisation_type)
        if doc.year:
            values["years"].add(str(doc.year))
        values["types"].add(doc.type)
        values["sections"].add(doc.section)
    return {k: sorted(v, reverse=(k == "years")) for k, v in values.items()}
