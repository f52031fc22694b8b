"""Weekly data-drift check with Evidently (reference = training snapshot)."""
from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd
from evidently.metric_preset import DataDriftPreset
from evidently.report import Report

from churn_guard.features import CATEGORICAL, NUMERIC, clean

DRIFT_SHARE_ALERT = 0.3  # alert when >30% of features drift


def drift_report(reference: pd.DataFrame, current: pd.DataFrame) -> Report:
    columns = CATEGORICAL + NUMERIC
    report = Report(metrics=[DataDriftPreset()])
    report.run(reference_data=reference[columns], current_data=current[columns])
    return report


def drifted_share(report: Report) -> float:
    # The first metric of DataDriftPreset is DatasetDriftMetric.
    result = report.as_dict()["metrics"][0]["result"]
    return float(result["share_of_drifted_columns"])


def main() -> None:
    parser = argparse.ArgumentParser(description="Compare recent scoring requests to training data.")
    parser.add_argument("--reference", default="data/processed/telco_clean.parquet")
    parser.add_argument("--current", required=True, help="CSV of customers scored this week")
    parser.add_argument("--out", default="reports/drift.html")
    args = parser.parse_args()

    reference = pd.read_parquet(args.reference)
    current = clean(pd.read_csv(args.current))
    report = drift_report(reference, current)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    report.save_html(args.out)

    share = drifted_share(report)
    status = "ALERT" if share > DRIFT_SHARE_ALERT else "ok"
    print(f"[{status}] drifted feature share = {share:.2f} -> {args.out}")


if __name__ == "__main__":
    main()
