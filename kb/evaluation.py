"""`kb eval`: retrieval, answer and latency figures on question sets (format: ../shared/eval/README.md).

Every question runs through the same path as `kb ask`. Retrieval configurations can be compared side
by side on the same collection, including the plain llama-index default (a `VectorStoreIndex`
retriever over the same Chroma collection) as the baseline a user would build in an afternoon.
"""

from __future__ import annotations

import json
import re
import statistics
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb.errors import KBError
from kb.answer.extractive import ExtractiveAnswerer
from kb.language.detect import detect_language
from kb.schema import Answer, Hit
from kb.service import KnowledgeBase

_CITATION = re.compile(r"\[(\d+)\]")


@dataclass
class EvalItem:
    id: str
    question: str
    must_contain: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    expected: str | None = None
    doc_ids: list[str] = field(default_factory=list)  # this project's own sets may name corpus documents
    lang: str = "nl"
    category: str = ""
    history: list[Any] = field(default_factory=list)

    @property
    def refuse(self) -> bool:
        return self.expected == "refuse"


def load_items(paths: list[Path]) -> list[EvalItem]:
    items: list[EvalItem] = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                if not isinstance(data, dict) or not str(data.get("question", "")).strip():
                    raise ValueError("het veld 'question' ontbreekt")
            except ValueError as exc:  # json.JSONDecodeError is a ValueError
                raise KBError(f"{path}:{number}: geen geldige vraag ({exc})") from exc
            items.append(EvalItem(
                id=str(data.get("id", f"{path.stem}:{number}")), question=data["question"],
                must_contain=list(data.get("must_contain", [])), sources=list(data.get("sources", [])),
                expected=data.get("expected"), doc_ids=list(data.get("doc_ids", [])),
                lang=data.get("lang", "nl"), category=data.get("category", ""),
                history=list(data.get("history", [])),
            ))
    return items


# ---- typos: the same questions as a hurried user types them -------------------------------------------
_KEYBOARD = {c: n for row in ("qwertyuiop", "asdfghjkl", "zxcvbnm") for c, n in zip(row, row[1:] + row[-2])}


def with_typo(question: str, seed: int) -> str:
    """*question* with one typo in its longest word of six letters or more: two letters swapped, one
    dropped, one doubled or one replaced by its neighbour on the keyboard (chosen by *seed*)."""
    words = re.findall(r"[A-Za-zÀ-ÿ]{6,}", question)
    if not words:
        return question
    word = max(words, key=len)
    position = 1 + seed % (len(word) - 2)
    kind = seed % 4
    if kind == 0:
        typo = word[:position] + word[position + 1] + word[position] + word[position + 2:]
    elif kind == 1:
        typo = word[:position] + word[position + 1:]
    elif kind == 2:
        typo = word[:position] + word[position] + word[position:]
    else:
        typo = word[:position] + _KEYBOARD.get(word[position].lower(), word[position]) + word[position + 1:]
    return question.replace(word, typo, 1)


def add_typos(items: list[EvalItem]) -> list[EvalItem]:
    """The answerable items with one typo each (deterministic), for measuring typo tolerance."""
    out = []
    for number, item in enumerate(items):
        if not item.refuse:
            out.append(EvalItem(**{**item.__dict__, "question": with_typo(item.question, number * 7 + 3)}))
    return out


# ---- matching rules of the eval README ---------------------------------------------------------
def normalise_fact(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"\b(procent|percent)\b", "%", text)
    text = re.sub(r"\bartikel\b", "art", text)
    text = re.sub(r"€|\beuro\b", "", text)
    text = re.sub(r"(?<=\d)\s*(?:\btot\b|\bà\b|\ba\b|\bt/m\b|–|—)\s*(?=\d)", "-", text)
    return re.sub(r"[^a-z0-9%]", "", text)


def fact_present(fact: str, answer: str) -> bool:
    haystack = normalise_fact(answer)
    return any(normalise_fact(alt) and normalise_fact(alt) in haystack for alt in fact.split("|"))


def normalise_url(url: str) -> str:
    url = re.sub(r"^[a-z]+://", "", url.strip().lower())
    url = re.sub(r"^www\.", "", url)
    url = re.split(r"[?#]", url)[0]
    return url.rstrip("/")


def hit_urls(hit: Hit) -> set[str]:
    try:
        sources = json.loads(str(hit.metadata.get("sources", "[]")))
    except json.JSONDecodeError:
        sources = []
    urls = {normalise_url(s["url"]) for s in sources if isinstance(s, dict) and s.get("url")}
    if hit.metadata.get("url"):
        urls.add(normalise_url(str(hit.metadata["url"])))
    return urls


def _flat(text: str) -> str:
    return " ".join(text.split())


def _quoted(line: str, passage: str) -> bool:
    """*line* stands in *passage*, word for word; its first letter may be a capital where the quote starts
    after words it leaves out ("In veel regelingen wel" from "Ja, in veel regelingen wel")."""
    return line in passage or (line[:1].isupper() and line[:1].lower() + line[1:] in passage)


def citation_validity(answer: Answer) -> tuple[int, int]:
    """(valid, total) quotes: a quote is valid when every line of it stands in its cited passage and in
    the answer, and the answer carries the citation's marker. Checked from the citations' own record of
    what they quote, so a framing line (a bullet's label, "Lees verder", an English lead line) is never
    mistaken for a quote, and a quote that is not in its passage never passes."""
    if answer.refused:
        return 0, 0
    text = _flat(answer.text)
    valid = total = 0
    for citation in answer.citations:
        passage = _flat(citation.passage)
        for quote in citation.sentences:
            total += 1
            lines = [_flat(line) for line in quote.split("\n") if line.strip()]
            if lines and f"[{citation.n}]" in answer.text and all(_quoted(line, passage) and line in text
                                                                   for line in lines):
                valid += 1
    return valid, total


_POINTER = re.compile(r"^(Lees verder|Read more): .*$", re.MULTILINE)


def word_count(text: str) -> int:
    """Words of an answer's body: citation markers, Markdown punctuation and the closing "Lees verder"
    link line (navigation, not answer) do not count."""
    return len(re.findall(r"[^\W_][\w'’.,/-]*", _CITATION.sub(" ", _POINTER.sub(" ", text))))


# starts mid-way: lower case (but a sentence may open with a web name: "socialreturn.nu spreekt van …"), or a
# bracket or separator
_FRAGMENT_START = re.compile(r"^(?![a-z][\w-]*\.(nl|nu|com|org|eu|net)\b)[a-z(,;]")
_GLOSSARY_ENTRY = re.compile(r"^\s*[^\s–—:.][^–—:.]{0,60}?\s+[–—]\s+\S")
# a sentence that only counts what follows it ("Movisie noemt 2 doelen van de Participatiewet.")
# (a count of two or more things, not a date: "… noemt 1 mei 2015." names its date)
_ONLY_COUNTS = re.compile(r"\b(noemt|noemen|onderscheidt|onderscheiden|names|lists)\s+([2-9]|twee|drie|vier|vijf|zes|"
                          r"zeven|two|three|four|five)\s+(\w+\s+)?[a-zë]+(en|s|ën)\b[^.!?:,;\d]{0,40}\.$|"
                          r"^Het zijn (\d|twee|drie|vier|vijf)\s+(\w+\s+)?\w+\.$")


def quote_problems(answer: Answer) -> tuple[int, int]:
    """(fragments, duplicates) among an answer's quotes. A fragment: a sentence that starts mid-way, has
    no end, is too short to say anything, a list item without its introduction, an introduction without
    its items, a count of things it does not name, a table row without its header, or a glossary entry in an
    answer that is no definition.
    A duplicate: two quotes that say nearly the same."""
    quotes = [q for c in answer.citations for q in c.sentences]
    fragments = 0
    for quote in quotes:
        lines = [line.strip() for line in quote.split("\n") if line.strip()]
        first = lines[0] if lines else ""
        if not lines:
            fragments += 1
        elif first.startswith(("- ", "* ", "• ")) or (first.startswith("|") and len(lines) < 2):
            fragments += 1  # a list item or table row on its own
        elif first.endswith(":") and len(lines) == 1:
            fragments += 1  # an introduction without what it introduces
        elif len(lines) == 1 and (len(first.split()) < 5 or _FRAGMENT_START.match(first)
                                  or not re.search(r"[.!?)\"'”]$", first)):
            fragments += 1
        elif _GLOSSARY_ENTRY.match(first) and answer.kind != "definitie":
            fragments += 1
        elif len(lines) == 1 and _ONLY_COUNTS.search(first) and not re.search(r"[.!?]\s+[A-Z]", first):
            fragments += 1  # a count of what it does not name
    duplicates = 0
    for i, a in enumerate(quotes):
        wa = set(re.findall(r"\w+", a.lower()))
        for b in quotes[i + 1:]:
            wb = set(re.findall(r"\w+", b.lower()))
            if wa and wb and len(wa & wb) / min(len(wa), len(wb)) > 0.8:
                duplicates += 1
    return fragments, duplicates


# ---- configurations ----------------------------------------------------------------------------
Retrieve = Callable[[str], list[Hit]]


def _configuration(knowledge_base: KnowledgeBase, name: str) -> tuple[Retrieve, Callable[[EvalItem], Answer]]:
    if name in ("hybrid", "dense", "keyword"):
        return (lambda q: knowledge_base.search(knowledge_base.prepare(q), k=10, mode=name),
                lambda item: knowledge_base.ask(item.question, history=item.history, mode=name))
    if name == "llamaindex-default":
        from llama_index.core import VectorStoreIndex
        from llama_index.vector_stores.chroma import ChromaVectorStore

        store = ChromaVectorStore(chroma_collection=knowledge_base.retriever.snapshot().collection)
        index = VectorStoreIndex.from_vector_store(store, embed_model=knowledge_base.embed_model)
        retriever = index.as_retriever()  # the defaults: similarity_top_k=2
        answerer = ExtractiveAnswerer(knowledge_base.embed_model, knowledge_base.settings,
                                      keyword=knowledge_base.retriever.snapshot().keyword)

        def retrieve(question: str) -> list[Hit]:
            return [Hit(n.node.node_id, n.node.get_content(), dict(n.node.metadata), float(n.score or 0),
                        dense=float(n.score or 0)) for n in retriever.retrieve(question)]

        def ask(item: EvalItem) -> Answer:
            started = time.perf_counter()
            query = knowledge_base.prepare(item.question)
            query.text = query.corrected = item.question  # the baseline searches with the question as typed
            answer = answerer.answer(query, retrieve(item.question))
            answer.latency_ms = (time.perf_counter() - started) * 1000
            return answer

        return retrieve, ask
    raise ValueError(f"onbekende configuratie: {name}")


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def evaluate(knowledge_base: KnowledgeBase, items: list[EvalItem], name: str = "hybrid",
             skip_types: tuple[str, ...] = ()) -> dict[str, Any]:
    """All figures for one configuration, and one row per question. Retrieved documents of *skip_types*
    do not count for hit@k and MRR (the rest move up); answers are not affected."""
    retrieve, ask = _configuration(knowledge_base, name)
    ranks: list[int | None] = []
    facts_found = facts_total = cite_valid = cite_total = 0
    refused_right = refuse_total = false_refusals = answerable = 0
    lead_hits = lead_total = fragments = duplicates = 0
    words: list[int] = []
    latencies: list[float] = []
    rows: list[dict[str, Any]] = []
    for item in items:
        answer = ask(item)
        latencies.append(answer.latency_ms)
        valid, total = citation_validity(answer)
        cite_valid += valid
        cite_total += total
        if not answer.refused:
            words.append(word_count(answer.text))
            fragment_count, duplicate_count = quote_problems(answer)
            fragments += fragment_count
            duplicates += duplicate_count
        row: dict[str, Any] = {"id": item.id, "question": item.question, "refused": answer.refused,
                               "confidence": round(answer.confidence, 3), "answer": answer.text,
                               "cited": [c.doc_id for c in answer.citations], "citations_valid": f"{valid}/{total}"}
        if item.refuse:
            refuse_total += 1
            refused_right += answer.refused
        else:
            answerable += 1
            false_refusals += answer.refused
            wanted = {normalise_url(u) for u in item.sources}
            hits = [h for h in retrieve(item.question) if h.metadata.get("type") not in skip_types]
            rank = next((i + 1 for i, h in enumerate(hits)
                         if hit_urls(h) & wanted or h.doc_id in item.doc_ids), None)
            if wanted or item.doc_ids:  # an item without sources or documents says nothing about retrieval
                ranks.append(rank)
            found = [f for f in item.must_contain if fact_present(f, answer.text)]
            if item.must_contain and not answer.refused:
                lead_total += 1
                lead = answer.lead or answer.text.split("\n\n")[0]
                lead_hits += any(fact_present(f, lead) for f in item.must_contain)
            facts_found += len(found)
            facts_total += len(item.must_contain)
            row.update(rank=rank, facts=f"{len(found)}/{len(item.must_contain)}",
                       missing=[f for f in item.must_contain if f not in found],
                       retrieved=[h.doc_id for h in hits[:5]])
        rows.append(row)
    n = len(ranks)
    hit_at = lambda k: sum(1 for r in ranks if r is not None and r <= k) / n if n else None  # noqa: E731
    return {
        "config": name, "questions": len(items),
        "hit@1": hit_at(1), "hit@3": hit_at(3), "hit@5": hit_at(5),
        "mrr": sum(1 / r for r in ranks if r) / n if n else None,
        "fact_coverage": facts_found / facts_total if facts_total else None,
        "citation_validity": cite_valid / cite_total if cite_total else None,
        "refusal_accuracy": refused_right / refuse_total if refuse_total else None,
        "false_refusals": false_refusals / answerable if answerable else None,
        "lead_facts": lead_hits / lead_total if lead_total else None,
        "median_words": statistics.median(words) if words else None,
        "duplicates": duplicates, "fragments": fragments,
        "latency_p50_ms": statistics.median(latencies) if latencies else 0.0,
        "latency_p95_ms": _percentile(latencies, 0.95),
        "rows": rows,
    }


COLUMNS = [("config", "configuratie"), ("hit@1", "hit@1"), ("hit@3", "hit@3"), ("hit@5", "hit@5"),
           ("mrr", "MRR"), ("fact_coverage", "feiten"), ("lead_facts", "feit vooraan"), ("median_words", "woorden"),
           ("duplicates", "dubbel"), ("fragments", "fragmenten"), ("citation_validity", "citaties"),
           ("refusal_accuracy", "weigeren"), ("false_refusals", "onterecht geweigerd"),
           ("latency_p50_ms", "p50 ms"), ("latency_p95_ms", "p95 ms")]


def format_table(results: list[dict[str, Any]]) -> str:
    """A Markdown table, one row per configuration."""
    def cell(value: Any) -> str:
        if value is None:
            return "–"
        if isinstance(value, float):
            return f"{value:.0f}" if value > 5 else f"{value:.2f}"
        if isinstance(value, int):
            return str(value)
        return str(value)

    lines = ["| " + " | ".join(title for _, title in COLUMNS) + " |",
             "|" + "|".join("---" for _ in COLUMNS) + "|"]
    for result in results:
        lines.append("| " + " | ".join(cell(result.get(key)) for key, _ in COLUMNS) + " |")
    return "\n".join(lines)
