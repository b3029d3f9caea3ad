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
    assert {"answer", "refused", "confidence", "citations", "latency_ms"} <= set(data)
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


def test_malformed_request_is_rejected(client: TestClient) -> None:
    assert client.post("/api/ask", json={"vraag": "x"}).status_code == 422


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
