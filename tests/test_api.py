"""The JSON API and health check, on the real index, through FastAPI's test client."""

from __future__ import annotations

import threading
import time

import pytest
from fastapi.testclient import TestClient

from app.server import create_app
from kb.config import Settings
from kb.service import KnowledgeBase


def wait_ready(client: TestClient, seconds: float = 120) -> dict:
    deadline = time.time() + seconds
    while time.time() < deadline:
        response = client.get("/healthz")
        if response.status_code == 200:
            return response.json()
        assert response.status_code == 503, response.text
        time.sleep(0.2)
    raise AssertionError("index never became ready")


@pytest.fixture(scope="module")
def client(bundled_kb: KnowledgeBase, bundled_settings: Settings) -> TestClient:
    with TestClient(create_app(bundled_settings, with_ui=False)) as test_client:
        wait_ready(test_client)
        yield test_client


def test_healthz_reports_index_stats(client: TestClient) -> None:
    data = client.get("/healthz").json()
    assert data["status"] == "ready"
    assert data["documents"] >= 10 and data["chunks"] > data["documents"]
    assert data["embedding_model"] == Settings().embedding_model


def test_ask_returns_the_cli_json_shape(client: TestClient) -> None:
    response = client.post("/api/ask", json={"question": "Wat is de percelenregeling?"})
    assert response.status_code == 200
    data = response.json()
    assert {"answer", "refused", "confidence", "citations", "latency_ms", "ai_disclosure"} <= set(data)
    disclosure = data["ai_disclosure"]
    assert "automatisch door software" in disclosure["text"] and disclosure["method"] == "extractive"
    assert disclosure["how_it_works"].endswith("/over")
    assert client.get("/over").status_code == 200
    assert not data["refused"] and data["citations"]
    assert {"n", "doc_id", "title", "url", "section", "type", "passage"} <= set(data["citations"][0])


def test_ask_with_filters_and_history(client: TestClient) -> None:
    data = client.post("/api/ask", json={"question": "Een voorbeeld uit de schoonmaak?",
                                         "filters": {"type": "praktijkvoorbeeld"}}).json()
    assert data["citations"] and all(c["type"] == "praktijkvoorbeeld" for c in data["citations"])
    history = [{"role": "user", "content": "Wat houdt de percelenregeling in?"}, {"role": "assistant", "content": "…"}]
    follow_up = client.post("/api/ask", json={"question": "En welke bedragen gelden daarbij?", "history": history})
    assert follow_up.status_code == 200 and not follow_up.json()["refused"]


@pytest.mark.parametrize("question", ["", "x" * 10_000, "?!?", "<script>alert(1)</script>"])
def test_bad_input_gets_a_message_not_an_error(client: TestClient, question: str) -> None:
    response = client.post("/api/ask", json={"question": question})
    assert response.status_code == 200
    data = response.json()
    assert data["refused"] is True
    assert data["answer"]


MARKER = "Zeldzaam-invoer-9431"  # must never come back in an error message


@pytest.mark.parametrize("body", [
    {"vraag": MARKER},
    {"question": 5},
    {"question": None},
    {"question": [MARKER]},
    {"question": {"tekst": MARKER}},
    {"question": "Wat is PSO?", "filters": {"sector": 5}},
    {"question": "Wat is PSO?", "filters": {"sector": [5, MARKER]}},
    {"question": "Wat is PSO?", "filters": MARKER},
    {"question": "Wat is PSO?", "filters": {MARKER: "bouw"}},
    {"question": "Wat is PSO?", "filters": {"type": {"a": MARKER}}},
    {"question": "Wat is PSO?", "history": MARKER},
    {"question": "Wat is PSO?", "history": [MARKER]},
    {"question": "Wat is PSO?", "history": [{"role": MARKER, "content": "x"}]},
    {"question": "Wat is PSO?", "history": [{"role": "user", "content": 7}]},
    [MARKER],
    MARKER,
    12,
])
def test_wrong_types_get_a_dutch_4xx_without_the_input(client: TestClient, body) -> None:
    response = client.post("/api/ask", json=body)
    assert 400 <= response.status_code < 500, response.text
    assert response.headers["content-type"].startswith("application/json")
    data = response.json()
    assert data["error"] == "ongeldige_invoer" and data["message"].startswith("Het verzoek is niet goed opgebouwd")
    assert data["problems"] and all(p["field"] and p["problem"] for p in data["problems"])
    assert MARKER not in response.text


@pytest.mark.parametrize("raw, content_type", [
    (b'{"question": "x"', "application/json"),
    (b"", "application/json"),
    (b"question=Wat", "application/x-www-form-urlencoded"),
    (b"\xff\xfe", "application/json"),
])
def test_broken_bodies_get_a_dutch_4xx(client: TestClient, raw: bytes, content_type: str) -> None:
    response = client.post("/api/ask", content=raw, headers={"content-type": content_type})
    assert 400 <= response.status_code < 500
    assert response.json()["message"].startswith("Het verzoek is niet goed opgebouwd")


@pytest.mark.parametrize("body", [
    {"question": "Q", "answer": {"answer": "x"}, "rating": "goed"},
    {"question": "Q", "answer": {"answer": "x"}, "rating": 5},
    {"question": "Q", "answer": {"answer": "x"}, "rating": 1.5},
    {"question": "Q", "answer": MARKER, "rating": 1},
    {"question": "Q", "answer": {"citations": MARKER}, "rating": 1},
    {"question": "Q", "answer": {"citations": [MARKER]}, "rating": 1},
    {"question": "Q", "answer": {"answer": ["x"]}, "rating": 1},
    {"question": "", "answer": {}, "rating": 1},
    {"question": "Q", "answer": {}, "rating": 1, "comment": 5},
    {"question": "Q", "rating": 1},
    {"answer": {}, "rating": 1},
])
def test_feedback_with_wrong_types_gets_a_dutch_4xx(client: TestClient, body) -> None:
    response = client.post("/api/feedback", json=body)
    assert 400 <= response.status_code < 500, response.text
    assert response.json()["error"] == "ongeldige_invoer" and MARKER not in response.text


def test_unknown_routes_and_methods_get_dutch_json(client: TestClient) -> None:
    missing = client.get("/api/bestaat-niet")
    assert missing.status_code == 404 and missing.json()["message"] == "Deze API-route bestaat niet."
    wrong_method = client.get("/api/ask")
    assert wrong_method.status_code == 405 and "POST" in wrong_method.headers["allow"]


def test_questions_asked_through_the_api_are_logged_masked(client: TestClient, bundled_settings: Settings) -> None:
    client.post("/api/ask", json={"question": "Mag ik mijn BSN 111222333 sturen naar test@example.org?"})
    from kb.feedback import FeedbackStore

    logged = FeedbackStore(bundled_settings.feedback_path).asked()[-1]
    assert logged["channel"] == "api" and "[BSN]" in logged["question"] and "[e-mail]" in logged["question"]
    assert "111222333" not in logged["question"]


def test_feedback_endpoint_stores_a_row(client: TestClient, bundled_settings: Settings) -> None:
    answer = client.post("/api/ask", json={"question": "Wat is de percelenregeling?"}).json()
    response = client.post("/api/feedback", json={"question": "Wat is de percelenregeling?", "answer": answer,
                                                  "rating": -1, "comment": "bedragen missen"})
    assert response.status_code == 200
    from kb.feedback import FeedbackStore

    rows = FeedbackStore(bundled_settings.feedback_path).all()
    assert any(r["id"] == response.json()["id"] and r["comment"] == "bedragen missen" and r["rating"] == -1
               for r in rows)


def test_healthz_is_503_while_the_index_builds(small_settings: Settings) -> None:
    release = threading.Event()

    def slow_progress(done: int, total: int) -> None:
        release.wait(timeout=60)

    with TestClient(create_app(small_settings, with_ui=False, progress=slow_progress)) as test_client:
        response = test_client.get("/healthz")
        assert response.status_code == 503
        assert response.json()["status"] == "building"
        assert test_client.post("/api/ask", json={"question": "Wat is een minimumeis?"}).status_code == 503
        release.set()
        stats = wait_ready(test_client)
        assert stats["documents"] == 4


def test_a_server_error_is_dutch_json(bundled_kb: KnowledgeBase, bundled_settings: Settings,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    with TestClient(create_app(bundled_settings, with_ui=False), raise_server_exceptions=False) as test_client:
        wait_ready(test_client)

        def broken(*args, **kwargs):
            raise RuntimeError("intern detail dat niet naar buiten mag")

        monkeypatch.setattr(test_client.app.state.knowledge_base, "ask", broken)
        response = test_client.post("/api/ask", json={"question": "Wat is social return?"})
        assert response.status_code == 500 and response.json()["error"] == "serverfout"
        assert "Er ging iets mis" in response.json()["message"] and "intern detail" not in response.text


@pytest.mark.parametrize("body", [
    {"type": MARKER, "value": 100},
    {"type": "dienst", "value": MARKER},
    {"type": "dienst", "value": 1_200_000, "years": MARKER},
    {"type": "dienst", "value": 1_200_000, "labour_share": MARKER},
    {"type": "dienst", "value": 1_200_000, "sector": MARKER},
    {"type": "dienst", "value": 1_200_000, "region": MARKER},
    [MARKER],
])
def test_plan_input_errors_do_not_repeat_the_input(client: TestClient, body) -> None:
    response = client.post("/api/plan", json=body)
    assert 400 <= response.status_code < 500, response.text
    assert response.json()["message"] and MARKER not in response.text
