"""The matching rules of the eval README, and citation validity."""

from __future__ import annotations

import pytest

from kb.evaluation import citation_validity, fact_present, normalise_url, quote_problems, word_count
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


def _citation(**kwargs) -> Citation:
    return Citation(n=1, doc_id="d", title="T", url="https://x", section="s", type="guidance",
                    passage="De eerste zin staat hier. De tweede zin ook.\n| Soort | Waarde |\n| WW | € 20.000 |\n"
                            "| Wajong | € 30.000 |", **kwargs)


def test_citation_validity_checks_every_quote() -> None:
    good = Answer(question="q", text="De eerste zin staat hier. [1] De tweede zin ook. [1]\n\nLees verder: T [1]",
                  citations=[_citation(sentences=["De eerste zin staat hier.", "De tweede zin ook."])])
    assert citation_validity(good) == (2, 2)
    invented = Answer(question="q", text="Een verzonnen zin. [1]",
                      citations=[_citation(sentences=["Een verzonnen zin."])])
    assert citation_validity(invented) == (0, 1)
    not_shown = Answer(question="q", text="Iets anders. [1]", citations=[_citation(sentences=["De tweede zin ook."])])
    assert citation_validity(not_shown) == (0, 1)
    # a table quote: its header and some rows, each a line of the passage
    table = "| Soort | Waarde |\n| Wajong | € 30.000 |"
    shown = Answer(question="q", text="| Soort | Waarde |\n|---|---|\n| Wajong | € 30.000 | [1]",
                   citations=[_citation(sentences=[table])])
    assert citation_validity(shown) == (1, 1)
    # a quote that starts after words it leaves out ("Ja, de tweede …") may open with a capital; nothing else changes
    capital = Answer(question="q", text="Zin ook. [1]", citations=[_citation(sentences=["Zin ook."])])
    assert citation_validity(capital) == (1, 1)
    changed = Answer(question="q", text="Zin ook niet. [1]", citations=[_citation(sentences=["Zin ook niet."])])
    assert citation_validity(changed) == (0, 1)


def test_fragments_and_duplicates_are_counted() -> None:
    clean = Answer(question="q", text="", citations=[_citation(sentences=[
        "De eerste zin staat hier.", "Er zijn twee vormen:\n- de ene;\n- de andere."])])
    assert quote_problems(clean) == (0, 0)
    messy = Answer(question="q", text="", kind="open", citations=[_citation(sentences=[
        "- een los lijstitem zonder inleiding", "Schoonmaak Winterswijk.", "Er zijn twee vormen:",
        "SROI – Voluit de naam van social return.", "De eerste zin staat hier.", "De eerste zin staat hier!",
        "Movisie noemt 2 doelen van de Participatiewet."])])
    assert quote_problems(messy) == (5, 1)
    # a count with what it counts is one quote, and no fragment
    named = Answer(question="q", text="", citations=[_citation(sentences=[
        "Movisie noemt 2 doelen van de Participatiewet. De wet moet meer mensen aan werk helpen. Daarnaast regelt "
        "de wet de bijstand."])])
    assert quote_problems(named) == (0, 0)
    # a date named is no count (dev d27)
    dated = Answer(question="q", text="", citations=[_citation(sentences=[
        "De wet trad op 1 mei 2015 in werking; ook de memorie van toelichting bij Kamerstuk 36449 noemt 1 mei 2015."])])
    assert quote_problems(dated) == (0, 0)


def test_word_count_leaves_out_markers_and_the_pointer() -> None:
    assert word_count("Social return is een aanpak. [1]\n\nLees verder: Wat is social return? [1]") == 5


def test_typos_for_measuring_typo_tolerance_are_deterministic() -> None:
    from kb.evaluation import with_typo

    question = "Wie valt onder de doelgroep?"
    assert with_typo(question, 3) == with_typo(question, 3) != question
    assert len(with_typo(question, 3).split()) == len(question.split())
    assert with_typo("Wat is dit?", 1) == "Wat is dit?"  # no word of six letters: nothing to misspell
