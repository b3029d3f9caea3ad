"""The offline answerer: picks the sentences from the retrieved chunks that best answer the question,
groups them per source and cites each one. It never writes a sentence of its own, so it cannot invent
a rule; when nothing answers the question well enough it declines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding

from kb.config import Settings
from kb.embeddings import embed_query, embed_texts
from kb.keyword import analyse
from kb.schema import Answer, Citation, Hit
from kb.sentences import split_sentences

_MIN_SENTENCE_CHARS = 20


@dataclass
class Candidate:
    hit_rank: int
    position: int
    text: str
    similarity: float = 0.0
    overlap: float = 0.0
    score: float = 0.0


def _overlap(query_terms: set[str], sentence: str) -> float:
    if not query_terms:
        return 0.0
    return len(query_terms & set(analyse(sentence))) / len(query_terms)


def _too_similar(a: str, b: str) -> bool:
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) > 0.7


class ExtractiveAnswerer:
    """Selects, orders and cites sentences; scores its own confidence."""

    def __init__(self, embed_model: BaseEmbedding, settings: Settings) -> None:
        self.embed_model = embed_model
        self.settings = settings

    def candidates(self, hits: list[Hit]) -> list[Candidate]:
        out = []
        for rank, hit in enumerate(hits[: self.settings.answer_chunks]):
            for position, sentence in enumerate(split_sentences(hit.text)):
                if len(sentence) >= _MIN_SENTENCE_CHARS:
                    out.append(Candidate(rank, position, sentence))
        return out

    def score(self, query: str, hits: list[Hit], candidates: list[Candidate]) -> None:
        if not candidates:
            return
        vectors = embed_texts(self.embed_model, [c.text for c in candidates])
        similarities = vectors @ embed_query(self.embed_model, query)
        terms = set(analyse(query))
        top = max(h.score for h in hits) or 1.0
        for candidate, similarity in zip(candidates, similarities):
            candidate.similarity = float(similarity)
            candidate.overlap = _overlap(terms, candidate.text)
            prior = hits[candidate.hit_rank].score / top
            candidate.score = 0.55 * candidate.similarity + 0.25 * candidate.overlap + 0.20 * prior
            if candidate.text.endswith(":"):
                candidate.score -= 0.1  # an introduction to a list says little on its own

    def select(self, candidates: list[Candidate]) -> list[Candidate]:
        ranked = sorted(candidates, key=lambda c: c.score, reverse=True)
        if not ranked:
            return []
        best = ranked[0].score
        chosen: list[Candidate] = []
        for candidate in ranked:
            if len(chosen) >= self.settings.answer_max_sentences:
                break
            if candidate.score < best - 0.12:
                break
            if any(_too_similar(candidate.text, c.text) for c in chosen):
                continue
            chosen.append(candidate)
        return chosen

    def confidence(self, hits: list[Hit], chosen: list[Candidate]) -> float:
        if not chosen:
            return 0.0
        best = max(chosen, key=lambda c: c.score)
        dense = max((h.dense for h in hits if h.dense is not None), default=best.similarity)
        return float(np.clip(0.45 * best.similarity + 0.35 * dense + 0.20 * best.overlap, 0.0, 1.0))

    def answer(self, question: str, query: str, hits: list[Hit], language: str = "nl") -> Answer:
        """An answer to *question*, from *hits* retrieved for *query* (the question in its context)."""
        candidates = self.candidates(hits)
        self.score(query, hits, candidates)
        chosen = self.select(candidates)
        confidence = self.confidence(hits, chosen)
        if not chosen or confidence < self.settings.refusal_threshold:
            return refusal(question, hits, confidence, language)

        # Sources in the order of their best sentence; sentences in reading order within a source.
        order: list[int] = []
        for candidate in sorted(chosen, key=lambda c: c.score, reverse=True):
            if candidate.hit_rank not in order:
                order.append(candidate.hit_rank)
        citations: list[Citation] = []
        paragraphs: list[str] = []
        for n, rank in enumerate(order, start=1):
            citation = Citation.from_hit(n, hits[rank])
            sentences = sorted((c for c in chosen if c.hit_rank == rank), key=lambda c: c.position)
            citation.sentences = [c.text for c in sentences]
            citations.append(citation)
            paragraphs.append(" ".join(f"{c.text} [{n}]" for c in sentences))
        text = "\n\n".join(paragraphs)
        if language == "en":
            text = "From the Dutch sources (quoted in Dutch):\n\n" + text
        return Answer(question=question, text=text, citations=citations, confidence=confidence, language=language)


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
