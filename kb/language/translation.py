"""English questions over Dutch sources: the procurement and labour-market terms an English question
uses, with the Dutch words the corpus uses for them. Keyword search and sentence scoring run on the
question plus these Dutch words; dense search handles the rest (the default model is multilingual).

No offline English-Dutch translation model ships on PyPI, so this is a small hand-kept glossary of
the field's own vocabulary, not general translation.
"""

from __future__ import annotations

import re

GLOSSARY: dict[str, str] = {
    "social return": "social return sroi",
    "jobs agreement": "banenafspraak",
    "job agreement": "banenafspraak",
    "quota": "quotum quotumheffing",
    "quota act": "wet banenafspraak quotum arbeidsbeperkten",
    "target group register": "doelgroepregister",
    "enter into force": "in werking getreden ingangsdatum",
    "entered into force": "in werking getreden",
    "came into force": "in werking getreden",
    "tender": "aanbesteding",
    "tendering": "aanbesteden aanbesteding",
    "procurement": "inkoop aanbesteden",
    "public procurement": "aanbesteden overheidsinkoop",
    "socially responsible procurement": "maatschappelijk verantwoord inkopen mvi",
    "sustainable procurement": "maatschappelijk verantwoord inkopen mvi",
    "national plan": "nationaal plan",
    "contracting authority": "aanbestedende dienst opdrachtgever",
    "contracting authorities": "aanbestedende diensten",
    "buyer": "inkoper",
    "supplier": "leverancier opdrachtnemer",
    "contractor": "opdrachtnemer aannemer",
    "subcontractor": "onderaannemer",
    "award criterion": "gunningscriterium",
    "award criteria": "gunningscriteria",
    "award": "gunning gunnen",
    "minimum requirement": "minimumeis",
    "requirement": "eis eisen",
    "requirements": "eisen",
    "selection": "selectie geschiktheidseisen",
    "contract performance": "uitvoering uitvoeringsvoorwaarde",
    "performance condition": "uitvoeringsvoorwaarde",
    "special condition": "bijzondere uitvoeringsvoorwaarde",
    "reserved contract": "voorbehouden opdracht",
    "reserved contracts": "voorbehouden opdrachten",
    "sheltered workshop": "sociale werkplaats sw-bedrijf",
    "sheltered employment": "sociale werkvoorziening wsw",
    "lots": "percelen percelenregeling",
    "wage bill": "loonsom",
    "wage costs": "loonkosten",
    "wage": "loon loonkosten",
    "wages": "lonen loon",
    "salary": "salaris",
    "salaries": "salarissen",
    "tax": "belasting",
    "taxes": "belastingen",
    "vat": "btw",
    "holiday pay": "vakantiegeld",
    "notice period": "opzegtermijn",
    "payroll": "loonsom",
    "contract value": "opdrachtwaarde opdrachtsom",
    "contract sum": "opdrachtsom aanneemsom",
    "percentage": "percentage procent",
    "proportionality": "proportionaliteit proportioneel",
    "proportionate": "proportioneel",
    "subject matter": "voorwerp van de opdracht",
    "municipality": "gemeente",
    "municipalities": "gemeenten",
    "province": "provincie",
    "provinces": "provincies",
    "water board": "waterschap",
    "housing association": "woningcorporatie",
    "housing corporation": "woningcorporatie",
    "central government": "rijksoverheid rijk",
    "national government": "rijksoverheid rijk",
    "ministry": "ministerie",
    "participation act": "participatiewet",
    "target group": "doelgroep",
    "distance to the labour market": "afstand tot de arbeidsmarkt",
    "labour market": "arbeidsmarkt",
    "labour-market": "arbeidsmarkt",
    "disability": "arbeidsbeperking",
    "disabled": "arbeidsbeperking",
    "unemployed": "werkzoekenden werklozen",
    "jobseekers": "werkzoekenden",
    "benefits": "uitkering",
    "internship": "stage stageplek",
    "apprenticeship": "leerwerkplek bbl",
    "work experience": "werkervaringsplek",
    "social enterprise": "sociale onderneming",
    "social enterprises": "sociale ondernemingen",
    "performance ladder": "prestatieladder socialer ondernemen pso",
    "pso label": "pso prestatieladder",
    "in-house": "eigen organisatie",
    "own organisation": "eigen organisatie",
    "direct social contribution": "directe sociale bijdrage",
    "memorandum of understanding": "samenwerkingsafspraken convenant",
    "memoranda of understanding": "samenwerkingsafspraken convenant",
    "partners": "partijen samenwerking",
    "covenant": "convenant",
    "guide": "handreiking",
    "guidance": "handreiking",
    "study": "onderzoek",
    "research": "onderzoek",
    "evaluation": "evaluatie",
    "court": "rechtbank uitspraak",
    "ruling": "uitspraak",
    "directive": "richtlijn",
    "procurement act": "aanbestedingswet",
    "penalty": "boete boeteclausule",
    "fine": "boete",
    "monitoring": "monitoring verantwoording",
    "practice example": "praktijkvoorbeeld",
    "example": "voorbeeld praktijkvoorbeeld",
    "works": "werken",
    "services": "diensten",
    "supplies": "leveringen",
    "cleaning": "schoonmaak",
    "catering": "catering",
    "construction": "bouw",
    "civil engineering": "grond- weg- en waterbouw gww",
    "road": "weg",
    "bridge": "brug",
    "school transport": "leerlingenvervoer",
    "green maintenance": "groenonderhoud",
    "stages": "fasen",
    "phases": "fasen",
    "consist of": "bestaat uit",
    "main lines": "hoofdlijnen",
    "action lines": "actielijnen",
    "origin": "herkomst oorsprong",
    "term": "term begrip",
    "obligation": "verplichting",
    "obligations": "verplichtingen",
    "comply": "naleven nakomen",
    "compliance": "naleving nakomen",
    "check": "controle toetsing",
    "usual": "gangbaar gebruikelijk",
    "common": "gangbaar gebruikelijk",
    "mandatory": "verplicht",
    "required": "verplicht",
    "allowed": "toegestaan mag",
    "employees": "medewerkers werknemers",
    "staff": "personeel medewerkers",
    "hire": "inhuur in dienst nemen",
    "temporary staff": "uitzendkrachten inhuur",
    "results": "resultaten",
    "costs": "kosten",
    "how many": "hoeveel aantal",
    "when": "wanneer datum",
    "calculate": "berekenen berekening rekenen",
    "calculated": "berekend berekening",
    "audit office": "rekenkamer",
    "court of audit": "rekenkamer",
    "employer": "werkgever",
    "employers": "werkgevers",
    "meet": "voldoen halen",
    "signed": "ondertekend getekend",
    "sign": "ondertekenen",
    "include": "opnemen",
    "included": "opgenomen",
    "win": "winnen gewonnen",
    "won": "gewonnen",
    "northern": "noord noordelijk",
    "southern": "zuid zuidelijk",
    "european commission": "europese commissie",
    "company": "bedrijf onderneming",
    "companies": "bedrijven ondernemingen",
    "achieve": "behalen realiseren",
    "achieved": "behaald gerealiseerd",
    "obtain": "behalen verkrijgen",
    "people": "mensen",
    "jobs": "banen",
    "job": "baan",
    "work": "werk",
    "contribution": "bijdrage",
    "threshold": "drempel drempelwaarde",
    "thresholds": "drempels drempelwaarden",
    "value": "waarde",
    "building blocks": "bouwblokken",
    "green": "groen",
    "waste": "afval",
    "school": "school",
    "university": "universiteit",
    "hospital": "ziekenhuis",
    "region": "regio",
    "outcome": "resultaat uitkomst",
    "goal": "doel",
    "goals": "doelen",
    "aim": "doel",
    "why": "waarom",
    "difference": "verschil",
    "plan": "plan",
    "approach": "aanpak",
    "after award": "na gunning",
    "displacement": "verdringing",
    "intern": "stagiair stage",
    "interns": "stagiairs stagiair stage",
    "apprentice": "bbl-leerling leerling leerwerkplek",
    "apprentices": "bbl-leerlingen leerling leerwerkplek",
    "count towards": "meetellen telt mee",
    "counts towards": "meetellen telt mee",
    "lasting employment": "duurzaam werk duurzame plaatsing",
    "sustainable employment": "duurzaam werk duurzame plaatsing",
    "lasting": "duurzaam",
    "kick-off meeting": "startgesprek",
    "kick-off": "startgesprek",
    "waste collection": "afvalinzameling afval",
    "gdpr": "avg privacy persoonsgegevens",
    "privacy": "privacy avg",
    "personal data": "persoonsgegevens",
    "reporting": "rapportage rapporteren verantwoording",
    "candidate": "kandidaat",
    "candidates": "kandidaten",
    "framework agreement": "raamovereenkomst",
    "framework contract": "raamovereenkomst",
    "dynamic purchasing system": "dynamisch aankoopsysteem das",
    "model clause": "voorbeeldtekst modelclausule",
    "model clauses": "voorbeeldteksten modelclausules",
    "enforcement": "handhaving",
    "sanction": "sanctie",
    "sanctions": "sancties",
    "evidence": "bewijsstukken bewijs",
    "existing employees": "bestaand personeel",
    "sheltered work": "beschut werk",
    "refugees": "statushouders vluchtelingen",
    "status holders": "statushouders",
    "young people": "jongeren",
    "older workers": "ouderen 50-plussers",
    "small businesses": "mkb",
    "smes": "mkb",
    "projects": "projecten",
    "project": "project",
    "healthcare": "zorg",
    "it procurement": "ict-inkoop",
    "security": "beveiliging",
    "transport": "vervoer",
    "maintenance": "onderhoud",
    "housing": "woningen wonen",
    "registry": "register",
    "certificate": "certificaat",
    "certification": "certificering",
    "cost": "kosten",
    "benefit": "baten opbrengst",
    "benefits and costs": "kosten en baten",
    "analysis": "analyse",
    "cost-benefit analysis": "kosten-batenanalyse mkba",
    "staffing": "inhuur personeel",
    "temporary agency": "uitzendbureau uitzendkrachten",
    "agency workers": "uitzendkrachten",
    "long-term unemployed": "langdurig werklozen langdurig werkzoekenden",
    "benefit recipients": "uitkeringsgerechtigden",
    "welfare": "bijstand uitkering",
    "verification": "verificatie controle",
    "verify": "verifiëren controleren",
    "audit": "controle audit",
    "office supplies": "kantoorartikelen",
    "paper": "papier",
    "furniture": "meubilair",
    "energy": "energie",
    "facility": "facilitair",
    "facilities": "facilitair",
    "framework": "raamovereenkomst",
    "responsible": "verantwoordelijk",
    "responsibility": "verantwoordelijkheid",
    "regular workers": "reguliere werknemers",
}

# Question words and generic nouns: they help find passages but say nothing about the topic.
GENERIC = frozenset({
    "how many", "when", "results", "costs", "usual", "common", "check", "origin", "term", "consist of",
    "example", "partners", "study", "research", "stages", "phases", "requirement", "requirements",
    "allowed", "required", "mandatory", "guide", "guidance", "evaluation", "employees", "staff",
})
_ENGLISH_FUNCTION_WORDS = frozenset(
    "what which when where whose does have been with from that this these those there their they them into "
    "about would could should shall will must also than then some such very only other more most much many "
    "does doing done over under while were your yours ours whether each every just like make made dutch "
    "netherlands".split())

_PHRASES = sorted(GLOSSARY, key=len, reverse=True)
_PATTERN = re.compile(r"\b(" + "|".join(re.escape(p) for p in _PHRASES) + r")(?:s|es)?\b", re.IGNORECASE)


def english_phrases(text: str) -> list[tuple[str, int, int]]:
    """(glossary phrase, start, end) of every field term in an English *text*."""
    return [(m.group(1).lower(), m.start(), m.end()) for m in _PATTERN.finditer(text)]


def dutch_terms(text: str, topical_only: bool = False) -> str:
    """The Dutch words for the field's English terms found in *text* (empty when there are none);
    with *topical_only*, question words and generic nouns are left out."""
    found: list[str] = []
    for match in _PATTERN.finditer(text):
        phrase = match.group(1).lower()
        if topical_only and phrase in GENERIC:
            continue
        if GLOSSARY[phrase] not in found:
            found.append(GLOSSARY[phrase])
    return " ".join(found)


def english_coverage(text: str) -> float:
    """Share of an English question's content words that belong to field terms the glossary knows:
    low for a question about something else ("How many employees does Google have?")."""
    covered: set[int] = set()
    generic: set[int] = set()
    for match in _PATTERN.finditer(text):
        target = generic if match.group(1).lower() in GENERIC else covered
        target.update(range(match.start(), match.end()))
    content = [m for m in re.finditer(r"[A-Za-z][A-Za-z-]{3,}", text)
               if m.group().lower() not in _ENGLISH_FUNCTION_WORDS and m.start() not in generic]
    if not content:
        return 0.0
    return sum(m.start() in covered for m in content) / len(content)


def expand_english(text: str) -> str:
    """An English question with the Dutch equivalents of its field terms appended."""
    extra = dutch_terms(text)
    return f"{text} {extra}" if extra else text
