"""Keyword search: Dutch analysis (stemming, stop words, numbers kept whole) and a BM25 index
built from the documents stored in the Chroma collection itself.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_DUTCH, STOPWORDS_EN

# Numbers stay whole: article numbers (2.82), amounts (250.000), ranges and percentages.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[a-z]+")
_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_STOPWORDS = frozenset(STOPWORDS_DUTCH) | frozenset(STOPWORDS_EN) | {
    "wel", "welke", "welk", "wanneer", "waarom", "waar", "mag", "mogen", "kun", "moeten", "gaat", "zit",
    "sinds", "ik", "we", "wij", "jullie", "onze", "does", "what", "which", "when", "how", "the",
}
_SYNONYMS = {"procent": "%", "percent": "%", "artikel": "art", "euro": ""}


def fold(text: str) -> str:
    """Lower case without accents."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("dutch")


_stem_lock = threading.Lock()


def analyse(text: str) -> list[str]:
    """Index terms of a text: folded, stop words dropped, words stemmed, numbers normalised."""
    terms: list[str] = []
    words: list[str] = []
    for token in _TOKEN.findall(fold(text).replace("%", " procent ")):
        if token[0].isdigit():
            terms.append(token.replace(".", "") if _THOUSANDS.match(token) else token.replace(",", "."))
            continue
        token = _SYNONYMS.get(token, token)
        if token == "%":
            terms.append("%")
        elif token and token not in _STOPWORDS and len(token) > 1:
            words.append(token)
    with _stem_lock:
        terms.extend(_stemmer().stemWords(words))
    return terms


@dataclass
class KeywordHit:
    id: str
    score: float


class KeywordIndex:
    """BM25 over (id, text) pairs; rebuilt whole when the collection changes (small corpus)."""

    def __init__(self, ids: list[str], texts: list[str]) -> None:
        self.ids = ids
        self._bm25 = bm25s.BM25()
        corpus_terms = [analyse(t) or ["\u2205"] for t in texts]
        vocab: dict[str, int] = {}
        token_ids = [[vocab.setdefault(term, len(vocab)) for term in terms] for terms in corpus_terms]
        self._vocab = vocab
        if ids:
            self._bm25.index(bm25s.tokenization.Tokenized(ids=token_ids, vocab=vocab), show_progress=False)

    def search(self, query: str, k: int, allowed: set[str] | None = None) -> list[KeywordHit]:
        """The best *k* ids for *query*, optionally only among *allowed* ids."""
        terms = [self._vocab[t] for t in analyse(query) if t in self._vocab]
        if not terms or not self.ids:
            return []
        scores = self._bm25.get_scores(terms)
        if allowed is not None:
            mask = np.fromiter((i in allowed for i in self.ids), dtype=bool, count=len(self.ids))
            scores = np.where(mask, scores, 0.0)
        order = np.argsort(-scores)[:k]
        return [KeywordHit(self.ids[i], float(scores[i])) for i in order if scores[i] > 0]
