"""The composite-index engine against hand computation and closed forms."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from neoindex_core.engine.index import (
    IndexInputError,
    Indicator,
    Method,
    aggregate,
    compute,
    effective_weights,
    impute,
    level_groups,
    normalise,
    screen,
    treat_outliers,
)

# Four regions, two blocks, three indicators; x3 is "lower is better".
INDICATORS = [Indicator("x1", "econ"), Indicator("x2", "econ"), Indicator("x3", "social", direction=-1)]


def table():
    return pd.DataFrame(
        {"x1": [10.0, 20.0, 30.0, 50.0], "x2": [4.0, 2.0, 3.0, 1.0], "x3": [5.0, 15.0, 10.0, 25.0]},
        index=["A", "B", "C", "D"],
    )


# Hand computation of the default method on table():
#   x1: min 10, max 50, span 40 -> A 0, B 0.25, C 0.5, D 1
#   x2: min 1, max 4, span 3    -> A 1, B 1/3, C 2/3, D 0
#   x3: min 5, max 25, span 20, reversed 1 - (x - 5)/20 -> A 1, B 0.5, C 0.75, D 0
#   econ  = (x1 + x2)/2 -> A 0.5, B 7/24, C 7/12, D 0.5
#   social = x3         -> A 1, B 0.5, C 0.75, D 0
#   index = (econ + social)/2 -> A 0.75, B 19/48, C 2/3, D 0.25
ECON = {"A": 0.5, "B": 7 / 24, "C": 7 / 12, "D": 0.5}
SOCIAL = {"A": 1.0, "B": 0.5, "C": 0.75, "D": 0.0}
INDEX = {"A": 0.75, "B": 19 / 48, "C": 2 / 3, "D": 0.25}


# --- the default method ---------------------------------------------------------------------


def test_default_method_by_hand():
    """Study 004's method: min-max (reversed for -1), equal-weight means in and across blocks, rank 1 = highest."""
    result = compute(table(), INDICATORS)
    s = result.scores
    for region in "ABCD":
        assert s.loc[region, "econ"] == pytest.approx(ECON[region])
        assert s.loc[region, "social"] == pytest.approx(SOCIAL[region])
        assert s.loc[region, "index"] == pytest.approx(INDEX[region])
    assert s["rank"].to_dict() == {"A": 1, "C": 2, "B": 3, "D": 4}
    assert list(s.index) == ["A", "C", "B", "D"]  # sorted by rank
    assert result.normalised.loc["D", "x3"] == 0.0 and result.normalised.loc["A", "x3"] == 1.0
    # Terciles of [0.25, 19/48, 2/3, 0.75]: lower 19/48, upper 2/3 -> only A above, only D below.
    assert s["level"].to_dict() == {"A": "leaders", "C": "average", "B": "average", "D": "low"}
    assert result.screened_out == [] and result.imputed.empty and result.outliers.empty


def test_ties_share_the_best_rank():
    """Two identical regions share the better rank and the next rank is skipped (method 'min')."""
    frame = pd.concat([table(), table().loc[["C"]].rename(index={"C": "E"})])
    # E copies C and lies inside every range, so the hand scores above are unchanged.
    s = compute(frame, INDICATORS).scores
    assert s.loc["E", "index"] == s.loc["C", "index"] == pytest.approx(2 / 3)
    assert s["rank"].to_dict() == {"A": 1, "C": 2, "E": 2, "B": 4, "D": 5}


def test_default_method_matches_an_independent_numpy_version():
    """A plain-numpy reimplementation of the default method gives the same scores on random data."""
    rng = np.random.default_rng(2024)
    x = rng.lognormal(mean=2.0, sigma=0.7, size=(20, 9))
    blocks = ["b1", "b1", "b2", "b2", "b2", "b3", "b3", "b3", "b3"]  # unequal block sizes
    directions = np.array([1, -1, 1, 1, -1, 1, 1, -1, 1])
    codes = [f"i{k}" for k in range(9)]
    indicators = [Indicator(c, b, int(d)) for c, b, d in zip(codes, blocks, directions, strict=True)]
    frame = pd.DataFrame(x, index=[f"r{k:02d}" for k in range(20)], columns=codes)

    y = (x - x.min(axis=0)) / (x.max(axis=0) - x.min(axis=0))
    y = np.where(directions == 1, y, 1 - y)
    block_scores = {b: y[:, [k for k, bb in enumerate(blocks) if bb == b]].mean(axis=1) for b in ("b1", "b2", "b3")}
    index = np.mean(list(block_scores.values()), axis=0)
    rank = np.empty(20, dtype=int)
    rank[np.argsort(-index)] = np.arange(1, 21)

    s = compute(frame, indicators).scores.reindex(frame.index)
    for b, values in block_scores.items():
        np.testing.assert_allclose(s[b].to_numpy(), values, rtol=0, atol=1e-12)
    np.testing.assert_allclose(s["index"].to_numpy(), index, rtol=0, atol=1e-12)
    assert s["rank"].tolist() == rank.tolist()


# --- normalise -----------------------------------------------------------------------------------


def one(values, direction=1, method="minmax", **kwargs):
    frame = pd.DataFrame({"x": values}, dtype=float)
    return normalise(frame, pd.Series({"x": direction}), method, **kwargs)["x"].tolist()


def test_minmax_with_floor():
    # x = 0, 5, 10 -> y = 0, 0.5, 1; floor 0.2: 0.2 + 0.8 y = 0.2, 0.6, 1.0.
    assert one([0, 5, 10]) == pytest.approx([0.0, 0.5, 1.0])
    assert one([0, 5, 10], floor=0.2) == pytest.approx([0.2, 0.6, 1.0])
    assert one([0, 5, 10], -1, floor=0.2) == pytest.approx([1.0, 0.6, 0.2])


def test_zscore_uses_the_sample_standard_deviation():
    # x = 2, 4, 6, 8: mean 5, s = sqrt(20/3) = 2.581989 (population sd would be sqrt(5) = 2.236).
    s = np.sqrt(20 / 3)
    assert one([2, 4, 6, 8], method="zscore") == pytest.approx([-3 / s, -1 / s, 1 / s, 3 / s])
    assert one([2, 4, 6, 8], -1, method="zscore") == pytest.approx([3 / s, 1 / s, -1 / s, -3 / s])


def test_rank_averages_ties_and_divides_by_n():
    # x = 10, 20, 20, 30: ranks 1, 2.5, 2.5, 4 over n = 4.
    assert one([10, 20, 20, 30], method="rank") == pytest.approx([0.25, 0.625, 0.625, 1.0])
    assert one([10, 20, 20, 30], -1, method="rank") == pytest.approx([1.0, 0.625, 0.625, 0.25])


def test_distance_to_leader():
    # x / max = 2/8, 4/8, 8/8; direction -1: min / x = 2/2, 2/4, 2/8.
    assert one([2, 4, 8], method="distance_to_leader") == pytest.approx([0.25, 0.5, 1.0])
    assert one([2, 4, 8], -1, method="distance_to_leader") == pytest.approx([1.0, 0.5, 0.25])
    with pytest.raises(IndexInputError, match="positive"):
        one([0, 4, 8], method="distance_to_leader")


def test_directions_apply_per_column():
    """Mixed directions in one table: each column is mirrored by its own direction, whatever the region labels."""
    frame = pd.DataFrame({"up": [2.0, 4.0, 8.0], "down": [2.0, 4.0, 8.0]}, index=["up", "down", "r3"])
    directions = pd.Series({"up": 1, "down": -1})
    leader = normalise(frame, directions, "distance_to_leader")
    assert leader["up"].tolist() == pytest.approx([0.25, 0.5, 1.0])
    assert leader["down"].tolist() == pytest.approx([1.0, 0.5, 0.25])
    posts = normalise(frame, directions, "goalposts", goalposts={"up": (0.0, 10.0), "down": (0.0, 10.0)})
    assert posts["up"].tolist() == pytest.approx([0.2, 0.4, 0.8])
    assert posts["down"].tolist() == pytest.approx([0.8, 0.6, 0.2])


def test_distance_to_leader_index_by_hand():
    # x1/50: A 0.2, B 0.4, C 0.6, D 1; x2/4: A 1, B 0.5, C 0.75, D 0.25; x3 (-1) 5/x: A 1, B 1/3, C 0.5, D 0.2.
    # econ: A 0.6, B 0.45, C 0.675, D 0.625; index: A 0.8, B 0.391667, C 0.5875, D 0.4125.
    s = compute(table(), INDICATORS, Method(normalisation="distance_to_leader")).scores
    assert s["index"].to_dict() == pytest.approx({"A": 0.8, "B": (0.45 + 1 / 3) / 2, "C": 0.5875, "D": 0.4125})
    assert s["rank"].to_dict() == {"A": 1, "C": 2, "D": 3, "B": 4}


def test_goalposts_clip_to_the_unit_interval():
    # (x - 0)/(100 - 0) for x = -5, 0, 50, 120 -> -0.05, 0, 0.5, 1.2, clipped to 0, 0, 0.5, 1.
    posts = {"x": (0.0, 100.0)}
    assert one([-5, 0, 50, 120], method="goalposts", goalposts=posts) == pytest.approx([0.0, 0.0, 0.5, 1.0])
    assert one([-5, 0, 50, 120], -1, method="goalposts", goalposts=posts) == pytest.approx([1.0, 1.0, 0.5, 0.0])
    # Goalposts (20, 60): x = 30 -> 0.25.
    assert one([30], method="goalposts", goalposts={"x": (20.0, 60.0)}) == pytest.approx([0.25])
    with pytest.raises(IndexInputError, match="goalposts"):
        one([1, 2], method="goalposts")


def test_constant_indicator():
    """A constant indicator tells no region apart: 0.5 under min-max (floor applied), 0 under z-score."""
    assert one([7, 7, 7]) == [0.5, 0.5, 0.5]
    assert one([7, 7, 7], floor=0.2) == pytest.approx([0.6, 0.6, 0.6])  # 0.2 + 0.8 x 0.5
    assert one([7, 7, 7], method="zscore") == [0.0, 0.0, 0.0]


def test_missing_direction_is_refused():
    frame = pd.DataFrame({"x": [1.0, 2.0], "y": [3.0, 4.0]})
    with pytest.raises(IndexInputError, match="y"):
        normalise(frame, pd.Series({"x": 1}))


# --- aggregation and weights ----------------------------------------------------------------------


def test_weighted_arithmetic_and_geometric_means():
    values = pd.DataFrame({"a": [0.2, 0.5], "b": [0.8, 0.5]}, index=["r1", "r2"])
    weights = pd.Series({"a": 1.0, "b": 3.0})
    # Arithmetic: (1 x 0.2 + 3 x 0.8)/4 = 0.65; r2 = 0.5.
    assert aggregate(values, weights).tolist() == pytest.approx([0.65, 0.5])
    # Geometric: 0.2^(1/4) x 0.8^(3/4) = (0.2 x 0.512)^(1/4) = 0.1024^(1/4) = 0.565685; r2 = 0.5.
    assert aggregate(values, weights, "geometric").tolist() == pytest.approx([0.1024**0.25, 0.5])
    assert aggregate(values, weights, "geometric")["r1"] == pytest.approx(0.565685, abs=1e-6)
    # Weights are normalised: scaling them changes nothing.
    assert aggregate(values, weights * 10).tolist() == pytest.approx([0.65, 0.5])


def test_aggregation_refuses_bad_input():
    values = pd.DataFrame({"a": [0.0, 0.5], "b": [0.8, 0.5]})
    with pytest.raises(IndexInputError, match="positive"):
        aggregate(values, pd.Series({"a": 1.0, "b": 1.0}), "geometric")
    with pytest.raises(IndexInputError, match="cover"):
        aggregate(values, pd.Series({"a": 1.0}))
    with pytest.raises(IndexInputError, match="cover"):
        aggregate(values, pd.Series({"a": 0.0, "b": 0.0}))


def test_effective_weights_closed_form():
    # e_i = W_b / sum W x w_i / sum_{j in b} w_j. Block P: a (w 1), b (w 3); block Q: c (w 1).
    indicators = [Indicator("a", "P", weight=1.0), Indicator("b", "P", weight=3.0), Indicator("c", "Q")]
    e = effective_weights(indicators)
    assert e.to_dict() == pytest.approx({"a": 0.5 * 1 / 4, "b": 0.5 * 3 / 4, "c": 0.5})
    e = effective_weights(indicators, {"P": 3.0, "Q": 1.0})
    assert e.to_dict() == pytest.approx({"a": 0.75 * 1 / 4, "b": 0.75 * 3 / 4, "c": 0.25})
    assert e.sum() == pytest.approx(1.0)


def test_effective_weights_favour_small_blocks():
    """With equal weights, the lone indicator of a block weighs twice as much as each of a pair."""
    e = effective_weights(INDICATORS)
    assert e.to_dict() == pytest.approx({"x1": 0.25, "x2": 0.25, "x3": 0.5})
    assert e["x3"] > e["x1"]
    assert e.sum() == pytest.approx(1.0)


def test_effective_weights_reproduce_the_arithmetic_index():
    """Under arithmetic aggregation the index is the normalised table times the effective weights."""
    method = Method(block_weights={"econ": 4.0})
    result = compute(table(), INDICATORS, method)
    by_weights = result.normalised @ result.effective_weights
    assert result.scores["index"].reindex(by_weights.index).tolist() == pytest.approx(by_weights.tolist())


# --- missing data ---------------------------------------------------------------------------------


def gappy():
    # Block b: x1, x2, x3; block o: y1. D has no x3.
    return pd.DataFrame(
        {
            "x1": [0.0, 10.0, 4.0, 6.0],
            "x2": [100.0, 200.0, 150.0, 120.0],
            "x3": [1.0, 4.0, 2.0, np.nan],
            "y1": [0.0, 1.0, 0.5, 0.0],
        },
        index=["A", "B", "C", "D"],
    )


GAPPY = [Indicator("x1", "b"), Indicator("x2", "b"), Indicator("x3", "b"), Indicator("y1", "o")]


def test_imputation_none_names_the_gap():
    with pytest.raises(IndexInputError, match="D / x3"):
        impute(gappy(), GAPPY, "none")


def test_median_imputation():
    # Median of x3 over A, B, C = median(1, 4, 2) = 2 (the mean would be 7/3).
    filled, report = impute(gappy(), GAPPY, "median")
    assert filled.loc["D", "x3"] == 2.0
    assert report.to_dict("records") == [{"region": "D", "indicator": "x3", "value": 2.0, "method": "median"}]
    assert filled.drop(index="D").equals(gappy().drop(index="D"))


def test_block_mean_imputation_by_hand():
    # D's block mates scaled: x1 (6 - 0)/(10 - 0) = 0.6, x2 (120 - 100)/(200 - 100) = 0.2; mean 0.4.
    # x3 = min + 0.4 (max - min) = 1 + 0.4 x 3 = 2.2. y1 (block o, D scaled 0) must not count: it would give 1.8.
    filled, report = impute(gappy(), GAPPY, "block_mean")
    assert filled.loc["D", "x3"] == pytest.approx(2.2)
    assert len(report) == 1
    row = report.iloc[0]
    assert (row["region"], row["indicator"], row["method"]) == ("D", "x3", "block_mean")
    assert row["value"] == pytest.approx(2.2)


def test_block_mean_needs_a_mate():
    frame = pd.DataFrame({"x": [1.0, np.nan, 3.0], "y": [1.0, 2.0, 3.0]}, index=["A", "B", "C"])
    with pytest.raises(IndexInputError, match="B / x"):
        impute(frame, [Indicator("x", "alone"), Indicator("y", "other")], "block_mean")


def test_complete_data_are_not_imputed():
    filled, report = impute(table(), INDICATORS, "none")
    assert filled.equals(table()) and report.empty


def test_screen_drops_low_coverage():
    # Coverage: x1 4/4, x2 3/4, x3 1/4. Threshold 0.75 keeps x2 (not below) and drops x3.
    frame = pd.DataFrame({"x1": [1.0, 2, 3, 4], "x2": [1.0, 2, np.nan, 4], "x3": [np.nan, np.nan, np.nan, 4]})
    kept, dropped = screen(frame, 0.75)
    assert dropped == ["x3"] and list(kept.columns) == ["x1", "x2"]
    kept, dropped = screen(frame, 0.8)
    assert dropped == ["x2", "x3"] and list(kept.columns) == ["x1"]
    assert screen(frame, 0.0)[1] == []


def test_compute_screens_then_imputes():
    frame = gappy()
    frame["x2"] = [np.nan, np.nan, np.nan, 120.0]  # coverage 1/4
    result = compute(frame, GAPPY, Method(min_coverage=0.5, imputation="median"))
    assert result.screened_out == ["x2"]
    assert "x2" not in result.normalised.columns
    assert result.imputed[["region", "indicator"]].values.tolist() == [["D", "x3"]]


# --- outliers ------------------------------------------------------------------------------------

REGIONS = [f"r{k}" for k in range(10)]


def test_winsorising_one_huge_value():
    # [1, 1, 2, 2, 3, 3, 4, 4, 5, 100]: skew 3.15 > 2, excess kurtosis 9.95 > 3.5 -> treat.
    # 100 becomes the next value, 5; [1, 1, 2, 2, 3, 3, 4, 4, 5, 5] has skew 0, kurtosis -1.33.
    frame = pd.DataFrame(
        {"wild": [1.0, 1, 2, 2, 3, 3, 4, 4, 5, 100], "tame": [float(k) for k in range(10)]}, index=REGIONS
    )
    assert frame["wild"].skew() > 2 and frame["wild"].kurt() > 3.5
    treated, report = treat_outliers(frame, "winsorise")
    assert treated["wild"].tolist() == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert treated["tame"].equals(frame["tame"])  # a well-behaved column is untouched
    assert report["indicator"].tolist() == ["wild", "tame"]  # every indicator tested is reported
    row = report.iloc[0]
    assert (row["indicator"], row["treatment"], row["regions"]) == ("wild", "winsorise", "r9")
    assert abs(row["skew_after"]) <= 2 and row["kurtosis_after"] <= 3.5
    assert bool(row["passes"]) and report.iloc[1]["treatment"] == "none" and bool(report.iloc[1]["passes"])
    assert row["skew_after"] == pytest.approx(0.0, abs=1e-12)


def test_winsorising_falls_back_to_log():
    # Two far values, one point allowed: 100 -> 50 still leaves |skew| > 2 and kurtosis > 3.5, so the log:
    # ln(x - min + a), a = 0.01 (max - min) = 0.99 (COINr's log_CT).
    values = [1.0] * 19 + [2.0, 3.0, 50.0, 100.0]
    frame = pd.DataFrame({"x": values}, index=[f"r{k}" for k in range(23)])
    once = pd.Series(values[:-1] + [50.0])
    assert abs(once.skew()) > 2 and once.kurt() > 3.5
    treated, report = treat_outliers(frame, "winsorise", max_points=1)
    assert treated["x"].tolist() == pytest.approx(np.log(np.array(values) - 1.0 + 0.99).tolist())
    assert report.iloc[0]["treatment"] == "log"
    assert report.iloc[0]["regions"] == ", ".join(frame.index)


def test_log_treatment_and_none():
    frame = pd.DataFrame({"wild": [1.0, 1, 2, 2, 3, 3, 4, 4, 5, 100]}, index=REGIONS)
    treated, report = treat_outliers(frame, "log")
    # ln(x - 1 + 0.99): a = 0.01 x (100 - 1).
    assert treated["wild"].tolist() == pytest.approx(np.log(frame["wild"] - 1 + 0.99).tolist())
    assert report.iloc[0]["treatment"] == "log"
    untouched, report = treat_outliers(frame, "none")
    assert untouched.equals(frame) and report.empty


def test_negative_skew_is_winsorised_at_the_bottom():
    # Mirror image: -100 becomes -5.
    frame = pd.DataFrame({"x": [-1.0, -1, -2, -2, -3, -3, -4, -4, -5, -100]}, index=REGIONS)
    treated, report = treat_outliers(frame, "winsorise")
    assert treated["x"].tolist() == [-1, -1, -2, -2, -3, -3, -4, -4, -5, -5]
    assert report.iloc[0]["regions"] == "r9"


# --- level groups ----------------------------------------------------------------------------------


def test_level_groups_terciles_and_mean_sd():
    index = pd.Series([1.0, 2, 3, 4, 5, 6], index=list("abcdef"))
    # Terciles (linear): q(1/3) at position 5/3 -> 2.667, q(2/3) at 10/3 -> 4.333.
    assert level_groups(index).tolist() == ["low", "low", "average", "average", "leaders", "leaders"]
    # Mean 3.5, sample sd sqrt(17.5/5) = 1.871: bounds 1.629 and 5.371.
    assert level_groups(index, "mean_sd").tolist() == ["low", "average", "average", "average", "average", "leaders"]
    with pytest.raises(ValueError, match="level rule"):
        level_groups(index, "quintiles")


# --- compute -------------------------------------------------------------------------------------


def test_compute_checks_data_against_the_spec():
    frame = table()
    frame["zz"] = 1.0
    with pytest.raises(IndexInputError, match="zz"):
        compute(frame, INDICATORS)
    with pytest.raises(IndexInputError, match="x3"):
        compute(table().drop(columns="x3"), INDICATORS)


def test_block_weights_by_hand():
    # econ weight 4, social 1: index = 0.8 econ + 0.2 social.
    # A 0.4 + 0.2 = 0.6; B 0.8 x 7/24 + 0.1 = 1/3; C 0.8 x 7/12 + 0.15 = 37/60; D 0.4 + 0 = 0.4.
    s = compute(table(), INDICATORS, Method(block_weights={"econ": 4.0, "social": 1.0})).scores
    assert s["index"].to_dict() == pytest.approx({"A": 0.6, "B": 1 / 3, "C": 37 / 60, "D": 0.4})
    assert s["rank"].to_dict() == {"C": 1, "A": 2, "D": 3, "B": 4}  # C overtakes A


def test_geometric_blocks_need_a_floor():
    # Floor 0.2: scores 0.2 + 0.8 y, so block scores 0.2 + 0.8 (hand block score).
    # A sqrt(0.6 x 1.0); B sqrt((0.2 + 0.8 x 7/24) x 0.6); C sqrt((0.2 + 0.8 x 7/12) x 0.8); D sqrt(0.6 x 0.2).
    method = Method(block_aggregation="geometric", minmax_floor=0.2)
    s = compute(table(), INDICATORS, method).scores
    expected = {
        "A": np.sqrt(0.6),
        "B": np.sqrt((0.2 + 0.8 * 7 / 24) * 0.6),
        "C": np.sqrt((0.2 + 0.8 * 7 / 12) * 0.8),
        "D": np.sqrt(0.12),
    }
    assert s["index"].to_dict() == pytest.approx(expected)
    assert s.loc["A", "econ"] == pytest.approx(0.6)
    # Without a floor D's social score (worst on its only indicator) is 0 and the geometric mean is refused.
    with pytest.raises(IndexInputError, match="geometric"):
        compute(table(), INDICATORS, Method(block_aggregation="geometric"))


def test_method_and_indicator_validation():
    for bad in [
        dict(normalisation="softmax"),
        dict(indicator_aggregation="harmonic"),
        dict(block_aggregation="median"),
        dict(imputation="hot_deck"),
        dict(ties="random"),
        dict(weighting="entropy"),
        dict(block_weights={"P": -1.0}),
        dict(block_weights={"P": float("inf")}),
        dict(outliers="trim"),
        dict(minmax_floor=1.0),
        dict(minmax_floor=-0.1),
    ]:
        with pytest.raises(ValueError):
            Method(**bad)
    with pytest.raises(ValueError, match="direction"):
        Indicator("x", "b", direction=2)
    with pytest.raises(ValueError, match="direction"):
        Indicator("x", "b", direction=0)
    with pytest.raises(ValueError, match="weight"):
        Indicator("x", "b", weight=-1.0)
    Indicator("x", "b", direction=-1, weight=0.0)  # both allowed


def test_winsorising_steps_to_the_next_distinct_value():
    """Two far outliers: 100 -> 50, then both 50s -> 3; three points treated and the rule satisfied, no log."""
    from neoindex_core.engine.index import treat_outliers

    frame = pd.DataFrame({"x": [1.0] * 19 + [2, 3, 50, 100]}, index=[f"r{i}" for i in range(23)])
    treated, report = treat_outliers(frame, "winsorise", max_points=5)
    assert report.loc[0, "treatment"] == "winsorise"
    assert treated["x"].max() == 3 and sorted(report.loc[0, "regions"].split(", ")) == ["r21", "r22"]


def test_block_mean_respects_directions():
    """A region best on a +1 mate gets the best (lowest) value of a -1 indicator, not the worst."""
    from neoindex_core.engine.index import impute

    frame = pd.DataFrame({"good": [1.0, 2.0, 3.0], "bad": [30.0, 20.0, np.nan]}, index=["A", "B", "C"])
    specs = [Indicator("good", "b"), Indicator("bad", "b", direction=-1)]
    filled, _ = impute(frame, specs, "block_mean")
    assert filled.loc["C", "bad"] == pytest.approx(20.0)  # C is best on 'good' (scaled 1) -> lowest 'bad' = min 20
