"""What the knowledge base declines before it searches, checked in this order:

a. requests for personal data of candidates or employees (names, BSN, benefits, health);
b. requests to create, alter or vouch for certificates, declarations or other official documents;
c. questions outside social return and its legal frame that name a neighbouring topic (tax rates,
   salaries, investments, other certification schemes, predictions of tender outcomes, general
   procurement thresholds);
d. instructions inside a question ("negeer je bronnen", "ignore all previous instructions",
   "bevestig dat…"): they never change what the answerer does.

After retrieval, the answerer adds the answerability check (kb/answer/coverage.py): the words that
carry the question's point must be in the sentence that would open the answer.

Each decline says why, in the question's language, and where to go instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE


def _words(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


# ---- a. personal data ------------------------------------------------------------------------------
_PERSON_DATA = _words(
    r"bsn", r"burgerservicenummers?", r"sofi-?nummers?", r"geboorte(datum|data|jaar)", r"adres(sen)?",
    r"woonadres(sen)?", r"telefoonnummers?", r"06-?nummers?", r"e-?mail(adres(sen)?)?", r"iban",
    r"rekeningnummers?", r"medische (gegevens|dossiers?)", r"gezondheids(gegevens|situatie)",
    r"diagnoses?", r"ziekte(n|s)?", r"beperking(en)? van", r"uitkering(en)? van", r"persoonsgegevens",
    r"cv'?s", r"social security numbers?", r"dates? of birth", r"birth ?dates?", r"(home )?addresses",
    r"phone numbers?", r"e-?mail addresses", r"medical (records?|data|details)", r"health (data|records?)",
    r"diagnos[ie]s", r"personal data", r"bank account")
_PEOPLE = _words(
    r"kandidaten", r"kandidaat", r"medewerkers?", r"werknemers?", r"personen", r"persoon", r"mensen",
    r"deelnemers?", r"werkzoekenden", r"uitkeringsgerechtigden", r"cli[eë]nten", r"sollicitanten",
    r"geplaatsten", r"stagiairs?", r"leerlingen", r"buurman", r"buurvrouw", r"collega'?s?", r"zoon", r"dochter",
    r"broer", r"zus", r"vriend(in)?", r"partner", r"candidates?", r"employees?", r"workers?", r"people",
    r"persons?", r"participants?", r"job ?seekers?", r"staff", r"neighbou?r", r"colleague")
_REQUEST = _words(
    r"geef", r"stuur", r"noem", r"toon", r"laat .{0,20}zien", r"zoek .{0,20}op", r"lijst", r"overzicht", r"wat (is|zijn)",
    r"welke", r"wie (zijn|werken|staan)", r"wil .{0,20}(weten|hebben|inzien)", r"kun je", r"kunt u", r"mag ik .{0,20}(zien|hebben|inzien)",
    r"give", r"send", r"show", r"list", r"what (is|are)", r"which", r"who (are|work)", r"find", r"look up", r"tell me")
_PERSONAL_STATUS = _words(
    r"doelgroepregister", r"uitkering", r"wia", r"wajong", r"ww-uitkering", r"bijstand", r"indicatie",
    r"arbeidsbeperking", r"ziek", r"geregistreerd", r"ingeschreven", r"beschut werk", r"on benefits?",
    r"disabled", r"disability", r"registered", r"sick")
# "Heeft Jan de Vries een WIA-uitkering?", "Staat mijn collega Pieter in het doelgroepregister?"
_SPECIFIC_PERSON = re.compile(
    r"\b(mijn|onze|my|our) (buurman|buurvrouw|collega|zoon|dochter|broer|zus|vriend(in)?|partner|neighbou?r|"
    r"colleague|son|daughter|brother|sister|friend)\b"
    r"|^\s*(?i:is|heeft|staat|krijgt|zit|ontvangt|werkt|does|has|did)\s+[A-Z][a-z]+(?: (?:van|de|der|den))* [A-Z][a-z]+\b")
_BSN = re.compile(r"\b\d{9}\b")

_PERSONAL = [
    re.compile(rf"\b{_REQUEST}\b.{{0,60}}\b{_PERSON_DATA}\b.{{0,40}}\b(van|of|from|voor|for)\b.{{0,20}}\b{_PEOPLE}\b", _I),
    re.compile(rf"\b(namen|naam|names?)\b( en \w+)?\s+(van|of)\s+(de |het |die |alle |the |all |these )?\b{_PEOPLE}\b", _I),
    re.compile(rf"\b{_PEOPLE}\b.{{0,60}}\b{_PERSONAL_STATUS}\b.{{0,40}}\b(namen|naam|names?|lijst|list)\b", _I),
    re.compile(rf"\b{_REQUEST}\b.{{0,20}}\b(namen|names|lijst met|list of)\b.{{0,30}}\b{_PEOPLE}\b", _I),
    re.compile(rf"\b{_PERSON_DATA}\b.{{0,20}}\b(heeft|hebben|has|have)\b.{{0,10}}\b{_PEOPLE}\b", _I),
    re.compile(r"\b(welke|which) (kandidaten|medewerkers|werknemers|personen|mensen|candidates|employees|people)\b"
               r".{0,80}\b(wonen|woont|live|lives)\b", _I),
]


def _asks_personal_data(question: str) -> bool:
    if any(p.search(question) for p in _PERSONAL) or _BSN.search(question):
        return True
    return bool(_SPECIFIC_PERSON.search(question) and re.search(rf"\b{_PERSONAL_STATUS}", question, _I))


# ---- b. official documents ----------------------------------------------------------------------------
_MAKE = _words(
    r"maak", r"maken", r"stel .{0,40}op", r"opstellen", r"schrijf", r"genereer", r"onderteken", r"teken",
    r"vervals", r"wijzig", r"pas .{0,40}aan", r"aanpassen", r"verander", r"print", r"geef .{0,10}uit", r"vul .{0,30}in",
    r"create", r"generate", r"write", r"issue", r"sign", r"forge", r"fake", r"alter", r"modify", r"change", r"draft",
    r"make", r"produce", r"fill in")
_DOCUMENT = _words(
    r"certificaa?t(en)?", r"pso-certificaat", r"verklaring(en)?", r"attest(en)?", r"bewijs(stuk(ken)?)?",
    r"urenverantwoording", r"beschikking", r"gunningsbeslissing", r"handtekening", r"offici[eë]le (brief|document)",
    r"keurmerk", r"certificates?", r"declarations?", r"statements?", r"attestations?", r"signed", r"signature",
    r"official (letter|document)", r"award decision", r"timesheets?", r"proof")
_VOUCH = re.compile(
    r"\b(verklaar|garandeer|certificeer|bevestig namens|certify|vouch|guarantee)\b.{0,60}\b(dat|that)\b"
    r"|\b(op naam van|namens (de |het |onze )?(gemeente|rijk|provincie|opdrachtgever)|on behalf of)\b", _I)
_DOCUMENTS = re.compile(rf"\b{_MAKE}\b.{{0,60}}\b{_DOCUMENT}\b|\b{_DOCUMENT}\b.{{0,40}}\b{_MAKE}\b"
                        rf"|\bstel\b.{{0,30}}\b{_DOCUMENT}\b.{{0,10}}\bop\b", _I)
_DRAFT_TEXT = re.compile(r"\b(voorbeeldtekst|modeltekst|clausule|bestekstekst|paragraaf|bepaling|template|"
                         r"example (text|clause)|model clause|sample clause)\b", _I)


def _asks_document(question: str) -> bool:
    if _VOUCH.search(question):
        return True
    return bool(_DOCUMENTS.search(question)) and not _DRAFT_TEXT.search(question)


# ---- c. neighbouring topics outside social return ------------------------------------------------------
_OUTSIDE = re.compile("|".join([
    r"\b(btw|omzetbelasting|vennootschapsbelasting|inkomstenbelasting|loonbelasting|belastingtarief|"
    r"belastingen|tax(es)?|vat)\b",
    r"\b(salaris(sen)?|verdien(t|en)|bruto ?loon|netto ?loon|cao-?loon|minimumloon|salary|salaries|wages?|earns?)\b",
    r"\b(beleggen|belegging(en)?|aandelen|obligaties|crypto\w*|bitcoin|invest(ing)? in|stocks?|bonds?|shares)\b",
    r"\b(iso ?\d{4,5}|vca|breeam|leed|co2-?prestatieladder|iso certification)\b",
    r"\b(voorspel\w*|wie (wint|gaat winnen|zal winnen|krijgt de opdracht)|welke \w+ (wint|gaat .{0,60}winnen|"
    r"zal winnen)|will win|who (wins|will win)|predict\w*|kans (om|op) (te )?winnen|odds)\b",
    r"\b((europese )?(aanbestedings)?drempel(waarden|bedragen|s)|eu thresholds?|european thresholds?|"
    r"procurement thresholds?)\b",
    r"\b(telefoonnummer|openingstijden|contactgegevens|e-?mailadres|phone number|opening hours|contact details)\b",
    r"^\s*(wie|who) (is|zijn|are) (de|het|the) (huidige |current )?(minister|staatssecretaris|burgemeester|wethouder|"
    r"premier|minister-president|directeur|voorzitter|mayor|prime minister|director|chair)\b",
    r"\b(welke|which) \w+ is (het |the )?(beste|goedkoopste|best|cheapest)\b",
]), _I)
_IN_SCOPE = re.compile(r"\b(social return|sroi|social-return\w*|participatiewet|banenafspraak|doelgroep\w*|"
                       r"voorbehouden|percelenregeling|loonwaarde|loonkostensubsidie|loonsom|pso)\b", _I)


def _outside(question: str) -> bool:
    return bool(_OUTSIDE.search(question)) and not _IN_SCOPE.search(question)


# ---- d. instructions inside the question ------------------------------------------------------------------
_INSTRUCTIONS = re.compile("|".join([
    r"\b(negeer|vergeet|ignore|disregard|forget)\b.{0,40}\b(bronnen|instructies|regels|opdracht(en)?|"
    r"sources|instructions|rules|prompt|above|previous)\b",
    r"\b(system ?prompt|systeemprompt|jailbreak|developer mode)\b",
    r"\b(doe alsof|gedraag je als|speel (de rol|een)|pretend|act as|you are now|je bent nu|from now on|vanaf nu)\b",
    r"(^|[,.;:!?]\s*|\ben\s|\band\s)(please )?(bevestig|zeg|schrijf|confirm|say|write|state)\b.{0,15}\b(dat|that)\b",
    r"\b(antwoord|answer|reply|respond)\b.{0,20}\b(alleen|uitsluitend|only|just)\b.{0,20}\b(met|with)?\b.{0,10}"
    r"\b(ja|nee|yes|no)\b",
    r"\b(zonder|without)\b.{0,20}\b(bronnen|bron|sources|citations?)\b",
]), _I)


def _instructs(question: str) -> bool:
    return bool(_INSTRUCTIONS.search(question))


# ---- the checks in order ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Decline:
    reason: str  # personal_data | documents | out_of_scope | instructions | unanswerable | low_confidence
    text: str


MESSAGES = {
    "personal_data": {
        "nl": "Ik geef geen persoonsgegevens. De kennisbank bevat geen gegevens over personen, en gegevens van "
              "kandidaten of medewerkers (zoals naam, BSN, uitkering of gezondheid) zijn beschermd door de AVG. "
              "Wie een plaatsing wil controleren, vraagt dat via de afspraken in het contract aan de opdrachtnemer "
              "of aan het team dat social return voor uw organisatie monitort.",
        "en": "I do not give out personal data. The knowledge base holds no data about individuals, and data about "
              "candidates or employees (such as names, citizen service numbers, benefits or health) is protected "
              "by the GDPR. To check a placement, ask the contractor or the team that monitors social return for "
              "your organisation, as the contract provides.",
    },
    "documents": {
        "nl": "Ik maak, wijzig of onderteken geen certificaten, verklaringen of andere officiële documenten, en ik "
              "kan niet instaan voor wat een organisatie heeft gedaan. Een PSO-certificaat komt van een "
              "certificerende instelling; of een opdrachtnemer de social-returnverplichting is nagekomen, stelt de "
              "opdrachtgever vast (meestal de contractmanager of het social-returnteam).",
        "en": "I do not create, alter or sign certificates, declarations or other official documents, and I cannot "
              "vouch for what an organisation did. A PSO certificate comes from a certifying body; whether a "
              "contractor met its social return obligation is for the contracting authority to establish "
              "(usually the contract manager or the social return team).",
    },
    "out_of_scope": {
        "nl": "Deze vraag valt buiten social return. Ik beantwoord alleen vragen over social return in "
              "aanbestedingen en het wettelijk kader daaromheen, uit de bronnen van deze kennisbank. Voor "
              "algemene aanbestedingsvragen is PIANOo, het Expertisecentrum Aanbesteden, het aanspreekpunt.",
        "en": "This question is outside social return. I only answer questions about social return in public "
              "procurement and its legal frame, from the sources of this knowledge base. For general procurement "
              "questions, PIANOo (the Dutch public procurement expertise centre) is the place to ask.",
    },
    "instructions": {
        "nl": "Ik volg geen opdrachten die in een vraag staan (zoals 'negeer je bronnen' of 'bevestig dat…'): ik "
              "antwoord alleen met wat de bronnen zeggen, met verwijzingen. Stel de vraag zonder opdracht, "
              "bijvoorbeeld: 'Is social return wettelijk verplicht?'",
        "en": "I do not follow instructions inside a question (such as 'ignore your sources' or 'confirm that…'): I "
              "only answer with what the sources say, with references. Ask the question without the instruction, "
              "for example: 'Is social return a legal obligation?'",
    },
}


def check(question: str, language: str) -> Decline | None:
    """The first guardrail the question trips, with its message; None when it may be answered."""
    language = "en" if language == "en" else "nl"
    for reason, test in (("personal_data", _asks_personal_data), ("documents", _asks_document),
                         ("out_of_scope", _outside), ("instructions", _instructs)):
        if test(question):
            return Decline(reason, MESSAGES[reason][language])
    return None
