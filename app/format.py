"""Turning answers and documents into Markdown and HTML for the UI. Everything that came from a user
or a document is escaped: a <script> in a question or a page is shown as text, never run."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from kb.catalog import DocumentInfo

TYPE_LABELS = {"guidance": "Uitleg", "handreiking": "Handreiking", "praktijkvoorbeeld": "Praktijkvoorbeeld",
               "onderzoek": "Onderzoek", "wetgeving": "Wet- en regelgeving"}


def escape(text: Any) -> str:
    """Text that Markdown or HTML shows literally (the <, > and & of a user stay visible)."""
    return html.escape(str(text or ""), quote=True)


def escape_markdown(text: str) -> str:
    """Like escape, for chat messages: Markdown structure (lists, line breaks) stays."""
    return html.escape(text or "", quote=False)


def _age_warning(published: str, status: str, stale_after_years: int, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    if status == "historisch":
        return "Historisch: beschrijft een regel of aanpak die niet meer geldt."
    if published[:4].isdigit() and today.year - int(published[:4]) > stale_after_years:
        return f"Bron is ouder dan {stale_after_years} jaar ({published[:4]}); controleer of dit nog geldt."
    return ""


def chat_message(answer: dict[str, Any]) -> str:
    """The answer as a chat message: its text, or for a refusal the text plus the closest pages."""
    text = escape_markdown(answer["answer"])
    if answer.get("refused") and answer.get("closest"):
        links = "\n".join(f"- [{escape(c['title'])}]({escape(c['url'])})" for c in answer["closest"])
        text = f"{text}\n\n{links}"
    for warning in answer.get("warnings") or []:  # e.g. an unfinished first ingest
        text = f"{text}\n\n⚠ {escape_markdown(warning)}"
    return text


def source_cards(answer: dict[str, Any] | None, stale_after_years: int) -> str:
    """HTML cards for the sources of an answer (or the closest pages of a refusal)."""
    if not answer:
        return "<p class='kb-empty'>De bronnen van het antwoord verschijnen hier.</p>"
    citations = answer.get("citations") or []
    heading = "Bronnen"
    if not citations:
        citations = answer.get("closest") or []
        heading = "Dichtstbijzijnde pagina's"
    if not citations:
        return "<p class='kb-empty'>Geen bronnen bij dit antwoord.</p>"
    cards = [f"<h3>{heading}</h3>"]
    for c in citations:
        date = c.get("published") or ""
        warning = _age_warning(date, c.get("status", "actueel"), stale_after_years)
        number = f"[{c['n']}] " if answer.get("citations") else ""
        page = f", p. {c['page']}" if c.get("page") else ""
        meta = " · ".join(escape(x) for x in (TYPE_LABELS.get(c.get("type", ""), c.get("type")), c.get("section"),
                                              c.get("organisation"), date) if x)
        cards.append(
            "<div class='kb-card'>"
            f"<div class='kb-card-title'>{number}{escape(c['title'])}{escape(page)}</div>"
            f"<div class='kb-card-meta'>{meta}</div>"
            + (f"<div class='kb-warning'>⚠ {escape(warning)}</div>" if warning else "")
            + f"<a href='{escape(c['url'])}' target='_blank' rel='noopener noreferrer'>{escape(c['url'])}</a>"
            f"<details><summary>Passage{(' — ' + escape(c['heading'])) if c.get('heading') else ''}</summary>"
            f"<p class='kb-passage'>{escape(c['passage'])}</p></details>"
            "</div>"
        )
    return "\n".join(cards)


def answer_markdown(question: str, answer: dict[str, Any]) -> str:
    """An answer with its sources as a Markdown document, for a tender memo."""
    lines = [f"# {question.strip()}", "", answer["answer"], ""]
    citations = answer.get("citations") or answer.get("closest") or []
    if citations:
        lines += ["## Bronnen", ""]
        for c in citations:
            date = f", {c['published']}" if c.get("published") else ""
            lines.append(f"{c['n']}. {c['title']} ({c.get('section', '')}{date}) — {c['url']}")
            passage = " ".join(str(c.get("passage", "")).split())
            lines.append(f"   > {passage}")
        lines.append("")
    lines.append(f"_Uit de Social Return kennisbank, {dt.date.today().isoformat()}. "
                 "Controleer de bronnen voordat u ze gebruikt._")
    return "\n".join(lines)


def example_cards(examples: list[DocumentInfo], limit: int = 30) -> str:
    """HTML cards for practice examples: organisation, contract, what was asked, result, link."""
    if not examples:
        return "<p class='kb-empty'>Geen praktijkvoorbeelden gevonden. Maak de zoekvraag of filters ruimer.</p>"

    def clip(text: str, n: int = 260) -> str:
        text = " ".join(text.split())
        return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "…"

    cards = [f"<p>{len(examples)} praktijkvoorbeeld(en)</p>"]
    for doc in examples[:limit]:
        facets = " · ".join(escape(x) for x in (doc.organisation_type, ", ".join(doc.sectors),
                                                ", ".join(doc.instruments), doc.year) if x)
        cards.append(
            "<div class='kb-card'>"
            f"<div class='kb-card-title'>{escape(doc.title)}</div>"
            f"<div class='kb-card-meta'>{escape(doc.organisation)}{' · ' + facets if facets else ''}</div>"
            f"<p><b>Opdracht:</b> {escape(clip(doc.contract or doc.contract_text))}</p>"
            f"<p><b>Gevraagd:</b> {escape(clip(doc.asked))}</p>"
            f"<p><b>Resultaat:</b> {escape(clip(doc.result))}</p>"
            f"<a href='{escape(doc.url)}' target='_blank' rel='noopener noreferrer'>Bron</a>"
            "</div>"
        )
    return "\n".join(cards)


def document_markdown(info: DocumentInfo, sections: list[tuple[str, str]]) -> str:
    """A whole document for reading in the app."""
    meta = " · ".join(escape(x) for x in (TYPE_LABELS.get(info.type, info.type), info.section, info.organisation,
                                          info.date) if x)
    parts = [f"### {escape(info.title)}", f"_{meta}_", "", escape_markdown(info.summary), ""]
    if info.status == "historisch":
        parts.insert(2, "**Historisch:** dit document beschrijft een regel of aanpak die niet meer geldt.")
    for heading, text in sections:
        parts += [f"#### {escape(heading)}", escape_markdown(text), ""]
    parts.append(f"Bron: [{escape(info.url)}]({escape(info.url)})")
    return "\n".join(parts)


def documents_table(docs: list[DocumentInfo]) -> list[list[str]]:
    return [[d.title, TYPE_LABELS.get(d.type, d.type), d.section, d.organisation, d.published, d.checked, d.url]
            for d in docs]


TABLE_HEADERS = ["Titel", "Type", "Sectie", "Organisatie", "Gepubliceerd", "Gecontroleerd", "Bron"]
