"""Spearman and Kendall beside Pearson, rank agreement, collinearity flags and components, worked by hand.

scipy is not in the lock, so the rank correlations are checked against closed forms worked here and
against pandas' own DataFrame.corr (which computes both without scipy).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from neoindex_core.engine import components, correlate
from neoindex_core.engine.index import IndexInputError, Indicator, compute


def test_spearman_and_kendall_by_hand():
    x, y = [1.0, 2, 3, 4, 5], [2.0, 1, 4, 3, 5]
    # Rank differences -1, 1, -1, 1, 0: rho = 1 - 6 x 4 / (5 x 24) = 0.8.
    assert correlate.spearman_rho(x, y) == pytest.approx(0.8)
    # Ten pairs, two discordant ((1, 2) and (3, 4)): tau = (8 - 2) / 10 = 0.6.
    assert correlate.kendall_tau_b(x, y) == pytest.approx(0.6)


def test_ties_by_hand():
    x, y = [1.0, 1, 2, 3], [1.0, 2, 2, 3]
    # Pairs: one tied in x, one tied in y, four concordant: tau_b = 4 / sqrt(5 x 5) = 0.8 (tau_a would be 4/6).
    assert correlate.kendall_tau_b(x, y) == pytest.approx(0.8)
    # Mean ranks 1.5, 1.5, 3, 4 and 1, 2.5, 2.5, 4: r of the ranks = 3.75 / 4.5.
    assert correlate.spearman_rho(x, y) == pytest.approx(3.75 / 4.5)
    assert np.isnan(correlate.kendall_tau_b([1.0, 1.0, 1.0], [1.0, 2.0, 3.0]))  # a constant side
    assert np.isnan(correlate.spearman_rho([1.0], [2.0]))


def test_matrices_agree_with_pandas_on_gappy_data():
    rng = np.random.default_rng(4)
    frame = pd.DataFrame(rng.normal(size=(30, 4)), columns=list("abcd"))
    frame.iloc[[2, 7, 11], 1] = np.nan
    frame.iloc[[5], 3] = np.nan
    frame["c"] = frame["c"].round(0)  # ties
    for method in ("spearman", "kendall"):
        ours = correlate.correlation_matrix(frame, method)
        pd.testing.assert_frame_equal(ours, frame.corr(method=method), atol=1e-12, rtol=0)
    assert correlate.correlation(frame["a"], frame["b"]) == pytest.approx(frame.corr().loc["a", "b"])
    with pytest.raises(ValueError, match="one of"):
        correlate.correlation(frame["a"], frame["b"], "distance")


def test_correlations_by_method_with_block_rows():
    frame = pd.DataFrame(
        {"a": [1.0, 2, 3, 4, 5], "b": [2.0, 1, 4, 3, 5], "c": [1.0, 3, 2, 5, 4]},
        index=list("ABCDE"),
    )
    spec = [Indicator("a", "P"), Indicator("b", "P"), Indicator("c", "Q")]
    result = compute(frame, spec)
    pairs = correlate.correlations(result.normalised, spec, result.scores, "kendall").set_index(["first", "second"])
    assert pairs.loc[("a", "b"), "correlation"] == pytest.approx(0.6)
    assert pairs.loc[("a", "c"), ("kind")] == "across"
    assert pairs.loc[("P", "Q"), "kind"] == "block"
    assert pairs.loc[("Q", "index"), "kind"] == "block and index"
    # Q is c alone, so Q and c rank the regions alike.
    assert pairs.loc[("c", "Q"), "correlation"] == pytest.approx(1.0)
    pearson = correlate.correlations(result.normalised, spec, result.scores)
    assert pearson.set_index(["first", "second"]).loc[("a", "b"), "correlation"] == pytest.approx(0.8)


def test_rank_agreement_on_the_regions_both_rank():
    index = pd.Series({"A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6})
    outside = pd.Series({"B": 1.0, "C": 3.0, "D": 2.0, "E": 4.0, "G": 5.0, "A": np.nan})
    # Common: B, C, D, E ranked 2, 3, 4, 5 and 1, 3, 2, 4: one discordant pair (C, D) of six.
    agreement = correlate.rank_agreement(index, outside)
    assert agreement["regions"] == 4
    assert agreement["kendall_tau_b"] == pytest.approx(4 / 6)
    assert agreement["spearman"] == pytest.approx(1 - 6 * 2 / (4 * 15))
    groups = {"A": "north", "B": "north", "C": "north", "D": "south", "E": "south", "F": "south"}
    by_group = correlate.rank_agreement_by_group(index, outside, groups)
    assert list(by_group.index) == ["all", "north", "south"]
    assert by_group["regions"].tolist() == [4, 2, 2]
    assert by_group.loc["north", "spearman"] == pytest.approx(1.0)  # B, C: 2, 3 against 1, 3
    assert by_group.loc["south", "kendall_tau_b"] == pytest.approx(1.0)  # D, E: 4, 5 against 2, 4


def test_flags_within_blocks_only():
    frame = pd.DataFrame(
        {
            "a": [1.0, 2, 3, 4, 5],
            "b": [1.0, 2, 3, 4, 6],  # r(a, b) = 0.986
            "n": [5.0, 4, 3, 2, 1],  # r(a, n) = -1
            "c": [1.0, 2, 3, 4, 5],  # equal to a, but in another block
        },
        index=list("ABCDE"),
    )
    spec = [Indicator("a", "P"), Indicator("b", "P"), Indicator("n", "P"), Indicator("c", "Q")]
    flags = correlate.correlation_flags(frame, spec)
    assert flags[["first", "second", "flag"]].values.tolist() == [
        ["a", "b", "collinear"],
        ["a", "n", "negative"],
        ["b", "n", "negative"],
    ]
    assert flags.loc[0, "correlation"] == pytest.approx(np.corrcoef(frame["a"], frame["b"])[0, 1])
    assert correlate.correlation_flags(frame, spec, above=0.99)["flag"].tolist() == ["negative", "negative"]
    with pytest.raises(ValueError, match="thresholds"):
        correlate.correlation_flags(frame, spec, above=1.5)


def test_components_of_two_and_three_indicators():
    rng = np.random.default_rng(2)
    u, v = rng.normal(size=200), rng.normal(size=200)
    frame = pd.DataFrame({"x": u, "y": 0.6 * u + 0.8 * v, "z": rng.normal(size=200), "w": v})
    spec = [Indicator("x", "P"), Indicator("y", "P"), Indicator("z", "Q"), Indicator("w", "R"), Indicator("v", "R")]
    frame["v"] = -frame["w"] + 0.1 * rng.normal(size=200)
    variance, loadings = components.by_block(frame, spec)
    # Two indicators with correlation r: eigenvalues 1 + r and 1 - r, loadings (1, 1)/sqrt(2) and (1, -1)/sqrt(2).
    r = frame["x"].corr(frame["y"])
    p = variance[variance["block"] == "P"]
    assert p["eigenvalue"].tolist() == pytest.approx([1 + r, 1 - r])
    assert p["share"].tolist() == pytest.approx([(1 + r) / 2, (1 - r) / 2])
    assert p["cumulative_share"].iloc[-1] == pytest.approx(1.0)
    first = loadings[(loadings["block"] == "P") & (loadings["component"] == 1)]
    assert first["loading"].tolist() == pytest.approx([2**-0.5, 2**-0.5])
    assert first["correlation"].tolist() == pytest.approx([np.sqrt((1 + r) / 2)] * 2)
    # A single indicator is its own component.
    assert variance[variance["block"] == "Q"][["eigenvalue", "share"]].values.tolist() == [[1.0, 1.0]]
    # Opposed indicators: the first component's loadings cancel, (1, -1)/sqrt(2); the first is made positive.
    opposed = loadings[(loadings["block"] == "R") & (loadings["component"] == 1)]["loading"]
    assert opposed.tolist() == pytest.approx([2**-0.5, -(2**-0.5)])


def test_components_refuse_a_constant_indicator():
    frame = pd.DataFrame({"x": [1.0, 2, 3], "y": [2.0, 2, 2]})
    with pytest.raises(IndexInputError, match="undefined"):
        components.by_block(frame, [Indicator("x", "P"), Indicator("y", "P")])
