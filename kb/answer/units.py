"""The units an extractive answer may quote from a passage: whole sentences, a list with its
introduction, a table with its header. Never a heading, a glossary fragment out of place, a list item
without its introduction, an introduction without its items, or a table row without its header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kb.language.sentences import sentence_spans
from kb.schema import SHORT_ANSWER_HEADING

MIN_CHARS = 25
MIN_WORDS = 5
MAX_LIST_ITEMS = 10
_ATTRIBUTION = re.compile(r"^\(?\s*(bron|source)\s*:|^(zie|lees|see|read)\s", re.IGNORECASE)  # says where, not what
# A sentence about the page or another page ("Dit document gaat over…", "… staat in 'Titel'."): a pointer,
# not a fact; the answer's own "Lees verder" does the pointing.
_POINTER = re.compile(r"^(dit|het|deze) (document|pagina) (gaat over|beschrijft|behandelt|bespreekt|geeft)\b"
                      r"|\bsta(at|an) (beschreven )?in ((het|de|dit|een) )?((praktijk)?voorbeeld|document|pagina|"
                      r"onderzoek|handreiking|rapport)?\s*[\"'‘“]"
                      r"|^(zie|lees (meer )?in) ((het|de) )?((praktijk)?voorbeeld|document|pagina)?\s*[\"'‘“]", re.IGNORECASE)
# A sentence that opens by pointing back ("Met dat percentage...", "Daarom...") needs the one before it.
_POINTS_BACK = re.compile(r"^(dat|die|deze|dit|daar\w*|hier\w*|met (dat|die|deze|dit)|ook|bovendien|wel|dan|"
                          r"zo|zij|hij|het gaat|dergelijke|zulke|this|that|these|those|it|they)\b"
                          r"|^(\w+ ){0,2}(dezelfde|hetzelfde|diezelfde|datzelfde|ditzelfde|eerdergenoemde|"
                          r"bovengenoemde|voornoemde|genoemde)\b"
                          # the pronoun after an adverb and its verb ("Meestal komen zij …", "Daarna krijgt hij …")
                          r"|^(meestal|vaak|soms|daarna|vervolgens|nu|toen|inmiddels|eerst|later|dus|nog|al)\s+"
                          r"[^\W\d_]+\s+(zij|ze|hij)\b", re.IGNORECASE)
# A sentence that announces the list items after it ("De provincie noemt 4 manieren:", "Er zijn drie vormen.")
_ANNOUNCES = re.compile(r"\b(\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|volgende|onderstaande)\b"
                        r"[^.!?]{0,40}[.:]?\s*$", re.IGNORECASE)
# A sentence that only counts what the next sentences name ("Movisie noemt 2 doelen van de Participatiewet.", "Het zijn
# 2 verschillende routes."): quoted alone it names none of them. (Naming verbs only, and a count of two or three: "Er
# zijn 4 leerlingen via een bbl-traject gestart." states a fact.)
_COUNTS_WHAT_FOLLOWS = re.compile(
    r"(\b(noemt|noemen|onderscheidt|onderscheiden|kent|kennen|beschrijft|beschrijven)\s+(?P<n>[23]|twee|drie)\s+"
    r"(\w+\s+)?[a-zë]+(en|s|ën)(\s+(van|voor|in|bij|binnen|rond)\b[^.!?:,;]{0,40})?"
    r"|^(Er|Het) zijn (?P<m>[23]|twee|drie)\s+(\w+\s+)?[a-zë]+(en|s|ën))\.$")
_COUNTS = {"twee": 2, "drie": 3}
# "SROI – Voluit de naam van …": an entry of a glossary; it answers "wat is SROI?" and nothing else.
_GLOSSARY_ENTRY = re.compile(r"^\s*(?P<term>[^\s–—:.][^–—:.]{0,60}?)\s+[–—]\s+\S")
# a short label that opens a list item, capitalised and ended by a full stop ("Beroepsbegeleidende leerweg (bbl).",
# "Sociaal inkopen.", "Uren inzet."); not a sentence of its own ("Dat mag.", "Zo niet, dan volgt een boete.")
_LABEL = re.compile(r"^(?!.*\b(is|zijn|was|wordt|worden|mag|mogen|kan|kunnen|moet|moeten|telt|tellen|heeft|hebben|gaat|"
                    r"gaan|geldt|gelden|staat|komt|ligt|blijft|volgt|werkt|betalen|betaalt|dat|dit|deze|die|het|ja|nee|"
                    r"wel|niet|geen|er|je|u|we|wij|zij|ze|hij|of|en|or|and|it|yes|no|not)\b)"
                    # (at most five words, and no alternatives: "Werkmakelaar of WSP." is no one term)
                    r"(?-i:[A-Z])[^\s.!?:;,]*(\s+[^\s.!?:;,(]+){0,4}(\s+\([^()]{1,40}\))?\.$", re.IGNORECASE)
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")


@dataclass
class Unit:
    """One quotable piece of a passage: `text` is `passage[start:end]` (tables: their rows)."""

    start: int
    end: int
    text: str
    kind: str = "sentence"  # sentence | list | table
    rows: list[str] = field(default_factory=list)  # table: header first, then the rows (passage lines)
    intro: str = ""  # table: the sentence before it, if it introduces the table
    glossary_term: str = ""
    label: str = ""  # a list item led by its own short label ("Beroepsbegeleidende leerweg (bbl). Volgens …")

    @property
    def words(self) -> int:
        return len(self.text.split())


def glossary_entries(text: str) -> list[str]:
    """The terms of the glossary entries ("Term – definition" lines) in a passage."""
    terms = []
    for line in text.splitlines():
        match = _GLOSSARY_ENTRY.match(line.lstrip("-*• "))
        if match:
            terms.append(match.group("term").strip())
    return terms


def is_table_row(line: str) -> bool:
    return bool(_TABLE_ROW.match(line)) and line.count("|") >= 3


def table_cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of *text*, without its line break."""
    out, offset = [], 0
    for line in text.splitlines(keepends=True):
        out.append((offset, offset + len(line.rstrip("\r\n"))))
        offset += len(line)
    return out


def _tables(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, rows) of every run of table rows in *text*."""
    tables: list[tuple[int, int, list[str]]] = []
    current: list[tuple[int, int]] = []
    for start, end in [*_lines(text), (len(text) + 1, len(text) + 1)]:
        if start <= len(text) and is_table_row(text[start:end]):
            current.append((start, end))
            continue
        if len(current) >= 2:
            tables.append((current[0][0], current[-1][1], [text[s:e].strip() for s, e in current]))
        current = []
    return tables


def _cut_at_end(text: str, start: int, end: int) -> bool:
    """Whether the list at *start*–*end* is cut at the passage's end ("…;" and no more): its other items are in the
    next chunk."""
    return bool(re.search(r"[;,]$", text[start:end].strip())) and not text[end:].strip()


def quotable_units(text: str) -> list[Unit]:
    """Every unit of a passage that an answer may quote, in reading order."""
    tables = _tables(text)
    in_table = lambda pos: any(s <= pos < e for s, e, _ in tables)  # noqa: E731
    spans = [(s, e, item) for s, e, item in sentence_spans(text) if not in_table(s)]
    units: list[Unit] = []
    i = 0
    while i < len(spans):
        start, end, is_item = spans[i]
        sentence = text[start:end].rstrip()
        j = i + 1
        following_items = j < len(spans) and spans[j][2] and "\n" in text[end:spans[j][0]]
        if not is_item and following_items and (sentence.endswith(":") or _ANNOUNCES.search(sentence)):
            # an introduction takes its list; together they are one unit
            while j < len(spans) and spans[j][2] and j - i <= MAX_LIST_ITEMS:
                end = spans[j][1]
                j += 1
            if len(sentence.split()) <= 3 and units and units[-1].kind == "sentence" \
                    and not _cut_at_end(text, start, end) and text[units[-1].end:start].count("\n\n") <= 1:
                # an introduction of a few words ("Wel van belang:", "**Wat opdrachtgevers verwachten:**") says what the
                # list is about with the sentence before it ("Een algemene regel voor een eerder einde geven de bronnen
                # niet.", a paragraph "Het probleem is bekend. …" before; tuning +6 facts, and 3 of them lost when only
                # the same paragraph counted); not a list cut at the passage's end, which is left out below (the
                # sentence stays quotable on its own)
                start = units.pop().start
            units.append(Unit(start, end, text[start:end], kind="list"))
            i = j
            continue
        table = next((t for t in tables if 0 <= t[0] - end <= 3 and sentence.endswith(":")), None)
        if table is not None and not is_item:
            units.append(Unit(start, table[1], text[start:table[1]], kind="table", rows=table[2], intro=sentence))
            tables.remove(table)
            i = j
            continue
        if is_item:
            labelled = _labelled_item(text, spans, i)
            if labelled is not None:
                # an item led by its own short label says what it is about ("Beroepsbegeleidende leerweg (bbl).
                # Volgens de Taalunie is de bbl …", "Sociaal inkopen. In Den Haag telt …"): the label with the
                # sentence after it stands alone, in a list that no introduction announced
                units.append(Unit(start, spans[labelled][1], text[start:spans[labelled][1]],
                                  label=sentence.rstrip(".: ")))
                i = labelled + 1
                continue
            i = j  # any other list item never stands alone
            continue
        counts = _COUNTS_WHAT_FOLLOWS.search(sentence)
        if counts is not None:
            # the sentence with the ones it counts, when they follow in the same paragraph (else it stays as it is)
            count = counts.group("n") or counts.group("m")
            n = _COUNTS.get(count.lower()) or int(count)
            named = spans[j:j + n]
            if len(named) == n and not any(item for _, _, item in named) \
                    and not re.search(r"\n\s*\n", text[end:named[-1][0]]):
                end = named[-1][1]
                units.append(Unit(start, end, text[start:end]))
                i = j + n
                continue
        if _POINTS_BACK.match(sentence) and not _POINTER.search(sentence) and units \
                and units[-1].kind == "sentence" and "\n" not in text[units[-1].end:start].strip():
            previous = units.pop()
            start = previous.start
        units.append(Unit(start, end, text[start:end]))
        i = j
    for start, end, rows in tables:  # tables without an introduction
        units.append(Unit(start, end, text[start:end], kind="table", rows=rows))
    kept: list[Unit] = []
    for unit in sorted(units, key=lambda u: u.start):
        plain = unit.text.strip()
        if unit.kind == "sentence":
            if (len(plain) < MIN_CHARS or unit.words < MIN_WORDS or plain.endswith(":")
                    or _ATTRIBUTION.match(plain) or _POINTER.search(plain)
                    or not re.search(r"[.!?)\"'”]$", plain)):
                continue  # headings, fragments, introductions without their list
            glossary = _GLOSSARY_ENTRY.match(plain)
            if glossary:
                unit.glossary_term = glossary.group("term").strip()
        elif unit.kind == "list" and _cut_at_end(text, unit.start, unit.end):
            continue  # a list cut at the passage's end ("…; " and no more): its other items are in the next chunk
        kept.append(unit)
    return kept


def _labelled_item(text: str, spans: list[tuple[int, int, bool]], i: int) -> int | None:
    """The index of the sentence after a short label that opens list item *i* ("Sociaal inkopen." then "In Den
    Haag telt …", on the same line), or None when the item opens otherwise."""
    start, end, _ = spans[i]
    label = text[start:end].strip()
    line_start = text.rfind("\n", 0, start) + 1
    if (i + 1 >= len(spans) or not spans[i + 1][2] or "\n" in text[end:spans[i + 1][0]]
            or text[line_start:start].strip(" -*•\t") or not _LABEL.match(label)):
        return None
    return i + 1


def glossary_definition(text: str) -> str:
    """What a glossary entry says of its term, without the term ("Inspanningsverplichting versus
    resultaatverplichting – Bij een …" → "Bij een …"); any other text as it is."""
    plain = text.strip()
    match = _GLOSSARY_ENTRY.match(plain)
    return plain[match.end() - 1:] if match else plain


def row_text(header: str, row: str) -> str:
    """One table row as a sentence of 'column: value' pairs ("Situatie: WW-uitkering; Waarde: € 20.000")."""
    names, values = table_cells(header), table_cells(row)
    return "; ".join(f"{n}: {v}" if n else v for n, v in zip(names, values) if v)


def scoring_texts_of(unit: Unit) -> list[str]:
    """What gets embedded of a unit: its text (whitespace normalised), or for a table its introduction
    and each row on its own, so the row that answers can be found."""
    if unit.kind == "table":
        header = unit.rows[0]
        return [" ".join(f"{unit.intro} {row_text(header, row)}".split()) for row in unit.rows[1:]] or [unit.intro]
    return [" ".join(unit.text.split())]


def scoring_texts(passage: str, whole: bool = False) -> list[str]:
    """Everything the answerer may embed of one passage: used to warm the embedding cache at ingest.
    *whole*: the passage is also one unit of its own (a vraag's short answer)."""
    texts = [text for unit in quotable_units(passage) for text in scoring_texts_of(unit)]
    return texts + [" ".join(passage.split())] if whole else texts


def quoted_whole(heading: object, doc_type: object) -> bool:
    """Whether a passage is also quoted as one whole unit: a vraag's `## Kort antwoord`."""
    return heading == SHORT_ANSWER_HEADING and doc_type == "vraag"
