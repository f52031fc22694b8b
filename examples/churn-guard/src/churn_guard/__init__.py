"""churn-guard: telecom churn scoring for retention-offer targeting."""

__version__ = "0.3.1"

TARGET = "Churn"
ID_COLUMN = "customerID"
