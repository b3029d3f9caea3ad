"""English questions over Dutch sources. No offline Dutch–English translation model ships on PyPI,
so the answer does not pretend to translate: it says plainly that the sources are Dutch, and puts an
English line before every Dutch quote that names what the quote establishes — its field terms in
English (from a hand-kept glossary) and the figures, dates and names it holds — without adding any
claim the quote does not make.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from kb.language.questions import Kind
from kb.language.words import fold

# Dutch field terms and what they are called in English (longest first when matching).
DUTCH_TO_ENGLISH: dict[str, str] = {
    "social return": "social return", "sroi": "social return (SROI)",
    "voorbehouden opdracht": "reserved contract", "voorbehouden": "reserved contract", "voorbehouden opdrachten": "reserved contracts",
    "sociale werkplaats": "sheltered workshop", "sociale werkplaatsen": "sheltered workshops",
    "sociale werkvoorziening": "sheltered employment", "wsw": "Sheltered Employment Act (Wsw)",
    "gunningscriterium": "award criterion", "subgunningscriterium": "award sub-criterion",
    "minimumeis": "minimum requirement", "bijzondere uitvoeringsvoorwaarde": "special contract performance condition",
    "uitvoeringsvoorwaarde": "contract performance condition", "contractvoorwaarde": "contract condition",
    "percelenregeling": "lots rule", "percelen": "lots", "loonsom": "wage bill", "opdrachtsom": "contract value",
    "opdrachtwaarde": "contract value", "aanneemsom": "contract sum", "doelgroepregister": "target group register",
    "doelgroep": "target group", "banenafspraak": "jobs agreement", "participatiewet": "Participation Act",
    "aanbestedingswet": "Public Procurement Act", "richtlijn": "directive", "opdrachtnemer": "contractor",
    "opdrachtnemers": "contractors", "opdrachtgever": "contracting authority", "aanbestedende dienst":
    "contracting authority", "inkoper": "buyer", "werkervaringsplek": "work experience placement",
    "leerwerkplek": "work-based learning place", "leerwerkplekken": "work-based learning places", "stage": "internship",
    "stageplek": "internship", "bbl": "work-based vocational track (BBL)", "boete": "penalty", "boeteclausule":
    "penalty clause", "plan van aanpak": "plan of approach", "sociale onderneming": "social enterprise",
    "sociale ondernemingen": "social enterprises", "prestatieladder socialer ondernemen":
    "Social Enterprise Performance Ladder (PSO)", "pso": "Social Enterprise Performance Ladder (PSO)",
    "bouwblokken": "building blocks", "bouwblokkenmodel": "building-block model", "cataloguswaarde": "catalogue value",
    "uitkering": "benefit", "bijstand": "social assistance", "ww": "unemployment benefit (WW)",
    "arbeidsbeperking": "work disability", "afstand tot de arbeidsmarkt": "distance to the labour market",
    "gemeente": "municipality", "gemeenten": "municipalities", "provincie": "province", "waterschap": "water board",
    "rijksoverheid": "central government", "rijk": "central government", "werken": "works", "diensten": "services",
    "leveringen": "supplies", "proportioneel": "proportionate", "proportionaliteit": "proportionality",
    "verplicht": "mandatory", "verplichting": "obligation", "inspanningsverplichting": "best-efforts obligation",
    "resultaatverplichting": "obligation of result", "monitoring": "monitoring", "werkgeversservicepunt":
    "employer service point", "uwv": "Employee Insurance Agency (UWV)", "maatwerk voor mensen": "Maatwerk voor Mensen",
    "schoonmaak": "cleaning", "groenonderhoud": "green maintenance", "catering": "catering", "bouw": "construction",
    "leerlingenvervoer": "school transport", "inhuur": "hiring of staff", "convenant": "covenant",
    "samenwerkingsafspraken": "cooperation agreements", "evaluatie": "evaluation", "onderzoek": "study",
    "handreiking": "guide", "praktijkvoorbeeld": "practice example", "drempel": "threshold",
    "drempelwaarde": "threshold", "europese drempel": "EU threshold", "beschut werk": "sheltered work",
    "loonkostensubsidie": "wage cost subsidy", "loonwaarde": "wage value", "jobcoach": "job coach",
}
_TERMS = sorted(DUTCH_TO_ENGLISH, key=len, reverse=True)
_TERM = re.compile(r"\b(" + "|".join(re.escape(t) for t in _TERMS) + r")\b")
_FIGURE = re.compile(r"(?:€\s*)?\d[\d.,]*(?:\s*(?:%|procent|miljoen|mln|miljard))?(?:\s*(?:euro))?")
_YEAR_OR_DATE = re.compile(r"\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                           r"november|december) (?:19|20)\d\d\b|\b(?:19|20)\d\d\b")
_MONTHS = {"januari": "January", "februari": "February", "maart": "March", "april": "April", "mei": "May",
           "juni": "June", "juli": "July", "augustus": "August", "september": "September", "oktober": "October",
           "november": "November", "december": "December"}
INTRO = "The sources are in Dutch and are quoted as they are; an English line says what each quote is about."


def english_terms(text: str) -> list[str]:
    """The English names of the field terms a Dutch text uses, in order of first use."""
    found: list[str] = []
    folded = fold(text)
    for match in _TERM.finditer(folded):
        if match.group(1) == "rijk" and folded.startswith(" van ", match.end()):
            continue  # "WerkBedrijf Rijk van Nijmegen" is a region, not central government
        english = DUTCH_TO_ENGLISH[match.group(1)]
        if english not in found:
            found.append(english)
    return found


def _date_in_english(date: str) -> str:
    for dutch, english in _MONTHS.items():
        date = date.replace(dutch, english)
    return date


def gist(quote: str, kind: Kind | None = None) -> str:
    """One English line on what a Dutch quote establishes: its subject terms, then its figures and dates."""
    dates = [_date_in_english(d) for d in dict.fromkeys(_YEAR_OR_DATE.findall(quote))]
    undated = _YEAR_OR_DATE.sub(" ", quote)  # a date's day and year are not figures
    undated = re.sub(r"(?m)^\s*\d{1,2}[.)]\s", " ", undated)  # nor are the numbers of a list's steps
    figures = []
    for figure in _FIGURE.findall(undated):
        figure = figure.strip().rstrip(".,").replace("procent", "%")
        if any(ch.isdigit() for ch in figure) and figure not in figures:
            figures.append(figure)
    terms = english_terms(quote)[:4]
    parts = []
    if terms:
        parts.append("on " + ", ".join(terms))
    if figures and kind != Kind.WHEN:
        parts.append("figures: " + ", ".join(figures[:4]))
    if dates:
        parts.append("dates: " + ", ".join(dates[:3]))
    if not parts:
        return "The Dutch source says"
    # ("The Dutch source says this figures: 6" read as a slip: without terms the line gives the figures)
    return ("The Dutch source says this " if terms else "The Dutch source gives ") + "; ".join(parts)


def english_answer(query: Any, chosen: Sequence[Any], hits: Sequence[Any], numbers: Sequence[int],
                   bulleted: bool) -> str:
    """The answer body for an English question: the plain statement of the limit, then every quote
    under its English line."""
    items = [INTRO]
    for candidate, hit, n in zip(chosen, hits, numbers):
        quote = " ".join(candidate.quote.split()) if candidate.unit.kind in ("sentence", "answer") \
            else candidate.quote
        label = ""
        if bulleted:
            meta = hit.metadata
            who = " – ".join(str(x) for x in (meta.get("organisation"), meta.get("year")) if x)
            label = f"**{who}**: " if who else ""
        items.append(f"{label}{gist(candidate.quote, query.kind.kind)}:\n{quote} [{n}]")
    return "\n\n".join(items)
