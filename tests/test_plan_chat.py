"""From the chat to a plan: a question about one contract is recognised and gets a short plan with its
arithmetic and sources; other questions get none."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kb.cli import cli
from kb.config import Settings
from kb.plan import PlanBook
from kb.plan.chat import offer, recognise
from kb.service import KnowledgeBase
from tests.conftest import BUNDLED_CORPUS

EXAMPLE = "ik koop schoonmaak in voor 1,2 miljoen over 4 jaar, hoeveel social return kan ik vragen?"


@pytest.fixture(scope="module")
def plans() -> PlanBook:
    return PlanBook.from_settings(Settings(corpus_dir=BUNDLED_CORPUS))


@pytest.mark.parametrize(("question", "expected"), [
    (EXAMPLE, ("dienst", 1_200_000, 4, "schoonmaak", "")),
    ("We besteden groenonderhoud aan voor € 450.000, looptijd 3 jaar, gemeente Den Haag",
     ("dienst", 450_000, 3, "groen", "Gemeente Den Haag")),
    ("Een werk van 300.000 euro van 12 maanden voor het Rijk: moet er social return in?",
     ("werk", 300_000, 1, "", "Rijksoverheid")),
    ("levering van kopieerpapier, 150.000 euro, 2 jaar", ("levering", 150_000, 2, "", "")),
    ("Renovatie van het stadhuis in Leiderdorp, 2,5 mln", ("werk", 2_500_000, None, "bouw", "Leiderdorp")),
])
def test_contract_questions_are_recognised(plans: PlanBook, question: str, expected: tuple) -> None:
    request = recognise(question, plans.rules)
    assert request is not None
    assert (request.type, request.value, request.years, request.sector, request.organisation) == expected


@pytest.mark.parametrize("question", ["Wat is social return?", "Heb je een praktijkvoorbeeld uit de schoonmaak?",
                                      "Hoeveel koopt Amsterdam per jaar in? Ruim 2,8 miljard",
                                      "Wat gebeurt er na 6 maanden?", "Welke routes zijn er?"])
def test_other_questions_get_no_plan(plans: PlanBook, question: str) -> None:
    assert recognise(question, plans.rules) is None


def test_offer_has_arithmetic_and_sources(plans: PlanBook) -> None:
    plan = offer(EXAMPLE, plans)
    assert plan is not None
    assert "2% × € 1.200.000 = € 24.000; 5% × € 1.200.000 = € 60.000. [P1]" in plan["summary"]
    assert "algemene richtlijn" in plan["summary"].lower()
    assert plan["citations"][0]["label"] == "P1" and plan["citations"][0]["url"].startswith("https://www.pianoo.nl/")
    assert plan["command"] == "kb plan --type dienst --value 1200000 --years 4 --sector schoonmaak"


def test_ask_carries_the_plan(bundled_kb: KnowledgeBase, bundled_settings: Settings) -> None:
    answer = bundled_kb.ask(EXAMPLE)
    assert answer.plan and answer.as_json()["plan"]["range"] == [24_000, 60_000]
    assert "plan" not in bundled_kb.ask("Wat is een voorbehouden opdracht?").as_json()
    env = {"KB_DATA_DIR": str(bundled_settings.data_dir), "KB_CHROMA_URL": ""}
    text = CliRunner().invoke(cli, ["ask", EXAMPLE], env=env)
    assert text.exit_code == 0 and "Plan voor deze opdracht" in text.output and "[P1]" in text.output
    data = json.loads(CliRunner().invoke(cli, ["ask", EXAMPLE, "--json"], env=env).output)
    assert data["plan"]["request"]["sector"] == "schoonmaak"
