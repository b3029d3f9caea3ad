"""A plan as a memo: Markdown (for the terminal, the app and downloads) and DOCX (python-docx), both with
every citation and the dates of the rules."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from kb.errors import MissingExtra
from kb.plan.model import Line, Plan, euro, percent
from kb.plan.request import TYPE_NAMES
from kb.plan.rules import dutch_date

DISCLAIMER = ("Hulpmiddel, geen juridisch advies. Bedragen en regels komen uit de genoemde bronnen; controleer ze "
              "in het actuele beleid van de opdrachtgever. Conceptteksten zijn bedoeld voor de juridische afdeling.")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#|>~])")


def escape(text: str) -> str:
    """User text shown as text in Markdown (no HTML, no formatting)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def refs(cites: list[int]) -> str:
    """' [1] [3]': each number once, in order of first mention."""
    return "".join(f" [{n}]" for n in dict.fromkeys(cites))


def title(plan: Plan) -> str:
    who = f" – {plan.organisation}" if plan.organisation else ""
    return f"Social-returnplan: {TYPE_NAMES[plan.request.type]} van {euro(plan.request.value)}{who}"


def facts(plan: Plan) -> list[tuple[str, str]]:
    r = plan.request
    rules = plan.profile_name or "algemene richtlijnen (geen regels van deze organisatie in de kennisbank)"
    return [("Soort opdracht", TYPE_NAMES[r.type]), ("Opdrachtwaarde (excl. btw)", euro(r.value)),
            ("Looptijd", f"{r.years:g} jaar" if r.years else "niet opgegeven"), ("Sector", r.sector or "niet opgegeven"),
            ("Organisatie", r.organisation or "niet opgegeven"),
            ("Aandeel arbeid", percent(r.labour_share * 100) if r.labour_share is not None else "niet opgegeven"),
            ("Gebruikte regels", rules)]


def _lines(lines: list[Line]) -> list[str]:
    return [f"- {line.text}{refs(line.cites)}" for line in lines]


def to_markdown(plan: Plan, today: dt.date | None = None) -> str:
    """The full memo in Markdown."""
    today = today or dt.date.today()
    made = f"_Gemaakt met de Social Return kennisbank op {dutch_date(today)}. {DISCLAIMER}_"
    out = [f"# {escape(title(plan))}", "", made, "", f"**{escape(plan.headline)}**", ""]
    if plan.notices:
        out += [f"> {escape(line.text)}{refs(line.cites)}" for line in plan.notices] + [""]
    out += ["## De opdracht", "", "| | |", "|---|---|"]
    out += [f"| {name} | {escape(value)} |" for name, value in facts(plan)] + [""]
    out += ["## 1. Past social return bij deze opdracht?", "", *_lines(plan.fit), ""]
    out += ["## 2. Routes", ""]
    for route in plan.routes:
        out += [f"**{route.name}** — {route.verdict}. {route.text}{refs(route.cites)}", ""]
    out += ["## 3. De verplichting in euro's", "", *_lines(plan.obligation.lines), ""]
    out += ["## 4. Zo kan de verplichting worden ingevuld", "", *_lines(plan.combinations_note), ""]
    for combination in plan.combinations:
        out += [f"**{combination.title}**{refs(combination.cites)}", "",
                "| Aantal | Bouwblok | Waarde | Subtotaal |", "|---|---|---|---|"]
        out += [f"| {i.count} | {i.label} | {euro(i.value)} per {i.per} | {euro(i.total)} |" for i in combination.items]
        out += [f"| | **Totaal** | | **{euro(combination.total)}** |", "",
                (f"{combination.arithmetic()} (doel {euro(combination.target)}; tabel: {combination.table}, "
                 f"{combination.table_date})."), ""]
        if combination.persons_note:
            out += [f"Let op: {combination.persons_note}.", ""]
    out += ["## 5. Conceptteksten voor het bestek", ""]
    for clause in plan.clauses:
        out += [f"### {clause.title}", ""]
        out += [f"> {line}  " for line in clause.text.splitlines()]
        out += ["", f"Gebaseerd op:{refs(clause.cites)}", ""]
    out += ["## 6. Checklist per fase", ""]
    for phase in plan.checklist:
        out += [f"### {phase.name}", ""] + [f"- [ ] {line.text}{refs(line.cites)}" for line in phase.items] + [""]
    out += ["## Bronnen", ""]
    for source in plan.sources:
        page = f" — {source.source_title}" if source.source_title else ""
        dates = f"; {'; '.join(source.dates)}" if source.dates else ""
        out.append(f"[{source.n}] {source.title}{page}. {source.url} (document `{source.doc_id}`, gecontroleerd "
                   f"{source.checked}{dates})  ")
    out += ["", "## Datum van de regels", "", *[f"- {d}" for d in plan.rule_dates], ""]
    return "\n".join(out)


def summary_text(plan: Plan) -> str:
    """A short terminal summary: headline, arithmetic, combinations and the sources they cite."""
    out = [plan.headline, ""]
    out += [line.text + refs(line.cites) for line in plan.notices]
    out += [line.text + refs(line.cites) for line in plan.obligation.lines]
    for combination in plan.combinations:
        out.append(f"{combination.title}: {combination.arithmetic()}{refs(combination.cites)}")
    used = sorted({n for line in [*plan.notices, *plan.obligation.lines] for n in line.cites}
                  | {n for c in plan.combinations for n in c.cites})
    if used:
        out += ["", "Bronnen:"]
        for source in plan.sources:
            if source.n in used:
                page = f" — {source.source_title}" if source.source_title else ""
                dates = f" ({'; '.join(source.dates)})" if source.dates else ""
                out.append(f"[{source.n}] {source.title}{page}{dates}\n    {source.url}")
    out += ["", "Het volledige plan (routes, conceptteksten, checklist): kb plan … --markdown of --docx memo.docx"]
    return "\n".join(out)


def write_docx(plan: Plan, path: Path, today: dt.date | None = None) -> Path:
    """The memo as a Word document."""
    try:
        import docx
    except ImportError as exc:  # pragma: no cover - python-docx is a dependency
        raise MissingExtra("python-docx", "all", "De DOCX-export") from exc
    today = today or dt.date.today()
    document = docx.Document()
    document.core_properties.title = title(plan)
    document.add_heading(title(plan), level=0)
    document.add_paragraph().add_run(f"Gemaakt met de Social Return kennisbank op {dutch_date(today)}. "
                                     f"{DISCLAIMER}").italic = True
    document.add_paragraph().add_run(plan.headline).bold = True
    for line in plan.notices:
        document.add_paragraph(line.text + refs(line.cites), style="Intense Quote")
    document.add_heading("De opdracht", level=1)
    table = document.add_table(rows=0, cols=2, style="Table Grid")
    for name, value in facts(plan):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = name, value

    def bullets(lines: list[Line]) -> None:
        for line in lines:
            document.add_paragraph(line.text + refs(line.cites), style="List Bullet")

    document.add_heading("1. Past social return bij deze opdracht?", level=1)
    bullets(plan.fit)
    document.add_heading("2. Routes", level=1)
    for route in plan.routes:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{route.name} — {route.verdict}. ").bold = True
        paragraph.add_run(route.text + refs(route.cites))
    document.add_heading("3. De verplichting in euro's", level=1)
    bullets(plan.obligation.lines)
    document.add_heading("4. Zo kan de verplichting worden ingevuld", level=1)
    bullets(plan.combinations_note)
    for combination in plan.combinations:
        document.add_paragraph().add_run(combination.title + refs(combination.cites)).bold = True
        grid = document.add_table(rows=1, cols=4, style="Table Grid")
        for cell, text in zip(grid.rows[0].cells, ("Aantal", "Bouwblok", "Waarde", "Subtotaal")):
            cell.text = text
        for item in combination.items:
            cells = grid.add_row().cells
            for cell, text in zip(cells, (str(item.count), item.label, f"{euro(item.value)} per {item.per}",
                                          euro(item.total))):
                cell.text = text
        document.add_paragraph(f"{combination.arithmetic()} (doel {euro(combination.target)}; tabel: "
                               f"{combination.table}, {combination.table_date}).")
        if combination.persons_note:
            document.add_paragraph(f"Let op: {combination.persons_note}.")
    document.add_heading("5. Conceptteksten voor het bestek", level=1)
    for clause in plan.clauses:
        document.add_heading(clause.title, level=2)
        for text in clause.text.splitlines():
            document.add_paragraph(text)
        document.add_paragraph("Gebaseerd op:" + refs(clause.cites))
    document.add_heading("6. Checklist per fase", level=1)
    for phase in plan.checklist:
        document.add_heading(phase.name, level=2)
        for line in phase.items:
            document.add_paragraph("☐ " + line.text + refs(line.cites))
    document.add_heading("Bronnen", level=1)
    for source in plan.sources:
        page = f" — {source.source_title}" if source.source_title else ""
        dates = f"; {'; '.join(source.dates)}" if source.dates else ""
        document.add_paragraph(f"[{source.n}] {source.title}{page}. {source.url} (document {source.doc_id}, "
                               f"gecontroleerd {source.checked}{dates})")
    document.add_heading("Datum van de regels", level=1)
    for line in plan.rule_dates:
        document.add_paragraph(line, style="List Bullet")
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path
