"""Heading-aware chunking: a chunk never spans two sections; long sections split on sentences."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field

from kb.schema import SUMMARY_HEADING
from kb.language.sentences import split_sentences

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|`)")
_SINGLE_STAR = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


# Part of every document's hash: a change to how documents are cut into chunks re-chunks them all.
CHUNKING_VERSION = 2  # 2: table rows stay rows

PAGE_MARKER = re.compile(r"^<!--\s*page:\s*(\d+)\s*-->$")


def page_marker(number: int) -> str:
    """The line that tells the chunker a new page of the source starts here (PDF)."""
    return f"<!-- page: {number} -->"


@dataclass
class Section:
    heading: str  # heading path, "H2 > H3"
    text: str     # plain text (inline Markdown removed), lines kept
    page: int | None = None  # page of the source the text is on (PDF), if known


@dataclass
class Chunk:
    doc_id: str
    chunk_index: int
    heading: str
    text: str
    metadata: dict[str, object] = field(default_factory=dict)
    page: int | None = None

    @property
    def id(self) -> str:
        return f"{self.doc_id}::{self.chunk_index}"

    @property
    def content_hash(self) -> str:
        payload = json.dumps([self.heading, self.text, self.metadata], sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def plain_line(line: str) -> str:
    """One Markdown line as plain text: links become their text, emphasis and HTML tags go."""
    line = _LINK.sub(r"\1", line)
    line = _HTML_TAG.sub("", line)
    line = _EMPHASIS.sub("", line)
    line = _SINGLE_STAR.sub(r"\1", line)
    if line.lstrip().startswith("|"):
        # A table row stays a row of its own ("| a | b |"): never joined to the next line, so the answerer
        # can quote a table as a table.
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        line = "| " + " | ".join(cells) + " |"
    return line.rstrip()


def is_table_row(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3


# Sections that only point elsewhere ("Zie ook", "Meer lezen") hold titles, not knowledge.
_POINTER_SECTION = re.compile(r"^(zie ook|meer (lezen|informatie)|lees (ook|meer|verder)|verder lezen|gerelateerd|"
                              r"related|see also)\b", re.IGNORECASE)
_BLOCK_START = re.compile(r"^\s*([-*+•]|\d{1,2}[.)]|\|)")


def _join_soft_wraps(lines: list[str]) -> list[str]:
    """Lines of one paragraph joined: Markdown wraps prose, but a sentence must not break."""
    joined: list[str] = []
    for line in lines:
        previous = joined[-1] if joined else ""
        if (line.strip() and previous.strip() and not _BLOCK_START.match(line)
                and not previous.rstrip().endswith(":") and not _BLOCK_START.match(previous)):
            joined[-1] = previous.rstrip() + " " + line.strip()
        else:
            joined.append(line)
    return joined


def split_sections(body: str, title: str) -> list[Section]:
    """Sections of a Markdown body under their heading path; text before the first heading sits under the title."""
    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    lines: list[str] = []
    page: int | None = None

    def flush() -> None:
        text = "\n".join(_join_soft_wraps(lines)).strip()
        if text and not (stack and _POINTER_SECTION.match(stack[-1][1])):
            path = " > ".join(h for _, h in stack) or title
            sections.append(Section(heading=path, text=re.sub(r"\n{3,}", "\n\n", text), page=page))
        lines.clear()

    in_code = False
    for raw in body.splitlines():
        marker = PAGE_MARKER.match(raw.strip())
        if marker:  # a section never spans two pages, so every chunk knows its page
            flush()
            page = int(marker.group(1))
            continue
        if raw.strip().startswith("```"):
            in_code = not in_code
            continue
        match = None if in_code else _HEADING.match(raw)
        if match:
            flush()
            level = len(match.group(1))
            heading = plain_line(match.group(2)).strip()
            if level == 1 and heading.casefold() == title.casefold():
                continue
            stack = [(lvl, h) for lvl, h in stack if lvl < level] + [(level, heading)]
            continue
        if _TABLE_RULE.match(raw):
            continue
        lines.append(plain_line(raw))
    flush()
    return sections


def _units(text: str) -> list[tuple[str, str]]:
    """(separator-before, piece): list items and paragraphs keep their line breaks, prose splits on sentences."""
    units: list[tuple[str, str]] = []
    blank = False
    for line in text.splitlines():
        if not line.strip():
            blank = True
            continue
        stripped = line.strip()
        new_line = "\n\n" if blank else "\n"
        blank = False
        if re.match(r"^([-*+•]|\d{1,2}[.)])\s+", stripped) or "|" in stripped:
            units.append((new_line, stripped))
            continue
        for i, sentence in enumerate(split_sentences(stripped)):
            units.append((new_line if i == 0 else " ", sentence))
    return units


def _join(units: list[tuple[str, str]]) -> str:
    return "".join(sep + piece for sep, piece in units).strip()


def chunk_section(text: str, max_chars: int, overlap: int) -> list[str]:
    """Split one section into chunks of at most about *max_chars*, on sentence boundaries."""
    if len(text) <= max_chars:
        return [text]
    units = _units(text)
    chunks: list[str] = []
    current: list[tuple[str, str]] = []
    size = 0
    header: str | None = None  # the header row of the table being read
    previous_row = False
    for unit in units:
        row = is_table_row(unit[1])
        if row and not previous_row:
            header = unit[1]
        previous_row = row
        if current and size + len(unit[1]) + 1 > max_chars:
            chunks.append(_join(current))
            carried = [] if row else (current[-overlap:] if overlap else [])
            if sum(len(p) for _, p in carried) > max_chars // 2:
                carried = []
            current = [(" " if not is_table_row(p) else "\n", p) for _, p in carried]
            if row and header and unit[1] != header:
                current = [("\n", header)]  # a table that goes on in the next chunk keeps its header
            size = sum(len(p) + 1 for _, p in current)
        current.append(unit)
        size += len(unit[1]) + 1
    if current:
        tail = _join(current)
        # A tail that only repeats the overlap adds nothing.
        if not chunks or len(current) > overlap:
            chunks.append(tail)
    return chunks


def chunk_document(doc_id: str, title: str, body: str, metadata: dict[str, object],
                   max_chars: int = 900, overlap: int = 1, summary: str | None = None) -> list[Chunk]:
    """All chunks of a document, numbered in reading order. A summary, when given, is the first chunk:
    a short, fact-dense passage that answers overview questions and can be cited like any other."""
    chunks: list[Chunk] = []
    if summary and summary.strip():
        chunks.append(Chunk(doc_id=doc_id, chunk_index=0, heading=SUMMARY_HEADING, text=summary.strip(),
                            metadata=dict(metadata)))
    for section in split_sections(body, title):
        for text in chunk_section(section.text, max_chars, overlap):
            chunks.append(Chunk(doc_id=doc_id, chunk_index=len(chunks), heading=section.heading,
                                text=text, metadata=dict(metadata), page=section.page))
    return chunks
