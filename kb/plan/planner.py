"""The planner: from one contract and the rules to a plan — fit, routes, the obligation in euros with its
arithmetic, worked building-block combinations, clause drafts and a phase checklist, all cited.

It receives the rule book and the document library (the knowledge base builds both) and has no UI in it.
"""

from __future__ import annotations

from kb.plan import blocks as combos
from kb.plan import texts
from kb.plan.library import Library
from kb.plan.model import Citations, Combination, Item, Line, Obligation, Plan, euro, percent
from kb.plan.request import TYPE_PLURAL, BadPlanInput, PlanRequest
from kb.plan.rules import GENERIC_ID, Profile, RuleBook, Threshold, dutch_date


def make_plan(request: PlanRequest, book: RuleBook, library: Library) -> Plan:
    """The whole plan for one contract. Raises BadPlanInput for a region that does not exist."""
    cites = Citations(library)
    profile, notices = _resolve(request, book, cites)
    plan = Plan(request=request, organisation=request.organisation, profile_id=profile.id if profile else None,
                profile_name=profile.name if profile else "", generic=profile is None, headline="",
                notices=notices)
    verdict, plan.fit = fit(request, profile, book, cites)
    plan.obligation = obligation(request, profile, book, verdict, cites)
    plan.combinations, plan.combinations_note = combinations(request, profile, book, plan.obligation, cites)
    plan.routes = texts.routes(request, profile, book, plan.obligation, library, cites)
    plan.clauses = texts.clauses(request, profile, book, plan.obligation, plan.combinations, cites)
    plan.checklist = texts.checklist(request, profile, book, cites)
    plan.headline = headline(request, profile, plan.obligation)
    plan.sources = cites.sources
    plan.rule_dates = rule_dates(profile, book)
    return plan


def _resolve(request: PlanRequest, book: RuleBook, cites: Citations) -> tuple[Profile | None, list[Line]]:
    if request.region:
        if request.region not in book.profiles or request.region == GENERIC_ID:
            known = ", ".join(sorted(p for p in book.profiles if p != GENERIC_ID))
            raise BadPlanInput(f"Onbekende regio '{request.region}'. Bekende regio's en organisaties: {known}.")
        return book.profiles[request.region], []
    if not request.organisation:
        return None, [Line("Er is geen organisatie opgegeven: dit plan volgt de algemene richtlijnen, niet de "
                           "regels van een bepaalde opdrachtgever.")]
    match = book.find(request.organisation)
    if match is None:
        return None, [Line(f"Voor '{request.organisation}' staan geen social-returnregels in deze kennisbank. Dit "
                           "plan geeft daarom algemene richtlijnen (vooral van PIANOo), geen regel van die "
                           "organisatie. Vraag het eigen inkoopbeleid of het social-returnpunt in uw regio naar "
                           "het percentage, de drempel en de bouwblokken.")]
    notices = []
    if match.via_member:
        source = match.profile.members
        notices.append(Line(f"{match.via_member} hoort bij {match.profile.name}; dit plan gebruikt de regels van "
                            "die regio.", [cites.value(source)] if source else []))
    return match.profile, notices


# ---- fit ---------------------------------------------------------------------------------------------------
def threshold_check(request: PlanRequest, threshold: Threshold) -> tuple[bool | None, str]:
    """Whether the contract meets one threshold (None: cannot tell), and the sentence that says so."""
    if threshold.amount is None:
        return None, f"de drempel is {threshold.label or 'niet in een bedrag genoemd'}"
    word = "vanaf" if threshold.inclusive else "boven"
    rule = f"{word} {euro(threshold.amount)}" + (f" (bedrag {threshold.year})" if threshold.year else "")
    met = request.value >= threshold.amount if threshold.inclusive else request.value > threshold.amount
    parts = [f"{euro(request.value)} is {'' if met else 'niet '}{word} {euro(threshold.amount)}"]
    if threshold.min_months:
        rule += f" met een looptijd van minimaal {threshold.min_months} maanden"
        if request.years is None:
            return None, f"drempel: {rule}; de looptijd is niet opgegeven, dus dat deel is niet te toetsen"
        months = request.years * 12
        long_enough = months >= threshold.min_months
        parts.append(f"{months:g} maanden is {'minstens' if long_enough else 'korter dan'} "
                     f"{threshold.min_months} maanden")
        met = met and long_enough
    usual = " (meestal, geen vaste regel)" if threshold.usual else ""
    return met, f"drempel: {rule}{usual}; {' en '.join(parts)}"


def fit(request: PlanRequest, profile: Profile | None, book: RuleBook, cites: Citations) -> tuple[str, list[Line]]:
    """Lines on whether social return fits, and the threshold verdict: ja, nee, onbekend or geen-regel."""
    general = book.generic.general
    lines: list[Line] = []
    if request.type == "levering":
        note = next(n for n in book.generic.notes if "levering" in n.text)
        lines.append(Line("Leveringen lenen zich in principe niet voor social return: " + note.text[0].lower()
                          + note.text[1:], [cites.value(note), cites.cite("aanbesteding/leveringen-diensten-werken.md")]))
    else:
        lines.append(Line(f"{TYPE_PLURAL[request.type].capitalize()} lenen zich meestal voor social return, mits "
                          "het werk van de doelgroep samenhangt met het voorwerp van de opdracht.",
                          [cites.cite("aanbesteding/leveringen-diensten-werken.md"),
                           cites.cite("aanbesteding/verband-met-voorwerp-van-de-opdracht.md")]))
    verdict = "geen-regel"
    if profile is not None:
        verdict, threshold_lines = _thresholds(request, profile, cites)
        lines += threshold_lines
    lines.append(Line("De eis moet in verhouding staan tot waarde, aard, arbeidscomponent en looptijd van de "
                      "opdracht (artikel 1.10 Aanbestedingswet 2012, Gids Proportionaliteit); onderbouw het "
                      "percentage per opdracht.", [cites.cite("aanbesteding/proportionaliteit-bij-social-return.md")]))
    if request.labour_share is not None:
        share = general.low_labour_share
        low = request.labour_share * 100 < share.value
        lines.append(Line(
            f"Het opgegeven aandeel arbeid is {percent(request.labour_share * 100)}: "
            + ("dat is minder dan de grens van " if low else "dat is meer dan de grens van ")
            + f"{percent(share.value)} waaronder Leidschendam-Voorburg van weinig arbeidsinzet spreekt. "
            + ("PIANOo raadt bij kapitaalintensieve opdrachten een percentage van de loonsom aan."
               if low else "PIANOo raadt bij arbeidsintensieve opdrachten een percentage van de opdrachtsom aan."),
            [cites.value(share), cites.cite("aanbesteding/minimumeis.md", general.opdrachtsom_range.source)]))
    if request.sector == "schoonmaak":
        lines.append(Line("Atir noemt de schoonmaak een sector met een lage instap en doorgroeimogelijkheden voor "
                          "de doelgroep.", [cites.cite("praktijk/welke-opdrachten-lenen-zich.md",
                                                       "https://www.atir.nl/sroi-in-de-schoonmaakbranche-gemeente-zien-kansen/")]))
    examples = cites.library.examples(request.sector) if request.sector else []
    if examples:
        lines.append(Line(f"Praktijkvoorbeelden uit de sector {request.sector} in deze kennisbank: "
                          + "; ".join(d.title for d in examples) + ".", [cites.cite(d.doc_id) for d in examples]))
    if request.years is not None and request.years < 1:
        lines.append(Line("Een korte looptijd was in de rijksevaluatie van 2014 een van de meest genoemde redenen "
                          "waarom social return minder goed past.", [cites.cite("praktijk/welke-opdrachten-lenen-zich.md")]))
    return verdict, lines


def _thresholds(request: PlanRequest, profile: Profile, cites: Citations) -> tuple[str, list[Line]]:
    if not profile.thresholds:
        return "geen-drempel", [Line(f"{profile.name}: de bronnen in deze kennisbank noemen geen drempelbedrag.")]
    relevant = [t for t in profile.thresholds if request.type in t.types]
    if not relevant:
        types = sorted({TYPE_PLURAL[t] for th in profile.thresholds for t in th.types})
        return "nee", [Line(f"De regels van {profile.name} noemen alleen drempels voor {' en '.join(types)}; voor "
                            f"{TYPE_PLURAL[request.type]} staat er niets in de bronnen.",
                            [cites.value(profile.thresholds[0])])]
    lines, results = [], []
    for threshold in relevant:
        met, text = threshold_check(request, threshold)
        results.append((met, threshold.usual))
        outcome = {True: "haalt de drempel", False: "haalt de drempel niet", None: "niet te bepalen"}[met]
        lines.append(Line(f"{profile.name}, {text}: {outcome}.", [cites.value(threshold)]))
    if any(met is False and not usual for met, usual in results):
        return "nee", lines
    if any(met is False for met, _ in results):
        return "meestal-niet", lines
    if any(met is None for met, _ in results):
        return "onbekend", lines
    return "ja", lines


# ---- the obligation -----------------------------------------------------------------------------------------
def obligation(request: PlanRequest, profile: Profile | None, book: RuleBook, verdict: str,
               cites: Citations) -> Obligation:
    result = Obligation(applies={"ja": "ja", "nee": "nee", "meestal-niet": "nee"}.get(verdict, "onbekend"),
                        basis="geen")
    rule = profile.obligation if profile else None
    name = profile.name if profile else ""
    if verdict in ("nee", "meestal-niet") and profile is not None:
        result.lines.append(Line(f"Deze opdracht haalt de drempel van {name} niet: volgens die regels geldt er "
                                 "geen social-returnverplichting" + (" (de drempel is een gewoonte, geen vaste "
                                                                     "regel)" if verdict == "meestal-niet" else "")
                                 + ". Vrijwillige afspraken of sociaal inkopen blijven mogelijk."))
        return result
    if rule and request.type in rule.types and rule.base != "onbekend":
        _organisation_amount(request, profile, rule, result, cites)
    elif rule and request.type not in rule.types:
        types = " en ".join(TYPE_PLURAL[t] for t in rule.types)
        result.lines.append(Line(f"De regel van {name} geldt voor {types}, niet voor {TYPE_PLURAL[request.type]}.",
                                 [cites.value(rule)]))
    elif rule:
        result.lines.append(Line(f"{name}: {percent(rule.percentage)} — {rule.note}. Omdat de grondslag niet in "
                                 "de bron staat, rekent dit plan geen bedrag uit volgens die regel.",
                                 [cites.value(rule)]))
    elif profile is not None:
        result.lines.append(Line(f"{name}: de bronnen in deze kennisbank noemen geen percentage voor de "
                                 "social-returnverplichting."))
    if result.amount is None and not (rule and rule.base == "loonsom" and request.type in rule.types):
        _generic_range(request, book, result, cites, only_levering_warning=request.type == "levering")
    if result.amount is not None and request.years and request.years > 1:
        result.per_year = result.amount / request.years
        result.lines.append(Line(f"Verdeeld over {request.years:g} jaar is dat gemiddeld {euro(result.amount)} ÷ "
                                 f"{request.years:g} = {euro(result.per_year)} per jaar."))
    return result


def _organisation_amount(request: PlanRequest, profile: Profile, rule, result: Obligation, cites: Citations) -> None:
    ref = [cites.value(rule)]
    pct = rule.percentage
    word = "minimaal " if rule.minimum else ""
    if rule.low_labour and request.labour_share is not None and request.labour_share < rule.low_labour.below:
        pct = rule.low_labour.percentage
        result.lines.append(Line(f"{profile.name} vraagt {word}{percent(rule.percentage)}, maar {percent(pct)} "
                                 f"bij minder dan {percent(rule.low_labour.below * 100)} arbeid; het opgegeven "
                                 f"aandeel is {percent(request.labour_share * 100)}.", ref))
    historic = " Let op: dit beschrijft een oudere regeling." if rule.status == "historisch" else ""
    if rule.base == "loonsom":
        if request.labour_share is None:
            result.basis = "organisatie"
            result.lines.append(Line(f"{profile.name}: {word}{percent(pct)} van de loonsom ({rule.note}). Geef het "
                                     "aandeel arbeid in de opdracht op om de loonsom te schatten; zonder dat noemt "
                                     "dit plan geen bedrag." + historic, ref))
            return
        wages = request.value * request.labour_share
        amount = wages * pct / 100
        result.lines.append(Line(f"{profile.name}: {word}{percent(pct)} van de loonsom ({rule.note}).{historic}", ref))
        result.lines.append(Line(f"Loonsom (uw schatting): {percent(request.labour_share * 100)} × "
                                 f"{euro(request.value)} = {euro(wages)}."))
        result.lines.append(Line(f"Verplichting: {percent(pct)} × {euro(wages)} = {euro(amount)}.", ref))
    else:
        amount = request.value * pct / 100
        result.lines.append(Line(f"{profile.name}: {word}{percent(pct)} van de opdrachtsom ({rule.note}).{historic}",
                                 ref))
        result.lines.append(Line(f"Verplichting: {percent(pct)} × {euro(request.value)} = {euro(amount)}.", ref))
    result.basis = "organisatie"
    cap = profile.cap
    if cap:
        cap_ref = [cites.value(cap)]
        if amount > cap.amount:
            result.lines.append(Line(f"Maximum: ten hoogste {euro(cap.amount)} per {cap.per}, dus {euro(amount)} "
                                     f"wordt {euro(cap.amount)}.", cap_ref))
            amount = float(cap.amount)
        else:
            result.lines.append(Line(f"Het maximum van {euro(cap.amount)} per {cap.per} wordt niet bereikt.", cap_ref))
    result.amount = amount
    result.target, result.target_label = amount, f"de verplichting van {euro(amount)}"
    if profile.award:
        base_value = request.value if rule.base == "opdrachtsom" else request.value * (request.labour_share or 0)
        top = base_value * profile.award.max_percentage / 100
        if cap:
            top = min(top, cap.amount)
        result.award_max = top
        result.lines.append(Line(f"Als (sub)gunningscriterium mag het aanbod oplopen tot "
                                 f"{percent(profile.award.max_percentage)}: {percent(profile.award.max_percentage)} × "
                                 f"{euro(base_value)} = {euro(base_value * profile.award.max_percentage / 100)}"
                                 + (f", ten hoogste {euro(cap.amount)}" if cap and top < base_value *
                                    profile.award.max_percentage / 100 else "") + f" ({profile.award.note}).",
                                 [cites.value(profile.award)]))
    if result.applies == "onbekend" and profile.thresholds:
        result.lines.append(Line("Dit bedrag geldt alleen als de opdracht onder de regel valt; de drempel kon niet "
                                 "volledig worden getoetst (zie hierboven)."))


def _generic_range(request: PlanRequest, book: RuleBook, result: Obligation, cites: Citations,
                   only_levering_warning: bool) -> None:
    general = book.generic.general
    span = general.opdrachtsom_range
    if only_levering_warning:
        result.lines.append(Line("Voor leveringen geeft dit plan geen algemeen percentage: de bronnen vinden "
                                 "social return daarbij in principe disproportioneel. Kies liever een route als de "
                                 "voorbehouden opdracht of inkoop bij sociale ondernemingen.",
                                 [cites.value(next(n for n in book.generic.notes if "levering" in n.text))]))
        return
    low, high = request.value * span.low / 100, request.value * span.high / 100
    result.low, result.high = low, high
    if result.basis == "geen":
        result.basis = "algemeen"
    ref = [cites.value(span)]
    result.lines.append(Line(f"Algemene richtlijn, geen regel van de opdrachtgever: PIANOo noemt in de praktijk "
                             f"{percent(span.low)} tot {percent(span.high)} van de opdrachtsom ({span.note}).", ref))
    result.lines.append(Line(f"{percent(span.low)} × {euro(request.value)} = {euro(low)}; {percent(span.high)} × "
                             f"{euro(request.value)} = {euro(high)}.", ref))
    if request.labour_share is not None:
        wage = general.loonsom_percentage
        wages = request.value * request.labour_share
        result.lines.append(Line(f"Als percentage van de loonsom ({wage.note}): {percent(wage.value)} × "
                                 f"({percent(request.labour_share * 100)} × {euro(request.value)} = {euro(wages)}) "
                                 f"= {euro(wages * wage.value / 100)}.", [cites.value(wage)]))
    if result.target is None:
        result.target, result.target_label = high, f"{percent(span.high)} van de opdrachtsom ({euro(high)}), ter illustratie"


# ---- combinations -------------------------------------------------------------------------------------------
def combinations(request: PlanRequest, profile: Profile | None, book: RuleBook, result: Obligation,
                 cites: Citations) -> tuple[list[Combination], list[Line]]:
    if profile is None:
        return [], [Line("Zonder de regels van een opdrachtgever is er geen bouwblokkentabel om mee te rekenen; "
                         "gebruik de tabel van uw eigen arbeidsmarktregio.",
                         [cites.cite("toelichting/rekenmethoden.md")])]
    owner, tables = book.tables_for(profile)
    notes: list[Line] = []
    if profile.tables_note:
        notes.append(Line(profile.tables_note))
    if profile.placement_max_years:
        limit = profile.placement_max_years
        notes.append(Line(f"{profile.name}: {limit.note} ({limit.value:g} jaar).", [cites.value(limit)]))
    current = [t for t in tables if t.status == "actueel"]
    if not current:
        if not profile.tables_note:
            notes.append(Line(f"Voor {profile.name} staat geen bouwblokkentabel in deze kennisbank; gebruik de tabel "
                              "uit de aanbestedingsstukken."))
        return [], notes
    if result.target is None:
        notes.append(Line("Zonder een bedrag is er geen combinatie uit te rekenen."))
        return [], notes
    table = current[0]
    ref = cites.value(table, table.date_text())
    if owner.id != profile.id:
        notes.append(Line(f"{profile.name} gebruikt de bouwblokken van {owner.name}.", [ref]))
    by_id = {b.id: b for b in table.blocks}
    found = []
    for title, mix in combos.recipes(table, result.target):
        items = [Item(count, by_id[block_id].label, float(by_id[block_id].value), by_id[block_id].per)
                 for block_id, count in sorted(mix.items(), key=lambda kv: -by_id[kv[0]].value)]
        persons = []
        for block_id, count in mix.items():
            needed = combos.min_persons(count, by_id[block_id], request.years)
            if needed:
                persons.append(f"'{by_id[block_id].label}' telt per persoon ten hoogste "
                               f"{by_id[block_id].max_years:g} jaar mee, dus {count} jaarplaatsingen vragen minstens "
                               f"{needed} personen")
        found.append(Combination(title=f"Combinatie {len(found) + 1}: {title}", items=items, target=result.target,
                                 table=table.name, table_date=table.date_text(), basis=table.basis,
                                 persons_note="; ".join(persons), cites=[ref]))
    notes.append(Line(f"Doel: {result.target_label}. Waarden uit '{table.name}' ({table.date_text()}; "
                      f"{table.basis}); een jaarplaatsing is één persoon een jaar lang, deeltijd telt naar rato.",
                      [ref]))
    return found, notes


# ---- headline and dates ----------------------------------------------------------------------------------------
def headline(request: PlanRequest, profile: Profile | None, result: Obligation) -> str:
    what = f"een {request.type} van {euro(request.value)}" + (f" over {request.years:g} jaar" if request.years else "")
    if result.applies == "nee" and profile is not None:
        return f"Voor {what} geldt volgens de regels van {profile.name} geen social-returnverplichting."
    if result.amount is not None:
        caveats = []
        if profile.obligation and profile.obligation.status == "historisch":
            caveats.append("volgens een oudere regeling")
        if result.applies == "onbekend" and profile.thresholds:
            caveats.append("als de opdracht onder de regel valt")
        caveat = f" ({', '.join(caveats)})" if caveats else ""
        return f"Voor {what} is de social-returnverplichting volgens {profile.name} {euro(result.amount)}{caveat}."
    if result.low is not None:
        who = f"{profile.name} noemt geen bedrag dat dit plan kan toepassen" if profile else \
            "er zijn geen regels van de opdrachtgever in deze kennisbank"
        return (f"Voor {what}: {who}; de algemene richtlijn van PIANOo ({euro(result.low)} tot {euro(result.high)}, "
                "2 tot 5% van de opdrachtsom) geeft een orde van grootte.")
    return f"Voor {what} noemt dit plan geen bedrag; zie de toelichting hieronder."


def rule_dates(profile: Profile | None, book: RuleBook) -> list[str]:
    dates = [f"Algemene richtlijnen: gecontroleerd op {dutch_date(book.generic.checked)}."]
    if profile is None:
        return dates
    dates.insert(0, f"Regels {profile.name}: gecontroleerd op {dutch_date(profile.checked)}.")
    if profile.obligation and profile.obligation.status == "historisch":
        dates.insert(1, f"Het percentage van {profile.name} beschrijft een oudere regeling.")
    for threshold in profile.thresholds:
        if threshold.year:
            dates.append(f"Drempelbedrag {euro(threshold.amount or 0)}: bedrag {threshold.year}.")
    _, tables = book.tables_for(profile)
    for table in tables:
        state = " (historisch)" if table.status == "historisch" else ""
        dates.append(f"Bouwblokken '{table.name}'{state}: {table.date_text()}.")
    return dates
