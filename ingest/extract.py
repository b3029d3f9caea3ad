"""Text out of HTML, PDF and DOCX files, as Markdown with headings (and page markers for PDF), using
trafilatura, pypdf and python-docx. Only the glue is written here."""

from __future__ import annotations

import io
import re
import statistics
from dataclasses import dataclass, field
from typing import Any

from ingest.chunking import page_marker


class ExtractionError(ValueError):
    """The file cannot be read as the type it claims; the message says why, in Dutch."""


@dataclass
class Extracted:
    title: str
    markdown: str
    url: str | None = None
    published: str | None = None
    description: str | None = None
    organisation: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


# ---- HTML -------------------------------------------------------------------------------------------
def extract_html(data: bytes | str, url: str | None = None) -> Extracted:
    """The main content of a web page (menus, breadcrumbs, footers, share buttons and cookie banners
    dropped), its title, canonical URL, publication date and site name."""
    import trafilatura

    html = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    body = trafilatura.extract(html, url=url, output_format="markdown", include_formatting=True,
                               include_links=False, include_comments=False, include_images=False,
                               include_tables=True, favor_precision=True)
    if not body or not body.strip():
        raise ExtractionError("geen hoofdtekst gevonden op de pagina")
    meta = trafilatura.extract_metadata(html, default_url=url)
    title = (meta.title if meta and meta.title else None) or _first_heading(body) or (url or "Pagina")
    title = re.sub(r"\s*[|–-]\s*[^|–-]{2,40}$", "", title).strip() or title  # "Titel | PIANOo" → "Titel"
    body = re.sub(r"\A#\s+.+\n+", "", body.strip()) if _first_heading(body) == title else body.strip()
    return Extracted(title=title, markdown=body, url=(meta.url if meta and meta.url else url),
                     published=(meta.date if meta and meta.date else None),
                     description=(meta.description if meta and meta.description else None),
                     organisation=(meta.sitename if meta and meta.sitename else None))


def _first_heading(markdown: str) -> str | None:
    match = re.search(r"^#{1,2}\s+(.+)$", markdown, re.MULTILINE)
    return match.group(1).strip() if match else None


# ---- PDF ----------------------------------------------------------------------------------------------
def extract_pdf(data: bytes, name: str) -> Extracted:
    """Text per page with page markers; lines in a clearly larger font become headings. A PDF
    without a text layer (a scan) is an error, not an empty document."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = list(reader.pages)
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise ExtractionError(f"de PDF is beschadigd of geen PDF ({exc.__class__.__name__})") from exc
    if reader.is_encrypted:
        raise ExtractionError("de PDF is versleuteld")
    page_lines: list[list[tuple[str, float]]] = []
    for page in pages:
        try:
            page_lines.append(_pdf_lines(page))
        except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on broken content streams
            raise ExtractionError(f"de PDF kan niet worden gelezen ({exc.__class__.__name__})") from exc
    sizes = [size for lines in page_lines for text, size in lines for _ in range(len(text))]
    if sum(len(text) for lines in page_lines for text, _ in lines) < 20:
        raise ExtractionError("de PDF bevat geen tekst (waarschijnlijk een scan); voer eerst OCR uit")
    body_size = statistics.median(sizes)
    parts: list[str] = []
    title = ""
    for number, lines in enumerate(page_lines, start=1):
        parts.append(page_marker(number))
        for text, size in lines:
            heading = size >= body_size * 1.15 and len(text) <= 100 and not text.endswith((".", ",", ";"))
            if heading:
                title = title or text
                parts.append(f"\n## {text}\n")
            else:
                parts.append(text)
    metadata = reader.metadata or {}
    title = str(metadata.get("/Title") or "").strip() or title or name
    markdown = _dehyphenate("\n".join(parts))
    # The /Author of a PDF is usually a person or a program, not the publisher: left to the sidecar.
    return Extracted(title=title, markdown=markdown, extra={"pages": len(pages)})


def _pdf_lines(page: Any) -> list[tuple[str, float]]:
    """(text, font size) per line, top to bottom."""
    fragments: list[tuple[float, float, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            scale = abs(cm[3]) if cm and cm[3] else 1.0
            fragments.append((round(float(tm[5]) * scale + float(cm[5] or 0), 0), float(size) * scale, text))

    page.extract_text(visitor_text=visit)
    lines: dict[float, list[tuple[float, str]]] = {}
    for y, size, text in fragments:
        lines.setdefault(y, []).append((size, text))
    out = []
    for y in sorted(lines, reverse=True):
        text = " ".join(t.strip() for _, t in lines[y] if t.strip())
        text = re.sub(r"\s+", " ", text).strip()
        if text:
            out.append((text, max(s for s, _ in lines[y])))
    return out


def _dehyphenate(text: str) -> str:
    return re.sub(r"(\w)-\n(\w)", r"\1\2", text)


# ---- DOCX ----------------------------------------------------------------------------------------------
_HEADING_STYLE = re.compile(r"^(heading|kop)\s*(\d)$", re.IGNORECASE)


def extract_docx(data: bytes, name: str) -> Extracted:
    """Paragraphs with their heading levels, list items and tables, in document order."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ExtractionError(f"het DOCX-bestand is beschadigd of geen DOCX ({exc.__class__.__name__})") from exc
    lines: list[str] = []
    title = (document.core_properties.title or "").strip()
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = docx.text.paragraph.Paragraph(block, document)
            text = paragraph.text.strip()
            if not text:
                continue
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            level = _HEADING_STYLE.match(style)
            if style.lower() == "title":
                title = title or text
            elif level:
                lines.append(f"\n{'#' * (int(level.group(2)) + 1)} {text}\n")
            elif "list" in style.lower() or "lijst" in style.lower():
                lines.append(f"- {text}")
            else:
                lines.append(f"\n{text}\n")
        elif tag == "tbl":
            table = docx.table.Table(block, document)
            for row in table.rows:
                cells = [c.text.strip() for c in row.cells]
                lines.append("| " + " | ".join(cells) + " |")
    markdown = "\n".join(lines).strip()
    if not markdown:
        raise ExtractionError("het DOCX-bestand bevat geen tekst")
    return Extracted(title=title or _first_heading(markdown) or name, markdown=markdown)
