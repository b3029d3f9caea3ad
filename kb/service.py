"""The knowledge base: the one entry point for the CLI, the app and the API.

It builds the concrete parts from the settings (Chroma client, embedding model, retriever, answerer)
on first use and reuses them; everything else receives them from here.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kb import catalog
from kb.catalog import DocumentInfo
from kb.config import Settings, get_settings
from kb.answer.conversation import contextualise
from kb.answer.coverage import in_field, names_a_subject, point_words
from kb.search.embeddings import get_embed_model
from kb.errors import DataFolderProblem, KBError, MissingExtra
from kb.answer import guardrails
from kb.answer.extractive import ExtractiveAnswerer, declined, refusal
from kb.answer.parts import combined
from kb.language.detect import detect_language, reply_language
from kb.language.everyday import expand_everyday
from kb.language.sentences import split_sentences
from kb.plan.knowledge import Planning
from kb.search.retrieval import CollectionSnapshot, HybridRetriever
from kb.language.questions import (Kind, asks_for_guide, classify, defined_subject, described_field, field_overview,
                                   focus, last_question, plain_amounts, points_back, refers_back, second_alternative,
                                   short_name, side, situated_two_questions, two_questions, unnamed_field,
                                   with_measure, without_asker, without_manner)
from kb.schema import SHORT_ANSWER_HEADING, SUMMARY_HEADING, Answer, Filters, Hit, Query
from kb.search.store import data_folder_problem, make_client, store_errors
from kb.language.translation import expand_english
from kb.search.generations import GenerationWrite  # ops
from kb.search.views import IndexViews, retry_on_switch  # ops

INCOMPLETE_INDEX = ("Let op: de index is onvolledig (de eerste ingest is niet afgemaakt); dit antwoord kan "
                    "bronnen missen. Draai kb ingest om hem af te maken.")


def check_question(question: str, max_chars: int) -> str | None:
    """A Dutch message for a question that cannot be answered as asked, or None."""
    stripped = (question or "").strip()
    if not stripped:
        return "Stel een vraag, bijvoorbeeld: Hoe neem ik social return op als gunningscriterium?"
    if len(stripped) > max_chars:
        return (f"Uw vraag is te lang ({len(stripped):,} tekens; maximaal {max_chars:,}). "
                "Stel een kortere vraag over één onderwerp.").replace(",", ".")
    if not re.search(r"\w", stripped):
        return "Uw vraag bevat geen woorden. Stel een vraag in gewone tekst."
    return None


# Questions that ask how, how much, whether, what or why: the guidance answers them before one organisation's case
# (who, when and open questions often ask for a case: "welke provincie begon rond 2009 …?")
GUIDANCE_KINDS = (Kind.HOW, Kind.AMOUNT, Kind.YES_NO, Kind.DEFINITION, Kind.WHY, Kind.DIFFERENCE)


class KnowledgeBase(Planning):
    """Ask questions, search, list documents and report statistics over one index; plans come from Planning."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()
        self._retriever: HybridRetriever | None = None
        self._views: IndexViews | None = None
        self._llm: Any = None
        self._lock = threading.Lock()

    # ---- construction (lazy: nothing heavy at import or init) ---------------------------
    @property
    def client(self):
        return make_client(self.settings)

    @property
    def embed_model(self):
        return get_embed_model(self.settings)

    @property
    def views(self) -> IndexViews:
        """The view of the index generation in service, looked up again for every question."""
        with self._lock:
            if self._views is None:
                self._views = IndexViews(lambda: make_client(self.settings), self.settings, CollectionSnapshot)
            return self._views

    @property
    def retriever(self) -> HybridRetriever:
        views = self.views
        with self._lock:
            if self._retriever is None:
                self._retriever = HybridRetriever(views, self.embed_model, self.settings)
            return self._retriever

    def storage_problem(self) -> str | None:
        """A one-line Dutch message when the data folder cannot be written (read-only or full)."""
        return data_folder_problem(self.settings)

    def answerer(self, snapshot: CollectionSnapshot | None = None) -> ExtractiveAnswerer:
        keyword = (snapshot or self.retriever.snapshot()).keyword
        if self.settings.answerer == "extractive":
            return ExtractiveAnswerer(self.embed_model, self.settings, keyword=keyword)
        from kb.answer.llm import LLMAnswerer, make_llm  # optional backend, imported only when chosen

        with self._lock:
            if self._llm is None:
                self._llm = make_llm(self.settings)
        return LLMAnswerer(self.embed_model, self.settings, keyword=keyword, llm=self._llm)

    def warm_up(self) -> None:
        """Load the model and the keyword index now rather than inside the first question."""
        snapshot = self.retriever.snapshot()
        snapshot.speller.correct("aanbestding")  # loads the word lists of the spelling check
        snapshot.speller.correct("procurment", "en")
        split_sentences("Laadt het model. Voor zinnen.")  # NLTK and its Dutch Punkt model
        self.embed_model.get_query_embedding("social return")
        self.warm_up_plans()  # kb/plan: the rule files, for the plan offer under answers

    # ---- questions ----------------------------------------------------------------------------
    def search(self, query: str | Query, filters: Filters | dict | None = None, k: int | None = None,
               mode: str | None = None) -> list[Hit]:
        """Passages for a search text or a prepared question (see `prepare`)."""
        if not isinstance(filters, Filters):
            filters = Filters.from_dict(filters)
        if isinstance(query, Query):
            return self.retriever.search(query.text, filters, k, mode, **self._search_options(query))
        return self.retriever.search(query, filters, k, mode)

    def prepare(self, question: str, history: Sequence[Any] | None = None,
                snapshot: CollectionSnapshot | None = None) -> Query:
        """What to search with: misspelled words corrected against the index's vocabulary, a follow-up
        joined to the question it follows, English field terms joined by their Dutch equivalents; and
        what kind of answer the question wants."""
        snapshot = snapshot or self.retriever.snapshot()
        language = detect_language(question)
        corrected, corrections = (snapshot.speller.correct(question.strip(), language) if self.settings.spelling
                                  else (question.strip(), []))
        corrected = plain_amounts(corrected)  # "onder 50k" is the pages' "50.000"
        # "Ik ben nieuw bij de provincie, wat is SROI?": who asks is no part of what is searched for
        asked = without_asker(corrected)
        # "wat moet ik weten over SROI?", "kan iemand het simpel uitleggen?": asked as what the field is
        asked = field_overview(asked or corrected, language) or asked
        # "Hoe heet het als je in een contract afspreekt dat … werklozen aan het werk …?": asked as what it means
        asked = unnamed_field(asked or corrected, language) or asked
        # how the answer should be put ("in gewone woorden") is not searched for
        query = with_measure(contextualise(without_manner(asked or corrected), history))
        query = expand_everyday(expand_english(query) if language == "en" else query)
        # "klopt het dat bedrijven die voor de overheid werken mensen zonder werk moeten aannemen?": social return
        # described without its name is also searched by its name (and as its own question, see _search_options)
        named = described_field(asked or corrected, language)
        if named:
            query = f"{query} {expand_english(named) if language == 'en' else named}"
        # (after the name is added: the focus drops the field's name but keeps what its question adds, "verplicht";
        # taken before, tune51 uq01 and tune49 uo25 lost their place)
        rest = focus(query)
        about_field = rest is not None and not names_a_subject(rest)
        return Query(question=question.strip(), corrected=corrected, text=query, corrections=corrections,
                     kind=classify(asked or corrected), language=language, asked=asked,
                     reply_language=reply_language(question, language),
                     focus=rest if self.settings.use_focus and not about_field else None,
                     tail=last_question(asked or corrected), topic=guardrails.topic_words(corrected),
                     side=self._asker_side(corrected, asked, language), about_field=about_field)

    @staticmethod
    def _asker_side(corrected: str, asked: str | None, language: str) -> str | None:
        """Who asks (kb.language.questions.side), when that is what decides between pages: a question with a
        subject of its own, a word rare in ordinary Dutch or English ("het mkb vindt het zwaar, hoe hou ik als
        inkoper daar rekening mee?"), is left to that subject."""
        asker = side(corrected)
        words = point_words(asked or corrected, language) if asker else []
        if any(w.weight >= 3.0 and not w.word[0].isdigit() for w in words):
            return None
        return asker

    @staticmethod
    def _search_options(query: Query) -> dict[str, Any]:
        # a last sentence that leans on the situation ("Mag dat meetellen?") is no search of its own
        tail = None if not query.tail or points_back(query.tail) else with_measure(query.tail)
        # (nor one that is all that is searched: "Welke gemeenten …? Noem er een paar." searches the first sentence)
        tail = None if tail in (query.text, with_measure(without_manner(query.asked or query.corrected))) else tail
        if tail is None and query.kind.kind == Kind.EXAMPLES:
            # "voorbeelden bij schoonmaak of catering?": the second kind gets a search of its own, or the first, with
            # many more pages, fills the list
            tail = second_alternative(query.asked or query.corrected)
        if tail is None:
            # "klopt het dat bedrijven die voor de overheid werken mensen zonder werk moeten aannemen?": social return
            # described without its name is also searched by its name
            tail = described_field(query.asked or query.corrected, query.language)
        return {"many": query.kind.many, "focus": query.focus, "tail": tail,
                "examples": query.kind.kind == Kind.EXAMPLES, "definition": query.kind.kind == Kind.DEFINITION,
                "side": query.side, "guidance": query.kind.kind in GUIDANCE_KINDS,
                "why_field": query.asks_purpose, "guide": asks_for_guide(query.corrected)}

    def retrieval_query(self, question: str, history: Sequence[Any] | None = None) -> str:
        return self.prepare(question, history).text

    def ask(self, question: str, filters: Filters | dict | None = None,
            history: Sequence[Any] | None = None, mode: str | None = None) -> Answer:
        """Answer one question. Never raises for a bad question: the Answer carries the message."""
        # ops: asked once more, on the new generation, when a rebuild dropped the old one mid-question
        return retry_on_switch(lambda: self._ask(question, filters, history, mode), self.views)

    def _ask(self, question: str, filters: Filters | dict | None, history: Sequence[Any] | None,
             mode: str | None, split: bool = True) -> Answer:
        started = time.perf_counter()
        if not isinstance(filters, Filters):
            filters = Filters.from_dict(filters)
        problem = check_question(question, self.settings.max_question_chars)
        # the language of what is said back (declines, a joined answer), as the answerer frames it (Query.reply)
        asked_in = detect_language(question or "")
        language = reply_language(question or "", asked_in) or asked_in
        decline = None if problem else guardrails.check(question, language)
        if decline and decline.reason == "out_of_scope" and self.settings.spelling:
            # a misspelt field word hides that a question is the field's ("mag een gemente social retrun ook vragen
            # bij een meervoudig onderhandse aanbesteding"): judged as corrected, it is answered only when the
            # sources speak to the neighbouring topic (kb.answer.extractive)
            # (only when the correction names the field: "Rangschik" spelled "Rangschikt" is no reason to answer; and
            # only with the index at hand: a decline needs no store)
            try:
                speller = self.retriever.snapshot().speller
            except KBError:
                speller = None
            corrected, fixes = speller.correct(question.strip(), asked_in) if speller else (question, [])
            if fixes and guardrails.names_field(corrected) and not guardrails.names_field(question) \
                    and guardrails.check(corrected, language) is None:
                decline = None
        if problem:
            answer = Answer(question=question, text=problem, refused=True, error="bad_question", language=language,
                            refusal_reason="bad_question")
        elif decline and decline.reason == "out_of_scope" and split and (rest := guardrails.minor_aside(question)):
            # a field question with a side remark outside the field marked as minor: the question is answered,
            # the remark declined
            answer = self._ask(rest, filters, history, mode)
            if answer.refused:
                answer = declined(question.strip(), decline, language)
            else:
                answer.question = question
                answer.warnings.append(guardrails.ASIDE_NOTE[language])
        elif decline:
            answer = declined(question.strip(), decline, language)
        elif split and (answer := self._two_questions(question, filters, history, mode, language)) is not None:
            pass
        else:
            snapshot = self.retriever.snapshot()  # one look at the store per question
            query = self.prepare(question, history, snapshot)
            # a misspelling hides no request from the guardrails ("de bijstandsuitkring voor een alleenstaande")
            decline = guardrails.check(query.corrected, language) if query.corrections else None
            hits = [] if decline else self.retriever.search(query.text, filters, mode=mode, snapshot=snapshot,
                                                            **self._search_options(query))
            if decline:
                answer = declined(question.strip(), decline, language)
            elif hits:
                answerer = self.answerer(snapshot)
                answer = answerer.answer(query, hits, self.context(hits, snapshot))
                if answer.refused and answer.refusal_reason in ("unanswerable", "low_confidence"):
                    # what answers may stand in the next page's other passages: read one page more before
                    # declining (always reading three pages opens worse answers on the dev set)
                    wider = answerer.answer(query, hits, self.context(hits, snapshot, self.settings.answer_docs + 1))
                    answer = answer if wider.refused else wider
                elif answer.refused and answer.refusal_reason == "out_of_scope":
                    # a neighbouring-topic word ("brutoloon") no opening named: every page retrieved is read for
                    # one that names it before the question is declined as outside the field
                    pages = len({hit.doc_id for hit in hits})
                    wider = answerer.answer(query, hits, self.context(hits, snapshot, pages))
                    answer = answer if wider.refused else wider
            else:
                answer = refusal(question.strip(), hits, 0.0, language)
            if answer.refused and answer.refusal_reason in ("unanswerable", "low_confidence") and split \
                    and (situated := situated_two_questions(question)) is not None:
                # a situation, then two questions in one sentence ("Our candidate quit after four months. Do those
                # months still count, and must we find a replacement?"): the sources may answer the first of the two
                parts = self._two_questions(question, filters, history, mode, language, situated)
                answer = parts if parts is not None and not parts.refused else answer
            answer.retrieval_query = query.text
            answer.corrections = [(c.wrong, c.right) for c in query.corrections]
            answer.related = self.related(hits, answer)
            # kb/plan: a question about one contract gets a short plan
            answer.plan = None if decline else self.plan_offer(question)
            if not snapshot.complete:  # ops: an unfinished first ingest is served, with a warning
                answer.warnings.append(INCOMPLETE_INDEX)
        answer.filters = filters.as_dict()
        answer.latency_ms = (time.perf_counter() - started) * 1000
        return answer

    def _two_questions(self, question: str, filters: Filters, history: Sequence[Any] | None, mode: str | None,
                       language: str, situated: tuple[str, str, str] | None = None) -> Answer | None:
        """A message that asks two questions ("Wat is de PSO en telt die mee voor social return?") gets an
        answer to each, the second asked as the turn after the first ("die" is the PSO); None when it asks one, or
        when one of the two is declined (the message is then answered or declined as a whole). *situated*: the
        situation a message sets out first and its two questions (each asked after the situation)."""
        # (after who asks: "New colleague here: what does SROI stand for and how does it work in practice?")
        if situated is not None:
            situation, parts = situated[0], situated[1:]
        else:
            situation, parts = "", two_questions(question) or two_questions(without_asker(question) or "")
        if parts is None:
            return None
        first = self._ask(f"{situation} {parts[0]}".strip(), filters, history, mode, split=False)
        if first.refused:
            return None
        subject = defined_subject(parts[0])
        if subject and refers_back(parts[1]):
            # the second question's point is what it asks of the subject, not the subject's long name ("Mag ik die
            # eisen?" after "Wat is de PSO (Prestatieladder Socialer Ondernemen)?" is the keurmerk vraag's)
            subject = short_name(subject)
            # "… en hoe hangt die samen met social return?" after "Wat is de banenafspraak?" asks about the banenafspraak
            second = self._ask(f"{situation} {parts[1]} ({subject})".strip(), filters, history, mode, split=False)
        else:
            second = self._ask(f"{situation} {parts[1]}".strip(), filters,
                               [*(history or []), {"role": "user", "content": f"{situation} {parts[0]}".strip()}],
                               mode, split=False)
            if subject and second.refused and second.refusal_reason in ("unanswerable", "low_confidence"):
                # a second question that leaves its subject unsaid ("What is PSO and how do I get certified?") is
                # asked once more of the subject the first defined
                again = self._ask(f"{situation} {parts[1]} ({short_name(subject)})".strip(), filters, history, mode,
                                  split=False)
                second = second if again.refused else again
        # (a half a guardrail declines leaves the message to be answered or declined as a whole: "What is the
        # threshold?" alone is general procurement law, after "Does the Rijk apply social return above a certain
        # contract value?" it is the field's)
        if second.refused and second.refusal_reason not in ("unanswerable", "low_confidence") \
                or not second.refused and first.lead == second.lead:
            return None  # (the same opening twice: the message asks one thing in two ways)
        if second.refused:
            # a second question in the field the sources do not answer ("Wat is BBSR en hoeveel gemeenten werken
            # ermee?"): the whole message may be answered at once; else the first, and a word on the second. A
            # second question outside the field ("Hoe werkt social return? Wat is de hoofdstad van Frankrijk?")
            # leaves the message to be declined as a whole.
            if not (refers_back(parts[1]) or in_field(parts[1]) or situation):
                return None
            whole = None if situation else self._ask(question, filters, history, mode, split=False)
            if whole is not None and not whole.refused:  # (a situated message was declined as a whole already)
                return whole
        answer = combined(question.strip(), parts, [first, second], language)
        if answer is not None:  # (None: the second answer only repeated the first)
            answer.plan = self.plan_offer(question)
        return answer

    def context(self, hits: list[Hit], snapshot: CollectionSnapshot | None = None,
                docs: int | None = None) -> list[Hit]:
        """More passages of the best documents among *hits* (`answer_docs`, or *docs*), for the answerer
        to choose from: the summary, a vraag's short answer and the passages nearest (in reading order) to the
        retrieved ones, at most `answer_context` per document whatever its size."""
        snapshot = snapshot or self.retriever.snapshot()
        docs = self.settings.answer_docs if docs is None else docs
        doc_ids: list[str] = list(dict.fromkeys(h.doc_id for h in hits))[:docs]
        context: list[Hit] = []
        for doc_id in doc_ids:
            retrieved = [int(h.metadata.get("chunk_index", 0)) for h in hits if h.doc_id == doc_id]
            passages = snapshot.document_hits(doc_id)

            def distance(hit: Hit) -> tuple[int, int]:
                index = int(hit.metadata.get("chunk_index", 0))
                # a vraag's short answer, like the summary, is read whichever passage was retrieved: it was
                # written to open the answer to the page's question
                own = hit.metadata.get("heading") in (SUMMARY_HEADING, SHORT_ANSWER_HEADING)
                return (0 if own else min(abs(index - r) for r in retrieved), index)

            context.extend(sorted(passages, key=distance)[: self.settings.answer_context])
        return context

    @staticmethod
    def related(hits: list[Hit], answer: Answer) -> list[str]:
        """Follow-on reading: titles of retrieved documents the answer did not cite."""
        cited = {c.doc_id for c in answer.citations}
        titles: list[str] = []
        for hit in hits:
            title = str(hit.metadata.get("title", ""))
            if hit.doc_id not in cited and title and title not in titles:
                titles.append(title)
        return titles[:3]

    # ---- the index ------------------------------------------------------------------------------
    def ingest(self, progress=None, rebuild: bool = False, paths: Sequence[Path] | None = None,
               defaults: dict[str, str] | None = None):
        """Index the bundled corpus, or the given files and folders (see ingest.pipeline)."""
        from ingest.pipeline import ingest_corpus, ingest_paths

        with GenerationWrite(self.client, self.settings, rebuild=rebuild) as write, store_errors(self.settings):
            if paths:
                report = ingest_paths(self.settings, write, self.embed_model, list(paths), defaults,
                                      write.progress(progress))
            else:
                report = ingest_corpus(self.settings, write, self.embed_model, progress=write.progress(progress))
        report.generation = write.switched_to
        return report

    def crawl(self, url: str, scope: str | None = None, max_pages: int = 200, delay: float = 1.0,
              defaults: dict[str, str] | None = None, progress=None, client=None):
        """Crawl a site section into data/crawl and bring the index in step with it.
        Returns (crawl report, ingest report)."""
        try:
            from ingest.crawler import Crawler
        except ImportError as exc:  # pragma: no cover - httpx comes with the crawl extra
            raise MissingExtra("httpx", "crawl", "De crawler") from exc
        from ingest.pipeline import ingest_crawl

        problem = self.storage_problem()
        if problem:
            raise DataFolderProblem(problem)
        crawler = Crawler(self.settings.crawl_dir, delay=delay, max_pages=max_pages, client=client)
        crawl_report = crawler.crawl(url, scope)
        with GenerationWrite(self.client, self.settings) as write, store_errors(self.settings):
            report = ingest_crawl(self.settings, write, self.embed_model, crawler, crawl_report.changed,
                                  crawl_report.removed, defaults, write.progress(progress))
        report.generation = write.switched_to
        return crawl_report, report

    def corpus_drift(self) -> tuple[list[str], list[str]] | None:
        """How the index lags the corpus folder (new or changed, removed documents), or None without one:
        `kb ask` and `kb eval` read the index as it is, and an index built before a `git pull` would
        answer, and be measured, on the old documents."""
        from ingest.pipeline import corpus_drift

        if not self.settings.corpus_dir.is_dir():
            return None
        indexed: dict[str, set[str]] = {}
        for _, meta in self.retriever.snapshot().records.values():
            if meta.get("origin") == "corpus":
                indexed.setdefault(str(meta.get("doc_id")), set()).add(str(meta.get("doc_hash", "")))
        return corpus_drift(self.settings, indexed)

    def drift_warning(self) -> str | None:
        """One Dutch line when the index lags the corpus folder (see `corpus_drift`), else None."""
        drift = self.corpus_drift()
        if not drift or not (drift[0] or drift[1]):
            return None
        return (f"Let op: de index loopt achter op de corpus ({len(drift[0])} document(en) nieuw of gewijzigd, "
                f"{len(drift[1])} verwijderd); draai `kb ingest`.")

    def documents(self, types: Sequence[str] | None = None) -> list[DocumentInfo]:
        """Every indexed document (optionally of some types), sorted by title."""
        docs = catalog.documents(self.retriever.snapshot())
        return [d for d in docs if not types or d.type in types]

    def document(self, doc_id: str) -> tuple[DocumentInfo, list[tuple[str, str]]] | None:
        """One document's metadata and its sections, or None."""
        return catalog.document_text(self.retriever.snapshot(), doc_id)

    def find_examples(self, text: str = "", sector: str = "", organisation_type: str = "", instrument: str = "",
                      year: str | int = "", limit: int | None = None) -> list[DocumentInfo]:
        """Practice examples matching free text and facets (sector, organisation type, instrument, year).

        With text, only examples that really match are returned, best first: a passage must share a
        search term (after stemming and compound splitting) — nonsense such as "qwertyzzz" finds
        nothing. Without text, every example that fits the facets, newest first."""
        filters = Filters(types=["praktijkvoorbeeld"], sectors=[sector] if sector else [],
                          organisation_types=[organisation_type] if organisation_type else [],
                          instruments=[instrument] if instrument else [])
        snapshot = self.retriever.snapshot()
        examples = {d.doc_id: d for d in catalog.documents(snapshot) if d.type == "praktijkvoorbeeld"}

        def keep(doc: DocumentInfo) -> bool:
            return filters.matches({"type": doc.type, "sectors": doc.sectors, "instruments": doc.instruments,
                                    "organisation_type": doc.organisation_type}) and \
                (not year or str(doc.year) == str(year))

        kept = {doc_id: doc for doc_id, doc in examples.items() if keep(doc)}
        if text.strip():
            allowed = {chunk_id for doc_id in kept for chunk_id in snapshot.by_doc.get(doc_id, [])}
            query = self.retrieval_query(text)
            ordered = []
            for hit in snapshot.keyword.search(query, max(len(allowed), 1), allowed):
                doc = kept.get(str(snapshot.records[hit.id][1].get("doc_id")))
                if doc is not None and doc not in ordered:
                    ordered.append(doc)
        else:
            ordered = sorted(kept.values(), key=lambda d: (-(d.year or 0), d.title.lower()))
        return ordered[:limit] if limit else ordered

    def stats(self) -> dict[str, Any]:
        """Documents, chunks, sections, types, model and index age (from the snapshot: cheap enough for
        every health check)."""
        snapshot = self.retriever.snapshot()
        firsts = [snapshot.records[ids[0]][1] for ids in snapshot.by_doc.values()]
        count = lambda key: dict(sorted(_count(m.get(key) for m in firsts).items()))  # noqa: E731
        metadata = snapshot.metadata
        return {
            "documents": len(snapshot.by_doc), "chunks": len(snapshot.records), "per_type": count("type"),
            "per_section": count("section"), "embedding_model": metadata.get("embedding_model"),
            "indexed_at": metadata.get("updated_at"), "collection": self.settings.collection,
            "generation": snapshot.generation, "complete": snapshot.complete,
            "store": self.settings.chroma_url or str(self.settings.chroma_path),
        }


def _count(values) -> dict[str, int]:
    out: dict[str, int] = {}
    for value in values:
        out[str(value)] = out.get(str(value), 0) + 1
    return out
