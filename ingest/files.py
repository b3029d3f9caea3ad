"""Files other than the bundled corpus: Markdown (with or without front matter), HTML, PDF and DOCX.

Metadata a file lacks comes from a sidecar YAML next to it (`rapport.pdf.yaml`, same fields as the
corpus front matter) or from command-line defaults (`--type`, `--section`, `--organisation`).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ingest.documents import Document, DocumentError, DocumentMeta, describe_validation, parse_markdown
from ingest.extract import Extracted, ExtractionError, extract_docx, extract_html, extract_pdf
from kb.language.sentences import split_sentences

SUPPORTED = (".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def sidecar(path: Path) -> dict[str, Any]:
    """Metadata from `<file>.yaml` (or `.yml`) next to the file, or {}."""
    for candidate in (path.with_name(path.name + ".yaml"), path.with_name(path.name + ".yml")):
        if candidate.exists():
            try:
                data = yaml.safe_load(candidate.read_text(encoding="utf-8")) or {}
            except yaml.YAMLError as exc:
                raise DocumentError(str(candidate), f"sidecar is geen geldige YAML ({exc.__class__.__name__})") from exc
            if not isinstance(data, dict):
                raise DocumentError(str(candidate), "sidecar is geen YAML-woordenboek")
            return data
    return {}


def _date(value: str | None) -> str | None:
    match = _DATE.match(value or "")
    return "-".join(p for p in match.groups() if p) if match else None


def _summary(extracted: Extracted) -> str:
    if extracted.description and len(extracted.description) >= 20:
        return extracted.description.strip()
    text = re.sub(r"<!--.*?-->|^#+\s.*$", " ", extracted.markdown, flags=re.MULTILINE)
    sentences = split_sentences(" ".join(text.split()))
    summary = ""
    for sentence in sentences:
        if len(summary) > 200:
            break
        summary = f"{summary} {sentence}".strip()
    return summary if len(summary) >= 20 else f"Tekst uit {extracted.title}."


def document_from_extracted(doc_id: str, extracted: Extracted, *, source_url: str, defaults: dict[str, Any],
                            overrides: dict[str, Any], checked: dt.date | None = None) -> Document:
    """A Document from extracted text: extracted facts, then command-line defaults, then the sidecar.
    *checked* is when the content was last seen to change (the file's date), so that re-ingesting
    unchanged files writes nothing."""
    meta: dict[str, Any] = {
        "title": extracted.title[:300], "type": "guidance", "section": "verwant",
        "organisation": extracted.organisation or "onbekend",
        "sources": [{"url": extracted.url or source_url, "title": extracted.title[:300]}],
        "published": _date(extracted.published), "checked": (checked or dt.date.today()).isoformat(),
        "summary": _summary(extracted),
    }
    meta.update({k: v for k, v in defaults.items() if v})
    meta.update(overrides)
    try:
        validated = DocumentMeta.model_validate({k: v for k, v in meta.items() if v is not None})
    except ValidationError as exc:
        raise DocumentError(doc_id, describe_validation(exc)) from exc
    return Document(doc_id=doc_id, meta=validated, body=extracted.markdown, summary_passage=False,
                    extra={k: v for k, v in extracted.extra.items() if isinstance(v, (str, int, float, bool))})


def extract(data: bytes, kind: str, name: str, url: str | None = None) -> Extracted:
    """Dispatch on the kind of file: 'html', 'pdf', 'docx' or 'md'."""
    if kind == "html":
        return extract_html(data, url)
    if kind == "pdf":
        return extract_pdf(data, name)
    if kind == "docx":
        return extract_docx(data, name)
    if kind == "md":
        text = data.decode("utf-8", errors="replace")
        heading = re.search(r"^#\s+(.+)$", text, re.MULTILINE)
        return Extracted(title=heading.group(1).strip() if heading else name, markdown=text)
    raise ExtractionError(f"bestandstype wordt niet ondersteund (wel: {', '.join(SUPPORTED)})")


def kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    return {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf",
            ".docx": "docx"}.get(suffix, suffix.lstrip(".") or "onbekend")


def load_file(path: Path, doc_id: str, defaults: dict[str, Any] | None = None) -> Document:
    """One file as a Document; DocumentError names the file and the problem."""
    defaults = defaults or {}
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(str(path), f"kan het bestand niet lezen ({exc.strerror})") from exc
    overrides = sidecar(path)
    kind = kind_of(path)
    if kind == "md" and data.lstrip().startswith(b"---"):
        document = parse_markdown(data.decode("utf-8", errors="replace"), doc_id)
        document.path = path
        return document
    try:
        extracted = extract(data, kind, path.stem)
    except ExtractionError as exc:
        raise DocumentError(str(path), str(exc)) from exc
    modified = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.timezone.utc).date()
    document = document_from_extracted(doc_id, extracted, source_url=path.resolve().as_uri(),
                                       defaults=defaults, overrides=overrides, checked=modified)
    document.path = path
    return document


def expand_paths(paths: list[Path]) -> tuple[list[Path], list[Path], list[dict[str, str]]]:
    """(files to load, folders they came from, errors for paths that do not exist or are unsupported)."""
    files: list[Path] = []
    folders: list[Path] = []
    errors: list[dict[str, str]] = []
    for path in paths:
        if path.is_dir():
            folders.append(path.resolve())
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED
                                and not any(part.startswith(".") for part in p.relative_to(path).parts)))
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED:
                files.append(path)
            else:
                errors.append({"path": str(path), "error": f"bestandstype {path.suffix or '(geen)'} wordt niet "
                               f"ondersteund (wel: {', '.join(SUPPORTED)})"})
        else:
            errors.append({"path": str(path), "error": "bestaat niet"})
    return files, folders, errors
