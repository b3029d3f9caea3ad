"""What a question asks for: a definition, yes or no, an amount, a date, a person or organisation, the
steps of a procedure, examples, a list, a difference or a reason. Retrieval uses it (examples and lists
need several documents), the answerer uses it to pick the sentence that opens the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from kb.language.sentences import split_sentences
from kb.language.words import informativeness


class Kind(str, Enum):
    DEFINITION = "definitie"
    YES_NO = "ja-nee"
    AMOUNT = "hoeveel"
    WHEN = "wanneer"
    WHO = "wie"
    HOW = "hoe"
    EXAMPLES = "voorbeelden"
    LIST = "opsomming"
    DIFFERENCE = "verschil"
    WHY = "waarom"
    OPEN = "open"


_I = re.IGNORECASE
# ("A of B, wat is beter?" weighs two things against each other as a difference question does)
_DIFFERENCE = re.compile(r"\b(verschil(len)?|onderscheid|vs\.?|versus|difference|differ|compared? (to|with)|"
                         r"(hetzelfde|dezelfde|het zelfde|de zelfde) (als|wat)|(the )?same (thing )?as|"
                         r"(wat|welke?) (is|werkt) (nou |dan |eigenlijk )?(beter|verstandiger|handiger|slimmer)|"
                         r"(what|which) (one )?(is|works) better)\b", _I)
# a public buyer asked for by its kind ("Ken je een gemeente die …?"); "is er een organisatie die helpt …" asks for help
_BUYER = r"(gemeente|provincie|waterschap|ministerie|overheid|woningcorporatie|hogeschool|universiteit|opdrachtgever)"
# what a list question asks for ("welke routes zijn er?")
_LISTED = (r"(routes|manieren|vormen|instrumenten|doelgroepen|mogelijkheden|soorten|criteria|opties|onderdelen|"
           r"fasen|partijen|eisen|regels|afspraken|taken|rollen|kosten|knelpunten|risico'?s|voordelen|nadelen|tips|"
           r"lessen|typen|types)")
# what something brings or costs: "welke voordelen heeft social return voor een leverancier?" asks for a list, not
# for cases ("welke afspraken heeft de Rijksoverheid gemaakt?" does ask about one buyer's)
_GAINS = r"(voordelen|nadelen|risico'?s|knelpunten)"
_EXAMPLES = re.compile(
    # "heeft een provincie al eens…" asks for a case; "mijn bedrijf heeft een opdracht gewonnen" tells one, and so
    # does "wij hebben al mensen met een beperking in dienst" ("hebben er al …" asks)
    r"\b(voorbeeld\w*|praktijkvoorbeeld\w*|ervaring(en)?|cases?|heeft (er )?(iemand|ooit)|"
    r"heeft (er )?een \w+( \w+)? (al|ooit|wel|eerder|weleens)|hebben (er )?andere|hebben er al|"
    r"wie (heeft|hebben) (al |ooit |er )?(ervaring|voorbeelden|gewerkt|toegepast|gedaan)|"
    rf"wie (doet|doen) (aan|het|dit|dat|mee)|welke (?!{_GAINS}\b)\w+ (doen|doet|hebben|heeft|gebruiken|passen|"
    r"werken|vragen|"
    r"eisen|stellen|kennen|deden|hadden|gebruikten|pasten|werkten|vroegen|eisten|stelden)|"
    r"zijn er (\w+ ){1,4}die|examples?|experiences?|has (any|anyone)|have (any|other)|"
    r"are there (\w+ ){1,4}(that|who)|who (has|have|uses?)(?! never\b| not\b)|which \w+ (use|apply|have|ask)|"
    # "Ken je een gemeente die …?", "Is there a municipality that …?": an organisation asked for is a case
    rf"(ken|kent) (je|jij|u) (een|enkele|andere|nog een) (\w+ )?({_BUYER}|organisatie|corporatie|regio)\w* die|"
    rf"is er (een|nog een) (\w+ )?{_BUYER} die|"
    r"(do you know|is there) (a|an|any) (\w+ )?(municipality|province|water board|ministry|public body|authority|"
    r"university|housing association) (that|who))\b", _I)
_LIST = re.compile(
    rf"\b(welke {_LISTED}|noem|opsomming|overzicht|what (kinds|types|ways|options|routes)|"
    r"which (ways|instruments|routes|options|groups))\b", _I)
_DEFINITION = re.compile(
    r"^\s*(wat (is|zijn|betekent|betekenen|houdt|houden|verstaan|wordt bedoeld|bedoelen)|waar staat|"
    r"wat voor (iets|een ding)|"
    # "wat SROI eigenlijk is" (after "kun je uitleggen"); not "wat kunnen de gevolgen zijn", "wat het voordeel is"
    r"wat (?!(kan|kunnen|moet|moeten|zou|zouden|mag|mogen|voor|er|het|de|dat|dit)\b)[\w-]+( [\w-]+){0,2} "
    r"(precies |eigenlijk |nou )*(is|zijn|betekent|inhoudt)\b(?! (de|het|een) )|"
    # ("wat de Prestatieladder inhoudt", after "weet jij": what it means, not "wat het voordeel is")
    r"wat (de|het|een) (?!voor\b)[\w-]+( (?!voor\b)[\w-]+){0,2} (precies |eigenlijk )*(inhoudt|betekent)\b|"
    r"definitie|uitleg|leg uit|"
    # ("what are the benefits of social return?" asks what it brings, not what a word means)
    r"what (is|are) (?!((a|an|the) )?(main |possible )?(benefits?|advantages?|disadvantages?|drawbacks?|downsides?|"
    r"risks?|pros)\b)(a |an |the )?\w+|what does \w+( \w+){0,4} (mean|stand for)|"
    r"what'?s|define|explain|"
    # asked indirectly ("Could you explain what SROI means …", see unwrapped)
    r"what (?!(can|could|should|would|will|must|do|does|did|happens|it|this|that)\b)[\w-]+( [\w-]+){0,2} "
    r"(means|stands for|entails)(?! for\b))\b", _I)
# a subject and the word for what it means, phone-style: "social return definitie?", "PSO betekenis", "sroi meaning"
# (a subject, not a question: "wat is de definitie?", "geef de definitie" are not rewritten)
_NAMED_DEFINITION = re.compile(
    r"^\s*(?!(wat|wie|hoe|welke?|waar\w*|wanneer|waarom|is|zijn|geef|noem|de|het|een|what|which|who|how|where|why|"
    r"are|give|the|a|an|your|je|jouw|exacte?)\b)[\w'-]+(\s+[\w'-]+){0,4}\s+"
    r"(?P<word>definitie|betekenis|definition|meaning)\s*[?.!]*\s*$", _I)
# What there is to know about a subject, or what is meant by it, anywhere in the question: "…, wat moet ik als
# eerste weten over SROI?", "ik snap niet wat ermee bedoeld wordt", "kan iemand het simpel uitleggen?" (not
# "kun je uitleggen hoe …": that asks how)
_OVERVIEW = re.compile(
    r"\b(wat (moet|moeten|wil|zou|kan|kun) (ik|je|jij|we|wij|u) (\w+ ){0,3}weten over|"
    r"what (do|should|must) (i|we|you) (\w+ ){0,3}know about|tell (me|us) (\w+ ){0,2}about|"
    r"vertel (me |mij |ons |eens |iets |wat |kort )*over|wat (er )?(\w+ ){0,2}(bedoeld wordt|wordt bedoeld)|"
    r"uitleggen(?!\s+(hoe|wat|waarom|welke?|wanneer|wie|of|hoeveel)\b))\b", _I)
_AMOUNT = re.compile(
    r"\b(hoeveel|hoe ?veel|hoe (hoog|groot|lang)|welk(e)? (percentages?|bedrag|drempel\w*|aantal|omvang|"
    r"grens|waarde|boete)|wat (is|zijn) de (drempel\w*|grens|waarde|hoogte|omvang|boete)|"
    r"percentages?|how (much|many|high|long)|what (percentage|amount|share|threshold)|"
    r"what (is|are) the (penalty|penalties|fine|fines|threshold|thresholds|amount|value|cap|maximum|minimum)|"
    # "how is a placement valued in euros?", "hoe wordt dat in geld uitgedrukt?"
    r"(valued|worth|expressed|converted) in (euros?|money)|in (euro'?s?|geld) (uitgedrukt|gewaardeerd|omgerekend)|"
    # "hoe wordt een bbl-leerling gewaardeerd?", "how is an internship valued?": its value, an amount
    # (not valued by someone, nor scored in the award: "Hoe wordt social return door de commissie gewaardeerd?",
    # "hoe wordt social return gewaardeerd in de gunning?")
    r"(hoe|how) (wordt|worden|is|are) ((?!door\b|by\b)[\w'-]+ ){1,6}(gewaardeerd|valued)"
    r"(?! (als|as|door|by|in de gunning|bij de gunning|in the award|in award|in the tender)\b)|"
    # "wat is een plaatsing van iemand met een uitkering waard?", "what is a placement worth?"
    # (not "de moeite waard", "worth considering")
    r"(wat|what) (is|zijn|are) ((?!moeite\b)[\w'-]+ ){1,8}(waard|worth)(?! (het|it)\b)(?!\s+\w+ing\b))\b",
    _I)
_WHEN = re.compile(r"\b(wanneer|sinds wanneer|vanaf wanneer|welk jaar|in welk jaar|per wanneer|"
                   r"when|since when|what year|which year)\b", _I)
_WHO = re.compile(r"^\s*(wie|door wie|bij wie|welke (organisatie|instantie|partij)|who|by whom|which "
                  r"(organisation|organization|body|agency))\b", _I)
_QUALIFIES = re.compile(r"^\s*(wie|who) (valt|vallen|telt|tellen|hoort|horen|komt|komen|mag|mogen|counts?|qualif\w*)\b",
                        _I)
_WHY = re.compile(r"^\s*(waarom|why)\b|^\s*(kun|kan|wil|zou) (je|jij|u) (me |mij |ons )?(\w+ ){0,4}"
                  r"(uitleggen|vertellen|toelichten) waarom\b|^\s*(can|could|would) you (\w+ ){0,3}(explain|tell me) why\b", _I)
_HOW = re.compile(
    r"^\s*(hoe|how)\b|\b(welke stappen|stappenplan|(what|which) steps|in (welke|what|which) (volgorde|order)|"
    # ("Zet de stappen op een rij om …", "List the steps to …", "walk me through …")
    r"stappen op een rij|(zet|geef|noem) (\w+ ){0,2}stappen|(list|give|outline|describe) (\w+ ){0,2}steps|"
    r"walk (me|us) through|step[- ]by[- ]step|"
    r"hoe (werkt|doe|moet|kan|kun|pak|neem|bereken|reken|richt|zorg|"
    r"regel|controleer|monitor|meet|ga|gaat|zit|verloopt|zet|pas|vul|verwerk|borg|leg|stel|organiseer))\b", _I)
_WH_WORD = re.compile(r"^\s*(wat|welke?|waar(om|door|mee|voor|in|op|aan|bij|van|naar)?|wie|hoe|wanneer|"
                      r"what|which|where|who|how|why|when)\b", _I)
_YES_NO = re.compile(
    r"^\s*(mag|mogen|kan|kun|kunnen|moet|moeten|is|zijn|geldt|gelden|heeft|hebben|valt|vallen|telt|tellen|"
    r"ben|wordt|worden|bestaat|zou|klopt|can|may|must|is|are|does|do|should|could|will|would|am)\b", _I)


@dataclass(frozen=True)
class QuestionKind:
    kind: Kind
    many: bool  # wants several documents: examples or a list across the corpus

    @property
    def wants_number(self) -> bool:
        return self.kind in (Kind.AMOUNT, Kind.WHEN)


# "when" that joins a condition to an English question ("How should we set it … when we don't know the volume?", "…,
# when the volume is unknown?") asks no date: a clause runs on before it and one with its own subject follows (not "Can
# you tell me when the obligation starts?", "Do you know when …", "Until when …", "The deadline is when?")
_RUNS_ON = re.compile(r"[^\W\d_],?\s*$")
_ASKS_BEFORE = re.compile(r"\b(and|or|but|so|then|me|us|know|knows|wonder|ask|asked|asking|until|till|from|by|since|is|"
                          r"are|was|were|en|of|maar|dus|dan)\W*$", _I)
_CLAUSE_AFTER = re.compile(r"\s+(we|i|you|they|he|she|it|there|the|a|an|our|my|their|its|this|that|these|those)\b", _I)


# "when" or "wanneer" opening a condition the question follows, after a comma ("For a small firm, when a candidate
# quits, does the obligation change?"; at the start classify leaves such a condition out): a subject, the condition,
# a comma, then the question (not "Wanneer moet ik …?")
_SUBJECT = (r"(a|an|the|my|our|your|their|its|this|that|it|we|i|you|they|he|she|someone|een|de|het|mijn|onze|ons|"
            r"jouw|je|iemand|wij|ik|zij|hij|ze|er)")
_CONDITION = re.compile(rf"\s+{_SUBJECT}\s[^?.!,;]{{3,80}},\s*\w[^?]*\?", _I)


def _asks_when(text: str, match: re.Match[str]) -> bool:
    before = text[:match.start()]
    if match.group(0).lower() in ("when", "wanneer") and (not before.strip() or before.rstrip().endswith(",")) \
            and _CONDITION.match(text, match.end()):
        return False
    return not (match.group(0).lower() == "when" and _RUNS_ON.search(before) and not _ASKS_BEFORE.search(before)
                and _CLAUSE_AFTER.match(text, match.end()))


# a condition that opens a question ("Als een kandidaat stopt, telt hij dan nog mee?", "When the contract ends, what
# happens …?"): the question's kind is that of what follows the comma
_OPENING_CONDITION = re.compile(rf"^\s*(when|wanneer|als|if|indien|zodra|once)\s+{_SUBJECT}\s[^?.!,;]{{3,80}},\s*"
                                r"(?=\w[^?]*\?)", _I)


# the country said first ("In the Netherlands, when a government body awards a contract, can it …?")
_OPENING_PLACE = re.compile(r"^\s*(here\s+in|in|hier\s+in)\s+(the\s+)?(netherlands|nederland|holland)\s*,\s*", _I)


# How a question is put to someone says nothing of what it asks: an indirect question or a request ("Ik vroeg me
# af of …", "Weet jij toevallig welk …", "Ik wil graag weten hoe …", "Zou je kunnen zeggen waar …", "Leg uit
# hoe …", "I was wondering whether …", "Could you explain what …"); the question is what follows.
_ASKED_WORD = r"(of|whether|if|wat|wie|hoe|waar\w*|wanneer|waarom|welke?|hoeveel|what|who|how|where|when|why|which)"
_FILL = r"((toevallig|misschien|soms|ook|wel|eigenlijk|even|eens|graag|nog|kort|nou|al|toch|precies|please|just)\s+)*"
_INDIRECT = re.compile(
    rf"(^|(?<=[.!?:,;]))\s*(((ik|wij|we) (vroeg|vroegen|vraag|vragen) (me|mij|ons) {_FILL}af|"
    rf"(weet|weten) (jij|je|u|jullie|iemand) {_FILL}|"
    rf"(ik|wij|we) (wil|wilde|willen|wilden|zou|zouden) {_FILL}(willen )?{_FILL}(weten|vragen)|"
    rf"(kun|kunt|kan|wil|wilt|zou|zoudt) (je|jij|u) (me |mij |ons )?{_FILL}(kunnen |willen )?{_FILL}"
    r"(uitleggen|vertellen|zeggen|aangeven|toelichten)|"
    rf"leg (me |mij |ons )?{_FILL}uit|vat {_FILL}samen|"
    r"i('m| am| was) (just )?wondering|i wonder|i('d| would) (like|love) to know|i want to know|"
    r"(can|could|would) you (please )?(explain|tell me|tell us|say|let me know|clarify|summari[sz]e)( to me)?|"
    r"do you (happen to )?know|does anyone know|(please )?(explain|tell me|summari[sz]e))\s*)"
    rf"(?=\b{_ASKED_WORD}\b)", _I)
# A claim half remembered, to be checked ("Ik meen dat je een boete mag opleggen …, is dat zo?", "Iemand zei dat
# social return in strijd is met het Europese recht, maar dat lijkt me vreemd.", "I heard that …, is that right?"):
# whether it holds is asked; who said it and the doubt are how it is put.
_CLAIM = re.compile(
    r"^\s*((ik )?(meen|meende|dacht|denk|geloof|hoorde|las)( \w+){0,2}? dat|"
    r"ik heb (\w+ ){0,2}?(gehoord|gelezen|begrepen) dat|"
    r"(iemand|een collega|mijn collega|collega's|mijn manager|mijn leidinggevende|de leverancier|een leverancier)"
    r" (zei|zegt|vertelde|vertelt|beweerde|beweert)( \w+){0,2}? dat|"
    r"i (think|thought|heard|read|believe|was told|understood) that|i (heard|was told)|"
    r"(someone|a colleague|my colleague|my manager|my boss|a supplier) (told me|said|says|claims|claimed)( that)?)\s+",
    _I)
_CLAIM_TAG = re.compile(
    r",?\s*(maar\s+)?(is dat (zo|waar|correct|juist)|klopt (dat|het|dit)( wel| eigenlijk| echt)?|of niet|"
    r"dat lijkt me (\w+ )?(vreemd|raar|sterk|onwaarschijnlijk|niet juist)|"
    r"is that (right|true|correct|so)|or not|that seems (\w+ )?(odd|strange|wrong|unlikely))\s*[?.!]*\s*$", _I)


def unwrapped(question: str) -> tuple[str, bool]:
    """*question* without how it is put to someone (an indirect question, a request, a claim to be checked), and
    whether it asks if a claim holds ("Iemand zei dat X, maar dat lijkt me vreemd." asks whether X)."""
    text = _INDIRECT.sub(" ", question).strip()
    claim = _CLAIM.match(text)
    if not claim:
        return text, False
    rest = text[claim.end():]
    tagged = _CLAIM_TAG.search(rest)
    if tagged:
        rest = rest[:tagged.start()] + "?"
    # (a claim asked about in one sentence: "Ik meen dat …, geldt dat ook voor social return?"; not a thought told
    # before a question of its own, "Ik denk dat we social return willen, hoe begin ik?", nor before a request)
    asks_of_it = (rest.rstrip().endswith("?") and len(split_sentences(rest)) == 1
                  and not any(_WH_WORD.match(clause) for clause in re.split(r"[,;:]", rest)[1:]))
    return rest.strip(), bool(tagged) or asks_of_it


def classify(question: str) -> QuestionKind:
    """The kind of a question, by its wording (Dutch and English)."""
    text = " ".join(question.split())
    text = _OPENING_CONDITION.sub("", _OPENING_PLACE.sub("", text, count=1), count=1)
    kind = _kind(text)
    asked, claim = unwrapped(text)
    if asked == text:  # (a claim is never its own question: its opening words go)
        return kind
    # ("ik vroeg me af of …", "I was wondering whether …": whether, unless the question goes on or asks for cases,
    # "Tell me if there are examples …")
    whether = (re.match(r"(of|whether|if)\b", asked, _I) is not None and len(split_sentences(asked)) == 1
               and kind.kind in (Kind.OPEN, Kind.YES_NO))
    if claim or whether:
        return QuestionKind(Kind.YES_NO, False)
    inner = _kind(asked)
    # ("Leg uit wat de banenafspraak is": the request said what kind; "Kun je uitleggen wat …" asks no yes or no)
    return kind if inner.kind == Kind.OPEN and kind.kind != Kind.YES_NO else inner


def _kind(text: str) -> QuestionKind:
    if _DIFFERENCE.search(text):
        return QuestionKind(Kind.DIFFERENCE, False)
    if _EXAMPLES.search(text):
        return QuestionKind(Kind.EXAMPLES, True)
    if _AMOUNT.search(text):
        return QuestionKind(Kind.AMOUNT, False)
    if any(_asks_when(text, m) for m in _WHEN.finditer(text)):
        return QuestionKind(Kind.WHEN, False)
    if _LIST.search(text):
        return QuestionKind(Kind.LIST, True)
    if _QUALIFIES.search(text):
        return QuestionKind(Kind.LIST, False)  # "wie valt onder de doelgroep?" asks for groups, not a name
    if _WHO.search(text):
        return QuestionKind(Kind.WHO, False)
    if _WHY.search(text):
        return QuestionKind(Kind.WHY, False)
    if _DEFINITION.search(text) or _OVERVIEW.search(text) or _NAMED_DEFINITION.search(text):
        return QuestionKind(Kind.DEFINITION, False)
    if _HOW.search(text):
        return QuestionKind(Kind.HOW, False)
    if _YES_NO.search(text):
        return QuestionKind(Kind.YES_NO, False)
    return QuestionKind(Kind.OPEN, False)


_BETWEEN = frozenset(("tussen", "between", "there", "any"))
_TO_KNOW = re.compile(r"\b(weten|know|tell (me|us)|vertel)\b", _I)
# what is said around an overview request that asks nothing more: "iedereen heeft het hier over SROI maar ik
# snap niet goed …", "as a new buyer"
_CHATTER = frozenset("iedereen heeft hebben hier maar snap snappen begrijp begrijpen goed ermee erover iemand graag "
                     "need needs everyone talks talking understand don't".split())


# the name of something described asked for ("Hoe heet het als …?", "What is this called?")
_CALLED = re.compile(
    r"\bhoe\s+(heet|noem\s+je|noemen\s+(we|jullie|ze)|noemt\s+(men|u|je))\s+(het|dat|dit|zoiets|zo'n\s+\w+)\b|"
    r"\bwat\s+is\s+de\s+(naam|term|officiële\s+naam|officiele\s+naam)\s+(voor|van)\b|"
    r"\bwhat\s+(is|'s)\s+(this|that|it)\s+called\b|\bwhat\s+do\s+(you|they|we)\s+call\s+(this|that|it)\b|"
    r"\b(is\s+there|what\s+is|what's)\s+(a|the)\s+(name|term)\s+for\b|\bheeft\s+(dat|dit|het)\s+een\s+naam\b|"
    r"\bdoes\s+(this|that|it)\s+have\s+a\s+name\b", _I)
# social return described without its name: work for people without a job, asked of suppliers of a public buyer
_UNNAMED_PEOPLE = re.compile(
    r"\b(werklo\w+|werkzoekend\w*|uitkering\w*|bijstand\w*|afstand\s+tot\s+de\s+arbeidsmarkt|een\s+beperking|"
    r"gehandicapt\w*|zonder\s+(werk|baan)|langdurig\s+werklo\w+|kwetsbare|unemployed|jobless|benefits|welfare|"
    r"disabilit\w*|disabled|distance\s+to\s+the\s+labou?r\s+market|out\s+of\s+work|without\s+(a\s+)?jobs?|"
    # ("people far from the labour market", "mensen ver van de arbeidsmarkt")
    r"far\s+(away\s+)?from\s+the\s+labou?r\s+market|ver\s+(af\s+)?van\s+de\s+arbeidsmarkt|"
    # ("mensen die moeilijk aan een baan komen", "people who struggle to find work")
    r"moeilijk\s+aan\s+(een\s+)?(baan|werk)|(struggle|hard)\s+to\s+find\s+(a\s+)?(work|jobs?))\b", _I)
# the work the description asks of suppliers ("… om werklozen aan het werk te helpen", "give jobs to people on
# benefits")
_UNNAMED_WORK = re.compile(r"\b(aan\s+het\s+werk|werk\s+geven|aannemen|aan\s+te\s+nemen|in\s+dienst|banen|baan|"
                           r"werkgelegenheid|jobs?|hire|hiring|employ\w*|work\s+for)\b", _I)
# the name of something else asked ("Wat is de naam van de wet die …", "… van de wethouder die …")
_OTHER_NAME = re.compile(r"\b(naam|name)\s+(van|of)\s+(de|het|een|the|a|an)\s+(wet|regeling|wethouder|"
                         r"contactpersoon|subsidie|organisatie|instantie|law|act|scheme|person|subsidy|agency)\b", _I)
_UNNAMED_BUYING = re.compile(
    r"\b(contract\w*|opdracht\w*|aanbested\w*|overheid\w*|gemeente\w*|leverancier\w*|aannemer\w*|tenders?|"
    r"government|city|municipalit\w+|public|suppliers?|contractors?)\b", _I)


def unnamed_field(question: str, language: str) -> str | None:
    """"Hoe heet het als je in een contract afspreekt dat een deel van het geld wordt gebruikt om werklozen aan het
    werk te helpen?", "My company got a contract with a Dutch city and they want us to give jobs to people on
    benefits. What is this called?": social return described without its name, and its name asked, is asked as what
    social return means; else None."""
    if not _describes_field(question) or not _CALLED.search(question) or _OTHER_NAME.search(question):
        return None
    return "What does social return mean?" if language == "en" else "Wat betekent social return?"


def _describes_field(question: str) -> bool:
    """Social return described without its name: people out of work, a public buyer or contract, and work asked."""
    return bool(not _FIELD_NAME.search(question) and _UNNAMED_PEOPLE.search(question)
                and _UNNAMED_BUYING.search(question) and _UNNAMED_WORK.search(question))


# an obligation said of the work asked ("moeten aannemen", "eisen dat", "are they required to hire")
_OBLIGED = re.compile(r"\b(moet\w*|verplicht\w*|eis\w*|must|have\s+to|has\s+to|required?|requires|oblig\w+|"
                      r"mandatory)\b", _I)


# the asker's own firm winning a contract ("… als we een opdracht van de gemeente krijgen?")
_WE_WIN = re.compile(r"\b(als|wanneer|zodra|if|when|once)\s+(we|wij|ik|i)\b.{0,50}\b(krijgen|krijg|winnen|win|"
                     r"gegund|gewonnen|get|won|are\s+awarded|am\s+awarded)\b", _I)
# another part of the field named, or what counts asked ("Telt iemand met een bijstandsuitkering … mee?", "Geldt de
# quotumheffing ook voor een gemeente die …?")
_OTHER_SUBJECT = re.compile(r"\b(banenafspraak|quotum\w*|quota|voorbehouden|voorbehoud\w*|reserve[ds]?|no-?risk\w*|"
                            r"doelgroepregister|loonkostensubsid\w*|payroll\w*|sheltered|sociale werkplaats\w*|"
                            r"sw-bedrij\w*|job agreement|telt|tellen|meetel\w*|counts?)\b", _I)


def described_field(question: str, language: str) -> str | None:
    """"Klopt het dat bedrijven die voor de overheid werken mensen zonder werk moeten aannemen?": a yes/no question
    that describes social return (work for people out of work, asked of a public buyer's suppliers) without naming
    it is also searched as whether social return is mandatory (or, said without an obligation, what it is); else
    None."""
    if (not _describes_field(question) or classify(question).kind != Kind.YES_NO or side(question) == SUPPLIER
            or _WE_WIN.search(question) or _OTHER_SUBJECT.search(question)):
        # (a supplier asking about its own contract is answered by the pages for suppliers: "Moet ik als klein
        # bedrijf verplicht mensen uit de bijstand in dienst nemen als ik een opdracht van de gemeente win?"; a
        # question about another part of the field, or about what counts, is about that)
        return None
    if _OBLIGED.search(question):
        return "Is social return mandatory?" if language == "en" else "Is social return verplicht?"
    return "What is social return?" if language == "en" else "Wat is social return?"


# two kinds named side by side ("bij schoonmaak of catering", "in de bouw en de infra", "bij de Rijksoverheid en bij
# woningcorporaties")
_PAIR = re.compile(r"\b(?P<first>[^\W\d_][\w-]{3,})\s+(of|en|or|and|en/of|and/or)\s+"
                   r"((bij|in|voor|de|het|at|for|the)\s+){0,2}(?P<second>[^\W\d_][\w-]{3,})\b", _I)
_NO_KIND = frozenset("social return sroi voorbeelden voorbeeld examples example praktijkvoorbeelden zijn hebben "
                     "waar welke gemeenten gemeente".split())


def second_alternative(question: str) -> str | None:
    """*question* with the first of two kinds it names side by side left out, so that the second is searched for on
    its own ("Voorbeelden van social return bij schoonmaak of catering contracten?" → "… bij catering contracten?");
    None when it names no such pair."""
    for match in _PAIR.finditer(question):
        first, second = match.group("first").lower(), match.group("second").lower()
        if first in _NO_KIND or second in _NO_KIND or _FIELD_NAME.search(f"{first} {second}"):
            continue
        return f"{question[:match.start()]}{question[match.start('second'):]}"
    return None


def field_overview(question: str, language: str) -> str | None:
    """"Wat moet ik weten over social return?", "Iedereen heeft het over SROI, kan iemand het simpel
    uitleggen?": an overview of the field itself, nothing else named, asks what the field is; the question is
    put as such ("Wat betekent social return?"; what a newcomer should know: "Wat is social return en hoe pak
    ik het aan?"). None for any other question ("wat moet ik weten over social return in de bouw?" names the
    bouw)."""
    named = _NAMED_DEFINITION.match(question.strip())
    if named:
        # "social return definitie?", "PSO betekenis", "sroi meaning": asked as what it is
        subject = question.strip()[:named.start("word")].strip()
        if _FIELD_NAME.fullmatch(subject):
            return "What does social return mean?" if language == "en" else "Wat betekent social return?"
        return f"What is {subject}?" if language == "en" else f"Wat is {subject}?"
    if _DIFFERENCE.search(question) and len(_FIELD_NAME.findall(question)) >= 2:
        # "verschil tussen social return en SROI?": the field's two names, one the other's abbreviation
        rest = [w for w in _own_words(_DIFFERENCE.sub(" ", question)) if w not in _BETWEEN]
        return None if rest else ("What does SROI stand for?" if language == "en" else "Waar staat SROI voor?")
    if not _FIELD_NAME.search(question) or not _OVERVIEW.search(question) or _DEFINITION.search(question):
        return None
    rest = [w for w in _own_words(_OVERVIEW.sub(" ", without_manner(question)))
            if w not in _ASKER_WORDS and w not in _CHATTER]
    if rest:
        return None
    if _TO_KNOW.search(question):  # what a newcomer should know: what it is and how to go about it
        return ("What is social return and how do I apply it?" if language == "en"
                else "Wat is social return en hoe pak ik het aan?")
    return "What does social return mean?" if language == "en" else "Wat betekent social return?"


def asks_yes_or_no(question: str) -> bool:
    """Whether any sentence of *question* can be answered with yes or no ("Heeft een gemeente al eens …?",
    "Hoe werkt het? Mogen de chauffeurs uit de doelgroep komen?"); "Vanaf welk bedrag …?" and "voorbeelden
    van social return in de bouw" cannot."""
    kind = classify(question).kind
    if kind == Kind.YES_NO or (kind == Kind.OPEN and not _WH_WORD.match(question)):
        # (an open question that starts with a question word asks what or how, not whether: "wat doet de
        # Rijksoverheid zelf aan social return?" is not answered by a bare "Ja")
        return True
    return any(_YES_NO.match(part) for part in re.split(r"(?<=[?.!:;,])\s+", question.strip()))


def asks_why(meta: dict) -> bool:
    """Whether a document is a veelgestelde vraag whose title asks why ("Waarom doen we als overheid aan social
    return?"): the page a why-question about social return itself is answered by."""
    return meta.get("type") == "vraag" and classify(str(meta.get("title", ""))).kind == Kind.WHY


# A title that asks about a failure ("… niet nakomt?", "Ik vind geen …"; "jongeren zonder startkwalificatie" names a
# group), and the words by which a question tells of trouble of its own.
_NEGATED = re.compile(r"\b(geen|niet|niemand|nooit|no|not|cannot|never)\b", _I)
_TROUBLE = re.compile(
    r"\b(geen|niet|niets|niemand|nooit|zonder|no|not|none|nobody|never|cannot|can't|won't|don't|doesn't|isn't|"
    r"lukt|lukken|gelukt|moeite|lastig|moeilijk|probleem|problemen|mislukt|tekort\w*|achter|achterblijv\w*|"
    r"haal|haalt|halen|gehaald|gemist|missen|uitval\w*|valt uit|struggl\w*|difficult|hard|trouble|fail\w*|unable|short|"
    r"behind|miss\w*|boete\w*|beboet|sanctie\w*|penalt\w*|fines?|openstaand\w*|outstanding|resterend\w*|remaining|"
    r"onvoldoende|insufficient|te\s+weinig|too\s+(few|little)|afreken\w*|gevolg\w*|consequen\w*)\b", _I)


def asks_about_failure(meta: dict) -> bool:
    """Whether a document's title is a question about something not happening ("Wat als de opdrachtnemer social
    return niet nakomt?"); a statement ("No-riskpolis bij ziekte", a user's file) is no such question."""
    title = str(meta.get("title", "")).rstrip()
    return title.endswith("?") and bool(_NEGATED.search(title))


def tells_of_trouble(question: str) -> bool:
    """Whether a question tells of something failing or falling short ("ik vind geen kandidaten", "de leverancier
    haalt zijn sroi niet", "what if we can't find anyone")."""
    return bool(_TROUBLE.search(question))


# Who asks, when the question says so. The same words ask different things from each side: "welke stappen
# moet ik zetten" is the buyer's procedure when social return goes into the tender, the supplier's once the
# contract is won. Only first-person wording counts: "als een leverancier zijn verplichting niet haalt" is a
# buyer speaking of the supplier.
BUYER, SUPPLIER = "opdrachtgever", "opdrachtnemer"
_SUPPLIER_SIDE = re.compile(
    r"\b(gewonnen|gegund gekregen|(hebben|heb|kregen|kreeg) (\w+ ){0,4}gegund|"
    r"((ik ben|we zijn|wij zijn) (een |de )?|als )(kleine? |mkb[- ]?|middelgrote? )?"
    r"(opdrachtnemer|leverancier|inschrijver|aannemer|ondernemer|onderaannemer|bedrijf|zzp'?er|mkb'?er|"
    r"dienstverlener)\b|"
    r"(ons|mijn) (bedrijf|bureau|\w+bedrijf)|onze (medewerkers|werknemers)|"
    r"mijn (social[- ]?return ?|sroi-?)?(verplichting|social-returnverplichting)|voldoe(n)? (ik|we|wij)|"
    r"(vul|vullen) (ik|we|wij)|(ik|we|wij) (moet|moeten) (\w+ ){0,5}(invullen|voldoen|halen|realiseren)\b|"
    r"gaan (we|wij) (\w+ ){0,3}invullen|(we|wij|ik) (willen |wil |gaan |ga )?inschrijven|"
    r"won (a|the|our)|we were awarded|our (company|firm|business|staff|employees)|"
    r"as (a |the )?(supplier|contractor|bidder|subcontractor|tenderer)|"
    r"we are (a |the )?(supplier|contractor|bidder))\b",
    re.IGNORECASE)
_BUYER_SIDE = re.compile(
    r"\b(((ik ben|we zijn|wij zijn) (een |de )?|als )(opdrachtgever|inkoper|aanbesteder|aanbestedende dienst|"
    r"gemeente|contractmanager|inkoopadviseur|buyer|contract manager|procurement officer)\b|"
    r"(opnemen|op te nemen|opneem|verwerken|zetten|zet) (ik |we |je )?in (de|een|mijn|onze|ons|het) "
    r"(aanbesteding|bestek|uitvraag|contract|offerteaanvraag|leidraad|tender|aanbestedingsstukken)\b|"
    r"in (mijn|onze|ons) (aanbesteding|bestek|uitvraag|tender|aanbestedingsstukken)\b|"
    r"(neem|nemen|zet|zetten) (ik|we|wij|je) (\w+ ){0,4}(op )?in (de|een|mijn|onze|ons|het) "
    r"(aanbesteding|bestek|uitvraag|contract|offerteaanvraag|leidraad|tender|aanbestedingsstukken)\b|"
    r"in (de|een|mijn|onze|ons|het) (aanbesteding|bestek|uitvraag|contract|offerteaanvraag|leidraad|tender|"
    r"aanbestedingsstukken) (\w+ ){0,2}op (te )?nemen\b|"
    r"(vragen|eisen|verlangen|verplichten) (van|aan) (de |het |onze |een )?(inschrijvers?|opdrachtnemers?|"
    r"leveranciers?|aannemers?|bedrijven)\b|"
    r"(we|wij|ik) (gaan|ga) (\w+ ){0,6}(aanbesteden|inkopen)\b|(we|wij|ik) (kopen|koop|besteden|besteed) |"
    r"(include|put|add) (\w+ ){0,3}in (a|our|my|the) (tender|contract|procurement)\b|"
    r"as (a |the )?(buyer|contracting authority|municipality|procurement officer|contract manager)\b|"
    r"we( a|')re tendering)", re.IGNORECASE)


def side(question: str) -> str | None:
    """Who asks: the buyer ("Ik ben inkoper…", "hoe neem ik het op in mijn bestek?"), the supplier ("we hebben
    de aanbesteding gewonnen", "als leverancier…"), or None when the question does not say, or says both."""
    supplier, buyer = bool(_SUPPLIER_SIDE.search(question)), bool(_BUYER_SIDE.search(question))
    return SUPPLIER if supplier and not buyer else BUYER if buyer and not supplier else None


# The field's own name says nothing about which page answers: every page of a social-return knowledge
# base is about social return. Dense search looks at the rest of the question when there is a rest.
_FIELD_NAME = re.compile(r"\b(social[ -]?return( on investment)?|s\.?r\.?o\.?i\.?|sociale return)\b(?!-\w)", _I)
RARE_HEAD = 4.5  # informativeness (kb.language.words) of a word rare in ordinary Dutch and English
_FIELD_PREFIXED = re.compile(r"\b(social[ -]?return|sroi)-([^\W\d_]{4,})", _I)
_CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")
_FUNCTION_WORDS = frozenset(
    "wat wie hoe waar wanneer waarom welke welk is zijn het een de van bij voor met aan op in en of dat die "
    "dit deze kan kun mag moet ik we je u er ook wel niet over naar als om te tot dan nog eigenlijk precies "
    "what who how where when why which is are the a an of for with in on and or that this can may must do "
    "does about to kort kortom precies eigenlijk nou even simpel simpelweg uitgelegd uitleg kortweg "
    "short briefly exactly daar toch juist niet wel zo dus klopt kloppen klopte waar true right correct "
    "hem haar paar zinnen woorden vertellen uitleggen zeggen doen doet weten eerste eerst belangrijkste zit "
    # "Wat betekent SROI?", "Waar staat SROI voor?", "What does SROI mean?": asking what the name means
    "betekent betekenen betekenis staat mean means meaning stand stands".split())


# How the answer should be put is no part of what it is about: "in gewone woorden", "in jip-en-janneketaal",
# "in een paar zinnen", "in plain English".
_MANNER = re.compile(
    # only what is asked wished ("geef me alleen de stappen", "just give me the steps")
    r"\b(geef|noem|give|tell)\s+(me|mij|ons|us)\s+(alleen|only|just)\b|\bjust\s+give\s+(me|us)\b|"
    # a short answer wished ("Geen uitleg eromheen.", "zonder uitleg", "no explanation needed", "Yes or no:",
    # "alleen ja of nee"): the form, not the subject
    r"\b(geen|zonder|no|without)\s+(verdere\s+|lange\s+|further\s+|long\s+)?(uitleg|toelichting|explanations?|"
    r"inleiding|intro|introductie|introduction|preamble|omhaal|poespas|franje|fluff|waffle|padding|"
    # ("geen uitweidingen", which the speller takes for the commoner "uitbreidingen")
    r"uitweiding(en)?|uitbreidingen|digressions?)"
    r"(\s+(eromheen|erbij|nodig|needed|please|graag))?\b|\b(alleen\s+|gewoon\s+|just\s+)?(ja of nee|yes or no)\b|"
    # the order of steps asked with them ("Welke stappen …, en in welke volgorde?", "which steps, and in what order?")
    r",?\s*\b(en\s+|and\s+)?in\s+(welke|what|which)\s+(volgorde|order)\b|"
    # the whole course asked for ("…, van marktverkenning tot evaluatie?", "van begin tot eind", "from start to
    # finish"): the span, not its two ends, is asked
    r",?\s*\b(van|from)\s+(a|begin|start|het\s+begin|voorbereiding|marktverkenning|inkoopplan|beginning|preparation)\s+"
    r"(tot\s+(en\s+met\s+)?|to\s+)(z|eind|einde|het\s+eind|afronding|evaluatie|oplevering|verantwoording|"
    r"contractmanagement|nazorg|finish|end|the\s+end|evaluation|completion)\b|"
    r"\b(in|met)\s+(hele\s+)?(gewone|simpele|eenvoudige|normale|begrijpelijke|makkelijke|duidelijke|heldere|"
    r"jip[- ]?en[- ]?janneke)[- ]?(woorden|taal|nederlands|termen|bewoordingen)\b|"
    r"\bin\s+jip[- ]?en[- ]?janneke[- ]?taal\b|\bin\s+(een\s+)?(paar|enkele|twee|drie)\s+zinnen\b|"
    r"\bin\s+(plain|simple|everyday|layman'?s'?)\s+(words|terms|english|language)\b|\bin\s+a\s+nutshell\b|"
    # the language asked for ("Answer in English please: …", "graag in het Engels"): the form, not the subject
    # ("Is social return in English law?" keeps its words: the phrase ends a sentence or follows "answer")
    r"\b(please\s+)?(answer|reply|respond)\s+(please\s+)?in\s+english(\s+please)?\s*[:,.!]?(?=\s|$)|"
    r",?\s*\b(please\s+)?in\s+english(\s+please)?\s*([:.!]|$)|"
    r"\b(antwoord\s+(graag\s+|alsjeblieft\s+|even\s+)?|graag\s+)in\s+het\s+engels(\s+(graag|alsjeblieft|aub|a\.u\.b\.))?\s*[:,.!]?(?=\s|$)|"
    r",?\s*\bin\s+het\s+engels(\s+(graag|alsjeblieft|aub|a\.u\.b\.))?\s*([:.!]|$)|"
    # a format: "in drie bullets", "in 5 punten", "in one paragraph"
    r"\bin\s+(een\s+paar|enkele|twee|drie|vier|vijf|korte|a\s+few|two|three|four|five|\d)\s+(korte\s+|short\s+)?"
    r"(bullets?|bulletpoints?|opsommingstekens|punten|points|alinea'?s)\b|"
    r"\bin\s+(één|een|1|one|a\s+single|a|one\s+short|a\s+short)\s+(korte\s+)?(alinea|paragraph|zin|sentence)\b|"
    # a text asked for is the form the answer takes, not what it is about ("Maak een checklist waarmee ik de
    # verantwoording kan nalopen", "Can you write a short, polite email …")
    r"\b((kun|kunt|wil|wilt) (je|jij|u) |(can|could|would) you (please )?|please )?"
    r"(maak|schrijf|stel|geef|write|draft|compose|create|make|give)\s+(me\s+|mij\s+|ons\s+|us\s+)?(even\s+|eens\s+)?"
    r"(een|a|an)\s+((korte|beknopte|beleefde|nette|formele|vriendelijke|eenvoudige|heldere|duidelijke|short|polite|"
    r"formal|brief|quick|simple|friendly|clear),?\s+){0,2}(checklist|checklijst|lijstje|overzichtje|samenvatting|"
    r"e-?mail|mailtje|bericht|brief|briefje|summary|outline|letter|message|note|"
    # a model text ("Draft a neutral model paragraph on social return for our tender documents")
    r"((neutral|neutrale|model|sample|voorbeeld|standaard|standard)\s+)*(paragraph|paragraaf|alinea|"
    r"modeltekst|voorbeeldtekst))\b(\s+(waarmee|waarin|with which))?|"
    # the same with the verb after it, as Dutch asks ("Wil je een beleefde e-mail opstellen aan onze leverancier met
    # het verzoek om …"): the text and its addressee are the form, what it asks for is the point
    r"\b(kun|kunt|wil|wilt|zou|zoudt) (je|jij|u) (voor )?(me |mij |ons )?(even |eens )?(een|a)\s+((korte|beknopte|"
    r"beleefde|nette|formele|vriendelijke|eenvoudige|heldere|duidelijke),?\s+){0,2}(checklist|checklijst|lijstje|"
    r"overzichtje|samenvatting|e-?mail|mailtje|bericht|brief|briefje|herinnering)\s+(opstellen|schrijven|maken|"
    r"opzetten|sturen)\b(\s+(aan|naar|voor)\s+(onze|de|het|een|mijn)\s+[\w-]+)?(\s+met\s+het\s+verzoek(\s+om)?)?|"
    # names left out, said as a sentence of its own ("No real company names.", "Geen namen van bedrijven.")
    r"(^|(?<=[.!?:]))\s*(no|geen)\s+(real\s+|echte\s+|specific\s+|specifieke\s+)?(company\s+|supplier\s+|"
    r"bedrijfs|leveranciers)?(names|namen)(\s+(of|van)\s+(companies|suppliers|bedrijven|leveranciers))?"
    r"(\s+(please|graag|nodig|needed))?\s*([.!]|$)|"
    # to answer from the sources, which it does anyway ("Please check it against your sources rather than just
    # agreeing with me.", "Toets het aan je bronnen.")
    r"(\b(please|graag)\s+)?\b(check|verify|controleer|toets|baseer|base)\b[^.?!]{0,30}\b(against|tegen|aan|op|on)\s+"
    r"(your|the|je|jouw|de|uw)\s+(own\s+|eigen\s+)?(sources|bronnen)\b[^.?!]*[.!]?|"
    # nothing made up, only the sources, for a memo ("I'm writing a memo for our council and I don't want anything
    # made up, so please stick to your sources: …", "Ik schrijf een nota voor de raad, dus verzin niets:"): the
    # answer is from the sources anyway; the memo is what the asker does with it, not what is asked
    # (only when the question follows after a colon: "We schrijven een raadsvoorstel voor de gemeenteraad. Wat moet
    # daarin staan?" asks about the memo)
    r"(\b(and|en|so|dus)\s+)?\b(i'?m|i am|we'?re|we are|ik schrijf|wij schrijven|we schrijven)\s+(writing\s+)?"
    r"(a|an|een)\s+(short\s+|korte\s+)?(memo|note|briefing|nota|notitie|raadsvoorstel|raadsinformatiebrief)\s+"
    r"(for|to|voor|aan)\s+(our|the|my|de|onze|ons|mijn)(\s+[\w-]+){1,3}?(?=\s*[,:]|\s+(and|en|so|dus)\b)"
    r"(?=[^.?!]*:\s*\S)\s*,?|"
    r"(\b(and|en|so|dus)\s+)?\b((i|we)\s+(don'?t|do not)\s+want\s+anything\s+(made\s+up|invented)|"
    r"(verzin|verzint)\s+(alsjeblieft\s+|aub\s+|dus\s+)?niets|"
    r"(ik\s+wil|we\s+willen)\s+(geen\s+verzinsels|niets\s+verzonnen))"
    r"\s*,?|"
    r"(\b(and|en|so|dus)\s+)?(\b(please|graag)\s+)?\b((stick|keep)\s+to\s+(your|the)\s+(own\s+)?sources|"
    r"(houd|hou)\s+(je|u)\s+(alsjeblieft\s+|graag\s+|aub\s+)?(aan|bij)\s+(je|jouw|uw|de)\s+(eigen\s+)?bronnen)"
    r"(\s+(please|graag|alsjeblieft|aub))?\s*[,:.!]?|"
    # what the sources say, asked after the question ("… fits the proportionality principle? What do the sources
    # say?", "Wat zeggen de bronnen daarover?"): the answer is from the sources anyway
    r"\b(what|wat)\s+(do|does|zeggen|zegt)\s+(the|your|de|je|jouw|uw)\s+(own\s+|eigen\s+)?(sources|bronnen)\s*"
    r"(say|zeggen)?\s*(about\s+(it|this|that)|daarover|erover|hierover)?\s*[?.!]*\s*$|"
    # how many asked for after the question, as a sentence of its own ("Welke gemeenten hebben goede ervaringen met
    # social return? Noem er een paar.", "… Name a few."): the question already asks for several
    r"(^|(?<=[.!?:]))\s*((noem|geef)\s+(er\s+)?((me|mij|ons)\s+)?(er\s+)?(een\s+paar|enkele|een\s+aantal|twee|drie|vier|"
    r"vijf)(\s+(voorbeelden|namen))?|(name|give|list)\s+((me|us)\s+)?(a\s+few|some|two|three|a\s+couple)"
    r"(\s+(examples|names|of\s+them))?)(\s+(please|graag|aub|alsjeblieft))?\s*[.!]?\s*$|"
    # a summary asked for a reader ("Can you summarise in plain English, for a new colleague, how …"): the form
    # and the reader, not the subject
    r"\b((kun|kunt|wil|wilt) (je|jij|u) |(can|could|would) you (please )?|please )?(summari[sz]e|samenvatten)\b|"
    r",?\s*\b(for|voor)\s+(a|an|een|my|mijn|our|onze)\s+(new\s+|nieuwe\s+)?(colleague|collega|manager|"
    r"leidinggevende|wethouder|raadslid|council member|director|directeur)\s*,",
    _I)


def without_manner(question: str) -> str:
    """*question* without how the answer should be put ("Wat is social return in gewone woorden?" → "Wat is
    social return?")."""
    rest = re.sub(r"\s+([,?])", r"\1", " ".join(_MANNER.sub(" ", question).split())).lstrip(",: ")
    return rest if re.search(r"[^\W\d_]{3,}", rest) else question  # (never nothing left to search with)


# a question about how two things relate, one of them the field itself (or how they differ: _DIFFERENCE)
_RELATION = re.compile(r"\b(verhoudt|verhouden|verhouding|verband|relatie|samenhang|te maken|relate[sd]?|"
                       r"relation\w*)\b", _I)


# whether a guide exists: most guides are about buying in general or one sector; the field's name picks the one on
# social return
_GUIDE_WORD = (r"(handreiking\w*|handboek\w*|handleiding\w*|gids(en)?|toolkit|stappenplan\w*|guides?|guidelines?|"
               r"handbooks?|manuals?)")
_EXISTS = r"(is er|zijn er|bestaat er|bestaan er|heeft iemand|is there|are there)"
_GUIDE = re.compile(rf"\b{_EXISTS}\b.{{0,40}}\b{_GUIDE_WORD}\b|\b{_GUIDE_WORD}\b.{{0,10}}\b{_EXISTS}\b", _I)


def asks_for_guide(question: str) -> bool:
    """Whether *question* asks if a guide exists ("Is er een handreiking voor het opnemen van social return in de
    aanbestedingsstukken?", "Is there a guide on …?")."""
    return bool(_GUIDE.search(question))


def focus(question: str) -> str | None:
    """The question without the field's name, when what is left still says what it is about
    ("social return bij schoolbouw in Den Haag" → "bij schoolbouw in Den Haag"); else None."""
    original = question
    if _RELATION.search(question) or _DIFFERENCE.search(question):
        return None  # "hoe verhoudt social return zich tot de Participatiewet?": the field's name is one side
    if _GUIDE.search(question):
        return None  # "is er een handreiking social return?" asks for a guide on the field, not on buying in general
    # "SROI-prestatieladder" is about the prestatieladder, a rare word (every page is about SROI); a
    # "sroi-verplichting" keeps its part: "verplichting" alone says little
    question = _FIELD_PREFIXED.sub(lambda m: m.group(2) if informativeness(m.group(2).lower()) >= RARE_HEAD
                                   else m.group(0), question)
    if not _FIELD_NAME.search(question) and question == original:
        return None
    rest = " ".join(_FIELD_NAME.sub(" ", question).split())
    content = [w for w in _CONTENT_WORD.findall(rest.lower()) if w not in _FUNCTION_WORDS]
    return rest if content else None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Za-z])")


# "Ik ben nieuw bij de provincie, kun je uitleggen wat SROI is?": an introduction, then a comma or colon, then
# the question; "Mijn wethouder vraagt hoe …": a question reported by someone else.
_ASKS = (r"(wat|wie|hoe|waar|wanneer|waarom|welke?|hoeveel|mag|mogen|moet|moeten|kan|kun|kunnen|is|zijn|telt|"
         r"tellen|geldt|klopt|bestaat|what|who|how|where|when|why|which|can|may|must|is|are|does|do|should)")
_PLEASE = r"((kun|kan|wil|zou) (je|jij|u) (me |mij |ons |eens |even |kort )*(uitleggen|vertellen|toelichten|zeggen) |" \
          r"(can|could|would) you (please )?(explain|tell me) |(please )?(explain|tell me) )?"
_CLAUSE = re.compile(rf"^(?P<before>[^,:;]+)[,:;]\s+{_PLEASE}(?P<asked>{_ASKS}\b.*)$", _I)
# a situation told in several clauses, then the one that asks ("We besteden schoonmaakwerk aan voor 4 jaar, totale
# waarde 1,2 miljoen, hoeveel procent social return moeten we vragen?")
_LAST_CLAUSE = re.compile(rf"^(?P<before>.+)[,;]\s+{_PLEASE}(?P<asked>{_ASKS}\b[^,:;]*)$", _I)
# ("welke" and "hoeveel" do not join clauses the way "wat", "hoe" and "waar" do: "ik weet niet wat ik moet vragen")
_BARE_CLAUSE = re.compile(r"^(?P<before>\S+(\s+\S+)+?)\s+(?P<asked>(welke?|hoeveel|which|how (much|many)|"
                          r"what (percentage|amount))\b.*)$", _I)
_REPORTED = re.compile(rf"\b(vraagt|vroeg|wil weten|willen weten|wilde weten|asks|asked|wants to know)\s+"
                       rf"(?P<asked>(hoe|wat|waarom|welke?|wanneer|of|hoeveel|how|what|why|which|whether|if)\b.*)$", _I)
# Who is asking says nothing about what is asked: "Ik ben net begonnen als inkoper bij de gemeente", "I am a new
# team lead at a ministry". A sentence or clause of only these words, one of them in the first person, is an
# introduction.
_ASKER_WORDS = frozenset(
    "ik ben we zijn wij net pas sinds kort onlangs begonnen gestart nieuw nieuwe als bij van voor op de het een "
    "onze mijn hier afdeling team inkoop inkoper inkoopster inkoopadviseur inkoopmedewerker contractmanager "
    "contractbeheerder beleidsadviseur beleidsmedewerker adviseur medewerker trainee stagiair collega teamleider "
    "teamleid manager ambtenaar projectleider categorymanager werk werkzaam zit gemeente provincie waterschap "
    "ministerie rijk rijksoverheid universiteit hogeschool onderwijsinstelling school woningcorporatie "
    "organisatie overheid overheidsorganisatie dienst kleine grote middelgrote "
    # other public bodies and institutions that buy: "Ik werk bij een academisch ziekenhuis, wat is …"
    "ziekenhuis academisch umc ggd zorginstelling zorgorganisatie veiligheidsregio omgevingsdienst "
    "uitvoeringsorganisatie gemeenschappelijke regeling politie mbo roc zbo agentschap "
    "hoogheemraadschap corporatie woningbouwcorporatie gemeentelijke provinciale "
    "hoi hallo goedemorgen goedemiddag hi hello "
    # two things about the asker joined: "ik ben nieuw hier en werk sinds kort als inkoper bij een gemeente"
    "en and "
    "wethouder raadslid bestuurder directeur accountmanager student "
    "i am i'm i've we've a an as the at in of for my our new just recently started joined work working here team lead "
    "leader "
    "buyer officer advisor adviser manager colleague procurement purchasing department municipality province "
    "ministry university college water board authority government organisation organization small large "
    "dutch".split())


_FIRST_PERSON = frozenset("ik we wij i i'm my mijn".split())
# ("Bij het Rijk hier: wat is de regel?" says where the question applies, not who asks)
_WHERE_WORDS = frozenset("bij op voor van in at for of".split())
_ROLE_WORDS = frozenset("inkoper inkoopster inkoopadviseur inkoopmedewerker contractmanager contractbeheerder "
                        "beleidsadviseur beleidsmedewerker adviseur medewerker trainee stagiair collega teamleider "
                        "manager ambtenaar projectleider categorymanager student buyer officer advisor adviser "
                        "colleague".split())
# the name after the kind of organisation: "de gemeente Den Haag", "het waterschap Vechtstromen"
_ORGANISATION_NAME = re.compile(r"\b((?i:gemeente|provincie|waterschap|hoogheemraadschap|ministerie( van)?|regio|"
                                r"municipality( of)?|province( of)?|ministry( of)?))((\s+[A-Z][\w'-]+)+)")


# where the asker's organisation is: "in Utrecht", "uit Friesland", "op de Waddeneilanden", "in Noord-Brabant"
_PLACE = re.compile(r"\b(in|uit|op|from)\s+(de\s+|the\s+)?[A-Z][\w'-]+(\s+[A-Z][\w'-]+)?")


def _introduces_asker(text: str) -> bool:
    """"Ik ben net begonnen als inkoper bij de gemeente": who asks, in the first person, and nothing else
    ("Bij het Rijk: wat is de regel?" names the context of the question, not the asker)."""
    text = _ORGANISATION_NAME.sub(r"\1", text)  # "bij de provincie Utrecht": where the asker works
    text = _PLACE.sub(" ", text)  # "bij een ziekenhuis in Utrecht": where that is
    words = re.findall(r"[^\W\d_]+(?:'[a-z]+)?", text.lower())
    # (or said of oneself with "here": "New colleague here: …", "Nieuwe inkoper hier: …"; "Het Rijk hier: …" names
    # where the question applies)
    return (len(words) >= 2 and bool(_FIRST_PERSON & set(words) or words[-1] in ("here", "hier")
                                     and not set(words) & _WHERE_WORDS and set(words) & _ROLE_WORDS)
            and all(w in _ASKER_WORDS for w in words))


def _after_introduction(sentence: str) -> str | None:
    """In "ik ben <who> en <the rest>", the rest; None when the sentence does not open with who asks."""
    before, _, after = sentence.partition(" en ")
    return after.strip() if after and _introduces_asker(before) else None


# a difference asked by name ("wat werkt beter voor een kleine gemeente?" weighs options for the asker)
_BETWEEN_TERMS = re.compile(r"\b(verschil\w*|onderscheid\w*|differ\w*)\b", _I)


# how a chat message opens before its question, saying nothing of what is asked: "Korte vraag:", "Ik zit met het
# volgende:", "Quick question from a policy officer:"
_LEAD_IN = re.compile(
    r"^\s*((een |nog een |a |one )?((korte|snelle|kleine|simpele|quick|short|small|simple)\s+)?(vraag|vraagje|question)"
    r"(\s+(van|from)\s+(een|a|an)\s+[\w' -]{3,40}?)?|ik (zit met|heb) (het volgende|een vraag|een vraagje))\s*:\s+", _I)


def without_asker(question: str) -> str | None:
    """The question without an introduction of who asks ("Ik ben nieuw bij de provincie, kun je uitleggen
    wat SROI is?" → "wat SROI is?"; "Ik werk bij een gemeente. Wat is een bouwblok?"); None when there is
    none. An introduction that says something about the contract ("Ik werk bij een waterschap en we willen
    kleinere opdrachten…") is kept: it is part of the question."""
    lead_in = _LEAD_IN.match(question)
    if lead_in and _asks_something(question[lead_in.end():]):
        # "Korte vraag: wat is het verschil …?": what follows is the question, whatever its kind
        rest = question[lead_in.end():].strip()
        return without_asker(rest) or rest[0].upper() + rest[1:]
    sentences = [p.strip() for p in _SENTENCE_END.split(question.strip()) if p.strip()]
    kept = list(sentences)
    while len(kept) > 1 and _introduces_asker(kept[0].rstrip(".!")):
        kept.pop(0)
    match = _CLAUSE.match(kept[0]) if kept else None
    if match and _introduces_asker(match.group("before")):
        kept[0] = match.group("asked").strip()
    elif kept and len(kept) > 1:
        # "Ik ben net begonnen als trainee bij de gemeente en iedereen heeft het hier over SROI. Wat is dat?"
        kept[0] = _after_introduction(kept[0]) or kept[0]
    rest = " ".join(kept)
    if kept == sentences or not (_asks_something(rest) or _FIELD_NAME.search(rest)):
        return None
    # only what does not depend on who asks: a definition or a reason ("wat is SROI en waarom doen we het?");
    # "moeten wij ook social return toepassen?" depends on whether "wij" are a university
    # (nor a difference between two terms: "… bij een gemeente in Friesland. Wat is het verschil tussen social
    # return en SROI?")
    kind = classify(rest).kind
    if kind in (Kind.DEFINITION, Kind.WHY) or kind == Kind.DIFFERENCE and _BETWEEN_TERMS.search(rest):
        return rest
    # "… iedereen heeft het hier over SROI. Wat is dat precies en waarom doen we dat?": the last sentence
    # asks for a definition or a reason of the field's name the sentence before it mentions
    last, named = kept[-1], _FIELD_NAME.search(" ".join(kept[:-1]))
    if len(kept) > 1 and named and classify(last).kind in (Kind.DEFINITION, Kind.WHY) and points_back(last):
        return re.sub(r"\b(dat|dit|het)\b", named.group(0), last, flags=re.IGNORECASE)
    return None


def asker_introduction(question: str) -> str:
    """The sentences or the clause at the start of *question* that only say who asks ("Ik ben net begonnen als
    inkoper bij een gemeente, " of "…, waar begin ik met social return?"), whatever the question's kind; "" when
    it opens otherwise or is nothing else."""
    rest = question.lstrip()
    while True:
        sentence = _SENTENCE_END.split(rest, maxsplit=1)
        if len(sentence) == 2 and _introduces_asker(sentence[0].rstrip(".!")):
            rest = sentence[1]
            continue
        match = _CLAUSE.match(sentence[0])
        if match and _introduces_asker(match.group("before")):
            rest = rest[match.start("asked"):]
        break
    return question[:len(question) - len(rest)] if rest.strip() else ""


def asked_clause(sentence: str) -> str | None:
    """The question someone else asks, reported in one sentence ("Mijn wethouder vraagt hoe social return
    samenhangt met de Participatiewet."); else None."""
    match = _REPORTED.search(sentence)
    return match.group("asked").strip() if match and _asks_something(match.group("asked")) else None


def last_question(question: str) -> str | None:
    """In "situation. question?" the sentence that asks carries what is asked ("We besteden groenonderhoud
    aan voor 1,2 miljoen. Welk percentage kan ik vragen?"), also when the situation follows it ("Wat is social
    return nou? Moet het morgen uitleggen aan mijn manager."); in one sentence the clause after a situation and a
    comma ("ik koop ICT-diensten in, hoe bereken ik het percentage?"); else None."""
    sentences = [p.strip() for p in _SENTENCE_END.split(question.strip()) if p.strip()]
    if len(sentences) < 2:
        return _asked_after_situation(sentences[0]) if sentences else None
    if _WHAT_NOW.fullmatch(sentences[-1]) and (trouble := _trouble(sentences[-2], sentences[-1])):
        return trouble  # "… maar ik vind geen kandidaten. Wat nu?"; else the sentence before it asks, as below
    # the last sentence that asks ("Wat is social return nou? Moet het morgen uitleggen aan mijn manager."
    # asks the first), or else the last one
    # ("What do the sources say?" asks how to answer, not what: see _MANNER)
    sentences = [s for s in sentences if re.search(r"[^\W\d_]{3,}", _MANNER.sub(" ", s))] or sentences
    asking = [s for s in sentences if s.endswith("?")] or sentences[-1:]
    # the last one that asks something of its own: "Moet ik percelen maken? Of juist niet?" asks the first
    # (by place, not by text: a message may ask "Telt dat mee?" twice)
    at = next((i for i in range(len(sentences) - 1, -1, -1)
               if sentences[i] in asking and _asks_something(sentences[i])), None)
    chosen = sentences[at] if at is not None else None
    if chosen is None:
        # "Mijn wethouder vraagt hoe X samenhangt met Y. Wat kan ik hem in een paar zinnen vertellen?"
        return next((c for c in map(asked_clause, sentences) if c), None)
    if len(_CONTENT_WORD.findall(chosen)) < 2:
        return None
    # (of three sentences or more: of two, the sentence before it is the whole situation, judged anyway; nor when
    # that sentence itself points further back: "… een medewerker met een WW-uitkering aangenomen. Die werkt 20 uur
    # per week. Telt die mee?")
    before = sentences[at - 1] if at > 1 else ""
    if (points_back(chosen) and before and not before.endswith("?") and _asks_something(before)
            and not _OPENS_POINTING.match(before)):
        # "… Ze stellen voor om in plaats daarvan een school te sponsoren. Is dat toegestaan?": what "dat" is, is
        # said in the sentence before it
        return f"{before} {chosen}"
    return chosen


_OPENS_QUESTION = re.compile(rf"^\s*{_ASKS}\b", _I)
# (a demonstrative, pointing at what was told before it; "Ze stellen voor …" names who acts)
_OPENS_POINTING = re.compile(r"^\W*(die|dat|dit|deze|daar|daarmee|daarvoor|daarin|daarbij|daarvan|that|this|these|"
                             r"those)\b", _I)


# "…, wat nu?" asks what to do about the trouble the message told, after its "maar" ("Ik ben HR-manager bij een
# schoonmaakbedrijf en moet 3 mensen plaatsen maar ik vind geen kandidaten, wat nu?")
_WHAT_NOW = re.compile(r"(en |maar )?(wat nu|en nu|hoe nu verder|wat (moet|kan) ik (nu |dan )?doen( nu)?|"
                       r"what now|what (should|can|do) i do( now)?)\s*[?!.]*", _I)
# ("maar" before who is in trouble; "heeft maar de helft gehaald" is "only")
_BUT = re.compile(r"\b(?:maar|helaas|but|however),?\s+"
                  r"(?=(ik|we|wij|hij|zij|ze|er|die|onze|mijn|i|they|he|she|there|the|our|my)\b)", _I)


def _trouble(situation: str, asked: str) -> str | None:
    """What a bare "wat nu?" after *situation* asks about: the clause after its last "maar", with the question."""
    found = list(_BUT.finditer(situation))
    trouble = situation[found[-1].end():].strip(" .!") if found else ""
    if not found:
        # "Hoi, ik ben contractmanager en de leverancier haalt zijn sroi niet. Wat kan ik doen?": the trouble
        # after who asks
        trouble = (_after_introduction(situation) or "").strip(" .!")
    return f"{trouble}, {asked}" if len(_own_words(trouble)) >= 2 else None


# "Als beleidsmedewerker wil ik weten wat de wettelijke basis is …", "ik vraag me af of …", "I'd like to know how
# …", "… vroeg ik me af: wie …": the asker wants to know; the clause after it is the question
_WANTS_TO_KNOW = re.compile(r"^(?P<before>.*?)\b((wil|willen|wilde|zou) (ik|we|wij) (graag |eigenlijk |even |nou )*"
                            r"(weten|horen)|(ik|we|wij) (wil|willen|wilde|zou|zouden) (graag |eigenlijk |even |nou )*"
                            r"(weten|horen)|(vraag|vroeg) ik (me|mij) af|"
                            r"(ik|we|wij) (vraag|vroeg|vragen|vroegen) (me|mij|ons) af|vragen (we|wij) ons af|"
                            r"ben ik benieuwd|(i|we)( would|'d) like to know|(i|we) want to know|i (was )?wonder(ing)?)"
                            r"[:,]?\s+"
                            r"(?P<asked>((vanaf|sinds|tot|bij|voor|from|since|for) )?(hoe|wat|waarom|welke?|wanneer|"
                            r"waar|wie|of|hoeveel|how|what|why|which|when|where|who|whether|if)\b.*)$", _I)


def _asked_after_situation(sentence: str) -> str | None:
    """In one sentence, a situation, a comma and then the question ("ik koop ICT-diensten in voor 3 jaar, hoe
    bereken ik het percentage?"): the clause that asks, as the last sentence of a longer message would be."""
    wants = _WANTS_TO_KNOW.match(sentence)
    before = wants.group("before").strip(" ,") if wants else ""
    # (what comes before "wil ik weten" introduces the asker: "als beleidsmedewerker"; the "ik" is in what matched)
    if wants and len(_own_words(wants.group("asked"))) >= 2 and (not before or _introduces_asker(f"{before} ik")):
        return wants.group("asked").strip()
    match = _CLAUSE.match(sentence) or _LAST_CLAUSE.match(sentence)
    if not match or sentence[match.end("before")] not in ",;":
        # typed without the comma: "socal return in de schoonmaak welke percentages zijn normaal"
        match = None if "," in sentence or ":" in sentence else _BARE_CLAUSE.match(sentence)
        if not match:
            return None  # "banen afspraak en quotum: wat is dat?" names a subject, not a situation
    before, asked = match.group("before"), match.group("asked").strip()
    if _WHAT_NOW.fullmatch(asked):
        return _trouble(before, asked)
    if _OPENS_QUESTION.match(before) or not _asks_something(before) or len(_own_words(asked)) < 2 \
            or points_back(asked):
        return None  # "Wat is social return, en hoe werkt het?" is one question; "…, mag dat?" leans on it
    return asked


def _own_words(sentence: str) -> list[str]:
    """The words of *sentence* that say what it asks: not the field's name, not function words."""
    return [w for w in _CONTENT_WORD.findall(_FIELD_NAME.sub(" ", sentence).lower()) if w not in _FUNCTION_WORDS]


def _asks_something(sentence: str) -> bool:
    return bool(_own_words(sentence))


# ("of dat het vrijwillig is": "dat" before a subject joins a clause, it points nowhere)
_POINTS_BACK = re.compile(r"\b(dat(?!\s+(het|de|een|er|ik|je|jij|u|we|wij|ze|zij|hij|men|iemand)\b)|"
                          r"dit|die|deze|daar|daarin|daarvoor|daarmee|daarbij|hier|hierin|hiervoor|hiermee|hierbij|"
                          r"hierover|hij|zij|ze|hem|zo'n|zoiets|"
                          # ("geldt social return dan ook voor ons?": who "ons" are, the situation says)
                          r"voor (ons|mij)|for (us|me)|"
                          r"that|this|it|they|them|such)\b", _I)


# a word that can only point at what was said before ("daar", "hiervoor", "zo'n", "voor ons"), not a relative "die" or
# "that", nor "it" in "is it true that …"
# ("hieronder", "hierna" point ahead, at what is pasted after the question)
_LEANS_BACK = re.compile(r"\b(daar\w*|hier(in|voor|mee|bij|over|van|aan|op)|zo'n|zoiets|voor (ons|mij)|"
                         r"for (us|me)|in that case|in dat geval)\b", _I)


def leans_back(sentence: str | None) -> bool:
    """Whether *sentence* has a word that points at the situation before it, however much else it says ("hoe kun je
    daar social return in verwerken als er weinig functies op instapniveau zijn?")."""
    return bool(sentence) and bool(_LEANS_BACK.search(sentence))


def points_back(sentence: str | None) -> bool:
    """Whether the sentence that asks leans on the situation before it ("Mag dat meetellen?", "Hoe kan ik daar
    aan voldoen?"): searching for it alone finds pages about anything that may count."""
    return bool(sentence) and bool(_POINTS_BACK.search(sentence)) and len(_own_words(sentence)) < 3


_HOW_MUCH_OF_IT = re.compile(
    r"\b(hoe ?veel|how much)\s+(social[ -]?return|sroi|sociale return)\b(?![-\w])"
    r"(?!\s+(kandidaten|mensen|plaatsingen|uren|banen|value|waarde|candidates|jobs|hours)\b)", _I)


_HOW_MANY_PERCENT = re.compile(r"\b(hoe ?veel|how many) (procent|percent)\b", _I)
# "hoeveel moet er aan social return besteed worden?", "how much do we have to spend on social return?": the
# share of the contract that goes to social return, as "hoeveel social return" asks
_HOW_MUCH_SPENT = re.compile(
    r"\b(hoe ?veel|how much)\b[^?.!]{0,40}?\b(aan|on) (social[ -]?return|sroi)\s+(\w+\s+)?"
    r"(besteed|besteden|uitgegeven|uitgeven|spenderen|gespendeerd)\b"
    r"|\b(hoe ?veel|how much)\b[^?.!]{0,40}?\b(besteden|uitgeven|spend|spent)\s+(aan|on)\s+(social[ -]?return|sroi)\b", _I)


def with_measure(text: str) -> str:
    """"Hoeveel social return mag ik vragen?", "hoeveel procent …?" ask for a percentage: the pages say
    "percentage", not "hoeveel"; the word is added to what is searched."""
    asks = _HOW_MUCH_OF_IT.search(text) or _HOW_MANY_PERCENT.search(text) or _HOW_MUCH_SPENT.search(text)
    return f"{text} percentage" if asks else text


# "onder 50k", "a €200K contract": the pages write thousands in full ("50.000")
_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})\s?[kK]\b")


def plain_amounts(text: str) -> str:
    """*text* with amounts in thousands written as the pages write them: "50k" → "50.000"."""
    return _THOUSANDS.sub(lambda m: f"{m.group(1)}.000", text)


# Two questions in one message ("Wat is SROI en hoe wordt het gemeten?", "Hoeveel procent is gebruikelijk en vanaf
# welk bedrag geldt het?", "What is a reserved contract and can a social enterprise bid on it?", "Wat is de PSO? Telt
# die mee?"): each is answered on its own, the second with the first as the turn it follows (kb/service.py).
_ASKS_FIRST = (r"(wat|wie|hoe|waar|wanneer|waarom|welke?|hoeveel|mag|mogen|moet|moeten|kan|kun|kunnen|is|zijn|telt|"
               r"tellen|geldt|gelden|wordt|worden|heeft|hebben|what|who|how|where|when|why|which|can|may|must|is|are|"
               r"does|do|should|will)")
# the second begins with a question word (after a preposition: "vanaf welk bedrag"), or with a verb and its subject
# ("telt die ook mee", "mag ik", "can a social enterprise", "is it")
_SECOND = (r"((vanaf|sinds|tot|bij|voor|in|op|met|from|since|for|at|in|on|with) )?(hoe|wat|waar|wanneer|waarom|welke?|wie|"
           r"hoeveel|how|what|where|when|why|which|who)\b"
           r"|(telt|tellen|mag|mogen|moet|moeten|kan|kunnen|is|zijn|geldt|gelden|wordt|worden|heeft|hebben|can|may|must|"
           r"is|are|does|do|should|will)\s+(ik|je|jij|u|we|wij|het|dat|die|dit|deze|er|hij|zij|ze|i|we|you|it|that|this|"
           r"they|there|(de|het|een|a|an|the|our|my|mijn|onze?)\s+[\w-]+|[\w-]+(?=\s+(ook|dan|mee|wel|also|then)\b))")
# (the first may open with a preposition too: "From what contract value does … apply social return, and is …")
_PREPOSITION = r"((vanaf|sinds|tot|bij|voor|in|op|met|onder|volgens|from|since|for|at|on|with|under|according to) )?"
_JOINED = re.compile(rf"^(?P<first>{_PREPOSITION}{_ASKS_FIRST}\b[^?;]{{6,}}?)\s*[,;]?\s+(en ook|en|plus|and also|and|;)\s+"
                     rf"(?P<second>(?:{_SECOND})[^?]{{4,}})\?\s*$", _I)
_TWO_ASKED = re.compile(rf"^(?P<first>{_PREPOSITION}{_ASKS_FIRST}\b(?:[^?.!]|\.(?!\s)){{6,}}\?)\s+"
                        rf"(?P<second>(?:[^?.!]|\.(?!\s)){{6,}}\?)\s*$", _I)
# ("wat is het verschil tussen A en wat B noemt?": one question about two things; so is "A of B?")
_ONE_OF_TWO = re.compile(r"\b(verschil\w*|tussen|vergelijk\w*|difference|between|compare\w*|versus|vs\.?)\b", _I)


# the verbs a question about social return asks with ("Welke doelgroepen tellen mee en …" has one; "Welke doelgroepen
# en welke activiteiten …" has none before its "en")
_FINITE = re.compile(r"\b(is|zijn|ben|wordt|worden|telt|tellen|mag|mogen|moet|moeten|kan|kunnen|kun|heeft|hebben|"
                     r"geldt|gelden|doet|doen|gaat|gaan|vraagt|vragen|staat|staan|valt|vallen|komt|komen|hoort|horen|"
                     r"are|do|does|did|can|may|must|should|has|have|count|counts|apply|applies|get|gets|need|needs)\b",
                     _I)


# a second part without a verb of its own that asks what came of the first ("Heeft Rijkswaterstaat social return
# toegepast in een groot contract, en met welk resultaat?", "…, and with what result?")
# ("…, en voor welke opdrachten?" asks a question of its own)
_WITH_WHAT = re.compile(r"((met|with|tegen|at|voor|for|in)\s+)?(welk|welke|wat voor|what|which)\s+(resulta\w*|effect\w*|"
                        r"uitkomst\w*|opbrengst|bedrag|waarde|results?|outcomes?|amount|value)\??", _I)


# a second half that leaves out what it asks of its own subject ("… en wat die van de opdrachtgever?", "… and what
# is that of the buyer?"): the two sides of one question
_THAT_OF = re.compile(r"^((en|and|maar|but)\s+)?((wat|welke|hoe|what|which|how)\s+)?((is|zijn|are)\s+)?"
                      r"(die|dat|deze|those|that)\s+(van|of)\s+(de|het|een|the|a|an|onze|our|mijn|my)\b", _I)


def two_questions(question: str) -> tuple[str, str] | None:
    """The two questions of a message that asks two, each with something of its own to ask; else None."""
    text = " ".join(question.split())
    match = _TWO_ASKED.match(text) or _JOINED.match(text)
    if not match:
        return None
    first, second = match.group("first").strip(" ,;"), match.group("second").strip(" ,;")
    # (each asks something: "Wat is SROI" asks the field's name, "Hoe lang?" alone asks nothing a page answers)
    asks = lambda part: [w for w in _CONTENT_WORD.findall(part.lower()) if w not in _FUNCTION_WORDS]  # noqa: E731
    if _ONE_OF_TWO.search(first) or not asks(first) or not asks(second) or len(_CONTENT_WORD.findall(second)) < 3:
        return None
    if _WITH_WHAT.fullmatch(second):
        return None  # "…, en met welk resultaat?" asks the first question's outcome: one question
    if _THAT_OF.match(second):
        return None  # "Wat is de taak van de leverancier en wat die van de opdrachtgever?" sets two side by side
    # "Welke doelgroepen en welke activiteiten tellen mee?": two things before one verb are one question
    opener = re.match(r"(welke?|hoeveel|which|how many|what)\b", first, _I)
    if opener and re.match(rf"{opener.group(1)}\b", second, _I) and not _FINITE.search(first):
        return None
    first = first if first.endswith("?") else f"{first}?"
    second = second if second.endswith("?") else f"{second}?"
    return first[0].upper() + first[1:], second[0].upper() + second[1:]


# one person told of and asked about ("What's her residence permit status, and …?")
_ONE_PERSON = re.compile(r"\b(hij|zij|hem|haar|he|she|him|her|his)\b", _I)


def situated_two_questions(question: str) -> tuple[str, str, str] | None:
    """(situation, first question, second question) of a message that sets out a situation in statements and
    then asks two questions in one sentence (not of one person told of); else None."""
    sentences = split_sentences(" ".join((question or "").split()))
    if len(sentences) < 2 or any("?" in s for s in sentences[:-1]) or _ONE_PERSON.search(sentences[-1]):
        return None
    parts = two_questions(sentences[-1])
    return (" ".join(sentences[:-1]), *parts) if parts is not None else None


# "Wat is de Prestatieladder Socialer Ondernemen?": what a definition question asks about
_DEFINED = re.compile(r"^\s*(wat|what)\s+(is|zijn|are|was|were|betekent|means?)\s+(?P<subject>[^?]+?)"
                      r"(\s+(precies|eigenlijk|nou|nu|exactly|actually|again))*\s*\??\s*$", _I)
_REFERS_BACK = re.compile(r"\b(die|dat|deze|dit|hij|ze|zij|hem|ervan|daarvan|daarmee|erin|daarin|eronder|"
                          r"daaronder|it|its|they|them|that|this)\b"
                          # ("hoe wordt het gemeten?"; in "hoe werkt het doelgroepregister?" it is the article)
                          r"|\bhet\b(?=\s+([\w-]+\s+)?(ge[\w-]+|[\w-]+(en|t|d))\s*\?)"
                          # ("welke rol speelt het bij social return?": no noun follows an article so; in "hoe zit
                          # het eigenlijk?", "hoe staat het dan?" it is a way of asking, not a word for the subject)
                          r"|(?<!\bzit )(?<!\bstaat )\bhet\b(?=\s+(bij|voor|in|op|aan|binnen|onder|tijdens|na|"
                          r"eigenlijk|precies|ook|nog|dan|wel|niet)\b|\s*\?)", _I)


def defined_subject(question: str) -> str | None:
    """What a definition question asks about ("de banenafspraak" in "Wat is de banenafspraak?"); else None."""
    match = _DEFINED.match(question)
    return match.group("subject").strip(" ,") if match and _own_words(match.group("subject")) or (
        match and _FIELD_NAME.search(match.group("subject"))) else None


def short_name(subject: str) -> str:
    """The abbreviation of a subject named twice ("de PSO (Prestatieladder Socialer Ondernemen)" → "de PSO",
    "de Prestatieladder Socialer Ondernemen (PSO)" → "PSO"); else *subject* ("het doelgroepregister (kort)")."""
    named = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", subject)
    short = min(named.groups(), key=len) if named else None
    return short if short and re.search(r"\b[A-Z]{2,}\b", short) else subject


def refers_back(question: str) -> bool:
    """Whether *question* has a word that points to something said before it ("Telt die mee?", "how is it
    measured?")."""
    return bool(_REFERS_BACK.search(question))


# the two things a difference question sets side by side ("Wat is het verschil tussen PSO en SROI?", "Is een sociale
# onderneming hetzelfde als een sociale werkvoorziening?", "What is the difference between the banenafspraak and
# social return?")
_SIDE = r"((?:(?!\b(?:en|and|of|or|als|as|bij|in|voor|for|when|wanneer)\b)[^?.,;:!])+?)"
_SIDES = (
    re.compile(rf"\b(?:verschil|verschillen|onderscheid|difference|differences)\s+(?:\w+\s+)?(?:tussen|between)\s+"
               rf"{_SIDE}\s+(?:en|and)\s+{_SIDE}\s*(?:[?.,;:!]|\b(?:bij|in|voor|for|when|wanneer)\b|$)", _I),
    re.compile(rf"\b(?:is|zijn|are|is\s+het|is\s+it)\s+{_SIDE}\s+(?:hetzelfde|dezelfde|het zelfde|de zelfde|"
               rf"(?:the\s+)?same(?:\s+thing)?)\s+(?:als|wat|as)\s+{_SIDE}\s*(?:[?.,;:!]|$)", _I),
    re.compile(rf"^\W*{_SIDE}\s+(?:vs\.?|versus)\s+{_SIDE}\s*(?:[?.,;:!]|$)", _I),
)


def sides(question: str) -> tuple[str, str] | None:
    """The two things a difference question compares, as written; None when it names no two."""
    for pattern in _SIDES:
        match = pattern.search(question)
        if match:
            a, b = (re.sub(r"^(?:de|het|een|the|a|an)\s+", "", m.strip(), flags=_I) for m in match.groups())
            if a and b and a.lower() != b.lower():
                return a, b
    return None
