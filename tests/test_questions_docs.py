"""Veelgestelde vragen (type vraag): retrieval matches a user's question against the question and its
other wordings, and the answer opens with the vraag's whole short answer, on a small real index."""

from __future__ import annotations

from pathlib import Path

from kb.config import Settings
from kb.service import KnowledgeBase
from tests.conftest import make_settings

# A made-up municipality, so the fixture states no real rule.
QUESTION = """---
title: Hoe vaak controleert de testgemeente Zeedorp de social-return-inzet van een leverancier?
type: vraag
section: vragen
organisation: Testgemeente Zeedorp
phrasings:
  - Hoe vaak moet een opdrachtnemer in Zeedorp bewijsstukken van zijn social return inleveren?
  - Wanneer rapporteert een leverancier aan Zeedorp over social return?
sources:
  - url: https://example.org/zeedorp/controle
    title: Testpagina controle
checked: 2026-11-30
summary: De testgemeente Zeedorp controleert de social-return-inzet van leveranciers elk halfjaar.
---
## Kort antwoord

De testgemeente Zeedorp controleert de social-return-inzet van een leverancier elk halfjaar. De
leverancier stuurt dan een overzicht van de ingezette kandidaten en hun uren. Bij een opdracht korter
dan een jaar volgt alleen een eindcontrole.

## Toelichting

In het testdossier noemt Zeedorp deze controle de halfjaarlijkse zeedorpcontrole. De gemeente vergelijkt
het overzicht van de leverancier met de afspraken uit het plan van aanpak en bespreekt verschillen in
het contractgesprek. Deze tekst bestaat alleen voor de tests van de kennisbank.
"""


def test_a_question_in_other_words_gets_the_short_answer(tmp_path: Path, small_corpus: Path) -> None:
    (small_corpus / "vragen").mkdir()
    (small_corpus / "vragen" / "zeedorp-controle.md").write_text(QUESTION, encoding="utf-8")
    settings: Settings = make_settings(tmp_path / "data", small_corpus)
    knowledge_base = KnowledgeBase(settings)
    assert not knowledge_base.ingest().errors

    # "bewijsstukken" and "opdrachtnemer" are only in one of the question's other wordings.
    answer = knowledge_base.ask("Hoe vaak levert een opdrachtnemer in Zeedorp bewijsstukken in?")
    assert not answer.refused, answer.text
    assert answer.citations[0].doc_id == "vragen/zeedorp-controle.md"
    assert answer.lead.startswith("De testgemeente Zeedorp controleert") and "eindcontrole" in answer.lead, \
        "the short answer opens the answer as a whole"
    assert answer.text.count("elk halfjaar") == 1, "its summary, which says the same, is not quoted too"

    hits = knowledge_base.search("wanneer rapporteert de leverancier over social return aan Zeedorp", k=3)
    assert hits[0].doc_id == "vragen/zeedorp-controle.md"

    # kb eval --pages-only: sets written before the vraag documents existed name pages; the vraag that now
    # ranks first does not push the named page down.
    from kb.evaluation import EvalItem, evaluate

    item = EvalItem(id="x", question="Wanneer rapporteert een leverancier aan Zeedorp over social return?",
                    doc_ids=["aanbesteding/minimumeis.md"])
    ranked = evaluate(knowledge_base, [item])["rows"][0]
    pages = evaluate(knowledge_base, [item], skip_types=("vraag",))["rows"][0]
    assert ranked["retrieved"][0] == "vragen/zeedorp-controle.md"
    assert "vragen/zeedorp-controle.md" not in pages["retrieved"]
    assert pages["rank"] is not None and (ranked["rank"] is None or pages["rank"] == ranked["rank"] - 1)


def test_of_two_vragen_asked_the_closer_one_opens(bundled_kb) -> None:
    # both vragen's wordings hold most of "telt een bbl-leerling mee…?"; the stagiair-en-bbl vraag holds all of
    # it, the bestaand-personeel vraag ("kan ik mijn huidige bbl'ers opvoeren") does not hold "leerling"
    answer = bundled_kb.ask("telt een bbl-leerling mee voor de social return verplichting?")
    assert not answer.refused, answer.text
    assert answer.citations[0].doc_id == "vragen/telt-een-stagiair-of-bbl-leerling-mee.md", answer.citations[0].doc_id


def test_vragen_leave_room_for_the_pages(bundled_kb) -> None:
    # a buyer's situation that many vragen speak to: the pages they sum up keep a place in the top-k
    hits = bundled_kb.search("de aannemer zegt dat hij geen geschikte kandidaten kan vinden voor de "
                             "sroi-verplichting, mag hij het dan op een andere manier invullen?")
    vragen = [h for h in hits if h.metadata.get("type") == "vraag"]
    assert len(hits) == bundled_kb.settings.top_k
    assert len(vragen) <= bundled_kb.settings.max_vragen < len(hits)
    only = bundled_kb.search("kandidaten vinden voor social return", filters={"types": ["vraag"]})
    assert only and all(h.metadata.get("type") == "vraag" for h in only)


def test_every_vraag_wording_is_answered_cleanly(bundled_kb) -> None:
    # each wording is answered by the corpus by construction: a decline is a false refusal
    from tests.vragen_wordings import run

    report = run(bundled_kb)
    assert report.asked > 600
    assert sum(report.declined.values()) <= report.asked // 100, report.problems
    assert report.fragments == 0 and report.duplicates == 0, report.problems
    assert report.own_cited >= 0.65 * report.asked
