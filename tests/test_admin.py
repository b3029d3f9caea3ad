"""The content owner's view: 404 without a configured token, 401 without the token, the reports in
JSON, CSV and on a page; and the report functions on the real index."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.server import create_app
from kb import content_report
from kb.catalog import DocumentInfo
from kb.config import Settings
from kb.feedback import FeedbackStore
from kb.service import KnowledgeBase
from tests.browser_support import ADMIN_TOKEN, open_app
from tests.test_api import wait_ready

TOKEN = "beheer-token-voor-de-test"
BEARER = {"Authorization": f"Bearer {TOKEN}"}
REPORTS = list(content_report.REPORTS)


@pytest.fixture(scope="module")
def admin_client(bundled_kb: KnowledgeBase, bundled_settings: Settings, tmp_path_factory) -> TestClient:
    # every answer counts as unsure here, so the report's contents do not hang on refusal calibration
    settings = bundled_settings.model_copy(update={"admin_token": SecretStr(TOKEN), "low_confidence": 1.0})
    with TestClient(create_app(settings, with_ui=False)) as client:
        wait_ready(client)
        yield client


@pytest.mark.parametrize("path", ["/api/beheer", *[f"/api/beheer/{r}" for r in REPORTS],
                                  *[f"/api/beheer/{r}.csv" for r in REPORTS]])
def test_every_admin_route_needs_the_token(admin_client: TestClient, path: str) -> None:
    for headers in ({}, {"Authorization": "Bearer fout"}, {"Authorization": TOKEN}, {"Cookie": "kb_beheer=x"}):
        response = admin_client.get(path, headers=headers)
        assert response.status_code == 401, (path, headers)
        assert TOKEN not in response.text and "beheertoken" in response.json()["message"]
    assert admin_client.get(path, headers=BEARER).status_code == 200


def test_without_a_configured_token_the_view_does_not_exist(bundled_kb: KnowledgeBase,
                                                            bundled_settings: Settings) -> None:
    with TestClient(create_app(bundled_settings, with_ui=False)) as client:
        assert client.get("/api/beheer/vragen", headers={"Authorization": "Bearer "}).status_code == 404
        assert client.get("/beheer").status_code == 404
        assert client.post("/beheer/inloggen", data={"token": ""}).status_code == 404


def test_reports_show_what_to_write_next(admin_client: TestClient, bundled_settings: Settings) -> None:
    admin_client.post("/api/ask", json={"question": "Wie wint het WK voetbal van 2030?"})
    admin_client.post("/api/ask", json={"question": "wie wint het WK voetbal van  2030?"})
    answer = admin_client.post("/api/ask", json={"question": "Wat is de percelenregeling?"}).json()
    admin_client.post("/api/feedback", json={"question": "Wat is de percelenregeling?", "answer": answer,
                                             "rating": -1, "comment": "=bedragen ontbreken, bel 06-12345678"})
    questions = admin_client.get("/api/beheer/vragen", headers=BEARER).json()
    assert any(r["question"] == "Wie wint het WK voetbal van 2030?" and r["times"] == 2 for r in questions["rows"])
    judged = admin_client.get("/api/beheer/beoordelingen", headers=BEARER).json()["rows"]
    assert judged[0]["rating"] == "niet goed" and judged[0]["comment"] == "=bedragen ontbreken, bel [telefoonnummer]"
    cited = admin_client.get("/api/beheer/meest-geciteerd", headers=BEARER).json()["rows"]
    assert any(r["doc_id"] == answer["citations"][0]["doc_id"] and r["times_cited"] >= 1 for r in cited)
    never = admin_client.get("/api/beheer/nooit-geciteerd", headers=BEARER).json()["rows"]
    assert never and not {r["doc_id"] for r in never} & {r["doc_id"] for r in cited}
    exported = admin_client.get("/api/beheer/beoordelingen.csv", headers=BEARER)
    assert exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert rows[0]["Opmerking"].startswith("'=")  # no formula in a spreadsheet


def test_due_for_check_lists_old_and_missing_dates() -> None:
    docs = [DocumentInfo("a.md", "A", "guidance", "s", "o", "u", checked="2020-01-01"),
            DocumentInfo("b.md", "B", "guidance", "s", "o", "u", checked="2026-06-01"),
            DocumentInfo("c.md", "C", "guidance", "s", "o", "u", checked="")]
    rows = content_report.due_for_check(docs, 365, today=dt.date(2026, 12, 1))
    assert [r["doc_id"] for r in rows] == ["c.md", "a.md"]
    assert rows[1]["days_since_check"] == (dt.date(2026, 12, 1) - dt.date(2020, 1, 1)).days


def test_grouped_questions_count_repeats(tmp_path) -> None:
    store = FeedbackStore(tmp_path / "f.sqlite3")
    for text in ("Wat kost een bakfiets?", "wat kost  een bakfiets?", "Wat is PSO?"):
        store.log_question(text, {"refused": text != "Wat is PSO?", "confidence": 0.2 if text != "Wat is PSO?" else 0.9})
    rows = content_report.questions_to_look_at(store, 0.5)
    assert len(rows) == 1 and rows[0]["times"] == 2 and rows[0]["refused"]


@pytest.mark.browser
def test_admin_page_behind_a_login(browser, served) -> None:
    page = open_app(browser, served, path="/beheer")
    assert page.locator("h1").inner_text() == "Beheer: aanmelden"
    page.locator("#token").fill("fout")
    page.get_by_role("button", name="Aanmelden").click()
    page.wait_for_selector("[role=alert]")
    assert "niet juist" in page.locator("[role=alert]").inner_text()
    page.locator("#token").fill(ADMIN_TOKEN)
    page.get_by_role("button", name="Aanmelden").click()
    page.wait_for_selector("text=Beheer: wat moet er beter?")
    for report in content_report.REPORTS.values():
        assert page.get_by_role("heading", name=report.title).is_visible()
    assert page.locator("a[href$='api/beheer/vragen.csv']").count() == 1
    page.get_by_role("button", name="Afmelden").click()
    page.wait_for_selector("text=Beheer: aanmelden")
    page.close()
