"""The optional LLM answerer. The LLM is remote and nondeterministic, so it is the one part faked here:
a llama-index CustomLLM that returns a fixed reply; retrieval and the refusal gate are real."""

from __future__ import annotations

from typing import Any

from llama_index.core.llms import CompletionResponse, CustomLLM, LLMMetadata

from kb.answer.llm import LLMAnswerer, keep_cited
from kb.service import KnowledgeBase


class FixedLLM(CustomLLM):
    reply: str = ""
    prompts: list[str] = []

    @property
    def metadata(self) -> LLMMetadata:
        return LLMMetadata(model_name="fixed")

    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        self.prompts.append(prompt)
        return CompletionResponse(text=self.reply)

    def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any):
        yield self.complete(prompt)


def _answer(bundled_kb: KnowledgeBase, reply: str, question: str = "Wat houdt de percelenregeling in?"):
    llm = FixedLLM(reply=reply, prompts=[])
    answerer = LLMAnswerer(bundled_kb.embed_model, bundled_kb.settings,
                           keyword=bundled_kb.retriever.snapshot().keyword, llm=llm)
    query = bundled_kb.prepare(question)
    hits = bundled_kb.search(query)
    return answerer.answer(query, hits, bundled_kb.context(hits)), llm, hits


def test_uncited_sentences_are_dropped_and_numbers_renumbered(bundled_kb: KnowledgeBase) -> None:
    answer, llm, hits = _answer(bundled_kb, "Kleine percelen mogen buiten de Europese procedure blijven [3]. "
                                            "Dit is een verzonnen regel zonder bron. Zie ook bron [9].")
    assert answer.text == "Kleine percelen mogen buiten de Europese procedure blijven [1]."
    assert [c.doc_id for c in answer.citations] == [hits[2].doc_id]
    assert "[1]" in llm.prompts[0] and "Vraag: Wat houdt de percelenregeling in?" in llm.prompts[0]


def test_no_answer_from_the_llm_falls_back_to_extractive(bundled_kb: KnowledgeBase) -> None:
    answer, _, _ = _answer(bundled_kb, "GEEN ANTWOORD")
    assert not answer.refused and answer.citations
    assert all(c.passage for c in answer.citations)


def test_refusal_gate_comes_before_the_llm(bundled_kb: KnowledgeBase) -> None:
    answer, llm, _ = _answer(bundled_kb, "Appeltaart bak je op 180 graden [1].", "Wat is het recept voor appeltaart?")
    assert answer.refused and llm.prompts == []


def test_keep_cited() -> None:
    text, used = keep_cited("Eerste zin [1]. Tweede zin zonder. Derde [2][5].\nVierde [2].", 3)
    assert text == "Eerste zin [1]. Vierde [2]." and used == {1, 2}
