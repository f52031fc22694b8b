"""Cleaning and feature engineering for the IBM Telco Customer Churn data."""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from churn_guard import ID_COLUMN, TARGET

SERVICE_COLUMNS = [
    "PhoneService", "MultipleLines", "OnlineSecurity", "OnlineBackup",
    "DeviceProtection", "TechSupport", "StreamingTV", "StreamingMovies",
]
CATEGORICAL = [
    "Partner", "Dependents", "InternetService", "Contract",
    "PaperlessBilling", "PaymentMethod", "tenure_bucket", *SERVICE_COLUMNS,
]
NUMERIC = [
    "SeniorCitizen", "tenure", "MonthlyCharges", "TotalCharges",
    "num_services", "charges_ratio",
]
# gender is deliberately excluded: it adds nothing to AUC and we do not
# want retention offers to depend on it (see docs/model_card.md).
DROPPED = ["gender"]


def clean(df: pd.DataFrame) -> pd.DataFrame:
    """Fix types and derive features. Works on a full file or a single API row."""
    out = df.copy()
    # 11 brand-new customers (tenure == 0) have a blank TotalCharges string.
    out["TotalCharges"] = pd.to_numeric(out["TotalCharges"], errors="coerce").fillna(0.0)
    out["SeniorCitizen"] = out["SeniorCitizen"].astype(int)
    out["num_services"] = (out[SERVICE_COLUMNS] == "Yes").sum(axis=1)
    expected = out["tenure"] * out["MonthlyCharges"]
    out["charges_ratio"] = np.where(expected > 0, out["TotalCharges"] / expected, 1.0)
    out["tenure_bucket"] = pd.cut(
        out["tenure"], bins=[-1, 6, 12, 24, 48, 72],
        labels=["0-6m", "6-12m", "1-2y", "2-4y", "4-6y"],
    ).astype(str)
    if TARGET in out.columns:
        out[TARGET] = (out[TARGET] == "Yes").astype(int)
    return out.drop(columns=[c for c in DROPPED + [ID_COLUMN] if c in out.columns])


def split_xy(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    return df[CATEGORICAL + NUMERIC], df[TARGET]


def build_preprocessor() -> ColumnTransformer:
    return ColumnTransformer(
        transformers=[
            ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CATEGORICAL),
            ("num", Pipeline([("scale", StandardScaler())]), NUMERIC),
        ],
        verbose_feature_names_out=False,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Clean raw Telco churn CSV.")
    parser.add_argument("raw_path", type=Path)
    parser.add_argument("out_path", type=Path)
    args = parser.parse_args()

    raw = pd.read_csv(args.raw_path)
    processed = clean(raw)
    args.out_path.parent.mkdir(parents=True, exist_ok=True)
    processed.to_parquet(args.out_path, index=False)
    print(f"wrote {len(processed)} rows, churn rate {processed[TARGET].mean():.3f}")


if __name__ == "__main__":
    main()
