"""Train the churn model, log everything to MLflow and register it."""
from __future__ import annotations

import json
from pathlib import Path

import joblib
import mlflow
import mlflow.sklearn
import numpy as np
import pandas as pd
import yaml
from lightgbm import LGBMClassifier
from mlflow.models import infer_signature
from mlflow.tracking import MlflowClient
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline

from churn_guard.features import build_preprocessor, split_xy

MODEL_NAME = "churn-guard"


def precision_at_k(y_true: np.ndarray, scores: np.ndarray, fraction: float) -> tuple[float, float]:
    """Precision and recall when only the top `fraction` of customers is contacted."""
    k = max(1, int(len(scores) * fraction))
    top = np.argsort(scores)[::-1][:k]
    hits = y_true[top].sum()
    return hits / k, hits / max(1, y_true.sum())


def log_baseline(X_train, y_train, X_test, y_test, top_fraction: float) -> None:
    """Logistic regression reference, logged as a nested run for comparison."""
    baseline = Pipeline([
        ("prep", build_preprocessor()),
        ("clf", LogisticRegression(max_iter=1000, class_weight="balanced")),
    ])
    with mlflow.start_run(run_name="logreg-baseline", nested=True):
        baseline.fit(X_train, y_train)
        scores = baseline.predict_proba(X_test)[:, 1]
        p_at_k, _ = precision_at_k(y_test.to_numpy(), scores, top_fraction)
        mlflow.log_metric("roc_auc", roc_auc_score(y_test, scores))
        mlflow.log_metric("precision_at_10pct", p_at_k)


def main(params_path: str = "params.yaml") -> dict:
    params = yaml.safe_load(Path(params_path).read_text())
    data_cfg, train_cfg, eval_cfg = params["data"], params["train"], params["evaluate"]

    df = pd.read_parquet(data_cfg["processed_path"])
    X, y = split_xy(df)
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=data_cfg["test_size"], stratify=y,
        random_state=data_cfg["random_state"],
    )

    model = Pipeline([
        ("prep", build_preprocessor()),
        ("clf", LGBMClassifier(random_state=data_cfg["random_state"], verbose=-1, **train_cfg)),
    ])

    mlflow.set_experiment("churn-guard")
    with mlflow.start_run() as run:
        mlflow.log_params(train_cfg)
        mlflow.log_params({"test_size": data_cfg["test_size"], "n_train": len(X_train)})

        model.fit(X_train, y_train)
        scores = model.predict_proba(X_test)[:, 1]
        preds = (scores >= eval_cfg["threshold"]).astype(int)

        auc = roc_auc_score(y_test, scores)
        p_at_k, r_at_k = precision_at_k(y_test.to_numpy(), scores, eval_cfg["top_fraction"])
        metrics = {
            "roc_auc": round(auc, 4),
            "f1": round(f1_score(y_test, preds), 4),
            "precision": round(precision_score(y_test, preds), 4),
            "recall": round(recall_score(y_test, preds), 4),
            "precision_at_10pct": round(p_at_k, 4),
            "recall_at_10pct": round(r_at_k, 4),
        }
        # Offer rate by age group, reported in docs/model_card.md
        senior = X_test["SeniorCitizen"].to_numpy() == 1
        metrics["offer_rate_senior"] = round(preds[senior].mean(), 4)
        metrics["offer_rate_non_senior"] = round(preds[~senior].mean(), 4)

        mlflow.log_metric("roc_auc", auc)
        mlflow.log_metrics({k: v for k, v in metrics.items() if k != "roc_auc"})

        importance = pd.Series(
            model.named_steps["clf"].booster_.feature_importance("gain"),
            index=model.named_steps["prep"].get_feature_names_out(),
        ).sort_values(ascending=False)
        mlflow.log_text(importance.to_csv(header=["gain"]), "feature_importance.csv")
        log_baseline(X_train, y_train, X_test, y_test, eval_cfg["top_fraction"])

        signature = infer_signature(X_test, scores)
        mlflow.sklearn.log_model(
            model, "model", signature=signature, registered_model_name=MODEL_NAME,
        )

        # New versions enter as "challenger"; promote.py decides on "champion".
        client = MlflowClient()
        version = client.search_model_versions(
            f"name='{MODEL_NAME}' and run_id='{run.info.run_id}'"
        )[0].version
        client.set_registered_model_alias(MODEL_NAME, "challenger", version)

    Path("models").mkdir(exist_ok=True)
    joblib.dump(model, "models/model.joblib")
    Path("reports").mkdir(exist_ok=True)
    Path("reports/metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    print(json.dumps(metrics, indent=2))
    return metrics


if __name__ == "__main__":
    main()
