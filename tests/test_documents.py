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


QUESTION = """---
title: Mag ik social return als minimumeis stellen?
type: vraag
section: vragen
organisation: PIANOo
phrasings:
  - Kan social return een harde eis zijn?
sources:
  - url: https://www.pianoo.nl/nl/themas/social-return
    title: Social return
checked: 2026-11-30
summary: Ja, als bijzondere uitvoeringsvoorwaarde die elke inschrijver moet naleven, mits proportioneel.
---
## Kort antwoord

{answer}

## Toelichting

{detail}
"""


def _write(root: Path, doc_id: str, text: str) -> None:
    path = root / doc_id
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_question_document_opens_with_a_short_answer(tmp_path: Path) -> None:
    detail = "Een uitleg over proportionaliteit en het verband met de opdracht. " * 8
    _write(tmp_path, "vragen/goed.md", QUESTION.format(answer="Ja, als uitvoeringsvoorwaarde.", detail=detail))
    _write(tmp_path, "vragen/lang.md", QUESTION.replace("Mag ik", "Mag je").format(
        answer="woord " * 91, detail=detail))
    _write(tmp_path, "vragen/zonder.md", QUESTION.replace("Mag ik", "Kan ik").replace("## Kort antwoord", "## Uitleg")
           .format(answer="Ja.", detail=detail))
    problems = dict(check_corpus(tmp_path).problems)
    assert "vragen/goed.md" not in problems
    assert problems["vragen/lang.md"] == "kort antwoord is 91 woorden, maximaal 90"
    assert problems["vragen/zonder.md"] == "een vraag begint met het kopje '## Kort antwoord'"
    with pytest.raises(DocumentError, match="phrasings"):
        parse_markdown(QUESTION.replace("phrasings:\n  - Kan social return een harde eis zijn?\n", ""), "vragen/x.md")
    with pytest.raises(DocumentError, match="alleen bij type vraag"):
        parse_markdown(QUESTION.replace("type: vraag", "type: guidance"), "vragen/x.md")


EXAMPLE = """---
title: {title}
type: praktijkvoorbeeld
section: praktijkvoorbeelden
organisation: Gemeente Zeedorp
organisation_type: gemeente
contract: Groenonderhoud
{extra}sources:
  - url: {url}
    title: Testpagina
checked: 2026-11-30
summary: {summary}
---
## Opdracht

{body}

## Wat werd gevraagd

Social return bij het groenonderhoud van de testgemeente, beschreven voor de tests van de kennisbank.

## Resultaat

De testgemeente noemt in deze test geen resultaten van het groenonderhoud en de inzet van kandidaten.
"""


def test_check_warns_about_examples_overlaps_and_unsourced_numbers(tmp_path: Path) -> None:
    """Warnings never fail the check: an example without year or instrument, two summaries that say the
    same, and numbers in a text that the stored copy of its source (the crawler's) does not hold."""
    from ingest.check import SourceCopies
    from ingest.crawler import Crawler
    from tests import site

    www = tmp_path / "www"
    with site.Site(www) as served:
        (www / "dossier" / "cijfers.html").write_text(site.page(
            "Cijfers groenonderhoud", "<h2>Cijfers</h2>" + site.paragraphs(
                "Zeedorp vraagt 5% van de opdrachtsom van € 80.000 aan social return, sinds 2019.",
                "In 2021 werkten 14 kandidaten mee."), f"{served.base}/dossier/cijfers.html"), encoding="utf-8")
        url = f"{served.base}/dossier/cijfers.html"
        Crawler(tmp_path / "crawl", delay=0, max_pages=1).crawl(url)
    corpus = tmp_path / "corpus"
    shared = "Zeedorp groenonderhoud kandidaten percelen bermen sloten maaibeheer wijkteams zeearend"
    body = ("Zeedorp vraagt sinds 2019 5% van de opdrachtsom van 80000 euro; in 2021 werkten 14 kandidaten "
            "mee en in 2022 waren het er 17, met 2,5 fte begeleiding. ") * 2
    _write(corpus, "praktijkvoorbeelden/zeedorp.md", EXAMPLE.format(
        title="Zeedorp groen", extra="", url=url, summary=f"Zeedorp en {shared}.", body=body))
    _write(corpus, "praktijkvoorbeelden/zeedorp-twee.md", EXAMPLE.format(
        title="Zeedorp groen twee", extra="year: 2021\ninstruments: [uitvoeringsvoorwaarde]\n",
        url="https://example.org/niet-opgeslagen", summary=f"Ook in Zeedorp {shared}.", body=body))
    copies = SourceCopies(tmp_path / "crawl")
    assert len(copies) == 1 and "14 kandidaten" in copies(url)
    report = check_corpus(corpus, stored_text=copies)
    assert report.ok, format_report(report)
    warnings = report.warnings
    assert ("praktijkvoorbeelden/zeedorp.md", "praktijkvoorbeeld zonder jaar (year) en instrument (instruments)") \
        in warnings
    assert ("praktijkvoorbeelden/zeedorp.md", "getal(len) niet gevonden in de opgeslagen bron(nen): 2,5, 17, 2022") \
        in warnings
    # No stored copy of the second document's source: nothing to compare with, so no number warning.
    assert not any(d == "praktijkvoorbeelden/zeedorp-twee.md" and "getal" in w for d, w in warnings)
    overlaps = [(d, w) for d, w in warnings if "overlapt sterk" in w]
    assert len(overlaps) == 1 and {overlaps[0][0], overlaps[0][1].split()[4]} == {
        "praktijkvoorbeelden/zeedorp.md", "praktijkvoorbeelden/zeedorp-twee.md"}
    assert "LET OP praktijkvoorbeelden/zeedorp.md" in format_report(report)
