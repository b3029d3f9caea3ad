"""Front matter parsing and the corpus check."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.check import check_corpus, format_report
from ingest.documents import DocumentError, parse_markdown
from tests.conftest import BUNDLED_CORPUS

GOOD = """---
title: Een testdocument over de minimumeis
type: guidance
section: aanbesteding
organisation: PIANOo
sources:
  - url: https://www.pianoo.nl/nl/themas/social-return
    title: Social return
published: 2019-05
checked: 2026-11-25
summary: Een korte samenvatting van het testdocument.
---
## Kop

Tekst van het document.
"""


def test_parse_valid_document() -> None:
    document = parse_markdown(GOOD, "aanbesteding/test.md")
    assert document.meta.title == "Een testdocument over de minimumeis"
    assert document.meta.published == "2019-05"
    assert document.url == "https://www.pianoo.nl/nl/themas/social-return"
    assert document.body.startswith("## Kop")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Geen front matter\n", "geen front matter"),
        (GOOD.replace("type: guidance", "type: blog"), "type"),
        (GOOD.replace("summary: Een korte", "summary: Let op: een korte"), "regel"),
        (GOOD.replace("  - url: https://www.pianoo.nl/nl/themas/social-return", "  - url: geen-url"), "sources.0.url"),
        (GOOD.replace("checked: 2026-11-25", "checked: gisteren"), "checked"),
        (GOOD.replace("published: 2019-05", "published: mei 2019"), "published"),
        (GOOD.replace("## Kop\n\nTekst van het document.\n", ""), "leeg"),
    ],
)
def test_invalid_front_matter_names_the_problem(text: str, problem: str) -> None:
    with pytest.raises(DocumentError) as caught:
        parse_markdown(text, "aanbesteding/kapot.md")
    assert caught.value.path == "aanbesteding/kapot.md"
    assert problem in str(caught.value)


def test_example_needs_card_fields() -> None:
    text = GOOD.replace("type: guidance", "type: praktijkvoorbeeld")
    with pytest.raises(DocumentError, match="organisation_type"):
        parse_markdown(text, "praktijkvoorbeelden/x.md")


def test_bundled_corpus_passes_the_check() -> None:
    report = check_corpus(BUNDLED_CORPUS)
    assert report.ok, format_report(report)
    assert len(report.documents) >= 10
    assert {d.meta.type for d in report.documents} >= {"guidance", "praktijkvoorbeeld", "handreiking"}


def test_check_reports_each_broken_file(tmp_path: Path) -> None:
    (tmp_path / "aanbesteding").mkdir()
    (tmp_path / "aanbesteding" / "goed.md").write_text(GOOD.replace("Tekst van", "Tekst " * 100 + "van"))
    (tmp_path / "aanbesteding" / "dubbel.md").write_text(GOOD.replace("Tekst van", "Tekst " * 100 + "van"))
    (tmp_path / "praktijk").mkdir()
    (tmp_path / "praktijk" / "verkeerde-map.md").write_text(
        GOOD.replace("title: Een test", "title: Ander").replace("Tekst van", "Tekst " * 100 + "van"))
    report = check_corpus(tmp_path)
    problems = dict(report.problems)
    assert "titel komt ook voor" in problems["aanbesteding/goed.md"] or \
        "titel komt ook voor" in problems.get("aanbesteding/goed.md", problems.get("aanbesteding/dubbel.md", ""))
    assert "section is 'aanbesteding'" in problems["praktijk/verkeerde-map.md"]
    assert "per type: guidance 3" in format_report(report)
