"""Everyday Dutch for what the guidance pages call by the field's own words.

A buyer writes "de leverancier loopt achter met zijn social return" or "wordt het wel echt
waargemaakt?"; the pages say *nakomen*, *tekort* and *controle*. Only the question's everyday phrase
is recognised here: the pages' words are added to what is searched for, and the phrase, as one point
of the question, counts as spoken to by a sentence that uses the pages' words (kb/answer/coverage.py).

A small hand-kept table of the field's vocabulary, like the English glossary (kb/language/translation),
not general paraphrase: each line is a phrasing users type that no page uses.
"""

from __future__ import annotations

import re

_GAP = r"(?:[\w'-]+\s+){0,6}"
_BENEFITS = r"(\bvoordel\w*+|(?<!on )\bbenefits?\s+(of|for)\b|\badvantages?\b)"  # what social return brings (below)
_COMPANY = r"(leverancier|ondernemer|opdrachtnemer|aannemer|bedrij[fv]|mkb|supplier|contractor|compan(y|ies)|business)"
# asked as whether something breaks the rules ("is het in strijd met …", "is that not allowed?"); the answerer
# also reads it (a vraag's bare "Ja." answers the question the other way round)
AGAINST_THE_RULES = (r"\bin\s+strijd\b|\bstrijdig\b|\bonrechtmatig\w*\b|\billegaal\b|\btegen\s+de\s+(regels|wet)\b|"
                     r"\bverboden\b|\bniet\s+(toegestaan|toelaatbaar|geoorloofd)\b|\bontoelaatbaar\b|"
                     r"\bagainst\s+the\s+(rules|law)\b|\bnot\s+allowed\b|\bprohibited\b|\bforbidden\b|\billegal\b|"
                     r"\bunlawful\b")
# "Waar moet ik mee beginnen?", "where do I start?", "waar moet ik op letten?": asking for the first steps of what the
# rest of the message names, or what to mind in it. The pages speak of steps (stappen; not "aanpak", which finds the
# plan van aanpak, nor "begin", which finds how social return began); the answerer does not look for "beginnen" or
# "letten" in a sentence ("aan het begin van de contractperiode" does not say where to start; kb/answer/coverage.py).
_FIRST_STEPS = (
    r"\bwaar\s+(moet|moeten|kan|kun|kunnen|zou|zouden|mag)\s+(ik|je|jij|we|wij|u|men)\s+((het\s+)?(best|beste|"
    r"eigenlijk|dan|nu|eerst|als\s+eerste)\s+)*(mee\s+|het\s+)?(beginnen|starten)\b(?!\s+(met\s+)?(te\s+)?werken\b)|"
    r"\bwaar\s+(begin|start)\s+(ik|je|jij|we|wij|u)\b|\bwaarmee\s+(begin|start)\s+(ik|je|we|wij|u)\b|"
    r"\bwhere\s+(do|should|can|shall|would)\s+(i|we|you)\s+(even\s+)?(start|begin)\b|\bwhere\s+to\s+(start|begin)\b|"
    r"\bwaar\s+(moet|moeten|kan|kun|kunnen|zou|zouden)\s+(ik|je|jij|we|wij|u|men)\s+((dan|nu|vooral|allemaal|extra|"
    r"eigenlijk|zoal)\s+)*op\s+letten\b|\bwaar\s+let\s+(ik|je|jij|u)\s+(\w+\s+)?op\b|"
    r"\bwhat\s+(should|do|must)\s+(i|we)\s+(watch\s+out\s+for|pay\s+attention\s+to|look\s+out\s+for)\b|"
    # ("Our municipality wants to start with social return next year; what steps should we take first?")
    r"\bwhat\s+(are\s+the\s+)?(first\s+)?steps?\s+(should|do|must|can|shall|would)\s+(i|we|you)\s+(take|follow)"
    r"(\s+first)?\b|\bwhat\s+(should|do|must)\s+(i|we)\s+do\s+first\b")
FIRST_STEPS = re.compile(_FIRST_STEPS, re.IGNORECASE)
# what follows a separable verb's particle at the end of its clause: a clause that says what ("Hoe houd je bij
# hoeveel …?") or a place or time ("Hoe leg ik dat vast in het contract?"), not a noun it goes with ("bij kleine
# opdrachten", "een vast contract"); kb/answer/coverage.py joins such verbs by the same rule
CLAUSE_OPENS = r"(hoeveel|wat|wie|welke|of|hoe|dat|waar|wanneer|in|op|met|van|voor|tijdens|na|per)"
EVERYDAY: tuple[tuple[str, str], ...] = (
    (_FIRST_STEPS, "stappen"),
    # who puts a contract out to tender ("Mag een aanbesteder social return eisen?"): the pages say aanbestedende
    # dienst or opdrachtgever
    (r"\baanbesteders?\b", "aanbestedende dienst opdrachtgever"),
    # doing one's best rather than delivering ("Moet een bedrijf social return echt waarmaken of is het genoeg als ze
    # hun best doen?", "is best effort enough?"): the pages' inspanningsverplichting
    (r"\b(hun|zijn|haar|je|jullie|ons|onze|their|its|his|her|our)\s+(uiterste\s+)?best\s+(doen|doet|deden|gedaan|do|"
     r"does|did|done)\b|\bbest[- ]efforts?\b|\b(do|doing|does|did)\s+(their|its|his|her|our)\s+best\b",
     "inspanningsverplichting"),
    # money for hiring someone ("Krijg ik als werkgever geld van de gemeente als ik iemand aanneem …?", "does the
    # government pay part of their wages?"): the pages speak of subsidies (loonkostensubsidie, no-riskpolis)
    (r"\b(geld|vergoeding|tegemoetkoming|bijdrage)\s+(van|uit)\s+(de\s+|het\s+)?(gemeente|overheid|uwv|staat|rijk)\b|"
     r"\bkrijg\w*\s+(ik|we|wij|je|u)\s+(als\s+\w+\s+)?(\w+\s+){0,2}?(geld|vergoeding)\b|"
     r"\b(government|city|municipality|state)\s+(pay|pays|paying|cover|covers)\s+(for\s+)?(part\s+of\s+|some\s+of\s+)?"
     r"(their|the|his|her)\s+(wages?|salar(y|ies)|pay)\b|"
     r"\b(money|funding|a\s+subsidy)\s+from\s+the\s+(government|city|municipality|state)\b",
     "subsidie loonkostensubsidie"),
    # a share of the contract asked ("How much of the contract money does the company … have to spend on hiring?"):
    # the pages give a percentage of the opdrachtsom
    (r"\bhow\s+much\s+of\s+(the|a|their|its|our)\s+(contract|order|project)(\s+(money|value|sum|amount|price|"
     r"budget))?\b|"
     r"\bhoeveel\s+(procent\s+)?van\s+(de|het)\s+(opdracht|contract|opdrachtbedrag|contractbedrag)(geld)?\b",
     "percentage opdrachtsom"),
    # what is put out to tender ("Wat moet ik in de uitvraag zetten …?"): the pages say aanbestedingsstukken
    (r"\buitvraag\b", "aanbestedingsstukken"),
    # a reserved contract by its other name ("wat is een gereserveerde opdracht"), and Europe's limit in everyday words
    # ("welke regels gelden onder de europese grens"): the pages say voorbehouden and drempel
    (r"\bgereserveerde?\s+(opdracht\w*|aanbesteding\w*|gunning\w*)", "voorbehouden opdracht"),
    (r"\beuropese\s+grens(bedrag)?\b|\beu-?grens\b", "europese drempel"),
    # how to keep count of what a supplier did ("Hoe houd je bij hoeveel social return een leverancier al heeft
    # gedaan?"): the pages speak of monitoring (not "bij de gemeente": a place; who keeps it is below, whether someone
    # keeps it asks whether); the answerer reads the verb joined again and as the pages' monitoring
    # (kb/answer/coverage.py)
    (r"\bhoe\s+(houd|houdt|hou|houden)\b(?:(?!\b(zich|me|mij|ons|rekening)\b)[^.?!,]){0,40}\bbij"
     rf"(?=\s*[?.!,]|\s*$|\s+{CLAUSE_OPENS}\b)",
     "monitoring monitoren"),
    # work in the contract ("als er geen arbeidsgerelateerde component in de opdracht zit"): the pages say
    # arbeidscomponent
    (r"\barbeidsgerelateerde?\s+(component|onderdeel|deel|elementen|element)\b|\barbeid\s+in\s+de\s+opdracht\b",
     "arbeidscomponent"),
    # the central government's largest suppliers are the pages' topleveranciers ("Hebben de grote leveranciers van het
    # Rijk aparte afspraken over social return?")
    (r"\b(grote|grootste|belangrijkste)\s+leveranciers\b(?=[^.?!]{0,20}\b(rijk|rijksoverheid)\b)", "topleveranciers"),
    # the percentage most buyers ask ("het standaard percentage", "the standard social return percentage used by
    # municipalities"): the pages say what is gangbaar and why 5% is the norm
    # (only the base of the percentage and a verb between: "Welk percentage van de opdrachtwaarde wordt meestal
    # gevraagd?"; not "Welk percentage van de kandidaten blijft meestal in dienst?")
    (r"\b(standaard|gangbare?|gebruikelijke?|normaal|normale?|standard|usual|typical|default|normal)\s*"
     r"((social[ -]?return|sroi)[ -]?)?(percentages?|procent)\b|"
     r"\b(percentage|procent)(\s+(van|of)\s+(de|het|the)\s+(opdrachtwaarde|opdrachtsom|aanneemsom|loonsom|"
     r"contractwaarde|inschrijfsom|contract\s+value|contract\s+sum|wage\s+bill))?(\s+(wordt|worden|vraag\s+je|"
     r"vragen|vraagt|eist|eisen|hanteert|hanteren|is|ligt|is\s+asked|is\s+required|do|does))?(\s+(er|je|men|we|"
     r"social[ -]?return|sroi))?"
     r"\s+(meestal|doorgaans|gewoonlijk|usually|typically|normally)\b|"
     r"\b(meestal|doorgaans|gewoonlijk|usually|typically|normally)\s+([^\W\d_][\w-]*,?\s+){0,3}?(percentage|procent)\b",
     "gangbaar norm"),
    # a supplier that falls behind on what was agreed
    (rf"\bloopt\s+{_GAP}achter\b|\blopen\s+{_GAP}achter\b|\bachter(loopt|lopen|liep|liepen|blijft|blijven)\b|"
     rf"\bblijft\s+{_GAP}achter\b|\bhaalt\s+{_GAP}niet\b|\bhalen\s+{_GAP}niet\b|\bniet\s+(ge)?haald\b|"
     r"\bniet\s+(heeft|hebben|had|hadden|is|zijn)\s+(gehaald|waargemaakt|nagekomen)\b|"
     rf"\bschiet\s+{_GAP}tekort\b|\btekortschiet\w*\b|\bkomt\s+{_GAP}niet\s+na\b|\bhoudt\s+zich\s+niet\s+aan\b|"
     r"\b(niet|achter)\s+op\s+schema\b|\bbehind\s+schedule\b",
     "nakomen tekort"),
    # a promise kept ("hoe hou ik een leverancier aan zijn belofte?", "moet hij zich er echt aan houden?"): the pages
    # say the supplier complies and the buyer enforces
    (rf"\b(hou|houd|houdt|houden)\s+{_GAP}aan\s+(zijn|haar|hun|de|die|z'n)\s+(belofte|toezegging|woord)\b|"
     r"\b(zich|me|mij|ons|je)\s+((er|daar)\s+(\w+\s+)?aan|(er|daar)aan)\s+(houden|houdt|hou|houd)\b|"
     r"\b(keep|keeps|hold)\s+(\w+\s+)?(to\s+)?"
     r"(its|their|his|her|the)\s+(promise|word|commitment)\b",
     "nakomen handhaven"),
    # only part done ("heeft nog maar de helft gehaald"): the pages say the supplier falls short
    (r"\b(nog\s+maar|slechts|pas|maar)\s+(de\s+helft|een\s+(deel|kwart|derde)|\d+\s?%|\d+\s+procent)"
     r"(?=.{0,60}\b(gehaald|gerealiseerd|ingevuld|gedaan|voldaan|waargemaakt|nagekomen)\b)|"
     r"\bonly\s+(half|part|a\s+(quarter|third)|\d+\s?%|\d+\s+per\s?cent)"
     r"(?=.{0,60}\b(achieved|delivered|met|done|fulfilled|realised|realized)\b)|"
     r"\bonly\s+(achieved|delivered|met|done|fulfilled|realised|realized)\s+(half|part|a\s+(quarter|third)|\d+\s?%)|"
     # fewer people placed than agreed ("zou 10 mensen plaatsen. Hij heeft er maar 4 geplaatst", "only placed 3 of the
     # 8 people"): the number agreed is told first ("We hebben maar 3 mensen aangenomen, telt dat?" asks what counts)
     r"\b(zou|zouden|moest|moesten|afgesproken|toegezegd|beloofd)\b[^?]{0,120}(?<!,)\s(maar|slechts|pas|nog\s+maar)\s+"
     r"(\d+|een\s+paar|enkele|twee|drie|vier|vijf)\s+(\w+\s+){0,2}?(geplaatst|aangenomen|in\s+dienst\s+genomen)\b|"
     r"\b(should|supposed\s+to|agreed\s+to|promised\s+to|was\s+to|were\s+to)\b[^?]{0,120}\bonly\s+(placed|hired|"
     r"employed)\s+(\d+|a\s+few|two|three|four|five)\b|"
     r"\b\d+\s+(van\s+de|out\s+of|of\s+the)\s+\d+\s+(mensen|kandidaten|people|candidates)\s+(\w+\s+){0,2}?"
     r"(geplaatst|placed|hired)\b|\bonly\s+(placed|hired)\s+\d+\s+(out\s+)?of\s+the\s+\d+\b",
     "nakomen tekort"),
    # nothing done yet ("heeft nog niks aan SROI gedaan"): the pages say the supplier does not comply
    (rf"\b(niks|niets|nauwelijks|weinig)\s+{_GAP}(gedaan|gebeurd|ingevuld|opgepakt|ondernomen)\b|"
     r"\b(niks|niets|nauwelijks|weinig)\s+(doet|doen|deed|deden)\s+(met|aan)\b|"
     r"\b(nothing|little)\s+(has\s+been\s+|was\s+)?(done|delivered)\b",
     "nakomen tekort"),
    # a contract that ends before its term ("het contract wordt vroegtijdig beëindigd", "early termination"): the
    # pages say the opdracht ends earlier ("eerder einde", "eerder stopt")
    (r"\b(vroegtijdig|voortijdig|tussentijds|vervroegd|eerder)\s+(wordt\s+|is\s+)?(be[eë]indig\w*|gestopt|stopt|"
     r"ontbonden|opgezegd)\b|\b(be[eë]indig\w*|opgezegd|ontbonden)\s+(\w+\s+)?(vroegtijdig|voortijdig|tussentijds|"
     r"vervroegd)\b|\bearly\s+termination\b|\bterminated\s+early\b|\bends?\s+early\b",
     "eerder einde"),
    # people who stay in work after the project: the pages say duurzaam werk (lasting work), not a revolving door
    # (also as the sentence ends on it: "hoe zorgen we dat de mensen na het project ook aan het werk blijven?")
    (rf"\bblijv\w*\s+{_GAP}(aan\s+het\s+werk|in\s+dienst|werken)\b|\b(aan\s+het\s+werk|aan\s+de\s+slag)\s+"
     r"(blijven|blijft|blijf)\b|\b(houd|houdt|houden|behoudt|behouden)\s+"
     rf"{_GAP}(hun|een|zijn|haar)\s+"
     r"(baan|werk)\b|\b(stay|stays|remain|remains)\s+(in\s+)?(work|employed|in\s+their\s+jobs?)\b",
     "duurzaam werk draaideureffect"),
    # showing that what was agreed was done: the pages say verantwoorden, with bewijsstukken
    # (and "hoe tonen we aan dat …", the particle after the subject)
    (rf"\b(laten|laat|tonen|toon)\s+{_GAP}zien\s+dat\b|\bbewijzen\s+dat\b|\b(prove|show|demonstrate)\s+that\b|"
     r"\b(tonen|toon|toont)\s+(\w+\s+){1,3}aan\s+dat\b|\baantonen\s+dat\b",
     "verantwoorden bewijsstukken"),
    # whether what a supplier reports is true ("hoe weet ik of de cijfers die de aannemer opgeeft kloppen?"): the pages
    # say the buyer checks (controle, verificatie) against evidence
    (r"\b(cijfers|gegevens|opgave|opgaven|rapportage\w*|aantallen|uren)\b[^.?!]{0,60}\bklop(t|pen|te|ten)\b"
     r"(?!\s+het\b)|"
     r"\b(figures|numbers|data|reports?|hours)\b.{0,60}\b(are|is)\s+(correct|right|true|accurate)\b",
     "controleren verificatie bewijsstukken"),
    # older jobseekers ("een oudere werkzoekende van 55+"): the pages say "50 jaar of ouder" and "50-plusser"
    (r"\b(oudere|older)\s+(werkzoekende\w*|werknemers?|medewerkers?|kandidaten|mensen|jobseekers?|job\s+seekers?|"
     r"workers?|employees?|candidates?|people)\b|(?<![\w.,])[5-6]\d\s?\+|\b[5-6]\d[- ]?plussers?\b|"
     r"\b(over|boven)\s+(de\s+)?[5-6]\d\s+(jaar|years)\b",
     "50 jaar of ouder 50-plusser"),
    # nobody to be found for the work ("wat als de leverancier niemand kan vinden uit de doelgroep?"): the pages
    # say no suitable candidates
    (rf"\bniemand\s+{_GAP}(vinden|vindt|vind|gevonden)\b|\b(can't|cannot|can\s+not|unable\s+to)\s+find\s+"
     r"(anyone|anybody|someone|people|candidates)\b", "geen geschikte kandidaten"),
    # when in the procedure ("wanneer in het traject …", "at what stage of the tender …"): the pages speak of the
    # phases of the tender
    (r"\bwanneer\s+in\s+het\s+(aanbestedings)?(traject|proces)\b|\bop\s+welk\s+moment\s+in\s+(het|de)\s+"
     r"(aanbesteding\w*|traject|proces)\b|\bat\s+(what|which)\s+(stage|point|phase)\s+(of|in)\s+the\s+"
     r"(tender|procurement)\b|\bwhen\s+in\s+the\s+(tender|procurement)\s+(process|procedure)\b",
     "fasen aanbesteding"),
    # buying goods: the pages say levering (a supply contract)
    # (and machines bought: "onze nieuwe koffieautomaten", "printers", "vehicles")
    (r"\bkantoor(artikel|benodigdhed|meubilair|spullen)\w*|\bmeubilair\b|\bgoederen\b|\boffice\s+supplies\b|"
     r"\bstationery\b|\bfurniture\b|\w*automaten\b|\bapparat(en|uur)\b|\bkopieerapparat\w*|\bprinters?\b|"
     r"\bmachines?\b|\bvoertuigen\b|\bvehicles\b|\b(coffee|vending)\s+machines?\b|\bequipment\b",
     "levering leveringen"),
    # a self-employed or small supplier: the pages speak of small businesses (mkb) and their share
    (r"\bzzp('?ers?)?\b|\beenmanszaak\w*|\bzelfstandigen?\s+zonder\s+personeel\b|\bself-employed\b|\bfreelancers?\b|"
     r"\bkleine?\s+([\w-]+(bedrijf|bedrijfje|onderneming)|aannemer|leverancier)\b|"
     r"\bmet\s+(maar\s+|slechts\s+)?([1-9]|[1-4]\d)\s+(medewerkers|werknemers|man|mensen\s+in\s+dienst)\b|"
     r"\bsmall\s+[\w-]*(company|firm|business|contractor|supplier)\b",
     "klein bedrijf mkb"),
    # buying together with other municipalities: the pages speak of regional cooperation and one regional desk
    (r"\b(met|samen\s+met)\s+(een\s+paar|enkele|meerdere|andere|een\s+aantal)\s+(andere\s+)?(buur)?gemeenten\b|"
     r"\bsamen\s+(inkopen|aanbesteden|in\s+te\s+kopen|aan\s+te\s+besteden)\b|\bgezamenlijk\w*\s+(inkoop|inkopen|"
     r"aanbesteding\w*|aanbesteden)\b",
     "regionaal samenwerking gezamenlijk"),
    # people the supplier employed before the contract ("we hebben al mensen met een beperking in dienst, telt dat
    # mee?"): the pages say bestaand personeel, or "al in dienst" themselves
    # ("als schoonmaakbedrijf hebben we al veel mensen … in dienst": the subject after the verb)
    (rf"\b(hebben|heb|heeft|had|hadden)\s+((we|wij|ik|hij|zij|ze|jullie)\s+)?(nu\s+)?(al|reeds)\s+{_GAP}in\s+dienst\b|"
     r"\b(al|reeds)\s+(bij\s+(ons|mij|hem|hen)\s+)?in\s+dienst\b|\b(al|reeds)\s+bij\s+(ons|mij)\s+(werken|werkt|werkzaam)\b|\b(huidige|zittende|eigen)\s+"
     r"(medewerkers|werknemers|personeel|mensen)\b|\b(already|currently)\s+(employ|employs|employed|have|has|work)\b|"
     r"\bexisting\s+(staff|employees|workers|personnel)\b",
     "bestaand personeel al in dienst"),
    # who counts ("wie telt mee voor sroi?", "wie komt in aanmerking?", "who qualifies?"): the pages say who belongs
    # to the target group (doelgroep)
    (r"^\s*(wie|who)\s+(telt|tellen|komt|komen)\s+(er\s+)?(mee|in\s+aanmerking)\b|"
     r"^\s*who\s+(counts|qualifies|is\s+eligible)\b|"
     # (asked of oneself: "Ik heb een WW-uitkering … Kom ik daarvoor in aanmerking?", "Do I qualify?")
     # (a person, not a firm: "Komen wij in aanmerking voor een voorbehouden opdracht?" asks about the firm)
     r"\b(kom|komt)\s+(ik|hij|zij|u|je|jij)\s+((daar|er|hier)(voor)?\s+)?(ook\s+)?in\s+aanmerking\b(?!\s+voor\b)|"
     r"\b(do|does|would)\s+(i|he|she)\s+qualify\b(?!\s+for\b)|\b(am\s+i|is\s+(he|she))\s+eligible\b(?!\s+for\b)",
     "doelgroep"),
    # where someone from the target group reports ("bij wie moet ik me melden?", "where do I sign up?"): the pages say
    # the werkgeversservicepunt proposes the candidates
    # (the clause ends there: "Waar kan ik me aanmelden voor de PSO-certificering?" is another sign-up)
    (r"\b(bij\s+wie|waar)\s+(moet|kan|kun|mag)\s+(ik|je|u|hij|zij)\s+(me|mij|zich|je)\s+(aan)?melden(?=\s*([?.!,]|$))|"
     r"\bwhere\s+(do|can|should)\s+(i|he|she)\s+(sign\s+up|register|apply)(?=\s*([?.!,]|$))",
     "werkgeversservicepunt kandidaten"),
    # candidates from the buyer's own town ("mensen uit de eigen gemeente aannemen", "local people"): the pages
    # speak of a residence requirement (woonplaatseis) and of the inwoners of the own gemeente
    # ("inwoners van de gemeente" alone is anyone living there)
    (r"\b(mensen|kandidaten|inwoners|werkzoekenden|bewoners)\s+(uit|van)\s+((onze|ons|hun|mijn|je|jouw)\s+"
     r"(eigen\s+)?|de\s+eigen\s+)(gemeente|stad|dorp|regio|wijk)\b|\beigen\s+inwoners\b|"
     r"\blokale\s+(kandidaten|mensen|werkzoekenden|inwoners)\b|\blocal\s+(people|residents|candidates|jobseekers)\b|"
     r"\b(people|candidates|residents)\s+from\s+(our|my|their|the)\s+own\s+(municipality|city|town|region)\b",
     "woonplaatseis inwoners eigen gemeente"),
    # paperwork ("of is het vooral papierwerk?"): the pages speak of administration and workload (werklast)
    (r"\bpapierwerk\w*|\bpaperwork\b|\brompslomp\b|\bbureaucrat\w*|\bbureaucracy\b|\bred\s+tape\b",
     "administratie werklast"),
    # whether it works at all ("werkt social return eigenlijk?", "does SROI actually work?"): the pages say what
    # research found on its effect
    # (also after a first clause: "Wat zijn de ervaringen van gemeenten met social return, werkt het eigenlijk?")
    (r"(^|[,;:?]\s*)(en\s+|maar\s+)?werkt\s+(social\s+return|sroi|het|dat|dit)\s+(eigenlijk|wel|echt|überhaupt|"
     r"uberhaupt)\b|"
     r"\bdoes\s+(social\s+return|sroi|it)\s+(actually|really)\s+work\b",
     "effect"),
    # who pays for it or whether it makes a contract dearer ("Wie betaalt social return uiteindelijk?", "Does social
    # return make public contracts more expensive?"): the pages ask what it costs (wat kost social return)
    (r"\bwie\s+betaalt\b|\bwie\s+draait\s+(er\s+)?(\w+\s+)?op\s+voor\b|\bduurder\b|"
     r"\bmore\s+expensive\b|\bcosts?\s+more\b|\bwho\s+(pays|foots)\b",
     "kosten kost"),
    # what goes wrong ("Wat gaat er volgens onderzoek vaak mis bij social return?", "common pitfalls"): the pages speak
    # of drawbacks, bottlenecks and side effects
    # (also in a clause: "als het mis gaat"; not "… of mis ik iets?")
    (r"\b(gaat|gaan|ging|gingen|loopt|lopen|liep|liepen)\s+(er\s+)?((?!(of|en|or)\b)\w+\s+){0,4}(mis|fout)\b"
     r"(?!\s+(ik|je|jij|we|wij|u)\b)|"
     r"\b(het|er|dit|dat|iets|wat)\s+((\w+\s+){0,2})?(mis|fout)\s+(gaat|gaan|loopt|lopen|ging|liep)\b|\bmisgaat\b|"
     r"\bvalkuil\w*|\bgo(es)?\s+wrong\b|\bwent\s+wrong\b|\bpitfalls?\b",
     "nadelen knelpunten neveneffecten"),
    # evaluations of a municipality's social return ("Wat kwam er uit de evaluaties van social return bij gemeenten?"):
    # the pages are the rekenkamers' reports (and a 213a-onderzoek)
    (r"\bevaluatie\w*\b(?=[^.?!]{0,60}\b(social\s+return|sroi)\b[^.?!]{0,40}\bgemeente\w*)|"
     r"\bgemeente\w*\b[^.?!]{0,40}\bevaluatie\w*\b[^.?!]{0,40}\b(social\s+return|sroi)\b|"
     r"\bevaluations?\b(?=[^.?!]{0,60}\b(social\s+return|sroi)\b[^.?!]{0,40}\b(municipalit\w+|cit(y|ies))\b)",
     "rekenkamer onderzoek"),
    # the least a contract must be worth ("minimale opdrachtwaarde"): the pages say drempel and ask from which amount
    # (vanaf welk opdrachtbedrag) social return is applied (not "een minimaal bedrag" or "een ondergrens", which the
    # pages also use for the least social return a supplier must deliver)
    (r"\bminim(ale|um)\s*(opdrachtwaarde|opdrachtbedrag|opdrachtsom|contractwaarde)\b",
     "drempel opdrachtbedrag opdrachtwaarde"),
    # a ministry buys as part of the Rijk: the pages say het Rijk, rijksinkoop and the Rijksoverheid
    # (not a ministry named: "het ministerie van BZK liet onderzoek doen")
    (r"\bministeries\b|\bministerie\b(?!\s+van\b)|\brijksdienst(en)?\b(?!\s+voor\b)|\bministries\b|"
     r"\bministry\b(?!\s+of\b)", "rijk rijksoverheid rijksinkoop"),
    # what is still to be done ("hoeveel social return er nog openstaat", "de openstaande verplichting"): the pages
    # say restant, resterende, openblijft
    (r"\bopenst(aat|aan|aande|ond)\b|\bnog\s+open\b|\bopen\s+(staat|staan|stond)\b", "restant resterende openblijft"),
    # halfway through the contract: the pages say how progress is followed during its term
    (r"\bhalverwege\b|\btussentijds\w*\b", "voortgang looptijd"),
    # green maintenance: the pages say groenonderhoud and groenvoorziening
    (r"\bgroenbeheer\w*\b|\bgroenwerk\w*\b|\bplantsoen\w*\b", "groenonderhoud groenvoorziening"),
    # the regional desk that handles social return: the pages say social-returnpunt, steunpunt or loket
    (r"\b(social[ -]?return|sroi)[ -]?(point|punt|desk|office|kantoor)\b", "social-returnpunt steunpunt loket"),
    # what was offered made true: kept ("Moet de leverancier de rest dan nog waarmaken?"), and when asked whether it
    # really happens ("… echt heeft waargemaakt?", "… daadwerkelijk waarmaakt?") checked too
    (r"\bwaar\s?(ge)?maakt\b|\bwaar\s?maken\b|\bwaarmaakt\b|\bwaar\s+maakt\b", "nakomen"),
    (r"\b(echt|daadwerkelijk|werkelijk)\s+(\w+\s+){0,2}?(waar\s?(ge)?maakt|waar\s?maken|waarmaakt|waar\s+maakt)\b",
     "controle"),
    # roads and other infrastructure: the pages say GWW (grond-, weg- en waterbouw)
    # and their upkeep ("wegonderhoud", "wegbeheer", "road maintenance"; not "wegwerken", clearing something away)
    (r"\binfra\w*\b|\bwegenbouw\w*\b|\bwegaanleg\w*\b|\bweg(en)?(onderhoud|beheer\w*|werkzaamheden|reconstructie\w*)\b|"
     r"\bonderhoud\s+(van|aan)\s+(de\s+)?wegen\b|\broads?\s*(works?|maintenance|construction)\b", "gww infrastructuur"),
    # money in place of the obligation: the pages say afkopen ("Kan ik mijn verplichting afkopen met geld?")
    (r"\b(betalen|betaal|storten|stort|geld|bedrag|boete)\b.{0,50}\b(in\s+plaats\s+van|i\.p\.v\.?|ipv)\s|"
     r"\b(pay|paying|money|amount|fee|sum)\b.{0,50}\binstead\s+of\b|\bbuy(ing)?\s+(it\s+)?(out|off)\b|"
     # (the other way round: "in plaats van mensen in dienst nemen gewoon een bedrag betalen")
     r"\b(in\s+plaats\s+(van|daarvan)|i\.p\.v\.?|ipv)\s.{0,60}\b(een\s+)?(bedrag|geld|som)\s+(betalen|betaalt|"
     r"storten|overmaken|geven)\b|\binstead(\s+of)?\b.{0,60}\b(pay|paying)\s+(a\s+|an\s+)?(sum|amount|fee|money)\b",
     "afkopen afkoop"),
    # a supplier from another country: the pages say buitenlandse inschrijver, buitenland
    (r"\b(duitsland|belgi[eë]|frankrijk|polen|spanje|portugal|itali[eë]|oostenrijk|denemarken|zweden|"
     r"engeland|luxemburg|germany|belgium|france|poland|spain|italy|austria|denmark|sweden|england)\b|"
     r"\b(duitse?|belgische?|poolse?|franse?|spaanse?|portuge(e|)se?|italiaanse?|engelse?|german|belgian|polish|"
     r"french|spanish|italian)\s+(leverancier|aannemer|bedrijf|firma|onderneming|inschrijver|partij|supplier|company|"
     r"firm|contractor|bidder)s?\b|"
     # "our company is German", "we're a Belgian firm"
     r"\b(company|firm|supplier|contractor|we)\s+(is|are)\s+(a\s+)?(german|belgian|polish|french|spanish|"
     r"italian)\b|\bwe'?re\s+(a\s+)?(german|belgian|polish|french|spanish|italian)\b",
     "buitenlandse inschrijver buitenland"),
    # helping to meet another party's obligation ("moet ik bijdragen aan zijn social return verplichting?"): the
    # pages say the obligation is passed on to (doorleggen) or met by (invullen) a subcontractor
    (rf"\bbij(dragen|draagt|drage|gedragen)\s+aan\s+{_GAP}(verplichting|social\s+return|sroi)\w*|"
     rf"\bcontribut\w*\s+to\s+{_GAP}(obligation|social\s+return|sroi)\b",
     "invullen doorleggen"),
    # a supplier that already employs many people from the target group ("heeft al heel veel mensen met een
    # arbeidsbeperking in dienst, moet hij dan nog extra social return doen?"): the pages answer with the PSO, whose
    # certificate some buyers count as (part of) the obligation or as a discount (korting)
    (r"\b(al|already)\s+(heel\s+|erg\s+|zo\s+)?(veel|many|lots\s+of|a\s+lot\s+of)\s+(mensen|people|medewerkers|"
     r"employees|werknemers|staff)\s+(met|with|uit|from)\b[^.?!]{0,40}\b(in\s+dienst|employ\w*|werken|werkt|work)\b|"
     r"\b(already\s+)?employs?\s+(many|a\s+lot\s+of|lots\s+of)\s+(people|staff)\s+(with|from)\b|"
     # (the group named before the people: "companies that already employ lots of disabled people", "al veel
     # gehandicapten in dienst")
     r"\b(already\s+)?employs?\s+(so\s+)?(many|a\s+lot\s+of|lots\s+of)\s+(disabled|handicapped)\s+(people|staff|"
     r"workers)\b|\b(al|reeds)\s+(heel\s+|erg\s+|zo\s+)?veel\s+(gehandicapten|arbeidsgehandicapten|mensen\s+met\s+"
     r"een\s+(arbeids)?beperking)\s+in\s+dienst\b",
     "pso prestatieladder korting"),
    # a measure of how social a firm is ("Is there a scale or rating that shows how socially a company behaves?",
    # "een keurmerk voor sociaal ondernemen"): the pages' Prestatieladder Socialer Ondernemen
    (r"\b(scale|rating|ranking|ladder|label|score|benchmark|keurmerk|meetlat)\b[^.?!]{0,50}\b(socially|"
     r"social(?![\s-]+return)|sociaal|sociale)\b[^.?!]{0,30}\b(compan(y|ies)|business\w*|firms?|behav\w+|"
     r"bedrij\w+|ondernem\w*)|"
     r"\bhow\s+social(ly)?\s+(responsible\s+)?(a\s+|the\s+)?(compan(y|ies)|business|firm)\s+(is|are|behaves?|acts?)\b",
     "prestatieladder socialer ondernemen pso"),
    # the laws social return rests on ("Welke wetten zijn belangrijk voor social return?", "the legal framework"): the
    # pages name its legal basis (wettelijke grondslag) and the articles of the Aanbestedingswet
    # (only of social return itself: "Onder welke wet valt de banenafspraak?" names its law)
    (r"\b(welke|which|what)\s+(wet|wetten|wetgeving|regelgeving|laws?|legislation)\b(?!\s+(firm|office|of\s+supply))"
     r"[^?.!]{0,50}\b(social\s+return|sroi)\b|\b(social\s+return|sroi)\b[^?.!]{0,50}\b(welke|which|what)\s+(wet|wetten|"
     r"wetgeving|laws?|legislation)\b|\b(wettelijk|juridisch)\s+kader\b|\blegal\s+(framework|basis)\b",
     "wettelijke grondslag wetsartikel aanbestedingswet"),
    # a firm where many disabled people work ("spullen kopen bij een bedrijf waar veel gehandicapten werken", "a company
    # that employs mostly people with disabilities"): the pages say sociale onderneming
    (r"\b(bedrij[fv]\w*|organisatie|firma|werkplaats|onderneming|company|firm|business|organi[sz]ation)\s+(waar|waarin|"
     r"where|that\s+employs|which\s+employs)\s+(veel|vooral|voornamelijk|alleen|mostly|many|mainly|only)?\s*"
     r"(gehandicapt\w*|mensen\s+met\s+een\s+(arbeids)?beperking|disabled\s+people|people\s+with\s+(a\s+)?"
     r"disabilit\w*|kwetsbare\s+mensen|mensen\s+met\s+een\s+afstand)\b",
     "sociale onderneming"),
    # a contract too small for social return ("een opdracht van 50.000 euro, of is dat te klein?", "is the contract too
    # small?"): the pages speak of the threshold (drempel) each buyer sets as its lower bound
    # (not a general procurement threshold: "… te klein voor een Europese aanbesteding?")
    (r"\b(opdracht|contract|klus|order)\s+(van\s+(€\s*)?\d[\d.,]*\s*(euro|k|mln|miljoen)?\s*)?(,\s*)?((of|en)\s+)?(is|zijn|"
     r"lijkt)\s+(dat|die|het|deze|hij|it|this)?\s*(niet\s+)?(te|too)\s+(klein|small)\b(?![^?]{0,40}\b(europe\w*|eu)\b)|"
     r"\b(opdracht|contract|klus|order)\s+(is\s+)?(te|too)\s+(klein|small)\b(?![^?]{0,40}\b(europe\w*|eu)\b)|"
     r"\b(te|too)\s+(kleine|small)\s+(opdracht|contract|klus|order)\b(?![^?]{0,40}\b(europe\w*|eu)\b)|"
     r"\b(contract|opdracht)\s+(\w+\s+)?(is\s+|are\s+)?too\s+small\b(?![^?]{0,40}\b(europe\w*|eu)\b)|"
     # a contract whose value is low ("Als de opdracht waarde laag is, geldt social return dan ook?")
     # (not a share of it: "Is 5% van de opdrachtsom laag?")
     r"(?<!van de )(?<!of the )\b(opdracht\s*waarde|opdrachtbedrag|opdrachtsom|contractwaarde|contract\s+value)\s+"
     r"((is|was|erg|heel|vrij|"
     r"te|nogal|best|very|quite|too)\s+){0,2}(laag|klein|low)\b(?![^?]{0,40}\b(europe\w*|eu)\b)|"
     r"\b(lage|kleine|low|small)\s+(opdracht\s*waarde|opdrachtbedrag|opdrachtsom|contractwaarde|contract\s+value)\b"
     r"(?![^?]{0,40}\b(europe\w*|eu)\b)",
     "drempel ondergrens opdrachtbedrag"),
    # the list people with a work limitation are on ("dat lijstje van de overheid waar mensen met een beperking op
    # staan", "the list of people who qualify for the extra jobs"): the pages say doelgroepregister
    (r"\b(lijst|lijstje|lijsten|list)\b[^.?!]{0,40}\b(waar|waarop|where|of|met|with)\s+(alle\s+|all\s+)?(mensen|personen|"
     r"people|persons)\b[^.?!]{0,60}\b(op\s+staan|opstaan|ingeschreven|geregistreerd|listed|registered|on\s+it|qualify|"
     r"in\s+aanmerking)\b",
     "doelgroepregister"),
    # the obligation handed to another party ("Mag ik de social return verplichting gewoon bij hem neerleggen?",
    # "kan ik de SROI afschuiven op mijn onderaannemer?"): the pages say it is passed on (doorleggen)
    (rf"\b(verplichting|social\s+return|sroi)\w*\s+{_GAP}(bij|op|aan)\s+(\w+\s+)?[\w-]+\s+(neer\s?leggen|neerleg|"
     r"neerlegt|afschuiven|afschuif|afschuift|overdragen|overdraag|overdraagt)\b|"
     rf"\b(leg|legt|leggen|schuif|schuift|schuiven|draag|draagt|dragen)\s+{_GAP}(verplichting|social\s+return|sroi)\w*"
     rf"\s+{_GAP}(bij|op|aan)\s+(\w+\s+)?[\w-]+\s+(neer|af|over)\b|"
     r"\b(verplichting|social\s+return|sroi)\w*\s+(\w+\s+)?(afschuiven|overdragen)\s+(op|aan)\b|"
     rf"\b(shift|offload|hand\s+over|pass\s+off|pass\s+on)\s+{_GAP}(obligation|social\s+return|sroi)\b(\s+\w+)?\s+"
     r"(on)?to\s+(the|our|my|a|an|its|their|his)\s+(\w+\s+)?(subcontractor|sub-contractor|partner|supplier|contractor|"
     r"company|firm|party)\b",
     "doorleggen"),
    # against the rules: the pages say what the law allows
    (AGAINST_THE_RULES, "juridisch toegestaan"),
    # what social return brings ("welke voordelen heeft het?", "what are the benefits of social return?"): the pages
    # say why it is done (sociale winst, public money that pays twice); for a supplier, that it is worthwhile (zinvol)
    # and brings staff in a tight (krappe) labour market where workers are scarce (schaars)
    (rf"{_BENEFITS}(?=\s+{_GAP}{_COMPANY})",
     "zinvol krappe schaars"),
    (rf"{_BENEFITS}(?!\s+{_GAP}{_COMPANY})|"
     r"\bwat\s+levert\s+(het|dat|dit|social\s+return|sroi)\s+(\w+\s+){0,3}op\b",
     "waarom sociale winst rendeert zinvol"),
    # how many people an obligation takes ("een opdracht van een miljoen, hoeveel mensen moet ik dan aannemen?"): the
    # pages say what one candidate is worth towards it
    (r"\bhoeveel\s+(mensen|kandidaten|personen|werknemers|medewerkers|plekken|fte)\b"
     r"(?=[^.?!]{0,60}\b(inzetten|aannemen|plaatsen|in\s+dienst\s+nemen)\b)|"
     r"\bhow\s+many\s+(people|candidates|persons|workers|placements)\b"
     r"(?=[^.?!]{0,60}\b(hire|employ|place|take\s+on)\b)",
     "kandidaat waard waarde plaatsing"),
    # settling a shortfall in money ("afrekenen op social return", "korting op de factuur"): the pages say the buyer
    # withholds a part of the last payment in proportion (inhouding naar rato) or sets a fine
    # (also set off against the invoice: "kunnen tekorten verrekend worden met de factuur?", "offset against payment")
    (r"\bafreken\w*|\bafgerekend\b|\bkorting\s+op\s+(de\s+)?(factuur|facturen|betaling\w*|rekening)\b|"
     r"\b(deduct\w*|withh[oe]ld\w*)\s+(\w+\s+){0,3}(from\s+)?(the\s+)?(invoice|payment)s?\b|"
     r"\bverreken\w*\s+(\w+\s+){0,3}?(met|op|via)\s+(de\s+|het\s+)?(\w+\s+)?\w*(factuur|facturen|betaling\w*|"
     r"rekening|termijn\w*|afrekening)\b|"
     r"\b(met|op)\s+(de\s+|het\s+)?(\w+\s+)?\w*(factuur|facturen|betaling\w*|termijn\w*)\s+(\w+\s+)?verreken\w*|"
     r"\b(offset|set\s+off)\s+(\w+\s+){0,3}?against\s+(the\s+)?(\w+\s+)?(invoice|payment)s?\b",
     "inhouding naar rato laatste betalingstermijn"),
    # a work placement for a student ("de sroi waarde van een stageplek"): the pages say stage and stagiair
    (r"\bstage-?(plek|plekken|plaats|plaatsen)\b|\binternships?\b",
     "stagiair stage"),
    # working part-time ("telt een parttimer even zwaar als een fulltimer?", "part-time hours"): the pages say a
    # candidate counts in proportion to the hours worked (naar rato), a full year being 36 hours a week
    (r"\b(part-?time\w*|parttimer\w*|deeltijd\w*|fulltimer\w*|full-?time\w*|voltijd\w*)\b",
     "naar rato uren 36 uur deeltijd"),
    # leaving social return out ("kan ik afzien van social return?", "mag ik het overslaan?", "can I skip it?"): the
    # pages say whether it is verplicht and when a buyer need not apply it (niet toepassen)
    (r"\bafzien\s+van\b|\bzie[nt]?\s+(\w+\s+){0,5}af\b(?!\w)|\bachterwege\s+laten\b|\boverslaan\b|"
     r"\b(skip|skipping|waive|waiving|opt\s+out\s+of|leave\s+out)\b",
     "verplicht niet toepassen"),
    # when it does not apply ("Wanneer geldt social return niet?", "bij welke opdrachten hoef je het niet toe te
    # passen?"): the pages say which contracts lend themselves to it (lenen zich, geschikt) and from which amount
    (r"\b(wanneer|in\s+welke\s+gevallen|bij\s+welke\s+\w+|when|in\s+which\s+cases|for\s+which\s+\w+)\b"
     r"(?=[^.?!]{0,40}\b((geldt|gelden)\s+([\w-]+\s+){0,3}niet|hoef\w*\s+([\w-]+\s+){0,4}niet\s+toe\s+te\s+passen|"
     r"niet\s+van\s+toepassing|(does|do)\s+([\w-]+\s+){0,3}not\s+apply|(doesn't|don't)\s+apply)\b)",
     "geschikt lenen drempel"),
    # a reward for doing more and a penalty for doing less ("bonus malus sroi"): the pages speak of a bonus in the
    # bouwblokken and of a boete or sanctie
    (r"\bbonus[- ]?malus\w*\b|\bmalus\b",
     "bonus boete sanctie"),
    # a requirement every bid must meet and bids that compete on their plan ("als harde eis stellen of inschrijvers
    # laten concurreren op hun SROI-plan?"): the pages say minimumeis and gunningscriterium
    (r"\bharde\s+(eis|voorwaarde)\b|\bhard\s+requirement\b", "minimumeis"),
    (r"\b(laten\s+)?concurreren\s+op\b|\bcompete\s+on\b", "gunningscriterium"),
    # who keeps the record ("wie houdt bij welke kandidaten geplaatst zijn?", "who keeps track of placements?"): the
    # pages say who registers (registreert) and monitors
    (r"\bwie\s+(houdt|houden)\s+(\w+\s+){0,3}?bij\b|\bwie\s+(moet|gaat|zal)\s+(\w+\s+){0,3}?bijhouden\b|"
     r"\bwho\s+(keeps|will\s+keep|should\s+keep)\s+(track|records?)\b",
     "registreert registratie monitoring"),
    # where a buyer or supplier finds help ("bij wie kan ik terecht voor ondersteuning?", "who can I turn to?"): the
    # pages name an adviesteam, a loket or steunpunt ("contact" found every "neem contact op met …"; "who do we contact
    # to find candidates?" is no such question)
    (r"\b(bij|tot)\s+wie\s+(kan|kun|moet|kunnen|moeten)\s+(ik|je|u|we|wij)\s+(\w+\s+){0,8}?(terecht|aankloppen|wenden)\b|"
     # ("waar kan een gemeente terecht voor advies?")
     r"\bwaar\s+(kan|kun|kunnen)\s+(ik|je|u|we|wij|een\s+\w+|de\s+\w+|onze\s+\w+)\s+(\w+\s+){0,3}?terecht\b|"
     r"\bwie\s+kan\s+(mij|me|ons)\s+(helpen|ondersteunen)\b|\bwho\s+can\s+(help|support)\s+(me|us)\b|"
     r"\bwho\s+(can|do|should)\s+(i|we)\s+(turn\s+to|ask\s+for\s+help)\b",
     "ondersteuning adviesteam loket steunpunt"),
    # asking for more time ("kan ik om uitstel vragen?", "can the deadline be extended?"): the pages say the buyer may
    # give a herstelperiode or a later agreement (aanvullende afspraak), or demands it within the contract period
    (r"\buitstel\b|\b(meer|extra|langer)\s+(tijd|de\s+tijd)\b|\b(deadline|time)\s+extension\b|"
     r"\bextension\s+of\s+(the\s+)?(deadline|time)\b|\bextend\w*\s+the\s+deadline\b|\bpostpone\w*\b|"
     r"\b(more|extra)\s+time\b|"
     # ("Can we give the contractor an extra year?", "een jaar langer de tijd")
     r"\b(an?|one)\s+(extra|additional)\s+(year|month|months|quarter)\b|\b(een\s+)?(extra\s+jaar|jaar\s+extra|"
     r"jaar\s+langer|maanden\s+extra|maanden\s+langer|extra\s+maanden)\b|"
     # ("hoe lang heeft een leverancier om aan de social return te voldoen?": the time given, not how long a hire lasts)
     r"\bhoe\s+lang\s+(heeft|hebben|krijgt|krijgen)\s+(\w+\s+){0,3}?(om|de\s+tijd|voor)\b|"
     r"\bhow\s+(long|much\s+time)\s+(does|do|will)\s+(\w+\s+){0,3}?(have|get)\s+to\b",
     "herstelperiode aanvullende contractperiode"),
    # a report that comes late ("de opdrachtnemer levert de verantwoording steeds te laat aan", "our supplier reports
    # late"): the pages speak of rapportagetermijnen and of the handhavingsberichten that follow a missed one
    (r"\b(rapport\w*|verantwoord\w*|lever\w*|reports?|reporting)\b.{0,40}\bte\s+laat\b|"
     r"\bte\s+laat\b.{0,20}\b(aan)?(geleverd|ingediend|gerapporteerd|aanleveren|indienen|rapporteren)\b|"
     r"\b(reports?|reporting|submits?|submitted|delivers?|sends?)\b.{0,30}\b(late|overdue)\b|"
     r"\b(late|overdue)\s+(\w+\s+)?(reports?|reporting)\b",
     "rapportagetermijnen handhavingsberichten monitoring"),
    # a supplier that will not report at all ("een leverancier die weigert te rapporteren", "levert geen verantwoording
    # aan", "refuses to report"): the pages speak of handhaving and sancties for an obligation not met
    (r"\bweiger\w*\b.{0,30}\b(te\s+)?(rapporteren|verantwoorden|aan\s+te\s+leveren|rapportage\w*|verantwoording)\b|"
     r"\b(levert|leveren|lever)\s+(\w+\s+){0,3}?geen\s+(rapportage|verantwoording|gegevens|cijfers)\b|"
     r"\b(leverancier|opdrachtnemer|aannemer|hij|zij)\b.{0,30}\b(rapporteert|verantwoordt)\s+(\w+\s+){0,2}?niet\b|"
     r"\brefus\w*\s+to\s+(report|submit)\b|\b(does|do|did|will)\s*(not|n't)\s+(report|submit)\b",
     "handhaving sancties niet nakomen handhavingsberichten"),
    # an obligation that goes up or down with the contract ("het contract wordt verlengd, moet de verplichting dan
    # ook omhoog?"): the pages say whether it moves with meer- en minderwerk, by its grondslag
    (r"\b(omhoog|omlaag|meegroei\w*|meestijg\w*|meebeweg\w*)\b|\b(go|goes|going)\s+(up|down)\b",
     "minderwerk grondslag meebeweegt"),
    # what an organisation achieved ("welke resultaten heeft Rotterdam behaald?", "what results did it get?"): the
    # pages ask what it brings (wat levert het op) and count what it yielded (opgeleverd)
    # ("welke gemeenten hebben goede resultaten behaald?" asks for examples, not for what one achieved)
    (r"\b(welke|wat\s+voor|what|which)\s+resultaten\b|\b(what|which)\s+results\b",
     "levert oplevert opgeleverd"),
    # someone to turn to in one's own organisation ("Wie kan mij binnen de gemeente helpen?", "Bij wie binnen mijn eigen
    # gemeente moet ik zijn?"): the pages say who holds which part of it in the eigen organisatie
    (r"\bbinnen\s+(mijn|onze|ons|de|het)\s+(eigen\s+)?"
     r"(gemeente|organisatie|provincie|ministerie|waterschap|instelling)\b|"
     r"\bwithin\s+(my|our|the)\s+(own\s+)?(organi[sz]ation|municipality|council|ministry|province)\b",
     "eigen organisatie intern"),
    # money given away ("een gift aan een lokale stichting", "doneren aan een goed doel"): the pages' gift or sponsoring
    # (as the English glossary has it for "donation")
    # (also sponsored: "de lokale voetbalclub sponsoren")
    (r"\b(een\s+)?(gift|giften|donatie\w*|schenking\w*)\s+aan\b|\bdoneren\b|\bgoed(e)?\s+doel(en)?\b|"
     r"\b(sponsoren|sponsort|sponsorde|sponsorden|gesponsord|schenken|schenkt|schonk|geschonken)\b",
     "gift sponsoring"),
)
_PATTERNS = [(re.compile(pattern, re.IGNORECASE), words) for pattern, words in EVERYDAY]


def everyday_phrases(text: str) -> list[tuple[str, str, int, int]]:
    """(phrase as written, the pages' words for it, start, end) of every everyday phrase in *text*."""
    found = [(m.group(0), words, m.start(), m.end()) for pattern, words in _PATTERNS for m in pattern.finditer(text)]
    return sorted(found, key=lambda f: f[2])


def expand_everyday(text: str) -> str:
    """*text* with the pages' words for its everyday phrases appended (unchanged when it has none)."""
    extra: list[str] = []
    for _, words, _, _ in everyday_phrases(text):
        if words not in extra:
            extra.append(words)
    return f"{text} {' '.join(extra)}" if extra else text
