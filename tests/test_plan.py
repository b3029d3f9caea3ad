"""The planner against the sources (golden values taken from the pages the rules cite), its input
checks, its exports (Markdown, DOCX opened with python-docx) and the `kb plan` command."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from kb.cli import cli
from kb.config import Settings
from kb.plan import BadPlanInput, Plan, PlanBook, PlanRequest
from kb.plan.export import to_markdown, write_docx
from tests.conftest import BUNDLED_CORPUS


@pytest.fixture(scope="module")
def plans() -> PlanBook:
    return PlanBook.from_settings(Settings(corpus_dir=BUNDLED_CORPUS))


def make(plans: PlanBook, **fields) -> Plan:
    return plans.plan(PlanRequest.parse(**fields))


def cited_urls(plan: Plan, cites: list[int]) -> set[str]:
    return {plan.sources[n - 1].url for n in cites}


# ---- golden values from the sources ---------------------------------------------------------------------
def test_sudwest_fryslan_caps_at_300000(plans: PlanBook) -> None:
    # sudwestfryslan.nl: minimaal 2% van de totale opdrachtwaarde excl. btw, maximaal € 300.000 per opdracht
    big = make(plans, type="werk", value=20_000_000, organisation="gemeente Súdwest-Fryslân")
    assert big.obligation.amount == 300_000
    text = " ".join(line.text for line in big.obligation.lines)
    assert "2% × € 20.000.000 = € 400.000" in text and "€ 400.000 wordt € 300.000" in text
    cap_line = next(line for line in big.obligation.lines if "€ 400.000 wordt" in line.text)
    assert cited_urls(big, cap_line.cites) == {"https://sudwestfryslan.nl/onderwerp/infosocialreturn/"}
    small = make(plans, type="dienst", value=1_000_000, organisation="Súdwest-Fryslân")
    assert small.obligation.amount == 20_000


@pytest.mark.parametrize(("contract", "value", "applies", "amount"), [
    ("dienst", 100_000, "ja", 2_000),       # diensten vanaf € 100.000
    ("dienst", 99_999, "nee", None),
    ("werk", 250_000, "ja", 5_000),         # werken vanaf € 250.000
    ("werk", 249_999, "nee", None),
    ("werk", 30_000_000, "ja", 300_000),    # 2% = € 600.000, maximaal € 300.000 per (deel)project
])
def test_friese_eis_thresholds(plans: PlanBook, contract: str, value: int, applies: str, amount: int | None) -> None:
    plan = make(plans, type=contract, value=value, organisation="Friese Eis")
    assert plan.obligation.applies == applies
    assert plan.obligation.amount == amount
    threshold_line = next(line for line in plan.fit if "drempel" in line.text)
    assert cited_urls(plan, threshold_line.cites) == {
        "https://socialreturninderegio.nl/deelnemende-partijen/gorinchem/sroi-beleid-friesland"}


def test_friese_eis_says_nothing_about_leveringen(plans: PlanBook) -> None:
    plan = make(plans, type="levering", value=500_000, organisation="Friese Eis")
    assert plan.obligation.applies == "nee" and plan.obligation.amount is None
    assert any("alleen drempels voor diensten en werken" in line.text for line in plan.fit)


def test_rijk_threshold(plans: PlanBook) -> None:
    # PIANOo visie: werken en diensten boven € 250.000 met een looptijd van minimaal 6 maanden
    service = make(plans, type="dienst", value=200_000, years=2, organisation="Rijk")
    assert service.obligation.applies == "nee" and service.obligation.amount is None
    assert "geen social-returnverplichting" in service.headline
    work = make(plans, type="werk", value=300_000, years=1, organisation="Rijksoverheid", labour_share=0.5)
    assert work.obligation.applies == "ja"
    assert work.obligation.amount == 7_500  # 5% van de loonsom: 5% × (50% × € 300.000)
    assert any("5% × € 150.000 = € 7.500" in line.text for line in work.obligation.lines)
    short = make(plans, type="werk", value=300_000, years=0.25, organisation="Rijk")
    assert short.obligation.applies == "nee"
    exactly = make(plans, type="werk", value=250_000, years=1, organisation="Rijk")
    assert exactly.obligation.applies == "nee"  # boven € 250.000, not from


def test_rijk_without_labour_share_gives_no_number(plans: PlanBook) -> None:
    plan = make(plans, type="dienst", value=1_000_000, years=2, organisation="Rijk")
    assert plan.obligation.amount is None and plan.obligation.low is None
    assert any("Geef het aandeel arbeid" in line.text for line in plan.obligation.lines)


def test_leidschendam_voorburg_lower_percentage_with_little_labour(plans: PlanBook) -> None:
    assert make(plans, type="dienst", value=500_000, organisation="Leidschendam-Voorburg").obligation.amount == 25_000
    low = make(plans, type="dienst", value=500_000, organisation="Leidschendam-Voorburg", labour_share="20%")
    assert low.obligation.amount == 10_000


@pytest.mark.parametrize(("organisation", "fields", "table", "date"), [
    ("gemeente Utrecht", {"type": "dienst", "value": 1_200_000}, "Bouwblokken social return gemeente Utrecht",
     "de bron noemt geen ingangsdatum"),
    ("Kampen", {"type": "dienst", "value": 900_000}, "Uniform Bouwblokkenmodel Oost-Nederland",
     "de bron noemt geen ingangsdatum"),
    ("Leiderdorp", {"type": "dienst", "value": 800_000}, "Bouwblokkenschema regio Leiden", "1 september 2023"),
    ("Den Haag", {"type": "werk", "value": 2_000_000}, "Bouwblokken Haaglanden en Zuid-Holland Centraal",
     "1 juli 2023"),
    ("Harlingen", {"type": "werk", "value": 600_000}, "Waarden social return gemeente Harlingen",
     "noemt geen datum"),
])
def test_building_block_combination_per_region(plans: PlanBook, organisation: str, fields: dict, table: str,
                                               date: str) -> None:
    plan = make(plans, organisation=organisation, **fields)
    target = plan.obligation.amount or plan.obligation.high
    assert plan.combinations, plan.combinations_note
    profile = plans.rules.profiles[plan.profile_id]
    _, tables = plans.rules.tables_for(profile)
    values = {b.label: b.value for b in tables[0].blocks}
    for combination in plan.combinations:
        assert combination.table == table and date in combination.table_date
        assert combination.target == target and combination.total >= target
        assert combination.total - target < min(i.value for i in combination.items)  # no needless placement
        assert all(values[i.label] == i.value for i in combination.items)
        assert combination.arithmetic().endswith(f"= € {combination.total:,.0f}".replace(",", "."))
        assert cited_urls(plan, combination.cites) == {tables[0].source}


def test_den_haag_golden_combination(plans: PlanBook) -> None:
    # denhaag.nl: 5% van de inschrijfsom vanaf € 215.000; banenafspraak € 50.000 per jaar (vanaf 1 juli 2023)
    plan = make(plans, type="werk", value=2_000_000, years=3, organisation="Den Haag")
    assert plan.obligation.amount == 100_000
    assert plan.combinations[0].arithmetic() == \
        "2 × € 50.000 (Banenafspraak (ook Wajong, Wsw, doelgroepregistratie)) = € 100.000"


# ---- unknown organisation and bad input ------------------------------------------------------------------
def test_unknown_organisation_gets_generic_guidance_said_as_such(plans: PlanBook) -> None:
    plan = make(plans, type="dienst", value=1_200_000, years=4, sector="schoonmaak",
                organisation="gemeente Groningen")
    assert plan.generic and plan.profile_id is None
    assert "geen social-returnregels" in plan.notices[0].text and "algemene richtlijnen" in plan.notices[0].text
    assert plan.obligation.amount is None
    assert (plan.obligation.low, plan.obligation.high) == (24_000, 60_000)
    assert "geen regels van de opdrachtgever" in plan.headline
    range_line = next(line for line in plan.obligation.lines if "2% × € 1.200.000 = € 24.000" in line.text)
    assert range_line.cites  # the generic range carries its source too
    assert not plan.combinations


def test_every_number_line_is_cited_or_arithmetic(plans: PlanBook) -> None:
    plan = make(plans, type="dienst", value=1_200_000, years=4, organisation="Súdwest-Fryslân", labour_share=0.6)
    for line in plan.obligation.lines:
        if "%" in line.text and "aandeel" not in line.text and "schatting" not in line.text:
            assert line.cites, line.text
    docs = plans.library
    for source in plan.sources:
        assert source.url in docs.get(source.doc_id).sources


@pytest.mark.parametrize(("fields", "message"), [
    ({"type": "dienst", "value": "abc"}, "'abc' is geen bedrag"),
    ({"type": "dienst", "value": "-5"}, "niet negatief"),
    ({"type": "dienst", "value": 0}, "groter zijn dan € 0"),
    ({"type": "huur", "value": 100}, "Onbekende soort opdracht"),
    ({"type": "dienst", "value": 100, "sector": "ruimtevaart"}, "Onbekende sector"),
    ({"type": "dienst", "value": 100, "years": "nul"}, "geen geldig aantal jaren"),
    ({"type": "dienst", "value": 100, "labour_share": "150%"}, "aandeel arbeid"),
])
def test_bad_input_gets_a_dutch_message(fields: dict, message: str) -> None:
    with pytest.raises(BadPlanInput, match=message):
        PlanRequest.parse(**fields)


def test_unknown_region_is_bad_input(plans: PlanBook) -> None:
    with pytest.raises(BadPlanInput, match="Onbekende regio 'atlantis'"):
        make(plans, type="dienst", value=100_000, region="atlantis")
    assert make(plans, type="dienst", value=1_000_000, region="haaglanden").combinations


@pytest.mark.parametrize(("text", "euros"), [("1,2 miljoen", 1_200_000), ("€ 1.200.000", 1_200_000),
                                              ("250k", 250_000), ("1.234,50", 1234.5), ("2 ton", 200_000)])
def test_amounts_as_people_write_them(text: str, euros: float) -> None:
    assert PlanRequest.parse(type="dienst", value=text).value == euros


# ---- exports and the command line --------------------------------------------------------------------------
def test_markdown_memo_holds_every_section_citation_and_date(plans: PlanBook) -> None:
    plan = make(plans, type="dienst", value=800_000, years=3, sector="schoonmaak", organisation="Leiden")
    memo = to_markdown(plan)
    for heading in ("## 1. Past social return", "## 2. Routes", "## 3. De verplichting", "## 4. Zo kan",
                    "## 5. Conceptteksten", "## 6. Checklist per fase", "## Bronnen", "## Datum van de regels"):
        assert heading in memo
    assert "CONCEPT — ter toetsing door de juridische afdeling" in memo
    assert all(source.url in memo for source in plan.sources)
    assert "geldig vanaf 1 september 2023" in memo
    for phase in ("Voorbereiding", "Aanbesteding", "Gunning", "Contractmanagement", "Monitoring en rapportage",
                  "Handhaving"):
        assert f"### {phase}" in memo


def test_docx_memo_opens_and_holds_the_citations(plans: PlanBook, tmp_path: Path) -> None:
    plan = make(plans, type="werk", value=20_000_000, years=2, organisation="Súdwest-Fryslân")
    path = write_docx(plan, tmp_path / "memo.docx")
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "€ 400.000 wordt € 300.000" in text and "CONCEPT" in text
    for source in plan.sources:
        assert f"[{source.n}] {source.title}" in text and source.url in text
    assert "Súdwest-Fryslân" in cells


def test_cli_plan(tmp_path: Path) -> None:
    runner = CliRunner()
    env = {"KB_CORPUS_DIR": str(BUNDLED_CORPUS), "KB_DATA_DIR": str(tmp_path / "data")}
    args = ["plan", "--type", "dienst", "--value", "1200000", "--years", "4", "--sector", "schoonmaak",
            "--organisation", "gemeente Utrecht", "--labour-share", "0.6"]
    text = runner.invoke(cli, args, env=env)
    assert text.exit_code == 0, text.output
    assert "€ 24.000 tot € 60.000" in text.output and "Combinatie 1" in text.output and "utrecht.nl" in text.output
    data = json.loads(runner.invoke(cli, [*args, "--json"], env=env).output)
    assert data["profile_id"] == "utrecht" and data["obligation"]["high"] == 60_000 and data["sources"]
    memo = tmp_path / "memo.docx"
    written = runner.invoke(cli, [*args, "--docx", str(memo)], env=env)
    assert written.exit_code == 0 and docx.Document(str(memo)).paragraphs
    assert not (tmp_path / "data").exists()  # plans need no index


@pytest.mark.parametrize("args", [["--type", "dienst", "--value", "veel"], ["--type", "huur", "--value", "5"],
                                  ["--type", "werk", "--value", "-5"],
                                  ["--type", "werk", "--value", "5000", "--region", "atlantis"]])
def test_cli_plan_bad_input_exits_2(args: list[str], tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["plan", *args], env={"KB_CORPUS_DIR": str(BUNDLED_CORPUS),
                                                          "KB_DATA_DIR": str(tmp_path)})
    assert result.exit_code == 2
    assert "Fout:" in result.output and "Traceback" not in result.output
