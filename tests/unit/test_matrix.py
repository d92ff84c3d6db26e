"""The potential–dynamics matrix against hand computation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from neoindex_core.engine.index import IndexInputError, Indicator, compute
from neoindex_core.engine.matrix import QUADRANTS, classify, growth_table, potential_dynamics
from neoindex_core.studies.study004_volga import GROUPS, PRIORITIES

STUDY = {"labels": GROUPS, "priorities": PRIORITIES}  # study 004's names for the quadrants

INDICATORS = [Indicator("x1", "econ"), Indicator("x2", "econ"), Indicator("x3", "social", direction=-1)]
REGIONS = ["A", "B", "C", "D"]


def final():
    return pd.DataFrame(
        {"x1": [10.0, 20.0, 30.0, 50.0], "x2": [4.0, 2.0, 3.0, 1.0], "x3": [5.0, 15.0, 10.0, 25.0]}, index=REGIONS
    )


def base():
    return pd.DataFrame(
        {"x1": [8.0, 10.0, 30.0, 40.0], "x2": [4.0, 1.0, 2.0, 2.0], "x3": [5.0, 10.0, 5.0, 20.0]}, index=REGIONS
    )


# --- classify ------------------------------------------------------------------------------------

LEVEL = pd.Series({"R1": 5.0, "R2": 4.0, "R3": 3.0, "R4": 2.0, "R5": 1.0})
DYNAMICS = pd.Series({"R1": 5.0, "R2": 1.0, "R3": 4.0, "R4": 2.0, "R5": 3.0})


def test_median_split_by_hand():
    # Medians: level 3 (R3), dynamics 3 (R5); a region at a median is low on that axis.
    table = classify(LEVEL, DYNAMICS, **STUDY)
    assert table.attrs["level_split"] == 3.0 and table.attrs["dynamics_split"] == 3.0
    assert table["group"].to_dict() == {
        "R1": "Leaders",  # 5 > 3, 5 > 3
        "R2": "Stable Regions",  # 4 > 3, 1 <= 3
        "R3": "Catch-up Development Regions",  # 3 at the median -> low level; 4 > 3
        "R4": "Problem Regions",  # 2, 2
        "R5": "Problem Regions",  # 1; 3 at the median -> low dynamics
    }
    assert set(table["group"]) == set(GROUPS.values())
    assert table["high_level"].tolist() == [True, True, False, False, False]
    assert table["high_dynamics"].tolist() == [True, False, True, False, False]


def test_every_group_has_its_priority():
    table = classify(LEVEL, DYNAMICS, **STUDY)
    assert table["priority"].notna().all()
    for group, priority in zip(table["group"], table["priority"], strict=True):
        assert priority == PRIORITIES[group] and priority
    assert set(PRIORITIES) == set(GROUPS.values())


def test_explicit_numeric_splits():
    # Dynamics split 0: everyone grows fast. Level split 2: R4 sits on it (low), R5 below.
    table = classify(LEVEL, DYNAMICS, **STUDY, level_split=2.0, dynamics_split=0.0)
    assert table.attrs["level_split"] == 2.0 and table.attrs["dynamics_split"] == 0.0
    assert table["group"].tolist() == [
        "Leaders",
        "Leaders",
        "Leaders",
        "Catch-up Development Regions",
        "Catch-up Development Regions",
    ]
    # Dynamics split 4.5 leaves only R1 fast.
    table = classify(LEVEL, DYNAMICS, **STUDY, level_split=2.0, dynamics_split=4.5)
    assert table["group"].tolist() == [
        "Leaders",
        "Stable Regions",
        "Stable Regions",
        "Problem Regions",
        "Problem Regions",
    ]


# --- growth_table ---------------------------------------------------------------------------------


def test_growth_by_hand():
    # x_T / x_B - 1: x1 10/8, 20/10, 30/30, 50/40; x2 4/4, 2/1, 3/2, 1/2; x3 5/5, 15/10, 10/5, 25/20.
    g = growth_table(base(), final())
    assert g["x1"].tolist() == pytest.approx([0.25, 1.0, 0.0, 0.25])
    assert g["x2"].tolist() == pytest.approx([0.0, 1.0, 0.5, -0.5])
    assert g["x3"].tolist() == pytest.approx([0.0, 0.5, 1.0, 0.25])


def test_growth_aligns_rows_and_columns():
    shuffled = base().loc[["D", "B", "A", "C"], ["x3", "x1", "x2"]]
    assert growth_table(shuffled, final()).equals(growth_table(base(), final()))


def test_growth_keeps_gaps_missing_and_refuses_non_positive_base():
    """A missing base value stays missing (the method's imputation decides); under 'none' the matrix names it."""
    assert growth_table(base().drop(index="B"), final()).loc["B"].isna().all()
    gap = base()
    gap.loc["C", "x2"] = np.nan
    growth = growth_table(gap, final())
    assert np.isnan(growth.loc["C", "x2"]) and growth.drop(index="C").notna().all().all()
    with pytest.raises(IndexInputError, match="C / x2"):
        potential_dynamics(gap, final(), INDICATORS, **STUDY)
    for bad in (0.0, -3.0):
        zero = base()
        zero.loc["A", "x3"] = bad
        with pytest.raises(IndexInputError, match="positive"):
            growth_table(zero, final())


# --- potential_dynamics ---------------------------------------------------------------------------


def test_potential_dynamics_by_hand():
    # Level: the default index of final(): A 0.75, B 19/48, C 2/3, D 0.25 (see test_index.py).
    # Dynamics: min-max of the growth table above.
    #   g1: min 0, max 1            -> A 0.25, B 1, C 0, D 0.25
    #   g2: min -0.5, max 1         -> A 1/3, B 1, C 2/3, D 0
    #   g3 (-1): min 0, max 1, 1-g  -> A 1, B 0.5, C 0, D 0.75
    #   econ A 7/24, B 1, C 1/3, D 1/8; social = g3; index A 31/48, B 0.75, C 1/6, D 7/16.
    # Medians: level (19/48 + 2/3)/2 = 0.53125 -> A, C high; dynamics (7/16 + 31/48)/2 = 0.541667 -> A, B high.
    table = potential_dynamics(base(), final(), INDICATORS, **STUDY)
    assert table["level"].to_dict() == pytest.approx({"A": 0.75, "B": 19 / 48, "C": 2 / 3, "D": 0.25})
    assert table["dynamics"].to_dict() == pytest.approx({"A": 31 / 48, "B": 0.75, "C": 1 / 6, "D": 7 / 16})
    assert table["group"].to_dict() == {
        "A": "Leaders",
        "B": "Catch-up Development Regions",
        "C": "Stable Regions",
        "D": "Problem Regions",
    }
    assert list(table.index) == ["A", "C", "B", "D"]  # by level, highest first
    assert table.index.name == "region"
    assert table.attrs["level_split"] == pytest.approx(0.53125)
    assert table.attrs["dynamics_split"] == pytest.approx(0.541667, abs=1e-6)


def test_potential_dynamics_is_built_from_compute():
    """Level is compute(final); dynamics is the default index of the growth table; groups follow the medians."""
    rng = np.random.default_rng(7)
    regions = [f"r{k}" for k in range(11)]
    b = pd.DataFrame(rng.uniform(1, 10, size=(11, 3)), index=regions, columns=["x1", "x2", "x3"])
    f = b * rng.uniform(0.8, 1.5, size=(11, 3))
    table = potential_dynamics(b, f, INDICATORS, **STUDY).reindex(regions)
    level = compute(f, INDICATORS).scores["index"].reindex(regions)
    dynamics = compute(growth_table(b, f), INDICATORS).scores["index"].reindex(regions)
    np.testing.assert_allclose(table["level"].to_numpy(), level.to_numpy(), rtol=0, atol=1e-12)
    np.testing.assert_allclose(table["dynamics"].to_numpy(), dynamics.to_numpy(), rtol=0, atol=1e-12)
    assert (table["high_level"] == (level > level.median())).all()
    assert (table["high_dynamics"] == (dynamics > dynamics.median())).all()
    assert table["high_level"].sum() == 5 and table["high_dynamics"].sum() == 5  # 11 regions: median one is low
    expected = [GROUPS[(bool(h), bool(d))] for h, d in zip(table["high_level"], table["high_dynamics"], strict=True)]
    assert table["group"].tolist() == expected


def test_without_names_the_quadrants_are_described_and_have_no_priority():
    table = classify(LEVEL, DYNAMICS)
    assert table.loc["R1", "group"] == QUADRANTS[(True, True)] == "high level, high dynamics"
    assert table.loc["R4", "group"] == "low level, low dynamics"
    assert (table["priority"] == "").all()


def test_labels_must_name_all_four_quadrants():
    with pytest.raises(ValueError, match="four quadrants"):
        classify(LEVEL, DYNAMICS, labels={(True, True): "top"})
