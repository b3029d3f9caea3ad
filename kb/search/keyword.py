"""Keyword search: Dutch analysis (stemming, stop words, numbers kept whole) and a BM25 index
built from the documents stored in the Chroma collection itself.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_DUTCH, STOPWORDS_EN

from kb.language.words import fold

# Numbers stay whole: article numbers (2.82), amounts (250.000), ranges and percentages.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[a-z]+")
# (also as English writes them: "EUR 40,000" is the pages' "€ 40.000"; a number that starts with 0, "0,125" or
# "0.125", stays a decimal; "1,250" is read as thousands, which the pages never write as a decimal)
_THOUSANDS = re.compile(r"^[1-9]\d{0,2}(?:\.\d{3})+$|^[1-9]\d{0,2}(?:,\d{3})+$")
STOPWORDS = frozenset(STOPWORDS_DUTCH) | frozenset(STOPWORDS_EN) | {
    "wel", "welke", "welk", "wanneer", "waarom", "waar", "mag", "mogen", "kun", "moeten", "gaat", "zit",
    "sinds", "ik", "we", "wij", "jullie", "onze", "does", "what", "which", "when", "how", "the",
    # light verbs of questions ("wie valt onder…", "hoe werkt…", "wat houdt … in"): rare in the corpus,
    # so they would weigh heavily, but they say nothing about the topic
    "valt", "vallen", "staat", "staan", "gaan", "komt", "komen", "kom", "hoort", "horen", "zegt",
    "zeggen", "houdt", "houden", "betekent", "krijg", "krijgt", "doe", "doet", "maakt", "zitten", "laat",
    "werkt", "vind", "vindt", "kunnen", "graag", "eigenlijk", "precies", "ongeveer",
}
_SYNONYMS = {"procent": "%", "percent": "%", "artikel": "art", "euro": ""}


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("dutch")


_stem_lock = threading.Lock()
# Words the Dutch (Kraaij-Pohlmann) stemmer joins to another field word by dropping "ge": "begeleiding" (a candidate's
# coaching) is stemmed to "beleid" (policy), "gevolgen" (consequences) to "volg" (follow). Kept apart by their own stem.
# (also ending a compound: "jobcoachbegeleiding" → "jobcoachbegeleid"; "begeleidingskosten" is left to the stemmer
# and the compound's parts)
# So are a lesson and its plural ending a compound: "gastles" is stemmed to "gastl", "gastlessen" to "gastles".
_OWN_STEM = re.compile(r"^(\w*begeleid)(ing|ingen|t|en|e|er|ers|ster|sters|de|den)?$|"
                       r"^(\w*gevolg)(en)?$|^(\w*(gast|taal|bij|rij|zwem|muziek|snuffel|praktijk|theorie)les)(sen)?$")
_VERB_T = re.compile(r"(?<=[^t])t$")
_OEN = re.compile(r"oen$")
_DOUBLE = re.compile(r"([aeou])\1([^aeiou])$")


def _same_stem(stem: str) -> str:
    """One term for the forms the Dutch stemmer keeps apart: "sociaal"/"sociale" ("social"), a verb and its
    third person ("invullen"/"invult", "voldoen"/"voldoet", "controleren"/"controleert", "nakomen"/"nakomt"),
    a vowel doubled or not before the last consonant ("leveer"/"lever"). Applied alike to the index and the
    question, so it only joins forms (tuning sets: dev MRR 0.93 → 0.97, tuning 4/6/7 MRR +0.01–0.02,
    false refusals on tuning 4/5 0.02 → 0.00)."""
    if len(stem) >= 4:
        stem = _VERB_T.sub("", _OEN.sub("oe", stem))
    return _DOUBLE.sub(r"\1\2", stem) if len(stem) >= 5 else stem


# Nouns whose singular and plural the stemmer keeps apart: a final "s" taken for a plural ending ("mens" → "men", "kans"
# → "kan", "grens" → "gren") while the plural keeps it ("mensen" → "mens"), or a "d" dropped from the plural only
# ("antwoorden" → "antwoor"); also ending a compound ("zorgprocessen"). "gegevens" (data) is not "geven" (to give);
# "examens" is no "mens". Measured and left apart: "plaats" (mostly "in plaats van", while "plaatsen" are placements:
# facts -2 on the 91 tuning questions with it); "toets", "categorie" and "strategie" (with them in, the tuning
# questions with "toe…" lost 6 facts and those with "categorie" 1); "voorbeeld"/"voorbeelden" ("praktijkvoorbeelden"
# then meets the "voorbeeldteksten" of the Rijk's model clauses, which opened "Heb je praktijkvoorbeelden … bij de
# Rijksoverheid?" instead of the pages as bullets).
_ONE_NOUN = re.compile(r"^(\w*(?<!a)(mens|kans|wens|fonds|grens|antwoord|proces|"
                       r"gegevens))(en|sen|n)?$|^(\w*gren)zen$")


def _own_stem(word: str) -> str | None:
    own = _OWN_STEM.match(word)
    if own:
        return own.group(1) or own.group(3) or own.group(5)
    noun = _ONE_NOUN.match(word)
    return (noun.group(1) or noun.group(4) + "s") if noun else None


def analyse(text: str) -> list[str]:
    """Index terms of a text: folded, stop words dropped, words stemmed, numbers normalised."""
    terms: list[str] = []
    words: list[str] = []
    for token in _TOKEN.findall(fold(text).replace("%", " procent ")):
        if token[0].isdigit():
            whole = _THOUSANDS.match(token)
            terms.append(token.replace(".", "").replace(",", "") if whole else token.replace(",", "."))
            continue
        token = _SYNONYMS.get(token, token)
        if token == "%":
            terms.append("%")
        elif token and token not in STOPWORDS and len(token) > 1:
            words.append(token)
            if len(token) >= 7 and token.endswith("se") and token[-3] not in "aeiou":
                # "Eindhovense" also means Eindhoven, "Harlingse" Harlingen
                words.extend((token[:-2], token[:-2] + "en"))
    with _stem_lock:
        stems = _stemmer().stemWords(words)
    terms.extend(_same_stem(_own_stem(word) or stem) for word, stem in zip(words, stems))
    return terms


_WORD = re.compile(r"[a-z]+")
_LINKS = ("s", "en", "e", "")
# Heads shorter than min_part that end compounds the pages write apart: a law ("quotumwet" is the pages' "Wet
# banenafspraak en quotum"). Only as the last part, after a known word, of a word the pages do not use.
_SHORT_HEADS = ("wet",)


class Decompounder:
    """Splits Dutch compounds (aanbestedingsprocedure → aanbesteding + procedure) into words the
    corpus itself uses, so a question with a compound finds passages with its parts and back."""

    def __init__(self, frequencies: Counter[str], min_part: int = 4, min_count: int = 2) -> None:
        self.frequencies = frequencies
        self.min_part = min_part
        self.min_count = min_count
        self._cache: dict[str, list[str]] = {}

    def _known(self, word: str) -> int:
        count = self.frequencies.get(word, 0)
        return count if count >= self.min_count and len(word) >= self.min_part and word not in STOPWORDS else 0

    def parts(self, word: str) -> list[str]:
        """The parts of *word*, or [] when it is not a compound of known words."""
        if word in self._cache:
            return self._cache[word]
        best: tuple[int, list[str]] | None = None
        if len(word) >= 2 * self.min_part:
            for i in range(self.min_part, len(word) - self.min_part + 1):
                head, tail = word[:i], word[i:]
                for link in _LINKS:
                    if link and not head.endswith(link):
                        continue
                    stem = head[: len(head) - len(link)]
                    head_count = self._known(stem)
                    if not head_count:
                        continue
                    tail_parts = [tail] if self._known(tail) else self.parts(tail)
                    if not tail_parts:
                        continue
                    score = min([head_count] + [self.frequencies.get(p, 0) for p in tail_parts])
                    if best is None or score > best[0]:
                        best = (score, [stem, *tail_parts])
        for head in _SHORT_HEADS:
            if (best is None and word.endswith(head) and len(word) >= self.min_part + len(head)
                    and not self.frequencies.get(word)):  # (a word the pages use is searched as it is)
                front = word[: -len(head)]
                stems = [front[: len(front) - len(link)] for link in _LINKS if front.endswith(link)]
                known = [stem for stem in stems if self._known(stem)]
                if known:
                    best = (self._known(known[0]), [known[0], head])
        self._cache[word] = best[1] if best else []
        return self._cache[word]

    def extra_terms(self, text: str) -> list[str]:
        """Analysed terms of the parts of every compound in *text*."""
        parts = [p for w in _WORD.findall(fold(text)) if len(w) >= 2 * self.min_part for p in self.parts(w)]
        return analyse(" ".join(parts)) if parts else []


@dataclass
class KeywordHit:
    id: str
    score: float


class KeywordIndex:
    """BM25 over (id, text) pairs; rebuilt whole when the collection changes (small corpus)."""

    def __init__(self, ids: list[str], texts: list[str], decompounder: Decompounder | None = None) -> None:
        self.ids = ids
        self._bm25 = bm25s.BM25()
        self.decompounder = decompounder or Decompounder(Counter(w for t in texts for w in _WORD.findall(fold(t))))
        corpus_terms = [self.terms(t) or ["\u2205"] for t in texts]
        vocab: dict[str, int] = {}
        token_ids = [[vocab.setdefault(term, len(vocab)) for term in terms] for terms in corpus_terms]
        self._vocab = vocab
        frequencies = Counter(term for terms in corpus_terms for term in set(terms))
        self._idf = {t: math.log(1 + (len(ids) - df + 0.5) / (df + 0.5)) for t, df in frequencies.items()}
        self._default_idf = math.log(1 + (len(ids) + 0.5) / 0.5)
        if ids:
            self._bm25.index(bm25s.tokenization.Tokenized(ids=token_ids, vocab=vocab), show_progress=False)

    def terms(self, text: str) -> list[str]:
        """Index terms of *text*: `analyse` plus the parts of its compounds."""
        return analyse(text) + self.decompounder.extra_terms(text)

    def idf(self, term: str) -> float:
        """Inverse document frequency of an analysed term (high for terms the index has not seen)."""
        return self._idf.get(term, self._default_idf)

    def coverage(self, query: str) -> float:
        """IDF-weighted share of the query's content words that the corpus uses (a compound counts
        when its parts do): low for a question about something the knowledge base never mentions."""
        known = total = 0.0
        for word in _WORD.findall(fold(query)):
            if len(word) < 3 or word in STOPWORDS:
                continue
            stems = analyse(word)
            if not stems:
                continue
            weight = self.idf(stems[0])
            parts = self.decompounder.parts(word)
            if stems[0] in self._vocab or (parts and all(t in self._vocab for t in analyse(" ".join(parts)))):
                known += weight
            total += weight
        return known / total if total else 0.0

    def scores_for(self, query: str, ids: list[str]) -> list[float]:
        """BM25 scores of *query* for the given ids (0 for ids the index does not hold)."""
        terms = [self._vocab[t] for t in self.terms(query) if t in self._vocab]
        if not terms or not self.ids:
            return [0.0] * len(ids)
        scores = self._bm25.get_scores(terms)
        position = self._positions()
        return [float(scores[position[i]]) if i in position else 0.0 for i in ids]

    def _positions(self) -> dict[str, int]:
        if not hasattr(self, "_position"):
            self._position = {chunk_id: n for n, chunk_id in enumerate(self.ids)}
        return self._position

    def search(self, query: str, k: int, allowed: set[str] | None = None) -> list[KeywordHit]:
        """The best *k* ids for *query*, optionally only among *allowed* ids."""
        terms = [self._vocab[t] for t in self.terms(query) if t in self._vocab]
        if not terms or not self.ids:
            return []
        scores = self._bm25.get_scores(terms)
        if allowed is not None:
            mask = np.fromiter((i in allowed for i in self.ids), dtype=bool, count=len(self.ids))
            scores = np.where(mask, scores, 0.0)
        if k < len(scores):  # the top k without sorting every passage (100,000 at scale)
            top = np.argpartition(-scores, k - 1)[:k]
            order = top[np.argsort(-scores[top], kind="stable")]
        else:
            order = np.argsort(-scores, kind="stable")[:k]
        return [KeywordHit(self.ids[i], float(scores[i])) for i in order if scores[i] > 0]
