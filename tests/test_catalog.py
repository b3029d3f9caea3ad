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
