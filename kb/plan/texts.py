"""The written parts of a plan, in the project's own words: routes, clause drafts and the phase checklist.
Every statement cites the corpus document that explains it."""

from __future__ import annotations

from kb.plan.library import Library
from kb.plan.model import Citations, Clause, Combination, Line, Obligation, Phase, Route, euro, percent
from kb.plan.request import TYPE_PLURAL, PlanRequest
from kb.plan.rules import Profile, RuleBook

DRAFT_MARK = "CONCEPT — ter toetsing door de juridische afdeling; niet gebruiken zonder die toets."
PHASES = [("voorbereiding", "Voorbereiding"), ("aanbesteding", "Aanbesteding"), ("gunning", "Gunning"),
          ("contractmanagement", "Contractmanagement"), ("monitoring", "Monitoring en rapportage"),
          ("handhaving", "Handhaving")]


def routes(request: PlanRequest, profile: Profile | None, book: RuleBook, result: Obligation, library: Library,
           cites: Citations) -> list[Route]:
    """When each route fits this contract."""
    general = book.generic.general
    levering = request.type == "levering"
    found: list[Route] = []
    pct = _obligation_words(profile, result)
    found.append(Route(
        "minimumeis", "Minimumeis", "past minder" if levering else "past",
        f"Een harde eis in het programma van eisen ({pct}); een inschrijving die er niet aan voldoet, valt af. "
        "Kies de loonsom als grondslag bij kapitaalintensieve en de opdrachtsom bij arbeidsintensieve opdrachten.",
        [cites.cite("aanbesteding/minimumeis.md")]))
    award = profile.award if profile else None
    award_text = (f" {profile.name} staat een aanbod tot {percent(award.max_percentage)} toe ({award.note})."
                  if award else "")
    found.append(Route(
        "gunningscriterium", "(Sub)gunningscriterium", "past minder" if levering else "past",
        "Beloon binnen de beste prijs-kwaliteitverhouding een hoger aanbod of een plan van aanpak, met een vooraf "
        "bekend, realistisch maximum; combineer het met een minimumeis als ondergrens en leg het aanbod vast in "
        "het contract." + award_text,
        [cites.cite("aanbesteding/gunningscriterium.md"), cites.cite("aanbesteding/combinatie-eis-en-gunningscriterium.md")]
        + ([cites.value(award)] if award else [])))
    found.append(Route(
        "uitvoeringsvoorwaarde", "Bijzondere uitvoeringsvoorwaarde (artikel 2.80)", "past minder" if levering else "past",
        "Leg de verplichting als contractvoorwaarde vast: grondslag, hoogte, doelgroep, rapportage, herstel en "
        "sancties. Nodig om een minimumeis of een aanbod uit een gunningscriterium tijdens de uitvoering af te "
        "dwingen; de voorwaarde moet verband houden met het voorwerp van de opdracht en proportioneel zijn.",
        [cites.cite("aanbesteding/bijzondere-uitvoeringsvoorwaarde.md")]))
    examples = library.examples(request.sector, "voorbehouden-opdracht") if request.sector else []
    example_text = ""
    if examples:
        example_text = " Voorbeelden uit deze sector: " + "; ".join(d.title for d in examples) + "."
    found.append(Route(
        "voorbehouden", "Voorbehouden opdracht (artikel 2.82)", "past goed" if examples else "mogelijk",
        f"Laat alleen sociale werkplaatsen en ondernemingen inschrijven waarvan ten minste "
        f"{percent(general.reserved_share.value)} van de werknemers gehandicapt of kansarm is; tussen hen blijft "
        "een aanbesteding nodig (geen onderhandse gunning). Past bij werk dat zulke organisaties zelf kunnen "
        "uitvoeren, ook bij leveringen." + example_text,
        [cites.value(general.reserved_share), cites.cite("aanbesteding/voorbehouden-opdracht-als-route.md")]
        + [cites.cite(d.doc_id) for d in examples]))
    lots = general.percelen
    lot_max = lots.works_lot_max if request.type == "werk" else lots.services_lot_max
    share = request.value * lots.share_max / 100
    found.append(Route(
        "percelen", "Percelenregeling", "mogelijk",
        f"Wordt de opdracht Europees aanbesteed in percelen, dan mogen kleine percelen erbuiten blijven: bij "
        f"{TYPE_PLURAL[request.type]} elk ten hoogste {euro(lot_max)} en samen ten hoogste "
        f"{percent(lots.share_max)} van de totale waarde ({percent(lots.share_max)} × {euro(request.value)} = "
        f"{euro(share)}). Zo'n perceel kan rechtstreeks naar een sociale ondernemer. Controleer de bedragen aan de "
        "actuele Aanbestedingswet.",
        [cites.value(lots)]))
    social = "Inkopen bij sociale ondernemingen of bij bedrijven met een PSO-certificaat telt in veel regio's mee " \
             "voor de invulling; de PSO laat zien hoeveel een organisatie bijdraagt aan werk voor mensen met een " \
             "kwetsbare arbeidsmarktpositie."
    social_cites = [cites.cite("verwant/pso-prestatieladder-socialer-ondernemen.md"),
                    cites.cite("verwant/buy-social-en-marktplaatsen.md")]
    if profile is not None:
        owner, tables = book.tables_for(profile)
        current = [t for t in tables if t.status == "actueel"]
        social_blocks = [b for t in current for b in t.blocks if b.category == "overig" and b.per == "kosten"]
        if social_blocks:
            block = social_blocks[0]
            social += f" In de tabel van {owner.name} telt '{block.label}' voor {block.note or 'de kosten'}."
            social_cites.append(cites.value(current[0]))
        pso_notes = [n for n in [*owner.notes, *profile.notes] if "PSO" in n.text or "sociaal ondernemer" in n.text]
        for note in pso_notes[:1]:
            social += " " + note.text
            social_cites.append(cites.value(note))
    found.append(Route("pso", "Sociale ondernemingen en PSO", "past goed" if levering else "mogelijk", social,
                       social_cites))
    return found


def _obligation_words(profile: Profile | None, result: Obligation) -> str:
    rule = profile.obligation if profile else None
    if rule and result.basis == "organisatie":
        return f"bij {profile.name} {'minimaal ' if rule.minimum else ''}{percent(rule.percentage)} van de {rule.base}"
    return "een percentage van de loonsom, de opdrachtsom of een aantal arbeidsuren"


def clauses(request: PlanRequest, profile: Profile | None, book: RuleBook, result: Obligation,
            found: list[Combination], cites: Citations) -> list[Clause]:
    """Draft clauses in the project's own words, following the model texts the corpus cites."""
    rule = profile.obligation if profile else None
    if result.basis == "organisatie" and rule:
        size = f"{'ten minste ' if rule.minimum else ''}{percent(rule.percentage)} van de {rule.base} (exclusief btw)"
        if result.amount is not None:
            size += f", voor deze opdracht {euro(result.amount)}"
        if profile.cap:
            size += f", met een maximum van {euro(profile.cap.amount)} per {profile.cap.per}"
    else:
        size = "[percentage] van de [opdrachtsom of loonsom] (exclusief btw)"
    table = f"'{found[0].table}' ({found[0].table_date})" if found else "[de bouwblokkentabel van de opdrachtgever]"
    after = [n for n in (profile.notes if profile else []) if n.phase == "gunning"]
    contact = "[het social-returnpunt]"
    term = "[termijn, bijvoorbeeld 7 dagen]"
    body = [
        DRAFT_MARK,
        (f"1. De opdrachtnemer besteedt tijdens de looptijd van de overeenkomst {size} aan social return: de inzet "
         "van mensen met een afstand tot de arbeidsmarkt bij de uitvoering van deze opdracht."),
        ("2. Deze verplichting is een minimumeis en een bijzondere uitvoeringsvoorwaarde in de zin van artikel 2.80 "
         "van de Aanbestedingswet 2012. Een inschrijver die er niet mee instemt, wordt uitgesloten."),
        ("3. Tot de doelgroep behoren [doelgroepen volgens het beleid van de opdrachtgever]. De werkzaamheden "
         "houden verband met het voorwerp van de opdracht. Een invulling telt mee voor de waarde uit " + table + "."),
        (f"4. Binnen {term} na de gunning neemt de opdrachtnemer contact op met {contact} en legt hij in een plan van "
         "aanpak vast hoe hij de verplichting invult; het plan wordt onderdeel van de overeenkomst."),
        ("5. De opdrachtnemer rapporteert [elk half jaar] over de voortgang en de gerealiseerde waarde, op de "
         "manier die de opdrachtgever voorschrijft."),
        ("6. Is de verplichting aan het eind van de looptijd niet (volledig) ingevuld, dan krijgt de opdrachtnemer "
         "een redelijke herstelperiode. Daarna houdt de opdrachtgever het niet-gerealiseerde deel in op de laatste "
         "betaling, tenzij de opdrachtnemer aantoont dat hem het tekort niet te verwijten is."),
    ]
    clause_cites = [cites.cite("aanbesteding/voorbeeldteksten-social-return.md"),
                    cites.cite("aanbesteding/bijzondere-uitvoeringsvoorwaarde.md"),
                    cites.cite("praktijk/na-gunning.md"), cites.cite("praktijk/niet-nakomen.md")]
    if rule and result.basis == "organisatie":
        clause_cites.append(cites.value(rule))
    if after:
        body.insert(5, "Opmerking bij artikel 4: " + after[0].text)
        clause_cites.append(cites.value(after[0]))
    drafts = [Clause("Social-returnverplichting (minimumeis en uitvoeringsvoorwaarde)", "\n".join(body), clause_cites)]
    top = percent(profile.award.max_percentage) if profile and profile.award else "[maximum]"
    floor = percent(rule.percentage) if rule and result.basis == "organisatie" else "[minimum]"
    drafts.append(Clause("Social return als subgunningscriterium", "\n".join([
        DRAFT_MARK,
        (f"1. Inschrijvers kunnen punten krijgen voor een social-returnaanbod boven {floor}, tot ten hoogste {top} "
         "van de [grondslag]; een hoger aanbod levert geen extra punten op. [Weging en puntentoekenning.]"),
        ("2. De inschrijver voegt een plan van aanpak van ten hoogste 2 A4 toe: welke doelgroepen, welke functies "
         "of leerwerkplekken, welke begeleiding en scholing, en hoeveel mensen."),
        ("3. Het aangeboden percentage en het plan van aanpak worden na gunning onderdeel van de overeenkomst en "
         "vallen onder de bepaling over de social-returnverplichting."),
    ]), [cites.cite("aanbesteding/gunningscriterium.md"), cites.cite("aanbesteding/voorbeeldteksten-social-return.md")]
        + ([cites.value(profile.award)] if profile and profile.award else [])))
    return drafts


def checklist(request: PlanRequest, profile: Profile | None, book: RuleBook, cites: Citations) -> list[Phase]:
    """What to do in each phase, with what the sources say about enforcement; organisation notes added."""
    phases = {key: Phase(name) for key, name in PHASES}
    add = lambda key, text, *refs: phases[key].items.append(Line(text, list(refs)))
    add("voorbereiding", "Stel vast of social return past (aard, arbeid, waarde, looptijd) en leg de afweging en "
        "het gekozen percentage vast.", cites.cite("aanbesteding/proportionaliteit-bij-social-return.md"),
        cites.cite("praktijk/welke-opdrachten-lenen-zich.md"))
    add("voorbereiding", "Kies de route: minimumeis, gunningscriterium, uitvoeringsvoorwaarde, of een voorbehouden "
        "opdracht of percelen; elk hoort bij een andere fase van de aanbesteding.",
        cites.cite("aanbesteding/sociale-criteria-in-vier-fasen.md"))
    add("aanbesteding", "Neem een social-returnparagraaf op met route, hoogte en grondslag, doelgroep, de "
        "invullingen die meetellen, de rapportage en de gevolgen van niet nakomen.",
        cites.cite("aanbesteding/voorbeeldteksten-social-return.md"))
    add("aanbesteding", "Maak bij een gunningscriterium het maximum en de beoordeling vooraf bekend.",
        cites.cite("aanbesteding/gunningscriterium.md"))
    add("gunning", "Noem in de stukken bij wie en binnen welke termijn de opdrachtnemer zich na de gunning meldt "
        "(Amsterdam: 7 dagen; regio Amersfoort: 1 week); bespreek in een eerste gesprek het plan van aanpak.",
        cites.cite("praktijk/na-gunning.md"))
    add("gunning", "Leg de afspraken, de rapportagemomenten en de gevolgen van niet nakomen vast in het contract.",
        cites.cite("praktijk/na-gunning.md"))
    add("contractmanagement", "Wijs iemand aan die de uitvoering volgt en tijdig bijstuurt; geef de opdrachtnemer "
        "een aanspreekpunt voor problemen.", cites.cite("praktijk/na-gunning.md"), cites.cite("praktijk/niet-nakomen.md"))
    add("monitoring", "Registreer per contract de verplichting en looptijd, per activiteit de gerealiseerde "
        "waarde, en rapporteer op vaste momenten; veel regio's gebruiken daarvoor een monitoringssysteem.",
        cites.cite("praktijk/monitoring-en-verantwoording.md"))
    add("handhaving", "De bronnen beschrijven social return steeds vaker als resultaatverplichting met een "
        "boeteclausule; Harlingen geeft eerst een herstelperiode en houdt daarna het tekort in op de laatste "
        "betaling, tenzij het tekort niet te verwijten is; Amsterdam kan een boete opleggen.",
        cites.cite("praktijk/niet-nakomen.md"))
    for note in (profile.notes if profile else []):
        if note.phase in phases:
            phases[note.phase].items.append(Line(f"{profile.name}: {note.text}", [cites.value(note)]))
    return [phases[key] for key, _ in PHASES]
