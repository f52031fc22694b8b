"""Prefect flow: retrain weekly, promote if better, then check drift.

Deploy with:
    prefect deploy pipelines/flow.py:churn_guard_weekly -n weekly --cron "0 6 * * 1"
"""
from __future__ import annotations

import subprocess

from prefect import flow, get_run_logger, task

from churn_guard import promote, train


@task(retries=2, retry_delay_seconds=60)
def pull_data() -> None:
    subprocess.run(["dvc", "pull", "data/raw/telco_churn.csv.dvc"], check=True)


@task
def prepare() -> None:
    subprocess.run(["dvc", "repro", "prepare"], check=True)


@task
def train_model() -> dict:
    return train.main("params.yaml")


@task
def promote_model() -> int:
    return promote.main()


@task
def check_drift(current_csv: str) -> None:
    subprocess.run(
        ["python", "-m", "churn_guard.monitoring", "--current", current_csv],
        check=True,
    )


@flow(name="churn-guard-weekly", log_prints=True)
def churn_guard_weekly(current_csv: str = "data/live/last_week_requests.csv") -> dict:
    logger = get_run_logger()
    pull_data()
    prepare()
    metrics = train_model()
    logger.info("challenger metrics: %s", metrics)
    promote_model()
    check_drift(current_csv)
    return metrics


if __name__ == "__main__":
    churn_guard_weekly()
