import pandas as pd
import pytest


@pytest.fixture
def raw_rows() -> pd.DataFrame:
    """Three rows in the exact format of the Telco CSV (TotalCharges is a string)."""
    return pd.DataFrame(
        {
            "customerID": ["7590-VHVEG", "5575-GNVDE", "0001-NEWCU"],
            "gender": ["Female", "Male", "Male"],
            "SeniorCitizen": [0, 0, 1],
            "Partner": ["Yes", "No", "No"],
            "Dependents": ["No", "No", "No"],
            "tenure": [1, 34, 0],
            "PhoneService": ["No", "Yes", "Yes"],
            "MultipleLines": ["No phone service", "No", "Yes"],
            "InternetService": ["DSL", "DSL", "Fiber optic"],
            "OnlineSecurity": ["No", "Yes", "No"],
            "OnlineBackup": ["Yes", "No", "No"],
            "DeviceProtection": ["No", "Yes", "No"],
            "TechSupport": ["No", "No", "No"],
            "StreamingTV": ["No", "No", "Yes"],
            "StreamingMovies": ["No", "No", "Yes"],
            "Contract": ["Month-to-month", "One year", "Month-to-month"],
            "PaperlessBilling": ["Yes", "No", "Yes"],
            "PaymentMethod": ["Electronic check", "Mailed check", "Electronic check"],
            "MonthlyCharges": [29.85, 56.95, 99.65],
            "TotalCharges": ["29.85", "1889.5", " "],
            "Churn": ["No", "No", "Yes"],
        }
    )
