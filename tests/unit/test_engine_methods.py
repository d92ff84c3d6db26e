"""Engine methods of issue 14 against closed forms and hand-worked cases; invariances; constants and ties."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from neoindex_core.engine import correlate, removal, sensitivity, uncertainty
from neoindex_core.engine.aggregate import AGGREGATIONS, aggregate, combinable
from neoindex_core.engine.denominate import denominate
from neoindex_core.engine.hierarchy import check, steps
from neoindex_core.engine.impute import impute
from neoindex_core.engine.index import IndexInputError, Indicator, Method, compute
from neoindex_core.engine.normalise import NORMALISATIONS
from neoindex_core.engine.rank import rank
from neoindex_core.engine.treat import shifted_log, still_failing, treat_outliers
from neoindex_core.engine.weight import effective_weights, first_component_weights, nelder_mead

REGIONS = [f"r{k:02d}" for k in range(12)]
SKEWED = [1.0] * 8 + [2.0, 3.0, 50.0, 100.0]


def skewed_table(seed: int = 3) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        {"a": SKEWED, "b": rng.lognormal(1, 0.4, 12), "c": rng.lognormal(0, 1.5, 12), "d": rng.normal(5, 1, 12)},
        index=REGIONS,
    )


SPEC = [Indicator("a", "P"), Indicator("b", "P", direction=-1), Indicator("c", "Q"), Indicator("d", "Q")]


# --- the unit-free log -------------------------------------------------------------------------------


def test_shifted_log_by_hand_both_skews():
    x = np.array([1.0, 2.0, 101.0])  # a = 0.01 x 100 = 1
    assert shifted_log(x, 1.0) == pytest.approx(np.log([1.0, 2.0, 101.0]))  # ln(x - 1 + 1)
    assert shifted_log(x, -1.0) == pytest.approx(-np.log([101.0, 100.0, 1.0]))  # -ln(101 + 1 - x)


# Goalposts are set in the indicator's unit, so they must be rescaled with it; distance to the leader is a
# ratio scale that a log (which can be negative and moves by ln c) does not suit: it is refused or shifted.
CASES = [
    (n, t)
    for n in NORMALISATIONS.names()
    if n != "goalposts"
    for t in ("none", "log", "winsorise")
    if not (n == "distance_to_leader" and t != "none")
]


@pytest.mark.parametrize("normalisation, outliers", CASES)
def test_rescaling_an_indicator_changes_no_rank(normalisation, outliers):
    """x -> c x (c > 0) for one indicator: the log adds ln c, which every normalisation forgets."""
    frame = skewed_table()
    method = Method(normalisation=normalisation, outliers=outliers)
    before = compute(frame, SPEC, method).scores["rank"]
    for factor in (1e-3, 7.0, 1e6):
        after = compute(frame.assign(a=frame["a"] * factor), SPEC, method).scores["rank"]
        assert after.to_dict() == before.to_dict()


def test_the_old_unit_dependent_log_would_fail_the_invariance():
    # Guard that the test above can fail: ln(x - min + 1) is not shift-equivalent under rescaling.
    x = np.array(SKEWED)
    old = np.log(x - x.min() + 1)
    old_scaled = np.log(1000 * x - 1000 * x.min() + 1)
    span = lambda v: (v - v.min()) / (v.max() - v.min())  # noqa: E731
    assert not np.allclose(span(old), span(old_scaled))
    assert np.allclose(span(shifted_log(x, 1)), span(shifted_log(1000 * x, 1)))


def test_report_says_whether_each_indicator_passes():
    frame = pd.DataFrame({"x": SKEWED, "y": [float(k) for k in range(12)]}, index=REGIONS)
    _, report = treat_outliers(frame, "winsorise", max_points=0, kurtosis_limit=-10, skew_limit=0.01)
    # With bounds nothing can meet, the log fallback still fails: reported as failing.
    assert report.set_index("indicator").loc["x", "treatment"] == "log"
    assert still_failing(report) == ["x"]
    _, report = treat_outliers(frame, "winsorise")
    assert report["passes"].all() and still_failing(report) == []


def test_compute_warns_for_an_indicator_still_failing():
    method = Method(outliers="winsorise", max_winsorised=0, skew_limit=0.01, kurtosis_limit=-10)
    result = compute(skewed_table(), SPEC, method)
    assert any("still too skewed" in w and "a" in w for w in result.warnings)


def test_a_method_per_indicator():
    frame = skewed_table()
    spec = [replace(SPEC[0], outliers="log")] + SPEC[1:]
    result = compute(frame, spec, Method())
    treated = result.outliers.set_index("indicator")["treatment"]
    assert treated["a"] == "log" and (treated.drop("a") == "none").all()
    x = np.log(np.array(SKEWED) - 1 + 0.99)
    assert result.normalised["a"].to_numpy() == pytest.approx((x - x.min()) / (x.max() - x.min()))
    spec = [replace(SPEC[2], normalisation="rank") if i.code == "c" else i for i in SPEC]
    normalised = compute(frame, spec).normalised
    assert normalised["c"].to_numpy() == pytest.approx(frame["c"].rank().to_numpy() / 12)
    assert normalised["d"].max() == 1 and normalised["d"].min() == 0  # the rest stay min-max


# --- constant indicators and ties ---------------------------------------------------------------------


def test_constant_indicator_is_dropped_with_a_warning_unless_kept():
    frame = skewed_table().assign(d=4.0)
    result = compute(frame, SPEC)
    assert "d" in result.screened_out and "d" not in result.normalised
    assert any("constant" in w and "d" in w for w in result.warnings)
    assert result.scores["Q"].to_dict() == pytest.approx(result.normalised["c"].to_dict())  # Q is c alone
    kept = compute(frame, SPEC, Method(keep_constant=True))
    assert (kept.normalised["d"] == 0.5).all() and kept.warnings == []


def test_constant_indicator_is_dropped_in_the_monte_carlo_too():
    frame = skewed_table().assign(d=4.0)
    one = uncertainty.run(frame, SPEC, runs=50, seed=1)
    two = uncertainty.run(frame.drop(columns="d"), SPEC[:3], runs=50, seed=1)
    pd.testing.assert_frame_equal(one.ranks, two.ranks)


@pytest.mark.parametrize(
    "ties, expected",
    [
        ("min", [1, 2, 2, 4]),
        ("average", [1, 2.5, 2.5, 4]),
        ("max", [1, 3, 3, 4]),
        ("dense", [1, 2, 2, 3]),
        ("first", [1, 2, 3, 4]),
    ],
)
def test_ties(ties, expected):
    index = pd.Series([0.9, 0.5, 0.5, 0.1], index=list("ABCD"))
    assert rank(index, ties).tolist() == expected


def test_tied_regions_get_the_same_interval_in_the_monte_carlo():
    frame = skewed_table()
    frame.loc["r11"] = frame.loc["r10"]  # two identical regions
    result = uncertainty.run(frame, SPEC, runs=500, seed=2).ranks
    assert result.loc["r10"].to_dict() == result.loc["r11"].to_dict()
    assert uncertainty._ranks(np.array([[3.0], [1.0], [3.0], [0.0]])).ravel().tolist() == [1, 3, 1, 4]


# --- hierarchy ------------------------------------------------------------------------------------


def test_a_level_above_the_blocks_by_hand():
    # Blocks P, Q, R; P and Q form "econ" (weights 3 and 1), R alone; econ weighs 1, R weighs 1.
    frame = pd.DataFrame({"p": [0.0, 1.0, 2.0], "q": [2.0, 0.0, 1.0], "r": [1.0, 2.0, 0.0]}, index=["A", "B", "C"])
    spec = [Indicator("p", "P"), Indicator("q", "Q"), Indicator("r", "R")]
    method = Method(hierarchy={"P": "econ", "Q": "econ"}, block_weights={"P": 3, "Q": 1})
    s = compute(frame, spec, method).scores
    # min-max: p 0, .5, 1; q 1, 0, .5; r .5, 1, 0. econ = .75p + .25q: .25, .375, .875. index = (econ + r)/2.
    assert s["econ"].to_dict() == pytest.approx({"A": 0.25, "B": 0.375, "C": 0.875})
    assert s["index"].to_dict() == pytest.approx({"A": 0.375, "B": 0.6875, "C": 0.4375})
    e = effective_weights(spec, method.block_weights, method.hierarchy)
    assert e.to_dict() == pytest.approx({"p": 0.375, "q": 0.125, "r": 0.5})
    assert steps(["P", "Q", "R"], method.hierarchy) == [("econ", ["P", "Q"]), ("index", ["econ", "R"])]


@pytest.mark.parametrize(
    "parents, message",
    [
        ({"P": "x", "x": "y", "y": "x"}, "cycle"),
        ({"P": ""}, "empty level"),
        ({"P": "x", "ghost": "x"}, "empty level"),
        ({"P": "a"}, "indicator code"),
    ],
)
def test_bad_hierarchies(parents, message):
    with pytest.raises(IndexInputError, match=message):
        check(parents, ["P", "Q"], ["a", "b"])


# --- denominators and imputation ------------------------------------------------------------------


def test_denominate_by_hand_and_a_missing_denominator():
    values = pd.DataFrame({"grp": [10.0, 30.0], "wear": [50.0, 60.0]}, index=["A", "B"])
    per = pd.DataFrame({"population": [2.0, 3.0]}, index=["A", "B"])
    out = denominate(values, per, {"grp": "population"})
    assert out["grp"].tolist() == [5.0, 10.0] and out["wear"].tolist() == [50.0, 60.0]
    with pytest.raises(IndexInputError, match="missing or not positive for B"):
        denominate(values, per.assign(population=[2.0, np.nan]), {"grp": "population"})


def test_mean_and_group_mean_imputation_by_hand():
    frame = pd.DataFrame({"x": [1.0, 3.0, np.nan, 10.0, 20.0]}, index=list("ABCDE"))
    spec = [Indicator("x", "P")]
    filled, report = impute(frame, spec, "mean")
    assert filled.loc["C", "x"] == pytest.approx(8.5) and report["method"].tolist() == ["mean"]
    groups = {"A": "west", "B": "west", "C": "west", "D": "east", "E": "east"}
    filled, _ = impute(frame, spec, "group_mean", groups=groups)
    assert filled.loc["C", "x"] == pytest.approx(2.0)  # mean of A and B, its group
    with pytest.raises(IndexInputError, match="no group given for C"):
        impute(frame, spec, "group_mean", groups={"A": "west"})


def test_skip_missing_reweights_the_rest():
    # A lacks b: its block P is a alone; index re-weights nothing else. B, C complete.
    frame = pd.DataFrame({"a": [0.0, 1.0, 2.0], "b": [np.nan, 0.0, 2.0], "c": [0.0, 2.0, 1.0]}, index=list("ABC"))
    spec = [Indicator("a", "P"), Indicator("b", "P"), Indicator("c", "Q")]
    s = compute(frame, spec, Method(imputation="skip")).scores
    # a: 0, .5, 1; b: -, 0, 1; c: 0, 1, .5. P: A 0 (a only), B .25, C 1.
    assert s["P"].to_dict() == pytest.approx({"A": 0.0, "B": 0.25, "C": 1.0})
    assert aggregate(pd.DataFrame({"u": [np.nan], "v": [0.4]}), pd.Series({"u": 3.0, "v": 1.0})).iloc[0] == 0.4


@pytest.mark.parametrize("method", ["median", "mean", "block_mean", "skip"])
def test_an_indicator_with_no_value_is_refused(method):
    frame = pd.DataFrame({"a": [1.0, 2.0, 3.0], "b": [np.nan] * 3}, index=list("ABC"))
    with pytest.raises(IndexInputError, match="no value for any region.*b"):
        impute(frame, [Indicator("a", "P"), Indicator("b", "P")], method)


# --- weights -------------------------------------------------------------------------------------


def test_pca_weights_closed_form():
    # x2 = 2 x1 (correlation 1), x3 uncorrelated with both: first component (1, 1, 0)/sqrt 2, squares .5, .5, 0.
    frame = pd.DataFrame({"x1": [1.0, 2, 3, 4], "x2": [2.0, 4, 6, 8], "x3": [1.0, -1, -1, 1]})
    assert first_component_weights(frame).to_numpy() == pytest.approx([0.5, 0.5, 0.0], abs=1e-12)
    # Two indicators of any correlation: equal weights.
    two = pd.DataFrame({"u": [1.0, 2, 4, 3], "v": [1.0, 3, 2, 5]})
    assert first_component_weights(two).to_numpy() == pytest.approx([0.5, 0.5])


def test_nelder_mead_finds_a_quadratic_minimum():
    best = nelder_mead(lambda x: (x[0] - 3) ** 2 + 2 * (x[1] + 1) ** 2, np.array([0.0, 0.0]), steps=2000)
    assert best == pytest.approx([3.0, -1.0], abs=1e-4)


def test_optimised_weights_meet_the_target_importances():
    frame = skewed_table(7)
    method = Method(weighting="optimised", target_importance={"P": 1, "Q": 1})
    result = compute(frame, SPEC, method)
    s = result.scores
    corr = np.array([np.corrcoef(s[b], s["index"])[0, 1] for b in ("P", "Q")])
    equal = compute(frame, SPEC).scores
    corr_equal = np.array([np.corrcoef(equal[b], equal["index"])[0, 1] for b in ("P", "Q")])
    # Balanced correlations: closer to (1/2, 1/2) than under equal weights, and within 1e-3.
    assert abs(corr[0] / corr.sum() - 0.5) <= abs(corr_equal[0] / corr_equal.sum() - 0.5)
    assert corr[0] / corr.sum() == pytest.approx(0.5, abs=1e-3)
    assert result.effective_weights.sum() == pytest.approx(1.0)


# --- correlations, Sobol, removal ------------------------------------------------------------------


def test_cronbach_alpha_by_hand():
    # Items (1,2,3) and (1,3,2): variances 1 and 1, sum (2,5,5) variance 3: alpha = 2 (1 - 2/3) = 2/3.
    assert correlate.cronbach_alpha(pd.DataFrame({"u": [1.0, 2, 3], "v": [1.0, 3, 2]})) == pytest.approx(2 / 3)
    assert correlate.cronbach_alpha(pd.DataFrame({"u": [1.0, 2, 3], "v": [1.0, 2, 3]})) == pytest.approx(1.0)
    assert np.isnan(correlate.cronbach_alpha(pd.DataFrame({"u": [1.0, 2, 3]})))


def test_correlations_and_the_negative_warning():
    frame = pd.DataFrame(
        {"a": [1.0, 2, 3, 4, 5], "b": [2.0, 1, 4, 3, 5], "n": [5.0, 4, 3, 2, 1], "c": [1.0, 3, 2, 5, 4]},
        index=list("ABCDE"),
    )
    spec = [Indicator("a", "P"), Indicator("b", "P"), Indicator("n", "P", weight=0.1), Indicator("c", "Q")]
    result = compute(frame, spec)
    pairs = correlate.correlations(result.normalised, spec, result.scores)
    kinds = pairs.set_index(["first", "second"])["kind"]
    assert kinds[("a", "b")] == "within" and kinds[("a", "c")] == "across" and kinds[("a", "P")] == "own block"
    assert pairs.set_index(["first", "second"]).loc[("a", "n"), "correlation"] == pytest.approx(-1.0)
    assert correlate.negative_with_block(pairs) == ["n"]


def test_sobol_closed_forms():
    # Additive Y = u1 + 2 u2: S = ST = 1/5, 4/5. Product Y = u1 u2: S = 3/7, ST = 4/7 each.
    linear = sensitivity.sobol_indices(lambda u: u[:, 0] + 2 * u[:, 1], 2, 100_000, 1)
    assert linear["first_order"].to_numpy() == pytest.approx([0.2, 0.8], abs=0.02)
    assert linear["total"].to_numpy() == pytest.approx([0.2, 0.8], abs=0.02)
    product = sensitivity.sobol_indices(lambda u: u[:, 0] * u[:, 1], 2, 200_000, 1)
    assert product["first_order"].to_numpy() == pytest.approx([3 / 7, 3 / 7], abs=0.02)
    assert product["total"].to_numpy() == pytest.approx([4 / 7, 4 / 7], abs=0.02)


def test_sobol_of_the_index():
    frame = skewed_table()
    table = sensitivity.run(frame, SPEC, samples=400, options=uncertainty.Options(seed=1))
    assert list(table.index) == ["normalisation", "aggregation", "weight of P", "weight of Q"]
    assert (table["total"] >= -0.05).all() and table.attrs["evaluations"] == 400 * 6
    fixed = uncertainty.Options(normalisations=("minmax",), aggregations=("arithmetic",), weight_spread=0.0)
    assert (sensitivity.run(frame, SPEC, options=fixed, samples=50) == 0).all().all()  # nothing varies


def test_removal_by_hand():
    frame = pd.DataFrame({"a": [0.0, 1.0, 2.0], "b": [2.0, 1.0, 0.0], "c": [0.0, 2.0, 1.0]}, index=list("ABC"))
    spec = [Indicator("a", "P"), Indicator("b", "P"), Indicator("c", "Q")]
    table = removal.removal(frame, spec)
    # Without a, P = b: 1, .5, 0; index (P + c)/2 with c 0, 1, .5: A .5, B .75, C .25.
    without_a = table[table["left_out"] == "a"].set_index("region")
    assert without_a["index"].to_dict() == pytest.approx({"A": 0.5, "B": 0.75, "C": 0.25})
    # Without block Q the index is P = .5 for all: every region ties at rank 1.
    without_q = table[table["left_out"] == "Q"].set_index("region")
    assert without_q["rank"].tolist() == [1, 1, 1] and (without_q["kind"] == "block").all()
    summary = removal.summary(table).set_index("left_out")
    assert summary.loc["a", "max_abs_rank_shift"] == (table[table["left_out"] == "a"]["rank_shift"].abs().max())


def test_memory_estimate_refuses_huge_runs():
    with pytest.raises(ValueError, match="use --runs"):
        uncertainty.check_memory(10_000, 10, 10_000_000, 2**30)
    uncertainty.check_memory(85, 4, 10_000, 2**30)  # the default fits


def test_monte_carlo_starts_from_the_weights_the_data_give():
    """PCA weights: with no variation the Monte Carlo reproduces the nominal ranking, which uses them."""
    frame = skewed_table(5)
    method = Method(weighting="pca")
    fixed = dict(runs=20, weight_spread=0.0, normalisations=("minmax",), aggregations=("arithmetic",))
    ranks = uncertainty.run(frame, SPEC, method, **fixed).ranks
    assert (ranks["median_rank"] == ranks["nominal_rank"]).all()
    assert ranks["nominal_rank"].to_dict() == compute(frame, SPEC, method).scores["rank"].to_dict()


def test_removal_of_the_only_block_under_a_level():
    # econ holds P only; leaving P out leaves econ empty, which must go too (not skip the test).
    frame = pd.DataFrame({"a": [0.0, 1.0, 2.0], "c": [0.0, 2.0, 1.0], "d": [1.0, 0.0, 2.0]}, index=list("ABC"))
    spec = [Indicator("a", "P"), Indicator("c", "Q"), Indicator("d", "R")]
    method = Method(hierarchy={"P": "econ", "Q": "society", "R": "society"})
    table = removal.removal(frame, spec, method)
    without_p = table[table["left_out"] == "P"].set_index("region")
    # Left: society = (c + d)/2 with c 0, 1, .5 and d .5, 0, 1: .25, .5, .75.
    assert without_p["index"].to_dict() == pytest.approx({"A": 0.25, "B": 0.5, "C": 0.75})


def test_which_pairs_combine_is_read_from_the_registry_traits():
    """Only z-scores may be negative, only the geometric mean needs positive scores."""
    excluded = {(n, a) for n in NORMALISATIONS.names() for a in AGGREGATIONS.names() if not combinable(n, a)}
    assert excluded == {("zscore", "geometric")}
    with pytest.raises(ValueError, match="normalisation must be one of"):
        combinable("softmax", "geometric")
