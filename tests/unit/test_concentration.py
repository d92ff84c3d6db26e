"""Concentration measures for study 004, checked against closed forms and hand computation."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from neoindex_core.engine import concentration as c

HAND = [1.0, 2.0, 3.0, 4.0]
# Hand case [1, 2, 3, 4]: total 10, mean 2.5, shares 0.1, 0.2, 0.3, 0.4.
HAND_EXPECTED = {
    # two largest: 0.4 + 0.3
    "top2_share": 0.7,
    # 0.01 + 0.04 + 0.09 + 0.16
    "hhi": 0.30,
    # (0.30 - 1/4) / (1 - 1/4) = 0.05 / 0.75 = 1/15
    "hhi_normalized": 1 / 15,
    # |xi - xj| over unordered pairs: 1+2+3+1+2+1 = 10, ordered pairs 20;
    # G = 20 / (2 * 4**2 * 2.5) = 20 / 80
    "gini": 0.25,
    # deviations -1.5, -0.5, 0.5, 1.5; squares 2.25+0.25+0.25+2.25 = 5; /4 = 1.25
    "cv": math.sqrt(1.25) / 2.5,
    # x/mean = 0.4, 0.8, 1.2, 1.6;
    # 0.4 ln 0.4 = -0.366516, 0.8 ln 0.8 = -0.178515,
    # 1.2 ln 1.2 = 0.218786, 1.6 ln 1.6 = 0.752006; sum 0.425761, / 4
    "theil": 0.106440,
    # 4 / 2.5
    "leader_to_average": 1.6,
    # 4 / mean(1, 2, 3) = 4 / 2
    "leader_to_average_excluding": 2.0,
}

SCALAR_FUNCTIONS = [
    c.top_k_share,
    c.herfindahl,
    lambda v: c.herfindahl(v, normalized=True),
    c.gini,
    c.coefficient_of_variation,
    c.theil,
    c.leader_to_average,
    c.leader_to_average_excluding,
]
ALL_FUNCTIONS = [c.shares, *SCALAR_FUNCTIONS, c.summary]


# --- the hand case -------------------------------------------------------------


def test_shares_of_hand_case():
    np.testing.assert_allclose(c.shares(HAND), [0.1, 0.2, 0.3, 0.4])


def test_shares_keep_series_index():
    s = c.shares(pd.Series([30.0, 10.0], index=["Tatarstan", "Mordovia"], name="grp"))
    assert isinstance(s, pd.Series)
    assert list(s.index) == ["Tatarstan", "Mordovia"]
    assert s.name == "grp"
    assert s["Tatarstan"] == pytest.approx(0.75)
    assert s["Mordovia"] == pytest.approx(0.25)


def test_top_k_share_hand_case():
    assert c.top_k_share(HAND) == pytest.approx(0.7)
    assert c.top_k_share(HAND, k=1) == pytest.approx(0.4)
    assert c.top_k_share(HAND, k=3) == pytest.approx(0.9)
    assert c.top_k_share(HAND, k=4) == pytest.approx(1.0)
    # order of the input does not matter
    assert c.top_k_share([4.0, 1.0, 3.0, 2.0], k=2) == pytest.approx(0.7)


def test_herfindahl_hand_case():
    assert c.herfindahl(HAND) == pytest.approx(0.30)
    assert c.herfindahl(HAND, normalized=True) == pytest.approx(1 / 15)


def test_gini_hand_case():
    assert c.gini(HAND) == pytest.approx(0.25)


def test_gini_two_values():
    # [1, 3]: |1-3| counted twice = 4; 2 * 2**2 * mean 2 = 16; G = 0.25
    assert c.gini([1.0, 3.0]) == pytest.approx(0.25)


def test_cv_hand_case():
    assert c.coefficient_of_variation(HAND) == pytest.approx(math.sqrt(1.25) / 2.5)
    # sample form: 5 / 3 instead of 5 / 4
    assert c.coefficient_of_variation(HAND, ddof=1) == pytest.approx(math.sqrt(5 / 3) / 2.5)


def test_theil_hand_case():
    assert c.theil(HAND) == pytest.approx(0.106440, abs=1e-6)
    # equal to ln n minus the entropy of the shares
    s = np.array([0.1, 0.2, 0.3, 0.4])
    assert c.theil(HAND) == pytest.approx(math.log(4) + float(np.sum(s * np.log(s))))


def test_leader_ratios_hand_case():
    assert c.leader_to_average(HAND) == pytest.approx(1.6)
    assert c.leader_to_average_excluding(HAND) == pytest.approx(2.0)


def test_leader_excluding_removes_only_one_tied_leader():
    # [4, 4, 1]: others are 4 and 1, mean 2.5 -> 4 / 2.5
    assert c.leader_to_average_excluding([4.0, 4.0, 1.0]) == pytest.approx(1.6)


def test_two_readings_of_twice_the_average_are_linked():
    # L_- = (n - 1) L / (n - L) on an arbitrary 14-region vector
    x = np.array([9.0, 7.5, 3.0, 2.0, 2.0, 1.5, 1.0, 1.0, 0.8, 0.7, 0.5, 0.5, 0.4, 0.1])
    n, L = x.size, c.leader_to_average(x)
    assert c.leader_to_average_excluding(x) == pytest.approx((n - 1) * L / (n - L))
    assert c.leader_to_average_excluding(x) > L


def test_summary_hand_case_in_order():
    result = c.summary(HAND)
    assert isinstance(result, pd.Series)
    assert list(result.index) == list(HAND_EXPECTED)
    for name, expected in HAND_EXPECTED.items():
        assert result[name] == pytest.approx(expected, abs=1e-6), name


# --- closed forms --------------------------------------------------------------


@pytest.mark.parametrize("n", [2, 3, 14])
def test_equal_values(n):
    x = np.full(n, 5.0)
    np.testing.assert_allclose(c.shares(x), np.full(n, 1 / n))
    assert c.gini(x) == pytest.approx(0.0, abs=1e-12)
    assert c.theil(x) == pytest.approx(0.0, abs=1e-12)
    assert c.herfindahl(x) == pytest.approx(1 / n)
    assert c.herfindahl(x, normalized=True) == pytest.approx(0.0, abs=1e-12)
    assert c.coefficient_of_variation(x) == pytest.approx(0.0, abs=1e-12)
    assert c.leader_to_average(x) == pytest.approx(1.0)
    assert c.leader_to_average_excluding(x) == pytest.approx(1.0)
    assert c.top_k_share(x, k=2) == pytest.approx(2 / n)


@pytest.mark.parametrize("n", [2, 3, 14])
def test_one_nonzero_value(n):
    x = np.zeros(n)
    x[n // 2] = 3.0
    assert c.gini(x) == pytest.approx((n - 1) / n)
    assert c.theil(x) == pytest.approx(math.log(n))
    assert c.herfindahl(x) == pytest.approx(1.0)
    assert c.herfindahl(x, normalized=True) == pytest.approx(1.0)
    assert c.top_k_share(x, k=1) == pytest.approx(1.0)
    assert c.leader_to_average(x) == pytest.approx(n)
    # population CV of one non-zero among n is sqrt(n - 1)
    assert c.coefficient_of_variation(x) == pytest.approx(math.sqrt(n - 1))


def test_one_nonzero_value_leader_to_others_is_undefined():
    with pytest.raises(ValueError, match="other than the leader are zero"):
        c.leader_to_average_excluding([0.0, 5.0, 0.0])
    result = c.summary([0.0, 5.0, 0.0])
    assert math.isnan(result["leader_to_average_excluding"])
    assert result["gini"] == pytest.approx(2 / 3)
    assert result["hhi"] == pytest.approx(1.0)


def test_single_value():
    assert c.herfindahl([7.0]) == pytest.approx(1.0)
    assert c.gini([7.0]) == pytest.approx(0.0)
    assert c.theil([7.0]) == pytest.approx(0.0)
    assert c.leader_to_average([7.0]) == pytest.approx(1.0)
    assert c.top_k_share([7.0], k=1) == pytest.approx(1.0)


# --- invariance to scaling -----------------------------------------------------


@pytest.mark.parametrize("function", SCALAR_FUNCTIONS)
def test_scaling_changes_nothing(function):
    x = np.array([3.0, 0.5, 11.0, 2.0, 7.25])
    assert function(7 * x) == pytest.approx(function(x), rel=1e-12)


def test_scaling_changes_nothing_in_summary_or_shares():
    x = np.array([3.0, 0.5, 11.0, 2.0, 7.25])
    pd.testing.assert_series_equal(c.summary(7 * x), c.summary(x), rtol=1e-12)
    np.testing.assert_allclose(c.shares(7 * x), c.shares(x), rtol=1e-12)


def test_series_and_list_give_the_same_result():
    series = pd.Series([1.0, 2.0, 3.0, 4.0], index=list("abcd"))
    pd.testing.assert_series_equal(c.summary(series), c.summary(HAND))


def test_measures_rise_with_a_transfer_to_the_leader():
    # moving 1 from the smallest to the largest raises every measure
    before = c.summary([2.0, 2.0, 3.0, 4.0])
    after = c.summary([1.0, 2.0, 3.0, 5.0])
    assert (after > before).all(), (after - before).to_dict()


# --- errors --------------------------------------------------------------------


@pytest.mark.parametrize("function", ALL_FUNCTIONS)
@pytest.mark.parametrize(
    "bad, message",
    [
        ([], "empty"),
        ([1.0, np.nan, 2.0], "NaN"),
        ([1.0, -0.5, 2.0], "non-negative"),
        ([0.0, 0.0, 0.0], "zero"),
        ([1.0, np.inf], "infinite"),
        ([[1.0, 2.0], [3.0, 4.0]], "one-dimensional"),
    ],
)
def test_bad_values_raise(function, bad, message):
    with pytest.raises(ValueError, match=message):
        function(bad)


def test_nan_in_series_raises():
    with pytest.raises(ValueError, match="NaN"):
        c.gini(pd.Series([1.0, None, 3.0]))


@pytest.mark.parametrize("k", [0, 5, -1])
def test_top_k_out_of_range(k):
    with pytest.raises(ValueError, match="between 1 and"):
        c.top_k_share(HAND, k=k)


@pytest.mark.parametrize("k", [1.5, True, "2"])
def test_top_k_not_an_integer(k):
    with pytest.raises(ValueError, match="integer"):
        c.top_k_share(HAND, k=k)


def test_normalized_hhi_needs_two_values():
    with pytest.raises(ValueError, match="at least two"):
        c.herfindahl([5.0], normalized=True)


def test_leader_excluding_needs_two_values():
    with pytest.raises(ValueError, match="at least two"):
        c.leader_to_average_excluding([5.0])


def test_summary_needs_two_values():
    with pytest.raises(ValueError, match="at least two"):
        c.summary([5.0])


def test_cv_bad_ddof():
    with pytest.raises(ValueError, match="smaller than"):
        c.coefficient_of_variation([5.0], ddof=1)
    with pytest.raises(ValueError, match="non-negative integer"):
        c.coefficient_of_variation(HAND, ddof=-1)


# --- over_time -----------------------------------------------------------------


def _long_table():
    return pd.DataFrame(
        {
            "region": ["A", "B", "C", "D"] * 3,
            "year": [2021] * 4 + [2022] * 4 + [2023] * 4,
            # 2021 equal; 2022 the hand case (shuffled); 2023 one nonzero
            "value": [5.0, 5.0, 5.0, 5.0, 3.0, 1.0, 4.0, 2.0, 0.0, 0.0, 8.0, 0.0],
        }
    )


def test_over_time_per_year():
    result = c.over_time(_long_table())
    assert list(result.index) == [2021, 2022, 2023]
    assert result.index.name == "year"
    assert list(result.columns) == list(c.SUMMARY_COLUMNS)
    assert result.loc[2021, "gini"] == pytest.approx(0.0, abs=1e-12)
    assert result.loc[2021, "hhi"] == pytest.approx(0.25)
    for name, expected in HAND_EXPECTED.items():
        assert result.loc[2022, name] == pytest.approx(expected, abs=1e-6), name
    assert result.loc[2023, "gini"] == pytest.approx(0.75)
    assert result.loc[2023, "theil"] == pytest.approx(math.log(4))
    assert math.isnan(result.loc[2023, "leader_to_average_excluding"])
    assert result.attrs["skipped"] == []


def test_over_time_skips_incomplete_years():
    frame = _long_table()
    # 2021: region D missing; 2023: region A is NaN
    frame = frame[~((frame["year"] == 2021) & (frame["region"] == "D"))].copy()
    frame.loc[(frame["year"] == 2023) & (frame["region"] == "A"), "value"] = np.nan
    result = c.over_time(frame.sample(frac=1, random_state=0))
    assert list(result.index) == [2022]
    assert result.loc[2022, "gini"] == pytest.approx(0.25)
    assert result.attrs["skipped"] == [2021, 2023]


def test_over_time_custom_column_names():
    frame = _long_table().rename(columns={"region": "subject", "year": "t", "value": "grp"})
    result = c.over_time(frame, value="grp", by="t", group="subject")
    assert result.index.name == "t"
    assert result.loc[2022, "top2_share"] == pytest.approx(0.7)


def test_over_time_errors():
    with pytest.raises(ValueError, match="no column"):
        c.over_time(_long_table(), value="grp")
    with pytest.raises(ValueError, match="duplicate"):
        c.over_time(pd.concat([_long_table(), _long_table().iloc[[0]]]))
    with pytest.raises(ValueError, match="empty"):
        c.over_time(_long_table().iloc[0:0])
    negative = _long_table()
    negative.loc[5, "value"] = -1.0
    with pytest.raises(ValueError, match="non-negative"):
        c.over_time(negative)
