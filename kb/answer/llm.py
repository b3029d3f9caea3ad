"""Optional LLM answerer (Ollama or an OpenAI-compatible server, through llama-index).

The LLM only rewrites what the retrieved passages say: the extractive answerer decides first whether
the knowledge base can answer at all (same refusal threshold), the prompt holds only numbered passages,
and every sentence of the LLM's reply must cite one of them; sentences without a valid citation are
dropped, and when nothing cited remains (or the server fails) the extractive answer is returned.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from kb.config import Settings
from kb.errors import MissingExtra
from kb.answer.extractive import ExtractiveAnswerer
from kb.search.keyword import KeywordIndex
from kb.schema import Answer, Citation, Hit, Query

log = logging.getLogger(__name__)
NO_ANSWER = "GEEN ANTWOORD"
PROMPT = """Je helpt inkopers bij de overheid met vragen over social return. Gebruik uitsluitend de
genummerde passages hieronder; voeg geen kennis van buiten toe. Schrijf 2 tot 5 korte zinnen{language}.
Zet achter elke zin het nummer van de passage waarop die zin steunt, bijvoorbeeld [2].
Staat het antwoord niet in de passages, schrijf dan alleen: {no_answer}

{passages}

Vraag: {question}
Antwoord:"""
_SENTENCE = re.compile(r"[^.!?\n]+?(?:[.!?](?=\s|$)|\n|$)(?:\s*\[\d+\])*", re.S)
_CITED = re.compile(r"\[(\d+)\]")


def make_llm(settings: Settings) -> Any:
    """The configured LLM client (the only place one is built)."""
    if settings.answerer == "ollama":
        try:
            from llama_index.llms.ollama import Ollama
        except ImportError as exc:
            raise MissingExtra("llama-index-llms-ollama", "llm", "Het Ollama-antwoordmodel") from exc
        return Ollama(model=settings.llm_model, base_url=settings.llm_base_url or "http://localhost:11434",
                      request_timeout=settings.llm_timeout, temperature=0.0)
    try:
        from llama_index.llms.openai_like import OpenAILike
    except ImportError as exc:
        raise MissingExtra("llama-index-llms-openai-like", "llm", "Een OpenAI-compatibel antwoordmodel") from exc
    return OpenAILike(model=settings.llm_model, api_base=settings.llm_base_url or "http://localhost:8000/v1",
                      api_key=settings.llm_api_key or "none", timeout=settings.llm_timeout, temperature=0.0,
                      is_chat_model=True)


def keep_cited(text: str, count: int) -> tuple[str, set[int]]:
    """The sentences of *text* that cite a passage number between 1 and *count*, and those numbers."""
    kept: list[str] = []
    used: set[int] = set()
    for match in _SENTENCE.finditer(text):
        sentence = match.group().strip()
        numbers = {int(n) for n in _CITED.findall(sentence)}
        if sentence and numbers and numbers <= set(range(1, count + 1)):
            kept.append(sentence)
            used |= numbers
    return " ".join(kept), used


class LLMAnswerer:
    """Writes the answer with an LLM over the retrieved passages; cites only those passages."""

    def __init__(self, embed_model: Any, settings: Settings, keyword: KeywordIndex | None = None,
                 llm: Any = None) -> None:
        self.settings = settings
        self.extractive = ExtractiveAnswerer(embed_model, settings, keyword)
        self.llm = llm if llm is not None else make_llm(settings)

    def answer(self, query: Query, hits: list[Hit], context: list[Hit] | None = None) -> Answer:
        baseline = self.extractive.answer(query, hits, context)
        if baseline.refused:
            return baseline
        question, language = query.question, query.language
        passages = hits[: self.settings.top_k]
        numbered = "\n\n".join(f"[{n}] {h.metadata.get('title', '')}\n{h.text}" for n, h in enumerate(passages, 1))
        prompt = PROMPT.format(language=" in het Engels" if language == "en" else " in het Nederlands",
                               no_answer=NO_ANSWER, passages=numbered, question=question)
        try:
            reply = str(self.llm.complete(prompt).text).strip()
        except Exception as exc:  # noqa: BLE001 - a failing server must not lose the answer
            log.warning("LLM niet bereikbaar, extractief antwoord gebruikt: %s", exc)
            return baseline
        text, used = keep_cited(reply, len(passages)) if NO_ANSWER not in reply else ("", set())
        if not text:
            return baseline
        renumber = {old: new for new, old in enumerate(sorted(used), start=1)}
        text = _CITED.sub(lambda m: f"[{renumber[int(m.group(1))]}]", text)
        citations = [Citation.from_hit(renumber[old], passages[old - 1]) for old in sorted(used)]
        return Answer(question=question, text=text, citations=citations, confidence=baseline.confidence,
                      language=language, kind=baseline.kind)
