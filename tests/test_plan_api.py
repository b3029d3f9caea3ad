"""`POST /api/plan` through FastAPI's test client: a plan without any index, Dutch messages for bad input."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.server import create_app
from tests.conftest import make_settings


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    settings = make_settings(tmp_path_factory.mktemp("plan-api") / "data")
    with TestClient(create_app(settings, on_start="never", with_ui=False)) as test_client:
        yield test_client


def test_plan_endpoint(client: TestClient) -> None:
    response = client.post("/api/plan", json={"type": "werk", "value": "20 miljoen", "years": 2,
                                              "organisation": "Súdwest-Fryslân"})
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["obligation"]["amount"] == 300_000 and data["profile_id"] == "sudwest-fryslan"
    assert {"fit", "routes", "combinations", "clauses", "checklist", "sources", "rule_dates"} <= set(data)
    assert "## Bronnen" in data["markdown"] and "https://sudwestfryslan.nl/onderwerp/infosocialreturn/" in data["markdown"]


def test_plan_endpoint_unknown_organisation(client: TestClient) -> None:
    data = client.post("/api/plan", json={"type": "dienst", "value": 1_200_000, "organisation": "Atlantis"}).json()
    assert data["generic"] and "geen social-returnregels" in data["notices"][0]["text"]
    assert data["obligation"]["amount"] is None and data["obligation"]["high"] == 60_000


@pytest.mark.parametrize(("body", "message"), [
    ({"type": "dienst", "value": "veel"}, "geen bedrag"),
    ({"type": "huur", "value": 100}, "Onbekende soort opdracht"),
    ({"value": 100}, "Onbekende soort opdracht"),
    ({"type": "dienst", "value": -1}, "groter zijn dan € 0"),
    ({"type": "dienst", "value": 100, "region": "atlantis"}, "Onbekende regio"),
])
def test_plan_endpoint_bad_input(client: TestClient, body: dict, message: str) -> None:
    response = client.post("/api/plan", json=body)
    assert response.status_code == 400
    assert response.json()["error"] == "bad_input" and message in response.json()["message"]
