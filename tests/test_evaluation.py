"""The matching rules of the eval README, and citation validity."""

from __future__ import annotations

import pytest

from kb.evaluation import citation_validity, fact_present, normalise_url
from kb.schema import Answer, Citation


@pytest.mark.parametrize(("fact", "answer"), [
    ("250.000", "opdrachten boven € 250 000"),
    ("250.000", "vanaf 250000 euro"),
    ("2-5%", "meestal 2 tot 5 procent van de loonsom"),
    ("2-5%", "tussen 2 – 5 percent"),
    ("art. 2.82", "volgens artikel 2.82 Aanbestedingswet"),
    ("Súdwest-Fryslân", "in Sudwest Fryslan geldt"),
    ("niet meetellen|tellen niet mee", "zulke medewerkers tellen niet mee"),
])
def test_facts_match_after_normalisation(fact: str, answer: str) -> None:
    assert fact_present(fact, answer)


def test_facts_that_are_absent_do_not_match() -> None:
    assert not fact_present("25%", "tot 5 procent")
    assert not fact_present("REDF", "")


def test_urls_compare_without_scheme_www_slash_query_or_fragment() -> None:
    assert normalise_url("https://www.PIANOo.nl/nl/a/?x=1#top") == normalise_url("http://pianoo.nl/nl/a")


def test_citation_validity_checks_every_marker() -> None:
    citation = Citation(n=1, doc_id="d", title="T", url="https://x", section="s", type="guidance",
                        passage="De eerste zin staat hier. De tweede zin ook.")
    good = Answer(question="q", text="De eerste zin staat hier. [1] De tweede zin ook. [1]", citations=[citation])
    assert citation_validity(good) == (2, 2)
    bad = Answer(question="q", text="Een verzonnen zin. [1]\n\nDe tweede zin ook. [2]", citations=[citation])
    assert citation_validity(bad) == (0, 2)
