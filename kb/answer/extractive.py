"""The offline answerer: picks the sentences from the retrieved documents that best answer the
question, groups them per source and cites each one. It never writes a sentence of its own, so it
cannot invent a rule; when nothing answers the question well enough it declines.

Sentences are scored on meaning (embedding similarity to the question), on the question's rarer
words they contain (IDF-weighted overlap), on the rank of the passage they come from, and on
whether they hold the kind of fact the question asks for (a number for "hoeveel", a date for
"wanneer", a name for "wie").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding

from kb.config import Settings
from kb.search.embeddings import embed_query, embed_texts
from kb.search.keyword import KeywordIndex, analyse
from kb.schema import SUMMARY_HEADING, Answer, Citation, Hit
from kb.language.sentences import sentence_spans
from kb.language.translation import dutch_terms, english_coverage

_MIN_SENTENCE_CHARS = 25
_ATTRIBUTION = re.compile(r"^\(?\s*(bron|source)\s*:", re.IGNORECASE)  # "(Bron: UWV.)" says where, not what
PASSAGE_SEPARATOR = "\n\n[…]\n\n"
_MAX_LIST_ITEMS = 8
_ASKS_NUMBER = re.compile(r"\b(hoeveel|hoe ?veel|hoe hoog|hoe groot|welk(e)? (percentage|bedrag|drempel|aantal)|"
                          r"wanneer|sinds wanneer|welk jaar|in welk|vanaf wanneer|how (many|much|high)|when|"
                          r"what percentage|which year|since when)\b", re.IGNORECASE)
_ASKS_NAME = re.compile(r"\b(wie|door wie|welke organisatie|welke partijen|who|which (organisations|partners))\b",
                        re.IGNORECASE)
_ASKS_DEFINITION = re.compile(r"^\s*(wat (is|zijn|betekent|houdt)|wat verstaan|what (is|are|does)|what's)\b",
                              re.IGNORECASE)
_NUMBER = re.compile(r"\d")
# A sentence that opens by pointing back ("Met dat percentage...", "Daarom...") needs the one before it.
_POINTS_BACK = re.compile(r"^(dat|die|deze|dit|daar\w*|hier\w*|met (dat|die|deze|dit)|ook|bovendien|wel|dan|"
                          r"zo|zij|hij|het gaat|dergelijke|zulke|this|that|these|those|it|they)\b", re.IGNORECASE)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+(?:van|de|der|den|&)?\s*[A-Z][a-z]+)+")



@dataclass
class Candidate:
    passage: int          # index into the passages list
    start: int            # offsets into the passage text
    end: int
    text: str
    prior: float
    summary: bool = False  # from the best document's own summary passage
    similarity: float = 0.0
    overlap: float = 0.0
    score: float = 0.0


def _too_similar(a: str, b: str) -> bool:
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) > 0.8


def sentence_units(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a passage; an introduction ending in ':' takes the list that follows.
    A list item that starts in lower case continues its introduction and never stands alone."""
    spans = sentence_spans(text)
    units: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        start, end, is_item = spans[i]
        j = i + 1
        if text[start:end].rstrip().endswith(":"):
            while j < len(spans) and spans[j][2] and j - i <= _MAX_LIST_ITEMS:
                end = spans[j][1]
                j += 1
        if not (is_item and text[start:start + 1].islower()):
            units.append((start, end))
        i = j
    return units


def candidate_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of every unit of a passage the answerer may quote: a sentence (with the one
    before when it points back), or a list with its introduction."""
    out: list[tuple[int, int, str]] = []
    previous: tuple[int, int] | None = None
    for start, end in sentence_units(text):
        unit = text[start:end]
        if previous and _POINTS_BACK.match(unit) and "\n" not in text[previous[0]:start].strip():
            start, unit = previous[0], text[previous[0]:end]
        previous = (start, end)
        if (len(unit) >= _MIN_SENTENCE_CHARS and not (unit.endswith(":") and "\n" not in unit)
                and not _ATTRIBUTION.match(unit)):
            out.append((start, end, unit))
    return out


def scoring_text(unit: str) -> str:
    """What gets embedded of a quotable unit (whitespace normalised)."""
    return " ".join(unit.split())


def scoring_texts(passage: str) -> list[str]:
    """Everything the answerer may embed of one passage: used to warm the embedding cache at ingest."""
    return [scoring_text(unit) for _, _, unit in candidate_spans(passage)]


class ExtractiveAnswerer:
    """Selects, orders and cites sentences; scores its own confidence."""

    def __init__(self, embed_model: BaseEmbedding, settings: Settings, keyword: KeywordIndex | None = None) -> None:
        self.embed_model = embed_model
        self.settings = settings
        self.keyword = keyword

    def idf(self, term: str) -> float:
        return self.keyword.idf(term) if self.keyword else 1.0

    # ---- candidates ----------------------------------------------------------------------------
    def candidates(self, passages: list[Hit], priors: list[float]) -> list[Candidate]:
        out = []
        for index, (hit, prior) in enumerate(zip(passages, priors)):
            for start, end, text in candidate_spans(hit.text):
                out.append(Candidate(index, start, end, text, prior,
                                     summary=hit.metadata.get("heading") == SUMMARY_HEADING
                                     and hit.doc_id == passages[0].doc_id))
        return out

    # ---- scoring ---------------------------------------------------------------------------------
    def _overlap(self, query_terms: set[str], text: str) -> float:
        total = sum(self.idf(t) for t in query_terms)
        if not total:
            return 0.0
        return sum(self.idf(t) for t in query_terms & set(self.terms(text))) / total

    def terms(self, text: str) -> list[str]:
        """Analysed terms, with the parts of compounds when the keyword index knows them."""
        return self.keyword.terms(text) if self.keyword else analyse(text)

    @staticmethod
    def lexical_query(query: str, language: str) -> str:
        """The words to match literally: for an English question, the Dutch field terms it maps to."""
        return (dutch_terms(query, topical_only=True) or query) if language == "en" else query

    def score(self, query: str, question: str, candidates: list[Candidate], language: str = "nl") -> None:
        if not candidates:
            return
        vectors = embed_texts(self.embed_model, [scoring_text(c.text) for c in candidates])
        similarities = vectors @ embed_query(self.embed_model, query)
        terms = set(self.terms(self.lexical_query(query, language)))
        # In a follow-up ("En bij leveringen?") the new words matter as much as the whole conversation.
        own_terms = terms
        if query.strip() != question.strip():
            own_terms = set(self.terms(self.lexical_query(question, language)))
        wants_number = bool(_ASKS_NUMBER.search(question))
        wants_name = bool(_ASKS_NAME.search(question))
        # "Wat is X?" is best answered by the summary the best-matching document gives of itself.
        wants_definition = bool(_ASKS_DEFINITION.search(question))
        for candidate, similarity in zip(candidates, similarities):
            candidate.similarity = float(similarity)
            candidate.overlap = self._overlap(terms, candidate.text)
            if own_terms is not terms:
                candidate.overlap = (candidate.overlap + self._overlap(own_terms, candidate.text)) / 2
            candidate.score = 0.40 * candidate.similarity + 0.30 * candidate.overlap + 0.30 * candidate.prior
            if wants_number and _NUMBER.search(candidate.text):
                candidate.score += 0.06
            if wants_name and _NAME.search(candidate.text):
                candidate.score += 0.04
            if wants_definition and candidate.summary:
                candidate.score += 0.15

    def select(self, candidates: list[Candidate]) -> list[Candidate]:
        ranked = sorted(candidates, key=lambda c: c.score, reverse=True)
        chosen: list[Candidate] = []
        if not ranked:
            return chosen
        floor = ranked[0].score - self.settings.answer_margin
        for candidate in ranked:
            if len(chosen) >= self.settings.answer_max_sentences or candidate.score < floor:
                break
            if any(_too_similar(candidate.text, c.text) for c in chosen):
                continue
            if any(c.passage == candidate.passage and c.start < candidate.end and candidate.start < c.end
                   for c in chosen):
                continue
            chosen.append(candidate)
        return chosen

    def confidence(self, query: str, hits: list[Hit], chosen: list[Candidate], language: str = "nl",
                   question: str = "") -> float:
        """The mean of five signals that the knowledge base speaks to the question: the best sentence's
        meaning and word match, the best passage's dense similarity and BM25 score, and how much of the
        question's vocabulary the corpus knows at all. Equal weights: fitted weights would only learn
        the development questions."""
        if not chosen:
            return 0.0
        best = max(chosen, key=lambda c: c.score)
        dense = max((h.dense for h in hits if h.dense is not None), default=best.similarity)
        # An English question is measured by the Dutch field terms it maps to, not by its English words.
        lexical_query = self.lexical_query(query, language)
        lexical = self.keyword.scores_for(lexical_query, [h.id for h in hits]) if self.keyword else [0.0]
        bm25 = min(1.0, max(lexical, default=0.0) / 10.0)
        if language == "en":
            coverage = english_coverage(question or query)
        else:
            coverage = self.keyword.coverage(query) if self.keyword else 1.0
        signals = (best.similarity, best.overlap, dense, bm25, coverage)
        return float(np.clip(sum(signals) / len(signals), 0.0, 1.0))

    # ---- the answer --------------------------------------------------------------------------------
    def answer(self, question: str, query: str, hits: list[Hit], language: str = "nl",
               context: list[Hit] | None = None) -> Answer:
        """An answer to *question* from *hits* retrieved for *query* (the question in its context).
        *context* adds the other passages of the best documents, ranked just below the hits."""
        passages, priors = self.passages(hits, context or [])
        candidates = self.candidates(passages, priors)
        self.score(query, question, candidates, language)
        chosen = self.select(candidates)
        confidence = self.confidence(query, hits, chosen, language, question)
        if not chosen or confidence < self.settings.refusal_threshold:
            return refusal(question, hits, confidence, language)

        # One source per document, in the order of their best sentence; within a document the sentences
        # follow the reading order, and the cited passage holds every chunk they come from.
        order: list[str] = []
        for candidate in sorted(chosen, key=lambda c: c.score, reverse=True):
            if passages[candidate.passage].doc_id not in order:
                order.append(passages[candidate.passage].doc_id)
        citations: list[Citation] = []
        paragraphs: list[str] = []
        for n, doc_id in enumerate(order, start=1):
            sentences = sorted((c for c in chosen if passages[c.passage].doc_id == doc_id),
                               key=lambda c: (int(passages[c.passage].metadata.get("chunk_index", 0)), c.start))
            used = list(dict.fromkeys(c.passage for c in sentences))
            citation = Citation.from_hit(n, passages[used[0]])
            if len(used) > 1:
                citation.passage = PASSAGE_SEPARATOR.join(passages[i].text for i in used)
                citation.heading = " · ".join(dict.fromkeys(str(passages[i].metadata.get("heading", "")) for i in used))
            citation.sentences = [c.text for c in sentences]
            citations.append(citation)
            paragraphs.append(" ".join(f"{c.text} [{n}]" for c in sentences))
        text = "\n\n".join(paragraphs)
        if language == "en":
            text = "From the Dutch sources (quoted in Dutch):\n\n" + text
        return Answer(question=question, text=text, citations=citations, confidence=confidence, language=language)

    def passages(self, hits: list[Hit], context: list[Hit]) -> tuple[list[Hit], list[float]]:
        """The retrieved passages with a prior by rank, then the unretrieved passages of the same
        documents with a prior just below their document's best passage."""
        passages: list[Hit] = []
        priors: list[float] = []
        best_of_doc: dict[str, float] = {}
        for rank, hit in enumerate(hits[: self.settings.answer_chunks]):
            prior = 1.0 / (1.0 + 0.35 * rank)
            passages.append(hit)
            priors.append(prior)
            best_of_doc.setdefault(hit.doc_id, prior)
        seen = {h.id for h in passages}
        for hit in context:
            if hit.id not in seen and hit.doc_id in best_of_doc:
                passages.append(hit)
                priors.append(0.7 * best_of_doc[hit.doc_id])
                seen.add(hit.id)
        return passages, priors


def refusal(question: str, hits: list[Hit], confidence: float, language: str = "nl") -> Answer:
    """A declined answer that names the closest pages instead of guessing."""
    closest: list[Citation] = []
    seen: set[str] = set()
    for hit in hits:
        if hit.doc_id not in seen:
            seen.add(hit.doc_id)
            closest.append(Citation.from_hit(len(closest) + 1, hit))
        if len(closest) == 3:
            break
    if language == "en":
        text = ("The knowledge base holds no passage that answers this question well enough, so I will not "
                "guess. The closest pages are listed below.")
    else:
        text = ("Hierover vind ik in de kennisbank geen passage die de vraag goed genoeg beantwoordt, dus ik "
                "geef geen antwoord. Deze pagina's komen het dichtst in de buurt:")
    return Answer(question=question, text=text, refused=True, confidence=confidence, closest=closest,
                  language=language)
