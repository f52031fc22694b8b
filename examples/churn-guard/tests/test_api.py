import numpy as np
import pytest
from fastapi.testclient import TestClient

from churn_guard.api import app, get_model


class FixedModel:
    def __init__(self, p: float):
        self.p = p

    def predict_proba(self, X):
        return np.array([[1 - self.p, self.p]] * len(X))


@pytest.fixture
def client():
    def make(p: float) -> TestClient:
        app.dependency_overrides[get_model] = lambda: FixedModel(p)
        return TestClient(app)

    yield make
    app.dependency_overrides.clear()


@pytest.fixture
def payload(raw_rows) -> dict:
    row = raw_rows.drop(columns=["customerID", "Churn"]).iloc[1].to_dict()
    row["TotalCharges"] = float(row["TotalCharges"])
    return {k: (v.item() if hasattr(v, "item") else v) for k, v in row.items()}


def test_health(client):
    response = client(0.1).get("/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_high_risk_customer_gets_offer(client, payload):
    response = client(0.81).post("/predict", json=payload)
    assert response.status_code == 200
    body = response.json()
    assert body["churn_probability"] == pytest.approx(0.81)
    assert body["risk_tier"] == "high"
    assert body["recommend_offer"] is True


def test_low_risk_customer_gets_no_offer(client, payload):
    body = client(0.05).post("/predict", json=payload).json()
    assert body["risk_tier"] == "low"
    assert body["recommend_offer"] is False


def test_invalid_contract_is_rejected(client, payload):
    payload["Contract"] = "Three year"
    response = client(0.5).post("/predict", json=payload)
    assert response.status_code == 422
