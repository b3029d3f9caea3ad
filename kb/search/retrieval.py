"""Hybrid retrieval: dense search in Chroma and BM25 over the same collection, fused by reciprocal
rank, filtered on metadata, with near-duplicates and over-represented documents removed from the top-k.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import numpy as np
from chromadb.api.models.Collection import Collection
from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from kb.config import Settings
from kb.answer.units import glossary_entries
from kb.language.questions import Kind, asks_about_failure, asks_why, classify, tells_of_trouble
from kb.language.spelling import Speller
from kb.language.words import fold, names
from kb.schema import SUMMARY_HEADING, Filters, Hit
from kb.search.embeddings import embed_query
from kb.search.keyword import STOPWORDS, KeywordIndex, analyse
from kb.search.store import get_all, store_errors
from kb.search.views import IndexViews


class CollectionSnapshot:
    """Every record of one index generation in memory, with the keyword indexes built from it: BM25 over
    passages and over document cards (title, summary and headings), and the vocabulary the spelling
    corrector uses; and the collection itself for dense search: one consistent view (see
    kb.search.views)."""

    def __init__(self, collection: Collection) -> None:
        self.collection = collection
        self.generation = collection.name
        self.complete = True  # set by kb.search.views: False while a first ingest has not finished
        self.metadata: dict[str, Any] = dict(collection.metadata or {})  # model, version, updated_at
        data = get_all(collection, include=["documents", "metadatas"])
        self.records: dict[str, tuple[str, dict[str, Any]]] = {
            i: (doc or "", meta or {}) for i, doc, meta in zip(data["ids"], data["documents"], data["metadatas"])
        }
        ids = list(self.records)
        self.keyword = KeywordIndex(ids, [self.keyword_text(i) for i in ids])
        self.by_doc: dict[str, list[str]] = {}
        for chunk_id in sorted(ids, key=lambda i: int(self.records[i][1].get("chunk_index", 0))):
            self.by_doc.setdefault(str(self.records[chunk_id][1].get("doc_id")), []).append(chunk_id)
        doc_ids = list(self.by_doc)
        self.cards = KeywordIndex(doc_ids, [self.card_text(d) for d in doc_ids], self.keyword.decompounder)
        # the spelling check knows every word the index uses, the other wordings of a vraag's question too
        # ("wijdverbreid" is in a wording only, and is no typo of "wijdverbreide")
        vocabulary = Counter(self.keyword.decompounder.frequencies)
        for doc_id in doc_ids:
            for phrasing in self.doc_meta(doc_id).get("phrasings") or []:
                vocabulary.update(re.findall(r"[a-z]+", fold(str(phrasing))))
        self.speller = Speller(vocabulary)
        # Glossary entries ("Doelgroepregister – …") by the index terms of their term, for "wat is X?".
        self.glossary: list[tuple[frozenset[str], str]] = []
        for chunk_id, (text, _) in self.records.items():
            for term in glossary_entries(text):
                terms = frozenset(analyse(term))
                if terms:
                    self.glossary.append((terms, chunk_id))
        # Facets as index terms: "waterschappen" meets organisation_type waterschap, "groenonderhoud" sector groen.
        self.facet_terms: dict[str, set[str]] = {}
        for doc_id in doc_ids:
            meta = self.records[self.by_doc[doc_id][0]][1]
            values = [meta.get("organisation_type"), *(meta.get("sectors") or []), *(meta.get("instruments") or [])]
            self.facet_terms[doc_id] = set(analyse(" ".join(str(v).replace("-", " ") for v in values if v)))
        # A practice example's own words (title, organisation, contract): a question that names one asks for
        # that case (see HybridRetriever.search, *guidance*).
        self.case_terms: dict[str, set[str]] = {}
        for doc_id in doc_ids:
            meta = self.records[self.by_doc[doc_id][0]][1]
            if meta.get("type") == "praktijkvoorbeeld":
                about = " ".join(str(meta.get(key, "")) for key in ("title", "organisation", "contract"))
                self.case_terms[doc_id] = set(re.findall(r"\w+", fold(about)))
        # The names of organisations and places a page's title holds ("Hoe doet Rotterdam social return?"), folded: a
        # question that names the same asks about that page's subject (see search).
        # Only organisations' and places' names count (front matter `organisation`: "Gemeente Utrecht", "Rekenkamer
        # Rotterdam"), not a law's or a label's ("Wat is de Participatiewet?" asks no page about an organisation).
        organisations = {fold(w) for doc_id in doc_ids
                         for w in re.findall(r"[\w'-]+", str(self.doc_meta(doc_id).get("organisation") or ""))}
        # (and a name is never written in lower case: "schoonmaak" in "Schoonmaak en social return" is no name)
        # (a web address is no way of writing a name: "pianoo.nl", "www.veenendaal.nl")
        lower = {w for text, _ in self.records.values()
                 for w in re.findall(r"(?<![\w./@-])[a-z][\w'-]*(?![\w'-]*(?:\.[a-z]|/|@))", text)}
        organisations -= {fold(w) for w in lower}
        self.title_names: dict[str, set[str]] = {}
        for doc_id in doc_ids:
            # (the title's first word too: "Rijkswaterstaat – 200 arbeidsjaren …", "Harlingen – vormen van invulling")
            found = _proper_names(". " + str(self.doc_meta(doc_id).get("title", ""))) & organisations
            if found:
                self.title_names[doc_id] = found
        # The cards' vectors (one summary passage per document) in memory: a card ranking is one matrix
        # product, where a filtered query in Chroma scans the metadata of every passage (64 ms against
        # 1.4 ms unfiltered at 100,000 passages; tests/bench_scale.py).
        cards = get_all(collection, include=["embeddings"], where={"heading": SUMMARY_HEADING})
        self.card_ids: list[str] = [i for i in cards["ids"] if i in self.records]
        vectors = np.asarray([v for i, v in zip(cards["ids"], cards["embeddings"]) if i in self.records],
                             dtype=np.float32)
        if len(vectors):
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            vectors = vectors / np.where(norms == 0, 1.0, norms)
        self.card_vectors = vectors  # empty when no document has a summary passage (files, crawled pages)

    def dense_cards(self, vector: list[float], filters: Filters, k: int) -> list[tuple[str, float]]:
        """The documents' cards nearest to *vector* (cosine similarity, best first), within *filters*."""
        if not self.card_ids:
            return []
        query = np.asarray(vector, dtype=np.float32)
        similarities = self.card_vectors @ (query / (np.linalg.norm(query) or 1.0))
        if filters:
            allowed = np.fromiter((filters.matches(self.records[i][1]) for i in self.card_ids), dtype=bool,
                                  count=len(self.card_ids))
            similarities = np.where(allowed, similarities, -np.inf)
        top = np.argpartition(-similarities, min(k, len(similarities)) - 1)[:k]
        top = top[np.argsort(-similarities[top])]
        return [(self.card_ids[i], float(similarities[i])) for i in top if np.isfinite(similarities[i])]

    def doc_meta(self, doc_id: str) -> dict[str, Any]:
        return self.records[self.by_doc[doc_id][0]][1]

    def document_hits(self, doc_id: str) -> list[Hit]:
        """Every chunk of one document, in reading order."""
        return [Hit(i, *self.records[i]) for i in self.by_doc.get(doc_id, [])]

    def keyword_text(self, chunk_id: str) -> str:
        text, meta = self.records[chunk_id]
        return " \n".join(str(part) for part in (meta.get("title"), meta.get("heading"), text) if part)

    def card_text(self, doc_id: str) -> str:
        """What a document is about: its title (twice: it names the subject), summary and headings; a
        vraag also the other wordings of its question."""
        first = self.records[self.by_doc[doc_id][0]][1]
        headings = dict.fromkeys(str(self.records[i][1].get("heading", "")) for i in self.by_doc[doc_id])
        title = str(first.get("title", ""))
        phrasings = [str(p) for p in first.get("phrasings") or []]
        return " \n".join([title, title, *phrasings, str(first.get("summary", "")), *headings])

    def card_hit(self, doc_id: str) -> Hit:
        """The passage that stands for a whole document: its summary, or else its first passage."""
        ids = self.by_doc[doc_id]
        chosen = next((i for i in ids if self.records[i][1].get("heading") == SUMMARY_HEADING), ids[0])
        return Hit(chosen, *self.records[chosen])


def snapshot_doc(snapshot: CollectionSnapshot, chunk_id: str) -> str | None:
    record = snapshot.records.get(chunk_id)
    return str(record[1].get("doc_id")) if record else None


_TARGET_GROUP = re.compile(r"\b(met|with)\s+(een\s+|a\s+)?(grote\s+|grotere\s+|large\s+)?(afstand\s+tot\s+de\s+"
                           r"arbeidsmarkt|distance\s+(to|from)\s+the\s+labou?r\s+market)\b", re.IGNORECASE)


_ABOUT_THE_GROUP = re.compile(r"\b(doelgroep\w*|target groups?|(wie|wat) (valt|vallen|hoort|horen|telt|tellen)|"
                              r"who (counts|qualifies|belongs|falls))\b", re.IGNORECASE)


def _best_per_doc(snapshot: CollectionSnapshot, ranking: list[tuple[str, float]]) -> list[str | None]:
    """Documents in the order of their best passage in *ranking*."""
    seen: dict[str, None] = {}
    for chunk_id, _ in ranking:
        doc_id = snapshot_doc(snapshot, chunk_id)
        if doc_id is not None:
            seen.setdefault(doc_id, None)
    return list(seen)


# capitalised words that single out no page: the field's name ("Social Return"), the country, the central government
# and Europe (a kind of public body or law, like "gemeente": "Welk percentage hanteert het Rijk?" asks the Rijk's rule,
# which many pages titled "… het Rijk …" hold), the "Den" of "Den Haag"
_NOT_A_SUBJECT = frozenset("social return sroi den nederland nederlandse netherlands dutch rijk europese europa "
                           "europe european".split())


# where the organisations asked about are ("gemeenten in Overijssel en Gelderland"): a place the question is set in,
# not an organisation it asks about ("Hoe werkt social return in Harlingen?" asks about Harlingen)
_SET_IN = re.compile(r"\b(gemeenten|provincies|waterschappen|organisaties|overheden|bedrijven|werkgevers|"
                     r"municipalities|provinces|organi[sz]ations|companies|employers)\s+"
                     r"(in|uit|from|across|throughout)\s+"
                     r"((de|het|the)\s+)?[A-Z][\w'-]*(\s*(,|en|and|of|or)\s+[A-Z][\w'-]*)*")


def _proper_names(text: str) -> set[str]:
    """The names *text* holds ("Hoe doet Rotterdam social return?" → {"rotterdam"}), folded."""
    return {f for f in (fold(w) for w in names(text)) if f not in _NOT_A_SUBJECT and f not in STOPWORDS}


def _asked_names(question: str) -> set[str]:
    """The organisations and places *question* asks about: its names, but not the places it is set in."""
    return _proper_names(_SET_IN.sub(" ", question))


def _shingles(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


class HybridRetriever(BaseRetriever):
    """Dense + keyword retrieval over one Chroma collection (llama-index retriever interface)."""

    def __init__(self, views: IndexViews, embed_model: BaseEmbedding, settings: Settings,
                 mode: str | None = None) -> None:
        super().__init__()
        self.views = views
        self.embed_model = embed_model
        self.settings = settings
        self.mode = mode or settings.retrieval_mode

    # ---- derived state -------------------------------------------------------------------
    def snapshot(self) -> CollectionSnapshot:
        """The view of the generation in service (rebuilt only when the pointer moved)."""
        return self.views.current()

    # ---- the rankings ------------------------------------------------------------------------
    def dense(self, query: str, filters: Filters, k: int, where: dict[str, Any] | None = None,
              vector: list[float] | None = None, snapshot: CollectionSnapshot | None = None
              ) -> list[tuple[str, float]]:
        vector = vector or embed_query(self.embed_model, query).tolist()
        clauses = [c for c in (filters.to_where(), where) if c]
        combined = None if not clauses else clauses[0] if len(clauses) == 1 else {"$and": clauses}
        collection = (snapshot or self.snapshot()).collection  # ops: the question's generation
        with store_errors(self.settings):  # ops: a dropped generation is asked again (kb.search.views)
            result = collection.query(query_embeddings=[vector], n_results=k, where=combined, include=["distances"])
        ids, distances = result["ids"][0], result["distances"][0]
        return [(i, 1.0 - float(d)) for i, d in zip(ids, distances)]

    def keyword(self, query: str, filters: Filters, k: int, snapshot: CollectionSnapshot) -> list[tuple[str, float]]:
        allowed = {i for i, (_, m) in snapshot.records.items() if filters.matches(m)} if filters else None
        return [(h.id, h.score) for h in snapshot.keyword.search(query, k, allowed)]

    def keyword_cards(self, query: str, filters: Filters, k: int,
                      snapshot: CollectionSnapshot) -> list[tuple[str, float]]:
        allowed = ({d for d, ids in snapshot.by_doc.items() if filters.matches(snapshot.records[ids[0]][1])}
                   if filters else None)
        return [(h.id, h.score) for h in snapshot.cards.search(query, k, allowed)]

    # ---- fusion ---------------------------------------------------------------------------
    def search(self, query: str, filters: Filters | None = None, k: int | None = None,
               mode: str | None = None, snapshot: CollectionSnapshot | None = None,
               many: bool = False, focus: str | None = None, examples: bool = False,
               tail: str | None = None, definition: bool = False, side: str | None = None,
               guidance: bool = False, why_field: bool = False, guide: bool = False) -> list[Hit]:
        """The best passages for *query*, best first: documents are ranked first (the page whose subject
        is the question beats a page that mentions its words), then passages inside them. With *many*
        (examples, lists) every document gives its one best passage, so the answer can span documents.
        *focus*, when given, is what dense search embeds instead of the whole query; *tail*, the last
        sentence of a question that first sets out a situation, is embedded as well; a *definition*
        question also looks for a glossary entry of its subject; *side*, who asks (the buyer or the supplier,
        kb.language.questions.side), puts the pages written for that side before those for the other; a
        *guidance* question (how, how much, whether, what, why) puts practice examples after the guidance; a
        why-question about social return itself (*why_field*: "waarom vragen gemeenten social return?") puts the
        vragen that ask why first; a question whether a *guide* exists puts the handreikingen first."""
        filters = filters or Filters()
        k = k or self.settings.top_k
        mode = mode or self.mode
        snapshot = snapshot or self.snapshot()
        n = self.settings.candidates
        dense_on, keyword_on = mode in ("hybrid", "dense"), mode in ("hybrid", "keyword")
        # Dense search embeds the focus of the query when it has one (the query without the field's name,
        # which every page shares): "social return bij schoolbouw" is embedded as "bij schoolbouw".
        dense_runs: list[tuple[list[tuple[str, float]], list[tuple[str, float]]]] = []
        if dense_on:
            texts = [focus or query, *([tail] if tail else [])]
            if not definition and not _ABOUT_THE_GROUP.search(query):
                # "kandidaten met een afstand tot de arbeidsmarkt": every page is about those people, and the phrase
                # drew the page that defines it ahead of the one about finding them (unless the group is asked about:
                # "wat valt onder de doelgroep mensen met een afstand tot de arbeidsmarkt?")
                texts = [" ".join(_TARGET_GROUP.sub(" ", t).split()) or t for t in texts]
            for text in texts:
                vector = embed_query(self.embed_model, text).tolist()
                dense_runs.append((self.dense(text, filters, n, vector=vector, snapshot=snapshot),
                                   snapshot.dense_cards(vector, filters, n)))
        dense_weight = self.settings.dense_weight
        keyword = self.keyword(query, filters, n, snapshot) if keyword_on else []
        keyword_cards = self.keyword_cards(query, filters, n, snapshot) if keyword_on else []
        # A keyword ranking built only on words that are everywhere ("Wat is social return?") cannot tell
        # passages apart (its best BM25 score stays near 1 or below); it only votes once its best passage
        # really matched, with full weight from a score of 3.
        keyword_weight = self._keyword_vote(keyword)

        chunk_score: dict[str, float] = {}
        chunk_rankings = [(dense_weight, dense) for dense, _ in dense_runs] + [(keyword_weight, keyword)]
        for weight, ranking in chunk_rankings:
            for rank, (chunk_id, _) in enumerate(ranking):
                chunk_score[chunk_id] = chunk_score.get(chunk_id, 0.0) + weight / (self.settings.rrf_k + rank + 1)

        doc_score: dict[str, float] = {}
        card_weight = self.settings.card_weight
        # the cards' BM25 is judged on its own best score: a word only a card holds (a vraag's wording
        # "wijdverbreid") makes a strong card match while no passage matches well
        card_keyword_weight = self._keyword_vote(keyword_cards)
        doc_rankings = [(card_weight * card_keyword_weight, [d for d, _ in keyword_cards]),
                        (keyword_weight, _best_per_doc(snapshot, keyword))]
        for dense, cards in dense_runs:
            doc_rankings += [(card_weight * dense_weight, [snapshot_doc(snapshot, i) for i, _ in cards]),
                             (dense_weight, _best_per_doc(snapshot, dense))]
        for weight, ranking in doc_rankings:
            for rank, doc_id in enumerate(ranking):
                if doc_id is not None:
                    doc_score[doc_id] = doc_score.get(doc_id, 0.0) + weight / (self.settings.doc_rrf_k + rank + 1)

        if definition and snapshot.glossary:
            # "Wat is een sw-bedrijf?": the glossary entry of that term is a passage to consider first.
            wanted = set(analyse(query))
            entries = [chunk_id for terms, chunk_id in snapshot.glossary if terms <= wanted]
            allowed = [c for c in entries if not filters or filters.matches(snapshot.records[c][1])]
            leader = max(doc_score, key=doc_score.__getitem__, default=None)
            # the page ranked first asks what the term is ("Wat is de banenafspraak?")
            title = str(snapshot.doc_meta(leader).get("title", "")) if leader is not None else ""
            defines = classify(title).kind == Kind.DEFINITION
            for rank, chunk_id in enumerate(allowed):
                doc_id = snapshot_doc(snapshot, chunk_id)
                bonus = self.settings.glossary_weight / (self.settings.doc_rrf_k + rank + 1)
                doc_score[doc_id] = doc_score.get(doc_id, 0.0) + bonus
                chunk_score[chunk_id] = chunk_score.get(chunk_id, 0.0) + bonus
                if defines and doc_id != leader and doc_score[doc_id] >= doc_score[leader]:
                    # such a page stays first, the glossary is read beside it (tuning sets: 8 questions had
                    # the glossary first, none wanted it there); beside any other page its entry is the better
                    # definition
                    doc_score[doc_id] = doc_score[leader] * 0.999
        if side:
            # "welke stappen moet ik zetten om social return in de aanbesteding op te nemen?" is the buyer's
            # procedure, not the supplier's steps after winning (front matter `audience`)
            for doc_id in doc_score:
                audience = snapshot.doc_meta(doc_id).get("audience") if doc_id in snapshot.by_doc else None
                if audience:
                    doc_score[doc_id] *= 1 + self.settings.side_weight * (1 if audience == side else -1)
        if why_field and self.settings.why_weight:
            # a why-question that names no subject besides social return asks its purpose: "waarom vragen gemeenten
            # eigenlijk social return?" is answered by "Waarom doen we als overheid aan social return?", not by
            # "Hoeveel gemeenten passen social return toe?", which shares a word
            for doc_id in doc_score:
                if doc_id in snapshot.by_doc and asks_why(snapshot.doc_meta(doc_id)):
                    doc_score[doc_id] *= 1 + self.settings.why_weight
        if guide and self.settings.guide_weight:
            # "Is er een handreiking voor het opnemen van social return in de aanbestedingsstukken?": a guide, not a
            # page that mentions one in passing (the Wmo handreiking in the page on zorginkoop)
            for doc_id in doc_score:
                if doc_id in snapshot.by_doc and snapshot.doc_meta(doc_id).get("type") == "handreiking":
                    doc_score[doc_id] *= 1 + self.settings.guide_weight
        named = _asked_names(query)
        if named and self.settings.name_weight:
            # "What does the municipality of Rotterdam require from suppliers?" asks about the page that names
            # Rotterdam in its title, not about the pages on requirements that share its other words: the pages
            # whose titles name it are one more ranking in the fusion, also when no other ranking found them
            ranking = sorted((d for d, found in snapshot.title_names.items()
                              if named & found and d in snapshot.by_doc
                              and (not filters or filters.matches(snapshot.doc_meta(d)))),
                             key=lambda d: doc_score.get(d, 0.0), reverse=True)
            for rank, doc_id in enumerate(ranking):
                doc_score[doc_id] = (doc_score.get(doc_id, 0.0)
                                     + self.settings.name_weight / (self.settings.doc_rrf_k + rank + 1))
        if self.settings.negation_weight and not tells_of_trouble(query):
            # "Hoe vind ik geschikte kandidaten?" asks how to find them; "Ik vind geen geschikte kandidaten, wat
            # nu?" shares every word but asks what to do when that fails
            for doc_id in doc_score:
                if doc_id in snapshot.by_doc and asks_about_failure(snapshot.doc_meta(doc_id)):
                    doc_score[doc_id] *= 1 - self.settings.negation_weight
        if guidance and self.settings.example_weight:
            # a question that asks no examples is answered by the guidance before one organisation's case, unless
            # it names that case ("het project Houbenstaete in Tilburg")
            named = {part for w in names(query) for part in re.findall(r"\w+", fold(w))}
            for doc_id in doc_score:
                about = snapshot.case_terms.get(doc_id)
                if about is not None and not named & about:
                    doc_score[doc_id] *= 1 - self.settings.example_weight
        if many:
            # Example and list questions: documents whose facets (sector, organisation type, instrument) the
            # question names come first, practice examples first among those that ask for examples.
            terms = set(snapshot.keyword.terms(query))
            ordered = sorted(doc_score, key=doc_score.__getitem__, reverse=True)
            facet_ranking = [d for d in ordered if d in snapshot.facet_terms and snapshot.facet_terms[d] & terms]
            if examples:
                facet_ranking = sorted(facet_ranking, key=lambda d: snapshot.doc_meta(d).get("type") != "praktijkvoorbeeld")
            for rank, doc_id in enumerate(facet_ranking):
                doc_score[doc_id] += self.settings.facet_weight / (self.settings.doc_rrf_k + rank + 1)

        dense_scores: dict[str, float] = {}
        for dense, cards in dense_runs:  # the best similarity a passage had in any dense ranking
            for chunk_id, similarity in (*dense, *cards):
                dense_scores[chunk_id] = max(similarity, dense_scores.get(chunk_id, -1.0))
        keyword_scores = dict(keyword)
        per_doc = 1 if many else self.settings.max_chunks_per_doc
        hits: list[Hit] = []
        vragen, only_vragen = 0, filters.types == ["vraag"] or filters.sections == ["vragen"]
        for doc_id in sorted(doc_score, key=doc_score.__getitem__, reverse=True):
            if doc_id not in snapshot.by_doc:
                continue  # written after the snapshot was taken; the next question sees it
            if snapshot.doc_meta(doc_id).get("type") == "vraag" and not only_vragen:
                # a vraag sums up pages: the pages keep a place beside them (tuning sets: hit@5 over pages
                # 0.88 → 0.90, new tuning set facts 0.62 → 0.64, fact in the opening 0.64 → 0.66)
                vragen += 1
                if vragen > self.settings.max_vragen:
                    continue
            chunks = sorted((i for i in snapshot.by_doc[doc_id] if i in chunk_score),
                            key=chunk_score.__getitem__, reverse=True)
            if not chunks:
                chunks = [snapshot.card_hit(doc_id).id]
            for chunk_id in chunks[:per_doc]:
                text, meta = snapshot.records[chunk_id]
                hits.append(Hit(chunk_id, text, meta, doc_score[doc_id], dense_scores.get(chunk_id),
                                keyword_scores.get(chunk_id)))
        return self.diversify(hits, k, per_doc)

    def _keyword_vote(self, ranking: list[tuple[str, float]]) -> float:
        """The weight of a BM25 ranking in the fusion: none while its best score stays near 1 or below,
        full from a score of 3."""
        best = ranking[0][1] if ranking else 0.0
        return self.settings.keyword_weight * min(1.0, max(0.0, (best - 1.0) / 2.0))

    def diversify(self, hits: list[Hit], k: int, per_doc_limit: int | None = None) -> list[Hit]:
        """Keep the best hits, at most `max_chunks_per_doc` per document and no near-duplicates."""
        per_doc_limit = per_doc_limit or self.settings.max_chunks_per_doc
        kept: list[Hit] = []
        shingles: list[set[str]] = []
        per_doc: dict[str, int] = {}
        for hit in hits:
            if per_doc.get(hit.doc_id, 0) >= per_doc_limit:
                continue
            words = _shingles(hit.text)
            if any(_jaccard(words, other) >= self.settings.near_duplicate for other in shingles):
                continue
            kept.append(hit)
            shingles.append(words)
            per_doc[hit.doc_id] = per_doc.get(hit.doc_id, 0) + 1
            if len(kept) == k:
                break
        return kept

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return [NodeWithScore(node=TextNode(id_=h.id, text=h.text, metadata=h.metadata), score=h.score)
                for h in self.search(query_bundle.query_str)]
