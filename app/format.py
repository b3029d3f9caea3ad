"""Turning answers and documents into Markdown and HTML for the UI. Everything that came from a user
or a document is escaped: a <script> in a question or a page is shown as text, never run."""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

from kb.catalog import DocumentInfo

TYPE_LABELS = {"guidance": "Uitleg", "handreiking": "Handreiking", "praktijkvoorbeeld": "Praktijkvoorbeeld",
               "onderzoek": "Onderzoek", "wetgeving": "Wet- en regelgeving",
               "vraag": "Veelgestelde vraag"}


def escape(text: Any) -> str:
    """Text that Markdown or HTML shows literally (the <, > and & of a user stay visible)."""
    return html.escape(str(text or ""), quote=True)


def escape_markdown(text: str) -> str:
    """Like escape, for chat messages: Markdown structure (lists, line breaks) stays."""
    return html.escape(text or "", quote=False)


def plain_text(text: str) -> str:
    """What a user typed, as Markdown that shows it literally: no link, emphasis, heading or HTML
    comes alive (a `[klik](javascript:…)` stays those characters). Line breaks stay."""
    out = []
    for char in text or "":
        if char in _HTML_ENTITIES:
            out.append(_HTML_ENTITIES[char])
        elif char in _MARKDOWN_PUNCTUATION:
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


_HTML_ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;"}
_MARKDOWN_PUNCTUATION = set("\\`*_{}[]()#+-.!|~$'=:/^%")
_CITATION = re.compile(r"\[(\d{1,2})\]")


def link_citations(markdown: str) -> str:
    """Every [n] in an answer becomes a link to source card n (#kb-bron-n)."""
    return _CITATION.sub(lambda m: f"[\\[{m.group(1)}\\]](#kb-bron-{m.group(1)} \"Naar bron {m.group(1)}\")", markdown)


MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")


def dutch_date(value: str, with_time: bool = False) -> str:
    """'2019-05-01' → '1 mei 2019' (and an ISO timestamp with its time, in the server's zone, when
    asked); anything else is returned as it was."""
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return str(value or "")
    if with_time and moment.tzinfo is not None:
        moment = moment.astimezone()
    text = f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"
    return text + (f" om {moment:%H:%M}" if with_time and len(str(value)) > 10 else "")


def facet_label(facet: str, value: str) -> str:
    """The Dutch label of a filter value: types get their names, keys become words."""
    if facet in ("type", "types"):
        return TYPE_LABELS.get(value, value)
    if value in FACET_WORDS:
        return FACET_WORDS[value]
    words = value.replace("-", " ").replace("_", " ")
    return words[:1].upper() + words[1:]


FACET_WORDS = {"gww": "GWW (grond-, weg- en waterbouw)", "pso": "PSO (Prestatieladder Socialer Ondernemen)",
               "ict": "ICT", "mvi": "MVI (maatschappelijk verantwoord inkopen)"}


def facet_choices(facet: str, values: list[str]) -> list[tuple[str, str]]:
    """(label, value) pairs for a filter menu."""
    return [(facet_label(facet, v), v) for v in values]


def _age_warning(published: str, status: str, stale_after_years: int, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    if status == "historisch":
        return "Historisch: beschrijft een regel of aanpak die niet meer geldt."
    if published[:4].isdigit() and today.year - int(published[:4]) > stale_after_years:
        return f"Bron is ouder dan {stale_after_years} jaar ({published[:4]}); controleer of dit nog geldt."
    return ""


def chat_message(answer: dict[str, Any]) -> str:
    """The answer as a chat message: its text, or for a refusal the text plus the closest pages."""
    text = link_citations(escape_markdown(answer["answer"]))
    corrections = answer.get("corrections") or []
    if corrections:
        english = answer.get("language") == "en"
        fixed = ", ".join(f"{escape(c['to'])} ({'you typed' if english else 'u typte'} {escape(c['from'])})"
                          for c in corrections)
        text = f"_{'Searched for' if english else 'Gezocht op'}: {fixed}_\n\n{text}"
    if answer.get("refused") and answer.get("closest"):
        links = "\n".join(f"- [{escape(c['title'])}]({escape(c['url'])})" for c in answer["closest"])
        text = f"{text}\n\n{links}"
    for warning in answer.get("warnings") or []:  # e.g. an unfinished first ingest
        text = f"{text}\n\n⚠ {escape_markdown(warning)}"
    return text


def source_cards(answer: dict[str, Any] | None, stale_after_years: int) -> str:
    """HTML cards for the sources of an answer (or the closest pages of a refusal). Card n has the id
    kb-bron-n, the target of the [n] links in the answer, and can take the focus."""
    if not answer:
        return "<p class='kb-empty'>De bronnen van het antwoord verschijnen hier.</p>"
    citations = answer.get("citations") or []
    heading = "Bronnen bij het antwoord"
    if not citations:
        citations = answer.get("closest") or []
        heading = "Dichtstbijzijnde pagina's"
    if not citations:
        return "<p class='kb-empty'>Geen bronnen bij dit antwoord.</p>"
    cards = [f"<h2 class='kb-sources-heading'>{heading}</h2>"]
    for c in citations:
        date = c.get("published") or ""
        warning = _age_warning(date, c.get("status", "actueel"), stale_after_years)
        numbered = bool(answer.get("citations"))
        number = f"[{c['n']}] " if numbered else ""
        anchor = f" id='kb-bron-{int(c['n'])}' tabindex='-1'" if numbered else ""
        page = f", p. {c['page']}" if c.get("page") else ""
        meta = " · ".join(escape(x) for x in (TYPE_LABELS.get(c.get("type", ""), c.get("type")), c.get("section"),
                                              c.get("organisation"), dutch_date(date)) if x)
        cards.append(
            f"<div class='kb-card'{anchor}>"
            f"<h3 class='kb-card-title'>{number}{escape(c['title'])}{escape(page)}</h3>"
            f"<div class='kb-card-meta'>{meta}</div>"
            + (f"<div class='kb-warning'>⚠ {escape(warning)}</div>" if warning else "")
            + _external_link(c["url"], c["url"])
            + f"<details><summary>Passage{(' — ' + escape(c['heading'])) if c.get('heading') else ''}</summary>"
            f"<p class='kb-passage'>{escape(c['passage'])}</p></details>"
            "</div>"
        )
    return "\n".join(cards)


def _external_link(url: str, text: str) -> str:
    """A link that opens in a new tab, and says so to screen-reader users."""
    if not url:
        return ""
    return (f"<a class='kb-link' href='{escape(url)}' target='_blank' rel='noopener noreferrer'>{escape(text)}"
            "<span class='kb-sr-only'> (opent in een nieuw tabblad)</span></a>")


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


def example_label(doc: DocumentInfo) -> str:
    """A practice example's title with its year, unless the title already names it."""
    year = str(doc.year) if doc.year else ""
    return f"{doc.title} ({year})" if year and year not in doc.title else doc.title


def example_cards(examples: list[DocumentInfo], total: int, first: int) -> str:
    """HTML cards for one page of practice examples (*first* is the 0-based position of the first
    card in all *total* results): organisation, contract, what was asked, result, link."""
    if not examples:
        return ("<p class='kb-empty' role='status'>Geen praktijkvoorbeelden gevonden. "
                "Gebruik andere zoekwoorden of maak de filters ruimer.</p>")

    def clip(text: str, n: int = 260) -> str:
        text = " ".join(text.split())
        return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "…"

    noun = "praktijkvoorbeeld" if total == 1 else "praktijkvoorbeelden"
    shown = f"{first + 1}" if len(examples) == 1 else f"{first + 1} tot en met {first + len(examples)}"
    cards = [f"<p class='kb-count' role='status'>{total} {noun} gevonden; u ziet {shown}.</p>"]
    for doc in examples:
        facets = " · ".join(escape(x) for x in (doc.organisation_type, ", ".join(doc.sectors),
                                                ", ".join(doc.instruments), doc.year) if x)
        cards.append(
            "<div class='kb-card'>"
            f"<h2 class='kb-card-title'>{escape(example_label(doc))}</h2>"
            f"<div class='kb-card-meta'>{escape(doc.organisation)}{' · ' + facets if facets else ''}</div>"
            f"<p><b>Opdracht:</b> {escape(clip(doc.contract or doc.contract_text))}</p>"
            f"<p><b>Gevraagd:</b> {escape(clip(doc.asked))}</p>"
            f"<p><b>Resultaat:</b> {escape(clip(doc.result))}</p>"
            + _external_link(doc.url, f"Bron: {doc.title}")
            + "</div>"
        )
    return "\n".join(cards)


def document_markdown(info: DocumentInfo, sections: list[tuple[str, str]]) -> str:
    """A whole document for reading in the app."""
    meta = " · ".join(escape(x) for x in (TYPE_LABELS.get(info.type, info.type), info.section, info.organisation,
                                          dutch_date(info.date)) if x)
    parts = [f"## {escape(info.title)}", f"_{meta}_", "", escape_markdown(info.summary), ""]
    if info.status == "historisch":
        parts.insert(2, "**Historisch:** dit document beschrijft een regel of aanpak die niet meer geldt.")
    for heading, text in sections:
        parts += [f"### {escape(heading)}", escape_markdown(text), ""]
    parts.append(f"Bron: [{escape(info.url)}]({escape(info.url)})")
    return "\n".join(parts)


def documents_table(docs: list[DocumentInfo]) -> str:
    """The Bronnen tab's table: title linked to its source, type, section, organisation and dates."""
    if not docs:
        return "<p class='kb-empty'>Geen documenten bij deze keuze.</p>"
    rows = []
    for d in docs:
        title = _external_link(d.url, d.title) if d.url else escape(d.title)
        rows.append(f"<tr><td>{title}</td><td>{escape(TYPE_LABELS.get(d.type, d.type))}</td>"
                    f"<td>{escape(facet_label('section', d.section))}</td><td>{escape(d.organisation)}</td>"
                    f"<td>{escape(dutch_date(d.published) or 'onbekend')}</td>"
                    f"<td>{escape(dutch_date(d.checked) or 'onbekend')}</td></tr>")
    head = "".join(f"<th scope='col'>{h}</th>" for h in TABLE_HEADERS)
    return ("<div class='kb-table-wrap'><table class='kb-table'><caption class='kb-sr-only'>Documenten in de "
            f"kennisbank</caption><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>")


TABLE_HEADERS = ["Titel en bron", "Type", "Sectie", "Organisatie", "Gepubliceerd", "Gecontroleerd"]


def index_summary(stats: dict[str, Any], shown: int) -> str:
    """The index in plain words: how many documents and passages, and when it was last brought up to date."""
    updated = dutch_date(stats.get("indexed_at") or "", with_time=True)
    text = (f"De kennisbank bevat **{_thousands(stats['documents'])} documenten**, opgedeeld in "
            f"{_thousands(stats['chunks'])} passages waarin wordt gezocht.")
    if updated:
        text += f" Laatst bijgewerkt op {updated}."
    return text + f" Hieronder: {_thousands(shown)} {'document' if shown == 1 else 'documenten'}."


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")
