"""FastAPI service that scores a customer's churn risk."""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Literal

import joblib
import pandas as pd
from fastapi import Depends, FastAPI
from pydantic import BaseModel, Field

from churn_guard import __version__
from churn_guard.features import CATEGORICAL, NUMERIC, clean

YesNo = Literal["Yes", "No"]
YesNoService = Literal["Yes", "No", "No internet service"]

OFFER_THRESHOLD = float(os.getenv("OFFER_THRESHOLD", "0.62"))

app = FastAPI(
    title="churn-guard",
    version=__version__,
    description="Scores telecom customers for churn risk to target retention offers.",
)


class Customer(BaseModel):
    gender: Literal["Male", "Female"] | None = None  # accepted but ignored
    SeniorCitizen: int = Field(ge=0, le=1)
    Partner: YesNo
    Dependents: YesNo
    tenure: int = Field(ge=0, le=72, description="Months with the company")
    PhoneService: YesNo
    MultipleLines: Literal["Yes", "No", "No phone service"]
    InternetService: Literal["DSL", "Fiber optic", "No"]
    OnlineSecurity: YesNoService
    OnlineBackup: YesNoService
    DeviceProtection: YesNoService
    TechSupport: YesNoService
    StreamingTV: YesNoService
    StreamingMovies: YesNoService
    Contract: Literal["Month-to-month", "One year", "Two year"]
    PaperlessBilling: YesNo
    PaymentMethod: Literal[
        "Electronic check", "Mailed check",
        "Bank transfer (automatic)", "Credit card (automatic)",
    ]
    MonthlyCharges: float = Field(gt=0)
    TotalCharges: float = Field(ge=0)


class Prediction(BaseModel):
    churn_probability: float
    risk_tier: Literal["low", "medium", "high"]
    recommend_offer: bool
    scored_by: str


@lru_cache(maxsize=1)
def get_model():
    """Load the champion model from the MLflow registry, or a local file in dev."""
    uri = os.getenv("MODEL_URI")
    if uri:
        import mlflow.sklearn

        return mlflow.sklearn.load_model(uri)
    return joblib.load(os.getenv("MODEL_PATH", "models/model.joblib"))


def _tier(p: float) -> str:
    if p >= OFFER_THRESHOLD:
        return "high"
    return "medium" if p >= 0.35 else "low"


@app.get("/health")
def health() -> dict:
    return {"status": "ok", "version": __version__}


@app.post("/predict", response_model=Prediction)
def predict(customer: Customer, model=Depends(get_model)) -> Prediction:
    frame = clean(pd.DataFrame([customer.model_dump()]))
    X = frame[CATEGORICAL + NUMERIC]
    proba = float(model.predict_proba(X)[0, 1])
    return Prediction(
        churn_probability=round(proba, 4),
        risk_tier=_tier(proba),
        recommend_offer=proba >= OFFER_THRESHOLD,
        scored_by=os.getenv("MODEL_URI", "local"),
    )

