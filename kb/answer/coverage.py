"""Which words of a question carry its point, and whether a text speaks to them.

The point of "Wie is de burgemeester van Rotterdam?" is *burgemeester* and *Rotterdam*, not *wie*;
the point of "Hoe werkt social return bij schoonmaak?" is *schoonmaak*, not *social return* (every
page of this knowledge base is about social return). Words are weighted by how rare they are in
ordinary Dutch or English (wordfreq's lists, which ship with the package), never by statistics of
the index: the weights mean the same whether the index holds three documents or 100,000 passages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from kb.language.everyday import CLAUSE_OPENS, FIRST_STEPS, everyday_phrases
from kb.language.questions import Kind, asker_introduction, classify, unwrapped, without_manner
from kb.language.translation import GLOSSARY, english_phrases
from kb.language.words import fold, informativeness, names
from kb.search.keyword import STOPWORDS, analyse

PartsOf = Callable[[str], list[str]]  # a compound's parts ("drempelbedragen" → drempel, bedragen), or []

# The field's everyday vocabulary: present in nearly every question and page, so it says nothing
# about which page answers or whether the answer speaks to the question.
FIELD_WORDS = frozenset(
    "social return sroi socialreturn sociale aanbesteding aanbestedingen aanbesteden aanbestedende inkoop "
    "inkopen inkoper inkopers opdracht opdrachten opdrachtgever opdrachtgevers opdrachtnemer opdrachtnemers "
    "leverancier leveranciers contract contracten overheid overheden organisatie organisaties regels regel "
    "toepassen toegepast toepassing vragen vraag gevraagd eisen eis mensen arbeidsmarkt afstand nederland "
    "nederlandse procurement public tender tenders tendering contracts supplier suppliers buyer buyers "
    "government rules apply applied netherlands dutch investment return social clause clauses "
    # who bids is the supplier: "een inschrijver zegt dat hij geen mensen kan vinden"
    "inschrijver inschrijvers bidder bidders "
    # what "vragen" and "eisen" are in an English question: "can we ask SROI on a small contract"
    "ask asks asked asking require requires required requiring "
    # social return is put in a contract: "waarom overheden social return in contracten opnemen"
    "opnemen opgenomen opneemt include includes included including "
    # "zijn social-returnverplichting": what social return is for the supplier
    "verplichting verplichtingen "
    # what inkoop is in an English question ("as a university buying IT services, …")
    "buy buys buying bought purchase purchases purchasing purchased".split())
# A question's word and the pages' words for the same point, by index term (so every form of the word counts):
# meeting an obligation ("hoe kan ik als mkb'er aan zo'n eis voldoen?" is spoken to by "een klein bedrijf kan social
# return invullen met …"; "hoe lang heeft hij om die te halen?"); what came of it (the pages say what was realised and
# how many were placed); the main contractor is the opdrachtnemer; adding obligations up is combining them; working it
# out is the pages' rekentool and berekenen
_SAME_POINT: dict[str, frozenset[str]] = {
    term: frozenset(analyse(pages))
    for words, pages in (("voldoen voldaan halen", "invullen nakomen naleven realiseren"),
                         ("resultaat", "gerealiseerd opgeleverd plaatsingen"),
                         ("hoofdaannemer", "opdrachtnemer aannemer"),
                         # a club sponsored: the pages speak of a sports club or association, or of sponsoring as such
                         # ("Telt sponsoring van de lokale voetbalclub mee?" is answered by what they say of sponsoring)
                         ("voetbalclub voetbalclubs sportclub sportclubs voetbalvereniging sportvereniging",
                          "sportclub voetbalvereniging sportvereniging sponsoring sponsorbijdrage"),
                         ("optellen", "combineren samenvoegen bundelen"),
                         ("uitrekenen", "berekenen rekenen rekentool"),
                         ("calculator calculater", "rekentool"),
                         # what is spent on social return is its share of the contract ("hoeveel moet er aan
                         # social return besteed worden?" is answered by "5% van de opdrachtsom")
                         ("besteed besteden besteedt uitgeven uitgegeven spend spent spending",
                          "besteden percentage opdrachtsom loonsom aanneemsom"),
                         ("nalopen nagaan", "controleren controle checken toetsen"),
                         # keeping count is the pages' monitoring ("Hoe houd je bij hoeveel social return …?")
                         ("bijhouden", "monitoring monitoren monitort registreren registratie"),
                         # whose task it is, by what the pages say of roles and who is responsible
                         ("taak taken", "rol rollen verantwoordelijk verantwoordelijkheid"),
                         # who pays is answered by what the pages say of costs, their refund and subsidies
                         ("betalen betaalt betaald", "kosten vergoeding vergoed subsidie financiering"),
                         # the contract's value, by any of the field's names for it ("hoeveel procent van de
                         # opdrachtwaarde" is answered by "5% van de opdrachtsom")
                         ("opdrachtwaarde opdrachtsom aanneemsom opdrachtbedrag contractwaarde inschrijfsom",
                          "opdrachtwaarde opdrachtsom aanneemsom opdrachtbedrag contractwaarde inschrijfsom"))
    for word in words.split() for term in analyse(word)}
_QUESTION_WORDS = frozenset(
    "wat wie hoe waar wanneer waarom welke welk hoeveel kan kun kunnen mag mogen moet moeten zijn is ben "
    "heeft hebben wordt worden zou zouden gaat doe doen doet deed deden gedaan wil willen weet weten iets iemand "
    "eigenlijk precies "
    "klopt kloppen klopte terecht onterecht justified redelijkerwijs ongeveer graag even nou nu dan eens uitleg "
    "uitleggen leg vertel noem geef "
    # "Ken je een voorbeeld van een gemeente die het goed heeft geregeld?": asking whether one knows of a case
    "ken kent geregeld "
    "voorbeeld voorbeelden praktijkvoorbeeld praktijkvoorbeelden "
    "what who how where when why which can could may must should would will does do did is are was were "
    "have has tell explain give example examples please there any find about much many ever only run get got done "
    "like also other some still really actually exactly usually normally normal kort kortom simpel simpelweg "
    "uitgelegd kortweg nou short briefly ongeveer zo'n circa welke vandaan meestal doorgaans normaal normaliter "
    "gewoonlijk "
    # a separable verb's particle written apart says nothing alone: "hoe leg je de verplichting dan neer?"
    "neer heen "
    # how a text asked for should read ("draft a polite e-mail …", "een beleefde herinnering")
    "draft polite politely kindly beleefd beleefde outline neutral neutrale neutraal "
    # framing of a question asked from a part played ("Pretend I'm a small supplier who has never heard of …")
    "pretend heard simple "
    # "de drempel waarboven je social return toepast": the relative adverb only joins the question's parts
    "waarboven waaronder waarvoor waarmee waarop waarin waaruit waarna waarbij "
    "jullie typically generally daarmee hiermee ermee daarvan hiervan ervan daarop hierop erop daarover hierover "
    "erover daarbij hierbij erbij daarvoor hiervoor ervoor daaraan hieraan eraan "
    "daarin hierin erin daaruit hieruit eruit daardoor hierdoor erdoor daarna hierna erna "
    # "in welke fase moet je nadenken over social return?": thinking about something asks about it
    "nadenken nadenkt denk denken bedenken "
    # "als we op dit moment niemand nodig hebben": when and who in general, not what is asked
    "moment momenteel niemand niets niks iedereen allemaal allen eind einde "
    # "wat als een bedrijf gewoon niks doet": a filler; "in natura, bijvoorbeeld met gastlessen": what follows
    # is the example, not "bijvoorbeeld"; "… plus hoe lang …" joins two questions
    "gewoon bijvoorbeeld bijv plus "
    # "bij elkaar optellen": the adding up is asked, not who with whom; "van de ene opdracht voor een andere"
    "elkaar ene "
    # how a procedure is asked for: "hoe pak ik dat aan, welke stappen moet ik zetten?", "hoe zet ik het in?";
    # "wat kan ik haar zeggen?"
    "pak pakt pakken stap stappen zet zetten inzetten zeggen doorlopen doorloop "
    # "hoe bepaal ik welk percentage ik vraag?", "hoe kies ik …", "how do I determine …": the asker's choosing
    # is asked; what is chosen is its point (not "wie bepaalt …?", which asks who decides)
    "bepaal kies kiezen koos kozen gekozen determine choose chose chosen "
    # "what are our options?", "welke mogelijkheden heb ik?": ways are asked, the situation is the point; "hoe past
    # het in het inkoopproces?": how two things fit together, like "verhoudt"
    "opties options mogelijkheden possibilities past fit fits "
    # "wat is het verschil tussen A en B?": the kind of answer; A and B are its point
    "verschil verschillen verschilt tussen onderscheid difference differences differ "
    # "is het loonkostenvoordeel hetzelfde als social return?", "the same thing as": asking whether two are one
    "hetzelfde thing identical "
    # "hoe verhoudt social return zich tot de Participatiewet?": how two things relate; the two are its point
    "verhoudt verhouden relate relates relation relationship "
    # "What does SROI stand for?", "what does it mean?": asking what a name means
    "stand stands mean means meaning "
    # Asking for advice or a judgement says what kind of answer is wanted, not what it is about: "wat raden
    # jullie aan", "hoe verwerk ik dat", "wat is realistisch", "does that make sense".
    "raden raad aanraden aanbevelen aanbevolen adviseren adviseer advies realistisch haalbaar verstandig slim "
    "handig zinvol zinnig nuttig gebruikelijk gangbaar redelijk verwerken verwerk aanpakken omgaan regelen "
    "recommend recommended advise advice realistic feasible sensible sense reasonable wise smart handle deal "
    "hardly barely useful common typical usual beter better "
    # what matters most is asked by every question: "de belangrijkste kritiekpunten", "the main risks"
    "belangrijkste voornaamste grootste main key biggest "
    # English function words that bm25s's short English list lacks ("does each one set its own?")
    "about above after again against all already am any because been before being below between both did lots "
    "don't doesn't didn't know knows "
    # a letter pasted into the question ("A supplier just emailed us: 'Dear sir/madam, … Kind regards'"): its form
    "dear sir madam kind regards sincerely beste geachte heer mevrouw groet groeten vriendelijke hartelijke "
    "emailed e-mailed mailed mailde mailden e-mailde wrote schreef schreven "
    "doing down during each either else ever every few from further having he her here hers herself him "
    "himself his its itself just more most my myself need needs neither nor now off once one only our ours "
    "out own same set she so some than them themselves those through too under until up very want wants "
    "were whether while whom yet you your yours yourself "
    # contractions and chat fillers: "we're about to tender new laptops for the whole department, can we even
    # put social return in that?"
    "we're i'm it's that's there's you're they're we've i've even whole put new "
    # English words that only carry the sentence ("is there a template we can use?", "what happens if…",
    # "someone from the target group", "several different kinds"): a Dutch page never holds them
    "use uses used using someone anyone somebody anybody happens happen happened instead towards toward say says "
    "said quick quickly simply several different way going think "
    # what someone else holds ("my alderman insists …", "rather than just agreeing with me"): the claim is the point
    "insist insists insisted claim claims claimed agree agreeing "
    # conjunctions and hedges that join a situation to the question ("kunnen we social return vragen terwijl we geen
    # overheid zijn?", "when the contract is mostly licences")
    "terwijl hoewel ofschoon mostly mainly largely partly".split())
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# "een opdracht van 80.000 euro", "voor ongeveer 2 miljoen": the contract's value sets out the situation; a
# page that happens to name the same amount (the percelenregeling's € 80.000) is not about the question
_CONTRACT_VALUE = re.compile(
    # (also the amount a contract stays under or above: "onder de 100k" is the situation, not the point)
    r"\b(van|voor|of|worth|onder de|boven de|beneden|vanaf|tot|under|below|above)\s+"
    r"((ongeveer|circa|ca\.?|zo'?n|ruim|bijna|rond|about|around|roughly|approximately)\s+)?"
    r"(€\s*\d[\d.,]*(\s*(miljoen|mln|million|k)\b)?|\d[\d.,]*\s*(euro|miljoen|mln|million|k)\b|\d{1,3}(\.\d{3})+(?![.,]?\d))",
    re.IGNORECASE)
# "ICT-dienstverlening voor 2 jaar", "een looptijd van 4 jaar", "for 3 years": how long the contract runs sets out the
# situation too; a page that names the same number of years (an example's 2-year contract) is not about the question
# (a number of months stays: "een contract van 6 maanden" may ask about the Rijk's minimum term; and so does how long
# someone is employed: "moet de kandidaat voor 2 jaar in dienst?")
_CONTRACT_TERM = re.compile(
    r"\b(voor|looptijd van|looptijd|for|over|lasting|running)\s+((ongeveer|circa|ca\.?|zo'?n|ruim|bijna|about|around|"
    r"roughly|approximately)\s+)?(\d{1,2}|twee|drie|vier|vijf|zes|two|three|four|five|six)\s+(jaar|jaren|years?)\b"
    r"(?!\s+(in dienst|aan het werk|werken|employed|in (a )?job|at work|of employment))",
    re.IGNORECASE)
# Words that place a question inside the field (social return, procurement, work for people with a
# distance to the labour market). A question without any of them is probably about something else.
_FIELD = re.compile(
    r"\b(social[ -]?return\w*|sroi\w*|aanbested\w*|inkoop\w*|inkope\w*|inkoper\w*|opdracht\w*|gunning\w*|gegund|"
    r"bestek\w*|contract\w*|leverancier\w*|doelgroep\w*|participatiewet\w*|banenafspraak|quotum\w*|uitkering\w*|"
    r"bijstand\w*|ww|ww'?ers?|wajong\w*|wia|wsw|sw-?bedrijf\w*|sociale werk\w*|beschut\w*|arbeidsbeperk\w*|"
    r"arbeidsmarkt\w*|werkzoekend\w*|werkgever\w*|werkervaring\w*|leerwerk\w*|stage\w*|bbl|bol|plaatsing\w*|"
    r"banen|baan|werkgelegenheid|sociale? onderne\w*|sociaal onderne\w*|pso|prestatieladder|buy social|mvi|mvoi|"
    r"maatschappelijk\w* verantwoord\w*|impact|bouwblok\w*|cataloguswaarde|loonsom|opdrachtsom|aanneemsom|"
    r"percentage\w*|boete\w*|sanctie\w*|monitor\w*|verantwoording|plan van aanpak|voorbehouden|percel\w*|"
    r"proportional\w*|proportione\w*|pianoo|maatwerk voor mensen|proeftuin\w*|uwv|werkgeversservicepunt\w*|wsp|"
    r"jobcoach\w*|loonkosten\w*|loonwaarde|verdringing|inclusie\w*|inclusie?f|werklo\w*|re-?integratie\w*|"
    r"eis|eisen|praktijkvoorbeeld\w*|handreiking\w*|rekenkamer\w*|convenant\w*|sociaal akkoord|kandida+t\w*|"
    r"statushouder\w*|meetel\w*|tel(t|len|de|den)\b[^?.!]*\bmee|"
    # (whether something counts: "telt het als een bedrijf geld geeft aan een goed doel")
    r"tel(t|len) (het|dat|dit|die|ze|hij|zij) (ook |nog |wel )?(als|even|zwaarder|minder)\b|"
    r"count(s|ed|ing)? (towards?|for|as)|counts?(?= ?\?)|"
    # ("telt sponsoring mee?", "does sponsoring count?": what counts towards the obligation)
    r"(onder|hoofd)?aannemer\w*|"
    r"procurement|tender\w*|supplier\w*|contractor\w*|award\w*|reserved|sheltered|disabilit\w*|unemploy\w*|"
    r"jobs? agreement|target group\w*|social enterprise\w*|employment|labou?r market|placement\w*|internship\w*|"
    r"apprentice\w*|penalt\w*|wage bill|buying social|socially responsible|public buyer\w*|"
    r"\d+ ?%-?regel|\d+-?procent-?regel|"
    # the people it is about, in plain words ("mensen met een beperking hoe tel je die", "a levy if they don't hire
    # enough disabled people"), and the sheltered workshop
    r"beperking\w*|gehandicapt\w*|handicap\w*|arbeidshandicap\w*|kwetsba+re?|(minder|weinig) kansen|kansarm\w*|"
    r"werkplaats\w*|garantiebaan\w*|no-?risk\w*|nieuwkomer\w*|vluchteling\w*|inburger\w*|disabled|handicapped|"
    r"job ?seekers?|jobless|vulnerable|refugees?|participation act)\b", re.IGNORECASE)


# plain English for what social return asks ("What happens if the company doesn't keep its promise to hire people?"),
# the field's when a firm or a public buyer is named with it (not "How do I hire staff for my restaurant?")
_PLAIN_FIELD = re.compile(r"\b(hir(e|es|ed|ing) (people|locals|jobseekers|the unemployed)|(people|those|folks|someone|"
                          r"anyone) on (benefits|welfare)|"
                          r"(give|offer|create)s? jobs? (to|for) (people|locals|those))\b",
                          re.IGNORECASE)
_PLAIN_CONTEXT = re.compile(r"\b(compan(y|ies)|firms?|contract\w*|suppliers?|city|municipalit\w+|government|"
                            r"council|public (body|bodies|sector))\b", re.IGNORECASE)


def in_field(question: str) -> bool:
    """True when the question uses any word of the field (or plain words for what it asks, of a firm or buyer)."""
    folded = fold(question)
    return bool(_FIELD.search(folded) or _PLAIN_FIELD.search(folded) and _PLAIN_CONTEXT.search(folded))


def numbers_in(question: str) -> list[str]:
    return _NUMBER.findall(question)
_WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)
_FIELD_PREFIX = re.compile(r"^(socialreturn|return|sroi)")  # "returnberekening" is about the berekening


@dataclass
class PointWord:
    word: str                 # as the question has it (folded)
    terms: frozenset[str]     # analysed forms, any one of which counts as a match
    weight: float
    parts: tuple[str, ...] = ()  # a compound also matches when all its parts are there
    either: tuple["PointWord", ...] = ()  # "wegonderhoud of infra": any one of these counts

    def found_in(self, text_terms: set[str]) -> bool:
        if self.either:
            return any(word.found_in(text_terms) for word in self.either)
        return bool(self.terms & text_terms) or bool(self.parts) and all(p in text_terms for p in self.parts)


# A separable verb (infinitive or third person) with a particle the keyword analysis keeps: "meetellen",
# "terugbetalen", "afkopen" are written apart in a sentence ("telt … mee", "koopt … af").
_SEPARABLE = re.compile(r"^(mee|terug|samen|weg|vast|af|toe)(?!ge)(\w{3,}(?:en|t))$"
                        # (and its past participle: "hoe wordt die inkoop meegeteld?" is spoken to by "telt mee")
                        r"|^(mee|terug|samen|weg|vast|af|toe)(ge\w{3,}[dt])$")


def _verb_forms(word: str) -> list[str]:
    """*word* and the verb forms the keyword analysis does not join (it joins "invult" ~ invullen and
    "voldoet" ~ voldoen itself): a past participle in -d ("bedoeld" ~ bedoelen, stem "bedoel"), an
    infinitive after a vowel ("zien" ~ "zie"), and a noun's other plural."""
    forms = [word]
    if len(word) >= 5:
        if word.endswith("en") and word[-3] in "aeiou":
            forms.append(word[:-1])
        if word[-1] == "d" and word[-2] not in "aeiout":
            forms.append(word[:-1])
        # a verb whose stem ends in -en, in the first person ("hoe bereken ik …", "reken"): the stemmer reads its
        # -en as an ending ("berek"), the pages' "berekening" and "berekenen" keep it ("bereken")
        if word.endswith("en") and word[-3] not in "aeiou" and analyse(word + "en") == [word]:
            forms.append(word + "en")
        # a plural in -es where the stemmer keeps the -e: "rekenmethodes" (rekenmethode) ~ "rekenmethoden"
        # (rekenmethod), the pages' plural
        if word.endswith("es") and word[-3] not in "aeiou" and word[-4] in "aeiou":
            stems, other = analyse(word), word[:-1] + "n"
            if stems and stems[-1].endswith("e") and analyse(other)[-1:] != stems[-1:]:
                forms.append(other)
        # a Latin plural: "gunningscriteria" are the pages' "gunningscriterium" (the stemmer keeps both apart)
        if word.endswith("criteria"):
            forms.append(word[:-1] + "um")
    return forms


def _dt_swapped(word: str) -> str:
    """A verb form with its d/t swapped, the commonest Dutch spelling slip ("betekend" for "betekent")."""
    return word[:-1] + {"d": "t", "t": "d"}[word[-1]] if word[-1:] in ("d", "t") else word


# The head of a compound that only makes its modifier countable ("kritiekpunten", "aandachtspunten",
# "knelpunten"): the modifier carries the point.
_GENERIC_HEADS = frozenset({"punt", "punten", "zaak", "zaken", "aspect", "aspecten", "onderdeel", "onderdelen",
                            "ding", "dingen", "kwestie", "kwesties",
                            # "in het inkoopproces", "een inkooptraject": the buying is the point, not its course
                            "proces", "processen", "traject", "trajecten"})


# A company named by its trade ("schoonmaakbedrijf", "installatiebedrijven"): the trade carries the point
# (a trade of at least six letters: a "werkbedrijf" is not any page about werk).
_COMPANY_HEADS = frozenset({"bedrijf", "bedrijven", "firma", "firma's"})


def _no_parts(word: str) -> list[str]:
    return []


# Who is asking is not what is asked: "Wat kan ik als contractmanager doen?", "As a new contract manager at a
# housing corporation, how…", "Als beleidsmedewerker van een waterschap wil ik weten…".
_ASKER_ROLE = re.compile(
    r"\b(ik|wij|we|i)\s+als\s+(nieuwe?\s+)?[\w-]+"
    r"|(^|[.!?]\s+)(als(?!\s+(de|het|een|er|ik|je|jij|u|we|wij|ze|zij|hij|die|dat|dit|deze|men|iemand|niet|geen|"
    r"iets|alles|dan|nu|zo|straks|later)\b)|as an?)\s+(nieuwe?\s+|new\s+)?[\w-]+(\s+[\w-]+)?"
    r"(\s+(bij|van|at|of|for|in)\s+(een|de|het|a|an|the)?\s*[\w-]+(\s+[\w-]+)?)?\s*(,|\bwil\b|\bvraag\b)"
    # being new at the job ("Ik ben net begonnen als inkoper, …", "I just started as a buyer"; a whole introduction
    # goes below, in point_words)
    r"|\b(ik|wij|we)\s+(ben|zijn)\s+((net|pas|sinds\s+kort|onlangs|nog\s+maar\s+kort)\s+)?(begonnen|gestart|nieuw)"
    r"(\s+als\s+(nieuwe?\s+)?[\w-]+)?|\b(i|we)('ve|\s+have)?\s+(just|recently)\s+(started|joined|begun|began)"
    r"(\s+as\s+(an?\s+)?(new\s+)?[\w-]+(\s+(officer|manager|advisor|adviser|buyer))?)?",
    re.IGNORECASE)


# "de gemeente Rotterdam", "provincie Gelderland": the kind of organisation before its name says nothing more
# than the name (a page about Rotterdam need not say "gemeente")
_TITLE_BEFORE_NAME = re.compile(
    r"\b(gemeente|provincie|waterschap|regio|municipality of|province of)\s+(?=(?-i:[A-Z]))", re.IGNORECASE)


_BUY_SOCIAL = re.compile(r"\bbuy(ing)?[ -]social\b", re.IGNORECASE)


# "Mag een gemeente social return eisen?", "hoe kan een gemeente …": any municipality, as the subject of what may, can or
# must be done, is the buyer every page speaks of (as "opdrachtgever" and "overheid" are field words); "de gemeente
# Rotterdam", "welke gemeenten" and "ken je een gemeente die …" name or ask for some
_ANY_MUNICIPALITY = re.compile(
    r"^(\s*((hoe|wat|waarom|wanneer|waarvoor|how|what|why|when)\s+)?(mag|kan|moet|mogen|kunnen|moeten|hoeft|zou|"
    r"may|can|could|must|should|does|do)\s+)(een|elke|iedere|a|any|every)\s+(gemeente|municipality)\b", re.IGNORECASE)


# "Wat telt als afstand tot de arbeidsmarkt?" asks what the term means; "telt een contract van 6 maanden?"
# asks whether something counts, and there "telt" is part of the point
_COUNTS_AS = re.compile(r"\b(wat|wie) (telt|tellen|geldt|gelden) (er )?(precies |eigenlijk )*als\b|"
                        r"\b(what|who) counts as\b", re.IGNORECASE)


# consent asked for what the supplier proposes ("Moet ik daarmee akkoord gaan?", "accepteren of weigeren?", "Should
# we agree?", "Can we approve that?"): whether it may, which the proposal's own words are the point of (measured:
# tune42 uh01 opened with "Vanuit het akkoord …")
_CONSENT_VERBS = (r"(akkoord (gaan|gaat|ga)|akkoord|instemmen|toestaan|toestemming geven|goedkeuren|accepteren|"
                  r"aanvaarden|weigeren|afwijzen|agree( to)?|accept|approve|allow|refuse|reject|permit|sign off on)")
_CONSENT = re.compile(
    rf"\b(daarmee|hiermee|ermee|dat|dit|het|that|this|it|them|to that|to this|to it|with (that|this|it))\s+"
    rf"(\w+\s+)?{_CONSENT_VERBS}\s*(\?|$)|"
    rf"\b{_CONSENT_VERBS}\s+(of|or)\s+{_CONSENT_VERBS}\s*(\?|$)|"
    rf"\b(should|shall|can|may|must|do) (we|i)\s+(just\s+)?{_CONSENT_VERBS}(\s+(that|this|it|them))?\s*(\?|$)|"
    rf"\b(moet|moeten|mag|mogen|kan|kunnen|zal|zullen) (ik|we|wij)\s+(dat|dit|het|daarmee|hiermee|ermee)?\s*"
    rf"(gewoon\s+|zomaar\s+)?{_CONSENT_VERBS}\s*(\?|$)", re.IGNORECASE)


# "hoe hou je daar rekening mee?", "rekening houden met": taking something into account is asked, the
# something is the point (not bills, not keeping)
_HOUDEN = r"\b(hou|houd|houdt|houden|hield|hielden|gehouden)\b"


def _without_taking_into_account(text: str) -> str:
    """*text* without "rekening … houden (mee)" in any sentence that has both."""
    def clean(sentence: str) -> str:
        if re.search(r"\brekening\b", sentence) and re.search(_HOUDEN, sentence):
            return re.sub(_HOUDEN + r"|\brekening\b|\bmee\b", " ", sentence)
        return sentence
    return "".join(clean(part) for part in re.split(r"(?<=[.?!])", text))


# "om social return in de aanbesteding op te nemen" is "opnemen", the field's word for putting it in a contract,
# not "nemen" (which "de opdrachtnemer neemt contact op" would speak to)
_SPLIT_VERB = re.compile(r"\b(op|in|aan|toe|mee|uit|af|door|na|vast|bij) te ([a-z]{3,})\b")


# a separable verb split around its object, the verb first and its particle later in the sentence ("Hoe neem ik
# social return op in mijn aanbesteding?" is opnemen; "Hoe houd je bij hoeveel …?" is bijhouden)
_SPLIT_AROUND = tuple((re.compile(rf"\b({forms})\b((?:(?!\b(zich|me|mij|ons|rekening|uit)\b)[^.?!,])*)\b{particle}"
                                  rf"(?=\s*[?.!,]|\s*$|\s+{CLAUSE_OPENS}\b)"), particle + verb)
                      for forms, particle, verb in (("neem|neemt|nemen|nam|namen", "op", "nemen"),
                                                    ("houd|houdt|hou|houden", "bij", "houden"),
                                                    ("leg|legt|leggen", "vast", "leggen")))


def _joined_verbs(text: str, ignored: frozenset[str]) -> str:
    """*text* with a separable verb split by "te" joined again when the joined verb is an *ignored* word (and one
    split around its object joined into its infinitive)."""
    for pattern, joined in _SPLIT_AROUND:  # (the particle goes: "vast" alone asks nothing)
        text = pattern.sub(lambda m, joined=joined: f"{joined}{m.group(2)}{' ' * len(m.group(0).rsplit(' ', 1)[-1])}",
                           text)
    return _SPLIT_VERB.sub(lambda m: m.group(1) + m.group(2) if m.group(1) + m.group(2) in ignored else m.group(0),
                           text)


# a comparison made in passing (", like a tax rate,", ", net als bij een subsidie,"): what the question is
# likened to is not what it asks (the guardrails read such a neighbouring word as a figure of speech too)
_LIKE_ASIDE = re.compile(r",\s*(like|net als|net zoals|zoals bij|as with|as for)\s+(an?|the|een|de|het|bij)\s+"
                         r"[^,.?!;:]{1,30}(?=[,.?!;:])", re.IGNORECASE)


# "in plaats van mensen aan te nemen", "instead of hiring": joins two things; no place is asked
_INSTEAD_OF = re.compile(r"\b(in plaats van|i\.?p\.?v\.?|instead of|rather than)(?!\w)", re.IGNORECASE)


# "in de praktijk", "in practice": how things go rather than on paper, said of any subject ("Wat betekent 'afstand
# tot de arbeidsmarkt' in de praktijk?"); no page is about practice as such ("voorbeelden uit de praktijk" keeps it)
_IN_PRACTICE = re.compile(r"\b(in de praktijk|in practice|in real life)\b", re.IGNORECASE)


# the asker's organisation spoken of ("zijn wij verplicht", "does our province have to")
_OUR = re.compile(r"\b(wij|we|ons|onze|our|us|we're|we've)\b", re.IGNORECASE)


# "de lokale voetbalclub", "a local firm": where the thing is, said of anything; the thing carries the point
_NEARBY = frozenset({"lokale", "lokaal", "plaatselijke", "plaatselijk", "local"})


def point_words(question: str, language: str, parts_of: PartsOf = _no_parts,
                field: frozenset[str] = FIELD_WORDS) -> list[PointWord]:
    """The words that carry the question's point, each with the index terms that count as a match
    (*field*: the everyday words of the field left out)."""
    words: list[PointWord] = []
    # who asks is not what is asked ("Ik ben net begonnen als inkoper bij een gemeente, waar begin ik …?": a
    # sentence about approaching social return need not say "gemeente"), unless the question asks about the asker's
    # organisation ("Ik werk bij een woningcorporatie. Zijn wij ook verplicht …?")
    # (nor whether a rule holds for the asker: "Ik werk bij een universiteit, is social return verplicht?")
    introduction = asker_introduction(question)
    rest = question[len(introduction):]
    if introduction and not _OUR.search(rest) and classify(rest).kind != Kind.YES_NO:
        question = rest
    folded = _COUNTS_AS.sub(" ", _ASKER_ROLE.sub(" ", fold(_TITLE_BEFORE_NAME.sub("", question))))
    folded = _IN_PRACTICE.sub(" ", _CONSENT.sub(" ", _LIKE_ASIDE.sub(" ", FIRST_STEPS.sub(" ", folded))))
    if _BUY_SOCIAL.search(folded):
        field = field - {"buy", "buying", "social"}  # "Buy Social", "Buying Social": a name, not buying in general
    folded = _ANY_MUNICIPALITY.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), folded)
    # (nor how it is put: "Weet jij toevallig …", "Ik meen dat …, is dat zo?"; measured, left in what is searched)
    folded = _joined_verbs(_without_taking_into_account(without_manner(unwrapped(folded)[0])), field | _QUESTION_WORDS)
    if language == "en":
        # A field term the glossary knows ("reserved contract") is matched by its Dutch words; a word inside an
        # everyday question phrase is the phrase's ("what results" asks what an organisation brought, not for
        # "resultaten"; measured, a phrase without a question word, "road maintenance", is better left to the glossary).
        everyday = [(start, end) for phrase, _, start, end in everyday_phrases(folded)
                    if re.match(r"(what|which|who|where|how)\b", phrase)]
        for phrase, start, end in english_phrases(folded):
            if any(start < e and s < end for s, e in everyday):
                continue
            if phrase == "when" and re.search(r"\w\s*$", folded[:start]):
                # "can we ask for it when the contract is mostly licences?": a conjunction, not a question for a date
                folded = folded[:start] + " " * (end - start) + folded[end:]
                continue
            terms = frozenset(analyse(GLOSSARY[phrase]))
            if terms and phrase not in field:
                weight = max(informativeness(w) for w in phrase.split())
                words.append(PointWord(phrase, terms, weight))
            folded = folded[:start] + " " * (end - start) + folded[end:]
    # "de leverancier loopt achter": an everyday phrase is spoken to by the pages' words for it
    for phrase, pages_words, start, end in everyday_phrases(folded):
        terms = set(analyse(pages_words)) | (set(analyse(phrase)) if len(phrase.split()) == 1 else set())
        weight = max(informativeness(w) for w in pages_words.split())
        words.append(PointWord(" ".join(phrase.split()), frozenset(terms), weight))
        folded = folded[:start] + " " * (end - start) + folded[end:]
    # (after the everyday phrases: "geld betalen in plaats van mensen aannemen" is the pages' afkopen)
    folded = _INSTEAD_OF.sub(" ", folded)
    folded = _CONTRACT_VALUE.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), folded)
    folded = _CONTRACT_TERM.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), folded)
    for number in _NUMBER.findall(folded):
        words.append(PointWord(number, frozenset(analyse(number)), 3.0))
    for token in (part for word in _WORD.findall(_NUMBER.sub(" ", folded)) for part in word.split("-")):
        token = token.strip("'-")
        # ("returneis" of "social-returneis" is the field's eis)
        bare = _FIELD_PREFIX.sub("", token)
        token = bare if len(bare) >= 4 or bare in field else token
        if (len(token) < 3 or token in STOPWORDS or token in field or token in _QUESTION_WORDS or token in _NEARBY
                or _dt_swapped(token) in STOPWORDS or _dt_swapped(token) in _QUESTION_WORDS):
            continue  # "wat betekend …" is "wat betekent …"
        terms = frozenset(t for form in _verb_forms(token) for t in analyse(form))
        terms = terms.union(*(_SAME_POINT.get(t, ()) for t in terms))
        if terms:
            # "meetellen" is spoken to by "telt … mee": a separable verb's particle and verb are its parts
            separable = _SEPARABLE.match(token)
            split = [g for g in separable.groups() if g] if separable else parts_of(token)
            if len(split) > 1 and (split[-1] in _GENERIC_HEADS
                                   or split[-1] in _COMPANY_HEADS and len("".join(split[:-1])) >= 6):
                split = split[:-1]  # "kritiekpunten" is spoken to by "kritiek", "schoonmaakbedrijf" by "schoonmaak"
            parts = tuple(t for part in split for t in analyse(part))
            words.append(PointWord(token, terms, informativeness(token), parts))
    unique: dict[str, PointWord] = {}
    for word in words:
        unique.setdefault(word.word, word)
    return list(unique.values())


# "bij wegonderhoud of infra", "schoonmaak or catering", "bij wegonderhoud of bij groenbeheer": two alternatives
# named side by side
_EITHER_OR = re.compile(r"\b([^\W\d_][\w'-]*)\s+(?:of|or|en/of|and/or)\s+"
                        r"(?:(?:bij|in|voor|aan|op|de|het|een|at|for|on|the|a|an)\s+){0,2}([^\W\d_][\w'-]*)\b",
                        re.IGNORECASE)


def _alternatives(question: str) -> list[tuple[str, str]]:
    """The pairs of words *question* (folded) names as alternatives ("A of B")."""
    return [(m.group(1).strip("'-"), m.group(2).strip("'-")) for m in _EITHER_OR.finditer(fold(question))]


def either_or(question: str, words: list[PointWord]) -> list[PointWord]:
    """*words* with every two point words the question names as alternatives ("A of B") joined into one
    that a text speaks to when it names either; *words* itself when the question names none."""
    by_word = {w.word: w for w in words}
    joined: list[PointWord] = []
    used: set[str] = set()
    for first, second in _alternatives(question):
        a, b = by_word.get(first), by_word.get(second)
        if a is None or b is None or a.word in used or b.word in used or a.word == b.word:
            continue
        used |= {a.word, b.word}
        joined.append(PointWord(f"{a.word} of {b.word}", a.terms | b.terms, max(a.weight, b.weight), (), (a, b)))
    if not joined:
        return words
    return [w for w in words if w.word not in used] + joined


def alternatives_of(question: str, word: str) -> list[str]:
    """The words the question names as alternatives to *word* ("belastingvoordeel of subsidie": subsidie)."""
    word = fold(word)
    found = []
    for a, b in _alternatives(question):
        if a.startswith(word) or word.startswith(a):
            found.append(b)
        elif b.startswith(word) or word.startswith(b):
            found.append(a)
    return found


# A word at least this informative (kb.language.words: about as rare as "schoonmaak", "verplicht") names a subject
SUBJECT_WORD = 2.5


def names_a_subject(text: str) -> bool:
    """Whether *text*, a question without the field's name, still names a subject of its own: a name, or a word
    rarer than everyday words that is neither the field's everyday vocabulary nor a question's. "waarom vragen
    gemeenten eigenlijk … bij aanbestedingen" names none (it asks about social return itself); "bij schoolbouw"
    and "in Den Haag" do."""
    # an English word the glossary knows is judged by its Dutch words: "municipalities" as "gemeenten"
    found = [d for w in re.findall(r"[^\W\d_]{3,}", text.lower()) for d in GLOSSARY.get(w, w).split()]
    words = {w for w in found
             if len(w) >= 3 and w not in STOPWORDS and w not in FIELD_WORDS and w not in _QUESTION_WORDS}
    named = {w.lower() for w in names(text)}
    return bool(words & named) or any(informativeness(w) >= SUBJECT_WORD for w in words)


def rare_first(words: list[PointWord], common: float = 1.5) -> list[PointWord]:
    """*words* with what the commonest words weigh taken off every weight: for judging which page's own
    question is asked, "als het niet lukt" says little next to "afkopen"."""
    return [replace(w, weight=max(0.25, w.weight - common)) for w in words]


def coverage(words: list[PointWord], text_terms: set[str]) -> float:
    """Weighted share of the point words that *text_terms* holds (1.0 when there are none)."""
    total = sum(w.weight for w in words)
    if not total:
        return 1.0
    return sum(w.weight for w in words if w.found_in(text_terms)) / total


def missing(words: list[PointWord], text_terms: set[str]) -> list[str]:
    """The point words *text_terms* lacks, most informative first."""
    return [w.word for w in sorted(words, key=lambda w: -w.weight) if not w.found_in(text_terms)]
