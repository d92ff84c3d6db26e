"""The Monte Carlo uncertainty analysis against cases whose outcome is known in closed form."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from neoindex_core.engine import uncertainty
from neoindex_core.engine.index import Indicator, Method, compute

INDICATORS = [
    Indicator("a1", "A"),
    Indicator("a2", "A", direction=-1),
    Indicator("b1", "B"),
    Indicator("b2", "B"),
    Indicator("b3", "B", weight=2.0),
    Indicator("c1", "C", direction=-1),
]
CODES = [i.code for i in INDICATORS]


def table(n=12, seed=11):
    """Random positive data, no ties."""
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        rng.lognormal(1.0, 0.5, size=(n, len(CODES))), index=[f"r{k:02d}" for k in range(n)], columns=CODES
    )


def test_same_seed_same_result_other_seed_other_draws():
    frame = table()
    one = uncertainty.run(frame, INDICATORS, runs=300, seed=3)
    again = uncertainty.run(frame, INDICATORS, runs=300, seed=3)
    pd.testing.assert_frame_equal(one.ranks, again.ranks)
    pd.testing.assert_series_equal(one.sensitivity, again.sensitivity)
    other = uncertainty.run(frame, INDICATORS, runs=300, seed=4)
    assert other.ranks.shape == one.ranks.shape == (12, 4)
    assert (
        list(other.sensitivity.index)
        == list(one.sensitivity.index)
        == ["normalisation", "aggregation", "weight of A", "weight of B", "weight of C"]
    )
    assert not np.allclose(other.sensitivity.to_numpy(), one.sensitivity.to_numpy())
    assert (one.runs, one.seed, other.seed) == (300, 3, 4)


def test_no_variation_gives_the_nominal_ranking():
    """Fixed weights, min-max and arithmetic only: every run is the nominal ranking, which is compute()'s."""
    frame = table()
    result = uncertainty.run(
        frame, INDICATORS, runs=200, seed=1, weight_spread=0.0, normalisations=("minmax",), aggregations=("arithmetic",)
    )
    r = result.ranks
    assert (r["p05"] == r["nominal_rank"]).all()
    assert (r["p95"] == r["nominal_rank"]).all()
    assert (r["median_rank"] == r["nominal_rank"]).all()
    nominal = compute(frame, INDICATORS).scores["rank"]
    assert r["nominal_rank"].to_dict() == nominal.to_dict()
    assert sorted(r["nominal_rank"]) == list(range(1, 13))
    assert (result.sensitivity == 0).all()


def test_nominal_ranking_follows_block_weights():
    frame = table()
    method = Method(block_weights={"A": 3.0, "C": 0.5})
    result = uncertainty.run(
        frame, INDICATORS, method, runs=50, weight_spread=0.0, normalisations=("minmax",), aggregations=("arithmetic",)
    )
    assert result.ranks["nominal_rank"].to_dict() == compute(frame, INDICATORS, method).scores["rank"].to_dict()
    assert (result.ranks["median_rank"] == result.ranks["nominal_rank"]).all()


def test_dominant_region_is_first_in_every_run(monkeypatch):
    """Best on every indicator: first under any normalisation, aggregation and positive weights."""
    frame = table()
    best = frame.max() * 1.5
    for i in INDICATORS:
        if i.direction == -1:
            best[i.code] = frame[i.code].min() / 1.5
    frame.loc["star"] = best
    seen = []
    original = uncertainty._ranks

    def spy(values):
        ranks = original(values)
        seen.append(pd.DataFrame(ranks, index=frame.index))
        return ranks

    monkeypatch.setattr(uncertainty, "_ranks", spy)
    result = uncertainty.run(frame, INDICATORS, runs=600, seed=5, weight_spread=0.5)
    star = result.ranks.loc["star"]
    assert star["p95"] == 1 and star["p05"] == 1 and star["median_rank"] == 1 and star["nominal_rank"] == 1
    runs = pd.concat(seen, axis=1)
    assert runs.shape[1] == 600  # every run (the nominal ranking comes from compute())
    assert (runs.loc["star"] == 1).all()


def test_sensitivity_shares():
    frame = table()
    full = uncertainty.run(frame, INDICATORS, runs=400, seed=2)
    assert ((full.sensitivity >= 0) & (full.sensitivity <= 1)).all()
    assert full.sensitivity.max() > 0
    single = uncertainty.run(frame, INDICATORS, runs=400, seed=2, normalisations=("rank",))
    assert single.sensitivity["normalisation"] == 0.0
    assert single.sensitivity["aggregation"] > 0
    fixed = uncertainty.run(frame, INDICATORS, runs=400, seed=2, weight_spread=0.0)
    assert (fixed.sensitivity[["weight of A", "weight of B", "weight of C"]] == 0).all()
    assert fixed.sensitivity["normalisation"] > 0


def test_a_sole_source_of_variation_explains_everything():
    # Fixed weights and arithmetic means: the rank depends only on the normalisation, so
    # Var(E[rank | normalisation]) = Var(rank) and the share is exactly 1; the others are 0.
    frame = table()
    minmax = compute(frame, INDICATORS).scores["rank"]
    rank = compute(frame, INDICATORS, Method(normalisation="rank")).scores["rank"]
    assert not minmax.equals(rank.reindex(minmax.index))  # the two normalisations disagree somewhere
    result = uncertainty.run(
        frame,
        INDICATORS,
        runs=300,
        seed=8,
        weight_spread=0.0,
        normalisations=("minmax", "rank"),
        aggregations=("arithmetic",),
    )
    s = result.sensitivity
    assert s["normalisation"] == pytest.approx(1.0)
    assert s["aggregation"] == 0.0
    assert (s[["weight of A", "weight of B", "weight of C"]] == 0).all()


def test_first_order_share_by_hand():
    # One region, four runs: ranks 1, 3, 1, 3 with factor x, y, x, y -> share 1; factor x, x, y, y -> share 0.
    ranks = np.array([[1, 3, 1, 3]])
    assert uncertainty._first_order_share(ranks, np.array(["x", "y", "x", "y"])) == pytest.approx(1.0)
    assert uncertainty._first_order_share(ranks, np.array(["x", "x", "y", "y"])) == pytest.approx(0.0)
    # Ranks 1, 2, 3, 4 split {1, 2} / {3, 4}: means 1.5, 3.5 -> Var(E) = 1, Var = 1.25 -> 0.8.
    assert uncertainty._first_order_share(np.array([[1, 2, 3, 4]]), np.array([0, 0, 1, 1])) == pytest.approx(0.8)
    assert uncertainty._first_order_share(np.array([[2, 2, 2]]), np.array([0, 1, 2])) == 0.0


def test_the_draws_read_which_pairs_combine_from_the_registries(monkeypatch):
    """A normalisation registered as possibly negative is never drawn with the geometric mean; no name is coded in."""
    from neoindex_core.engine.normalise import NORMALISATIONS
    from neoindex_core.engine.registry import Entry

    entry = NORMALISATIONS.entry("rank")
    monkeypatch.setitem(NORMALISATIONS._entries, "rank", Entry("rank", entry.function, {"may_be_negative": True}))
    with pytest.raises(ValueError, match="no usable"):
        uncertainty.run(table(), INDICATORS, runs=10, normalisations=("rank",), aggregations=("geometric",))


def test_zscore_is_never_geometric():
    with pytest.raises(ValueError, match="pair"):
        uncertainty.run(table(), INDICATORS, runs=10, normalisations=("zscore",), aggregations=("geometric",))
    # z-scores with both aggregations: only arithmetic runs, so the aggregation explains nothing.
    result = uncertainty.run(table(), INDICATORS, runs=100, normalisations=("zscore",))
    assert result.sensitivity["aggregation"] == 0.0


def test_progress_reports_each_chunk():
    calls = []
    uncertainty.run(table(), INDICATORS, runs=250, chunk=100, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(100, 250), (200, 250), (250, 250)]


def test_bad_arguments():
    with pytest.raises(ValueError, match="runs"):
        uncertainty.run(table(), INDICATORS, runs=0)
    with pytest.raises(ValueError, match="weight_spread"):
        uncertainty.run(table(), INDICATORS, runs=10, weight_spread=1.0)


def test_nominal_rank_is_the_engines_under_any_method():
    from neoindex_core.engine.index import Method

    method = Method(block_aggregation="geometric", minmax_floor=0.01, block_weights={INDICATORS[0].block: 4.0})
    frame = table()
    result = uncertainty.run(frame, INDICATORS, method, runs=50, seed=1)
    expected = compute(frame, INDICATORS, method).scores["rank"]
    assert result.ranks["nominal_rank"].to_dict() == expected.to_dict()


def test_goalposts_work_in_the_monte_carlo():
    from neoindex_core.engine.index import Method

    frame = table()
    posts = {i.code: (float(frame[i.code].min()) - 1, float(frame[i.code].max()) + 1) for i in INDICATORS}
    result = uncertainty.run(
        frame,
        INDICATORS,
        Method(normalisation="goalposts", goalposts=posts),
        runs=50,
        seed=1,
        normalisations=("goalposts", "minmax"),
    )
    assert len(result.ranks) == len(frame)


# --- closed forms that pin the percentile and the min-max floor ---------------


def test_p95_is_the_95th_percentile_of_the_ranks():
    """Two regions, two blocks, arithmetic min-max, block weights 1 and r = 0.73, each times U(0.75, 1.25).

    Region "a" leads block X, "b" block Y; min-max gives 1 to the leader and
    the floor to the other, so "a" ranks 2 exactly when u_X < r u_Y. For
    independent u uniform on [0.75, 1.25] that is a triangle of the square:
    P = (1/2)(1.25 r - 0.75)(1.25 - 0.75 / r) / 0.5^2
      = 2 x 0.1625 x 0.22260 = 0.0723.
    So 7.2 % of 10,000 runs (standard error 0.26 %) rank "a" second: its 95th
    percentile is 2, its 90th would be 1; "b" mirrors it.
    """
    frame = pd.DataFrame({"x": [10.0, 0.0], "y": [0.0, 10.0]}, index=["a", "b"])
    indicators = [Indicator("x", "X"), Indicator("y", "Y")]
    method = Method(block_weights={"X": 1.0, "Y": 0.73})
    result = uncertainty.run(
        frame, indicators, method, runs=10_000, seed=1, normalisations=("minmax",), aggregations=("arithmetic",)
    )
    a = result.ranks.loc["a"]
    assert (a["nominal_rank"], a["median_rank"], a["p05"], a["p95"]) == (1, 1, 1, 2)
    b = result.ranks.loc["b"]
    assert (b["p05"], b["p95"]) == (1, 2)


def test_minmax_floor_is_one_hundredth():
    """Geometric aggregation with fixed, equal block weights: the floor decides who beats a lopsided region.

    "a" = (best, worst) scores (1, f): index sqrt(f). A region with min-max
    score s in both blocks has index s, with s = f + (1 - f) t for t its
    share of the range. It beats "a" when t > (sqrt(f) - f) / (1 - f), which
    is 0.0909 for f = 0.01. So "hi" (t = 0.0913) ranks first and "lo"
    (t = 0.0905) last, behind "a" and its mirror image "c"; f = 0.0099 would let "lo" win too, f = 0.0101 would
    make "hi" lose, and f = 0 or 0.05 would move both.
    """
    frame = pd.DataFrame({"x": [100.0, 0.0, 9.13, 9.05], "y": [0.0, 100.0, 9.13, 9.05]}, index=["a", "c", "hi", "lo"])
    indicators = [Indicator("x", "X"), Indicator("y", "Y")]
    result = uncertainty.run(
        frame, indicators, runs=1, seed=0, normalisations=("minmax",), aggregations=("geometric",), weight_spread=0.0
    )
    # "a" and "c" tie (sqrt(f) each) and share rank 2.
    assert result.ranks["median_rank"].to_dict() == {"a": 2, "c": 2, "hi": 1, "lo": 4}
