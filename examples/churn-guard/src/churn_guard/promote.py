"""Promote the registry "challenger" to "champion" if it beats it on ROC-AUC."""
from __future__ import annotations

import sys

from mlflow.exceptions import MlflowException
from mlflow.tracking import MlflowClient

MODEL_NAME = "churn-guard"
MIN_GAIN = 0.002  # ignore noise-level improvements


def _auc(client: MlflowClient, alias: str) -> tuple[str, float] | None:
    try:
        mv = client.get_model_version_by_alias(MODEL_NAME, alias)
    except MlflowException:
        return None
    run = client.get_run(mv.run_id)
    return mv.version, run.data.metrics["roc_auc"]


def main() -> int:
    client = MlflowClient()
    challenger = _auc(client, "challenger")
    if challenger is None:
        print("no challenger registered")
        return 1
    champion = _auc(client, "champion")
    if champion is None or challenger[1] >= champion[1] + MIN_GAIN:
        client.set_registered_model_alias(MODEL_NAME, "champion", challenger[0])
        print(f"promoted v{challenger[0]} (roc_auc={challenger[1]:.4f})")
    else:
        print(f"kept v{champion[0]} (roc_auc={champion[1]:.4f} vs {challenger[1]:.4f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
