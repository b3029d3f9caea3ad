"""From the chat to a plan: recognise a question about one contract ("ik koop schoonmaak in voor 1,2
miljoen over 4 jaar, hoeveel social return kan ik vragen?") and offer a short plan with its arithmetic."""

from __future__ import annotations

import re
import shlex
from typing import Any

from kb.plan.book import PlanBook
from kb.plan.model import Line, Plan, euro
from kb.plan.request import TYPE_NAMES, BadPlanInput, PlanRequest, parse_amount, parse_number
from kb.plan.rules import RuleBook, normalise_name

# Sectors that are almost always bought as one contract type; others leave the type to explicit words.
SECTOR_TYPE = {"schoonmaak": "dienst", "catering": "dienst", "beveiliging": "dienst", "groen": "dienst",
               "vervoer": "dienst", "inhuur": "dienst", "afval": "dienst", "advies": "dienst",
               "facilitair": "dienst", "bouw": "werk", "gww": "werk"}
SECTOR_WORDS = {"schoonmaak": "schoonmaak", "schoonmaken": "schoonmaak", "glasbewassing": "schoonmaak",
                "catering": "catering", "beveiliging": "beveiliging", "groenonderhoud": "groen", "groen": "groen",
                "vervoer": "vervoer", "leerlingenvervoer": "vervoer", "inhuur": "inhuur", "afval": "afval",
                "afvalinzameling": "afval", "bouw": "bouw", "nieuwbouw": "bouw", "renovatie": "bouw",
                "verbouwing": "bouw", "gww": "gww", "wegenbouw": "gww", "ict": "ict", "advies": "advies",
                "facilitair": "facilitair", "energie": "energie", "onderhoud": "onderhoud"}
TYPE_PATTERNS = [(re.compile(r"\b(werk|werken|bouwwerk|aanbesteding van een werk)\b"), "werk"),
                 (re.compile(r"\b(dienst|diensten|dienstverlening)\b"), "dienst"),
                 (re.compile(r"\b(levering|leveringen|leveren|aanschaf|aanschaffen)\b"), "levering")]
_AMOUNT = re.compile(r"(€\s*)?(\d[\d.,]*(?:\s\d{3})*)\s*(miljard|mrd|miljoen|mln|mio|ton|duizend|k\b)?\s*(euro)?",
                     re.IGNORECASE)
_YEARS = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:-\s*)?(jaar|jarig|jaren|maanden|maand)\b", re.IGNORECASE)


def find_amount(text: str) -> float | None:
    """The first sum of money in the text: with €, 'euro' or a word like 'miljoen', or a plain number of at
    least 10.000."""
    for match in _AMOUNT.finditer(text):
        number = parse_number(match.group(2).rstrip(".,"))
        if number is None:
            continue
        after = text[match.end(2):match.end(2) + 8].lower()
        if re.match(r"\s*(jaar|jarig|maand|procent|%|uur|mensen|personen)", after):
            continue
        marked = bool(match.group(1) or match.group(3) or match.group(4))
        if not marked and number < 10_000:
            continue
        try:
            return parse_amount(f"{match.group(2).rstrip('.,')} {match.group(3) or ''}".strip())
        except BadPlanInput:
            continue
    return None


def find_years(text: str) -> float | None:
    match = _YEARS.search(text)
    if not match:
        return None
    number = parse_number(match.group(1))
    if number is None:
        return None
    years = number / 12 if match.group(2).lower().startswith("maand") else number
    return years if 0 < years <= 50 else None


def find_organisation(text: str, book: RuleBook) -> str:
    """The longest organisation name (or alias or member) in the rules that occurs in the text."""
    haystack = f" {normalise_name(text)} "
    names = {**{n: n for n in book.names}, **{n: n for n in book.members}}
    found = [n for n in names if len(n) >= 4 and f" {n} " in haystack]
    if not found:
        return ""
    best = max(found, key=len)
    if best in book.names:
        return book.profiles[book.names[best]].name
    profile = book.profiles[book.members[best]]
    return next(n for n in profile.members.names if normalise_name(n) == best)


def recognise(question: str, book: RuleBook) -> PlanRequest | None:
    """A plan request when the question names a sum of money and a kind of contract; otherwise None."""
    text = question or ""
    lowered = text.lower()
    value = find_amount(text)
    if value is None:
        return None
    words = re.findall(r"[a-zà-ÿ]+", lowered)
    sector = next((SECTOR_WORDS[w] for w in words if w in SECTOR_WORDS), "")
    contract = next((t for pattern, t in TYPE_PATTERNS if pattern.search(lowered)), "") or SECTOR_TYPE.get(sector, "")
    if not contract:
        return None
    try:
        return PlanRequest.parse(type=contract, value=value, years=find_years(text), sector=sector,
                                 organisation=find_organisation(text, book))
    except BadPlanInput:
        return None


def command(request: PlanRequest) -> str:
    """The `kb plan` command that makes the full plan."""
    parts = ["kb", "plan", "--type", request.type, "--value", f"{request.value:.0f}"]
    if request.years:
        parts += ["--years", f"{request.years:g}"]
    if request.sector:
        parts += ["--sector", request.sector]
    if request.organisation:
        parts += ["--organisation", request.organisation]
    return " ".join(shlex.quote(p) for p in parts)


def summary(plan: Plan) -> dict[str, Any]:
    """A short plan to show under a chat answer: what was recognised, the arithmetic, one combination,
    and the sources those lines cite (numbered within the plan)."""
    r = plan.request
    recognised = [TYPE_NAMES[r.type] + (f" ({r.sector})" if r.sector else ""), euro(r.value)]
    if r.years:
        recognised.append(f"{r.years:g} jaar")
    if r.organisation:
        recognised.append(r.organisation)
    lines = [*plan.notices, *plan.obligation.lines]
    if plan.combinations:
        c = plan.combinations[0]
        lines.append(Line(f"Bijvoorbeeld: {c.arithmetic()} ({c.table}, {c.table_date}).", c.cites))
    # The summary numbers its own sources 1, 2, … (the full plan numbers all of its sources).
    number = {n: i + 1 for i, n in enumerate(sorted({n for line in lines for n in line.cites}))}
    lines = [Line(line.text, [number[n] for n in line.cites]) for line in lines]
    citations = [{"n": number[s.n], "label": f"P{number[s.n]}", "doc_id": s.doc_id, "title": s.title, "url": s.url, "dates": s.dates}
                 for s in plan.sources if s.n in number]
    # "[P1]": plan sources, kept apart from the answer's own [1], [2] in the same message.
    marks = lambda cites: "".join(f" [P{n}]" for n in dict.fromkeys(cites))
    text = "\n".join([f"Plan voor deze opdracht (herkend: {', '.join(recognised)}). {plan.headline}",
                      *[f"- {line.text}{marks(line.cites)}" for line in lines]])
    return {"summary": text, "headline": plan.headline, "request": r.as_dict(),
            "lines": [{"text": line.text, "cites": line.cites} for line in lines], "citations": citations,
            "amount": plan.obligation.amount, "range": [plan.obligation.low, plan.obligation.high]
            if plan.obligation.low is not None else None, "command": command(r)}


def offer(question: str, book: PlanBook) -> dict[str, Any] | None:
    """The plan offer for a chat question, or None when the question is not about one contract."""
    request = recognise(question, book.rules)
    return summary(book.plan(request)) if request else None
