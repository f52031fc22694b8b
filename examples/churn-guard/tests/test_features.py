import numpy as np

from churn_guard.features import CATEGORICAL, NUMERIC, build_preprocessor, clean, split_xy


def test_blank_total_charges_become_zero(raw_rows):
    out = clean(raw_rows)
    assert out["TotalCharges"].dtype == float
    assert out.loc[2, "TotalCharges"] == 0.0


def test_target_is_binary(raw_rows):
    out = clean(raw_rows)
    assert out["Churn"].tolist() == [0, 0, 1]


def test_gender_and_id_are_dropped(raw_rows):
    out = clean(raw_rows)
    assert "gender" not in out.columns
    assert "customerID" not in out.columns


def test_num_services_counts_yes_answers(raw_rows):
    out = clean(raw_rows)
    assert out["num_services"].tolist() == [1, 3, 4]


def test_charges_ratio_handles_zero_tenure(raw_rows):
    out = clean(raw_rows)
    assert np.isfinite(out["charges_ratio"]).all()
    assert out.loc[2, "charges_ratio"] == 1.0


def test_preprocessor_output_has_no_missing_values(raw_rows):
    X, _ = split_xy(clean(raw_rows))
    assert list(X.columns) == CATEGORICAL + NUMERIC
    matrix = build_preprocessor().fit_transform(X)
    assert matrix.shape[0] == 3
    assert not np.isnan(matrix).any()
